"""A script of edits that covers every area of a preparation, to replay through any front end.

The script is a list of session commands (`gesprekscoach.session.commands`) on a new
functioneringsgesprek of 10 June 2027 that starts from a planningsgesprek (see
`year_helpers.py`: two goals, three agreements). `steps` are the edits in the order of the
conversation's steps, the part every front end can type; `more` are the edits after the
steps (who the meeting is with, 'alleen voor mij', what is carried over, after the meeting).

`plain_lines` turns the script into what a user types in the plain mode (Enter keeps what
is carried over and the 'alleen voor mij' marks: those edits are in `more`). A full-screen
test can replay the same commands as key presses.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from gesprekscoach.checks.feedback import check_feedback
from gesprekscoach.content.models import (
    AgendaStep,
    AskStep,
    ChecklistStep,
    Content,
    FeedbackStep,
    GoalsStep,
    InfoStep,
    IntroStep,
    PitfallsStep,
    QuestionsStep,
    Step,
    SummaryStep,
)
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
from gesprekscoach.session.cycle import build_carry_over, carry_over_for_step
from gesprekscoach.session.rehearsal import manager_question_ids
from gesprekscoach.store.models import CarryOverItem, Preparation
from gesprekscoach.store.preparations import PreparationStore
from session_helpers import TZ, FakeClock
from year_helpers import FUNCTIONING_DAY, PLANNING_DAY, make_planning, record_planning_after

CONVERSATION = "functionering"
MEETING_DAY = FUNCTIONING_DAY
WITH_WHOM = "Anne de Vries"
TODAY = date(2027, 6, 1)
PLANNING_ID = f"{PLANNING_DAY.isoformat()}-planning"
"""The id the store gives the planningsgesprek of `year_helpers.make_planning`."""

StepT = TypeVar("StepT", bound=Step)

BLUNT_FEEDBACK = "Jij luistert nooit naar mij"
BETTER_FEEDBACK = "Ik merk dat ik in het overleg van dinsdag niet aan het woord kwam, en ik zou graag ook iets zeggen"


def script_clock() -> FakeClock:
    """The clock every replay of the script uses: 1 June 2027, 10:00."""
    return FakeClock(datetime(TODAY.year, TODAY.month, TODAY.day, 10, 0, tzinfo=TZ))


@dataclass(frozen=True)
class EditScript:
    """The edits, in two parts (see the module docstring)."""

    steps: tuple[Command, ...]
    more: tuple[Command, ...]

    @property
    def all(self) -> tuple[Command, ...]:
        """Every edit, in order."""
        return self.steps + self.more

    def areas(self) -> set[Area]:
        """The areas the script changes (by the kind of its commands)."""
        return {area for command in self.all for area in _areas_of(command)}


def edit_script(content: Content, *, sheet_path: Path, letter_path: Path) -> EditScript:
    """The script for the shipped content; the sheet is saved at `sheet_path`, the letter at `letter_path`."""
    conv = content.conversation(CONVERSATION)
    tips = _step(conv.steps, "tips", ChecklistStep).items
    preparing = _step(conv.steps, "voorbereiding", ChecklistStep).items
    ask = _step(conv.steps, "vragen-stellen", AskStep)
    pitfalls = content.pitfalls_for(_step(conv.steps, "valkuilen", PitfallsStep))
    own, feedback, agenda = Area.OWN_QUESTIONS, Area.FEEDBACK, Area.AGENDA
    steps: list[Command] = [
        SetTipDone(tips[0].id, True),
        SetTipNote(tips[0].id, "Ik mail Anne maandag"),
        SetTipNote(tips[2].id, "Rustig blijven, ook bij kritiek"),
        SetTipDone(preparing[1].id, True),
        SetAnswer("afspraken-planning", "De meeste afspraken zijn gehaald.\nHet rooster nog niet."),
        SetExample("afspraken-planning", "De cursus is aangevraagd"),
        SetAnswer("wat-ging-minder", "Het overleg met mijn leidinggevende"),
        SetExample("wat-ging-minder", "Het overleg viel twee keer uit"),
        SetAnswer("doelen-behaald", "Eén van de twee doelen"),
        AddGoal("Ik wil beter leren plannen"),
        SetGoalField("doel-1", "specifiek", "Ik plan elke week mijn taken op maandag"),
        SetGoalField("doel-1", "meetbaar", "Negen van de tien taken zijn op tijd klaar"),
        SetGoalField("doel-1", "acceptabel", "Mijn leidinggevende vindt dit een goed doel"),
        SetGoalField("doel-1", "realistisch", "Ik heb er een uur per week voor"),
        SetGoalField("doel-1", "tijdgebonden", "Voor 1 december 2027"),
        SetGoalSteps("doel-1", ("Een planningscursus zoeken", "Elke maandag een lijst maken")),
        AddGoal("Ik geef een presentatie over mijn project"),
        SetGoalField("doel-2", "tijdgebonden", "Binnen drie maanden"),
        SetChosenSuggestions(ask.id, frozenset({ask.suggestions[0], ask.suggestions[2]})),
        AddListItem(own, "Hoe kan ik meer verantwoordelijkheid krijgen?"),
        AddListItem(own, "Welke cursus past bij mij?"),
        AddListItem(own, "Wat verwacht je dit jaar van mij?"),
        RemoveListItem(own, 1),
        AddListItem(feedback, BLUNT_FEEDBACK),
        EditListItem(feedback, 0, BETTER_FEEDBACK),
        AddListItem(feedback, "Ik vind het fijn dat je elke week tijd maakt. Dat helpt mij echt."),
        SetPitfallRead(pitfalls[0].id, True),
        SetPitfallRead(pitfalls[3].id, True),
        AddListItem(agenda, "Mijn werkdruk"),
        AddListItem(agenda, "Een cursus plannen"),
        AddListItem(agenda, "Thuiswerken"),
        MoveListItem(agenda, 2, 1),
        RemoveListItem(agenda, 0),
        RecordSheetSaved(str(sheet_path)),
        SetLastStep(conv.steps[-1].id),  # a front end notes each step the user enters; the last is the summary
    ]
    goal, agreement, promise = (f"{PLANNING_ID}:doel-1", f"{PLANNING_ID}:afspraak-1", f"{PLANNING_ID}:afspraak-2")
    manager_questions = manager_question_ids(conv)
    more: list[Command] = [
        SetWithWhom("Anne Jansen"),
        MarkPrivate(Area.CHECKLIST, tips[0].id, True),
        MarkPrivate(Area.ANSWERS, "wat-ging-minder", True),
        MarkPrivate(Area.SUGGESTIONS, ask.suggestions[2], True),
        MarkPrivate(Area.OWN_QUESTIONS, 0, True),
        MarkPrivate(Area.GOALS, "doel-2", True),
        MarkPrivate(Area.FEEDBACK, 1, True),
        MarkPrivate(Area.AGENDA, 0, True),
        SetCarryOverResult(goal, "deels"),
        SetCarryOverNote(goal, "Twee van de drie presentaties gegeven"),
        SetCarryOverStatus(agreement, "gedaan"),
        SetCarryOverStatus(promise, "vervallen"),
        MarkPrivate(Area.CARRY_OVER, promise, True),
        SetHowItWent("went_as_prepared", "Mijn doelen zijn besproken."),
        SetHowItWent("went_differently", "Over thuiswerken was geen tijd."),
        AddAgreement("Planning elke maandag delen", who="Anne", when="binnen twee weken"),
        AddAgreement("Cursus zoeken", who="ik"),
        AddAgreement("Werkplek regelen", who="Kees", when="voor 1 augustus 2027"),
        EditAgreement("afspraak-2", when="voor 1 september 2027"),
        SetAgreementDone("afspraak-1", True),
        MarkPrivate(Area.AGREEMENTS, "afspraak-2", True),
        RemoveAgreement("afspraak-3"),
        SetReportReceived(True),
        SetReportDate(date(2027, 6, 17)),
        SetDisagrees(True),
        AddDisagreement("Ik zou te weinig initiatief nemen"),
        EditDisagreement("bezwaar-1", "why", "Ik heb zelf twee verbeteringen voorgesteld."),
        EditDisagreement("bezwaar-1", "example", "In maart stelde ik een nieuwe werkwijze voor."),
        SetSignedBy("Sam Jansen"),
        RecordReactionLetter(str(letter_path), date(2027, 6, 18)),
        SetQuestionHard(manager_questions[0], True),
        SetRehearsalMark(manager_questions[0], "oefenen"),
        SetRehearsalMark(manager_questions[1], "goed"),
    ]
    return EditScript(tuple(steps), tuple(more))


def _step(steps: Sequence[Step], step_id: str, kind: type[StepT]) -> StepT:
    found = next(step for step in steps if step.id == step_id)
    assert isinstance(found, kind), found
    return found


def _areas_of(command: Command) -> set[Area]:
    if isinstance(command, AddListItem | EditListItem | RemoveListItem | MoveListItem | MarkPrivate):
        return {command.area}
    by_kind: dict[type, Area] = {
        SetWithWhom: Area.DETAILS,
        SetLastStep: Area.DETAILS,
        RecordSheetSaved: Area.SHEET,
        SetTipDone: Area.CHECKLIST,
        SetTipNote: Area.CHECKLIST,
        SetAnswer: Area.ANSWERS,
        SetExample: Area.ANSWERS,
        SetPitfallRead: Area.PITFALLS,
        SetChosenSuggestions: Area.SUGGESTIONS,
        AddGoal: Area.GOALS,
        SetGoalField: Area.GOALS,
        SetGoalSteps: Area.GOALS,
        SetCarryOverResult: Area.CARRY_OVER,
        SetCarryOverNote: Area.CARRY_OVER,
        SetCarryOverStatus: Area.CARRY_OVER,
        AddAgreement: Area.AGREEMENTS,
        EditAgreement: Area.AGREEMENTS,
        SetAgreementDone: Area.AGREEMENTS,
        RemoveAgreement: Area.AGREEMENTS,
        AddDisagreement: Area.DISAGREEMENTS,
        EditDisagreement: Area.DISAGREEMENTS,
        SetQuestionHard: Area.REHEARSAL,
        SetRehearsalMark: Area.REHEARSAL,
    }
    return {by_kind.get(type(command), Area.AFTER)}


# --------------------------------------------------------------------------- the plain mode


def plain_lines(content: Content, edits: Sequence[Command], *, menu_number: str) -> list[str]:
    """What a user types in the plain mode to make `edits` (the `steps` part) on a new preparation.

    `menu_number` is the number of the conversation type in the menu. The new preparation
    starts from the planningsgesprek of `year_helpers` (its goals and agreements are carried
    over: Enter keeps each as it is). Raises AssertionError for an edit the plain mode cannot
    type there (the script must follow the steps).
    """
    conv = content.conversation(CONVERSATION)
    carried = _carried(content)
    pending = list(edits)
    lines = ["1", menu_number, MEETING_DAY.strftime("%d-%m-%Y"), "", WITH_WHOM]
    for step in conv.steps:
        lines += _plain_step(step, content, pending, carried)
    assert not pending, f"the plain mode cannot type these edits: {pending}"
    return lines


def _carried(content: Content) -> list[CarryOverItem]:
    """What the script's preparation starts from (the planningsgesprek of `year_helpers`)."""
    with tempfile.TemporaryDirectory() as folder:
        store = PreparationStore(Path(folder))
        planning = record_planning_after(store, make_planning(store))
        prep = Preparation(
            id="script",
            conversation=CONVERSATION,
            meeting_date=MEETING_DAY,
            created_at=script_clock().now(),
            updated_at=script_clock().now(),
        )
        return build_carry_over(prep, [planning], content)


def _take(pending: list[Command], belongs: type | tuple[type, ...], test: object = None) -> list[Command]:
    """The commands at the front of `pending` that belong to the step (taken off `pending`)."""
    taken: list[Command] = []
    while pending and isinstance(pending[0], belongs) and (test is None or test(pending[0])):  # type: ignore[operator]
        taken.append(pending.pop(0))
    return taken


def _plain_step(step: Step, content: Content, pending: list[Command], carried: list[CarryOverItem]) -> list[str]:
    """The lines of one step; the last one (when there is something to mark) keeps 'alleen voor mij' as it is."""
    if isinstance(step, IntroStep | InfoStep):
        return [""]
    if isinstance(step, ChecklistStep):
        ids = {item.id for item in step.items}
        taken = _take(pending, (SetTipDone, SetTipNote), lambda c: c.item_id in ids)
        done = {c.item_id for c in taken if isinstance(c, SetTipDone) and c.done}
        notes = {c.item_id: c.note for c in taken if isinstance(c, SetTipNote)}
        lines = [line for item in step.items for line in ("j" if item.id in done else "n", notes.get(item.id, ""))]
        return lines + _private(any(note.strip() for note in notes.values()))
    if isinstance(step, QuestionsStep):
        return _plain_questions(step, content, pending, carried)
    if isinstance(step, GoalsStep):
        return _plain_goals(pending)
    if isinstance(step, AskStep):
        return _plain_ask(step, pending)
    if isinstance(step, FeedbackStep):
        return _plain_feedback(content, pending)
    if isinstance(step, PitfallsStep):
        read = {c.pitfall_id for c in _take(pending, SetPitfallRead) if isinstance(c, SetPitfallRead) and c.read}
        return ["j" if pitfall.id in read else "n" for pitfall in content.pitfalls_for(step)]
    if isinstance(step, AgendaStep):
        agenda = _take(pending, (AddListItem, RemoveListItem, MoveListItem), _in(Area.AGENDA))
        return _plain_list(agenda) + [""] + _private(_count(agenda) > 0)
    assert isinstance(step, SummaryStep)
    saved = _take(pending, RecordSheetSaved)
    _take(pending, SetLastStep)  # entering a step notes it: nothing to type
    # save: no name or function (asked once), Markdown (2), then the path
    return ["j", "", "", "2", saved[-1].path] if saved else ["n"]  # type: ignore[union-attr]


def _private(anything: bool) -> list[str]:
    """Enter at the question what is only for you (asked when the step has something of yours)."""
    return [""] if anything else []


def _count(commands: Sequence[Command]) -> int:
    """How many items a list has after these adds and removes (from empty)."""
    return sum(1 if isinstance(c, AddListItem) else -1 if isinstance(c, RemoveListItem) else 0 for c in commands)


def _in(area: Area) -> object:
    return lambda command: command.area == area


def _plain_questions(
    step: QuestionsStep, content: Content, pending: list[Command], carried: list[CarryOverItem]
) -> list[str]:
    conv = content.conversation(CONVERSATION)
    stub = Preparation(
        id="script",
        conversation=CONVERSATION,
        meeting_date=MEETING_DAY,
        created_at=script_clock().now(),
        updated_at=script_clock().now(),
        carry_over=carried,
    )
    shown = carry_over_for_step(stub, conv, step)
    lines = ["", ""] * len(shown)  # per carried item: Enter keeps how far it is, Enter keeps the note
    taken = _take(pending, (SetAnswer, SetExample), lambda c: c.question_id in step.questions)
    answers = {c.question_id: c.text for c in taken if isinstance(c, SetAnswer)}
    examples = {c.question_id: c.example for c in taken if isinstance(c, SetExample)}
    assert set(examples) <= set(answers), "the plain mode asks for an example only after an answer"
    for question_id in step.questions:
        answer = answers.get(question_id, "")
        lines += [*answer.split("\n"), ""] if answer else [""]  # a block of lines ends with an empty line
        if answer and conv.question(question_id).ask_example:
            lines.append(examples.get(question_id, ""))
    return lines + _private(bool(shown) or bool(answers))


def _plain_goals(pending: list[Command]) -> list[str]:
    letters = ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden")
    lines: list[str] = []
    number = 0
    while pending and isinstance(pending[0], AddGoal):
        sentence = pending.pop(0)
        number += 1
        goal_id = f"doel-{number}"
        taken = _take(pending, (SetGoalField, SetGoalSteps), lambda c, goal_id=goal_id: c.goal_id == goal_id)
        fields = {c.field: c.text for c in taken if isinstance(c, SetGoalField)}
        steps = [s for c in taken if isinstance(c, SetGoalSteps) for s in c.steps]
        lines += ["j", sentence.text, *(fields.get(letter, "") for letter in letters), *steps, ""]  # type: ignore[union-attr]
    return lines + ["n"] + _private(number > 0)


def _plain_ask(step: AskStep, pending: list[Command]) -> list[str]:
    chosen = _take(pending, SetChosenSuggestions, lambda c: c.step_id == step.id)
    numbers = [str(step.suggestions.index(qid) + 1) for c in chosen for qid in sorted(c.question_ids)]  # type: ignore[union-attr]
    own = _take(pending, (AddListItem, RemoveListItem, MoveListItem), _in(Area.OWN_QUESTIONS))
    return [" ".join(numbers)] + _plain_list(own) + [""] + _private(bool(numbers) or _count(own) > 0)


def _plain_list(commands: Sequence[Command]) -> list[str]:
    lines: list[str] = []
    for command in commands:
        if isinstance(command, AddListItem):
            assert "\n" not in command.text, "a point of a list is one line in the plain mode"
            lines.append(command.text)
        elif isinstance(command, RemoveListItem):
            lines.append(f"weg {command.index + 1}")
        else:
            assert isinstance(command, MoveListItem) and command.to == command.index - 1, command
            lines.append(f"omhoog {command.index + 1}")
    return lines


def _plain_feedback(content: Content, pending: list[Command]) -> list[str]:
    lines: list[str] = []
    count = 0
    while pending and isinstance(pending[0], AddListItem | RemoveListItem) and pending[0].area == Area.FEEDBACK:
        command = pending.pop(0)
        if isinstance(command, RemoveListItem):
            lines.append(f"weg {command.index + 1}")
            count -= 1
            continue
        assert isinstance(command, AddListItem) and "\n" not in command.text, command
        lines.append(command.text)
        text = command.text
        while not check_feedback(text, template=content.feedback.ik_template, texts=content.checks).constructive:
            better = pending[0] if pending else None
            if isinstance(better, EditListItem) and better.area == Area.FEEDBACK and better.index == count:
                pending.pop(0)
                lines.append(better.text)  # 'Wil je het anders zeggen?'
                text = better.text
            else:
                lines.append("")  # keep it as it is
                break
        count += 1
    return lines + [""] + _private(count > 0)
