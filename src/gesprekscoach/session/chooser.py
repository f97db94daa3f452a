"""The 'Welk gesprek heb ik?' helper: the scoring of its answers, and finding a conversation by a name.

Plain logic, no widgets: both front ends and the CLI use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
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


_NOT_IN_A_NAME = re.compile(r"[\s\-\u2010-\u2015_.]+")
"""What does not count when names are compared: spaces, hyphens and dashes, underscores, dots."""


def name_key(name: str) -> str:
    """A name as it is compared: no capitals, no spaces or hyphens ('R&O-gesprek' → 'r&ogesprek')."""
    return _NOT_IN_A_NAME.sub("", name.casefold())


class NamedConversation(Protocol):
    """A conversation type as far as its names go (a `ConversationType` or a `source.ConversationCard`)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def also_known_as(self) -> Sequence[str]: ...


NamedT = TypeVar("NamedT", bound=NamedConversation)


def find_conversation(content: Content, typed_name: str) -> ConversationType | None:
    """The conversation type of the content a user means by a name (see `find_named`)."""
    return find_named(content.conversations, typed_name)


def find_named(conversations: Iterable[NamedT], typed_name: str) -> NamedT | None:
    """The conversation type a user means by a name: its name, its id, or one of its other names.

    Capitals, spaces and hyphens do not matter: 'jaargesprek', 'R&O gesprek' and 'pop-gesprek'
    are found. A conversation's own name or id wins over another conversation's other name.
    None when no conversation type has that name.
    """
    key = name_key(typed_name)
    if not key:
        return None
    known = list(conversations)
    for conversation in known:
        if key in (name_key(conversation.name), name_key(conversation.id)):
            return conversation
    for conversation in known:
        if key in {name_key(name) for name in conversation.also_known_as}:
            return conversation
    return None
