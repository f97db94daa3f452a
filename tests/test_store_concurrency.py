"""Several processes and windows at once: no wins-log entry is lost, no save overwrites one it did
not see (revision + ConcurrentEditError), the three-way merge, and files of every schema version."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from gesprekscoach.store.merge import MISSING, merge_preparations
from gesprekscoach.store.models import (
    PREPARATION_SCHEMA_VERSION,
    AfterMeetingRecord,
    AgendaItem,
    Agreement,
    Answer,
    Goal,
    Preparation,
)
from gesprekscoach.store.preparations import (
    ConcurrentEditError,
    NewerVersionError,
    PreparationStore,
    StoreError,
)
from gesprekscoach.store.wins_log import LOG_FILE, WinsLogStore

DATA = Path(__file__).parent / "data"
TZ = timezone(timedelta(hours=1))
NOW = datetime(2027, 3, 12, 10, 15, tzinfo=TZ)


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "GESPREKSCOACH_HOME": str(home)}
    env.pop("GESPREKSCOACH_CONTENT", None)
    return env


# --------------------------------------------------------------------------- the wins log, many writers


def test_twenty_parallel_log_commands_keep_all_twenty_entries(private_home: Path) -> None:
    texts = [f"Punt {number:02d} ging goed" for number in range(20)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "gesprekscoach", "log", text],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=_env(private_home),
        )
        for text in texts
    ]
    results = [(process.communicate(timeout=120), process.returncode) for process in processes]
    for (out, err), code in results:
        assert code == 0, err
        assert "Bewaard in je logboek" in out and "Traceback" not in err
    log = WinsLogStore(private_home).load()
    assert sorted(entry.text for entry in log.entries) == texts
    assert len({entry.id for entry in log.entries}) == 20
    assert not (private_home / "beschadigd").exists()


def test_a_change_reads_the_log_again_inside_the_lock(private_home: Path) -> None:
    """Two stores (two windows) add in turn: neither loses what the other added."""
    first, second = WinsLogStore(private_home), WinsLogStore(private_home)
    first.load()
    second.load()
    first.add("uit venster een", now=NOW)
    second.add("uit venster twee", now=NOW)
    entry = first.add("nog een uit venster een", now=NOW)
    second.remove(entry.id)
    assert [e.text for e in WinsLogStore(private_home).load().entries] == ["uit venster een", "uit venster twee"]
    assert (private_home / f".{LOG_FILE}.lock").is_file()


# --------------------------------------------------------------------------- two windows on one preparation


def test_every_save_raises_the_revision(private_home: Path) -> None:
    store = PreparationStore(private_home)
    prep = store.create("functionering", date(2027, 6, 10), now=NOW)
    assert prep.revision == 1
    store.save(prep, now=NOW)
    store.save(prep, now=NOW)
    assert prep.revision == 3 == store.load(prep.id).revision
    raw = yaml.safe_load(store.path_for(prep.id).read_text(encoding="utf-8"))
    assert (raw["schema_version"], raw["revision"]) == (PREPARATION_SCHEMA_VERSION, 3)


def test_a_save_over_a_version_it_did_not_see_raises_and_overwrites_nothing(private_home: Path) -> None:
    store = PreparationStore(private_home)
    created = store.create("functionering", date(2027, 6, 10), now=NOW)
    window_one = PreparationStore(private_home).load(created.id)
    window_two = PreparationStore(private_home).load(created.id)
    window_one.with_whom = "Anne"
    PreparationStore(private_home).save(window_one, now=NOW)
    on_disk_before = store.path_for(created.id).read_bytes()

    window_two.agenda = [AgendaItem(text="Mijn werkdruk")]
    with pytest.raises(ConcurrentEditError) as raised:
        PreparationStore(private_home).save(window_two, now=NOW)
    assert isinstance(raised.value, StoreError)
    assert "ander venster" in str(raised.value) and "niet overschreven" in str(raised.value)
    assert raised.value.on_disk.with_whom == "Anne" and raised.value.on_disk.revision == 2
    assert store.path_for(created.id).read_bytes() == on_disk_before
    assert window_two.revision == 1  # unchanged: the application can merge and try again

    # the application layer merges and saves
    result = merge_preparations(created, window_two, raised.value.on_disk)
    assert result.clean
    PreparationStore(private_home).save(result.merged, now=NOW)
    merged = store.load(created.id)
    assert (merged.with_whom, merged.agenda_texts(), merged.revision) == ("Anne", ["Mijn werkdruk"], 3)


def test_a_failed_save_keeps_the_revision_so_the_next_try_works(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gesprekscoach.store import preparations as store_module

    store = PreparationStore(private_home)
    prep = store.create("functionering", date(2027, 6, 10), now=NOW)

    def full(target: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "atomic_write_bytes", full)
    with pytest.raises(StoreError, match="schijf is vol"):
        store.save(prep, now=NOW)
    monkeypatch.undo()
    assert prep.revision == 1
    store.save(prep, now=NOW)
    assert store.load(prep.id).revision == 2


def test_a_save_sets_a_damaged_file_aside_and_never_overwrites_a_newer_one(private_home: Path) -> None:
    store = PreparationStore(private_home)
    prep = store.create("functionering", date(2027, 6, 10), now=NOW)
    path = store.path_for(prep.id)
    path.write_bytes(b"kapot: [")
    store.save(prep, now=NOW)
    assert store.load(prep.id).revision == 2
    assert [p.read_bytes() for p in (private_home / "beschadigd").iterdir()] == [b"kapot: ["]
    assert "niets weggegooid" in store.set_aside_on_save[0].message()

    newer = (DATA / "preparation-newer.yaml").read_bytes()
    path.write_bytes(newer)
    with pytest.raises(NewerVersionError):
        store.save(prep, now=NOW)
    assert path.read_bytes() == newer


_EDITOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from gesprekscoach.store.merge import merge_preparations
    from gesprekscoach.store.models import AgendaItem
    from gesprekscoach.store.preparations import ConcurrentEditError, PreparationStore

    store = PreparationStore(Path(sys.argv[1]))
    base = store.load(sys.argv[2])
    mine = base.model_copy(deep=True)
    mine.agenda.append(AgendaItem(text=sys.argv[3]))
    while True:
        try:
            store.save(mine)
            break
        except ConcurrentEditError as error:
            result = merge_preparations(base, mine, error.on_disk)
            base, mine = error.on_disk, result.merged
    print("ok")
    """
)


def test_parallel_processes_editing_one_preparation_lose_nothing(private_home: Path, tmp_path: Path) -> None:
    store = PreparationStore(private_home)
    prep = store.create("functionering", date(2027, 6, 10), now=NOW)
    script = tmp_path / "editor.py"
    script.write_text(_EDITOR, encoding="utf-8")
    points = [f"punt {number}" for number in range(8)]
    processes = [
        subprocess.Popen(
            [sys.executable, str(script), str(private_home), prep.id, point],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(private_home),
        )
        for point in points
    ]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0 and out.strip() == "ok", err
    final = store.load(prep.id)
    assert sorted(final.agenda_texts()) == points
    assert final.revision == 1 + len(points)


_CREATOR = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path

    from gesprekscoach.store.preparations import PreparationStore

    print(PreparationStore(Path(sys.argv[1])).create("functionering", date(2027, 6, 10)).id)
    """
)


def test_preparations_created_at_the_same_moment_get_their_own_file(private_home: Path, tmp_path: Path) -> None:
    script = tmp_path / "creator.py"
    script.write_text(_CREATOR, encoding="utf-8")
    processes = [
        subprocess.Popen([sys.executable, str(script), str(private_home)], stdout=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    ids = [process.communicate(timeout=120)[0].strip() for process in processes]
    assert len(set(ids)) == 6
    assert sorted(p.id for p in PreparationStore(private_home).list().preparations) == sorted(ids)


# --------------------------------------------------------------------------- every schema version still opens


@pytest.mark.parametrize(
    ("fixture", "prep_id", "revision"),
    [
        ("preparation-no-version.yaml", "2026-03-02-planning", 0),
        ("preparation-v1.yaml", "2026-11-23-functionering", 0),
        ("preparation-v2.yaml", "2027-06-10-functionering", 0),
        ("preparation-v3.yaml", "2027-06-10-functionering", 7),
    ],
)
def test_files_of_every_schema_version_open_and_save(
    private_home: Path, fixture: str, prep_id: str, revision: int
) -> None:
    """tests/data/preparation-*.yaml were written at each schema version: never regenerate them."""
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    path = store.folder / f"{prep_id}.yaml"
    shutil.copy(DATA / fixture, path)
    before = path.read_bytes()
    prep = store.load(prep_id)
    assert (prep.schema_version, prep.revision) == (PREPARATION_SCHEMA_VERSION, revision)
    assert path.read_bytes() == before  # loading never rewrites
    assert [p.id for p in store.list().preparations] == [prep_id]
    store.save(prep, now=NOW)
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert (raw["schema_version"], raw["revision"]) == (PREPARATION_SCHEMA_VERSION, revision + 1)


def test_the_v3_fixture_keeps_every_field(private_home: Path) -> None:
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    shutil.copy(DATA / "preparation-v2.yaml", store.folder / "v2.yaml")
    shutil.copy(DATA / "preparation-v3.yaml", store.folder / "v3.yaml")
    v2, v3 = store.load("v2"), store.load("v3")
    fields = set(Preparation.model_fields) - {"id", "revision", "updated_at"}
    assert {name: getattr(v3, name) for name in fields} == {name: getattr(v2, name) for name in fields}


# --------------------------------------------------------------------------- the three-way merge


def _base() -> Preparation:
    return Preparation(
        id="2027-06-10-functionering",
        conversation="functionering",
        meeting_date=date(2027, 6, 10),
        created_at=NOW,
        updated_at=NOW,
        revision=4,
        answers={"groei": Answer(text="eerst")},
        goals=[Goal(text="Doel een")],
        agenda=[AgendaItem(text="Werkdruk")],
    )


def test_merge_takes_what_changed_on_one_side() -> None:
    base = _base()
    mine, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    mine.answers["groei"].text = "van mij"
    mine.goals[0].meetbaar = "drie keer"
    theirs.with_whom = "Anne"
    theirs.answers["nieuw"] = Answer(text="van hen")
    theirs.revision = 6
    result = merge_preparations(base, mine, theirs)
    assert result.clean and result.conflicts == ()
    merged = result.merged
    assert merged.answers["groei"].text == "van mij" and merged.answers["nieuw"].text == "van hen"
    assert merged.with_whom == "Anne" and merged.goals[0].meetbaar == "drie keer"
    assert merged.revision == 6  # saves over theirs
    assert base.answers["groei"].text == "eerst" and "nieuw" not in mine.answers  # inputs unchanged


def test_merge_lists_a_field_changed_on_both_sides_as_a_conflict() -> None:
    base = _base()
    mine, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    mine.answers["groei"].text = "van mij"
    theirs.answers["groei"].text = "van hen"
    mine.with_whom = theirs.with_whom = "Anne"  # the same change on both sides: no conflict
    result = merge_preparations(base, mine, theirs)
    assert not result.clean
    assert [(c.field(), c.base, c.mine, c.theirs) for c in result.conflicts] == [
        ("answers.groei.text", "eerst", "van mij", "van hen")
    ]
    assert result.merged.answers["groei"].text == "van mij" and result.merged.with_whom == "Anne"


def test_merge_keeps_items_both_sides_added() -> None:
    base = _base()
    mine, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    mine.goals.append(Goal(text="Mijn nieuwe doel"))
    mine.assign_ids()
    theirs.goals.append(Goal(text="Hun nieuwe doel"))
    theirs.assign_ids()
    assert mine.goals[1].id == theirs.goals[1].id == "doel-2"
    mine.agenda.append(AgendaItem(text="Van mij"))
    theirs.agenda.append(AgendaItem(text="Van hen"))
    theirs.after = AfterMeetingRecord(agreements=[Agreement(what="Overleg")])
    result = merge_preparations(base, mine, theirs)
    assert result.clean
    merged = result.merged
    assert [(g.id, g.text) for g in merged.goals] == [
        ("doel-1", "Doel een"),
        ("doel-2", "Hun nieuwe doel"),
        ("doel-3", "Mijn nieuwe doel"),
    ]
    assert merged.agenda_texts() == ["Werkdruk", "Van hen", "Van mij"]
    assert merged.after is not None and merged.after.agreements[0].what == "Overleg"


def test_merge_deleted_on_one_side_and_changed_on_the_other_is_a_conflict() -> None:
    base = _base()
    mine, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    del mine.answers["groei"]
    theirs.answers["groei"].text = "van hen"
    result = merge_preparations(base, mine, theirs)
    assert [(c.field(), c.mine) for c in result.conflicts] == [("answers.groei", MISSING)]
    untouched = merge_preparations(base, mine, base.model_copy(deep=True))
    assert untouched.clean and "groei" not in untouched.merged.answers
