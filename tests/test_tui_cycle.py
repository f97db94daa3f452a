"""A whole year of the conversation cycle, driven by keyboard (issue 5).

planningsgesprek (two SMART goals; three agreements noted after it) → wins logged from the
command line over the months → functioneringsgesprek that starts from those goals and
agreements and offers the wins → after it: a disagreement and the reaction letter →
beoordelingsgesprek that starts from all of it. Each stage runs in its own coach with its own
(fixed) today; the sheets of each stage are checked for the carry-over section and for the
items marked 'alleen voor mij'. Nothing sleeps and nothing depends on today's date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from conftest import StepOpener
from gesprekscoach.checks.goal_verdict import check_goal_fields
from gesprekscoach.cli.main import main
from gesprekscoach.content.models import Content
from gesprekscoach.sheet.markdown import escape_markdown, sheet_filename
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore
from gesprekscoach.tui.dialogs.pick import PickDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveSheetDialog
from gesprekscoach.tui.screens.after_meeting import AfterMeetingScreen
from gesprekscoach.tui.screens.home import HomeScreen
from gesprekscoach.tui.screens.reaction_letter import ReactionLetterScreen
from tui_helpers import (
    SIZE,
    carry_id,
    choose_second_format,
    conversation_screen,
    current_step_id,
    focused_id,
    make_app,
    next_to_step,
    run_async,
    screen_text,
    settle,
    start_preparation,
    tab_to,
    type_text,
)
from year_equal import assert_same_files, run_plain_year
from year_helpers import make_planning

GOAL_1 = "Drie demo's geven voor 1 juli"
GOAL_2 = "Certificaat Excel halen voor 1 oktober"
GOAL_3 = "Twee trainingen feedback geven volgen voor 1 november"
"""The goal set in the functioneringsgesprek: it carries over into the beoordelingsgesprek."""


def preparation(home: Path, conversation: str) -> Preparation:
    """The one preparation of this type in the store (read from disk)."""
    found = [p for p in PreparationStore(home).list().preparations if p.conversation == conversation]
    assert len(found) == 1, found
    return found[0]


def sheet_of(prep: Preparation, content: Content, sheets: Path) -> str:
    """The saved sheet of a preparation."""
    return (sheets / sheet_filename(prep, content)).read_text(encoding="utf-8")


def carry_section(sheet: str, content: Content) -> str:
    """The 'Afspraken van de vorige keer' section of a sheet ('' when there is none)."""
    heading = f"## {content.sheet_labels.headings.carry_over}\n"
    if heading not in sheet:
        return ""
    return sheet.split(heading, 1)[1].split("\n## ", 1)[0]


async def save_sheet(pilot: Pilot, *, full: bool = False) -> None:
    """Ctrl+S; for the full version tick 'volledige versie' first; then save."""
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SaveSheetDialog)
    await choose_second_format(pilot)  # Markdown
    if full:
        await pilot.press("tab", "space", "tab")
        assert focused_id(pilot) == "save-ok"
    await pilot.press("enter")
    await settle(pilot)
    assert not isinstance(pilot.app.screen, SaveSheetDialog), screen_text(pilot)


async def choose(pilot: Pilot, select_id: str, typed: str) -> None:
    """Pick in a drop-down by typing the start of the choice (Enter, letters, Enter)."""
    await tab_to(pilot, select_id)
    await pilot.press("enter", *typed, "enter")
    await settle(pilot)


async def open_after_meeting(pilot: Pilot, position: int) -> None:
    """From home: highlight an earlier preparation (0 = newest) and press N."""
    await tab_to(pilot, "preparations")
    await pilot.press("home", *["down"] * position, "n")
    await settle(pilot)
    assert isinstance(pilot.app.screen, AfterMeetingScreen), screen_text(pilot)


async def add_agreement(pilot: Pilot, what: str, who: str, when: str) -> None:
    """Type an agreement in 'Nieuwe afspraak' (wat), then wie and wanneer, each with Enter."""
    await tab_to(pilot, "agreement-new")
    await type_text(pilot, what)
    await pilot.press("enter")
    await type_text(pilot, who)
    await pilot.press("enter")
    await type_text(pilot, when)
    await pilot.press("enter")


async def shift_tab_to(pilot: Pilot, widget_id: str, *, limit: int = 12) -> None:
    """Press Shift+Tab until the widget with this id has the focus."""
    for _ in range(limit):
        if focused_id(pilot) == widget_id:
            return
        await pilot.press("shift+tab")
    raise AssertionError(f"Shift+Tab never reached #{widget_id}; focus is on #{focused_id(pilot)}")


def log(*argv: str) -> None:
    """`gesprekscoach log ...` on the command line (the same data home as the coach)."""
    assert main(["log", *argv]) == 0


# --------------------------------------------------------------------------- the stages


async def stage_planning(content: Content, home: Path, sheets: Path) -> None:
    """January: prepare the planningsgesprek (two goals, a private agenda point), save the sheet."""
    async with make_app(content, home, sheets, date(2027, 1, 10)).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await start_preparation(pilot, "planning", date_text="15-01-2027", with_whom="Anne de Vries")
        await next_to_step(pilot, "doelen")
        for index, goal in enumerate((GOAL_1, GOAL_2)):
            if index:
                await tab_to(pilot, "add-goal")
                await pilot.press("enter")
                await settle(pilot)
            await tab_to(pilot, f"goal-doel-{index + 1}-text")
            await type_text(pilot, goal)
            await tab_to(pilot, f"goal-doel-{index + 1}-acceptabel")  # A and R: answered, so the check says SMART
            await type_text(pilot, "ja")
            await pilot.press("tab")
            await type_text(pilot, "ja")
        await next_to_step(pilot, "agenda")
        await tab_to(pilot, "agenda-new")
        for point in ("Mijn doelen", "Burn-out"):
            await type_text(pilot, point)
            await pilot.press("enter")
        await shift_tab_to(pilot, "agenda-1")
        await pilot.press("ctrl+t")
        assert "alleen voor mij" in screen_text(pilot)
        await next_to_step(pilot, "overzicht")  # a last look at the overview, then save
        await save_sheet(pilot)
        await pilot.press("ctrl+q")


async def stage_after_planning(content: Content, home: Path, sheets: Path) -> None:
    """A week later: note the three agreements (one private) and that the report came in."""
    async with make_app(content, home, sheets, date(2027, 1, 22)).run_test(size=SIZE) as pilot:
        await settle(pilot)
        reminder = pilot.app.screen.query_one("#report-reminders", Static)
        assert reminder.display and "nog geen verslag" in str(reminder.render())
        await open_after_meeting(pilot, 0)
        await add_agreement(pilot, "Cursus aanvragen", "", "1 feb")
        await add_agreement(pilot, "Budget regelen", "Anne", "eind maart")
        await add_agreement(pilot, "Inwerken", "Kees", "")
        await shift_tab_to(pilot, "agreement-afspraak-3-when")
        await pilot.press("ctrl+t")
        await tab_to(pilot, "report-received")
        await pilot.press("space")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        assert not pilot.app.screen.query_one("#report-reminders", Static).display
        await pilot.press("ctrl+q")


async def stage_functioning(content: Content, home: Path, sheets: Path) -> None:
    """June: the functioneringsgesprek starts from the goals and agreements, and offers the wins."""
    async with make_app(content, home, sheets, date(2027, 6, 8)).run_test(size=SIZE) as pilot:
        await settle(pilot)
        period = pilot.app.screen.query_one("#log-period", Static)
        assert str(period.render()) == "Sinds je planningsgesprek van 15 januari 2027: 4 punten."
        assert len(pilot.app.screen.query_one("#log-entries", OptionList).options) == 4
        await start_preparation(pilot, "functionering", date_text="10-06-2027", with_whom="Anne de Vries")

        await next_to_step(pilot, "terugblik")
        text = screen_text(pilot)
        assert "Van de vorige keer" in text and "Afspraak: Cursus aanvragen" in text
        # the first agreement (the goals come in the next step)
        assert focused_id(pilot) == carry_id(pilot, 2, "status")
        await choose(pilot, carry_id(pilot, 2, "status"), "g")
        await pilot.press("tab")
        await type_text(pilot, "20 jan")
        await tab_to(pilot, "answer-wat-ging-minder")
        await type_text(pilot, "Thuis zwaar")
        await pilot.press("ctrl+t")

        await next_to_step(pilot, "verwachte-vragen")
        assert focused_id(pilot) == carry_id(pilot, 0, "status")
        assert f"Doel: {GOAL_1}" in screen_text(pilot)
        await choose(pilot, carry_id(pilot, 0, "status"), "d")
        await pilot.press("tab")
        await type_text(pilot, "Twee")
        await choose(pilot, carry_id(pilot, 1, "status"), "b")
        await tab_to(pilot, "answer-doelen-behaald")
        await type_text(pilot, "Het tweede doel is gehaald")
        await tab_to(pilot, "example-doelen-behaald")
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PickDialog)
        offered = screen_text(pilot)
        assert f"Doel: {GOAL_1}" in offered and f"Doel: {GOAL_2}" in offered
        assert "3 februari 2027: Eerste presentatie gegeven" in offered
        assert "Zonder doel" in offered and "Een compliment van de klant" in offered
        await pilot.press("enter")  # the first entry of the first goal
        await settle(pilot)
        assert focused_id(pilot) == "example-doelen-behaald"
        await next_to_step(pilot, "doelen")  # a new goal, for the rest of the year
        await tab_to(pilot, "goal-doel-1-text")
        await type_text(pilot, GOAL_3)
        await tab_to(pilot, "goal-doel-1-acceptabel")
        await type_text(pilot, "ja")
        await pilot.press("tab")
        await type_text(pilot, "ja")
        await next_to_step(pilot, "overzicht")
        await save_sheet(pilot)
        await pilot.press("ctrl+q")


async def stage_after_functioning(content: Content, home: Path, sheets: Path) -> None:
    """After the functioneringsgesprek: a new promise, the report, a disagreement and the letter."""
    async with make_app(content, home, sheets, date(2027, 6, 18)).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_after_meeting(pilot, 0)  # the functioneringsgesprek is the newest
        await add_agreement(pilot, "Maandelijks overleg", "baas", "")
        await tab_to(pilot, "report-received")
        await pilot.press("space", "tab")
        assert focused_id(pilot) == "report-date"
        await pilot.press("tab", "space")  # 'niet eens'
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ReactionLetterScreen)
        assert focused_id(pilot) == "point-bezwaar-1-point"
        await type_text(pilot, "Te weinig initiatief")
        await pilot.press("tab")
        await type_text(pilot, "Twee voorstellen.")
        await pilot.press("tab", "ctrl+l")
        await settle(pilot)
        assert isinstance(pilot.app.screen, PickDialog)
        assert "Uit je voorbereiding" in screen_text(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await tab_to(pilot, "signed-by")
        await type_text(pilot, "Sam")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await choose_second_format(pilot)  # as text
        await pilot.press("enter")
        await settle(pilot)
        saved = str(pilot.app.screen.query_one("#letter-saved", Static).render())
        assert "reactie-functioneringsgesprek-2027-06-10.txt" in saved and "Stuur hem daarna snel" in saved
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        await pilot.press("ctrl+q")


async def stage_review(content: Content, home: Path, sheets: Path) -> None:
    """December: the beoordelingsgesprek starts from all of it; save the sheet and the full version."""
    async with make_app(content, home, sheets, date(2027, 12, 1)).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await start_preparation(pilot, "beoordeling", date_text="06-12-2027", with_whom="Anne de Vries")
        await next_to_step(pilot, "resultaten")
        text = screen_text(pilot)
        assert f"Doel: {GOAL_1}" in text
        # what was marked in June is where the review starts
        select = conversation_screen(pilot).query_one(f"#{carry_id(pilot, 0, 'status')}")
        assert select.value == "deels"  # type: ignore[attr-defined]
        await choose(pilot, carry_id(pilot, 0, "status"), "b")
        await tab_to(pilot, carry_id(pilot, 2, "status"))
        # the goal of the functioneringsgesprek carried over (its line wraps: the start is enough)
        assert f"Doel: {GOAL_3[:21]}" in screen_text(pilot)
        await tab_to(pilot, "example-afspraken-resultaat")
        await pilot.press("ctrl+l")
        await settle(pilot)
        offered = screen_text(pilot)
        assert "Vierde presentatie in oktober" in offered and "Eerste presentatie gegeven" not in offered
        await pilot.press("escape")
        await next_to_step(pilot, "eerdere-verslagen")
        assert "Niet eens met het verslag: Te weinig initiatief" in screen_text(pilot)
        await next_to_step(pilot, "overzicht")
        await save_sheet(pilot)
        await save_sheet(pilot, full=True)
        await pilot.press("ctrl+q")


@run_async
async def test_a_whole_year_by_keyboard(content: Content, folders: tuple[Path, Path], tmp_path: Path) -> None:
    home, sheets = folders

    # January: the planningsgesprek, and what came out of it
    await stage_planning(content, home, sheets)
    planning = preparation(home, "planning")
    assert [(goal.id, goal.text) for goal in planning.goals] == [("doel-1", GOAL_1), ("doel-2", GOAL_2)]
    for goal in planning.goals:  # two SMART goals
        assert check_goal_fields(goal, today=planning.meeting_date, texts=content.checks).is_smart, goal.text
    sheet = sheet_of(planning, content, sheets)
    assert carry_section(sheet, content) == ""  # the first conversation of the year starts from nothing
    assert escape_markdown(GOAL_1) in sheet and "Mijn doelen" in sheet and "Burn" not in sheet
    await stage_after_planning(content, home, sheets)
    planning = preparation(home, "planning")
    assert planning.after is not None and planning.after.report_received
    assert [(a.what, a.owner, a.owner_name, a.deadline, a.private) for a in planning.after.agreements] == [
        ("Cursus aanvragen", "ik", "", date(2027, 2, 1), False),
        ("Budget regelen", "leidinggevende", "", date(2027, 3, 31), False),
        ("Inwerken", "ander", "Kees", None, True),
    ]

    # February to May: wins from the command line
    log("Eerste presentatie gegeven", "--doel", "1", "--now", "2027-02-03T16:00")
    log("Module 1 van de cursus af", "--doel", "doel-2", "--now", "2027-03-10T12:00")
    log("Een compliment van de klant", "--now", "2027-04-02T09:30")
    log("Ruzie in het team gesust", "--prive", "--now", "2027-05-12T17:00")

    # June: the functioneringsgesprek
    await stage_functioning(content, home, sheets)
    functioning = preparation(home, "functionering")
    assert [(item.kind, item.status, item.result) for item in functioning.carry_over] == [
        ("doel", "open", "deels"),
        ("doel", "gedaan", "behaald"),
        ("afspraak", "gedaan", None),
        ("afspraak", "open", None),
        ("belofte", "open", None),
    ]
    assert functioning.carry_over[3].private  # Kees' agreement was private in January
    assert functioning.answers["wat-ging-minder"].private
    assert functioning.answers["doelen-behaald"].example == "3 februari 2027: Eerste presentatie gegeven"
    assert [goal.text for goal in functioning.goals] == [GOAL_3]
    sheet = sheet_of(functioning, content, sheets)
    carried = carry_section(sheet, content)
    assert "### Uit het planningsgesprek van 15 januari 2027" in carried
    goal_1, goal_2 = escape_markdown(GOAL_1), escape_markdown(GOAL_2)
    assert f"- [ ] **Doel:** {goal_1} — uiterlijk 1 juli 2027 · deels behaald  \n  Mijn notitie: Twee" in carried
    assert f"- [x] **Doel:** {goal_2} — uiterlijk 1 oktober 2027 · behaald" in carried
    assert (
        "- [x] **Afspraak:** Cursus aanvragen — wie: ik · uiterlijk 1 februari 2027 · gedaan  \n  Mijn notitie: 20 jan"
        in carried
    )
    assert "- [ ] **Belofte van mijn leidinggevende:** Budget regelen — uiterlijk 31 maart 2027 · nog open" in carried
    assert "Inwerken" not in sheet and "Thuis zwaar" not in sheet and "Burn" not in sheet
    assert "3 februari 2027: Eerste presentatie gegeven" in sheet

    # After the functioneringsgesprek: the report, a disagreement, the letter
    await stage_after_functioning(content, home, sheets)
    functioning = preparation(home, "functionering")
    assert functioning.after is not None
    assert functioning.after.report_received_on == date(2027, 6, 18) and functioning.after.disagrees
    assert functioning.after.agreements[0].owner == "leidinggevende"
    letter = sheets / "reactie-functioneringsgesprek-2027-06-10.txt"  # a plain-text letter, no Markdown marks
    assert functioning.after.reaction_letter_path == str(letter)
    text = letter.read_text(encoding="utf-8")
    flat = " ".join(text.split())
    assert text.startswith("Sam\n\n18 juni 2027\n")
    assert "Onderwerp: Reactie op het verslag van het functioneringsgesprek van 10 juni 2027" in flat
    assert "Beste Anne de Vries," in text and "Op 18 juni 2027 kreeg ik het verslag." in flat
    assert "1. In het verslag staat: Te weinig initiatief" in text
    assert "Zo zie ik het: Twee voorstellen." in flat
    assert "Een voorbeeld:" in text and "**" not in text
    assert text.rstrip().endswith("Met vriendelijke groet,\nSam")

    # Autumn: one more win
    log("Vierde presentatie in oktober", "--doel", "1", "--now", "2027-10-20T11:00")

    # December: the beoordelingsgesprek
    await stage_review(content, home, sheets)
    review = preparation(home, "beoordeling")
    kinds = [(item.kind, item.text) for item in review.carry_over]
    assert kinds == [
        ("doel", GOAL_1),
        ("doel", GOAL_2),
        ("doel", GOAL_3),  # the goal of the functioneringsgesprek
        ("afspraak", "Inwerken"),
        ("belofte", "Budget regelen"),
        ("belofte", "Maandelijks overleg"),
        ("bezwaar", "Te weinig initiatief"),
    ]
    assert review.carry_over[0].result == "behaald" and review.carry_over[0].note == "Twee"
    sheet = sheet_of(review, content, sheets)
    carried = carry_section(sheet, content)
    assert (
        f"- [x] **Doel:** {escape_markdown(GOAL_1)} — uiterlijk 1 juli 2027 · behaald  \n  Mijn notitie: Twee"
        in carried
    )
    assert "### Uit het functioneringsgesprek van 10 juni 2027" in carried
    assert f"- [ ] **Doel:** {escape_markdown(GOAL_3)} — uiterlijk 1 november 2027 · nog open" in carried
    assert "- [ ] **Belofte van mijn leidinggevende:** Maandelijks overleg — nog open" in carried
    assert "### Uit het verslag van het functioneringsgesprek van 10 juni 2027" in carried
    assert "- [ ] **Niet eens met het verslag:** Te weinig initiatief — nog open" in carried
    assert "Cursus aanvragen" not in carried  # done in June
    assert "Inwerken" not in sheet  # private
    full = (sheets / sheet_filename(review, content).replace(".md", "-volledig.md")).read_text(encoding="utf-8")
    # private items are on the page that stays home, never among the shared sections
    assert "**Afspraak:** Inwerken — wie: Kees · nog open" in full.split("\n## Alleen voor mij\n", 1)[1]
    assert "Inwerken" not in carry_section(full, content)
    assert review.sheet_path == str(sheets / sheet_filename(review, content))  # the full version is not remembered
    # the private win is in the log, never on a sheet
    assert any(entry.private for entry in WinsLogStore(home).load().entries)
    for path in sheets.glob("*.md"):
        assert "Ruzie in het team" not in path.read_text(encoding="utf-8")

    # The same year typed in the plain mode saves the same files (issue 10)
    plain = (tmp_path / "plain-home", tmp_path / "plain-bladen")
    run_plain_year(content, *plain)
    assert_same_files((home, sheets), plain)


# --------------------------------------------------------------------------- smaller stories


@run_async
async def test_wins_log_on_home_add_mark_and_remove(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    planning = make_planning(store)
    async with make_app(content, home, sheets, date(2027, 2, 1)).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "log-goal")
        await pilot.press("enter", "down", "enter")  # the first goal
        await tab_to(pilot, "log-new")
        await type_text(pilot, "Demo gegeven")
        await pilot.press("enter")
        await settle(pilot)
        await type_text(pilot, "Geheim")
        await pilot.press("enter")
        await settle(pilot)
        await tab_to(pilot, "log-entries")
        await pilot.press("home", "ctrl+t")  # the newest is on top
        await settle(pilot)
        await pilot.press("down", "delete")
        await settle(pilot)
        await tab_to(pilot, "confirm-yes")  # the dialog starts on 'Bewaren'
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        await pilot.press("ctrl+q")
    entries = WinsLogStore(home).load().entries
    assert [(e.text, e.private, e.goal, e.goal_source) for e in entries] == [("Geheim", True, "doel-1", planning.id)]
    assert entries[0].at.date() == date(2027, 2, 1)


@run_async
async def test_private_marks_in_every_kind_of_step(
    content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    """Ctrl+T on a tip's note, a goal, a feedback point and an own question; the sheet leaves them off."""
    home, sheets = folders
    prep = open_step.seed("functionering", meeting_date=date(2027, 6, 10))
    async with open_step(prep, "tips", today=date(2027, 6, 1)) as pilot:
        await tab_to(pilot, "note-terugkijken")
        await type_text(pilot, "PRIVE-TIP")
        await pilot.press("ctrl+t")
        await next_to_step(pilot, "doelen")
        await tab_to(pilot, "goal-doel-1-text")
        await type_text(pilot, "PRIVE-DOEL")
        await pilot.press("ctrl+t")
        await next_to_step(pilot, "vragen-stellen")
        await tab_to(pilot, "suggest-vraag-vervolg")
        await pilot.press("space", "ctrl+t")
        await tab_to(pilot, "own-question-new")
        await type_text(pilot, "PRIVE-VRAAG")
        await pilot.press("enter")
        await shift_tab_to(pilot, "own-question-0")
        await pilot.press("ctrl+t")
        await next_to_step(pilot, "feedback")
        await tab_to(pilot, "feedback-new")
        await type_text(pilot, "Ik merk PRIVE-FEEDBACK")
        await pilot.press("enter")
        await shift_tab_to(pilot, "feedback-0")
        await pilot.press("ctrl+t")
        await next_to_step(pilot, "agenda")
        await pilot.press("ctrl+t")  # in the field for a new point: nothing to mark
        await settle(pilot)
        assert current_step_id(pilot) == "agenda"
        await save_sheet(pilot)
        await pilot.press("ctrl+q")
    prep = preparation(home, "functionering")
    assert prep.checklist["terugkijken"].private and prep.goals[0].private and prep.feedback[0].private
    assert [(q.text, q.private) for q in prep.questions_to_ask] == [
        ("Wanneer kijken we samen hoe het gaat met de afspraken?", True),
        ("PRIVE-VRAAG", True),
    ]
    sheet = sheet_of(prep, content, sheets)
    for private in ("PRIVE-TIP", "PRIVE-DOEL", "PRIVE-VRAAG", "PRIVE-FEEDBACK", "Wanneer kijken we samen"):
        assert private not in sheet, private
    assert "## Alleen voor mij" in sheet  # the page that stays home is there, without the private note
