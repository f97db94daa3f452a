"""Errors of the session; `str()` is a plain Dutch message for the user.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations


class SessionError(Exception):
    """Something the session cannot do; `str()` is a Dutch message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class CommandError(SessionError):
    """A command names an item that is not (or no longer) there, or cannot be done; nothing changed."""


class UnknownConversationError(SessionError):
    """The preparation's conversation type is not in the content (the preparation is kept as it is)."""


def unknown_conversation_message(conversation_id: str) -> str:
    """The Dutch message for a preparation whose conversation type the content lacks."""
    return (
        f"Het gesprek '{conversation_id}' van deze voorbereiding ken ik niet meer. "
        "Kijk of je de goede inhoud gebruikt (--content)."
    )
