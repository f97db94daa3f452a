"""The wins log that stays alive, in the full screen: the quiet note, labels and a goal for an entry,
an overview of a period, and the draft self-assessment."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static, TextArea

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.session.wins_digest import digest_filename, self_assessment_filename
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore
from gesprekscoach.tui.dialogs.digest_period import DigestPeriodDialog
from gesprekscoach.tui.dialogs.draft import DraftDialog
from gesprekscoach.tui.dialogs.log_entry import LogEntryDialog
from gesprekscoach.tui.dialogs.save_file import SaveFileDialog
from gesprekscoach.tui.screens.home import HomeScreen
from tui_helpers import SIZE, make_app, run_async, run_palette_command, screen_text, settle, tab_to, type_text
from year_helpers import FUNCTIONING_DAY, GOAL_PRESENT, PLANNING_DAY, at, make_planning

TODAY = date(2027, 3, 1)


def notes(pilot: Pilot) -> str:
    """Every notification shown so far, as one line."""
    return " ".join(" ".join(str(n.message).split()) for n in pilot.app._notifications)


def quiet_box(pilot: Pilot) -> Static:
    """The gentle note above the wins log."""
    return pilot.app.screen.query_one("#log-quiet", Static)


@run_async
async def test_the_quiet_note_shows_after_four_weeks_and_goes_when_something_is_logged(
    content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    WinsLogStore(home).add("Klant geholpen", now=at(TODAY - timedelta(weeks=5)))
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert quiet_box(pilot).display
        assert "Je schreef al 5 weken niets in je logboek." in str(quiet_box(pilot).render())
        await tab_to(pilot, "log-new")
        await type_text(pilot, "Presentatie gegeven")
        await pilot.press("enter")
        await settle(pilot)
        assert not quiet_box(pilot).display


@run_async
async def test_no_quiet_note_for_an_empty_or_recent_log(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not quiet_box(pilot).display  # an empty log: the user does not use it; no nagging
    WinsLogStore(home).add("Klant geholpen", now=at(TODAY - timedelta(weeks=3)))
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not quiet_box(pilot).display


@run_async
async def test_an_entry_gets_labels_and_a_goal(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    planning = make_planning(PreparationStore(home))
    WinsLogStore(home).add("Demo gegeven", now=at(TODAY - timedelta(days=2)))
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "log-entries")
        await pilot.press("home", "l")
        await settle(pilot)
        assert isinstance(pilot.app.screen, LogEntryDialog)
        await type_text(pilot, "klant, Team")
        await tab_to(pilot, "entry-goal")
        await pilot.press("enter", "home", "enter")  # the first goal
        await settle(pilot)
        await tab_to(pilot, "entry-ok")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        listed = str(pilot.app.screen.query_one("#log-entries", OptionList).get_option_at_index(0).prompt)
        assert "labels: klant, team" in listed and "doel:" in listed
    entry = WinsLogStore(home).load().entries[0]
    assert entry.tags == ["klant", "team"]
    assert (entry.goal_source, entry.goal) == (planning.id, "doel-1")


@run_async
async def test_the_overview_of_a_period_is_saved_as_markdown(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    log = WinsLogStore(home)
    log.add("Demo gegeven", now=at(date(2027, 2, 10)), tags=["klant"])
    log.add("Te oud", now=at(date(2026, 12, 1)))
    texts = around_meeting_texts(content)
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "log-entries")
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(pilot.app.screen, DigestPeriodDialog)
        from_field = pilot.app.screen.query_one("#digest-from", Input)
        from_field.value = "1-3-2027"
        await pilot.press("enter")
        to_field = pilot.app.screen.query_one("#digest-to", Input)
        to_field.value = "1-2-2027"
        await pilot.press("enter")
        await settle(pilot)
        assert texts.digest_wrong_order in screen_text(pilot)  # the first day after the last: asked again
        from_field.value = "1-1-2027"
        await pilot.press("enter")
        to_field.value = "28-2-2027"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, SaveFileDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        path = sheets / digest_filename(date(2027, 1, 1), date(2027, 2, 28))
        assert f"Het overzicht (1 punten) staat in {path}" in notes(pilot)
    text = path.read_text(encoding="utf-8")
    assert "# Mijn logboek van 1 januari 2027 tot 28 februari 2027" in text
    assert "### Label: klant" in text and "- 10 februari 2027: Demo gegeven" in text
    assert "Te oud" not in text


@run_async
async def test_the_overview_from_the_palette_and_while_typing_in_the_log(
    content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await run_palette_command(pilot, "Overzicht van je logboek")
        assert isinstance(pilot.app.screen, DigestPeriodDialog)
        await pilot.press("escape")
        await settle(pilot)
        await tab_to(pilot, "log-new")
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(pilot.app.screen, DigestPeriodDialog)


@run_async
async def test_a_draft_self_assessment_to_edit_and_save(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    planning = make_planning(store)
    functioning = store.create("functionering", FUNCTIONING_DAY, "Anne de Vries")
    log = WinsLogStore(home)
    log.add("Eerste demo gegeven", now=at(PLANNING_DAY + timedelta(days=30)), goal=planning.goals[0],
            goal_source=planning)  # fmt: skip
    log.add("Alleen voor mij", now=at(PLANNING_DAY + timedelta(days=31)), private=True)
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "preparations")
        await pilot.press("home")  # the functioneringsgesprek is the newest
        await pilot.press("z")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, DraftDialog)
        draft = dialog.query_one("#draft-text", TextArea).text
        assert "# Mijn zelfbeoordeling voor mijn functioneringsgesprek van 10 juni 2027" in draft
        assert f"## Doel: {' '.join(GOAL_PRESENT.split())}" in draft
        assert "- 14 februari 2027: Eerste demo gegeven" in draft
        assert "Alleen voor mij" not in draft
        await type_text(pilot, "Mijn eigen begin")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, SaveFileDialog)
        await pilot.press("enter")
        await settle(pilot)
        path = sheets / self_assessment_filename(functioning)
        status = " ".join(str(dialog.query_one("#draft-status", Static).render()).split())
        assert f"Je zelfbeoordeling staat in {path}." in status
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
    saved = path.read_text(encoding="utf-8")
    assert saved.startswith("Mijn eigen begin# Mijn zelfbeoordeling")
    assert "Eerste demo gegeven" in saved


@run_async
async def test_no_self_assessment_without_a_functionering_or_beoordeling(
    content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    make_planning(PreparationStore(home))
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await run_palette_command(pilot, "Eerste zelfbeoordeling maken")
        assert isinstance(pilot.app.screen, HomeScreen)
        assert "functioneringsgesprek of een beoordelingsgesprek" in notes(pilot)
