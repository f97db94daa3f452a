"""The saving policy (a quiet pause, but never more than a second of unsaved typing) with a fake
clock, and the session's saving: dirty, save when due, a failed save keeps the data."""

from __future__ import annotations

import errno
import math
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.session.commands import SetAnswer
from gesprekscoach.session.saving import MAX_WAIT_SECONDS, QUIET_SECONDS, SavePolicy, SaveStatus
from gesprekscoach.store import preparations
from session_helpers import fixed_clock, new_session


def _type_steadily(policy: SavePolicy, keys_per_second: float, seconds: float) -> tuple[list[float], float]:
    """Simulate a front end: a key every 1/keys_per_second s; a timer saves at `due_at`.

    Returns the save moments and the longest time any edit stayed unsaved.
    """
    step = 1 / keys_per_second
    keys = [index * step for index in range(int(seconds * keys_per_second))]
    saves: list[float] = []
    oldest_unsaved: float | None = None
    longest = 0.0

    def run_timer(until: float) -> None:
        nonlocal oldest_unsaved, longest
        due = policy.due_at()
        while due is not None and due <= until:
            assert oldest_unsaved is not None
            longest = max(longest, due - oldest_unsaved)
            policy.saved(due)
            saves.append(due)
            oldest_unsaved = None
            due = policy.due_at()

    for moment in keys:
        run_timer(moment)
        if oldest_unsaved is not None:
            longest = max(longest, moment - oldest_unsaved)
        policy.note_edit(moment)
        if oldest_unsaved is None:
            oldest_unsaved = moment
    run_timer(keys[-1] + 10)
    return saves, longest


def test_steady_typing_never_leaves_more_than_a_second_unsaved() -> None:
    policy = SavePolicy()
    saves, longest = _type_steadily(policy, keys_per_second=7, seconds=30)
    assert longest <= MAX_WAIT_SECONDS + 1e-9
    # a quiet pause never comes while typing at 7 keys a second: it saves after each maximum wait
    # (the timer is looked at on each key here, so a save comes with the first key after the wait)
    expected = 30 / (math.ceil(MAX_WAIT_SECONDS * 7) / 7)
    assert expected - 2 <= len(saves) <= expected + 2
    gaps = [later - earlier for earlier, later in zip(saves, saves[1:], strict=False)]
    assert max(gaps[:-1]) <= MAX_WAIT_SECONDS + 1 / 7 + 1e-9
    assert not policy.dirty


@pytest.mark.parametrize("keys_per_second", [1, 2, 3, 7, 12, 30])
def test_at_any_rhythm_at_most_a_second_is_unsaved(keys_per_second: float) -> None:
    _, longest = _type_steadily(SavePolicy(), keys_per_second=keys_per_second, seconds=20)
    assert longest <= MAX_WAIT_SECONDS + 1e-9


def test_a_pause_saves_after_the_quiet_time() -> None:
    policy = SavePolicy()
    assert policy.due_at() is None and not policy.is_due(100.0)
    policy.note_edit(10.0)
    policy.note_edit(10.1)
    assert policy.status == SaveStatus.PENDING
    assert policy.due_at() == pytest.approx(10.1 + QUIET_SECONDS)
    assert not policy.is_due(10.4)
    assert policy.is_due(10.5)
    policy.saved(10.5)
    assert not policy.dirty and policy.due_at() is None and policy.status == SaveStatus.SAVED


def test_a_failed_save_waits_for_the_next_edit() -> None:
    policy = SavePolicy()
    policy.note_edit(1.0)
    policy.failed("Opslaan is niet gelukt.")
    assert policy.dirty and policy.status == SaveStatus.FAILED and policy.error == "Opslaan is niet gelukt."
    assert policy.due_at() is None  # no retry loop against a full disk
    policy.note_edit(5.0)
    assert policy.due_at() == pytest.approx(5.0 + QUIET_SECONDS)
    policy.saved(5.4)
    assert policy.error is None and policy.status == SaveStatus.SAVED


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        SavePolicy(quiet=0)
    with pytest.raises(ValueError):
        SavePolicy(quiet=1.0, max_wait=0.5)


def test_the_session_saves_when_due_and_only_when_something_changed(shipped_content: Content, tmp_path: Path) -> None:
    clock = fixed_clock()
    session = new_session(shipped_content, tmp_path / "home", clock=clock)
    file = session.store.path_for(session.prep.id)
    assert not session.dirty and session.save_if_due() is None
    session.apply(SetAnswer("wat-ging-goed", "Het ging"))
    assert session.dirty and session.save_due_at() == pytest.approx(clock.ticks + QUIET_SECONDS)
    clock.advance(0.3)
    assert session.save_if_due() is None
    assert "Het ging" not in file.read_text(encoding="utf-8")
    clock.advance(0.1)
    outcome = session.save_if_due()
    assert outcome is not None and outcome.ok
    assert not session.dirty and "Het ging" in file.read_text(encoding="utf-8")
    session.apply(SetAnswer("wat-ging-goed", "Het ging"))  # the same text: nothing to save
    assert not session.dirty and session.save_due_at() is None
    assert session.close().ok


def test_a_failed_save_keeps_the_data_and_says_why_in_dutch(
    shipped_content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = new_session(shipped_content, tmp_path / "home")
    file = session.store.path_for(session.prep.id)

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(preparations, "atomic_write_bytes", full_disk)
    session.apply(SetAnswer("wat-ging-goed", "Niet kwijtraken"))
    outcome = session.save_now()
    assert not outcome.ok and "Traceback" not in outcome.message
    assert outcome.message == session.save_error and "schijf" in outcome.message.lower()
    assert session.dirty and session.save_status == SaveStatus.FAILED
    assert session.prep.answers["wat-ging-goed"].text == "Niet kwijtraken"
    monkeypatch.undo()
    assert session.close().ok  # the final save on close tries again
    assert "Niet kwijtraken" in file.read_text(encoding="utf-8")
    assert session.save_error is None and not session.dirty


def test_the_plain_mode_tells_a_failed_save_and_saves_it_with_the_next_answer(
    shipped_content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io as streams

    from gesprekscoach.plain.app import run_plain
    from gesprekscoach.store.preparations import PreparationStore
    from test_plain import TIP_NOTE, conversation_number

    real_write = preparations.atomic_write_bytes
    failed: list[Path] = []

    def write_once_failing(path: Path, data: bytes) -> None:
        if TIP_NOTE.encode() in data and not failed:
            failed.append(path)
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real_write(path, data)

    monkeypatch.setattr(preparations, "atomic_write_bytes", write_once_failing)
    home = tmp_path / "home"
    typed = ["1", conversation_number(shipped_content, "functionering"), "23-11-2026", "", "", "", "", "j", TIP_NOTE]
    typed += ["j", "stop"]  # the next answer: the tip note is saved with it
    out = streams.StringIO()
    code = run_plain(
        shipped_content,
        store=PreparationStore(home),
        stdin=streams.StringIO("\n".join(typed) + "\n"),
        stdout=out,
        cwd=tmp_path,
        clock=fixed_clock(),
    )
    assert code == 0 and failed
    output = out.getvalue()
    assert "Let op: " in output and "Traceback" not in output
    saved = PreparationStore(home).list().preparations[0]
    assert [(state.done, state.note) for state in saved.checklist.values()] == [(True, TIP_NOTE), (True, "")]


def test_the_copy_taken_to_save_is_the_whole_preparation_and_independent(
    shipped_content: Content, tmp_path: Path
) -> None:
    """The autosave copy (made through plain data) holds everything, also its revision and unknown
    fields, and later edits never reach it."""
    from gesprekscoach.session.commands import AddGoal, SetGoalField

    session = new_session(shipped_content, tmp_path / "home", clock=fixed_clock())
    session.apply(SetAnswer("wat-ging-goed", "Het ging 😀"))
    goal_id = session.apply(AddGoal("Ik leer plannen")).keys[0]
    session.prep.__pydantic_extra__["van_een_nieuwere_versie"] = {"a": [1, 2]}  # type: ignore[index]
    snapshot = session.snapshot_to_save()
    assert snapshot is not None
    assert snapshot.prep == session.prep and snapshot.prep is not session.prep
    assert snapshot.prep.revision == session.prep.revision
    session.apply(SetGoalField(str(goal_id), "text", "Iets anders"))
    session.apply(SetAnswer("wat-ging-goed", "Nu anders"))
    assert snapshot.prep.goals[0].text == "Ik leer plannen"
    assert snapshot.prep.answers["wat-ging-goed"].text == "Het ging 😀"
    outcome = session.finish_snapshot(snapshot, session.write_snapshot(snapshot))
    assert outcome.ok and session.dirty  # the edits made after the copy still wait
    assert session.close().ok
    assert session.store.load(session.prep.id).answers["wat-ging-goed"].text == "Nu anders"
