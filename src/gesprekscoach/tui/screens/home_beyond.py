"""What the home screen does around the meeting (issue 15): rehearse a preparation, and the wins log's
labels, overview and draft self-assessment.

Kept apart from `home.py` so that screen stays short. Each function is called by a binding or a
palette entry of the home screen; the rules are the session's (`session.rehearsal`,
`session.wins_logbook`, `session.wins_digest`); the disk is read and written in worker threads.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.templates import fill
from gesprekscoach.session.errors import SessionError
from gesprekscoach.session.opening import OpenedSession, conversation_for
from gesprekscoach.session.wins_digest import (
    digest_filename,
    digest_markdown,
    offers_self_assessment,
    self_assessment_filename,
    self_assessment_for,
    self_assessment_markdown,
)
from gesprekscoach.store.preparations import StoreError
from gesprekscoach.store.wins_log import LogError, WinsLogStore, period_start
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.widgets.wins_log import WinsLogPanel

if TYPE_CHECKING:
    from gesprekscoach.store.summaries import PreparationSummary

NOT_FOUND = "Deze voorbereiding kan ik niet meer vinden. Misschien is ze weggehaald."

NO_SELF_ASSESSMENT = (
    "Een eerste zelfbeoordeling maakt de coach voor een functioneringsgesprek of een beoordelingsgesprek. "
    "Begin eerst zo'n voorbereiding."
)


def one_line(text: str) -> str:
    """A content text (folded YAML) as one line."""
    return " ".join(text.split())


def open_rehearsal(screen: Screen[Any], context: CoachContext, opened: OpenedSession) -> None:
    """Open the rehearsal screen for an opened preparation."""
    from gesprekscoach.tui.screens.rehearsal import RehearsalScreen

    for notice in opened.notices:
        screen.notify(notice, title="Let op", severity="warning", markup=False, timeout=10)
    try:
        conversation = conversation_for(opened.session.prep, context.content)
    except SessionError as error:
        screen.notify(str(error), severity="error", markup=False)
        return
    screen.app.push_screen(RehearsalScreen(context, opened.session, conversation))


def ask_entry_details(screen: Screen[Any], event: WinsLogPanel.EntryEditRequested) -> None:
    """Ask for the labels and the goal of a wins log entry; the panel saves them."""
    from gesprekscoach.tui.dialogs.log_entry import EntryDetails, LogEntryDialog

    panel, entry = event.panel, event.entry

    def answered(details: EntryDetails | None) -> None:
        if details is not None:
            panel.edit_entry(entry, details.tags, details.goal, goal_chosen=details.goal_chosen)

    dialog = LogEntryDialog(entry.text, list(entry.tags), event.goals, event.goal, event.goal_title)
    screen.app.push_screen(dialog, answered)


def make_digest(screen: Screen[Any], context: CoachContext, preparations: Sequence[PreparationSummary]) -> None:
    """Ask for a period, build its overview (in a worker, from the full preparations), then ask where to save it.

    Call it when the content's models are built (`HomeScreen.with_content`).
    """
    from gesprekscoach.tui.dialogs.digest_period import DigestPeriodDialog

    texts = around_meeting_texts(context.content)
    today = context.today
    start, _meeting = period_start(preparations, today)

    def chosen(period: tuple[date, date] | None) -> None:
        if period is not None:
            screen.run_worker(lambda: build(*period), thread=True, group="digest", exit_on_error=False)

    def build(first: date, last: date) -> None:
        try:
            log = WinsLogStore(context.store.home).load()
            full = context.store.list().preparations
        except (LogError, StoreError) as error:
            screen.app.call_from_thread(screen.notify, str(error), severity="error", markup=False)
            return
        text, count = digest_markdown(log, full, context.content, first, last)
        screen.app.call_from_thread(save, text, count, context.cwd / digest_filename(first, last))

    def save(text: str, count: int, proposed: Path) -> None:
        from gesprekscoach.tui.dialogs.save_file import SaveFileDialog, text_writer

        def saved(path: Path | None) -> None:
            if path is not None:
                message = fill(texts.digest_saved, bestand=str(path), aantal=str(count))
                screen.notify(one_line(message), title="Bewaard", markup=False, timeout=10)

        dialog = SaveFileDialog("Overzicht bewaren", proposed, context.cwd, text_writer(text))
        screen.app.push_screen(dialog, saved)

    screen.app.push_screen(DigestPeriodDialog(start, today, today, texts.digest_wrong_order), chosen)


def make_self_assessment(
    screen: Screen[Any],
    context: CoachContext,
    preparations: Sequence[PreparationSummary],
    chosen: PreparationSummary | None,
) -> None:
    """Build the draft self-assessment (in a worker, from the full preparations) for the chosen
    preparation, or the next functionering or beoordeling, and show it to edit and save.

    Call it when the content's models are built (`HomeScreen.with_content`).
    """
    from gesprekscoach.tui.dialogs.draft import DraftDialog

    content = context.content
    texts = around_meeting_texts(content)
    target = chosen if chosen is not None and offers_self_assessment(chosen, content) else None
    if target is None:
        target = self_assessment_for(preparations, content, context.today)
    if target is None:
        screen.notify(NO_SELF_ASSESSMENT, severity="warning", markup=False)
        return
    found = target

    def build() -> None:
        try:
            log = WinsLogStore(context.store.home).load()
            full = context.store.list().preparations
        except (LogError, StoreError) as error:
            screen.app.call_from_thread(screen.notify, str(error), severity="error", markup=False)
            return
        target_prep = next((prep for prep in full if prep.id == found.id), None)
        if target_prep is None:
            screen.app.call_from_thread(screen.notify, NOT_FOUND, severity="error", markup=False)
            return
        text = self_assessment_markdown(log, full, content, target_prep)
        screen.app.call_from_thread(show, text)

    def show(text: str) -> None:
        dialog = DraftDialog(
            "Eerste zelfbeoordeling",
            "Pas de tekst hier aan, of later in je eigen programma. Ctrl+S bewaart hem als bestand.",
            text,
            context.cwd / self_assessment_filename(found),
            context.cwd,
            texts.self_assessment_saved,
        )
        screen.app.push_screen(dialog)

    screen.run_worker(build, thread=True, group="self-assessment", exit_on_error=False)
