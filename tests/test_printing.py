"""The printable sheet: the HTML page, the `print` command, and real PDFs from headless Chromium.

The PDF tests need Chromium (or Chrome) and poppler's `pdftotext`/`pdfinfo`; `.ci/run` installs
Debian's `chromium` and `poppler-utils` when they are missing. Where they cannot be had, those
tests are skipped with the reason.

docs/voorbeeld-blad.png (the first page of the printed example sheet) is written again with:

    GESPREKSCOACH_WRITE_EXAMPLE=1 .venv/bin/python -m pytest tests/test_printing.py -k example_png
"""

from __future__ import annotations

import os
import shutil
import stat
import struct
import subprocess
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.content.models import Content
from gesprekscoach.sheet import printing
from gesprekscoach.sheet.build import NOTE_LINES, build_sheet
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.labels import SECTION_CARRY_OVER, SECTION_ORDER
from gesprekscoach.sheet.markdown import render_markdown, sheet_filename
from gesprekscoach.sheet.printing import (
    GENERATOR,
    PrintError,
    PrintTargetExists,
    find_chromium,
    render_html,
    write_html,
    write_pdf,
)
from gesprekscoach.store.models import (
    AgendaItem,
    Answer,
    AskedQuestion,
    ChecklistState,
    FeedbackItem,
    Goal,
    Preparation,
)
from gesprekscoach.store.preparations import PreparationStore
from test_sheet import TODAY, example_preparation

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_PNG = REPO / "docs" / "voorbeeld-blad.png"
TZ = timezone(timedelta(hours=1))

NASTY = "<script>alert('x')</script> & **vet** | # kop [ ] [x] `code` </style>"
LONG_WORD = "https://intranet.example.org/" + "heel-lang-pad-zonder-spaties-" * 6 + "einde"


# --------------------------------------------------------------------------- helpers


def sheet_of(prep: Preparation, content: Content) -> SheetDocument:
    """The sheet document of a preparation, made on the example's day."""
    return build_sheet(prep, content, today=TODAY)


class _Page(HTMLParser):
    """Collects the tags (with their classes) and the visible text of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, str]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs).get("class") or ""))
        if tag in ("style", "title", "script"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "script"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def squash(text: str) -> str:
    """The text without white space and hyphens.

    A PDF breaks lines anywhere, and pdftotext joins a word that was broken after a
    hyphen by dropping that hyphen.
    """
    return "".join(text.split()).replace("-", "")


def user_texts(prep: Preparation) -> list[str]:
    """Every text the user wrote, as it should appear on paper (line by line)."""
    texts: list[str] = [prep.with_whom]
    texts += [state.note for state in prep.checklist.values()]
    for answer in prep.answers.values():
        texts += [answer.text, answer.example]
    for goal in prep.goals:
        texts += [goal.text, goal.specifiek, goal.meetbaar, goal.acceptabel, goal.realistisch, goal.tijdgebonden]
        texts += goal.steps
    texts += [q.text for q in prep.questions_to_ask]
    texts += [f.text for f in prep.feedback]
    texts += prep.agenda_texts()
    lines = [line.strip() for text in texts for line in text.splitlines()]
    return [line for line in lines if line]


def long_preparation(content: Content) -> Preparation:
    """A preparation with far more than a typical one: every question, five goals, long texts."""
    conv = content.conversation("functionering")
    sentence = (
        "Ik heb dit jaar veel geleerd over plannen en over samenwerken met andere teams. "
        "Soms ging het mis, en dan heb ik samen met collega's gezocht naar een oplossing."
    )
    answers = {
        question.id: Answer(
            text=f"{sentence}\n{sentence} (vraag {number})",
            example=f"In week {number + 10} liep het project van de klant uit, en ik heb toen de planning bijgesteld.",
        )
        for number, question in enumerate(conv.questions, start=1)
    }
    answers["wat-ging-goed"] = Answer(text=f"Zie {LONG_WORD} voor het verslag.", example=NASTY)
    goals = [
        Goal(
            text=f"Doel {number}: ik rond de opleiding projectleiding af",
            specifiek=f"Ik volg module {number} van de opleiding en pas het toe in mijn eigen project.",
            meetbaar="Ik haal het certificaat en ik lever twee projectplannen op.",
            acceptabel="Mijn leidinggevende wil dat ik meer projecten ga leiden.",
            realistisch="De opleiding kost vier uur per week, waarvan twee in de baas zijn tijd.",
            tijdgebonden=f"Voor 1 juni 2027 is module {number} klaar.",
            steps=[f"Stap {step} van doel {number}: iets kleins doen in week {step}" for step in range(1, 5)],
        )
        for number in range(1, 6)
    ]
    return Preparation(
        id="2026-11-23-functionering-lang",
        conversation="functionering",
        meeting_date=date(2026, 11, 23),
        with_whom="Anne de Vries-van den Berg",
        created_at=datetime(2026, 11, 20, 19, 30, tzinfo=TZ),
        updated_at=datetime(2026, 11, 22, 21, 15, tzinfo=TZ),
        checklist={"houding": ChecklistState(note="Map met aantekeningen klaarleggen. " * 3)},
        answers=answers,
        goals=goals,
        questions_to_ask=[
            AskedQuestion(text=f"Eigen vraag {n}: hoe zie jij mijn rol over {n} jaar?") for n in range(1, 11)
        ],
        feedback=[
            FeedbackItem(
                text=f"Ik merk dat het overleg op dag {n} vaak uitvalt.\nIk zou graag een vaste tijd afspreken."
            )
            for n in range(1, 7)
        ],
        agenda=[f"Agendapunt {n}: de planning van kwartaal {n % 4 + 1}" for n in range(1, 13)],
    )


# --------------------------------------------------------------------------- the HTML page


def test_page_has_header_sections_boxes_lines_and_table(shipped_content: Content) -> None:
    prep = example_preparation()
    html = render_html(sheet_of(prep, shipped_content))
    page = parse(html)
    assert html.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert f'<meta name="generator" content="{GENERATOR}">' in html
    assert "<title>Voorbereiding functioneringsgesprek — maandag 23 november 2026</title>" in html
    header = html.split('<header class="sheet-header">', 1)[1].split("</header>", 1)[0]
    assert "<h1>Voorbereiding functioneringsgesprek</h1>" in header
    assert "maandag 23 november 2026" in header and "Met: Anne de Vries" in header
    # 'Met:' is in the header only, not once more in the body
    assert html.count("Met: Anne de Vries") == 1

    section_classes = [cls for tag, cls in page.tags if tag == "section"]
    assert section_classes == [
        "agenda",
        "looking-back",
        "goals",
        "questions",
        "feedback",
        "remember",
        "notes",
        "agreements",
    ]
    # the example has nothing carried over from an earlier conversation
    assert [text for text in page.text if text in SECTION_ORDER] == [
        t for t in SECTION_ORDER if t != SECTION_CARRY_OVER
    ]
    # goals: compact blocks, each SMART line with its letter
    assert sum(1 for tag, cls in page.tags if tag == "div" and cls == "block goal") == len(prep.goals)
    letters = [cls for tag, cls in page.tags if tag == "span" and cls == "letter"]
    assert len(letters) == 5 + 3
    # the tips still open (and ticked ones with a note) as boxes that print
    boxes = [cls for tag, cls in page.tags if tag == "span" and cls.startswith("box")]
    assert boxes == ["box", "box done", "box"]
    assert "[ ]" not in "".join(page.text) and "[x]" not in "".join(page.text)
    # ruled lines for notes, and the agreements table with empty rows to write in
    assert sum(1 for tag, cls in page.tags if cls == "line") == NOTE_LINES
    assert sum(1 for tag, _ in page.tags if tag == "tr") == 1 + 4
    assert ("table", "agreements") in page.tags
    # print rules: A4, no break inside a goal block or a table row, page numbers in the footer
    assert "size: A4" in html
    assert "break-inside: avoid" in html.split(".block {", 1)[1].split("}", 1)[0]
    assert "break-inside: avoid" in html.split("tr {", 1)[1].split("}", 1)[0]
    assert 'counter(page) " van " counter(pages)' in html
    # standalone: nothing to load from elsewhere
    assert "<link" not in html and "src=" not in html and "@import" not in html


def test_all_user_text_is_on_the_page_and_stays_text(shipped_content: Content) -> None:
    prep = long_preparation(shipped_content)
    prep.with_whom = NASTY
    prep.agenda.append(AgendaItem(text=NASTY))
    sheet = sheet_of(prep, shipped_content)
    html = render_html(sheet)
    page = parse(html)
    visible = squash(" ".join(page.text))
    for text in user_texts(prep):
        assert squash(text) in visible, text
    # nothing typed became a tag: only the tags the page itself makes
    assert "&lt;script&gt;alert" in html
    assert sum(1 for tag, _ in page.tags if tag == "script") == 0
    assert sum(1 for tag, _ in page.tags if tag == "style") == 1
    assert html.count("</style>") == 1
    boxes = [cls for tag, cls in page.tags if tag == "span" and cls.startswith("box")]
    assert len(boxes) == render_markdown(sheet).count("\n- [")


def test_footer_text_is_a_safe_css_string(shipped_content: Content) -> None:
    sheet = sheet_of(example_preparation(), shipped_content)
    hostile = 'x"; } body { display: none } </style>'
    html = render_html(replace(sheet, header=replace(sheet.header, conversation=hostile, conversation_line=hostile)))
    css = html.split("<style>", 1)[1].split("</style>", 1)[0]
    footer = css.split("@bottom-left {", 1)[1].split("}", 1)[0]
    assert "display: none" not in footer and "</" not in css
    assert "x\\000022" in footer  # the text is there, as a CSS escape
    assert render_html(sheet).count("23\\00002d 11") == 1


def test_write_html_is_private_and_keeps_other_files(shipped_content: Content, tmp_path: Path) -> None:
    sheet = sheet_of(example_preparation(), shipped_content)
    target = tmp_path / "blad.html"
    write_html(sheet, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    write_html(sheet, target, overwrite=False)  # the coach's own page: replaced
    other = tmp_path / "anders.html"
    other.write_text("<p>van iemand anders</p>", encoding="utf-8")
    with pytest.raises(PrintTargetExists):
        write_html(sheet, other, overwrite=False)
    assert other.read_text(encoding="utf-8") == "<p>van iemand anders</p>"
    with pytest.raises(PrintError, match="bestaat niet"):
        write_html(sheet, tmp_path / "geen-map" / "blad.html")
    with pytest.raises(PrintError, match="is een map"):
        write_html(sheet, tmp_path)


def test_no_browser_gives_a_clear_dutch_message(
    shipped_content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(printing.CHROMIUM_ENV, "bestaat-echt-niet-chromium")
    assert find_chromium() is None
    with pytest.raises(PrintError) as caught:
        write_pdf(sheet_of(example_preparation(), shipped_content), tmp_path / "blad.pdf")
    assert "Ik vind geen Chromium, Chrome of Edge" in str(caught.value)
    assert not (tmp_path / "blad.pdf").exists()
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- gesprekscoach print


@pytest.fixture
def saved(shipped_content: Content, private_home: Path) -> Preparation:
    """The example preparation, saved in the test's store."""
    prep = example_preparation()
    PreparationStore(private_home).save(prep)
    return prep


def test_print_writes_the_page_and_opens_it(
    saved: Preparation,
    shipped_content: Content,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(printing, "open_in_browser", lambda path: opened.append(path) or True)
    monkeypatch.chdir(tmp_path)
    assert main(["print", saved.id[:10]]) == 0
    target = tmp_path / Path(sheet_filename(saved, shipped_content)).with_suffix(".html").name
    assert opened == [target]
    assert target.read_text(encoding="utf-8") == render_html(build_sheet(saved, shipped_content, today=date.today()))
    out = capsys.readouterr().out
    assert "Ctrl+P" in out and str(target) in out
    # again: the coach's own page is replaced without asking
    assert main(["print", saved.id]) == 0


def test_print_goes_next_to_the_saved_sheet(
    saved: Preparation, tmp_path: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "open_in_browser", lambda path: False)
    folder = tmp_path / "bladen"
    folder.mkdir()
    saved.sheet_path = str(folder / "mijn-blad.md")
    PreparationStore(private_home).save(saved)
    monkeypatch.chdir(tmp_path)
    assert main(["print", saved.id]) == 0
    assert (folder / "mijn-blad.html").is_file()


def test_print_options_and_errors(
    saved: Preparation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(printing, "open_in_browser", lambda path: pytest.fail("the browser must not open"))
    other = tmp_path / "anders.html"
    other.write_text("niet van de coach", encoding="utf-8")
    assert main(["print", saved.id, "-o", str(other), "--niet-openen"]) == 1
    err = capsys.readouterr().err
    assert "bestaat al" in err and "--force" in err and "Traceback" not in err
    assert other.read_text(encoding="utf-8") == "niet van de coach"
    assert main(["print", saved.id, "-o", str(other), "--niet-openen", "--force"]) == 0
    assert other.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["print", "bestaat-niet", "--niet-openen"]) == 1
    assert "Ik vind geen voorbereiding" in capsys.readouterr().err
    pdf = tmp_path / "blad.pdf"
    pdf.write_text("oud", encoding="utf-8")
    assert main(["print", saved.id, "--pdf", str(pdf)]) == 1
    assert "bestaat al" in capsys.readouterr().err and pdf.read_text(encoding="utf-8") == "oud"
    monkeypatch.setenv(printing.CHROMIUM_ENV, "bestaat-echt-niet-chromium")
    assert main(["print", saved.id, "--pdf", str(tmp_path / "nieuw.pdf")]) == 1
    assert "Ik vind geen Chromium" in capsys.readouterr().err


def test_print_does_not_load_textual() -> None:
    code = "import sys; import gesprekscoach.cli.printing, gesprekscoach.sheet.printing, gesprekscoach.plain.app; print(any(m.startswith('textual') for m in sys.modules))"
    import sys

    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert finished.stdout.strip() == "False"


# --------------------------------------------------------------------------- real PDFs


def _pdf_tools() -> tuple[Path, str, str]:
    """Chromium, pdftotext and pdfinfo, or skip the test with the reason."""
    browser = find_chromium()
    if browser is None:
        pytest.skip("no Chromium or Chrome on this machine (.ci/run installs Debian's chromium when it can)")
    tools = [shutil.which("pdftotext"), shutil.which("pdfinfo")]
    if not all(tools):
        pytest.skip("pdftotext/pdfinfo not found (install poppler-utils; .ci/run does that when it can)")
    return browser, tools[0] or "", tools[1] or ""


def page_count(pdfinfo: str, pdf: Path) -> int:
    info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_pages(pdftotext: str, pdf: Path) -> list[str]:
    text = subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return [page for page in text.decode("utf-8").split("\f") if page.strip()]


@pytest.fixture(scope="module")
def typical_pdf(tmp_path_factory: pytest.TempPathFactory, shipped_content: Content) -> Path:
    browser, _, _ = _pdf_tools()
    pdf = tmp_path_factory.mktemp("pdf") / "voorbeeld.pdf"
    write_pdf(sheet_of(example_preparation(), shipped_content), pdf, browser=browser)
    return pdf


def test_typical_sheet_prints_on_at_most_two_a4_pages(typical_pdf: Path, shipped_content: Content) -> None:
    _, pdftotext, pdfinfo = _pdf_tools()
    assert page_count(pdfinfo, typical_pdf) <= 2
    info = subprocess.run([pdfinfo, str(typical_pdf)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    assert "595.92 x 842.88" in size or "(A4)" in size  # A4 in points
    pages = pdf_pages(pdftotext, typical_pdf)
    text = squash(" ".join(pages))
    prep = example_preparation()
    for expected in user_texts(prep):
        assert squash(expected) in text, expected
    for heading in SECTION_ORDER:
        if heading != SECTION_CARRY_OVER:  # the example carries nothing over
            assert squash(heading) in text
    for number, page in enumerate(pages, start=1):
        assert f"pagina {number} van {len(pages)}" in " ".join(page.split())
        assert "functioneringsgesprek · 23-11-2026" in " ".join(page.split())
    assert stat.S_IMODE(typical_pdf.stat().st_mode) == 0o600


def test_long_sheet_prints_all_text_and_keeps_goals_whole(tmp_path: Path, shipped_content: Content) -> None:
    browser, pdftotext, pdfinfo = _pdf_tools()
    prep = long_preparation(shipped_content)
    pdf = tmp_path / "lang.pdf"
    write_pdf(sheet_of(prep, shipped_content), pdf, browser=browser)
    count = page_count(pdfinfo, pdf)
    assert 3 <= count <= 12
    pages = pdf_pages(pdftotext, pdf)
    assert len(pages) == count
    text = squash(" ".join(pages))
    for expected in user_texts(prep):
        assert squash(expected) in text, expected
    # no page break inside a goal: its sentence and its last step are on the same page
    for goal in prep.goals:
        on = [index for index, page in enumerate(pages) if squash(goal.text) in squash(page)]
        assert len(on) == 1, goal.text
        assert squash(goal.steps[-1]) in squash(pages[on[0]]), goal.text
    assert f"pagina {count} van {count}" in " ".join(pages[-1].split())
    assert not list(tmp_path.glob("gesprekscoach-afdruk-*"))  # the work folder is cleaned up


def test_print_pdf_command(saved: Preparation, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _pdf_tools()
    pdf = tmp_path / "blad.pdf"
    assert main(["print", saved.id, "--pdf", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "De PDF is opgeslagen" in capsys.readouterr().out


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_example_png_is_in_the_docs_and_linked() -> None:
    """docs/voorbeeld-blad.png is the first page of the printed example, linked from the README."""
    assert EXAMPLE_PNG.is_file()
    width, height = _png_size(EXAMPLE_PNG)
    assert 500 <= width <= 1400 and abs(height / width - 297 / 210) < 0.02  # one A4 page, upright
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "docs/voorbeeld-blad.png" in readme


def test_example_png_writer(typical_pdf: Path, tmp_path: Path) -> None:
    """Renders the first page as PNG (written to the docs with GESPREKSCOACH_WRITE_EXAMPLE=1)."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm not found (install poppler-utils)")
    subprocess.run(
        [pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(typical_pdf), str(tmp_path / "blad")],
        check=True,
    )
    png = tmp_path / "blad.png"
    if os.environ.get("GESPREKSCOACH_WRITE_EXAMPLE") == "1":
        shutil.copyfile(png, EXAMPLE_PNG)
    assert _png_size(png) == _png_size(EXAMPLE_PNG)


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({}, "darwin", True),
        ({}, "win32", True),
    ],
)
def test_no_text_browser_in_the_terminal(environ: dict[str, str], platform: str, expected: bool) -> None:
    """Without a graphical session on Linux, the browser is not started (it would take the terminal)."""
    assert printing.has_graphical_browser(environ, platform) is expected


def test_open_in_browser_without_a_graphical_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "has_graphical_browser", lambda: False)
    monkeypatch.setattr(printing.webbrowser, "open", lambda uri: pytest.fail("no browser may start"))
    assert printing.open_in_browser(tmp_path / "blad.html") is False
