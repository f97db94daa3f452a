"""The Dutch texts for after the meeting that a content folder may leave out.

An HR department's own `after.yaml` may predate the reaction letter and the report reminder;
then the shipped texts are used, the same way a missing `checks.yaml` is.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from gesprekscoach.content.check_texts import fill
from gesprekscoach.content.models import AfterMeeting, Content, ReactionLetterTexts
from gesprekscoach.paths import shipped_content_dir

AFTER_FILE = "after.yaml"


@lru_cache(maxsize=1)
def shipped_after() -> AfterMeeting:
    """The shipped after.yaml, read once."""
    text = (shipped_content_dir() / AFTER_FILE).read_text(encoding="utf-8")
    return AfterMeeting.model_validate(yaml.safe_load(text))


def reaction_letter_texts(content: Content) -> ReactionLetterTexts:
    """The phrases of the reaction letter: from the content, else the shipped ones."""
    texts = content.after.reaction_letter or shipped_after().reaction_letter
    assert texts is not None, "the shipped after.yaml has a reaction_letter"
    return texts


def report_reminder_text(content: Content, *, conversation: str, meeting: str, days: int) -> str:
    """The reminder to ask for the report, filled in ({gesprek}, {datum}, {dagen})."""
    template = content.after.report_reminder or shipped_after().report_reminder or ""
    return " ".join(fill(template, gesprek=conversation, datum=meeting, dagen=str(days)).split())


__all__ = ["fill", "reaction_letter_texts", "report_reminder_text", "shipped_after"]
