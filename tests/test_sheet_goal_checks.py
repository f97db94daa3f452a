"""The remembered SMART verdicts: always the verdict the check gives, for the goal as it is now."""

from __future__ import annotations

from datetime import date

from gesprekscoach.checks.goal_verdict import check_goal_fields
from gesprekscoach.content.models import Content
from gesprekscoach.sheet.goal_checks import VerdictMemo
from gesprekscoach.store.models import Goal


def test_a_remembered_verdict_is_the_checks_verdict_and_follows_every_change(shipped_content: Content) -> None:
    memo = VerdictMemo(size=3)
    texts, guide = shipped_content.checks, shipped_content.smart
    goal = Goal(text="Ik wil beter communiceren")
    today = date(2027, 1, 10)

    def fresh(g: Goal, day: date = today) -> object:
        return check_goal_fields(g, today=day, texts=texts, guide=guide)

    first = memo.verdict(goal, today=today, texts=texts, guide=guide)
    assert first == fresh(goal)
    assert memo.verdict(goal, today=today, texts=texts, guide=guide) is first  # remembered
    goal.text = "Ik rond voor 1 juli 2027 de cursus Excel af met een certificaat"
    changed = memo.verdict(goal, today=today, texts=texts, guide=guide)
    assert changed == fresh(goal) and changed != first
    goal.acceptabel = "Ja, Anne wil dit ook"
    assert memo.verdict(goal, today=today, texts=texts, guide=guide) == fresh(goal)
    later = date(2027, 8, 1)  # the deadline has passed: another verdict
    assert memo.verdict(goal, today=later, texts=texts, guide=guide) == fresh(goal, later)
    for n in range(5):  # older verdicts make room; the answers stay right
        other = Goal(text=f"Ik haal {n} certificaten voor 1 juli 2027")
        assert memo.verdict(other, today=today, texts=texts, guide=guide) == fresh(other)
    assert len(memo._verdicts) == 3
