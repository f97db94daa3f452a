"""A script of edits that covers every area of a preparation, to replay through any front end.

The script is a list of session commands (`gesprekscoach.session.commands`) on a new
functioneringsgesprek of 10 June 2027 that starts from a planningsgesprek (see
`year_helpers.py`: two goals, three agreements). `steps` are the edits in the order of the
conversation's steps; `more` are the rest (who the meeting is with, 'alleen voor mij', what
is carried over, after the meeting on `AFTER_DAY`, rehearsing).

`plain_lines` turns the steps into what a user types in the plain mode, with the edits of
`more` the steps ask for (what is carried over, 'alleen voor mij'); `plain_after_lines` the
edits after the meeting. Rehearsing and 'met wie' are typed by the plain test itself (the
order of rehearsing is random). A full-screen test replays the same commands as key presses.
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
from gesprekscoach.session.calendar_export import calendar_events
from gesprekscoach.session.carry_over import choices_for
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
from gesprekscoach.session.cycle import carry_over_for_step
from gesprekscoach.session.opening import start_new_preparation
from gesprekscoach.session.private_items import private_items_of_step
from gesprekscoach.session.rehearsal import manager_question_ids, questions_of_steps
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


AFTER_DAY = datetime(2027, 6, 18, 10, 0, tzinfo=TZ)
"""The moment of the after-meeting part, in every replay (a front end takes a report date that has passed)."""


def after_meeting(command: Command) -> bool:
    """True for an edit made after the meeting (agreements, how it went, the report, the letter)."""
    return isinstance(
        command,
        SetHowItWent
        | AddAgreement
        | EditAgreement
        | SetAgreementDone
        | RemoveAgreement
        | SetReportReceived
        | SetReportDate
        | SetDisagrees
        | AddDisagreement
        | EditDisagreement
        | SetSignedBy
        | RecordReactionLetter,
    ) or (isinstance(command, MarkPrivate) and command.area == Area.AGREEMENTS)


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
    hard = next(question.id for _step, question in questions_of_steps(conv) if question.id not in manager_questions)
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
        SetQuestionHard(hard, True),  # another question joins the manager's (theirs are always rehearsed)
        SetRehearsalMark(hard, "oefenen"),
        SetRehearsalMark(manager_questions[0], "goed"),
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


def plain_lines(content: Content, script: EditScript, *, menu_number: str) -> list[str]:
    """What a user types in the plain mode to make a new preparation, step by step, on the meeting's day.

    Types `script.steps` and, where the steps ask for them, the edits of `script.more`: how far
    each carried-over item is and its note (the questions steps), and what is 'alleen voor mij'
    (the question at the end of each step; after saving the sheet, no full version).
    `menu_number` is the number of the conversation type in the menu. The new preparation
    starts from the planningsgesprek of `year_helpers` (its goals and agreements are carried
    over). Raises AssertionError for an edit the plain mode cannot type there (the script must
    follow the steps).
    """
    typing = _StepTyping(content, script)
    lines = ["1", menu_number, MEETING_DAY.strftime("%d-%m-%Y"), "", WITH_WHOM]
    for step in typing.conv.steps:
        lines += typing.step(step)
    typing.check_all_typed()
    return lines


def _prepared(content: Content, commands: Sequence[Command]) -> Preparation:
    """The script's preparation after these edits, made straight through a session in a folder of its own."""
    with tempfile.TemporaryDirectory() as folder:
        store = PreparationStore(Path(folder))
        record_planning_after(store, make_planning(store))
        session = start_new_preparation(
            store, content, CONVERSATION, MEETING_DAY, WITH_WHOM, clock=script_clock()
        ).session
        for command in commands:
            session.apply(command)
        assert session.close().ok
        return session.prep


def _take(pending: list[Command], belongs: type | tuple[type, ...], test: object = None) -> list[Command]:
    """The commands at the front of `pending` that belong to the step (taken off `pending`)."""
    taken: list[Command] = []
    while pending and isinstance(pending[0], belongs) and (test is None or test(pending[0])):  # type: ignore[operator]
        taken.append(pending.pop(0))
    return taken


def _numbers(places: Sequence[int]) -> str:
    """Numbers typed for a choice of several (places counted from 0); '' is Enter."""
    return " ".join(str(place + 1) for place in places)


class _StepTyping:
    """Turns the script into the lines of the steps (see `plain_lines`)."""

    def __init__(self, content: Content, script: EditScript) -> None:
        self.content = content
        self.conv = content.conversation(CONVERSATION)
        self.pending = list(script.steps)
        self.more = [command for command in script.more if not after_meeting(command)]
        self.prep = _prepared(content, script.steps)
        """The preparation after the steps: what each step lists to mark 'alleen voor mij', in its order."""
        self.private = {(c.area, c.key) for c in self.more if isinstance(c, MarkPrivate) and c.private}
        self.typed: list[Command] = []
        """The edits of `more` typed in the steps."""

    def check_all_typed(self) -> None:
        """Every edit of the steps, and every edit of `more` that belongs in a step, was typed."""
        assert not self.pending, f"the plain mode cannot type these edits: {self.pending}"
        in_steps = [
            c
            for c in self.more
            if isinstance(c, MarkPrivate | SetCarryOverResult | SetCarryOverStatus | SetCarryOverNote)
        ]
        assert sorted(map(repr, self.typed)) == sorted(map(repr, in_steps)), (self.typed, in_steps)

    def marked(self, step: Step) -> list[str]:
        """The question at the end of a step (when there is something to mark): the numbers of what is only for you."""
        items = private_items_of_step(self.prep, self.content, self.conv, step)
        if not items:
            return []
        places = [place for place, item in enumerate(items) if (item.area, item.key) in self.private]
        self.typed += [MarkPrivate(items[place].area, items[place].key, True) for place in places]
        return [_numbers(places)]

    def step(self, step: Step) -> list[str]:
        """The lines of one step."""
        pending = self.pending
        if isinstance(step, IntroStep | InfoStep):
            return [""]
        if isinstance(step, ChecklistStep):
            ids = {item.id for item in step.items}
            taken = _take(pending, (SetTipDone, SetTipNote), lambda c: c.item_id in ids)
            done = {c.item_id for c in taken if isinstance(c, SetTipDone) and c.done}
            notes = {c.item_id: c.note for c in taken if isinstance(c, SetTipNote)}
            lines = [line for item in step.items for line in ("j" if item.id in done else "n", notes.get(item.id, ""))]
            return lines + self.marked(step)
        if isinstance(step, QuestionsStep):
            return self.questions(step)
        if isinstance(step, GoalsStep):
            return _plain_goals(pending) + self.marked(step)
        if isinstance(step, AskStep):
            return _plain_ask(step, pending) + self.marked(step)
        if isinstance(step, FeedbackStep):
            return _plain_feedback(self.content, pending) + self.marked(step)
        if isinstance(step, PitfallsStep):
            read = {c.pitfall_id for c in _take(pending, SetPitfallRead) if isinstance(c, SetPitfallRead) and c.read}
            return ["j" if pitfall.id in read else "n" for pitfall in self.content.pitfalls_for(step)]
        if isinstance(step, AgendaStep):
            agenda = _take(pending, (AddListItem, RemoveListItem, MoveListItem), _in(Area.AGENDA))
            return _plain_list(agenda) + [""] + self.marked(step)
        assert isinstance(step, SummaryStep)
        saved = _take(pending, RecordSheetSaved)
        _take(pending, SetLastStep)  # entering a step notes it: nothing to type
        if not saved:
            return ["n"]
        # save: no name or function (asked once), Markdown (2), then the path; no full version
        return ["j", "", "", "2", saved[-1].path] + (["n"] if self.private else [])  # type: ignore[union-attr]

    def questions(self, step: QuestionsStep) -> list[str]:
        """Per carried-over item how far it is and its note; the answers (with examples); what is only for you."""
        lines: list[str] = []
        for item in carry_over_for_step(self.prep, self.conv, step):
            lines += self.carried(item)
        taken = _take(self.pending, (SetAnswer, SetExample), lambda c: c.question_id in step.questions)
        answers = {c.question_id: c.text for c in taken if isinstance(c, SetAnswer)}
        examples = {c.question_id: c.example for c in taken if isinstance(c, SetExample)}
        assert set(examples) <= set(answers), "the plain mode asks for an example only after an answer"
        for question_id in step.questions:
            answer = answers.get(question_id, "")
            lines += [*answer.split("\n"), ""] if answer else [""]  # a block of lines ends with an empty line
            if answer and self.conv.question(question_id).ask_example:
                lines.append(examples.get(question_id, ""))
        return lines + self.marked(step)

    def carried(self, item: CarryOverItem) -> list[str]:
        """How far a carried-over item is (its number in the choices; Enter keeps it) and its note."""
        marks = [
            c for c in self.more if isinstance(c, SetCarryOverResult | SetCarryOverStatus) and c.item_id == item.id
        ]
        notes = [c for c in self.more if isinstance(c, SetCarryOverNote) and c.item_id == item.id]
        assert len(marks) <= 1 and len(notes) <= 1, "the plain mode asks once per item"
        self.typed += [*marks, *notes]
        choice = ""
        if marks:
            mark = marks[0]
            wanted = (mark.result or "open") if isinstance(mark, SetCarryOverResult) else mark.status
            values = [value for _shown, value in choices_for(item)]
            choice = str(values.index(wanted) + 1)
        return [choice, notes[0].note if notes else ""]


def _in(area: Area) -> object:
    return lambda command: command.area == area


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
    return lines + ["n"]


def _plain_ask(step: AskStep, pending: list[Command]) -> list[str]:
    chosen = _take(pending, SetChosenSuggestions, lambda c: c.step_id == step.id)
    numbers = [str(step.suggestions.index(qid) + 1) for c in chosen for qid in sorted(c.question_ids)]  # type: ignore[union-attr]
    own = _take(pending, (AddListItem, RemoveListItem, MoveListItem), _in(Area.OWN_QUESTIONS))
    return [" ".join(numbers)] + _plain_list(own) + [""]


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
    return lines + [""]


def plain_after_lines(content: Content, script: EditScript, *, menu_number: str) -> list[str]:
    """What a user types in the plain mode after the meeting to make the after-meeting edits of `script.more`.

    From the menu (`menu_number`: 'Na het gesprek'; Enter chooses the latest meeting) through
    the agreements ('anders 2', 'gedaan 2', 'weg 2', 'klaar'), what of them is only for you,
    no calendar file, how it went, the report and the reaction letter, to 'stop'. Raises
    AssertionError for an edit the plain mode cannot type there.
    """
    pending = [command for command in script.more if after_meeting(command) and not isinstance(command, SetHowItWent)]
    went = {c.field: c.text for c in script.more if isinstance(c, SetHowItWent)}  # asked after the agreements
    lines = [menu_number, "", ""]  # the latest meeting; not the advice now
    shown: list[str] = []  # the ids of the agreements, in the order the list shows them
    private: set[str] = set()
    while pending and isinstance(
        pending[0], AddAgreement | EditAgreement | SetAgreementDone | RemoveAgreement | MarkPrivate
    ):
        match pending.pop(0):
            case AddAgreement(what, who, when):
                shown.append(f"afspraak-{len(shown) + 1}")  # no agreement is removed before the last is added
                lines += [what, who, when]
            case EditAgreement(agreement_id, what, who, when):  # Enter keeps what is not changed
                lines += [f"anders {shown.index(agreement_id) + 1}", what or "", who or "", when or ""]
            case SetAgreementDone(agreement_id, done):
                assert done, "'gedaan 2' sets a new agreement done"
                lines.append(f"gedaan {shown.index(agreement_id) + 1}")
            case RemoveAgreement(agreement_id):
                lines.append(f"weg {shown.index(agreement_id) + 1}")
                shown.remove(agreement_id)
            case MarkPrivate(_area, key, is_private):
                assert is_private, "what is only for you is chosen once, after the list"
                private.add(str(key))
    lines.append("klaar")
    if shown:
        lines.append(_numbers([place for place, agreement_id in enumerate(shown) if agreement_id in private]))
    if calendar_events(_prepared(content, script.all), content):
        lines.append("n")  # a shared agreement with a date: no calendar file now
    for field in ("went_as_prepared", "went_differently"):
        lines += [*went[field].split("\n"), ""] if went.get(field) else [""]
    received = _take(pending, SetReportReceived)
    assert received, "the plain mode asks about the report before its day"
    lines.append("j" if received[-1].received else "n")  # type: ignore[union-attr]
    lines += [c.on.strftime("%d-%m-%Y") for c in _take(pending, SetReportDate)]  # type: ignore[union-attr]
    disagrees = _take(pending, SetDisagrees)
    lines.append("j" if disagrees and disagrees[-1].disagrees else "n")  # type: ignore[union-attr]
    if disagrees:
        lines.append("j")  # write the reaction now
        lines += _letter_lines(pending)
    assert not pending, f"the plain mode cannot type these edits after the meeting: {pending}"
    return lines + ["stop"]


def _letter_lines(pending: list[Command]) -> list[str]:
    """The points of the reaction letter (what, why, an example), the name, and saving it."""
    lines: list[str] = []
    points = 0
    while pending and isinstance(pending[0], AddDisagreement):
        added = pending.pop(0)
        assert isinstance(added, AddDisagreement) and not added.why and not added.example, added
        points += 1
        if points > 1:
            lines.append("j")  # 'Wil je nog een punt toevoegen?'
        edits = _take(pending, EditDisagreement, lambda c, point=f"bezwaar-{points}": c.disagreement_id == point)
        texts = {c.field: c.text for c in edits if isinstance(c, EditDisagreement)}
        assert "point" not in texts, "the plain mode asks what the report says once"
        lines.append(added.point)
        for field in ("why", "example"):
            lines += [*texts[field].split("\n"), ""] if texts.get(field) else [""]
    lines.append("n")  # no other point
    lines += [c.name for c in _take(pending, SetSignedBy)] or [""]  # type: ignore[union-attr]
    lines.append("j" if _take(pending, RecordReactionLetter) else "n")  # save the letter where the sheet is
    return lines
