"""Two windows wrote the same answer: the full screen asks which text to keep (Pilot)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static, TextArea

from conftest import StepOpener
from gesprekscoach.session.commands import SetAnswer
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.dialogs.merge_conflicts import MergeConflictsDialog
from tui_helpers import (
    autosaved,
    conversation_screen,
    run_async,
    screen_text,
    send_keys,
    settle,
    tab_to,
    type_text,
    wait_until,
)

FIELD = "answer-wat-ging-goed"
QUESTION = "wat-ging-goed"


def _other_window(open_step: StepOpener, home: Path, prep_id: str) -> PreparationSession:
    """A second window on the same preparation: its own store and session."""
    store = PreparationStore(home)
    return open_preparation(store, open_step.content, store.load(prep_id)).session


def _saved_answer(home: Path, prep_id: str) -> str:
    answer = PreparationStore(home).load(prep_id).answers.get(QUESTION)
    return answer.text if answer is not None else ""


async def _conflict(open_step: StepOpener, pilot: object, home: Path) -> None:
    """The other window saves its answer; then this window types another one and autosaves."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    prep_id = conversation_screen(pilot).prep.id
    other = _other_window(open_step, home, prep_id)
    other.apply(SetAnswer(QUESTION, "Tekst van het andere venster"))
    assert other.save_now().ok
    await tab_to(pilot, FIELD)
    await type_text(pilot, "Mijn eigen tekst")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, MergeConflictsDialog))
    await settle(pilot)


@run_async
async def test_the_dialog_asks_and_the_other_window_text_is_shown_and_saved(
    open_step: StepOpener, folders: tuple[Path, Path]
) -> None:
    home, _sheets = folders
    async with open_step("functionering", "terugblik") as pilot:
        prep_id = conversation_screen(pilot).prep.id
        await _conflict(open_step, pilot, home)

        shown = screen_text(pilot)
        assert "Ook in een ander venster open" in shown
        assert "Jouw tekst: Mijn eigen tekst" in shown
        assert "Tekst uit het andere venster: Tekst van het andere venster" in shown
        assert "2 Tekst uit het andere venster" in shown  # the choice, with its key
        where = pilot.app.screen.query_one("#merge-where", Static)
        assert str(where.content) == "Stap 'Terugkijken op je werk', vraag 'Wat ging de afgelopen tijd goed?'"

        send_keys(pilot, "2")  # Tekst uit het andere venster
        await wait_until(pilot, lambda: not isinstance(pilot.app.screen, MergeConflictsDialog))
        await settle(pilot)
        await autosaved(pilot)

        area = pilot.app.screen.query_one(f"#{FIELD}", TextArea)
        assert area.text == "Tekst van het andere venster"
        assert _saved_answer(home, prep_id) == "Tekst van het andere venster"
        await settle(pilot)


@run_async
async def test_escape_keeps_my_text_and_says_so(open_step: StepOpener, folders: tuple[Path, Path]) -> None:
    home, _sheets = folders
    async with open_step("functionering", "terugblik") as pilot:
        screen = conversation_screen(pilot)
        prep_id = screen.prep.id
        await _conflict(open_step, pilot, home)

        send_keys(pilot, "escape")
        await wait_until(pilot, lambda: not isinstance(pilot.app.screen, MergeConflictsDialog))
        await autosaved(pilot)

        assert screen.session.open_conflicts() == []
        assert _saved_answer(home, prep_id) == "Mijn eigen tekst"
        assert any("jouw tekst gehouden" in str(n.message) for n in pilot.app._notifications)
        await settle(pilot)


@run_async
async def test_keep_both_puts_both_texts_in_the_field(open_step: StepOpener, folders: tuple[Path, Path]) -> None:
    home, _sheets = folders
    async with open_step("functionering", "terugblik") as pilot:
        prep_id = conversation_screen(pilot).prep.id
        await _conflict(open_step, pilot, home)

        send_keys(pilot, "3")
        await wait_until(pilot, lambda: not isinstance(pilot.app.screen, MergeConflictsDialog))
        await settle(pilot)
        await autosaved(pilot)

        both = "Mijn eigen tekst\n\nTekst van het andere venster"
        assert pilot.app.screen.query_one(f"#{FIELD}", TextArea).text == both
        assert _saved_answer(home, prep_id) == both
        await settle(pilot)
