"""The step list with many goals: the goals step opens at once with '…' as its mark, and the
real mark follows when a worker has checked every goal (issue 16)."""

from __future__ import annotations

from conftest import StepOpener
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.session.progress import CHECK_NOW_LIMIT, MARK_PENDING, StepState
from gesprekscoach.sheet.goal_checks import GOAL_VERDICTS
from gesprekscoach.store.models import Goal, Preparation
from gesprekscoach.tui.screens.conversation import ConversationScreen
from gesprekscoach.tui.widgets.step_list import StepList
from tui_helpers import run_async, screen_text, settle

SIZE = (100, 40)

MANY = CHECK_NOW_LIMIT * 8
"""Enough goals that the step list does not check them all at once."""


def _many_goals(prep: Preparation) -> None:
    prep.goals = [
        Goal(
            text=f"Ik rond voor 1 juli 2027 de cursus {n} van de lange lijst af met een certificaat",
            acceptabel="Ja, dat wil ik",
            realistisch="Ja, ik heb er tijd voor",
        )
        for n in range(MANY - 3)
    ] + [Goal(text=f"Ik wil beter worden in punt {n} van de lange lijst") for n in range(3)]


def _goals_mark(screen: ConversationScreen) -> str:
    marks = screen.query_one(StepList).markers
    return dict(zip([step.id for step in screen.steps], marks, strict=True))["doelen"]


@run_async
async def test_the_goals_mark_waits_then_shows_the_checked_figure(open_step: StepOpener) -> None:
    prep = open_step.seed("functionering", fill=_many_goals)
    app = open_step.app()
    conversation = open_step.content.conversation("functionering")
    index = [step.id for step in conversation.steps].index("doelen")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        store = app.context.store
        opened = open_preparation(store, open_step.content, store.load(prep.id), clock=app.context.clock)
        GOAL_VERDICTS.clear()  # nothing checked yet, as after a fresh start
        screen = ConversationScreen(app.context, conversation, opened, step=index)
        await app.push_screen(screen)
        assert _goals_mark(screen) == MARK_PENDING  # not a guess: '…' until every goal is checked

        await settle(pilot)
        assert _goals_mark(screen) == "!"  # three goals are not SMART
        goals = {item.step.id: item for item in screen.session.progress()}["doelen"]
        assert (goals.state, goals.done, goals.total) == (StepState.CHECK, MANY - 3, MANY)
        assert f"{MANY} doelen, 3 nog niet SMART" == goals.count_text
        assert "!  8 Je doelen" in screen_text(pilot)
