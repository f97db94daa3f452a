"""The written reaction to a report the user does not agree with: a short, calm Markdown letter.

The advice is to react soon and on paper: which points you see differently, why, and an
example that shows it. `render_reaction_letter` writes that letter from the points in the
preparation's after-meeting record, with the phrases of `content/after.yaml` (so the tone
can be changed without code). `write_reaction_letter` saves it next to the sheet (or in the
given folder) as 'reactie-<gesprek>-<datum>.md', atomically and privately, and notes where
and when in the record.

Every text the user typed is escaped like on the sheet, so it cannot break the letter's layout.
Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from gesprekscoach.content.after_texts import fill, reaction_letter_texts
from gesprekscoach.content.models import Content, QuestionsStep
from gesprekscoach.dates import day_month_year
from gesprekscoach.sheet.markdown import (
    SheetError,
    conversation_name,
    escape_markdown,
    escape_markdown_block,
    has_text,
    write_sheet,
)
from gesprekscoach.store.models import AfterMeetingRecord, Disagreement, Preparation

SEND_WITHIN_DAYS = 7
"""How soon the coach asks the user to send the letter ({dagen} in `send_soon`)."""


class LetterError(SheetError):
    """The letter cannot be made or written; `str()` is a Dutch message for the user."""


def points_to_write(record: AfterMeetingRecord | None) -> list[Disagreement]:
    """The disagreements that have a point written down, in order."""
    if record is None:
        return []
    return [point for point in record.disagreements if has_text(point.point)]


def _file_part(text: str) -> str:
    """Lowercase ASCII letters, digits and '-' only: 'POP-gesprek' → 'pop-gesprek'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-") or "gesprek"


def letter_filename(prep: Preparation, content: Content) -> str:
    """'reactie-functioneringsgesprek-2027-06-10.md' (the date of the meeting)."""
    name = _file_part(conversation_name(prep, content))
    return f"reactie-{name}-{prep.meeting_date.isoformat()}.md"


def letter_folder(prep: Preparation, fallback: Path) -> Path:
    """Where the letter goes: the folder of the saved sheet, else `fallback` (the working folder)."""
    if prep.sheet_path:
        folder = Path(prep.sheet_path).expanduser().parent
        if folder.is_dir():
            return folder
    return fallback


def _paragraph(text: str) -> str:
    """A content phrase as one Markdown paragraph (its line breaks become spaces)."""
    return escape_markdown(" ".join(text.split()))


def render_reaction_letter(prep: Preparation, content: Content, *, today: date) -> str:
    """The letter as Markdown (ends with one newline). LetterError when there is no point yet."""
    record = prep.after
    points = points_to_write(record)
    if record is None or not points:
        raise LetterError("Schrijf eerst op welk punt uit het verslag niet klopt. Dan maak ik de brief.")
    texts = reaction_letter_texts(content)
    name = conversation_name(prep, content)
    meeting = day_month_year(prep.meeting_date)
    values = {"gesprek": name, "datum": meeting, "dagen": str(SEND_WITHIN_DAYS)}

    blocks: list[str] = [day_month_year(today)]
    blocks.append(f"**{_paragraph(fill(texts.subject, **values))}**")
    manager = " ".join(prep.with_whom.split())
    if has_text(manager):
        blocks.append(_paragraph(fill(texts.greeting, naam=manager, **values)))
    else:
        blocks.append(_paragraph(fill(texts.greeting_no_name, **values)))
    if record.report_received_on is not None:
        received = day_month_year(record.report_received_on)
        blocks.append(_paragraph(fill(texts.opening, ontvangen=received, **values)))
    else:
        blocks.append(_paragraph(fill(texts.opening_no_report_date, **values)))
    blocks.append(_paragraph(fill(texts.points_intro, **values)))

    items: list[str] = []
    for number, point in enumerate(points, start=1):
        marker = f"{number}. "
        indent = " " * len(marker)
        lines = [
            escape_markdown_block(
                point.point, indent=indent, first_prefix=f"{marker}**{escape_markdown(texts.point_label)}:** "
            )
        ]
        if has_text(point.why):
            lines.append(
                escape_markdown_block(
                    point.why, indent=indent, first_prefix=f"{indent}**{escape_markdown(texts.why_label)}:** "
                )
            )
        if has_text(point.example):
            lines.append(
                escape_markdown_block(
                    point.example, indent=indent, first_prefix=f"{indent}**{escape_markdown(texts.example_label)}:** "
                )
            )
        items.append("  \n".join(lines))
    blocks.append("\n\n".join(items))

    blocks.append(_paragraph(fill(texts.closing, **values)))
    signature = [escape_markdown(texts.sign_off)]
    signer = " ".join(record.signed_by.split())
    if has_text(signer):
        signature.append(escape_markdown(signer))
    blocks.append("  \n".join(signature))
    return "\n\n".join(blocks) + "\n"


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
) -> Path:
    """Write the letter as `folder / letter_filename(...)` and note it in `prep.after`.

    Raises LetterError (no point yet), SheetExistsError (the file is there and `overwrite`
    is False) or SheetWriteError (Dutch message). The caller saves the preparation.
    """
    text = render_reaction_letter(prep, content, today=today)
    path = write_sheet(text, Path(folder) / letter_filename(prep, content), overwrite=overwrite)
    assert prep.after is not None  # render_reaction_letter checked it
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
    order += [qid for qid in prep.answers if qid not in order]
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
