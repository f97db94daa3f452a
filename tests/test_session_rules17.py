"""Issue 17, the rules of the application layer: every goal carries over, progress says what is
really done, the obvious date checks, and 'met wie' from the previous conversation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.content.models import ChecklistStep, Content, PitfallsStep, QuestionsStep
from gesprekscoach.session.commands import (
    AddGoal,
    AddListItem,
    Area,
    SetAnswer,
    SetGoalField,
    SetPitfallRead,
    SetReportDate,
    SetReportReceived,
    SetTipDone,
)
from gesprekscoach.session.cycle import start_preparation, wins_since_previous
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.meeting_checks import after_too_early, previous_with_whom
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.session.progress import StepState, pitfalls_of
from gesprekscoach.session.step_labels import ChecklistLabels, checklist_labels, example_prompt
from gesprekscoach.store.models import Goal, LogEntry, WinsLog
from gesprekscoach.store.preparations import PreparationStore
from session_helpers import fixed_clock, new_session
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


# --------------------------------------------------------------------------- 2. progress says what is really done

SMART_GOAL = "Ik rond voor 1 juli 2027 de cursus Excel af met een 8"


def _functioning_session(shipped_content: Content, home: Path) -> PreparationSession:
    return new_session(shipped_content, home, meeting=date(2027, 6, 10), clock=fixed_clock(date(2027, 6, 1)))


def test_two_of_five_tips_and_a_vague_goal_are_not_done(shipped_content: Content, tmp_path: Path) -> None:
    session = _functioning_session(shipped_content, tmp_path / "home")
    conv = shipped_content.conversation("functionering")
    tips = conv.step("tips")
    assert isinstance(tips, ChecklistStep)
    for item in tips.items[:2]:
        session.apply(SetTipDone(item.id, True))
    session.apply(AddGoal(SMART_GOAL))
    first = session.prep.goals[0].id
    session.apply(SetGoalField(first, "acceptabel", "ja"))
    session.apply(SetGoalField(first, "realistisch", "ja"))
    session.apply(AddGoal("Ik wil beter worden"))
    progress = {item.step.id: item for item in session.progress()}
    assert (progress["tips"].state, progress["tips"].marker, progress["tips"].count_text) == (
        StepState.PARTLY,
        "◐",
        "2 van 5 tips afgevinkt",
    )
    assert (progress["doelen"].state, progress["doelen"].marker, progress["doelen"].count_text) == (
        StepState.CHECK,
        "!",
        "2 doelen, 1 nog niet SMART",
    )
    note = session.progress_note()
    assert not any("Goed voorbereid" in line for line in note)
    assert note[0] == "Nog niet alles is af:"
    assert "1 doel is nog niet SMART. Kijk bij je doelen welke letter nog open is." in note
    assert "8 tips zijn nog niet afgevinkt." in note  # 3 in the tips step, 5 in the other checklist
    assert "Nog leeg: 'Vragen die jij stelt', 'Feedback voor je leidinggevende', 'Wat wil je bespreken?'." in note
    # plain mode's overview ends with the same note (one session function for both front ends)
    assert session.overview_lines()[-len(note) :] == note


def test_only_when_everything_is_done_the_summary_says_goed_voorbereid(
    shipped_content: Content, tmp_path: Path
) -> None:
    session = _functioning_session(shipped_content, tmp_path / "home")
    conv = shipped_content.conversation("functionering")
    for step in conv.steps:
        if isinstance(step, ChecklistStep):
            for item in step.items:
                session.apply(SetTipDone(item.id, True))
        elif isinstance(step, QuestionsStep):
            for question_id in step.questions:
                session.apply(SetAnswer(question_id, "Goed"))
        elif isinstance(step, PitfallsStep):
            for pitfall in pitfalls_of(step, shipped_content):
                session.apply(SetPitfallRead(pitfall.id, True))
    session.apply(AddGoal(SMART_GOAL))
    goal = session.prep.goals[0].id
    session.apply(SetGoalField(goal, "acceptabel", "ja"))
    session.apply(SetGoalField(goal, "realistisch", "ja"))
    session.apply(AddListItem(Area.OWN_QUESTIONS, "Wat verwacht je van mij?"))
    session.apply(AddListItem(Area.FEEDBACK, "Ik merk dat het overleg vaak uitvalt. Ik zou graag elke week praten."))
    session.apply(AddListItem(Area.AGENDA, "Werkdruk"))
    assert {item.state for item in session.progress()} <= {StepState.DONE, StepState.READ}
    assert session.progress_note() == [
        "Alles is af. Elke tip is afgevinkt, elke vraag heeft een antwoord en je doelen zijn SMART. Goed voorbereid!"
    ]
    session.apply(SetGoalField(goal, "text", "Ik wil beter worden"))
    assert "Goed voorbereid" not in " ".join(session.progress_note())


# --------------------------------------------------------------------------- 3. checks of the obvious


def test_after_the_meeting_before_its_day_asks_first(shipped_content: Content, tmp_path: Path) -> None:
    session = _functioning_session(shipped_content, tmp_path / "home")
    assert after_too_early(session.prep, shipped_content, date(2027, 6, 9)) == (
        "Je gesprek is pas op 10 juni 2027. Wil je toch al invullen wat er na het gesprek gebeurde?"
    )
    assert after_too_early(session.prep, shipped_content, date(2027, 6, 10)) is None


def test_the_report_cannot_come_before_the_meeting(shipped_content: Content, tmp_path: Path) -> None:
    session = _functioning_session(shipped_content, tmp_path / "home")
    with pytest.raises(CommandError, match="Het verslag kan niet eerder komen dan het gesprek. Kies 10 juni 2027"):
        session.apply(SetReportReceived(True, date(2027, 6, 9)))
    assert session.prep.after is None  # nothing changed
    session.apply(SetReportReceived(True, date(2027, 6, 12)))
    with pytest.raises(CommandError):
        session.apply(SetReportDate(date(2027, 5, 1)))
    assert session.prep.after is not None and session.prep.after.report_received_on == date(2027, 6, 12)
    assert session.apply(SetReportDate(date(2027, 6, 10)))  # the day itself is fine


def test_a_report_ticked_before_the_meeting_gets_no_day(shipped_content: Content, tmp_path: Path) -> None:
    session = _functioning_session(shipped_content, tmp_path / "home")  # today: 1 June, meeting 10 June
    session.apply(SetReportReceived(True))
    assert session.prep.after is not None and session.prep.after.report_received_on is None


def test_met_wie_starts_from_the_previous_conversation(store: PreparationStore, shipped_content: Content) -> None:
    assert previous_with_whom(store.list().preparations) == ""
    make_planning(store)  # with Anne de Vries
    other = store.create("pop", date(2027, 3, 1), "  Piet   Jansen ", now=at(date(2027, 2, 20)))
    later = store.create("voortgang", date(2027, 9, 1), "", now=at(date(2027, 8, 20)))
    preparations = store.list().preparations
    assert previous_with_whom(preparations) == "Piet Jansen"  # the latest conversation with a name
    assert previous_with_whom(preparations, before=date(2027, 2, 1)) == "Anne de Vries"
    assert other.id and later.id


# --------------------------------------------------------------------------- 8. wording

PACKS = ("nederland", "vlaanderen")


def _pack(name: str) -> Content:
    from gesprekscoach.content.loader import load_content
    from gesprekscoach.paths import content_dir_for

    return load_content(content_dir_for(name))


@pytest.mark.parametrize("pack", PACKS)
def test_the_two_checklists_of_the_functioneringsgesprek_differ_and_agree_with_their_notes(pack: str) -> None:
    content = _pack(pack)
    during, before = [s for s in content.conversation("functionering").steps if isinstance(s, ChecklistStep)]
    # the tips are for the meeting itself: ticked when you know how, the note asks how you will do it
    assert during.intro is not None and "gesprek zelf" in during.intro
    assert checklist_labels(during, content) == ChecklistLabels(
        "Ik weet hoe", "Weet je hoe je dit in het gesprek aanpakt?", "Hoe ga je dit doen?"
    )
    # the preparation steps are done before it: ticked when done, the note asks what you did
    assert before.intro is not None and "voor het gesprek" in before.intro
    assert checklist_labels(before, content) == ChecklistLabels("Gedaan", "Heb je dit gedaan?", "Wat heb je gedaan?")

    def words(step: ChecklistStep) -> set[str]:
        return {w.strip(".,?").lower() for item in step.items for w in item.text.split() if len(w.strip(".,?")) > 4}

    assert words(during) & words(before) <= {"vraag"}, "the two lists do not repeat each other"


@pytest.mark.parametrize("pack", PACKS)
def test_every_tick_and_its_note_agree(pack: str) -> None:
    content = _pack(pack)
    for conv in content.conversations:
        for step in conv.steps:
            if not isinstance(step, ChecklistStep):
                continue
            labels = checklist_labels(step, content)
            if labels.done == "Gedaan":  # ticked when done: the note looks back on it
                assert "ga je" not in labels.note_prompt, (conv.id, step.id)
            intro = step.intro or ""
            if "hebt gedaan" in intro or "gedaan hebt" in intro:
                assert labels.done == "Gedaan", (conv.id, step.id)


FORWARD = {
    "nederland": {"functionering": ["ontwikkeling", "werk-beter", "rol-toekomst"], "planning": ["resultaten"]},
    "vlaanderen": {"functionering": ["ontwikkeling", "steun"], "planning": ["resultaten"]},
}


@pytest.mark.parametrize("pack", PACKS)
def test_a_question_that_looks_ahead_asks_no_example_of_what_happened(pack: str) -> None:
    content = _pack(pack)
    for conv_id, question_ids in FORWARD[pack].items():
        conv = content.conversation(conv_id)
        for question_id in question_ids:
            prompt = example_prompt(conv.question(question_id), content)
            assert "gebeurde" not in prompt and "wanneer" in prompt, (conv_id, question_id, prompt)
    looking_back = content.conversation("functionering").questions[1]
    assert example_prompt(looking_back, content) == "Een concreet voorbeeld: wat gebeurde er, en wanneer?"
