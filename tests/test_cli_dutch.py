"""The command line in Dutch: what `log` says about an entry that sells you short, and `smart --volgend-gesprek`."""

from __future__ import annotations

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.content.loader import load_content

TEXTS = load_content(use_cache=False).checks


def test_log_says_when_an_entry_sells_you_short(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "Ik heb gewoon mijn werk gedaan.", "--today", "2027-03-10"]) == 0
    out = capsys.readouterr().out
    group = TEXTS.understatement.klein_maken
    assert out.startswith("Bewaard in je logboek (10 maart 2027).")
    assert f"{group.label}. Met 'heb gewoon mijn werk gedaan' maak je" in out
    assert f"  {group.question}" in out
    assert f"  {TEXTS.understatement.stronger_label}: Ik heb mijn werk gedaan." in out


def test_log_says_nothing_more_about_a_fine_entry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "Ik heb de klantpresentatie gegeven, met twaalf nieuwe leads.", "--today", "2027-03-10"]) == 0
    assert capsys.readouterr().out == "Bewaard in je logboek (10 maart 2027).\n"


def test_smart_warns_when_the_deadline_is_after_the_next_conversation(capsys: pytest.CaptureFixture[str]) -> None:
    goal = "Ik rond voor 1 december 2027 de cursus Excel af"
    assert main(["smart", goal, "--today", "2027-01-10", "--volgend-gesprek", "2027-06-01"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Let op: 1 december 2027 ligt na je volgende gesprek op 1 juni 2027." in out
    assert "Let op: Let op:" not in out


def test_smart_names_the_option_with_a_wrong_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["smart", "Ik rond de cursus af", "--volgend-gesprek", "morgen"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("--volgend-gesprek: De datum 'morgen' klopt niet.")
