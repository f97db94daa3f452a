"""Whether the coach starts in plain mode: cheap to import, so the command line can ask it first.

`should_use_plain_mode` decides between plain mode and the full screen; it lives here, apart
from `plain/app.py`, so that deciding does not import plain mode itself (and with it the
session, the sheet and the checks) when the full screen starts.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TextIO

PLAIN_ENV = "GESPREKSCOACH_EENVOUDIG"
"""Set to 1 (or ja/true) to always start the plain mode."""

_TRUE_WORDS = frozenset({"1", "ja", "j", "true", "yes", "y", "aan"})


def should_use_plain_mode(
    asked: bool,
    *,
    environ: Mapping[str, str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> bool:
    """True when the coach should start in plain mode instead of full screen.

    That is: `--eenvoudig` was given (`asked`), GESPREKSCOACH_EENVOUDIG is set to 1, TERM
    is 'dumb', or stdin or stdout is not a terminal.
    """
    env = os.environ if environ is None else environ
    if asked:
        return True
    if env.get(PLAIN_ENV, "").strip().lower() in _TRUE_WORDS:
        return True
    if env.get("TERM", "").strip().lower() == "dumb":
        return True
    for stream in (stdin if stdin is not None else sys.stdin, stdout if stdout is not None else sys.stdout):
        try:
            if stream is None or not stream.isatty():
                return True
        except (AttributeError, ValueError, OSError):
            return True
    return False
