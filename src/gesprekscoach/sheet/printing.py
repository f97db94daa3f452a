"""The preparation sheet on paper: a PDF made with Typst, and opened in the system's PDF viewer.

The PDF is laid out by the Typst template `content/sheet/sheet.typ` from the sheet document
(`build.build_sheet`); no browser is needed and nothing goes over the network. This module
writes it (atomically, private, never over a file the coach did not make) and opens it with
the system's viewer (`xdg-open`, `open`, `os.startfile`). When there is no graphical session,
nothing is opened and the caller tells the user where the PDF is.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.content.models import Content
from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.collector import cycle_collection_held
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.markdown import sheet_filename
from gesprekscoach.sheet.pdf_layout import render_sheet_pages
from gesprekscoach.sheet.typst_pdf import TypstRenderError
from gesprekscoach.store.models import Preparation

__all__ = [
    "PDF_MARK",
    "PrintError",
    "PrintResult",
    "PrintTargetExists",
    "default_pdf_path",
    "has_display",
    "is_coach_pdf",
    "open_in_viewer",
    "pdf_filename",
    "print_preparation",
    "sheet_pdf",
    "write_pdf",
    "write_pdf_bytes",
]

PDF_MARK = b"gesprekscoach"
"""Written in the PDF's keywords: marks a PDF the coach made (and may replace)."""


class PrintError(Exception):
    """Printing failed; `str()` is a plain Dutch message that says what to do."""


class PrintTargetExists(PrintError):
    """Another file (not made by the coach) is in the way; replacing it was not asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Het bestand {path} bestaat al, en de coach heeft het niet gemaakt. "
            "Kies een andere naam, of kies ervoor het te vervangen."
        )


# --------------------------------------------------------------------------- the PDF


def sheet_pdf(sheet: SheetDocument, *, content_dir: Path | None = None) -> bytes:
    """The PDF of a sheet; PrintError (Dutch) when it cannot be made."""
    try:
        return render_sheet_pages(sheet, "pdf", content_dir=content_dir)[0][0]
    except TypstRenderError as error:
        raise PrintError(str(error)) from None


def pdf_filename(prep: Preparation, content: Content) -> str:
    """The file name of the printable sheet: the sheet's name with '.pdf'."""
    return str(Path(sheet_filename(prep, content)).with_suffix(".pdf"))


def default_pdf_path(prep: Preparation, content: Content, folder: Path) -> Path:
    """Where the PDF goes: next to the saved sheet (if its folder is still there), else in `folder`."""
    if prep.sheet_path and Path(prep.sheet_path).parent.is_dir():
        return Path(prep.sheet_path).with_suffix(".pdf")
    return Path(folder) / pdf_filename(prep, content)


def is_coach_pdf(path: Path) -> bool:
    """True when the file is a PDF the coach made (safe to replace)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(2_000_000)
    except OSError:
        return False
    return data.startswith(b"%PDF") and PDF_MARK in data


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise PrintError(f"{path} is een map, geen bestand. Geef een bestandsnaam op voor de PDF.")
    if not path.parent.is_dir():
        raise PrintError(f"De map {path.parent} bestaat niet. Maak de map eerst aan, of kies een andere map.")


def write_pdf_bytes(data: bytes, path: Path, *, overwrite: bool = False) -> Path:
    """Write a PDF the coach made to `path`, atomically and private (0600).

    An earlier PDF of the coach is replaced; another file only when `overwrite` is True, else
    PrintTargetExists. Errors are PrintError, in Dutch; a failed write leaves the old file.
    """
    path = Path(path).expanduser()
    _check_target(path)
    if path.exists() and not overwrite and not is_coach_pdf(path):
        raise PrintTargetExists(path)
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise PrintError(describe_os_error(exc, path, "De PDF opslaan")) from None
    return path


def write_pdf(sheet: SheetDocument, path: Path, *, overwrite: bool = False) -> Path:
    """Write the PDF of a sheet to `path` (see `write_pdf_bytes`)."""
    return write_pdf_bytes(sheet_pdf(sheet), path, overwrite=overwrite)


# --------------------------------------------------------------------------- opening it


def has_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """False on Linux and BSD without a graphical session (no DISPLAY or WAYLAND_DISPLAY)."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def open_in_viewer(path: Path) -> bool:
    """Open a file with the system's viewer; False when that is not possible here.

    Windows: `os.startfile`; macOS: `open`; elsewhere `xdg-open`, only in a graphical session
    (in a plain terminal there is nothing to show a PDF). The viewer runs on its own; the coach
    does not wait for it.
    """
    target = str(Path(path).resolve())
    if not has_display():
        return False
    if sys.platform.startswith("win"):
        starter = getattr(os, "startfile", None)
        if starter is None:
            return False
        try:
            starter(target)
        except OSError:
            return False
        return True
    program = shutil.which("open" if sys.platform == "darwin" else "xdg-open")
    if program is None:
        return False
    try:
        subprocess.Popen(
            [program, target],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    return True


# --------------------------------------------------------------------------- one call for the UI


@dataclass(frozen=True)
class PrintResult:
    """What `print_preparation` did: where the PDF is, and whether a viewer opened it."""

    path: Path
    opened: bool

    def message(self) -> str:
        """A Dutch line for the user."""
        if self.opened:
            return f"Je blad staat open. Druk het af vanuit je PDF-lezer. Het bestand: {self.path}"
        return f"Ik kan de PDF hier niet openen. Je vindt hem hier: {self.path}"


def print_preparation(
    prep: Preparation,
    content: Content,
    folder: Path,
    *,
    path: Path | None = None,
    overwrite: bool = False,
    open_viewer: bool = True,
    today: date | None = None,
    sheet: SheetDocument | None = None,
) -> PrintResult:
    """Write the PDF of a preparation and open it in the system's viewer.

    The PDF goes to `path`, or next to the saved sheet, or into `folder` (see
    `default_pdf_path`). An earlier PDF of the coach at that place is replaced; another
    file only when `overwrite` is True. `sheet` is the document when the caller built it
    already. Raises PrintError (Dutch) when the PDF cannot be made or written.
    """
    target = Path(path) if path is not None else default_pdf_path(prep, content, folder)
    with cycle_collection_held():  # one hold for the build and the PDF
        document = sheet if sheet is not None else build_sheet(prep, content, today=today or date.today())
        write_pdf(document, target, overwrite=overwrite)
    opened = open_in_viewer(target) if open_viewer else False
    return PrintResult(target, opened)
