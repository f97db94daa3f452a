"""Concrete examples: when to ask for one, and what to choose from (the wins log, the preparation).

The rules, in one place for both front ends:

- an answer gets an example when its question asks for one and the answer has words (or an
  example is there already, so it can be kept or cleared): a skipped answer gets no example;
- a chosen example is added under what is there (never replaces it);
- a win from the log is used as '3 februari 2027: what went well';
- the reaction letter offers the examples of the preparation and the wins since the previous
  conversation, but never what is marked 'alleen voor mij' (the letter goes to the manager).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from gesprekscoach.content.models import Content, Question
from gesprekscoach.dates import day_month_year
from gesprekscoach.session.cycle import WinGroup, wins_since_previous
from gesprekscoach.sheet.letter import preparation_examples
from gesprekscoach.store.models import Answer, LogEntry, Preparation
from gesprekscoach.store.preparations import PreparationStore, StoreError
from gesprekscoach.store.wins_log import LogError, WinsLogStore


@dataclass(frozen=True)
class ExampleChoice:
    """One example to choose: how it is shown, the text it puts in, and whether it is only for you."""

    shown: str
    text: str
    private: bool = False


@dataclass(frozen=True)
class ExampleGroup:
    """Examples with a common title ('Doel: …', 'Uit je voorbereiding')."""

    title: str
    choices: list[ExampleChoice] = field(default_factory=list)


def example_wanted(question: Question, answer: Answer) -> bool:
    """True when the question asks for an example and the answer has words (or an example already)."""
    return question.ask_example and bool(answer.text.strip() or answer.example.strip())


def with_example(current: str, chosen: str) -> str:
    """The example field after choosing `chosen`: added on a new line under what is there."""
    kept = current.rstrip()
    return f"{kept}\n{chosen}" if kept.strip() else chosen


def win_text(entry: LogEntry) -> str:
    """A win as it goes into an example: '3 februari 2027: Eerste presentatie gegeven'."""
    return f"{day_month_year(entry.at.date())}: {' '.join(entry.text.split())}"


def wins_to_offer(groups: Sequence[WinGroup]) -> list[ExampleGroup]:
    """The wins of a questions step as choices, by goal ('Zonder doel' last); private ones are marked."""
    offered: list[ExampleGroup] = []
    for group in groups:
        choices = [ExampleChoice(win_text(entry), win_text(entry), entry.private) for entry in group.entries]
        if choices:
            offered.append(ExampleGroup(f"Doel: {group.title}" if group.title else "Zonder doel", choices))
    return offered


def letter_examples(prep: Preparation, content: Content, store: PreparationStore) -> list[ExampleGroup]:
    """The examples to back up a point of the reaction letter: the preparation's, then the log's.

    Only what may go to the manager; what cannot be read is left out (never an error).
    """
    groups: list[ExampleGroup] = []
    own = [
        ExampleChoice(f"{example} ({question})", example) for question, example in preparation_examples(prep, content)
    ]
    if own:
        groups.append(ExampleGroup("Uit je voorbereiding", own))
    try:
        log = WinsLogStore(store.home).load()
        preparations = store.list().preparations
    except (LogError, StoreError, OSError):
        return groups
    _start, wins = wins_since_previous(prep, preparations, log)
    for group in wins:
        shared = [ExampleChoice(win_text(entry), entry.text) for entry in group.entries if not entry.private]
        if shared:
            groups.append(ExampleGroup(f"Uit je logboek: {group.title}" if group.title else "Uit je logboek", shared))
    return groups
