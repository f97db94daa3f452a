"""The sheet as one typed document: what `build_sheet` puts in it, and both renderers formatting it.

The layout of the printed page follows the kind of each section, never its heading: rewording
a heading (or giving a section another section's heading) changes the words and nothing else.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.records import FrozenRecordError, Record, is_record, record_fields, replace
from gesprekscoach.sheet.build import AGREEMENT_MIN_ROWS, NOTE_MIN_LINES, build_sheet
from gesprekscoach.sheet.document import (
    AgreementTable,
    AnswerBlock,
    BulletList,
    CheckState,
    FollowUp,
    GoalBlock,
    ItemGroup,
    NoteArea,
    NumberedList,
    PitfallList,
    ReminderList,
    Section,
    SectionKind,
    SheetDocument,
    Text,
    TipNotes,
)
from gesprekscoach.sheet.json_data import to_data, to_json
from gesprekscoach.sheet.markdown import render_markdown, render_sheet
from gesprekscoach.sheet.printing import sheet_pdf
from gesprekscoach.store.models import (
    AgendaItem,
    Answer,
    AskedQuestion,
    ChecklistState,
    FeedbackItem,
    Goal,
    Preparation,
)
from pdf_helpers import pdf_pages, squash
from sheet_fixtures import PREPARATIONS, TODAY, _prep, example_preparation, with_agreements
from test_sheet import _carried, _private_everywhere

K = SectionKind


def build(prep: Preparation, content: Content, *, full: bool = False) -> SheetDocument:
    return build_sheet(prep, content, today=TODAY, full=full)


def strings(value: object) -> list[str]:
    """Every string anywhere in a document (or a part of it)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in strings(item)]
    if is_record(value):
        assert isinstance(value, Record)
        return [text for field in record_fields(value) for text in strings(getattr(value, field))]
    return []


def section(sheet: SheetDocument, kind: SectionKind) -> Section:
    found = sheet.section(kind)
    assert found is not None, kind
    return found


# --------------------------------------------------------------------------- building


def test_sections_by_kind_in_the_order_of_the_sheet(shipped_content: Content) -> None:
    sheet = build(example_preparation(), shipped_content)
    assert sheet.kinds() == (
        K.AGENDA,
        K.ANSWERS,
        K.MANAGER_QUESTIONS,
        K.GOALS,
        K.QUESTIONS,
        K.FEEDBACK,
        K.MEETING,
    )
    conv = shipped_content.conversation("functionering")
    assert [s.heading for s in sheet.sections][1:] == [
        conv.step(step).title for step in ("terugblik", "verwachte-vragen", "doelen", "vragen-stellen", "feedback")
    ]
    assert sheet.section(K.CARRY_OVER) is None
    assert [s.kind for s in sheet.private.sections] == [K.APPROACH, K.PITFALLS]

    with_carry_over = example_preparation()
    with_carry_over.carry_over = [_carried()]
    assert build(with_carry_over, shipped_content).kinds()[:3] == (K.AGENDA, K.CARRY_OVER, K.ANSWERS)

    # one answers section per questions step that has an answer
    both = _prep(answers={"wat-ging-goed": Answer(text="a"), "werkdruk": Answer(text="b")})
    assert [s.heading for s in build(both, shipped_content).sections_of(K.ANSWERS)] == [
        conv.step("terugblik").title,
        conv.step("werkdruk-en-plezier").title,
    ]

    # nothing filled in: only the meeting page, and the pitfalls on the private page
    empty = build(_prep(), shipped_content)
    assert empty.kinds() == (K.MEETING,)
    assert [s.kind for s in empty.private.sections] == [K.PITFALLS]
    unknown = build(_prep(conversation="bestaat-niet"), shipped_content)
    assert unknown.kinds() == (K.MEETING,) and unknown.private.sections == ()


def test_header(shipped_content: Content) -> None:
    header = build(example_preparation(), shipped_content).header
    assert (header.title, header.conversation, header.conversation_line) == (
        "Voorbereiding",
        "functioneringsgesprek",
        "functioneringsgesprek",
    )
    assert header.meeting_date == date(2026, 11, 23)
    assert (header.date_text, header.short_date_text) == ("maandag 23 november 2026", "23-11-2026")
    assert (header.with_label, header.with_whom, header.with_whom_line) == ("Met:", "Anne de Vries", "Anne de Vries")
    assert (header.me_line, header.previous_line) == ("", "")
    typed = build(_prep(with_whom="  Anne\nde Vries \x1b "), shipped_content).header
    assert typed.with_whom == "Anne\nde Vries \x1b" and typed.with_whom_line == "Anne de Vries"
    assert build(_prep(with_whom=" \x1b "), shipped_content).header.with_whom_line == ""


def test_blocks_are_typed(shipped_content: Content) -> None:
    sheet = build(example_preparation(), shipped_content)
    (agenda,) = section(sheet, K.AGENDA).blocks
    assert agenda == NumberedList(
        (
            Text((("De cursus Excel",),)),
            Text((("De werkdruk in de zomer",),)),
            Text((("Mijn rol in de planning",),)),
        ),
        write_lines=1,
    )
    answers = section(sheet, K.ANSWERS).blocks
    assert all(isinstance(block, AnswerBlock) and block.lead == "" for block in answers)
    first = answers[0]
    assert isinstance(first, AnswerBlock)
    assert first.text.paragraphs == (
        (
            "Ik zou twee nieuwe collega's inwerken. Dat is gelukt.",
            "De cursus Excel heb ik nog niet gedaan. In de zomer was er geen tijd.",
        ),
    )
    assert first.example_label == "Voorbeeld:"
    prepared = section(sheet, K.MANAGER_QUESTIONS).blocks
    assert all(
        isinstance(block, AnswerBlock) and block.lead == shipped_content.sheet_labels.manager_asks for block in prepared
    )

    goal = section(sheet, K.GOALS).blocks[1]
    assert isinstance(goal, GoalBlock)
    assert goal.title == "Ik vraag op tijd om hulp als het druk is"
    assert goal.check is not None
    assert goal.check.open_points == ("staan we er allebei achter?", "is het realistisch?")
    assert goal.check.deadline == "28 februari 2027"
    assert [(line.letter, line.label) for line in goal.smart] == [
        ("S", "Specifiek:"),
        ("M", "Meetbaar:"),
        ("T", "Tijdgebonden:"),
    ]
    assert goal.steps == (Text((("Met Anne afspreken wie mijn vaste vervanger is",),)),)

    (questions,) = section(sheet, K.QUESTIONS).blocks
    assert isinstance(questions, BulletList) and questions.write_lines == 1
    (feedback,) = section(sheet, K.FEEDBACK).blocks
    assert isinstance(feedback, BulletList) and feedback.write_label == "Reactie:"

    reminders, notes, table, follow_up = sheet.meeting.blocks
    assert isinstance(reminders, ReminderList) and 1 <= len(reminders.items) <= 3
    assert notes == NoteArea("Aantekeningen", NOTE_MIN_LINES)
    assert isinstance(table, AgreementTable)
    assert table.columns == ("Wat", "Wie", "Wanneer") and table.rows == () and table.empty_rows == AGREEMENT_MIN_ROWS
    assert isinstance(follow_up, FollowUp)
    assert [line.label for line in follow_up.lines] == ["Volgend gesprek:", "Verslag verwacht op:"]

    approach, pitfalls = sheet.private.sections
    (notes_block,) = approach.blocks
    assert isinstance(notes_block, TipNotes)
    assert [item.note for item in notes_block.items][1] == Text((("Jeroen en Fatima hebben gereageerd.",),))
    (pitfall_list,) = pitfalls.blocks
    assert isinstance(pitfall_list, PitfallList)
    assert pitfall_list.items[0].label == "Je meteen verdedigen bij kritiek:"


def test_carried_over_items_grouped_by_source(shipped_content: Content) -> None:
    prep = _prep(
        carry_over=[
            _carried(status="gedaan", result="behaald"),
            _carried(id="b", source_id="x", source_label="verslag van 10 juni 2026", kind="bezwaar", text="Punt"),
            _carried(id="c", kind="afspraak", text="Oud plan", status="vervallen", owner="Kees", note="Niet meer"),
        ]
    )
    groups = section(build(prep, shipped_content), K.CARRY_OVER).blocks
    assert [group.title for group in groups if isinstance(group, ItemGroup)] == [
        "Uit het planningsgesprek van 15 januari 2026",
        "Uit het verslag van 10 juni 2026",
    ]
    first = groups[0]
    assert isinstance(first, ItemGroup)
    done, dropped = first.items
    assert (done.state, done.label, [d.value for d in done.details]) == (CheckState.DONE, "Doel:", ["behaald"])
    assert done.alert == ""
    assert dropped.state is CheckState.NONE
    assert [(d.label, d.value) for d in dropped.details] == [("wie:", "Kees"), ("", "vervallen")]
    assert dropped.note == Text((("Niet meer",),))


def test_order_of_items_is_kept(shipped_content: Content) -> None:
    conv = shipped_content.conversation("functionering")
    prep = _prep(
        agenda=["Derde", "Eerste", "Tweede"],
        answers={
            "oude-vraag": Answer(text="Weg uit de inhoud."),
            "doelen-behaald": Answer(text="Tweede stap."),
            "wat-ging-goed": Answer(text="Eerste stap."),
        },
    )
    sheet = build(prep, shipped_content)
    (agenda,) = section(sheet, K.AGENDA).blocks
    assert isinstance(agenda, NumberedList)
    assert [item.paragraphs[0][0] for item in agenda.items] == ["Derde", "Eerste", "Tweede"]
    questions = [
        block.question
        for kind in (K.ANSWERS, K.MANAGER_QUESTIONS)
        for s in sheet.sections_of(kind)
        for block in s.blocks
        if isinstance(block, AnswerBlock)
    ]
    assert questions == [conv.question("wat-ging-goed").text, "Oude vraag", conv.question("doelen-behaald").text]
    assert [s.kind for s in sheet.sections] == [K.AGENDA, K.ANSWERS, K.MANAGER_QUESTIONS, K.ANSWERS]


def test_private_items_never_on_the_shared_pages(shipped_content: Content) -> None:
    prep = _private_everywhere()
    before = prep.model_dump()
    sheet = build(prep, shipped_content)
    full_sheet = build(prep, shipped_content, full=True)
    assert prep.model_dump() == before  # building never changes the preparation
    shared = strings(sheet.sections) + strings(sheet.meeting) + strings(full_sheet.sections)
    everything = strings(sheet)
    full_private = strings(full_sheet.private)
    for word in ("NOTITIE", "ANTWOORD", "VOORBEELD", "VRAAG", "DOEL", "FEEDBACK", "PUNT", "OVERGENOMEN"):
        assert any(f"GEDEELD-{word}" in s or f"GEDEELDE-{word}" in s for s in everything), word
        assert not any(f"PRIVE-{word}" in s for s in shared), word
        assert not any(f"PRIVE-{word}" in s for s in everything), word
        assert any(f"PRIVE-{word}" in s for s in full_private), word
    # a goal without a sentence is numbered among the goals of its page
    only_private = _prep(goals=[Goal(text="PRIVE-DOEL", private=True), Goal(steps=["Stap"])])
    shared_goals = section(build(only_private, shipped_content), K.GOALS).blocks
    assert [g.title for g in shared_goals if isinstance(g, GoalBlock)] == ["Doel 1"]
    private_goals = [
        block
        for s in build(only_private, shipped_content, full=True).private.sections
        for block in s.blocks
        if isinstance(block, GoalBlock)
    ]
    assert [g.title for g in private_goals] == ["PRIVE-DOEL"]
    nothing_shared = _prep(agenda=[AgendaItem(text="PRIVE-PUNT", private=True)], carry_over=[_carried(private=True)])
    assert K.AGENDA not in build(nothing_shared, shipped_content).kinds()
    assert K.CARRY_OVER not in build(nothing_shared, shipped_content).kinds()
    private_kinds = {s.kind for s in build(nothing_shared, shipped_content, full=True).private.sections}
    assert {K.AGENDA, K.CARRY_OVER} <= private_kinds


def test_empty_texts_leave_nothing(shipped_content: Content) -> None:
    prep = _prep(
        agenda=[" ", "\x00", "echt punt"],
        questions_to_ask=[AskedQuestion(text="\n\n")],
        feedback=[FeedbackItem(text="\t")],
        goals=[Goal(), Goal(text="  ", steps=["", " "])],
        checklist={"houding": ChecklistState(done=True, note=" \n ")},
    )
    sheet = build(prep, shipped_content)
    assert sheet.kinds() == (K.AGENDA, K.MEETING)
    assert [s.kind for s in sheet.private.sections] == [K.PITFALLS]
    assert Text.of(" \r\n\x1b\n") == Text() and not Text.of("\t")
    assert Text.of("a\r\nb\n\n \nc\x07") == Text((("a", "b"), ("c",)))


def test_the_document_cannot_be_changed(shipped_content: Content) -> None:
    sheet = build(example_preparation(), shipped_content)
    with pytest.raises(FrozenRecordError):
        sheet.sections[0].heading = "Iets anders"  # type: ignore[misc]


# --------------------------------------------------------------------------- rendering one document


def test_both_renderers_show_the_same_document(shipped_content: Content) -> None:
    prep = example_preparation()
    sheet = build(prep, shipped_content)
    markdown = render_markdown(sheet)
    assert markdown == render_sheet(prep, shipped_content, today=TODAY)
    pages = pdf_pages(sheet_pdf(sheet))
    visible = squash(" ".join(pages)).casefold()  # headings are printed in capitals
    for text in strings(sheet.sections) + strings(sheet.meeting) + strings(sheet.private):
        assert squash(text).casefold() in visible, text
    # the same headings, in the same order, in both
    markdown_headings = [line[3:] for line in markdown.splitlines() if line.startswith("## ")]
    shared = [*sheet.sections, sheet.meeting]
    assert markdown_headings == [s.heading for s in shared] + [sheet.private.heading]
    positions = [visible.index(squash(s.heading).casefold()) for s in shared]
    assert positions == sorted(positions)


def _reworded(sheet: SheetDocument, headings: dict[SectionKind, str]) -> SheetDocument:
    return replace(sheet, sections=tuple(replace(s, heading=headings[s.kind]) for s in sheet.sections))


def test_rewording_a_heading_does_not_change_the_layout(shipped_content: Content) -> None:
    prep = example_preparation()
    prep.carry_over = [_carried(), _carried(id="x", status="vervallen", note="Notitie")]
    sheet = build(prep, shipped_content)
    reworded = _reworded(sheet, {kind: f"Nieuwe kop {n}" for n, kind in enumerate(SectionKind)})
    sheet = replace(sheet)

    # the PDF: the same pages, the new words in place of the old
    before, after = pdf_pages(sheet_pdf(sheet)), pdf_pages(sheet_pdf(reworded))
    assert len(before) == len(after)
    text = squash(" ".join(after))
    assert squash("NIEUWE KOP 0") in text and squash(shipped_content.sheet_labels.headings.agenda.upper()) not in text

    # the data the template lays out: only the headings differ
    old, new = to_data(sheet), to_data(reworded)
    for old_section, new_section in zip(old["sections"], new["sections"], strict=True):
        assert old_section["blocks"] == new_section["blocks"] and old_section["kind"] == new_section["kind"]

    # the Markdown keeps its shape too: only the heading lines change
    old_lines, new_lines = render_markdown(sheet).splitlines(), render_markdown(reworded).splitlines()
    changed = [(a, b) for a, b in zip(old_lines, new_lines, strict=True) if a != b]
    assert len(changed) == len(sheet.sections) and all(b.startswith("## Nieuwe kop") for _, b in changed)


def test_the_data_for_the_template_is_plain_json(shipped_content: Content) -> None:
    import json

    sheet = build(example_preparation(), shipped_content, full=True)
    data = to_data(sheet)
    assert json.loads(json.dumps(data)) == data
    assert data["meeting"]["kind"] == "meeting" and data["sections"][0]["blocks"][0]["type"] == "NumberedList"


@pytest.mark.parametrize("name", sorted(PREPARATIONS))
def test_the_json_text_is_the_data_written_out(name: str, shipped_content: Content) -> None:
    """`to_json` writes the document level by level (the encoder asks for each record); it is `to_data`."""
    import json

    prep = with_agreements(PREPARATIONS[name]())
    for full in (False, True):
        sheet = build(prep, shipped_content, full=full)
        assert json.loads(to_json(sheet)) == to_data(sheet)
    assert json.loads(to_json((date(2026, 1, 2), K.GOALS, Text.of("a\n\nb")))) == [
        "2026-01-02",
        "goals",
        [["a"], ["b"]],
    ]
    with pytest.raises(TypeError):
        to_json(object())


def test_user_text_that_reads_like_a_label_is_just_text(shipped_content: Content) -> None:
    """A paragraph that happens to read 'Mijn stappen:' is the user's text, not the sheet's caption."""
    prep = _prep(goals=[Goal(text="Doel", meetbaar="Eerst dit.\n\nMijn stappen:", steps=["Een stap"])])
    [goal] = section(build(prep, shipped_content), K.GOALS).blocks
    assert isinstance(goal, GoalBlock)
    assert goal.smart[0].text == Text((("Eerst dit.",), ("Mijn stappen:",)))
    assert goal.steps == (Text((("Een stap",),)),)


def test_building_and_rendering_grow_linearly(shipped_content: Content) -> None:
    """Ten times as much to show takes about ten times as long, not a hundred."""

    def preparation(size: int) -> Preparation:
        return _prep(
            agenda=[f"Punt {n}\nmet een tweede regel" for n in range(size)],
            questions_to_ask=[AskedQuestion(text=f"Vraag {n}") for n in range(size)],
            feedback=[FeedbackItem(text=f"Punt {n}\n\nTweede alinea") for n in range(size)],
            goals=[Goal(text=f"Doel {n}", meetbaar="Elke week", steps=["Een", "Twee"]) for n in range(size // 10)],
        )

    def seconds(size: int) -> float:
        prep = preparation(size)
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            sheet = build(prep, shipped_content)
            render_markdown(sheet)
            to_data(sheet)
            timings.append(time.perf_counter() - start)
        return min(timings)

    small, large = seconds(150), seconds(1500)
    assert large / small < 30, (small, large)
