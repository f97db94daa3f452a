"""Send your agenda ahead (text, mailto, .txt) and agreements in your calendar (.ics)."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from gesprekscoach.content.models import Content
from gesprekscoach.session.agenda_message import agenda_message, mailto_url, write_agenda_message
from gesprekscoach.session.calendar_export import PRODID, calendar_bytes, calendar_events
from gesprekscoach.session.commands import AddAgreement, AddListItem, Area, MarkPrivate, SetMeetingTime
from session_helpers import TZ, fixed_clock, new_session


def _with_agenda(content: Content, home: Path):  # type: ignore[no-untyped-def]
    session = new_session(content, home, meeting=date(2027, 3, 12), with_whom="Anne de Vries")
    session.apply(AddListItem(Area.AGENDA, "Thuiswerken op vrijdag & een cursus Excel"))
    session.apply(AddListItem(Area.AGENDA, "Mijn burn-out van vorig jaar"))
    session.apply(MarkPrivate(Area.AGENDA, 1, True))
    return session


def test_the_message_has_date_points_in_own_words_and_never_a_private_item(
    shipped_content: Content, tmp_path: Path
) -> None:
    session = _with_agenda(shipped_content, tmp_path)
    message = agenda_message(session.prep, shipped_content)
    text = message.text()
    assert "12 maart 2027" in message.subject and "functioneringsgesprek" in message.subject
    assert text.splitlines()[2] == "Beste Anne de Vries,"
    assert "- Thuiswerken op vrijdag & een cursus Excel" in text
    assert "burn-out" not in text


def test_the_mailto_url_is_percent_encoded_and_decodes_back(shipped_content: Content, tmp_path: Path) -> None:
    message = agenda_message(_with_agenda(shipped_content, tmp_path).prep, shipped_content)
    url = mailto_url(message)
    assert url.startswith("mailto:?subject=")
    assert re.fullmatch(r"mailto:\?subject=[A-Za-z0-9%._~-]*&body=[A-Za-z0-9%._~-]*", url), url
    query = parse_qs(urlsplit(url).query)
    assert query["subject"] == [message.subject]
    assert unquote(url.split("&body=")[1]) == message.body.replace("\n", "\r\n")


def test_the_message_is_saved_as_text_and_never_over_a_file(shipped_content: Content, tmp_path: Path) -> None:
    message = agenda_message(_with_agenda(shipped_content, tmp_path / "home").prep, shipped_content)
    path = write_agenda_message(message, tmp_path / "agenda.txt")
    assert path.read_text(encoding="utf-8") == message.text()
    try:
        write_agenda_message(message, path)
    except FileExistsError:
        pass
    else:  # pragma: no cover
        raise AssertionError("overwrote a file")


def unfold(data: bytes) -> list[tuple[str, dict[str, str], str]]:
    """A strict RFC 5545 reader: CRLF lines, unfolding, NAME;PARAM=V:VALUE, text unescaped."""
    text = data.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    raw = text[:-2].split("\r\n")
    lines: list[str] = []
    for line in raw:
        assert len(line.encode("utf-8")) <= 75, line
        if line.startswith((" ", "\t")):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    parsed = []
    for line in lines:
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        assert re.fullmatch(r"[A-Z-]+", name), line
        value = value.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
        parsed.append((name, dict(p.split("=", 1) for p in params), value))
    return parsed


def _with_agreements(content: Content, home: Path):  # type: ignore[no-untyped-def]
    session = new_session(content, home, meeting=date(2027, 3, 12), clock=fixed_clock(date(2027, 3, 13)))
    session.apply(AddAgreement("Cursus Excel aanvragen", "ik", "voor 1 mei 2027"))
    session.apply(AddAgreement("Budget navragen", "leidinggevende", "voor 15 april 2027"))
    session.apply(AddAgreement("Geheim plan", "ik", "voor 1 juni 2027"))
    session.apply(AddAgreement("Zonder datum", "ik", ""))
    session.apply(MarkPrivate(Area.AGREEMENTS, session.prep.after.agreements[2].id, True))  # type: ignore[union-attr]
    return session


def test_the_calendar_parses_with_icalendar_and_a_strict_reader(shipped_content: Content, tmp_path: Path) -> None:
    from icalendar import Calendar

    session = _with_agreements(shipped_content, tmp_path)
    events = calendar_events(session.prep, shipped_content)
    data = calendar_bytes(events, stamp=datetime(2027, 3, 13, 9, 0, tzinfo=TZ))
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == PRODID
    parsed = [(str(e["SUMMARY"]), e.decoded("DTSTART")) for e in calendar.walk("VEVENT")]
    assert parsed == [
        ("Afspraak: Cursus Excel aanvragen (ik)", date(2027, 5, 1)),
        ("Afspraak: Budget navragen (mijn leidinggevende)", date(2027, 4, 15)),
    ]
    fields = unfold(data)
    assert fields[0] == ("BEGIN", {}, "VCALENDAR") and fields[-1] == ("END", {}, "VCALENDAR")
    starts = [(params, value) for name, params, value in fields if name == "DTSTART"]
    assert starts == [({"VALUE": "DATE"}, "20270501"), ({"VALUE": "DATE"}, "20270415")]
    summaries = [value for name, _p, value in fields if name == "SUMMARY"]
    assert summaries == [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert all(name != "SUMMARY" or "Geheim" not in value for name, _p, value in fields)
    assert any(name == "DESCRIPTION" and "12 maart 2027" in value for name, _p, value in fields)


def test_uids_are_stable_and_private_agreements_only_when_asked(shipped_content: Content, tmp_path: Path) -> None:
    session = _with_agreements(shipped_content, tmp_path)
    first = calendar_events(session.prep, shipped_content)
    assert [e.uid for e in first] == [e.uid for e in calendar_events(session.prep, shipped_content)]
    assert len({e.uid for e in first}) == len(first)
    with_private = calendar_events(session.prep, shipped_content, include_private=True)
    assert [e.title for e in with_private][-1] == "Afspraak: Geheim plan (ik)"


def test_the_next_conversation_is_in_the_calendar_when_known(shipped_content: Content, tmp_path: Path) -> None:
    session = _with_agreements(shipped_content, tmp_path)
    later = new_session(shipped_content, tmp_path, conversation="beoordeling", meeting=date(2027, 10, 1))
    events = calendar_events(session.prep, shipped_content, later=[later.prep, session.prep])
    assert events[-1].day == date(2027, 10, 1) and events[-1].title.startswith("Beoordelingsgesprek")


def test_the_message_mentions_the_meeting_time_when_known(shipped_content: Content, tmp_path: Path) -> None:
    session = _with_agenda(shipped_content, tmp_path)
    session.apply(SetMeetingTime("9.30"))
    text = agenda_message(session.prep, shipped_content).text()
    assert "Op 12 maart 2027 om 09:30 hebben we ons functioneringsgesprek." in " ".join(text.split())


def test_the_next_conversation_starts_at_its_time(shipped_content: Content, tmp_path: Path) -> None:
    from icalendar import Calendar

    session = _with_agreements(shipped_content, tmp_path)
    later = new_session(shipped_content, tmp_path, conversation="beoordeling", meeting=date(2027, 10, 1))
    later.apply(SetMeetingTime("1430"))
    events = calendar_events(session.prep, shipped_content, later=[later.prep])
    data = calendar_bytes(events, stamp=datetime(2027, 3, 13, 9, 0, tzinfo=TZ))
    meeting = list(Calendar.from_ical(data).walk("VEVENT"))[-1]
    assert meeting.decoded("DTSTART") == datetime(2027, 10, 1, 14, 30)
    assert meeting.decoded("DTEND") == datetime(2027, 10, 1, 15, 30)
    starts = [value for name, _p, value in unfold(data) if name == "DTSTART"]
    assert starts[-1] == "20271001T143000"  # local time, as typed
