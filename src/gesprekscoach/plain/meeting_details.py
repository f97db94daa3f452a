"""Changing the meeting in the plain mode: its day, the time it starts and with whom.

Offered as the last choice of 'Bij welke stap wil je beginnen?' when the user goes on with a
preparation (the full screen has Ctrl+G for it). Three questions; Enter keeps each answer,
'wis' empties the time or the name. Every change is a session command (`SetMeetingDate`,
`SetMeetingTime`, `SetWithWhom`), saved at once; the session reads the time.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.dates import dutch_date, parse_meeting_date, short_time
from gesprekscoach.plain.console import CLEAR_WORD
from gesprekscoach.plain.editing import PlainEditor, run_questions
from gesprekscoach.session.commands import SetMeetingDate, SetMeetingTime, SetWithWhom
from gesprekscoach.session.errors import CommandError

MEETING_CHOICE = "De dag, de tijd of met wie veranderen"
"""The choice after the steps, when going on with a preparation."""


def meeting_help() -> list[str]:
    """The help while changing the meeting."""
    return [
        "Hier verander je de dag van het gesprek, hoe laat het begint, en met wie je het hebt.",
        "Enter houdt wat er staat. Bij de tijd en bij de naam typ je wis om het leeg te maken.",
        "Daarna kies je weer bij welke stap je wilt beginnen.",
    ]


def ask_meeting_details(editor: PlainEditor) -> None:
    """Ask the day, the time and with whom (Enter keeps each); 'terug' on the first question is raised."""
    io = editor.io
    with io.helping(meeting_help):
        io.blank()
        io.say("Het gesprek veranderen. Enter houdt wat er staat.")
        run_questions([lambda: _ask_day(editor), lambda: _ask_time(editor), lambda: _ask_with_whom(editor)])
        io.say("Alles is bewaard.")


def _ask_day(editor: PlainEditor) -> None:
    io = editor.io
    session = editor.session
    while True:
        current = session.prep.meeting_date
        io.say("Wanneer is het gesprek? Typ bijvoorbeeld 23-11 of vrijdag.")
        text = io.read_answer(f"(Enter = houden: {dutch_date(current)}) ").strip()
        if not text:
            return
        try:
            day = parse_meeting_date(text, session.today)
        except ValueError as error:
            io.say(str(error))
            continue
        editor.edit(SetMeetingDate(day))
        io.say(f"Het gesprek is op {dutch_date(day)}.")
        return


def _ask_time(editor: PlainEditor) -> None:
    io = editor.io
    session = editor.session
    while True:
        current = session.prep.meeting_time
        io.say("Hoe laat begint het gesprek? Typ bijvoorbeeld 9:30.")
        if current is None:
            hint = "(Enter = geen tijd) "
        else:
            hint = f"(Enter = houden: {short_time(current)}. Typ {CLEAR_WORD} voor geen tijd.) "
        text = io.read_answer(hint).strip()
        if not text:
            return
        try:
            editor.edit(SetMeetingTime("" if text.lower() == CLEAR_WORD else text))
        except CommandError as error:
            io.say(str(error))
            continue
        moment = session.prep.meeting_time
        io.say(f"Het gesprek begint om {short_time(moment)}." if moment is not None else "Er staat geen tijd bij.")
        return


def _ask_with_whom(editor: PlainEditor) -> None:
    io = editor.io
    session = editor.session
    current = session.prep.with_whom
    question = "Met wie heb je het gesprek? Typ een naam."
    name = io.ask_text(question if current.strip() else f"{question} (Enter = geen naam)", current, label="Naam")
    if name != current:
        editor.edit(SetWithWhom(name.strip()))
    shown = " ".join(session.prep.with_whom.split())
    io.say(f"Het gesprek is met {shown}." if shown else "Er staat geen naam bij het gesprek.")
