"""The printed sheet: a PDF made by Typst (no browser, no network), the `print` command, the viewer.

Every PDF here is made for real, with no browser on PATH and sockets blocked (`offline`), and
read back with pypdf.
"""

from __future__ import annotations

import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.content.models import Content
from gesprekscoach.sheet import printing
from gesprekscoach.sheet.assets import TEMPLATES, sheet_asset
from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.printing import PrintError, PrintTargetExists, is_coach_pdf, sheet_pdf, write_pdf
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import PreparationStore
from pdf_helpers import pdf_pages, squash
from test_sheet import TODAY, example_preparation

REPO = Path(__file__).resolve().parent.parent
A4 = (595.0, 842.0)


def sheet_of(prep: Preparation, content: Content) -> SheetDocument:
    """The sheet document of a preparation, made on the example's day."""
    return build_sheet(prep, content, today=TODAY)


# --------------------------------------------------------------------------- the PDF


def test_the_pdf_is_made_without_a_browser_or_network(shipped_content: Content, offline: list[str]) -> None:
    data = sheet_pdf(sheet_of(example_preparation(), shipped_content))
    assert data.startswith(b"%PDF")
    text = squash(" ".join(pdf_pages(data)))
    assert squash("Voorbereiding functioneringsgesprek") in text
    assert squash("Anne de Vries") in text


def test_templates_import_no_packages() -> None:
    """A Typst package import would go online; the templates use only Typst itself."""
    for name in TEMPLATES:
        source = sheet_asset(name).read_text(encoding="utf-8")
        assert "#import" not in source and "#include" not in source, name


def test_write_pdf_is_private_and_keeps_other_files(shipped_content: Content, tmp_path: Path) -> None:
    sheet = sheet_of(example_preparation(), shipped_content)
    target = tmp_path / "blad.pdf"
    write_pdf(sheet, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert is_coach_pdf(target)
    write_pdf(sheet, target, overwrite=False)  # the coach's own PDF: replaced
    other = tmp_path / "anders.pdf"
    other.write_bytes(b"%PDF-1.7 van iemand anders")
    with pytest.raises(PrintTargetExists):
        write_pdf(sheet, other, overwrite=False)
    assert other.read_bytes() == b"%PDF-1.7 van iemand anders"
    with pytest.raises(PrintError, match="bestaat niet"):
        write_pdf(sheet, tmp_path / "geen-map" / "blad.pdf")
    with pytest.raises(PrintError, match="is een map"):
        write_pdf(sheet, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anders.pdf", "blad.pdf"]


def test_a_broken_template_gives_a_dutch_message(
    shipped_content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "inhoud" / "sheet"
    folder.mkdir(parents=True)
    (folder / "sheet.typ").write_text("#let x = (\n", encoding="utf-8")
    monkeypatch.setenv("GESPREKSCOACH_CONTENT", str(tmp_path / "inhoud"))
    with pytest.raises(PrintError) as caught:
        sheet_pdf(sheet_of(example_preparation(), shipped_content))
    assert "De PDF is niet gemaakt" in str(caught.value)


def test_a_content_pack_without_templates_uses_the_shipped_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GESPREKSCOACH_CONTENT", str(REPO / "content" / "vlaanderen"))
    assert sheet_asset("sheet.typ") == REPO / "content" / "sheet" / "sheet.typ"
    own = tmp_path / "sheet"
    own.mkdir()
    (own / "sheet.typ").write_text("eigen", encoding="utf-8")
    assert sheet_asset("sheet.typ", tmp_path) == own / "sheet.typ"
    assert sheet_asset("labels.yaml", tmp_path) == REPO / "content" / "sheet" / "labels.yaml"


# --------------------------------------------------------------------------- gesprekscoach print


@pytest.fixture
def saved(shipped_content: Content, private_home: Path) -> Preparation:
    """The example preparation, saved in the test's store."""
    prep = example_preparation()
    PreparationStore(private_home).save(prep)
    return prep


def test_print_writes_the_pdf_and_opens_it(
    saved: Preparation,
    shipped_content: Content,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(printing, "open_in_viewer", lambda path: opened.append(path) or True)
    monkeypatch.chdir(tmp_path)
    assert main(["print", saved.id[:10]]) == 0
    [target] = opened
    assert target.suffix == ".pdf" and target.read_bytes().startswith(b"%PDF")
    out = capsys.readouterr().out
    assert str(target) in out
    # again: the coach's own PDF is replaced without asking
    assert main(["print", saved.id]) == 0


def test_print_goes_next_to_the_saved_sheet(
    saved: Preparation, tmp_path: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "open_in_viewer", lambda path: False)
    folder = tmp_path / "bladen"
    folder.mkdir()
    saved.sheet_path = str(folder / "mijn-blad.md")
    PreparationStore(private_home).save(saved)
    monkeypatch.chdir(tmp_path)
    assert main(["print", saved.id]) == 0
    assert (folder / "mijn-blad.pdf").read_bytes().startswith(b"%PDF")


def test_print_options_and_errors(
    saved: Preparation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(printing, "open_in_viewer", lambda path: pytest.fail("the viewer must not open"))
    other = tmp_path / "anders.pdf"
    other.write_text("niet van de coach", encoding="utf-8")
    assert main(["print", saved.id, "-o", str(other), "--niet-openen"]) == 1
    err = capsys.readouterr().err
    assert "bestaat al" in err and "--overschrijven" in err and "Traceback" not in err
    assert other.read_text(encoding="utf-8") == "niet van de coach"
    assert main(["print", saved.id, "-o", str(other), "--niet-openen", "--force"]) == 0
    assert other.read_bytes().startswith(b"%PDF")
    assert f"Het bestand is opgeslagen: {other}" in capsys.readouterr().out
    assert main(["print", "bestaat-niet", "--niet-openen"]) == 1
    assert "Ik vind geen voorbereiding" in capsys.readouterr().err


def test_print_does_not_load_textual_or_typst_until_needed() -> None:
    code = (
        "import sys; import gesprekscoach.cli.printing, gesprekscoach.sheet.printing, gesprekscoach.plain.app; "
        "print(any(m.startswith('textual') for m in sys.modules), 'typst' in sys.modules)"
    )
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert finished.stdout.split() == ["False", "False"]


# --------------------------------------------------------------------------- opening the PDF


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
def test_a_viewer_needs_a_graphical_session(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert printing.has_display(environ, platform) is expected


def test_no_viewer_without_a_graphical_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "has_display", lambda: False)
    monkeypatch.setattr(printing.subprocess, "Popen", lambda *a, **k: pytest.fail("nothing may start"))
    assert printing.open_in_viewer(tmp_path / "blad.pdf") is False


def test_the_viewer_is_the_systems_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[list[str]] = []

    class FakePopen:
        def __init__(self, command: list[str], **options: object) -> None:
            started.append(command)
            assert options["start_new_session"] is True

    monkeypatch.setattr(printing, "has_display", lambda: True)
    monkeypatch.setattr(printing.sys, "platform", "linux")
    monkeypatch.setattr(printing.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(printing.subprocess, "Popen", FakePopen)
    assert printing.open_in_viewer(tmp_path / "blad.pdf") is True
    assert started == [["/usr/bin/xdg-open", str((tmp_path / "blad.pdf").resolve())]]
    monkeypatch.setattr(printing.shutil, "which", lambda name: None)
    assert printing.open_in_viewer(tmp_path / "blad.pdf") is False


def test_pdf_is_a4(shipped_content: Content) -> None:
    from pdf_helpers import page_sizes

    for width, height in page_sizes(sheet_pdf(sheet_of(example_preparation(), shipped_content))):
        assert abs(width - A4[0]) < 2 and abs(height - A4[1]) < 2
    assert date.today()  # the sheet is made for any day
