"""A wins log that stays alive: a gentle note after a quiet while, an overview of a period, and a
draft self-assessment.

- `quiet_note`: when the latest entry is four weeks old or more, a short note (text from the
  content); nothing when the log is empty (the user does not use it) or was used lately.
  `wins_quiet_note` reads the log itself, for a front end's start.
- `digest_markdown`: the entries of a period as Markdown, grouped by goal and by tag, dated.
- `self_assessment_markdown`: for a functionerings- or beoordelingsgesprek, a draft built from
  the log and the goals of the period, every line pointing to its dated entry
  ('- 12 maart 2027: …'), for the user to edit. Private entries are left out.

Local and plain: no AI, no network. Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.templates import fill
from gesprekscoach.dates import day_month_year
from gesprekscoach.session.cycle import conversation_name, goal_titles
from gesprekscoach.store.summaries import DatedEntry, EntryLog, MeetingRecord
from gesprekscoach.store.wins_log import (
    LogError,
    WinsLogStore,
    current_goals,
    entries_between,
    previous_meeting,
)

MeetingT = TypeVar("MeetingT", bound=MeetingRecord)

if TYPE_CHECKING:
    from gesprekscoach.content.models import AroundMeetingTexts, Content
    from gesprekscoach.session.clock import Clock
    from gesprekscoach.store.models import LogEntry, Preparation, WinsLog

QUIET_WEEKS = 4
"""After this many weeks without an entry, the coach gives its gentle note."""


def quiet_weeks(log: EntryLog[DatedEntry], today: date) -> int | None:
    """Whole weeks since the latest entry when that is `QUIET_WEEKS` or more; None otherwise (or an empty log)."""
    if not log.entries:
        return None
    latest = max(entry.at.date() for entry in log.entries)
    weeks = (today - latest).days // 7
    return weeks if weeks >= QUIET_WEEKS else None


def quiet_note(log: EntryLog[DatedEntry], content: Content, today: date) -> str | None:
    """The gentle note when nothing was logged for four weeks or more (None: no note)."""
    weeks = quiet_weeks(log, today)
    if weeks is None:
        return None
    return " ".join(fill(around_meeting_texts(content).wins_quiet, weken=str(weeks)).split())


def wins_quiet_note(log_store: WinsLogStore, content: Content, clock: Clock) -> str | None:
    """Read the log and give the gentle note, if any; None also when the log cannot be read."""
    try:
        log = log_store.load()
    except LogError:
        return None
    return quiet_note(log, content, clock.today())


def _line(entry: LogEntry, texts: AroundMeetingTexts, *, mark_private: bool = True) -> str:
    text = " ".join(entry.text.split())
    mark = f" {texts.private_mark}" if entry.private and mark_private else ""
    return f"- {day_month_year(entry.at.date())}: {text}{mark}"


def _goal_key(entry: LogEntry) -> tuple[str, str] | None:
    return (entry.goal_source, entry.goal) if entry.goal and entry.goal_source else None


def digest_markdown(
    log: WinsLog, preparations: Sequence[Preparation], content: Content, start: date, end: date
) -> tuple[str, int]:
    """The entries from `start` to `end` (both included) as Markdown, grouped by goal and by tag.

    Returns the text and the number of entries. An entry with a goal and tags is under both.
    """
    texts = around_meeting_texts(content)
    entries = entries_between(log, start, end)
    lines = [f"# {fill(texts.digest_title, van=day_month_year(start), tot=day_month_year(end))}", ""]
    if not entries:
        return "\n".join([*lines, texts.digest_empty, ""]), 0
    titles = goal_titles(preparations)
    by_goal: dict[tuple[str, str], list[LogEntry]] = {}
    by_tag: dict[str, list[LogEntry]] = {}
    loose: list[LogEntry] = []
    for entry in entries:
        key = _goal_key(entry)
        if key is not None:
            by_goal.setdefault(key, []).append(entry)
        for tag in entry.tags:
            by_tag.setdefault(tag, []).append(entry)
        if key is None and not entry.tags:
            loose.append(entry)
    if by_goal:
        lines += [f"## {texts.digest_goals}", ""]
        for key, items in by_goal.items():
            lines += [f"### {fill(texts.digest_goal, doel=titles.get(key, key[1]))}", ""]
            lines += [_line(entry, texts) for entry in items] + [""]
    if by_tag:
        lines += [f"## {texts.digest_tags}", ""]
        for tag in sorted(by_tag):
            lines += [f"### {fill(texts.digest_tag, label=tag)}", ""]
            lines += [_line(entry, texts) for entry in by_tag[tag]] + [""]
    if loose:
        lines += [f"## {texts.digest_other}", ""]
        lines += [_line(entry, texts) for entry in loose] + [""]
    return "\n".join(lines), len(entries)


def digest_filename(start: date, end: date) -> str:
    """The proposed file name of an overview: 'logboek-<from>-<to>.md' (ISO dates, so the files sort by period)."""
    return f"logboek-{start.isoformat()}-{end.isoformat()}.md"


def offers_self_assessment(prep: MeetingRecord, content: Content) -> bool:
    """True when the preparation's conversation gets a draft self-assessment (content: `self_assessment`)."""
    try:
        return content.conversation(prep.conversation).self_assessment
    except KeyError:
        return False


def self_assessment_for(preparations: Sequence[MeetingT], content: Content, today: date) -> MeetingT | None:
    """The preparation a draft self-assessment is for when the user did not choose one: the first
    functionering or beoordeling from today on, else the latest one; None when there is none."""
    offered = [prep for prep in preparations if offers_self_assessment(prep, content)]
    coming = [prep for prep in offered if prep.meeting_date >= today]
    if coming:
        return min(coming, key=lambda prep: prep.meeting_date)
    return max(offered, key=lambda prep: prep.meeting_date, default=None)


def self_assessment_entries(log: WinsLog, preparations: Sequence[Preparation], target: Preparation) -> list[LogEntry]:
    """The shared entries of the period before `target`'s meeting: from the previous meeting up to that day."""
    earlier = [prep for prep in preparations if prep.id != target.id]
    previous = previous_meeting(earlier, target.meeting_date)
    start = previous.meeting_date if previous is not None else date.min
    return [entry for entry in entries_between(log, start, target.meeting_date) if not entry.private]


def self_assessment_markdown(
    log: WinsLog, preparations: Sequence[Preparation], content: Content, target: Preparation
) -> str:
    """A draft self-assessment for `target` as Markdown: per goal of the period its dated entries,
    then the other entries; every line is '- <date>: <entry>'."""
    texts = around_meeting_texts(content)
    name = conversation_name(target, content)
    lines = [
        f"# {fill(texts.self_assessment_title, gesprek=name, datum=day_month_year(target.meeting_date))}",
        "",
        " ".join(texts.self_assessment_intro.split()),
        "",
    ]
    entries = self_assessment_entries(log, preparations, target)
    earlier = [prep for prep in preparations if prep.id != target.id and prep.meeting_date < target.meeting_date]
    current = current_goals(earlier, target.meeting_date)
    used: set[str] = set()
    if current is not None:
        source, goals = current
        for goal in goals:
            if goal.private:
                continue
            lines += [f"## {fill(texts.self_assessment_goal, doel=goal.title())}", ""]
            mine = [entry for entry in entries if entry.goal == goal.id and entry.goal_source == source.id]
            used.update(entry.id for entry in mine)
            lines += [_line(entry, texts) for entry in mine] or [texts.self_assessment_goal_empty]
            lines.append("")
    rest = [entry for entry in entries if entry.id not in used]
    lines += [f"## {texts.self_assessment_other}", ""]
    if rest:
        lines += [_line(entry, texts) for entry in rest]
    elif not entries:
        lines.append(texts.self_assessment_none)
    lines.append("")
    return "\n".join(lines)


def self_assessment_filename(prep: MeetingRecord) -> str:
    """The proposed file name: 'zelfbeoordeling-<preparation id>.md'."""
    return f"zelfbeoordeling-{prep.id}.md"
