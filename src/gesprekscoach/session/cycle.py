"""The conversation cycle: what a new conversation starts from, the wins since the last one,
and the reminder to ask for the report.

The planningsgesprek sets goals and agreements, the functioneringsgesprek looks at how they
go, the beoordelingsgesprek judges the result; each starts from what came before.
`refresh_carry_over` fills a preparation's `carry_over` with:

- **afspraak / belofte**: every agreement recorded after an earlier meeting that is not done
  yet; those the manager owns are 'belofte' (the manager's own promises);
- **doel**: the goals of every earlier conversation of this period that has goals (a
  planningsgesprek or POP sets them, a functioneringsgesprek or voortgangsgesprek may add
  some), all of them, so the next conversations can mark them behaald, deels or niet. The
  period starts at the latest earlier conversation that sets goals (`sets_goals` in the
  content); when none did, it is the year before this meeting (`goal_sources`);
- **bezwaar**: the points of the latest earlier report the user disagreed with.

An item that a later preparation already marked 'gedaan' or 'vervallen' is not carried again;
an open item carries its note (and, for a goal, its result) to the next conversation, so the
beoordelingsgesprek starts where the functioneringsgesprek left off. Refreshing never removes
an item and never undoes what the user marked.

Every function gets the dates it needs (`today`); nothing here reads the clock.
Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from gesprekscoach.content.after_texts import report_reminder_text
from gesprekscoach.dates import day_month_year, instant_key
from gesprekscoach.session.win_groups import WinGroup as WinGroup  # the wins rules live there
from gesprekscoach.session.win_groups import goal_titles as goal_titles
from gesprekscoach.session.win_groups import group_wins as group_wins
from gesprekscoach.store.summaries import DatedPreparation, MeetingRecord
from gesprekscoach.store.wins_log import entries_between, previous_meeting

DatedT = TypeVar("DatedT", bound=DatedPreparation)
MeetingT = TypeVar("MeetingT", bound=MeetingRecord)

if TYPE_CHECKING:  # the models are imported by the rules that make them (the home screen needs none)
    from gesprekscoach.content.models import Content, ConversationType, QuestionsStep
    from gesprekscoach.store.models import CarryOverItem, Goal, GoalResult, Preparation, WinsLog
    from gesprekscoach.store.preparations import PreparationStore

# --------------------------------------------------------------------------- carry-over


def conversation_name(prep: MeetingRecord | Preparation, content: Content) -> str:
    """The name of the preparation's conversation ('functioneringsgesprek'), or its id."""
    try:
        return content.conversation(prep.conversation).name
    except KeyError:
        return prep.conversation


def source_label(prep: Preparation, content: Content) -> str:
    """Where an item comes from, in words: 'planningsgesprek van 15 januari 2027'."""
    return f"{conversation_name(prep, content)} van {day_month_year(prep.meeting_date)}"


def _in_meeting_order(preparations: Iterable[DatedT]) -> list[DatedT]:
    return sorted(preparations, key=lambda prep: (prep.meeting_date, instant_key(prep.created_at), prep.id))


def earlier_preparations(prep: Preparation, preparations: Iterable[Preparation]) -> list[Preparation]:
    """The other preparations whose meeting was before this one's, oldest first."""
    return _in_meeting_order(p for p in preparations if p.id != prep.id and p.meeting_date < prep.meeting_date)


def _sets_goals(prep: Preparation, content: Content) -> bool:
    try:
        return content.conversation(prep.conversation).sets_goals
    except KeyError:
        return False


def _has_goals(prep: Preparation) -> bool:
    return any(goal.title() for goal in prep.goals)


def goal_sources(prep: Preparation, earlier: Sequence[Preparation], content: Content) -> list[Preparation]:
    """The earlier preparations whose goals carry over into `prep`, oldest first.

    Every conversation with goals counts, from the latest one that sets the goals of a period
    (planningsgesprek, POP) on; when no earlier conversation sets goals, those of the year
    before this meeting.
    """
    with_goals = [other for other in earlier if _has_goals(other)]
    setters = [index for index, other in enumerate(with_goals) if _sets_goals(other, content)]
    if setters:
        return with_goals[setters[-1] :]
    start = year_before(prep.meeting_date)
    return [other for other in with_goals if other.meeting_date >= start]


def year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _goal_deadline(goal: Goal, source: Preparation, content: Content) -> date | None:
    """The deadline the SMART check reads from the goal, counted from the meeting it was set in."""
    parts = [" ".join(part.split()).rstrip(".") for part in (goal.text, goal.specifiek, goal.tijdgebonden)]
    text = ". ".join(part for part in parts if part)
    if not text:
        return None
    from gesprekscoach.checks.smart import (
        check_goal,  # the SMART check loads its lexicons; not needed on the home screen
    )

    try:
        return check_goal(text, today=source.meeting_date, texts=content.checks).deadline
    except Exception:
        return None


def build_carry_over(prep: Preparation, preparations: Iterable[Preparation], content: Content) -> list[CarryOverItem]:
    """The items this preparation starts from, fresh (see the module docstring), in kind order."""
    from gesprekscoach.content.models import CARRY_OVER_KINDS
    from gesprekscoach.store.models import CarryOverItem

    earlier = earlier_preparations(prep, preparations)
    latest: dict[str, CarryOverItem] = {}
    """The latest state of each carried item, from the carry-over lists of the earlier preparations."""
    for other in earlier:
        for item in other.carry_over:
            latest[item.id] = item

    built: list[CarryOverItem] = []

    def add(item: CarryOverItem, closed_skips: bool = True) -> None:
        state = latest.get(item.id)
        if state is not None:
            if closed_skips and state.status != "open":
                return
            if state.status == "vervallen":
                return
            item.status = state.status
            item.result = state.result
            item.note = state.note
            item.private = item.private or state.private
        built.append(item)

    for source in goal_sources(prep, earlier, content):
        label = source_label(source, content)
        for goal in source.goals:
            if not goal.title():
                continue
            add(
                CarryOverItem(
                    id=f"{source.id}:{goal.id}",
                    kind="doel",
                    text=goal.title(),
                    source_id=source.id,
                    source_label=label,
                    ref=goal.id,
                    deadline=_goal_deadline(goal, source, content),
                    private=goal.private,
                ),
                closed_skips=False,
            )

    for other in earlier:
        if other.after is None:
            continue
        label = source_label(other, content)
        for agreement in other.after.agreements:
            if agreement.done or not agreement.what.strip():
                continue
            add(
                CarryOverItem(
                    id=f"{other.id}:{agreement.id}",
                    kind="belofte" if agreement.owner == "leidinggevende" else "afspraak",
                    text=" ".join(agreement.what.split()),
                    source_id=other.id,
                    source_label=label,
                    ref=agreement.id,
                    owner=agreement.who(),
                    deadline=agreement.deadline,
                    private=agreement.private,
                )
            )

    reports = [
        other
        for other in earlier
        if other.after is not None and other.after.disagrees and any(d.point.strip() for d in other.after.disagreements)
    ]
    if reports:
        report = reports[-1]
        assert report.after is not None
        label = f"verslag van het {source_label(report, content)}"
        for point in report.after.disagreements:
            if not point.point.strip():
                continue
            add(
                CarryOverItem(
                    id=f"{report.id}:{point.id}",
                    kind="bezwaar",
                    text=" ".join(point.point.split()),
                    source_id=report.id,
                    source_label=label,
                    ref=point.id,
                )
            )

    order = {kind: number for number, kind in enumerate(CARRY_OVER_KINDS)}
    return sorted(built, key=lambda item: order[item.kind])  # stable: source order within a kind


def refresh_carry_over(prep: Preparation, preparations: Iterable[Preparation], content: Content) -> bool:
    """Bring `prep.carry_over` up to date with the earlier preparations; True when it changed.

    New items are added; items already there keep what the user marked (status, result,
    note, private) and take the text, owner and deadline of their source. Items whose source
    is gone are kept, so nothing the user wrote is lost.
    """
    existing = {item.id: item for item in prep.carry_over}
    merged: list[CarryOverItem] = []
    for fresh in build_carry_over(prep, preparations, content):
        old = existing.pop(fresh.id, None)
        if old is None:
            merged.append(fresh)
            continue
        updated = old.model_copy(
            update={
                "text": fresh.text,
                "source_label": fresh.source_label,
                "owner": fresh.owner,
                "deadline": fresh.deadline,
                "kind": fresh.kind,
            }
        )
        merged.append(updated)
    merged += existing.values()
    before = [item.model_dump() for item in prep.carry_over]
    after = [item.model_dump() for item in merged]
    if before == after:
        return False
    prep.carry_over = merged
    return True


def start_preparation(
    store: PreparationStore,
    content: Content,
    conversation: str,
    meeting_date: date,
    with_whom: str = "",
    *,
    now: datetime | None = None,
) -> Preparation:
    """Create a preparation (saved at once) that starts from what is still open from earlier ones.

    Raises StoreError (Dutch message) when it cannot be saved. Earlier preparations that
    cannot be read are skipped here: the store's listing reports them elsewhere.
    """
    prep = store.create(conversation, meeting_date, with_whom, now=now)
    others = store.list().preparations
    if refresh_carry_over(prep, others, content):
        store.save(prep, now=now if now is not None else prep.updated_at)
    return prep


def carry_over_for_step(prep: Preparation, conversation: ConversationType, step: QuestionsStep) -> list[CarryOverItem]:
    """The carried-over items a questions step shows.

    The step shows the kinds it names in `carry_over`. Kinds that no step of the conversation
    names are shown in its first questions step, so nothing carried over is out of sight.
    """
    from gesprekscoach.content.models import CARRY_OVER_KINDS, QuestionsStep

    kinds: set[str] = set(step.carry_over)
    questions_steps = [s for s in conversation.steps if isinstance(s, QuestionsStep)]
    if questions_steps and questions_steps[0].id == step.id:
        named = {kind for s in questions_steps for kind in s.carry_over}
        kinds |= set(CARRY_OVER_KINDS) - named
    return [item for item in prep.carry_over if item.kind in kinds]


def set_goal_result(item: CarryOverItem, result: GoalResult | None) -> None:
    """Mark how far a carried-over goal was reached; 'behaald' also marks it done."""
    item.result = result
    if result == "behaald":
        item.status = "gedaan"
    elif item.status == "gedaan":
        item.status = "open"


# --------------------------------------------------------------------------- wins


def wins_since_previous(
    prep: Preparation, preparations: Sequence[Preparation], log: WinsLog
) -> tuple[date | None, list[WinGroup]]:
    """The wins to offer in this preparation: the entries since the previous meeting, by goal.

    The period runs from the day of the latest meeting before this one (included; a year
    before this meeting when there was none) up to this meeting's day. Goals carried over
    into this preparation come first.
    """
    previous = previous_meeting([p for p in preparations if p.id != prep.id], prep.meeting_date)
    if previous is not None:
        start: date | None = previous.meeting_date
        since = previous.meeting_date
    else:
        start = None
        since = year_before(prep.meeting_date)
    entries = entries_between(log, since, prep.meeting_date)
    first = [(item.source_id, item.ref) for item in prep.carry_over if item.kind == "doel"]
    return start, group_wins(entries, preparations, first=first)


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class ReportReminder:
    """A meeting whose report has not come in while it should have."""

    prep: MeetingRecord
    """The preparation of that meeting (a `Preparation` or its `PreparationSummary`)."""
    days: int
    """Days since the meeting."""
    text: str
    """The reminder, in Dutch, from the content."""


def pending_reports(preparations: Iterable[MeetingT], today: date) -> list[MeetingT]:
    """The meetings whose report has not come in: only the latest meeting up to today counts.

    Once a newer conversation has taken place, the old report no longer gets a reminder. How
    long to wait before reminding is content (`report_reminders`).
    """
    past = _in_meeting_order(prep for prep in preparations if prep.meeting_date <= today)
    if not past:
        return []
    latest_day = past[-1].meeting_date
    return [prep for prep in past if prep.meeting_date == latest_day and not prep.report_received]


def report_reminders(
    preparations: Iterable[MeetingRecord], content: Content, today: date, days: int | None = None
) -> list[ReportReminder]:
    """Reminders to ask for the report: meetings at least `days` ago without a report received.

    `days` defaults to the content's `report_reminder_days`; which meetings count is `pending_reports`.
    """
    wait = days if days is not None else content.after.report_reminder_days
    reminders: list[ReportReminder] = []
    for prep in pending_reports(preparations, today):
        since = (today - prep.meeting_date).days
        if since < wait:
            continue
        text = report_reminder_text(
            content,
            conversation=conversation_name(prep, content),
            meeting=day_month_year(prep.meeting_date),
            days=since,
        )
        reminders.append(ReportReminder(prep, since, text))
    return reminders
