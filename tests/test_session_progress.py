"""Progress per step and the overview, read from the session (one place for every count)."""

from __future__ import annotations

from pathlib import Path

from gesprekscoach.content.models import ChecklistStep, Content, PitfallsStep, QuestionsStep
from gesprekscoach.session.commands import (
    AddGoal,
    AddListItem,
    Area,
    SetAnswer,
    SetGoalField,
    SetPitfallRead,
    SetTipDone,
)
from gesprekscoach.session.progress import (
    CHECK_NOW_LIMIT,
    MARK_FILLED,
    MARK_OPEN,
    MARK_PARTLY,
    MARK_PENDING,
    MARK_READ,
    PENDING_TEXT,
    StepState,
    pitfalls_of,
)
from gesprekscoach.sheet.goal_checks import GOAL_VERDICTS
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


def test_the_step_list_waits_for_many_unchecked_goals_then_counts_them_right(
    shipped_content: Content, tmp_path: Path
) -> None:
    session = new_session(shipped_content, tmp_path / "home")
    many = CHECK_NOW_LIMIT + 15
    for n in range(many):
        session.apply(AddGoal(f"Ik wil beter worden in taak {n} van de wachtlijst"))
    smart = session.apply(AddGoal("Ik rond voor 1 juli 2027 de cursus wachtlijst af met een certificaat")).keys[0]
    session.apply(SetGoalField(smart, "acceptabel", "Ja, dat wil ik echt"))
    session.apply(SetGoalField(smart, "realistisch", "Ja, ik heb er tijd voor"))
    GOAL_VERDICTS.clear()  # nothing checked yet, as after a fresh start

    waiting = {p.step.id: p for p in session.step_list_progress()}["doelen"]
    # no guessed figure: a mark of its own, and no goal counted as SMART or not
    assert (waiting.state, waiting.marker, waiting.count_text) == (StepState.PENDING, MARK_PENDING, PENDING_TEXT)
    assert waiting.done == 0

    job = session.goal_check_job()
    assert job is not None and len(job.goals) == many + 1
    job.run()
    assert session.goal_check_job() is None

    known = {p.step.id: p for p in session.step_list_progress()}["doelen"]
    checked = {p.step.id: p for p in session.progress()}["doelen"]
    assert known == checked
    assert (known.marker, known.count_text) == ("!", f"{many + 1} doelen, {many} nog niet SMART")
    assert (known.done, known.total) == (1, many + 1)

    # a goal just typed in is checked at once: the mark does not flip to '…' while typing
    session.apply(SetGoalField(smart, "realistisch", ""))  # R not answered: not SMART
    after_edit = {p.step.id: p for p in session.step_list_progress()}["doelen"]
    assert (after_edit.state, after_edit.count_text) == (
        StepState.CHECK,
        f"{many + 1} doelen, {many + 1} nog niet SMART",
    )


def test_a_normal_preparation_never_waits_for_its_goals(shipped_content: Content, tmp_path: Path) -> None:
    session = new_session(shipped_content, tmp_path / "home")
    for n in range(CHECK_NOW_LIMIT):
        session.apply(AddGoal(f"Ik wil beter worden in taak {n} van de korte lijst"))
    GOAL_VERDICTS.clear()
    assert session.step_list_progress() == session.progress()
    assert session.goal_check_job() is None
