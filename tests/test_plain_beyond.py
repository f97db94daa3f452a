"""Around the meeting in the plain mode: rehearsing, sending your points ahead, the calendar file
after the agreements, the wins log's quiet note and overview, and the draft self-assessment.

Every test types lines as a user would and checks what was saved or written, and what was said.
"""

from __future__ import annotations

import io
import random
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.plain.app import MENU_AFTER, MENU_LOG, around_meeting_labels, menu_labels, run_plain
from gesprekscoach.session.agenda_message import agenda_filename
from gesprekscoach.session.calendar_export import calendar_filename
from gesprekscoach.session.commands import AddListItem, Area, MarkPrivate, SetAnswer, SetExample
from gesprekscoach.session.rehearsal import (
    AGAIN,
    GOOD,
    RehearsalRound,
    manager_question_ids,
    other_questions,
    rehearsal_questions,
)
from gesprekscoach.session.wins_digest import self_assessment_filename
from gesprekscoach.store.models import Preparation, RehearsalState
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore
from session_helpers import FakeClock, new_session
from year_helpers import TZ, at, make_planning

SEED = 7


def flat(text: str) -> str:
    return " ".join(text.split())


class Opened:
    """Records the addresses the plain mode asked to open."""

    def __init__(self, works: bool = True) -> None:
        self.urls: list[str] = []
        self.works = works

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        return self.works


def typed(
    content: Content,
    home: Path,
    cwd: Path,
    lines: list[str],
    *,
    clock: FakeClock,
    open_url: Opened | None = None,
) -> str:
    """Run the plain mode on these lines; returns what it said."""
    out = io.StringIO()
    code = run_plain(
        content,
        store=PreparationStore(home),
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=out,
        cwd=cwd,
        clock=clock,
        open_url=open_url or Opened(),
        rng=random.Random(SEED),
    )
    assert code == 0, out.getvalue()
    return out.getvalue()


def menu(content: Content, home: Path, label: str) -> str:
    """The menu's number of a choice, as the menu shows it for the preparations in `home`."""
    earlier = PreparationStore(home).list().preparations
    return str(menu_labels(bool(earlier), around_meeting_labels(content, earlier)).index(label) + 1)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    home, cwd = tmp_path / "home", tmp_path / "map"
    cwd.mkdir()
    return home, cwd


def clock_on(day: date) -> FakeClock:
    return FakeClock(datetime(day.year, day.month, day.day, 10, 0, tzinfo=TZ))


# --------------------------------------------------------------------------- rehearsing


def _prepared_functioning(content: Content, home: Path) -> Preparation:
    """A functionering with an answer and example for the manager's first question."""
    session = new_session(content, home, clock=clock_on(date(2026, 11, 20)))
    first = manager_question_ids(session.conversation)[0]  # type: ignore[arg-type]
    session.apply(SetAnswer(first, "Ik plan mijn week op maandag."))
    session.apply(SetExample(first, "De release in oktober was op tijd."))
    assert session.close().ok
    return session.prep


def test_rehearsing_reads_each_question_shows_the_answer_and_repeats_nog_oefenen(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, cwd = folders
    prep = _prepared_functioning(shipped_content, home)
    conversation = shipped_content.conversation("functionering")
    texts = around_meeting_texts(shipped_content)
    manager = manager_question_ids(conversation)
    hard = other_questions(prep, conversation)[1]  # the user marks the second other question as hard
    marked = prep.model_copy(deep=True)
    marked.rehearsal[hard.id] = RehearsalState(hard=True)
    order = rehearsal_questions(marked, conversation)
    first = RehearsalRound(order, random.Random(SEED)).next_question()  # the same seed: the same order
    assert first is not None and hard.id in {item.question.id for item in order}
    lines = [menu(shipped_content, home, texts.rehearse_menu), "", "2"]  # Enter: the coming meeting; 2 is hard
    lines += ["", "2"]  # the first question: answered aloud, 'nog oefenen'
    lines += ["Ik typ mijn antwoord", "1"] * len(order)  # every question (the first once more): 'ging goed'
    lines.append("stop")
    output = typed(shipped_content, home, cwd, lines, clock=clock_on(date(2026, 11, 21)))
    said = flat(output)
    assert flat(texts.rehearse_intro) in said
    assert said.count(flat(first.question.text)) >= 2  # 'nog oefenen' came back later in the round
    assert flat(texts.rehearse_again_later) in said
    assert f"Vraag 1 van {len(order)}:" in said and f"Vraag {len(order) + 1} van {len(order) + 1}:" in said
    # the prepared answer and example follow their question, before 'Hoe ging het?'
    after = said[said.rindex(flat(conversation.question(manager[0]).text)) :]
    assert after.index("Ik plan mijn week op maandag.") < after.index("Hoe ging het?")
    assert after.index("De release in oktober was op tijd.") < after.index("Hoe ging het?")
    assert flat(texts.rehearse_no_answer) in said  # the other questions had no answer yet
    assert f"Ging goed: {len(order)}. Nog oefenen: 1." in said
    saved = PreparationStore(home).load(prep.id)
    assert saved.rehearsal[hard.id].hard
    assert {qid: state.mark for qid, state in saved.rehearsal.items()} == {item.question.id: GOOD for item in order}


def test_nog_oefenen_is_saved_when_you_stop_halfway(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, cwd = folders
    prep = _prepared_functioning(shipped_content, home)
    conversation = shipped_content.conversation("functionering")
    first = RehearsalRound(rehearsal_questions(prep, conversation), random.Random(SEED)).next_question()
    assert first is not None
    texts = around_meeting_texts(shipped_content)
    lines = [menu(shipped_content, home, texts.rehearse_menu), "", "", "", "3", "2", "stop"]
    output = typed(shipped_content, home, cwd, lines, clock=clock_on(date(2026, 11, 21)))
    assert "Typ een nummer van 1 tot en met 2." in output  # '3' is no choice: asked again
    saved = PreparationStore(home).load(prep.id)
    assert {qid: state.mark for qid, state in saved.rehearsal.items()} == {first.question.id: AGAIN}


# --------------------------------------------------------------------------- sending your points ahead


def _with_agenda(content: Content, home: Path) -> Preparation:
    session = new_session(content, home, clock=clock_on(date(2026, 11, 20)))
    session.apply(AddListItem(Area.AGENDA, "Thuiswerken op vrijdag"))
    session.apply(AddListItem(Area.AGENDA, "GEHEIM-PUNT"))
    session.apply(MarkPrivate(Area.AGENDA, 1, True))
    assert session.close().ok
    return session.prep


def test_the_message_is_shown_saved_as_text_and_opened_in_mail(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, cwd = folders
    prep = _with_agenda(shipped_content, home)
    texts = around_meeting_texts(shipped_content)
    opened = Opened()
    lines = [menu(shipped_content, home, texts.agenda_menu), "", "1", "", "2", "", "stop"]
    output = typed(shipped_content, home, cwd, lines, clock=clock_on(date(2026, 11, 21)), open_url=opened)
    said = flat(output)
    assert "- Thuiswerken op vrijdag" in output and "GEHEIM-PUNT" not in output
    assert "Beste Anne de Vries," in output
    path = cwd / agenda_filename(prep)
    assert f"Het bericht staat in {path}" in said
    text = path.read_text(encoding="utf-8")
    assert "Thuiswerken op vrijdag" in text and "GEHEIM-PUNT" not in text
    assert len(opened.urls) == 1
    query = parse_qs(urlsplit(opened.urls[0]).query)
    assert "Thuiswerken op vrijdag" in query["body"][0] and "GEHEIM-PUNT" not in query["body"][0]
    assert flat(texts.agenda_mail_opened) in said
    assert said.count(flat(texts.agenda_what_now)) == 3  # after each choice it is asked again; Enter: nothing


def test_an_existing_file_is_not_overwritten_and_a_failing_mail_program_is_told(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, cwd = folders
    prep = _with_agenda(shipped_content, home)
    (cwd / agenda_filename(prep)).write_text("EERDER", encoding="utf-8")
    texts = around_meeting_texts(shipped_content)
    lines = [menu(shipped_content, home, texts.agenda_menu), "", "1", "", "ander.txt", "2", "3", "stop"]
    output = typed(shipped_content, home, cwd, lines, clock=clock_on(date(2026, 11, 21)), open_url=Opened(works=False))
    said = flat(output)
    assert (cwd / agenda_filename(prep)).read_text(encoding="utf-8") == "EERDER"
    assert f"Het bestand {cwd / agenda_filename(prep)} bestaat al." in said
    assert "Thuiswerken op vrijdag" in (cwd / "ander.txt").read_text(encoding="utf-8")
    assert flat(texts.agenda_mail_failed) in said


# --------------------------------------------------------------------------- the calendar file


def test_after_the_agreements_they_can_be_saved_as_a_calendar_file(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, cwd = folders
    prep = make_planning(PreparationStore(home))
    clock = FakeClock(datetime(2027, 1, 22, 20, 0, tzinfo=TZ))
    lines = [menu(shipped_content, home, MENU_AFTER), "", ""]  # the planningsgesprek; no advice
    lines += ["Cursus aanvragen", "", "1 feb", "GEHEIME-AFSPRAAK", "", "2 feb", "klaar", "2"]  # 2: only for me
    lines += ["j", ""]  # a calendar file, at the proposed place
    lines += ["", "", "n", "n", "stop"]
    output = typed(shipped_content, home, cwd, lines, clock=clock)
    texts = around_meeting_texts(shipped_content)
    path = cwd / calendar_filename(prep)
    assert flat(texts.calendar_offer) in flat(output)
    assert f"1 afspraak of afspraken staan in {path}." in flat(output)
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert [str(event["SUMMARY"]) for event in events] == ["Afspraak: Cursus aanvragen (ik)"]
    assert events[0].decoded("DTSTART") == date(2027, 2, 1)
    assert b"GEHEIME-AFSPRAAK" not in path.read_bytes()
    assert "Klaar met na het gesprek." in output


def test_no_calendar_question_without_an_agreement_with_a_date(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, cwd = folders
    make_planning(PreparationStore(home))
    clock = FakeClock(datetime(2027, 1, 22, 20, 0, tzinfo=TZ))
    lines = [menu(shipped_content, home, MENU_AFTER), "", "", "Vaker overleggen", "", "", "klaar", "", "Goed", ""]
    lines += ["n", "n", "stop"]
    output = typed(shipped_content, home, cwd, lines, clock=clock)
    assert flat(around_meeting_texts(shipped_content).calendar_offer) not in flat(output)
    prep = PreparationStore(home).list().preparations[0]
    assert prep.after is not None and prep.after.went_as_prepared == "Goed"
    assert not list(cwd.iterdir())


# --------------------------------------------------------------------------- the wins log


def test_the_quiet_note_after_four_weeks_and_not_before(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, cwd = folders
    WinsLogStore(home).add("Demo gegeven", now=at(date(2027, 2, 1)))
    quiet = typed(shipped_content, home, cwd, ["stop"], clock=clock_on(date(2027, 3, 1)))
    assert "Je schreef al 4 weken niets in je logboek." in flat(quiet)
    lately = typed(shipped_content, home, cwd, ["stop"], clock=clock_on(date(2027, 2, 28)))
    assert "niets in je logboek" not in flat(lately)


def test_the_overview_of_a_period_is_written_as_markdown(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, cwd = folders
    log = WinsLogStore(home)
    log.add("Oud punt", now=at(date(2026, 12, 20)))
    log.add("Demo gegeven", now=at(date(2027, 1, 10)), tags=["klant"])
    log.add("Collega geholpen", now=at(date(2027, 2, 3)))
    lines = [menu(shipped_content, home, MENU_LOG), "overzicht"]
    lines += ["32-13-2027", "1-3-2027", "1-1-2027"]  # a day that does not exist is asked again; then 1 March to 1 Jan
    lines += ["1-1-2027", "28-2-2027"]  # the first day was after the last: both asked again
    lines += ["", "klaar", "stop"]
    output = typed(shipped_content, home, cwd, lines, clock=clock_on(date(2027, 3, 1)))
    said = flat(output)
    texts = around_meeting_texts(shipped_content)
    assert flat(texts.digest_wrong_order) in said
    path = cwd / "logboek-2027-01-01-2027-02-28.md"
    assert f"Het overzicht (2 punten) staat in {path}" in said
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Mijn logboek van 1 januari 2027 tot 28 februari 2027")
    assert "- 10 januari 2027: Demo gegeven" in text and "- 3 februari 2027: Collega geholpen" in text
    assert "Label: klant" in text and "Oud punt" not in text


def test_the_overview_takes_this_period_on_enter(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, cwd = folders
    make_planning(PreparationStore(home))  # the planningsgesprek of 15 januari 2027
    WinsLogStore(home).add("Demo gegeven", now=at(date(2027, 2, 1)))
    lines = [menu(shipped_content, home, MENU_LOG), "overzicht", "", "", "", "klaar", "stop"]
    output = typed(shipped_content, home, cwd, lines, clock=clock_on(date(2027, 3, 1)))
    assert "(Enter = 15 januari 2027)" in flat(output) and "(Enter = 1 maart 2027)" in flat(output)
    assert "Demo gegeven" in (cwd / "logboek-2027-01-15-2027-03-01.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the draft self-assessment


def test_a_functionering_gets_a_draft_self_assessment(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, cwd = folders
    store = PreparationStore(home)
    planning = make_planning(store)
    log = WinsLogStore(home)
    log.add("Eerste presentatie gegeven", now=at(date(2027, 3, 12)), goal=planning.goals[0], goal_source=planning)
    log.add("GEHEIM-PUNT", now=at(date(2027, 3, 13)), private=True)
    texts = around_meeting_texts(shipped_content)
    assert texts.self_assessment_menu not in around_meeting_labels(shipped_content, store.list().preparations)
    functioning = store.create("functionering", date(2027, 6, 10), "Anne de Vries", now=at(date(2027, 6, 1)))
    store.save(functioning, now=at(date(2027, 6, 1)))
    lines = [menu(shipped_content, home, texts.self_assessment_menu), "", "stop"]
    output = typed(shipped_content, home, cwd, lines, clock=clock_on(date(2027, 6, 2)))
    path = cwd / self_assessment_filename(functioning)
    assert flat(f"Je zelfbeoordeling staat in {path}.") in flat(output)
    text = path.read_text(encoding="utf-8")
    assert "- 12 maart 2027: Eerste presentatie gegeven" in text
    assert "GEHEIM-PUNT" not in text
