"""After the meeting, in the plain mode: the agreements (wat, wie, wanneer), how it went, and the report.

Three parts, each question read on its own: the agreements as a list ('anders 2', 'gedaan 2',
'weg 2', 'klaar'), then what is only for you; how it went; the report (received, on which
day, do you disagree) and, when you disagree, the reaction letter (`reaction_letter.py`).
After the agreements, those with a date can be saved as a calendar file (`calendar_offer.py`).
Every answer is a session command, saved at once; owner and deadline are read by the session.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from functools import partial

from gesprekscoach.dates import day_month_year, dutch_date, parse_past_date
from gesprekscoach.plain.calendar_offer import offer_calendar
from gesprekscoach.plain.console import DONE_WORD, PlainIO
from gesprekscoach.plain.editing import SKIPPED, Ask, Asked, PlainEditor, run_questions
from gesprekscoach.plain.help import after_help
from gesprekscoach.plain.list_editor import CHANGE_WORD, REMOVE_WORD
from gesprekscoach.plain.private import private_ask
from gesprekscoach.plain.reaction_letter import run_reaction_letter
from gesprekscoach.session.agreements import describe_parts, who_text
from gesprekscoach.session.commands import (
    AddAgreement,
    EditAgreement,
    HowItWentField,
    RemoveAgreement,
    SetAgreementDone,
    SetDisagrees,
    SetHowItWent,
    SetReportDate,
    SetReportReceived,
)
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.meeting_checks import after_too_early
from gesprekscoach.store.models import AfterMeetingRecord, Agreement

DONE_COMMAND = "gedaan"
PARTS = 3


def agreement_line(agreement: Agreement) -> str:
    """An agreement read aloud: what, who, when, done or not, and whether it is only for you."""
    who, when = describe_parts(agreement)
    line = f"{' '.join(agreement.what.split())}. Wie: {who}. Wanneer: {when}."
    line += " Gedaan." if agreement.done else " Nog niet gedaan."
    return line + (" Alleen voor jou." if agreement.private else "")


def run_after_meeting(editor: PlainEditor) -> None:
    """Ask what came out of the meeting; 'terug' on the first question is raised (to the menu)."""
    io = editor.io
    session = editor.session
    prep = session.prep

    def record() -> AfterMeetingRecord:
        return prep.after if prep.after is not None else AfterMeetingRecord()

    with io.helping(partial(after_help, session.content)):
        io.blank()
        title = f"Na je {session.conversation_name} van {dutch_date(prep.meeting_date)}"
        io.say(title + (f", met {' '.join(prep.with_whom.split())}." if prep.with_whom.strip() else "."))
        too_early = after_too_early(prep, session.content, session.today)
        if too_early is not None and not io.ask_yes_no(too_early, default=False):
            return

        def advice() -> None:
            after = session.content.after
            if io.ask_yes_no("Wil je eerst lezen wat je na het gesprek kunt doen?", default=False):
                io.blank()
                io.say(after.intro)
                io.numbered([f"{item.title}: {item.text}" for item in after.advice])

        def how_it_went(field: HowItWentField, question: str, part: bool) -> None:
            if part:
                io.blank()
                io.say(f"Deel 2 van {PARTS}: hoe ging het?")

            def keep(text: str) -> None:
                editor.edit(SetHowItWent(field, text))

            keep(io.ask_block(question, getattr(record(), field), keep=keep))

        def report() -> None:
            io.blank()
            io.say(f"Deel 3 van {PARTS}: het verslag.")
            current = record().report_received if prep.after is not None else None
            editor.edit(SetReportReceived(io.ask_yes_no("Heb je het verslag van het gesprek gekregen?", current)))

        def report_day() -> Asked:
            if not record().report_received:
                return SKIPPED
            _ask_report_day(editor)
            return None

        def disagrees() -> None:
            current = record().disagrees if prep.after is not None else None
            editor.edit(SetDisagrees(io.ask_yes_no("Ben je het niet eens met een deel van het verslag?", current)))

        def letter() -> Asked:
            if not record().disagrees:
                return SKIPPED
            written = record().reaction_letter_path
            written_on = record().reaction_written_on
            if written and written_on is not None:
                io.say(f"Je brief van {day_month_year(written_on)} staat in {written}")
            question = "Wil je nu een reactie op het verslag schrijven? De coach helpt je met een korte, rustige brief."
            if io.ask_yes_no(question, default=not written):
                run_reaction_letter(editor)
            return None

        asks: list[Ask] = [
            advice,
            lambda: _agreements(editor),
            private_ask(editor, session.private_agreements),
            lambda: offer_calendar(editor),
            lambda: how_it_went("went_as_prepared", "Wat ging zoals je het had voorbereid?", True),
            lambda: how_it_went("went_differently", "Wat ging anders?", False),
            report,
            report_day,
            disagrees,
            letter,
        ]
        run_questions(asks)
        io.blank()
        io.say("Klaar met na het gesprek. Alles is bewaard.")
        io.say("Je volgende voorbereiding begint met de afspraken die nog openstaan.")


def _ask_report_day(editor: PlainEditor) -> None:
    io = editor.io
    session = editor.session
    after = session.prep.after
    current = after.report_received_on if after is not None else None
    while True:
        hint = f" (Enter = houden: {day_month_year(current)})" if current is not None else ""
        text = io.read_answer(f"Op welke dag kreeg je het? Bijvoorbeeld gisteren, of 17-6.{hint} ").strip()
        if not text and current is not None:
            return
        try:
            day = parse_past_date(text, session.today)
        except ValueError as error:
            io.say(str(error))
            continue
        try:
            editor.edit(SetReportDate(day))
        except CommandError as error:  # not before the meeting
            io.say(str(error))
            continue
        io.say(f"Het verslag kwam op {day_month_year(day)}.")
        return


def _agreements(editor: PlainEditor) -> None:
    io = editor.io
    prep = editor.session.prep
    io.blank()
    io.say(f"Deel 1 van {PARTS}: de afspraken. Bij elke afspraak: wat, wie en wanneer.")
    first = True
    while True:
        agreements = list(prep.after.agreements) if prep.after is not None else []
        if agreements:
            io.say(f"Je afspraken nu, {len(agreements)}:")
            io.numbered([agreement_line(agreement) for agreement in agreements])
        else:
            io.say("Nog geen afspraken.")
        if first:
            io.say(
                f"Typ een nieuwe afspraak: wat hebben jullie afgesproken? Typ {DONE_WORD} als alle afspraken erin staan."
            )
            io.say("Enter = verder zonder nieuwe afspraak.")
            if agreements:
                io.say(
                    f"Of typ {CHANGE_WORD} 2 om afspraak 2 te veranderen, {DONE_COMMAND} 2 om afspraak 2 gedaan "
                    f"te zetten (nog eens: weer open), of {REMOVE_WORD} 2 om afspraak 2 weg te halen."
                )
        else:
            io.say(f"Typ nog een afspraak, of typ {DONE_WORD}. Typ hulp voor de andere woorden.")
        first = False
        line = io.read_answer("> ").strip()
        if not line or line.lower() == DONE_WORD:
            return
        command = _agreement_command(io, line, agreements)
        if command is None:
            _add_agreement(editor, line)
            continue
        word, agreement = command
        if agreement is None:
            continue
        if word == REMOVE_WORD:
            editor.edit(RemoveAgreement(agreement.id))
            io.say(f"Weggehaald: {agreement.what}")
        elif word == DONE_COMMAND:
            editor.edit(SetAgreementDone(agreement.id, not agreement.done))
            io.say("Gedaan." if agreement.done else "Weer open: nog niet gedaan.")
        else:
            _change_agreement(editor, agreement)


def _agreement_command(io: PlainIO, line: str, agreements: list[Agreement]) -> tuple[str, Agreement | None] | None:
    parts = line.lower().split()
    if len(parts) != 2 or not parts[1].isdigit() or parts[0] not in (CHANGE_WORD, DONE_COMMAND, REMOVE_WORD):
        return None
    number = int(parts[1])
    if not 1 <= number <= len(agreements):
        io.say(f"Er is geen afspraak {number}.")
        return parts[0], None
    return parts[0], agreements[number - 1]


def _who_and_when(io: PlainIO, who: str, when: str) -> tuple[str, str]:
    who_question = "Wie doet het? Typ ik, leidinggevende of een naam."
    new_who = io.ask_text(who_question if who.strip() else f"{who_question} (Enter = ik)", who, label="Wie")
    when_question = "Wanneer? Bijvoorbeeld: voor 1 juli, of binnen zes weken."
    new_when = io.ask_text(
        when_question if when.strip() else f"{when_question} (Enter = geen datum)", when, label="Wanneer"
    )
    return new_who, new_when


def _add_agreement(editor: PlainEditor, what: str) -> None:
    io = editor.io
    who, when = _who_and_when(io, "", "")
    change = editor.edit(AddAgreement(what, who=who, when=when))
    _say_read(editor, str(change.keys[0]) if change.keys else "")


def _change_agreement(editor: PlainEditor, agreement: Agreement) -> None:
    io = editor.io
    what = io.ask_text(
        "Wat hebben jullie afgesproken?", agreement.what, label="Wat", clear_text="om de afspraak weg te halen"
    ).strip()
    if not what:
        editor.edit(RemoveAgreement(agreement.id))
        io.say("Deze afspraak is weggehaald.")
        return
    who, when = _who_and_when(io, who_text(agreement), agreement.deadline_text)
    editor.edit(EditAgreement(agreement.id, what=what, who=who, when=when))
    _say_read(editor, agreement.id)


def _say_read(editor: PlainEditor, agreement_id: str) -> None:
    after = editor.session.prep.after
    found = next((a for a in after.agreements if a.id == agreement_id), None) if after is not None else None
    if found is not None:
        who, when = describe_parts(found)
        editor.io.say(f"Zo leest de coach het: wie: {who}. Wanneer: {when}.")
