"""The Dutch words of the sheet, the summary and the letter: the model of `sheet/labels.yaml`.

`SheetLabels` is the typed, strict model of a content folder's `sheet/labels.yaml`: an unknown
key or a missing text is an error with its file and line, and the texts with `{placeholders}`
are checked. The one content loader (`loader.py`) reads the file (or the shipped one, when a
content folder has none) and keeps it as `Content.sheet_labels`; nothing else reads it.

The sheet builder puts these words into the document; the renderers only show them. Rewording
one changes the words on the sheet and nothing else: the layout follows the section kinds.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from gesprekscoach.content.content_files import LABELS_FILE as LABELS_FILE  # the names live there
from gesprekscoach.content.content_files import SHEET_FOLDER as SHEET_FOLDER
from gesprekscoach.content.templates import check_placeholders

Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
"""A non-empty, short Dutch text."""

SmartField = Literal["specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden"]
SMART_FIELDS: tuple[SmartField, ...] = ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden")


def _placeholders_checked(value: str, allowed: frozenset[str], required: frozenset[str] = frozenset()) -> str:
    """The text, when its `{placeholders}` are right; else ValueError in Dutch.

    The message does not name the field: the problem's location (file, line, field) does.
    """
    try:
        check_placeholders("", value, allowed, required)
    except ValueError as error:
        raise ValueError(str(error).removeprefix(": ")) from None
    return value


class _Labels(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Headings(_Labels):
    """The headings of the sheet's own parts (a step's section takes the step's title)."""

    agenda: Label
    carry_over: Label
    answers: Label
    """Answers whose question is in no step of the conversation (or the conversation is unknown)."""
    goals: Label
    questions: Label
    feedback: Label
    meeting: Label
    """The page for the meeting itself: reminders, notes, agreements."""
    notes: Label
    agreements: Label
    private: Label
    """The last page, that stays home: 'Alleen voor mij'."""
    approach: Label
    """The user's notes with the tips."""
    pitfalls: Label
    cheat_sheet: Label


class GoalLabels(_Labels):
    """The words around a goal."""

    untitled: Label
    """The title of a goal without a sentence ({nummer})."""
    smart_fields: dict[SmartField, Label]
    open_prefix: Label
    """'Nog bespreken:', in front of the letters still open, in words."""
    open_questions: dict[SmartField, Label]
    deadline_label: Label
    steps_caption: Label

    @field_validator("smart_fields", "open_questions")
    @classmethod
    def _all_letters(cls, value: dict[str, str]) -> dict[str, str]:
        missing = [name for name in SMART_FIELDS if name not in value]
        if missing:
            raise ValueError(f"mist {', '.join(missing)}")
        return value

    @field_validator("untitled")
    @classmethod
    def _number(cls, value: str) -> str:
        return _placeholders_checked(value, frozenset({"nummer"}))


class CarryOverLabels(_Labels):
    """The words of the items carried over from earlier conversations."""

    source: Label
    """The heading of one source ({bron})."""
    kinds: dict[Literal["doel", "afspraak", "belofte", "bezwaar"], Label]
    status: dict[Literal["open", "gedaan", "vervallen"], Label]
    results: dict[Literal["behaald", "deels", "niet"], Label]
    owner_label: Label
    due_label: Label
    overdue: Label
    """Behind an open item whose date lies before the meeting: 'verlopen'."""

    @field_validator("source")
    @classmethod
    def _source(cls, value: str) -> str:
        return _placeholders_checked(value, frozenset({"bron"}), frozenset({"bron"}))


class CheatSheetLabels(_Labels):
    """The words of the one-page cheat sheet of a long preparation."""

    agenda: Label
    examples: Label
    goals: Label
    questions: Label
    more: Label
    """'… en nog {aantal}', when a list is cut short."""


class SummaryLabels(_Labels):
    """The words of the summary after the meeting."""

    title: Label
    intro: Label
    """'{gesprek} van {datum}'."""
    agreements_none: Label
    """Instead of the table, when nothing was written down."""
    next_meeting: Label
    next_meeting_unknown: Label
    report_received: Label
    report_not_received: Label
    with_label: Label
    me_label: Label
    done: Label


class LetterLabels(_Labels):
    """The words of the letter's layout (its phrases are in after.yaml)."""

    subject_label: Label
    to_label: Label


class SheetLabels(_Labels):
    """content/sheet/labels.yaml: every word of the printed and saved sheet that is not the user's."""

    title: Label
    date_label: Label
    time_label: Label
    with_label: Label
    me_label: Label
    previous_label: Label
    previous_text: Label
    """'{gesprek} van {datum}'."""
    headings: Headings
    manager_question_steps: list[Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$")]] = Field(
        default_factory=list
    )
    """The ids of the steps whose questions the manager will probably ask."""
    manager_asks: Label
    example_label: Label
    write_here: Label
    private_note: Label
    in_room_reminders: list[Label] = Field(max_length=3)
    """At most three short reminders for the room itself."""
    reminders_label: Label
    next_meeting_label: Label
    report_expected_label: Label
    goal: GoalLabels
    carry_over: CarryOverLabels
    note_label: Label
    tip_label: Label
    avoid_label: Label
    agreement_columns: tuple[Label, Label, Label]
    agreement_done: Label
    cheat_sheet: CheatSheetLabels
    summary: SummaryLabels
    letter: LetterLabels

    @field_validator("previous_text")
    @classmethod
    def _previous(cls, value: str) -> str:
        return _placeholders_checked(value, frozenset({"gesprek", "datum"}))
