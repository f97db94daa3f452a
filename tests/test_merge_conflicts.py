"""Two windows changed the same place: the session describes each conflict in Dutch and settles it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content, QuestionsStep
from gesprekscoach.plain.answer_steps import ask_questions
from gesprekscoach.plain.console import PlainIO, StopRequested
from gesprekscoach.plain.editing import PlainEditor
from gesprekscoach.session.commands import (
    AddGoal,
    ConflictChoice,
    ResolveConflict,
    SetAnswer,
    SetGoalField,
    SetHowItWent,
)
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.merge_conflicts import shorten
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.preparations import PreparationStore
from session_helpers import fixed_clock, new_session

QUESTION = "wat-ging-goed"


def _second_window(first: PreparationSession, content: Content) -> PreparationSession:
    store = PreparationStore(first.store.home)
    return open_preparation(store, content, store.load(first.prep.id), clock=fixed_clock()).session


def _both_wrote(content: Content, home: Path) -> tuple[PreparationSession, PreparationSession]:
    """Window A saved its answer; window B wrote another one in the same field and saved (a conflict)."""
    window_a = new_session(content, home, clock=fixed_clock())
    window_b = _second_window(window_a, content)
    window_a.apply(SetAnswer(QUESTION, "Versie van venster A"))
    assert window_a.save_now().ok
    window_b.apply(SetAnswer(QUESTION, "Versie van venster B"))
    outcome = window_b.save_now()
    assert outcome.ok and outcome.open_elsewhere and len(outcome.conflicts) == 1
    return window_a, window_b


def _on_disk(session: PreparationSession) -> str:
    return PreparationStore(session.store.home).load(session.prep.id).answers[QUESTION].text


def test_a_conflict_is_described_for_a_person(shipped_content: Content, tmp_path: Path) -> None:
    _window_a, window_b = _both_wrote(shipped_content, tmp_path / "home")

    [question] = window_b.open_conflicts()

    assert question.where == "Stap 'Terugkijken op je werk', vraag 'Wat ging de afgelopen tijd goed?'"
    assert question.mine == "Versie van venster B"
    assert question.theirs == "Versie van venster A"
    assert [label for _choice, label in question.choice_labels()] == [
        "Mijn tekst houden",
        "Tekst uit het andere venster",
        "Allebei houden",
    ]


def test_take_theirs_is_saved_like_any_edit(shipped_content: Content, tmp_path: Path) -> None:
    _window_a, window_b = _both_wrote(shipped_content, tmp_path / "home")
    [question] = window_b.open_conflicts()

    change = window_b.apply(ResolveConflict(question.key, ConflictChoice.THEIRS))

    assert change and window_b.dirty
    assert window_b.prep.answers[QUESTION].text == "Versie van venster A"
    assert window_b.save_now().ok
    assert _on_disk(window_b) == "Versie van venster A"
    assert window_b.open_conflicts() == []


def test_keep_mine_changes_nothing_and_closes_the_question(shipped_content: Content, tmp_path: Path) -> None:
    _window_a, window_b = _both_wrote(shipped_content, tmp_path / "home")
    [question] = window_b.open_conflicts()

    change = window_b.apply(ResolveConflict(question.key, ConflictChoice.MINE))

    assert not change and not window_b.dirty
    assert _on_disk(window_b) == "Versie van venster B"
    assert window_b.open_conflicts() == []
    with pytest.raises(CommandError):
        window_b.apply(ResolveConflict(question.key, ConflictChoice.THEIRS))


def test_keep_both_joins_the_texts_mine_first(shipped_content: Content, tmp_path: Path) -> None:
    _window_a, window_b = _both_wrote(shipped_content, tmp_path / "home")
    [question] = window_b.open_conflicts()

    window_b.apply(ResolveConflict(question.key, ConflictChoice.BOTH))
    assert window_b.save_now().ok

    assert _on_disk(window_b) == "Versie van venster B\n\nVersie van venster A"


def test_window_a_gets_the_settled_text_on_its_next_save(shipped_content: Content, tmp_path: Path) -> None:
    window_a, window_b = _both_wrote(shipped_content, tmp_path / "home")
    [question] = window_b.open_conflicts()
    window_b.apply(ResolveConflict(question.key, ConflictChoice.BOTH))
    assert window_b.save_now().ok

    window_a.apply(SetAnswer("wat-ging-minder", "Iets anders"))
    outcome = window_a.save_now()

    assert outcome.ok and outcome.open_elsewhere and outcome.conflicts == ()
    assert window_a.prep.answers[QUESTION].text == "Versie van venster B\n\nVersie van venster A"


def test_a_goal_field_names_the_goal_and_its_letter(shipped_content: Content, tmp_path: Path) -> None:
    window_a = new_session(shipped_content, tmp_path / "home", conversation="planning", clock=fixed_clock())
    goal_id = str(window_a.apply(AddGoal("Meer klanten bellen")).keys[0])
    assert window_a.save_now().ok
    window_b = _second_window(window_a, shipped_content)
    window_a.apply(SetGoalField(goal_id, "meetbaar", "Tien per week"))
    assert window_a.save_now().ok
    window_b.apply(SetGoalField(goal_id, "meetbaar", "Twintig per maand"))
    assert window_b.save_now().conflicts

    [question] = window_b.open_conflicts()
    assert question.where == "Doel 'Meer klanten bellen': Meetbaar"
    window_b.apply(ResolveConflict(question.key, ConflictChoice.BOTH))
    goal = window_b.prep.goal(goal_id)
    assert goal is not None and goal.meetbaar == "Twintig per maand / Tien per week"


def test_keep_mine_for_rest_settles_every_question(shipped_content: Content, tmp_path: Path) -> None:
    _window_a, window_b = _both_wrote(shipped_content, tmp_path / "home")

    assert window_b.keep_mine_for_rest() == 1

    assert window_b.open_conflicts() == []
    assert _on_disk(window_b) == "Versie van venster B"


def test_a_long_text_is_shortened_on_one_line() -> None:
    text = "woord " * 100
    short = shorten(text, 40)
    assert short.endswith("…") and len(short) <= 41 and "\n" not in short
    assert shorten("kort\nen klein") == "kort en klein"


# --------------------------------------------------------------------------- plain mode asks the same


def _plain_editor(session: PreparationSession, answers: str) -> tuple[PlainEditor, io.StringIO]:
    output = io.StringIO()
    return PlainEditor(PlainIO(io.StringIO(answers), output, interactive=False), session, Path.cwd()), output


def _plain_conflict(content: Content, home: Path, answers: str) -> tuple[PreparationSession, str]:
    """Window A saved an answer; the plain mode (window B) types another one: it asks, reading `answers`."""
    window_a = new_session(content, home, clock=fixed_clock())
    window_b = _second_window(window_a, content)
    window_a.apply(SetAnswer(QUESTION, "Versie van venster A"))
    assert window_a.save_now().ok
    editor, output = _plain_editor(window_b, answers)
    editor.edit(SetAnswer(QUESTION, "Versie van venster B"))
    return window_b, output.getvalue()


def test_plain_mode_asks_with_numbered_choices_and_takes_the_other_window(
    shipped_content: Content, tmp_path: Path
) -> None:
    window_b, output = _plain_conflict(shipped_content, tmp_path / "home", "2\n")
    shown = " ".join(output.split())  # the plain mode wraps long lines

    assert "ook ergens anders open" in shown
    assert "Plek 1 van 1: Stap 'Terugkijken op je werk', vraag 'Wat ging de afgelopen tijd goed?'" in shown
    assert "Jouw tekst: Versie van venster B" in shown
    assert "Tekst uit het andere venster: Versie van venster A" in shown
    assert "1. Mijn tekst houden" in shown and "2. Tekst uit het andere venster" in shown
    assert "3. Allebei houden" in shown
    assert _on_disk(window_b) == "Versie van venster A"
    assert not window_b.dirty and window_b.open_conflicts() == []


def test_plain_mode_enter_keeps_my_text(shipped_content: Content, tmp_path: Path) -> None:
    window_b, shown = _plain_conflict(shipped_content, tmp_path / "home", "\n")

    assert "(Enter = jouw tekst)" in shown
    assert _on_disk(window_b) == "Versie van venster B"
    assert window_b.open_conflicts() == []


def test_plain_mode_end_of_input_keeps_my_text_and_says_so(shipped_content: Content, tmp_path: Path) -> None:
    window_a = new_session(shipped_content, tmp_path / "home", clock=fixed_clock())
    window_b = _second_window(window_a, shipped_content)
    window_a.apply(SetAnswer(QUESTION, "Versie van venster A"))
    assert window_a.save_now().ok
    editor, output = _plain_editor(window_b, "")

    with pytest.raises(StopRequested):
        editor.edit(SetAnswer(QUESTION, "Versie van venster B"))

    assert "Bij de andere plekken heb ik jouw tekst gehouden." in output.getvalue()
    assert _on_disk(window_b) == "Versie van venster B"


# --------------------------------------------------------------------------- what the merge took from the other window


OTHER_QUESTION = "wat-ging-minder"


def test_a_merge_says_which_fields_came_from_the_other_window(shipped_content: Content, tmp_path: Path) -> None:
    window_a = new_session(shipped_content, tmp_path / "home", clock=fixed_clock())
    window_b = _second_window(window_a, shipped_content)
    window_a.apply(SetAnswer(QUESTION, "Versie van venster A"))
    assert window_a.save_now().ok

    window_b.apply(SetAnswer(OTHER_QUESTION, "Alleen hier"))
    outcome = window_b.save_now()

    assert outcome.ok and outcome.open_elsewhere and outcome.conflicts == ()
    assert outcome.from_elsewhere == (("answers", QUESTION),)
    assert window_b.prep.answers[QUESTION].text == "Versie van venster A"


def test_no_merge_takes_nothing_from_elsewhere(shipped_content: Content, tmp_path: Path) -> None:
    window_a = new_session(shipped_content, tmp_path / "home", clock=fixed_clock())
    window_a.apply(SetAnswer(QUESTION, "Eerste"))
    assert window_a.save_now().ok
    window_a.apply(SetAnswer(QUESTION, "Tweede"))

    outcome = window_a.save_now()

    assert outcome.ok and not outcome.open_elsewhere and outcome.from_elsewhere == ()


def _taken_while_typing(content: Content, home: Path) -> PreparationSession:
    """Both windows had saved an answer; A changes it; B saves another field, while its screen still shows the old text."""
    window_a = new_session(content, home, clock=fixed_clock())
    window_a.apply(SetAnswer(QUESTION, "Oude tekst"))
    assert window_a.save_now().ok
    window_b = _second_window(window_a, content)
    window_a.apply(SetAnswer(QUESTION, "Nieuwe tekst van venster A"))
    assert window_a.save_now().ok
    window_b.apply(SetAnswer(OTHER_QUESTION, "Iets anders"))
    outcome = window_b.save_now()
    assert outcome.from_elsewhere == (("answers", QUESTION, "text"),)
    assert window_b.question_typed_field(("answers", QUESTION, "text"), "Oude tekst")
    return window_b


def test_a_field_being_typed_in_is_asked_about_and_keeps_the_other_text_until_then(
    shipped_content: Content, tmp_path: Path
) -> None:
    window_b = _taken_while_typing(shipped_content, tmp_path / "home")

    [question] = window_b.open_conflicts()

    assert question.mine == "Oude tekst" and question.theirs == "Nieuwe tekst van venster A"
    assert window_b.prep.answers[QUESTION].text == "Nieuwe tekst van venster A"
    assert _on_disk(window_b) == "Nieuwe tekst van venster A"


def test_a_field_being_typed_in_take_theirs_changes_nothing(shipped_content: Content, tmp_path: Path) -> None:
    window_b = _taken_while_typing(shipped_content, tmp_path / "home")
    [question] = window_b.open_conflicts()

    change = window_b.apply(ResolveConflict(question.key, ConflictChoice.THEIRS))

    assert not change and not window_b.dirty and window_b.open_conflicts() == []
    assert _on_disk(window_b) == "Nieuwe tekst van venster A"


def test_a_field_being_typed_in_keep_mine_puts_it_back_and_saves(shipped_content: Content, tmp_path: Path) -> None:
    window_b = _taken_while_typing(shipped_content, tmp_path / "home")
    [question] = window_b.open_conflicts()

    change = window_b.apply(ResolveConflict(question.key, ConflictChoice.MINE))

    assert change and window_b.dirty
    assert window_b.save_now().ok
    assert _on_disk(window_b) == "Oude tekst"


def test_a_field_being_typed_in_stopping_keeps_mine(shipped_content: Content, tmp_path: Path) -> None:
    window_b = _taken_while_typing(shipped_content, tmp_path / "home")

    assert window_b.keep_mine_for_rest() == 1

    assert window_b.dirty and window_b.save_now().ok
    assert _on_disk(window_b) == "Oude tekst"


def test_a_field_that_shows_the_merged_text_is_not_asked(shipped_content: Content, tmp_path: Path) -> None:
    window_b = _taken_while_typing(shipped_content, tmp_path / "home")
    window_b.keep_mine_for_rest()

    assert not window_b.question_typed_field(("answers", QUESTION, "text"), "Oude tekst")
    assert not window_b.question_typed_field(("answers", "bestaat-niet", "text"), "iets")
    assert window_b.open_conflicts() == []


def test_plain_mode_asks_the_next_question_with_the_other_window_text(shipped_content: Content, tmp_path: Path) -> None:
    window_a = new_session(shipped_content, tmp_path / "home", clock=fixed_clock())
    window_b = _second_window(window_a, shipped_content)
    window_a.apply(SetAnswer(OTHER_QUESTION, "Tekst van venster A"))
    assert window_a.save_now().ok
    # Plain mode (window B) answers the first question; its save merges A's answer to the next one.
    editor, output = _plain_editor(window_b, "\n")
    editor.edit(SetAnswer(QUESTION, "Mijn antwoord"))
    conversation = window_b.conversation
    assert conversation is not None
    [step] = [s for s in conversation.steps if isinstance(s, QuestionsStep) and OTHER_QUESTION in s.questions]
    question_ids = [question.id for question in window_b.questions(step)]
    asks = ask_questions(editor, step)
    answer_of = asks[len(asks) - 2 * len(question_ids) + 2 * question_ids.index(OTHER_QUESTION)]

    answer_of()  # Enter keeps the text shown: the other window's

    assert "Tekst van venster A" in " ".join(output.getvalue().split())
    saved = PreparationStore(window_b.store.home).load(window_b.prep.id).answers
    assert saved[OTHER_QUESTION].text == "Tekst van venster A"
    assert saved[QUESTION].text == "Mijn antwoord"


def test_both_windows_editing_after_the_meeting_is_no_question_about_the_time_stamp(
    shipped_content: Content, tmp_path: Path
) -> None:
    window_a = new_session(shipped_content, tmp_path / "home", clock=fixed_clock())
    window_a.apply(SetHowItWent("went_as_prepared", "Begin"))
    assert window_a.save_now().ok
    window_b = _second_window(window_a, shipped_content)
    window_a.apply(SetHowItWent("went_differently", "Van venster A"))
    assert window_a.save_now().ok

    window_b.apply(SetHowItWent("went_as_prepared", "Van venster B"))
    outcome = window_b.save_now()

    assert outcome.ok and outcome.conflicts == ()
    record = window_b.prep.after
    assert record is not None and record.went_differently == "Van venster A"
    assert ("after", "went_differently") in outcome.from_elsewhere
