"""Whole preparations as plain data, one small cache file per preparation: what `gesprekscoach exporteer` reads.

`PreparationStore.find_view` validates a preparation file fully once (PyYAML and pydantic: their
import and build take far longer than the rest of the export) and keeps the plain JSON data of
the preparation (`preparation_view.plain_of`) here; the next export makes a `PreparationView`
from it without parsing the file again. The coach also leaves the data here when a preparation
is closed (`PreparationStore.remember_view`), so the first export after editing is fast too.

The cache:
- is one file per preparation, `<cache folder>/voorbereidingsdata/<id>.json`, holding
  `{"format": 1, "code": …, "digest": …, "data": …}`; reading or writing one preparation never
  touches the others;
- holds JSON, never a pickle, in a private folder (`private_files.read_private` checks owner,
  mode and size), and a folder that is not private is not used at all;
- trusts an entry only for a file with exactly these bytes (`digest`: `file_keys.file_digest`)
  and for this version of the coach (`code`: a digest of the code that reads and validates
  preparations and of the versions of the coach, pydantic and Python, as `SummaryCache` names
  its files), so a changed byte or a newer coach always validates again;
- counts any entry it cannot use (another format, code or digest, broken JSON, data of another
  shape) as a miss, and skips any write that fails: the export is then made the slow way.

Plain Python: this module never imports Textual, pydantic or PyYAML.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gesprekscoach.store.file_keys import code_key

if TYPE_CHECKING:
    from gesprekscoach.store.preparation_view import PreparationView

VIEW_FOLDER = "voorbereidingsdata"
"""The sub-folder of the cache folder with one file per preparation."""
VIEW_FORMAT = 1
"""The layout of a view file; checked when reading."""
MAX_VIEW_BYTES = 32_000_000
"""A view file larger than this is neither read nor written (a preparation file holds at most 16 MiB)."""
OLD_VIEW_CACHE = "voorbereidingsdata-"
"""The name start of the single cache file of every preparation that older versions wrote (removed)."""
_SUFFIX = ".json"

_OLD_CACHES_REMOVED: list[bool] = []
"""Set once the old single cache files were removed in this run."""


def _folder() -> Path | None:
    """The folder of the view files (it may not exist); None when there is no cache folder."""
    from gesprekscoach.paths import cache_home

    try:
        return cache_home() / VIEW_FOLDER
    except OSError:
        return None


def _file_name(prep_id: str) -> str | None:
    """The name of the view file of `prep_id`; None for an id that cannot name a file here."""
    if not prep_id or prep_id.startswith(".") or "/" in prep_id or "\\" in prep_id or "\0" in prep_id:
        return None
    return f"{prep_id}{_SUFFIX}"


def read_view(prep_id: str, raw: bytes) -> PreparationView | None:
    """The view of the preparation `prep_id` whose file holds exactly `raw`, from its view file; None: a miss.

    A miss is any file that is not there, not private, too large, not JSON, of another format,
    code or digest, or with data of another shape; it never raises.
    """
    from gesprekscoach.private_files import read_private

    folder = _folder()
    name = _file_name(prep_id)
    if folder is None or name is None:
        return None
    stored = read_private(folder, name, MAX_VIEW_BYTES)
    if stored is None:
        return None
    try:
        payload = json.loads(stored)
    except (ValueError, RecursionError):
        return None
    if not isinstance(payload, dict) or payload.get("format") != VIEW_FORMAT:
        return None
    from gesprekscoach.store.file_keys import file_digest

    code = code_key()
    if code is None or payload.get("code") != code or payload.get("digest") != file_digest(raw):
        return None
    from gesprekscoach.store.preparation_view import PreparationView

    return PreparationView.from_plain(prep_id, payload.get("data"))


def write_view(prep_id: str, raw: bytes, plain: dict[str, Any]) -> None:
    """Keep `plain` (`preparation_view.plain_of`) as the data of the preparation whose file holds exactly `raw`.

    Only the caller knows that `raw` passed validation and gives `plain`. Skipped silently when
    the folder is not private or anything fails (it is only a cache); an unchanged file is not
    written again. Removes the single cache files of older versions once per run.
    """
    from gesprekscoach.atomic import atomic_write_bytes
    from gesprekscoach.paths import ensure_private_dir
    from gesprekscoach.private_files import folder_is_private, read_private
    from gesprekscoach.store.file_keys import file_digest

    folder = _folder()
    name = _file_name(prep_id)
    code = code_key()
    if folder is None or name is None or code is None:
        return
    try:
        payload = {"format": VIEW_FORMAT, "code": code, "digest": file_digest(raw), "data": plain}
        data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if len(data) > MAX_VIEW_BYTES:
            return  # it could not be read back
        _remove_old_caches(folder.parent)
        ensure_private_dir(folder.parent)
        ensure_private_dir(folder)
        if not folder_is_private(folder):
            return
        if read_private(folder, name, MAX_VIEW_BYTES) == data:
            return
        atomic_write_bytes(folder / name, data)
    except (OSError, ValueError, TypeError, OverflowError, RecursionError):
        return


def forget_view(prep_id: str) -> None:
    """Remove the view file of `prep_id`, if there is one (never raises)."""
    folder = _folder()
    name = _file_name(prep_id)
    if folder is None or name is None:
        return
    try:
        (folder / name).unlink(missing_ok=True)
    except OSError:
        return


def prune_views(ids: Iterable[str]) -> None:
    """Remove the view files of every preparation not in `ids` (the preparations there are now; never raises)."""
    from gesprekscoach.private_files import folder_is_private

    folder = _folder()
    if folder is None or not folder_is_private(folder):
        return
    kept = {f"{prep_id}{_SUFFIX}" for prep_id in ids}
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries]
        for name in names:
            if name.endswith(_SUFFIX) and not name.startswith(".") and name not in kept:
                (folder / name).unlink(missing_ok=True)
    except OSError:
        return


def _remove_old_caches(cache_folder: Path) -> None:
    """Remove the single cache files of whole preparations that older versions wrote (once per run)."""
    if _OLD_CACHES_REMOVED:
        return
    _OLD_CACHES_REMOVED.append(True)
    try:
        for old in cache_folder.glob(f"{OLD_VIEW_CACHE}*{_SUFFIX}"):
            old.unlink(missing_ok=True)
    except OSError:
        return
