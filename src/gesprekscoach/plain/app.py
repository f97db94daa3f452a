"""The plain, accessible mode: the coach as line-by-line questions on stdin and stdout.

Started by `gesprekscoach --eenvoudig`, by `GESPREKSCOACH_EENVOUDIG=1`, and whenever the
terminal cannot run the full-screen coach (stdin or stdout is not a terminal, or
TERM=dumb); see `should_use_plain_mode`. No colours, no cursor movement, no box drawing:
short lines a screen reader reads well, numbered choices, 'terug' to go back, 'stop' to
leave, 'hulp' for help. It starts with a menu of everything the coach does: a new
preparation, going on with one (where you left off), after the meeting (agreements, the
report, the reaction letter), saving a sheet again, 'Welk gesprek heb ik?', the wins log,
rehearsing, sending your points ahead and a draft self-assessment (those three around the
meeting; their labels come from the content). At the start it gives the wins log's gentle
note after four quiet weeks. A preparation is asked step by step (`steps.PlainSession`). Every way in goes through
the session's opening (`session.opening`), and every answer is a command to the session,
saved at once; the end of the input works like 'stop'.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import random
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import FrameType
from typing import TextIO

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.plain.around_meeting import rehearse, send_agenda
from gesprekscoach.plain.chooser import run_chooser
from gesprekscoach.plain.console import BACK_WORD, HELP_WORD, STOP_WORD, BackRequested, PlainIO, StopRequested
from gesprekscoach.plain.context import PlainContext
from gesprekscoach.plain.detect import PLAIN_ENV as PLAIN_ENV  # re-exported: where it was before
from gesprekscoach.plain.detect import should_use_plain_mode as should_use_plain_mode
from gesprekscoach.plain.help import menu_help
from gesprekscoach.plain.preparations import after_meeting, new_preparation, resume, save_earlier_sheet
from gesprekscoach.plain.self_assessment import make_self_assessment, self_assessment_preparations
from gesprekscoach.plain.wins_log import run_wins_log
from gesprekscoach.session.clock import Clock, SystemClock
from gesprekscoach.session.cycle import report_reminders
from gesprekscoach.session.pack_choice import (
    CHOOSE_INTRO,
    CHOOSE_TITLE,
    FIRST_START_HINT_PLAIN,
    SettingsError,
    choose_pack,
    current_pack,
    first_start,
    pack_choices,
)
from gesprekscoach.session.wins_digest import wins_quiet_note
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore

STOPPED_MESSAGE = "Gestopt. Alles wat je hebt ingevuld, is bewaard."

MENU_NEW = "Een nieuwe voorbereiding beginnen"
MENU_RESUME = "Verder met een eerdere voorbereiding"
MENU_AFTER = "Na het gesprek: afspraken, het verslag en je reactie"
MENU_SAVE = "Het blad van een eerdere voorbereiding opslaan"
MENU_CHOOSER = "Welk gesprek heb ik? Een paar vragen helpen je kiezen"
MENU_LOG = "Mijn logboek: schrijf op wat er goed ging"
MENU_STOP = "Stoppen"
MENU_PACK = CHOOSE_TITLE


def menu_labels(has_earlier: bool, around_meeting: Sequence[str] = ()) -> list[str]:
    """The choices of the menu, in order; the ones about earlier preparations only when there are any.

    `around_meeting` are the labels (from the content) of rehearsing, sending your points ahead
    and the draft self-assessment, shown before 'Stoppen' (see `around_meeting_labels`).
    """
    earlier = [MENU_RESUME, MENU_AFTER, MENU_SAVE] if has_earlier else []
    return [MENU_NEW, *earlier, MENU_CHOOSER, MENU_LOG, *around_meeting, MENU_PACK, MENU_STOP]


def around_meeting_labels(content: Content, earlier: list[Preparation]) -> list[str]:
    """The menu's labels for rehearsing and sending your points (with earlier preparations), and the
    draft self-assessment (when one of them is a functionering or beoordeling)."""
    if not earlier:
        return []
    texts = around_meeting_texts(content)
    labels = [texts.rehearse_menu, texts.agenda_menu]
    if self_assessment_preparations(content, earlier):
        labels.append(texts.self_assessment_menu)
    return labels


class PlainCoach:
    """The menu of the plain mode: every part of the coach is one numbered choice."""

    def __init__(
        self,
        content: Content,
        io: PlainIO,
        *,
        store: PreparationStore,
        today: date | None = None,
        cwd: Path,
        clock: Clock | None = None,
        open_url: Callable[[str], bool] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        chosen: Clock = clock if clock is not None else SystemClock(today)
        self.context = PlainContext(content, io, store, chosen, cwd)
        """The content, the streams, the store, the clock (`today` pins its date), the folder,
        the mail opener and the order of rehearsing (`open_url`, `rng`: tests give their own)."""
        if open_url is not None:
            self.context.open_url = open_url
        if rng is not None:
            self.context.rng = rng

    @property
    def io(self) -> PlainIO:
        """The streams."""
        return self.context.io

    def run(self) -> int:
        """Show the menu until the user stops, or a preparation is finished; returns the exit code."""
        io = self.io
        io.say("gesprekscoach, eenvoudige modus")
        io.say("Je krijgt de vragen een voor een. Typ je antwoord en druk op Enter.")
        io.say(f"Typ {BACK_WORD} om terug te gaan, {STOP_WORD} om te stoppen, en {HELP_WORD} voor uitleg.")
        io.say("Alles wat je typt, wordt meteen bewaard.")
        self._quiet_note()
        if first_start(self.context.store.home):
            io.blank()
            io.say(FIRST_START_HINT_PLAIN)
        try:
            with io.helping(menu_help):
                while True:
                    if self._menu():
                        io.blank()
                        io.say("Klaar. Je voorbereiding is bewaard. Succes met je gesprek!")
                        return 0
        except StopRequested:
            io.blank()
            io.say(STOPPED_MESSAGE)
            return 0

    def _quiet_note(self) -> None:
        """The gentle note when nothing was written in the wins log for four weeks or more."""
        context = self.context
        note = wins_quiet_note(WinsLogStore(context.store.home), context.content, context.clock)
        if note is not None:
            self.io.blank()
            self.io.say(note)

    def _menu(self) -> bool:
        """One round of the menu; True when a preparation was worked through to the end."""
        context = self.context
        io = self.io
        listing = context.store.list()
        for message in listing.messages():
            io.say(f"Let op: {message}")
        earlier = listing.preparations
        io.blank()
        for reminder in report_reminders(earlier, context.content, context.clock.today()):
            io.say(reminder.text)
            io.say("Kreeg je het verslag al? Kies dan 'Na het gesprek'.")
        io.say("Wat wil je doen?")
        actions: dict[str, Callable[[], bool]] = {
            MENU_NEW: lambda: new_preparation(context),
            MENU_RESUME: lambda: resume(context, earlier),
            MENU_AFTER: self._back_to_menu(after_meeting, earlier),
            MENU_SAVE: self._back_to_menu(save_earlier_sheet, earlier),
            MENU_CHOOSER: self._chooser,
            MENU_LOG: self._wins_log,
            MENU_PACK: self._choose_pack,
            MENU_STOP: _stop,
        }
        texts = around_meeting_texts(context.content)
        actions[texts.rehearse_menu] = self._back_to_menu(rehearse, earlier)
        actions[texts.agenda_menu] = self._back_to_menu(send_agenda, earlier)
        actions[texts.self_assessment_menu] = self._back_to_menu(make_self_assessment, earlier)
        labels = menu_labels(bool(earlier), around_meeting_labels(context.content, earlier))
        choices = [(label, actions[label]) for label in labels]
        io.numbered([label for label, _action in choices])
        try:
            action = choices[io.ask_choice("Typ een nummer.", len(choices))][1]
            return action()
        except BackRequested:
            return False

    def _chooser(self) -> bool:
        chosen = run_chooser(self.io, self.context.content)
        if chosen is None:
            return False
        return new_preparation(self.context, chosen)

    def _choose_pack(self) -> bool:
        """Choose the region of the content (from the next start on); back to the menu."""
        io, home = self.io, self.context.store.home
        io.blank()
        io.say(CHOOSE_INTRO)
        choices = pack_choices()
        current = current_pack(home)
        io.numbered([label for _pack, label in choices])
        default = next(index for index, (pack, _label) in enumerate(choices) if pack == current)
        index = io.ask_choice(
            "Typ een nummer.", len(choices), default=default, default_label=f"houden: {choices[default][1]}"
        )
        try:
            io.say(choose_pack(choices[index][0], home))
        except SettingsError as error:
            io.say(f"Let op: {error}")
        return False

    def _wins_log(self) -> bool:
        context = self.context
        run_wins_log(context.io, context.content, context.store, context.clock, context.cwd)
        return False

    def _back_to_menu(
        self, part: Callable[[PlainContext, list[Preparation]], None], earlier: list[Preparation]
    ) -> Callable[[], bool]:
        """A part of the menu that does not finish a preparation: afterwards, the menu again."""

        def run() -> bool:
            part(self.context, earlier)
            return False

        return run


def _stop() -> bool:
    raise StopRequested


STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    sig for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if sig is not None
)
"""Signals after which plain mode stops cleanly: SIGTERM (stop), SIGHUP (the terminal window closed)."""


@contextmanager
def stop_on_signals(io: PlainIO) -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP stop the coach like 'stop' (see `PlainIO.signal_stop`).

    Every answer is saved at once; the lines of a longer answer typed so far are kept and saved
    too. Outside the main thread nothing is installed (Python allows handlers only there).
    """

    def handler(_number: int, _frame: FrameType | None) -> None:
        io.signal_stop()

    previous: dict[signal.Signals, object] = {}
    for sig in STOP_SIGNALS:
        try:
            previous[sig] = signal.signal(sig, handler)
        except (ValueError, OSError):
            continue
    try:
        yield
    finally:
        for sig, old in previous.items():
            try:
                signal.signal(sig, old)  # type: ignore[arg-type]
            except (ValueError, OSError, TypeError):
                continue


def run_plain(
    content: Content,
    *,
    store: PreparationStore | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    today: date | None = None,
    cwd: Path | None = None,
    clock: Clock | None = None,
    open_url: Callable[[str], bool] | None = None,
    rng: random.Random | None = None,
) -> int:
    """Run the plain mode on these streams (default: the real stdin and stdout); returns the exit code.

    `today` pins the date (default: the real one); `clock` replaces the whole clock (tests);
    `open_url` opens the mail program (default: `webbrowser.open`); `rng` orders rehearsing.
    """
    io = PlainIO(stdin, stdout)
    chosen_store = store if store is not None else PreparationStore()
    if cwd is None:  # sheets are proposed in the documents folder (see store.settings)
        from gesprekscoach.store.settings import documents_folder, load_settings_or_default

        cwd = documents_folder(load_settings_or_default(chosen_store.home))
    coach = PlainCoach(
        content,
        io,
        store=chosen_store,
        today=today,
        cwd=cwd,
        clock=clock,
        open_url=open_url,
        rng=rng,
    )
    with stop_on_signals(io):
        return coach.run()
