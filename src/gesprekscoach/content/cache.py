"""A private cache of checked content, as plain JSON data: never code, never trusted blindly.

Checking the content (parsing every YAML file and validating it) takes tens of milliseconds;
the result is kept in the cache folder so the next start can skip the parsing. The cache:
- holds JSON (`model_dump(mode="json")`), never a pickle: a file planted in the cache folder
  cannot run code, and what is read is validated against the content models again;
- is keyed by a digest of the exact bytes of every file the content was read from, the
  models' and the loader's source and the versions of the coach, pydantic and Python, so any
  change to a file, however small, checks the folder again;
- is only read from a folder (and a file) owned by the current user and not writable by
  group or others; on Windows there are no such owner and mode bits to check, so there the
  cache is only trusted as far as validating it goes;
- is ignored when it is corrupt, foreign or of the wrong shape (the caller checks the
  content again and writes a new one); a cache that cannot be written is skipped.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from gesprekscoach.private_files import folder_is_private, read_private

if TYPE_CHECKING:  # pydantic is imported where cached data is validated, not to find or read it
    from typing import Protocol

    from pydantic import BaseModel

    class KeyHash(Protocol):
        """What the caches use of a hash object."""

        def update(self, data: bytes, /) -> None: ...

        def hexdigest(self) -> str: ...


if TYPE_CHECKING:
    ModelT = TypeVar("ModelT", bound=BaseModel)
else:  # a bound given as text would be compiled at import, on every command
    ModelT = TypeVar("ModelT")

CACHE_SUFFIX = ".json"
LEGACY_SUFFIX = ".pickle"
"""Caches of earlier versions were pickles; they are removed, never read."""
CACHE_FORMAT = 1
"""The layout of a cache file; part of the key, and checked when reading."""
MAX_CACHE_BYTES = 32_000_000
"""A cache file larger than this is not read."""


def key_hash(data: bytes = b"") -> KeyHash:
    """A BLAKE2b hash of `data` (`update` adds more), for the keys of the caches: from Python's own module.

    `hashlib` loads OpenSSL, a few milliseconds of every `smart` and `feedback`; `_blake2` is
    built into Python and hashes the content and the models' source (a few hundred kB) faster
    than Python's own SHA-256 does.
    """
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b
    found: KeyHash = blake2b(data)
    return found


def cache_key(files: Sequence[Path], sources: Sequence[Path]) -> str | None:
    """A digest of the bytes of `files` and `sources` and the versions that shape the models; None when unreadable.

    The Python version is `platform.python_version()`, read from `sys.version` without importing `platform`.
    """
    from gesprekscoach import __version__

    digest = key_hash(f"{__version__}|{sys.version.split()[0]}|json{CACHE_FORMAT}".encode())
    try:
        digest.update(_pydantic_version())
        for path in sources:  # a changed model or loader never gets content checked by an older one
            digest.update(path.read_bytes())
        for path in files:
            data = path.read_bytes()
            digest.update(f"|{path.name}|{len(data)}|".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()[:40]


_PYDANTIC_VERSION: list[bytes] = []
"""The bytes of pydantic's `version.py`, once read (a run asks for several cache keys)."""


def _pydantic_version() -> bytes:
    """The bytes of pydantic's `version.py` (OSError when pydantic is not installed), read once per run."""
    if not _PYDANTIC_VERSION:
        _PYDANTIC_VERSION.append(_pydantic_version_file().read_bytes())
    return _PYDANTIC_VERSION[0]


def _pydantic_version_file() -> Path:
    """pydantic's `version.py`, found without importing pydantic: its bytes stand for the version that validated."""
    import importlib.util

    spec = importlib.util.find_spec("pydantic")
    if spec is None or spec.origin is None:
        raise OSError("pydantic is not installed")
    return Path(spec.origin).parent / "version.py"


def _file_name(kind: str, key: str) -> str:
    return f"{kind}-{key}{CACHE_SUFFIX}"


def read_data(folder: Path, kind: str, key: str) -> object | None:
    """The plain data of the cache of this kind and key, not yet validated; None when there is none that can be used."""
    data = read_private(folder, _file_name(kind, key), MAX_CACHE_BYTES)
    if data is None:
        return None
    try:
        payload = json.loads(data)
    except (ValueError, RecursionError):
        return None
    if (
        not isinstance(payload, dict)
        or payload.get("format") != CACHE_FORMAT
        or payload.get("kind") != kind
        or payload.get("key") != key
    ):
        return None
    return payload.get("data")


def read_cached(folder: Path, kind: str, key: str, model: type[ModelT]) -> ModelT | None:
    """The cached `model` of this kind and key, validated again; None when there is none that can be used."""
    from pydantic import ValidationError

    data = read_data(folder, kind, key)
    try:
        return model.model_validate(data)
    except (ValidationError, ValueError, TypeError, RecursionError):
        return None


def write_cached(folder: Path, kind: str, key: str, value: BaseModel) -> None:
    """Keep checked content for the next start, and remove older caches of this kind; skipped when it cannot be."""
    write_data(folder, kind, key, value.model_dump(mode="json"))


def write_data(folder: Path, kind: str, key: str, data: object) -> None:
    """Keep the plain (JSON) data of checked content, and remove older caches of this kind; skipped when it cannot be."""
    from gesprekscoach.atomic import atomic_write_bytes
    from gesprekscoach.paths import ensure_private_dir

    try:
        ensure_private_dir(folder)
        if not folder_is_private(folder):
            return  # a folder someone else could write in: never used for the cache
        payload = {"format": CACHE_FORMAT, "kind": kind, "key": key, "data": data}
        target = folder / _file_name(kind, key)
        atomic_write_bytes(target, json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        for old in [*folder.glob(f"{kind}-*{CACHE_SUFFIX}"), *folder.glob(f"{kind}-*{LEGACY_SUFFIX}")]:
            if old != target:
                old.unlink(missing_ok=True)
    except (OSError, ValueError, TypeError):
        return
