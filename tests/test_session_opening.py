"""Opening a preparation in its cycle through the session: new or existing, carry-over, wins,
and Dutch notices for what cannot be read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.session.errors import UnknownConversationError
from gesprekscoach.session.opening import conversation_for, open_preparation, start_new_preparation
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore
from session_helpers import fixed_clock
from year_helpers import (
    AGREEMENT_MINE,
    FUNCTIONING_DAY,
    GOAL_PRESENT,
    PLANNING_DAY,
    at,
    make_planning,
    record_planning_after,
)

JUNE_FIRST = fixed_clock(date(2027, 6, 1), hour=10)


@pytest.fixture
def store(tmp_path: Path) -> PreparationStore:
    return PreparationStore(tmp_path / "home")


def test_a_new_preparation_starts_from_the_cycle(store: PreparationStore, shipped_content: Content) -> None:
    planning = record_planning_after(store, make_planning(store))
    log = WinsLogStore(store.home)
    log.add("Eerste presentatie gegeven", now=at(date(2027, 2, 3)), goal=planning.goals[0], goal_source=planning)
    opened = start_new_preparation(
        store, shipped_content, "functionering", FUNCTIONING_DAY, "Anne de Vries", clock=JUNE_FIRST
    )
    prep = opened.session.prep
    assert [item.text for item in prep.carry_over][:1] == [GOAL_PRESENT]
    assert AGREEMENT_MINE in [item.text for item in prep.carry_over]
    assert opened.notices == []
    assert opened.wins_since == "sinds je planningsgesprek van 15 januari 2027"
    assert [(group.title, [e.text for e in group.entries]) for group in opened.wins] == [
        (GOAL_PRESENT, ["Eerste presentatie gegeven"])
    ]
    # saved at once, with the clock's time, carry-over included
    saved = store.load(prep.id)
    assert saved.created_at == saved.updated_at == JUNE_FIRST.now()
    assert [item.id for item in saved.carry_over] == [item.id for item in prep.carry_over]
    assert not opened.session.dirty


def test_opening_brings_the_carry_over_up_to_date(store: PreparationStore, shipped_content: Content) -> None:
    planning = make_planning(store)
    functioning = start_new_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, clock=JUNE_FIRST)
    assert [item.kind for item in functioning.session.prep.carry_over] == ["doel", "doel"]
    record_planning_after(store, planning)  # agreements noted later
    later = fixed_clock(date(2027, 6, 5))
    opened = open_preparation(store, shipped_content, store.load(functioning.session.prep.id), clock=later)
    kinds = [item.kind for item in opened.session.prep.carry_over]
    assert kinds == ["doel", "doel", "afspraak", "afspraak", "belofte"]
    saved = store.load(opened.session.prep.id)
    assert [item.kind for item in saved.carry_over] == kinds and saved.updated_at == later.now()
    # nothing new: opening again changes nothing on disk
    before = store.path_for(saved.id).read_bytes()
    open_preparation(store, shipped_content, store.load(saved.id), clock=fixed_clock(date(2027, 6, 6)))
    assert store.path_for(saved.id).read_bytes() == before


def test_without_an_earlier_meeting_the_wins_cover_a_year(store: PreparationStore, shipped_content: Content) -> None:
    opened = start_new_preparation(store, shipped_content, "planning", PLANNING_DAY, clock=fixed_clock())
    assert opened.wins == [] and opened.wins_since == "in het jaar voor dit gesprek"
    assert opened.session.prep.carry_over == []


def test_a_damaged_wins_log_is_a_notice_not_an_error(store: PreparationStore, shipped_content: Content) -> None:
    store.home.mkdir(parents=True)
    log = WinsLogStore(store.home)
    log.path.write_text("entries: [niet: goed", encoding="utf-8")
    opened = start_new_preparation(store, shipped_content, "planning", PLANNING_DAY, clock=fixed_clock())
    assert len(opened.notices) == 1 and "logboek" in opened.notices[0].lower()
    assert store.load(opened.session.prep.id).conversation == "planning"


def test_an_unknown_conversation_type(store: PreparationStore, shipped_content: Content) -> None:
    with pytest.raises(UnknownConversationError, match="ken ik niet meer"):
        start_new_preparation(store, shipped_content, "bestaat-niet", PLANNING_DAY, clock=fixed_clock())
    assert store.list().preparations == []
    moment = fixed_clock().now()
    odd = Preparation(id="x", conversation="oud", meeting_date=PLANNING_DAY, created_at=moment, updated_at=moment)
    with pytest.raises(UnknownConversationError):
        conversation_for(odd, shipped_content)
    # it still opens (the notes after the meeting do not need the steps), but has no steps to show
    session = open_preparation(store, shipped_content, odd, clock=fixed_clock()).session
    assert session.conversation is None and session.progress() == []
    with pytest.raises(UnknownConversationError):
        session.overview_lines()
