"""Tests for `gesprekscoach smart` / `gesprekscoach feedback` (cli.checks) and the check texts (checks.yaml)."""

from __future__ import annotations

import argparse
import io
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from gesprekscoach.checks.smart import check_goal
from gesprekscoach.cli.checks import _marks, cmd_feedback, cmd_smart, format_smart
from gesprekscoach.content import yaml_reader
from gesprekscoach.content.loader import CHECKS_FILE, ContentError, check_check_texts, load_check_texts
from gesprekscoach.content.models import CheckTexts
from gesprekscoach.content.templates import fill
from gesprekscoach.paths import shipped_content_dir

TEXTS = load_check_texts(shipped_content_dir(), use_cache=False)
GOAL = "Ik wil voor 1 juli 2027 de cursus Excel afronden."


def _smart_args(
    text: str, *, as_json: bool = False, today: str | None = "2026-02-10", **extra: Any
) -> argparse.Namespace:
    return argparse.Namespace(text=text, json=as_json, today=today, content=None, **extra)


def _feedback_args(text: str, *, as_json: bool = False) -> argparse.Namespace:
    return argparse.Namespace(text=text, json=as_json, content=None)


# --------------------------------------------------------------------------- gesprekscoach smart


def test_smart_json_prints_one_object_with_the_exact_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_smart(_smart_args(GOAL, as_json=True)) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert list(data) == ["specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden", "deadline"]
    for letter in ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden"):
        assert list(data[letter]) == ["ok", "reden", "hint"]
    assert data["specifiek"]["ok"] is True
    assert data["meetbaar"]["ok"] is True
    assert data["acceptabel"]["ok"] is None
    assert data["realistisch"]["ok"] is None
    assert data["tijdgebonden"]["ok"] is True
    assert data["deadline"] == "2027-07-01"


def test_smart_json_resolves_relative_deadlines_with_today(capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_smart(_smart_args("Ik wil binnen zes weken de cursus afronden.", as_json=True, today="2026-11-23")) == 0
    assert json.loads(capsys.readouterr().out)["deadline"] == "2027-01-04"


def test_smart_readable_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_smart(_smart_args("Ik wil beter worden in mijn werk.")) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Doel: Ik wil beter worden in mijn werk."
    assert any(line.startswith("S  Specifiek     ") for line in lines)
    assert any(line.startswith("M  Meetbaar      ") for line in lines)
    assert any(line.startswith("A  Acceptabel    ") for line in lines)
    assert any(line.startswith("R  Realistisch   ") for line in lines)
    assert any(line.startswith("T  Tijdgebonden  ") for line in lines)
    assert "Noem een aantal, percentage of resultaat dat je kunt aanwijzen." in " ".join(out.split())
    assert "Uiterlijk: geen datum gevonden" in out


def test_smart_readable_shows_the_deadline_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_smart(_smart_args(GOAL)) == 0
    out = capsys.readouterr().out
    assert "Uiterlijk: 1 juli 2027" in out
    assert "T  Tijdgebonden  ✓" in out


def test_smart_ascii_terminal_gets_plain_marks() -> None:
    stream = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    marks = _marks(stream)
    assert set(marks.values()) == {"v", "x", "?"}
    text = format_smart(GOAL, check_goal(GOAL, today=date(2026, 2, 10), texts=TEXTS), TEXTS, marks)
    assert "S  Specifiek     v" in text


def test_smart_without_today_uses_the_real_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_smart(_smart_args(GOAL, as_json=True, today=None)) == 0
    assert json.loads(capsys.readouterr().out)["deadline"] == "2027-07-01"


@pytest.mark.parametrize("today", ["2026-13-01", "morgen", "23-11-2026", ""])
def test_smart_wrong_today_is_a_dutch_error(today: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_smart(_smart_args(GOAL, today=today)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--vandaag" in captured.err and "JJJJ-MM-DD" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize("text", ["", "   "])
def test_smart_empty_goal_is_a_dutch_error(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_smart(_smart_args(text, as_json=True)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "doel" in captured.err


def test_smart_namespace_without_optional_attributes(capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(text=GOAL, json=True, today="2026-02-10")
    assert cmd_smart(args) == 0
    assert json.loads(capsys.readouterr().out)["deadline"] == "2027-07-01"


def test_smart_next_meeting_when_given(capsys: pytest.CaptureFixture[str]) -> None:
    args = _smart_args("Ik wil eind 2026 de cursus afronden.", next_meeting="2026-11-23")
    assert cmd_smart(args) == 0
    assert "23 november 2026" in capsys.readouterr().out


def test_smart_through_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from gesprekscoach.cli.main import main

    assert main(["smart", "--json", "--today", "2026-02-10", "Ik wil volgend jaar maart mijn diploma halen."]) == 0
    assert json.loads(capsys.readouterr().out)["deadline"] == "2027-03-31"


# --------------------------------------------------------------------------- gesprekscoach feedback


def test_feedback_json_prints_one_object_with_the_exact_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_feedback(_feedback_args("Jij luistert nooit naar mijn ideeën.", as_json=True)) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["constructief", "signalen", "voorstel"]
    assert data["constructief"] is False
    assert [s["soort"] for s in data["signalen"]] == ["absoluut", "jij_boodschap", "geen_situatie"]
    for signal in data["signalen"]:
        assert list(signal) == ["soort", "woorden", "uitleg"]
    assert data["signalen"][0]["woorden"] == ["nooit"]
    assert data["voorstel"].startswith("Ik merk dat je zelden naar mijn ideeën luistert")


def test_feedback_uses_the_template_of_the_content(capsys: pytest.CaptureFixture[str]) -> None:
    from gesprekscoach.content.loader import load_content

    template = load_content().feedback.ik_template
    head = template.split("{situatie}")[0]
    assert cmd_feedback(_feedback_args("Jij luistert nooit naar mijn ideeën.", as_json=True)) == 0
    assert json.loads(capsys.readouterr().out)["voorstel"].startswith(head)


def test_feedback_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_feedback(_feedback_args("Jij luistert nooit naar mijn ideeën.")) == 0
    out = capsys.readouterr().out
    texts = TEXTS
    assert out.startswith("Zin: Jij luistert nooit naar mijn ideeën.")
    assert texts.cli.constructive_no in out
    assert f"! {texts.feedback.signals.absoluut.label}: 'nooit'" in out
    assert f"{texts.cli.proposal}:" in out


def test_feedback_readable_constructive(capsys: pytest.CaptureFixture[str]) -> None:
    sentence = (
        "In het teamoverleg van maandag kwam mijn punt niet aan bod. Kunnen we het volgende keer eerst bespreken?"
    )
    assert cmd_feedback(_feedback_args(sentence)) == 0
    out = capsys.readouterr().out
    assert TEXTS.cli.constructive_yes in out
    assert TEXTS.cli.proposal not in out


def test_feedback_empty_sentence_is_a_dutch_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_feedback(_feedback_args("  ", as_json=True)) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "zin" in captured.err


def test_feedback_through_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    from gesprekscoach.cli.main import main

    assert main(["feedback", "--json", "Je bent onredelijk."]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["constructief"] is False
    assert "oordeel" in [s["soort"] for s in data["signalen"]]


# --------------------------------------------------------------------------- content/checks.yaml


def _shipped_data() -> dict[str, Any]:
    return yaml.safe_load((shipped_content_dir() / CHECKS_FILE).read_text(encoding="utf-8"))


def _problems_of(folder: Path, data: dict[str, Any]) -> list[str]:
    """The problems the loader reports for check texts `data` written as the folder's checks.yaml."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CHECKS_FILE).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    texts, problems = check_check_texts(folder)
    assert texts is None
    return [str(problem) for problem in problems]


def _line_of(folder: Path, text: str) -> int:
    rows = (folder / CHECKS_FILE).read_text(encoding="utf-8").splitlines()
    return next(number for number, row in enumerate(rows, 1) if text in row)


def test_shipped_check_texts_load() -> None:
    texts = load_check_texts(shipped_content_dir())
    assert isinstance(texts, CheckTexts)
    assert texts.smart.meetbaar.name == "Meetbaar"
    assert "{situatie}" in texts.feedback.ik_template and "{wens}" in texts.feedback.ik_template


def test_unknown_key_is_an_error(tmp_path: Path) -> None:
    data = _shipped_data()
    data["smart"]["meetbaar"]["typo"] = "x"
    [problem] = _problems_of(tmp_path, data)
    assert problem.startswith(f"{tmp_path / CHECKS_FILE}:{_line_of(tmp_path, 'typo:')}: ")
    assert "smart.meetbaar.typo: onbekend veld 'typo'" in problem


def test_unknown_placeholder_is_an_error(tmp_path: Path) -> None:
    data = _shipped_data()
    data["smart"]["meetbaar"]["hint_ok"] = "Kijk naar {getal}."
    [problem] = _problems_of(tmp_path, data)
    assert "getal" in problem and f"{CHECKS_FILE}:" in problem


def test_missing_placeholder_is_an_error(tmp_path: Path) -> None:
    data = _shipped_data()
    data["feedback"]["ik_template"] = "Ik merk dat {situatie}."
    [problem] = _problems_of(tmp_path, data)
    assert problem.startswith(f"{tmp_path / CHECKS_FILE}:{_line_of(tmp_path, 'ik_template:')}: ")
    assert "{wens}" in problem


def test_broken_braces_are_an_error(tmp_path: Path) -> None:
    data = _shipped_data()
    data["cli"]["tip"] = "Tip {"
    [problem] = _problems_of(tmp_path, data)
    assert "accolades" in problem


def test_folder_without_checks_yaml_falls_back_to_the_shipped_one(tmp_path: Path) -> None:
    assert load_check_texts(tmp_path) == load_check_texts(shipped_content_dir())


def test_missing_folder_is_an_error_not_the_shipped_texts(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="bestaat niet"):
        load_check_texts(tmp_path / "nergens")


def test_broken_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / CHECKS_FILE).write_text("smart:\n  meetbaar: [\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"checks\.yaml:\d+: YAML-fout"):
        load_check_texts(tmp_path)


def test_broken_check_texts_in_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / CHECKS_FILE).write_text("smart: {}\n", encoding="utf-8")
    args = argparse.Namespace(text=GOAL, json=True, today="2026-02-10", content=tmp_path)
    assert cmd_smart(args) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "checks.yaml" in captured.err and "Traceback" not in captured.err
    assert f"{tmp_path / CHECKS_FILE}:1: " in captured.err


def test_custom_check_texts_in_a_content_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _shipped_data()
    data["cli"]["goal"] = "Mijn doel"
    (tmp_path / CHECKS_FILE).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    args = argparse.Namespace(text=GOAL, json=False, today="2026-02-10", content=tmp_path)
    assert cmd_smart(args) == 0
    assert capsys.readouterr().out.startswith("Mijn doel: ")


def _own_content(tmp_path: Path) -> Path:
    """A copy of the shipped content whose checks.yaml has its own texts for Meetbaar and a signal."""
    folder = tmp_path / "eigen"
    shutil.copytree(shipped_content_dir(), folder)
    data = _shipped_data()
    data["smart"]["meetbaar"]["missing"] = "Eigen tekst: er staat geen getal in."
    data["feedback"]["signals"]["absoluut"]["explanation"] = "Eigen uitleg over altijd en nooit."
    (folder / CHECKS_FILE).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


def test_smart_and_feedback_use_the_check_texts_of_content_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--content` and GESPREKSCOACH_CONTENT reach the check texts; the JSON keeps its shape."""
    from gesprekscoach.cli.main import main

    folder = _own_content(tmp_path)
    assert (
        main(["--content", str(folder), "smart", "--json", "--today", "2026-02-10", "Ik wil de cursus Excel volgen."])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden", "deadline"]
    assert data["meetbaar"]["reden"] == "Eigen tekst: er staat geen getal in."
    monkeypatch.setenv("GESPREKSCOACH_CONTENT", str(folder))
    assert main(["feedback", "--json", "Jij luistert nooit."]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["constructief", "signalen", "voorstel"]
    assert data["signalen"][0] == {
        "soort": "absoluut",
        "woorden": ["nooit"],
        "uitleg": "Eigen uitleg over altijd en nooit.",
    }


def test_loader_uses_a_safe_loader(tmp_path: Path) -> None:
    expected = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert yaml_reader.SafeLoader is expected
    (tmp_path / CHECKS_FILE).write_text("smart: !!python/object/apply:os.getcwd []\n", encoding="utf-8")
    with pytest.raises(ContentError, match="YAML-tag is niet toegestaan"):
        load_check_texts(tmp_path)


def test_fill_leaves_unknown_placeholders() -> None:
    assert fill("{datum} en {gesprek}", datum="1 juli") == "1 juli en {gesprek}"
