"""`gesprekscoach smart` and `gesprekscoach feedback`: the checks on the command line.

`cmd_smart(args)` reads `args.text`, `args.json`, `args.today` and `args.next_meeting`
(YYYY-MM-DD or None; a deadline after the next conversation gets a warning);
`cmd_feedback(args)` reads `args.text` and `args.json`. Both read `args.content` (a
content folder, or None) when it is there. They print a readable verdict in Dutch, or
one JSON object with `--json`, and return the exit code: 0 when the check ran, 2 when
the input could not be used (an empty text, a wrong --vandaag, broken check texts).

Plain Python; never imports Textual.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from gesprekscoach.content.templates import fill

if TYPE_CHECKING:  # each command imports the one check it runs, and the content it needs
    from gesprekscoach.checks.feedback import FeedbackResult
    from gesprekscoach.checks.smart import SmartResult
    from gesprekscoach.content.check_models import CheckTexts
    from gesprekscoach.content.check_parts import CheckParts

_BROKEN_TEXTS = "De teksten van de controle (checks.yaml) kloppen niet:"
"""Shown when checks.yaml itself cannot be read; it cannot come from that file."""

TODAY_OPTION = "--vandaag"
"""The option that sets the day to count from (named in its error)."""
NEXT_MEETING_OPTION = "--volgend-gesprek"
"""The option that gives the date of the next conversation (named in its error)."""

_MARKS = {True: "✓", False: "✗", None: "?"}
_ASCII_MARKS = {True: "v", False: "x", None: "?"}


def _write(text: str, stream: TextIO | None = None) -> None:
    """Print, replacing what the terminal cannot show instead of crashing."""
    out = stream or sys.stdout
    try:
        print(text, file=out)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=out)


def _marks(stream: TextIO) -> dict[bool | None, str]:
    try:
        "✓✗".encode(getattr(stream, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return _ASCII_MARKS
    return _MARKS


def _width() -> int:
    from gesprekscoach.cli.arguments import terminal_columns  # as shutil gives it, without importing shutil

    return max(40, min(100, terminal_columns()))


def _load(args: argparse.Namespace) -> tuple[CheckTexts, CheckParts | None] | None:
    """The check texts of the content in use (`--content`, else `default_content_dir()`) and the parts of it the checks use.

    The whole content gives the check texts, the SMART guide and the ik-form; when another
    file of it has a problem, the checks still run with the check texts alone (the loader
    gives that part on its own; `gesprekscoach inhoud controleer` is the place for the rest).
    Prints the problems and returns None when the check texts themselves are broken.
    """
    from gesprekscoach.content.check_parts import load_check_parts
    from gesprekscoach.content.problems import ContentError

    directory: Path | None = getattr(args, "content", None)
    try:
        parts = load_check_parts(directory)  # the parts of the whole content, checked; from the cache when unchanged
        return parts.checks, parts
    except (ContentError, OSError):
        pass
    from gesprekscoach.content.loader import load_check_texts

    try:
        return load_check_texts(directory), None
    except ContentError as error:
        _write("\n".join([_BROKEN_TEXTS, *(f"  {problem}" for problem in error.problems)]), sys.stderr)
        return None


def _parse_date(value: str | None, texts: CheckTexts, option: str) -> date | None:
    """A date given with `option` (None: today); prints the Dutch error, naming the option, and returns None when it is not one."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        _write(f"{option}: {fill(texts.cli.bad_today, waarde=value)}", sys.stderr)
        return None


# --------------------------------------------------------------------------- smart


def cmd_smart(args: argparse.Namespace) -> int:
    """`gesprekscoach smart [--json] [--vandaag JJJJ-MM-DD] [--volgend-gesprek JJJJ-MM-DD] DOEL`: is this goal SMART?"""
    from gesprekscoach.checks.smart import check_goal

    loaded = _load(args)
    if loaded is None:
        return 2
    texts, content = loaded
    text: str = args.text or ""
    if not text.strip():
        _write(texts.cli.empty_goal, sys.stderr)
        return 2
    today = _parse_date(getattr(args, "today", None), texts, TODAY_OPTION)
    if today is None:
        return 2
    next_meeting = getattr(args, "next_meeting", None)
    if isinstance(next_meeting, str):
        next_meeting = _parse_date(next_meeting, texts, NEXT_MEETING_OPTION)
        if next_meeting is None:
            return 2
    result = check_goal(
        text,
        today=today,
        next_meeting=next_meeting,
        texts=texts,
        guide=content.smart if content is not None else None,
    )
    if getattr(args, "json", False):
        _write(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        _write(format_smart(text, result, texts, _marks(sys.stdout), _width()))
    return 0


def format_smart(text: str, result: SmartResult, texts: CheckTexts, marks: dict[bool | None, str] | None = None,
                 width: int = 80) -> str:  # fmt: skip
    """The readable verdict: one line per letter with its reason, and a tip below it."""
    from gesprekscoach.checks.smart import LETTERS, format_deadline

    marks = marks or _MARKS
    cli = texts.cli
    letter_texts: dict[str, Any] = {
        "specifiek": texts.smart.specifiek,
        "meetbaar": texts.smart.meetbaar,
        "acceptabel": texts.smart.acceptabel,
        "realistisch": texts.smart.realistisch,
        "tijdgebonden": texts.smart.tijdgebonden,
    }
    name_width = max(len(t.name) for t in letter_texts.values())
    indent = " " * (3 + name_width + 2 + 3)
    lines = textwrap.wrap(f"{cli.goal}: {' '.join(text.split())}", width, subsequent_indent="  ")
    lines.append("")
    for letter in LETTERS:
        verdict = result.letters[letter]
        head = f"{letter[0].upper()}  {letter_texts[letter].name:<{name_width}}  {marks[verdict.ok]}  "
        lines += textwrap.wrap(verdict.reason, width, initial_indent=head, subsequent_indent=indent)
        if verdict.hint:
            lines += textwrap.wrap(f"{cli.tip}: {verdict.hint}", width, initial_indent=indent, subsequent_indent=indent)
    lines.append("")
    shown = format_deadline(result.deadline) if result.deadline else cli.no_deadline
    lines.append(f"{cli.deadline}: {shown}")
    if result.deadline_warning:
        warning = result.deadline_warning
        if not warning.startswith(cli.warning):  # the warning may already start with 'Let op'
            warning = f"{cli.warning}: {warning}"
        lines += textwrap.wrap(warning, width, subsequent_indent="  ")
    return "\n".join(lines)


# --------------------------------------------------------------------------- feedback


def cmd_feedback(args: argparse.Namespace) -> int:
    """`gesprekscoach feedback [--json] ZIN`: does this sentence land well with your manager?"""
    from gesprekscoach.checks.feedback import check_feedback

    loaded = _load(args)
    if loaded is None:
        return 2
    texts, content = loaded
    text: str = args.text or ""
    if not text.strip():
        _write(texts.cli.empty_sentence, sys.stderr)
        return 2
    template = content.feedback.ik_template if content is not None else None
    result = check_feedback(text, template=template, texts=texts)
    if getattr(args, "json", False):
        _write(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        _write(format_feedback(text, result, texts, _width()))
    return 0


def format_feedback(text: str, result: FeedbackResult, texts: CheckTexts, width: int = 80) -> str:
    """The readable verdict: constructive or not, each signal with why, and a better form."""
    cli = texts.cli
    lines = textwrap.wrap(f"{cli.sentence}: {' '.join(text.split())}", width, subsequent_indent="  ")
    lines.append("")
    lines.append(cli.constructive_yes if result.constructive else cli.constructive_no)
    for signal in result.signals:
        label = getattr(texts.feedback.signals, signal.kind).label
        words = ", ".join(f"'{w}'" for w in signal.words)
        lines.append("")
        lines += textwrap.wrap(f"! {label}: {words}" if words else f"! {label}", width, subsequent_indent="  ")
        lines += textwrap.wrap(signal.explanation, width, initial_indent="  ", subsequent_indent="  ")
    if result.proposal:
        lines.append("")
        lines.append(f"{cli.proposal}:")
        lines += textwrap.wrap(result.proposal, width, initial_indent="  ", subsequent_indent="  ")
    return "\n".join(lines)
