"""The Dutch words of the sheet, the summary and the letter: the model of `sheet/labels.yaml`.

`SheetLabels` is the typed, strict model of a content folder's `sheet/labels.yaml`: an unknown
key or a missing text is an error with its file and line, and the texts with `{placeholders}`
are checked. The one content loader (`loader.py`) reads the file (or the shipped one, when a
content folder has none) and keeps it as `Content.sheet_labels`; nothing else reads it.

The models are made as those of `check_models.py` (`content_model`), without pydantic: the
loader validates them with pydantic as part of `Content`, and `from_plain(SheetLabels, data)`
builds them from the cached plain data of checked content, checking every rule again with the
same code (the `Annotated` markers; a `Check` is the rule of one field).

The sheet builder puts these words into the document; the renderers only show them. Rewording
one changes the words on the sheet and nothing else: the layout follows the section kinds.

Plain Python: this module never imports Textual or pydantic.
"""

from typing import Annotated, Literal

from gesprekscoach.content.check_models import Check, ContentParts, Items, NonEmptyText, Pattern, content_model, field
from gesprekscoach.content.content_files import LABELS_FILE as LABELS_FILE  # the names live there
from gesprekscoach.content.content_files import SHEET_FOLDER as SHEET_FOLDER
from gesprekscoach.content.templates import check_placeholders

Label = Annotated[str, NonEmptyText(max_length=300)]
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


def _all_letters(value: dict[str, str]) -> None:
    """ValueError unless the map has a text for every SMART letter."""
    missing = [name for name in SMART_FIELDS if name not in value]
    if missing:
        raise ValueError(f"mist {', '.join(missing)}")


def _number(value: str) -> None:
    _placeholders_checked(value, frozenset({"nummer"}))


def _source(value: str) -> None:
    _placeholders_checked(value, frozenset({"bron"}), frozenset({"bron"}))


def _previous(value: str) -> None:
    _placeholders_checked(value, frozenset({"gesprek", "datum"}))


LetterMap = Annotated[dict[SmartField, Label], Check(_all_letters)]
"""A text for each SMART letter, all five."""

StepId = Annotated[str, Pattern(r"^[a-z0-9][a-z0-9_-]*$")]
"""A lowercase identifier: letters, digits, '-' and '_'."""


@content_model
class Headings(ContentParts):
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


@content_model
class GoalLabels(ContentParts):
    """The words around a goal."""

    untitled: Annotated[Label, Check(_number)]
    """The title of a goal without a sentence ({nummer})."""
    smart_fields: LetterMap
    open_prefix: Label
    """'Nog bespreken:', in front of the letters still open, in words."""
    open_questions: LetterMap
    deadline_label: Label
    steps_caption: Label


@content_model
class CarryOverLabels(ContentParts):
    """The words of the items carried over from earlier conversations."""

    source: Annotated[Label, Check(_source)]
    """The heading of one source ({bron})."""
    kinds: dict[Literal["doel", "afspraak", "belofte", "bezwaar"], Label]
    status: dict[Literal["open", "gedaan", "vervallen"], Label]
    results: dict[Literal["behaald", "deels", "niet"], Label]
    owner_label: Label
    due_label: Label
    overdue: Label
    """Behind an open item whose date lies before the meeting: 'verlopen'."""


@content_model
class CheatSheetLabels(ContentParts):
    """The words of the one-page cheat sheet of a long preparation."""

    agenda: Label
    examples: Label
    goals: Label
    questions: Label
    more: Label
    """'… en nog {aantal}', when a list is cut short."""


@content_model
class SummaryLabels(ContentParts):
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


@content_model
class LetterLabels(ContentParts):
    """The words of the letter's layout (its phrases are in after.yaml)."""

    subject_label: Label
    to_label: Label


@content_model
class SheetLabels(ContentParts):
    """content/sheet/labels.yaml: every word of the printed and saved sheet that is not the user's."""

    title: Label
    date_label: Label
    time_label: Label
    with_label: Label
    me_label: Label
    previous_label: Label
    previous_text: Annotated[Label, Check(_previous)]
    """'{gesprek} van {datum}'."""
    headings: Headings
    manager_question_steps: list[StepId] = field(default_factory=list)
    """The ids of the steps whose questions the manager will probably ask."""
    manager_asks: Label
    example_label: Label
    write_here: Label
    private_note: Label
    in_room_reminders: Annotated[list[Label], Items(0, 3)]
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
