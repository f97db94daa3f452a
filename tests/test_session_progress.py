"""Progress per step and the overview, read from the session (one place for every count)."""

from __future__ import annotations

from pathlib import Path

from gesprekscoach.content.models import ChecklistStep, Content, PitfallsStep, QuestionsStep
from gesprekscoach.session.commands import AddGoal, AddListItem, Area, SetAnswer, SetPitfallRead, SetTipDone
from gesprekscoach.session.progress import MARK_FILLED, MARK_OPEN, MARK_PARTLY, MARK_READ, pitfalls_of
from session_helpers import new_session


def test_progress_per_step_follows_the_edits(shipped_content: Content, tmp_path: Path) -> None:
    session = new_session(shipped_content, tmp_path / "home")
    conv = shipped_content.conversation("functionering")
    before = {p.step.id: (p.number, p.filled, p.marker, p.count_text) for p in session.progress()}
    assert before["welkom"] == (1, None, MARK_READ, "")
    assert before["tips"] == (3, False, MARK_OPEN, "0 van 5 tips afgevinkt")
    assert before["doelen"][1:] == (False, MARK_OPEN, "nog geen doelen")

    tips = conv.step("tips")
    assert isinstance(tips, ChecklistStep)
    session.apply(SetTipDone(tips.items[1].id, True))
    session.apply(SetAnswer("wat-ging-goed", "Goed"))
    session.apply(AddGoal("Ik wil beter plannen"))
    session.apply(AddListItem(Area.AGENDA, "Werkdruk"))
    session.apply(AddListItem(Area.AGENDA, "Cursus"))
    pitfalls = conv.step("valkuilen")
    assert isinstance(pitfalls, PitfallsStep)
    session.apply(SetPitfallRead(pitfalls_of(pitfalls, shipped_content)[0].id, True))

    after = {p.step.id: (p.filled, p.marker, p.count_text) for p in session.progress()}
    # begun is not done: one tip of five, one question of six, one pitfall of seven
    assert after["tips"] == (True, MARK_PARTLY, "1 van 5 tips afgevinkt")
    assert after["terugblik"] == (True, MARK_PARTLY, "1 van 6 vragen beantwoord")
    assert after["doelen"] == (True, "!", "1 doel, nog niet SMART")
    assert after["agenda"] == (True, MARK_FILLED, "2 punten")
    assert after["valkuilen"] == (True, MARK_PARTLY, "1 van 7 valkuilen gelezen")
    assert after["feedback"] == (False, MARK_OPEN, "nog geen punten")
    one = session.step_progress(conv.step("agenda"))
    agenda_number = [step.id for step in conv.steps].index("agenda") + 1
    assert (one.number, one.count_text) == (agenda_number, "2 punten")


def test_the_overview_lists_what_was_filled_in(shipped_content: Content, tmp_path: Path) -> None:
    session = new_session(shipped_content, tmp_path / "home")
    session.apply(SetAnswer("wat-ging-goed", "Goed"))
    session.apply(AddListItem(Area.AGENDA, "Mijn   werkdruk\nen meer"))
    lines = session.overview_lines()
    assert lines[0] == "Je voorbereiding op je functioneringsgesprek van maandag 23 november 2026."
    assert "Met: Anne de Vries." in lines
    assert "Tips afgevinkt: 0 van 10." in lines
    conv = shipped_content.conversation("functionering")
    questions = {q for step in conv.steps if isinstance(step, QuestionsStep) for q in step.questions}
    assert f"Vragen beantwoord: 1 van {len(questions)}." in lines
    assert "Je doelen: nog niets." in lines
    assert "Valkuilen gelezen: 0 van 7." in lines
    agenda = lines.index("Je agenda:")
    assert lines[agenda : agenda + 2] == ["Je agenda:", "1. Mijn werkdruk en meer"]
    # then what is still open, as the full screen's summary says it
    assert lines[agenda + 2 :] == session.progress_note()
    assert lines[agenda + 2] == "Nog niet alles is af:"
