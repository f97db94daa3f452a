"""The choices of a pick dialog, shared by the widgets that offer them and the dialog that shows them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PickGroup:
    """A titled group of choices: (what is shown, the text that is picked)."""

    title: str
    choices: list[tuple[str, str]] = field(default_factory=list)
