"""What the sheet shows of a goal's SMART check, checked now or kept between runs of `exporteer`.

The sheet shows three things of a goal's check (`build._goal_check`): the SMART letters still
open, the deadline and a warning about it (`GoalOutcome`). `GoalOutcomes` checks them now
(`goal_checks.goal_verdict`, remembered in memory). A sheet with goals then imports the SMART
check and reads every goal: about 10 ms of a run of `gesprekscoach exporteer`, more than the
rest of the sheet.

`SavedGoalOutcomes` also keeps them in the private cache between runs (JSON, kind
`doeloordelen`), for checked content read from its cache, whose key covers the exact bytes of
every content file (and so the check texts and the SMART guide). The cache file is named after
that key and a digest of the code of the checks, this module, the versions of the coach and of
Python, and the installed simplemma (the lemmas the checks use): any change to one of them
starts a new, empty cache. An entry is found by a digest of the goal's six texts and the day its
deadline counts from, so a changed goal is checked again. A damaged or foreign cache counts as
empty; at most `MAX_SAVED` outcomes are kept, the newest.

Plain Python: this module never imports Textual or pydantic, and imports the SMART check only
when a goal is checked.
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from gesprekscoach.content.sheet_labels import SMART_FIELDS, SmartField

if TYPE_CHECKING:
    from gesprekscoach.checks.goal_fields import GoalFields
    from gesprekscoach.checks.smart import SmartResult
    from gesprekscoach.content.check_models import CheckTexts, SmartGuide

VERDICT_CACHE = "doeloordelen"
"""The kind of cache file of the saved outcomes."""
MAX_SAVED = 1000
"""The most outcomes the cache keeps (the newest)."""


class GoalOutcome(NamedTuple):
    """What the sheet shows of a goal's SMART check."""

    open_fields: tuple[SmartField, ...]
    """The SMART fields whose letter is not met, in SMART order."""
    deadline: date | None
    """The deadline the check found, or None."""
    warning: str
    """A warning about the deadline ('' for none)."""

    @classmethod
    def of(cls, result: "SmartResult") -> "GoalOutcome":
        """The outcome of a verdict."""
        open_fields = tuple(field for field in SMART_FIELDS if result.letters[field].ok is not True)
        return cls(open_fields, result.deadline, result.deadline_warning or "")

    def to_plain(self) -> list[Any]:
        """JSON data for the cache."""
        return [list(self.open_fields), self.deadline.isoformat() if self.deadline else None, self.warning]

    @classmethod
    def from_plain(cls, data: object) -> "GoalOutcome | None":
        """The outcome from cached JSON data; None when it has another shape."""
        if not isinstance(data, list) or len(data) != 3:
            return None
        fields, deadline, warning = data
        if not isinstance(fields, list) or not isinstance(warning, str):
            return None
        known = [field for field in SMART_FIELDS if field in fields]
        if len(known) != len(fields) or len(set(fields)) != len(fields):
            return None
        if deadline is None:
            return cls(tuple(known), None, warning)
        if not isinstance(deadline, str):
            return None
        try:
            return cls(tuple(known), date.fromisoformat(deadline), warning)
        except ValueError:
            return None


class GoalOutcomes:
    """The outcomes of goals checked against these check texts: checked now (remembered in memory)."""

    def __init__(self, texts: "CheckTexts", guide: "SmartGuide | None") -> None:
        self.texts = texts
        self.guide = guide

    def outcome(self, goal: "GoalFields", today: date) -> GoalOutcome:
        """What the sheet shows of the check of `goal`, its deadline counted from `today`."""
        from gesprekscoach.sheet.goal_checks import goal_verdict  # the SMART check, only when a goal is checked

        return GoalOutcome.of(goal_verdict(goal, today=today, texts=self.texts, guide=self.guide))


def _goal_key(goal: "GoalFields", today: date) -> str:
    from gesprekscoach.content.cache import key_hash

    texts = [goal.text, goal.specifiek, goal.meetbaar, goal.acceptabel, goal.realistisch, goal.tijdgebonden]
    return key_hash(json.dumps([*texts, today.isoformat()], ensure_ascii=False).encode("utf-8")).hexdigest()


def _code_files() -> list[Path]:
    """The code whose change may change a verdict: the checks and this module."""
    package = Path(__file__).parent.parent
    return [*sorted((package / "checks").glob("*.py")), Path(__file__)]


class SavedGoalOutcomes(GoalOutcomes):
    """The outcomes of goals checked against the checked content with this key, kept between runs."""

    def __init__(
        self,
        texts: "CheckTexts",
        guide: "SmartGuide | None",
        folder: Path | None,
        key: str | None,
        known: dict[str, Any],
    ) -> None:
        super().__init__(texts, guide)
        self._folder = folder
        self._key = key
        self._known = known
        self._changed = False

    @classmethod
    def open(cls, content_key: str, texts: "CheckTexts", guide: "SmartGuide | None") -> "SavedGoalOutcomes":
        """The saved outcomes for the checked content with this cache key (none when there is no cache)."""
        from gesprekscoach.checks.lemma_source import index_name
        from gesprekscoach.content.cache import cache_key, key_hash, read_data
        from gesprekscoach.content.content_files import cache_folder

        folder = cache_folder()
        code = cache_key([], _code_files())
        if folder is None or code is None:
            return cls(texts, guide, None, None, {})
        key = key_hash(f"{code}|{content_key}|{index_name()}".encode()).hexdigest()[:40]
        data = read_data(folder, VERDICT_CACHE, key)
        return cls(texts, guide, folder, key, data if isinstance(data, dict) else {})

    def outcome(self, goal: "GoalFields", today: date) -> GoalOutcome:
        """The saved outcome of this goal and day, or else checked now (and saved by `save`)."""
        goal_key = _goal_key(goal, today)
        saved = GoalOutcome.from_plain(self._known.get(goal_key))
        if saved is not None:
            return saved
        found = super().outcome(goal, today)
        self._known.pop(goal_key, None)
        self._known[goal_key] = found.to_plain()  # the newest last
        self._changed = True
        return found

    def save(self) -> None:
        """Write the outcomes when some were checked now; skipped when it cannot be."""
        if not self._changed or self._folder is None or self._key is None:
            return
        from gesprekscoach.content.cache import write_data

        newest = dict(list(self._known.items())[-MAX_SAVED:])
        write_data(self._folder, VERDICT_CACHE, self._key, newest)
        self._changed = False
