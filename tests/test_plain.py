"""The plain, accessible mode: a whole preparation typed line by line on stdin.

Every test feeds the answers as text (what a user or a screen reader user types) and then
checks what ended up on disk: the preparation (reloaded through the store) and the sheet.
"""

from __future__ import annotations

import io
import os
import re
import select
import subprocess
import sys
import time
from datetime import date, timedelta
from datetime import time as time_of_day
from pathlib import Path

import pytest

from gesprekscoach.checks.feedback import check_feedback
from gesprekscoach.content.models import STEP_KINDS, ChecklistStep, Content, PitfallsStep, QuestionsStep
from gesprekscoach.plain.app import PLAIN_ENV, run_plain, should_use_plain_mode
from gesprekscoach.plain.steps import PlainSession
from gesprekscoach.sheet.markdown import render_sheet, sheet_filename
from gesprekscoach.store.preparations import PreparationStore

REPO = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 22)
"""A Sunday: tomorrow is Monday 23 November 2026 (the same day as the TUI tests)."""

TIP_NOTE = "Ik mail Anne maandag"
ANSWERS = {
    "afspraken-planning": ("De meeste afspraken zijn gehaald", "Het rooster is af"),
    "wat-ging-goed": ("Het project liep goed", "In mei leverde ik op tijd op"),
}
GOAL = {
    "text": "Ik wil beter leren plannen",
    "specifiek": "Ik plan elke week mijn taken op maandag",
    "meetbaar": "Negen van de tien taken zijn op tijd klaar",
    "acceptabel": "Mijn leidinggevende vindt dit een goed doel",
    "realistisch": "Ik heb er een uur per week voor",
    "tijdgebonden": "Voor 1 juli 2027",
}
GOAL_STEP = "Een planningscursus zoeken"
OWN_QUESTION = "Hoe kan ik meer verantwoordelijkheid krijgen?"
FEEDBACK = "Ik merk dat overleg vaak uitvalt, en ik zou graag elke week even praten"
AGENDA = ["Mijn werkdruk", "Een cursus plannen"]

BOX_DRAWING = re.compile(r"[\u2500-\u259f\u25a0-\u25ff]")


# --------------------------------------------------------------------------- helpers


def conversation_number(content: Content, conversation_id: str) -> str:
    """The number the menu shows for a conversation type."""
    ordered = sorted(content.conversations, key=lambda conv: (conv.order, conv.name))
    return str([conv.id for conv in ordered].index(conversation_id) + 1)


def functionering_script(
    content: Content, *, save_as: str = "", fmt: str = "2", who: tuple[str, str] = ("", "")
) -> list[str]:
    """The lines a user types for the whole functioneringsgesprek (the same answers as the TUI test).

    A step with words of the user ends with the question what is only for you: Enter keeps
    everything on the sheet. At the end the sheet is saved: name and function (asked the first
    time; empty skips them), the format (`fmt`: 1 = PDF, 2 = Markdown, '' = the default, PDF) and
    where (`save_as`).
    """
    conv = content.conversation("functionering")
    lines = ["1", conversation_number(content, "functionering"), "23-11-2026", "", "Anne de Vries"]
    for step in conv.steps:
        if step.kind in ("intro", "info"):
            lines.append("")
        elif isinstance(step, ChecklistStep):
            for number, _item in enumerate(step.items):
                if step.id == "tips" and number == 0:
                    lines += ["j", TIP_NOTE]
                else:
                    lines += ["n", ""]
            if step.id == "tips":
                lines.append("")  # alleen voor jou? Enter: nothing
        elif isinstance(step, QuestionsStep):
            answered = False
            for question_id in step.questions:
                question = conv.question(question_id)
                if question_id in ANSWERS:
                    answer, example = ANSWERS[question_id]
                    lines += [answer, ""]  # a multi-line answer ends with an empty line
                    if question.ask_example:
                        lines.append(example)
                    answered = True
                else:
                    lines.append("")  # skipped: no example is asked
            if answered:
                lines.append("")
        elif step.kind == "goals":
            lines.append("j")
            lines += [
                GOAL[field] for field in ("text", "specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden")
            ]
            lines += [GOAL_STEP, ""]  # the small steps, then Enter: no more
            lines += ["n", ""]  # no other goal; nothing only for you
        elif step.kind == "ask":
            lines += ["1", OWN_QUESTION, "", ""]
        elif step.kind == "feedback":
            lines.append(FEEDBACK)
            if not check_feedback(FEEDBACK, template=content.feedback.ik_template, texts=content.checks).constructive:
                lines.append("")  # keep it as it is
            lines += ["", ""]  # no more feedback; nothing only for you
        elif isinstance(step, PitfallsStep):
            for number, _ in enumerate(content.pitfalls_for(step)):
                lines.append("j" if number == 0 else "n")
        elif step.kind == "agenda":
            lines += [*AGENDA, "", ""]
        elif step.kind == "summary":
            lines += ["j", *who, fmt, save_as]
    return lines


def run_script(
    content: Content, home: Path, cwd: Path, lines: list[str], *, end_with_newline: bool = True
) -> tuple[int, str]:
    """Run the plain mode on these typed lines; returns the exit code and everything printed."""
    text = "\n".join(lines) + ("\n" if end_with_newline else "")
    out = io.StringIO()
    code = run_plain(content, store=PreparationStore(home), stdin=io.StringIO(text), stdout=out, today=TODAY, cwd=cwd)
    return code, out.getvalue()


def only_preparation(home: Path):
    listing = PreparationStore(home).list()
    assert len(listing.preparations) == 1, listing
    return listing.preparations[0]


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    home = tmp_path / "home"
    sheets = tmp_path / "bladen"
    sheets.mkdir()
    return home, sheets


# --------------------------------------------------------------------------- a whole preparation


def test_whole_functioneringsgesprek_from_stdin(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    code, output = run_script(shipped_content, home, sheets, functionering_script(shipped_content))
    assert code == 0, output
    assert "Klaar." in output

    prep = only_preparation(home)
    conv = shipped_content.conversation("functionering")
    tip = conv.step("tips").items[0].id
    assert prep.conversation == "functionering"
    assert prep.meeting_date == date(2026, 11, 23)
    assert prep.with_whom == "Anne de Vries"
    assert {key: (state.done, state.note) for key, state in prep.checklist.items()} == {tip: (True, TIP_NOTE)}
    assert {key: (a.text, a.example) for key, a in prep.answers.items()} == ANSWERS
    assert len(prep.goals) == 1
    for field, text in GOAL.items():
        assert getattr(prep.goals[0], field) == text
    assert prep.goals[0].steps == [GOAL_STEP]
    first_suggestion = conv.question(conv.step("vragen-stellen").suggestions[0])
    assert [(q.text, q.suggestion_id) for q in prep.questions_to_ask] == [
        (first_suggestion.text, first_suggestion.id),
        (OWN_QUESTION, None),
    ]
    assert [item.text for item in prep.feedback] == [FEEDBACK]
    first_pitfall = shipped_content.pitfalls_for(conv.step("valkuilen"))[0]
    assert prep.pitfalls_read == [first_pitfall.id]
    assert prep.agenda_texts() == AGENDA

    sheet = sheets / sheet_filename(prep, shipped_content)
    assert prep.sheet_path == str(sheet)
    assert sheet.read_text(encoding="utf-8") == render_sheet(prep, shipped_content)
    text = sheet.read_text(encoding="utf-8")
    for expected in (FEEDBACK, OWN_QUESTION, GOAL["meetbaar"], TIP_NOTE, *AGENDA, "### Afspraken"):
        assert expected in text
    assert f"gesprekscoach afdrukken {prep.id}" in " ".join(output.split())  # how to print it
    assert sorted(p.name for p in sheets.iterdir()) == [sheet.name]


def test_saving_as_pdf_asks_my_name_once(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    from gesprekscoach.store.settings import load_settings
    from pdf_helpers import pdf_pages, squash

    home, sheets = folders
    script = functionering_script(shipped_content, fmt="", who=("Sam Jansen", "klantadviseur"))
    code, output = run_script(shipped_content, home, sheets, script)
    assert code == 0, output
    assert "Hoe heet je?" in output and "Wat is je functie?" in output
    prep = only_preparation(home)
    pdf = sheets / Path(sheet_filename(prep, shipped_content)).with_suffix(".pdf").name
    assert prep.sheet_path == str(pdf)
    assert f"Typ een map of een bestandsnaam. De map nu: {sheets}" in " ".join(output.split())
    pages = pdf_pages(pdf)
    assert squash("Sam Jansen, klantadviseur") in squash(pages[0])
    assert squash(TIP_NOTE) in squash(pages[-1])  # my own note: on the page that stays home
    settings = load_settings(home)
    assert (settings.name, settings.function, settings.asked) == ("Sam Jansen", "klantadviseur", True)
    # the next time, nothing is asked: resume at the summary, save as Markdown in a folder typed
    conv = shipped_content.conversation("functionering")
    (sheets / "map").mkdir()
    code, output = run_script(shipped_content, home, sheets, ["2", "1", str(len(conv.steps)), "j", "2", "map"])
    assert code == 0, output
    assert "Hoe heet je?" not in output
    assert (sheets / "map" / Path(sheet_filename(prep, shipped_content)).name).is_file()


def test_the_documents_folder_is_proposed(
    shipped_content: Content, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documenten"
    monkeypatch.setenv("GESPREKSCOACH_DOCUMENTS", str(documents))
    home = tmp_path / "home"
    text = "\n".join(functionering_script(shipped_content)) + "\n"
    out = io.StringIO()
    code = run_plain(shipped_content, store=PreparationStore(home), stdin=io.StringIO(text), stdout=out, today=TODAY)
    assert code == 0, out.getvalue()
    prep = only_preparation(home)
    assert prep.sheet_path == str(documents / sheet_filename(prep, shipped_content))
    assert Path(prep.sheet_path).is_file()


def test_the_checks_are_shown(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    _, output = run_script(shipped_content, home, sheets, functionering_script(shipped_content))
    # the SMART verdict after the goal sentence: every letter, by name
    verdict = output.split("Zo leest de coach je doel:", 1)[1]
    for name in ("Specifiek", "Meetbaar", "Acceptabel", "Realistisch", "Tijdgebonden"):
        assert re.search(rf"^{name}: (in orde|nog niet|nog open)\. ", verdict, re.MULTILINE), name
    # with the letters filled in, the goal counts as SMART
    assert "Je doel is SMART." in output
    # each letter's guiding question from smart.yaml is asked
    for letter in shipped_content.smart.letters:
        assert f"{letter.letter}, {letter.name}: {letter.question}"[:60] in " ".join(output.split())


def test_feedback_signals_and_proposal_are_shown(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    blunt = "Jij luistert nooit naar mij"
    result = check_feedback(blunt, template=shipped_content.feedback.ik_template, texts=shipped_content.checks)
    assert not result.constructive and result.proposal
    lines = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "feedback")
    better = "Ik merk dat ik in het overleg van dinsdag niet aan het woord kwam, en ik zou graag ook iets zeggen"
    lines += [blunt, better, "", "", "stop"]  # the point, said better, no more points, nothing only for you
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0
    flat = " ".join(output.split())
    assert " ".join(result.proposal.split()) in flat
    for signal in result.signals:
        assert signal.explanation.split(".")[0] in flat
    assert [item.text for item in only_preparation(home).feedback] == [better]


# --------------------------------------------------------------------------- the same sheet as the TUI


def test_the_sheet_equals_the_tui_sheet_for_the_same_answers(shipped_content: Content, tmp_path: Path) -> None:
    """The TUI test's answers, typed in the TUI (by Pilot) and in the plain mode: the same sheet."""
    pytest.importorskip("textual")
    import asyncio

    import test_tui_flow as tui_flow
    from tui_helpers import SIZE, make_app, next_to_step, start_preparation, tab_to, type_text

    assert tui_flow.GOAL == GOAL  # the answers below are the TUI test's answers

    tui_home, tui_sheets = tmp_path / "tui-home", tmp_path / "tui-bladen"
    tui_sheets.mkdir()

    async def drive() -> None:
        app = make_app(shipped_content, tui_home, tui_sheets)
        async with app.run_test(size=SIZE) as pilot:
            await start_preparation(pilot, "functionering", date_text="23-11-2026", with_whom="Anne de Vries")
            tip = shipped_content.conversation("functionering").step("tips").items[0].id
            await tui_flow.fill_checklist(pilot, "tips", tip, TIP_NOTE)
            await next_to_step(pilot, "terugblik")
            for question_id, (answer, example) in ANSWERS.items():
                await tui_flow.answer_question(pilot, question_id, answer, example)
            await next_to_step(pilot, "doelen")
            await tui_flow.fill_goal(pilot, GOAL, GOAL_STEP)
            await tui_flow.ask_questions(pilot, OWN_QUESTION)
            await next_to_step(pilot, "feedback")
            await tab_to(pilot, "feedback-new")
            await type_text(pilot, FEEDBACK)
            await pilot.press("enter")
            await next_to_step(pilot, "valkuilen")
            await pilot.press("space")
            await tui_flow.add_agenda(pilot, AGENDA)
            await next_to_step(pilot, "overzicht")
            await tui_flow.save_sheet_here(pilot)
            await pilot.press("ctrl+q")

    asyncio.run(drive())
    tui_prep = only_preparation(tui_home)
    tui_sheet = (tui_sheets / sheet_filename(tui_prep, shipped_content)).read_text(encoding="utf-8")

    plain_home, plain_sheets = tmp_path / "plain-home", tmp_path / "plain-bladen"
    plain_sheets.mkdir()
    code, output = run_script(shipped_content, plain_home, plain_sheets, functionering_script(shipped_content))
    assert code == 0, output
    plain_prep = only_preparation(plain_home)
    plain_sheet = (plain_sheets / sheet_filename(plain_prep, shipped_content)).read_text(encoding="utf-8")

    assert plain_sheet == tui_sheet
    # the plain mode notes where the user is (the full screen does not yet): not compared
    skip = {"created_at", "updated_at", "sheet_path", "last_step"}
    assert plain_prep.model_dump(exclude=skip) == tui_prep.model_dump(exclude=skip)


# --------------------------------------------------------------------------- stop, back, keep


def start_lines(content: Content, conversation_id: str, with_whom: str = "Anne de Vries") -> list[str]:
    return ["1", conversation_number(content, conversation_id), "23-11-2026", "", with_whom]


def steps_until(content: Content, conversation_id: str, step_id: str) -> list[str]:
    """Enter on every question of the steps before `step_id` (nothing filled in)."""
    conv = content.conversation(conversation_id)
    lines: list[str] = []
    for step in conv.steps:
        if step.id == step_id:
            return lines
        if step.kind in ("intro", "info", "agenda", "ask"):
            lines += [""] * (2 if step.kind == "ask" and step.suggestions else 1)
        elif isinstance(step, ChecklistStep):
            lines += ["", ""] * len(step.items)
        elif isinstance(step, QuestionsStep):
            lines += [""] * len(step.questions)  # a skipped answer gets no example question
        elif step.kind in ("goals", "feedback"):
            lines.append("")
        elif isinstance(step, PitfallsStep):
            lines += [""] * len(content.pitfalls_for(step))
    raise AssertionError(f"no step {step_id}")


def test_end_of_input_stops_and_everything_is_saved(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    lines = start_lines(shipped_content, "functionering") + ["", "", "j", TIP_NOTE]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0
    assert "Gestopt. Alles wat je hebt ingevuld, is bewaard." in output
    tip = shipped_content.conversation("functionering").step("tips").items[0].id
    prep = only_preparation(home)
    assert (prep.checklist[tip].done, prep.checklist[tip].note) == (True, TIP_NOTE)
    assert list(sheets.iterdir()) == []


def test_half_an_answer_at_the_end_of_input_is_kept(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    lines = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "terugblik")
    lines += ["Eerste regel", "Tweede regel"]
    code, _ = run_script(shipped_content, home, sheets, lines, end_with_newline=False)
    assert code == 0
    assert only_preparation(home).answers["afspraken-planning"].text == "Eerste regel\nTweede regel"


def test_stop_word_leaves_at_once(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    lines = start_lines(shipped_content, "functionering") + ["", "", "j", "STOP", "dit wordt niet gelezen"]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0 and "Gestopt." in output
    tip = shipped_content.conversation("functionering").step("tips").items[0].id
    prep = only_preparation(home)
    assert prep.checklist[tip].done is True and prep.checklist[tip].note == ""


def test_back_goes_to_the_previous_question_and_step(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    conv = shipped_content.conversation("functionering")
    first, second = conv.step("tips").items[:2]
    lines = start_lines(shipped_content, "functionering")
    lines += ["", "", "n", "terug", "j", "eerst deze", "j", "terug", "terug", "vervangen", "", "stop"]
    # intro, info; tip 1 'n', back to tip 1, 'j', note; tip 2 'j'; back (note 2 → no: to tip 2's yes/no
    # is the question before its note), back again to tip 1's note, a new note, Enter keeps tip 2's 'ja'
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0, output
    prep = only_preparation(home)
    assert (prep.checklist[first.id].done, prep.checklist[first.id].note) == (True, "vervangen")
    assert prep.checklist[second.id].done is True
    assert "Enter = houden: ja" in output
    # 'terug' on the first question of a step goes to the previous step
    lines = start_lines(shipped_content, "functionering") + ["", "", "terug", "", "stop"]
    code, output = run_script(shipped_content, home.parent / "home2", sheets, lines)
    assert code == 0
    assert output.count(f"Stap 2 van {len(conv.steps)}") == 2


def test_resume_keeps_existing_answers_on_enter(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    run_script(shipped_content, home, sheets, functionering_script(shipped_content))
    before = only_preparation(home)
    conv = shipped_content.conversation("functionering")
    terugblik = [step.id for step in conv.steps].index("terugblik") + 1
    # resume at the reflection questions; Enter on the first answer and its example keeps them,
    # 'wis' clears the second answer, then stop
    lines = ["2", "1", str(terugblik), "", "", "wis", "stop"]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0, output
    assert "Enter = houden" in output
    assert ANSWERS["afspraken-planning"][0] in output  # the existing answer is shown
    after = only_preparation(home)
    assert after.answers["afspraken-planning"].text == before.answers["afspraken-planning"].text
    assert after.answers["afspraken-planning"].example == before.answers["afspraken-planning"].example
    assert after.answers["wat-ging-goed"].text == ""
    assert after.answers["wat-ging-goed"].example == ANSWERS["wat-ging-goed"][1]


def test_saving_the_sheet_asks_before_overwriting_and_after_a_bad_path(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    run_script(shipped_content, home, sheets, functionering_script(shipped_content))
    prep = only_preparation(home)
    sheet = Path(prep.sheet_path or "")
    sheet.write_text("mijn eigen aantekeningen", encoding="utf-8")
    conv = shipped_content.conversation("functionering")
    # resume at the summary: save, refuse to overwrite, a folder that does not exist, then a good name
    lines = ["2", "1", str(len(conv.steps)), "j", "2", "", "n", "bestaat/niet/blad.md", "nieuw-blad.md"]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0, output
    assert "bestaat al" in output
    assert "bestaat niet" in output
    assert sheet.read_text(encoding="utf-8") == "mijn eigen aantekeningen"
    assert (sheets / "nieuw-blad.md").read_text(encoding="utf-8") == render_sheet(
        only_preparation(home), shipped_content
    )
    assert only_preparation(home).sheet_path == str(sheets / "nieuw-blad.md")
    # and replacing, when the user says yes
    lines = ["2", "1", str(len(conv.steps)), "j", "2", "", "j"]
    run_script(shipped_content, home, sheets, lines)
    assert (sheets / "nieuw-blad.md").read_text(encoding="utf-8").startswith("---\n")


def test_an_unwritable_folder_is_told_in_dutch_and_asked_again(
    shipped_content: Content, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No permission to write (simulated, so it also fails for root): a Dutch message, then asked again."""
    import errno

    from gesprekscoach.sheet import markdown as sheet

    home, sheets = folders
    locked = sheets / "dicht"
    locked.mkdir()
    real_write = sheet.atomic_write_bytes

    def write(target: Path, data: bytes) -> None:
        if target.parent == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(target))
        real_write(target, data)

    monkeypatch.setattr(sheet, "atomic_write_bytes", write)
    lines = functionering_script(shipped_content, save_as=str(locked / "blad.md")) + ["blad.md"]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0
    assert "geen toestemming" in output
    assert "Probeer het nog een keer." in output
    assert not (locked / "blad.md").exists()
    assert (sheets / "blad.md").is_file()
    assert only_preparation(home).sheet_path == str(sheets / "blad.md")


def test_an_unwritable_path_is_told_in_dutch_and_asked_again(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    """A file inside a file (fails for root as well): a Dutch message, then asked again."""
    home, sheets = folders
    (sheets / "een-bestand").write_text("x", encoding="utf-8")
    lines = functionering_script(shipped_content, save_as="een-bestand/blad.md") + ["blad.md"]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0
    assert "Probeer het nog een keer." in output and "Traceback" not in output
    assert (sheets / "blad.md").is_file()


def test_the_meeting_time_is_asked_once_and_a_wrong_one_again(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    lines = ["1", conversation_number(shipped_content, "pop"), "morgen", "25:00", "9.30", "", "stop"]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0
    assert "Hoe laat begint het gesprek?" in output
    assert "25:00 bestaat niet als tijd" in output
    assert "Het gesprek begint om 09:30." in output
    assert only_preparation(home).meeting_time == time_of_day(9, 30)


def test_a_wrong_date_is_asked_again(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    lines = ["1", conversation_number(shipped_content, "pop"), "31-02-2027", "morgen", "", "", "stop"]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0
    assert "Die datum bestaat niet" in output
    prep = only_preparation(home)
    assert prep.meeting_date == TODAY + timedelta(days=1)
    assert prep.with_whom == ""


def test_enter_at_every_question_completes_every_conversation(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    """Every step kind of every conversation type is handled; Enter alone always moves on."""
    home, sheets = folders
    for conv in shipped_content.conversations:
        lines = ["1", conversation_number(shipped_content, conv.id), "", "", ""] + [""] * 400
        code, output = run_script(shipped_content, home, sheets, lines)
        assert code == 0
        assert "Klaar." in output, conv.id
    written = sorted(path.name for path in sheets.glob("*.pdf"))  # Enter: the PDF
    assert len(written) == len(shipped_content.conversations)
    kinds = {step.kind for conv in shipped_content.conversations for step in conv.steps}
    assert kinds == set(STEP_KINDS)


def test_every_step_kind_has_a_handler(shipped_content: Content) -> None:
    from gesprekscoach.content import models

    classes = {getattr(models, name) for name in dir(models) if name.endswith("Step") and name != "StepBase"}
    classes = {cls for cls in classes if isinstance(cls, type) and issubclass(cls, models.StepBase)}
    kinds = {cls.model_fields["kind"].annotation.__args__[0] for cls in classes}
    assert kinds == set(STEP_KINDS)
    session = object.__new__(PlainSession)
    for cls in classes:
        step = next((s for conv in shipped_content.conversations for s in conv.steps if isinstance(s, cls)), None)
        assert step is not None, cls
        assert callable(PlainSession.step_handler(session, step))


def test_output_is_plain_text_with_short_lines(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    _, output = run_script(shipped_content, home, sheets, functionering_script(shipped_content))
    assert "\x1b" not in output  # no colours, no cursor movement
    assert not BOX_DRAWING.search(output)
    long_lines = [line for line in output.splitlines() if len(line) > 72 and " " in line.strip()]
    assert long_lines == []


# --------------------------------------------------------------------------- when the plain mode starts


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize(
    ("asked", "environ", "stdin_tty", "stdout_tty", "expected"),
    [
        (False, {"TERM": "xterm-256color"}, True, True, False),
        (True, {"TERM": "xterm-256color"}, True, True, True),
        (False, {"TERM": "xterm", PLAIN_ENV: "1"}, True, True, True),
        (False, {"TERM": "xterm", PLAIN_ENV: "0"}, True, True, False),
        (False, {"TERM": "dumb"}, True, True, True),
        (False, {"TERM": "xterm"}, False, True, True),
        (False, {"TERM": "xterm"}, True, False, True),
        (False, {}, True, True, False),
    ],
)
def test_when_the_plain_mode_starts(
    asked: bool, environ: dict[str, str], stdin_tty: bool, stdout_tty: bool, expected: bool
) -> None:
    assert (
        should_use_plain_mode(asked, environ=environ, stdin=_Stream(stdin_tty), stdout=_Stream(stdout_tty)) is expected
    )


def _run_cli(args: list[str], stdin: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in (PLAIN_ENV, "GESPREKSCOACH_CONTENT")}
    env["GESPREKSCOACH_HOME"] = str(home)
    env["GESPREKSCOACH_DOCUMENTS"] = str(cwd)
    env["TERM"] = "xterm-256color"
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "gesprekscoach", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_eenvoudig_as_a_real_process_completes_a_short_preparation(shipped_content: Content, tmp_path: Path) -> None:
    home = tmp_path / "home"
    number = conversation_number(shipped_content, "voortgang")
    steps = shipped_content.conversation("voortgang").steps
    reading = [""] * next(index for index, step in enumerate(steps) if isinstance(step, ChecklistStep))
    typed = "\n".join(["1", number, "", "", "Sam", *reading, "j", "Meteen afgevinkt", *[""] * 300]) + "\n"
    finished = _run_cli(["--eenvoudig"], typed, tmp_path, home)
    assert finished.returncode == 0, finished.stderr
    assert finished.stderr == ""
    assert "Klaar." in finished.stdout
    assert "Traceback" not in finished.stdout
    prep = only_preparation(home)
    assert prep.conversation == "voortgang" and prep.with_whom == "Sam"
    assert any(state.done and state.note == "Meteen afgevinkt" for state in prep.checklist.values())
    sheet = tmp_path / Path(sheet_filename(prep, shipped_content)).with_suffix(".pdf").name
    assert sheet.read_bytes().startswith(b"%PDF")  # Enter at every question: the PDF, in the documents folder
    assert prep.sheet_path == str(sheet)


def test_a_piped_stdin_falls_back_to_the_plain_mode(tmp_path: Path) -> None:
    """stdin is a pipe, stdout a real terminal (a pty): the coach starts in plain mode by itself."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    env = {key: value for key, value in os.environ.items() if key not in (PLAIN_ENV, "GESPREKSCOACH_CONTENT")}
    env.update(GESPREKSCOACH_HOME=str(tmp_path / "home"), TERM="xterm-256color", PYTHONIOENCODING="utf-8")
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "gesprekscoach"],
            stdin=subprocess.PIPE,
            stdout=slave,
            stderr=slave,
            cwd=tmp_path,
            env=env,
        )
        os.close(slave)
        assert process.stdin is not None
        process.stdin.write(b"stop\n")  # 'stop' works at every question, also in the menu
        process.stdin.close()
        output = b""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed: the process ended
                break
            if not chunk:
                break
            output += chunk
        if process.poll() is None:
            process.kill()
        assert process.wait(timeout=10) == 0, output
    finally:
        os.close(master)
    text = output.decode("utf-8", "replace")
    assert "eenvoudige modus" in text
    assert "Gestopt." in text
    assert "\x1b" not in text  # no full-screen escape codes


# --------------------------------------------------------------------------- lists and goals


def test_list_commands_remove_and_move_agenda_points(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    lines = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "agenda")
    lines += ["Punt A", "Punt B", "Punt C", "omhoog 3", "weg 1", "weg 9", "omhoog x", "", "stop"]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0
    assert "Er is geen punt 9." in output
    # 'omhoog x' is no command: it is a new point
    assert only_preparation(home).agenda_texts() == ["Punt C", "Punt B", "omhoog x"]


def test_wis_removes_a_goal_and_enter_keeps_its_letters(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    conv = shipped_content.conversation("functionering")
    goals_step = str([step.id for step in conv.steps].index("doelen") + 1)
    lines = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "doelen")
    lines += [
        "j",
        "Doel een",
        "",
        "",
        "",
        "",
        "Voor 1 maart 2027",
        "",
        "j",
        "Doel twee",
        "",
        "",
        "",
        "",
        "",
        "",
        "n",
        "stop",
    ]
    run_script(shipped_content, home, sheets, lines)
    assert [(g.text, g.tijdgebonden) for g in only_preparation(home).goals] == [
        ("Doel een", "Voor 1 maart 2027"),
        ("Doel twee", ""),
    ]
    # resume at the goals: 'wis' on the first goal's sentence removes it; the second is kept with Enter
    lines = ["2", "1", goals_step, "wis", "", "", "", "", "", "", "", "", "n", "stop"]
    code, output = run_script(shipped_content, home, sheets, lines)
    assert code == 0
    assert "Dit doel is weggehaald." in output
    assert [g.text for g in only_preparation(home).goals] == ["Doel twee"]


def test_a_new_goal_left_empty_is_not_kept(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    lines = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "doelen")
    lines += ["j", "", "n", "stop"]
    code, _ = run_script(shipped_content, home, sheets, lines)
    assert code == 0
    assert only_preparation(home).goals == []
