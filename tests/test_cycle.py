"""The conversation cycle: carry-over from earlier conversations, wins since the last one,
and the reminder to ask for the report. All dates are fixed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content, QuestionsStep
from gesprekscoach.session.cycle import (
    build_carry_over,
    carry_over_for_step,
    refresh_carry_over,
    report_reminders,
    set_goal_result,
    source_label,
    start_preparation,
    wins_since_previous,
)
from gesprekscoach.store.models import AfterMeetingRecord, CarryOverItem, Goal, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore
from year_helpers import (
    AGREEMENT_MANAGER,
    AGREEMENT_MINE,
    AGREEMENT_OTHER,
    DISAGREEMENT,
    FUNCTIONING_DAY,
    GOAL_COURSE,
    GOAL_PRESENT,
    PLANNING_DAY,
    REVIEW_DAY,
    TZ,
    at,
    make_planning,
    record_functioning_after,
    record_planning_after,
)


@pytest.fixture
def store(tmp_path: Path) -> PreparationStore:
    return PreparationStore(tmp_path / "home")


def _kinds(prep: Preparation) -> list[tuple[str, str]]:
    return [(item.kind, item.text) for item in prep.carry_over]


def test_a_functioneringsgesprek_starts_from_the_goals_and_open_agreements(
    store: PreparationStore, shipped_content: Content
) -> None:
    planning = record_planning_after(store, make_planning(store))
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    assert _kinds(functioning) == [
        ("doel", GOAL_PRESENT),
        ("doel", GOAL_COURSE),
        ("afspraak", AGREEMENT_MINE),
        ("afspraak", AGREEMENT_OTHER),
        ("belofte", AGREEMENT_MANAGER),
    ]
    first = functioning.carry_over[0]
    assert first.source_id == planning.id and first.ref == "doel-1" and first.id == f"{planning.id}:doel-1"
    assert first.source_label == "planningsgesprek van 15 januari 2027"
    assert first.deadline == date(2027, 7, 1)  # read by the SMART check
    assert first.status == "open" and first.result is None
    mine, other, manager = functioning.carry_over[2:]
    assert mine.owner == "ik" and mine.deadline == date(2027, 2, 1)
    assert manager.owner == "mijn leidinggevende"
    assert other.owner == "Kees"
    # saved at once: the file has them
    assert _kinds(store.load(functioning.id)) == _kinds(functioning)


def test_done_agreements_and_empty_ones_are_not_carried(store: PreparationStore, shipped_content: Content) -> None:
    planning = record_planning_after(store, make_planning(store))
    assert planning.after is not None
    planning.after.agreements[0].done = True
    planning.after.agreements[1].what = "   "
    store.save(planning, now=at(PLANNING_DAY))
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    assert [item.text for item in functioning.carry_over if item.kind != "doel"] == [AGREEMENT_OTHER]


def test_only_earlier_meetings_count(store: PreparationStore, shipped_content: Content) -> None:
    planning = record_planning_after(store, make_planning(store))
    earlier = Preparation(
        id="x",
        conversation="voortgang",
        meeting_date=PLANNING_DAY,
        created_at=at(PLANNING_DAY),
        updated_at=at(PLANNING_DAY),
    )
    assert build_carry_over(earlier, [planning], shipped_content) == []  # same day: not earlier
    assert build_carry_over(planning, [planning], shipped_content) == []  # never from itself


def test_the_review_starts_from_everything_marked_in_between(store: PreparationStore, shipped_content: Content) -> None:
    planning = record_planning_after(store, make_planning(store))
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    by_text = {item.text: item for item in functioning.carry_over}
    set_goal_result(by_text[GOAL_PRESENT], "deels")
    by_text[GOAL_PRESENT].note = "Twee van de drie gegeven"
    set_goal_result(by_text[GOAL_COURSE], "behaald")
    by_text[AGREEMENT_MINE].status = "gedaan"
    by_text[AGREEMENT_OTHER].status = "vervallen"
    by_text[AGREEMENT_MANAGER].note = "Nog niet geregeld"
    store.save(functioning, now=at(date(2027, 6, 9)))
    record_functioning_after(store, functioning)

    review = start_preparation(store, shipped_content, "beoordeling", REVIEW_DAY, now=at(date(2027, 12, 1)))
    items = {item.text: item for item in review.carry_over}
    assert list(items) == [GOAL_PRESENT, GOAL_COURSE, AGREEMENT_MANAGER, "Elke maand een kort overleg", DISAGREEMENT]
    # goals always come back (the review judges them), with what was marked before
    assert (items[GOAL_PRESENT].result, items[GOAL_PRESENT].status, items[GOAL_PRESENT].note) == (
        "deels",
        "open",
        "Twee van de drie gegeven",
    )
    assert (items[GOAL_COURSE].result, items[GOAL_COURSE].status) == ("behaald", "gedaan")
    # open agreements carry their note; done and dropped ones stay behind
    assert items[AGREEMENT_MANAGER].note == "Nog niet geregeld"
    assert items[AGREEMENT_MANAGER].source_id == planning.id
    assert items["Elke maand een kort overleg"].kind == "belofte"
    bezwaar = items[DISAGREEMENT]
    assert bezwaar.kind == "bezwaar" and bezwaar.source_id == functioning.id
    assert bezwaar.source_label == "verslag van het functioneringsgesprek van 10 juni 2027"


def test_a_dropped_goal_is_not_carried_again(store: PreparationStore, shipped_content: Content) -> None:
    record_planning_after(store, make_planning(store))
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    functioning.carry_over[1].status = "vervallen"
    store.save(functioning, now=at(date(2027, 6, 2)))
    review = start_preparation(store, shipped_content, "beoordeling", REVIEW_DAY, now=at(date(2027, 12, 1)))
    assert [item.text for item in review.carry_over if item.kind == "doel"] == [GOAL_PRESENT]


def test_goals_come_from_the_latest_planning_or_pop(store: PreparationStore, shipped_content: Content) -> None:
    make_planning(store)
    pop = store.create("pop", date(2027, 3, 1), now=at(date(2027, 2, 20)))
    pop.goals = [Goal(text="Ik volg voor de zomer een training timemanagement")]
    store.save(pop, now=at(date(2027, 2, 21)))
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    assert [item.text for item in functioning.carry_over if item.kind == "doel"] == [
        "Ik volg voor de zomer een training timemanagement"
    ]
    # a voortgangsgesprek after the POP adds its goals; it does not start a new period
    progress = store.create("voortgang", date(2027, 4, 1), now=at(date(2027, 3, 25)))
    progress.goals = [Goal(text="Iets anders")]
    store.save(progress, now=at(date(2027, 3, 26)))
    assert [
        item.text
        for item in build_carry_over(functioning, store.list().preparations, shipped_content)
        if item.kind == "doel"
    ] == ["Ik volg voor de zomer een training timemanagement", "Iets anders"]


def test_refresh_adds_new_items_and_keeps_what_the_user_marked(
    store: PreparationStore, shipped_content: Content
) -> None:
    planning = make_planning(store)
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    assert [item.kind for item in functioning.carry_over] == ["doel", "doel"]
    functioning.carry_over[0].note = "Goed op weg"
    functioning.carry_over[0].private = True
    # the agreements are recorded later, and a goal's text is changed
    record_planning_after(store, planning)
    planning.goals[0].text = GOAL_PRESENT + " en een demo"
    store.save(planning, now=at(date(2027, 6, 2)))
    assert refresh_carry_over(functioning, store.list().preparations, shipped_content) is True
    first = functioning.carry_over[0]
    assert first.text == GOAL_PRESENT + " en een demo" and first.note == "Goed op weg" and first.private is True
    assert len(functioning.carry_over) == 5
    assert refresh_carry_over(functioning, store.list().preparations, shipped_content) is False
    # an item whose source is gone is kept, with the user's note
    store.path_for(planning.id).unlink()
    assert refresh_carry_over(functioning, store.list().preparations, shipped_content) is False
    assert functioning.carry_over[0].note == "Goed op weg"


def test_private_sources_give_private_items(store: PreparationStore, shipped_content: Content) -> None:
    record_planning_after(store, make_planning(store, private_goal=True), private_agreement=True)
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    private = [item.text for item in functioning.carry_over if item.private]
    assert private == [GOAL_COURSE, AGREEMENT_OTHER]


def test_each_step_shows_the_kinds_the_content_names(store: PreparationStore, shipped_content: Content) -> None:
    record_planning_after(store, make_planning(store))
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    conv = shipped_content.conversation("functionering")
    reflection = conv.step("terugblik")
    expected = conv.step("verwachte-vragen")
    assert isinstance(reflection, QuestionsStep) and isinstance(expected, QuestionsStep)
    assert [item.kind for item in carry_over_for_step(functioning, conv, reflection)] == [
        "afspraak",
        "afspraak",
        "belofte",
    ]
    assert [item.kind for item in carry_over_for_step(functioning, conv, expected)] == ["doel", "doel"]
    # a kind no step names goes to the first questions step
    bare_first = reflection.model_copy(update={"carry_over": []})
    bare_conv = conv.model_copy(update={"steps": [bare_first if s.id == "terugblik" else s for s in conv.steps]})
    kinds = [item.kind for item in carry_over_for_step(functioning, bare_conv, bare_first)]
    assert kinds == ["afspraak", "afspraak", "belofte"]
    assert [item.kind for item in carry_over_for_step(functioning, bare_conv, expected)] == ["doel", "doel"]


def test_every_shipped_conversation_places_every_kind(shipped_content: Content) -> None:
    for conv in shipped_content.conversations:
        named = [kind for step in conv.steps if isinstance(step, QuestionsStep) for kind in step.carry_over]
        assert sorted(named) == sorted(["afspraak", "doel", "belofte", "bezwaar"]), conv.id
        assert any(step.offer_wins for step in conv.steps if isinstance(step, QuestionsStep)), conv.id
    goal_setters = sorted(conv.id for conv in shipped_content.conversations if conv.sets_goals)
    assert goal_setters == ["planning", "pop"]


def test_set_goal_result() -> None:
    item = CarryOverItem(id="a:doel-1", kind="doel", text="x", source_id="a")
    set_goal_result(item, "behaald")
    assert (item.result, item.status) == ("behaald", "gedaan")
    set_goal_result(item, "deels")
    assert (item.result, item.status) == ("deels", "open")
    item.status = "vervallen"
    set_goal_result(item, "niet")
    assert (item.result, item.status) == ("niet", "vervallen")


def test_source_label_for_an_unknown_type(shipped_content: Content) -> None:
    prep = Preparation(
        id="x",
        conversation="onbekend",
        meeting_date=date(2027, 2, 3),
        created_at=at(PLANNING_DAY),
        updated_at=at(PLANNING_DAY),
    )
    assert source_label(prep, shipped_content) == "onbekend van 3 februari 2027"


# --------------------------------------------------------------------------- wins


def test_wins_since_the_previous_meeting_grouped_by_goal(store: PreparationStore, shipped_content: Content) -> None:
    planning = make_planning(store)
    log_store = WinsLogStore(store.home)
    log_store.add("Voor de planning nog iets", now=at(date(2027, 1, 10)))
    log_store.add("Eerste presentatie gegeven", now=at(date(2027, 2, 3)), goal=planning.goals[0], goal_source=planning)
    log_store.add("Compliment van een klant", now=at(date(2027, 3, 4)), private=True)
    log_store.add("Module 1 van de cursus af", now=at(date(2027, 4, 5)), goal=planning.goals[1], goal_source=planning)
    log_store.add("Tweede presentatie", now=at(date(2027, 5, 6)), goal=planning.goals[0], goal_source=planning)
    log_store.add("Na het gesprek", now=at(date(2027, 6, 11)))
    functioning = start_preparation(store, shipped_content, "functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    start, groups = wins_since_previous(functioning, store.list().preparations, log_store.load())
    assert start == PLANNING_DAY
    assert [(group.title, [entry.text for entry in group.entries]) for group in groups] == [
        (GOAL_PRESENT, ["Eerste presentatie gegeven", "Tweede presentatie"]),
        (GOAL_COURSE, ["Module 1 van de cursus af"]),
        ("", ["Compliment van een klant"]),
    ]
    assert groups[0].goal_key == (planning.id, "doel-1")
    assert groups[2].goal_key is None and groups[2].entries[0].private is True


def test_wins_without_a_previous_meeting_cover_the_year_before(
    store: PreparationStore, shipped_content: Content
) -> None:
    log_store = WinsLogStore(store.home)
    log_store.add("Te oud", now=at(date(2026, 1, 10)))
    log_store.add("Binnen het jaar", now=at(date(2026, 3, 1)))
    log_store.add("Een onbekend doel", now=at(date(2026, 4, 1)))
    log = log_store.load()
    log.entries[-1].goal, log.entries[-1].goal_source = "doel-9", "weg"
    planning = make_planning(store)
    start, groups = wins_since_previous(planning, [planning], log)
    assert start is None
    assert [[entry.text for entry in group.entries] for group in groups] == [["Binnen het jaar", "Een onbekend doel"]]


# --------------------------------------------------------------------------- the report


def test_report_reminder_after_a_week_without_report(store: PreparationStore, shipped_content: Content) -> None:
    planning = make_planning(store)
    assert shipped_content.after.report_reminder_days == 7
    assert report_reminders([planning], shipped_content, PLANNING_DAY + timedelta(days=6)) == []
    reminders = report_reminders([planning], shipped_content, PLANNING_DAY + timedelta(days=7))
    assert [(r.prep.id, r.days) for r in reminders] == [(planning.id, 7)]
    text = reminders[0].text
    assert "planningsgesprek" in text and "15 januari 2027" in text and "7 dagen" in text and "Vraag" in text
    # an after-record without the report still reminds; a received report does not
    planning.after = AfterMeetingRecord()
    assert report_reminders([planning], shipped_content, PLANNING_DAY + timedelta(days=9))[0].days == 9
    planning.after.report_received = True
    assert report_reminders([planning], shipped_content, PLANNING_DAY + timedelta(days=9)) == []
    assert report_reminders([], shipped_content, PLANNING_DAY) == []


def test_no_reminder_once_a_newer_meeting_took_place(store: PreparationStore, shipped_content: Content) -> None:
    planning = make_planning(store)
    functioning = store.create("functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    day = FUNCTIONING_DAY + timedelta(days=10)
    assert [r.prep.id for r in report_reminders([planning, functioning], shipped_content, day)] == [functioning.id]
    # a meeting still to come does not stop the reminder of the last one
    assert [r.prep.id for r in report_reminders([planning, functioning], shipped_content, date(2027, 3, 1))] == [
        planning.id
    ]
    assert report_reminders([planning], shipped_content, day, days=400) == []


def test_times_with_and_without_time_zone_sort_together(store: PreparationStore, shipped_content: Content) -> None:
    planning = make_planning(store)
    naive = store.create("voortgang", PLANNING_DAY, now=datetime(2027, 1, 1, 9, 0))
    assert planning.created_at.tzinfo == TZ
    assert len(report_reminders([planning, naive], shipped_content, PLANNING_DAY + timedelta(days=8))) == 2


def test_export_leaves_private_items_off_unless_volledig(
    private_home: Path, shipped_content: Content, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    from gesprekscoach.cli.main import main

    store = PreparationStore(private_home)
    planning = make_planning(store, private_goal=True)
    assert main(["export", planning.id]) == 0
    shared = capsysbinary.readouterr().out.decode("utf-8")
    assert GOAL_PRESENT in shared and GOAL_COURSE not in shared
    assert main(["export", planning.id, "--volledig"]) == 0
    assert GOAL_COURSE in capsysbinary.readouterr().out.decode("utf-8")
