"""The preparation sheet as one typed document: a header, the sections, the meeting page and the private page.

`build.build_sheet` makes a `SheetDocument` from a preparation, once; the renderers
(`markdown.render_markdown`, and the Typst template through `json_data.to_data`) only format
what it holds. A section is known by its `kind`, never by its heading: the heading is text for
the reader, and rewording it changes nothing else. Every string in the document is plain,
display-ready text (one line, cleaned, see `plain_text`) unless its field says otherwise;
escaping is the renderer's job.

The parts of the document, in the order of the printed sheet:

- `sections`: the preparation, on the pages the manager may see;
- `meeting`: the page for the meeting itself (reminders, notes, agreements, what comes next),
  one unit that never splits;
- `private`: the last page, 'Alleen voor mij', that can stay home (the user's notes with the
  tips, the pitfalls, and what was marked 'alleen voor mij' when asked for);
- `cheat_sheet`: one page with the essentials, printed first when the preparation is long.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from enum import Enum

from gesprekscoach.records import Record, record
from gesprekscoach.sheet.plain_text import Text

__all__ = [
    "AgreementRow",
    "AgreementTable",
    "AnswerBlock",
    "Block",
    "BulletList",
    "CheatGroup",
    "CheatSheet",
    "CheckItem",
    "CheckState",
    "Detail",
    "FollowUp",
    "GoalBlock",
    "GoalCheck",
    "ItemGroup",
    "LabelledLine",
    "NoteArea",
    "NumberedList",
    "PitfallList",
    "PrivatePage",
    "ReminderList",
    "Section",
    "SectionKind",
    "SheetDocument",
    "SheetHeader",
    "SmartLine",
    "Text",
    "TipNote",
    "TipNotes",
]


class SectionKind(Enum):
    """What a section of the sheet is; the renderers lay a section out by its kind."""

    AGENDA = "agenda"
    """The points the user wants to discuss (numbered, with room to write)."""
    CARRY_OVER = "carry-over"
    """Goals, agreements, promises and objections from earlier conversations, grouped by source."""
    ANSWERS = "answers"
    """The answers to the questions of one questions step (its title is the heading)."""
    MANAGER_QUESTIONS = "manager-questions"
    """Prepared answers to the questions the manager will probably ask."""
    GOALS = "goals"
    """The user's goals: their words, what is still open of SMART, the deadline and the steps."""
    QUESTIONS = "questions"
    """The questions the user wants to ask (with room to write the answer)."""
    FEEDBACK = "feedback"
    """Feedback points for the manager (with room to write the reaction)."""
    MEETING = "meeting"
    """The meeting page: a few reminders, notes, the agreements and what comes next."""
    APPROACH = "approach"
    """Private page: the user's notes with the tips (their own plan)."""
    PITFALLS = "pitfalls"
    """Private page: the pitfalls of the conversation and how to avoid them."""


# --------------------------------------------------------------------------- blocks


@record
class NumberedList(Record):
    """A numbered list of texts (agenda points); `write_lines` empty lines under each on paper."""

    items: tuple[Text, ...]
    write_lines: int = 0


@record
class BulletList(Record):
    """A list of texts (questions to ask, feedback points); `write_lines` empty lines under each on paper."""

    items: tuple[Text, ...]
    write_lines: int = 0
    write_label: str = ""
    """A small word in front of the writing line ('Reactie:'), or ''."""


class CheckState(Enum):
    """The box in front of a check item."""

    OPEN = "open"
    """An empty box: still to do."""
    DONE = "done"
    """A ticked box."""
    NONE = "none"
    """No box (a dropped item: nothing to tick)."""


@record
class Detail(Record):
    """One detail after an item's text: 'wie: Kees', 'uiterlijk 1 februari 2026', 'nog open'."""

    label: str
    """'wie:', 'uiterlijk', or '' for a detail that is only a value."""
    value: str


@record
class CheckItem(Record):
    """An item with a box, an optional label, details, a warning, and the user's note below it."""

    state: CheckState
    text: str
    label: str = ""
    """'Afspraak:' (with its colon), or '' for none."""
    details: tuple[Detail, ...] = ()
    alert: str = ""
    """A word that must stand out ('verlopen'), or ''."""
    note_label: str = ""
    note: Text = Text()


@record
class ItemGroup(Record):
    """A titled group of check items: what was carried over from one earlier conversation."""

    title: str
    items: tuple[CheckItem, ...]


@record
class AnswerBlock(Record):
    """An answer to one question: the coach's question (quiet), the user's answer and example."""

    question: str
    text: Text
    example_label: str
    example: Text
    lead: str = ""
    """'Als mijn leidinggevende vraagt:' in front of the question, or ''."""


@record
class SmartLine(Record):
    """What the user wrote for one SMART letter."""

    letter: str
    """'S', 'M', 'A', 'R' or 'T'."""
    label: str
    """'Specifiek:' (with its colon)."""
    text: Text


@record
class GoalCheck(Record):
    """What the SMART check says of a goal, in words: what is still open, and the deadline."""

    open_label: str
    """'Nog bespreken:'."""
    open_points: tuple[str, ...]
    """'is het realistisch?', … (empty: nothing open)."""
    deadline_label: str
    deadline: str
    """'1 juli 2027' (counted from the meeting date), or '' when the goal names none."""
    warning: str = ""
    """A warning about the deadline (before the meeting, …), or ''."""


@record
class GoalBlock(Record):
    """A goal: the user's sentence as title, their SMART lines and steps, and the check in words."""

    title: str
    check: GoalCheck | None
    smart: tuple[SmartLine, ...]
    steps_caption: str
    steps: tuple[Text, ...]


@record
class TipNote(Record):
    """The user's note with a tip (their own words first), and the tip it belongs to (quiet)."""

    note: Text
    tip: str


@record
class TipNotes(Record):
    """The user's notes with the tips."""

    tip_label: str
    items: tuple[TipNote, ...]


@record
class LabelledLine(Record):
    """A label and a line of text: 'Je meteen verdedigen bij kritiek: Luister eerst …'."""

    label: str
    text: str


@record
class PitfallList(Record):
    """The pitfalls to remember: one labelled line per pitfall."""

    caption: str
    items: tuple[LabelledLine, ...]


@record
class ReminderList(Record):
    """At most three short reminders for the room itself."""

    label: str
    items: tuple[str, ...]


@record
class NoteArea(Record):
    """Room to write notes: on paper it grows to fill its page, never fewer than `min_lines` lines."""

    title: str
    min_lines: int


@record
class AgreementRow(Record):
    """One agreement in the table: what, who, when, and whether it is done."""

    what: str
    who: str
    when: str
    done: bool = False


@record
class AgreementTable(Record):
    """The agreements: the ones already written down, then empty rows to write in."""

    title: str
    columns: tuple[str, str, str]
    rows: tuple[AgreementRow, ...]
    empty_rows: int
    done_label: str


@record
class FollowUp(Record):
    """Lines to fill in at the end of the meeting: 'Volgend gesprek:', 'Verslag verwacht op:'."""

    lines: tuple[LabelledLine, ...]
    """The label, and what is known already ('' leaves a line to write on)."""


Block = (
    NumberedList
    | BulletList
    | ItemGroup
    | AnswerBlock
    | GoalBlock
    | TipNotes
    | PitfallList
    | ReminderList
    | NoteArea
    | AgreementTable
    | FollowUp
)
"""Everything a section can hold."""


# --------------------------------------------------------------------------- the document


@record
class Section(Record):
    """One section of the sheet: its kind (for the layout), its heading (for the reader) and blocks."""

    kind: SectionKind
    heading: str
    blocks: tuple[Block, ...]


@record
class SheetHeader(Record):
    """What the sheet is about: the conversation, when, with whom, who I am, the previous one."""

    title: str
    """'Voorbereiding'."""
    conversation: str
    """The conversation's name exactly as the content (or the preparation) gives it, for metadata."""
    conversation_line: str
    """The conversation's name as a heading shows it."""
    meeting_date: date
    date_label: str
    date_text: str
    """'maandag 23 november 2026'."""
    short_date_text: str
    """'23-11-2026'."""
    time_label: str
    """'Tijd:', with the time, or a line to write it on."""
    with_label: str
    """'Met:'."""
    with_whom: str
    """Who the meeting is with, as typed (only stripped), for metadata; only used when `with_whom_line` shows."""
    with_whom_line: str
    """Who the meeting is with, as one line; '' when nothing."""
    me_label: str = ""
    """'Ik:'."""
    me_line: str = ""
    """'Sam Jansen, klantadviseur' (from the settings), or ''."""
    previous_label: str = ""
    """'Vorig gesprek:'."""
    previous_line: str = ""
    """'planningsgesprek van 15 januari 2026', or '' when there was none."""
    time_text: str = ""
    """When the meeting starts, '09:30'; '' when not known (the sheet leaves a line to write it on)."""


@record
class PrivatePage(Record):
    """The last page, that can stay home: a heading, a short note, and its sections."""

    heading: str
    note: str
    sections: tuple[Section, ...]


@record
class CheatGroup(Record):
    """One list on the cheat sheet: a title and one line per item (cut to one line)."""

    title: str
    lines: tuple[str, ...]
    more: str = ""
    """'… en nog 4' when the list was cut short, else ''."""


@record
class CheatSheet(Record):
    """One page with the essentials of a long preparation, to have on top in the meeting."""

    heading: str
    groups: tuple[CheatGroup, ...]


@record
class SheetDocument(Record):
    """The whole sheet (see the module docstring)."""

    header: SheetHeader
    sections: tuple[Section, ...]
    meeting: Section
    private: PrivatePage
    cheat_sheet: CheatSheet

    def all_sections(self) -> Iterator[Section]:
        """Every section, in the order of the printed sheet (cheat sheet aside)."""
        yield from self.sections
        yield self.meeting
        yield from self.private.sections

    def section(self, kind: SectionKind) -> Section | None:
        """The first shared section of this kind (preparation or meeting page), or None."""
        return next((s for s in (*self.sections, self.meeting) if s.kind is kind), None)

    def sections_of(self, kind: SectionKind) -> tuple[Section, ...]:
        """All shared sections of this kind (there is one answers section per questions step)."""
        return tuple(s for s in (*self.sections, self.meeting) if s.kind is kind)

    def kinds(self) -> tuple[SectionKind, ...]:
        """The kinds of the shared sections, in order (the meeting page last)."""
        return (*(s.kind for s in self.sections), self.meeting.kind)
