"""`gesprekscoach logboek` (alias `log`): add a win to the log, or list this period's wins, without the coach.

    gesprekscoach logboek "Klantpresentatie gegeven, positieve reacties" [--doel doel-1] [--prive]
    gesprekscoach logboek            # this period's entries, grouped by goal
    gesprekscoach logboek --alles    # every entry

Adding an entry without `--doel` reads no preparations and, of the content, only the check
texts (cached), so it answers at once. After saving, the entry is read by the
selling-yourself-short check (`checks.understatement`): when it makes your own work smaller
than it was, the coach says how, asks a short question and, where it can, gives a stronger
phrasing. The entry itself is saved as typed. `--vandaag` and `--nu` (`--today`, `--now`) set the date and time (for tests, and to note something from
yesterday); without them the clock is read when the entry is written (`dates.now`), not
when the command starts. Plain Python: never imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time
from typing import TYPE_CHECKING, NoReturn

from gesprekscoach import dates
from gesprekscoach.dates import day_month_year
from gesprekscoach.store.wins_log import GoalNotFound, LogError, WinsLogStore

if TYPE_CHECKING:
    from gesprekscoach.content.models import CheckTexts

PRIVATE_MARK = " (alleen voor mij)"


def _now(args: argparse.Namespace) -> datetime | None:
    """The moment from --now or --today (None when neither is given); SystemExit(2) when wrong."""
    now_text = getattr(args, "now", None)
    today_text = getattr(args, "today", None)
    if now_text:
        try:
            moment = datetime.fromisoformat(now_text)
        except ValueError:
            _fail(f"'{now_text}' is geen tijdstip. Typ bijvoorbeeld 2027-03-12T10:15.")
        return moment if moment.tzinfo is not None else moment.astimezone()
    if today_text:
        try:
            day = date.fromisoformat(today_text)
        except ValueError:
            _fail(f"'{today_text}' is geen datum. Typ bijvoorbeeld 2027-03-12.")
        return datetime.combine(day, time(12, 0)).astimezone()
    return None


def _fail(message: str) -> NoReturn:
    print(f"gesprekscoach logboek: {message}", file=sys.stderr)
    raise SystemExit(2)


def cmd_log(args: argparse.Namespace) -> int:
    """Add an entry (when a text is given) or list the entries; returns the exit code."""
    moment = _now(args)
    text = " ".join(args.text) if args.text else ""
    try:
        store = WinsLogStore()
    except LogError as error:
        print(f"gesprekscoach logboek: {error}", file=sys.stderr)
        return 1
    try:
        if text.strip():
            return _add(args, store, text, moment)
        if args.doel or args.prive:
            _fail("Schrijf ook op wat er goed ging, tussen aanhalingstekens.")
        return _list(args, store, moment.date() if moment is not None else dates.today())
    except LogError as error:
        print(f"gesprekscoach logboek: {error}", file=sys.stderr)
        return 1
    finally:
        for moved in store.moved:
            print(f"Let op: {moved.message()}", file=sys.stderr)


def _add(args: argparse.Namespace, store: WinsLogStore, text: str, moment: datetime | None) -> int:
    """Add the entry, dated `moment` (None: the moment it is written)."""
    goal = source = None
    if args.doel:
        from gesprekscoach.store.preparations import PreparationStore
        from gesprekscoach.store.wins_log import resolve_goal

        listing = PreparationStore(store.home).list()
        today = moment.date() if moment is not None else dates.today()
        try:
            source, goal = resolve_goal(listing.preparations, args.doel, today)
        except GoalNotFound as error:
            print(f"gesprekscoach logboek: {error}", file=sys.stderr)
            return 2
    entry = store.add(
        text, now=moment, goal=goal, goal_source=source, private=args.prive, tags=getattr(args, "tag", None) or []
    )
    line = f"Bewaard in je logboek ({day_month_year(entry.at.date())})"
    if goal is not None:
        line += f", bij je doel '{goal.title()}'"
    line += "."
    if args.prive:
        line += " Dit punt is alleen voor jou: het komt niet op je blad."
    print(line)
    for advice in understatement_lines(text, _check_texts_or_none(args)):
        print(advice)
    return 0


def understatement_lines(text: str, texts: CheckTexts | None) -> list[str]:
    """What the selling-yourself-short check says about an entry: per signal its label, why and a question.

    Empty when the entry is fine or the check texts could not be read.
    """
    if texts is None:
        return []
    from gesprekscoach.checks.understatement import check_understatement

    lines: list[str] = []
    for signal in check_understatement(text, texts=texts).signals:
        group = getattr(texts.understatement, signal.kind)
        label = group.label if group.label.endswith(("?", "!", ".")) else f"{group.label}."
        lines += ["", f"{label} {signal.explanation}", f"  {signal.question}"]
        if signal.stronger:
            lines.append(f"  {texts.understatement.stronger_label}: {signal.stronger}")
    return lines


def _check_texts_or_none(args: argparse.Namespace) -> CheckTexts | None:
    """The check texts of the content in use, or None when they cannot be read (the entry is saved anyway)."""
    from gesprekscoach.content.loader import ContentError, load_check_texts

    try:
        return load_check_texts(getattr(args, "content", None))
    except (ContentError, OSError):
        return None


def _list(args: argparse.Namespace, store: WinsLogStore, today: date) -> int:
    """Print this period's wins (or all of them), grouped by goal.

    Reads what a list shows of the log and of every preparation (`store.summaries`): files whose
    exact bytes passed validation before are not validated again, so no models are built.
    """
    from gesprekscoach.cli.preparations import conversation_names
    from gesprekscoach.session.win_groups import goal_titles, group_wins
    from gesprekscoach.store.preparations import PreparationStore
    from gesprekscoach.store.wins_log import current_goals, entries_between, period_start

    log = store.summary()
    preparations = PreparationStore(store.home).summaries().summaries
    if args.alles:
        start = min((entry.at.date() for entry in log.entries), default=today)
        heading = "Je hele logboek"
        entries = entries_between(log, start)
    else:
        start, meeting = period_start(preparations, today)
        if meeting is not None:
            names = conversation_names(args)
            name = names.get(meeting.conversation, meeting.conversation) if names is not None else "gesprek"
            heading = f"Je logboek sinds je {name} van {day_month_year(start)}"
        else:
            heading = f"Je logboek sinds {day_month_year(start)}"
        entries = entries_between(log, start, today)
    current = current_goals(preparations, today)
    first = [(current[0].id, goal.id) for goal in current[1]] if current is not None else []
    if not entries:
        print(f"{heading}: nog niets.")
    else:
        count = len(entries)
        print(f"{heading} ({count} {'punt' if count == 1 else 'punten'}):")
        titles = goal_titles(preparations)
        for group in group_wins(entries, preparations, first=first):
            print()
            if group.goal_key is None:
                print("Zonder doel")
            else:
                print(f"Doel: {titles.get(group.goal_key, group.title)} ({group.goal_key[1]})")
            for entry in group.entries:
                mark = PRIVATE_MARK if entry.private else ""
                print(f"  {day_month_year(entry.at.date())}: {' '.join(entry.text.split())}{mark}")
    print()
    if current is not None:
        print("Je doelen: " + "; ".join(f"{goal.id}: {goal.title()}" for goal in current[1]) + ".")
        print(f'Iets toevoegen: gesprekscoach logboek "wat er goed ging" --doel {current[1][0].id}')
    else:
        print('Iets toevoegen: gesprekscoach logboek "wat er goed ging"')
    return 0
