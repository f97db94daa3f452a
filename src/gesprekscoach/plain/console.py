"""Line-by-line questions and answers on plain text streams, for the plain (accessible) mode.

Everything goes through one `PlainIO`: it prints short lines (wrapped, no colours, no cursor
movement, no box drawing) and reads answers one line at a time. Three words typed alone on a
line are commands at every prompt: `terug` (go back one question) raises `BackRequested`,
`stop` raises `StopRequested` (and so does the end of the input), and `hulp` shows the help
of where you are (see `helping`) and asks the same question again.

Enter on an empty line has one meaning everywhere: keep what is there (or leave it empty)
and go on. `wis` clears an answer; the word `klaar` ends a list.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from typing import TextIO

BACK_WORD = "terug"
STOP_WORD = "stop"
HELP_WORD = "hulp"
CLEAR_WORD = "wis"
DONE_WORD = "klaar"
"""Ends a list (Enter on an empty line does too: it adds nothing and goes on)."""

COMMANDS_HELP: tuple[str, ...] = (
    "Deze woorden werken bij elke vraag:",
    f"{BACK_WORD}: een vraag terug.",
    f"{STOP_WORD}: stoppen. Alles wat je typte, is bewaard.",
    f"{HELP_WORD}: uitleg bij waar je nu bent.",
    "Enter op een lege regel: houden wat er staat, of overslaan, en verder.",
)
"""The commands that work at every prompt, as the help says them."""

REPEAT_LIMIT = 12
"""After the help, at most this many of the lines before the question are said again."""

HelpText = Callable[[], list[str]]
"""Gives the lines of the help for where the user is now."""

LINE_WIDTH = 72
"""Printed lines are wrapped at this width: short lines read well, also with a screen reader."""

YES_WORDS = frozenset({"j", "ja", "y", "yes"})
NO_WORDS = frozenset({"n", "nee", "no"})


class StopRequested(Exception):
    """The user typed 'stop', or the input ended: leave (everything is already saved)."""


class SignalStop(StopRequested):
    """A stop signal came (SIGTERM, or SIGHUP: the terminal window closed) while waiting for input."""


class BackRequested(Exception):
    """The user typed 'terug': go back to the previous question."""


Keep = Callable[[str], None]
"""Stores the lines of an answer typed so far, before 'terug' or 'stop' leaves the question."""


def readable(text: str) -> str:
    """The text without control characters (so no escape codes reach the terminal); tabs become spaces."""
    out: list[str] = []
    for char in text:
        if char == "\n":
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            out.append(" ")
        elif category == "Cf" and char != "\u200d":
            continue
        else:
            out.append(char)
    return "".join(out)


class PlainIO:
    """Ask questions and print text, one line at a time, on two text streams.

    `interactive` says whether a person types at a terminal (then Python's `input()` is used,
    with line editing); by default it is True only for the real stdin and stdout at a terminal.
    When the input is not a terminal, the answers are not shown by the terminal, so a line
    break is printed after each answer to keep the output readable.
    """

    def __init__(
        self,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        *,
        width: int = LINE_WIDTH,
        interactive: bool | None = None,
    ) -> None:
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.width = width
        if interactive is None:
            interactive = (
                self.stdin is sys.stdin and self.stdout is sys.stdout and _isatty(self.stdin) and _isatty(self.stdout)
            )
        self.interactive = interactive
        self._helps: list[HelpText] = []
        self._since_input: list[str] = []
        """What was said since the last line of input."""
        self._before_input: list[str] = []
        """What was said before the last line of input (said again after the help)."""
        self.stop_signalled = False
        """True once a stop signal came: every later read stops, and a broken output is ignored."""
        self.reading = False
        """True while waiting for a line of input (then a stop signal may end the wait at once)."""

    def signal_stop(self) -> None:
        """A stop signal came: stop at the next read, or now when waiting for input (raises SignalStop).

        Called from a signal handler; while not waiting for input it only notes the stop, so a
        save under way is never cut off halfway.
        """
        self.stop_signalled = True
        if self.reading:
            self.reading = False
            raise SignalStop

    # ----------------------------------------------------------------- help

    @contextmanager
    def helping(self, help_text: HelpText) -> Iterator[None]:
        """While inside, 'hulp' shows these lines (then the commands that work everywhere)."""
        self._helps.append(help_text)
        try:
            yield
        finally:
            self._helps.pop()

    def show_help(self) -> None:
        """The help of where the user is, the commands, then the question again."""
        repeat = self._before_input[-REPEAT_LIMIT:]
        self.blank()
        self.say("Hulp.")
        if self._helps:
            for line in self._helps[-1]():
                self.say(line)
            self.blank()
        for line in COMMANDS_HELP:
            self.say(line)
        if repeat:
            self.blank()
            self.say("Terug naar de vraag:")
            for line in repeat:
                self.say(line)
        self._since_input = list(repeat)

    # ----------------------------------------------------------------- output

    def write(self, text: str) -> None:
        """Write text as it is (replacing characters the output cannot show).

        After a stop signal the terminal may be gone (SIGHUP); writing then is skipped quietly.
        """
        try:
            try:
                self.stdout.write(text)
            except UnicodeEncodeError:
                encoding = getattr(self.stdout, "encoding", None) or "ascii"
                self.stdout.write(text.encode(encoding, "replace").decode(encoding))
            self.stdout.flush()
        except OSError:
            if not self.stop_signalled:
                raise

    def say(self, text: str = "", *, indent: str = "", hanging: str | None = None) -> None:
        """Print text wrapped to short lines; its own line breaks are kept.

        `indent` goes in front of every line; `hanging` (default: `indent`) in front of the
        second and later lines of a wrapped paragraph.
        """
        text = readable(text)
        later = indent if hanging is None else hanging
        lines: list[str] = []
        for paragraph in text.split("\n"):
            if not paragraph.strip():
                lines.append("")
                continue
            lines.extend(
                textwrap.wrap(
                    " ".join(paragraph.split()),
                    self.width,
                    initial_indent=indent,
                    subsequent_indent=later,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        self.write("\n".join(lines) + "\n")
        if text.strip():
            self._since_input.append(text)

    def blank(self) -> None:
        """Print an empty line."""
        self.write("\n")

    def numbered(self, items: list[str], *, start: int = 1) -> None:
        """Print items as a numbered list: '1. …'."""
        for number, item in enumerate(items, start=start):
            self.say(f"{number}. {item}", hanging=" " * len(f"{number}. "))

    # ----------------------------------------------------------------- input

    def read_line(self, prompt: str = "") -> str:
        """One line of input, without its line break. Raises StopRequested at the end of input
        (and SignalStop after a stop signal)."""
        if self.stop_signalled:
            raise SignalStop
        if self.interactive:
            try:
                self.reading = True
                return input(prompt)
            except EOFError:
                self.write("\n")
                raise StopRequested from None
            finally:
                self.reading = False
        if prompt:
            self.write(prompt)
        try:
            self.reading = True
            line = self.stdin.readline()
        finally:
            self.reading = False
        if prompt:
            self.write("\n")
        if line == "":
            raise StopRequested
        return line.rstrip("\r\n")

    def _read(self, prompt: str) -> str:
        line = self.read_line(prompt)
        self._before_input, self._since_input = self._since_input, []
        return line

    def read_answer(self, prompt: str = "") -> str:
        """One line, with the commands handled: 'terug' and 'stop' are raised, 'hulp' shows the help."""
        while True:
            line = self._read(self._short_prompt(prompt))
            word = line.strip().lower()
            if word == BACK_WORD:
                raise BackRequested
            if word == STOP_WORD:
                raise StopRequested
            if word != HELP_WORD:
                return line
            self.show_help()

    def _short_prompt(self, prompt: str) -> str:
        """A prompt longer than a line: all but its last line is said first (so every line stays short)."""
        if len(prompt.rstrip()) <= self.width:
            return prompt
        lines = textwrap.wrap(prompt.strip(), self.width, break_long_words=False, break_on_hyphens=False)
        self.say(" ".join(lines[:-1]))
        return lines[-1] + " "

    def _show_current(self, label: str, current: str, clear_text: str = "om het te wissen") -> None:
        self.say(f"{label} nu:")
        self.say(current.strip(), indent="  ")
        self.say(f"Enter = houden. Typ {CLEAR_WORD} {clear_text}. Of typ iets nieuws.")

    def ask_text(
        self,
        question: str,
        current: str = "",
        *,
        label: str = "Je antwoord",
        prompt: str = "> ",
        clear_text: str = "om het te wissen",
    ) -> str:
        """A one-line answer. Enter keeps `current`; 'wis' clears it."""
        self.say(question)
        if current.strip():
            self._show_current(label, current, clear_text)
        line = self.read_answer(prompt).strip()
        if not line:
            return current
        if line.lower() == CLEAR_WORD:
            return ""
        return line

    def ask_block(
        self,
        question: str,
        current: str = "",
        *,
        label: str = "Je antwoord",
        keep: Keep | None = None,
        words: Collection[str] = (),
    ) -> str:
        """An answer of one or more lines; an empty line ends it. Enter at once keeps `current`.

        'wis' on the first line clears the answer. On a later line 'stop' and 'terug' end the
        answer: the lines typed so far go to `keep` first (so nothing is lost), then the
        command is raised; 'hulp' there shows the help and the answer goes on. When the input
        ends halfway, the lines typed so far are returned (the next question then stops).
        One of `words` alone on the first line is returned at once (a command of the caller).
        """
        more = "Meer regels mag: een lege regel sluit je antwoord af."
        if current.strip():
            self.say(f"{question} {more}")
            self._show_current(label, current)
        else:
            self.say(f"{question} Enter = overslaan. {more}")
        first = self.read_answer("> ")
        if not first.strip():
            return current
        if first.strip().lower() == CLEAR_WORD:
            return ""
        if first.strip().lower() in words:
            return first.strip().lower()
        lines = [first.rstrip()]
        while True:
            try:
                line = self._read("")
            except StopRequested:
                break
            word = line.strip().lower()
            if word in (STOP_WORD, BACK_WORD):
                if keep is not None:
                    keep("\n".join(lines).strip())
                raise StopRequested if word == STOP_WORD else BackRequested
            if word == HELP_WORD:
                self.show_help()
                self.say("Typ verder aan je antwoord. Een lege regel sluit het af.")
                continue
            if not line.strip():
                break
            lines.append(line.rstrip())
        return "\n".join(lines).strip()

    def ask_yes_no(self, question: str, current: bool | None = None, *, default: bool = False) -> bool:
        """A j/n question. Enter keeps `current`, or gives `default` when there is none."""
        if current is not None:
            hint = f"(j/n, Enter = houden: {'ja' if current else 'nee'})"
        else:
            hint = f"(j/n, Enter = {'ja' if default else 'nee'})"
        while True:
            word = self.read_answer(f"{question} {hint} ").strip().lower()
            if not word:
                return current if current is not None else default
            if word in YES_WORDS:
                return True
            if word in NO_WORDS:
                return False
            self.say("Typ j voor ja of n voor nee.")

    def ask_choice(self, question: str, count: int, *, default: int | None = None, default_label: str = "") -> int:
        """A number from 1 to `count`; returns the index (from 0). Enter gives `default` (an index).

        `default_label` says what Enter gives in words ('houden: nog open'); else its number.
        """
        hint = ""
        if default is not None:
            hint = f" (Enter = {default_label or default + 1})"
        while True:
            word = self.read_answer(f"{question}{hint} ").strip()
            if not word and default is not None:
                return default
            if word.isdigit() and 1 <= int(word) <= count:
                return int(word) - 1
            self.say(f"Typ een nummer van 1 tot en met {count}.")

    def ask_numbers(self, question: str, count: int, current: list[int], *, none_text: str = "geen") -> list[int]:
        """Several numbers from 1 to `count` ('1 3 5' or '1, 3'); returns indexes (from 0), sorted.

        Enter keeps `current` (indexes); '0' or 'geen' chooses none. `none_text` says in words
        what Enter gives when nothing is chosen yet.
        """
        if current:
            shown = " ".join(str(index + 1) for index in current)
            self.say(f"Nu gekozen: {shown}.")
            hint = "(Enter = houden. Typ geen om niets te kiezen.)"
        else:
            hint = f"(Enter = {none_text}.)"
        while True:
            line = self.read_answer(f"{question} {hint} ").strip().lower()
            if not line:
                return list(current)
            if line in ("0", "geen"):
                return []
            parts = [part for part in re.split(r"[\s,;]+", line) if part]
            if all(part.isdigit() and 1 <= int(part) <= count for part in parts):
                return sorted({int(part) - 1 for part in parts})
            self.say(f"Typ nummers van 1 tot en met {count}, met een spatie ertussen. Bijvoorbeeld: 1 3.")

    def pause(self, text: str = "Druk op Enter om verder te gaan.") -> None:
        """Wait for Enter ('terug' and 'stop' still work)."""
        self.read_answer(f"{text} ")


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False
