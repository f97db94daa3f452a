"""The `gesprekscoach print ID [-o FILE] [--pdf FILE] [--force] [--niet-openen]` command.

Without `--pdf` it writes the printable HTML page of a preparation (next to its saved sheet,
else in the current folder, or at `-o FILE`) and opens it in the browser, ready for Ctrl+P.
With `--pdf FILE` it writes a PDF with a headless Chromium or Chrome found on the machine.
`--force` replaces a regular file only. Errors go to stderr in plain Dutch with exit code 1;
never a traceback.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from gesprekscoach.cli.preparations import not_replaceable
from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.printing import PrintError, PrintTargetExists, print_preparation, write_pdf
from gesprekscoach.store.preparations import PreparationStore, StoreError


def _error(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def cmd_print(args: argparse.Namespace) -> int:
    """Write the printable page (and open it) or a PDF of one preparation; returns the exit code."""
    from gesprekscoach.cli.main import load_content_or_exit

    content = load_content_or_exit(args)
    try:
        prep = PreparationStore().find(args.id)
    except StoreError as error:
        return _error(str(error))

    pdf: Path | None = getattr(args, "pdf", None)
    force = bool(getattr(args, "force", False))
    if pdf is not None:
        target = pdf.expanduser()
        refusal = not_replaceable(target) if force and not target.is_dir() else None
        if refusal is not None:
            return _error(refusal)
        if target.exists() and not target.is_dir() and not force:
            return _error(
                f"Het bestand {target} bestaat al. Kies een andere naam, of gebruik --force om het te vervangen."
            )
        try:
            written = write_pdf(build_sheet(prep, content, today=date.today()), target)
        except PrintError as error:
            return _error(str(error))
        print(f"De PDF is opgeslagen: {written}")
        return 0

    output: Path | None = getattr(args, "output", None)
    if output is not None and force and not output.expanduser().is_dir():
        refusal = not_replaceable(output.expanduser())
        if refusal is not None:
            return _error(refusal)
    try:
        result = print_preparation(
            prep,
            content,
            Path.cwd(),
            path=output.expanduser() if output is not None else None,
            overwrite=force,
            open_browser=not getattr(args, "niet_openen", False),
        )
    except PrintTargetExists as error:
        return _error(
            f"Het bestand {error.path} bestaat al, en de coach heeft het niet gemaakt. "
            "Kies een andere naam met -o, of gebruik --force om het te vervangen."
        )
    except PrintError as error:
        return _error(str(error))
    if getattr(args, "niet_openen", False):
        print(f"Het blad om af te drukken is opgeslagen: {result.path}")
        print("Open het in je browser en druk op Ctrl+P.")
    else:
        print(result.message())
    return 0
