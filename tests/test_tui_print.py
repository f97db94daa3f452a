"""'Afdrukken' in the coach: the PDF is written next to the sheet and opened in the system's viewer.

No viewer is really started: `printing.open_in_viewer` is replaced by a recorder.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Input

from conftest import StepOpener
from gesprekscoach.content.models import Content
from gesprekscoach.sheet import printing
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveSheetDialog
from pdf_helpers import pdf_pages, squash
from tui_helpers import run_async, run_palette_command, settle, tab_to, type_text

PDF_NAME = "voorbereiding-functioneringsgesprek-2026-11-23.pdf"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the coach asked the system's viewer to open."""
    paths: list[Path] = []

    def fake_open(path: Path) -> bool:
        paths.append(Path(path))
        return True

    monkeypatch.setattr(printing, "open_in_viewer", fake_open)
    return paths


def record_notes(app, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Collect (severity, message) of what the app shows."""
    notes: list[tuple[str, str]] = []
    show = app.notify

    def notify(message: str, **options) -> None:
        notes.append((str(options.get("severity", "information")), message))
        show(message, **options)

    monkeypatch.setattr(app, "notify", notify)
    return notes


@run_async
async def test_print_from_the_command_palette_writes_the_pdf_and_opens_it(
    shipped_content: Content,
    folders: tuple[Path, Path],
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    open_step: StepOpener,
) -> None:
    home, sheets = folders
    app = open_step.app()
    notes = record_notes(app, monkeypatch)
    async with open_step(open_step.seed("functionering", with_whom="Anne de Vries"), "doelen", app=app) as pilot:
        await tab_to(pilot, "goal-doel-1-text")
        await type_text(pilot, "Ik rond voor 1 juli 2027 de cursus Excel af")
        await run_palette_command(pilot, "Afdrukken")
        await pilot.press("ctrl+q")

    page = sheets / PDF_NAME  # no sheet saved yet: the proposed sheet path, with .pdf
    assert page.is_file()
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    text = squash(" ".join(pdf_pages(page)))
    assert squash("Ik rond voor 1 juli 2027 de cursus Excel af") in text
    assert opened == [page]
    assert notes[-1][0] == "information"
    assert notes[-1][1].startswith("Je blad staat open") and str(page) in notes[-1][1]


@run_async
async def test_print_button_puts_the_page_next_to_the_saved_sheet(
    shipped_content: Content, folders: tuple[Path, Path], opened: list[Path], tmp_path: Path, open_step: StepOpener
) -> None:
    home, sheets = folders
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    app = open_step.app()
    async with open_step("functionering", "overzicht", app=app) as pilot:
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, SaveSheetDialog)
        field = pilot.app.screen.query_one("#sheet-path", Input)
        await pilot.press("end", "shift+home", "backspace")
        await type_text(pilot, str(elsewhere / "mijn-blad.md"))
        assert field.value.endswith("mijn-blad.md")
        await pilot.press("enter")
        await settle(pilot)
        await tab_to(pilot, "print-sheet")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+q")

    assert (elsewhere / "mijn-blad.pdf").is_file()
    assert not (sheets / PDF_NAME).exists()
    assert opened == [elsewhere / "mijn-blad.pdf"]


@run_async
async def test_print_without_a_graphical_session_says_where_the_pdf_is(
    shipped_content: Content, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, open_step: StepOpener
) -> None:
    home, sheets = folders
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    started: list[object] = []
    monkeypatch.setattr(printing.subprocess, "Popen", lambda *a, **k: started.append(a))
    app = open_step.app()
    notes = record_notes(app, monkeypatch)
    async with open_step("functionering", "welkom", app=app) as pilot:
        await run_palette_command(pilot, "Afdrukken")
        await pilot.press("ctrl+q")

    assert (sheets / PDF_NAME).is_file()
    assert started == [], "without a graphical session nothing is started"
    severity, message = notes[-1]
    assert severity == "warning"
    assert message.startswith("Ik kan de PDF hier niet openen") and str(sheets / PDF_NAME) in message


@run_async
async def test_print_into_a_missing_folder_gives_a_dutch_error(
    shipped_content: Content,
    folders: tuple[Path, Path],
    tmp_path: Path,
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    open_step: StepOpener,
) -> None:
    home, _sheets = folders
    missing = tmp_path / "bestaat-niet"
    app = open_step.app(cwd=missing)
    notes = record_notes(app, monkeypatch)
    async with open_step("functionering", "welkom", app=app) as pilot:
        await run_palette_command(pilot, "Afdrukken")
        await pilot.press("ctrl+q")

    severity, message = notes[-1]
    assert severity == "error"
    assert f"De map {missing} bestaat niet" in message
    assert opened == []


@run_async
async def test_print_asks_before_replacing_a_file_the_coach_did_not_make(
    shipped_content: Content, folders: tuple[Path, Path], opened: list[Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    other = sheets / PDF_NAME
    other.write_text("<p>Mijn eigen pagina</p>", encoding="utf-8")
    app = open_step.app()
    async with open_step("functionering", "welkom", app=app) as pilot:
        await run_palette_command(pilot, "Afdrukken")
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("escape")  # no
        await settle(pilot)
        assert other.read_text(encoding="utf-8") == "<p>Mijn eigen pagina</p>"
        assert opened == []
        await run_palette_command(pilot, "Afdrukken")
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("shift+tab", "enter")  # "Vervangen"
        await settle(pilot)
        await pilot.press("ctrl+q")

    assert other.read_bytes().startswith(b"%PDF")
    assert opened == [other]
