"""The commands for before and after the meeting: `agenda`, `kalender`, `log --tag` and `log --overzicht`."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.content.models import Content
from gesprekscoach.session.commands import AddAgreement, AddListItem, Area
from gesprekscoach.store.wins_log import WinsLogStore
from session_helpers import fixed_clock, new_session


def _run(args: list[str], home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GESPREKSCOACH_HOME": str(home), "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(
        [sys.executable, "-m", "gesprekscoach.cli.main", *args], env=env, capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture
def home(tmp_path: Path, shipped_content: Content, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    session = new_session(shipped_content, folder, meeting=date(2027, 3, 12), clock=fixed_clock(date(2027, 3, 13)))
    session.apply(AddListItem(Area.AGENDA, "Een cursus Excel"))
    session.apply(AddAgreement("Cursus aanvragen", "ik", "voor 1 mei 2027"))
    assert session.save_now().ok
    monkeypatch.setenv("GESPREKSCOACH_HOME", str(folder))
    return folder


def test_agenda_prints_the_message_and_saves_it(home: Path, tmp_path: Path) -> None:
    result = _run(["agenda", "2027-03-12", "-o", "agenda.txt"], home, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Agenda voor ons functioneringsgesprek van 12 maart 2027" in result.stdout
    assert "- Een cursus Excel" in (tmp_path / "agenda.txt").read_text(encoding="utf-8")


def test_agenda_mail_opens_only_when_asked_and_says_when_it_cannot(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or False)
    assert main(["agenda", "2027-03-12"]) == 0
    assert opened == []
    assert main(["agenda", "2027-03-12", "--mail"]) == 1
    assert opened[0].startswith("mailto:?subject=Agenda%20voor%20ons")
    assert "kon ik niet openen" in capsys.readouterr().out


def test_kalender_writes_an_ics_file(home: Path, tmp_path: Path) -> None:
    result = _run(["kalender", "2027-03-12", "-o", "afspraken.ics"], home, tmp_path)
    assert result.returncode == 0, result.stderr
    data = (tmp_path / "afspraken.ics").read_bytes()
    assert b"SUMMARY:Afspraak: Cursus aanvragen (ik)" in data and b"DTSTART;VALUE=DATE:20270501" in data
    again = _run(["calendar", "2027-03-12", "-o", "afspraken.ics"], home, tmp_path)
    assert again.returncode == 1 and "bestaat al" in again.stderr


def test_log_with_a_tag_and_the_overview(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "Klant blij", "--tag", "Klant", "--today", "2027-04-02"]) == 0
    assert WinsLogStore(home).load().entries[0].tags == ["klant"]
    result = _run(
        ["log", "--overzicht", "--van", "2027-01-01", "--tot", "2027-06-30", "-o", "overzicht.md"], home, tmp_path
    )
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "overzicht.md").read_text(encoding="utf-8")
    assert "### Label: klant" in text and "- 2 april 2027: Klant blij" in text
    with pytest.raises(SystemExit):
        main(["log", "--overzicht", "--van", "gisteren"])
    assert "geen datum" in capsys.readouterr().err
