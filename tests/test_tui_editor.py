"""Ctrl+E: write an answer in your own editor ($VISUAL or $EDITOR).

The file round-trip is tested on its own with a fake editor (a small shell script). In the
app, the headless test driver cannot suspend, so one test swaps `App.suspend` for a no-op
and another checks the Dutch notice that the real `SuspendNotSupported` gives.
"""

from __future__ import annotations

import contextlib
import stat
import sys
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from conftest import StepOpener
from gesprekscoach.content.models import Content
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.external_editor import NO_EDITOR_MESSAGE, EditorError, edit_text, editor_command
from tui_helpers import (
    focused_id,
    next_to_step,
    run_async,
    settle,
    tab_to,
    type_text,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the fake editor is a shell script")


def fake_editor(folder: Path, body: str, name: str = "fake-editor") -> Path:
    """A shell script that acts as an editor: `body` runs with the file name in $1."""
    script = folder / name
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o700)
    return script


@pytest.fixture
def appending_editor(tmp_path: Path) -> tuple[Path, Path]:
    """An editor that adds ' uit de editor' to the text, notes the file's mode and path, and saves."""
    log = tmp_path / "editor.log"
    script = fake_editor(
        tmp_path,
        f'stat -c %a "$1" > "{log}"\necho "$1" >> "{log}"\n'
        'printf "%s uit de editor\\n" "$(cat "$1")" > "$1.new" && mv "$1.new" "$1"',
    )
    return script, log


# --------------------------------------------------------------------------- the file round-trip


def test_editor_command_prefers_visual_and_splits_options() -> None:
    assert editor_command({"VISUAL": "code --wait", "EDITOR": "nano"}) == ["code", "--wait"]
    assert editor_command({"VISUAL": "  ", "EDITOR": "nano"}) == ["nano"]
    assert editor_command({"EDITOR": "'/opt/my editor/ed' -n"}) == ["/opt/my editor/ed", "-n"]
    assert editor_command({}) is None
    assert editor_command({"VISUAL": "", "EDITOR": ""}) is None


def test_edit_text_round_trip_is_private_and_cleans_up(appending_editor: tuple[Path, Path]) -> None:
    script, log = appending_editor
    assert edit_text("Mijn antwoord\nmet twee regels", [str(script)]) == "Mijn antwoord\nmet twee regels uit de editor"
    mode, path = log.read_text(encoding="utf-8").split()
    assert mode == "600"
    assert not Path(path).exists(), "the temporary file must be removed"


def test_edit_text_single_line_and_trailing_newline(tmp_path: Path) -> None:
    script = fake_editor(tmp_path, 'printf "eerste\\ntweede\\n" > "$1"')
    assert edit_text("oud", [str(script)]) == "eerste\ntweede"
    assert edit_text("oud", [str(script)], single_line=True) == "eerste tweede"
    keep = fake_editor(tmp_path, 'printf "regel\\n\\n" > "$1"', name="keep")
    assert edit_text("tekst\n", [str(keep)]) == "regel\n\n"


def test_edit_text_passes_the_options_before_the_file(tmp_path: Path) -> None:
    script = fake_editor(tmp_path, 'printf "%s" "$1" > "$2"')
    assert edit_text("oud", [str(script), "--wacht"]) == "--wacht"


def test_edit_text_errors_are_dutch_and_leave_no_file(tmp_path: Path) -> None:
    failing = fake_editor(tmp_path, 'echo kapot > "$1"\nexit 3', name="failing")
    folder = tmp_path / "tmp"
    folder.mkdir()
    with pytest.raises(EditorError, match=r"stopte met een fout \(code 3\)\. Je tekst is niet veranderd"):
        edit_text("oud", [str(failing)], folder=folder)
    with pytest.raises(EditorError, match="Ik kan de editor 'bestaat-niet-editor' niet vinden"):
        edit_text("oud", ["bestaat-niet-editor"], folder=folder)
    not_utf8 = fake_editor(tmp_path, 'printf "\\377\\376" > "$1"', name="latin")
    with pytest.raises(EditorError, match="UTF-8"):
        edit_text("oud", [str(not_utf8)], folder=folder)
    with pytest.raises(EditorError, match="geen editor"):
        edit_text("oud", [], folder=folder)
    assert list(folder.iterdir()) == []


def test_edit_text_uses_the_runner_it_is_given() -> None:
    seen: list[list[str]] = []

    def runner(command: list[str]) -> int:
        seen.append(command)
        path = Path(command[-1])
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        path.write_text(path.read_text(encoding="utf-8").upper(), encoding="utf-8")
        return 0

    assert edit_text("hallo", ["mijn-editor", "-x"], runner=runner) == "HALLO"
    assert seen[0][:2] == ["mijn-editor", "-x"]
    assert not Path(seen[0][2]).exists()


# --------------------------------------------------------------------------- in the coach


def record_notes(app, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collect the messages the app shows (still showing them)."""
    notes: list[str] = []
    show = app.notify

    def notify(message: str, **options) -> None:
        notes.append(message)
        show(message, **options)

    monkeypatch.setattr(app, "notify", notify)
    return notes


@run_async
async def test_ctrl_e_edits_an_answer_and_a_goal_field_and_saves(
    shipped_content: Content,
    folders: tuple[Path, Path],
    open_step: StepOpener,
    appending_editor: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home, sheets = folders
    script, _ = appending_editor
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script))
    app = open_step.app()
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)  # the headless driver cannot suspend
    notes = record_notes(app, monkeypatch)
    async with open_step("functionering", "terugblik", app=app) as pilot:
        await tab_to(pilot, "answer-wat-ging-goed")
        await type_text(pilot, "Het project")
        await pilot.press("ctrl+e")
        await settle(pilot)
        area = pilot.app.screen.query_one("#answer-wat-ging-goed", TextArea)
        assert area.text == "Het project uit de editor"
        assert focused_id(pilot) == "answer-wat-ging-goed"
        assert "Je tekst uit de editor staat erin" in notes[-1]

        await next_to_step(pilot, "doelen")
        await tab_to(pilot, "goal-doel-1-text")
        await type_text(pilot, "Ik rond de cursus af")
        await pilot.press("ctrl+e")
        await settle(pilot)
        field = pilot.app.screen.query_one("#goal-doel-1-text", Input)
        assert field.value == "Ik rond de cursus af uit de editor"
        await pilot.press("ctrl+q")

    prep = PreparationStore(home).list().preparations[0]
    assert prep.answers["wat-ging-goed"].text == "Het project uit de editor"
    assert prep.goals[0].text == "Ik rond de cursus af uit de editor"


@run_async
async def test_ctrl_e_without_an_editor_says_how_to_set_one(
    shipped_content: Content, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, open_step: StepOpener
) -> None:
    home, sheets = folders
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    app = open_step.app()
    notes = record_notes(app, monkeypatch)
    async with open_step("functionering", "terugblik", app=app) as pilot:
        await tab_to(pilot, "answer-wat-ging-goed")
        await type_text(pilot, "Het project")
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert notes[-1] == NO_EDITOR_MESSAGE
        assert pilot.app.screen.query_one("#answer-wat-ging-goed", TextArea).text == "Het project"
        await pilot.press("ctrl+q")


@run_async
async def test_ctrl_e_where_suspending_is_not_possible_gives_a_dutch_notice(
    shipped_content: Content,
    folders: tuple[Path, Path],
    open_step: StepOpener,
    appending_editor: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home, sheets = folders
    script, log = appending_editor
    monkeypatch.setenv("VISUAL", str(script))
    app = open_step.app()
    notes = record_notes(app, monkeypatch)
    async with open_step("functionering", "terugblik", app=app) as pilot:  # the real suspend: not supported headless
        await tab_to(pilot, "answer-wat-ging-goed")
        await type_text(pilot, "Het project")
        await pilot.press("ctrl+e")
        await settle(pilot)
        assert "Een eigen editor openen lukt niet in dit venster" in notes[-1]
        assert pilot.app.screen.query_one("#answer-wat-ging-goed", TextArea).text == "Het project"
        assert not log.exists(), "the editor must not run when the coach cannot step aside"
        await pilot.press("ctrl+q")


@run_async
async def test_ctrl_e_outside_an_answer_field_keeps_its_own_meaning(
    shipped_content: Content,
    folders: tuple[Path, Path],
    open_step: StepOpener,
    appending_editor: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home, sheets = folders
    script, log = appending_editor
    monkeypatch.setenv("VISUAL", str(script))
    app = open_step.app()
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with open_step("functionering", "welkom", app=app) as pilot:
        # In the save dialog's path field Ctrl+E moves to the end, as in any field.
        await pilot.press("ctrl+s")
        await settle(pilot)
        path_field = pilot.app.screen.query_one("#sheet-path", Input)
        await pilot.press("home", "ctrl+e")
        await settle(pilot)
        assert path_field.cursor_position == len(path_field.value)
        assert not log.exists()
        await pilot.press("escape")
        await pilot.press("ctrl+q")
