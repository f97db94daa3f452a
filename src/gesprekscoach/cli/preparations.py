"""The `gesprekscoach lijst` (list) and `gesprekscoach exporteer` (export) commands.

`lijst [GESPREK]` prints the saved preparations as a table, only those of one conversation
type when a name is given (any of its names: `session.chooser.find_conversation`);
`exporteer ID [-o FILE] [--overschrijven]` writes the
preparation sheet to the screen or to a file. Errors are printed in plain Dutch on stderr
with exit code 1 (content problems: exit code 2, via `load_content_or_exit`); never a traceback.
`--overschrijven` (`--force`) replaces a regular file only: never a device, a pipe, a folder or a symlink.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from gesprekscoach.dates import local_time, short_dutch_date
from gesprekscoach.store.preparations import ListingProblems, PreparationStore, StoreError

if TYPE_CHECKING:  # the content models, the chooser and the sheet are imported by the command that needs them
    from gesprekscoach.content.models import Content, ConversationType
    from gesprekscoach.content.sheet_content import SheetContent
    from gesprekscoach.sheet.goal_outcomes import SavedGoalOutcomes
    from gesprekscoach.store.models import Preparation
    from gesprekscoach.store.summaries import PreparationSummary

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
    moment = local_time(moment)
    return f"{short_dutch_date(moment.date())} {moment:%H:%M}"


def not_replaceable(path: Path) -> str | None:
    """Why `--overschrijven` may not replace `path` (Dutch), or None when it is a regular file or not there."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return None  # the write itself will say what is wrong
    if stat.S_ISREG(info.st_mode):
        return None
    what = "een map" if stat.S_ISDIR(info.st_mode) else "een snelkoppeling" if stat.S_ISLNK(info.st_mode) else None
    kind = what or "een apparaat of een ander bijzonder bestand"
    return (
        f"{path} is geen gewoon bestand, maar {kind}. Met --overschrijven vervang ik alleen gewone bestanden. "
        "Kies een andere naam."
    )


def _print_messages(listing: ListingProblems) -> None:
    for message in listing.messages():
        print(terminal_safe(message), file=sys.stderr)


def _soft_content(args: argparse.Namespace) -> Content | None:
    """The content, or None when it has problems: listing must work without it."""
    try:
        from gesprekscoach.content.loader import load_content

        return load_content(getattr(args, "content", None))  # from the cache when the files are unchanged
    except Exception:  # the names are a nicety: the list must show even if the content breaks
        return None


def conversation_names(args: argparse.Namespace, content: Content | None = None) -> dict[str, str] | None:
    """The name of every conversation of the content in use, by id; None when the content has problems.

    From `content` when the caller has it; else from the checked content in the cache (no models
    are built for a list), else from checking the content (which fills the cache).
    """
    if content is None:
        names = _cached_names(getattr(args, "content", None))
        if names is not None:
            return names
        content = _soft_content(args)
    return {conversation.id: conversation.name for conversation in content.conversations} if content else None


def _cached_names(directory: Path | None) -> dict[str, str] | None:
    """The names of the conversations in the cache of checked content; None when it has none of the right shape."""
    from gesprekscoach.content.content_files import checked_content_data
    from gesprekscoach.paths import default_content_dir

    data = checked_content_data(Path(directory) if directory is not None else default_content_dir())
    conversations = data.get("conversations") if data is not None else None
    if not isinstance(conversations, list):
        return None
    names: dict[str, str] = {}
    for conversation in conversations:
        if not isinstance(conversation, dict):
            return None
        key, name = conversation.get("id"), conversation.get("name")
        if not isinstance(key, str) or not isinstance(name, str):
            return None
        names[key] = name
    return names


def listing_rows(
    preparations: Sequence[Preparation | PreparationSummary], names: Mapping[str, str] | None
) -> list[tuple[str, ...]]:
    """The cells of `gesprekscoach list`, one row per preparation (`names`: conversation names by id; None: ids as kinds)."""
    return [
        (
            _fit(prep.id),
            _fit((names or {}).get(prep.conversation, prep.conversation)),
            short_dutch_date(prep.meeting_date),
            _fit(prep.with_whom) or "-",
            _changed(prep.updated_at),
        )
        for prep in preparations
    ]


def _write_to_stdout(text: str) -> None:
    """The sheet on stdout: UTF-8 into a file or pipe, the terminal's own encoding on a terminal.

    What the terminal cannot show is replaced by '?'.
    """
    out = sys.stdout
    if out is None:  # stdout was closed before the coach started
        return
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # a text-only stream (as in some test runners)
        out.write(text)
        out.flush()
        return
    encoding = (getattr(out, "encoding", None) or "utf-8") if out.isatty() else "utf-8"
    try:
        data = text.encode(encoding, "replace")
    except LookupError:
        data = text.encode("utf-8")
    out.flush()
    buffer.write(data)
    buffer.flush()


# --------------------------------------------------------------------------- commands


def _conversation_asked(args: argparse.Namespace, content: Content | None) -> ConversationType | None | int:
    """The conversation type named on the command line (None: all), or the exit code after a Dutch error."""
    typed: str | None = getattr(args, "conversation", None)
    if typed is None:
        return None
    if content is None:
        print("De inhoud van de coach heeft fouten, dus ik kan de namen van de gesprekken niet lezen.", file=sys.stderr)
        print("Typ 'gesprekscoach inhoud controleer' om ze te zien.", file=sys.stderr)
        return 2
    from gesprekscoach.session.chooser import find_conversation

    found = find_conversation(content, typed)
    if found is None:
        names = ", ".join(conv.name for conv in content.conversations)
        print(terminal_safe(f"Een gesprek met de naam '{typed}' ken ik niet. Kies uit: {names}."), file=sys.stderr)
        return 2
    return found


def cmd_list(args: argparse.Namespace) -> int:
    """Print the saved preparations, newest first (only those of one conversation type when one is named).

    The name may be any name of the type ('jaargesprek' finds the functioneringsgesprek:
    `session.chooser.find_conversation`). Returns the exit code.
    """
    content = _soft_content(args) if getattr(args, "conversation", None) is not None else None
    asked = _conversation_asked(args, content)
    if isinstance(asked, int):
        return asked
    try:
        listing = PreparationStore().summaries()  # a file validated before is not validated again
    except StoreError as error:
        print(terminal_safe(str(error)), file=sys.stderr)
        return 1
    preparations = listing.summaries
    if asked is not None:
        preparations = [prep for prep in preparations if prep.conversation == asked.id]
    if not preparations:
        if asked is not None:
            print(f"Je hebt nog geen voorbereidingen voor een {asked.name}.")
        else:
            print("Je hebt nog geen voorbereidingen. Typ 'gesprekscoach' om er een te maken.")
        _print_messages(listing)
        return 0
    print(format_table(LIST_HEADERS, listing_rows(preparations, conversation_names(args, content))))
    count = len(preparations)
    print()
    noun = "voorbereiding" if count == 1 else "voorbereidingen"
    print(f"{count} {noun}. Typ 'gesprekscoach exporteer ID' voor het blad.")
    _print_messages(listing)
    return 0


def _saved_outcomes(content: SheetContent) -> SavedGoalOutcomes | None:
    """The goals' SMART outcomes kept between runs, for content read from its cache (else None: checked now)."""
    from gesprekscoach.content.sheet_content import ContentView

    if not isinstance(content, ContentView) or not content.key:
        return None
    from gesprekscoach.sheet.goal_outcomes import SavedGoalOutcomes

    return SavedGoalOutcomes.open(content.key, content.checks, content.smart)


def cmd_export(args: argparse.Namespace) -> int:
    """Write the sheet of preparation `args.id` to stdout, or to `args.output`; returns the exit code.

    An existing file is only replaced with `args.force`. Nothing is asked.
    """
    from gesprekscoach.cli.main import load_sheet_content_or_exit
    from gesprekscoach.sheet.build import build_sheet
    from gesprekscoach.sheet.collector import cycle_collection_held
    from gesprekscoach.sheet.markdown import SheetError, SheetExistsError, render_markdown, sheet_filename, write_sheet

    try:
        prep = PreparationStore().find_view(args.id)  # from the cache when the file passed validation unchanged
    except StoreError as error:
        print(terminal_safe(str(error)), file=sys.stderr)
        return 1
    content = load_sheet_content_or_exit(args, prep.conversation)
    outcomes = _saved_outcomes(content)
    with cycle_collection_held():  # one hold for the build and the Markdown
        full = bool(getattr(args, "volledig", False))
        sheet = build_sheet(prep, content, today=date.today(), full=full, outcomes=outcomes)
        text = render_markdown(sheet)
    if outcomes is not None:
        outcomes.save()
    output: Path | None = getattr(args, "output", None)
    if output is None:
        _write_to_stdout(text)
        return 0
    output = Path(output).expanduser()
    if output.is_dir():
        output = output / sheet_filename(prep, content)
    force = bool(getattr(args, "force", False))
    refusal = not_replaceable(output) if force else None
    if refusal is not None:
        print(terminal_safe(refusal), file=sys.stderr)
        return 1
    try:
        written = write_sheet(text, output, overwrite=force)
    except SheetExistsError:
        message = (
            f"Het bestand {output} bestaat al. Kies een andere naam, of gebruik --overschrijven om het te vervangen."
        )
        print(terminal_safe(message), file=sys.stderr)
        return 1
    except SheetError as error:
        print(terminal_safe(str(error)), file=sys.stderr)
        return 1
    print(f"Het blad staat in {written}.", file=sys.stderr)
    print(f"Om af te drukken: gesprekscoach afdrukken {prep.id}", file=sys.stderr)
    return 0
