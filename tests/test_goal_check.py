"""The SMART check of a builder goal: what is read, and how A and R count."""

from __future__ import annotations

from datetime import date

from gesprekscoach.checks.goal_verdict import (
    SHEET_MARKS,
    check_goal_fields,
    first_open_letter,
    goal_text_to_check,
    verdict_line,
)
from gesprekscoach.content.models import Content
from gesprekscoach.store.models import Goal

TODAY = date(2026, 11, 22)


def test_the_sentence_and_the_s_m_t_fields_are_read_as_sentences() -> None:
    goal = Goal(
        text="Ik rond de cursus af",
        specifiek="  ",
        meetbaar="Met een certificaat!",
        acceptabel="Ja",
        realistisch="Ja",
        tijdgebonden="voor 1 juli\n2027",
    )
    assert goal_text_to_check(goal) == "Ik rond de cursus af. Met een certificaat! voor 1 juli 2027."
    assert goal_text_to_check(Goal()) == ""


def test_a_date_only_in_the_t_field_counts(shipped_content: Content) -> None:
    goal = Goal(text="Ik rond de cursus Excel af met een certificaat", tijdgebonden="voor 1 juli 2027")
    result = check_goal_fields(goal, today=TODAY, texts=shipped_content.checks, guide=shipped_content.smart)
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline == date(2027, 7, 1)


def test_empty_a_and_r_are_open_once_there_is_a_goal(shipped_content: Content) -> None:
    texts, guide = shipped_content.checks, shipped_content.smart
    blank = check_goal_fields(Goal(), today=TODAY, texts=texts, guide=guide)
    assert {name: verdict.ok for name, verdict in blank.letters.items()} == dict.fromkeys(blank.letters, None)
    written = check_goal_fields(Goal(text="Ik rond de cursus af"), today=TODAY, texts=texts, guide=guide)
    assert written.letters["acceptabel"].ok is False
    assert written.letters["acceptabel"].reason == texts.smart.acceptabel.empty
    assert written.letters["acceptabel"].hint == guide.letter("A").question
    answered = check_goal_fields(Goal(acceptabel="Ja, Anne wil het ook"), today=TODAY, texts=texts, guide=guide)
    assert answered.letters["acceptabel"].ok is True
    assert answered.letters["realistisch"].ok is None


def test_verdict_line_and_first_open_letter(shipped_content: Content) -> None:
    goal = Goal(
        text="Ik rond voor 1 juli 2027 de cursus Excel af met een certificaat", acceptabel="Ja, Anne wil het ook"
    )
    result = check_goal_fields(goal, today=TODAY, texts=shipped_content.checks, guide=shipped_content.smart)
    assert verdict_line(result, SHEET_MARKS) == "S ✓ M ✓ A ✓ R – T ✓"
    assert verdict_line(result, {True: "v", False: "x", None: "?"}) == "S v M v A v R x T v"
    assert first_open_letter(result) == "realistisch"
    done = check_goal_fields(
        goal.model_copy(update={"realistisch": "Ik krijg er tijd voor"}),
        today=TODAY,
        texts=shipped_content.checks,
        guide=shipped_content.smart,
    )
    assert first_open_letter(done) is None


def test_a_bare_yes_is_not_enough_for_a_and_r(shipped_content: Content) -> None:
    """A and R ask for a reason: a bare 'ja' stays open (a dash on paper) and the hint asks why."""
    goal = Goal(
        text="Ik rond voor 1 juli 2027 de cursus Excel af met een certificaat", acceptabel="Ja", realistisch="ja"
    )
    result = check_goal_fields(goal, today=TODAY, texts=shipped_content.checks, guide=shipped_content.smart)
    assert verdict_line(result, SHEET_MARKS) == "S ✓ M ✓ A – R – T ✓"
    assert first_open_letter(result) == "acceptabel"
    assert result.letters["acceptabel"].hint == shipped_content.checks.smart.acceptabel.hint_bare_yes
    assert result.letters["realistisch"].reason == shipped_content.checks.smart.realistisch.bare_yes
