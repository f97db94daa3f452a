"""Where the coach keeps the user's data and finds its content.

User data lives in the platform's user data folder, or in `GESPREKSCOACH_HOME`
when that is set (tests always set it). Folders the coach makes are private (0700) and
its files 0600; the coach never changes the mode of anything outside its data folder
(see `ensure_private_dir` and `is_inside`).
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "GESPREKSCOACH_HOME"
CONTENT_ENV = "GESPREKSCOACH_CONTENT"

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class DataHomeError(OSError):
    """The coach cannot tell where the user's data belongs (no home folder); `str()` is Dutch.

    An OSError, so code that skips a cache it cannot write also skips this.
    """

    def __init__(self, message: str | None = None) -> None:
        self.message = message or (
            "Ik weet niet waar ik je gegevens moet bewaren: ik vind geen thuismap (HOME). "
            f"Kies zelf een map met de omgevingsvariabele {HOME_ENV}, "
            f"bijvoorbeeld: export {HOME_ENV}=/pad/naar/een/map"
        )
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


def _expand(path: str) -> Path:
    """`path` with a leading '~' expanded; DataHomeError when there is no home folder."""
    try:
        expanded = Path(path).expanduser()
    except RuntimeError:  # "Could not determine home directory."
        raise DataHomeError() from None
    if str(expanded).startswith("~"):
        raise DataHomeError()
    return expanded


def data_home() -> Path:
    """The folder with the user's preparations (not created here).

    Raises DataHomeError (a Dutch message that names `GESPREKSCOACH_HOME`) when neither
    that variable nor a home folder is there.
    """
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return _expand(override)
    import platformdirs

    try:
        found = Path(platformdirs.user_data_path("gesprekscoach", appauthor=False))
    except (RuntimeError, KeyError):  # no HOME and no entry in the password database
        raise DataHomeError() from None
    if not found.is_absolute() or str(found).startswith("~"):
        raise DataHomeError()
    return found


def cache_home() -> Path:
    """The folder for caches (not created here): `<GESPREKSCOACH_HOME>/cache`, or the platform's cache folder.

    Raises DataHomeError when there is no home folder.
    """
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return _expand(override) / "cache"
    import platformdirs

    try:
        found = Path(platformdirs.user_cache_path("gesprekscoach", appauthor=False))
    except (RuntimeError, KeyError):
        raise DataHomeError() from None
    if not found.is_absolute() or str(found).startswith("~"):
        raise DataHomeError()
    return found


def is_inside(path: Path, root: Path) -> bool:
    """True when `path`, with every symlink followed, lies inside `root` (also followed)."""
    try:
        resolved = Path(os.path.realpath(path))
        base = Path(os.path.realpath(root))
    except (OSError, ValueError):
        return False
    return resolved == base or base in resolved.parents


def ensure_private_dir(path: Path, root: Path | None = None) -> Path:
    """Create `path` (and parents) if needed and make it private (0700).

    With `root` (the data folder), the mode is only changed when `path` really lies inside
    `root`: a symlink that leads out of the data folder is never chmodded.
    """
    path.mkdir(parents=True, exist_ok=True)
    if root is not None and not is_inside(path, root):
        return path
    try:
        os.chmod(path, PRIVATE_DIR_MODE)
    except OSError:
        pass
    return path


def shipped_content_dir() -> Path:
    """The content that ships with the coach: inside the wheel, or at the top of a clone."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "content"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "content"


SHIPPED_PACKS: dict[str, str] = {"nederland": "", "vlaanderen": "vlaanderen"}
"""The content packs that ship with the coach, by name: the folder inside the shipped content
('' is the shipped folder itself, the Dutch pack)."""


def content_dir_for(value: str | Path) -> Path:
    """The content folder a user named: a shipped pack by its name ('vlaanderen', 'nederland'),
    else a path. A folder of that name in the current directory wins over a pack name."""
    text = str(value).strip()
    candidate = Path(text).expanduser()
    pack = SHIPPED_PACKS.get(text.lower())
    if pack is not None and not candidate.is_dir():
        return shipped_content_dir() / pack if pack else shipped_content_dir()
    return candidate


def default_content_dir() -> Path:
    """The content folder to use: `GESPREKSCOACH_CONTENT` when set (a path or a pack name), else the shipped one."""
    override = os.environ.get(CONTENT_ENV, "").strip()
    if override:
        return content_dir_for(override)
    return shipped_content_dir()
