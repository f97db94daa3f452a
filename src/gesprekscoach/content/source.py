"""The coach's content, with its models built when they are first needed.

The full screen shows its home screen before anything else: the conversation types, with a
name, a line and which way they look. Checked content in the cache (`content_files`) has all
of that as plain data, so the home screen is drawn without the models (their import and
their build cost more than the rest of the start). The models (`Content`) are built the first
time something asks for them (`ContentSource.get`), in whichever thread asks first; the
home screen asks in its worker thread, so the event loop never waits for them.

Content in the cache passed validation as a whole (the loader writes it only then, keyed by
the exact bytes of every file), so using its plain data first changes nothing in what is
checked: `get` loads the very same files.

Plain Python: this module never imports Textual or pydantic.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gesprekscoach.content.models import Content

LOOKS: dict[str, str] = {
    "back": "kijkt terug",
    "ahead": "kijkt vooruit",
    "both": "kijkt terug en vooruit",
}
"""Dutch words for the direction of a conversation (`ConversationType.looks`), by its value."""


@dataclass(frozen=True)
class ConversationCard:
    """A conversation type as the home screen shows it."""

    id: str
    name: str
    summary: str
    looks: str
    also_known_as: tuple[str, ...] = ()
    order: int = 0


class ContentSource:
    """The content of a folder: plain data for the home screen at once, the models when first asked.

    Made from loaded `Content` (`ContentSource.of`), or from the checked content in the cache
    (`ContentSource.cached`), whose models are loaded from the same folder when first needed.
    """

    def __init__(
        self, directory: Path | None, *, content: Content | None = None, checked: Mapping[str, Any] | None = None
    ):
        self._directory = directory
        self._content = content
        self._checked = checked
        self._lock = threading.Lock()

    @classmethod
    def of(cls, content: Content) -> ContentSource:
        """A source of content that is loaded already."""
        return cls(None, content=content)

    @classmethod
    def cached(cls, directory: Path | None) -> ContentSource | None:
        """A source of the checked content of `directory` in the cache; None when it is not there
        (or not of the right shape): then the folder must be checked first (`loader.load_content`)."""
        from gesprekscoach.content.content_files import checked_content_data
        from gesprekscoach.paths import default_content_dir

        data = checked_content_data(Path(directory) if directory is not None else default_content_dir())
        if data is None or _cards(data) is None:
            return None
        return cls(directory, checked=data)

    @property
    def loaded(self) -> bool:
        """Whether the models are built."""
        return self._content is not None

    def get(self) -> Content:
        """The content's models, built the first time; `ContentError` when the folder has problems."""
        content = self._content
        if content is not None:
            return content
        with self._lock:
            if self._content is None:
                self._content = self._build()
            return self._content

    def _build(self) -> Content:
        """The models of the checked data this source was made from (validated again), else of the folder."""
        if self._checked is not None:
            from pydantic import ValidationError

            from gesprekscoach.content.models import Content

            try:  # the content the home screen shows, even when a file changed since the start
                return Content.model_validate(self._checked)
            except (ValidationError, ValueError, TypeError, RecursionError):
                pass  # a damaged cache: check the folder itself
        from gesprekscoach.content.loader import load_content

        return load_content(self._directory)

    def cards(self) -> list[ConversationCard]:
        """The conversation types in home-screen order, without building the models when they are not built yet."""
        content = self._content
        if content is None and self._checked is not None:
            cards = _cards(self._checked)
            if cards is not None:
                return cards
        content = self.get()
        found = [
            ConversationCard(conv.id, conv.name, conv.summary, conv.looks, tuple(conv.also_known_as), conv.order)
            for conv in content.conversations
        ]
        return sorted(found, key=lambda card: card.order)


def _cards(data: Mapping[str, Any]) -> list[ConversationCard] | None:
    """The cards of the conversations in checked plain data; None when the data is not of the right shape."""
    conversations = data.get("conversations")
    if not isinstance(conversations, list):
        return None
    cards: list[ConversationCard] = []
    for conv in conversations:
        if not isinstance(conv, dict):
            return None
        texts = [conv.get(name) for name in ("id", "name", "summary")]
        looks = LOOKS.get(str(conv.get("direction")))
        aliases, order = conv.get("also_known_as", []), conv.get("order", 0)
        if not all(isinstance(text, str) for text in texts) or looks is None:
            return None
        if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
            return None
        if not isinstance(order, int) or isinstance(order, bool):
            return None
        cards.append(ConversationCard(str(texts[0]), str(texts[1]), str(texts[2]), looks, tuple(aliases), order))
    return sorted(cards, key=lambda card: card.order)
