"""Which simplemma is installed, and the name of the lemma index made from it, without importing it.

`smart_lemmas.py` names its index of simplemma's Dutch dictionary after simplemma's version and
that file (`index_name`); the saved SMART outcomes of the sheet (`sheet/goal_outcomes.py`) use
the same name as part of their key, since another simplemma may read a goal differently. Both
find it here, without the index reader (and its imports).

Plain Python; never imports Textual.
"""

from __future__ import annotations

import os
from pathlib import Path

INDEX_FORMAT = 1
"""The layout of the index file; part of its name."""
LANG = "nl"
"""The language of the lemmas."""


def _simplemma_folder() -> Path | None:
    """The folder of the installed simplemma package, found without importing it."""
    from importlib.util import find_spec

    try:
        spec = find_spec("simplemma")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def index_name() -> str | None:
    """The file name of the index for the installed simplemma and its Dutch dictionary; None without simplemma."""
    folder = _simplemma_folder()
    if folder is None:
        return None
    from gesprekscoach.content.cache import key_hash  # without loading OpenSSL

    digest = key_hash(f"{INDEX_FORMAT}|{LANG}".encode())
    try:
        digest.update((folder / "__metadata__.py").read_bytes())  # holds simplemma's version
        info = os.stat(folder / "strategies" / "dictionaries" / "data" / f"{LANG}.plzma")
    except OSError:
        return None
    digest.update(f"|{info.st_size}|{info.st_mtime_ns}".encode())
    return f"lemmas-{LANG}-{digest.hexdigest()[:24]}.txt"
