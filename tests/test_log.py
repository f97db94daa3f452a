"""The wins log: the file on disk, goals, periods, and the `gesprekscoach log` command."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from gesprekscoach.cli.main import main
from gesprekscoach.store.models import Goal, LogEntry
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import (
    LOG_FILE,
    MAX_ENTRY_LENGTH,
    GoalNotFound,
    LogError,
    WinsLogStore,
    current_goals,
    entries_between,
    period_start,
    previous_meeting,
    resolve_goal,
)
from year_helpers import FUNCTIONING_DAY, GOAL_COURSE, GOAL_PRESENT, PLANNING_DAY, TZ, at, make_planning

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def home(private_home: Path) -> Path:
    """The data home the command line uses too (GESPREKSCOACH_HOME)."""
    return private_home


# --------------------------------------------------------------------------- the file


def test_add_saves_privately_and_reads_back(home: Path) -> None:
    store = WinsLogStore(home)
    assert store.load().entries == []
    entry = store.add("  Klantpresentatie gegeven 🎉\n", now=at(date(2027, 3, 12)))
    assert entry.text == "Klantpresentatie gegeven 🎉" and entry.id == "20270312-200000"
    second = store.add("Nog een", now=at(date(2027, 3, 12)), private=True)
    assert second.id == "20270312-200000-2"
    path = home / LOG_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert path.read_text(encoding="utf-8").startswith("# Het logboek van gesprekscoach")
    loaded = WinsLogStore(home).load()
    assert loaded.entries == [entry, second]
    assert loaded.entries[1].private is True
    assert sorted(p.name for p in home.iterdir()) == [f".{LOG_FILE}.lock", LOG_FILE]  # no temp files left


def test_update_and_remove(home: Path) -> None:
    store = WinsLogStore(home)
    entry = store.add("Eerst", now=at(date(2027, 3, 1)))
    entry.text, entry.private = "Daarna", True
    store.update(entry)
    assert [(e.text, e.private) for e in store.load().entries] == [("Daarna", True)]
    store.remove(entry.id)
    store.remove(entry.id)  # gone already: nothing happens
    assert store.load().entries == []
    with pytest.raises(LogError, match="staat niet meer"):
        store.update(entry)


@pytest.mark.parametrize("text", ["", "   \n\t", "\x00\x1b"])
def test_an_empty_entry_is_refused_in_dutch(home: Path, text: str) -> None:
    with pytest.raises(LogError, match="Er staat nog niets in"):
        WinsLogStore(home).add(text, now=at(date(2027, 3, 1)))
    assert not (home / LOG_FILE).exists()


def test_a_very_long_entry_is_refused(home: Path) -> None:
    with pytest.raises(LogError, match="te lang"):
        WinsLogStore(home).add("a" * (MAX_ENTRY_LENGTH + 1), now=at(date(2027, 3, 1)))


@pytest.mark.parametrize(
    "content",
    [b"entries: [", b"- just\n- a list\n", b"\xff\xfe", b"entries:\n- id: 1\n  at: geen datum\n  text: x\n"],
)
def test_a_damaged_log_is_set_aside_never_lost(home: Path, content: bytes) -> None:
    home.mkdir(exist_ok=True)
    (home / LOG_FILE).write_bytes(content)
    store = WinsLogStore(home)
    store.add("Nieuw punt", now=at(date(2027, 3, 1)))
    assert [e.text for e in store.load().entries] == ["Nieuw punt"]
    kept = list((home / "beschadigd").iterdir())
    assert [p.read_bytes() for p in kept] == [content]
    assert len(store.moved) == 1 and "Er is niets weggegooid" in store.moved[0].message()


def test_a_log_from_a_newer_version_is_never_changed(home: Path) -> None:
    home.mkdir(exist_ok=True)
    path = home / LOG_FILE
    path.write_bytes(b"schema_version: 99\nentries: []\nmood: 4\n")
    before = path.read_bytes()
    with pytest.raises(LogError, match="nieuwere versie"):
        WinsLogStore(home).add("x", now=at(date(2027, 3, 1)))
    assert path.read_bytes() == before


def test_a_failed_write_says_why_in_dutch(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gesprekscoach.store.wins_log as log_module

    def full_disk(target: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(log_module, "atomic_write_bytes", full_disk)
    with pytest.raises(LogError, match="de schijf is vol"):
        WinsLogStore(home).add("x", now=at(date(2027, 3, 1)))


def test_an_empty_file_is_an_empty_log(home: Path) -> None:
    home.mkdir(exist_ok=True)
    (home / LOG_FILE).write_text("# alleen commentaar\n", encoding="utf-8")
    assert WinsLogStore(home).load().entries == []


# --------------------------------------------------------------------------- goals and periods


def test_resolve_goal_by_id_number_or_text(home: Path) -> None:
    store = PreparationStore(home)
    planning = make_planning(store)
    today = date(2027, 3, 1)
    preps = store.list().preparations
    assert resolve_goal(preps, "doel-2", today)[1].text == GOAL_COURSE
    assert resolve_goal(preps, "2", today)[1].text == GOAL_COURSE
    assert resolve_goal(preps, "Doel 1", today)[1].text == GOAL_PRESENT
    source, goal = resolve_goal(preps, "ik rond", today)
    assert (source.id, goal.id) == (planning.id, "doel-2")
    with pytest.raises(GoalNotFound) as raised:
        resolve_goal(preps, "doel-7", today)
    assert "doel-1: " + GOAL_PRESENT in str(raised.value) and "--doel doel-1" in str(raised.value)
    with pytest.raises(GoalNotFound, match="nog geen doelen"):
        resolve_goal([], "1", today)
    with pytest.raises(GoalNotFound):
        resolve_goal(preps, "ik", today)  # both goals start with 'Ik': not one


def test_current_goals_are_those_of_the_latest_meeting_with_goals(home: Path) -> None:
    store = PreparationStore(home)
    planning = make_planning(store)
    later = store.create("functionering", FUNCTIONING_DAY, now=at(date(2027, 6, 1)))
    later.goals = [Goal(text="Nieuw doel na de zomer")]
    store.save(later, now=at(date(2027, 6, 1)))
    empty = store.create("voortgang", date(2027, 3, 1), now=at(date(2027, 2, 1)))
    preps = [planning, later, empty]
    assert current_goals(preps, date(2027, 4, 1))[0].id == planning.id  # type: ignore[index]
    assert current_goals(preps, date(2027, 7, 1))[0].id == later.id  # type: ignore[index]
    assert current_goals(preps, date(2026, 12, 1))[0].id == planning.id  # type: ignore[index]  # the next one
    assert current_goals([empty], date(2027, 4, 1)) is None


def test_period_start_and_previous_meeting(home: Path) -> None:
    store = PreparationStore(home)
    planning = make_planning(store)
    assert period_start([planning], date(2027, 3, 1)) == (PLANNING_DAY, planning)
    assert period_start([planning], PLANNING_DAY) == (PLANNING_DAY, planning)
    assert period_start([planning], date(2027, 1, 14)) == (date(2026, 1, 14), None)
    assert period_start([], date(2028, 2, 29)) == (date(2027, 2, 28), None)
    assert previous_meeting([planning], PLANNING_DAY) is None
    assert previous_meeting([planning], PLANNING_DAY + timedelta(days=1)) == planning


def test_entries_between_includes_both_days(home: Path) -> None:
    store = WinsLogStore(home)
    for day in (1, 2, 3, 4):
        store.add(f"dag {day}", now=datetime(2027, 3, day, 23, 59, tzinfo=TZ))
    log = store.load()
    assert [e.text for e in entries_between(log, date(2027, 3, 2), date(2027, 3, 3))] == ["dag 2", "dag 3"]
    assert [e.text for e in entries_between(log, date(2027, 3, 3))] == ["dag 3", "dag 4"]


# --------------------------------------------------------------------------- the command


def test_log_command_adds_with_a_goal_and_lists_this_period(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = PreparationStore(home)
    make_planning(store)
    assert main(["log", "Eerste klantpresentatie gegeven", "--doel", "doel-1", "--now", "2027-02-03T16:30"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"Bewaard in je logboek (3 februari 2027), bij je doel '{GOAL_PRESENT}'."
    assert main(["log", "Complimentje", "van", "een", "klant", "--today", "2027-03-04", "--prive"]) == 0
    assert "alleen voor jou" in capsys.readouterr().out
    assert main(["log", "Van voor de planning", "--today", "2027-01-02"]) == 0
    capsys.readouterr()

    entries = WinsLogStore(home).load().entries
    assert [(e.text, e.goal, e.private) for e in entries] == [
        ("Eerste klantpresentatie gegeven", "doel-1", False),
        ("Complimentje van een klant", None, True),
        ("Van voor de planning", None, False),
    ]
    assert entries[0].at.hour == 16 and entries[0].goal_source == "2027-01-15-planning"

    assert main(["log", "--today", "2027-03-10"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Je logboek sinds je planningsgesprek van 15 januari 2027 (2 punten):"
    assert f"Doel: {GOAL_PRESENT} (doel-1)\n  3 februari 2027: Eerste klantpresentatie gegeven" in out
    assert "Zonder doel\n  4 maart 2027: Complimentje van een klant (alleen voor mij)" in out
    assert "Van voor de planning" not in out
    assert f"Je doelen: doel-1: {GOAL_PRESENT}; doel-2: {GOAL_COURSE}." in out

    assert main(["log", "--alles", "--today", "2027-03-10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Je hele logboek (3 punten):") and "Van voor de planning" in out


def test_log_command_without_meetings_or_entries(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "--today", "2027-03-10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Je logboek sinds 10 maart 2026: nog niets.")
    assert 'gesprekscoach logboek "wat er goed ging"' in out


def test_log_command_errors_are_dutch(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "x", "--doel", "doel-3", "--today", "2027-03-10"]) == 2
    assert "Ik vind geen doel 'doel-3'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as raised:
        main(["log", "x", "--today", "morgen"])
    assert raised.value.code == 2
    assert "'morgen' is geen datum" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["log", "x", "--now", "straks"])
    assert "geen tijdstip" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["log", "--prive"])
    assert "Schrijf ook op wat er goed ging" in capsys.readouterr().err
    assert main(["log", "   "]) == 0  # no text: lists
    capsys.readouterr()
    (home / LOG_FILE).write_bytes(b"schema_version: 99\n")
    assert main(["log", "x"]) == 1
    assert "nieuwere versie" in capsys.readouterr().err
    assert (home / LOG_FILE).read_bytes() == b"schema_version: 99\n"


def test_log_command_tells_about_a_damaged_log(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home.mkdir(exist_ok=True)
    (home / LOG_FILE).write_bytes(b"entries: [")
    assert main(["log", "Toch bewaard", "--today", "2027-03-10"]) == 0
    captured = capsys.readouterr()
    assert "Bewaard in je logboek" in captured.out
    assert "Je logboek was beschadigd" in captured.err and "beschadigd" in captured.err


def test_log_command_runs_without_textual(home: Path, tmp_path: Path) -> None:
    """`gesprekscoach log` in a fresh process: adds the entry and never imports Textual."""
    script = (
        "import sys\n"
        "from gesprekscoach.cli.main import main\n"
        "code = main(['log', 'Via de opdrachtregel', '--today', '2027-05-01'])\n"
        "assert code == 0, code\n"
        "assert not any(name == 'textual' or name.startswith('textual.') for name in sys.modules), 'textual'\n"
    )
    env = {**os.environ, "GESPREKSCOACH_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Bewaard in je logboek (1 mei 2027)."
    data = yaml.safe_load((home / LOG_FILE).read_text(encoding="utf-8"))
    assert [entry["text"] for entry in data["entries"]] == ["Via de opdrachtregel"]
    assert LogEntry.model_validate(data["entries"][0]).at.date() == date(2027, 5, 1)


def test_a_wins_log_of_the_first_version_opens_and_keeps_its_entries(tmp_path: Path) -> None:
    """tests/data/wins-log-v1.yaml: a log as the first version wrote it (schema 1, no labels yet)."""
    home = tmp_path / "home"
    home.mkdir()
    (home / LOG_FILE).write_bytes((REPO / "tests" / "data" / "wins-log-v1.yaml").read_bytes())
    store = WinsLogStore(home)
    entries = store.load().entries
    assert [(e.text, e.goal, e.goal_source, e.private, e.tags) for e in entries] == [
        ("Eerste presentatie gegeven", "doel-1", "planningsgesprek-2027-01-15", False, []),
        ("Ruzie in het team gesust", None, None, True, []),
    ]
    store.add("Module 1 van de cursus af", now=datetime(2027, 6, 1, 12, 0, tzinfo=TZ), tags=["cursus"])
    again = WinsLogStore(home).load().entries
    assert [e.text for e in again] == [
        "Eerste presentatie gegeven",
        "Ruzie in het team gesust",
        "Module 1 van de cursus af",
    ]
    assert again[-1].tags == ["cursus"] and again[1].private
