"""A whole year of the conversation cycle as data: what the user types and chooses, stage by stage.

The same year as the full-screen test (`tests/test_tui_cycle.py`): a planningsgesprek on
15 January 2027 (two SMART goals, a private agenda point) → three agreements noted after it
(one private) and the report → wins logged over the months (one private) → a
functioneringsgesprek that marks what is carried over, with a private answer, a win as an
example and a new goal → after it: a promise of the manager, the report, a disagreement and the reaction
letter → one more win → a beoordelingsgesprek that starts from all of it (also saved in full).

Each stage has its own day; nothing depends on today's date. A front end's test turns the
stages into typed lines (plain mode: `tests/test_plain_year.py`) or key presses (the full
screen), so the two can be compared on what they save. `YEAR` is the journey.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from year_helpers import TZ

GOAL_1 = "Drie demo's geven voor 1 juli"
GOAL_2 = "Certificaat Excel halen voor 1 oktober"
GOAL_3 = "Twee trainingen feedback geven volgen voor 1 november"
"""The goal set in the functioneringsgesprek: it carries over into the beoordelingsgesprek."""
MANAGER = "Anne de Vries"


@dataclass(frozen=True)
class GoalInput:
    """A goal typed in the goals step: its sentence and the answers to A and R."""

    text: str
    acceptabel: str = "ja"
    realistisch: str = "ja"


@dataclass(frozen=True)
class CarryMark:
    """How a carried-over item is marked: found by its text; `choice` is a value of `session.carry_over`."""

    text: str
    choice: str
    note: str = ""


@dataclass(frozen=True)
class AnswerInput:
    """An answer to a question; `win_example` picks the first win the step offers as the example."""

    question_id: str
    text: str
    example: str = ""
    win_example: bool = False
    private: bool = False


@dataclass(frozen=True)
class Preparing:
    """Prepare a conversation: start it, fill in some steps, save the sheet."""

    today: date
    conversation: str
    meeting: str
    """The meeting's date as typed ('15-01-2027')."""
    with_whom: str = MANAGER
    goals: tuple[GoalInput, ...] = ()
    agenda: tuple[str, ...] = ()
    private_agenda: tuple[int, ...] = ()
    """Agenda points (numbered from 1) that are only for you."""
    carry: tuple[CarryMark, ...] = ()
    answers: tuple[AnswerInput, ...] = ()
    full_sheet: bool = False
    """Also save the full version (with what is only for you)."""


@dataclass(frozen=True)
class AgreementInput:
    """An agreement: wat, wie, wanneer as typed."""

    what: str
    who: str = ""
    when: str = ""
    private: bool = False


@dataclass(frozen=True)
class LetterInput:
    """The reaction letter: one point, why, an example chosen from the preparation, the name under it."""

    point: str
    why: str
    signed_by: str


@dataclass(frozen=True)
class AfterMeeting:
    """After the meeting of the latest conversation: agreements, the report, maybe the letter."""

    today: date
    conversation: str
    agreements: tuple[AgreementInput, ...] = ()
    report_received: bool = True
    disagrees: bool = False
    letter: LetterInput | None = None


@dataclass(frozen=True)
class WinInput:
    """One entry of the wins log, written at `at`; `goal` numbers the planningsgesprek's goals from 1."""

    text: str
    at: datetime
    goal: int | None = None
    private: bool = False


@dataclass(frozen=True)
class Logging:
    """Wins written down over the months."""

    wins: tuple[WinInput, ...]


Stage = Preparing | AfterMeeting | Logging


def moment(day: date, hour: int = 12, minute: int = 0) -> datetime:
    """A fixed moment on a day (time zone of `year_helpers`)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


YEAR: tuple[Stage, ...] = (
    Preparing(
        today=date(2027, 1, 10),
        conversation="planning",
        meeting="15-01-2027",
        goals=(GoalInput(GOAL_1), GoalInput(GOAL_2)),
        agenda=("Mijn doelen", "Burn-out"),
        private_agenda=(2,),
    ),
    AfterMeeting(
        today=date(2027, 1, 22),
        conversation="planning",
        agreements=(
            AgreementInput("Cursus aanvragen", "", "1 feb"),
            AgreementInput("Budget regelen", "Anne", "eind maart"),
            AgreementInput("Inwerken", "Kees", "", private=True),
        ),
    ),
    Logging(
        wins=(
            WinInput("Eerste presentatie gegeven", moment(date(2027, 2, 3), 16), goal=1),
            WinInput("Module 1 van de cursus af", moment(date(2027, 3, 10)), goal=2),
            WinInput("Een compliment van de klant", moment(date(2027, 4, 2), 9, 30)),
            WinInput("Ruzie in het team gesust", moment(date(2027, 5, 12), 17), private=True),
        )
    ),
    Preparing(
        today=date(2027, 6, 8),
        conversation="functionering",
        meeting="10-06-2027",
        carry=(
            CarryMark("Cursus aanvragen", "gedaan", "20 jan"),
            CarryMark(GOAL_1, "deels", "Twee"),
            CarryMark(GOAL_2, "behaald"),
        ),
        answers=(
            AnswerInput("wat-ging-minder", "Thuis zwaar", private=True),
            AnswerInput("doelen-behaald", "Het tweede doel is gehaald", win_example=True),
        ),
        goals=(GoalInput(GOAL_3),),
    ),
    AfterMeeting(
        today=date(2027, 6, 18),
        conversation="functionering",
        agreements=(AgreementInput("Maandelijks overleg", "baas", ""),),
        disagrees=True,
        letter=LetterInput("Te weinig initiatief", "Twee voorstellen.", "Sam"),
    ),
    Logging(wins=(WinInput("Vierde presentatie in oktober", moment(date(2027, 10, 20), 11), goal=1),)),
    Preparing(
        today=date(2027, 12, 1),
        conversation="beoordeling",
        meeting="06-12-2027",
        carry=(CarryMark(GOAL_1, "behaald"),),
        full_sheet=True,
    ),
)
"""The year, stage by stage."""
