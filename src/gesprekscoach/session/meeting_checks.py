"""Checks of the obvious around a meeting, for both front ends.

- 'Na het gesprek' before the meeting's day: the front end asks first (`after_too_early`).
- The report cannot have come in before the meeting (`check_report_date`, used by the
  after-meeting commands: a Dutch `CommandError`).
- 'Met wie' of a new preparation starts as the name of the previous conversation
  (`previous_with_whom`): the front ends fill their field with it.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from gesprekscoach.content.after_texts import fill, progress_texts
from gesprekscoach.dates import day_month_year, instant_key
from gesprekscoach.session.errors import CommandError

if TYPE_CHECKING:
    from gesprekscoach.content.models import Content
    from gesprekscoach.store.models import Preparation
    from gesprekscoach.store.summaries import PreparationSummary


def after_too_early(prep: Preparation, content: Content, today: date) -> str | None:
    """The question to ask before 'na het gesprek' is filled in before the meeting's day; None when it is time."""
    if today >= prep.meeting_date:
        return None
    return fill(progress_texts(content).after_too_early, datum=day_month_year(prep.meeting_date))


def check_report_date(prep: Preparation, content: Content, on: date) -> None:
    """Raise CommandError (Dutch) when the report would have come in before the meeting."""
    if on < prep.meeting_date:
        raise CommandError(fill(progress_texts(content).report_before_meeting, datum=day_month_year(prep.meeting_date)))


def previous_with_whom(preparations: Iterable[Preparation | PreparationSummary], before: date | None = None) -> str:
    """The name of 'met wie' of the latest conversation (before `before`, when given) that has one; '' when none."""
    named = [
        prep
        for prep in preparations
        if " ".join(prep.with_whom.split()) and (before is None or prep.meeting_date < before)
    ]
    if not named:
        return ""
    latest = max(named, key=lambda prep: (prep.meeting_date, instant_key(prep.created_at), prep.id))
    return " ".join(latest.with_whom.split())
