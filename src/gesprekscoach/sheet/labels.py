"""The Dutch words of the sheet, the summary and the letter, read from `content/sheet/labels.yaml`.

`SheetLabels` is the typed, strict model of that file: an unknown key or a missing text is an
error with its file and line (`content check` reports them). `sheet_labels()` gives the labels
of the active content folder, or the shipped ones when the folder has no `sheet/labels.yaml`;
it reads the file once per change.

The builder puts these words into the document; the renderers only show them. Rewording one
changes the words on the sheet and nothing else: the layout follows the section kinds.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from gesprekscoach.content.models import check_placeholders
from gesprekscoach.content.problems import ContentError, Problem
from gesprekscoach.content.validation import validate
from gesprekscoach.content.yaml_reader import YamlReadError, read_yaml_file
from gesprekscoach.paths import shipped_content_dir
from gesprekscoach.sheet.assets import LABELS_FILE, SHEET_FOLDER, sheet_asset

Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
"""A non-empty, short Dutch text."""

SmartField = Literal["specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden"]
SMART_FIELDS: tuple[SmartField, ...] = ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden")


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
        check_placeholders("untitled", value, frozenset({"nummer"}))
        return value


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
        check_placeholders("source", value, frozenset({"bron"}), frozenset({"bron"}))
        return value


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
        check_placeholders("previous_text", value, frozenset({"gesprek", "datum"}))
        return value


# --------------------------------------------------------------------------- reading the file

_cache: dict[tuple[str, int, int], SheetLabels] = {}


def check_labels(path: Path) -> tuple[SheetLabels | None, list[Problem]]:
    """Read and check one labels file; (labels, []) or (None, the problems with their lines)."""
    problems: list[Problem] = []
    try:
        located = read_yaml_file(path)
    except YamlReadError as error:
        return None, [Problem(path, error.line, error.message)]
    except OSError:
        return None, [Problem(path, None, "dit bestand kan ik niet lezen")]
    for line, key in located.duplicate_keys:
        problems.append(Problem(path, line, f"veld '{key}' staat er twee keer; haal er één weg"))
    if not isinstance(located.data, dict):
        problems.append(Problem(path, 1, "het bestand moet velden bevatten (sleutel: waarde)"))
        return None, problems
    labels = validate(path, located, SheetLabels, problems)
    return (labels, []) if labels is not None and not problems else (None, problems)


def labels_file(content_dir: Path | None = None) -> Path:
    """The labels file that is used: the content folder's own, else the shipped one."""
    return sheet_asset(LABELS_FILE, content_dir)


def _read_cached(path: Path) -> SheetLabels:
    """The labels of this file (read again only when it changed); ContentError when it has problems."""
    try:
        stat = path.stat()
    except OSError:
        raise ContentError(
            [Problem(path, None, "dit bestand ontbreekt; zonder dit bestand kan ik geen blad maken")]
        ) from None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    labels, problems = check_labels(path)
    if labels is None:
        raise ContentError(problems)
    _cache[key] = labels
    return labels


def sheet_labels(content_dir: Path | None = None) -> SheetLabels:
    """The sheet's labels (see the module docstring).

    A content folder whose `sheet/labels.yaml` has problems gets the shipped labels, so a sheet
    can always be made; `content check` reports the problems. ContentError only when the
    shipped labels themselves are broken.
    """
    path = labels_file(content_dir)
    try:
        return _read_cached(path)
    except ContentError:
        shipped = shipped_content_dir() / SHEET_FOLDER / LABELS_FILE
        if path == shipped:
            raise
        return _read_cached(shipped)


def check_sheet_content(content_dir: Path | None = None) -> tuple[list[str], list[str]]:
    """For `content check`: (lines on which sheet files are used, problems in Dutch).

    The templates and the labels of the folder's `sheet/` (or the shipped ones it falls back
    to) must exist, and the labels must be valid.
    """
    from gesprekscoach.sheet.assets import template_report

    lines, problems = template_report(content_dir)
    path = labels_file(content_dir)
    if path.is_file():
        _labels, label_problems = check_labels(path)
        problems += [str(problem) for problem in label_problems]
    return lines, problems
