"""The full screen saves its papers as the user chooses: the sheet as PDF or Markdown, the summary
and the letter as PDF or text. The default folder is the documents folder of the settings; an
existing file is only replaced after asking. The meeting's day, time and 'met wie' change in the
meeting dialog (Ctrl+G).

PDFs are read back with pypdf.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, RadioButton, RadioSet

from conftest import StepOpener
from gesprekscoach.content.models import Content
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.store.models import AfterMeetingRecord, Agreement, Disagreement, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.settings import DOCUMENTS_ENV, UserSettings, save_settings
from gesprekscoach.tui.app import GesprekscoachApp
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveFileDialog, SaveSheetDialog
from gesprekscoach.tui.screens.after_meeting import AfterMeetingScreen
from pdf_helpers import pdf_pages, squash
from tui_helpers import (
    TODAY,
    conversation_screen,
    focused_id,
    run_async,
    screen_text,
    settle,
    start_preparation,
    type_text,
)

AGENDA_POINT = "Een cursus Excel in het voorjaar"


def _with_agenda(prep: Preparation) -> None:
    from gesprekscoach.store.models import AgendaItem

    prep.agenda = [AgendaItem(text=AGENDA_POINT)]


def _path_field(pilot: Pilot) -> Input:
    return pilot.app.screen.query_one("#sheet-path", Input)


def _chosen_format(pilot: Pilot) -> str:
    pressed = pilot.app.screen.query_one("#save-format", RadioSet).pressed_button
    assert pressed is not None and pressed.id is not None
    return pressed.id.removeprefix("format-")


async def _choose_format(pilot: Pilot, key: str) -> None:
    """The keys: Tab back to the list of formats, the arrow to the format, Enter; back to the path."""
    radio = pilot.app.screen.query_one("#save-format", RadioSet)
    radio.focus()
    await settle(pilot)
    buttons = [button.id for button in radio.query(RadioButton)]
    current = buttons.index(f"format-{_chosen_format(pilot)}")
    target = buttons.index(f"format-{key}")
    await pilot.press(*(["down"] * (target - current) if target >= current else ["up"] * (current - target)), "enter")
    await settle(pilot)
    _path_field(pilot).focus()
    await settle(pilot)


@pytest.fixture
def documents(tmp_path: Path, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A documents folder chosen in the settings (`gesprekscoach instellingen --map`)."""
    monkeypatch.delenv(DOCUMENTS_ENV, raising=False)
    home, _sheets = folders
    chosen = tmp_path / "Mijn documenten"
    chosen.mkdir()
    save_settings(UserSettings(documents_folder=str(chosen), asked=True), home)
    return chosen


def _app_without_cwd(content: Content, home: Path) -> GesprekscoachApp:
    """The coach as the command line starts it: no folder given, so the settings decide."""
    return GesprekscoachApp(content=content, store=PreparationStore(home), today=TODAY)


@run_async
async def test_the_sheet_is_a_pdf_in_the_documents_folder_by_default(
    shipped_content: Content, folders: tuple[Path, Path], documents: Path, open_step: StepOpener
) -> None:
    home, _sheets = folders
    prep = open_step.seed("functionering", fill=_with_agenda)
    async with open_step(prep, "agenda", app=_app_without_cwd(shipped_content, home)) as pilot:
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, SaveSheetDialog)
        assert _chosen_format(pilot) == "pdf"
        proposed = Path(_path_field(pilot).value)
        assert proposed.parent == documents and proposed.suffix == ".pdf"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, SaveSheetDialog), screen_text(pilot)
        assert conversation_screen(pilot).prep.sheet_path == str(proposed)
    assert proposed.read_bytes().startswith(b"%PDF")
    assert squash(AGENDA_POINT) in squash(" ".join(pdf_pages(proposed)))


@run_async
async def test_markdown_is_chosen_with_the_keys_and_the_name_follows(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    _home, sheets = folders
    prep = open_step.seed("functionering", fill=_with_agenda)
    async with open_step(prep, "agenda") as pilot:
        await pilot.press("ctrl+s")
        await settle(pilot)
        pdf_path = Path(_path_field(pilot).value)
        assert pdf_path.parent == sheets and pdf_path.suffix == ".pdf"
        await _choose_format(pilot, "md")
        assert Path(_path_field(pilot).value) == pdf_path.with_suffix(".md")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, SaveSheetDialog), screen_text(pilot)
    text = pdf_path.with_suffix(".md").read_text(encoding="utf-8")
    assert text.startswith("---\n") and AGENDA_POINT in text
    assert not pdf_path.exists()


@run_async
async def test_typing_another_extension_chooses_that_format(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    _home, sheets = folders
    prep = open_step.seed("functionering", fill=_with_agenda)
    async with open_step(prep, "agenda") as pilot:
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, "mijn-blad.md")
        assert _chosen_format(pilot) == "md"
        await pilot.press("enter")
        await settle(pilot)
    assert AGENDA_POINT in (sheets / "mijn-blad.md").read_text(encoding="utf-8")


@run_async
async def test_an_existing_pdf_is_only_replaced_after_asking(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    _home, sheets = folders
    prep = open_step.seed("functionering", fill=_with_agenda)
    async with open_step(prep, "agenda") as pilot:
        app = pilot.app
        await pilot.press("ctrl+s")
        await settle(pilot)
        target = Path(_path_field(pilot).value)
        target.write_bytes(b"mijn eigen bestand")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog), screen_text(pilot)
        assert "bestaat al" in app.screen.question and focused_id(pilot) == "confirm-no"
        await pilot.press("enter")  # Niet vervangen
        await settle(pilot)
        assert isinstance(app.screen, SaveSheetDialog), "the dialog stays open"
        assert "bestaat al" in str(app.screen.query_one("#save-error").render())
        assert target.read_bytes() == b"mijn eigen bestand"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("shift+tab", "enter")  # Vervangen
        await settle(pilot)
        assert not isinstance(app.screen, SaveSheetDialog), screen_text(pilot)
    assert target.read_bytes().startswith(b"%PDF")


@run_async
async def test_a_folder_that_is_not_there_is_told_in_dutch(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    _home, sheets = folders
    async with open_step("functionering", "agenda") as pilot:
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, str(sheets / "bestaat-niet" / "blad.pdf"))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, SaveSheetDialog), "the dialog stays open"
        error = str(pilot.app.screen.query_one("#save-error").render())
        assert "bestaat niet" in error and "Traceback" not in error
        assert focused_id(pilot) == "sheet-path"


def _after(prep: Preparation) -> None:
    prep.after = AfterMeetingRecord(
        agreements=[Agreement(what="Cursus Excel aanvragen", deadline_text="voor 1 maart 2027")],
        report_received=True,
        report_received_on=TODAY,
        disagrees=True,
        disagreements=[Disagreement(point="Ik zou te weinig initiatief nemen", why="Ik stelde twee dingen voor.")],
    )


@run_async
async def test_the_summary_and_the_letter_as_pdf_and_as_text(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    prep = open_step.seed("functionering", fill=_after)
    app = open_step.app()
    async with app.run_test() as pilot:
        await settle(pilot)
        store = app.context.store
        opened = open_preparation(store, shipped_content, store.load(prep.id), clock=app.context.clock)
        await app.push_screen(AfterMeetingScreen(app.context, opened.session))
        await settle(pilot)
        # the summary: PDF first, then as text
        written: list[Path] = []
        for fmt in ("pdf", "txt"):
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, SaveFileDialog), screen_text(pilot)
            assert _chosen_format(pilot) == "pdf"
            if fmt == "txt":
                await _choose_format(pilot, "txt")
            path = Path(_path_field(pilot).value)
            assert path.parent == sheets and path.suffix == f".{fmt}"
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, AfterMeetingScreen), screen_text(pilot)
            written.append(path)
        pdf, text = written
        assert squash("Cursus Excel aanvragen") in squash(" ".join(pdf_pages(pdf)))
        assert "Cursus Excel aanvragen" in text.read_text(encoding="utf-8")
        # the letter: as text (to mail), then as PDF
        await pilot.press("ctrl+r")
        await settle(pilot)
        letters: list[Path] = []
        for fmt in ("txt", "pdf"):
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, SaveFileDialog), screen_text(pilot)
            if fmt == "txt":
                await _choose_format(pilot, "txt")
            path = Path(_path_field(pilot).value)
            assert path.suffix == f".{fmt}"
            await pilot.press("enter")
            await settle(pilot)
            assert not isinstance(app.screen, SaveFileDialog), screen_text(pilot)
            letters.append(path)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
    text_letter, pdf_letter = letters
    assert "Ik zou te weinig initiatief nemen" in text_letter.read_text(encoding="utf-8")
    assert "**" not in text_letter.read_text(encoding="utf-8")
    assert squash("Ik zou te weinig initiatief nemen") in squash(" ".join(pdf_pages(pdf_letter)))
    saved = PreparationStore(home).load(prep.id)
    assert saved.after is not None and saved.after.reaction_letter_path == str(pdf_letter)


@run_async
async def test_a_new_preparation_asks_the_time_and_the_meeting_dialog_changes_it(
    shipped_content: Content, folders: tuple[Path, Path], make_coach
) -> None:  # type: ignore[no-untyped-def]
    home, _sheets = folders
    async with make_coach().run_test(size=(120, 30)) as pilot:  # wide: the header has room for all of it
        await settle(pilot)
        await start_preparation(pilot, "functionering", date_text="23-11-2026", time_text="930", with_whom="Anne")
        screen = conversation_screen(pilot)
        assert screen.prep.meeting_time == time(9, 30)
        assert "om 09:30" in screen.sub_title and "met Anne" in screen.sub_title
        # Ctrl+G: day, time and 'met wie', filled in as they are
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert focused_id(pilot) == "meeting-date"
        assert pilot.app.screen.query_one("#meeting-time", Input).value == "09:30"
        await pilot.press("enter")
        await pilot.press("ctrl+u")
        await type_text(pilot, "25.00")
        await pilot.press("enter")
        assert focused_id(pilot) == "meeting-time"  # not a time: it stays
        assert "bestaat niet als tijd" in screen_text(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, "14.15")
        await pilot.press("enter")
        assert focused_id(pilot) == "with-whom"
        await pilot.press("ctrl+u")
        await type_text(pilot, "Kees Bakker")
        await pilot.press("enter")
        await settle(pilot)
        screen = conversation_screen(pilot)
        assert (screen.prep.meeting_time, screen.prep.with_whom) == (time(14, 15), "Kees Bakker")
        assert "om 14:15" in screen.sub_title and "met Kees Bakker" in screen.sub_title
        await pilot.press("ctrl+q")
        await settle(pilot)
    (saved,) = PreparationStore(home).list().preparations
    assert (saved.meeting_time, saved.with_whom) == (time(14, 15), "Kees Bakker")
