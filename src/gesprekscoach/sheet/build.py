"""Building the sheet document from a preparation: what goes on the sheet, where, in which order.

The choices made here (see DESIGN.md, "The preparation sheet"):

- **The user's words lead.** Their answers, goals and points are the main text; the coach's
  question above an answer and the tip next to a note are there to place them, quietly.
- **Sections follow the conversation.** The agenda first, then what carries over from earlier
  conversations, then one section per step of the conversation, in step order, headed with the
  step's title: the answers of each questions step (the steps in `manager_question_steps` of
  the sheet's labels become "Als mijn leidinggevende vraagt: …"), the goals, the questions to
  ask, the feedback. Answers whose question is in no step follow under their own heading, so no
  typed text is ever lost.
- **Room to write.** Agenda points, questions to ask and feedback points each get writing lines
  on paper. The meeting page holds at most three reminders for the room, the notes, the
  agreements (those already written down, then empty rows) and "Volgend gesprek" /
  "Verslag verwacht op". No homework, no tips about preparing, no mention of the coach.
- **Goals** show SMART in words: the letters still open as questions ("Nog bespreken: is het
  realistisch?"), and the deadline, counted from the **meeting date** ("binnen drie maanden").
- **Carried-over items** still open whose date lies before the meeting are marked "verlopen".
- **Private tactics stay home.** The user's notes with the tips and the pitfalls go on the last
  page, "Alleen voor mij". Items marked 'alleen voor mij' never go on the shared pages; with
  `full` they go on that last page, else they are left out without a trace.

Everything is done in one pass over the preparation; the preparation is never changed.
Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from gesprekscoach.content.sheet_content import (
    SheetContent,
    SheetConversation,
    SheetPitfall,
    SheetQuestionsStep,
    SheetStep,
)
from gesprekscoach.content.sheet_labels import SMART_FIELDS, SheetLabels
from gesprekscoach.content.templates import fill
from gesprekscoach.dates import day_month_year, dutch_date, short_dutch_date, short_time
from gesprekscoach.records import Record, record, replace
from gesprekscoach.sheet.collector import without_cycle_collection
from gesprekscoach.sheet.document import (
    AgreementRow,
    AgreementTable,
    AnswerBlock,
    Block,
    BulletList,
    CheatGroup,
    CheatSheet,
    CheckItem,
    CheckState,
    Detail,
    FollowUp,
    GoalBlock,
    GoalCheck,
    ItemGroup,
    LabelledLine,
    NoteArea,
    NumberedList,
    PitfallList,
    PrivatePage,
    ReminderList,
    Section,
    SectionKind,
    SheetDocument,
    SheetHeader,
    SmartLine,
    TipNote,
    TipNotes,
)
from gesprekscoach.sheet.goal_outcomes import GoalOutcomes
from gesprekscoach.sheet.inputs import SheetCarryOver, SheetGoal, SheetPreparation
from gesprekscoach.sheet.plain_text import Text, clean_line, has_text, heading_line

WRITE_LINES = 1
"""Writing lines under each agenda point, question to ask and feedback point."""

NOTE_MIN_LINES = 8
"""The notes on the meeting page: at least this many lines (on paper they fill the page)."""

AGREEMENT_MIN_ROWS = 6
"""The agreements table has at least this many rows to write in (after those written down)."""

CHEAT_LINES = 10
"""At most this many lines per list on the cheat sheet."""

CHEAT_LINE_CHARS = 95
"""A cheat sheet line is cut to this many characters."""


@record
class PreviousMeeting(Record):
    """The conversation before this one: its name and date."""

    conversation: str
    day: date


@record
class SheetContext(Record):
    """What the sheet shows besides the preparation: who the user is, the meetings before and after."""

    name: str = ""
    function: str = ""
    previous: PreviousMeeting | None = None
    next_meeting: PreviousMeeting | None = None
    """The next conversation, when one is prepared already."""


def _context_from_settings() -> SheetContext:
    """The user's name and function from their settings (nothing when there are none)."""
    from gesprekscoach.store.settings_file import settings_person  # without the model when the fields are plain

    name, function = settings_person()
    return SheetContext(name=name, function=function)


def _conversation(prep: SheetPreparation, content: SheetContent) -> SheetConversation | None:
    try:
        return content.conversation(prep.conversation)
    except KeyError:
        return None


def conversation_name(prep: SheetPreparation, content: SheetContent) -> str:
    """The name of the preparation's conversation type ('functioneringsgesprek'), or its id."""
    conv = _conversation(prep, content)
    return conv.name if conv is not None else prep.conversation


@record
class _Source(Record):
    """What one pass over the preparation is built from: the shared pass, or the private one."""

    prep: SheetPreparation
    content: SheetContent
    conv: SheetConversation | None
    labels: SheetLabels
    private_pass: bool
    outcomes: GoalOutcomes

    def shown(self, private: bool) -> bool:
        """True when an item with this 'alleen voor mij' mark belongs in this pass."""
        return private is self.private_pass


# --------------------------------------------------------------------------- the sections


def _texts(typed: Iterable[str]) -> tuple[Text, ...]:
    """The texts that show anything, cleaned."""
    return tuple(text for text in (Text.of(item) for item in typed) if text)


def _agenda(source: _Source) -> tuple[Block, ...]:
    items = _texts(item.text for item in source.prep.agenda if source.shown(item.private))
    return (NumberedList(items, WRITE_LINES),) if items else ()


def _carry_over(source: _Source) -> tuple[Block, ...]:
    """The carried-over items, grouped by where they came from (in the order they first appear)."""
    groups: dict[str, list[CheckItem]] = {}
    for item in source.prep.carry_over:
        if source.shown(item.private) and has_text(item.text):
            groups.setdefault(item.source_label or item.source_id, []).append(_carried_item(item, source))
    return tuple(
        ItemGroup(heading_line(fill(source.labels.carry_over.source, bron=where)), tuple(items))
        for where, items in groups.items()
    )


def _carried_item(item: SheetCarryOver, source: _Source) -> CheckItem:
    """One item: a box (open or done; a dropped item has none), its kind, text, details and status."""
    words = source.labels.carry_over
    state = {"open": CheckState.OPEN, "gedaan": CheckState.DONE}.get(item.status, CheckState.NONE)
    details: list[Detail] = []
    if item.kind == "afspraak" and has_text(item.owner):
        details.append(Detail(words.owner_label, clean_line(item.owner)))
    if item.deadline is not None:
        details.append(Detail(words.due_label, day_month_year(item.deadline)))
    if item.kind == "doel" and item.status != "vervallen" and item.result is not None:
        status = words.results.get(item.result, item.result)
    else:
        status = words.status.get(item.status, item.status)
    details.append(Detail("", status))
    overdue = item.status == "open" and item.deadline is not None and item.deadline < source.prep.meeting_date
    return CheckItem(
        state=state,
        label=clean_line(words.kinds.get(item.kind, item.kind)) + ":",
        text=clean_line(item.text),
        details=tuple(details),
        alert=words.overdue if overdue else "",
        note_label=source.labels.note_label,
        note=Text.of(item.note),
    )


def _readable_id(question_id: str) -> str:
    """'wat-ging-goed' → 'Wat ging goed' (for answers whose question is gone)."""
    words = re.sub(r"[-_]+", " ", question_id).strip()
    return (words[:1].upper() + words[1:]) or question_id


def _answered(source: _Source) -> dict[str, tuple[Text, Text]]:
    """The answers of this pass that show anything: question id → (answer, example)."""
    found: dict[str, tuple[Text, Text]] = {}
    for qid, answer in source.prep.answers.items():
        if source.shown(answer.private):
            text, example = Text.of(answer.text), Text.of(answer.example)
            if text or example:
                found[qid] = (text, example)
    return found


def _answer_blocks(source: _Source, questions: Iterable[tuple[str, str]], lead: str) -> tuple[Block, ...]:
    answered = _answered(source)
    return tuple(
        AnswerBlock(
            question=heading_line(question),
            text=answered[qid][0],
            example_label=source.labels.example_label,
            example=answered[qid][1],
            lead=lead,
        )
        for qid, question in questions
        if qid in answered
    )


def _question_text(conv: SheetConversation, qid: str) -> str:
    try:
        return conv.question(qid).text
    except KeyError:
        return _readable_id(qid)


def _step_answers(step: SheetQuestionsStep, source: _Source) -> tuple[Block, ...]:
    assert source.conv is not None
    lead = source.labels.manager_asks if step.id in source.labels.manager_question_steps else ""
    return _answer_blocks(source, ((qid, _question_text(source.conv, qid)) for qid in step.questions), lead)


def _other_answers(source: _Source) -> tuple[Block, ...]:
    """Answers whose question is in no questions step: the conversation's order, then unknown ones."""
    conv = source.conv
    in_steps = {qid for step in conv.steps if step.kind == "questions" for qid in step.questions} if conv else set()
    order: list[tuple[str, str]] = []
    if conv is not None:
        order += [(q.id, q.text) for q in conv.questions if q.id not in in_steps]
    known = {qid for qid, _ in order} | in_steps
    order += [(qid, _readable_id(qid)) for qid in source.prep.answers if qid not in known]
    unique = list(dict(order).items())  # each question once, in the order first seen
    return _answer_blocks(source, unique, "")


def _goal_check(goal: SheetGoal, source: _Source) -> GoalCheck | None:
    """The SMART check in words, the deadline counted from the meeting; None for a goal with only steps."""
    checked = (goal.text, *(getattr(goal, field) for field in SMART_FIELDS))
    if not any(has_text(part) for part in checked):
        return None
    words = source.labels.goal
    outcome = source.outcomes.outcome(goal, source.prep.meeting_date)
    return GoalCheck(
        open_label=words.open_prefix,
        open_points=tuple(words.open_questions[field] for field in outcome.open_fields),
        deadline_label=words.deadline_label,
        deadline=day_month_year(outcome.deadline) if outcome.deadline is not None else "",
        warning=clean_line(outcome.warning),
    )


def _goals(source: _Source) -> tuple[Block, ...]:
    words = source.labels.goal
    blocks: list[Block] = []
    for goal in source.prep.goals:
        if not source.shown(goal.private):
            continue
        fields = (goal.text, *(getattr(goal, field) for field in SMART_FIELDS), *goal.steps)
        if not any(has_text(part) for part in fields):
            continue
        number = len(blocks) + 1
        blocks.append(
            GoalBlock(
                title=heading_line(goal.text) if has_text(goal.text) else fill(words.untitled, nummer=str(number)),
                check=_goal_check(goal, source),
                smart=tuple(
                    SmartLine(
                        letter=field[0].upper(),
                        label=f"{words.smart_fields[field]}:",
                        text=Text.of(getattr(goal, field)),
                    )
                    for field in SMART_FIELDS
                    if has_text(getattr(goal, field))
                ),
                steps_caption=words.steps_caption,
                steps=_texts(goal.steps),
            )
        )
    return tuple(blocks)


def _questions(source: _Source) -> tuple[Block, ...]:
    items = _texts(question.text for question in source.prep.questions_to_ask if source.shown(question.private))
    return (BulletList(items, WRITE_LINES),) if items else ()


def _feedback(source: _Source) -> tuple[Block, ...]:
    items = _texts(item.text for item in source.prep.feedback if source.shown(item.private))
    return (BulletList(items, WRITE_LINES, source.labels.write_here),) if items else ()


_Filler = Callable[[_Source], tuple[Block, ...]]


def _step_section(step: SheetStep, source: _Source) -> tuple[SectionKind, str, _Filler] | None:
    """The section a step of the conversation gives, headed with the step's title; None for none."""
    title = heading_line(step.title)
    if step.kind == "questions":
        questions = step
        kind = SectionKind.MANAGER_QUESTIONS if step.id in source.labels.manager_question_steps else SectionKind.ANSWERS
        return kind, title, lambda s: _step_answers(questions, s)
    if step.kind == "goals":
        return SectionKind.GOALS, title, _goals
    if step.kind == "ask":
        return SectionKind.QUESTIONS, title, _questions
    if step.kind == "feedback":
        return SectionKind.FEEDBACK, title, _feedback
    return None


def _section_plan(source: _Source) -> list[tuple[SectionKind, str, _Filler]]:
    """Every section of the preparation, in order: agenda, carry-over, the steps, other answers."""
    headings = source.labels.headings
    plan: list[tuple[SectionKind, str, _Filler]] = [
        (SectionKind.AGENDA, headings.agenda, _agenda),
        (SectionKind.CARRY_OVER, headings.carry_over, _carry_over),
    ]
    placed: set[SectionKind] = set()
    if source.conv is not None:
        for step in source.conv.steps:
            if step.kind == "agenda":
                continue
            found = _step_section(step, source)
            if found is None or (found[0] in placed and found[0] not in _PER_STEP):
                continue
            placed.add(found[0])
            plan.append(found)
    plan.append((SectionKind.ANSWERS, headings.answers, _other_answers))
    for kind, heading, filler in (
        (SectionKind.GOALS, headings.goals, _goals),
        (SectionKind.QUESTIONS, headings.questions, _questions),
        (SectionKind.FEEDBACK, headings.feedback, _feedback),
    ):
        if kind not in placed:  # a conversation without the step: what was typed still shows
            plan.append((kind, heading, filler))
    return plan


_PER_STEP = frozenset({SectionKind.ANSWERS, SectionKind.MANAGER_QUESTIONS})
"""Kinds that come once per step; the others come once per sheet."""


def _sections(source: _Source) -> tuple[Section, ...]:
    sections: list[Section] = []
    for kind, heading, fill_in in _section_plan(source):
        blocks = fill_in(source)
        if blocks:
            sections.append(Section(kind, heading, blocks))
    return tuple(sections)


# --------------------------------------------------------------------------- the meeting page


def _agreement_rows(prep: SheetPreparation, shown: Callable[[bool], bool]) -> tuple[AgreementRow, ...]:
    if prep.after is None:
        return ()
    rows: list[AgreementRow] = []
    for agreement in prep.after.agreements:
        if not shown(agreement.private) or not has_text(agreement.what):
            continue
        when = day_month_year(agreement.deadline) if agreement.deadline else clean_line(agreement.deadline_text)
        rows.append(AgreementRow(clean_line(agreement.what), clean_line(agreement.who()), when, agreement.done))
    return tuple(rows)


def _meeting(prep: SheetPreparation, labels: SheetLabels, context: SheetContext) -> Section:
    headings = labels.headings
    next_text = ""
    if context.next_meeting is not None:
        next_text = fill(
            labels.previous_text,
            gesprek=context.next_meeting.conversation,
            datum=day_month_year(context.next_meeting.day),
        )
    report = ""
    if prep.after is not None and prep.after.report_received_on is not None:
        report = day_month_year(prep.after.report_received_on)
    blocks: list[Block] = []
    if labels.in_room_reminders:
        blocks.append(ReminderList(labels.reminders_label, tuple(clean_line(r) for r in labels.in_room_reminders)))
    blocks += [
        NoteArea(headings.notes, NOTE_MIN_LINES),
        AgreementTable(
            title=headings.agreements,
            columns=labels.agreement_columns,
            rows=_agreement_rows(prep, lambda private: not private),
            empty_rows=AGREEMENT_MIN_ROWS,
            done_label=labels.agreement_done,
        ),
        FollowUp(
            (
                LabelledLine(labels.next_meeting_label, clean_line(next_text)),
                LabelledLine(labels.report_expected_label, report),
            )
        ),
    ]
    heading = f"{headings.meeting} · {dutch_date(prep.meeting_date)}"
    return Section(SectionKind.MEETING, heading, tuple(blocks))


# --------------------------------------------------------------------------- the private page


def _tip_notes(source: _Source, full: bool) -> tuple[Block, ...]:
    """The user's notes with the tips: every note that is not private, and the private ones with `full`."""
    if source.conv is None:
        return ()
    items: list[TipNote] = []
    seen: set[str] = set()
    for step in source.conv.steps:
        if step.kind != "checklist":
            continue
        for tip in step.items:
            if tip.id in seen:
                continue
            seen.add(tip.id)
            state = source.prep.checklist.get(tip.id)
            if state is None or (state.private and not full):
                continue
            note = Text.of(state.note)
            if note:
                items.append(TipNote(note, clean_line(tip.text)))
    return (TipNotes(source.labels.tip_label, tuple(items)),) if items else ()


def _conversation_pitfalls(source: _Source) -> list[SheetPitfall]:
    if source.conv is None:
        return []
    result: list[SheetPitfall] = []
    seen: set[str] = set()
    for step in source.conv.steps:
        if step.kind == "pitfalls":
            try:
                pitfalls = source.content.pitfalls_for(step)
            except KeyError:
                continue
            for pitfall in pitfalls:
                if pitfall.id not in seen:
                    seen.add(pitfall.id)
                    result.append(pitfall)
    return result


def _pitfalls(source: _Source) -> tuple[Block, ...]:
    pitfalls = _conversation_pitfalls(source)
    if not pitfalls:
        return ()
    lines = tuple(LabelledLine(clean_line(p.title) + ":", clean_line(p.avoid[0])) for p in pitfalls)
    return (PitfallList(source.labels.avoid_label, lines),)


def _private_page(source: _Source, full: bool) -> PrivatePage:
    headings = source.labels.headings
    sections: list[Section] = []
    for kind, heading, blocks in (
        (SectionKind.APPROACH, headings.approach, _tip_notes(source, full)),
        (SectionKind.PITFALLS, headings.pitfalls, _pitfalls(source)),
    ):
        if blocks:
            sections.append(Section(kind, heading, blocks))
    if full:
        private_source = replace(source, private_pass=True)
        sections += _sections(private_source)
        rows = _agreement_rows(source.prep, lambda private: private)
        if rows:
            table = AgreementTable("", source.labels.agreement_columns, rows, 0, source.labels.agreement_done)
            sections.append(Section(SectionKind.MEETING, headings.agreements, (table,)))
    return PrivatePage(headings.private, clean_line(source.labels.private_note), tuple(sections))


# --------------------------------------------------------------------------- the cheat sheet


def _one_line(text: str) -> str:
    line = clean_line(" ".join(text.split()))
    return line if len(line) <= CHEAT_LINE_CHARS else line[: CHEAT_LINE_CHARS - 1].rstrip() + "…"


def _cheat_group(title: str, lines: list[str], more: str) -> CheatGroup | None:
    shown = [_one_line(line) for line in lines if has_text(line)]
    if not shown:
        return None
    extra = len(shown) - CHEAT_LINES
    return CheatGroup(title, tuple(shown[:CHEAT_LINES]), fill(more, aantal=str(extra)) if extra > 0 else "")


def _cheat_sheet(source: _Source) -> CheatSheet:
    """Agenda, key examples, goals one line each, questions to ask (shared items only)."""
    words = source.labels.cheat_sheet
    prep = source.prep
    examples = [answer.example or answer.text for answer in prep.answers.values() if not answer.private]
    groups = (
        _cheat_group(words.agenda, [item.text for item in prep.agenda if not item.private], words.more),
        _cheat_group(words.examples, [text for text in examples if has_text(text)], words.more),
        _cheat_group(words.goals, [goal.title() for goal in prep.goals if not goal.private], words.more),
        _cheat_group(words.questions, [q.text for q in prep.questions_to_ask if not q.private], words.more),
    )
    return CheatSheet(source.labels.headings.cheat_sheet, tuple(group for group in groups if group is not None))


# --------------------------------------------------------------------------- the document


def _header(
    prep: SheetPreparation, conv: SheetConversation | None, labels: SheetLabels, context: SheetContext
) -> SheetHeader:
    name = conv.name if conv is not None else prep.conversation
    with_whom = prep.with_whom.strip() if has_text(prep.with_whom) else ""
    me = ", ".join(part for part in (clean_line(context.name), clean_line(context.function)) if part)
    previous = ""
    if context.previous is not None:
        previous = fill(
            labels.previous_text, gesprek=context.previous.conversation, datum=day_month_year(context.previous.day)
        )
    return SheetHeader(
        title=labels.title,
        conversation=name,
        conversation_line=heading_line(name),
        meeting_date=prep.meeting_date,
        date_label=labels.date_label,
        date_text=dutch_date(prep.meeting_date),
        short_date_text=short_dutch_date(prep.meeting_date),
        time_label=labels.time_label,
        with_label=labels.with_label,
        with_whom=with_whom,
        with_whom_line=clean_line(prep.with_whom),
        me_label=labels.me_label,
        me_line=me,
        previous_label=labels.previous_label,
        previous_line=clean_line(previous),
        time_text=short_time(prep.meeting_time) if prep.meeting_time is not None else "",
    )


@without_cycle_collection
def build_sheet(
    prep: SheetPreparation,
    content: SheetContent,
    *,
    today: date,
    full: bool = False,
    context: SheetContext | None = None,
    outcomes: GoalOutcomes | None = None,
) -> SheetDocument:
    """The preparation sheet as a document: header, sections, meeting page, private page, cheat sheet.

    Deadlines ('binnen drie maanden') count from the meeting date. `today` is kept for callers
    that date what they make of the sheet. Items marked 'alleen voor mij' never go on the
    shared pages: with `full` they go on the private page, else they are left out (the sheet
    does not say so). `context` adds the user's name and function and the meetings before and
    after (the session knows them); without it, the name and function come from the user's
    settings. The words come from the content's `sheet_labels` (`sheet/labels.yaml`). The SMART
    checks of the goals are done now, unless `outcomes` has them (`goal_outcomes.SavedGoalOutcomes`).
    """
    del today  # the sheet counts from the meeting date (see the docstring)
    return _build(prep, content, (full,), context, outcomes)[0]


@without_cycle_collection
def build_sheet_versions(
    prep: SheetPreparation,
    content: SheetContent,
    *,
    today: date,
    context: SheetContext | None = None,
) -> tuple[SheetDocument, SheetDocument]:
    """The shared sheet and the full one (see `build_sheet`), in one pass over the preparation.

    They differ only in their private page; everything else is built once and shared.
    """
    del today
    shared, full = _build(prep, content, (False, True), context, None)
    return shared, full


def _build(
    prep: SheetPreparation,
    content: SheetContent,
    versions: tuple[bool, ...],
    context: SheetContext | None,
    outcomes: GoalOutcomes | None,
) -> list[SheetDocument]:
    """One document per item of `versions` (True: full), sharing all but the private page."""
    words = content.sheet_labels
    people = context if context is not None else _context_from_settings()
    conv = _conversation(prep, content)
    checks = outcomes if outcomes is not None else GoalOutcomes(content.checks, content.smart)
    source = _Source(prep, content, conv, words, private_pass=False, outcomes=checks)
    header = _header(prep, conv, words, people)
    sections = _sections(source)
    meeting = _meeting(prep, words, people)
    cheat_sheet = _cheat_sheet(source)
    return [
        SheetDocument(
            header=header,
            sections=sections,
            meeting=meeting,
            private=_private_page(source, full),
            cheat_sheet=cheat_sheet,
        )
        for full in versions
    ]
