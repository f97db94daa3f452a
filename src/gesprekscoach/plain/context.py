"""What every part of the plain mode's menu needs: the content, the streams, the store, the clock, the folder.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gesprekscoach.content.models import Content
from gesprekscoach.plain.console import PlainIO
from gesprekscoach.session.clock import Clock
from gesprekscoach.store.preparations import PreparationStore


@dataclass
class PlainContext:
    """The plain mode's shared things (one per run)."""

    content: Content
    io: PlainIO
    store: PreparationStore
    clock: Clock
    cwd: Path
    """The folder where sheets and letters are proposed."""
