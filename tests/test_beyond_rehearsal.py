"""Rehearsing ('Oefenen'): the manager's questions plus the hard ones, in a seeded random order."""

from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content, QuestionsStep
from gesprekscoach.session.commands import SetAnswer, SetQuestionHard, SetRehearsalMark
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.rehearsal import (
    AGAIN,
    GOOD,
    RehearsalRound,
    manager_question_ids,
    rehearsal_questions,
)
from gesprekscoach.store.preparations import PreparationStore
from session_helpers import new_session

DATA = Path(__file__).parent / "data"


def _manager_step(content: Content) -> QuestionsStep:
    conversation = content.conversation("functionering")
    steps = [s for s in conversation.steps if isinstance(s, QuestionsStep) and s.asked_by_manager]
    assert len(steps) == 1
    return steps[0]


def test_the_manager_questions_are_those_of_the_step_marked_in_the_content(shipped_content: Content) -> None:
    step = _manager_step(shipped_content)
    assert step.title == "Vragen die je leidinggevende kan stellen"
    assert manager_question_ids(shipped_content.conversation("functionering")) == list(step.questions)


def test_both_packs_mark_the_manager_questions(shipped_content: Content) -> None:
    from gesprekscoach.content.loader import load_content
    from gesprekscoach.paths import content_dir_for

    flemish = load_content(content_dir_for("vlaanderen"))
    for content in (shipped_content, flemish):
        for conversation in content.conversations:
            for step in conversation.steps:
                if isinstance(step, QuestionsStep) and "leidinggevende kan stellen" in step.title:
                    assert step.asked_by_manager, (conversation.id, step.id)


def test_a_hard_question_joins_the_round_and_marks_are_saved(shipped_content: Content, tmp_path: Path) -> None:
    session = new_session(shipped_content, tmp_path)
    conversation = shipped_content.conversation("functionering")
    manager = manager_question_ids(conversation)
    other = next(
        q
        for q in conversation.questions
        if q.id not in manager and any(isinstance(s, QuestionsStep) and q.id in s.questions for s in conversation.steps)
    )
    assert other.id not in [item.question.id for item in rehearsal_questions(session.prep, conversation)]
    assert session.apply(SetQuestionHard(other.id, True))
    assert not session.apply(SetQuestionHard(other.id, True))  # nothing changed
    session.apply(SetAnswer(manager[0], "Ik heb drie projecten afgerond."))
    ids = [item.question.id for item in rehearsal_questions(session.prep, conversation)]
    assert set(ids) == {*manager, other.id}
    session.apply(SetRehearsalMark(manager[0], AGAIN))
    assert session.save_now().ok
    again = PreparationStore(tmp_path).load(session.prep.id)
    assert again.rehearsal[other.id].hard is True
    assert again.rehearsal[manager[0]].mark == "oefenen"
    first = next(i for i in rehearsal_questions(again, conversation) if i.question.id == manager[0])
    assert first.answer is not None and first.answer.text == "Ik heb drie projecten afgerond."


def test_an_unknown_question_is_refused_and_changes_nothing(shipped_content: Content, tmp_path: Path) -> None:
    session = new_session(shipped_content, tmp_path)
    with pytest.raises(CommandError, match="hoort niet bij dit gesprek"):
        session.apply(SetRehearsalMark("bestaat-niet", GOOD))
    assert session.prep.rehearsal == {}


def test_a_round_is_random_by_seed_and_nog_oefenen_comes_back(shipped_content: Content, tmp_path: Path) -> None:
    session = new_session(shipped_content, tmp_path)
    questions = rehearsal_questions(session.prep, shipped_content.conversation("functionering"))
    assert len(questions) >= 3
    orders = set()
    for seed in range(6):
        round_ = RehearsalRound(questions, random.Random(seed))
        orders.add(tuple(q.question.id for q in round_._queue))
    assert len(orders) > 1  # the seed changes the order
    round_ = RehearsalRound(questions, random.Random(1))
    first = round_.next_question()
    assert first is not None
    round_.mark(AGAIN)
    asked = [first.question.id]
    while (current := round_.next_question()) is not None:
        asked.append(current.question.id)
        round_.mark(GOOD)
    assert asked.count(first.question.id) == 2 and asked[-1] == first.question.id
    assert (round_.good, round_.again) == (len(questions), 1)


def test_a_file_without_rehearsal_opens(shipped_content: Content, tmp_path: Path) -> None:
    store = PreparationStore(tmp_path)
    store.folder.mkdir(parents=True)
    shutil.copy(DATA / "preparation-v3.yaml", store.folder / "2027-06-10-functionering.yaml")
    assert "rehearsal" not in (DATA / "preparation-v3.yaml").read_text(encoding="utf-8")
    prep = store.load("2027-06-10-functionering")
    assert prep.rehearsal == {}
    assert prep.meeting_date == date(2027, 6, 10)
