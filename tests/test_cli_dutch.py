"""The command line in Dutch: Dutch command and option names (the English ones still work), what
`logboek` says about an entry that sells you short, and `smart --volgend-gesprek`."""

from __future__ import annotations

from pathlib import Path

import pytest

from gesprekscoach.cli.arguments import COMMAND_ALIASES, build_parser, parse_arguments
from gesprekscoach.cli.main import main
from gesprekscoach.content.loader import load_content

TEXTS = load_content(use_cache=False).checks
REPO = Path(__file__).resolve().parent.parent


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


# --------------------------------------------------------------------------- Dutch names, English aliases

ALIASES: list[tuple[list[str], list[str]]] = [
    (["lijst"], ["list"]),
    (["lijst", "jaargesprek"], ["list", "jaargesprek"]),
    (["exporteer", "ID", "-o", "blad.md", "--overschrijven"], ["export", "ID", "-o", "blad.md", "--force"]),
    (["exporteer", "ID", "-f", "--volledig"], ["export", "ID", "--force", "--volledig"]),
    (["afdrukken", "ID", "--pdf", "blad.pdf", "--overschrijven"], ["print", "ID", "--pdf", "blad.pdf", "--force"]),
    (["afdrukken", "ID", "--niet-openen"], ["print", "ID", "--niet-openen"]),
    (["logboek", "Gelukt", "--vandaag", "2027-03-10"], ["log", "Gelukt", "--today", "2027-03-10"]),
    (["logboek", "--nu", "2027-03-10T10:15", "--alles"], ["log", "--now", "2027-03-10T10:15", "--alles"]),
    (["inhoud", "controleer"], ["content", "check"]),
    (["inhoud", "controleer", "vlaanderen"], ["content", "check", "vlaanderen"]),
    (["inhoud", "schema", "smart"], ["content", "schema", "smart"]),
    (["inhoud", "controleer"], ["inhoud", "check"]),
    (["inhoud", "controleer"], ["content", "controleer"]),
    (
        ["smart", "Mijn doel", "--vandaag", "2027-01-10", "--json"],
        ["smart", "Mijn doel", "--today", "2027-01-10", "--json"],
    ),
    (["feedback", "Mijn zin", "--json"], ["feedback", "Mijn zin", "--json"]),
]


@pytest.mark.parametrize(("dutch", "english"), ALIASES, ids=[" ".join(english) for _, english in ALIASES])
def test_the_english_names_are_aliases_of_the_dutch_ones(dutch: list[str], english: list[str]) -> None:
    parser = build_parser()
    assert parse_arguments(parser, english) == parse_arguments(parser, dutch)


def test_every_command_comes_back_by_its_dutch_name() -> None:
    parser = build_parser()
    for english, dutch in COMMAND_ALIASES.items():
        argv = (
            [english, "check"]
            if english == "content"
            else [english, "ID"]
            if english in ("export", "print", "calendar")
            else [english]
        )
        assert parse_arguments(parser, argv).command == dutch
    assert parse_arguments(parser, ["content", "check"]).content_command == "controleer"


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def test_help_shows_the_dutch_commands_only(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help([], capsys)
    rows = out.split("  OPDRACHT\n", 1)[1].split("\n\n")[0].splitlines()
    listed = [row.split()[0] for row in rows if not row.startswith(" " * 6)]  # not a help text on its own line
    assert listed == [
        "inhoud",
        "lijst",
        "exporteer",
        "afdrukken",
        "logboek",
        "instellingen",
        "smart",
        "feedback",
        "agenda",
        "kalender",
    ]
    for english in COMMAND_ALIASES:
        assert f" {english} " not in out


@pytest.mark.parametrize(
    ("argv", "shown", "hidden"),
    [
        (["logboek"], ["--vandaag", "--nu"], ["--today", "--now"]),
        (["smart"], ["--vandaag", "--volgend-gesprek", "--json"], ["--today"]),
        (["exporteer"], ["-f, --overschrijven"], ["--force"]),
        (["afdrukken"], ["-f, --overschrijven"], ["--force"]),
        (["inhoud"], ["controleer", "schema"], ["check"]),
        (["lijst"], ["GESPREK"], []),
    ],
)
def test_help_of_a_command_shows_the_dutch_options(
    argv: list[str], shown: list[str], hidden: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _help(argv, capsys)
    assert out.startswith(f"gebruik: gesprekscoach {argv[0]} ")
    for option in shown:
        assert option in out
    for option in hidden:
        assert option not in out


def test_an_unknown_command_lists_the_dutch_names(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["lijsten"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert (
        "onbekende keuze: 'lijsten' (kies uit 'inhoud', 'lijst', 'exporteer', 'afdrukken', 'logboek', "
        "'instellingen', 'smart', 'feedback', 'agenda', 'kalender')" in err
    )


def test_the_dutch_and_english_commands_do_the_same(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["logboek", "Demo gegeven", "--vandaag", "2027-03-10"]) == 0
    assert main(["log", "Klant blij", "--today", "2027-03-11"]) == 0
    capsys.readouterr()
    assert main(["logboek", "--vandaag", "2027-03-12", "--alles"]) == 0
    dutch = capsys.readouterr().out
    assert main(["log", "--today", "2027-03-12", "--alles"]) == 0
    assert capsys.readouterr().out == dutch
    assert "Demo gegeven" in dutch and "Klant blij" in dutch
    assert main(["inhoud", "controleer"]) == 0
    checked = capsys.readouterr().out
    assert main(["content", "check"]) == 0
    assert capsys.readouterr().out == checked
    assert main(["lijst"]) == 0
    listed = capsys.readouterr().out
    assert main(["list"]) == 0
    assert capsys.readouterr().out == listed


def test_the_readme_table_names_every_command_in_dutch() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Handige opdrachten", 1)[1].split("###", 1)[0]
    commands = {row.split("`")[1].split()[1] for row in table.splitlines() if row.startswith("| `gesprekscoach ")}
    assert {"lijst", "exporteer", "afdrukken", "logboek", "inhoud", "smart", "feedback"} <= commands
    assert not commands & set(COMMAND_ALIASES)
