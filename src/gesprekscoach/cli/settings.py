"""The `gesprekscoach instellingen [--naam N] [--functie F] [--plaats P] [--map MAP]` command (alias `settings`).

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


def add_settings_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `instellingen` (and its English alias `settings`)."""
    parser = sub.add_parser(
        "instellingen",
        aliases=["settings"],
        help="je naam, functie en de map voor je documenten",
        description="Zonder opties zie je je instellingen. Met een optie verander je ze. Een lege waarde wist.",
    )
    parser.add_argument("--naam", metavar="NAAM", help="je naam: komt bovenaan je blad en onder een brief")
    parser.add_argument("--functie", metavar="FUNCTIE", help="je functie: komt bovenaan je blad")
    parser.add_argument("--plaats", metavar="PLAATS", help="je woonplaats of werkplek: komt boven een brief")
    parser.add_argument("--map", metavar="MAP", help="de map voor je bladen en brieven (leeg: je map Documenten)")


def _show(settings: UserSettings) -> None:
    from gesprekscoach.store.settings import DOCUMENTS_ENV, documents_folder

    empty = "(niet ingevuld)"
    print(f"Naam:     {settings.name or empty}")
    print(f"Functie:  {settings.function or empty}")
    print(f"Plaats:   {settings.place or empty}")
    print(f"Map:      {documents_folder(settings)}")
    if os.environ.get(DOCUMENTS_ENV, "").strip():
        print(f"          (gekozen met {DOCUMENTS_ENV})")


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
