"""The plain logic behind the TUI: step markers and the chooser's advice (no app needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from gesprekscoach.content.models import ChecklistStep, ChooserOption, Content, PitfallsStep, QuestionsStep, Step
from gesprekscoach.session.chooser import advise
from gesprekscoach.session.progress import (
    MARK_CHECK,
    MARK_FILLED,
    MARK_OPEN,
    MARK_PARTLY,
    MARK_READ,
    step_count_text,
    step_marker,
)
from gesprekscoach.store.models import Answer, ChecklistState, Goal, Preparation

NOW = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)


def new_prep(conversation: str) -> Preparation:
    """An empty preparation."""
    return Preparation(
        id="test", conversation=conversation, meeting_date=date(2026, 11, 23), created_at=NOW, updated_at=NOW
    )


def test_markers_follow_what_is_really_done(shipped_content: Content) -> None:
    conv = shipped_content.conversation("functionering")
    prep = new_prep("functionering")
    today = date(2026, 11, 22)

    def marker(step: Step) -> str:
        return step_marker(step, prep, shipped_content, today)

    markers = {step.kind: marker(step) for step in conv.steps}
    assert markers["intro"] == MARK_READ and markers["summary"] == MARK_READ
    assert markers["checklist"] == MARK_OPEN and markers["agenda"] == MARK_OPEN

    tips = conv.step("tips")
    assert isinstance(tips, ChecklistStep)
    prep.checklist[tips.items[0].id] = ChecklistState(done=False, note="  ")
    assert marker(tips) == MARK_OPEN, "white space is not an answer"
    prep.checklist[tips.items[0].id].done = True
    assert marker(tips) == MARK_PARTLY, "one tip of five is begun, not done"
    assert step_count_text(tips, prep, shipped_content, today) == f"1 van {len(tips.items)} tips afgevinkt"
    for item in tips.items:
        prep.checklist[item.id] = ChecklistState(done=True)
    assert marker(tips) == MARK_FILLED

    questions = conv.step("terugblik")
    assert isinstance(questions, QuestionsStep)
    prep.answers[questions.questions[0]] = Answer(example="In mei")
    assert marker(questions) == MARK_PARTLY
    for question_id in questions.questions:
        prep.answers[question_id] = Answer(text="Goed")
    assert marker(questions) == MARK_FILLED

    goals = conv.step("doelen")
    prep.goals = [Goal()]
    assert marker(goals) == MARK_OPEN, "an empty goal is not an answer"
    prep.goals[0].steps = ["Een cursus zoeken"]
    assert marker(goals) == MARK_CHECK, "a goal that fails SMART is not done"
    assert step_count_text(goals, prep, shipped_content, today) == "1 doel, nog niet SMART"
    prep.goals[0] = Goal(
        text="Twee trainingen feedback geven volgen voor 1 november 2027", acceptabel="ja", realistisch="ja"
    )
    assert marker(goals) == MARK_FILLED
    assert step_count_text(goals, prep, shipped_content, today) == "1 doel, SMART"

    pitfalls = conv.step("valkuilen")
    assert isinstance(pitfalls, PitfallsStep)
    prep.pitfalls_read = ["bestaat-niet"]
    assert marker(pitfalls) == MARK_OPEN
    prep.pitfalls_read = [shipped_content.pitfalls_for(pitfalls)[0].id]
    assert marker(pitfalls) == MARK_PARTLY


def test_chooser_sums_points_and_gives_the_reasons(shipped_content: Content) -> None:
    back = ChooserOption(label="terug", points={"beoordeling": 2, "functionering": 1}, reason="Je kijkt terug.")
    ahead = ChooserOption(label="vooruit", points={"planning": 2}, reason="Je kijkt vooruit.")
    salary = ChooserOption(label="salaris", points={"beoordeling": 2}, reason="Het gaat over salaris.")
    advice = advise(shipped_content, [back, ahead, salary])
    assert advice.conversation is not None and advice.conversation.id == "beoordeling"
    assert advice.scores == {"beoordeling": 4, "functionering": 1, "planning": 2}
    assert advice.reasons == ["Je kijkt terug.", "Het gaat over salaris."]


def test_chooser_tie_goes_to_the_first_type_on_the_home_screen(shipped_content: Content) -> None:
    tie = ChooserOption(label="gelijk", points={"pop": 1, "planning": 1})
    advice = advise(shipped_content, [tie])
    first = min((shipped_content.conversation(c) for c in ("pop", "planning")), key=lambda c: c.order)
    assert advice.conversation is not None and advice.conversation.id == first.id


def test_chooser_without_points_gives_no_advice(shipped_content: Content) -> None:
    unknown = ChooserOption(label="weet niet", points={"bestaat-niet": 5}, reason="Geen idee.")
    advice = advise(shipped_content, [unknown])
    assert advice.conversation is None
    assert advice.reasons == ["Geen idee."]
