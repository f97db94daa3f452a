"""Plain text for the sheet: what a typed text shows, cleaned the same way for every format.

A user can type anything: line breaks of any system, empty lines, tabs, terminal escape codes.
The sheet keeps their lines and paragraphs and drops the rest, and it does so once, here, so
the Markdown and the printed page show the same text. Escaping for a format (Markdown, HTML)
is the renderer's job; the text here is never escaped.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re

from gesprekscoach.records import Record, record

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_line(text: str) -> str:
    """Text as one line: line breaks become spaces, tabs spaces, other control characters go.

    Leading and trailing spaces are dropped. Control characters include terminal escape codes,
    so nothing typed can colour or move a terminal that shows the sheet.
    """
    if _CONTROL.search(text) is None:  # most text: no line break, tab or control character
        return text.strip(" ")
    line = " ".join(_LINE_BREAK.split(text))
    return _CONTROL.sub(_control_replacement, line).strip(" ")


def _control_replacement(match: re.Match[str]) -> str:
    """A tab becomes a space; any other control character goes."""
    return " " if match.group() == "\t" else ""


def heading_line(text: str) -> str:
    """Text for a heading: one line, every run of white space one space."""
    return clean_line(" ".join(text.split()))


def has_text(text: str) -> bool:
    """True when the text shows anything on the sheet (not only white space or control characters)."""
    return bool(clean_line(text))


@record
class Text(Record):
    """A text of several lines, cleaned: paragraphs of lines, none of them empty.

    An empty line in the typed text starts a new paragraph; a single line break starts a new
    line in the same paragraph. A text that shows nothing has no paragraphs (and is falsy).
    """

    paragraphs: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def of(cls, typed: str) -> Text:
        """The text as typed, split into cleaned paragraphs and lines."""
        normalized = _LINE_BREAK.sub("\n", typed)
        paragraphs: list[tuple[str, ...]] = []
        for block in _BLANK_LINES.split(normalized.strip("\n")):
            lines = tuple(line for line in (clean_line(part) for part in block.split("\n")) if line)
            if lines:
                paragraphs.append(lines)
        return cls(tuple(paragraphs))

    def __bool__(self) -> bool:
        return bool(self.paragraphs)
