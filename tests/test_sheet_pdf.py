"""The sheet on paper: five realistic preparations printed to PDF, with no browser and no network.

Every PDF is made for real (Typst) with no browser on PATH and sockets blocked, and read back
with pypdf. The pages that may lie on the table (the preparation and the meeting page) are told
apart from the last page, 'Alleen voor mij', by its footer.
"""

from __future__ import annotations

import os
import struct
from datetime import date
from datetime import time as time_of_day
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.sheet.build import PreviousMeeting, SheetContext, build_sheet
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.pdf_layout import render_sheet_pages
from gesprekscoach.store.models import Preparation
from pdf_helpers import page_sizes, pdf_pages, squash
from sheet_fixtures import PREPARATIONS, TODAY, _prep, with_agreements

A4 = (595.0, 842.0)
CONTEXT = SheetContext(
    name="Sam Jansen", function="klantadviseur", previous=PreviousMeeting("planningsgesprek", date(2026, 1, 15))
)


def typed_texts(prep: Preparation) -> list[str]:
    """Every text the user typed, line by line."""
    texts: list[str] = [prep.with_whom]
    texts += [state.note for state in prep.checklist.values()]
    for answer in prep.answers.values():
        texts += [answer.text, answer.example]
    for goal in prep.goals:
        texts += [goal.text, goal.specifiek, goal.meetbaar, goal.acceptabel, goal.realistisch, goal.tijdgebonden]
        texts += goal.steps
    texts += [q.text for q in prep.questions_to_ask] + [f.text for f in prep.feedback] + prep.agenda_texts()
    for item in prep.carry_over:
        texts += [item.text, item.note]
    if prep.after is not None:
        texts += [agreement.what for agreement in prep.after.agreements]
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


def private_texts(prep: Preparation) -> list[str]:
    """The texts marked 'alleen voor mij' (the fixtures start each with 'PRIVE')."""
    return [text for text in typed_texts(prep) if text.startswith("PRIVE")]


def split_pages(pages: list[str], sheet: SheetDocument) -> tuple[list[str], list[str]]:
    """(the shared pages, the private pages): private pages carry 'Alleen voor mij · …' in their footer."""
    mark = squash(f"{sheet.private.heading} · {sheet.header.conversation_line}")
    shared = [page for page in pages if mark not in squash(page)]
    private = [page for page in pages if mark in squash(page)]
    assert pages == shared + private, "the private page comes last"
    return shared, private


@pytest.fixture(scope="module")
def printed(shipped_content: Content) -> dict[str, tuple[Preparation, SheetDocument, bytes]]:
    """The five preparations (the typical one with agreements), built with everything and printed once."""
    made: dict[str, tuple[Preparation, SheetDocument, bytes]] = {}
    for name, make in PREPARATIONS.items():
        prep = make()
        sheet = build_sheet(prep, shipped_content, today=TODAY, full=True, context=CONTEXT)
        pdf, _layout = render_sheet_pages(sheet)
        made[name] = (prep, sheet, pdf[0])
    typical = with_agreements(PREPARATIONS["typical"]())
    sheet = build_sheet(typical, shipped_content, today=TODAY, full=True, context=CONTEXT)
    made["typical-after"] = (typical, sheet, render_sheet_pages(sheet)[0][0])
    return made


def test_printing_needs_no_browser_and_no_network(shipped_content: Content, offline: list[str]) -> None:
    for make in PREPARATIONS.values():
        sheet = build_sheet(make(), shipped_content, today=TODAY, full=True, context=CONTEXT)
        assert render_sheet_pages(sheet)[0][0].startswith(b"%PDF")
    assert offline == []


@pytest.mark.parametrize("name", [*PREPARATIONS, "typical-after"])
def test_every_word_typed_is_printed_and_nothing_private_on_the_shared_pages(
    printed: dict[str, tuple[Preparation, SheetDocument, bytes]], name: str
) -> None:
    prep, sheet, pdf = printed[name]
    pages = pdf_pages(pdf)
    assert all(abs(w - A4[0]) < 2 and abs(h - A4[1]) < 2 for w, h in page_sizes(pdf))
    everything = squash(" ".join(pages))
    for text in typed_texts(prep):
        assert squash(text) in everything, text
    shared, private = split_pages(pages, sheet)
    on_the_table = squash(" ".join(shared))
    for text in private_texts(prep):
        assert squash(text) not in on_the_table, text
        assert squash(text) in squash(" ".join(private)), text
    # tactics stay home: the notes with the tips and the pitfalls are only on the private page
    for state in prep.checklist.values():
        for line in state.note.splitlines():
            assert squash(line) not in on_the_table, line
    assert "Valkuilen".casefold() not in " ".join(shared).casefold()
    # the header: who I am, and the conversation before this one
    assert squash("Sam Jansen, klantadviseur") in squash(shared[0] if name != "heavy" else shared[2])


@pytest.mark.parametrize(("name", "most"), [("typical", 2), ("beoordeling", 2), ("planning", 2), ("minimal", 1)])
def test_a_typical_preparation_fits_two_pages_with_the_meeting_page(
    printed: dict[str, tuple[Preparation, SheetDocument, bytes]], shipped_content: Content, name: str, most: int
) -> None:
    _prep_, sheet, pdf = printed[name]
    shared, private = split_pages(pdf_pages(pdf), sheet)
    assert len(shared) <= most
    assert len(private) == 1
    words = shipped_content.sheet_labels
    assert squash(words.headings.cheat_sheet).casefold() not in squash(" ".join(shared)).casefold()
    # the meeting page is one unit on the last shared page: reminders, notes, agreements, what comes next
    last = squash(shared[-1]).casefold()
    for label in (
        words.headings.notes,
        words.headings.agreements,
        words.next_meeting_label,
        words.report_expected_label,
    ):
        assert squash(label).casefold() in last, label
    for page in shared[:-1]:
        assert squash(words.report_expected_label).casefold() not in squash(page).casefold()


def test_a_heavy_preparation_gets_a_one_page_cheat_sheet_first(
    printed: dict[str, tuple[Preparation, SheetDocument, bytes]], shipped_content: Content
) -> None:
    prep, sheet, pdf = printed["heavy"]
    shared, _private = split_pages(pdf_pages(pdf), sheet)
    words = shipped_content.sheet_labels
    first, second = squash(shared[0]).casefold(), squash(shared[1]).casefold()
    assert squash(words.headings.cheat_sheet).casefold() in first
    for point in prep.agenda_texts()[:10]:
        assert squash(point).casefold() in first
    for goal in prep.goals[:10]:
        assert squash(goal.text).casefold() in first
    # one page only: the meeting page (agenda then agreements, not on page 12) is the second page
    assert squash(words.headings.meeting).casefold() in second
    assert squash(words.headings.cheat_sheet).casefold() not in squash(" ".join(shared[1:])).casefold()
    assert squash(words.headings.agreements).casefold() in second
    assert squash(words.report_expected_label).casefold() in second


def test_agreements_written_down_are_printed_in_the_table(
    printed: dict[str, tuple[Preparation, SheetDocument, bytes]],
) -> None:
    prep, sheet, pdf = printed["typical-after"]
    shared, private = split_pages(pdf_pages(pdf), sheet)
    meeting = squash(shared[-1])
    for what in (
        "Cursus Excel aanvragen",
        "Budget voor de cursus regelen",
        "Vaste vervanger kiezen",
        "30 november 2026",
    ):
        assert squash(what) in meeting
    assert squash("PRIVE-AFSPRAAK") in squash(" ".join(private))


def test_a_promise_past_its_date_is_printed_as_overdue(
    printed: dict[str, tuple[Preparation, SheetDocument, bytes]],
) -> None:
    _prep_, sheet, pdf = printed["beoordeling"]
    shared, _private = split_pages(pdf_pages(pdf), sheet)
    text = squash(" ".join(shared)).casefold()
    assert squash("Een nieuwe laptop regelen").casefold() in text and "verlopen" in text


# --------------------------------------------------------------------------- hostile text

HOSTILE = [
    "#set page(width: 5cm)",
    "#pagebreak() #pagebreak()",
    "$x^2$ en $$ y $$",
    "*vet* _schuin_ `code` **dik**",
    "@label <label> #label",
    "<script>alert('x')</script> &amp; <b>html</b>",
    "\\ backslash \\\\ en \\#",
    "[link](https://example.com) ![plaatje](x.png) [ ] [x]",
    "# kop\n## kop 2\n- lijst\n1. nummer\n> citaat",
    "😀🎉 emoji 👩‍👩‍👧",
    "\u202eomgekeerd\u202c en \u200fRTL\u200e",
    "#let x = 1 #x",
    '")] #panic("weg")',
    "// commentaar /* blok */",
    "\x00 nul \x1b[31m rood",
]


def hostile_preparation() -> Preparation:
    long = ("Een lange tekst met | pipes |, # hekjes, $ en `code`. " * 2000)[:100_000]
    text = "\n".join(HOSTILE)
    from gesprekscoach.store.models import AgendaItem, Answer, AskedQuestion, ChecklistState, FeedbackItem, Goal

    return _prep(
        with_whom=text,
        checklist={"houding": ChecklistState(note=text)},
        answers={"wat-ging-goed": Answer(text=text, example=long), "werkdruk": Answer(text=long)},
        goals=[Goal(text=text, specifiek=text, steps=[text, long[:5000]])],
        questions_to_ask=[AskedQuestion(text=text)],
        feedback=[FeedbackItem(text=text)],
        agenda=[AgendaItem(text=text), AgendaItem(text="x" * 3000)],
    )


def test_hostile_text_never_breaks_the_pdf(shipped_content: Content, offline: list[str]) -> None:
    prep = hostile_preparation()
    sheet = build_sheet(prep, shipped_content, today=TODAY, full=True, context=SheetContext(name=HOSTILE[0]))
    pdf = render_sheet_pages(sheet)[0][0]
    pages = pdf_pages(pdf)
    assert all(abs(w - A4[0]) < 2 and abs(h - A4[1]) < 2 for w, h in page_sizes(pdf))  # '#set page' did nothing
    everything = squash(" ".join(pages))
    for line in HOSTILE:
        if line.isascii() and "\x00" not in line and "\x1b" not in line:
            assert squash(line) in everything, line
    assert squash("Een lange tekst met | pipes |, # hekjes, $ en `code`.") in everything
    assert "x" * 3000 in everything.replace("\n", "")
    assert squash("Zoë") not in everything  # nothing invented
    shared, _private = split_pages(pages, sheet)
    assert len(shared) >= 3  # a long sheet, laid out with its cheat sheet; nothing lost


# --------------------------------------------------------------------------- the pictures in the README

DOCS = Path(__file__).resolve().parent.parent / "docs"
PNG_PPI = 80


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def doc_pictures(content: Content) -> dict[str, bytes]:
    """The four pages shown in the README: the sheet's first page, its meeting page, the summary, the letter."""
    from gesprekscoach.sheet.after_pdf import letter_pages, summary_pages
    from gesprekscoach.sheet.letter import build_letter
    from gesprekscoach.sheet.summary import build_summary
    from test_after_papers import after_the_meeting

    sheet = build_sheet(PREPARATIONS["typical"](), content, today=TODAY, full=True, context=CONTEXT)
    pages, _layout = render_sheet_pages(sheet, "png", ppi=PNG_PPI)
    after = after_the_meeting()
    assert after.after is not None
    after.after.disagreements[1].point = "Mijn planning liep vaak uit."
    after.after.disagreements[1].example = "Het gebeurde één keer, in april, toen twee collega's ziek waren."
    summary = build_summary(after, content, name="Sam Jansen", function="klantadviseur")
    letter = build_letter(
        after, content, today=date(2026, 12, 2), name="Sam Jansen", function="klantadviseur", place="Utrecht"
    )
    return {
        "voorbeeld-blad.png": pages[0],
        "voorbeeld-gesprek.png": pages[1],
        "voorbeeld-samenvatting.png": summary_pages(summary, "png", ppi=PNG_PPI)[0],
        "voorbeeld-brief.png": letter_pages(letter, "png", ppi=PNG_PPI)[0],
    }


def test_the_pictures_in_the_docs_are_current_and_linked(shipped_content: Content) -> None:
    """docs/voorbeeld-*.png: written again with GESPREKSCOACH_WRITE_EXAMPLE=1 (see tests/test_sheet.py)."""
    pictures = doc_pictures(shipped_content)
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Afdrukken", 1)[1].split("\n## ", 1)[0]
    for name, data in pictures.items():
        if os.environ.get("GESPREKSCOACH_WRITE_EXAMPLE") == "1":
            (DOCS / name).write_bytes(data)
        width, height = _png_size((DOCS / name).read_bytes())
        assert (width, height) == _png_size(data), name
        assert abs(height / width - 297 / 210) < 0.01  # one A4 page, upright
        assert f"docs/{name}" in section, name


def test_the_header_prints_the_meeting_time(shipped_content: Content) -> None:
    prep = PREPARATIONS["minimal"]()
    prep.meeting_time = time_of_day(14, 5)
    sheet = build_sheet(prep, shipped_content, today=TODAY, context=CONTEXT)
    first = pdf_pages(render_sheet_pages(sheet)[0][0])[0]
    assert squash("Tijd: 14:05") in squash(first)
    without = pdf_pages(render_sheet_pages(build_sheet(PREPARATIONS["minimal"](), shipped_content, today=TODAY))[0][0])
    assert "14:05" not in without[0] and "Tijd:" in without[0]  # a line to write the time on
