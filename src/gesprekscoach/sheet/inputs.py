"""What the sheet reads of a preparation: the validated model, or its view from the cache.

`sheet/build.py` is typed against these protocols, not against the pydantic models, so a
sheet can be built from a `store.models.Preparation` (the full screen, plain mode, printing)
and from a `store.preparation_view.PreparationView` (`gesprekscoach exporteer`, which reads
a preparation that passed validation before without pydantic or PyYAML). Both give the same
sheet: `tests/test_sheet_inputs.py` builds both and compares them.

What the sheet reads of the content is in `content/sheet_content.py`.

Plain Python: this module never imports Textual or pydantic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, time
from typing import TYPE_CHECKING, Protocol

from gesprekscoach.checks.goal_fields import GoalFields

if TYPE_CHECKING:  # names of types only: this module imports no models
    from gesprekscoach.content.models import CarryOverKind
    from gesprekscoach.store.models import CarryOverStatus, GoalResult


class SheetItem(Protocol):
    """An agenda point, a question to ask or a feedback point: its text, and whether it is only for the user."""

    @property
    def text(self) -> str: ...
    @property
    def private(self) -> bool: ...


class SheetCarryOver(Protocol):
    """An item carried over from an earlier conversation."""

    @property
    def kind(self) -> CarryOverKind: ...
    @property
    def text(self) -> str: ...
    @property
    def source_id(self) -> str: ...
    @property
    def source_label(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def deadline(self) -> date | None: ...
    @property
    def status(self) -> CarryOverStatus: ...
    @property
    def result(self) -> GoalResult | None: ...
    @property
    def note(self) -> str: ...
    @property
    def private(self) -> bool: ...


class SheetAnswer(Protocol):
    """The answer to a reflection question, with its example."""

    @property
    def text(self) -> str: ...
    @property
    def example(self) -> str: ...
    @property
    def private(self) -> bool: ...


class SheetGoal(GoalFields, Protocol):
    """A goal: its sentence, its text per SMART letter (`checks.goal_fields.GoalFields`) and its steps."""

    @property
    def steps(self) -> Sequence[str]: ...
    @property
    def private(self) -> bool: ...
    def title(self) -> str:
        """The goal in one line (may be '')."""
        ...


class SheetAgreement(Protocol):
    """An agreement noted after the meeting."""

    @property
    def what(self) -> str: ...
    @property
    def deadline(self) -> date | None: ...
    @property
    def deadline_text(self) -> str: ...
    @property
    def done(self) -> bool: ...
    @property
    def private(self) -> bool: ...
    def who(self) -> str:
        """Who does it, in words."""
        ...


class SheetAfterMeeting(Protocol):
    """What was noted after the meeting, as the sheet shows it."""

    @property
    def agreements(self) -> Sequence[SheetAgreement]: ...
    @property
    def report_received_on(self) -> date | None: ...


class SheetTipState(Protocol):
    """The user's note with a tip."""

    @property
    def note(self) -> str: ...
    @property
    def private(self) -> bool: ...


class SheetPreparation(Protocol):
    """A preparation as the sheet reads it."""

    @property
    def id(self) -> str: ...
    @property
    def conversation(self) -> str: ...
    @property
    def meeting_date(self) -> date: ...
    @property
    def meeting_time(self) -> time | None: ...
    @property
    def with_whom(self) -> str: ...
    @property
    def agenda(self) -> Sequence[SheetItem]: ...
    @property
    def carry_over(self) -> Sequence[SheetCarryOver]: ...
    @property
    def answers(self) -> Mapping[str, SheetAnswer]: ...
    @property
    def goals(self) -> Sequence[SheetGoal]: ...
    @property
    def questions_to_ask(self) -> Sequence[SheetItem]: ...
    @property
    def feedback(self) -> Sequence[SheetItem]: ...
    @property
    def after(self) -> SheetAfterMeeting | None: ...
    @property
    def checklist(self) -> Mapping[str, SheetTipState]: ...
