"""The papers for after the meeting as PDF: the summary of what was agreed, and the reaction letter.

Each is laid out by its own Typst template (`content/sheet/summary.typ`, `letter.typ`) from its
document, given as JSON data, like the sheet. A file that is there already is only replaced
when asked (`overwrite`): a letter is something the user may have changed by hand.

Plain Python: this module never imports Textual; `typst` is imported only when a PDF is made.
"""

from __future__ import annotations

from pathlib import Path

from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.sheet.assets import LETTER_TEMPLATE, SUMMARY_TEMPLATE, sheet_asset
from gesprekscoach.sheet.json_data import to_json
from gesprekscoach.sheet.letter import LetterDocument
from gesprekscoach.sheet.markdown import SheetExistsError, SheetWriteError
from gesprekscoach.sheet.summary import SummaryDocument
from gesprekscoach.sheet.typst_pdf import OutputFormat, TypstJob, TypstRenderError


def letter_pages(letter: LetterDocument, output: OutputFormat = "pdf", *, ppi: float | None = None) -> list[bytes]:
    """The letter laid out: one PDF (a list of one) or a PNG per page. TypstRenderError (Dutch)."""
    return TypstJob(sheet_asset(LETTER_TEMPLATE), to_json(letter)).render(output, ppi=ppi)


def summary_pages(summary: SummaryDocument, output: OutputFormat = "pdf", *, ppi: float | None = None) -> list[bytes]:
    """The summary laid out: one PDF (a list of one) or a PNG per page. TypstRenderError (Dutch)."""
    return TypstJob(sheet_asset(SUMMARY_TEMPLATE), to_json(summary)).render(output, ppi=ppi)


def write_new_pdf(pdf: bytes, path: Path, *, overwrite: bool = False) -> Path:
    """Write a PDF atomically and private (0600); SheetExistsError when the file is there and not `overwrite`."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise SheetWriteError(f"Opslaan is niet gelukt: {path} is een map, geen bestand. Geef een bestandsnaam op.")
    if not path.parent.is_dir():
        raise SheetWriteError(
            f"Opslaan is niet gelukt: de map {path.parent} bestaat niet. Maak de map eerst aan, of kies een andere map."
        )
    if path.exists() and not overwrite:
        raise SheetExistsError(path)
    try:
        atomic_write_bytes(path, pdf)
    except OSError as error:
        raise SheetWriteError(describe_os_error(error, path, "Opslaan")) from None
    return path


def write_letter_pdf(letter: LetterDocument, path: Path, *, overwrite: bool = False) -> Path:
    """Write the letter as PDF (see `write_new_pdf`); a layout problem is a SheetWriteError (Dutch)."""
    try:
        pdf = letter_pages(letter)[0]
    except TypstRenderError as error:
        raise SheetWriteError(str(error)) from None
    return write_new_pdf(pdf, path, overwrite=overwrite)


def write_summary_pdf(summary: SummaryDocument, path: Path, *, overwrite: bool = False) -> Path:
    """Write the summary as PDF (see `write_new_pdf`); a layout problem is a SheetWriteError (Dutch)."""
    try:
        pdf = summary_pages(summary)[0]
    except TypstRenderError as error:
        raise SheetWriteError(str(error)) from None
    return write_new_pdf(pdf, path, overwrite=overwrite)
