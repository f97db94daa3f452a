"""'Alleen voor mij' in the plain mode: at the end of a step, choose by number what stays off the sheet.

The items come from the session (`session.private_items`): the user's words in this step
(notes, answers, goals, points, questions, what is carried over, agreements). One question per
step, only when there is something to mark; Enter keeps the marks as they are.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable

from gesprekscoach.plain.editing import SKIPPED, Ask, Asked, PlainEditor
from gesprekscoach.session.commands import Area, MarkPrivate
from gesprekscoach.session.private_items import PrivateItem

SHOWN_WORDS = 14
"""An item's words are cut after this many, so the list stays short to listen to."""

_LABELS: dict[Area, str] = {
    Area.CHECKLIST: "Je notitie bij de tip '{about}': {text}",
    Area.ANSWERS: "Je antwoord op '{about}': {text}",
    Area.CARRY_OVER: "Van de vorige keer, {about}: {text}",
    Area.SUGGESTIONS: "Vraag die je stelt: {text}",
    Area.OWN_QUESTIONS: "Je eigen vraag: {text}",
    Area.GOALS: "Je doel: {text}",
    Area.FEEDBACK: "Je feedback: {text}",
    Area.AGENDA: "Je agendapunt: {text}",
    Area.AGREEMENTS: "Afspraak: {text}",
}


def _short(text: str) -> str:
    words = text.split()
    return " ".join(words[:SHOWN_WORDS]) + (" ..." if len(words) > SHOWN_WORDS else "")


def item_label(item: PrivateItem) -> str:
    """How an item is listed: what it is, the user's words, and whether it is private now."""
    about = _short(item.about)
    if item.area == Area.CARRY_OVER:
        about = about[:1].lower() + about[1:]  # 'Van de vorige keer, afspraak: …'
    label = _LABELS.get(item.area, "{text}").format(about=about, text=_short(item.text))
    return label + (". Nu alleen voor jou." if item.private else "")


def private_ask(editor: PlainEditor, items_of: Callable[[], list[PrivateItem]]) -> Ask:
    """The question that marks items 'alleen voor mij' (SKIPPED when there is nothing to mark)."""
    io = editor.io

    def ask() -> Asked:
        items = items_of()
        if not items:
            return SKIPPED
        io.blank()
        io.say("Alleen voor jou? Wat je zo kiest, komt niet op je blad.")
        io.numbered([item_label(item) for item in items])
        current = [index for index, item in enumerate(items) if item.private]
        picked = io.ask_numbers(
            "Welke nummers zijn alleen voor jou? Bijvoorbeeld: 1 3.",
            len(items),
            current,
            none_text="niets alleen voor jou",
        )
        for index, item in enumerate(items):
            editor.edit(MarkPrivate(item.area, item.key, index in picked))
        if picked != current:
            if picked:
                io.say("Alleen voor jou: " + ", ".join(str(index + 1) for index in picked) + ".")
            else:
                io.say("Alles komt op je blad.")
        return None

    return ask
