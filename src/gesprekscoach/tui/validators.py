"""Input validators with Dutch failure messages."""

from __future__ import annotations

from datetime import date

from textual.validation import ValidationResult, Validator

from gesprekscoach.dates import parse_meeting_date, parse_meeting_time


class MeetingDateValidator(Validator):
    """Accepts what `parse_meeting_date` accepts; the failure is its Dutch message."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today

    def validate(self, value: str) -> ValidationResult:
        """Valid when the text is a meeting date the coach understands."""
        try:
            parse_meeting_date(value, self.today)
        except ValueError as exc:
            return self.failure(str(exc) or "Deze datum begrijp ik niet.", value)
        return self.success()


class MeetingTimeValidator(Validator):
    """Accepts what `parse_meeting_time` accepts (also nothing); the failure is its Dutch message."""

    def validate(self, value: str) -> ValidationResult:
        """Valid when the text is empty or a time the coach understands."""
        try:
            parse_meeting_time(value)
        except ValueError as exc:
            return self.failure(str(exc), value)
        return self.success()


class FilledIn(Validator):
    """Accepts any text that is not only white space."""

    def __init__(self, message: str) -> None:
        super().__init__(failure_description=message)
        self.message = message

    def validate(self, value: str) -> ValidationResult:
        """Valid when something (not only spaces) was typed."""
        if value.strip():
            return self.success()
        return self.failure(self.message, value)
