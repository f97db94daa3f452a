"""Saving in the full screen (Pilot): the write runs off the event loop, and two windows are told.

The real terminal (a pseudo-terminal, signals, SIGKILL) is in `test_tui_saving_terminal.py`.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import TextArea

from conftest import StepOpener
from gesprekscoach.session.preparation_session import OPEN_ELSEWHERE
from gesprekscoach.store.models import Answer, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.autosave import SaveState
from gesprekscoach.tui.widgets.save_status import SaveStatus
from tui_helpers import autosaved, conversation_screen, run_async, send_keys, settle, tab_to, type_text, wait_until

FIELD = "answer-wat-ging-goed"
"""A text field of the 'terugblik' step of a functioneringsgesprek."""


def saved_answer(home: Path, prep_id: str, question: str = "wat-ging-goed") -> str:
    """The answer as it is on disk now."""
    answer = PreparationStore(home).load(prep_id).answers.get(question)
    return answer.text if answer is not None else ""


@run_async
async def test_a_slow_disk_never_holds_up_typing(
    open_step: StepOpener, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a save hangs on the disk, keys still reach the field at once."""
    home, _sheets = folders
    writing = threading.Event()
    release = threading.Event()
    real_save = PreparationStore.save

    def slow_save(self: PreparationStore, prep: Preparation, **options: object) -> Path:
        writing.set()
        release.wait(10)  # the disk 'hangs' until the test has typed on
        return real_save(self, prep, **options)  # type: ignore[arg-type]

    async with open_step("functionering", "terugblik") as pilot:
        prep_id = conversation_screen(pilot).prep.id
        await tab_to(pilot, FIELD)
        monkeypatch.setattr(PreparationStore, "save", slow_save)
        await type_text(pilot, "Eerst")
        area = pilot.app.screen.query_one(f"#{FIELD}", TextArea)
        await wait_until(pilot, writing.is_set)  # the autosave is now stuck in the disk
        send_keys(pilot, "d", "a", "n")
        await wait_until(pilot, lambda: area.text == "Eerstdan", limit=5)
        assert not release.is_set()
        assert conversation_screen(pilot).autosaver.writing, "the save is still under way"
        release.set()
        await autosaved(pilot)
        assert saved_answer(home, prep_id) == "Eerstdan"


@run_async
async def test_typing_steadily_is_saved_within_the_maximum_wait(
    open_step: StepOpener, folders: tuple[Path, Path]
) -> None:
    """Keys every 0.15 s never leave a quiet pause; the session's maximum wait still saves."""
    home, _sheets = folders
    async with open_step("functionering", "terugblik") as pilot:
        prep_id = conversation_screen(pilot).prep.id
        await tab_to(pilot, FIELD)
        typed = ""
        saved_while_typing = ""
        for char in "abcdefghijklmnop":  # 16 keys, 2.4 s
            send_keys(pilot, char)
            typed += char
            await pilot.pause(0.15)
            saved_while_typing = saved_answer(home, prep_id)
        assert saved_while_typing, "nothing was saved during 2.4 s of steady typing"
        assert typed.startswith(saved_while_typing)
        await autosaved(pilot)
        assert saved_answer(home, prep_id) == typed


@run_async
async def test_another_window_is_merged_and_the_screen_says_so(
    open_step: StepOpener, folders: tuple[Path, Path]
) -> None:
    home, _sheets = folders
    async with open_step("functionering", "terugblik") as pilot:
        screen = conversation_screen(pilot)
        prep_id = screen.prep.id
        # Another window saves the same preparation, with another answer.
        other = PreparationStore(home)
        theirs = other.load(prep_id)
        theirs.answers["wat-ging-minder"] = Answer(text="Van het andere venster")
        other.save(theirs)
        await tab_to(pilot, FIELD)
        await type_text(pilot, "Van hier")
        await autosaved(pilot)
        status = screen.query_one("#save-status", SaveStatus)
        assert status.state == SaveState.SAVED
        assert status.notice == OPEN_ELSEWHERE
        assert "ook ergens anders open" in status.shown_text
        on_disk = PreparationStore(home).load(prep_id)
        assert on_disk.answers["wat-ging-goed"].text == "Van hier"
        assert on_disk.answers["wat-ging-minder"].text == "Van het andere venster"
        # Typing on keeps saving here (the merge is the new base), without a new conflict.
        await type_text(pilot, " en meer")
        await autosaved(pilot)
        assert saved_answer(home, prep_id) == "Van hier en meer"
        await settle(pilot)
