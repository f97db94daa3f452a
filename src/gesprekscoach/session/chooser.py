"""The scoring of the 'Welk gesprek heb ik?' helper: plain logic, no widgets."""

from __future__ import annotations

from dataclasses import dataclass

from gesprekscoach.content.models import Chooser, ChooserOption, Content, ConversationType


@dataclass(frozen=True)
class ChooserAdvice:
    """The advised conversation type and why (the reasons of the chosen answers)."""

    conversation: ConversationType | None
    reasons: list[str]
    scores: dict[str, int]


def advise(content: Content, chosen: list[ChooserOption]) -> ChooserAdvice:
    """Add up the points of the chosen answers; the type with most points wins.

    On a tie the type that comes first on the home screen wins. None when no answer
    gave points to a known type.
    """
    known = {conv.id: conv for conv in content.conversations}
    scores: dict[str, int] = {}
    for option in chosen:
        for conv_id, points in option.points.items():
            if conv_id in known:
                scores[conv_id] = scores.get(conv_id, 0) + points
    positive = {conv_id: score for conv_id, score in scores.items() if score > 0}
    if not positive:
        return ChooserAdvice(None, [o.reason for o in chosen if o.reason], scores)
    best_id = max(positive, key=lambda conv_id: (positive[conv_id], -known[conv_id].order))
    reasons = [o.reason for o in chosen if o.reason and o.points.get(best_id, 0) > 0]
    if not reasons:
        reasons = [o.reason for o in chosen if o.reason]
    return ChooserAdvice(known[best_id], reasons, scores)


def question_count(chooser: Chooser) -> int:
    """How many questions the helper asks."""
    return len(chooser.questions)
