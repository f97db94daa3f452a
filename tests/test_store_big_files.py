"""Big preparation files: written in parts, emoji readable at every size, no re-read of our own file."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from gesprekscoach.store import preparation_yaml
from gesprekscoach.store import preparations as store_module
from gesprekscoach.store.models import Answer, Goal, Preparation
from gesprekscoach.store.preparations import ConcurrentEditError, PreparationStore

NOW = datetime(2026, 11, 22, 21, 0, 0, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def store(tmp_path: Path) -> PreparationStore:
    return PreparationStore(tmp_path / "home")


def _big(store: PreparationStore, text: str, goals: int = 400) -> Preparation:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    prep.goals = [Goal(text=f"Doel {n}: {text}", specifiek=text, steps=[text, "stap"]) for n in range(goals)]
    prep.answers = {"groei": Answer(text=text * 20, example="voorbeeld")}
    return prep


def test_parts_give_the_same_text_as_one_dump(store: PreparationStore) -> None:
    """Without emoji, the text made in parts is exactly the text of one dump of the whole.

    (Text that ends in empty lines differs only in the end-of-document mark; test_store.py
    checks that it reads back exactly.)
    """
    texts = ["gewoon", "regel 1\nregel 2\n", "'quotes' \\ en: #", "x" * 3000, "a\n\nb  c"]
    for text in texts:
        prep = _big(store, text, goals=30)
        prep.assign_ids()
        fields = prep.model_dump(mode="python")
        data = {"schema_version": fields.pop("schema_version"), "revision": prep.revision, **fields}
        whole = preparation_yaml._dump(data, preparation_yaml._FastDumper)
        assert store_module.dump_preparation(prep) == store_module.FILE_HEADER + whole, repr(text)


def test_a_shared_value_is_written_in_full_not_as_an_alias(store: PreparationStore) -> None:
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)  # created_at is updated_at
    text = store_module.dump_preparation(prep)
    assert "&id" not in text and "*id" not in text
    assert store_module.parse_preparation(text, prep.id) == prep


@pytest.mark.parametrize("goals", [5, 2000])
def test_emoji_are_written_as_they_are_in_small_and_large_files(store: PreparationStore, goals: int) -> None:
    """Below and above the size where a part is written by the pure-Python dumper."""
    text = "Het ging goed 😀\nmet het team 🎉"
    prep = _big(store, text, goals=goals)
    prep.answers["groei"] = Answer(text=("Een lange tekst met 😀 erin.\n" * 12_000))
    store.save(prep, now=NOW)
    written = store.path_for(prep.id).read_text(encoding="utf-8")
    assert "\\U0001F600" not in written and "\\U0001f600" not in written
    assert "😀" in written and "🎉" in written
    assert store.load(prep.id) == prep


def test_a_typed_backslash_u_next_to_emoji_survives_in_a_large_part(store: PreparationStore) -> None:
    """A text with a literal '\\U0001F600' cannot be told from an escape: it is kept exactly."""
    literal = "letterlijk \\U0001F600 en echt 😀 en \\\\U0001F389"
    prep = store.create("functionering", date(2026, 11, 23), now=NOW)
    prep.answers = {"groei": Answer(text=literal + "x" * 300_000), "ander": Answer(text="😀" * 70_000)}
    store.save(prep, now=NOW)
    loaded = store.load(prep.id)
    assert loaded.answers["groei"].text == literal + "x" * 300_000
    assert loaded.answers["ander"].text == "😀" * 70_000


def test_saving_again_does_not_read_back_the_file_it_wrote(
    store: PreparationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep = _big(store, "tekst", goals=10)
    store.save(prep, now=NOW)

    def no_read(path: Path) -> Preparation | None:
        raise AssertionError("read back")

    monkeypatch.setattr(store, "_on_disk", no_read)
    prep.with_whom = "Anne"
    store.save(prep, now=NOW)
    monkeypatch.undo()
    assert store.load(prep.id).with_whom == "Anne"


def test_a_file_saved_by_another_window_is_still_noticed(store: PreparationStore) -> None:
    """The shortcut never hides a save by someone else: then the file is read and compared."""
    prep = _big(store, "tekst", goals=3)
    store.save(prep, now=NOW)
    other_store = PreparationStore(store.home)
    other = other_store.load(prep.id)
    other.with_whom = "Bram"
    other_store.save(other, now=NOW)
    prep.with_whom = "Anne"
    with pytest.raises(ConcurrentEditError) as raised:
        store.save(prep, now=NOW)
    assert raised.value.on_disk.with_whom == "Bram"


def test_a_file_changed_by_hand_is_read_again(store: PreparationStore) -> None:
    """Changed in place (same inode) with the same size: the times differ, so it is read."""
    prep = _big(store, "tekst", goals=3)
    store.save(prep, now=NOW)
    path = store.path_for(prep.id)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f"revision: {prep.revision}", f"revision: {prep.revision + 1}"), encoding="utf-8")
    with pytest.raises(ConcurrentEditError):
        store.save(prep, now=NOW)


def test_saving_a_file_just_opened_does_not_read_it_again(
    store: PreparationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep = _big(store, "tekst", goals=10)
    store.save(prep, now=NOW)
    fresh = PreparationStore(store.home)
    opened = fresh.load(prep.id)

    def no_read(path: Path) -> Preparation | None:
        raise AssertionError("read back")

    monkeypatch.setattr(fresh, "_on_disk", no_read)
    opened.with_whom = "Anne"
    fresh.save(opened, now=NOW)
    monkeypatch.undo()
    assert fresh.load(prep.id).with_whom == "Anne"


def test_answers_and_notes_are_written_entry_by_entry_with_the_same_text(store: PreparationStore) -> None:
    prep = _big(store, "regel 1\nregel 2", goals=2)
    prep.answers = {f"vraag-{n}": Answer(text=f"antwoord {n}\n" * 50, example=" inspringen\nx") for n in range(30)}
    prep.assign_ids()
    fields = prep.model_dump(mode="python")
    data = {"schema_version": fields.pop("schema_version"), "revision": prep.revision, **fields}
    whole = preparation_yaml._dump(data, preparation_yaml._FastDumper)
    assert store_module.dump_preparation(prep) == store_module.FILE_HEADER + whole
