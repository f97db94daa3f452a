"""The SMART verdict of a goal, remembered: the sheet and the goals step ask for it often.

A check takes about a millisecond; a preparation with a thousand goals would spend a second on
every sheet and every look at the list of goals. The verdict depends only on the goal's texts,
the date and the check texts, so it is remembered under those (at most `MEMO_SIZE` verdicts,
the least recently used go first). Safe to use from several threads (the sheet is rendered in
a worker).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date
from typing import Final

from gesprekscoach.checks.goal_fields import GoalFields
from gesprekscoach.checks.goal_verdict import check_goal_fields
from gesprekscoach.checks.smart import SmartResult
from gesprekscoach.content.check_models import CheckTexts, SmartGuide

MEMO_SIZE: Final = 4096
"""How many verdicts are remembered."""

_Key = tuple[str, str, str, str, str, str, date, date | None, int, int]


def _key(goal: GoalFields, today: date, texts: CheckTexts, guide: SmartGuide | None, next_meeting: date | None) -> _Key:
    """What a verdict depends on: the goal's texts, the dates and (by identity) the check texts."""
    return (
        goal.text,
        goal.specifiek,
        goal.meetbaar,
        goal.acceptabel,
        goal.realistisch,
        goal.tijdgebonden,
        today,
        next_meeting,
        id(texts),
        id(guide),
    )


class VerdictMemo:
    """Remembers SMART verdicts by what they depend on (see the module docstring)."""

    def __init__(self, size: int = MEMO_SIZE) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._verdicts: OrderedDict[_Key, tuple[CheckTexts, SmartGuide | None, SmartResult]] = OrderedDict()

    def verdict(
        self,
        goal: GoalFields,
        *,
        today: date,
        texts: CheckTexts,
        guide: SmartGuide | None = None,
        next_meeting: date | None = None,
    ) -> SmartResult:
        """The verdict of `check_goal_fields` with these arguments (remembered, or checked now)."""
        known = self.known(goal, today=today, texts=texts, guide=guide, next_meeting=next_meeting)
        if known is not None:
            return known
        key = _key(goal, today, texts, guide, next_meeting)
        result = check_goal_fields(goal, today=today, texts=texts, guide=guide, next_meeting=next_meeting)
        with self._lock:
            self._verdicts[key] = (texts, guide, result)  # the texts are kept, so their id stays theirs
            self._verdicts.move_to_end(key)
            while len(self._verdicts) > self.size:
                self._verdicts.popitem(last=False)
        return result

    def known(
        self,
        goal: GoalFields,
        *,
        today: date,
        texts: CheckTexts,
        guide: SmartGuide | None = None,
        next_meeting: date | None = None,
    ) -> SmartResult | None:
        """The remembered verdict for these arguments, or None when it is not known yet (nothing is checked)."""
        key = _key(goal, today, texts, guide, next_meeting)
        with self._lock:
            known = self._verdicts.get(key)
            if known is not None and known[0] is texts and known[1] is guide:
                self._verdicts.move_to_end(key)
                return known[2]
        return None

    def make_room(self, count: int) -> None:
        """Remember at least `count` verdicts from now on (a preparation with more goals than
        `MEMO_SIZE` would otherwise forget its first goals while the last are checked)."""
        with self._lock:
            self.size = max(self.size, count)

    def clear(self) -> None:
        """Forget every verdict."""
        with self._lock:
            self._verdicts.clear()


GOAL_VERDICTS = VerdictMemo()
"""The one memo the sheet and the session share."""


def goal_verdict(
    goal: GoalFields,
    *,
    today: date,
    texts: CheckTexts,
    guide: SmartGuide | None = None,
    next_meeting: date | None = None,
) -> SmartResult:
    """The SMART verdict of a goal as `check_goal_fields` gives it, remembered in `GOAL_VERDICTS`."""
    return GOAL_VERDICTS.verdict(goal, today=today, texts=texts, guide=guide, next_meeting=next_meeting)
