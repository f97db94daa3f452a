"""The ask step in the plain mode: pick suggested questions by number, then write your own.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import AskStep
from gesprekscoach.plain.editing import SKIPPED, Ask, Asked, PlainEditor
from gesprekscoach.plain.list_editor import AreaListEdits, edit_list
from gesprekscoach.session.commands import Area, SetChosenSuggestions


def ask_questions_to_ask(editor: PlainEditor, step: AskStep) -> list[Ask]:
    """The suggestions to choose from (by number), then the list of your own questions."""
    io = editor.io
    session = editor.session
    suggestions = session.suggestions(step)

    def pick() -> Asked:
        if not suggestions:
            return SKIPPED
        io.blank()
        io.say("Deze vragen kun je stellen:")
        io.numbered([question.text for question in suggestions])
        chosen_ids = session.chosen_suggestions()
        current = [index for index, question in enumerate(suggestions) if question.id in chosen_ids]
        picked = io.ask_numbers(
            "Welke wil je stellen? Typ de nummers, bijvoorbeeld 1 3.", len(suggestions), current, none_text="geen"
        )
        editor.edit(SetChosenSuggestions(step.id, frozenset(suggestions[index].id for index in picked)))
        return None

    def own() -> None:
        io.blank()
        edit_list(io, AreaListEdits(editor, Area.OWN_QUESTIONS), "Je eigen vragen", new_prompt="Typ een eigen vraag.")

    return [pick, own]
