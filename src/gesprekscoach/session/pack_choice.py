"""Choosing the region of the content: Nederland or Vlaanderen (issue 13).

The region is a user setting (`store.settings.UserSettings.pack`); `cli/main.chosen_content_dir`
uses it when neither `--content` nor `GESPREKSCOACH_CONTENT` chooses. A change applies from the
next start of the coach: the content of a running coach stays as it is. Both front ends offer
the choice (the command palette of the full screen, the menu of the plain mode) and, on the very
first start (no settings file yet), one quiet line on how to choose Vlaanderen.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from pathlib import Path

from gesprekscoach import paths
from gesprekscoach.store.preparations import PREPARATIONS_DIR
from gesprekscoach.store.settings_file import PACKS, SettingsError, settings_exist, settings_pack

PACK_LABELS: dict[str, str] = {"nederland": "Nederland", "vlaanderen": "Vlaanderen"}
"""How each region is shown."""

CHOOSE_TITLE = "Regio kiezen: Nederland of Vlaanderen"
"""The name of the choice (a command palette entry, a menu line)."""

CHOOSE_INTRO = (
    "Kies de inhoud die bij je werk past. In Vlaanderen heten sommige gesprekken en regels anders. "
    "Je keuze geldt vanaf de volgende keer dat je de coach start."
)

PACK_CHOSEN = "Je regio is nu {label}. Dat geldt vanaf de volgende keer dat je de coach start."
PACK_UNCHANGED = "Je regio blijft {label}."

FIRST_START_HINT_SCREEN = "Werk je in Vlaanderen? Druk op Ctrl+P en kies 'Regio kiezen'."
"""The quiet line on the home screen of the full screen, on the very first start."""

FIRST_START_HINT_PLAIN = "Werk je in Vlaanderen? Kies 'Regio kiezen' in het menu, of start met --content vlaanderen."
"""The quiet line above the menu of the plain mode, on the very first start."""


def first_start(home: Path | None = None) -> bool:
    """True on the very first start: no settings file yet, and no preparation made.

    Someone who already prepared a conversation knows the coach; the home screen then keeps its
    room for their preparations.
    """
    if settings_exist(home):
        return False
    try:
        folder = (home if home is not None else paths.data_home()) / PREPARATIONS_DIR
        return not any(folder.glob("*.yaml"))
    except (OSError, paths.DataHomeError):
        return True


def current_pack(home: Path | None = None) -> str:
    """The region in the settings ('nederland' when there are none)."""
    return settings_pack(home)


def pack_choices() -> list[tuple[str, str]]:
    """The regions to choose from: (its name, how it is shown), in order."""
    return [(pack, PACK_LABELS[pack]) for pack in PACKS]


def choose_pack(pack: str, home: Path | None = None) -> str:
    """Keep `pack` as the region in the settings; returns what to tell the user.

    Raises SettingsError (Dutch) when the settings cannot be read or written, and ValueError for
    a region that does not ship with the coach.
    """
    if pack not in PACKS:
        raise ValueError(pack)
    from gesprekscoach.store.settings import load_settings, save_settings  # the model: the file is written

    settings = load_settings(home)
    label = PACK_LABELS[pack]
    if settings.pack == pack and settings_exist(home):
        return PACK_UNCHANGED.format(label=label)
    save_settings(settings.model_copy(update={"pack": pack}), home)
    return PACK_CHOSEN.format(label=label)


__all__ = [
    "CHOOSE_INTRO",
    "CHOOSE_TITLE",
    "FIRST_START_HINT_PLAIN",
    "FIRST_START_HINT_SCREEN",
    "PACK_LABELS",
    "SettingsError",
    "choose_pack",
    "current_pack",
    "first_start",
    "pack_choices",
]
