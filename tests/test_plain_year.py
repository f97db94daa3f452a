"""A whole year of the conversation cycle, typed line by line in the plain mode.

The journey is `year_journey.YEAR` (the same year as the full-screen test): each stage is one
run of the plain mode on its own day, fed the lines a user types; then the saved files are
checked: the goals and agreements carried over, how they were marked, what is only for you,
the sheets and the reaction letter. Nothing sleeps and nothing depends on today's date.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.checks.goal_verdict import check_goal_fields
from gesprekscoach.content.models import (
    AgendaStep,
    AskStep,
    ChecklistStep,
    Content,
    FeedbackStep,
    GoalsStep,
    InfoStep,
    IntroStep,
    PitfallsStep,
    QuestionsStep,
    Step,
    SummaryStep,
)
from gesprekscoach.plain.app import MENU_AFTER, MENU_LOG, MENU_NEW, menu_labels, run_plain
from gesprekscoach.session.carry_over import choices_for
from gesprekscoach.session.cycle import build_carry_over, carry_over_for_step
from gesprekscoach.sheet.markdown import escape_markdown, sheet_filename
from gesprekscoach.store.models import CarryOverItem, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.settings import load_settings_or_default
from gesprekscoach.store.wins_log import WinsLogStore
from session_helpers import FakeClock
from test_plain import conversation_number
from year_journey import (
    GOAL_1,
    GOAL_2,
    GOAL_3,
    YEAR,
    AfterMeeting,
    AnswerInput,
    Logging,
    Preparing,
    WinInput,
    moment,
)

# --------------------------------------------------------------------------- the journey as typed lines


def menu(label: str, store: PreparationStore) -> str:
    """The number the menu shows for a choice (it depends on whether there are earlier preparations)."""
    return str(menu_labels(bool(store.list().preparations)).index(label) + 1)


def numbers(wanted: list[int]) -> str:
    """Numbers typed for a choice of several (from places counted from 0); '' keeps what is chosen."""
    return " ".join(str(index + 1) for index in wanted)


@dataclass
class PreparingLines:
    """Builds the lines of a `Preparing` stage, step by step, from the content and what is carried over."""

    content: Content
    stage: Preparing
    carried: list[CarryOverItem]
    home: Path

    def lines(self, store: PreparationStore) -> list[str]:
        """Every line of the stage, from the menu to saving the sheet."""
        stage = self.stage
        conversation = self.content.conversation(stage.conversation)
        lines = [menu(MENU_NEW, store), conversation_number(self.content, stage.conversation), stage.meeting]
        lines += ["", stage.with_whom]  # no meeting time; the manager
        stub = Preparation(
            id="journey",
            conversation=stage.conversation,
            meeting_date=_meeting_day(stage.meeting),
            created_at=moment(stage.today),
            updated_at=moment(stage.today),
            carry_over=self.carried,
        )
        for step in conversation.steps:
            lines += self.step(step, stub)
        return lines

    def has_private(self) -> bool:
        """True when something will be only for you (then the full version is offered)."""
        stage = self.stage
        return (
            bool(stage.private_agenda)
            or any(answer.private for answer in stage.answers)
            or any(item.private for item in self.carried)
        )

    def step(self, step: Step, stub: Preparation) -> list[str]:
        """The lines of one step: Enter where the stage has nothing to type."""
        stage = self.stage
        if isinstance(step, IntroStep | InfoStep):
            return [""]
        if isinstance(step, ChecklistStep):
            return ["", ""] * len(step.items)
        if isinstance(step, PitfallsStep):
            return [""] * len(self.content.pitfalls_for(step))
        if isinstance(step, QuestionsStep):
            return self.questions(step, stub)
        if isinstance(step, GoalsStep):
            lines: list[str] = []
            for goal in stage.goals:
                lines += ["j", goal.text, "", "", goal.acceptabel, goal.realistisch, "", ""]
            return lines + ["n"] + ([""] if stage.goals else [])
        if isinstance(step, AskStep):
            return ([""] if step.suggestions else []) + [""]
        if isinstance(step, FeedbackStep):
            return [""]
        if isinstance(step, AgendaStep):
            private = numbers([number - 1 for number in stage.private_agenda])
            return [*stage.agenda, ""] + ([private] if stage.agenda else [])
        assert isinstance(step, SummaryStep)
        lines = ["j"]  # save the sheet
        if not load_settings_or_default(self.home).asked:
            lines += ["", ""]  # the first time: no name, no function
        lines += ["2", ""]  # as Markdown, where the coach proposes
        if self.has_private():
            lines += ["j", ""] if stage.full_sheet else ["n"]
        return lines

    def questions(self, step: QuestionsStep, stub: Preparation) -> list[str]:
        """What is carried over (marked or kept), the answers (with examples), what is only for you."""
        conversation = self.content.conversation(self.stage.conversation)
        shown = carry_over_for_step(stub, conversation, step)
        marks = {mark.text: mark for mark in self.stage.carry}
        lines: list[str] = []
        for item in shown:
            mark = marks.get(item.text)
            if mark is None:
                lines += ["", ""]  # keep how far it is, and its note
                continue
            values = [value for _shown, value in choices_for(item)]
            lines += [str(values.index(mark.choice) + 1), mark.note]
        answers: dict[str, AnswerInput] = {a.question_id: a for a in self.stage.answers}
        answered: list[AnswerInput] = []
        for question_id in step.questions:
            answer = answers.get(question_id)
            if answer is None:
                lines.append("")  # skipped: no example is asked
                continue
            answered.append(answer)
            lines += [answer.text, ""]
            if conversation.question(question_id).ask_example:
                if answer.win_example:
                    lines += ["kiezen", "1", ""]  # the first win offered; then Enter keeps the example
                else:
                    lines.append(answer.example)
        if shown or answered:
            private = [index for index, item in enumerate(shown) if item.private]
            private += [len(shown) + index for index, answer in enumerate(answered) if answer.private]
            lines.append(numbers(private))
        return lines


def after_lines(stage: AfterMeeting, store: PreparationStore) -> list[str]:
    """The lines of an `AfterMeeting` stage: the menu, the agreements, the report, the letter."""
    lines = [menu(MENU_AFTER, store), ""]  # Enter: the latest meeting
    lines.append("")  # the advice: not now
    for agreement in stage.agreements:
        lines += [agreement.what, agreement.who, agreement.when]
    lines.append("klaar")
    if stage.agreements:
        lines.append(numbers([index for index, agreement in enumerate(stage.agreements) if agreement.private]))
    if any(agreement.when and not agreement.private for agreement in stage.agreements):
        lines.append("n")  # a shared agreement with a date: no calendar file now
    lines += ["", ""]  # how it went: skipped
    lines.append("j" if stage.report_received else "n")
    if stage.report_received:
        lines.append("")  # it came today
    lines.append("j" if stage.disagrees else "n")
    if stage.disagrees:
        letter = stage.letter
        assert letter is not None
        lines.append("j")  # write the reaction now
        lines += [letter.point, letter.why, "", "kiezen", "1", ""]  # the first example of the preparation
        lines += ["n", letter.signed_by, "j"]  # no other point; the name; save the letter
    return lines + ["stop"]


def win_lines(win: WinInput, store: PreparationStore) -> list[str]:
    """The lines that write one win in the log (and mark it only for you)."""
    lines = [menu(MENU_LOG, store), win.text, str(win.goal) if win.goal else ""]
    if win.private:
        lines.append("prive 1")  # the newest is number 1
    return lines + ["klaar", "stop"]


def run(content: Content, home: Path, sheets: Path, when: date, lines: list[str], *, hour: int = 20) -> str:
    """One run of the plain mode on that day; returns what it printed."""
    out = io.StringIO()
    clock = FakeClock(moment(when, hour))
    code = run_plain(
        content,
        store=PreparationStore(home),
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=out,
        cwd=sheets,
        clock=clock,
    )
    assert code == 0, out.getvalue()
    return out.getvalue()


def run_stage(content: Content, home: Path, sheets: Path, stage: Preparing | AfterMeeting) -> str:
    store = PreparationStore(home)
    if isinstance(stage, AfterMeeting):
        output = run(content, home, sheets, stage.today, after_lines(stage, store))
        assert "Klaar met na het gesprek." in output, output
        return output
    stub = Preparation(
        id="journey",
        conversation=stage.conversation,
        meeting_date=_meeting_day(stage.meeting),
        created_at=moment(stage.today),
        updated_at=moment(stage.today),
    )
    carried = build_carry_over(stub, store.list().preparations, content)
    output = run(content, home, sheets, stage.today, PreparingLines(content, stage, carried, home).lines(store))
    assert "Klaar. Je voorbereiding is bewaard." in output, output
    return output


def _meeting_day(typed: str) -> date:
    day, month, year = (int(part) for part in typed.split("-"))
    return date(year, month, day)


def run_logging(content: Content, home: Path, sheets: Path, stage: Logging) -> None:
    for win in stage.wins:
        out = io.StringIO()
        clock = FakeClock(win.at)
        store = PreparationStore(home)
        code = run_plain(
            content,
            store=store,
            stdin=io.StringIO("\n".join(win_lines(win, store)) + "\n"),
            stdout=out,
            cwd=sheets,
            clock=clock,
        )
        assert code == 0 and "Bewaard in je logboek" in out.getvalue(), out.getvalue()


# --------------------------------------------------------------------------- what was saved


def preparation(home: Path, conversation: str) -> Preparation:
    found = [p for p in PreparationStore(home).list().preparations if p.conversation == conversation]
    assert len(found) == 1, found
    return found[0]


def sheet_of(prep: Preparation, content: Content, sheets: Path) -> str:
    return (sheets / sheet_filename(prep, content)).read_text(encoding="utf-8")


def carry_section(sheet: str, content: Content) -> str:
    heading = f"## {content.sheet_labels.headings.carry_over}\n"
    if heading not in sheet:
        return ""
    return sheet.split(heading, 1)[1].split("\n## ", 1)[0]


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    home = tmp_path / "home"
    sheets = tmp_path / "bladen"
    sheets.mkdir()
    return home, sheets


def test_a_whole_year_typed_in_the_plain_mode(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    content = shipped_content
    home, sheets = folders
    planning_stage, after_planning, wins, functioning_stage, after_functioning, autumn, review_stage = YEAR
    assert isinstance(planning_stage, Preparing) and isinstance(after_planning, AfterMeeting)
    assert isinstance(wins, Logging) and isinstance(functioning_stage, Preparing)
    assert isinstance(after_functioning, AfterMeeting) and isinstance(autumn, Logging)
    assert isinstance(review_stage, Preparing)

    # January: the planningsgesprek, and what came out of it
    run_stage(content, home, sheets, planning_stage)
    planning = preparation(home, "planning")
    assert [(goal.id, goal.text) for goal in planning.goals] == [("doel-1", GOAL_1), ("doel-2", GOAL_2)]
    for goal in planning.goals:
        assert check_goal_fields(goal, today=planning.meeting_date, texts=content.checks).is_smart, goal.text
    assert [(item.text, item.private) for item in planning.agenda] == [("Mijn doelen", False), ("Burn-out", True)]
    assert planning.last_step == content.conversation("planning").steps[-1].id
    sheet = sheet_of(planning, content, sheets)
    assert carry_section(sheet, content) == ""
    assert escape_markdown(GOAL_1) in sheet and "Mijn doelen" in sheet and "Burn" not in sheet
    output = run_stage(content, home, sheets, after_planning)
    assert "Je afspraken nu, 3:" in output
    planning = preparation(home, "planning")
    assert planning.after is not None and planning.after.report_received
    assert planning.after.report_received_on == after_planning.today
    assert [(a.what, a.owner, a.owner_name, a.deadline, a.private) for a in planning.after.agreements] == [
        ("Cursus aanvragen", "ik", "", date(2027, 2, 1), False),
        ("Budget regelen", "leidinggevende", "", date(2027, 3, 31), False),
        ("Inwerken", "ander", "Kees", None, True),
    ]

    # February to May: wins in the log
    run_logging(content, home, sheets, wins)
    entries = WinsLogStore(home).load().entries
    assert [(e.text, e.goal, e.private, e.at.date()) for e in entries] == [
        ("Eerste presentatie gegeven", "doel-1", False, date(2027, 2, 3)),
        ("Module 1 van de cursus af", "doel-2", False, date(2027, 3, 10)),
        ("Een compliment van de klant", None, False, date(2027, 4, 2)),
        ("Ruzie in het team gesust", None, True, date(2027, 5, 12)),
    ]
    assert all(e.goal_source == planning.id for e in entries if e.goal)

    # June: the functioneringsgesprek starts from the goals and agreements, and offers the wins
    output = run_stage(content, home, sheets, functioning_stage)
    assert "Van de vorige keer: 3 punten. Hoe staat het ermee?" in output
    assert "Punt 1 van 3. Afspraak: Cursus aanvragen" in output
    assert "Uit je logboek: 4 punten, sinds je planningsgesprek van 15 januari 2027." in output
    functioning = preparation(home, "functionering")
    assert [(item.kind, item.status, item.result) for item in functioning.carry_over] == [
        ("doel", "open", "deels"),
        ("doel", "gedaan", "behaald"),
        ("afspraak", "gedaan", None),
        ("afspraak", "open", None),
        ("belofte", "open", None),
    ]
    assert [item.note for item in functioning.carry_over] == ["Twee", "", "20 jan", "", ""]
    assert functioning.carry_over[3].private  # Kees' agreement was private in January
    assert functioning.answers["wat-ging-minder"].private
    assert functioning.answers["doelen-behaald"].example == "3 februari 2027: Eerste presentatie gegeven"
    assert [goal.text for goal in functioning.goals] == [GOAL_3]
    sheet = sheet_of(functioning, content, sheets)
    carried = carry_section(sheet, content)
    assert "### Uit het planningsgesprek van 15 januari 2027" in carried
    goal_1, goal_2 = escape_markdown(GOAL_1), escape_markdown(GOAL_2)
    assert f"- [ ] **Doel:** {goal_1} — uiterlijk 1 juli 2027 · deels behaald  \n  Mijn notitie: Twee" in carried
    assert f"- [x] **Doel:** {goal_2} — uiterlijk 1 oktober 2027 · behaald" in carried
    assert (
        "- [x] **Afspraak:** Cursus aanvragen — wie: ik · uiterlijk 1 februari 2027 · gedaan  \n  Mijn notitie: 20 jan"
        in carried
    )
    assert "- [ ] **Belofte van mijn leidinggevende:** Budget regelen — uiterlijk 31 maart 2027 · nog open" in carried
    assert "Inwerken" not in sheet and "Thuis zwaar" not in sheet and "Burn" not in sheet
    assert "3 februari 2027: Eerste presentatie gegeven" in sheet

    # After the functioneringsgesprek: a promise, the report, a disagreement and the letter
    output = run_stage(content, home, sheets, after_functioning)
    functioning = preparation(home, "functionering")
    assert functioning.after is not None
    assert functioning.after.report_received_on == date(2027, 6, 18) and functioning.after.disagrees
    assert [(a.what, a.owner) for a in functioning.after.agreements] == [("Maandelijks overleg", "leidinggevende")]
    assert [(d.point, d.why) for d in functioning.after.disagreements] == [
        ("Te weinig initiatief", "Twee voorstellen.")
    ]
    letter = sheets / "reactie-functioneringsgesprek-2027-06-10.txt"
    assert functioning.after.reaction_letter_path == str(letter)
    assert functioning.after.reaction_written_on == date(2027, 6, 18)
    assert f"De brief staat in {letter}" in " ".join(output.split())
    text = letter.read_text(encoding="utf-8")
    assert text.startswith("Sam\n\n18 juni 2027\n")  # a real letter: sender, date, addressee, subject
    assert "Aan: Anne de Vries" in text
    assert "Onderwerp: Reactie op het verslag van het functioneringsgesprek van 10 juni 2027" in " ".join(text.split())
    assert "Beste Anne de Vries," in text and "Op 18 juni 2027 kreeg ik het verslag." in " ".join(text.split())
    assert "1. In het verslag staat: Te weinig initiatief" in text
    assert "Zo zie ik het: Twee voorstellen." in text
    assert "Een voorbeeld: 3 februari 2027: Eerste presentatie gegeven" in text
    assert text.rstrip().endswith("Met vriendelijke groet,\nSam")
    assert "**" not in text  # no Markdown marks
    assert "Zo wordt je brief:" in output and "**" not in output.split("Zo wordt je brief:", 1)[1]

    # Autumn: one more win
    run_logging(content, home, sheets, autumn)

    # December: the beoordelingsgesprek starts from all of it; saved, also in full
    run_stage(content, home, sheets, review_stage)
    review = preparation(home, "beoordeling")
    assert [(item.kind, item.text) for item in review.carry_over] == [
        ("doel", GOAL_1),
        ("doel", GOAL_2),
        ("doel", GOAL_3),  # the goal of the functioneringsgesprek
        ("afspraak", "Inwerken"),
        ("belofte", "Budget regelen"),
        ("belofte", "Maandelijks overleg"),
        ("bezwaar", "Te weinig initiatief"),
    ]
    assert review.carry_over[0].result == "behaald" and review.carry_over[0].note == "Twee"
    assert review.carry_over[1].status == "gedaan" and review.carry_over[3].private
    sheet = sheet_of(review, content, sheets)
    carried = carry_section(sheet, content)
    assert f"- [x] **Doel:** {goal_1} — uiterlijk 1 juli 2027 · behaald  \n  Mijn notitie: Twee" in carried
    assert "### Uit het functioneringsgesprek van 10 juni 2027" in carried
    assert f"- [ ] **Doel:** {escape_markdown(GOAL_3)} — uiterlijk 1 november 2027 · nog open" in carried
    assert "- [ ] **Belofte van mijn leidinggevende:** Maandelijks overleg — nog open" in carried
    assert "### Uit het verslag van het functioneringsgesprek van 10 juni 2027" in carried
    assert "- [ ] **Niet eens met het verslag:** Te weinig initiatief — nog open" in carried
    assert "Cursus aanvragen" not in carried  # done in June
    assert "Inwerken" not in sheet  # private
    full = (sheets / sheet_filename(review, content).replace(".md", "-volledig.md")).read_text(encoding="utf-8")
    # the full version has the private agreement, on the private page at the end, not with the shared ones
    assert "**Afspraak:** Inwerken — wie: Kees · nog open" not in carry_section(full, content)
    assert "**Afspraak:** Inwerken — wie: Kees · nog open" in full.split("Alleen voor mij", 1)[1]
    assert review.sheet_path == str(sheets / sheet_filename(review, content))  # the full version is not remembered
    # the private win is in the log, never on a sheet
    assert any(entry.private for entry in WinsLogStore(home).load().entries)
    for path in sheets.glob("*.md"):
        assert "Ruzie in het team" not in path.read_text(encoding="utf-8")
