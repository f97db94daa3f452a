"""The `gesprekscoach list` and `gesprekscoach export` commands.

`list` prints the saved preparations as a table; `export ID [-o FILE] [--force]` writes the
preparation sheet to the screen or to a file. Errors are printed in plain Dutch on stderr
with exit code 1 (content problems: exit code 2, via `load_content_or_exit`); never a traceback.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from gesprekscoach.content.models import Content
from gesprekscoach.dates import short_dutch_date
from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.markdown import SheetError, SheetExistsError, render_markdown, sheet_filename, write_sheet
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import PreparationStore, StoreError, StoreListing

LIST_HEADERS: tuple[str, ...] = ("ID", "SOORT", "DATUM", "MET", "LAATST GEWIJZIGD")
"""Column titles of `gesprekscoach list`."""

MAX_CELL_WIDTH = 40
"""Longer cells are cut off with '…'."""


# --------------------------------------------------------------------------- text helpers


def terminal_safe(text: str) -> str:
    """The text without control characters, so no escape codes from a file reach the terminal.

    Control characters and line separators become spaces; invisible format characters
    (such as right-to-left overrides) are dropped, except the joiner inside emoji.
    """
    out: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp") and char != "\n":
            out.append(" ")
        elif category == "Cf" and char != "\u200d":
            continue
        else:
            out.append(char)
    return "".join(out)


def display_width(text: str) -> int:
    """How many terminal columns the text takes (wide characters count double)."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _fit(text: str, limit: int = MAX_CELL_WIDTH) -> str:
    """One line of at most `limit` columns, cut off with '…'."""
    text = " ".join(terminal_safe(text).split())
    if display_width(text) <= limit:
        return text
    out = ""
    for char in text:
        if display_width(out + char) > limit - 1:
            break
        out += char
    return out + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain text table with aligned columns, two spaces apart."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = []
    for row in (headers, *rows):
        line = "  ".join(_pad(cell, width) for cell, width in zip(row, widths, strict=True))
        lines.append(line.rstrip())
    return "\n".join(lines)


def _changed(moment: datetime) -> str:
    """'22-11-2026 21:15', in local time."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{short_dutch_date(moment.date())} {moment:%H:%M}"


def _print_messages(listing: StoreListing) -> None:
    for message in listing.messages():
        print(terminal_safe(message), file=sys.stderr)


def _soft_content(args: argparse.Namespace) -> Content | None:
    """The content, or None when it has problems: listing must work without it."""
    try:
        from gesprekscoach.content.loader import check_content

        content, _problems = check_content(getattr(args, "content", None))
    except Exception:  # the names are a nicety: the list must show even if the content breaks
        return None
    return content


def _kind(prep: Preparation, content: Content | None) -> str:
    if content is None:
        return prep.conversation
    try:
        return content.conversation(prep.conversation).name
    except KeyError:
        return prep.conversation


# --------------------------------------------------------------------------- commands


def cmd_list(args: argparse.Namespace) -> int:
    """Print the saved preparations, newest first; returns the exit code."""
    try:
        listing = PreparationStore().list()
    except StoreError as error:
        print(terminal_safe(str(error)), file=sys.stderr)
        return 1
    if not listing.preparations:
        print("Je hebt nog geen voorbereidingen. Typ 'gesprekscoach' om er een te maken.")
        _print_messages(listing)
        return 0
    content = _soft_content(args)
    rows = [
        (
            _fit(prep.id),
            _fit(_kind(prep, content)),
            short_dutch_date(prep.meeting_date),
            _fit(prep.with_whom) or "-",
            _changed(prep.updated_at),
        )
        for prep in listing.preparations
    ]
    print(format_table(LIST_HEADERS, rows))
    count = len(listing.preparations)
    print()
    noun = "voorbereiding" if count == 1 else "voorbereidingen"
    print(f"{count} {noun}. Typ 'gesprekscoach export ID' voor het printblad.")
    _print_messages(listing)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write the sheet of preparation `args.id` to stdout, or to `args.output`; returns the exit code.

    An existing file is only replaced with `args.force`. Nothing is asked.
    """
    from gesprekscoach.cli.main import load_content_or_exit

    store = PreparationStore()
    try:
        prep = store.find(args.id)
    except StoreError as error:
        print(terminal_safe(str(error)), file=sys.stderr)
        return 1
    content = load_content_or_exit(args)
    sheet = build_sheet(prep, content, today=date.today(), full=bool(getattr(args, "volledig", False)))
    text = render_markdown(sheet)
    output: Path | None = getattr(args, "output", None)
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return 0
    output = Path(output).expanduser()
    if output.is_dir():
        output = output / sheet_filename(prep, content)
    try:
        written = write_sheet(text, output, overwrite=bool(getattr(args, "force", False)))
    except SheetExistsError:
        message = f"Het bestand {output} bestaat al. Kies een andere naam, of gebruik --force om het te vervangen."
        print(terminal_safe(message), file=sys.stderr)
        return 1
    except SheetError as error:
        print(terminal_safe(str(error)), file=sys.stderr)
        return 1
    print(f"Het printblad staat in {written}.", file=sys.stderr)
    print(f"Om af te drukken: gesprekscoach print {prep.id}", file=sys.stderr)
    return 0
