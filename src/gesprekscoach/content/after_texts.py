"""The texts for after the meeting, taken from the loaded content and filled in.

The shipped texts for the optional fields of after.yaml (`report_reminder`, `reaction_letter`)
are filled in by the loader (`loader.AFTER_FALLBACK_FIELDS`), once; these helpers read no file.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from gesprekscoach.content.templates import fill

if TYPE_CHECKING:
    from gesprekscoach.content.models import AroundMeetingTexts, Content, ProgressTexts, ReactionLetterTexts

_NOT_LOADED = "content.after has no {field}: load the content with gesprekscoach.content.loader, which fills it in"


def reaction_letter_texts(content: Content) -> ReactionLetterTexts:
    """The phrases of the reaction letter (the loader filled in the shipped ones when the folder has none)."""
    texts = content.after.reaction_letter
    if texts is None:
        raise ValueError(_NOT_LOADED.format(field="reaction_letter"))
    return texts


def report_reminder_text(content: Content, *, conversation: str, meeting: str, days: int) -> str:
    """The reminder to ask for the report, filled in ({gesprek}, {datum}, {dagen})."""
    template = content.after.report_reminder
    if template is None:
        raise ValueError(_NOT_LOADED.format(field="report_reminder"))
    return " ".join(fill(template, gesprek=conversation, datum=meeting, dagen=str(days)).split())


__all__ = ["around_meeting_texts", "fill", "progress_texts", "reaction_letter_texts", "report_reminder_text"]


def around_meeting_texts(content: Content) -> AroundMeetingTexts:
    """The texts for rehearsing, the agenda message, the calendar and the wins log (filled in by the loader)."""
    texts = content.after.around_meeting
    if texts is None:
        raise ValueError(_NOT_LOADED.format(field="around_meeting"))
    return texts


def progress_texts(content: Content) -> ProgressTexts:
    """The texts of progress, the marks' legend and the date checks (filled in by the loader)."""
    texts = content.after.progress
    if texts is None:
        raise ValueError(_NOT_LOADED.format(field="progress"))
    return texts
