"""The plain mode's menu entries around the meeting: rehearse, and send your points ahead.

Each asks for which earlier preparation (the latest meeting first), opens it through the
session's opening, runs its part (`rehearsal.py`, `agenda_message.py`) and closes it.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.plain.agenda_message import run_agenda_message
from gesprekscoach.plain.context import PlainContext
from gesprekscoach.plain.editing import PlainEditor
from gesprekscoach.plain.preparations import choose_preparation, latest_meeting_index, with_opened
from gesprekscoach.plain.rehearsal import run_rehearsal
from gesprekscoach.store.models import Preparation


def upcoming_index(context: PlainContext, earlier: list[Preparation]) -> int:
    """The place of the first meeting from today on (the one to prepare for), else the latest one."""
    today = context.clock.today()
    coming = [index for index, prep in enumerate(earlier) if prep.meeting_date >= today]
    if coming:
        return min(coming, key=lambda index: earlier[index].meeting_date)
    return latest_meeting_index(earlier, today)


def rehearse(context: PlainContext, earlier: list[Preparation]) -> None:
    """Choose a preparation and rehearse its questions."""
    texts = around_meeting_texts(context.content)
    prep = choose_preparation(context, earlier, texts.rehearse_choose, upcoming_index(context, earlier))

    def run(editor: PlainEditor) -> None:
        run_rehearsal(editor, context.rng)

    with_opened(context, prep, run)


def send_agenda(context: PlainContext, earlier: list[Preparation]) -> None:
    """Choose a preparation and show the message with its points, to save or to open in mail."""
    texts = around_meeting_texts(context.content)
    prep = choose_preparation(context, earlier, texts.agenda_choose, upcoming_index(context, earlier))

    def run(editor: PlainEditor) -> None:
        run_agenda_message(editor, context.open_url)

    with_opened(context, prep, run)
