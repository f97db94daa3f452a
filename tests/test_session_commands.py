"""Every command of the session: what it changes in the preparation, what `Change` says, and
that repeating what is there changes nothing (so nothing is marked unsaved)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from gesprekscoach.content.models import AskStep, ChecklistStep, Content
from gesprekscoach.session.carry_over import command_for_choice, current_choice
from gesprekscoach.session.commands import (
    NO_CHANGE,
    AddAgreement,
    AddDisagreement,
    AddGoal,
    AddListItem,
    Area,
    ChooseSuggestion,
    Command,
    EditAgreement,
    EditDisagreement,
    EditListItem,
    MarkPrivate,
    MoveListItem,
    RecordReactionLetter,
    RecordSheetSaved,
    RemoveAgreement,
    RemoveDisagreement,
    RemoveGoal,
    RemoveListItem,
    SetAgreementDone,
    SetAnswer,
    SetCarryOverNote,
    SetCarryOverResult,
    SetCarryOverStatus,
    SetChosenSuggestions,
    SetDisagrees,
    SetExample,
    SetGoalField,
    SetGoalSteps,
    SetHowItWent,
    SetMeetingDate,
    SetMeetingTime,
    SetPitfallRead,
    SetReportDate,
    SetReportReceived,
    SetSignedBy,
    SetTipDone,
    SetTipNote,
    SetWithWhom,
)
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.opening import start_new_preparation
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.models import AskedQuestion
from gesprekscoach.store.preparations import PreparationStore
from session_helpers import fixed_clock, new_session
from year_helpers import FUNCTIONING_DAY, make_planning, record_planning_after


@pytest.fixture
def session(shipped_content: Content, tmp_path: Path) -> PreparationSession:
    return new_session(shipped_content, tmp_path / "home")


def _ask_step(content: Content) -> AskStep:
    step = content.conversation("functionering").step("vragen-stellen")
    assert isinstance(step, AskStep)
    return step


def _tips(content: Content) -> list[str]:
    step = content.conversation("functionering").step("tips")
    assert isinstance(step, ChecklistStep)
    return [item.id for item in step.items]


def _applies(session: PreparationSession, command: Command, area: Area) -> None:
    """The command changes its area and marks the preparation unsaved (then it is saved)."""
    change = session.apply(command)
    assert change and change.areas == {area}, (command, change)
    assert session.dirty
    assert session.save_now().ok
    assert not session.dirty


def _applies_once(session: PreparationSession, command: Command, area: Area) -> None:
    """As `_applies`; and applied again, the command changes nothing and marks nothing unsaved."""
    _applies(session, command, area)
    assert session.apply(command) == NO_CHANGE
    assert not session.dirty


# --------------------------------------------------------------------------- the preparation itself


def test_with_whom_and_sheet_path(session: PreparationSession) -> None:
    _applies_once(session, SetWithWhom("Kees Bakker"), Area.DETAILS)
    assert session.prep.with_whom == "Kees Bakker"
    _applies_once(session, RecordSheetSaved("/blad.md"), Area.SHEET)
    assert session.prep.sheet_path == "/blad.md"
    # the full version (with what is only for you) is never proposed again
    assert session.apply(RecordSheetSaved("/volledig.md", full=True)) == NO_CHANGE
    assert session.prep.sheet_path == "/blad.md"
    assert session.proposed_sheet_path(Path("/elders")) == Path("/blad.md")


@pytest.mark.parametrize("typed", ["9:30", "09.30", "930", "0930", " 9u30 ", "09:30"])
def test_meeting_time_is_read_as_people_type_it(session: PreparationSession, typed: str) -> None:
    _applies_once(session, SetMeetingTime(typed), Area.DETAILS)
    assert session.prep.meeting_time == time(9, 30)


def test_meeting_time_can_be_changed_and_cleared(session: PreparationSession, tmp_path: Path) -> None:
    _applies_once(session, SetMeetingTime("14"), Area.DETAILS)
    assert session.prep.meeting_time == time(14, 0)
    saved = PreparationStore(tmp_path / "home").load(session.prep.id)
    assert saved.meeting_time == time(14, 0)
    _applies_once(session, SetMeetingTime(""), Area.DETAILS)
    assert session.prep.meeting_time is None


@pytest.mark.parametrize(
    ("typed", "words"), [("25:00", "bestaat niet als tijd"), ("half tien", "is geen tijd"), ("9:75", "bestaat niet")]
)
def test_a_wrong_meeting_time_is_refused_in_dutch(session: PreparationSession, typed: str, words: str) -> None:
    session.apply(SetMeetingTime("10:00"))
    with pytest.raises(CommandError, match=words) as refused:
        session.apply(SetMeetingTime(typed))
    assert "9:30" in str(refused.value)  # an example that works
    assert session.prep.meeting_time == time(10, 0)  # nothing changed


def test_meeting_date_moves(session: PreparationSession) -> None:
    _applies_once(session, SetMeetingDate(date(2027, 3, 8)), Area.DETAILS)
    assert session.prep.meeting_date == date(2027, 3, 8)


# --------------------------------------------------------------------------- tips, answers, pitfalls


def test_tips_are_stored_once_something_is_in_them(session: PreparationSession, shipped_content: Content) -> None:
    first, second = _tips(shipped_content)[:2]
    assert session.apply(SetTipDone(first, False)) == NO_CHANGE
    assert session.apply(SetTipNote(first, "")) == NO_CHANGE
    assert first not in session.prep.checklist and not session.dirty
    _applies_once(session, SetTipDone(first, True), Area.CHECKLIST)
    _applies_once(session, SetTipNote(first, "Ik mail Anne"), Area.CHECKLIST)
    _applies_once(session, SetTipNote(second, "Alleen een notitie"), Area.CHECKLIST)
    state = session.prep.checklist[first]
    assert (state.done, state.note) == (True, "Ik mail Anne")
    assert session.prep.checklist[second].done is False
    assert session.apply(SetTipDone(first, False)).keys == (first,)
    assert session.prep.checklist[first].done is False


def test_answers_and_examples(session: PreparationSession) -> None:
    assert session.apply(SetAnswer("wat-ging-goed", "   ")) == NO_CHANGE  # white space is no answer
    _applies_once(session, SetAnswer("wat-ging-goed", "Het project liep goed"), Area.ANSWERS)
    _applies_once(session, SetExample("wat-ging-goed", "In mei"), Area.ANSWERS)
    _applies_once(session, SetExample("belemmeringen", "Alleen een voorbeeld"), Area.ANSWERS)
    answer = session.prep.answers["wat-ging-goed"]
    assert (answer.text, answer.example) == ("Het project liep goed", "In mei")
    assert session.prep.answers["belemmeringen"].text == ""
    _applies_once(session, SetAnswer("wat-ging-goed", ""), Area.ANSWERS)
    assert session.prep.answers["wat-ging-goed"].example == "In mei"  # the example stays


def test_pitfalls_read(session: PreparationSession) -> None:
    _applies_once(session, SetPitfallRead("te-defensief", True), Area.PITFALLS)
    _applies_once(session, SetPitfallRead("te-passief", True), Area.PITFALLS)
    assert session.prep.pitfalls_read == ["te-defensief", "te-passief"]
    _applies_once(session, SetPitfallRead("te-defensief", False), Area.PITFALLS)
    assert session.prep.pitfalls_read == ["te-passief"]


# --------------------------------------------------------------------------- questions to ask: the merge rule


def test_chosen_suggestions_follow_the_step_and_own_questions_come_last(
    session: PreparationSession, shipped_content: Content
) -> None:
    step = _ask_step(shipped_content)
    first, second, third = step.suggestions[:3]
    _applies(session, AddListItem(Area.OWN_QUESTIONS, "Mijn eigen vraag"), Area.OWN_QUESTIONS)
    _applies_once(session, ChooseSuggestion(step.id, third, True), Area.SUGGESTIONS)
    _applies_once(session, ChooseSuggestion(step.id, first, True), Area.SUGGESTIONS)
    # in the order of the step, whatever the order of choosing; your own question last
    assert [q.suggestion_id for q in session.prep.questions_to_ask] == [first, third, None]
    _applies_once(session, SetChosenSuggestions(step.id, frozenset({second, third})), Area.SUGGESTIONS)
    assert [q.suggestion_id for q in session.prep.questions_to_ask] == [second, third, None]
    assert session.chosen_suggestions() == {second, third}
    assert [q.text for q in session.own_questions()] == ["Mijn eigen vraag"]


def test_a_kept_suggestion_keeps_its_mark_and_one_the_content_lost_stays(
    session: PreparationSession, shipped_content: Content
) -> None:
    step = _ask_step(shipped_content)
    first, second = step.suggestions[:2]
    session.apply(ChooseSuggestion(step.id, first, True))
    _applies_once(session, MarkPrivate(Area.SUGGESTIONS, first, True), Area.SUGGESTIONS)
    # a suggestion an older content offered (no longer in the step): never lost
    session.prep.questions_to_ask.insert(0, AskedQuestion(text="Een oude vraag", suggestion_id="oud"))
    session.apply(ChooseSuggestion(step.id, second, True))
    assert [(q.suggestion_id, q.private) for q in session.prep.questions_to_ask] == [
        ("oud", False),
        (first, True),
        (second, False),
    ]
    change = session.apply(ChooseSuggestion(step.id, first, False))
    assert change.keys == (first,)
    assert [q.suggestion_id for q in session.prep.questions_to_ask] == ["oud", second]


def test_suggestions_the_step_does_not_offer_are_refused(session: PreparationSession, shipped_content: Content) -> None:
    step = _ask_step(shipped_content)
    with pytest.raises(CommandError, match="staat niet bij deze stap"):
        session.apply(SetChosenSuggestions(step.id, frozenset({"geen-vraag"})))
    with pytest.raises(CommandError):
        session.apply(ChooseSuggestion("tips", step.suggestions[0], True))
    with pytest.raises(CommandError, match="Kies deze vraag eerst"):
        session.apply(MarkPrivate(Area.SUGGESTIONS, step.suggestions[0], True))
    assert session.prep.questions_to_ask == [] and not session.dirty


# --------------------------------------------------------------------------- lists


@pytest.mark.parametrize("area", [Area.FEEDBACK, Area.AGENDA, Area.OWN_QUESTIONS])
def test_list_items_add_edit_remove_move(session: PreparationSession, area: Area) -> None:
    def texts() -> list[str]:
        if area == Area.FEEDBACK:
            return [item.text for item in session.prep.feedback]
        if area == Area.AGENDA:
            return session.prep.agenda_texts()
        return [q.text for q in session.own_questions()]

    assert session.apply(AddListItem(area, "  ")) == NO_CHANGE  # type: ignore[arg-type]
    for text in ("A", "B", "C"):
        assert session.apply(AddListItem(area, text)).keys == (len(texts()) - 1,)  # type: ignore[arg-type]
    _applies_once(session, MarkPrivate(area, 0, True), area)
    _applies_once(session, EditListItem(area, 0, "A2"), area)  # type: ignore[arg-type]
    assert session.apply(MoveListItem(area, 0, 2)).keys == (0, 2)  # type: ignore[arg-type]
    assert texts() == ["B", "C", "A2"]
    assert session.apply(MoveListItem(area, 1, 1)) == NO_CHANGE  # type: ignore[arg-type]
    # the mark moved along with its item, and stays when the item is edited
    _applies_once(session, MarkPrivate(area, 2, False), area)
    _applies(session, RemoveListItem(area, 0), area)  # type: ignore[arg-type]
    assert texts() == ["C", "A2"]
    with pytest.raises(CommandError, match="Er is geen punt 3"):
        session.apply(RemoveListItem(area, 2))  # type: ignore[arg-type]
    with pytest.raises(CommandError):
        session.apply(MoveListItem(area, 0, 5))  # type: ignore[arg-type]
    assert texts() == ["C", "A2"]


def test_own_questions_stay_after_the_chosen_suggestions(session: PreparationSession, shipped_content: Content) -> None:
    step = _ask_step(shipped_content)
    session.apply(AddListItem(Area.OWN_QUESTIONS, "Eigen 1"))
    session.apply(ChooseSuggestion(step.id, step.suggestions[0], True))
    session.apply(AddListItem(Area.OWN_QUESTIONS, "Eigen 2"))
    session.apply(MoveListItem(Area.OWN_QUESTIONS, 1, 0))
    assert [(q.text, q.suggestion_id) for q in session.prep.questions_to_ask][1:] == [
        ("Eigen 2", None),
        ("Eigen 1", None),
    ]
    assert session.prep.questions_to_ask[0].suggestion_id == step.suggestions[0]


# --------------------------------------------------------------------------- goals


def test_goals_add_set_steps_remove(session: PreparationSession) -> None:
    change = session.apply(AddGoal("Ik wil beter plannen"))
    assert change.areas == {Area.GOALS} and change.keys == ("doel-1",)
    assert session.apply(AddGoal()).keys == ("doel-2",)
    _applies_once(session, SetGoalField("doel-1", "tijdgebonden", "Voor 1 juli 2027"), Area.GOALS)
    _applies_once(session, SetGoalSteps("doel-1", ("Cursus zoeken", "Elke maandag plannen")), Area.GOALS)
    _applies_once(session, MarkPrivate(Area.GOALS, "doel-2", True), Area.GOALS)
    goal = session.prep.goals[0]
    assert (goal.text, goal.tijdgebonden, goal.steps) == (
        "Ik wil beter plannen",
        "Voor 1 juli 2027",
        ["Cursus zoeken", "Elke maandag plannen"],
    )
    _applies(session, RemoveGoal("doel-1"), Area.GOALS)
    assert [g.id for g in session.prep.goals] == ["doel-2"]
    with pytest.raises(CommandError, match="Dit doel is er niet meer"):
        session.apply(SetGoalField("doel-1", "text", "weg"))


# --------------------------------------------------------------------------- 'alleen voor mij'


def test_private_marks_on_tips_and_answers_store_the_item(
    session: PreparationSession, shipped_content: Content
) -> None:
    tip = _tips(shipped_content)[0]
    assert session.apply(MarkPrivate(Area.CHECKLIST, tip, False)) == NO_CHANGE
    _applies_once(session, MarkPrivate(Area.CHECKLIST, tip, True), Area.CHECKLIST)
    _applies_once(session, MarkPrivate(Area.ANSWERS, "wat-ging-goed", True), Area.ANSWERS)
    assert session.prep.checklist[tip].private and session.prep.answers["wat-ging-goed"].private
    session.apply(SetAnswer("wat-ging-goed", "Goed"))
    assert session.prep.answers["wat-ging-goed"].private  # the mark stays when you write
    with pytest.raises(CommandError, match="niet als 'alleen voor mij'"):
        session.apply(MarkPrivate(Area.PITFALLS, "te-defensief", True))
    with pytest.raises(CommandError):
        session.apply(MarkPrivate(Area.GOALS, 0, True))  # goals are named by id


# --------------------------------------------------------------------------- carried over


@pytest.fixture
def cycle_session(shipped_content: Content, tmp_path: Path) -> PreparationSession:
    store = PreparationStore(tmp_path / "cycle")
    record_planning_after(store, make_planning(store))
    opened = start_new_preparation(
        store, shipped_content, "functionering", FUNCTIONING_DAY, "Anne de Vries", clock=fixed_clock(date(2027, 6, 1))
    )
    return opened.session


def test_carried_over_goal_result_and_status(cycle_session: PreparationSession) -> None:
    session = cycle_session
    goal = next(item for item in session.prep.carry_over if item.kind == "doel")
    _applies_once(session, SetCarryOverResult(goal.id, "behaald"), Area.CARRY_OVER)
    assert (goal.status, goal.result, current_choice(goal)) == ("gedaan", "behaald", "behaald")
    _applies_once(session, SetCarryOverResult(goal.id, "deels"), Area.CARRY_OVER)
    assert (goal.status, goal.result) == ("open", "deels")
    _applies_once(session, SetCarryOverStatus(goal.id, "vervallen"), Area.CARRY_OVER)
    assert (goal.status, goal.result, current_choice(goal)) == ("vervallen", "deels", "vervallen")
    _applies_once(session, SetCarryOverStatus(goal.id, "gedaan"), Area.CARRY_OVER)
    assert goal.result == "behaald"  # a goal is done exactly when it is reached
    _applies_once(session, SetCarryOverStatus(goal.id, "open"), Area.CARRY_OVER)
    assert goal.result is None
    _applies_once(session, SetCarryOverNote(goal.id, "Bijna"), Area.CARRY_OVER)
    _applies_once(session, MarkPrivate(Area.CARRY_OVER, goal.id, True), Area.CARRY_OVER)
    assert (goal.note, goal.private) == ("Bijna", True)
    with pytest.raises(CommandError, match="vorige keer is er niet meer"):
        session.apply(SetCarryOverNote("onbekend", "x"))


def test_carried_over_choices_map_to_commands(cycle_session: PreparationSession) -> None:
    session = cycle_session
    goal = next(item for item in session.prep.carry_over if item.kind == "doel")
    agreement = next(item for item in session.prep.carry_over if item.kind == "afspraak")
    for choice in ("behaald", "deels", "niet", "vervallen", "open"):
        session.apply(command_for_choice(goal, choice))
        assert current_choice(goal) == choice
    for choice in ("gedaan", "vervallen", "open"):
        session.apply(command_for_choice(agreement, choice))
        assert current_choice(agreement) == choice
    with pytest.raises(CommandError):
        command_for_choice(agreement, "behaald")


# --------------------------------------------------------------------------- after the meeting


def test_after_the_meeting_record_is_made_on_the_first_change(session: PreparationSession) -> None:
    assert session.apply(SetHowItWent("went_as_prepared", "")) == NO_CHANGE
    assert session.apply(SetDisagrees(False)) == NO_CHANGE
    assert session.prep.after is None
    _applies_once(session, SetHowItWent("went_as_prepared", "Goed"), Area.AFTER)
    _applies_once(session, SetHowItWent("went_differently", "Korter"), Area.AFTER)
    after = session.prep.after
    assert after is not None and after.recorded_at == fixed_clock().now()
    assert (after.went_as_prepared, after.went_differently) == ("Goed", "Korter")


def test_report_received_today_by_default(shipped_content: Content, tmp_path: Path) -> None:
    # the meeting was on 23 November; today is 30 November
    session = new_session(shipped_content, tmp_path / "home", clock=fixed_clock(date(2026, 11, 30)))
    _applies_once(session, SetReportReceived(True), Area.AFTER)
    after = session.prep.after
    assert after is not None and after.report_received_on == session.today
    _applies_once(session, SetReportDate(date(2026, 11, 26)), Area.AFTER)
    _applies_once(session, SetReportReceived(False), Area.AFTER)
    assert after.report_received_on == date(2026, 11, 26)  # the date is kept for when you tick it again
    session.apply(SetReportReceived(True, on=date(2026, 11, 27)))
    assert after.report_received_on == date(2026, 11, 27)


def test_agreements_read_who_and_when(session: PreparationSession) -> None:
    assert session.apply(AddAgreement("  ")) == NO_CHANGE
    assert session.prep.after is None
    change = session.apply(AddAgreement("Cursus aanvragen", who="Anne", when="binnen zes weken"))
    assert change.keys == ("afspraak-1",)
    after = session.prep.after
    assert after is not None
    agreement = after.agreements[0]
    # 'Anne' is the manager (the first name of with_whom); six weeks count from the meeting
    assert (agreement.owner, agreement.deadline) == ("leidinggevende", date(2027, 1, 4))
    _applies_once(session, EditAgreement("afspraak-1", who="Kees", when="voor 1 maart 2027"), Area.AGREEMENTS)
    assert (agreement.owner, agreement.owner_name, agreement.deadline) == ("ander", "Kees", date(2027, 3, 1))
    _applies_once(session, SetAgreementDone("afspraak-1", True), Area.AGREEMENTS)
    _applies_once(session, MarkPrivate(Area.AGREEMENTS, "afspraak-1", True), Area.AGREEMENTS)
    assert agreement.done and agreement.private
    session.apply(AddAgreement("Tweede"))
    _applies(session, RemoveAgreement("afspraak-1"), Area.AGREEMENTS)
    assert [a.id for a in after.agreements] == ["afspraak-2"]
    with pytest.raises(CommandError, match="Deze afspraak is er niet meer"):
        session.apply(SetAgreementDone("afspraak-1", False))


def test_disagreements_signature_and_letter(session: PreparationSession) -> None:
    assert session.apply(AddDisagreement()).keys == ("bezwaar-1",)  # a point may start empty
    _applies_once(session, EditDisagreement("bezwaar-1", "point", "Te weinig initiatief"), Area.DISAGREEMENTS)
    _applies_once(session, EditDisagreement("bezwaar-1", "why", "Ik stelde twee dingen voor"), Area.DISAGREEMENTS)
    _applies_once(session, SetDisagrees(True), Area.AFTER)
    _applies_once(session, SetSignedBy("Sam"), Area.AFTER)
    session.apply(AddDisagreement("Tweede punt"))
    _applies(session, RemoveDisagreement("bezwaar-1"), Area.DISAGREEMENTS)
    after = session.prep.after
    assert after is not None
    assert [(d.id, d.point) for d in after.disagreements] == [("bezwaar-2", "Tweede punt")]
    session.apply(SetDisagrees(False))
    _applies_once(session, RecordReactionLetter("/brief.md", date(2026, 11, 24)), Area.AFTER)
    assert (after.reaction_letter_path, after.reaction_written_on, after.disagrees) == (
        "/brief.md",
        date(2026, 11, 24),
        True,  # a written reaction means you disagree
    )


def test_writing_the_letter_and_the_sheet_notes_where(session: PreparationSession, tmp_path: Path) -> None:
    session.apply(AddDisagreement("Te weinig initiatief", why="Ik stelde twee dingen voor"))
    path, change = session.write_reaction_letter(tmp_path)
    assert change and path.is_file() and "Te weinig initiatief" in path.read_text(encoding="utf-8")
    after = session.prep.after
    assert after is not None and after.reaction_letter_path == str(path)
    sheet, change = session.write_sheet(tmp_path / "blad.md")
    assert change and session.prep.sheet_path == str(sheet)
    assert sheet.read_text(encoding="utf-8") == session.sheet_text()


def test_an_edit_the_session_does_not_know_is_refused(session: PreparationSession) -> None:
    with pytest.raises(TypeError):
        session.apply("SetAnswer")  # type: ignore[arg-type]
