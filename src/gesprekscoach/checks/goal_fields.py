"""What the SMART check reads of a goal: its sentence and its text per letter.

A protocol of its own, so the store's views (`store/preparation_view.py`) and the sheet
(`sheet/inputs.py`) can name it without importing the check itself.

Plain Python: this module imports nothing of the coach.
"""

from typing import Protocol


class GoalFields(Protocol):
    """What the check reads of a goal: the sentence and the text per letter (a `Goal` has these)."""

    @property
    def text(self) -> str: ...
    @property
    def specifiek(self) -> str: ...
    @property
    def meetbaar(self) -> str: ...
    @property
    def acceptabel(self) -> str: ...
    @property
    def realistisch(self) -> str: ...
    @property
    def tijdgebonden(self) -> str: ...
