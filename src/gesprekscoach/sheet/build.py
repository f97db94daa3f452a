"""Building the sheet document from a preparation: what goes on the sheet, in which order.

Layout (see DESIGN.md, "The preparation sheet"): a header, then the sections in a fixed order.
A section the user left empty is left out, except the two for use during the meeting (notes
and agreements). The choices made here:

- **Private items** ('alleen voor mij') are left out without a trace, unless `full`: private
  answers, questions, goals, feedback points, agenda points and carried-over items; a private
  note with a tip is left off (the tick stays).
- **Reminders** list the tips that are *not* ticked yet, and ticked tips only when the user
  wrote a note with them (the note is their own plan, worth having in the room). Then *all*
  pitfalls of the conversation's pitfalls steps, as one-line reminders (title plus the first
  way to avoid it): having read a pitfall at home does not mean you remember it under stress.
- **Answers** go in step order. Answers to questions that are in no questions step follow, in
  the order of the conversation's questions, and answers whose question is no longer in the
  content come last (under their id, made readable), so no typed text is ever lost.
- **Goals** start with their SMART check, one mark per letter (✓ fine, – still open), and the
  deadline the check read from them, on one line.

Everything is done in one pass over the preparation; the preparation is never changed.
Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from gesprekscoach.checks.goal_verdict import SHEET_MARKS, check_goal_fields, verdict_line
from gesprekscoach.checks.smart import format_deadline
from gesprekscoach.content.models import ChecklistStep, Content, ConversationType, Pitfall, PitfallsStep, QuestionsStep
from gesprekscoach.dates import dutch_date, short_dutch_date
from gesprekscoach.sheet import labels
from gesprekscoach.sheet.document import (
    AnswerBlock,
    Block,
    BulletList,
    CheckItem,
    CheckList,
    CheckState,
    Detail,
    GoalBlock,
    GoalVerdict,
    ItemGroup,
    LabelledLine,
    NoteLines,
    NumberedList,
    PitfallList,
    Section,
    SectionKind,
    SheetDocument,
    SheetHeader,
    SmartLine,
    TableColumn,
    WritingTable,
)
from gesprekscoach.sheet.plain_text import Text, clean_line, has_text, heading_line
from gesprekscoach.store.models import CarryOverItem, Goal, Preparation

NOTE_LINES = 8
"""Number of lines to write on in the notes section."""

AGREEMENT_ROWS = 4
"""Number of empty rows in the agreements table."""

AGREEMENT_WIDTHS: tuple[int, int, int] = (40, 16, 12)
"""Room to write in each column of the agreements table, in characters."""


def _conversation(prep: Preparation, content: Content) -> ConversationType | None:
    try:
        return content.conversation(prep.conversation)
    except KeyError:
        return None


def conversation_name(prep: Preparation, content: Content) -> str:
    """The name of the preparation's conversation type ('functioneringsgesprek'), or its id."""
    conv = _conversation(prep, content)
    return conv.name if conv is not None else prep.conversation


@dataclass(frozen=True)
class _Source:
    """What one sheet is built from."""

    prep: Preparation
    content: Content
    conv: ConversationType | None
    today: date
    full: bool

    def shown(self, private: bool) -> bool:
        """True when an item with this 'alleen voor mij' mark goes on this sheet."""
        return self.full or not private


# --------------------------------------------------------------------------- sections


def _agenda(source: _Source) -> tuple[Block, ...]:
    items = _texts(item.text for item in source.prep.agenda if source.shown(item.private))
    return (NumberedList(items),) if items else ()


def _carry_over(source: _Source) -> tuple[Block, ...]:
    """The carried-over items, grouped by where they came from (in the order they first appear)."""
    groups: dict[str, list[CheckItem]] = {}
    for item in source.prep.carry_over:
        if source.shown(item.private) and has_text(item.text):
            groups.setdefault(item.source_label or item.source_id, []).append(_carried_item(item))
    return tuple(
        ItemGroup(heading_line(labels.CARRY_OVER_SOURCE.format(bron=where)), tuple(items))
        for where, items in groups.items()
    )


def _carried_item(item: CarryOverItem) -> CheckItem:
    """One item: a box (open or done; a dropped item has none), its kind, text, details and status."""
    state = {"open": CheckState.OPEN, "gedaan": CheckState.DONE}.get(item.status, CheckState.NONE)
    details: list[Detail] = []
    if item.kind == "afspraak" and has_text(item.owner):
        details.append(Detail(labels.OWNER_LABEL, clean_line(item.owner)))
    if item.deadline is not None:
        details.append(Detail(labels.DUE_LABEL, format_deadline(item.deadline)))
    if item.kind == "doel" and item.status != "vervallen" and item.result is not None:
        status = labels.GOAL_RESULTS.get(item.result, item.result)
    else:
        status = labels.CARRY_OVER_STATUS.get(item.status, item.status)
    details.append(Detail("", status))
    return CheckItem(
        state=state,
        label=clean_line(labels.CARRY_OVER_LABELS.get(item.kind, item.kind)) + ":",
        text=clean_line(item.text),
        details=tuple(details),
        note_label=labels.NOTE_LABEL,
        note=Text.of(item.note),
    )


def _readable_id(question_id: str) -> str:
    """'wat-ging-goed' → 'Wat ging goed' (for answers whose question is gone)."""
    words = re.sub(r"[-_]+", " ", question_id).strip()
    return (words[:1].upper() + words[1:]) or question_id


def _looking_back(source: _Source) -> tuple[Block, ...]:
    """Every answered question, in the order of the sheet (see the module docstring)."""
    answered = {
        qid: answer
        for qid, answer in source.prep.answers.items()
        if source.shown(answer.private) and (has_text(answer.text) or has_text(answer.example))
    }
    order: list[tuple[str, str]] = []
    placed: set[str] = set()
    conv = source.conv
    if conv is not None:
        questions: dict[str, str] = {}
        for question in conv.questions:
            questions.setdefault(question.id, question.text)
        in_steps = [qid for step in conv.steps if isinstance(step, QuestionsStep) for qid in step.questions]
        for qid in [*in_steps, *questions]:
            if qid in answered and qid not in placed:
                placed.add(qid)
                order.append((qid, questions[qid] if qid in questions else _readable_id(qid)))
    order += [(qid, _readable_id(qid)) for qid in answered if qid not in placed]
    return tuple(
        AnswerBlock(
            question=heading_line(question),
            text=Text.of(answered[qid].text),
            example_label=labels.EXAMPLE_LABEL,
            example=Text.of(answered[qid].example),
        )
        for qid, question in order
    )


def _goal_verdict(goal: Goal, source: _Source) -> GoalVerdict | None:
    """The goal's SMART verdict per letter and its deadline; None for a goal that has only steps."""
    checked = (goal.text, *(getattr(goal, field) for field, _ in labels.SMART_LABELS))
    if not any(has_text(part) for part in checked):
        return None
    result = check_goal_fields(goal, today=source.today, texts=source.content.checks, guide=source.content.smart)
    return GoalVerdict(
        label=labels.VERDICT_LABEL,
        marks=verdict_line(result, SHEET_MARKS),
        deadline_label=labels.DEADLINE_LABEL,
        deadline=format_deadline(result.deadline) if result.deadline is not None else "",
        warning=clean_line(result.deadline_warning or ""),
    )


def _goals(source: _Source) -> tuple[Block, ...]:
    blocks: list[Block] = []
    for goal in source.prep.goals:
        if not source.shown(goal.private):
            continue
        fields = (goal.text, *(getattr(goal, field) for field, _ in labels.SMART_LABELS), *goal.steps)
        if not any(has_text(part) for part in fields):
            continue
        number = len(blocks) + 1
        blocks.append(
            GoalBlock(
                title=heading_line(goal.text) if has_text(goal.text) else labels.UNTITLED_GOAL.format(nummer=number),
                verdict=_goal_verdict(goal, source),
                smart=tuple(
                    SmartLine(letter=label[0], label=f"{label}:", text=Text.of(getattr(goal, field)))
                    for field, label in labels.SMART_LABELS
                    if has_text(getattr(goal, field))
                ),
                steps_caption=labels.STEPS_CAPTION,
                steps=_texts(goal.steps),
            )
        )
    return tuple(blocks)


def _questions(source: _Source) -> tuple[Block, ...]:
    items = _texts(question.text for question in source.prep.questions_to_ask if source.shown(question.private))
    return (BulletList(items),) if items else ()


def _feedback(source: _Source) -> tuple[Block, ...]:
    items = _texts(item.text for item in source.prep.feedback if source.shown(item.private))
    return (BulletList(items),) if items else ()


def _open_tips(source: _Source) -> tuple[CheckItem, ...]:
    """Tips not ticked yet, and ticked tips with a note; each with the user's note."""
    if source.conv is None:
        return ()
    items: list[CheckItem] = []
    seen: set[str] = set()
    for step in source.conv.steps:
        if not isinstance(step, ChecklistStep):
            continue
        for tip in step.items:
            if tip.id in seen:
                continue
            seen.add(tip.id)
            state = source.prep.checklist.get(tip.id)
            done = state.done if state is not None else False
            note = Text.of(state.note) if state is not None and source.shown(state.private) else Text()
            if done and not note:
                continue
            items.append(
                CheckItem(
                    state=CheckState.DONE if done else CheckState.OPEN,
                    text=clean_line(tip.text),
                    note_label=labels.NOTE_LABEL,
                    note=note,
                )
            )
    return tuple(items)


def _conversation_pitfalls(source: _Source) -> list[Pitfall]:
    if source.conv is None:
        return []
    result: list[Pitfall] = []
    seen: set[str] = set()
    for step in source.conv.steps:
        if isinstance(step, PitfallsStep):
            try:
                pitfalls = source.content.pitfalls_for(step)
            except KeyError:
                continue
            for pitfall in pitfalls:
                if pitfall.id not in seen:
                    seen.add(pitfall.id)
                    result.append(pitfall)
    return result


def _reminders(source: _Source) -> tuple[Block, ...]:
    blocks: list[Block] = []
    tips = _open_tips(source)
    if tips:
        blocks.append(CheckList(tips))
    pitfalls = _conversation_pitfalls(source)
    if pitfalls:
        lines = tuple(LabelledLine(clean_line(p.title) + ":", clean_line(p.avoid[0])) for p in pitfalls)
        blocks.append(PitfallList(labels.PITFALLS_CAPTION, lines))
    return tuple(blocks)


def _notes(source: _Source) -> tuple[Block, ...]:
    return (NoteLines(NOTE_LINES),)


def _agreements(source: _Source) -> tuple[Block, ...]:
    columns = tuple(
        TableColumn(header, width) for header, width in zip(labels.AGREEMENT_HEADERS, AGREEMENT_WIDTHS, strict=True)
    )
    return (WritingTable(columns, AGREEMENT_ROWS),)


def _texts(typed: Iterable[str]) -> tuple[Text, ...]:
    """The texts that show anything, cleaned."""
    return tuple(text for text in (Text.of(item) for item in typed) if text)


_SECTIONS: tuple[tuple[SectionKind, str, Callable[[_Source], tuple[Block, ...]]], ...] = (
    (SectionKind.AGENDA, labels.SECTION_AGENDA, _agenda),
    (SectionKind.CARRY_OVER, labels.SECTION_CARRY_OVER, _carry_over),
    (SectionKind.LOOKING_BACK, labels.SECTION_LOOKING_BACK, _looking_back),
    (SectionKind.GOALS, labels.SECTION_GOALS, _goals),
    (SectionKind.QUESTIONS, labels.SECTION_QUESTIONS, _questions),
    (SectionKind.FEEDBACK, labels.SECTION_FEEDBACK, _feedback),
    (SectionKind.REMINDERS, labels.SECTION_REMEMBER, _reminders),
    (SectionKind.NOTES, labels.SECTION_NOTES, _notes),
    (SectionKind.AGREEMENTS, labels.SECTION_AGREEMENTS, _agreements),
)
"""Every section of the sheet, in order: its kind, its heading and what fills it."""


# --------------------------------------------------------------------------- the document


def build_sheet(prep: Preparation, content: Content, *, today: date, full: bool = False) -> SheetDocument:
    """The preparation sheet as a document: header and sections, ready for any renderer.

    `today` is the day relative goal deadlines ('binnen drie maanden') count from. Items marked
    'alleen voor mij' are left out (the sheet does not say so), unless `full` (the 'volledige
    versie'). A section with nothing in it is left out; notes and agreements are always there.
    """
    conv = _conversation(prep, content)
    name = conv.name if conv is not None else prep.conversation
    with_whom = prep.with_whom.strip() if has_text(prep.with_whom) else ""
    header = SheetHeader(
        title=labels.SHEET_TITLE,
        conversation=name,
        conversation_line=heading_line(name),
        meeting_date=prep.meeting_date,
        date_text=dutch_date(prep.meeting_date),
        short_date_text=short_dutch_date(prep.meeting_date),
        with_label=labels.WITH_LABEL,
        with_whom=with_whom,
        with_whom_line=clean_line(prep.with_whom),
    )
    source = _Source(prep, content, conv, today, full)
    sections = []
    for kind, heading, fill in _SECTIONS:
        blocks = fill(source)
        if blocks:
            sections.append(Section(kind, heading, blocks))
    return SheetDocument(header, tuple(sections))
