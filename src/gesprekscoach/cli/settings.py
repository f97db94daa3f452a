"""The `gesprekscoach instellingen [--naam N] [--functie F] [--plaats P] [--map MAP] [--regio R]` command.

Its English alias is `settings`. `--regio vlaanderen` makes the coach use the Flemish content
from the next start on (when neither `--content` nor `GESPREKSCOACH_CONTENT` chooses).


Without options it shows the settings: the name and function on the sheet, the place above a
letter and the folder where sheets and letters are proposed. With options it changes them
(an empty value clears one; `--map ""` goes back to the documents folder). Errors are plain
Dutch on stderr with exit code 1.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gesprekscoach.store.settings import UserSettings


def _show(settings: UserSettings) -> None:
    from gesprekscoach.store.settings import DOCUMENTS_ENV, documents_folder

    empty = "(niet ingevuld)"
    print(f"Naam:     {settings.name or empty}")
    print(f"Functie:  {settings.function or empty}")
    print(f"Plaats:   {settings.place or empty}")
    print(f"Map:      {documents_folder(settings)}")
    if os.environ.get(DOCUMENTS_ENV, "").strip():
        print(f"          (gekozen met {DOCUMENTS_ENV})")
    print(f"Regio:    {settings.pack.capitalize()}")


def cmd_settings(args: argparse.Namespace) -> int:
    """Show or change the settings; returns the exit code."""
    from gesprekscoach.store.settings import SettingsError, load_settings, save_settings, settings_path

    try:
        settings = load_settings()
    except SettingsError as error:
        print(str(error), file=sys.stderr)
        return 1
    changes: dict[str, object] = {}
    for option, field in (("naam", "name"), ("functie", "function"), ("plaats", "place")):
        value = getattr(args, option, None)
        if value is not None:
            changes[field] = " ".join(value.split())
    region = getattr(args, "regio", None)
    if region is not None:
        changes["pack"] = region
    folder = getattr(args, "map", None)
    if folder is not None:
        if folder.strip():
            chosen = Path(folder.strip()).expanduser()
            if not chosen.is_dir():
                print(f"De map {chosen} bestaat niet. Maak de map eerst aan, of kies een andere.", file=sys.stderr)
                return 1
            changes["documents_folder"] = str(chosen.resolve())
        else:
            changes["documents_folder"] = None
    if changes:
        changes["asked"] = True
        settings = settings.model_copy(update=changes)
        try:
            path = save_settings(settings)
        except SettingsError as error:
            print(str(error), file=sys.stderr)
            return 1
        print(f"Je instellingen zijn opgeslagen in {path}.")
    else:
        print(f"Je instellingen ({settings_path()}):")
    _show(settings)
    return 0
