"""The preparation sheet as Markdown: a page to keep, to read in any Markdown viewer, or to send.

`render_markdown` formats a `SheetDocument` (see `build.build_sheet`): YAML front matter, one
`#` heading with the header lines, a `##` heading per section and its blocks, then the meeting
page and the private page. It only formats: what goes on the sheet, and in which order, is
decided when the document is built. It reads well on GitHub, in Obsidian and with pandoc, and
in a plain CommonMark viewer too:

- **The front matter** is valid YAML with its fields indented by four spaces, so a viewer that
  does not know front matter shows a line, the fields as a block of code and a line; without
  the indent, CommonMark would make the fields a heading (a paragraph underlined by `---`).
- **Every text is escaped** (`escape_markdown`), so nothing typed can add a heading, a list, a
  table, a code block, a link or HTML. The user's line breaks are kept: a single line break
  becomes a Markdown hard break (two trailing spaces), an empty line starts a new paragraph.
  Content texts (questions, tips) and the sheet's own labels are escaped the same way.
- **The agreements table** has visible rows to write in: an empty row is a row of lines.
- Written sheets are private (mode 0600), like everything the coach writes: they hold
  personal notes. Printing and reading them yourself is not affected.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import assert_never

from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.content.sheet_content import SheetContent
from gesprekscoach.sheet.build import build_sheet, build_sheet_versions, conversation_name
from gesprekscoach.sheet.collector import without_cycle_collection
from gesprekscoach.sheet.document import (
    AgreementTable,
    AnswerBlock,
    Block,
    BulletList,
    CheckItem,
    CheckState,
    FollowUp,
    GoalBlock,
    ItemGroup,
    NoteArea,
    NumberedList,
    PitfallList,
    ReminderList,
    Section,
    SheetDocument,
    SheetHeader,
    TipNotes,
)
from gesprekscoach.sheet.inputs import SheetPreparation
from gesprekscoach.sheet.plain_text import Text, clean_line, has_text

__all__ = [
    "HARD_BREAK",
    "RULED_LINE",
    "SheetError",
    "SheetExistsError",
    "SheetWriteError",
    "conversation_name",
    "escape_markdown",
    "escape_markdown_block",
    "has_text",
    "render_markdown",
    "render_sheet",
    "sheet_filename",
    "write_sheet",
    "yaml_scalar",
]

RULED_LINE = "_" * 72
"""A writing line: a thematic break made of underscores (never a heading underline)."""

FRONT_MATTER_INDENT = " " * 4
"""The indent of the front matter's fields (see the module docstring)."""

WRITE_LINE = "_" * 24
"""A line to fill in after a label ('Volgend gesprek:')."""

HARD_BREAK = "  "
"""Two trailing spaces: a Markdown hard line break that stays invisible in the raw file."""


# --------------------------------------------------------------------------- errors


class SheetError(Exception):
    """Writing the sheet failed; `str()` is a Dutch message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class SheetExistsError(SheetError):
    """The file already exists and overwriting was not asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"Het bestand {path} bestaat al. Kies een andere naam, of kies ervoor het te vervangen.")


class SheetWriteError(SheetError):
    """The file could not be written (folder missing, no permission, disk full, …)."""


# --------------------------------------------------------------------------- escaping

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&|#~])")
_LINE_START_SPECIAL = re.compile(r"^([-+=>])")
_LINE_START_NUMBER = re.compile(r"^(\d+)([.)])")


def escape_markdown(text: str) -> str:
    """Escape one line of text so Markdown shows it as plain text, wherever it stands.

    Backslash-escapes every character that can start inline markup (emphasis, code, links,
    HTML, entities, table pipes, strike-through, heading marks) and the characters that can
    start a block at the beginning of a line (`-`, `+`, `=`, `>`, `1.`, `1)`). The text is made
    one line first (`plain_text.clean_line`): line breaks become spaces, leading and trailing
    spaces go, tabs become spaces and other control characters (such as terminal escape codes)
    are removed. Use `escape_markdown_block` for text with several lines.
    """
    return _escape_clean(clean_line(text))


def _escape_clean(line: str) -> str:
    """Escape a line that is clean already (see `escape_markdown`)."""
    line = _INLINE_SPECIAL.sub(r"\\\1", line)
    line = _LINE_START_SPECIAL.sub(r"\\\1", line)
    return _LINE_START_NUMBER.sub(r"\1\\\2", line)


def _text_block(text: Text, indent: str = "", first_prefix: str = "") -> str:
    """A text with its paragraphs and lines: hard breaks between lines, empty lines between paragraphs.

    `first_prefix` goes in front of the first line (a list marker or a bold label); every
    other line is indented with `indent`, so the text stays inside a list item.
    """
    out: list[str] = []
    for number, paragraph in enumerate(text.paragraphs):
        if number:
            out.append("")
        last = len(paragraph) - 1
        for line_number, line in enumerate(paragraph):
            prefix = first_prefix if number == 0 and line_number == 0 else indent
            out.append(prefix + _escape_clean(line) + (HARD_BREAK if line_number < last else ""))
    return "\n".join(out)


def escape_markdown_block(text: str, indent: str = "", first_prefix: str = "") -> str:
    """Escape text with several lines: line breaks become hard breaks, empty lines new paragraphs.

    `first_prefix` goes in front of the first line (a list marker or a bold label); every
    other line is indented with `indent`, so the text stays inside a list item.
    Returns '' for text that is only white space.
    """
    return _text_block(Text.of(text), indent, first_prefix)


def yaml_scalar(value: str) -> str:
    """A YAML value that reads back as exactly `value` and cannot break the front matter.

    Simple text (letters, digits, spaces, '.', '-', apostrophes) stays plain when YAML reads
    it back unchanged (so 'Anne de Vries' stays readable, but 'yes' or 'null' get quotes);
    everything else is double-quoted with escapes for quotes, backslashes, line breaks
    and characters YAML does not allow.
    """
    if _PLAIN_YAML.fullmatch(value) and value.lower() not in _YAML_SPECIAL_WORDS:
        return value
    return _double_quoted(value)


_PLAIN_YAML = re.compile(r"[^\W\d_](?:[\w .'-]*[^\W_])?")
_YAML_SPECIAL_WORDS = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null", "nan", "inf"})
_YAML_NAMED_ESCAPES = {
    "\0": "\\0",
    "\a": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\v": "\\v",
    "\f": "\\f",
    "\r": "\\r",
    "\x1b": "\\e",
    '"': '\\"',
    "\\": "\\\\",
    "\x85": "\\N",
    "\xa0": "\\_",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def _yaml_printable(char: str) -> bool:
    code = ord(char)
    if 0x20 <= code <= 0x7E:
        return True
    if code == 0xFEFF:
        return False
    return 0xA0 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _double_quoted(value: str) -> str:
    parts: list[str] = ['"']
    for char in value:
        if char in _YAML_NAMED_ESCAPES:
            parts.append(_YAML_NAMED_ESCAPES[char])
        elif _yaml_printable(char):
            parts.append(char)
        elif ord(char) <= 0xFF:
            parts.append(f"\\x{ord(char):02X}")
        elif ord(char) <= 0xFFFF:
            parts.append(f"\\u{ord(char):04X}")
        else:
            parts.append(f"\\U{ord(char):08X}")
    parts.append('"')
    return "".join(parts)


# --------------------------------------------------------------------------- rendering


def _bold(label: str) -> str:
    return f"**{escape_markdown(label)}**"


def _numbered(items: Iterable[Text]) -> str:
    """An ordered list ('1.', '2.', …)."""
    lines: list[str] = []
    for number, item in enumerate(items, start=1):
        marker = f"{number}. "
        lines.append(_text_block(item, indent=" " * len(marker), first_prefix=marker))
    return "\n".join(lines)


def _bulleted(items: Iterable[Text]) -> str:
    """A bullet list."""
    return "\n".join(_text_block(item, indent="  ", first_prefix="- ") for item in items)


def _check_line(item: CheckItem) -> str:
    """One item: its box, bold label, text, details and alert, and the note on the next lines."""
    box = {CheckState.OPEN: "- [ ] ", CheckState.DONE: "- [x] ", CheckState.NONE: "- "}[item.state]
    line = box + (f"{_bold(item.label)} " if item.label else "") + escape_markdown(item.text)
    if item.details:
        line += " — " + " · ".join(
            " ".join(part for part in (escape_markdown(detail.label), escape_markdown(detail.value)) if part)
            for detail in item.details
        )
    if item.alert:
        line += f" · {_bold(item.alert)}"
    if item.note:
        line += (
            HARD_BREAK
            + "\n"
            + _text_block(item.note, indent="  ", first_prefix=f"  {escape_markdown(item.note_label)} ")
        )
    return line


def _goal(goal: GoalBlock, level: int) -> list[str]:
    """The goal's title, what is still open and its deadline, the user's SMART lines and steps."""
    blocks = [f"{'#' * level} {escape_markdown(goal.title)}"]
    check = goal.check
    if check is not None:
        parts: list[str] = []
        if check.open_points:
            parts.append(" ".join(escape_markdown(part) for part in (check.open_label, *check.open_points)))
        if check.deadline:
            parts.append(f"{escape_markdown(check.deadline_label)} {escape_markdown(check.deadline)}")
        if check.warning:
            parts.append(escape_markdown(check.warning))
        if parts:
            blocks.append((HARD_BREAK + "\n").join(parts))
    if goal.smart:
        blocks.append(
            "\n".join(
                _text_block(line.text, indent="  ", first_prefix=f"- {_bold(line.label)} ") for line in goal.smart
            )
        )
    if goal.steps:
        blocks += [escape_markdown(goal.steps_caption), _numbered(goal.steps)]
    return blocks


def _answer(answer: AnswerBlock, level: int) -> list[str]:
    title = f"{answer.lead} {answer.question}" if answer.lead else answer.question
    blocks = [f"{'#' * level} {escape_markdown(title)}"]
    if answer.text:
        blocks.append(_text_block(answer.text))
    if answer.example:
        blocks.append(_text_block(answer.example, first_prefix=f"{_bold(answer.example_label)} "))
    return blocks


def _table(table: AgreementTable) -> str:
    """A table with the agreements written down, then rows of lines to write in."""
    body = [
        (
            escape_markdown(row.what) + (f" ({escape_markdown(table.done_label)})" if row.done else ""),
            escape_markdown(row.who),
            escape_markdown(row.when),
        )
        for row in table.rows
    ]
    header = tuple(escape_markdown(column) for column in table.columns)
    widths = [max([minimum, *(len(cells[n]) for cells in (header, *body))]) for n, minimum in enumerate((32, 16, 16))]

    def row(cells: Iterable[str]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"

    lines = [row(header), row("-" * width for width in widths), *(row(cells) for cells in body)]
    lines += [row("_" * width for width in widths) for _ in range(table.empty_rows)]
    return "\n".join(lines)


def _block(block: Block, level: int) -> list[str]:
    """The Markdown blocks (to be separated by empty lines) of one block; `level` for its own headings."""
    match block:
        case NumberedList(items):
            return [_numbered(items)]
        case BulletList(items):
            return [_bulleted(items)]
        case ItemGroup(title, items):
            return [f"{'#' * level} {escape_markdown(title)}", "\n".join(_check_line(item) for item in items)]
        case AnswerBlock():
            return _answer(block, level)
        case GoalBlock():
            return _goal(block, level)
        case TipNotes(tip_label, items):
            lines = [
                _text_block(item.note, indent="  ", first_prefix="- ")
                + HARD_BREAK
                + f"\n  {escape_markdown(tip_label)} {escape_markdown(item.tip)}"
                for item in items
            ]
            return ["\n".join(lines)]
        case PitfallList(caption, items):
            lines = [f"- {_bold(item.label)} {escape_markdown(item.text)}" for item in items]
            return [escape_markdown(caption), "\n".join(lines)]
        case ReminderList(label, items):
            return [_bold(label), "\n".join(f"- {escape_markdown(item)}" for item in items)]
        case NoteArea(title, min_lines):
            return [f"{'#' * level} {escape_markdown(title)}", *([RULED_LINE] * min_lines)]
        case AgreementTable():
            heading = [f"{'#' * level} {escape_markdown(block.title)}"] if block.title else []
            return [*heading, _table(block)]
        case FollowUp(lines):
            return [
                (HARD_BREAK + "\n").join(
                    f"{_bold(line.label)} {escape_markdown(line.text) if line.text else WRITE_LINE}" for line in lines
                )
            ]
        case _:
            assert_never(block)


def _section(section: Section, level: int = 2) -> str:
    """A section: heading, then the blocks separated by empty lines."""
    parts = [f"{'#' * level} {escape_markdown(section.heading)}"]
    for block in section.blocks:
        parts += _block(block, level + 1)
    return "\n\n".join(parts)


def _front_matter(header: SheetHeader) -> str:
    """YAML front matter, its fields indented by four spaces (see the module docstring)."""
    fields = [f"gesprek: {yaml_scalar(header.conversation)}", f"datum: {header.meeting_date.isoformat()}"]
    if header.time_text:
        fields.append(f"tijd: {yaml_scalar(header.time_text)}")
    if header.with_whom_line:
        fields.append(f"met: {yaml_scalar(header.with_whom)}")
    if header.me_line:
        fields.append(f"ik: {yaml_scalar(header.me_line)}")
    return "\n".join(["---", *(FRONT_MATTER_INDENT + field for field in fields), "---"])


def _header_lines(header: SheetHeader) -> list[str]:
    lines: list[str] = []
    for label, value in (
        (header.time_label, header.time_text),
        (header.with_label, header.with_whom_line),
        (header.me_label, header.me_line),
        (header.previous_label, header.previous_line),
    ):
        if value:
            lines.append(f"{escape_markdown(label)} {escape_markdown(value)}")
    return lines


@without_cycle_collection
def render_markdown(sheet: SheetDocument) -> str:
    """The sheet as Markdown (ends with one newline)."""
    return "\n\n".join(_shared_parts(sheet) + _private_parts(sheet)) + "\n"


@without_cycle_collection
def render_markdown_versions(shared: SheetDocument, full: SheetDocument) -> tuple[str, str]:
    """The Markdown of the shared sheet and of the full one (see `build_sheet_versions`).

    What both share (all but the private page) is rendered once.
    """
    if (shared.header, shared.sections, shared.meeting) != (full.header, full.sections, full.meeting):
        return render_markdown(shared), render_markdown(full)
    common = _shared_parts(shared)
    return (
        "\n\n".join(common + _private_parts(shared)) + "\n",
        "\n\n".join(common + _private_parts(full)) + "\n",
    )


def _shared_parts(sheet: SheetDocument) -> list[str]:
    """The Markdown of the head, the sections and the meeting page, one string per part."""
    header = sheet.header
    title = " ".join(escape_markdown(part) for part in (header.title, header.conversation_line, "—", header.date_text))
    title_block = [f"# {title}"]
    lines = _header_lines(header)
    if lines:
        title_block.append((HARD_BREAK + "\n").join(lines))
    head = _front_matter(header) + "\n" + "\n\n".join(title_block)
    return [head, *(_section(section) for section in sheet.sections), _section(sheet.meeting)]


def _private_parts(sheet: SheetDocument) -> list[str]:
    """The Markdown of the private page, one string per part (none when it is empty)."""
    private = sheet.private
    if not private.sections:
        return []
    heading = f"## {escape_markdown(private.heading)}\n\n{escape_markdown(private.note)}"
    return [heading, *(_section(section, level=3) for section in private.sections)]


@without_cycle_collection
def render_sheet(
    prep: SheetPreparation, content: SheetContent, *, today: date | None = None, full: bool = False
) -> str:
    """The preparation sheet as Markdown (ends with one newline).

    Goal deadlines ('binnen drie maanden') count from the meeting date. Items marked
    'alleen voor mij' are left off (the sheet does not say so), unless `full`: then they are
    in the section 'Alleen voor mij' at the end.
    """
    return render_markdown(build_sheet(prep, content, today=today if today is not None else date.today(), full=full))


@without_cycle_collection
def render_sheet_versions(
    prep: SheetPreparation, content: SheetContent, *, today: date | None = None
) -> tuple[str, str]:
    """The shared sheet and the full one as Markdown (see `render_sheet`), built and rendered once."""
    shared, full = build_sheet_versions(prep, content, today=today if today is not None else date.today())
    return render_markdown_versions(shared, full)


# --------------------------------------------------------------------------- files


def _safe_filename_part(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-") or "gesprek"


def sheet_filename(prep: SheetPreparation, content: SheetContent) -> str:
    """A safe file name for the sheet: 'voorbereiding-functioneringsgesprek-2026-11-23.md'."""
    name = _safe_filename_part(conversation_name(prep, content))
    return f"voorbereiding-{name}-{prep.meeting_date.isoformat()}.md"


def write_sheet(text: str, path: Path, *, overwrite: bool = False) -> Path:
    """Write the sheet to `path` atomically, private (0600); returns the path.

    Raises SheetExistsError when the file exists and `overwrite` is False, and
    SheetWriteError (Dutch message) when the folder is missing, the path is a folder,
    there is no permission or the disk is full. A failed write leaves an existing file as it was.
    """
    path = Path(path)
    if path.is_dir():
        raise SheetWriteError(f"Opslaan is niet gelukt: {path} is een map, geen bestand. Geef een bestandsnaam op.")
    if not path.parent.is_dir():
        raise SheetWriteError(
            f"Opslaan is niet gelukt: de map {path.parent} bestaat niet. Maak de map eerst aan, of kies een andere map."
        )
    if path.exists() and not overwrite:
        raise SheetExistsError(path)
    try:
        atomic_write_bytes(path, text.encode("utf-8"))
    except UnicodeError:
        raise SheetWriteError("Opslaan is niet gelukt: er staan tekens in de tekst die ik niet kan opslaan.") from None
    except OSError as error:
        raise SheetWriteError(describe_os_error(error, path, "Opslaan")) from None
    return path
