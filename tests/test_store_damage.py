"""Damaged user files never stop the coach: they load, or are set aside (never deleted) with a
Dutch message. Symlinks never lead the coach out of its data folder, and it never changes
the mode of anything outside it."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gesprekscoach.cli.main import main
from gesprekscoach.cli.preparations import listing_rows
from gesprekscoach.store.models import LogEntry, WinsLog
from gesprekscoach.store.preparations import DamagedPreparation, OutsideDataFolder, PreparationStore
from gesprekscoach.store.user_yaml import USER_FILE_LIMITS, YamlLimits, YamlProblem, load_user_yaml
from gesprekscoach.store.wins_log import LOG_FILE, LogError, WinsLogStore, entries_between

DATA = Path(__file__).parent / "data"
TZ = timezone(timedelta(hours=1))
NOW = datetime(2027, 6, 20, 10, 0, tzinfo=TZ)
PREP_NAME = "2027-06-10-functionering.yaml"


def _valid_preparation_bytes() -> bytes:
    """A rich preparation (every kind of field) as the store writes it today."""
    with tempfile.TemporaryDirectory() as tmp:
        store = PreparationStore(Path(tmp))
        store.folder.mkdir(parents=True)
        shutil.copy(DATA / "preparation-v2.yaml", store.folder / PREP_NAME)
        prep = store.load(PREP_NAME.removesuffix(".yaml"))
        return store.save(prep, now=NOW).read_bytes()


def _valid_log_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        store = WinsLogStore(Path(tmp))
        store.add("Klantpresentatie gegeven 🎉", now=NOW)
        store.add("Cursus afgerond", now=NOW + timedelta(days=1), private=True)
        return store.path.read_bytes()


VALID_PREPARATION = _valid_preparation_bytes()
VALID_LOG = _valid_log_bytes()

SNIPPETS = [
    b"2030-02-30",
    b"9" * 5000,
    b"-" + b"1" * 4400,
    b"2020-01-01 10:00:00+99:00",
    b"0000-01-01",
    b"&a [*a]",
    b"*nergens",
    b"!!python/object/apply:os.system ['echo gehackt']",
    b"!!binary kapot",
    b"!!timestamp 2030-13-45",
    b"!!float geen-getal",
    b"!!set {a, b}",
    b"[" * 200 + b"]" * 200,
    b"{a: 1, a: 2}",
    b"\t",
    b"'",
    b'"',
    b": :",
    b"---\n",
    b"...\n",
    b"\xff\xfe",
    b"\xc3",
    b"\x00",
    b"%YAML 9.9\n",
    b"? [1, 2]\n: x",
    b"0001-01-01 00:00:00+01:00",
    b"9999-12-31 23:59:59-01:00",
    b"1969-12-31 23:59:59",
]


@st.composite
def byte_mutations(draw: st.DrawFn, original: bytes) -> bytes:
    """The original file with one to four byte-level changes."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "snippet", "duplicate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "snippet":
            data[at:at] = draw(st.sampled_from(SNIPPETS))
        else:
            end = at + draw(st.integers(1, 200))
            data[at:at] = data[at:end]
    return bytes(data)


RAW = "@@RAW@@"

odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.sampled_from([TZ, UTC, timezone(timedelta(hours=-13, minutes=-30))])),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.just(RAW),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the data (keys of mappings, indexes of lists)."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@st.composite
def yaml_mutations(draw: st.DrawFn, original: bytes) -> bytes:
    """The original data with one to three values replaced, removed or renamed, as YAML text."""
    data = yaml.safe_load(original.decode("utf-8"))
    for _ in range(draw(st.integers(1, 3))):
        places = _paths(data)
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent: Any = data
        for part in place[:-1]:
            parent = parent[part]
        key = place[-1]
        kind = draw(st.sampled_from(["replace", "replace", "remove", "rename"]))
        if kind == "replace":
            parent[key] = draw(odd_values)
        elif kind == "remove":
            del parent[key]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = parent.pop(key)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    raw = draw(st.sampled_from(SNIPPETS)).decode("utf-8", "replace")
    return text.replace(f"'{RAW}'", raw).replace(RAW, raw).encode("utf-8", "surrogatepass")


def _check_preparation_file(content: bytes) -> None:
    """List a data folder that holds this one file: it loads, is set aside, or (newer) is left alone."""
    with tempfile.TemporaryDirectory() as tmp:
        store = PreparationStore(Path(tmp) / "home")
        store.folder.mkdir(parents=True)
        path = store.folder / PREP_NAME
        path.write_bytes(content)
        listing = store.list()
        outcomes = [bool(listing.preparations), bool(listing.set_aside), bool(listing.newer)]
        assert sum(outcomes) == 1 and not listing.unreadable, listing
        if listing.preparations:
            rows = listing_rows(listing.preparations, None)
            assert rows[0][0] == PREP_NAME.removesuffix(".yaml")
            assert path.read_bytes() == content  # reading never changes the file
        elif listing.set_aside:
            aside = listing.set_aside[0]
            assert not path.exists()
            assert aside.moved_to.parent == store.home / "beschadigd"
            assert aside.moved_to.read_bytes() == content  # moved, never changed or deleted
            assert stat.S_IMODE(aside.moved_to.stat().st_mode) == 0o600
            message = listing.messages()[0]
            assert "is beschadigd" in message and "Er is niets weggegooid." in message
        else:
            assert path.read_bytes() == content
            assert "nieuwere versie" in listing.messages()[0]
        # the coach goes on: a new preparation can be made next to it
        store.create("functionering", date(2027, 6, 10), now=NOW)


def _check_log_file(content: bytes) -> None:
    """Load a wins log with this content: it loads, is set aside, or (newer) is left alone."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        path = home / LOG_FILE
        path.write_bytes(content)
        store = WinsLogStore(home)
        try:
            log = store.load()
        except LogError as error:
            assert "nieuwere versie" in str(error)
            assert path.read_bytes() == content
            return
        if store.moved:
            assert not path.exists()
            assert store.moved[0].moved_to.read_bytes() == content
            assert "Er is niets weggegooid." in store.moved[0].message()
        else:
            assert path.read_bytes() == content
            entries_between(log, date(1, 1, 1))  # sorting works for every date
        store.add("Het werkt nog", now=NOW)
        assert [entry.text for entry in store.load().entries][-1] == "Het werkt nog"


PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(byte_mutations(VALID_PREPARATION))
def test_a_preparation_with_changed_bytes_loads_or_is_set_aside(content: bytes) -> None:
    _check_preparation_file(content)


@PROPERTY_SETTINGS
@given(yaml_mutations(VALID_PREPARATION))
def test_a_preparation_with_changed_values_loads_or_is_set_aside(content: bytes) -> None:
    _check_preparation_file(content)


@PROPERTY_SETTINGS
@given(byte_mutations(VALID_LOG))
def test_a_wins_log_with_changed_bytes_loads_or_is_set_aside(content: bytes) -> None:
    _check_log_file(content)


@PROPERTY_SETTINGS
@given(yaml_mutations(VALID_LOG))
def test_a_wins_log_with_changed_values_loads_or_is_set_aside(content: bytes) -> None:
    _check_log_file(content)


# --------------------------------------------------------------------------- the cases the tester found


def _replace_line(original: bytes, key: bytes, value: bytes) -> bytes:
    lines = original.split(b"\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(key + b":"))
    lines[index] = key + b": " + value
    return b"\n".join(lines)


IMPOSSIBLE = [
    pytest.param(b"meeting_date", b"2030-02-30", "een waarde in die niet kan bestaan", id="30-february"),
    pytest.param(b"with_whom", b"9" * 5000, "een waarde in die niet kan bestaan", id="huge-integer"),
    pytest.param(b"created_at", b"2026-01-01 10:00:00+99:00", "een waarde in die niet kan bestaan", id="offset"),
    pytest.param(b"meeting_date", b"0000-01-01", "een waarde in die niet kan bestaan", id="year-0"),
    pytest.param(b"revision", b"-3", "revision", id="negative-revision"),
]


@pytest.mark.parametrize(("key", "value", "reason"), IMPOSSIBLE)
def test_an_impossible_value_is_set_aside_and_list_goes_on(
    private_home: Path, capsys: pytest.CaptureFixture[str], key: bytes, value: bytes, reason: str
) -> None:
    store = PreparationStore(private_home)
    good = store.create("planning", date(2027, 1, 15), now=NOW)
    (store.folder / PREP_NAME).write_bytes(_replace_line(VALID_PREPARATION, key, value))
    assert main(["list"]) == 0
    captured = capsys.readouterr()
    assert good.id in captured.out and "1 voorbereiding." in captured.out
    assert reason in captured.err and "Er is niets weggegooid." in captured.err
    assert "Traceback" not in captured.err
    assert [p.name.split(".yaml")[0] for p in (private_home / "beschadigd").iterdir()] == [PREP_NAME[:-5]]
    assert main(["list"]) == 0  # the next start is clean
    assert capsys.readouterr().err == ""


def test_an_impossible_value_in_the_wins_log_is_set_aside(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    private_home.mkdir(exist_ok=True)
    content = b"entries:\n- id: a\n  at: 2030-02-30 10:00:00\n  text: x\n"
    (private_home / LOG_FILE).write_bytes(content)
    assert main(["log", "Toch bewaard", "--today", "2027-03-10"]) == 0
    captured = capsys.readouterr()
    assert "Bewaard in je logboek" in captured.out and "Je logboek was beschadigd" in captured.err
    assert [p.read_bytes() for p in (private_home / "beschadigd").iterdir()] == [content]


def _bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_a_yaml_bomb_is_refused_before_it_is_built() -> None:
    with pytest.raises(YamlProblem, match="te veel waarden"):
        load_user_yaml(_bomb(9).encode())  # 9**9 strings once expanded
    assert load_user_yaml(_bomb(3).encode())["a2"][0][0][0] == "lol"  # small aliases are fine


def test_deep_nesting_and_big_files_are_refused() -> None:
    with pytest.raises(YamlProblem, match="te diep"):
        load_user_yaml(("[" * 200 + "]" * 200).encode())
    with pytest.raises(YamlProblem):  # libyaml itself stops at 1000 levels; either way: a Dutch reason
        load_user_yaml(("[" * 100_000 + "]" * 100_000).encode())
    with pytest.raises(YamlProblem, match="te diep"):
        load_user_yaml("".join(f"{'  ' * n}k:\n" for n in range(USER_FILE_LIMITS.max_depth + 2)).encode())
    small = YamlLimits(max_bytes=300, max_depth=5, max_nodes=50)
    with pytest.raises(YamlProblem, match="te groot"):
        load_user_yaml(b"a: " + b"x" * 400, small)
    with pytest.raises(YamlProblem, match="te veel waarden"):
        load_user_yaml(b"[" + b"1," * 60 + b"]", small)


def test_a_bomb_in_a_preparation_file_is_set_aside(private_home: Path) -> None:
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    (store.folder / "bom.yaml").write_text(_bomb(9), encoding="utf-8")
    listing = store.list()
    assert listing.preparations == [] and "te veel waarden" in listing.set_aside[0].reason


def test_a_file_too_big_is_set_aside_without_reading_it(private_home: Path) -> None:
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    big = store.folder / "groot.yaml"
    with big.open("wb") as handle:
        handle.truncate(USER_FILE_LIMITS.max_bytes + 1)
    listing = store.list()
    assert "te groot" in listing.set_aside[0].reason
    assert listing.set_aside[0].moved_to.stat().st_size == USER_FILE_LIMITS.max_bytes + 1


def test_a_pipe_in_the_folder_never_blocks_the_listing(private_home: Path) -> None:
    store = PreparationStore(private_home)
    good = store.create("planning", date(2027, 1, 15), now=NOW)
    os.mkfifo(store.folder / "pijp.yaml")
    listing = store.list()  # would wait forever if the pipe were read
    assert [p.id for p in listing.preparations] == [good.id]
    assert "geen gewoon bestand" in listing.set_aside[0].reason


def test_dates_before_1970_and_at_the_edges_sort_and_show(private_home: Path) -> None:
    store = PreparationStore(private_home)
    old = store.create("planning", date(1969, 7, 20), now=datetime(1969, 7, 20, 20, 17, tzinfo=TZ))
    edge = store.create("planning", date(1, 1, 1), now=datetime(1, 1, 1, 0, 0, tzinfo=TZ))
    naive = store.create("planning", date(9999, 12, 31), now=datetime(9999, 12, 31, 23, 59))
    assert [p.id for p in store.list().preparations] == [naive.id, old.id, edge.id]
    rows = listing_rows(store.list().preparations, None)
    assert [row[2] for row in rows] == ["31-12-9999", "20-07-1969", "01-01-1"]
    log = WinsLog(entries=[LogEntry(id="a", at=datetime(1, 1, 1, tzinfo=TZ), text="x")])
    assert [e.id for e in entries_between(log, date(1, 1, 1))] == ["a"]


# --------------------------------------------------------------------------- symlinks and modes


def test_a_symlink_out_of_the_data_folder_is_never_followed_or_chmodded(private_home: Path, tmp_path: Path) -> None:
    store = PreparationStore(private_home)
    good = store.create("planning", date(2027, 1, 15), now=NOW)
    outside = tmp_path / "buiten.txt"
    outside.write_bytes(b"niet van de coach: [")
    outside.chmod(0o644)
    link = store.folder / "link.yaml"
    link.symlink_to(outside)
    listing = store.list()
    assert [p.id for p in listing.preparations] == [good.id]
    assert listing.set_aside == []
    assert "buiten de map van de coach" in listing.unreadable[0].message()
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644
    assert outside.read_bytes() == b"niet van de coach: ["
    assert link.is_symlink()  # left where it was
    with pytest.raises(OutsideDataFolder):
        store.load("link")


def test_a_symlink_to_a_valid_preparation_outside_is_not_read(private_home: Path, tmp_path: Path) -> None:
    store = PreparationStore(private_home)
    outside = tmp_path / "elders.yaml"
    outside.write_bytes(VALID_PREPARATION)
    store.folder.mkdir(parents=True)
    (store.folder / "elders.yaml").symlink_to(outside)
    assert store.list().preparations == []
    with pytest.raises(OutsideDataFolder):
        store.find("elders")


def test_a_symlink_inside_the_data_folder_is_fine(private_home: Path) -> None:
    store = PreparationStore(private_home)
    prep = store.create("planning", date(2027, 1, 15), now=NOW)
    (store.folder / "ook.yaml").symlink_to(store.path_for(prep.id))
    assert sorted(p.id for p in store.list().preparations) == sorted([prep.id, "ook"])


def test_a_damaged_symlink_is_moved_as_a_link_and_its_target_keeps_its_mode(private_home: Path) -> None:
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    target = private_home / "kapot-doel.txt"
    target.write_bytes(b"a: [")
    target.chmod(0o644)
    (store.folder / "kapot.yaml").symlink_to(target)
    listing = store.list()
    moved = listing.set_aside[0].moved_to
    assert moved.is_symlink() and moved.resolve() == target.resolve()
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_folder_set_aside_stays_a_folder_you_can_enter(private_home: Path) -> None:
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    folder = store.folder / "map.yaml"
    folder.mkdir()
    (folder / "notitie.txt").write_text("van mij")
    listing = store.list()
    moved = listing.set_aside[0].moved_to
    assert "een map" in listing.set_aside[0].reason
    assert stat.S_IMODE(moved.stat().st_mode) == 0o700
    assert (moved / "notitie.txt").read_text() == "van mij"
    assert stat.S_IMODE((private_home / "beschadigd").stat().st_mode) == 0o700


def test_a_wins_log_symlinked_out_of_the_data_folder_is_left_alone(private_home: Path, tmp_path: Path) -> None:
    outside = tmp_path / "ander-logboek.yaml"
    outside.write_bytes(VALID_LOG)
    outside.chmod(0o644)
    private_home.mkdir(exist_ok=True)
    (private_home / LOG_FILE).symlink_to(outside)
    with pytest.raises(LogError, match="buiten de map van de coach"):
        WinsLogStore(private_home).load()
    with pytest.raises(LogError, match="buiten de map van de coach"):
        WinsLogStore(private_home).add("x", now=NOW)
    assert outside.read_bytes() == VALID_LOG and stat.S_IMODE(outside.stat().st_mode) == 0o644


def test_a_preparations_folder_symlinked_outside_is_not_chmodded(private_home: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elders"
    outside.mkdir()
    outside.chmod(0o755)
    private_home.mkdir(exist_ok=True)
    (private_home / "voorbereidingen").symlink_to(outside)
    store = PreparationStore(private_home)
    with pytest.raises(OutsideDataFolder, match="buiten de map van de coach"):
        store.create("planning", date(2027, 1, 15), now=NOW)
    assert stat.S_IMODE(outside.stat().st_mode) == 0o755
    assert list(outside.iterdir()) == []


def test_load_says_damaged_for_a_directory(private_home: Path) -> None:
    store = PreparationStore(private_home)
    (store.folder / "map.yaml").mkdir(parents=True)
    with pytest.raises(DamagedPreparation, match="een map"):
        store.load("map")


@pytest.mark.parametrize(
    "text",
    [
        "private: !!timestamp 2030-13-45false\n",  # a value tagged as a date that is none (found by hypothesis)
        "when: !!timestamp morgen\n",
        "n: !!int twaalf\n",
        "f: !!float veel\n",
        "d: 2030-02-30\n",
    ],
)
def test_a_tagged_value_that_cannot_be_built_is_a_dutch_problem(text: str) -> None:
    with pytest.raises(YamlProblem, match="waarde in die niet kan bestaan"):
        load_user_yaml(text.encode())


def test_a_preparation_with_a_broken_tagged_date_is_set_aside(private_home: Path) -> None:
    store = PreparationStore()
    path = store.folder / "2027-06-10-functionering.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "schema_version: 3\nid: 2027-06-10-functionering\nconversation: functionering\n"
        "meeting_date: !!timestamp 2030-13-45false\n",
        encoding="utf-8",
    )
    with pytest.raises(DamagedPreparation, match="waarde in die niet kan bestaan"):
        store.find_view("2027-06-10-functionering")
    listing = store.list()
    assert not listing.preparations and len(listing.set_aside) == 1 and not path.exists()
