"""One script of edits (tests/edit_script.py), made through the session directly and typed in the
plain mode: the saved preparation files are the same, byte for byte (apart from `revision:`).

Every edit is typed on stdin, in three runs of the plain mode with a fake clock:

1. on 1 June 2027, a new preparation step by step: the steps, how far each carried-over item
   is, and what is 'alleen voor mij' (the question at the end of each step);
2. the same day, 'Verder met een eerdere voorbereiding' with its last choice, the meeting, to
   change with whom it is; then 'Oefenen': a question marked as hard, and the marks. The order
   of the questions is random, so the typist reads which question is shown: the one the script
   names gets its mark, another one ends the round with 'terug' and a new round begins;
3. on 18 June 2027 (`AFTER_DAY`), 'Na het gesprek': the agreements, how it went, the report and
   the reaction letter.
"""

from __future__ import annotations

import difflib
import io
import random
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from edit_script import (
    AFTER_DAY,
    CONVERSATION,
    MEETING_DAY,
    WITH_WHOM,
    after_meeting,
    edit_script,
    plain_after_lines,
    plain_lines,
    script_clock,
)
from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.dates import dutch_date
from gesprekscoach.plain.app import MENU_AFTER, MENU_RESUME, around_meeting_labels, menu_labels, run_plain
from gesprekscoach.plain.meeting_details import MEETING_CHOICE
from gesprekscoach.session.commands import Area, SetQuestionHard, SetRehearsalMark, SetWithWhom
from gesprekscoach.session.opening import start_new_preparation
from gesprekscoach.session.rehearsal import GOOD, manager_question_ids, questions_of_steps
from gesprekscoach.sheet.letter import letter_filename
from gesprekscoach.store.preparations import PreparationStore
from session_helpers import FakeClock
from test_plain import conversation_number
from year_helpers import make_planning, record_planning_after

MAX_ROUNDS = 200
"""Rounds of rehearsing the typist may begin before the script's questions came (each has 1 in 8)."""


def _store_with_planning(home: Path) -> PreparationStore:
    store = PreparationStore(home)
    record_planning_after(store, make_planning(store))
    return store


def _files(store: PreparationStore) -> dict[str, str]:
    """The saved preparations, without the `revision` line: it counts saves (plain mode saves after
    every answer, a direct run once), not what the user wrote."""
    return {
        path.name: "".join(
            line
            for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith("revision:")
        )
        for path in sorted(store.folder.glob("*.yaml"))
    }


def assert_same_files(typed: dict[str, str], made: dict[str, str], front_end: str) -> None:
    """The files a front end saved are the ones made straight through the session (a diff when not)."""
    assert typed.keys() == made.keys()
    for name, text in made.items():
        diff = "\n".join(
            difflib.unified_diff(text.splitlines(), typed[name].splitlines(), "direct", front_end, lineterm="")
        )
        assert typed[name] == text, diff


def _said(text: str) -> str:
    return " ".join(text.split())


class Typist(io.StringIO):
    """Stdin that types `lines`; after them, `react` says what to type next, from what the coach
    printed since the last line typed (no lines: the input ends)."""

    def __init__(self, lines: Sequence[str], printed: io.StringIO, react: Callable[[str], list[str]]) -> None:
        super().__init__()
        self.lines = list(lines)
        self.printed = printed
        self.react = react
        self.seen = 0

    def readline(self, size: int | None = -1) -> str:
        """The next line, with its line break ('' at the end of the input)."""
        printed = self.printed.getvalue()
        if not self.lines:
            self.lines = self.react(printed[self.seen :])
        self.seen = len(printed)
        return self.lines.pop(0) + "\n" if self.lines else ""


class Rehearsing:
    """Answers the rehearsal rounds: marks the question the script names when it is shown, else
    leaves the round ('terug') and begins a new one from the menu; 'stop' when all marks are made."""

    def __init__(self, content: Content, marks: list[SetRehearsalMark], *, menu_number: str, prep_number: str) -> None:
        conversation = content.conversation(CONVERSATION)
        self.questions = {question.id: _said(question.text) for _step, question in questions_of_steps(conversation)}
        self.marks = list(marks)
        self.menu_number = menu_number
        self.prep_number = prep_number
        self.rounds = 0

    def __call__(self, printed: str) -> list[str]:
        said = _said(printed)
        shown = [question_id for question_id, text in self.questions.items() if text in said]
        if shown:
            assert len(shown) == 1 and "Vraag " in said, printed
            if self.marks and self.marks[0].question_id == shown[0]:
                mark = self.marks.pop(0)
                return ["", "1" if mark.mark == GOOD else "2"]  # said aloud; 'ging goed' or 'nog oefenen'
            return ["terug"]  # not this one: leave the round
        assert "Wat wil je doen?" in said, printed
        if not self.marks:
            return ["stop"]
        self.rounds += 1
        assert self.rounds <= MAX_ROUNDS, "the script's question never came first"
        return [self.menu_number, self.prep_number, ""]  # rehearse this preparation; no other hard question


def _run(content: Content, store: PreparationStore, sheets: Path, clock: FakeClock, typist: Typist) -> str:
    code = run_plain(
        content,
        store=store,
        stdin=typist,
        stdout=typist.printed,
        cwd=sheets,
        clock=clock,
        rng=random.Random(9),
    )
    output = typist.printed.getvalue()
    assert code == 0, output
    return output


def _typed(lines: Sequence[str]) -> Typist:
    def no_more(printed: str) -> list[str]:
        raise AssertionError(f"nothing more to type, but the coach asks:\n{printed}")

    return Typist(lines, io.StringIO(), no_more)


def test_the_script_covers_every_area(shipped_content: Content, tmp_path: Path) -> None:
    script = edit_script(shipped_content, sheet_path=tmp_path / "blad.md", letter_path=tmp_path / "brief.md")
    assert script.areas() == set(Area)


def test_the_script_gives_the_same_file_through_the_session_and_the_plain_mode(
    shipped_content: Content, tmp_path: Path
) -> None:
    content = shipped_content
    sheets = tmp_path / "bladen"
    sheets.mkdir()

    # straight through the session
    direct = _store_with_planning(tmp_path / "direct")
    clock = script_clock()
    opened = start_new_preparation(direct, content, CONVERSATION, MEETING_DAY, WITH_WHOM, clock=clock)
    session = opened.session
    prep_id = session.prep.id
    script = edit_script(
        content, sheet_path=sheets / "blad.md", letter_path=sheets / letter_filename(session.prep, content)
    )
    for command in script.all:
        if after_meeting(command):
            clock.moment = AFTER_DAY
        session.apply(command)
    assert session.close().ok
    assert [item.kind for item in session.prep.carry_over] == ["doel", "doel", "afspraak", "afspraak", "belofte"]

    # 1. typed in the plain mode: the new preparation, step by step
    plain = _store_with_planning(tmp_path / "plain")
    typed = plain_lines(content, script, menu_number=conversation_number(content, CONVERSATION))
    output = _run(content, plain, sheets, script_clock(), _typed(typed))
    assert "Klaar. Je voorbereiding is bewaard." in output
    assert (sheets / "blad.md").is_file()
    assert "Alleen voor jou: 1." in output  # the first tip's note

    # 2. the same day: with whom the meeting is, then rehearsing
    earlier = plain.list().preparations
    prep_number = str([prep.id for prep in earlier].index(prep_id) + 1)
    steps = content.conversation(CONVERSATION).steps
    new_name = next(command.text for command in script.more if isinstance(command, SetWithWhom))
    lines = [menu(MENU_RESUME), prep_number, str(len(steps) + 1), "", "", new_name, "terug"]  # the meeting
    texts = around_meeting_texts(content)
    rehearse = str(menu_labels(True, around_meeting_labels(content, earlier)).index(texts.rehearse_menu) + 1)
    hard = [command.question_id for command in script.more if isinstance(command, SetQuestionHard)]
    conversation = content.conversation(CONVERSATION)
    manager = manager_question_ids(conversation)
    others = [question.id for _step, question in questions_of_steps(conversation) if question.id not in manager]
    lines += [rehearse, prep_number, " ".join(str(others.index(question_id) + 1) for question_id in hard)]
    marks = [command for command in script.more if isinstance(command, SetRehearsalMark)]
    rehearsing = Rehearsing(content, marks, menu_number=rehearse, prep_number=prep_number)
    output = _run(content, plain, sheets, script_clock(), Typist(lines, io.StringIO(), rehearsing))
    assert f"Het gesprek is met {new_name}." in output
    assert not rehearsing.marks

    # 3. after the meeting: the agreements, the report and the letter
    after = plain_after_lines(content, script, menu_number=menu(MENU_AFTER))
    output = _run(content, plain, sheets, FakeClock(AFTER_DAY), _typed(after))
    assert "Klaar met na het gesprek." in output
    assert (sheets / letter_filename(session.prep, content)).is_file()

    assert_same_files(_files(plain), _files(direct), "plain")
    text = _files(direct)[f"{prep_id}.yaml"]
    for expected in ("Ik wil beter leren plannen", "Thuiswerken", "Planning elke maandag delen", "Sam Jansen"):
        assert expected in text


def menu(label: str) -> str:
    """The number of a choice in the menu (with earlier preparations)."""
    return str(menu_labels(True).index(label) + 1)


def test_going_on_in_the_plain_mode_the_meeting_can_change(shipped_content: Content, tmp_path: Path) -> None:
    """The last choice of 'Bij welke stap wil je beginnen?': the day, the time and with whom. Enter keeps,
    'wis' empties, 'hulp' helps, a wrong time is asked again, 'terug' goes back to the steps."""
    content = shipped_content
    store = _store_with_planning(tmp_path / "home")
    started = start_new_preparation(store, content, CONVERSATION, MEETING_DAY, WITH_WHOM, clock=script_clock())
    assert started.session.close().ok
    prep_id = started.session.prep.id
    number = str([prep.id for prep in store.list().preparations].index(prep_id) + 1)
    meeting = str(len(content.conversation(CONVERSATION).steps) + 1)
    lines = [menu(MENU_RESUME), number, meeting, "terug"]  # 'terug' on the day: the steps again
    lines += [meeting, "hulp", "12-6", "25:00", "9:30", "wis"]  # a new day and time; no name
    lines += [meeting, "", "wis", "", "terug", "stop"]  # the day and the name kept; no time; to the menu
    output = _run(content, store, tmp_path, script_clock(), _typed(lines))
    said = _said(output)
    assert said.count(f"{meeting}. {MEETING_CHOICE}") == 4
    assert "Hier verander je de dag van het gesprek" in said  # the help
    assert f"Het gesprek is op {dutch_date(date(2027, 6, 12))}." in said
    assert "Typ een nummer van 1 tot en met" not in said  # 'terug' and the choices are understood
    assert "Het gesprek begint om 09:30." in said and "Er staat geen naam bij het gesprek." in said
    assert "(Enter = houden: 09:30. Typ wis voor geen tijd.)" in said and "Er staat geen tijd bij." in said
    saved = store.load(prep_id)
    assert (saved.meeting_date, saved.meeting_time, saved.with_whom) == (date(2027, 6, 12), None, "")
