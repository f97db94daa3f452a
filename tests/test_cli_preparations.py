"""`gesprekscoach list` and `gesprekscoach export`: output, files, and errors in plain Dutch."""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from gesprekscoach.cli.preparations import cmd_export, cmd_list, display_width, format_table, terminal_safe
from gesprekscoach.store.models import AgendaItem, Answer
from gesprekscoach.store.preparations import PreparationStore

DATA = Path(__file__).parent / "data"
TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 22, 21, 15, tzinfo=TZ)


def _command() -> list[str]:
    script = Path(sys.executable).parent / "gesprekscoach"
    return [str(script)] if script.exists() else [sys.executable, "-m", "gesprekscoach"]


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GESPREKSCOACH_HOME": str(home)}
    env.pop("GESPREKSCOACH_CONTENT", None)
    return subprocess.run([*_command(), *args], capture_output=True, text=True, env=env, timeout=60, encoding="utf-8")


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


@pytest.fixture
def filled_home(private_home: Path) -> Path:
    """A home with two preparations, a damaged file and one from a newer version."""
    store = PreparationStore(private_home)
    prep = store.create("functionering", date(2026, 11, 23), "Anne de Vries", now=NOW)
    prep.answers["wat-ging-goed"] = Answer(text="Het project liep goed.", example="De klant was blij.")
    prep.agenda = [AgendaItem(text="De cursus Excel")]
    store.save(prep, now=NOW)
    store.create("planning", date(2027, 1, 12), now=NOW - timedelta(days=3))
    (store.folder / "kapot.yaml").write_text("id: [", encoding="utf-8")
    shutil.copy(DATA / "preparation-newer.yaml", store.folder / "2027-01-15-voortgang.yaml")
    return private_home


# --------------------------------------------------------------------------- list


def test_list_without_preparations(private_home: Path) -> None:
    result = run("list", home=private_home)
    assert result.returncode == 0
    assert "Je hebt nog geen voorbereidingen." in result.stdout
    _no_traceback(result)


def test_list_shows_an_aligned_table(filled_home: Path) -> None:
    result = run("list", home=filled_home)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "SOORT", "DATUM", "MET", "LAATST", "GEWIJZIGD"]
    assert lines[1].split()[:5] == ["2026-11-23-functionering", "functioneringsgesprek", "23-11-2026", "Anne", "de"]
    assert lines[2].split()[:4] == ["2027-01-12-planning", "planningsgesprek", "12-01-2027", "-"]
    # aligned: every column starts at the same place on every line
    for title in ("SOORT", "DATUM", "MET", "LAATST GEWIJZIGD"):
        column = lines[0].index(title)
        assert lines[1][column - 2 : column] == "  " and lines[1][column] != " "
        assert lines[2][column - 2 : column] == "  " and lines[2][column] != " "
    assert "2 voorbereidingen." in result.stdout
    # the damaged file is set aside (and said so), the newer one is mentioned and left alone
    assert "kapot.yaml is beschadigd" in result.stderr
    assert "nieuwere versie" in result.stderr
    assert (filled_home / "voorbereidingen" / "2027-01-15-voortgang.yaml").read_bytes() == (
        DATA / "preparation-newer.yaml"
    ).read_bytes()
    assert not (filled_home / "voorbereidingen" / "kapot.yaml").exists()
    assert len(list((filled_home / "beschadigd").iterdir())) == 1
    _no_traceback(result)


def test_list_shows_local_change_time(private_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = PreparationStore(private_home)
    store.create("pop", date(2026, 12, 1), now=NOW)
    assert cmd_list(argparse.Namespace(content=None)) == 0
    out = capsys.readouterr().out
    local = NOW.astimezone()
    assert f"{local:%d-%m-%Y %H:%M}" in out
    assert "POP-gesprek" in out


def test_list_keeps_working_when_the_content_is_broken(
    private_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    PreparationStore(private_home).create("functionering", date(2026, 11, 23), now=NOW)
    assert cmd_list(argparse.Namespace(content=tmp_path / "geen-inhoud")) == 0
    assert "2026-11-23-functionering  functionering" in capsys.readouterr().out


def test_list_never_prints_control_characters(private_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    PreparationStore(private_home).create(
        "functionering", date(2026, 11, 23), "Anne\x1b[2J\u202e\nde Vries 😀", now=NOW
    )
    assert cmd_list(argparse.Namespace(content=None)) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert "Anne [2J de Vries 😀" in out


def test_table_helpers() -> None:
    assert display_width("abc") == 3 and display_width("😀") == 2 and display_width("e\u0301") == 1
    assert terminal_safe("a\x1bb\tc\u200dd") == "a b c\u200dd"
    table = format_table(("A", "B"), [("😀", "x"), ("lang", "y")])
    assert table.splitlines() == ["A     B", "😀    x", "lang  y"]


# --------------------------------------------------------------------------- export


def test_export_to_stdout(filled_home: Path) -> None:
    result = run("export", "2026-11-23-functionering", home=filled_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "---\n    gesprek: functioneringsgesprek\n    datum: 2026-11-23\n    met: Anne de Vries\n---\n"
    )
    assert "# Voorbereiding functioneringsgesprek — maandag 23 november 2026\n" in result.stdout
    assert "**Voorbeeld:** De klant was blij." in result.stdout
    assert "\n### Afspraken\n\n| Wat" in result.stdout  # the whole sheet, up to the page that stays home
    assert result.stdout.endswith("\n") and "\n## Alleen voor mij\n" in result.stdout
    _no_traceback(result)


def test_export_by_prefix(filled_home: Path) -> None:
    result = run("export", "2027-01-12", home=filled_home)
    assert result.returncode == 0, result.stderr
    assert "# Voorbereiding planningsgesprek — dinsdag 12 januari 2027" in result.stdout


def test_export_to_a_file_refuses_to_overwrite_without_force(filled_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "blad.md"
    result = run("export", "2026-11-23-functionering", "-o", str(target), home=filled_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Het blad staat in" in result.stderr
    first = target.read_text(encoding="utf-8")
    assert first.startswith("---\n    gesprek: functioneringsgesprek")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    target.write_text("mijn eigen aantekeningen", encoding="utf-8")
    again = run("export", "2026-11-23-functionering", "-o", str(target), home=filled_home)
    assert again.returncode == 1
    assert "bestaat al" in again.stderr and "--overschrijven" in again.stderr
    assert target.read_text(encoding="utf-8") == "mijn eigen aantekeningen"
    _no_traceback(again)

    forced = run("export", "2026-11-23-functionering", "-o", str(target), "--force", home=filled_home)
    assert forced.returncode == 0, forced.stderr
    assert target.read_text(encoding="utf-8") == first


def test_export_to_a_folder_uses_the_sheet_file_name(filled_home: Path, tmp_path: Path) -> None:
    result = run("export", "2026-11-23", "-o", str(tmp_path), home=filled_home)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "voorbereiding-functioneringsgesprek-2026-11-23.md").is_file()


def test_export_to_a_file_points_to_the_print_command(filled_home: Path, tmp_path: Path) -> None:
    target = tmp_path / "blad.md"
    result = run("export", "2026-11-23-functionering", "-o", str(target), home=filled_home)
    assert result.returncode == 0, result.stderr
    assert "Om af te drukken: gesprekscoach afdrukken 2026-11-23-functionering" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blad.md"]  # only the sheet; the PDF comes from print
    _no_traceback(result)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "bestaat-niet"], "Ik vind geen voorbereiding die begint met 'bestaat-niet'"),
        (["export", "20"], "Er zijn 3 voorbereidingen die beginnen met '20'"),
        (["export", "../../etc/passwd"], "geen geldige naam"),
        (["export", "2027-01-15-voortgang"], "nieuwere versie"),
        (["export", "2026-11-23", "-o", "/bestaat/niet/blad.md"], "de map /bestaat/niet bestaat niet"),
    ],
)
def test_export_errors_are_dutch_without_traceback(filled_home: Path, args: list[str], message: str) -> None:
    result = run(*args, home=filled_home)
    assert result.returncode == 1
    assert message in result.stderr
    assert result.stdout == ""
    _no_traceback(result)


def test_export_with_broken_content_exits_2(filled_home: Path, tmp_path: Path) -> None:
    broken = tmp_path / "inhoud"
    broken.mkdir()
    result = run("--content", str(broken), "export", "2026-11-23", home=filled_home)
    assert result.returncode == 2
    assert "fouten" in result.stderr
    _no_traceback(result)


def test_export_in_process(private_home: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    prep = PreparationStore(private_home).create("pop", date(2026, 12, 1), "Zoë 😀", now=NOW)
    args = argparse.Namespace(content=None, id=prep.id, output=None, force=False)
    assert cmd_export(args) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert 'met: "Zoë 😀"' in out
    assert "# Voorbereiding POP-gesprek — dinsdag 1 december 2026" in out
