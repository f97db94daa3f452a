"""The preparation sheet as one typed document: a header and sections of typed blocks.

`build.build_sheet` makes a `SheetDocument` from a preparation, once; the renderers
(`markdown.render_markdown`, `printing.render_html`) only format what it holds. A section is
known by its `kind`, never by its heading: the heading is text for the reader, and rewording it
changes nothing else. Every string in the document is plain, display-ready text (one line,
cleaned, see `plain_text`) unless its field says otherwise; escaping is the renderer's job.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from gesprekscoach.sheet.plain_text import Text

__all__ = [
    "AnswerBlock",
    "Block",
    "BulletList",
    "CheckItem",
    "CheckList",
    "CheckState",
    "Detail",
    "GoalBlock",
    "GoalVerdict",
    "ItemGroup",
    "LabelledLine",
    "NoteLines",
    "NumberedList",
    "PitfallList",
    "Section",
    "SectionKind",
    "SheetDocument",
    "SheetHeader",
    "SmartLine",
    "TableColumn",
    "Text",
    "WritingTable",
]


class SectionKind(Enum):
    """What a section of the sheet is; the renderers lay a section out by its kind."""

    AGENDA = "agenda"
    """The points the user wants to discuss (numbered)."""
    CARRY_OVER = "carry-over"
    """Goals, agreements and objections from earlier conversations, grouped by where they came from."""
    LOOKING_BACK = "looking-back"
    """The answers to the conversation's questions, with their examples."""
    GOALS = "goals"
    """The user's goals with their SMART check, SMART lines and steps."""
    QUESTIONS = "questions"
    """The questions the user wants to ask."""
    FEEDBACK = "feedback"
    """Feedback points for the manager."""
    REMINDERS = "reminders"
    """Tips still open (with their notes) and the pitfalls of the conversation."""
    NOTES = "notes"
    """Empty lines to write on during the meeting."""
    AGREEMENTS = "agreements"
    """An empty table to write the agreements in."""


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class NumberedList:
    """A numbered list of texts (agenda points)."""

    items: tuple[Text, ...]


@dataclass(frozen=True)
class BulletList:
    """A bullet list of texts (questions, feedback points)."""

    items: tuple[Text, ...]


class CheckState(Enum):
    """The box in front of a check item."""

    OPEN = "open"
    """An empty box: still to do."""
    DONE = "done"
    """A ticked box."""
    NONE = "none"
    """No box (a dropped agreement: nothing to tick)."""


@dataclass(frozen=True)
class Detail:
    """One detail after an item's text: 'wie: Kees', 'uiterlijk 1 februari 2026', 'nog open'."""

    label: str
    """'wie:', 'uiterlijk', or '' for a detail that is only a value."""
    value: str


@dataclass(frozen=True)
class CheckItem:
    """An item with a box, an optional bold label, details, and the user's note on the next lines."""

    state: CheckState
    text: str
    label: str = ""
    """'Afspraak:' (with its colon), or '' for none."""
    details: tuple[Detail, ...] = ()
    note_label: str = ""
    note: Text = Text()


@dataclass(frozen=True)
class CheckList:
    """Check items in a list (the tips still to remember)."""

    items: tuple[CheckItem, ...]


@dataclass(frozen=True)
class ItemGroup:
    """A titled group of check items: what was carried over from one earlier conversation."""

    title: str
    items: tuple[CheckItem, ...]


@dataclass(frozen=True)
class LabelledLine:
    """A bold label and a line of text: 'Je meteen verdedigen bij kritiek: Luister eerst …'."""

    label: str
    text: str


@dataclass(frozen=True)
class PitfallList:
    """The pitfalls to remember: a caption and one labelled line per pitfall."""

    caption: str
    items: tuple[LabelledLine, ...]


@dataclass(frozen=True)
class AnswerBlock:
    """An answer to one question: the question as its title, the answer, and the example."""

    question: str
    text: Text
    example_label: str
    example: Text


@dataclass(frozen=True)
class GoalVerdict:
    """A goal's SMART check on one line: the marks per letter and the deadline it read."""

    label: str
    """'SMART:'."""
    marks: str
    """'S ✓ M ✓ A ✓ R – T ✓'."""
    deadline_label: str
    deadline: str
    """'1 juli 2027', or '' when the goal names no deadline."""
    warning: str = ""
    """A warning about the deadline (in the past, …), or ''."""


@dataclass(frozen=True)
class SmartLine:
    """What the user wrote for one SMART letter."""

    letter: str
    """'S', 'M', 'A', 'R' or 'T'."""
    label: str
    """'Specifiek:' (with its colon)."""
    text: Text


@dataclass(frozen=True)
class GoalBlock:
    """A goal: its sentence as title, its SMART verdict, its SMART lines and its steps."""

    title: str
    verdict: GoalVerdict | None
    smart: tuple[SmartLine, ...]
    steps_caption: str
    steps: tuple[Text, ...]


@dataclass(frozen=True)
class NoteLines:
    """Empty lines to write on."""

    count: int


@dataclass(frozen=True)
class TableColumn:
    """A column of a table to write in: its header and the room to write, in characters."""

    header: str
    width: int


@dataclass(frozen=True)
class WritingTable:
    """A table with a header row and empty rows to write in."""

    columns: tuple[TableColumn, ...]
    rows: int


Block = (
    NumberedList | BulletList | CheckList | ItemGroup | PitfallList | AnswerBlock | GoalBlock | NoteLines | WritingTable
)
"""Everything a section can hold."""


# --------------------------------------------------------------------------- the document


@dataclass(frozen=True)
class Section:
    """One section of the sheet: its kind (for the layout), its heading (for the reader) and blocks."""

    kind: SectionKind
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class SheetHeader:
    """What the sheet is about: the conversation, the date and who the meeting is with."""

    title: str
    """'Voorbereiding'."""
    conversation: str
    """The conversation's name exactly as the content (or the preparation) gives it, for metadata."""
    conversation_line: str
    """The conversation's name as a heading shows it."""
    meeting_date: date
    date_text: str
    """'maandag 23 november 2026'."""
    short_date_text: str
    """'23-11-2026'."""
    with_label: str
    """'Met:'."""
    with_whom: str
    """Who the meeting is with, as typed (only stripped), for metadata; only used when `with_whom_line` shows."""
    with_whom_line: str
    """Who the meeting is with, as one line; '' when nothing."""


@dataclass(frozen=True)
class SheetDocument:
    """The whole preparation sheet: the header and the sections, in the order of the sheet."""

    header: SheetHeader
    sections: tuple[Section, ...]

    def section(self, kind: SectionKind) -> Section | None:
        """The section of this kind, or None when the sheet leaves it out."""
        return next((section for section in self.sections if section.kind is kind), None)

    def kinds(self) -> tuple[SectionKind, ...]:
        """The kinds of the sections, in order."""
        return tuple(section.kind for section in self.sections)
