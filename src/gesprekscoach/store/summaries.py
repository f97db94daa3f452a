"""What a list of preparations shows of each, remembered per file that passed full validation.

`gesprekscoach lijst` shows the id, the kind of conversation, the date, with whom and when a
preparation last changed. Reading that from a file the strict way means the pydantic models
(their import and their build take far longer than the rest of the command). So the store
validates a file fully once, and keeps its `PreparationSummary` in a private cache, keyed by a
digest of the exact bytes of the file. The next listing reads the file, finds the digest and
uses the summary without parsing it again; a file changed by even one byte is validated again.

The cache:
- holds JSON, never a pickle, in the private cache folder (`cache.read_private` checks owner
  and mode), bounded in size, and is checked for its shape (a wrong one counts as a miss);
- is named after a digest of the code that reads and validates preparations and of the
  versions of the coach, pydantic and Python (`content.cache.cache_key`), so a newer coach
  never trusts what an older one validated;
- holds only the files that were there at the last listing (so it does not grow forever);
- is skipped when it cannot be read or written: the list is then made the slow way.

Plain Python: this module never imports Textual or pydantic.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gesprekscoach.store.models import Preparation

SUMMARY_CACHE = "voorbereidingen"
"""The kind of cache file (its name starts with this)."""
SUMMARY_FORMAT = 1
"""The layout of the cache file; checked when reading."""
MAX_SUMMARY_CACHE_BYTES = 8_000_000
"""A cache file larger than this is not read."""
_SOURCES = ("models.py", "preparations.py", "summaries.py", "schema.py", "user_yaml.py", "user_files.py")
"""The code (in this package) that decides whether a file is a valid preparation and what it holds."""


@dataclass(frozen=True)
class PreparationSummary:
    """One preparation as a list shows it: read from a file that passed full validation."""

    id: str
    conversation: str
    meeting_date: date
    with_whom: str
    updated_at: datetime

    @classmethod
    def of(cls, prep: Preparation) -> PreparationSummary:
        """The summary of a validated preparation."""
        return cls(prep.id, prep.conversation, prep.meeting_date, prep.with_whom, prep.updated_at)

    def to_plain(self) -> dict[str, str]:
        """JSON data for the cache (without the id: the file name gives it)."""
        return {
            "conversation": self.conversation,
            "meeting_date": self.meeting_date.isoformat(),
            "with_whom": self.with_whom,
            "updated_at": self.updated_at.isoformat(),
        }

    @classmethod
    def from_plain(cls, prep_id: str, data: object) -> PreparationSummary | None:
        """The summary from cached JSON data; None when it does not have the right shape."""
        if not isinstance(data, dict):
            return None
        values = [data.get(name) for name in ("conversation", "meeting_date", "with_whom", "updated_at")]
        if not all(isinstance(value, str) for value in values):
            return None
        conversation, meeting, with_whom, updated = values
        try:
            return cls(
                prep_id,
                str(conversation),
                date.fromisoformat(str(meeting)),
                str(with_whom),
                datetime.fromisoformat(str(updated)),
            )
        except ValueError:
            return None


def file_digest(data: bytes) -> str:
    """The key of a file's bytes in the cache."""
    return hashlib.sha256(data).hexdigest()


class SummaryCache:
    """The summaries of preparation files that passed validation, by the digest of their bytes.

    `get` and `put` work in memory; `save` writes the cache when it changed, keeping only the
    digests that were asked for or put since it was opened (the files there are now).
    """

    def __init__(self, folder: Path | None, name: str | None) -> None:
        self._folder = folder
        self._name = name
        self._known: dict[str, dict[str, Any]] = {}
        self._used: dict[str, dict[str, Any]] = {}
        self._changed = False

    @classmethod
    def open(cls) -> SummaryCache:
        """The cache of this version of the coach (empty when there is none or it cannot be used)."""
        from gesprekscoach.content.cache import cache_key
        from gesprekscoach.paths import cache_home

        try:
            folder = cache_home()
        except OSError:
            return cls(None, None)
        here = Path(__file__).parent
        key = cache_key([], [here / name for name in _SOURCES])
        if key is None:
            return cls(None, None)
        cache = cls(folder, f"{SUMMARY_CACHE}-{key}.json")
        cache._read()
        return cache

    def _read(self) -> None:
        from gesprekscoach.private_files import read_private

        if self._folder is None or self._name is None:
            return
        data = read_private(self._folder, self._name, MAX_SUMMARY_CACHE_BYTES)
        if data is None:
            return
        try:
            payload = json.loads(data)
        except (ValueError, RecursionError):
            return
        if (
            isinstance(payload, dict)
            and payload.get("format") == SUMMARY_FORMAT
            and isinstance(payload.get("files"), dict)
        ):
            self._known = {key: value for key, value in payload["files"].items() if isinstance(value, dict)}

    def get(self, prep_id: str, data: bytes) -> PreparationSummary | None:
        """The summary of the file `prep_id` with these bytes, when they passed validation before."""
        digest = file_digest(data)
        plain = self._known.get(digest)
        summary = PreparationSummary.from_plain(prep_id, plain) if plain is not None else None
        if summary is not None and plain is not None:
            self._used[digest] = plain
        return summary

    def put(self, data: bytes, summary: PreparationSummary) -> None:
        """Remember the summary of a file with these bytes, which just passed validation."""
        self._used[file_digest(data)] = summary.to_plain()
        self._changed = True

    def save(self) -> None:
        """Write the cache when it changed (or holds files that are gone); skipped when it cannot be."""
        if self._folder is None or self._name is None:
            return
        if not self._changed and self._used.keys() == self._known.keys():
            return
        from gesprekscoach.atomic import atomic_write_bytes
        from gesprekscoach.paths import ensure_private_dir
        from gesprekscoach.private_files import folder_is_private

        try:
            ensure_private_dir(self._folder)
            if not folder_is_private(self._folder):
                return
            payload = {"format": SUMMARY_FORMAT, "files": self._used}
            target = self._folder / self._name
            atomic_write_bytes(target, json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            for old in self._folder.glob(f"{SUMMARY_CACHE}-*.json"):
                if old != target:
                    old.unlink(missing_ok=True)
        except (OSError, ValueError, TypeError):
            return
