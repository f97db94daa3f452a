"""Windows, simulated on any system: a file held open by a scanner or editor, ids that are no safe
file name, and moments before 1970 (where `datetime.timestamp()` raises on Windows)."""

from __future__ import annotations

import ast
import errno
import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from gesprekscoach import atomic, dates
from gesprekscoach.store.preparations import (
    PreparationNotFound,
    PreparationStore,
    StoreError,
    check_id,
    is_valid_id,
)
from gesprekscoach.store.wins_log import LOG_FILE, LogError, WinsLogStore, current_goals, entries_between

SRC = Path(__file__).resolve().parent.parent / "src" / "gesprekscoach"
TZ = timezone(timedelta(hours=1))
NOW = datetime(2027, 3, 12, 10, 15, tzinfo=TZ)


# --------------------------------------------------------------------------- a file held open (os.replace fails)


class HeldOpen:
    """`os.replace` that fails with PermissionError (as on Windows while a scanner holds the file)."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.real = os.replace

    def __call__(self, source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            error = PermissionError(errno.EACCES, "Access is denied")
            error.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION
            raise error
        self.real(source, target)


def test_a_save_is_tried_again_while_the_file_is_held(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = PreparationStore(private_home)
    prep = store.create("functionering", date(2027, 6, 10), now=NOW)
    held = HeldOpen(failures=3)
    monkeypatch.setattr(os, "replace", held)
    prep.with_whom = "Anne"
    store.save(prep, now=NOW)
    monkeypatch.undo()
    assert held.calls == 4
    assert store.load(prep.id).with_whom == "Anne"


def test_a_file_held_too_long_is_told_as_in_use_not_as_no_permission(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = PreparationStore(private_home)
    prep = store.create("functionering", date(2027, 6, 10), now=NOW)
    before = store.path_for(prep.id).read_bytes()
    held = HeldOpen(failures=1000)
    monkeypatch.setattr(os, "replace", held)
    prep.with_whom = "Anne"
    with pytest.raises(StoreError) as raised:
        store.save(prep, now=NOW)
    monkeypatch.undo()
    message = str(raised.value)
    assert "geen toestemming" not in message
    assert "in gebruik bij een ander programma" in message and "probeer het opnieuw" in message
    assert held.calls == atomic.REPLACE_ATTEMPTS
    assert store.path_for(prep.id).read_bytes() == before
    assert not [p for p in store.folder.iterdir() if p.name.endswith(".tmp")]
    assert prep.revision == 1  # the next save can still go through


def test_the_wins_log_and_setting_aside_are_tried_again_too(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private_home.mkdir(exist_ok=True)
    (private_home / LOG_FILE).write_bytes(b"entries: [")
    monkeypatch.setattr(os, "replace", HeldOpen(failures=2))
    store = WinsLogStore(private_home)
    store.add("Gelukt", now=NOW)  # sets the damaged log aside, then writes: both held twice
    monkeypatch.undo()
    assert [e.text for e in store.load().entries] == ["Gelukt"]
    assert len(store.moved) == 1
    monkeypatch.setattr(os, "replace", HeldOpen(failures=1000))
    with pytest.raises(LogError) as raised:
        store.add("Nog een", now=NOW)
    assert "geen toestemming" not in str(raised.value) and "in gebruik" in str(raised.value)


def test_a_real_permission_problem_on_posix_is_not_tried_again(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a Windows error code a PermissionError is what it says: no retries, 'geen toestemming'."""
    store = PreparationStore(private_home)
    prep = store.create("functionering", date(2027, 6, 10), now=NOW)
    calls = []

    def refuse(source: object, target: object) -> None:
        calls.append(target)
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "name", "posix")
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StoreError, match="geen toestemming"):
        store.save(prep, now=NOW)
    assert len(calls) == 1


# --------------------------------------------------------------------------- ids that are safe file names


@pytest.mark.parametrize(
    "bad_id",
    ["a:b", "2026:11", "CON", "con", "nul", "Nul.yaml", "com1", "LPT9", "aux.planning", "prn", "x.", "a b", "café",
     "a*b", "a?b", 'a"b', "a<b", "a|b", "-begint-met-streep", "x" * 200],
)  # fmt: skip
def test_ids_that_are_no_safe_file_name_on_windows_are_refused(private_home: Path, bad_id: str) -> None:
    assert not is_valid_id(bad_id)
    with pytest.raises(PreparationNotFound) as raised:
        PreparationStore(private_home).find(bad_id)
    assert "geen geldige naam" in str(raised.value)


@pytest.mark.parametrize(
    "good_id", ["2026-11-23-functionering", "2026-11-23-functionering-2", "kopie", "Mijn_Gesprek.v2"]
)
def test_ordinary_ids_are_fine(good_id: str) -> None:
    assert check_id(good_id) == good_id


@pytest.mark.parametrize("conversation", ["functionering", "CON", "nul", "Één: gesprek?", "", "   ", "lpt1"])
def test_new_ids_are_always_safe(private_home: Path, conversation: str) -> None:
    prep = PreparationStore(private_home).create(conversation, date(2027, 6, 10), now=NOW)
    assert is_valid_id(prep.id) and prep.id.startswith("2027-06-10-")


def test_a_file_with_an_unsafe_name_is_left_alone_with_a_message(private_home: Path) -> None:
    store = PreparationStore(private_home)
    good = store.create("planning", date(2027, 1, 15), now=NOW)
    odd = store.folder / "a:b.yaml"
    odd.write_bytes(store.path_for(good.id).read_bytes())
    listing = store.list()
    assert [p.id for p in listing.preparations] == [good.id]
    assert "naam die de coach niet kan gebruiken" in listing.unreadable[0].message()
    assert odd.exists() and not (private_home / "beschadigd").exists()


# --------------------------------------------------------------------------- moments before 1970


def test_no_timestamp_calls_in_the_store_the_command_line_or_dates() -> None:
    """`datetime.timestamp()` raises for moments before 1970 on Windows: these packages never call it."""
    calls = []
    for path in [*(SRC / "store").glob("*.py"), *(SRC / "cli").glob("*.py"), SRC / "dates.py", SRC / "atomic.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "timestamp":
                calls.append(f"{path.name}:{node.lineno}")
    assert calls == []


def test_moments_before_1970_sort_naive_and_aware_together(private_home: Path) -> None:
    store = PreparationStore(private_home)
    moon = store.create("planning", date(1969, 7, 21), now=datetime(1969, 7, 21, 3, 56, tzinfo=UTC))
    naive = store.create("planning", date(1969, 7, 20), now=datetime(1969, 7, 20, 12, 0))
    later = store.create("planning", date(2027, 1, 15), now=NOW)
    assert [p.id for p in store.list().preparations] == [later.id, moon.id, naive.id]
    log = WinsLogStore(private_home)
    log.add("Eerste stap", now=datetime(1969, 7, 21, 3, 56, tzinfo=UTC))
    log.add("Daarvoor", now=datetime(1969, 7, 20, 12, 0, tzinfo=TZ))
    assert [e.text for e in entries_between(log.load(), date(1969, 1, 1))] == ["Daarvoor", "Eerste stap"]
    assert current_goals(store.list().preparations, date(2027, 6, 1)) is None


def test_instant_key_orders_like_real_time_and_never_fails() -> None:
    utc = UTC
    moments = [
        datetime(1, 1, 1, tzinfo=TZ),
        datetime(1, 1, 1, 0, 30, tzinfo=utc),
        datetime(1969, 12, 31, 23, 0, tzinfo=utc),
        datetime(1970, 1, 1, 0, 30, tzinfo=TZ),  # 23:30 UTC on 31 December 1969: after the one above
        datetime(2027, 3, 12, 10, 0, tzinfo=utc),
        datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-1))),
    ]
    ordered = sorted(moments, key=dates.instant_key)
    assert ordered[0] == moments[0] and ordered[-1] == moments[-1]
    assert ordered.index(moments[2]) < ordered.index(moments[3])
    for moment in moments:
        dates.local_time(moment)  # never raises
