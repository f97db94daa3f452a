"""The SMART check and the feedback check in the coach, driven by keys like a user does.

A vague goal shows its open letters with the Dutch reason; a SMART goal lights all five
letters up; a feedback point shows its signals and takes the ik-form proposal; the saved
sheet shows each goal's verdict and deadline; F1 explains SMART and feedback with the
content's own examples.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static, TextArea

from conftest import StepOpener
from gesprekscoach.checks.feedback import check_feedback
from gesprekscoach.content.models import Content
from gesprekscoach.sheet.markdown import sheet_filename
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.dialogs.help import HelpDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveSheetDialog
from gesprekscoach.tui.widgets.feedback_check import FeedbackCheck
from gesprekscoach.tui.widgets.goal_picker import OPEN_MARK, LinePicker
from gesprekscoach.tui.widgets.smart_check import ALL_FINE, SmartCheck
from tui_helpers import (
    choose_second_format,
    conversation_screen,
    focused_id,
    run_async,
    screen_text,
    settle,
    tab_to,
    type_text,
)

LETTERS = ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden")

VAGUE_GOAL = "Ik wil beter communiceren"
SMART_GOAL = "Ik rond voor 1 juli 2027 de cursus Excel af met een certificaat"


def letter_states(pilot, goal: int = 0) -> dict[str, str]:
    """'ok', 'missing' or 'unknown' for each letter of a goal's check, read from the CSS classes."""
    states: dict[str, str] = {}
    for name in LETTERS:
        box = pilot.app.screen.query_one(f"#goal-doel-{goal + 1}-smart-{name}", Static)
        found = [state for state in ("ok", "missing", "unknown") if box.has_class(f"-{state}")]
        assert len(found) == 1, (name, box.classes)
        states[name] = found[0]
    return states


def text_of(pilot, selector: str) -> str:
    """The text a Static shows."""
    widget = pilot.app.screen.query_one(selector, Static)
    return str(widget.content) if widget.display else ""


async def clear_input(pilot) -> None:
    """Empty the focused one-line field (select all, then delete)."""
    await pilot.press("end", "shift+home", "backspace")


@run_async
async def test_goal_letters_fail_for_a_vague_goal_and_light_up_for_a_smart_one(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    async with open_step("functionering", "doelen") as pilot:
        # Nothing typed yet: the check waits for a goal and says what to do.
        assert letter_states(pilot)["specifiek"] == "unknown"
        assert shipped_content.checks.smart.hint_empty in text_of(pilot, "#goal-doel-1-smart-hint")

        await tab_to(pilot, "goal-doel-1-text")
        await type_text(pilot, VAGUE_GOAL)
        await settle(pilot)
        states = letter_states(pilot)
        assert states["specifiek"] == "missing"
        assert states["meetbaar"] == "missing"
        assert states["tijdgebonden"] == "missing"
        reason = text_of(pilot, "#goal-doel-1-smart-reason")
        assert reason.startswith("Specifiek: Je doel is nog vaag")
        assert "'beter'" in reason
        assert text_of(pilot, "#goal-doel-1-smart-hint").startswith("Tip: ")
        screen = screen_text(pilot)
        assert "S ✗" in screen and "Je doel is nog vaag" in screen

        await clear_input(pilot)
        await type_text(pilot, SMART_GOAL)
        await settle(pilot)
        states = letter_states(pilot)
        assert states["specifiek"] == states["meetbaar"] == states["tijdgebonden"] == "ok"
        # A and R are questions to yourself: open until you answer them in their fields.
        assert states["acceptabel"] == states["realistisch"] == "missing"
        assert text_of(pilot, "#goal-doel-1-smart-reason").startswith("Acceptabel: ")
        assert text_of(pilot, "#goal-doel-1-smart-deadline") == "Uiterlijk: 1 juli 2027"

        await tab_to(pilot, "goal-doel-1-acceptabel")
        await type_text(pilot, "Ja, Anne wil dit ook")
        await tab_to(pilot, "goal-doel-1-realistisch")
        await type_text(pilot, "Ik krijg er twee uur per week voor")
        await settle(pilot)
        assert set(letter_states(pilot).values()) == {"ok"}
        assert text_of(pilot, "#goal-doel-1-smart-reason") == ALL_FINE
        assert not pilot.app.screen.query_one("#goal-doel-1-smart-hint").display
        await pilot.press("ctrl+q")


@run_async
async def test_a_date_in_the_t_field_counts_and_a_past_one_is_flagged(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    async with open_step("functionering", "doelen") as pilot:
        await tab_to(pilot, "goal-doel-1-text")
        await type_text(pilot, "Ik rond de cursus Excel af met een certificaat")
        await settle(pilot)
        assert letter_states(pilot)["tijdgebonden"] == "missing"
        await tab_to(pilot, "goal-doel-1-tijdgebonden")
        await type_text(pilot, "voor 1 maart 2026")
        await settle(pilot)
        assert letter_states(pilot)["tijdgebonden"] == "ok"
        deadline = pilot.app.screen.query_one("#goal-doel-1-smart-deadline", Static)
        assert str(deadline.content).startswith("Uiterlijk: 1 maart 2026\nLet op:")
        assert deadline.has_class("-warning")
        # With A and R answered every letter is fine, but the passed date keeps the warning up.
        await tab_to(pilot, "goal-doel-1-acceptabel")
        await type_text(pilot, "Ja, Anne wil dit ook")
        await tab_to(pilot, "goal-doel-1-realistisch")
        await type_text(pilot, "Ja, met hulp")
        await settle(pilot)
        assert set(letter_states(pilot).values()) == {"ok"}
        assert text_of(pilot, "#goal-doel-1-smart-reason") == ""
        assert "Let op:" in str(deadline.content) and deadline.display
        await pilot.press("ctrl+q")


@run_async
async def test_each_goal_has_its_own_check(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    async with open_step("functionering", "doelen") as pilot:
        await tab_to(pilot, "goal-doel-1-text")
        await type_text(pilot, SMART_GOAL)
        await tab_to(pilot, "add-goal")
        await pilot.press("enter")
        await settle(pilot)
        assert focused_id(pilot) == "goal-doel-2-text"
        await type_text(pilot, VAGUE_GOAL)
        await settle(pilot)
        assert letter_states(pilot, 1)["specifiek"] == "missing"
        assert len(pilot.app.screen.query(SmartCheck)) == 1  # one editor: the goal that is open
        # The list of goals says each goal's state in words, and where you are.
        picker = pilot.app.screen.query_one("#goal-picker", LinePicker)
        specifiek = shipped_content.smart.letter("S").name
        assert SMART_GOAL in picker.line_text(0) and specifiek not in picker.line_text(0).split("—")[1]
        assert picker.line_text(1).startswith(f"{OPEN_MARK} 2. {VAGUE_GOAL} — nog open: ")
        assert specifiek in picker.line_text(1).split("—")[1]
        await tab_to(pilot, "goal-picker")
        assert picker.border_title == "Doel 2 van 2"
        await pilot.press("up")
        assert picker.border_title == "Doel 1 van 2"
        await pilot.press("enter")
        await settle(pilot)
        assert focused_id(pilot) == "goal-doel-1-text"
        assert letter_states(pilot, 0)["specifiek"] == "ok"
        assert pilot.app.screen.query_one("#goal-doel-1").border_title == "Doel 1 van 2"
        assert picker.line_text(0).startswith(f"{OPEN_MARK} 1. ")
        await pilot.press("ctrl+q")


@run_async
async def test_feedback_point_shows_signals_and_the_proposal_can_be_taken(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    labels = shipped_content.checks.feedback.signals
    async with open_step("functionering", "feedback") as pilot:
        await tab_to(pilot, "feedback-new")
        await type_text(pilot, "Jij luistert nooit")
        await pilot.press("enter")
        await settle(pilot)

        check = pilot.app.screen.query_one("#feedback-0-check", FeedbackCheck)
        assert check.display
        assert text_of(pilot, "#feedback-0-verdict") == f"✗ {shipped_content.checks.cli.constructive_no}"
        signals = text_of(pilot, "#feedback-0-signals")
        for label in (labels.absoluut.label, labels.jij_boodschap.label, labels.geen_situatie.label):
            assert label in signals, signals
        assert "'nooit'" in signals
        expected = check_feedback(
            "Jij luistert nooit", template=shipped_content.feedback.ik_template, texts=shipped_content.checks
        ).proposal
        assert expected is not None and expected in text_of(pilot, "#feedback-0-proposal")
        assert "Te algemeen" in screen_text(pilot)

        # Ctrl+O in the point puts the proposal in; its first [...] part is selected to type over.
        await tab_to(pilot, "feedback-0")
        await pilot.press("ctrl+o")
        await settle(pilot)
        area = pilot.app.screen.query_one("#feedback-0", TextArea)
        assert area.text == expected
        assert focused_id(pilot) == "feedback-0"
        assert area.selected_text == "[noem één moment]"
        await type_text(pilot, "in het overleg van dinsdag")
        await settle(pilot)
        assert "bijvoorbeeld in het overleg van dinsdag" in area.text
        # The check follows the new text: no more absolute word, no more jij-message.
        signals = text_of(pilot, "#feedback-0-signals")
        assert labels.absoluut.label not in signals and labels.jij_boodschap.label not in signals
        await pilot.press("ctrl+q")

    prep = PreparationStore(home).list().preparations[0]
    assert [item.text for item in prep.feedback] == [area.text]


@run_async
async def test_the_take_button_works_too_and_a_good_point_has_no_button(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    good = "Ik merk dat het overleg van maandag vaak uitvalt, en ik zou graag elke week even praten"
    async with open_step("functionering", "feedback") as pilot:
        await tab_to(pilot, "feedback-new")
        for point in (good, "Je geeft altijd onduidelijke opdrachten"):
            await type_text(pilot, point)
            await pilot.press("enter")
        await settle(pilot)
        assert text_of(pilot, "#feedback-0-verdict").startswith("✓ ")
        assert not pilot.app.screen.query_one("#feedback-0-take").display
        await tab_to(pilot, "feedback-1-take")
        await pilot.press("enter")
        await settle(pilot)
        area = pilot.app.screen.query_one("#feedback-1", TextArea)
        assert area.text.startswith("Ik merk dat je vaak onduidelijke opdrachten geeft")
        # Ctrl+Z in the field brings back what was there.
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert area.text == "Je geeft altijd onduidelijke opdrachten"
        await pilot.press("ctrl+q")


@run_async
async def test_saved_sheet_shows_goal_verdicts_and_the_resolved_deadline(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    async with open_step("functionering", "doelen") as pilot:
        await tab_to(pilot, "goal-doel-1-text")
        await type_text(pilot, "Ik rond de cursus Excel af met een certificaat")
        await tab_to(pilot, "goal-doel-1-acceptabel")
        await type_text(pilot, "Ja, Anne wil dit ook")
        await tab_to(pilot, "goal-doel-1-tijdgebonden")
        await type_text(pilot, "binnen drie maanden")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(pilot.app.screen, SaveSheetDialog)
        await choose_second_format(pilot)  # Markdown
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+q")

    prep = PreparationStore(home).list().preparations[0]
    text = (sheets / sheet_filename(prep, shipped_content)).read_text(encoding="utf-8")
    # on the sheet, 'binnen drie maanden' counts from the meeting (23 November 2026), in words
    assert "Nog bespreken: is het realistisch?  \nKlaar op: 23 februari 2027\n" in text


@run_async
async def test_help_explains_smart_with_the_content_examples(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    smart = shipped_content.smart
    async with open_step("functionering", "doelen") as pilot:
        await pilot.press("f1")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, HelpDialog)
        shown = "\n".join(f"{section.title}\n{section.text}" for section in dialog.sections)
        for letter in smart.letters:
            assert f"{letter.letter} · {letter.name}" in shown
            assert letter.meaning in shown and letter.question in shown
            assert letter.example is None or letter.example in shown
        for example in smart.examples:
            assert example.text in shown and example.why in shown
        # The long help scrolls with the arrow keys, and Esc closes it.
        body = dialog.query_one(".help-body")
        assert body.max_scroll_y > 0
        await pilot.press("pagedown")
        await settle(pilot)
        assert body.scroll_y > 0
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, HelpDialog)
        await pilot.press("ctrl+q")


@run_async
async def test_help_explains_feedback_with_the_content_examples(
    shipped_content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    guide = shipped_content.feedback
    async with open_step("functionering", "feedback") as pilot:
        await pilot.press("f1")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, HelpDialog)
        shown = "\n".join(f"{section.title}\n{section.text}" for section in dialog.sections)
        assert guide.intro in shown
        for principle in guide.principles:
            assert principle.title in shown and principle.text in shown
        for example in guide.examples:
            assert example.bad in shown and example.good in shown
        assert guide.ik_template.format(situatie="…", wens="…") in shown
        assert conversation_screen(pilot).step_index == [s.id for s in conversation_screen(pilot).steps].index(
            "feedback"
        )
        await pilot.press("escape")
        await pilot.press("ctrl+q")
