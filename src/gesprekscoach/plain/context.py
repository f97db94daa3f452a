"""What every part of the plain mode's menu needs: the content, the streams, the store, the clock, the folder,
the way to open the mail program and the random order of rehearsing.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import random
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
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
    open_url: Callable[[str], bool] = webbrowser.open
    """Opens a `mailto:` address in the mail program (tests give their own)."""
    rng: random.Random = field(default_factory=random.Random)
    """The order of the questions when rehearsing (tests give a seeded one)."""
