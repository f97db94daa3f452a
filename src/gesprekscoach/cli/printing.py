"""The `gesprekscoach afdrukken ID` command (English alias `print`): a PDF, opened in the system's viewer.

- `afdrukken ID`: the sheet of the preparation, with its last page 'Alleen voor mij';
- `afdrukken ID --samenvatting`: one page with what was agreed, after the meeting;
- `afdrukken ID --brief`: the reaction letter to the report.

The file goes next to the saved sheet, else in the documents folder (see `store.settings`), or
at `-o FILE`; `--tekst` writes the summary or the letter as plain text instead. The PDF is made
by Typst, inside the coach: no browser, no network. When no viewer can be opened (no graphical
session), the command says where the file is. Errors go to stderr in plain Dutch with exit code
1; never a traceback.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Literal


def _error(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def _exists(path: Path) -> int:
    return _error(
        f"Het bestand {path} bestaat al, en de coach heeft het niet gemaakt. "
        "Kies een andere naam met -o, of gebruik --overschrijven om het te vervangen."
    )


def _report(path: Path, *, open_it: bool) -> int:
    """Open the file (or not) and say where it is."""
    from gesprekscoach.sheet import printing

    if open_it and printing.open_in_viewer(path):
        print(f"Je bestand staat open. Druk het af vanuit je PDF-lezer. Het bestand: {path}")
    elif open_it:
        print(f"Ik kan het bestand hier niet openen (er is geen scherm met vensters). Je vindt het hier: {path}")
    else:
        print(f"Het bestand is opgeslagen: {path}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    """Write the PDF (or text) asked for and open it; returns the exit code."""
    from gesprekscoach.cli.main import load_content_or_exit
    from gesprekscoach.session.preparation_session import PreparationSession
    from gesprekscoach.sheet.letter import LetterError
    from gesprekscoach.sheet.markdown import SheetError, SheetExistsError
    from gesprekscoach.sheet.printing import PrintError, PrintTargetExists
    from gesprekscoach.store.preparations import PreparationStore, StoreError

    content = load_content_or_exit(args)
    store = PreparationStore()
    try:
        prep = store.find(args.id)
    except StoreError as error:
        return _error(str(error))
    session = PreparationSession(prep, content, store)
    output: Path | None = getattr(args, "output", None) or getattr(args, "pdf", None)
    target = output.expanduser() if output is not None else None
    force = bool(getattr(args, "force", False))
    if target is not None and force:
        from gesprekscoach.cli.preparations import not_replaceable

        refused = not_replaceable(target)
        if refused is not None:
            return _error(refused)
    open_it = not getattr(args, "niet_openen", False)
    fmt: Literal["txt", "pdf"] = "txt" if getattr(args, "tekst", False) else "pdf"
    try:
        if getattr(args, "samenvatting", False):
            path = target or session.proposed_summary_path(fmt=fmt)
            written = session.write_summary(path, fmt, overwrite=force)
        elif getattr(args, "brief", False):
            written, _change = session.write_reaction_letter(overwrite=force, fmt=fmt, path=target)
        else:
            sheet_path = target or session.proposed_sheet_path(fmt="pdf")
            written, _change = session.write_sheet(sheet_path, overwrite=force, fmt="pdf")
    except (PrintTargetExists, SheetExistsError) as error:
        return _exists(error.path)
    except (LetterError, PrintError, SheetError) as error:
        return _error(str(error))
    outcome = session.close()  # where the sheet or the letter went is remembered
    if not outcome.ok:
        print(f"Let op: {outcome.message}", file=sys.stderr)
    return _report(written, open_it=open_it and fmt == "pdf")
