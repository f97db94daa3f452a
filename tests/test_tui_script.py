"""The script of edits (tests/edit_script.py) typed in the full screen with Pilot gives the same saved
preparation file as the script applied straight through the session (ignoring `revision:`).

The full screen is driven as a user drives it: keys in the fields, Space on the ticks, Enter in the
'new' fields and on buttons, Alt+↑ to move, Ctrl+T for 'alleen voor mij', the choice lists of what is
carried over, Ctrl+S for the sheet, the after-meeting screen (N on the home screen) and the letter.
`SetWithWhom` is typed in the meeting's dialog (Ctrl+G). Rehearsing is done on the rehearsal screen
(F5 in the conversation): Space on a question in the list of other questions marks it as hard,
Ctrl+N begins a round, Ctrl+G / Ctrl+O mark the question shown. The order of a round is random:
when the question shown is not the one the script names, Esc leaves the round and F5 begins anew.

Both runs use the same fake clock: 1 June 2027 for the steps and rehearsing, 18 June 2027 after the
meeting (the full screen only takes a report date that has passed).
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import OptionList, RadioButton, RadioSet, Static, TextArea

from edit_script import AFTER_DAY, CONVERSATION, MEETING_DAY, WITH_WHOM, after_meeting, edit_script, script_clock
from gesprekscoach.content.models import Content
from gesprekscoach.session.carry_over import choices_for, current_choice
from gesprekscoach.session.commands import (
    AddAgreement,
    AddDisagreement,
    AddGoal,
    AddListItem,
    Area,
    Command,
    EditAgreement,
    EditDisagreement,
    EditListItem,
    MarkPrivate,
    MoveListItem,
    RecordReactionLetter,
    RecordSheetSaved,
    RemoveAgreement,
    RemoveListItem,
    SetAgreementDone,
    SetAnswer,
    SetCarryOverNote,
    SetCarryOverResult,
    SetCarryOverStatus,
    SetChosenSuggestions,
    SetDisagrees,
    SetExample,
    SetGoalField,
    SetGoalSteps,
    SetHowItWent,
    SetLastStep,
    SetPitfallRead,
    SetQuestionHard,
    SetRehearsalMark,
    SetReportDate,
    SetReportReceived,
    SetSignedBy,
    SetTipDone,
    SetTipNote,
    SetWithWhom,
)
from gesprekscoach.session.opening import start_new_preparation
from gesprekscoach.session.rehearsal import GOOD, questions_of_steps
from gesprekscoach.sheet.letter import letter_filename
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.app import GesprekscoachApp
from gesprekscoach.tui.screens.rehearsal import HARD_WORD, RehearsalScreen, one_line
from gesprekscoach.tui.widgets.carry_over import carry_widget_id
from gesprekscoach.tui.widgets.text_list import TextListEditor
from test_session_script import _files, _store_with_planning, assert_same_files
from tui_helpers import (
    conversation_screen,
    focused_id,
    next_to_step,
    run_async,
    screen_text,
    send_keys,
    settle,
    start_preparation,
    type_text,
)


async def _focus(pilot: Pilot, widget_id: str) -> None:
    """Put the focus on a widget (as a click or Tab would) and wait."""
    await settle(pilot)
    pilot.app.screen.query_one(f"#{widget_id}").focus()
    await settle(pilot)
    assert focused_id(pilot) == widget_id, screen_text(pilot)


async def _open_goal(pilot: Pilot, goal_id: str) -> None:
    """Open a goal in the goals step's one editor, as the user does: in the list of goals,
    Home, Down to its line, Enter."""
    await settle(pilot)
    if pilot.app.screen.query(f"#goal-{goal_id}"):
        return
    place = [goal.id for goal in conversation_screen(pilot).prep.goals].index(goal_id)
    await _focus(pilot, "goal-picker")
    await pilot.press("home", *(["down"] * place), "enter")
    await settle(pilot)
    assert focused_id(pilot) == f"goal-{goal_id}-text", screen_text(pilot)


async def _replace_text(pilot: Pilot, widget_id: str, text: str) -> None:
    """Go to a field, clear it with Backspace and type the new text."""
    await _focus(pilot, widget_id)
    widget = pilot.app.focused
    old = widget.text if isinstance(widget, TextArea) else getattr(widget, "value", "")
    if isinstance(widget, TextArea):  # the cursor to the end, as a click after the text puts it
        widget.move_cursor(widget.document.end)
    else:
        await pilot.press("end")
    send_keys(pilot, *["backspace"] * len(old))
    await settle(pilot)
    await type_text(pilot, text)


async def _choose_format(pilot: Pilot, key: str) -> None:
    """In the save dialog: the arrow keys to a format in the list, then Enter."""
    await _focus(pilot, "save-format")
    buttons = [button.id for button in pilot.app.screen.query_one("#save-format", RadioSet).query(RadioButton)]
    current = next(index for index, button in enumerate(pilot.app.screen.query(RadioButton)) if button.value)
    target = buttons.index(f"format-{key}")
    await pilot.press(*(["down"] * (target - current) if target >= current else ["up"] * (current - target)), "enter")
    await settle(pilot)
    assert pilot.app.screen.query_one(f"#format-{key}", RadioButton).value, screen_text(pilot)


async def _edit_meeting(pilot: Pilot, with_whom: str) -> None:
    """Ctrl+G on the conversation screen: the meeting's dialog; Enter from the date to the time to 'met wie'."""
    await pilot.press("ctrl+g")
    await settle(pilot)
    assert focused_id(pilot) == "meeting-date", screen_text(pilot)
    await pilot.press("enter")
    assert focused_id(pilot) == "meeting-time"
    await pilot.press("enter")
    await _replace_text(pilot, "with-whom", with_whom)
    await pilot.press("enter")
    await settle(pilot)


def _row_key(pilot: Pilot, editor_id: str, index: int) -> int:
    editor = pilot.app.screen.query_one(f"#{editor_id}", TextListEditor)
    return editor.rows[index].key


async def _add_to_list(pilot: Pilot, prefix: str, text: str) -> None:
    await _focus(pilot, f"{prefix}-new")
    await type_text(pilot, text)
    await pilot.press("enter")
    await settle(pilot)


LISTS = {Area.OWN_QUESTIONS: ("own-question", "own-questions"), Area.FEEDBACK: ("feedback", "feedback-points"),
         Area.AGENDA: ("agenda", "agenda-points")}  # fmt: skip


async def _step_edit(pilot: Pilot, command: Command, goals_made: list[str]) -> None:
    """Make one edit of the steps part in the open step, as a user does."""
    match command:
        case SetTipDone(item_id, _done) | SetPitfallRead(item_id, _done):
            widget = f"check-{item_id}" if isinstance(command, SetTipDone) else f"pitfall-{item_id}"
            await _focus(pilot, widget)
            await pilot.press("space")
        case SetTipNote(item_id, note):
            await _focus(pilot, f"note-{item_id}")
            await type_text(pilot, note)
        case SetAnswer(question_id, text):
            await _focus(pilot, f"answer-{question_id}")
            await type_text(pilot, text)
        case SetExample(question_id, text):
            await _focus(pilot, f"example-{question_id}")
            await type_text(pilot, text)
        case AddGoal(text):
            if goals_made:  # the step starts with one empty goal; 'Nog een doel' adds the next
                await _focus(pilot, "add-goal")
                await pilot.press("enter")
            goals_made.append(f"doel-{len(goals_made) + 1}")
            await _focus(pilot, f"goal-{goals_made[-1]}-text")
            await type_text(pilot, text)
        case SetGoalField(goal_id, field, text):
            await _open_goal(pilot, goal_id)
            await _focus(pilot, f"goal-{goal_id}-{field}")
            await type_text(pilot, text)
        case SetGoalSteps(goal_id, steps):
            await _open_goal(pilot, goal_id)
            for step in steps:
                await _add_to_list(pilot, f"goal-{goal_id}-step", step)
        case SetChosenSuggestions(_step_id, question_ids):
            for question_id in sorted(question_ids):
                await _focus(pilot, f"suggest-{question_id}")
                await pilot.press("space")
        case AddListItem(area, text):
            await _add_to_list(pilot, LISTS[area][0], text)
        case EditListItem(area, index, text):
            prefix, editor = LISTS[area]
            await _replace_text(pilot, f"{prefix}-{_row_key(pilot, editor, index)}", text)
        case RemoveListItem(area, index):
            prefix, editor = LISTS[area]
            await _focus(pilot, f"{prefix}-{_row_key(pilot, editor, index)}-remove")
            await pilot.press("enter")
        case MoveListItem(area, index, to):
            prefix, editor = LISTS[area]
            assert to == index - 1, command
            await _focus(pilot, f"{prefix}-{_row_key(pilot, editor, index)}")
            await pilot.press("alt+up")
        case RecordSheetSaved(path):
            await pilot.press("ctrl+s")
            await settle(pilot)
            await _replace_text(pilot, "sheet-path", path)
            await pilot.press("enter")
        case SetLastStep():
            pass  # entering a step notes it
        case _:
            raise AssertionError(f"not a step edit: {command}")
    await settle(pilot)


def _step_for(content: Content, command: Command) -> str:
    """The id of the step where the full screen makes this edit of the steps part."""
    conv = content.conversation(CONVERSATION)
    for step in conv.steps:
        kind = step.kind
        if isinstance(command, SetTipDone | SetTipNote) and kind == "checklist":
            if any(item.id == command.item_id for item in step.items):  # type: ignore[attr-defined]
                return step.id
        if isinstance(command, SetAnswer | SetExample) and kind == "questions":
            if command.question_id in step.questions:  # type: ignore[attr-defined]
                return step.id
        if isinstance(command, AddGoal | SetGoalField | SetGoalSteps) and kind == "goals":
            return step.id
        if isinstance(command, SetChosenSuggestions) and step.id == command.step_id:
            return step.id
        if isinstance(command, AddListItem | EditListItem | RemoveListItem | MoveListItem):
            wanted = {Area.OWN_QUESTIONS: "ask", Area.FEEDBACK: "feedback", Area.AGENDA: "agenda"}[command.area]
            if kind == wanted:
                return step.id
        if isinstance(command, SetPitfallRead) and kind == "pitfalls":
            return step.id
        if isinstance(command, RecordSheetSaved | SetLastStep) and kind == "summary":
            return step.id
    raise AssertionError(f"no step for {command}")


async def _mark_private(pilot: Pilot, command: MarkPrivate, content: Content) -> None:
    """Ctrl+T on the item, in its step."""
    screen = conversation_screen(pilot)
    prep = screen.prep
    conv = content.conversation(CONVERSATION)
    key = command.key
    if command.area == Area.CHECKLIST:
        step, widget = _step_for(content, SetTipNote(str(key), "")), f"note-{key}"
    elif command.area == Area.ANSWERS:
        step, widget = _step_for(content, SetAnswer(str(key), "")), f"answer-{key}"
    elif command.area == Area.SUGGESTIONS:
        step, widget = next(s.id for s in conv.steps if s.kind == "ask"), f"suggest-{key}"
    elif command.area == Area.GOALS:
        step, widget = next(s.id for s in conv.steps if s.kind == "goals"), f"goal-{key}-text"
    elif command.area == Area.CARRY_OVER:
        item = next(item for item in prep.carry_over if item.id == key)
        step, widget = _carry_step(pilot, item.id), f"{carry_widget_id(item)}-note"
    else:
        assert command.area in LISTS and isinstance(key, int), command
        step = _step_for(content, AddListItem(command.area, "x"))  # type: ignore[arg-type]
        await next_to_step(pilot, step, key="ctrl+b" if _behind(pilot, step) else "ctrl+n")
        prefix, editor = LISTS[command.area]
        widget = f"{prefix}-{_row_key(pilot, editor, key)}"
    await next_to_step(pilot, step, key="ctrl+b" if _behind(pilot, step) else "ctrl+n")
    if command.area == Area.GOALS:
        await _open_goal(pilot, str(key))
    await _focus(pilot, widget)
    await pilot.press("ctrl+t")
    await settle(pilot)


def _behind(pilot: Pilot, step_id: str) -> bool:
    screen = conversation_screen(pilot)
    return [s.id for s in screen.steps].index(step_id) < screen.step_index


def _carry_step(pilot: Pilot, item_id: str) -> str:
    screen = conversation_screen(pilot)
    for step in screen.steps:
        if step.kind == "questions" and any(
            item.id == item_id
            for item in screen.session.carry_over_for_step(step)  # type: ignore[arg-type]
        ):
            return step.id
    raise AssertionError(f"no step shows {item_id}")


async def _carry_edit(pilot: Pilot, command: SetCarryOverResult | SetCarryOverStatus | SetCarryOverNote) -> None:
    screen = conversation_screen(pilot)
    item = next(item for item in screen.prep.carry_over if item.id == command.item_id)
    step = _carry_step(pilot, item.id)
    await next_to_step(pilot, step, key="ctrl+b" if _behind(pilot, step) else "ctrl+n")
    name = carry_widget_id(item)
    if isinstance(command, SetCarryOverNote):
        await _focus(pilot, f"{name}-note")
        await type_text(pilot, command.note)
        return
    wanted = (command.result or "open") if isinstance(command, SetCarryOverResult) else command.status
    values = [value for _shown, value in choices_for(item)]
    moves = values.index(wanted) - values.index(current_choice(item))
    await _focus(pilot, f"{name}-status")
    await pilot.press("enter")  # open the choice list
    await settle(pilot)
    await pilot.press(*(["down"] * moves if moves > 0 else ["up"] * -moves), "enter")
    await settle(pilot)


MAX_ROUNDS = 200
"""Rounds of rehearsing the test may begin before the script's questions came (each has about 1 in 8)."""


def _shown_question(pilot: Pilot, content: Content) -> str | None:
    """The id of the question the rehearsal screen shows now (None: no question is shown)."""
    screen = pilot.app.screen
    assert isinstance(screen, RehearsalScreen), screen_text(pilot)
    if not screen.query_one("#rehearsal-question").display:
        return None
    shown = " ".join(str(screen.query_one("#rehearsal-question-text", Static).render()).split())
    conversation = content.conversation(CONVERSATION)
    found = [question.id for _step, question in questions_of_steps(conversation) if one_line(question.text) == shown]
    assert len(found) == 1, shown
    return found[0]


async def _rehearse(pilot: Pilot, content: Content, commands: list[SetQuestionHard | SetRehearsalMark]) -> None:
    """On the rehearsal screen (F5): Space on each question to mark as hard; then rounds (Ctrl+N) until
    each mark is made on its question, in order, with Ctrl+G or Ctrl+O. A round that shows another
    question is left with Esc, and F5 begins a new one."""
    await pilot.press("f5")
    await settle(pilot)
    for command in commands:
        if isinstance(command, SetQuestionHard):
            assert command.hard, command
            options = pilot.app.screen.query_one("#rehearsal-hard", OptionList)
            place = [option.id for option in options.options].index(f"hard-{command.question_id}")
            await _focus(pilot, "rehearsal-hard")
            await pilot.press("home", *["down"] * place, "space")
            await settle(pilot)
            question = content.conversation(CONVERSATION).question(command.question_id)
            assert f"{HARD_WORD}{one_line(question.text)}" in screen_text(pilot)
    marks = [command for command in commands if isinstance(command, SetRehearsalMark)]
    for _round in range(MAX_ROUNDS):
        await pilot.press("ctrl+n")  # begin a round
        await settle(pilot)
        while marks and _shown_question(pilot, content) == marks[0].question_id:
            await pilot.press("ctrl+g" if marks.pop(0).mark == GOOD else "ctrl+o")
            await settle(pilot)
        await pilot.press("escape")  # back to the conversation
        await settle(pilot)
        assert pilot.app.screen is conversation_screen(pilot), screen_text(pilot)
        if not marks:
            return
        await pilot.press("f5")
        await settle(pilot)
    raise AssertionError(f"the script's question never came first: {marks}")


async def _after_edit(pilot: Pilot, command: Command) -> None:
    """One edit on the after-meeting screen (or the letter screen on top of it)."""
    match command:
        case SetHowItWent(field, text):
            await _focus(pilot, field.replace("_", "-"))
            await type_text(pilot, text)
        case AddAgreement(what, who, when):
            await _focus(pilot, "agreement-new")
            await type_text(pilot, what)
            await pilot.press("enter")  # to 'wie'
            await settle(pilot)
            await type_text(pilot, who)
            await pilot.press("enter")  # to 'wanneer'
            await settle(pilot)
            await type_text(pilot, when)
        case EditAgreement(agreement_id, what, who, when):
            for field, text in (("what", what), ("who", who), ("when", when)):
                if text is not None:
                    await _replace_text(pilot, f"agreement-{agreement_id}-{field}", text)
        case SetAgreementDone(agreement_id, _done):
            await _focus(pilot, f"agreement-{agreement_id}-done")
            await pilot.press("space")
        case MarkPrivate(_area, key, _private):
            await _focus(pilot, f"agreement-{key}-what")
            await pilot.press("ctrl+t")
        case RemoveAgreement(agreement_id):
            await _focus(pilot, f"agreement-{agreement_id}-remove")
            await pilot.press("enter")
        case SetReportReceived():
            await _focus(pilot, "report-received")
            await pilot.press("space")
        case SetReportDate(on):
            await _replace_text(pilot, "report-date", on.strftime("%d-%m-%Y"))
        case SetDisagrees():
            await _focus(pilot, "disagrees")
            await pilot.press("space")
        case AddDisagreement(point, _why, _example):
            await _focus(pilot, "write-reaction")
            await pilot.press("enter")  # the letter screen starts with one empty point
            await _focus(pilot, "point-bezwaar-1-point")
            await type_text(pilot, point)
        case EditDisagreement(disagreement_id, field, text):
            await _focus(pilot, f"point-{disagreement_id}-{field}")
            await type_text(pilot, text)
        case SetSignedBy(name):
            await _focus(pilot, "signed-by")
            await type_text(pilot, name)
        case RecordReactionLetter():
            await pilot.press("ctrl+s")
            await settle(pilot)
            await _choose_format(pilot, "txt")  # the script's letter is the text file
            await _focus(pilot, "sheet-path")
            await pilot.press("enter")
        case _:
            raise AssertionError(f"not an after-meeting edit: {command}")
    await settle(pilot)


@run_async
async def test_the_script_typed_in_the_full_screen_gives_the_same_file(
    shipped_content: Content, tmp_path: Path
) -> None:
    content = shipped_content
    sheets = tmp_path / "bladen"
    sheets.mkdir()
    sheet_path = sheets / "blad.md"

    # straight through the session
    direct = _store_with_planning(tmp_path / "direct")
    clock = script_clock()
    opened = start_new_preparation(direct, content, CONVERSATION, MEETING_DAY, WITH_WHOM, clock=clock)
    session = opened.session
    letter_path = sheets / letter_filename(session.prep, content)
    script = edit_script(content, sheet_path=sheet_path, letter_path=letter_path)
    for command in script.all:
        if after_meeting(command):
            clock.moment = AFTER_DAY
        session.apply(command)
    assert session.close().ok

    # typed in the full screen
    home = tmp_path / "tui"
    store = _store_with_planning(home)
    tui_clock = script_clock()
    app = GesprekscoachApp(content=content, store=store, cwd=sheets, clock=tui_clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await start_preparation(pilot, CONVERSATION, date_text=MEETING_DAY.strftime("%d-%m-%Y"), with_whom=WITH_WHOM)
        goals_made: list[str] = []
        for command in script.steps:
            await next_to_step(pilot, _step_for(content, command))
            await _step_edit(pilot, command, goals_made)
        assert sheet_path.is_file()
        for command in script.more:
            if isinstance(command, MarkPrivate) and command.area != Area.AGREEMENTS:
                await _mark_private(pilot, command, content)
            elif isinstance(command, SetCarryOverResult | SetCarryOverStatus | SetCarryOverNote):
                await _carry_edit(pilot, command)
            elif isinstance(command, SetWithWhom):
                await _edit_meeting(pilot, command.text)
        await next_to_step(pilot, conversation_screen(pilot).steps[-1].id)  # the last step entered
        rehearsing = [command for command in script.more if isinstance(command, SetQuestionHard | SetRehearsalMark)]
        await _rehearse(pilot, content, rehearsing)
        prep_id = conversation_screen(pilot).prep.id
        await pilot.press("escape")
        await settle(pilot)

    tui_clock.moment = AFTER_DAY
    app = GesprekscoachApp(content=content, store=PreparationStore(home), cwd=sheets, clock=tui_clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await _focus(pilot, "preparations")
        ids = [option.id for option in pilot.app.screen.query_one("#preparations").options]  # type: ignore[attr-defined]
        await pilot.press("home", *["down"] * ids.index(f"prep-{prep_id}"), "n")
        await settle(pilot)
        for command in script.more:
            if after_meeting(command):
                await _after_edit(pilot, command)
        await settle(pilot)
        assert letter_path.is_file(), screen_text(pilot)
        await pilot.press("escape")  # back to the after-meeting screen
        await settle(pilot)
        await pilot.press("escape")  # home
        await settle(pilot)

    assert_same_files(_files(store), _files(direct), "tui")
