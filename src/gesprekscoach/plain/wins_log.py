"""The wins log in the plain mode: write down what went well, tag it with a goal, and see this period.

The log and its rules are the session's (`session.wins_logbook`). The list is read aloud with
numbers, newest first; 'prive 2' marks entry 2 'alleen voor mij' (or shared again), 'weg 2'
removes it after asking; 'overzicht' writes an overview of a period (`wins_digest.py`). 'klaar',
or Enter on an empty line, goes back to the menu.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from pathlib import Path

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.content.templates import fill
from gesprekscoach.dates import day_month_year
from gesprekscoach.plain.console import DONE_WORD, BackRequested, PlainIO
from gesprekscoach.plain.help import logbook_help
from gesprekscoach.plain.list_editor import REMOVE_WORD
from gesprekscoach.plain.wins_digest import run_digest
from gesprekscoach.session.clock import Clock
from gesprekscoach.session.wins_logbook import GoalChoice, LogbookPage, WinsLogbook
from gesprekscoach.store.models import LogEntry
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import LogError

PRIVATE_WORDS = frozenset({"prive", "privé"})


def entry_line(entry: LogEntry, page: LogbookPage) -> str:
    """One entry as it is read: date, text, its goal, and whether it is only for you."""
    line = f"{day_month_year(entry.at.date())}: {' '.join(entry.text.split())}"
    goal = page.goal_of(entry)
    if goal:
        line += f". Bij je doel: {goal}"
    if entry.private:
        line += ". Alleen voor jou"
    return line + "."


def run_wins_log(io: PlainIO, content: Content, store: PreparationStore, clock: Clock, cwd: Path) -> None:
    """Show the log and take new entries until 'klaar' (or Enter); 'terug' raises BackRequested.

    The word of `digest_word` (content: 'overzicht') makes an overview of a period, saved in `cwd`.
    """
    digest_word = around_meeting_texts(content).digest_word.strip().lower()
    offer = fill(around_meeting_texts(content).digest_offer, label=digest_word)
    logbook = WinsLogbook(store, content, clock)
    with io.helping(logbook_help):
        io.blank()
        io.say("Mijn logboek: wat ging er goed?")
        io.say("Schrijf het meteen op. Dan weet je het nog bij je volgende gesprek.")
        while True:
            try:
                page = logbook.page()
            except LogError as error:
                io.say(str(error))
                return
            for notice in page.notices:
                io.say(f"Let op: {notice}")
            _show(io, page)
            io.say(offer)
            line = io.read_answer("> ").strip()
            if not line or line.lower() == DONE_WORD:
                return
            if line.lower() == digest_word:
                try:
                    run_digest(io, content, store, clock, cwd)
                except BackRequested:
                    pass
                continue
            try:
                _act(io, logbook, page, line)
            except LogError as error:
                io.say(str(error))


def _show(io: PlainIO, page: LogbookPage) -> None:
    io.blank()
    count = len(page.entries)
    if not count:
        io.say(f"{page.since}: nog niets.")
    else:
        io.say(f"{page.since}: {count} {'punt' if count == 1 else 'punten'}. Het nieuwste eerst:")
        io.numbered([entry_line(entry, page) for entry in page.entries])
    io.say(f"Typ wat er goed ging. Typ {DONE_WORD} om terug te gaan naar het menu. Enter = terug naar het menu.")
    if count:
        io.say(
            "Of typ prive 2 om punt 2 alleen voor jou te houden (nog eens: weer niet), "
            f"of {REMOVE_WORD} 2 om punt 2 weg te halen."
        )


def _entry_command(io: PlainIO, line: str, page: LogbookPage) -> tuple[str, LogEntry | None] | None:
    """('prive' or 'weg', the entry) for a command; (word, None) when there is no such entry; None: no command."""
    parts = line.lower().split()
    if len(parts) != 2 or not parts[1].isdigit() or (parts[0] not in PRIVATE_WORDS and parts[0] != REMOVE_WORD):
        return None
    number = int(parts[1])
    if not 1 <= number <= len(page.entries):
        io.say(f"Er is geen punt {number}.")
        return parts[0], None
    return parts[0], page.entries[number - 1]


def _act(io: PlainIO, logbook: WinsLogbook, page: LogbookPage, line: str) -> None:
    command = _entry_command(io, line, page)
    if command is not None:
        word, entry = command
        if entry is None:
            return
        if word == REMOVE_WORD:
            if io.ask_yes_no(f"Wil je dit punt weghalen? {' '.join(entry.text.split())}", default=False):
                logbook.remove(entry)
                io.say("Weggehaald.")
            return
        logbook.set_private(entry, not entry.private)
        if entry.private:
            io.say("Dit punt mag weer op je blad.")
        else:
            io.say("Dit punt is nu alleen voor jou. Het komt nooit op je blad.")
        return
    goal = _ask_goal(io, page.goals)
    added = logbook.add(line, goal)
    said = f"Bewaard in je logboek ({day_month_year(added.at.date())})"
    io.say(said + (f", bij je doel: {goal.title}." if goal is not None else "."))


def _ask_goal(io: PlainIO, goals: list[GoalChoice]) -> GoalChoice | None:
    if not goals:
        return None
    io.say("Bij welk doel hoort het?")
    io.numbered([goal.title for goal in goals] + ["Bij geen doel"])
    index = io.ask_choice("Typ een nummer.", len(goals) + 1, default=len(goals), default_label="bij geen doel")
    return goals[index] if index < len(goals) else None
