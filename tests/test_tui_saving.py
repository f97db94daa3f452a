"""Saving in the full screen (Pilot): the write runs off the event loop, two windows are told,
and a failed final save keeps the coach open and offers another place.

The real terminal (a pseudo-terminal, signals, SIGKILL) is in `test_tui_saving_terminal.py`.
"""

from __future__ import annotations

import errno
import threading
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from conftest import StepOpener
from gesprekscoach.session.preparation_session import OPEN_ELSEWHERE
from gesprekscoach.store import preparations as preparations_module
from gesprekscoach.store.models import Answer, Preparation
from gesprekscoach.store.preparations import PreparationStore, parse_preparation
from gesprekscoach.tui.autosave import SaveState
from gesprekscoach.tui.dialogs.save_elsewhere import SaveElsewhereDialog
from gesprekscoach.tui.screens.home import HomeScreen
from gesprekscoach.tui.widgets.save_status import SaveStatus
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


def fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on every save of the store fails as on a full disk (ENOSPC)."""

    def full(target: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(preparations_module, "atomic_write_bytes", full)


@pytest.mark.parametrize("leave_key", ["ctrl+q", "escape"])
@run_async
async def test_a_failed_final_save_keeps_the_coach_open_and_offers_another_place(
    open_step: StepOpener, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, leave_key: str
) -> None:
    home, _sheets = folders
    user_home = tmp_path / "gebruiker"
    (user_home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(user_home))
    async with open_step("functionering", "terugblik") as pilot:
        app = pilot.app
        screen = conversation_screen(pilot)
        prep_id = screen.prep.id
        await tab_to(pilot, FIELD)
        fill_the_disk(monkeypatch)
        await type_text(pilot, "Niets kwijt")
        await pilot.press(leave_key)
        await settle(pilot)
        assert app.is_running, "the coach must not stop while the text is not saved"
        dialog = app.screen
        assert isinstance(dialog, SaveElsewhereDialog)
        text = screen_text(pilot)
        assert "kon ik niet bewaren" in text and "vol" in text
        path_field = dialog.query_one("#elsewhere-path", Input)
        proposed = user_home / "Documents" / f"{prep_id}.yaml"
        assert path_field.value == str(proposed)
        # Back to the text first: nothing is lost, the coach stays.
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        assert screen.query_one(f"#{FIELD}", TextArea).text == "Niets kwijt"
        # Again, and now write it to the other place.
        await pilot.press(leave_key)
        await settle(pilot)
        assert isinstance(app.screen, SaveElsewhereDialog)
        await pilot.press("enter")
        await settle(pilot)
        if leave_key == "ctrl+q":
            assert not app.is_running, "written elsewhere: now the coach stops"
        else:
            assert isinstance(app.screen, HomeScreen)
    copy = parse_preparation(proposed.read_bytes(), prep_id)
    assert copy.answers["wat-ging-goed"].text == "Niets kwijt"
    assert saved_answer(home, prep_id) == "", "the data folder could not be written"


@run_async
async def test_only_toch_stoppen_quits_without_saving(
    open_step: StepOpener, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    async with open_step("functionering", "terugblik") as pilot:
        app = pilot.app
        await tab_to(pilot, FIELD)
        fill_the_disk(monkeypatch)
        await type_text(pilot, "Weg ermee")
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, SaveElsewhereDialog)
        await pilot.click("#elsewhere-give-up")
        await settle(pilot)
        assert app.return_code == 0
        assert not app.is_running


@run_async
async def test_escape_home_after_a_failed_save_and_a_copy(
    open_step: StepOpener, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    async with open_step("functionering", "terugblik") as pilot:
        app = pilot.app
        prep_id = conversation_screen(pilot).prep.id
        await tab_to(pilot, FIELD)
        fill_the_disk(monkeypatch)
        await type_text(pilot, "Naar huis")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SaveElsewhereDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert parse_preparation((tmp_path / f"{prep_id}.yaml").read_bytes(), prep_id).answers["wat-ging-goed"].text == (
        "Naar huis"
    )
