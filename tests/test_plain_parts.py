"""The parts of the plain mode one by one: where you left off, what is only for you, examples,
the chooser, the wins log, after the meeting, and what Enter, 'klaar', 'terug' and 'hulp' do.

Every test types lines as a user would and checks what was saved (and, where it matters, what
was said).
"""

from __future__ import annotations

import io
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from gesprekscoach.content.models import ChecklistStep, Content, QuestionsStep
from gesprekscoach.plain.app import MENU_AFTER, MENU_CHOOSER, MENU_LOG, MENU_RESUME, menu_labels, run_plain
from gesprekscoach.session.chooser import advise
from gesprekscoach.session.commands import Area, SetLastStep
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.session.resume import resume_index
from gesprekscoach.sheet.markdown import sheet_filename
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore
from session_helpers import FakeClock, fixed_clock, new_session
from test_plain import TODAY, start_lines, steps_until
from year_helpers import TZ, make_planning

DATA = Path(__file__).parent / "data"


def typed(
    content: Content, home: Path, cwd: Path, lines: list[str], *, clock: FakeClock | None = None
) -> tuple[str, PreparationStore]:
    """Run the plain mode on these lines; returns what it said and the store."""
    out = io.StringIO()
    store = PreparationStore(home)
    code = run_plain(
        content,
        store=store,
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=out,
        cwd=cwd,
        clock=clock or fixed_clock(TODAY, 20),
    )
    assert code == 0, out.getvalue()
    return out.getvalue(), store


def flat(text: str) -> str:
    return " ".join(text.split())


def only(store: PreparationStore) -> Preparation:
    preparations = store.list().preparations
    assert len(preparations) == 1, preparations
    return preparations[0]


def menu(label: str) -> str:
    """The menu's number of a choice when there are earlier preparations."""
    return str(menu_labels(True).index(label) + 1)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    home, sheets = tmp_path / "home", tmp_path / "bladen"
    sheets.mkdir()
    return home, sheets


# --------------------------------------------------------------------------- where you left off


def test_a_file_without_last_step_opens_and_starts_at_step_1(shipped_content: Content, tmp_path: Path) -> None:
    """tests/data/preparation-v2.yaml was written before `last_step` existed: it opens unchanged."""
    store = PreparationStore(tmp_path / "home")
    store.folder.mkdir(parents=True)
    shutil.copy(DATA / "preparation-v2.yaml", store.folder / "2027-06-10-functionering.yaml")
    assert "last_step" not in (DATA / "preparation-v2.yaml").read_text(encoding="utf-8")
    prep = store.load("2027-06-10-functionering")
    assert prep.last_step is None
    assert resume_index(shipped_content.conversation("functionering"), prep) == 0
    # and in the plain mode: Enter at 'Bij welke stap' starts at step 1
    output, _ = typed(shipped_content, tmp_path / "home", tmp_path, [menu(MENU_RESUME), "", "", "stop"])
    steps = shipped_content.conversation("functionering").steps
    assert "Je was gebleven" not in output
    assert f"Stap 1 van {len(steps)}: {steps[0].title}" in output


def test_set_last_step_is_a_change_of_the_details_and_saved(shipped_content: Content, tmp_path: Path) -> None:
    session = new_session(shipped_content, tmp_path / "home")
    change = session.apply(SetLastStep("terugblik"))
    assert change and change.areas == frozenset({Area.DETAILS})
    assert not session.apply(SetLastStep("terugblik"))  # the same again: nothing to save
    assert session.close().ok
    reopened = session.store.load(session.prep.id)
    assert reopened.last_step == "terugblik"
    steps = [step.id for step in shipped_content.conversation("functionering").steps]
    assert resume_index(shipped_content.conversation("functionering"), reopened) == steps.index("terugblik")
    # a step the content no longer has: back to the start
    reopened.last_step = "bestaat-niet"
    assert resume_index(shipped_content.conversation("functionering"), reopened) == 0


def test_reopening_goes_on_where_you_left_off(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    conv = shipped_content.conversation("functionering")
    lines = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "terugblik")
    typed(shipped_content, home, sheets, [*lines, "stop"])
    number = [step.id for step in conv.steps].index("terugblik") + 1
    output, store = typed(shipped_content, home, sheets, [menu(MENU_RESUME), "", "", "Mijn antwoord", "", "stop"])
    assert f"Je was gebleven bij stap {number} van {len(conv.steps)}: {conv.steps[number - 1].title}." in output
    assert f"(Enter = {number}, waar je was gebleven)" in flat(output)
    step = conv.steps[number - 1]
    assert isinstance(step, QuestionsStep)
    assert only(store).answers[step.questions[0]].text == "Mijn antwoord"


# --------------------------------------------------------------------------- answers and examples


def test_no_example_question_after_a_skipped_answer(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    lines = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "terugblik")
    # question 1 skipped (Enter): the next line answers question 2, and its example is asked
    lines += ["", "Het project liep goed", "", "In mei op tijd", "stop"]
    output, store = typed(shipped_content, home, sheets, lines)
    answers = only(store).answers
    assert "afspraken-planning" not in answers or answers["afspraken-planning"].is_empty()
    assert (answers["wat-ging-goed"].text, answers["wat-ging-goed"].example) == (
        "Het project liep goed",
        "In mei op tijd",
    )
    assert flat(output).count("Bij vraag 2: Een concreet voorbeeld") == 1
    assert flat(output).count("Een concreet voorbeeld") == 1


def test_terug_and_stop_inside_a_long_answer_keep_what_was_typed(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    start = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "terugblik")
    lines = [*start, "Eerste regel", "Tweede regel", "hulp", "Derde regel", "terug", "stop"]
    output, store = typed(shipped_content, home, sheets, lines)
    assert only(store).answers["afspraken-planning"].text == "Eerste regel\nTweede regel\nDerde regel"
    assert "Typ verder aan je antwoord." in output  # 'hulp' in the middle of an answer, then on
    # 'terug' went back to the question before: the last tip's note (the step before)
    assert output.count("Vraag 1 van") == 1


# --------------------------------------------------------------------------- lists: Enter and 'klaar'


def test_in_a_list_klaar_ends_it_and_a_point_is_one_line(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    lines = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "agenda")
    lines += ["Punt A", "Punt B", "anders 1", "Punt A, beter", "klaar", "2", "stop"]
    output, store = typed(shipped_content, home, sheets, lines)
    prep = only(store)
    assert [(item.text, item.private) for item in prep.agenda] == [("Punt A, beter", False), ("Punt B", True)]
    assert "Typ klaar als je lijst af is. Enter = verder zonder nieuw punt." in flat(output)


# --------------------------------------------------------------------------- 'alleen voor mij'


def test_marking_items_only_for_you_keeps_them_off_the_sheet(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    conv = shipped_content.conversation("functionering")
    tips = conv.step("tips")
    assert isinstance(tips, ChecklistStep)
    lines = start_lines(shipped_content, "functionering") + ["", ""]
    lines += ["j", "GEHEIME-NOTITIE", "j", "Gewone notitie"] + ["", ""] * (len(tips.items) - 2)
    lines += ["1"]  # only the first note is for you
    summary = conv.steps[-1].id
    lines += steps_until(shipped_content, "functionering", summary)[2 + 2 * len(tips.items) :]
    lines += ["j", "", "", "2", "", "j", ""]  # save the sheet (no name or function, Markdown), and the full version too
    output, store = typed(shipped_content, home, sheets, lines)
    prep = only(store)
    assert prep.checklist[tips.items[0].id].private and not prep.checklist[tips.items[1].id].private
    sheet = (sheets / sheet_filename(prep, shipped_content)).read_text(encoding="utf-8")
    assert "GEHEIME-NOTITIE" not in sheet and "Gewone notitie" in sheet
    full = (sheets / sheet_filename(prep, shipped_content).replace(".md", "-volledig.md")).read_text(encoding="utf-8")
    assert "GEHEIME-NOTITIE" in full
    assert prep.sheet_path == str(sheets / sheet_filename(prep, shipped_content))
    assert "Alleen voor jou: 1." in output


# --------------------------------------------------------------------------- the chooser


def test_the_chooser_gives_the_sessions_advice_and_starts_it(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    chooser = shipped_content.chooser
    answers = [str(len(question.options)) for question in chooser.questions]  # the last answer of each
    advice = advise(shipped_content, [question.options[-1] for question in chooser.questions])
    assert advice.conversation is not None
    # no earlier preparation: the chooser is choice 2
    lines = [str(menu_labels(False).index(MENU_CHOOSER) + 1), *answers, "", "", "", "Sam", "stop"]
    output, store = typed(shipped_content, home, sheets, lines)
    said = flat(output)
    assert f"Ons advies: je hebt waarschijnlijk een {advice.conversation.name}." in said
    for reason in advice.reasons:
        assert flat(reason) in said
    prep = only(store)
    assert prep.conversation == advice.conversation.id and prep.with_whom == "Sam"


def test_terug_in_the_chooser_goes_to_the_previous_question(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    first = shipped_content.chooser.questions[0]
    lines = [str(menu_labels(False).index(MENU_CHOOSER) + 1), "1", "terug", "terug", "stop"]
    output, _ = typed(shipped_content, home, sheets, lines)
    assert flat(output).count(flat(f"Vraag 1 van {len(shipped_content.chooser.questions)}: {first.text}")) == 2
    assert flat(output).count("Wat wil je doen?") == 2  # 'terug' on the first question: the menu


# --------------------------------------------------------------------------- the wins log


def test_the_wins_log_adds_tags_marks_and_removes(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    planning = make_planning(PreparationStore(home))
    clock = FakeClock(datetime(2027, 2, 1, 10, 0, tzinfo=TZ))
    lines = [menu(MENU_LOG), "Demo gegeven", "1", "Geheim", "", "prive 1", "weg 2", "j", "weg 9", "klaar", "stop"]
    output, _ = typed(shipped_content, home, sheets, lines, clock=clock)
    entries = WinsLogStore(home).load().entries
    assert [(e.text, e.private, e.goal, e.goal_source) for e in entries] == [("Geheim", True, None, None)]
    assert entries[0].at.date() == date(2027, 2, 1)
    said = flat(output)
    assert f"Bewaard in je logboek (1 februari 2027), bij je doel: {planning.goals[0].title()}." in said
    assert "Sinds je planningsgesprek van 15 januari 2027: 1 punt." in said
    assert "Er is geen punt 9." in said
    assert "1 februari 2027: Geheim. Alleen voor jou." in said


# --------------------------------------------------------------------------- after the meeting


def test_after_the_meeting_agreements_can_be_changed_done_and_removed(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    make_planning(store)
    clock = FakeClock(datetime(2027, 1, 22, 20, 0, tzinfo=TZ))
    lines = [menu(MENU_AFTER), "", "j"]  # the planningsgesprek; read the advice
    lines += ["Cursus aanvragen", "", "1 feb", "Budget regelen", "Anne", "eind maart", "Weg ermee", "", ""]
    lines += ["anders 1", "Cursus Excel aanvragen", "", "", "gedaan 2", "weg 3", "klaar", ""]
    lines += ["n"]  # no calendar file
    lines += ["Goed", "", "", "n", "n", "stop"]
    output, store = typed(shipped_content, home, sheets, lines, clock=clock)
    prep = only(store)
    assert prep.after is not None
    assert [(a.what, a.owner, a.deadline, a.done) for a in prep.after.agreements] == [
        ("Cursus Excel aanvragen", "ik", date(2027, 2, 1), False),
        ("Budget regelen", "leidinggevende", date(2027, 3, 31), True),
    ]
    assert prep.after.went_as_prepared == "Goed" and not prep.after.report_received
    said = flat(output)
    assert flat(shipped_content.after.advice[0].text) in said
    assert "Zo leest de coach het: wie: mijn leidinggevende. Wanneer: uiterlijk 31 maart 2027." in said
    # what was typed is what the session reads next time: the next preparation starts from it
    opened = open_preparation(store, shipped_content, prep, clock=clock)
    assert opened.session.prep.after is not None


def test_a_report_date_that_cannot_be_read_is_asked_again(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    make_planning(PreparationStore(home))
    clock = FakeClock(datetime(2027, 1, 22, 20, 0, tzinfo=TZ))
    lines = [menu(MENU_AFTER), "", "", "klaar", "", "", "j", "32-13", "gisteren", "n", "stop"]
    output, store = typed(shipped_content, home, sheets, lines, clock=clock)
    after = only(store).after
    assert after is not None and after.report_received and after.report_received_on == date(2027, 1, 21)
    assert "Het verslag kwam op 21 januari 2027." in flat(output)
