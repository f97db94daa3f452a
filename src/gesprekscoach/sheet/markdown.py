"""The preparation sheet: a Markdown page to print and take into the meeting.

Layout (see DESIGN.md, "The preparation sheet"): YAML front matter, one `#` heading, then the
`##` sections in a fixed order. A section the user left empty is left out, except the two
sections for use during the meeting ("Aantekeningen tijdens het gesprek" and "Afspraken").

Choices made here:

- **Every user text is escaped** (`escape_markdown` and `_user_block`), so nothing typed can
  add a heading, a list, a table, a code block, a link or HTML. The user's line breaks are
  kept: a single line break becomes a Markdown hard break (two trailing spaces), an empty
  line starts a new paragraph. Content texts (questions, tips) are escaped the same way.
- **Om te onthouden** lists the tips that are *not* ticked yet (`- [ ] tip`), and ticked tips
  only when the user wrote a note with them (the note is their own plan, worth having in the
  room). It then lists *all* pitfalls of the conversation's pitfalls steps as one-line
  reminders (title plus the first way to avoid it), ticked as read or not: having read a
  pitfall at home does not mean you remember it under stress, and one line each costs little.
- **Answers** go under "Terugblik" in step order. Answers to questions that are in no
  questions step follow, in the order of the conversation's questions, and answers whose
  question is no longer in the content come last (under their id, made readable), so no
  typed text is ever lost from the sheet.
- **Goals** start with their SMART check, one mark per letter (✓ fine, – still open), and the
  deadline the check read from them ('Uiterlijk: 1 juli 2027'), on one line. The marks are plain
  characters, so they look the same in a Markdown viewer and on paper.
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

from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.checks.goal_verdict import SHEET_MARKS, check_goal_fields, verdict_line
from gesprekscoach.checks.smart import format_deadline
from gesprekscoach.content.models import ChecklistStep, Content, ConversationType, Pitfall, PitfallsStep, QuestionsStep
from gesprekscoach.dates import dutch_date
from gesprekscoach.store.models import Answer, CarryOverItem, Goal, Preparation

SECTION_AGENDA = "Wat ik wil bespreken"
SECTION_CARRY_OVER = "Afspraken van de vorige keer"
SECTION_LOOKING_BACK = "Terugblik"
SECTION_GOALS = "Mijn doelen"
SECTION_QUESTIONS = "Vragen die ik wil stellen"
SECTION_FEEDBACK = "Feedback voor mijn leidinggevende"
SECTION_REMEMBER = "Om te onthouden"
SECTION_NOTES = "Aantekeningen tijdens het gesprek"
SECTION_AGREEMENTS = "Afspraken"

SECTION_ORDER: tuple[str, ...] = (
    SECTION_AGENDA,
    SECTION_CARRY_OVER,
    SECTION_LOOKING_BACK,
    SECTION_GOALS,
    SECTION_QUESTIONS,
    SECTION_FEEDBACK,
    SECTION_REMEMBER,
    SECTION_NOTES,
    SECTION_AGREEMENTS,
)
"""All `##` sections, in the order they appear on the sheet."""

SMART_LABELS: tuple[tuple[str, str], ...] = (
    ("specifiek", "Specifiek"),
    ("meetbaar", "Meetbaar"),
    ("acceptabel", "Acceptabel"),
    ("realistisch", "Realistisch"),
    ("tijdgebonden", "Tijdgebonden"),
)
"""The SMART fields of a goal and their labels on the sheet."""

NOTE_LINES = 8
"""Number of ruled lines under "Aantekeningen tijdens het gesprek"."""

RULED_LINE = "_" * 72
"""A writing line: a thematic break made of underscores (never a heading underline)."""

AGREEMENT_ROWS = 4
"""Number of empty rows in the "Afspraken" table."""

_AGREEMENT_WIDTHS = (40, 16, 12)
_AGREEMENT_HEADERS = ("Wat", "Wie", "Wanneer")

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
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def escape_markdown(text: str) -> str:
    """Escape one line of text so Markdown shows it as plain text, wherever it stands.

    Backslash-escapes every character that can start inline markup (emphasis, code, links,
    HTML, entities, table pipes, strike-through, heading marks) and the characters that can
    start a block at the beginning of a line (`-`, `+`, `=`, `>`, `1.`, `1)`). Leading and
    trailing spaces and tabs are dropped (Markdown would drop or misread them), tabs become
    spaces and other control characters (such as terminal escape codes) are removed. Line
    breaks are turned into spaces; use `escape_markdown_block` for text with several lines.
    """
    line = " ".join(_LINE_BREAK.split(text))
    line = _CONTROL.sub(lambda m: " " if m.group() == "\t" else "", line).strip(" ")
    line = _INLINE_SPECIAL.sub(r"\\\1", line)
    line = _LINE_START_SPECIAL.sub(r"\\\1", line)
    return _LINE_START_NUMBER.sub(r"\1\\\2", line)


def _paragraphs(text: str) -> list[list[str]]:
    """The user's text as paragraphs of escaped lines; empty lines split paragraphs."""
    normalized = _LINE_BREAK.sub("\n", text)
    result: list[list[str]] = []
    for block in _BLANK_LINES.split(normalized.strip("\n")):
        lines = [escape_markdown(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            result.append(lines)
    return result


def escape_markdown_block(text: str, indent: str = "", first_prefix: str = "") -> str:
    """Escape text with several lines: line breaks become hard breaks, empty lines new paragraphs.

    `first_prefix` goes in front of the first line (a list marker or a bold label); every
    other line is indented with `indent`, so the text stays inside a list item.
    Returns '' for text that is only white space.
    """
    out: list[str] = []
    for number, paragraph in enumerate(_paragraphs(text)):
        if number:
            out.append("")
        for line_number, line in enumerate(paragraph):
            if number == 0 and line_number == 0:
                line = first_prefix + line
            else:
                line = indent + line
            if line_number < len(paragraph) - 1:
                line += HARD_BREAK
            out.append(line)
    return "\n".join(out)


def has_text(text: str) -> bool:
    """True when the text shows anything on the sheet (not only white space or control characters)."""
    return bool(escape_markdown(text))


def _heading_text(text: str) -> str:
    """A single-line, escaped heading text."""
    return escape_markdown(" ".join(text.split()))


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


def _conversation(prep: Preparation, content: Content) -> ConversationType | None:
    try:
        return content.conversation(prep.conversation)
    except KeyError:
        return None


def conversation_name(prep: Preparation, content: Content) -> str:
    """The name of the preparation's conversation type ('functioneringsgesprek'), or its id."""
    conv = _conversation(prep, content)
    return conv.name if conv is not None else prep.conversation


def _readable_id(question_id: str) -> str:
    """'wat-ging-goed' → 'Wat ging goed' (for answers whose question is gone)."""
    words = re.sub(r"[-_]+", " ", question_id).strip()
    return (words[:1].upper() + words[1:]) or question_id


def _numbered(items: Iterable[str]) -> list[str]:
    """An ordered list ('1.', '2.', …) of user texts, empty ones left out."""
    lines: list[str] = []
    number = 0
    for item in items:
        if not has_text(item):
            continue
        number += 1
        marker = f"{number}. "
        lines.append(escape_markdown_block(item, indent=" " * len(marker), first_prefix=marker))
    return lines


def _bulleted(items: Iterable[str], marker: str = "- ") -> list[str]:
    """A bullet list of user texts, empty ones left out."""
    return [
        escape_markdown_block(item, indent=" " * len(marker), first_prefix=marker) for item in items if has_text(item)
    ]


def _section(title: str, blocks: list[str]) -> str:
    """A `##` section: heading, then the blocks separated by empty lines."""
    return "\n\n".join([f"## {title}", *blocks])


def _ordered_answers(prep: Preparation, conv: ConversationType | None) -> list[tuple[str, Answer]]:
    """(question text, answer) for every answered question, in the order of the sheet."""
    answered = {qid: a for qid, a in prep.answers.items() if has_text(a.text) or has_text(a.example)}
    result: list[tuple[str, Answer]] = []
    placed: set[str] = set()
    if conv is not None:
        in_steps = [qid for step in conv.steps if isinstance(step, QuestionsStep) for qid in step.questions]
        in_content = [q.id for q in conv.questions]
        for qid in [*in_steps, *in_content]:
            if qid in answered and qid not in placed:
                placed.add(qid)
                try:
                    text = conv.question(qid).text
                except KeyError:
                    text = _readable_id(qid)
                result.append((text, answered[qid]))
    for qid, answer in answered.items():
        if qid not in placed:
            result.append((_readable_id(qid), answer))
    return result


def _looking_back_blocks(prep: Preparation, conv: ConversationType | None) -> list[str]:
    blocks: list[str] = []
    for question, answer in _ordered_answers(prep, conv):
        blocks.append(f"### {_heading_text(question)}")
        if has_text(answer.text):
            blocks.append(escape_markdown_block(answer.text))
        if has_text(answer.example):
            blocks.append(escape_markdown_block(answer.example, first_prefix="**Voorbeeld:** "))
    return blocks


def _goal_verdict(goal: Goal, content: Content, today: date) -> str:
    """The goal's SMART verdict per letter and its resolved deadline on one line, a warning below.

    One line ('SMART: S ✓ M ✓ A ✓ R – T ✓ · Uiterlijk: 1 juli 2027') keeps a typical sheet on
    two A4 pages. Empty ('') for a goal that has only steps: there is nothing to check yet.
    """
    checked = (goal.text, *(getattr(goal, field) for field, _ in SMART_LABELS))
    if not any(has_text(part) for part in checked):
        return ""
    result = check_goal_fields(goal, today=today, texts=content.checks, guide=content.smart)
    line = f"**SMART:** {verdict_line(result, SHEET_MARKS)}"
    if result.deadline is not None:
        line += f" · **Uiterlijk:** {format_deadline(result.deadline)}"
    if result.deadline_warning:
        line += HARD_BREAK + "\n" + escape_markdown(result.deadline_warning)
    return line


def _goal_blocks(goals: list[Goal], content: Content, today: date) -> list[str]:
    blocks: list[str] = []
    number = 0
    for goal in goals:
        fields = (goal.text, *(getattr(goal, field) for field, _ in SMART_LABELS), *goal.steps)
        if not any(has_text(part) for part in fields):
            continue
        number += 1
        title = _heading_text(goal.text) if has_text(goal.text) else f"Doel {number}"
        blocks.append(f"### {title}")
        verdict = _goal_verdict(goal, content, today)
        if verdict:
            blocks.append(verdict)
        letters = [
            escape_markdown_block(getattr(goal, field), indent="  ", first_prefix=f"- **{label}:** ")
            for field, label in SMART_LABELS
            if has_text(getattr(goal, field))
        ]
        if letters:
            blocks.append("\n".join(letters))
        steps = _numbered(goal.steps)
        if steps:
            blocks.append("Mijn stappen:")
            blocks.append("\n".join(steps))
    return blocks


def _open_tips(prep: Preparation, conv: ConversationType | None) -> list[str]:
    """Tips not ticked yet, and ticked tips with a note; each with the user's note."""
    if conv is None:
        return []
    lines: list[str] = []
    seen: set[str] = set()
    for step in conv.steps:
        if not isinstance(step, ChecklistStep):
            continue
        for item in step.items:
            if item.id in seen:
                continue
            seen.add(item.id)
            state = prep.checklist.get(item.id)
            done = state.done if state is not None else False
            note = state.note if state is not None else ""
            if done and not has_text(note):
                continue
            box = "- [x] " if done else "- [ ] "
            line = box + escape_markdown(item.text)
            if has_text(note):
                line += HARD_BREAK + "\n" + escape_markdown_block(note, indent="  ", first_prefix="  Mijn notitie: ")
            lines.append(line)
    return lines


def _conversation_pitfalls(conv: ConversationType | None, content: Content) -> list[Pitfall]:
    if conv is None:
        return []
    result: list[Pitfall] = []
    for step in conv.steps:
        if isinstance(step, PitfallsStep):
            try:
                pitfalls = content.pitfalls_for(step)
            except KeyError:
                continue
            for pitfall in pitfalls:
                if pitfall not in result:
                    result.append(pitfall)
    return result


def _remember_blocks(prep: Preparation, conv: ConversationType | None, content: Content) -> list[str]:
    blocks: list[str] = []
    tips = _open_tips(prep, conv)
    if tips:
        blocks.append("\n".join(tips))
    pitfalls = _conversation_pitfalls(conv, content)
    if pitfalls:
        blocks.append("Let op deze valkuilen:")
        blocks.append("\n".join(f"- **{escape_markdown(p.title)}:** {escape_markdown(p.avoid[0])}" for p in pitfalls))
    return blocks


def _agreements_table() -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, _AGREEMENT_WIDTHS, strict=True)) + " |"

    lines = [row(_AGREEMENT_HEADERS), row(tuple("-" * width for width in _AGREEMENT_WIDTHS))]
    lines += [row(("", "", "")) for _ in range(AGREEMENT_ROWS)]
    return "\n".join(lines)


def _front_matter(prep: Preparation, name: str) -> str:
    lines = ["---", f"gesprek: {yaml_scalar(name)}", f"datum: {prep.meeting_date.isoformat()}"]
    if has_text(prep.with_whom):
        lines.append(f"met: {yaml_scalar(prep.with_whom.strip())}")
    lines.append("---")
    return "\n".join(lines)


def without_private(prep: Preparation) -> Preparation:
    """A copy of the preparation without what the user marked 'alleen voor mij'.

    Private answers, questions, goals, feedback points, agenda points and carried-over items
    are left out; a private note with a tip is emptied (the tick stays). The copy is for
    showing only: the preparation itself is not changed.
    """
    copy = prep.model_copy(deep=True)
    copy.answers = {qid: answer for qid, answer in copy.answers.items() if not answer.private}
    for state in copy.checklist.values():
        if state.private:
            state.note = ""
    copy.questions_to_ask = [question for question in copy.questions_to_ask if not question.private]
    copy.goals = [goal for goal in copy.goals if not goal.private]
    copy.feedback = [item for item in copy.feedback if not item.private]
    copy.agenda = [item for item in copy.agenda if not item.private]
    copy.carry_over = [item for item in copy.carry_over if not item.private]
    return copy


CARRY_OVER_LABELS: dict[str, str] = {
    "doel": "Doel",
    "afspraak": "Afspraak",
    "belofte": "Belofte van mijn leidinggevende",
    "bezwaar": "Niet eens met het verslag",
}
"""How each kind of carried-over item is named on the sheet."""

CARRY_OVER_STATUS: dict[str, str] = {"open": "nog open", "gedaan": "gedaan", "vervallen": "vervallen"}
"""How the status of a carried-over item is written on the sheet."""

GOAL_RESULTS: dict[str, str] = {"behaald": "behaald", "deels": "deels behaald", "niet": "niet behaald"}
"""How the result of a carried-over goal is written on the sheet."""


def _carry_over_status(item: CarryOverItem) -> str:
    if item.kind == "doel" and item.status != "vervallen" and item.result is not None:
        return GOAL_RESULTS.get(item.result, item.result)
    return CARRY_OVER_STATUS.get(item.status, item.status)


def _carry_over_line(item: CarryOverItem) -> str:
    """One item: a box (open or done; a dropped item has none), its kind, text, details and status."""
    box = {"open": "- [ ] ", "gedaan": "- [x] "}.get(item.status, "- ")
    label = CARRY_OVER_LABELS.get(item.kind, item.kind)
    details: list[str] = []
    if item.kind == "afspraak" and has_text(item.owner):
        details.append(f"wie: {escape_markdown(item.owner)}")
    if item.deadline is not None:
        details.append(f"uiterlijk {format_deadline(item.deadline)}")
    details.append(_carry_over_status(item))
    line = f"{box}**{escape_markdown(label)}:** {escape_markdown(item.text)} — " + " · ".join(details)
    if has_text(item.note):
        line += HARD_BREAK + "\n" + escape_markdown_block(item.note, indent="  ", first_prefix="  Mijn notitie: ")
    return line


def _carry_over_blocks(items: list[CarryOverItem]) -> list[str]:
    """The carried-over items, grouped by where they came from (in the order they first appear)."""
    groups: dict[str, list[str]] = {}
    for item in items:
        if not has_text(item.text):
            continue
        groups.setdefault(item.source_label or item.source_id, []).append(_carry_over_line(item))
    blocks: list[str] = []
    for source, lines in groups.items():
        blocks.append(f"### {_heading_text('Uit het ' + source)}")
        blocks.append("\n".join(lines))
    return blocks


def render_sheet(prep: Preparation, content: Content, *, today: date | None = None, full: bool = False) -> str:
    """The preparation sheet as Markdown (ends with one newline).

    `today` is the day relative goal deadlines ('binnen drie maanden') count from
    (default: the real today); the UI passes its own so the sheet matches what it showed.
    Items marked 'alleen voor mij' are left off (the sheet does not say so), unless `full`.
    """
    if not full:
        prep = without_private(prep)
    conv = _conversation(prep, content)
    name = conv.name if conv is not None else prep.conversation
    title_block = [f"# Voorbereiding {_heading_text(name)} — {dutch_date(prep.meeting_date)}"]
    if has_text(prep.with_whom):
        title_block.append(f"Met: {escape_markdown(prep.with_whom)}")

    sections: list[str] = []
    agenda = _numbered(prep.agenda_texts())
    if agenda:
        sections.append(_section(SECTION_AGENDA, ["\n".join(agenda)]))
    carried = _carry_over_blocks(prep.carry_over)
    if carried:
        sections.append(_section(SECTION_CARRY_OVER, carried))
    looking_back = _looking_back_blocks(prep, conv)
    if looking_back:
        sections.append(_section(SECTION_LOOKING_BACK, looking_back))
    goals = _goal_blocks(prep.goals, content, today if today is not None else date.today())
    if goals:
        sections.append(_section(SECTION_GOALS, goals))
    questions = _bulleted(question.text for question in prep.questions_to_ask)
    if questions:
        sections.append(_section(SECTION_QUESTIONS, ["\n".join(questions)]))
    feedback = _bulleted(item.text for item in prep.feedback)
    if feedback:
        sections.append(_section(SECTION_FEEDBACK, ["\n".join(feedback)]))
    remember = _remember_blocks(prep, conv, content)
    if remember:
        sections.append(_section(SECTION_REMEMBER, remember))
    sections.append(_section(SECTION_NOTES, [RULED_LINE] * NOTE_LINES))
    sections.append(_section(SECTION_AGREEMENTS, [_agreements_table()]))

    head = _front_matter(prep, name) + "\n" + "\n\n".join(title_block)
    return "\n\n".join([head, *sections]) + "\n"


# --------------------------------------------------------------------------- files


def _safe_filename_part(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-") or "gesprek"


def sheet_filename(prep: Preparation, content: Content) -> str:
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
