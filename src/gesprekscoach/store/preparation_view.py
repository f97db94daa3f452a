"""A whole preparation as read-only plain data: what the sheet reads, without pydantic or PyYAML.

`gesprekscoach exporteer` builds the sheet of one preparation. Reading the file the strict way
means PyYAML and the pydantic models (their import and build take far longer than the rest of
the command). So `PreparationStore.find_view` validates a file fully once, keeps the plain JSON
data of the preparation (`plain_of`) in a private cache keyed by a digest of the file's exact
bytes (`view_cache.py`: one small file per preparation, also written when the coach leaves a
preparation it saved), and the next time makes a `PreparationView` from it.

Each view mirrors one model of `store/models.py` field by field: the same names, the same
Python values (date, time, datetime, bool, str, None), lists as tuples and dicts as read-only
mappings (`types.MappingProxyType` of a dict of its own), so no caller can change shared state.
The few rules the sheet asks of a goal or an agreement (`goal_title`, `goal_is_empty`,
`agreement_who`, …) live here as functions, and the models' methods call them: one rule, one place.

`PreparationView.from_plain` checks the shape and the type of every value: data of another
shape (a damaged or foreign cache) gives None, never an exception. The structure has a fixed
depth (a preparation holds records that hold records), so reading it never recurses deeper
than that.

Plain Python: this module never imports pydantic, PyYAML or Textual. It has no
`from __future__ import annotations` on purpose: `NamedTuple` would compile every field's
annotation text (a `ForwardRef`) on import, a millisecond of every export; only the few
types that live with the models are written as text.
"""

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from gesprekscoach.checks.goal_fields import GoalFields

if TYPE_CHECKING:
    from gesprekscoach.content.models import CarryOverKind
    from gesprekscoach.store.models import CarryOverStatus, GoalResult, Owner, Preparation, RehearsalMark

# --------------------------------------------------------------------------- the rules views and models share

OWNER_LABELS: dict[str, str] = {"ik": "ik", "leidinggevende": "mijn leidinggevende", "ander": "iemand anders"}
"""How an owner is written on the sheet and in the coach."""


class GoalWithSteps(GoalFields, Protocol):
    """A goal as the rules about its text read it (the model `Goal` and `GoalView`): its texts and steps."""

    @property
    def steps(self) -> Sequence[str]: ...


def goal_is_empty(goal: GoalWithSteps) -> bool:
    """True when no field of the goal has text."""
    letters = (goal.text, goal.specifiek, goal.meetbaar, goal.acceptabel, goal.realistisch, goal.tijdgebonden)
    return not any(part.strip() for part in letters) and not any(s.strip() for s in goal.steps)


def goal_title(goal: GoalWithSteps) -> str:
    """The goal in one line: its sentence, or else its Specifiek part (may be '')."""
    for part in (goal.text, goal.specifiek):
        if part.strip():
            return " ".join(part.split())
    return ""


class _WithId(Protocol):
    @property
    def id(self) -> str: ...


GoalT = TypeVar("GoalT", bound=_WithId)


def goal_with_id(goals: Sequence[GoalT], goal_id: str) -> GoalT | None:
    """The goal with this id, or None."""
    for goal in goals:
        if goal.id == goal_id:
            return goal
    return None


def answer_is_empty(text: str, example: str) -> bool:
    """True when nothing (but white space) was written in an answer or its example."""
    return not (text.strip() or example.strip())


def agreement_who(owner: str, owner_name: str) -> str:
    """Who does what was agreed, in words: 'ik', 'mijn leidinggevende', or the other person's name."""
    if owner == "ander" and owner_name.strip():
        return owner_name.strip()
    return OWNER_LABELS.get(owner, owner)


class _AfterFields(Protocol):
    @property
    def report_received(self) -> bool: ...


def report_came_in(after: "_AfterFields | None") -> bool:
    """Whether the report of the meeting came in (noted after the meeting)."""
    return after is not None and after.report_received


# --------------------------------------------------------------------------- the views


class ChecklistStateView(NamedTuple):
    """A ticked (or not) tip with the user's note (mirrors `ChecklistState`)."""

    done: bool = False
    note: str = ""
    private: bool = False


class AnswerView(NamedTuple):
    """The user's answer to a question, and a concrete example (mirrors `Answer`)."""

    text: str = ""
    example: str = ""
    private: bool = False

    def is_empty(self) -> bool:
        """True when nothing (but white space) was written."""
        return answer_is_empty(self.text, self.example)


class AskedQuestionView(NamedTuple):
    """A question the user wants to ask (mirrors `AskedQuestion`)."""

    text: str
    suggestion_id: str | None = None
    private: bool = False


class GoalView(NamedTuple):
    """A goal built the SMART way, with its steps (mirrors `Goal`)."""

    id: str = ""
    text: str = ""
    specifiek: str = ""
    meetbaar: str = ""
    acceptabel: str = ""
    realistisch: str = ""
    tijdgebonden: str = ""
    steps: tuple[str, ...] = ()
    private: bool = False

    def is_empty(self) -> bool:
        """True when no field of the goal has text."""
        return goal_is_empty(self)

    def title(self) -> str:
        """The goal in one line: its sentence, or else its Specifiek part (may be '')."""
        return goal_title(self)


class FeedbackItemView(NamedTuple):
    """A point of feedback for the manager (mirrors `FeedbackItem`)."""

    text: str = ""
    private: bool = False


class AgendaItemView(NamedTuple):
    """A point to raise in the meeting (mirrors `AgendaItem`)."""

    text: str = ""
    private: bool = False


class AgreementView(NamedTuple):
    """An agreement made in the meeting (mirrors `Agreement`)."""

    id: str = ""
    what: str = ""
    owner: "Owner" = "ik"
    owner_name: str = ""
    deadline_text: str = ""
    deadline: date | None = None
    done: bool = False
    private: bool = False

    def who(self) -> str:
        """Who does it, in words: 'ik', 'mijn leidinggevende', or the other person's name."""
        return agreement_who(self.owner, self.owner_name)


class DisagreementView(NamedTuple):
    """A point of the report the user does not agree with (mirrors `Disagreement`)."""

    id: str = ""
    point: str = ""
    why: str = ""
    example: str = ""


class AfterMeetingView(NamedTuple):
    """What the user noted after the meeting (mirrors `AfterMeetingRecord`)."""

    agreements: tuple[AgreementView, ...] = ()
    went_as_prepared: str = ""
    went_differently: str = ""
    report_received: bool = False
    report_received_on: date | None = None
    disagrees: bool = False
    disagreements: tuple[DisagreementView, ...] = ()
    reaction_letter_path: str | None = None
    reaction_written_on: date | None = None
    signed_by: str = ""
    recorded_at: datetime | None = None


class RehearsalStateView(NamedTuple):
    """What the user noted while rehearsing one question (mirrors `RehearsalState`)."""

    hard: bool = False
    mark: "RehearsalMark | None" = None


class CarryOverItemView(NamedTuple):
    """Something from an earlier conversation that this one starts from (mirrors `CarryOverItem`)."""

    id: str
    kind: "CarryOverKind"
    text: str
    source_id: str
    source_label: str = ""
    ref: str = ""
    owner: str = ""
    deadline: date | None = None
    status: "CarryOverStatus" = "open"
    result: "GoalResult | None" = None
    note: str = ""
    private: bool = False


class PreparationView(NamedTuple):
    """Everything a user prepared for one conversation, read-only (mirrors `Preparation`, without its revision)."""

    schema_version: int
    id: str
    conversation: str
    meeting_date: date
    meeting_time: time | None
    with_whom: str
    created_at: datetime
    updated_at: datetime
    checklist: Mapping[str, ChecklistStateView]
    answers: Mapping[str, AnswerView]
    questions_to_ask: tuple[AskedQuestionView, ...]
    goals: tuple[GoalView, ...]
    feedback: tuple[FeedbackItemView, ...]
    pitfalls_read: tuple[str, ...]
    agenda: tuple[AgendaItemView, ...]
    sheet_path: str | None
    carry_over: tuple[CarryOverItemView, ...]
    after: AfterMeetingView | None
    last_step: str | None
    rehearsal: Mapping[str, RehearsalStateView]

    @property
    def report_received(self) -> bool:
        """Whether the report of the meeting came in (noted after the meeting)."""
        return report_came_in(self.after)

    def goal(self, goal_id: str) -> GoalView | None:
        """The goal with this id, or None."""
        return goal_with_id(self.goals, goal_id)

    def agenda_texts(self) -> list[str]:
        """The texts of the agenda points, in order."""
        return [item.text for item in self.agenda]

    @staticmethod
    def to_plain(prep: "Preparation") -> dict[str, Any]:
        """The JSON data of a validated preparation, for the cache (see `plain_of`)."""
        return plain_of(prep)

    @classmethod
    def from_plain(cls, prep_id: str, data: object) -> "PreparationView | None":
        """The view of the preparation `prep_id` from its JSON data (`plain_of`); None when it has another shape.

        Every key and the type of every value is checked; nothing else is accepted.
        """
        if not isinstance(data, dict) or "id" in data:
            return None
        try:
            view = _PREPARATION.decode({**data, "id": prep_id})
        except (ValueError, TypeError, OverflowError):
            return None
        return view if isinstance(view, PreparationView) else None


# --------------------------------------------------------------------------- plain data


class _Miss(ValueError):
    """The data does not have the shape of a view."""


class _Kind:
    """How one field is written as JSON (`encode`) and read back, checked (`decode`)."""

    def encode(self, value: Any) -> Any:
        """The JSON value of a model's value."""
        return value

    def decode(self, value: object) -> Any:  # pragma: no cover - every kind has its own
        """The view's value of a JSON value; raises ValueError when it has another type."""
        raise NotImplementedError


class _Text(_Kind):
    def decode(self, value: object) -> Any:
        if not isinstance(value, str):
            raise _Miss
        return value


class _Flag(_Kind):
    def decode(self, value: object) -> Any:
        if not isinstance(value, bool):
            raise _Miss
        return value


class _Whole(_Kind):
    def encode(self, value: Any) -> Any:
        return int(value)

    def decode(self, value: object) -> Any:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Miss
        return value


class _Choice(_Kind):
    """One of a few texts (a `Literal` of the model)."""

    def __init__(self, *choices: str) -> None:
        self.choices = choices

    def decode(self, value: object) -> Any:
        if value not in self.choices or not isinstance(value, str):
            raise _Miss
        return value


class _Day(_Kind):
    def encode(self, value: Any) -> Any:
        return value.isoformat()

    def decode(self, value: object) -> Any:
        if not isinstance(value, str):
            raise _Miss
        return date.fromisoformat(value)


class _Clock(_Kind):
    """A time of day, with seconds (unlike the file's 'HH:MM', so the view holds exactly the model's value)."""

    def encode(self, value: Any) -> Any:
        return value.isoformat()

    def decode(self, value: object) -> Any:
        if not isinstance(value, str):
            raise _Miss
        return time.fromisoformat(value)


class _Moment(_Kind):
    def encode(self, value: Any) -> Any:
        return value.isoformat()

    def decode(self, value: object) -> Any:
        if not isinstance(value, str):
            raise _Miss
        return datetime.fromisoformat(value)


class _Maybe(_Kind):
    """A value of `inner`, or None."""

    def __init__(self, inner: _Kind) -> None:
        self.inner = inner

    def encode(self, value: Any) -> Any:
        return None if value is None else self.inner.encode(value)

    def decode(self, value: object) -> Any:
        return None if value is None else self.inner.decode(value)


class _Items(_Kind):
    """A list of `inner` (a tuple in the view)."""

    def __init__(self, inner: _Kind) -> None:
        self.inner = inner

    def encode(self, value: Any) -> Any:
        return [self.inner.encode(item) for item in value]

    def decode(self, value: object) -> Any:
        if not isinstance(value, list):
            raise _Miss
        return tuple(self.inner.decode(item) for item in value)


class _Table(_Kind):
    """A dict of text to `inner` (a read-only mapping in the view)."""

    def __init__(self, inner: _Kind) -> None:
        self.inner = inner

    def encode(self, value: Any) -> Any:
        return {str(key): self.inner.encode(item) for key, item in value.items()}

    def decode(self, value: object) -> Any:
        if not isinstance(value, dict):
            raise _Miss
        return MappingProxyType({_text.decode(key): self.inner.decode(item) for key, item in value.items()})


class _Record(_Kind):
    """A model (a JSON object with exactly its fields) and its view."""

    def __init__(self, view: type[Any], **kinds: _Kind) -> None:
        fields: tuple[str, ...] = view._fields
        if tuple(kinds) != fields:  # pragma: no cover - checked when this module is imported
            raise TypeError(f"{view.__name__}: the kinds do not match the fields")
        self.view = view
        self.kinds = kinds
        self.names = frozenset(fields)

    def encode(self, value: Any) -> Any:
        return {name: kind.encode(getattr(value, name)) for name, kind in self.kinds.items()}

    def decode(self, value: object) -> Any:
        if not isinstance(value, dict) or value.keys() != self.names:
            raise _Miss
        return self.view(*(kind.decode(value[name]) for name, kind in self.kinds.items()))


_text, _flag = _Text(), _Flag()
_day, _maybe_text, _maybe_day = _Day(), _Maybe(_text), _Maybe(_Day())

OWNERS = ("ik", "leidinggevende", "ander")
"""The values of `Owner` (a test checks them against the model)."""
REHEARSAL_MARKS = ("goed", "oefenen")
"""The values of `RehearsalMark`."""
CARRY_OVER_KINDS = ("afspraak", "doel", "belofte", "bezwaar")
"""The values of `content.models.CarryOverKind`."""
CARRY_OVER_STATUSES = ("open", "gedaan", "vervallen")
"""The values of `CarryOverStatus`."""
GOAL_RESULTS = ("behaald", "deels", "niet")
"""The values of `GoalResult`."""

_AGREEMENT = _Record(
    AgreementView,
    id=_text,
    what=_text,
    owner=_Choice(*OWNERS),
    owner_name=_text,
    deadline_text=_text,
    deadline=_maybe_day,
    done=_flag,
    private=_flag,
)
_AFTER = _Record(
    AfterMeetingView,
    agreements=_Items(_AGREEMENT),
    went_as_prepared=_text,
    went_differently=_text,
    report_received=_flag,
    report_received_on=_maybe_day,
    disagrees=_flag,
    disagreements=_Items(_Record(DisagreementView, id=_text, point=_text, why=_text, example=_text)),
    reaction_letter_path=_maybe_text,
    reaction_written_on=_maybe_day,
    signed_by=_text,
    recorded_at=_Maybe(_Moment()),
)
_CARRY_OVER = _Record(
    CarryOverItemView,
    id=_text,
    kind=_Choice(*CARRY_OVER_KINDS),
    text=_text,
    source_id=_text,
    source_label=_text,
    ref=_text,
    owner=_text,
    deadline=_maybe_day,
    status=_Choice(*CARRY_OVER_STATUSES),
    result=_Maybe(_Choice(*GOAL_RESULTS)),
    note=_text,
    private=_flag,
)
_GOAL = _Record(
    GoalView,
    id=_text,
    text=_text,
    specifiek=_text,
    meetbaar=_text,
    acceptabel=_text,
    realistisch=_text,
    tijdgebonden=_text,
    steps=_Items(_text),
    private=_flag,
)
_PREPARATION = _Record(
    PreparationView,
    schema_version=_Whole(),
    id=_text,
    conversation=_text,
    meeting_date=_day,
    meeting_time=_Maybe(_Clock()),
    with_whom=_text,
    created_at=_Moment(),
    updated_at=_Moment(),
    checklist=_Table(_Record(ChecklistStateView, done=_flag, note=_text, private=_flag)),
    answers=_Table(_Record(AnswerView, text=_text, example=_text, private=_flag)),
    questions_to_ask=_Items(_Record(AskedQuestionView, text=_text, suggestion_id=_maybe_text, private=_flag)),
    goals=_Items(_GOAL),
    feedback=_Items(_Record(FeedbackItemView, text=_text, private=_flag)),
    pitfalls_read=_Items(_text),
    agenda=_Items(_Record(AgendaItemView, text=_text, private=_flag)),
    sheet_path=_maybe_text,
    carry_over=_Items(_CARRY_OVER),
    after=_Maybe(_AFTER),
    last_step=_maybe_text,
    rehearsal=_Table(_Record(RehearsalStateView, hard=_flag, mark=_Maybe(_Choice(*REHEARSAL_MARKS)))),
)


def plain_of(prep: "Preparation") -> dict[str, Any]:
    """The JSON data of a validated preparation, for the cache: every field of the model but its id
    (the file name gives it) and its revision (bookkeeping of the store); unknown keys are left out.

    Read from the model's values themselves (not `model_dump`, whose 'HH:MM' drops the seconds
    of `meeting_time`), so `PreparationView.from_plain` gives back exactly the model's values.
    """
    data: dict[str, Any] = _PREPARATION.encode(prep)
    del data["id"]
    return data


def view_of(prep: "Preparation") -> PreparationView:
    """The view of a validated preparation (the same as from its cached data)."""
    view = PreparationView.from_plain(prep.id, plain_of(prep))
    if view is None:  # pragma: no cover - a validated model always has the shape
        raise ValueError(f"preparation {prep.id} has no view")
    return view
