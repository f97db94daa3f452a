"""Issue 17, the rules of the application layer: every goal carries over, progress says what is
really done, the obvious date checks, and 'met wie' from the previous conversation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.session.cycle import start_preparation, wins_since_previous
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.store.models import Goal, LogEntry, WinsLog
from gesprekscoach.store.preparations import PreparationStore
from year_helpers import FUNCTIONING_DAY, GOAL_COURSE, GOAL_PRESENT, REVIEW_DAY, at, make_planning

GOAL_FUNCTIONING = "Ik volg voor 1 november 2027 een training feedback geven en pas die toe in het teamoverleg"


@pytest.fixture
def store(tmp_path: Path) -> PreparationStore:
    return PreparationStore(tmp_path / "home")


# --------------------------------------------------------------------------- 1. every goal carries over


def test_goals_of_a_functioneringsgesprek_carry_into_the_beoordelingsgesprek(
    store: PreparationStore, shipped_content: Content
) -> None:
    make_planning(store)
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    functioning.goals = [Goal(text=GOAL_FUNCTIONING, acceptabel="ja", realistisch="ja")]
    store.save(functioning, now=at(date(2027, 6, 2)))
    review = start_preparation(store, shipped_content, "beoordeling", REVIEW_DAY, now=at(date(2027, 12, 1)))
    goals = [(item.text, item.source_id) for item in review.carry_over if item.kind == "doel"]
    planning_id = next(p.id for p in store.list().preparations if p.conversation == "planning")
    assert goals == [
        (GOAL_PRESENT, planning_id),
        (GOAL_COURSE, planning_id),
        (GOAL_FUNCTIONING, functioning.id),
    ]
    carried = next(item for item in review.carry_over if item.text == GOAL_FUNCTIONING)
    assert carried.source_label == "functioneringsgesprek van 10 juni 2027"
    assert carried.deadline == date(2027, 11, 1)


def test_wins_are_grouped_under_the_goals_of_the_functioneringsgesprek(
    store: PreparationStore, shipped_content: Content
) -> None:
    make_planning(store)
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    functioning.goals = [Goal(text=GOAL_FUNCTIONING)]
    store.save(functioning, now=at(date(2027, 6, 2)))
    review = start_preparation(store, shipped_content, "beoordeling", REVIEW_DAY, now=at(date(2027, 12, 1)))
    log = WinsLog(
        entries=[
            LogEntry(
                id="w1", text="Training gevolgd", at=at(date(2027, 9, 3)), goal="doel-1", goal_source=functioning.id
            )
        ]
    )
    _start, groups = wins_since_previous(review, store.list().preparations, log)
    assert [(group.title, [e.text for e in group.entries]) for group in groups if group.entries] == [
        (GOAL_FUNCTIONING, ["Training gevolgd"])
    ]
    assert groups[0].goal_key == (functioning.id, "doel-1")


def test_without_a_planningsgesprek_the_goals_of_the_year_before_carry_over(
    store: PreparationStore, shipped_content: Content
) -> None:
    old = store.create("functionering", date(2026, 6, 1), now=at(date(2026, 5, 20)))
    old.goals = [Goal(text="Een doel van lang geleden")]
    store.save(old, now=at(date(2026, 5, 21)))
    recent = store.create("functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    recent.goals = [Goal(text=GOAL_FUNCTIONING)]
    store.save(recent, now=at(date(2027, 6, 2)))
    review = start_preparation(store, shipped_content, "beoordeling", REVIEW_DAY, now=at(date(2027, 12, 1)))
    assert [item.text for item in review.carry_over if item.kind == "doel"] == [GOAL_FUNCTIONING]


def test_an_old_preparation_opens_and_gains_the_goals(store: PreparationStore, shipped_content: Content) -> None:
    functioning = store.create("functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    functioning.goals = [Goal(text=GOAL_FUNCTIONING)]
    store.save(functioning, now=at(date(2027, 6, 2)))
    review = store.create("beoordeling", REVIEW_DAY, now=at(date(2027, 12, 1)))  # made before the rule
    assert review.carry_over == []
    opened = open_preparation(store, shipped_content, store.load(review.id))
    assert [item.text for item in opened.session.prep.carry_over] == [GOAL_FUNCTIONING]
    assert [item.text for item in store.load(review.id).carry_over] == [GOAL_FUNCTIONING]  # saved at once
