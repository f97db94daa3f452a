"""The plain mode's ways into a preparation: start a new one, go on with one, after the meeting, save its sheet.

Every way in goes through the session's opening (`session.opening`): a new preparation starts
from what is still open from earlier conversations, and an opened one is brought up to date.
A reopened preparation goes on at the step where the user left off (`session.resume`); the
choice after its steps changes the meeting's day, time and with whom (`meeting_details.py`).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from gesprekscoach.content.models import ConversationType
from gesprekscoach.dates import dutch_date, parse_meeting_date, parse_meeting_time, short_time
from gesprekscoach.plain.after_meeting import run_after_meeting
from gesprekscoach.plain.chooser import say_other_name
from gesprekscoach.plain.console import BackRequested
from gesprekscoach.plain.context import PlainContext
from gesprekscoach.plain.editing import PlainEditor
from gesprekscoach.plain.full_sheet import ask_full_version
from gesprekscoach.plain.meeting_details import MEETING_CHOICE, ask_meeting_details
from gesprekscoach.plain.steps import PlainSession
from gesprekscoach.plain.summary_step import save_sheet
from gesprekscoach.session.chooser import find_conversation
from gesprekscoach.session.cycle import conversation_name
from gesprekscoach.session.errors import SessionError
from gesprekscoach.session.meeting_checks import previous_with_whom
from gesprekscoach.session.opening import OpenedSession, conversation_for, open_preparation, start_new_preparation
from gesprekscoach.session.resume import left_off
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import StoreError
from gesprekscoach.store.wins_log import period_start


def capitalized(text: str) -> str:
    """The text with a capital first letter."""
    return text[:1].upper() + text[1:]


def conversations_in_order(context: PlainContext) -> list[ConversationType]:
    """The conversation types in the order the menu shows them."""
    return sorted(context.content.conversations, key=lambda conv: (conv.order, conv.name))


def new_preparation(context: PlainContext, chosen: ConversationType | None = None) -> bool:
    """Choose the conversation (unless `chosen`), the date and with whom, then work through it."""
    io = context.io
    if chosen is None:
        chosen = ask_conversation(context)
    io.say(f"Je kiest: {chosen.name}.")
    meeting = _ask_date(context)
    meeting_time = _ask_time(context)
    io.blank()
    previous = _previous_with_whom(context, meeting)
    question = "Met wie heb je het gesprek? Typ een naam."
    question += f" (Enter = {previous}, of typ wis)" if previous else " (Enter = overslaan)"
    with_whom = io.ask_text(question, previous, label="Naam").strip()
    try:
        opened = start_new_preparation(
            context.store,
            context.content,
            chosen.id,
            meeting,
            with_whom,
            meeting_time=meeting_time,
            clock=context.clock,
        )
    except (StoreError, SessionError) as error:
        io.say(str(error))
        return False
    io.say(f"Je voorbereiding is gemaakt. Ze heet {opened.session.prep.id}.")
    return work(context, opened, 0)


def _previous_with_whom(context: PlainContext, meeting: date) -> str:
    """'Met wie' of the previous conversation, to start from ('' when there is none or the list cannot be read)."""
    try:
        return previous_with_whom(context.store.list().preparations, meeting)
    except (StoreError, OSError):
        return ""


def ask_conversation(context: PlainContext) -> ConversationType:
    """Which conversation the user has: a number from the list, or a name (also another name, like 'jaargesprek')."""
    io = context.io
    conversations = conversations_in_order(context)
    io.blank()
    io.say("Welk gesprek heb je?")
    io.numbered([f"{capitalized(conv.name)}, {conv.looks}: {conv.summary}" for conv in conversations])
    while True:
        word = io.read_answer("Typ een nummer of de naam van het gesprek. ").strip()
        if word.isdigit() and 1 <= int(word) <= len(conversations):
            return conversations[int(word) - 1]
        found = find_conversation(context.content, word) if not word.isdigit() else None
        if found is not None:
            say_other_name(io, found, word)
            return found
        if word and not word.isdigit():
            io.say(f"Een gesprek met de naam '{word}' ken ik niet.")
        io.say(
            f"Typ een nummer van 1 tot en met {len(conversations)}, of de naam, bijvoorbeeld {conversations[0].name}."
        )


def _ask_date(context: PlainContext) -> date:
    io = context.io
    today = context.clock.today()
    tomorrow = today + timedelta(days=1)
    io.blank()
    while True:
        io.say("Wanneer is het gesprek? Typ bijvoorbeeld 23-11 of vrijdag.")
        text = io.read_answer(f"(Enter = morgen, {dutch_date(tomorrow)}) ")
        try:
            meeting = parse_meeting_date(text, today)
        except ValueError as error:
            io.say(str(error))
            continue
        io.say(f"Het gesprek is op {dutch_date(meeting)}.")
        return meeting


def _ask_time(context: PlainContext) -> str:
    """The time the meeting starts, as typed ('' when the user skips it); asked again until it is a time."""
    io = context.io
    while True:
        io.say("Hoe laat begint het gesprek? Typ bijvoorbeeld 9:30.")
        text = io.read_answer("(Enter = overslaan) ").strip()
        try:
            moment = parse_meeting_time(text)
        except ValueError as error:
            io.say(str(error))
            continue
        if moment is not None:
            io.say(f"Het gesprek begint om {short_time(moment)}.")
        return text


def describe(context: PlainContext, prep: Preparation) -> str:
    """An earlier preparation in one line: the conversation, the day, with whom, and what is done."""
    text = f"{capitalized(conversation_name(prep, context.content))}, {dutch_date(prep.meeting_date)}"
    if prep.with_whom.strip():
        text += f", met {' '.join(prep.with_whom.split())}"
    notes: list[str] = []
    if prep.sheet_path:
        notes.append("blad opgeslagen")
    if prep.after is not None and prep.after.agreements:
        count = len(prep.after.agreements)
        notes.append(f"{count} {'afspraak' if count == 1 else 'afspraken'} genoteerd")
    if prep.after is not None and prep.after.report_received:
        notes.append("verslag binnen")
    return text + (". " + capitalized(", ".join(notes)) if notes else "") + "."


def choose_preparation(
    context: PlainContext, earlier: list[Preparation], question: str, default: int = 0
) -> Preparation:
    """Let the user pick one of the earlier preparations by number."""
    io = context.io
    io.blank()
    io.say(question)
    io.numbered([describe(context, prep) for prep in earlier])
    return earlier[io.ask_choice("Typ een nummer.", len(earlier), default=default)]


def latest_meeting_index(earlier: list[Preparation], today: date) -> int:
    """The place of the preparation of the latest meeting up to today (the store's rule), else the first."""
    _start, latest = period_start(earlier, today)
    return next((index for index, prep in enumerate(earlier) if latest is not None and prep.id == latest.id), 0)


def _opened(context: PlainContext, prep: Preparation) -> OpenedSession | None:
    try:
        conversation_for(prep, context.content)
    except SessionError as error:
        context.io.say(str(error))
        return None
    opened = open_preparation(context.store, context.content, prep, clock=context.clock)
    for notice in opened.notices:
        context.io.say(f"Let op: {notice}")
    return opened


def resume(context: PlainContext, earlier: list[Preparation]) -> bool:
    """Go on with an earlier preparation, at the step where the user left off (or one they choose)."""
    io = context.io
    prep = choose_preparation(context, earlier, "Welke voorbereiding wil je verder maken?")
    opened = _opened(context, prep)
    if opened is None:
        return False
    session = opened.session
    steps = session.conversation.steps if session.conversation is not None else []
    start = session.resume_index()
    try:
        io.blank()
        if session.conversation is not None and left_off(session.conversation, session.prep):
            io.say(f"Je was gebleven bij stap {start + 1} van {len(steps)}: {steps[start].title}.")
        start = _choose_step(context, opened, start)
    except BackRequested:
        _close(context, opened)
        raise
    return work(context, opened, start)


def _choose_step(context: PlainContext, opened: OpenedSession, start: int) -> int:
    """Which step to begin at; the last choice changes the meeting (day, time, with whom), then asks again."""
    io = context.io
    session = opened.session
    label = f"{start + 1}, waar je was gebleven" if start else "1, het begin"
    while True:
        io.say("Bij welke stap wil je beginnen?")
        choices = [
            f"{item.step.title}{', ' + item.count_text if item.count_text else ''}" for item in session.progress()
        ]
        io.numbered([*choices, MEETING_CHOICE])
        chosen = io.ask_choice("Typ een nummer.", len(choices) + 1, default=start, default_label=label)
        if chosen < len(choices):
            return chosen
        editor = PlainEditor(io, session, context.cwd, wins=opened.wins, wins_since=opened.wins_since)
        try:
            ask_meeting_details(editor)
        except BackRequested:
            pass  # 'terug' on the day: back to the steps
        io.blank()


def work(context: PlainContext, opened: OpenedSession, start: int) -> bool:
    """Work through the steps of the opened preparation from `start`; True when it was done to the end."""
    plain = PlainSession(context.io, opened.session, cwd=context.cwd, wins=opened.wins, wins_since=opened.wins_since)
    try:
        plain.run(start)
    except BackRequested:
        return False
    finally:
        _close(context, opened)
    return True


def _close(context: PlainContext, opened: OpenedSession) -> None:
    outcome = opened.session.close()
    if not outcome.ok:
        context.io.say(f"Let op: {outcome.message}")


def with_opened(context: PlainContext, prep: Preparation, run: Callable[[PlainEditor], None]) -> None:
    """Open the preparation, run one flow on it, and close it (also on 'terug' or 'stop')."""
    opened = _opened(context, prep)
    if opened is None:
        return
    editor = PlainEditor(context.io, opened.session, context.cwd, wins=opened.wins, wins_since=opened.wins_since)
    try:
        run(editor)
    finally:
        _close(context, opened)


def after_meeting(context: PlainContext, earlier: list[Preparation]) -> None:
    """Note what came out of a meeting: choose the preparation (the latest meeting first), then ask."""
    default = latest_meeting_index(earlier, context.clock.today())
    prep = choose_preparation(context, earlier, "Over welk gesprek wil je iets noteren?", default)
    with_opened(context, prep, run_after_meeting)


def save_earlier_sheet(context: PlainContext, earlier: list[Preparation]) -> None:
    """Save the sheet of an earlier preparation again."""
    prep = choose_preparation(context, earlier, "Van welke voorbereiding wil je het blad opslaan?")

    def save(editor: PlainEditor) -> None:
        save_sheet(editor)
        ask_full_version(editor)

    with_opened(context, prep, save)
