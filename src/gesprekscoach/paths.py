"""Where the coach keeps the user's data and finds its content.

User data lives in the platform's user data folder, or in `GESPREKSCOACH_HOME`
when that is set (tests always set it). The folder is private (0700).
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "GESPREKSCOACH_HOME"
CONTENT_ENV = "GESPREKSCOACH_CONTENT"


def data_home() -> Path:
    """The folder with the user's preparations (not created here)."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_path("gesprekscoach", appauthor=False))


def cache_home() -> Path:
    """The folder for caches (not created here): `<GESPREKSCOACH_HOME>/cache`, or the platform's cache folder."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return Path(override).expanduser() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_path("gesprekscoach", appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed and make it private (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
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


def default_content_dir() -> Path:
    """The content folder to use: `GESPREKSCOACH_CONTENT` when set, else the shipped one."""
    override = os.environ.get(CONTENT_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return shipped_content_dir()
