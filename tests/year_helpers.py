"""A year of the conversation cycle, built through the core API (for the cycle tests).

planningsgesprek on 15 January 2027 (two SMART goals; three agreements recorded after it),
functioneringsgesprek on 10 June 2027, beoordelingsgesprek on 6 December 2027. Every time
is fixed: nothing depends on today's date.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from gesprekscoach.store.models import AfterMeetingRecord, Agreement, Disagreement, Goal, Preparation
from gesprekscoach.store.preparations import PreparationStore

TZ = timezone(timedelta(hours=1))

PLANNING_DAY = date(2027, 1, 15)
FUNCTIONING_DAY = date(2027, 6, 10)
REVIEW_DAY = date(2027, 12, 6)

GOAL_PRESENT = "Ik geef voor 1 juli 2027 drie klantpresentaties over het nieuwe systeem"
GOAL_COURSE = "Ik rond voor 1 oktober 2027 de cursus Excel voor gevorderden af met een certificaat"

AGREEMENT_MINE = "Cursus Excel aanvragen bij HR"
AGREEMENT_MANAGER = "Budget voor de cursus regelen"
AGREEMENT_OTHER = "Mij inwerken in het nieuwe systeem"

DISAGREEMENT = "Ik zou te weinig initiatief nemen"


def at(day: date, hour: int = 20) -> datetime:
    """A fixed moment on this day."""
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ)


def make_planning(store: PreparationStore, *, private_goal: bool = False) -> Preparation:
    """The planningsgesprek with two goals, saved."""
    prep = store.create("planning", PLANNING_DAY, "Anne de Vries", now=at(PLANNING_DAY - timedelta(days=2)))
    prep.goals = [
        Goal(text=GOAL_PRESENT, acceptabel="ja", realistisch="ja"),
        Goal(text=GOAL_COURSE, acceptabel="ja", realistisch="ja", private=private_goal),
    ]
    store.save(prep, now=at(PLANNING_DAY - timedelta(days=1)))
    return prep


def record_planning_after(
    store: PreparationStore, prep: Preparation, *, private_agreement: bool = False
) -> Preparation:
    """The three agreements of the planningsgesprek, and the report that came in."""
    prep.after = AfterMeetingRecord(
        agreements=[
            Agreement(what=AGREEMENT_MINE, owner="ik", deadline_text="voor 1 februari 2027", deadline=date(2027, 2, 1)),
            Agreement(what=AGREEMENT_MANAGER, owner="leidinggevende", deadline=date(2027, 3, 1)),
            Agreement(what=AGREEMENT_OTHER, owner="ander", owner_name="Kees", private=private_agreement),
        ],
        went_as_prepared="De doelen zijn aangenomen.",
        report_received=True,
        report_received_on=date(2027, 1, 22),
        recorded_at=at(PLANNING_DAY + timedelta(days=1)),
    )
    store.save(prep, now=at(PLANNING_DAY + timedelta(days=1)))
    return prep


def record_functioning_after(store: PreparationStore, prep: Preparation) -> Preparation:
    """After the functioneringsgesprek: one new agreement and a disagreement with the report."""
    prep.after = AfterMeetingRecord(
        agreements=[Agreement(what="Elke maand een kort overleg", owner="leidinggevende")],
        report_received=True,
        report_received_on=date(2027, 6, 17),
        disagrees=True,
        disagreements=[
            Disagreement(
                point=DISAGREEMENT,
                why="Ik heb zelf twee verbeteringen voorgesteld.",
                example="In maart stelde ik een nieuwe werkwijze voor de planning voor.",
            )
        ],
    )
    store.save(prep, now=at(FUNCTIONING_DAY + timedelta(days=8)))
    return prep
