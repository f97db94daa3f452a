"""`gesprekscoach content check` warns about what is worth a look but is no error; the exit code stays 0."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.content.loader import check_content, check_warnings, load_content
from gesprekscoach.content.warnings import unreachable_from_chooser
from gesprekscoach.paths import content_dir_for, shipped_content_dir
from test_content import MINIMAL

PACKS = ("nederland", "vlaanderen")


def _folder(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _copy_of_the_shipped_content(tmp_path: Path) -> Path:
    target = tmp_path / "inhoud"
    shutil.copytree(shipped_content_dir(), target, ignore=shutil.ignore_patterns("vlaanderen"))
    return target


@pytest.mark.parametrize("pack", PACKS)
def test_the_shipped_packs_have_nothing_to_warn_about(pack: str, capsys: pytest.CaptureFixture[str]) -> None:
    content = load_content(content_dir_for(pack), use_cache=False)
    assert unreachable_from_chooser(content) == []
    assert check_warnings(content, content_dir_for(pack)) == []
    assert main(["content", "check", pack]) == 0
    assert "Let op" not in capsys.readouterr().out


def test_a_conversation_no_chooser_answer_points_to_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = dict(MINIMAL)
    files["chooser.yaml"] = files["chooser.yaml"].replace("points: {proef: 2}", "points: {proef: 0}")
    root = _folder(tmp_path / "inhoud", files)
    content, problems = check_content(root)
    assert problems == [] and content is not None
    assert [conv.id for conv in unreachable_from_chooser(content)] == ["proef"]
    assert main(["content", "check", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        f"Let op: {root / 'chooser.yaml'}: geen antwoord geeft punten aan 'proef' (proefgesprek): "
        "'Welk gesprek heb ik?' raadt het nooit aan"
    ) in out
    assert out[-1] == f"De inhoud in {root} is in orde."


def test_a_conversation_the_chooser_points_to_is_no_warning(tmp_path: Path) -> None:
    root = _folder(tmp_path / "inhoud", MINIMAL)
    content = load_content(root, use_cache=False)
    assert unreachable_from_chooser(content) == []


def test_an_avoided_form_is_a_warning_with_the_word_and_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy_of_the_shipped_content(tmp_path)
    path = root / "pitfalls.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Lees ze rustig door.", "Lees ze rustig door, of print je blad."), encoding="utf-8")
    line = next(number for number, row in enumerate(text.splitlines(), 1) if row.startswith("intro:"))
    assert main(["content", "check", str(root)]) == 0
    out = capsys.readouterr().out
    meaning = next(
        term.meaning for term in load_content(root, use_cache=False).glossary.terms if term.word == "afdrukken"
    )
    assert f"Let op: {path}:{line}: schrijf 'afdrukken' in plaats van 'print je' (woordenlijst: {meaning})" in out
    assert out.count("Let op:") == 1
    assert "is in orde." in out


def test_a_folder_with_errors_gets_no_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = dict(MINIMAL)
    files["chooser.yaml"] = files["chooser.yaml"].replace("points: {proef: 2}", "points: {onbekend: 2}")
    root = _folder(tmp_path / "inhoud", files)
    assert main(["content", "check", str(root)]) == 2
    assert "Let op" not in capsys.readouterr().out
