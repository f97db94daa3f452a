"""Issue 17 in the full screen: what the session's rules make the screen show.

The step list marks what is really done (a shape per state, explained in the help), the
summary praises only what is done, 'na het gesprek' asks before the meeting's day, the report
cannot come in before the meeting, 'met wie' starts from the previous conversation, and the
checklists and example fields ask what fits them.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from textual.widgets import Checkbox, Input, Static, TextArea

from conftest import StepOpener
from gesprekscoach.content.models import Content
from gesprekscoach.store.models import ChecklistState, Goal, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.help import HelpDialog
from gesprekscoach.tui.screens.after_meeting import AfterMeetingScreen
from gesprekscoach.tui.screens.home import HomeScreen
from gesprekscoach.tui.widgets.step_list import StepList
from tui_helpers import (
    TODAY,
    conversation_screen,
    focused_id,
    make_app,
    run_async,
    screen_text,
    settle,
    tab_to,
    type_text,
)

SIZE = (100, 40)
"""Room to read the dialogs and the summary whole."""


def _step_marks(pilot: object) -> dict[str, str]:
    screen = conversation_screen(pilot)  # type: ignore[arg-type]
    marks = screen.query_one(StepList).markers
    return {step.id: mark for step, mark in zip(screen.steps, marks, strict=True)}


# --------------------------------------------------------------------------- 2. true progress


@run_async
async def test_a_ticked_tip_of_five_is_begun_not_done(open_step: StepOpener) -> None:
    async with open_step("functionering", "tips") as pilot:
        assert _step_marks(pilot)["tips"] == "•"
        await tab_to(pilot, "check-onderwerpen-vragen")
        await pilot.press("space")
        await settle(pilot)
        assert conversation_screen(pilot).prep.checklist["onderwerpen-vragen"].done
        assert _step_marks(pilot)["tips"] == "◐"  # not ✓: four tips are still open
        assert "◐  3 Vijf tips" in screen_text(pilot)


@run_async
async def test_the_help_explains_the_marks(open_step: StepOpener) -> None:
    async with open_step("functionering", "tips", size=SIZE) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HelpDialog)
        text = screen_text(pilot)
        assert "De tekens in de lijst met stappen" in text
        marks = ("✓  klaar", "◐  deels", "!  nakijken: een doel is nog niet SMART", "•  nog leeg", "geen teken")
        for line in (*marks, "…  bezig: de coach kijkt je doelen nog na"):
            assert line in text, line


def _vague_goal_and_two_tips(prep: Preparation) -> None:
    prep.goals = [Goal(text="Ik wil beter worden")]
    prep.checklist = {"onderwerpen-vragen": ChecklistState(done=True), "terugkijken": ChecklistState(done=True)}


@run_async
async def test_the_summary_does_not_praise_a_goal_that_fails_smart(open_step: StepOpener) -> None:
    prep = open_step.seed("functionering", fill=_vague_goal_and_two_tips)
    async with open_step(prep, "overzicht", size=SIZE) as pilot:
        screen = pilot.app.screen
        overview = str(screen.query_one("#summary-overview", Static).render())
        assert "◐ 3. Vijf tips voor je functioneringsgesprek — 2 van 5 tips afgevinkt" in overview
        assert "! 8. Je doelen — 1 doel, nog niet SMART" in overview
        note = " ".join(str(screen.query_one(".summary-note", Static).render()).split())
        assert "Goed voorbereid" not in note and "Alle stappen hebben een antwoord" not in note
        assert "1 doel is nog niet SMART." in note and "8 tips zijn nog niet afgevinkt." in note
        assert _step_marks(pilot)["doelen"] == "!"


# --------------------------------------------------------------------------- 3. checks of the obvious


def _seed_in_store(content: Content, home: Path, meeting: date, with_whom: str = "") -> Preparation:
    from gesprekscoach.session.cycle import start_preparation

    return start_preparation(PreparationStore(home), content, "functionering", meeting, with_whom)


@run_async
async def test_after_the_meeting_before_its_day_asks_first(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    _seed_in_store(content, home, TODAY + timedelta(days=5))
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "preparations")
        await pilot.press("home", "n")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConfirmDialog)
        assert "Je gesprek is pas op 27 november 2026. Wil je toch al invullen" in screen_text(pilot)
        assert focused_id(pilot) == "confirm-no"
        await pilot.press("enter")  # 'Nog niet'
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        await tab_to(pilot, "preparations")
        await pilot.press("n")
        await settle(pilot)
        await tab_to(pilot, "confirm-yes")
        await pilot.press("enter")  # 'Toch invullen'
        await settle(pilot)
        assert isinstance(pilot.app.screen, AfterMeetingScreen)


@run_async
async def test_after_the_meeting_opens_at_once_once_it_took_place(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    _seed_in_store(content, home, TODAY - timedelta(days=1))
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "preparations")
        await pilot.press("home", "n")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AfterMeetingScreen)


@run_async
async def test_the_report_date_cannot_be_before_the_meeting(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    prep = _seed_in_store(content, home, TODAY - timedelta(days=3))  # the meeting was on 19 November
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "preparations")
        await pilot.press("home", "n")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AfterMeetingScreen)
        await tab_to(pilot, "report-received")
        await pilot.press("space", "tab")
        assert focused_id(pilot) == "report-date"
        date_field = pilot.app.screen.query_one("#report-date", Input)
        date_field.value = ""
        await type_text(pilot, "15-11-2026")
        await settle(pilot)
        words = pilot.app.screen.query_one("#report-date-words", Static)
        assert (
            str(words.render()) == "Het verslag kan niet eerder komen dan het gesprek. Kies 19 november 2026 of later."
        )
        assert words.has_class("field-error")
        after = pilot.app.screen.session.prep.after  # type: ignore[attr-defined]
        assert after is not None and after.report_received_on == TODAY  # the day of the tick, not 15 November
        date_field.value = ""
        await type_text(pilot, "20-11-2026")
        await settle(pilot)
        assert after.report_received_on == date(2026, 11, 20)
        await pilot.press("ctrl+q")
    assert PreparationStore(home).load(prep.id).after.report_received_on == date(2026, 11, 20)  # type: ignore[union-attr]


@run_async
async def test_met_wie_starts_from_the_previous_conversation(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    _seed_in_store(content, home, TODAY - timedelta(days=30), "Anne de Vries")
    async with make_app(content, home, sheets, TODAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "conversation-types")
        await pilot.press("home", "enter")
        await settle(pilot)
        await pilot.press("enter")  # the proposed date
        assert focused_id(pilot) == "meeting-time"
        await pilot.press("enter")  # no time
        assert focused_id(pilot) == "with-whom"
        assert pilot.app.screen.query_one("#with-whom", Input).value == "Anne de Vries"
        await pilot.press("enter")
        await settle(pilot)
        assert conversation_screen(pilot).prep.with_whom == "Anne de Vries"


# --------------------------------------------------------------------------- 8. wording


@run_async
async def test_the_tick_and_the_note_of_a_tip_agree(open_step: StepOpener) -> None:
    prep = open_step.seed("functionering")
    async with open_step(prep, "tips", size=SIZE) as pilot:
        screen = pilot.app.screen
        assert str(screen.query_one("#check-niet-verdedigen", Checkbox).label) == "Ik weet hoe"
        assert screen.query_one("#note-niet-verdedigen", Input).placeholder == "Hoe ga je dit doen? (mag leeg)"
        intro = next(w for w in screen.query(".step-intro").results(Static) if w.display and w.region.width)
        assert "Vink een tip aan als je weet hoe je hem aanpakt." in " ".join(str(intro.render()).split())
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert str(screen.query_one("#check-houding", Checkbox).label) == "Gedaan"
        assert screen.query_one("#note-houding", Input).placeholder == "Wat heb je gedaan? (mag leeg)"


@run_async
async def test_a_question_that_looks_ahead_asks_no_example_of_what_happened(open_step: StepOpener) -> None:
    async with open_step("functionering", "verwachte-vragen", size=SIZE) as pilot:
        screen = pilot.app.screen
        back = screen.query_one("#example-terugblik", TextArea)
        ahead = screen.query_one("#example-ontwikkeling", TextArea)
        assert "wat gebeurde er" in str(back.placeholder)
        assert str(ahead.placeholder) == "Maak het concreet: wat wil je leren, en wanneer?"
