"""Leaving a preparation leaves its data in the cache: the next `gesprekscoach exporteer` is fast.

`PreparationSession.close()` (the full screen and plain mode call it when the user leaves a
preparation) asks the store to remember the view of what it saved (`remember_view`), but only
while the file on disk is exactly that save: a file changed by someone else is validated again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.session.commands import AddGoal, SetGoalField, SetWithWhom
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.store import view_cache
from gesprekscoach.store.preparation_view import view_of
from gesprekscoach.store.preparations import PreparationStore
from session_helpers import fixed_clock, new_session
from store_files import count_parses

EXPORT_SCRIPT = (
    "import sys\n"
    "from gesprekscoach.store.preparations import PreparationStore\n"
    "view = PreparationStore().find_view(sys.argv[1])\n"
    "loaded = [name for name in ('yaml', 'pydantic') if name in sys.modules]\n"
    "print(loaded, view.with_whom, [goal.title() for goal in view.goals])\n"
)


def _export(prep_id: str) -> str:
    """What a fresh `find_view` of the preparation loads and reads (as `gesprekscoach exporteer` does)."""
    command = [sys.executable, "-c", EXPORT_SCRIPT, prep_id]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def _view_file(home: Path, prep_id: str) -> Path:
    return home / "cache" / view_cache.VIEW_FOLDER / f"{prep_id}.json"


def test_after_closing_an_edited_preparation_the_export_needs_neither_yaml_nor_pydantic(
    shipped_content: Content, private_home: Path
) -> None:
    session = new_session(shipped_content, private_home)
    session.apply(SetWithWhom("Kees de Boer"))
    change = session.apply(AddGoal())
    (goal_id,) = change.keys
    session.apply(SetGoalField(goal_id, "text", "Ik plan mijn week zelf"))
    session.apply(AddGoal())  # one nobody wrote in: not saved, and not on the sheet
    assert session.dirty
    assert session.close().ok
    assert _export(session.prep.id) == "[] Kees de Boer ['Ik plan mijn week zelf']"
    store = PreparationStore(private_home)
    assert store.find_view(session.prep.id) == view_of(store.find(session.prep.id))


def test_after_closing_without_edits_the_export_needs_no_validation(
    shipped_content: Content, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep_id = new_session(shipped_content, private_home).prep.id  # saved, never closed
    store = PreparationStore(private_home)
    session = open_preparation(store, shipped_content, store.load(prep_id), clock=fixed_clock()).session
    assert not session.dirty
    assert not _view_file(private_home, prep_id).exists()
    assert session.close().ok
    calls = count_parses(monkeypatch)
    assert PreparationStore(private_home).find_view(prep_id).with_whom == "Anne de Vries"
    assert calls == []


def test_closing_after_someone_else_changed_the_file_caches_nothing(
    shipped_content: Content, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = new_session(shipped_content, private_home)
    session.apply(SetWithWhom("Kees de Boer"))
    assert session.save_now().ok
    path = session.store.path_for(session.prep.id)
    path.write_bytes(path.read_bytes().replace(b"Kees de Boer", b"Kees van Dam en Ria"))  # another program
    assert session.close().ok  # nothing unsaved here
    assert not _view_file(private_home, session.prep.id).exists()
    calls = count_parses(monkeypatch)
    assert PreparationStore(private_home).find_view(session.prep.id).with_whom == "Kees van Dam en Ria"
    assert calls == [session.prep.id]  # validated, as any file the coach did not write
