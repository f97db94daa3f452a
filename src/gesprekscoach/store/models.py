"""The user's own data: a preparation and the wins log, as typed models.

Unknown keys are kept (a newer version may have written them). Plain Python (pydantic only).
"""

from datetime import date, datetime, time
from typing import Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidatorFunctionWrapHandler,
    field_serializer,
    field_validator,
    model_validator,
)

from gesprekscoach.content.models import CarryOverKind
from gesprekscoach.dates import parse_meeting_time, short_time
from gesprekscoach.store.preparation_view import OWNER_LABELS as OWNER_LABELS  # the rules live there
from gesprekscoach.store.preparation_view import (
    agreement_who,
    answer_is_empty,
    goal_is_empty,
    goal_title,
    goal_with_id,
    report_came_in,
)
from gesprekscoach.store.schema import GOAL_ID_PREFIX as GOAL_ID_PREFIX  # the names live there
from gesprekscoach.store.schema import PREPARATION_SCHEMA_VERSION as PREPARATION_SCHEMA_VERSION
from gesprekscoach.store.schema import WINS_LOG_SCHEMA_VERSION as WINS_LOG_SCHEMA_VERSION

# --------------------------------------------------------------------------- the user's preparation


class UserModel(BaseModel):
    """Base for the user's data: unknown keys are kept (a newer version may have written them)."""

    model_config = ConfigDict(extra="allow", validate_assignment=False, defer_build=True)


class ChecklistState(UserModel):
    """A ticked (or not) tip with the user's note on how they will do it."""

    done: bool = False
    note: str = ""
    private: bool = False
    """Only for me: the note stays in the coach and is left off the printed sheet."""


class Answer(UserModel):
    """The user's answer to a question, and a concrete example."""

    text: str = ""
    example: str = ""
    private: bool = False
    """Only for me: left off the printed sheet (unless the user asks for the full version)."""

    def is_empty(self) -> bool:
        """True when nothing (but white space) was written."""
        return answer_is_empty(self.text, self.example)


class AskedQuestion(UserModel):
    """A question the user wants to ask; from a suggestion or their own."""

    text: str
    suggestion_id: str | None = None
    private: bool = False
    """Only for me: left off the printed sheet (unless the user asks for the full version)."""


class Goal(UserModel):
    """A goal built the SMART way, with the small steps to get there."""

    id: str = ""
    """Stable id within the preparation ('doel-1'); given by `Preparation.assign_ids()`."""
    text: str = ""
    specifiek: str = ""
    meetbaar: str = ""
    acceptabel: str = ""
    realistisch: str = ""
    tijdgebonden: str = ""
    steps: list[str] = Field(default_factory=list)
    private: bool = False
    """Only for me: left off the printed sheet (unless the user asks for the full version)."""

    def is_empty(self) -> bool:
        """True when no field of the goal has text."""
        return goal_is_empty(self)

    def title(self) -> str:
        """The goal in one line: its sentence, or else its Specifiek part (may be '')."""
        return goal_title(self)


class FeedbackItem(UserModel):
    """A point of feedback the user wants to give their manager."""

    text: str = ""
    private: bool = False
    """Only for me: left off the printed sheet (unless the user asks for the full version)."""


class AgendaItem(UserModel):
    """A point the user wants to raise in the meeting."""

    text: str = ""
    private: bool = False
    """Only for me: left off the printed sheet (unless the user asks for the full version)."""


Owner = Literal["ik", "leidinggevende", "ander"]
"""Who does what was agreed: me, my manager, or someone else."""


class Agreement(UserModel):
    """An agreement made in the meeting: what, who, and by when."""

    id: str = ""
    """Stable id within the preparation ('afspraak-1'); given by `Preparation.assign_ids()`."""
    what: str = ""
    owner: Owner = "ik"
    owner_name: str = ""
    """The name of the other person, when `owner` is 'ander' (or the manager's name)."""
    deadline_text: str = ""
    """When, as the user typed it ('voor 1 juli', 'binnen zes weken')."""
    deadline: date | None = None
    """The date `deadline_text` (or `what`) resolves to, by the SMART check."""
    done: bool = False
    private: bool = False
    """Only for me: carried over, but left off printed sheets (unless asked for the full version)."""

    def who(self) -> str:
        """Who does it, in words: 'ik', 'mijn leidinggevende', or the other person's name."""
        return agreement_who(self.owner, self.owner_name)


class Disagreement(UserModel):
    """A point of the report the user does not agree with."""

    id: str = ""
    """Stable id within the preparation ('bezwaar-1'); given by `Preparation.assign_ids()`."""
    point: str = ""
    """What the report says."""
    why: str = ""
    """Why the user sees it differently."""
    example: str = ""
    """A concrete example that shows it (often from the preparation)."""


class AfterMeetingRecord(UserModel):
    """What the user noted after the meeting: agreements, how it went, and the report."""

    agreements: list[Agreement] = Field(default_factory=list)
    went_as_prepared: str = ""
    """What went the way the user prepared it."""
    went_differently: str = ""
    """What went differently than prepared."""
    report_received: bool = False
    report_received_on: date | None = None
    disagrees: bool = False
    """The user does not agree with (a part of) the report."""
    disagreements: list[Disagreement] = Field(default_factory=list)
    reaction_letter_path: str | None = None
    """Where the written reaction was saved."""
    reaction_written_on: date | None = None
    signed_by: str = ""
    """The user's name under the reaction letter (may be empty)."""
    recorded_at: datetime | None = None
    """When the user last changed this record."""


RehearsalMark = Literal["goed", "oefenen"]
"""How rehearsing a question went: 'ging goed', or 'nog oefenen'."""


class RehearsalState(UserModel):
    """What the user noted while rehearsing one question: hard or not, and how the last try went."""

    hard: bool = False
    """The user marked it as hard: it comes back when rehearsing, whatever step it is in."""
    mark: RehearsalMark | None = None
    """How the last try went (None: not rehearsed yet)."""


CarryOverStatus = Literal["open", "gedaan", "vervallen"]
"""Open, done, or dropped (no longer needed)."""

GoalResult = Literal["behaald", "deels", "niet"]
"""How far a goal was reached."""


class CarryOverItem(UserModel):
    """Something from an earlier conversation that this one starts from."""

    id: str
    """'<source id>:<ref>', e.g. '2027-01-15-planning:doel-1'; unique within the preparation."""
    kind: CarryOverKind
    text: str
    source_id: str
    """The id of the preparation it came from."""
    source_label: str = ""
    """Where it came from, in words: 'planningsgesprek van 15 januari 2027'."""
    ref: str = ""
    """The id of the goal, agreement or disagreement in the source preparation."""
    owner: str = ""
    """Who does it, in words (for agreements and promises)."""
    deadline: date | None = None
    status: CarryOverStatus = "open"
    result: GoalResult | None = None
    """For goals: behaald, deels or niet (None: not marked yet)."""
    note: str = ""
    private: bool = False
    """Only for me: left off the printed sheet (unless the user asks for the full version)."""


class Preparation(UserModel):
    """Everything a user prepared for one conversation."""

    schema_version: int = PREPARATION_SCHEMA_VERSION
    id: str
    conversation: str
    """The id of the conversation type."""
    meeting_date: date
    meeting_time: time | None = None
    """When the meeting starts (hours and minutes), None when the user did not say.

    Stored as 'HH:MM'. Optional with a default, so files written before it existed open
    unchanged (no migration, no new schema version)."""
    with_whom: str = ""
    created_at: datetime
    updated_at: datetime
    checklist: dict[str, ChecklistState] = Field(default_factory=dict)
    answers: dict[str, Answer] = Field(default_factory=dict)
    questions_to_ask: list[AskedQuestion] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    feedback: list[FeedbackItem] = Field(default_factory=list)
    pitfalls_read: list[str] = Field(default_factory=list)
    agenda: list[AgendaItem] = Field(default_factory=list)
    sheet_path: str | None = None
    """Where the sheet was last saved."""
    carry_over: list[CarryOverItem] = Field(default_factory=list)
    """What this conversation starts from: open agreements, goals, promises and objections of earlier ones."""
    after: AfterMeetingRecord | None = None
    """What the user noted after the meeting (None: nothing yet)."""
    last_step: str | None = None
    """The id of the step the user last worked on, to go on there (None: not known yet).

    Optional with a default, so files written before it existed open unchanged (no migration)."""
    rehearsal: dict[str, RehearsalState] = Field(default_factory=dict)
    """Question id → what the user noted while rehearsing it. Optional with a default (no migration)."""

    _revision: int = PrivateAttr(default=0)

    @property
    def revision(self) -> int:
        """How often the file was saved (0: never, or before schema version 3).

        Bookkeeping of the store, not the user's data: it is written to the file (and read
        from it, or given as `revision=` when a Preparation is made), but left out of
        `model_dump()`. `PreparationStore.save()` raises it by one and refuses to overwrite a
        file whose revision differs (someone else saved in between).
        """
        return self._revision

    @revision.setter
    def revision(self, value: int) -> None:
        self._revision = value

    @model_validator(mode="wrap")
    @classmethod
    def _take_revision(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> "Preparation":
        """Read `revision` from the input (a whole number from 0 up) into the private attribute."""
        revision: int | None = None
        if isinstance(data, dict) and "revision" in data:
            data = dict(data)
            value = data.pop("revision")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError("revision must be a whole number from 0 up")
            revision = value
        prep = handler(data)
        if not isinstance(prep, Preparation):  # pragma: no cover - the handler builds this class
            raise TypeError("not a preparation")
        if revision is not None:
            prep._revision = revision
        return prep

    @field_validator("meeting_time", mode="before")
    @classmethod
    def _meeting_time(cls, value: object) -> object:
        """Read 'HH:MM' (also '9:30', '0930'); a whole number is minutes after midnight (YAML 1.1 reads
        an unquoted 10:30 as 630)."""
        if isinstance(value, str):
            return parse_meeting_time(value)
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
            hours, minutes = divmod(value, 60)
            return time(hours, minutes)
        return value

    @field_serializer("meeting_time")
    def _dump_meeting_time(self, value: time | None) -> str | None:
        """Written as 'HH:MM' (never with seconds)."""
        return short_time(value) if value is not None else None

    @field_validator("agenda", mode="before")
    @classmethod
    def _agenda_points(cls, value: object) -> object:
        """An agenda point may be given as plain text (as schema version 1 wrote them)."""
        if isinstance(value, list):
            return [{"text": item} if isinstance(item, str) else item for item in value]
        return value

    @model_validator(mode="after")
    def _ids(self) -> Self:
        self.assign_ids()
        return self

    def assign_ids(self) -> None:
        """Give every goal, agreement and disagreement without an id the next free one."""
        _assign(self.goals, GOAL_ID_PREFIX)
        if self.after is not None:
            _assign(self.after.agreements, "afspraak-")
            _assign(self.after.disagreements, "bezwaar-")

    @property
    def report_received(self) -> bool:
        """Whether the report of the meeting came in (noted after the meeting)."""
        return report_came_in(self.after)

    def goal(self, goal_id: str) -> Goal | None:
        """The goal with this id, or None."""
        return goal_with_id(self.goals, goal_id)

    def agenda_texts(self) -> list[str]:
        """The texts of the agenda points, in order."""
        return [item.text for item in self.agenda]


def _assign(items: list[Goal] | list[Agreement] | list[Disagreement], prefix: str) -> None:
    """Give each item without an id '<prefix><n>', n one higher than any number in use."""
    taken = {item.id for item in items if item.id}
    highest = 0
    for item_id in taken:
        number = item_id.removeprefix(prefix)
        if item_id.startswith(prefix) and number.isdigit():
            highest = max(highest, int(number))
    for item in items:
        if not item.id:
            highest += 1
            item.id = f"{prefix}{highest}"


# --------------------------------------------------------------------------- the wins log


class LogEntry(UserModel):
    """One entry of the wins log: something that went well, with when and (maybe) which goal."""

    id: str
    at: datetime
    text: str
    goal: str | None = None
    """The id of the goal it belongs to ('doel-1'), or None."""
    goal_source: str | None = None
    """The id of the preparation that goal is in."""
    tags: list[str] = Field(default_factory=list)
    """Short labels the user gave it ('klant'), lower case. Optional with a default (no migration)."""
    private: bool = False
    """Only for me: never on a printed sheet (unless the user asks for the full version)."""


class WinsLog(UserModel):
    """The wins log: everything the user noted through the year, oldest first."""

    schema_version: int = WINS_LOG_SCHEMA_VERSION
    entries: list[LogEntry] = Field(default_factory=list)
