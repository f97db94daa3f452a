"""The sheet as one typed document: what `build_sheet` puts in it, and both renderers formatting it.

The layout of the printed page follows the kind of each section, never its heading: rewording
a heading (or giving a section another section's heading) changes the words and nothing else.
"""

from __future__ import annotations

import dataclasses
import time
from datetime import date

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.sheet import labels
from gesprekscoach.sheet.build import AGREEMENT_ROWS, NOTE_LINES, build_sheet
from gesprekscoach.sheet.document import (
    AnswerBlock,
    BulletList,
    CheckList,
    CheckState,
    GoalBlock,
    ItemGroup,
    NoteLines,
    NumberedList,
    PitfallList,
    Section,
    SectionKind,
    SheetDocument,
    Text,
    WritingTable,
)
from gesprekscoach.sheet.json_data import to_data
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
from test_sheet import TODAY, _carried, _prep, _private_everywhere, example_preparation

K = SectionKind


def build(prep: Preparation, content: Content, *, full: bool = False) -> SheetDocument:
    return build_sheet(prep, content, today=TODAY, full=full)


def strings(value: object) -> list[str]:
    """Every string anywhere in a document (or a part of it)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in strings(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [text for field in dataclasses.fields(value) for text in strings(getattr(value, field.name))]
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
        K.LOOKING_BACK,
        K.GOALS,
        K.QUESTIONS,
        K.FEEDBACK,
        K.REMINDERS,
        K.NOTES,
        K.AGREEMENTS,
    )
    assert [s.heading for s in sheet.sections] == [h for h in labels.SECTION_ORDER if h != labels.SECTION_CARRY_OVER]
    assert sheet.section(K.CARRY_OVER) is None

    with_carry_over = example_preparation()
    with_carry_over.carry_over = [_carried()]
    assert build(with_carry_over, shipped_content).kinds()[:3] == (K.AGENDA, K.CARRY_OVER, K.LOOKING_BACK)

    # nothing filled in: the reminders (open tips, pitfalls) and the two sections for the meeting
    assert build(_prep(), shipped_content).kinds() == (K.REMINDERS, K.NOTES, K.AGREEMENTS)
    assert build(_prep(conversation="bestaat-niet"), shipped_content).kinds() == (K.NOTES, K.AGREEMENTS)


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
        )
    )
    answers = section(sheet, K.LOOKING_BACK).blocks
    assert all(isinstance(block, AnswerBlock) for block in answers)
    first = answers[0]
    assert isinstance(first, AnswerBlock)
    assert first.text.paragraphs == (
        (
            "Ik zou twee nieuwe collega's inwerken. Dat is gelukt.",
            "De cursus Excel heb ik nog niet gedaan. In de zomer was er geen tijd.",
        ),
    )
    assert first.example_label == "Voorbeeld:"

    goal = section(sheet, K.GOALS).blocks[1]
    assert isinstance(goal, GoalBlock)
    assert goal.title == "Ik vraag op tijd om hulp als het druk is"
    assert goal.verdict is not None
    assert (goal.verdict.marks, goal.verdict.deadline) == ("S ✓ M ✓ A – R – T ✓", "28 februari 2027")
    assert [(line.letter, line.label) for line in goal.smart] == [
        ("S", "Specifiek:"),
        ("M", "Meetbaar:"),
        ("T", "Tijdgebonden:"),
    ]
    assert goal.steps == (Text((("Met Anne afspreken wie mijn vaste vervanger is",),)),)

    assert isinstance(section(sheet, K.QUESTIONS).blocks[0], BulletList)
    tips, pitfalls = section(sheet, K.REMINDERS).blocks
    assert isinstance(tips, CheckList) and isinstance(pitfalls, PitfallList)
    assert [item.state for item in tips.items] == [CheckState.OPEN, CheckState.DONE, CheckState.OPEN]
    assert tips.items[1].note == Text((("Jeroen en Fatima hebben gereageerd.",),))
    assert pitfalls.items[0].label == "Je meteen verdedigen bij kritiek:"
    assert section(sheet, K.NOTES).blocks == (NoteLines(NOTE_LINES),)
    (table,) = section(sheet, K.AGREEMENTS).blocks
    assert isinstance(table, WritingTable)
    assert [column.header for column in table.columns] == ["Wat", "Wie", "Wanneer"]
    assert table.rows == AGREEMENT_ROWS


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
    questions = [block.question for block in section(sheet, K.LOOKING_BACK).blocks if isinstance(block, AnswerBlock)]
    assert questions == [conv.question("wat-ging-goed").text, conv.question("doelen-behaald").text, "Oude vraag"]


def test_private_items_are_left_out_unless_full(shipped_content: Content) -> None:
    prep = _private_everywhere()
    before = prep.model_dump()
    shared = strings(build(prep, shipped_content))
    full = strings(build(prep, shipped_content, full=True))
    assert prep.model_dump() == before  # building never changes the preparation
    for word in ("NOTITIE", "ANTWOORD", "VOORBEELD", "VRAAG", "DOEL", "FEEDBACK", "PUNT", "OVERGENOMEN"):
        assert any(f"GEDEELD-{word}" in s or f"GEDEELDE-{word}" in s for s in shared), word
        assert not any(f"PRIVE-{word}" in s for s in shared), word
        assert any(f"PRIVE-{word}" in s for s in full), word
    # a section with only private items is left out; a goal without a sentence is numbered among the shown ones
    only_private = _prep(goals=[Goal(text="PRIVE-DOEL", private=True), Goal(steps=["Stap"])])
    shared_goals = section(build(only_private, shipped_content), K.GOALS).blocks
    full_goals = section(build(only_private, shipped_content, full=True), K.GOALS).blocks
    assert [g.title for g in shared_goals if isinstance(g, GoalBlock)] == ["Doel 1"]
    assert [g.title for g in full_goals if isinstance(g, GoalBlock)] == ["PRIVE-DOEL", "Doel 2"]
    nothing_shared = _prep(agenda=[AgendaItem(text="PRIVE-PUNT", private=True)], carry_over=[_carried(private=True)])
    assert K.AGENDA not in build(nothing_shared, shipped_content).kinds()
    assert K.CARRY_OVER not in build(nothing_shared, shipped_content).kinds()
    assert {K.AGENDA, K.CARRY_OVER} <= set(build(nothing_shared, shipped_content, full=True).kinds())


def test_empty_texts_leave_nothing(shipped_content: Content) -> None:
    prep = _prep(
        agenda=[" ", "\x00", "echt punt"],
        questions_to_ask=[AskedQuestion(text="\n\n")],
        feedback=[FeedbackItem(text="\t")],
        goals=[Goal(), Goal(text="  ", steps=["", " "])],
        checklist={"houding": ChecklistState(done=True, note=" \n ")},
    )
    sheet = build(prep, shipped_content)
    assert sheet.kinds() == (K.AGENDA, K.REMINDERS, K.NOTES, K.AGREEMENTS)
    assert Text.of(" \r\n\x1b\n") == Text() and not Text.of("\t")
    assert Text.of("a\r\nb\n\n \nc\x07") == Text((("a", "b"), ("c",)))


def test_the_document_cannot_be_changed(shipped_content: Content) -> None:
    sheet = build(example_preparation(), shipped_content)
    with pytest.raises(dataclasses.FrozenInstanceError):
        sheet.sections[0].heading = "Iets anders"  # type: ignore[misc]


# --------------------------------------------------------------------------- rendering one document


def test_both_renderers_show_the_same_document(shipped_content: Content) -> None:
    prep = example_preparation()
    sheet = build(prep, shipped_content)
    markdown = render_markdown(sheet)
    assert markdown == render_sheet(prep, shipped_content, today=TODAY)
    pages = pdf_pages(sheet_pdf(sheet))
    visible = squash(" ".join(pages))
    for text in strings(sheet.sections):
        assert squash(text) in visible, text
    # the same headings, in the same order, in both
    markdown_headings = [line[3:] for line in markdown.splitlines() if line.startswith("## ")]
    assert markdown_headings == [s.heading for s in sheet.sections]
    positions = [visible.index(squash(s.heading)) for s in sheet.sections]
    assert positions == sorted(positions)


def _reworded(sheet: SheetDocument, headings: dict[SectionKind, str]) -> SheetDocument:
    return dataclasses.replace(
        sheet, sections=tuple(dataclasses.replace(s, heading=headings[s.kind]) for s in sheet.sections)
    )


def test_rewording_a_heading_does_not_change_the_layout(shipped_content: Content) -> None:
    prep = example_preparation()
    prep.carry_over = [_carried(), _carried(id="x", status="vervallen", note="Notitie")]
    sheet = build(prep, shipped_content)
    reworded = _reworded(sheet, {kind: f"Nieuwe kop {n}" for n, kind in enumerate(SectionKind)})

    # the PDF: the same pages, the new words in place of the old
    before, after = pdf_pages(sheet_pdf(sheet)), pdf_pages(sheet_pdf(reworded))
    assert len(before) == len(after)
    text = squash(" ".join(after))
    assert squash("Nieuwe kop 0") in text and squash(labels.SECTION_AGENDA) not in text

    # the data the template lays out: only the headings differ
    old, new = to_data(sheet), to_data(reworded)
    for old_section, new_section in zip(old["sections"], new["sections"], strict=True):
        assert old_section["blocks"] == new_section["blocks"] and old_section["kind"] == new_section["kind"]

    # the Markdown keeps its shape too: only the heading lines change
    old_lines, new_lines = render_markdown(sheet).splitlines(), render_markdown(reworded).splitlines()
    changed = [(a, b) for a, b in zip(old_lines, new_lines, strict=True) if a != b]
    assert len(changed) == len(sheet.sections) and all(b.startswith("## Nieuwe kop") for _, b in changed)


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
