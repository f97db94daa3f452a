"""Whether the full sheet has a page 'Alleen voor mij', decided without building the sheet
(`sheet.private_page`): it must agree with what the builder puts on that page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from gesprekscoach.content.models import Content, PitfallsStep
from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.private_page import has_private_page
from gesprekscoach.store.models import (
    AfterMeetingRecord,
    AgendaItem,
    Agreement,
    Answer,
    AskedQuestion,
    CarryOverItem,
    ChecklistState,
    FeedbackItem,
    Goal,
    Preparation,
)
from sheet_fixtures import (
    _prep,
    beoordeling_preparation,
    heavy_preparation,
    minimal_preparation,
    planning_preparation,
    typical_preparation,
)

DAY = date(2026, 11, 23)
"""The meeting day of `_prep`'s preparations."""


def _without_pitfalls(content: Content) -> Content:
    """The content with no conversation showing pitfalls (so only the user's words can fill the page)."""
    conversations = [
        conv.model_copy(update={"steps": [step for step in conv.steps if not isinstance(step, PitfallsStep)]})
        for conv in content.conversations
    ]
    return content.model_copy(update={"conversations": conversations})


CASES: dict[str, Callable[[], Preparation]] = {
    "empty": _prep,
    "nothing private": lambda: _prep(
        answers={"wat-ging-goed": Answer(text="Het project")},
        goals=[Goal(text="Ik rond de cursus af")],
        feedback=[FeedbackItem(text="Meer overleg")],
    ),
    "a tip's note": lambda: _prep(checklist={"terugkijken": ChecklistState(note="Mijn lijstje")}),
    "a tip's empty note": lambda: _prep(checklist={"terugkijken": ChecklistState(done=True, note="  \n ")}),
    "a private note": lambda: _prep(checklist={"terugkijken": ChecklistState(note="Alleen ik", private=True)}),
    "a private answer": lambda: _prep(answers={"wat-ging-goed": Answer(text="Eerlijk", private=True)}),
    "a private example only": lambda: _prep(answers={"wat-ging-goed": Answer(example="Toen", private=True)}),
    "a private empty answer": lambda: _prep(answers={"wat-ging-goed": Answer(text=" \n\n ", private=True)}),
    "a private unknown answer": lambda: _prep(answers={"weg-vraag": Answer(text="Iets", private=True)}),
    "a private goal with only steps": lambda: _prep(goals=[Goal(steps=["Eerst bellen"], private=True)]),
    "a private empty goal": lambda: _prep(goals=[Goal(text="   ", private=True)]),
    "a private question": lambda: _prep(questions_to_ask=[AskedQuestion(text="Salaris?", private=True)]),
    "a private empty question": lambda: _prep(questions_to_ask=[AskedQuestion(text="", private=True)]),
    "private feedback": lambda: _prep(feedback=[FeedbackItem(text="Te veel ruis", private=True)]),
    "a private agenda point": lambda: _prep(agenda=[AgendaItem(text="Thuiswerken", private=True)]),
    "a private carried-over item": lambda: _prep(
        carry_over=[CarryOverItem(id="a:doel-1", kind="doel", text="Cursus", source_id="a", private=True)]
    ),
    "a private agreement": lambda: _prep(after=AfterMeetingRecord(agreements=[Agreement(what="Bellen", private=True)])),
    "a private empty agreement": lambda: _prep(
        after=AfterMeetingRecord(agreements=[Agreement(what=" ", private=True)])
    ),
    "unknown conversation": lambda: _prep(conversation="bestaat-niet", goals=[Goal(text="Geheim", private=True)]),
    "typical": typical_preparation,
    "minimal": minimal_preparation,
    "heavy": heavy_preparation,
    "beoordeling": beoordeling_preparation,
    "planning": planning_preparation,
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_rule_agrees_with_the_built_sheet(shipped_content: Content, name: str) -> None:
    for content in (shipped_content, _without_pitfalls(shipped_content)):
        prep = CASES[name]()
        built = build_sheet(prep, content, today=DAY, full=True)
        assert has_private_page(prep, content) is bool(built.private.sections), name


def test_without_pitfalls_only_the_users_words_make_the_page(shipped_content: Content) -> None:
    content = _without_pitfalls(shipped_content)
    assert not has_private_page(CASES["empty"](), content)
    assert not has_private_page(CASES["nothing private"](), content)
    assert not has_private_page(CASES["a private empty answer"](), content)
    assert has_private_page(CASES["a private answer"](), content)
    assert has_private_page(CASES["a tip's note"](), content)
    # every shipped conversation shows pitfalls: there the page is always there
    assert has_private_page(CASES["empty"](), shipped_content)
