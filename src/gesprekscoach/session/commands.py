"""Every edit a front end can make to a preparation, as a typed command.

A front end never changes a `Preparation` itself: it builds one of these (frozen) commands
and gives it to `PreparationSession.apply`, which returns a `Change`. Items are named the
way they are stable: tips, questions and pitfalls by their content id; goals, agreements,
disagreements and carried-over items by their id in the preparation; feedback points,
agenda points and your own questions (which have no id) by their place in their list.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Literal

from gesprekscoach.store.models import CarryOverStatus, GoalResult, RehearsalMark


class Area(StrEnum):
    """A part of a preparation that a command changes (`Change.areas` names them)."""

    DETAILS = "details"
    """Who the meeting is with, and the step the user last worked on."""
    CHECKLIST = "checklist"
    """The tips: ticked, and the note on each."""
    ANSWERS = "answers"
    """The answers to the questions, and their examples."""
    SUGGESTIONS = "suggestions"
    """The suggested questions you chose to ask."""
    OWN_QUESTIONS = "own_questions"
    """The questions you wrote yourself."""
    GOALS = "goals"
    FEEDBACK = "feedback"
    AGENDA = "agenda"
    PITFALLS = "pitfalls"
    """Which pitfalls you read."""
    CARRY_OVER = "carry_over"
    """What this conversation starts from (earlier goals, agreements, promises, objections)."""
    AFTER = "after"
    """After the meeting: how it went, the report, the reaction letter."""
    AGREEMENTS = "agreements"
    DISAGREEMENTS = "disagreements"
    """The points of the report you do not agree with."""
    SHEET = "sheet"
    """Where the sheet was saved."""
    REHEARSAL = "rehearsal"
    """Rehearsing: the questions marked hard, and how each try went."""


ListArea = Literal[Area.FEEDBACK, Area.AGENDA, Area.OWN_QUESTIONS]
"""The lists of plain texts: add, edit, remove and move their items by place."""

LIST_AREAS: frozenset[Area] = frozenset({Area.FEEDBACK, Area.AGENDA, Area.OWN_QUESTIONS})

PRIVATE_AREAS: frozenset[Area] = frozenset(
    {
        Area.CHECKLIST,
        Area.ANSWERS,
        Area.SUGGESTIONS,
        Area.OWN_QUESTIONS,
        Area.GOALS,
        Area.FEEDBACK,
        Area.AGENDA,
        Area.CARRY_OVER,
        Area.AGREEMENTS,
    }
)
"""The areas whose items can be marked 'alleen voor mij'."""

GoalField = Literal["text", "specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden"]
"""The text fields of a goal: its sentence and the five SMART letters."""

HowItWentField = Literal["went_as_prepared", "went_differently"]
"""The two texts about how the meeting went."""

DisagreementField = Literal["point", "why", "example"]
"""The texts of a point of the report you do not agree with."""

ItemKey = str | int
"""An item's id (tips, answers, goals, agreements, …) or its place in its list (from 0)."""


# --------------------------------------------------------------------------- the preparation itself


@dataclass(frozen=True)
class SetWithWhom:
    """Who the meeting is with (also the manager's name that agreements recognise)."""

    text: str


@dataclass(frozen=True)
class SetMeetingDate:
    """The day of the meeting (when it moved)."""

    day: date


@dataclass(frozen=True)
class SetMeetingTime:
    """When the meeting starts, as typed: '9:30', '09.30', '930'; empty: no time.

    The session reads it (`dates.parse_meeting_time`); a text that is no time raises
    CommandError with a Dutch message and changes nothing.
    """

    text: str


@dataclass(frozen=True)
class SetLastStep:
    """The step the user works on now (its id), so a reopened preparation goes on there."""

    step_id: str | None


@dataclass(frozen=True)
class RecordSheetSaved:
    """The sheet was saved at `path`; the full version (with private items) is never remembered."""

    path: str
    full: bool = False


# --------------------------------------------------------------------------- steps: tips, answers, pitfalls


@dataclass(frozen=True)
class SetTipDone:
    """Tick a tip of a checklist step, or untick it."""

    item_id: str
    done: bool


@dataclass(frozen=True)
class SetTipNote:
    """Your note on how you will do a tip."""

    item_id: str
    note: str


@dataclass(frozen=True)
class SetAnswer:
    """Your answer to a question."""

    question_id: str
    text: str


@dataclass(frozen=True)
class SetExample:
    """A concrete example with your answer to a question."""

    question_id: str
    example: str


@dataclass(frozen=True)
class SetPitfallRead:
    """Mark a pitfall as read, or not."""

    pitfall_id: str
    read: bool


# --------------------------------------------------------------------------- questions to ask and lists


@dataclass(frozen=True)
class ChooseSuggestion:
    """Choose one suggested question of an ask step to ask, or not any more."""

    step_id: str
    question_id: str
    chosen: bool


@dataclass(frozen=True)
class SetChosenSuggestions:
    """Choose which suggested questions of an ask step you ask (all others: not)."""

    step_id: str
    question_ids: frozenset[str]


@dataclass(frozen=True)
class AddListItem:
    """Add a text at the end of a list (a blank text adds nothing)."""

    area: ListArea
    text: str


@dataclass(frozen=True)
class EditListItem:
    """Change the text of the item at `index` of a list."""

    area: ListArea
    index: int
    text: str


@dataclass(frozen=True)
class RemoveListItem:
    """Remove the item at `index` of a list."""

    area: ListArea
    index: int


@dataclass(frozen=True)
class MoveListItem:
    """Move the item at `index` of a list to place `to` (the others shift)."""

    area: ListArea
    index: int
    to: int


# --------------------------------------------------------------------------- goals


@dataclass(frozen=True)
class AddGoal:
    """Add a goal at the end (with its sentence, when given); `Change.keys` has its new id."""

    text: str = ""


@dataclass(frozen=True)
class RemoveGoal:
    """Remove a goal."""

    goal_id: str


@dataclass(frozen=True)
class SetGoalField:
    """Change the sentence of a goal, or its answer for one SMART letter."""

    goal_id: str
    field: GoalField
    text: str


@dataclass(frozen=True)
class SetGoalSteps:
    """The small steps towards a goal, in order."""

    goal_id: str
    steps: tuple[str, ...]


# --------------------------------------------------------------------------- 'alleen voor mij'


@dataclass(frozen=True)
class MarkPrivate:
    """Mark an item 'alleen voor mij' (left off the printed sheet), or shared again.

    `area` is one of `PRIVATE_AREAS`; `key` names the item as the module docstring says
    (for a tip: its note; for a chosen suggestion: the suggestion's question id).
    """

    area: Area
    key: ItemKey
    private: bool


# --------------------------------------------------------------------------- carried over from earlier conversations


@dataclass(frozen=True)
class SetCarryOverStatus:
    """Open, done or dropped. For a goal, 'gedaan' means reached ('behaald')."""

    item_id: str
    status: CarryOverStatus


@dataclass(frozen=True)
class SetCarryOverResult:
    """How far a carried-over goal was reached (None: not marked); it is open again unless reached."""

    item_id: str
    result: GoalResult | None


@dataclass(frozen=True)
class SetCarryOverNote:
    """Your note on a carried-over item."""

    item_id: str
    note: str


# --------------------------------------------------------------------------- after the meeting


@dataclass(frozen=True)
class SetHowItWent:
    """What went as prepared, or what went differently."""

    field: HowItWentField
    text: str


@dataclass(frozen=True)
class SetReportReceived:
    """The report came in (on `on`; default: the day it was first ticked, today), or not."""

    received: bool
    on: date | None = None


@dataclass(frozen=True)
class SetReportDate:
    """The day the report came in."""

    on: date


@dataclass(frozen=True)
class SetDisagrees:
    """You do not agree with (a part of) the report, or you do."""

    disagrees: bool


@dataclass(frozen=True)
class AddAgreement:
    """A new agreement: what, who (as typed) and when (as typed); a blank `what` adds nothing."""

    what: str
    who: str = ""
    when: str = ""


@dataclass(frozen=True)
class EditAgreement:
    """Change what, who and/or when of an agreement (None: leave as it is); the deadline is read again."""

    agreement_id: str
    what: str | None = None
    who: str | None = None
    when: str | None = None


@dataclass(frozen=True)
class SetAgreementDone:
    """An agreement is done, or not yet."""

    agreement_id: str
    done: bool


@dataclass(frozen=True)
class RemoveAgreement:
    """Remove an agreement."""

    agreement_id: str


@dataclass(frozen=True)
class AddDisagreement:
    """A new point of the report you do not agree with (may start empty); `Change.keys` has its id."""

    point: str = ""
    why: str = ""
    example: str = ""


@dataclass(frozen=True)
class EditDisagreement:
    """Change a text of a point you do not agree with."""

    disagreement_id: str
    field: DisagreementField
    text: str


@dataclass(frozen=True)
class RemoveDisagreement:
    """Remove a point you do not agree with."""

    disagreement_id: str


@dataclass(frozen=True)
class SetSignedBy:
    """Your name under the reaction letter (may be empty)."""

    name: str


@dataclass(frozen=True)
class RecordReactionLetter:
    """The reaction letter was written to `path` on `written_on` (so you disagree with the report)."""

    path: str
    written_on: date


# --------------------------------------------------------------------------- two windows


class ConflictChoice(StrEnum):
    """What to keep where this window and another window wrote something different (`ResolveConflict`)."""

    MINE = "mine"
    """The text of this window (what the merge kept)."""
    THEIRS = "theirs"
    """The text the other window saved."""
    BOTH = "both"
    """Both texts, this window's first (only where both are text)."""


@dataclass(frozen=True)
class ResolveConflict:
    """Settle one open conflict of a merge (`PreparationSession.open_conflicts()`), by its key."""

    key: str
    choice: ConflictChoice


# --------------------------------------------------------------------------- all of them

DetailsCommand = SetWithWhom | SetMeetingDate | SetMeetingTime | SetLastStep | RecordSheetSaved
StepCommand = SetTipDone | SetTipNote | SetAnswer | SetExample | SetPitfallRead
ListCommand = ChooseSuggestion | SetChosenSuggestions | AddListItem | EditListItem | RemoveListItem | MoveListItem
GoalCommand = AddGoal | RemoveGoal | SetGoalField | SetGoalSteps
CarryOverCommand = SetCarryOverStatus | SetCarryOverResult | SetCarryOverNote
AfterCommand = (
    SetHowItWent
    | SetReportReceived
    | SetReportDate
    | SetDisagrees
    | AddAgreement
    | EditAgreement
    | SetAgreementDone
    | RemoveAgreement
    | AddDisagreement
    | EditDisagreement
    | RemoveDisagreement
    | SetSignedBy
    | RecordReactionLetter
)


@dataclass(frozen=True)
class SetQuestionHard:
    """Mark a question (by its content id) as hard, so it comes back when rehearsing; or not any more."""

    question_id: str
    hard: bool


@dataclass(frozen=True)
class SetRehearsalMark:
    """How rehearsing a question went: 'goed', 'oefenen', or None to forget it."""

    question_id: str
    mark: RehearsalMark | None


RehearsalCommand = SetQuestionHard | SetRehearsalMark
"""The commands of rehearsing (see `rehearsal.py`)."""

Command = (
    RehearsalCommand
    | DetailsCommand
    | StepCommand
    | ListCommand
    | GoalCommand
    | MarkPrivate
    | CarryOverCommand
    | AfterCommand
    | ResolveConflict
)
"""Any edit of a preparation."""


# --------------------------------------------------------------------------- what changed


@dataclass(frozen=True)
class Change:
    """What a command changed: the areas and the items (ids or places) within them.

    Falsy when nothing changed (the command repeated what was there): then the preparation
    is not marked as unsaved.
    """

    areas: frozenset[Area] = frozenset()
    keys: tuple[ItemKey, ...] = field(default=())
    """The items touched: an id, or a place in a list (a move gives both places)."""

    @property
    def changed(self) -> bool:
        """True when anything changed."""
        return bool(self.areas)

    def __bool__(self) -> bool:
        return self.changed


NO_CHANGE = Change()
"""The change of a command that changed nothing."""


def changed(area: Area, *keys: ItemKey) -> Change:
    """A change of one area, of these items."""
    return Change(frozenset({area}), tuple(keys))
