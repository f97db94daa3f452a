"""`gesprekscoach inhoud controleer` remembers its report for an unchanged folder, and only then.

The report of a folder depends on the bytes of its files and on the code; a second check of the
same bytes prints the same report without checking again, any change checks again.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gesprekscoach.cli import content_check
from gesprekscoach.cli.main import main
from gesprekscoach.paths import shipped_content_dir


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped content, to change."""
    target = tmp_path / "inhoud"
    shutil.copytree(shipped_content_dir(), target)
    return target


def _checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = content_check.content_report

    def counted(directory: Path) -> tuple[list[str], int]:
        calls.append(directory)
        return real(directory)

    monkeypatch.setattr(content_check, "content_report", counted)
    return calls


def test_an_unchanged_folder_gets_the_same_report_without_a_new_check(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _checks(monkeypatch)
    assert main(["inhoud", "controleer", str(folder)]) == 0
    first = capsys.readouterr().out
    assert f"De inhoud in {folder} is in orde." in first
    assert main(["inhoud", "controleer", str(folder)]) == 0
    assert capsys.readouterr().out == first
    assert calls == [folder]


def test_one_changed_byte_checks_again_and_reports_the_problem(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = _checks(monkeypatch)
    assert main(["inhoud", "controleer", str(folder)]) == 0
    capsys.readouterr()
    smart = folder / "smart.yaml"
    smart.write_text(smart.read_text(encoding="utf-8") + "\nonbekend_veld: 1\n", encoding="utf-8")
    assert main(["inhoud", "controleer", str(folder)]) == 2
    broken = capsys.readouterr().out
    assert "smart.yaml:" in broken and "gevonden in" in broken
    assert main(["inhoud", "controleer", str(folder)]) == 2  # the problem is remembered too, and told again
    assert capsys.readouterr().out == broken
    assert len(calls) == 2


def test_a_new_template_in_the_folder_checks_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "sheet" / "letter.typ").unlink(missing_ok=True)
    calls = _checks(monkeypatch)
    main(["inhoud", "controleer", str(folder)])
    assert "sheet/letter.typ: niet in deze map" in capsys.readouterr().out
    shutil.copy(shipped_content_dir() / "sheet" / "letter.typ", folder / "sheet" / "letter.typ")
    main(["inhoud", "controleer", str(folder)])
    assert "sheet/letter.typ: aanwezig" in capsys.readouterr().out
    assert len(calls) == 2


@pytest.mark.parametrize("cache_text", ["geen json", '{"format": 1, "reports": {"x": 1}}', "[]"])
def test_a_broken_report_cache_only_costs_time(
    folder: Path, private_home: Path, capsys: pytest.CaptureFixture[str], cache_text: str
) -> None:
    main(["inhoud", "controleer", str(folder)])
    first = capsys.readouterr().out
    (private_home / "cache" / f"{content_check.REPORT_CACHE}.json").write_text(cache_text, encoding="utf-8")
    assert main(["inhoud", "controleer", str(folder)]) == 0
    assert capsys.readouterr().out == first


def test_a_tampered_report_of_the_wrong_shape_is_not_printed(
    folder: Path, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["inhoud", "controleer", str(folder)])
    first = capsys.readouterr().out
    path = private_home / "cache" / f"{content_check.REPORT_CACHE}.json"
    text = path.read_text(encoding="utf-8").replace('"code": 0', '"code": 7')
    path.write_text(text, encoding="utf-8")
    assert main(["inhoud", "controleer", str(folder)]) == 0
    assert capsys.readouterr().out == first
