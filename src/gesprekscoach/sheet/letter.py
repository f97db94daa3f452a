"""The written reaction to a report the user does not agree with: a real letter, in plain text and as PDF.

The advice is to react soon and on paper: which points you see differently, why, and an
example that shows it. `build_letter` makes a `LetterDocument` from the points in the
preparation's after-meeting record, with the phrases of `content/after.yaml` (so the tone can
be changed without code) and the layout words of `content/sheet/labels.yaml`: the sender (name
and function from the settings), place and date, the addressee, the subject, the body, and the
signature. `render_letter_text` writes it as plain text (no Markdown marks: it can be pasted
into an e-mail as it is); the PDF comes from the template `content/sheet/letter.typ`.

`write_reaction_letter` saves it next to the sheet (or in the given folder) as
'reactie-<gesprek>-<datum>.txt' (or '.pdf'), atomically and privately, and notes where and
when in the record.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from gesprekscoach.content.after_texts import fill, reaction_letter_texts
from gesprekscoach.content.models import Content, QuestionsStep
from gesprekscoach.dates import day_month_year
from gesprekscoach.sheet.markdown import SheetError, conversation_name, has_text, write_sheet
from gesprekscoach.sheet.plain_text import Text, clean_line
from gesprekscoach.store.models import AfterMeetingRecord, Disagreement, Preparation

SEND_WITHIN_DAYS = 7
"""How soon the coach asks the user to send the letter ({dagen} in `send_soon`)."""

TEXT_WIDTH = 72
"""Plain-text lines are wrapped at this width (a word longer than that stays whole)."""

LetterFormat = Literal["txt", "pdf"]
"""How a letter (or a summary) is saved: plain text, or a PDF to print."""


class LetterError(SheetError):
    """The letter cannot be made or written; `str()` is a Dutch message for the user."""


def points_to_write(record: AfterMeetingRecord | None) -> list[Disagreement]:
    """The disagreements that have a point written down, in order."""
    if record is None:
        return []
    return [point for point in record.disagreements if has_text(point.point)]


def file_part(text: str) -> str:
    """Lowercase ASCII letters, digits and '-' only: 'POP-gesprek' → 'pop-gesprek'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-") or "gesprek"


def letter_filename(prep: Preparation, content: Content, fmt: LetterFormat = "txt") -> str:
    """'reactie-functioneringsgesprek-2027-06-10.txt' (the date of the meeting)."""
    name = file_part(conversation_name(prep, content))
    return f"reactie-{name}-{prep.meeting_date.isoformat()}.{fmt}"


def letter_folder(prep: Preparation, fallback: Path) -> Path:
    """Where the letter goes: the folder of the saved sheet, else `fallback` (the documents folder)."""
    if prep.sheet_path:
        folder = Path(prep.sheet_path).expanduser().parent
        if folder.is_dir():
            return folder
    return fallback


# --------------------------------------------------------------------------- the letter as a document


@dataclass(frozen=True)
class LetterPoint:
    """One point of the report the user sees differently: what it says, why, and an example."""

    number: int
    point_label: str
    point: Text
    why_label: str
    why: Text
    example_label: str
    example: Text


@dataclass(frozen=True)
class LetterDocument:
    """The reaction letter: everything a letter on paper has, as plain one-line texts and user `Text`s."""

    sender: tuple[str, ...]
    """The user's name and function, one per line (empty when not known)."""
    place_date: str
    """'Utrecht, 19 juni 2027', or '19 juni 2027' without a place."""
    addressee_label: str
    addressee: str
    """The manager's name ('' when not known)."""
    subject_label: str
    subject: str
    greeting: str
    opening: str
    points_intro: str
    points: tuple[LetterPoint, ...]
    closing: str
    sign_off: str
    signature: tuple[str, ...]
    """The name under the letter and the function (empty when not known)."""


def _phrase(text: str) -> str:
    """A content phrase as one line (its line breaks become spaces)."""
    return clean_line(" ".join(text.split()))


def build_letter(
    prep: Preparation,
    content: Content,
    *,
    today: date,
    name: str | None = None,
    function: str | None = None,
    place: str | None = None,
) -> LetterDocument:
    """The letter as a document; LetterError when no point is written down yet.

    `name`, `function` and `place` come from the user's settings (read here when not given);
    the name typed under the letter in the after-meeting record comes first.
    """
    if name is None or function is None or place is None:
        from gesprekscoach.store.settings import load_settings_or_default

        settings = load_settings_or_default()
        name = settings.name if name is None else name
        function = settings.function if function is None else function
        place = settings.place if place is None else place
    record = prep.after
    points = points_to_write(record)
    if record is None or not points:
        raise LetterError("Schrijf eerst op welk punt uit het verslag niet klopt. Dan maak ik de brief.")
    texts = reaction_letter_texts(content)
    words = content.sheet_labels.letter
    values = {"gesprek": conversation_name(prep, content), "datum": day_month_year(prep.meeting_date)}
    values["dagen"] = str(SEND_WITHIN_DAYS)
    manager = clean_line(" ".join(prep.with_whom.split()))
    greeting = fill(texts.greeting, naam=manager, **values) if manager else fill(texts.greeting_no_name, **values)
    if record.report_received_on is not None:
        opening = fill(texts.opening, ontvangen=day_month_year(record.report_received_on), **values)
    else:
        opening = fill(texts.opening_no_report_date, **values)
    signer = clean_line(" ".join(record.signed_by.split())) or clean_line(name)
    role = clean_line(function)
    sender = tuple(line for line in (clean_line(name) or signer, role) if line)
    place_line = clean_line(place)
    return LetterDocument(
        sender=sender,
        place_date=f"{place_line}, {day_month_year(today)}" if place_line else day_month_year(today),
        addressee_label=words.to_label,
        addressee=manager,
        subject_label=words.subject_label,
        subject=_phrase(fill(texts.subject, **values)),
        greeting=_phrase(greeting),
        opening=_phrase(opening),
        points_intro=_phrase(fill(texts.point_intro if len(points) == 1 else texts.points_intro, **values)),
        points=tuple(
            LetterPoint(
                number=number,
                point_label=_phrase(texts.point_label) + ":",
                point=Text.of(point.point),
                why_label=_phrase(texts.why_label) + ":",
                why=Text.of(point.why),
                example_label=_phrase(texts.example_label) + ":",
                example=Text.of(point.example),
            )
            for number, point in enumerate(points, start=1)
        ),
        closing=_phrase(fill(texts.closing, **values)),
        sign_off=_phrase(texts.sign_off),
        signature=tuple(line for line in (signer, role) if line),
    )


# --------------------------------------------------------------------------- plain text


def wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    """One line of text wrapped at `TEXT_WIDTH`; `first` replaces the indent of the first line."""
    return textwrap.wrap(
        text,
        width=TEXT_WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [(indent if first is None else first).rstrip()]


def text_lines(text: Text, indent: str = "", first: str | None = None) -> list[str]:
    """A user's text: its lines kept (each wrapped), an empty line between paragraphs."""
    lines: list[str] = []
    for number, paragraph in enumerate(text.paragraphs):
        if number:
            lines.append("")
        for line_number, line in enumerate(paragraph):
            lead = first if number == 0 and line_number == 0 else None
            lines += wrap(line, indent, lead)
    return lines


def render_letter_text(letter: LetterDocument) -> str:
    """The letter as plain text (ends with one newline); no Markdown marks."""
    blocks: list[list[str]] = []
    if letter.sender:
        blocks.append(list(letter.sender))
    blocks.append([letter.place_date])
    if letter.addressee:
        blocks.append([f"{letter.addressee_label} {letter.addressee}"])
    blocks.append(wrap(f"{letter.subject_label} {letter.subject}"))
    blocks += [[letter.greeting], wrap(letter.opening), wrap(letter.points_intro)]
    for point in letter.points:
        marker = f"{point.number}. "
        indent = " " * len(marker)
        lines = text_lines(point.point, indent, f"{marker}{point.point_label} ")
        if point.why:
            lines += text_lines(point.why, indent, f"{indent}{point.why_label} ")
        if point.example:
            lines += text_lines(point.example, indent, f"{indent}{point.example_label} ")
        blocks.append(lines)
    blocks.append(wrap(letter.closing))
    blocks.append([letter.sign_off, *letter.signature])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def render_reaction_letter(
    prep: Preparation,
    content: Content,
    *,
    today: date,
    name: str | None = None,
    function: str | None = None,
    place: str | None = None,
) -> str:
    """The letter as plain text (see `render_letter_text`). LetterError when there is no point yet."""
    return render_letter_text(build_letter(prep, content, today=today, name=name, function=function, place=place))


def send_soon_message(content: Content) -> str:
    """What the coach tells the user once the letter is saved: read it, send it soon."""
    texts = reaction_letter_texts(content)
    return " ".join(fill(texts.send_soon, dagen=str(SEND_WITHIN_DAYS)).split())


def write_reaction_letter(
    prep: Preparation,
    content: Content,
    *,
    today: date,
    folder: Path,
    overwrite: bool = False,
    fmt: LetterFormat = "txt",
    name: str | None = None,
    function: str | None = None,
    place: str | None = None,
) -> Path:
    """Write the letter as `folder / letter_filename(...)` (plain text or PDF) and note it in `prep.after`.

    Raises LetterError (no point yet), SheetExistsError (the file is there and `overwrite`
    is False) or SheetWriteError (Dutch); for a PDF, PrintError. The caller saves the preparation.
    """
    letter = build_letter(prep, content, today=today, name=name, function=function, place=place)
    target = Path(folder) / letter_filename(prep, content, fmt)
    if fmt == "pdf":
        from gesprekscoach.sheet.after_pdf import write_letter_pdf

        path = write_letter_pdf(letter, target, overwrite=overwrite)
    else:
        path = write_sheet(render_letter_text(letter), target, overwrite=overwrite)
    assert prep.after is not None  # build_letter checked it
    prep.after.reaction_letter_path = str(path)
    prep.after.reaction_written_on = today
    return path


def preparation_examples(prep: Preparation, content: Content) -> list[tuple[str, str]]:
    """The concrete examples in the preparation, to back up a point: (question, example).

    Answers in the order of the conversation's questions steps; an answer without an example
    offers its text instead. Answers marked 'alleen voor mij' are not offered: the letter goes
    to the manager.
    """
    try:
        conversation = content.conversation(prep.conversation)
        order = [qid for step in conversation.steps if isinstance(step, QuestionsStep) for qid in step.questions]
    except KeyError:
        conversation = None
        order = []
    listed = set(order)
    order += [qid for qid in prep.answers if qid not in listed]  # a set: linear in the answers
    found: list[tuple[str, str]] = []
    for qid in order:
        answer = prep.answers.get(qid)
        if answer is None or answer.private:
            continue
        chosen = answer.example if answer.example.strip() else answer.text
        if not chosen.strip():
            continue
        question = qid
        if conversation is not None:
            try:
                question = conversation.question(qid).text
            except KeyError:
                pass
        found.append((question, chosen.strip()))
    return found
