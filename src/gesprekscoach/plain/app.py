"""The plain, accessible mode: the coach as line-by-line questions on stdin and stdout.

Started by `gesprekscoach --eenvoudig`, by `GESPREKSCOACH_EENVOUDIG=1`, and whenever the
terminal cannot run the full-screen coach (stdin or stdout is not a terminal, or
TERM=dumb); see `should_use_plain_mode`. No colours, no cursor movement, no box drawing:
short lines a screen reader reads well, numbered choices, 'terug' to go back, 'stop' to
leave. It starts with a menu (new preparation, resume one, stop), then asks the steps of
the conversation (`steps.PlainSession`). Both ways in go through the session's opening
(`session.opening`), and every answer is a command to the session, saved at once; the end
of the input works like 'stop'.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from gesprekscoach.content.models import Content
from gesprekscoach.dates import dutch_date, parse_meeting_date
from gesprekscoach.plain.console import BACK_WORD, STOP_WORD, BackRequested, PlainIO, StopRequested
from gesprekscoach.plain.steps import PlainSession
from gesprekscoach.session.clock import Clock, SystemClock
from gesprekscoach.session.cycle import conversation_name
from gesprekscoach.session.errors import SessionError
from gesprekscoach.session.opening import OpenedSession, conversation_for, open_preparation, start_new_preparation
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import PreparationStore, StoreError

PLAIN_ENV = "GESPREKSCOACH_EENVOUDIG"
"""Set to 1 (or ja/true) to always start the plain mode."""

_TRUE_WORDS = frozenset({"1", "ja", "j", "true", "yes", "y", "aan"})

STOPPED_MESSAGE = "Gestopt. Alles wat je hebt ingevuld, is bewaard."


def should_use_plain_mode(
    asked: bool,
    *,
    environ: Mapping[str, str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> bool:
    """True when the coach should start in plain mode instead of full screen.

    That is: `--eenvoudig` was given (`asked`), GESPREKSCOACH_EENVOUDIG is set to 1, TERM
    is 'dumb', or stdin or stdout is not a terminal.
    """
    env = os.environ if environ is None else environ
    if asked:
        return True
    if env.get(PLAIN_ENV, "").strip().lower() in _TRUE_WORDS:
        return True
    if env.get("TERM", "").strip().lower() == "dumb":
        return True
    for stream in (stdin if stdin is not None else sys.stdin, stdout if stdout is not None else sys.stdout):
        try:
            if stream is None or not stream.isatty():
                return True
        except (AttributeError, ValueError, OSError):
            return True
    return False


class PlainCoach:
    """The menu of the plain mode, and the way into a preparation."""

    def __init__(
        self,
        content: Content,
        io: PlainIO,
        *,
        store: PreparationStore,
        today: date | None = None,
        cwd: Path,
        clock: Clock | None = None,
    ) -> None:
        self.content = content
        self.io = io
        self.store = store
        self.clock: Clock = clock if clock is not None else SystemClock(today)
        """The session's clock; `today` (when given) pins its date."""
        self.cwd = cwd

    def run(self) -> int:
        """Show the menu until the user stops, or a preparation is finished; returns the exit code."""
        io = self.io
        io.say("gesprekscoach, eenvoudige modus")
        io.say("Je krijgt de vragen een voor een. Typ je antwoord en druk op Enter.")
        io.say(f"Typ {BACK_WORD} om terug te gaan. Typ {STOP_WORD} om te stoppen.")
        io.say("Alles wat je typt, wordt meteen bewaard.")
        try:
            while True:
                if self._menu():
                    io.blank()
                    io.say("Klaar. Je voorbereiding is bewaard. Succes met je gesprek!")
                    return 0
        except StopRequested:
            io.blank()
            io.say(STOPPED_MESSAGE)
            return 0

    # ----------------------------------------------------------------- the menu

    def _menu(self) -> bool:
        """One round of the menu; True when a preparation was worked through to the end."""
        io = self.io
        listing = self.store.list()
        for message in listing.messages():
            io.say(message)
        earlier = listing.preparations
        io.blank()
        io.say("Wat wil je doen?")
        choices = ["Een nieuwe voorbereiding beginnen"]
        if earlier:
            choices.append("Verder met een eerdere voorbereiding")
        choices.append("Stoppen")
        io.numbered(choices)
        try:
            choice = choices[io.ask_choice("Typ een nummer:", len(choices))]
        except BackRequested:
            return False
        if choice == "Stoppen":
            raise StopRequested
        try:
            if choice.startswith("Verder"):
                return self._resume(earlier)
            return self._new()
        except BackRequested:
            return False

    def _new(self) -> bool:
        io = self.io
        conversations = sorted(self.content.conversations, key=lambda conv: (conv.order, conv.name))
        io.blank()
        io.say("Welk gesprek heb je?")
        io.numbered([f"{conv.name}: {conv.summary}" for conv in conversations])
        conv = conversations[io.ask_choice("Typ een nummer:", len(conversations))]
        meeting = self._ask_date()
        io.blank()
        with_whom = io.ask_text("Met wie heb je het gesprek? (Enter = overslaan)", label="Naam").strip()
        try:
            # It starts from what is still open from earlier conversations (see session/cycle.py).
            opened = start_new_preparation(self.store, self.content, conv.id, meeting, with_whom, clock=self.clock)
        except (StoreError, SessionError) as error:
            io.say(str(error))
            return False
        io.say(f"Je voorbereiding is gemaakt. Ze heet {opened.session.prep.id}.")
        return self._work(opened, 0)

    def _ask_date(self) -> date:
        io = self.io
        today = self.clock.today()
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

    def _resume(self, earlier: list[Preparation]) -> bool:
        io = self.io
        io.blank()
        io.say("Welke voorbereiding wil je verder maken?")
        io.numbered([self._describe(prep) for prep in earlier])
        prep = earlier[io.ask_choice("Typ een nummer:", len(earlier), default=0)]
        try:
            conv = conversation_for(prep, self.content)
        except SessionError as error:
            io.say(str(error))
            return False
        io.blank()
        io.say("Bij welke stap wil je beginnen?")
        io.numbered([step.title for step in conv.steps])
        start = io.ask_choice("Typ een nummer:", len(conv.steps), default=0)
        return self._work(open_preparation(self.store, self.content, prep, clock=self.clock), start)

    def _describe(self, prep: Preparation) -> str:
        text = f"{conversation_name(prep, self.content)}, {dutch_date(prep.meeting_date)}"
        if prep.with_whom.strip():
            text += f", met {' '.join(prep.with_whom.split())}"
        return text

    def _work(self, opened: OpenedSession, start: int) -> bool:
        for notice in opened.notices:
            self.io.say(f"Let op: {notice}")
        plain = PlainSession(self.io, opened.session, cwd=self.cwd)
        try:
            plain.run(start)
        except BackRequested:
            return False
        finally:
            outcome = opened.session.close()
            if not outcome.ok:
                self.io.say(f"Let op: {outcome.message}")
        return True


def run_plain(
    content: Content,
    *,
    store: PreparationStore | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    today: date | None = None,
    cwd: Path | None = None,
    clock: Clock | None = None,
) -> int:
    """Run the plain mode on these streams (default: the real stdin and stdout); returns the exit code.

    `today` pins the date (default: the real one); `clock` replaces the whole clock (tests).
    """
    io = PlainIO(stdin, stdout)
    chosen_store = store if store is not None else PreparationStore()
    if cwd is None:  # sheets are proposed in the documents folder (see store.settings)
        from gesprekscoach.store.settings import documents_folder, load_settings_or_default

        cwd = documents_folder(load_settings_or_default(chosen_store.home))
    coach = PlainCoach(content, io, store=chosen_store, today=today, cwd=cwd, clock=clock)
    return coach.run()
