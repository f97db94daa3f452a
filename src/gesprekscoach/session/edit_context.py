"""What the edit functions work on: the preparation, the content, its conversation type and the clock.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass

from gesprekscoach.content.models import Content, ConversationType
from gesprekscoach.session.clock import Clock
from gesprekscoach.session.errors import UnknownConversationError, unknown_conversation_message
from gesprekscoach.store.models import Preparation


@dataclass
class EditContext:
    """One preparation being edited, with what the rules need to read."""

    prep: Preparation
    content: Content
    conversation: ConversationType | None
    """The preparation's conversation type; None when the content does not have it."""
    clock: Clock

    def require_conversation(self) -> ConversationType:
        """The conversation type; UnknownConversationError (Dutch) when the content lacks it."""
        if self.conversation is None:
            raise UnknownConversationError(unknown_conversation_message(self.prep.conversation))
        return self.conversation
