"""Which files make up a content folder, and the key and folder of its cache: without pydantic.

The loader (`loader.py`) reads and validates these files; a command that only needs checked
content that is already in the cache (the titles for `gesprekscoach lijst`, the check texts for
`gesprekscoach smart`) finds the same files and the same cache key here, without importing the
models. `checked_content_data` gives the plain data of checked content from the cache.

Plain Python: this module never imports Textual or pydantic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gesprekscoach.paths import shipped_content_dir

CONVERSATIONS_DIR = "conversations"
SHEET_FOLDER = "sheet"
"""The sub-folder of a content folder with the sheet's templates and labels."""

LABELS_FILE = "labels.yaml"
"""The Dutch headings and labels of the printed and saved sheet, in `SHEET_FOLDER`."""

SHARED_FILE_FIELDS: dict[str, str] = {
    "smart.yaml": "smart",
    "pitfalls.yaml": "pitfalls",
    "feedback.yaml": "feedback",
    "after.yaml": "after",
    "chooser.yaml": "chooser",
    "checks.yaml": "checks",
    "glossary.yaml": "glossary",
}
"""Shared content files: file name → field of `Content` (the loader adds the model of each)."""

CHECKS_FILE = "checks.yaml"
AFTER_FILE = "after.yaml"
GLOSSARY_FILE = "glossary.yaml"
OPTIONAL_FILES = frozenset({CHECKS_FILE, GLOSSARY_FILE})
"""Shared files a content folder may leave out; the shipped version is used then."""

CONTENT_CACHE = "inhoud"
CHECKS_CACHE = "controleteksten"
"""The kinds of cache file: the whole content, and the check texts alone."""

_SOURCE_MODULES = (
    "models.py",
    "check_models.py",
    "sheet_labels.py",
    "templates.py",
    "validation.py",
    "yaml_reader.py",
    "loader.py",
    "content_files.py",
)
"""The code that decides what loaded content looks like (files of this package): part of the cache key."""


def shared_path(root: Path, filename: str) -> Path:
    """Where a shared file is read from: the folder, or the shipped content for an optional file it leaves out."""
    path = root / filename
    if not path.is_file() and filename in OPTIONAL_FILES:
        return shipped_content_dir() / filename
    return path


def sheet_labels_path(root: Path) -> Path:
    """Where the sheet's labels are read from: the folder's `sheet/labels.yaml`, else the shipped one."""
    own = root / SHEET_FOLDER / LABELS_FILE
    return own if own.is_file() else shipped_content_dir() / SHEET_FOLDER / LABELS_FILE


def conversation_files(root: Path) -> list[Path]:
    """The conversation files of a content folder, sorted."""
    conv_dir = root / CONVERSATIONS_DIR
    if not conv_dir.is_dir():
        return []
    return sorted(conv_dir.glob("*.yaml")) + sorted(conv_dir.glob("*.yml"))


def content_files(root: Path) -> list[Path] | None:
    """Every file the loader may read for this folder, or None when one is missing."""
    files: list[Path] = []
    for filename in SHARED_FILE_FIELDS:
        path = shared_path(root, filename)
        if not path.is_file():
            return None
        files.append(path)
    files.append(shipped_content_dir() / AFTER_FILE)  # the fallback for after.yaml's optional texts
    labels = sheet_labels_path(root)
    if not labels.is_file():
        return None
    files.append(labels)
    return files + conversation_files(root)


def source_files() -> list[Path]:
    """The code that decides what loaded content looks like: part of the cache key."""
    here = Path(__file__).parent
    return [here / name for name in _SOURCE_MODULES]


def content_cache_key(files: list[Path] | None) -> str | None:
    """The cache key of content read from `files` (see `cache.cache_key`); None when there is none."""
    from gesprekscoach.content.cache import cache_key

    return cache_key(files, source_files()) if files is not None else None


def cache_folder() -> Path | None:
    """The cache folder, or None when there is none (no home folder: the content is then checked every time)."""
    from gesprekscoach.paths import cache_home

    try:
        return cache_home()
    except OSError:
        return None


def checked_content_data(root: Path) -> dict[str, Any] | None:
    """The plain data of the checked content of `root` from the cache, or None when it is not there.

    The data was written by `loader.load_content` after the whole folder passed validation, and
    its key covers the exact bytes of every file, so it is the checked content of these files.
    It is not validated again here: the caller reads the parts it needs and checks their shape
    (a foreign or damaged cache is then the same as no cache: the loader checks the folder).
    """
    entry = checked_content_entry(root)
    return entry[1] if entry is not None else None


def checked_content_entry(root: Path) -> tuple[str, dict[str, Any]] | None:
    """The cache key and the plain data of the checked content of `root` (see `checked_content_data`), or None."""
    from gesprekscoach.content.cache import read_data

    folder = cache_folder()
    if folder is None or not root.is_dir():
        return None
    key = content_cache_key(content_files(root))
    if key is None:
        return None
    data = read_data(folder, CONTENT_CACHE, key)
    return (key, data) if isinstance(data, dict) else None
