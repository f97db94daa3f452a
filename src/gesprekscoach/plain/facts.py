"""The facts about a conversation type, said as plain lines (see `session.conversation_facts`).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import ConversationType
from gesprekscoach.plain.console import PlainIO
from gesprekscoach.session.conversation_facts import conversation_facts


def say_conversation_facts(io: PlainIO, conversation: ConversationType) -> None:
    """Every fact about the conversation: a label with its text, or a label and numbered points."""
    io.say(f"Over het {conversation.name}:")
    for fact in conversation_facts(conversation):
        if fact.points:
            io.say(f"{fact.label}:")
            io.numbered(fact.points)
        else:
            io.say(f"{fact.label}: {fact.text}")
