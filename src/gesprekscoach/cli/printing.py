"""The `gesprekscoach print ID [-o FILE] [--force] [--niet-openen]` command.

It writes the PDF of a preparation's sheet (next to its saved sheet, else in the current
folder, or at `-o FILE`) and opens it in the system's PDF viewer. The PDF is made by Typst,
inside the coach: no browser, no network. Errors go to stderr in plain Dutch with exit
code 1; never a traceback.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gesprekscoach.sheet.printing import PrintError, PrintTargetExists, print_preparation
from gesprekscoach.store.preparations import PreparationStore, StoreError


def _error(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def cmd_print(args: argparse.Namespace) -> int:
    """Write the PDF of one preparation and open it; returns the exit code."""
    from gesprekscoach.cli.main import load_content_or_exit

    content = load_content_or_exit(args)
    try:
        prep = PreparationStore().find(args.id)
    except StoreError as error:
        return _error(str(error))

    output: Path | None = getattr(args, "output", None) or getattr(args, "pdf", None)
    no_open = bool(getattr(args, "niet_openen", False))
    try:
        result = print_preparation(
            prep,
            content,
            Path.cwd(),
            path=output.expanduser() if output is not None else None,
            overwrite=bool(getattr(args, "force", False)),
            open_viewer=not no_open,
        )
    except PrintTargetExists as error:
        return _error(
            f"Het bestand {error.path} bestaat al, en de coach heeft het niet gemaakt. "
            "Kies een andere naam met -o, of gebruik --force om het te vervangen."
        )
    except PrintError as error:
        return _error(str(error))
    if no_open:
        print(f"De PDF is opgeslagen: {result.path}")
    else:
        print(result.message())
    return 0
