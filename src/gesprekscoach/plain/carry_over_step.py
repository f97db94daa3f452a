"""What a questions step starts from in the plain mode: the items carried over from earlier conversations.

Per item: what it is and where it came from, how far it is (a numbered choice: a goal behaald,
deels or niet; an agreement, promise or objection gedaan; any of them vervallen) and a note.
The choices and their rules are the session's (`session.carry_over`).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import QuestionsStep
from gesprekscoach.plain.editing import Ask, PlainEditor
from gesprekscoach.session.carry_over import (
    choices_for,
    command_for_choice,
    current_choice,
    current_choice_label,
    find_carried,
    item_details,
    kind_label,
)
from gesprekscoach.session.commands import SetCarryOverNote


def carry_over_asks(editor: PlainEditor, step: QuestionsStep) -> list[Ask]:
    """Two questions per carried-over item of this step: how far it is, and a note."""
    io = editor.io
    session = editor.session
    ids = [item.id for item in session.carry_over_for_step(step)]
    total = len(ids)
    asks: list[Ask] = []
    for number, item_id in enumerate(ids, start=1):

        def mark(item_id: str = item_id, number: int = number) -> None:
            item = find_carried(session.prep, item_id)
            io.blank()
            if number == 1:
                count = f"{total} {'punt' if total == 1 else 'punten'}"
                io.say(f"Van de vorige keer: {count}. Hoe staat het ermee?")
            io.say(f"Punt {number} van {total}. {kind_label(item, session.content)}: {item.text}")
            details = ", ".join(item_details(item))
            io.say(details[:1].upper() + details[1:] + ".")
            choices = choices_for(item)
            io.say("Is dit doel behaald?" if item.kind == "doel" else "Hoe ver is het?")
            io.numbered([shown for shown, _value in choices])
            values = [value for _shown, value in choices]
            current = current_choice(item)
            index = io.ask_choice(
                "Typ een nummer.",
                len(choices),
                default=values.index(current) if current in values else 0,
                default_label=f"houden: {current_choice_label(item)}",
            )
            editor.edit(command_for_choice(item, values[index]))

        def note(item_id: str = item_id, number: int = number) -> None:
            item = find_carried(session.prep, item_id)
            question = f"Wil je iets schrijven bij punt {number} van de vorige keer? Typ je notitie."
            text = io.ask_text(
                question if item.note.strip() else f"{question} (Enter = overslaan)", item.note, label="Je notitie"
            )
            editor.edit(SetCarryOverNote(item.id, text))

        asks += [mark, note]
    return asks
