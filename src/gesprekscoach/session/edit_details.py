"""Edits of the preparation itself: with whom the meeting is, its day and time, where the user left
off, and where its sheet was saved.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.dates import parse_meeting_time
from gesprekscoach.session.commands import (
    NO_CHANGE,
    Area,
    Change,
    DetailsCommand,
    RecordSheetSaved,
    SetLastStep,
    SetMeetingDate,
    SetMeetingTime,
    changed,
)
from gesprekscoach.session.edit_context import EditContext
from gesprekscoach.session.errors import CommandError


def apply_details(context: EditContext, command: DetailsCommand) -> Change:
    """Apply a command about the preparation itself."""
    prep = context.prep
    if isinstance(command, RecordSheetSaved):
        if command.full or prep.sheet_path == command.path:
            return NO_CHANGE  # the full version (with private items) is never proposed again
        prep.sheet_path = command.path
        return changed(Area.SHEET)
    if isinstance(command, SetMeetingTime):
        try:
            moment = parse_meeting_time(command.text)
        except ValueError as error:
            raise CommandError(str(error)) from None
        if prep.meeting_time == moment:
            return NO_CHANGE
        prep.meeting_time = moment
        return changed(Area.DETAILS)
    if isinstance(command, SetMeetingDate):
        if prep.meeting_date == command.day:
            return NO_CHANGE
        prep.meeting_date = command.day
        return changed(Area.DETAILS)
    if isinstance(command, SetLastStep):
        if prep.last_step == command.step_id:
            return NO_CHANGE
        prep.last_step = command.step_id
        return changed(Area.DETAILS)
    if prep.with_whom == command.text:
        return NO_CHANGE
    prep.with_whom = command.text
    return changed(Area.DETAILS)
