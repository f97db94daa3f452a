"""What the user sees when the coach crashes: where it went wrong, never what they wrote.

A traceback can show the values of local variables (Textual's crash screen does) and the
message of an exception (a pydantic error quotes the input), and both may hold an answer
marked 'alleen voor mij'. So a crash report holds no text of a preparation at all, private
or not: a Dutch line, the kind of error, and for each frame only the file, line and function.
Both front ends print this (`tui/app.py` for the full screen, `cli/main.py` for the rest).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import traceback
from pathlib import PurePath

CRASH_EXIT = 70
"""The exit code after a crash (EX_SOFTWARE: an internal error)."""

CRASH_INTRO = (
    "De coach is gestopt door een fout in het programma. Wat al bewaard was, staat nog in je bestanden. "
    "Je tekst laat ik hier niet zien, ook niet wat alleen voor jou is. Wil je de fout melden? "
    "Stuur dan de regels hieronder mee."
)
"""The Dutch lines above the crash report."""

MAX_FRAMES = 20
"""At most this many frames (the last ones: closest to the error)."""


def crash_report(error: BaseException) -> str:
    """The crash report of `error`: the intro, the kind of error and where; no values, no message."""
    lines = [CRASH_INTRO, "", f"Fout: {type(error).__module__}.{type(error).__qualname__}"]
    frames = traceback.extract_tb(error.__traceback__)[-MAX_FRAMES:]
    for frame in frames:
        lines.append(f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
    cause = error.__cause__ or error.__context__
    if cause is not None and not error.__suppress_context__:
        lines.append(f"Eerder: {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    """The path from the package folder on ('gesprekscoach/tui/app.py'), else the file name."""
    parts = PurePath(filename).parts
    for marker in ("gesprekscoach", "textual", "site-packages"):
        if marker in parts:
            index = len(parts) - 1 - parts[::-1].index(marker)
            return "/".join(parts[index:])
    return PurePath(filename).name
