"""What the sheet shows of a goal's SMART check, and the outcomes kept between runs of `exporteer`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.content.sheet_content import ContentView, cached_sheet_content
from gesprekscoach.paths import default_content_dir
from gesprekscoach.sheet.build import SheetContext, build_sheet
from gesprekscoach.sheet.goal_checks import goal_verdict
from gesprekscoach.sheet.goal_outcomes import VERDICT_CACHE, GoalOutcome, GoalOutcomes, SavedGoalOutcomes
from gesprekscoach.store.models import Goal
from sheet_fixtures import PREPARATIONS, example_preparation

MEETING = date(2026, 12, 1)
CONTEXT = SheetContext(name="Sanne", function="Verpleegkundige")
GOALS = [
    Goal(text="Ik rond voor 1 maart 2027 drie cursussen Excel af en haal het certificaat"),
    Goal(text="Ik wil vaker initiatief nemen"),
    Goal(
        text="Ik maak de weekplanning",
        meetbaar="Elke vrijdag om 12 uur",
        acceptabel="Anne wil het graag",
        realistisch="Twee uur per week",
        tijdgebonden="Voor 1 juni 2027",
    ),
    Goal(text="Voor 1 januari 2026 ben ik klaar"),  # a deadline before the meeting: a warning
]


@pytest.fixture
def content_view(shipped_content: Content) -> ContentView:
    """The shipped content as the export reads it, with the key of its cache."""
    from gesprekscoach.content.loader import load_content

    load_content()
    view = cached_sheet_content(default_content_dir())
    assert view is not None and view.key
    return view


@pytest.mark.parametrize("goal", GOALS, ids=range(len(GOALS)))
def test_an_outcome_is_what_the_check_says(goal: Goal, shipped_content: Content) -> None:
    result = goal_verdict(goal, today=MEETING, texts=shipped_content.checks, guide=shipped_content.smart)
    outcome = GoalOutcomes(shipped_content.checks, shipped_content.smart).outcome(goal, MEETING)
    assert outcome.deadline == result.deadline
    assert outcome.warning == (result.deadline_warning or "")
    assert [field for field in outcome.open_fields] == [
        field
        for field in ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden")
        if result.letters[field].ok is not True
    ]
    assert GoalOutcome.from_plain(json.loads(json.dumps(outcome.to_plain()))) == outcome


def test_the_outcomes_differ_where_the_goals_do(shipped_content: Content) -> None:
    outcomes = [GoalOutcomes(shipped_content.checks, shipped_content.smart).outcome(goal, MEETING) for goal in GOALS]
    assert outcomes[0].deadline == date(2027, 3, 1) and "tijdgebonden" not in outcomes[0].open_fields
    assert "tijdgebonden" in outcomes[1].open_fields and outcomes[1].deadline is None
    assert outcomes[3].warning  # a deadline that lies before the meeting


@pytest.mark.parametrize(
    "plain",
    [
        None,
        "tekst",
        [],
        [["specifiek"], None],
        [["onbekend"], None, ""],
        [["meetbaar", "meetbaar"], None, ""],
        [["meetbaar"], "geen datum", ""],
        [["meetbaar"], 20270301, ""],
        [["meetbaar"], None, 3],
        ["meetbaar", None, ""],
    ],
)
def test_cached_data_of_another_shape_is_no_outcome(plain: object) -> None:
    assert GoalOutcome.from_plain(plain) is None


def test_saved_outcomes_are_the_checked_ones_and_survive_the_run(content_view: ContentView) -> None:
    saved = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    first = [saved.outcome(goal, MEETING) for goal in GOALS]
    saved.save()
    again = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    assert [again.outcome(goal, MEETING) for goal in GOALS] == first
    checked = GoalOutcomes(content_view.checks, content_view.smart)
    assert first == [checked.outcome(goal, MEETING) for goal in GOALS]


def test_a_saved_outcome_is_read_without_the_check(content_view: ContentView, private_home: Path) -> None:
    saved = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    expected = saved.outcome(GOALS[0], MEETING)
    saved.save()
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from gesprekscoach.content.sheet_content import cached_sheet_content\n"
        "from gesprekscoach.paths import default_content_dir\n"
        "from gesprekscoach.sheet.goal_outcomes import SavedGoalOutcomes\n"
        "from gesprekscoach.store.models import Goal\n"
        "view = cached_sheet_content(default_content_dir())\n"
        "saved = SavedGoalOutcomes.open(view.key, view.checks, view.smart)\n"
        f"outcome = saved.outcome(Goal(text={GOALS[0].text!r}), date(2026, 12, 1))\n"
        "print(outcome.to_plain(), 'gesprekscoach.checks.smart' in sys.modules)\n"
    )
    env = {**os.environ, "GESPREKSCOACH_HOME": str(private_home)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip() == f"{expected.to_plain()} False"


def test_a_changed_goal_or_meeting_day_is_checked_again(content_view: ContentView) -> None:
    saved = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    saved.outcome(GOALS[0], MEETING)
    saved.save()
    again = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    changed = Goal(text="Ik rond voor 1 mei 2027 drie cursussen Excel af en haal het certificaat")
    assert again.outcome(changed, MEETING).deadline == date(2027, 5, 1)
    assert again.outcome(GOALS[0], date(2027, 6, 1)).warning  # the same goal, a meeting after its deadline


def test_other_content_starts_empty_and_a_broken_cache_is_no_cache(
    content_view: ContentView, private_home: Path
) -> None:
    saved = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    saved.outcome(GOALS[0], MEETING)
    saved.save()
    (cache_file,) = (private_home / "cache").glob(f"{VERDICT_CACHE}-*.json")
    other = SavedGoalOutcomes.open("een-andere-sleutel", content_view.checks, content_view.smart)
    assert not other._known
    cache_file.write_text("{kapot", encoding="utf-8")
    broken = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    assert broken.outcome(GOALS[0], MEETING).deadline == date(2027, 3, 1)


def test_at_most_the_newest_outcomes_are_kept(content_view: ContentView, monkeypatch: pytest.MonkeyPatch) -> None:
    from gesprekscoach.sheet import goal_outcomes

    monkeypatch.setattr(goal_outcomes, "MAX_SAVED", 2)
    saved = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    for goal in GOALS:
        saved.outcome(goal, MEETING)
    saved.save()
    again = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    assert len(again._known) == 2


@pytest.mark.parametrize("name", sorted(PREPARATIONS))
def test_the_sheet_with_saved_outcomes_is_the_sheet(name: str, content_view: ContentView) -> None:
    prep = PREPARATIONS[name]()
    expected = build_sheet(prep, content_view, today=MEETING, context=CONTEXT)
    saved = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    assert build_sheet(prep, content_view, today=MEETING, context=CONTEXT, outcomes=saved) == expected
    saved.save()
    again = SavedGoalOutcomes.open(content_view.key, content_view.checks, content_view.smart)
    assert build_sheet(prep, content_view, today=MEETING, context=CONTEXT, outcomes=again) == expected
    assert build_sheet(example_preparation(), content_view, today=MEETING, context=CONTEXT, outcomes=again) == (
        build_sheet(example_preparation(), content_view, today=MEETING, context=CONTEXT)
    )
