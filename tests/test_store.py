"""The preparation store: readable YAML, exact round-trips, private and atomic files,
damaged files set aside, older files migrated and newer files left alone."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime, timedelta, timezone
from datetime import time as time_of_day
from pathlib import Path

import pytest
import yaml

from gesprekscoach.store import preparation_yaml
from gesprekscoach.store import preparations as store_module
from gesprekscoach.store.models import (
    PREPARATION_SCHEMA_VERSION,
    AgendaItem,
    Answer,
    AskedQuestion,
    ChecklistState,
    FeedbackItem,
    Goal,
    Preparation,
)
from gesprekscoach.store.preparations import (
    AmbiguousPreparation,
    DamagedPreparation,
    NewerVersionError,
    PreparationNotFound,
    PreparationStore,
    StoreError,
    migrate,
)
from store_files import DATA, OLD_PREPARATION_FILES

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 22, 21, 0, 0, tzinfo=TZ)

ODD_TEXTS = [
    "",
    " ",
    "---",
    "--- \n...",
    "# geen commentaar",
    "tekst # met hekje",
    "a: b",
    "- lijst",
    "[1, 2]",
    "{a: 1}",
    "yes",
    "No",
    "null",
    "~",
    "0x1F",
    "1e3",
    "012",
    "2026-11-23",
    "'quotes' en \"quotes\"",
    "\\ backslash \\n",
    "emoji 😀🎉👩‍👩‍👧",
    "trailing spaces   ",
    "  leading spaces",
    "regel 1\nregel 2\n",
    "regel 1\n\n\nregel 4",
    "\n\nbegint met lege regels",
    "eindigt met lege regels\n\n\n",
    "spaties aan het eind \nvan een regel",
    "windows\r\nregels\r\n",
    "oude mac\rregels",
    "tab\tin\ttekst\n\tingesprongen",
    "\u2028line separator\u2029paragraph\x85next line",
    "nul \x00 en escape \x1b[31m en del \x7f",
    "\ufeffbom aan het begin",
    "|\n  blok",
    ">\n  gevouwen",
    "%YAML 1.1",
    "&anker *alias !tag",
    "x" * 100_000,
    ("Een lange regel met 😀 en spaties.  " * 3000)[:100_000],
    "\n".join(f"regel {n}   " for n in range(2000)),
]


def _prep(**changes: object) -> Preparation:
    base: dict[str, object] = {
        "id": "2026-11-23-functionering",
        "conversation": "functionering",
        "meeting_date": date(2026, 11, 23),
        "created_at": NOW,
        "updated_at": NOW,
    }
    base.update(changes)
    return Preparation.model_validate(base)


def _fill_everywhere(prep: Preparation, text: str) -> None:
    prep.with_whom = text
    prep.checklist = {"tip": ChecklistState(done=True, note=text)}
    prep.answers = {"vraag": Answer(text=text, example=text[::-1])}
    prep.questions_to_ask = [AskedQuestion(text=text)]
    prep.goals = [
        Goal(
            text=text,
            specifiek=text,
            meetbaar=text,
            acceptabel=text,
            realistisch=text,
            tijdgebonden=text,
            steps=[text, text + "!"],
        )
    ]
    prep.feedback = [FeedbackItem(text=text)]
    prep.agenda = [AgendaItem(text=text)]


@pytest.fixture
def store(tmp_path: Path) -> PreparationStore:
    return PreparationStore(tmp_path / "home")


# --------------------------------------------------------------------------- create / save / load


def test_default_home_comes_from_the_environment(private_home: Path) -> None:
    assert PreparationStore().home == private_home


def test_create_makes_readable_unique_ids_and_saves_at_once(store: PreparationStore) -> None:
    first = store.create("functionering", date(2026, 11, 23), "Anne de Vries", now=NOW)
    second = store.create("functionering", date(2026, 11, 23), now=NOW)
    third = store.create("functionering", date(2026, 11, 23), now=NOW)
    other = store.create("POP gesprek", date(2026, 11, 23), now=NOW)
    assert [first.id, second.id, third.id] == [
        "2026-11-23-functionering",
        "2026-11-23-functionering-2",
        "2026-11-23-functionering-3",
    ]
    assert other.id == "2026-11-23-pop-gesprek"
    assert store.path_for(first.id).is_file()
    loaded = store.load(first.id)
    assert loaded == first
    assert loaded.with_whom == "Anne de Vries"
    assert loaded.created_at == NOW == loaded.updated_at
    assert loaded.schema_version == PREPARATION_SCHEMA_VERSION


def test_folder_is_0700_and_files_are_0600(store: PreparationStore) -> None:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.home.stat().st_mode) == 0o700
    path = store.save(prep)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_file_is_created_0600_from_the_start(store: PreparationStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The temp file must never be readable by others, not even before os.replace."""
    seen: list[int] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(stat.S_IMODE(os.stat(src).st_mode))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    old_umask = os.umask(0)  # even with a permissive umask
    try:
        store.create("functionering", date(2026, 11, 23), now=NOW)
    finally:
        os.umask(old_umask)
    assert seen == [0o600]


def test_save_sets_updated_at_and_returns_the_path(store: PreparationStore) -> None:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    later = NOW + timedelta(hours=2)
    path = store.save(prep, now=later)
    assert path == store.folder / f"{prep.id}.yaml"
    assert prep.updated_at == later
    assert store.load(prep.id).updated_at == later
    assert store.load(prep.id).created_at == NOW


def test_save_without_now_uses_the_current_time(store: PreparationStore) -> None:
    prep = store.create("functionering", date(2026, 11, 23))
    before = datetime.now().astimezone() - timedelta(seconds=2)
    store.save(prep)
    assert store.load(prep.id).updated_at >= before


def test_file_is_readable_yaml(store: PreparationStore) -> None:
    prep = store.create("functionering", date(2026, 11, 23), "Anne", now=NOW)
    prep.answers["wat-ging-goed"] = Answer(text="Het project liep goed.\nWe waren op tijd. 🎉")
    store.save(prep, now=NOW)
    text = store.path_for(prep.id).read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "meeting_date: 2026-11-23\n" in text
    assert "with_whom: Anne\n" in text
    # multi-line text as a block scalar, emoji as they are
    assert "text: |-\n      Het project liep goed.\n      We waren op tijd. 🎉\n" in text
    # the keys in the order of the model, not sorted
    assert text.index("schema_version") < text.index("id:") < text.index("conversation") < text.index("agenda")


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_any_text_round_trips_exactly(store: PreparationStore, text: str) -> None:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    _fill_everywhere(prep, text)
    store.save(prep, now=NOW)
    assert store.load(prep.id) == prep


@pytest.mark.parametrize("dumper", ["fast", "readable"])
def test_random_texts_round_trip_with_both_dumpers(
    store: PreparationStore, monkeypatch: pytest.MonkeyPatch, dumper: str
) -> None:
    if dumper == "readable":
        monkeypatch.setattr(preparation_yaml, "_FastDumper", preparation_yaml._ReadableDumper)
    pieces = [
        "a", " ", "  ", "\n", "\n\n", " \n", "\t", "\r", "\r\n", "#", "-", "---", ":", "'", '"', "|", ">",
        "😀", "é", "\u2028", "\x85", "\x00", "\x7f", "\ufeff", "\\", "*", "&", "!", "%", "@", "`",
        "{", "}", "[", "]", "?", ",", "~", "null", "yes", "1", "0x1", "...", "\u2029", "\x9f", "\xa0",
        "\u200b", "\U0010ffff", "\ufffe", "- ", ": ", " #",
    ]  # fmt: skip
    rng = random.Random(20261123)
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        _fill_everywhere(prep, text)
        assert store_module.parse_preparation(store_module.dump_preparation(prep), prep.id) == prep, repr(text)


def test_a_lone_surrogate_is_saved_as_replacement_character(store: PreparationStore) -> None:
    """Invalid Unicode cannot be stored as UTF-8: it becomes U+FFFD, the rest stays exact."""
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    prep.with_whom = "Anne\ud800 😀"
    store.save(prep, now=NOW)
    assert store.load(prep.id).with_whom == "Anne\ufffd 😀"


def test_unknown_fields_are_kept(store: PreparationStore) -> None:
    """A field written by a newer coach of the same schema version survives a save."""
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    path = store.path_for(prep.id)
    path.write_text(path.read_text(encoding="utf-8") + "energie: 7\n", encoding="utf-8")
    loaded = store.load(prep.id)
    store.save(loaded, now=NOW)
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["energie"] == 7


def test_the_file_name_is_the_id(store: PreparationStore) -> None:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    shutil.copy(store.path_for(prep.id), store.folder / "kopie.yaml")
    copy = store.load("kopie")
    assert copy.id == "kopie"
    copy.agenda = [AgendaItem(text="alleen in de kopie")]
    store.save(copy)
    assert store.load(prep.id).agenda == []


@pytest.mark.parametrize("bad_id", ["", "../geheim", "a/b", ".verborgen", "a\\b", " spatie"])
def test_ids_that_are_no_plain_file_name_are_refused(store: PreparationStore, bad_id: str) -> None:
    with pytest.raises(PreparationNotFound) as raised:
        store.load(bad_id)
    assert "gesprekscoach list" in str(raised.value)


# --------------------------------------------------------------------------- atomic writes


def _leftovers(store: PreparationStore) -> list[str]:
    """Hidden files other than the lock files (which stay, empty, beside each preparation)."""
    return sorted(p.name for p in store.folder.iterdir() if p.name.startswith(".") and not p.name.endswith(".lock"))


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_a_failed_save_leaves_the_old_file_and_no_temp_file(
    store: PreparationStore, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    prep.agenda = [AgendaItem(text="eerste versie")]
    path = store.save(prep, now=NOW)
    before = path.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        class FullFile:
            def __init__(self, fd: int, mode: str) -> None:
                self.handle = real_fdopen(fd, mode)

            def __enter__(self) -> FullFile:
                return self

            def __exit__(self, *exc: object) -> None:
                self.handle.close()

            def write(self, data: bytes) -> int:
                self.handle.write(data[: len(data) // 2])
                disk_full()
                return 0

        monkeypatch.setattr(os, "fdopen", FullFile)
    else:
        monkeypatch.setattr(os, failing, disk_full)
    prep.agenda = [AgendaItem(text="tweede versie, die niet op schijf komt")]
    with pytest.raises(StoreError) as raised:
        store.save(prep, now=NOW)
    monkeypatch.undo()
    assert "schijf is vol" in str(raised.value)
    assert path.read_bytes() == before
    assert _leftovers(store) == []
    assert store.load(prep.id).agenda_texts() == ["eerste versie"]


def test_no_permission_gives_a_dutch_message(store: PreparationStore, monkeypatch: pytest.MonkeyPatch) -> None:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(store_module, "atomic_write_bytes", refuse)
    with pytest.raises(StoreError) as raised:
        store.save(prep)
    assert "geen toestemming" in str(raised.value)
    assert "Traceback" not in str(raised.value)


def test_unusable_home_gives_a_dutch_message(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    with pytest.raises(StoreError) as raised:
        PreparationStore(blocker).create("functionering", date(2026, 11, 23))
    assert "niet gelukt" in str(raised.value)


_SAVER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path

    from gesprekscoach.store.models import AgendaItem, Answer
    from gesprekscoach.store.preparations import PreparationStore

    store = PreparationStore(Path(sys.argv[1]))
    prep = store.create("functionering", date(2026, 11, 23))
    print(prep.id, flush=True)
    n = 0
    while True:
        n += 1
        prep.agenda = [AgendaItem(text=str(n))]
        prep.answers["groei"] = Answer(text=f"{n}:" + "x" * (n * 999_983 % 4_000_000) + "\\n😀", example=str(n))
        store.save(prep)
    """
)


@pytest.mark.parametrize("attempt", range(4))
def test_sigkill_while_saving_never_leaves_a_broken_file(tmp_path: Path, attempt: int) -> None:
    """Kill a process that saves in a tight loop; the file on disk is always one complete version."""
    home = tmp_path / "home"
    script = tmp_path / "saver.py"
    script.write_text(_SAVER, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(script), str(home)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        prep_id = process.stdout.readline().strip() if process.stdout else ""
        assert prep_id, process.stderr.read() if process.stderr else ""
        path = home / "voorbereidingen" / f"{prep_id}.yaml"
        time.sleep(random.Random(attempt).uniform(0.05, 0.4))
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL
    store = PreparationStore(home)
    prep = store.load(prep_id)
    n = int(prep.agenda[0].text) if prep.agenda else 0
    if n:
        answer = prep.answers["groei"]
        assert answer.text == f"{n}:" + "x" * (n * 999_983 % 4_000_000) + "\n😀"
        assert answer.example == str(n)
    listing = store.list()
    assert [p.id for p in listing.preparations] == [prep_id]
    assert listing.set_aside == [] and listing.unreadable == []
    assert path.is_file()


# --------------------------------------------------------------------------- listing, damage, versions


def test_list_is_newest_first(store: PreparationStore) -> None:
    old = store.create("planning", date(2026, 2, 1), now=NOW - timedelta(days=300))
    new = store.create("functionering", date(2026, 11, 23), now=NOW)
    middle = store.create("pop", date(2026, 6, 1), now=NOW - timedelta(days=100))
    assert [p.id for p in store.list().preparations] == [new.id, middle.id, old.id]
    store.save(old, now=NOW + timedelta(minutes=1))
    assert [p.id for p in store.list().preparations] == [old.id, new.id, middle.id]


def test_list_of_an_empty_store(store: PreparationStore) -> None:
    listing = store.list()
    assert listing.preparations == [] and listing.set_aside == [] and listing.newer == []
    assert listing.messages() == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"id: [niet afgesloten\n", "opbouw van de tekst klopt niet"),
        (b"- een lijst\n- geen voorbereiding\n", "geen voorbereiding"),
        (b"schema_version: 1\nconversation: functionering\nmeeting_date: geen datum\n", "meeting_date"),
        (b"schema_version: een\n", "versienummer"),
        (b"\xff\xfe kapotte tekens", "UTF-8"),
        (b"", "geen voorbereiding"),
        (b"!!python/object/apply:os.system ['echo gehackt']\n", "opbouw van de tekst klopt niet"),
    ],
)
def test_a_damaged_file_is_set_aside_and_the_others_still_list(
    store: PreparationStore, content: bytes, reason: str
) -> None:
    good = store.create("functionering", date(2026, 11, 23), now=NOW)
    damaged = store.folder / "kapot.yaml"
    damaged.write_bytes(content)
    with pytest.raises(DamagedPreparation):
        store.load("kapot")
    assert damaged.read_bytes() == content  # load alone never moves anything

    listing = store.list()
    assert [p.id for p in listing.preparations] == [good.id]
    assert len(listing.set_aside) == 1
    aside = listing.set_aside[0]
    assert aside.original == damaged
    assert reason in aside.reason
    assert not damaged.exists()
    assert aside.moved_to.parent == store.home / "beschadigd"
    assert aside.moved_to.name.startswith("kapot.yaml.")
    assert aside.moved_to.read_bytes() == content  # moved, never changed or deleted
    assert "beschadigd" in listing.messages()[0] and "niets weggegooid" in listing.messages()[0]
    # a second listing is clean
    assert store.list().set_aside == []


def test_two_damaged_files_with_the_same_name_are_both_kept(store: PreparationStore) -> None:
    for content in (b"a: [", b"b: ["):
        (store.folder / "kapot.yaml").parent.mkdir(parents=True, exist_ok=True)
        (store.folder / "kapot.yaml").write_bytes(content)
        store.list()
    kept = sorted(p.read_bytes() for p in (store.home / "beschadigd").iterdir())
    assert kept == [b"a: [", b"b: ["]


def test_the_v1_fixture_still_loads(store: PreparationStore) -> None:
    """tests/data/preparation-v1.yaml was written by this store at schema version 1.

    Never regenerate it: it guards future migrations. When the schema changes, add a
    migration step and keep this test passing.
    """
    store.folder.mkdir(parents=True)
    shutil.copy(DATA / "preparation-v1.yaml", store.folder / "2026-11-23-functionering.yaml")
    prep = store.load("2026-11-23-functionering")
    assert prep.schema_version == PREPARATION_SCHEMA_VERSION
    assert prep.conversation == "functionering"
    assert prep.meeting_date == date(2026, 11, 23)
    assert prep.with_whom == "Anne de Vries"
    assert prep.created_at == datetime(2026, 11, 20, 19, 30, 5, tzinfo=TZ)
    assert prep.updated_at == datetime(2026, 11, 22, 21, 15, 42, tzinfo=TZ)
    assert prep.checklist["onderwerpen-vragen"] == ChecklistState(done=True, note="Mail gestuurd op maandag.")
    assert (
        prep.answers["wat-ging-goed"].text
        == "Het project voor de nieuwe website liep goed.\nWe waren op tijd klaar. 🎉"
    )
    assert prep.answers["wat-ging-goed"].example == "De klant stuurde een bedankmail."
    assert prep.questions_to_ask[0].suggestion_id == "vraag-rol-over-een-jaar"
    assert prep.questions_to_ask[1].suggestion_id is None
    goal = prep.goals[0]
    assert goal.text == "Ik word beter in plannen"
    assert goal.tijdgebonden == "Ik begin op 1 december en kijk op 1 maart terug."
    assert goal.steps == ["Een planningsapp kiezen", "Elke maandag om 9 uur plannen"]
    assert prep.feedback[0].text.endswith("Ik zou graag elke week kort overleggen.")
    assert prep.pitfalls_read == ["te-defensief", "geen-voorbereiding"]
    assert prep.agenda_texts() == ["Mijn werkdruk", "Een cursus Excel", "Thuiswerken op vrijdag"]
    assert prep.sheet_path is not None and prep.sheet_path.endswith(".md")


def test_a_file_without_schema_version_is_migrated(store: PreparationStore) -> None:
    store.folder.mkdir(parents=True)
    path = store.folder / "2026-03-02-planning.yaml"
    shutil.copy(DATA / "preparation-no-version.yaml", path)
    before = path.read_bytes()
    prep = store.load("2026-03-02-planning")
    assert prep.schema_version == PREPARATION_SCHEMA_VERSION
    assert prep.updated_at == prep.created_at == datetime(2026, 2, 27, 20, 0, 0)
    assert prep.answers["resultaten"].text.startswith("Ik wil het nieuwe kassasysteem")
    assert path.read_bytes() == before  # loading does not rewrite the file
    store.save(prep, now=NOW)
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["schema_version"] == PREPARATION_SCHEMA_VERSION
    # naive and aware times sort together
    store.create("functionering", date(2026, 11, 23), now=NOW - timedelta(days=1))
    assert [p.id for p in store.list().preparations][0] == "2026-03-02-planning"


def test_a_file_from_a_newer_version_is_never_touched(store: PreparationStore) -> None:
    good = store.create("functionering", date(2026, 11, 23), now=NOW)
    path = store.folder / "2027-01-15-voortgang.yaml"
    shutil.copy(DATA / "preparation-newer.yaml", path)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    before = (path.read_bytes(), path.stat().st_mtime, stat.S_IMODE(path.stat().st_mode))

    with pytest.raises(NewerVersionError) as raised:
        store.load("2027-01-15-voortgang")
    assert "nieuwere versie" in str(raised.value) and "Werk de coach bij" in str(raised.value)
    assert raised.value.version == 99
    listing = store.list()
    assert [p.id for p in listing.preparations] == [good.id]
    assert [item.path for item in listing.newer] == [path]
    assert listing.set_aside == []
    assert any("nieuwere versie" in message for message in listing.messages())
    with pytest.raises(NewerVersionError):
        store.find("2027")
    assert (path.read_bytes(), path.stat().st_mtime, stat.S_IMODE(path.stat().st_mode)) == before
    assert not (store.home / "beschadigd").exists()


def test_migrate_runs_the_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    assert migrate({"id": "x"})["schema_version"] == PREPARATION_SCHEMA_VERSION
    assert migrate({"schema_version": PREPARATION_SCHEMA_VERSION, "a": 1}) == {
        "schema_version": PREPARATION_SCHEMA_VERSION,
        "a": 1,
    }
    with pytest.raises(NewerVersionError):
        migrate({"schema_version": PREPARATION_SCHEMA_VERSION + 1})
    with pytest.raises(DamagedPreparation):
        migrate({"schema_version": "1"})
    with pytest.raises(DamagedPreparation):
        migrate({"schema_version": True})
    with pytest.raises(DamagedPreparation):
        migrate({"schema_version": -1})

    # a future version 4: the chain runs 0 → 1 → 2 → 3 → 4 in order
    def three_to_four(data: dict[str, object]) -> dict[str, object]:
        return {**data, "schema_version": 4, "steps_seen": data.get("steps_seen", 0) + 1}  # type: ignore[operator]

    monkeypatch.setattr(store_module, "PREPARATION_SCHEMA_VERSION", 4)
    monkeypatch.setitem(store_module.MIGRATIONS, 3, three_to_four)
    assert migrate({"id": "x"}) == {"id": "x", "schema_version": 4, "revision": 0, "steps_seen": 1}


def test_leftover_temp_files_are_ignored_and_old_ones_removed(store: PreparationStore) -> None:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    fresh = store.folder / f".{prep.id}.yaml.abc123.tmp"
    stale = store.folder / f".{prep.id}.yaml.def456.tmp"
    fresh.write_text("half bestand: [")
    stale.write_text("half bestand: [")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    listing = store.list()
    assert [p.id for p in listing.preparations] == [prep.id]
    assert listing.set_aside == [] and listing.unreadable == []
    assert fresh.exists()
    assert not stale.exists()


# --------------------------------------------------------------------------- find


def test_find_by_id_or_unique_prefix(store: PreparationStore) -> None:
    first = store.create("functionering", date(2026, 11, 23), now=NOW)
    second = store.create("functionering", date(2026, 11, 23), now=NOW)
    planning = store.create("planning", date(2027, 1, 12), now=NOW)
    assert store.find(first.id).id == first.id  # exact, although it is also a prefix of the second
    assert store.find(second.id).id == second.id
    assert store.find("2027").id == planning.id
    assert store.find(" 2027-01 ").id == planning.id


def test_find_none_or_ambiguous_in_dutch(store: PreparationStore) -> None:
    store.create("functionering", date(2026, 11, 23), now=NOW)
    store.create("planning", date(2026, 11, 30), now=NOW)
    with pytest.raises(AmbiguousPreparation) as ambiguous:
        store.find("2026-11")
    assert ambiguous.value.matches == ["2026-11-23-functionering", "2026-11-30-planning"]
    assert "Typ meer van de naam" in str(ambiguous.value)
    with pytest.raises(PreparationNotFound) as none:
        store.find("2031")
    assert "Ik vind geen voorbereiding" in str(none.value)
    assert isinstance(none.value, StoreError)


def test_all_errors_are_store_errors_with_a_dutch_message() -> None:
    for error in (
        PreparationNotFound("x"),
        AmbiguousPreparation("x", []),
        DamagedPreparation("reden"),
        NewerVersionError(5),
    ):
        assert isinstance(error, StoreError)
        assert str(error)


# --------------------------------------------------------------------------- schema version 2 (issue 5)


def test_migration_1_to_2_gives_agenda_objects_and_goal_ids() -> None:
    data = {
        "schema_version": 1,
        "agenda": ["Een", {"text": "Twee", "private": True}, 3],
        "goals": [{"text": "a"}, {"text": "b", "id": "doel-7"}, "kapot"],
    }
    migrated = migrate(dict(data))
    assert migrated["schema_version"] == PREPARATION_SCHEMA_VERSION == 3
    assert migrated["agenda"] == [{"text": "Een"}, {"text": "Twee", "private": True}, 3]  # 3 is left for validation
    assert migrated["goals"] == [{"id": "doel-1", "text": "a"}, {"text": "b", "id": "doel-7"}, "kapot"]
    assert data["agenda"][0] == "Een"  # the input is not changed


def test_the_v1_fixture_gets_the_version_2_fields(store: PreparationStore) -> None:
    store.folder.mkdir(parents=True)
    shutil.copy(DATA / "preparation-v1.yaml", store.folder / "2026-11-23-functionering.yaml")
    prep = store.load("2026-11-23-functionering")
    assert [goal.id for goal in prep.goals] == ["doel-1"]
    assert all(not item.private for item in prep.agenda)
    assert not prep.answers["wat-ging-goed"].private and not prep.goals[0].private
    assert prep.after is None and prep.carry_over == []
    store.save(prep, now=NOW)
    raw = yaml.safe_load(store.path_for(prep.id).read_text(encoding="utf-8"))
    assert raw["schema_version"] == 3
    assert raw["agenda"][0] == {"text": "Mijn werkdruk", "private": False}


def test_the_v2_fixture_still_loads(store: PreparationStore) -> None:
    """tests/data/preparation-v2.yaml was written by this store at schema version 2.

    Never regenerate it: it guards future migrations. When the schema changes, add a
    migration step and keep this test passing.
    """
    store.folder.mkdir(parents=True)
    shutil.copy(DATA / "preparation-v2.yaml", store.folder / "2027-06-10-functionering.yaml")
    prep = store.load("2027-06-10-functionering")
    assert prep.schema_version == PREPARATION_SCHEMA_VERSION
    assert prep.checklist["terugkijken"].private is True
    assert prep.answers["wat-ging-minder"].private is True and prep.answers["wat-ging-minder"].text.endswith("slecht.")
    assert [q.private for q in prep.questions_to_ask] == [False, True]
    assert [(goal.id, goal.private) for goal in prep.goals] == [("doel-1", False), ("doel-3", True)]
    assert [item.private for item in prep.feedback] == [False, True]
    assert [(item.text, item.private) for item in prep.agenda] == [
        ("Mijn werkdruk", False),
        ("Mijn sollicitatie", True),
    ]
    first, second = prep.carry_over
    assert (first.kind, first.status, first.result, first.deadline) == ("doel", "gedaan", "behaald", date(2027, 7, 1))
    assert (second.kind, second.owner, second.private) == ("belofte", "mijn leidinggevende", True)
    after = prep.after
    assert after is not None
    assert [(a.id, a.owner, a.owner_name, a.done, a.private) for a in after.agreements] == [
        ("afspraak-1", "leidinggevende", "", False, False),
        ("afspraak-2", "ander", "Kees", True, True),
    ]
    assert after.agreements[0].deadline == date(2027, 7, 1)
    assert (after.report_received, after.report_received_on, after.disagrees) == (True, date(2027, 6, 17), True)
    assert after.disagreements[0].point == "Ik zou te weinig initiatief nemen"
    assert after.reaction_written_on == date(2027, 6, 18) and after.signed_by == "Sam Jansen"
    assert after.recorded_at == datetime(2027, 6, 18, 21, 15, 42, tzinfo=timezone(timedelta(hours=2)))
    # it saves back to the same data
    assert store_module.parse_preparation(store_module.dump_preparation(prep), prep.id) == prep


def test_new_goals_and_agreements_get_the_next_free_id(store: PreparationStore) -> None:
    from gesprekscoach.store.models import AfterMeetingRecord, Agreement

    prep = store.create("planning", date(2027, 1, 15), now=NOW)
    prep.goals = [Goal(text="a"), Goal(text="b")]
    store.save(prep, now=NOW)
    assert [goal.id for goal in prep.goals] == ["doel-1", "doel-2"]
    del prep.goals[0]
    prep.goals.append(Goal(text="c"))
    prep.after = AfterMeetingRecord(agreements=[Agreement(what="x"), Agreement(what="y")])
    store.save(prep, now=NOW)
    assert [goal.id for goal in store.load(prep.id).goals] == ["doel-2", "doel-3"]
    assert [a.id for a in store.load(prep.id).after.agreements] == ["afspraak-1", "afspraak-2"]  # type: ignore[union-attr]


def test_an_agenda_point_may_be_plain_text() -> None:
    prep = _prep(agenda=["Gewoon tekst", {"text": "Privé", "private": True}])
    assert [(item.text, item.private) for item in prep.agenda] == [("Gewoon tekst", False), ("Privé", True)]
    assert prep.agenda_texts() == ["Gewoon tekst", "Privé"]


# --------------------------------------------------------------------------- the meeting time (no new schema version)


@pytest.mark.parametrize(("fixture", "prep_id"), OLD_PREPARATION_FILES)
def test_files_from_before_the_meeting_time_open_without_one(
    store: PreparationStore, fixture: str, prep_id: str
) -> None:
    """The meeting time is optional with a default: older files open unchanged (no migration needed)."""
    store.folder.mkdir(parents=True)
    shutil.copy(DATA / fixture, store.folder / f"{prep_id}.yaml")
    prep = store.load(prep_id)
    assert prep.meeting_time is None
    assert prep.schema_version == PREPARATION_SCHEMA_VERSION == 3


def test_the_meeting_time_is_stored_as_hours_and_minutes(store: PreparationStore) -> None:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    prep.meeting_time = time_of_day(9, 5)
    store.save(prep, now=NOW)
    text = store.path_for(prep.id).read_text(encoding="utf-8")
    assert "meeting_time: 09:05\n" in text
    assert store.load(prep.id).meeting_time == time_of_day(9, 5)
    prep.meeting_time = time_of_day(10, 30)  # YAML 1.1 would read an unquoted 10:30 as a number
    store.save(prep, now=NOW)
    assert store.load(prep.id).meeting_time == time_of_day(10, 30)


def test_a_hand_written_meeting_time_is_read(store: PreparationStore) -> None:
    """Someone who edits the file by hand may write 10:30 without quotes (YAML reads 630 minutes)."""
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    path = store.path_for(prep.id)
    text = path.read_text(encoding="utf-8").replace("meeting_time: null", "meeting_time: 10:30")
    path.write_text(text, encoding="utf-8")
    assert store.load(prep.id).meeting_time == time_of_day(10, 30)
