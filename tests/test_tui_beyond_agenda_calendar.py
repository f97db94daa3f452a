"""The full screen: send your points ahead (F6 in the conversation) and 'Zet in je agenda' (F6 after the meeting)."""

from __future__ import annotations

import webbrowser
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar
from textual.widgets import Button, Static, TextArea

from conftest import StepOpener
from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.session.agenda_message import agenda_filename
from gesprekscoach.session.calendar_export import calendar_filename
from gesprekscoach.store.models import AgendaItem, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.dialogs.agenda_message import AgendaMessageDialog
from gesprekscoach.tui.dialogs.save_file import SaveFileDialog
from gesprekscoach.tui.screens.after_meeting import AfterMeetingScreen
from gesprekscoach.tui.screens.conversation import ConversationScreen
from tui_helpers import SIZE, TODAY, make_app, run_async, run_palette_command, screen_text, settle, tab_to
from year_helpers import PLANNING_DAY, make_planning, record_planning_after


def flat(text: str) -> str:
    """A content text as one line."""
    return " ".join(text.split())


def _agenda(prep: Preparation) -> None:
    prep.agenda = [AgendaItem(text="Thuiswerken op vrijdag"), AgendaItem(text="GEHEIM-PUNT", private=True)]


def status(pilot: object) -> str:
    """The status line of the agenda dialog."""
    return str(pilot.app.screen.query_one("#agenda-status", Static).render())  # type: ignore[attr-defined]


@run_async
async def test_the_agenda_message_copies_saves_and_opens_mail(
    open_step: StepOpener, content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    urls: list[str] = []

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(webbrowser, "open", fake_open)
    texts = around_meeting_texts(content)
    prep = open_step.seed("functionering", with_whom="Anne de Vries", fill=_agenda)
    async with open_step(prep, "verwachte-vragen") as pilot:
        assert isinstance(pilot.app.focused, TextArea)  # F6 works while typing an answer too
        await pilot.press("f6")
        await settle(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, AgendaMessageDialog)
        shown = screen_text(pilot)
        assert "Beste Anne de Vries," in shown and "- Thuiswerken op vrijdag" in shown
        assert "GEHEIM-PUNT" not in shown  # only for me: never in the message
        await pilot.press("k")
        await settle(pilot)
        assert pilot.app.clipboard == dialog.message.text()
        assert "Niet elke terminal" in status(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(pilot.app.screen, SaveFileDialog)
        await pilot.press("enter")  # the proposed place: the documents folder
        await settle(pilot)
        path = open_step.sheets / agenda_filename(prep)
        text = path.read_text(encoding="utf-8")
        assert "Thuiswerken op vrijdag" in text and "GEHEIM-PUNT" not in text
        assert f"Het bericht staat in {path}" in status(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert flat(texts.agenda_mail_opened) in status(pilot)
        assert len(urls) == 1 and urls[0].startswith("mailto:")
        body = parse_qs(urlsplit(urls[0]).query)["body"][0]
        assert "Thuiswerken op vrijdag" in body and "GEHEIM-PUNT" not in body
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConversationScreen)


@run_async
async def test_the_palette_opens_the_message_and_a_failing_mail_program_is_told(
    open_step: StepOpener, content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(url: str, *args: object, **kwargs: object) -> bool:
        raise webbrowser.Error("geen browser")

    monkeypatch.setattr(webbrowser, "open", broken)
    texts = around_meeting_texts(content)
    prep = open_step.seed("functionering", fill=_agenda)
    (open_step.sheets / agenda_filename(prep)).write_text("EERDER", encoding="utf-8")
    async with open_step(prep, "doelen") as pilot:
        await run_palette_command(pilot, "Agenda vooraf sturen")
        assert isinstance(pilot.app.screen, AgendaMessageDialog)
        assert "Beste," in screen_text(pilot)  # no name known
        await pilot.press("m")
        await settle(pilot)
        assert flat(texts.agenda_mail_failed) in status(pilot)
        await pilot.press("b", "enter")  # the file is there already: asked first
        await settle(pilot)
        assert "bestaat al" in screen_text(pilot)
        await pilot.press("enter")  # the question starts on 'Niet vervangen'
        await settle(pilot)
        assert (open_step.sheets / agenda_filename(prep)).read_text(encoding="utf-8") == "EERDER"
        assert isinstance(pilot.app.screen, SaveFileDialog)


@run_async
async def test_put_in_calendar_from_after_the_meeting(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    prep = record_planning_after(store, make_planning(store), private_agreement=True)
    assert prep.after is not None
    prep.after.agreements[1].deadline_text = "voor 1 maart 2027"  # the screen reads the date from the text
    prep.after.agreements[2].deadline_text = "voor 1 april 2027"  # private: left out
    prep.after.agreements[2].deadline = date(2027, 4, 1)
    store.save(prep)
    texts = around_meeting_texts(content)
    async with make_app(content, home, sheets, PLANNING_DAY).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "preparations")
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AfterMeetingScreen)
        assert "Zet in je agenda" in str(pilot.app.screen.query_one("#put-in-calendar", Button).label)
        await tab_to(pilot, "went-as-prepared")  # F6 works in a text area too
        await pilot.press("f6")
        await settle(pilot)
        assert isinstance(pilot.app.screen, SaveFileDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, AfterMeetingScreen)
        path = sheets / calendar_filename(prep)
        notes = " ".join(str(n.message) for n in pilot.app._notifications)
        assert flat(texts.calendar_saved.replace("{aantal}", "2").replace("{bestand}", str(path))) in flat(notes)
    data = path.read_bytes()
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    titles = sorted(str(event["SUMMARY"]) for event in events)
    assert titles == [
        "Afspraak: Budget voor de cursus regelen (mijn leidinggevende)",
        "Afspraak: Cursus Excel aanvragen bij HR (ik)",
    ]
    assert sorted(event.decoded("DTSTART") for event in events) == [date(2027, 2, 1), date(2027, 3, 1)]
    assert b"inwerken" not in data  # the private agreement stays out


@run_async
async def test_put_in_calendar_without_dated_agreements_says_so(open_step: StepOpener, content: Content) -> None:
    texts = around_meeting_texts(content)
    prep = open_step.seed("planning", meeting_date=TODAY - timedelta(days=2))  # the meeting took place
    async with open_step.app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await tab_to(pilot, "preparations")
        await pilot.press("n")
        await settle(pilot)
        await run_palette_command(pilot, "Zet in je agenda")
        assert isinstance(pilot.app.screen, AfterMeetingScreen)
        notes = " ".join(str(n.message) for n in pilot.app._notifications)
        assert flat(texts.calendar_nothing) in flat(notes)
    assert not (open_step.sheets / calendar_filename(prep)).exists()
