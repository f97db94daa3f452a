"""Two windows on one preparation: the second save merges, never overwrites silently."""

from __future__ import annotations

from pathlib import Path

from gesprekscoach.content.models import Content
from gesprekscoach.session.commands import AddListItem, Area, SetAnswer
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.preparations import PreparationStore
from session_helpers import fixed_clock, new_session


def _second_window(first: PreparationSession, content: Content) -> PreparationSession:
    store = PreparationStore(first.store.home)
    return open_preparation(store, content, store.load(first.prep.id), clock=fixed_clock()).session


def test_edits_in_two_windows_are_both_kept(shipped_content: Content, tmp_path: Path) -> None:
    window_a = new_session(shipped_content, tmp_path / "home", clock=fixed_clock())
    window_b = _second_window(window_a, shipped_content)

    window_a.apply(SetAnswer("wat-ging-goed", "Het project liep goed."))
    assert window_a.save_now().ok
    window_b.apply(AddListItem(Area.AGENDA, "Werkdruk"))
    outcome = window_b.save_now()

    assert outcome.ok
    assert outcome.open_elsewhere
    assert outcome.conflicts == ()
    assert "ergens anders open" in outcome.message
    on_disk = window_a.store.load(window_a.prep.id)
    assert on_disk.answers["wat-ging-goed"].text == "Het project liep goed."
    assert [item.text for item in on_disk.agenda] == ["Werkdruk"]
    # window B now shows A's answer too, and saves again without a merge
    assert window_b.prep.answers["wat-ging-goed"].text == "Het project liep goed."
    window_b.apply(AddListItem(Area.AGENDA, "Cursus"))
    again = window_b.save_now()
    assert again.ok and not again.open_elsewhere


def test_the_same_answer_changed_in_two_windows_is_a_conflict_that_keeps_this_window(
    shipped_content: Content, tmp_path: Path
) -> None:
    window_a = new_session(shipped_content, tmp_path / "home", clock=fixed_clock())
    window_b = _second_window(window_a, shipped_content)

    window_a.apply(SetAnswer("wat-ging-goed", "Versie van venster A"))
    assert window_a.save_now().ok
    window_b.apply(SetAnswer("wat-ging-goed", "Versie van venster B"))
    outcome = window_b.save_now()

    assert outcome.ok and outcome.open_elsewhere
    assert [conflict.field() for conflict in outcome.conflicts] == ["answers.wat-ging-goed.text"]
    assert outcome.conflicts[0].theirs == "Versie van venster A"
    assert "welke tekst je wilt houden" in outcome.message
    assert window_a.store.load(window_a.prep.id).answers["wat-ging-goed"].text == "Versie van venster B"
