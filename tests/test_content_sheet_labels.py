"""The sheet's words (`sheet/labels.yaml`) come through the one content loader, as `Content.sheet_labels`.

A content folder's own labels change the sheet, the summary and the carried-over items; a folder
without them gets the shipped ones; a broken labels file is reported by `inhoud controleer` with
its file and line, like any other content file; and the cache is checked again when it changes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gesprekscoach.content.loader import check_content, load_content
from gesprekscoach.content.models import Content
from gesprekscoach.paths import shipped_content_dir
from gesprekscoach.session.carry_over import kind_label
from gesprekscoach.sheet.markdown import render_sheet
from gesprekscoach.sheet.summary import build_summary
from gesprekscoach.store.models import CarryOverItem
from sheet_fixtures import _prep, example_preparation


@pytest.fixture
def own_pack(tmp_path: Path) -> Path:
    """A copy of the shipped Dutch content, without the sheet folder (as an HR department might start)."""
    root = tmp_path / "eigen"
    shutil.copytree(shipped_content_dir(), root, ignore=shutil.ignore_patterns("vlaanderen", "sheet"))
    return root


def _own_labels(root: Path, old: str, new: str) -> Path:
    """Write the pack's own sheet/labels.yaml: the shipped one with one text changed."""
    path = root / "sheet" / "labels.yaml"
    path.parent.mkdir(exist_ok=True)
    text = (shipped_content_dir() / "sheet" / "labels.yaml").read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in the shipped labels"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _content_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "inhoud", "controleer", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_a_folder_without_labels_gets_the_shipped_ones(own_pack: Path, shipped_content: Content) -> None:
    content = load_content(own_pack, use_cache=False)
    assert content.sheet_labels == shipped_content.sheet_labels
    assert f"## {shipped_content.sheet_labels.headings.agenda}\n" in render_sheet(example_preparation(), content)
    result = _content_check(own_pack)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("labels.yaml", "sheet.typ"):
        assert f"sheet/{name}: niet in deze map, de coach gebruikt het meegeleverde bestand" in result.stdout


def test_a_folders_own_labels_change_the_sheet_and_the_cache_follows(
    own_pack: Path, shipped_content: Content, private_home: Path
) -> None:
    shipped_heading = shipped_content.sheet_labels.headings.agenda
    _own_labels(own_pack, f"agenda: {shipped_heading}", "agenda: Onze eigen agenda")
    content = load_content(own_pack)  # checked, and kept in the cache
    sheet = render_sheet(example_preparation(), content)
    assert "## Onze eigen agenda\n" in sheet and f"## {shipped_heading}\n" not in sheet
    assert list((private_home / "cache").glob("inhoud-*.json"))

    # a change to the labels alone is never served from the old cache
    _own_labels(own_pack, f"agenda: {shipped_heading}", "agenda: Wat wij bespreken")
    again = load_content(own_pack)
    assert again.sheet_labels.headings.agenda == "Wat wij bespreken"
    assert "## Wat wij bespreken\n" in render_sheet(example_preparation(), again)
    # and the shipped content keeps its own words
    assert f"## {shipped_heading}\n" in render_sheet(example_preparation(), shipped_content)


def test_the_summary_and_the_carried_over_items_use_the_loaded_labels(own_pack: Path) -> None:
    _own_labels(own_pack, "title: Wat we hebben afgesproken", "title: Onze afspraken op een rij")
    path = own_pack / "sheet" / "labels.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("doel: Doel", "doel: Mijn doel", 1), encoding="utf-8")
    content = load_content(own_pack, use_cache=False)
    assert build_summary(_prep(), content).title == "Onze afspraken op een rij"
    item = CarryOverItem(id="x", kind="doel", text="Cursus", source_id="2026-01-15-planning")
    assert kind_label(item, content) == "Mijn doel"


def test_a_broken_labels_file_is_reported_with_its_line(own_pack: Path) -> None:
    path = _own_labels(own_pack, "title: Voorbereiding\n", "title: Voorbereiding\nonbekend: x\n")
    content, problems = check_content(own_pack)
    assert content is None
    lines = [str(problem) for problem in problems]
    assert any(line.startswith(f"{path}:7:") and "onbekend" in line for line in lines), lines

    result = _content_check(own_pack)
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{path}:7:" in result.stdout and "1 fout gevonden" in result.stdout


def test_a_label_with_a_wrong_placeholder_is_reported(own_pack: Path) -> None:
    path = _own_labels(own_pack, 'previous_text: "{gesprek}', 'previous_text: "{naam} {gesprek}')
    _content, problems = check_content(own_pack)
    assert [str(problem) for problem in problems] == [f"{path}:12: previous_text: onbekende plek om in te vullen: naam"]
