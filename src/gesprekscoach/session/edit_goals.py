"""Edits of the goals: add, remove, change a field, set the small steps.

A goal gets its id ('doel-1') when it is added, so a front end can name it at once.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.session.commands import (
    NO_CHANGE,
    AddGoal,
    Area,
    Change,
    GoalCommand,
    RemoveGoal,
    SetGoalField,
    changed,
)
from gesprekscoach.session.edit_context import EditContext
from gesprekscoach.session.errors import CommandError
from gesprekscoach.store.models import Goal, Preparation


def find_goal(prep: Preparation, goal_id: str) -> Goal:
    """The goal with this id; CommandError (Dutch) when there is none."""
    goal = prep.goal(goal_id)
    if goal is None:
        raise CommandError("Dit doel is er niet meer.")
    return goal


def apply_goal_edit(context: EditContext, command: GoalCommand) -> Change:
    """Apply a command about the goals."""
    prep = context.prep
    if isinstance(command, AddGoal):
        goal = Goal(text=command.text)
        prep.goals.append(goal)
        prep.assign_ids()
        return changed(Area.GOALS, goal.id)
    goal = find_goal(prep, command.goal_id)
    if isinstance(command, RemoveGoal):
        prep.goals.remove(goal)
        return changed(Area.GOALS, goal.id)
    if isinstance(command, SetGoalField):
        if getattr(goal, command.field) == command.text:
            return NO_CHANGE
        setattr(goal, command.field, command.text)
        return changed(Area.GOALS, goal.id)
    steps = list(command.steps)
    if goal.steps == steps:
        return NO_CHANGE
    goal.steps = steps
    return changed(Area.GOALS, goal.id)
