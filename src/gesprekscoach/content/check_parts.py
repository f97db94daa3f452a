"""The parts of the content the checks on the command line use: from the cache, without pydantic.

`gesprekscoach smart` and `gesprekscoach feedback` need the check texts, the SMART guide and
the feedback guide (`CheckParts`). When the whole content folder is unchanged since the loader
last checked it, they are built from the cached plain data (`content_files.checked_content_data`)
with `check_models.from_plain`, which checks every type, constraint and rule again; neither
pydantic nor the other content models are imported then. Else (no cache, a changed file, data
of another shape) the loader checks the whole folder with pydantic (`loader.load_content`),
and caches it for the next run.

Plain Python: this module never imports Textual or pydantic (the loader is imported on a miss).
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
from pathlib import Path
from typing import NamedTuple

from gesprekscoach.content.check_models import CheckTexts, FeedbackGuide, PlainDataError, SmartGuide, from_plain
from gesprekscoach.content.content_files import checked_content_data
from gesprekscoach.paths import default_content_dir


class CheckParts(NamedTuple):
    """The parts of the content the checks on the command line use (`gesprekscoach smart`, `feedback`)."""

    checks: CheckTexts
    smart: SmartGuide
    feedback: FeedbackGuide


def cached_check_parts(root: Path) -> CheckParts | None:
    """The check parts of the checked content of `root` in the cache; None when it is not there or has another shape."""
    data = checked_content_data(root)
    if data is None:
        return None
    try:
        return CheckParts(
            from_plain(CheckTexts, data.get("checks")),
            from_plain(SmartGuide, data.get("smart")),
            from_plain(FeedbackGuide, data.get("feedback")),
        )
    except PlainDataError:
        return None


def load_check_parts(directory: Path | None = None) -> CheckParts:
    """The check texts, the SMART guide and the feedback guide of a content folder; `ContentError` on problems.

    The same content as `load_content(directory)` gives, checked as strictly: from the cache
    when the whole folder is unchanged since it was last checked, else checked (and cached)
    by the loader.
    """
    root = Path(directory) if directory is not None else default_content_dir()
    parts = cached_check_parts(root)
    if parts is not None:
        return parts
    from gesprekscoach.content.loader import load_content

    content = load_content(root)
    return CheckParts(content.checks, content.smart, content.feedback)
