"""'Afdrukken' in the coach: the PDF is written next to the sheet and opened in the system's viewer.

The viewer is never really started: `open_in_viewer` (or the program it starts) is replaced by a recorder.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Input

from gesprekscoach.content.models import Content
from gesprekscoach.sheet import printing
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveSheetDialog
from pdf_helpers import pdf_pages, squash
from tui_helpers import SIZE, make_app, next_to_step, run_async, start_preparation, tab_to, type_text

PDF_NAME = "voorbereiding-functioneringsgesprek-2026-11-23.pdf"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """A data home and a folder for sheets."""
    home = tmp_path / "home"
    sheets = tmp_path / "bladen"
    sheets.mkdir()
    return home, sheets


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


async def run_palette_command(pilot, name: str) -> None:
    """Open the command palette, type a command's name and run it."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await type_text(pilot, name)
    await pilot.pause(0.3)  # the palette searches in the background
    await pilot.press("enter")
    await pilot.pause()


@run_async
async def test_print_from_the_command_palette_writes_the_pdf_and_opens_it(
    shipped_content: Content, folders: tuple[Path, Path], opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, sheets = folders
    app = make_app(shipped_content, home, sheets)
    notes = record_notes(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await start_preparation(pilot, "functionering", date_text="23-11-2026", with_whom="Anne de Vries")
        await next_to_step(pilot, "doelen")
        await tab_to(pilot, "goal-0-text")
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
    shipped_content: Content, folders: tuple[Path, Path], opened: list[Path], tmp_path: Path
) -> None:
    home, sheets = folders
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    app = make_app(shipped_content, home, sheets)
    async with app.run_test(size=SIZE) as pilot:
        await start_preparation(pilot, "functionering", date_text="23-11-2026")
        await next_to_step(pilot, "overzicht")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SaveSheetDialog)
        field = pilot.app.screen.query_one("#sheet-path", Input)
        await pilot.press("end", "shift+home", "backspace")
        await type_text(pilot, str(elsewhere / "mijn-blad.md"))
        assert field.value.endswith("mijn-blad.md")
        await pilot.press("enter")
        await pilot.pause()
        await tab_to(pilot, "print-sheet")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+q")

    assert (elsewhere / "mijn-blad.pdf").is_file()
    assert not (sheets / PDF_NAME).exists()
    assert opened == [elsewhere / "mijn-blad.pdf"]


@run_async
async def test_print_without_a_graphical_session_says_where_the_pdf_is(
    shipped_content: Content, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, sheets = folders
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    started: list[object] = []
    monkeypatch.setattr(printing.subprocess, "Popen", lambda *a, **k: started.append(a))
    app = make_app(shipped_content, home, sheets)
    notes = record_notes(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await start_preparation(pilot, "functionering", date_text="23-11-2026")
        await run_palette_command(pilot, "Afdrukken")
        await pilot.press("ctrl+q")

    assert (sheets / PDF_NAME).is_file()
    assert started == [], "without a graphical session nothing is started"
    severity, message = notes[-1]
    assert severity == "warning"
    assert message.startswith("Ik kan de PDF hier niet openen") and str(sheets / PDF_NAME) in message


@run_async
async def test_print_into_a_missing_folder_gives_a_dutch_error(
    shipped_content: Content, tmp_path: Path, opened: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "bestaat-niet"
    app = make_app(shipped_content, tmp_path / "home", missing)
    notes = record_notes(app, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await start_preparation(pilot, "functionering")
        await run_palette_command(pilot, "Afdrukken")
        await pilot.press("ctrl+q")

    severity, message = notes[-1]
    assert severity == "error"
    assert f"De map {missing} bestaat niet" in message
    assert opened == []


@run_async
async def test_print_asks_before_replacing_a_file_the_coach_did_not_make(
    shipped_content: Content, folders: tuple[Path, Path], opened: list[Path]
) -> None:
    home, sheets = folders
    other = sheets / PDF_NAME
    other.write_text("Mijn eigen pagina", encoding="utf-8")
    app = make_app(shipped_content, home, sheets)
    async with app.run_test(size=SIZE) as pilot:
        await start_preparation(pilot, "functionering", date_text="23-11-2026")
        await run_palette_command(pilot, "Afdrukken")
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("escape")  # no
        await pilot.pause()
        assert other.read_text(encoding="utf-8") == "Mijn eigen pagina"
        assert opened == []
        await run_palette_command(pilot, "Afdrukken")
        assert isinstance(pilot.app.screen, ConfirmDialog)
        await pilot.press("shift+tab", "enter")  # "Vervangen"
        await pilot.pause()
        await pilot.press("ctrl+q")

    assert other.read_bytes().startswith(b"%PDF")
    assert opened == [other]
