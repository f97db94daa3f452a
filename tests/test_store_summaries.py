"""The list of preparations without the models: `PreparationStore.summaries()` and its cache.

A file whose exact bytes passed validation before is listed from the cache; any other file is
validated (or set aside, or skipped) exactly as `list()` does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.summaries import SUMMARY_CACHE, PreparationSummary
from store_files import DATA, OLD_PREPARATION_FILES, count_parses

TZ = UTC


def _fill(store: PreparationStore) -> list[str]:
    ids = []
    for index, kind in enumerate(["functionering", "pop", "planning"]):
        prep = store.create(
            kind, date(2027, 1, 10 + index), f"Sanne {index}", now=datetime(2026, 11, 1 + index, tzinfo=TZ)
        )
        ids.append(prep.id)
    return ids


def _as_summaries(store: PreparationStore) -> list[PreparationSummary]:
    return [PreparationSummary.of(prep) for prep in store.list().preparations]


def test_summaries_show_what_the_full_list_shows(private_home: Path) -> None:
    store = PreparationStore(private_home)
    _fill(store)
    first = store.summaries().summaries
    assert first == _as_summaries(store)
    assert store.summaries().summaries == first  # the second time from the cache: the same


def test_a_file_is_validated_once_and_again_after_any_change(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = PreparationStore(private_home)
    ids = _fill(store)
    calls = count_parses(monkeypatch)
    store.summaries()
    assert sorted(calls) == sorted(ids)
    calls.clear()
    store.summaries()
    assert calls == []
    changed = store.load(ids[1])
    changed.with_whom = "Joost"
    store.save(changed)
    calls.clear()
    listed = {summary.id: summary for summary in store.summaries().summaries}
    assert calls == [ids[1]]
    assert listed[ids[1]].with_whom == "Joost"


def test_a_damaged_file_is_set_aside_as_by_the_full_list(private_home: Path) -> None:
    store = PreparationStore(private_home)
    ids = _fill(store)
    store.summaries()  # the good bytes are in the cache now
    path = store.path_for(ids[0])
    path.write_text("schema_version: 3\nmeeting_date: [kapot\n", encoding="utf-8")
    listing = store.summaries()
    assert [summary.id for summary in listing.summaries] == [ids[2], ids[1]]
    assert len(listing.set_aside) == 1 and listing.set_aside[0].original == path
    assert not path.exists() and listing.set_aside[0].moved_to.exists()


def test_a_file_of_a_newer_version_is_left_alone(private_home: Path) -> None:
    store = PreparationStore(private_home)
    ids = _fill(store)
    path = store.path_for(ids[0])
    path.write_text(
        path.read_text(encoding="utf-8").replace("schema_version: 3", "schema_version: 99"), encoding="utf-8"
    )
    listing = store.summaries()
    assert ids[0] not in [summary.id for summary in listing.summaries]
    assert [item.path for item in listing.newer] == [path] and path.exists()


@pytest.mark.parametrize(
    "cache_text",
    [
        "niet eens json",
        "[]",
        json.dumps({"format": 1, "files": []}),
        json.dumps({"format": 1, "files": {"abc": "x"}}),
        json.dumps({"format": 99, "files": {}}),
    ],
)
def test_a_broken_cache_only_costs_time(private_home: Path, monkeypatch: pytest.MonkeyPatch, cache_text: str) -> None:
    store = PreparationStore(private_home)
    _fill(store)
    store.summaries()
    (cache_file,) = (private_home / "cache").glob(f"{SUMMARY_CACHE}-*.json")
    cache_file.write_text(cache_text, encoding="utf-8")
    expected = _as_summaries(store)
    calls = count_parses(monkeypatch)
    assert store.summaries().summaries == expected
    assert len(calls) == 3  # everything validated again, and the cache written anew
    calls.clear()
    store.summaries()
    assert calls == []


def test_a_cached_summary_of_the_wrong_shape_is_a_miss(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = PreparationStore(private_home)
    _fill(store)
    store.summaries()
    (cache_file,) = (private_home / "cache").glob(f"{SUMMARY_CACHE}-*.json")
    payload = json.loads(cache_file.read_text(encoding="utf-8"))
    for plain in payload["files"].values():
        plain["meeting_date"] = "geen datum"
    cache_file.write_text(json.dumps(payload), encoding="utf-8")
    expected = _as_summaries(store)
    calls = count_parses(monkeypatch)
    assert store.summaries().summaries == expected
    assert len(calls) == 3


def test_the_cache_keeps_only_the_files_that_are_there(private_home: Path) -> None:
    store = PreparationStore(private_home)
    ids = _fill(store)
    store.summaries()
    store.path_for(ids[0]).unlink()
    store.summaries()
    (cache_file,) = (private_home / "cache").glob(f"{SUMMARY_CACHE}-*.json")
    assert len(json.loads(cache_file.read_text(encoding="utf-8"))["files"]) == 2


def test_listing_known_files_does_not_import_pydantic(private_home: Path) -> None:
    store = PreparationStore(private_home)
    _fill(store)
    script = (
        "import sys\n"
        "from gesprekscoach.store.preparations import PreparationStore\n"
        "names = [summary.with_whom for summary in PreparationStore().summaries().summaries]\n"
        "print('PYDANTIC' if 'pydantic' in sys.modules else 'ZONDER', names)\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True) for _ in range(2)
    ]
    assert (
        runs[0].stdout.strip() == "PYDANTIC ['Sanne 2', 'Sanne 1', 'Sanne 0']"
    )  # the first time each file is validated
    assert runs[1].stdout.strip() == "ZONDER ['Sanne 2', 'Sanne 1', 'Sanne 0']"


# --------------------------------------------------------------------------- the wins log


def _log_parses(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    from gesprekscoach.store import wins_log

    calls: list[bytes] = []
    real = wins_log.parse_log

    def counted(raw: bytes) -> object:
        calls.append(raw)
        return real(raw)

    monkeypatch.setattr(wins_log, "parse_log", counted)
    return calls


def test_the_log_summary_shows_what_the_full_log_holds(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gesprekscoach.store.summaries import LoggedWin
    from gesprekscoach.store.wins_log import WinsLogStore

    store = WinsLogStore(private_home)
    assert store.summary().entries == ()
    store.add("Presentatie gegeven", now=datetime(2026, 11, 2, 10, tzinfo=TZ), tags=["team"])
    store.add("Klant geholpen", now=datetime(2026, 11, 3, 10, tzinfo=TZ), private=True)
    expected = tuple(LoggedWin.of(entry) for entry in store.load().entries)
    calls = _log_parses(monkeypatch)
    assert store.summary().entries == expected
    assert len(calls) >= 1
    calls.clear()
    assert store.summary().entries == expected
    assert calls == []  # the same bytes: from the cache
    store.add("Nog een", now=datetime(2026, 11, 4, 10, tzinfo=TZ))
    calls.clear()
    assert [entry.text for entry in store.summary().entries][-1] == "Nog een"
    assert calls


def test_a_damaged_log_is_set_aside_by_the_summary_too(private_home: Path) -> None:
    from gesprekscoach.store.wins_log import WinsLogStore

    store = WinsLogStore(private_home)
    store.add("Presentatie gegeven", now=datetime(2026, 11, 2, 10, tzinfo=TZ))
    store.summary()
    store.path.write_text("entries: [kapot\n", encoding="utf-8")
    assert store.summary().entries == ()
    assert len(store.moved) == 1 and store.moved[0].moved_to.exists()


def test_the_log_command_lists_from_known_files_without_pydantic(private_home: Path) -> None:
    from gesprekscoach.store.wins_log import WinsLogStore

    store = PreparationStore(private_home)
    _fill(store)
    WinsLogStore(private_home).add("Presentatie gegeven", now=datetime(2026, 11, 20, 10, tzinfo=TZ))
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from gesprekscoach.store.preparations import PreparationStore\n"
        "from gesprekscoach.store.wins_log import WinsLogStore, entries_between\n"
        "log = WinsLogStore().summary()\n"
        "preps = PreparationStore().summaries().summaries\n"
        "texts = [entry.text for entry in entries_between(log, date(2026, 1, 1))]\n"
        "print('PYDANTIC' if 'pydantic' in sys.modules else 'ZONDER', texts, len(preps))\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True) for _ in range(2)
    ]
    assert runs[0].stdout.strip() == "PYDANTIC ['Presentatie gegeven'] 3"
    assert runs[1].stdout.strip() == "ZONDER ['Presentatie gegeven'] 3"


# --------------------------------------------------------------------------- files of earlier versions


@pytest.mark.parametrize(("fixture", "prep_id"), OLD_PREPARATION_FILES)
def test_a_file_of_every_schema_version_is_listed_from_its_summary(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, fixture: str, prep_id: str
) -> None:
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    original = (DATA / fixture).read_bytes()
    (store.folder / f"{prep_id}.yaml").write_bytes(original)
    expected = _as_summaries(store)
    assert [summary.id for summary in expected] == [prep_id]
    assert store.summaries().summaries == expected  # validated (and migrated in memory) once
    calls = count_parses(monkeypatch)
    assert store.summaries().summaries == expected  # then from its summary
    assert calls == []
    assert store.path_for(prep_id).read_bytes() == original  # listing never rewrites the file


def test_a_file_of_a_newer_schema_version_is_never_summarised(private_home: Path) -> None:
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    path = store.folder / "2027-06-10-functionering.yaml"
    path.write_bytes((DATA / "preparation-newer.yaml").read_bytes())
    for _ in range(2):
        listing = store.summaries()
        assert listing.summaries == [] and [item.path for item in listing.newer] == [path]


def test_a_wins_log_of_the_first_version_is_listed_from_its_summary(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gesprekscoach.store.wins_log import LOG_FILE, WinsLogStore

    (private_home / LOG_FILE).write_bytes((DATA / "wins-log-v1.yaml").read_bytes())
    store = WinsLogStore(private_home)
    texts = [(entry.text, entry.goal, entry.private, entry.tags) for entry in store.summary().entries]
    assert texts == [
        ("Eerste presentatie gegeven", "doel-1", False, ()),
        ("Ruzie in het team gesust", None, True, ()),
    ]
    calls = _log_parses(monkeypatch)
    assert [(entry.text, entry.goal, entry.private, entry.tags) for entry in store.summary().entries] == texts
    assert calls == []
