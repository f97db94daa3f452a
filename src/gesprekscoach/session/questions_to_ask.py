"""The questions you want to ask: chosen suggestions and your own, in one order.

The rule, in one place: first any chosen suggestions the ask step no longer offers (so
nothing you picked is lost when the content changes), then the chosen suggestions in the
order of the step, then your own questions in your order. A suggestion you keep keeps its
'alleen voor mij' mark (and any field a newer version wrote).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from gesprekscoach.content.models import AskStep, ConversationType, Question
from gesprekscoach.store.models import AskedQuestion


def suggestions_of(step: AskStep, conversation: ConversationType) -> list[Question]:
    """The suggested questions of an ask step that the conversation has, in the step's order."""
    found: list[Question] = []
    for question_id in step.suggestions:
        try:
            found.append(conversation.question(question_id))
        except KeyError:
            continue
    return found


def chosen_suggestion_ids(questions: Sequence[AskedQuestion]) -> set[str]:
    """The ids of the suggestions chosen."""
    return {q.suggestion_id for q in questions if q.suggestion_id}


def own_questions(questions: Sequence[AskedQuestion]) -> list[AskedQuestion]:
    """Your own questions (not from a suggestion), in order."""
    return [q for q in questions if not q.suggestion_id]


def with_chosen(
    questions: Sequence[AskedQuestion], suggestions: Sequence[Question], chosen: Collection[str]
) -> list[AskedQuestion]:
    """The questions to ask with exactly `chosen` of `suggestions` picked (see the module docstring)."""
    known = {question.id for question in suggestions}
    kept = [q for q in questions if q.suggestion_id and q.suggestion_id not in known]
    before = {q.suggestion_id: q for q in questions if q.suggestion_id}
    picked: list[AskedQuestion] = []
    for suggestion in suggestions:
        if suggestion.id not in chosen:
            continue
        existing = before.get(suggestion.id)
        picked.append(
            existing if existing is not None else AskedQuestion(text=suggestion.text, suggestion_id=suggestion.id)
        )
    return kept + picked + own_questions(questions)


def with_own(questions: Sequence[AskedQuestion], own: Sequence[AskedQuestion]) -> list[AskedQuestion]:
    """The questions to ask with your own questions replaced by `own` (the chosen suggestions stay first)."""
    return [q for q in questions if q.suggestion_id] + list(own)
