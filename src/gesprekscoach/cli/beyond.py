"""Commands for before and after the meeting: `agenda`, `kalender` (`calendar`), and the overview
of the wins log (`log --overzicht`) and `--tag` on new entries.

    gesprekscoach agenda ID [--mail] [-o FILE]
    gesprekscoach kalender ID -o afspraken.ics [--prive] [-f]
    gesprekscoach log "tekst" --tag klant
    gesprekscoach log --overzicht --van 2027-01-01 --tot 2027-06-30 [-o overzicht.md]

`register` adds them to the parser (one block in `main.py`); each parser sets `beyond_handler`.
The mail program is only opened with `--mail`. Plain Python: never imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any) -> None:
    """Add `agenda`, `kalender` (alias `calendar`) and the wins log options to the sub-parsers `sub`."""
    agenda = sub.add_parser("agenda", help="maak een bericht met je gesprekspunten")
    agenda.add_argument("id", metavar="ID", help="de id van de voorbereiding (zie 'gesprekscoach lijst')")
    agenda.add_argument("--mail", action="store_true", help="open het bericht in je e-mailprogramma")
    agenda.add_argument("-o", "--output", type=Path, metavar="BESTAND", help="bewaar het bericht ook als tekstbestand")
    agenda.add_argument(
        "-f", "--overschrijven", "--force", dest="force", action="store_true", help="overschrijf het bestand"
    )
    agenda.set_defaults(beyond_handler=cmd_agenda)

    for name in ("kalender", "calendar"):  # the English alias is left out of --help
        shown = {"help": "zet je afspraken met een datum in een agendabestand (.ics)"} if name == "kalender" else {}
        calendar = sub.add_parser(name, **shown)
        calendar.add_argument("id", metavar="ID", help="de id van de voorbereiding (zie 'gesprekscoach lijst')")
        calendar.add_argument(
            "-o", "--output", type=Path, metavar="BESTAND", help="het agendabestand (standaard: in deze map)"
        )
        calendar.add_argument("--prive", action="store_true", help="ook de afspraken die alleen voor jou zijn")
        calendar.add_argument(
            "-f", "--overschrijven", "--force", dest="force", action="store_true", help="overschrijf het bestand"
        )
        calendar.set_defaults(beyond_handler=cmd_calendar)

    for name in ("logboek", "log"):
        log = sub.choices.get(name)
        if log is None:
            continue
        log.add_argument("--tag", action="append", default=[], metavar="LABEL", help="geef het punt een label")
        log.add_argument("--overzicht", action="store_true", help="maak een overzicht van een periode (Markdown)")
        log.add_argument("--van", metavar="JJJJ-MM-DD", help="het overzicht begint op deze dag")
        log.add_argument("--tot", metavar="JJJJ-MM-DD", help="het overzicht loopt tot en met deze dag")
        log.add_argument("-o", "--output", type=Path, metavar="BESTAND", help="schrijf het overzicht naar dit bestand")
        log.set_defaults(beyond_handler=cmd_log)


def _error(command: str, message: str) -> int:
    print(f"gesprekscoach {command}: {message}", file=sys.stderr)
    return 1


def _find(command: str, prep_id: str) -> Any:
    from gesprekscoach.store.preparations import PreparationStore, StoreError

    try:
        store = PreparationStore()
        return store, store.find(prep_id)
    except StoreError as error:
        _error(command, str(error))
        return None


def _write_new(command: str, path: Path, data: bytes, force: bool) -> bool:
    """Write `data` to `path` (not over a file without --force); False (after a Dutch message) when it fails."""
    from gesprekscoach.atomic import atomic_write_bytes, describe_os_error

    if path.exists() and not force:
        _error(command, f"Het bestand {path} bestaat al. Kies een andere naam, of gebruik --force om het te vervangen.")
        return False
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        _error(command, describe_os_error(error, path))
        return False
    return True


def cmd_agenda(args: argparse.Namespace) -> int:
    """Print the agenda message; save it with -o; open the mail program with --mail."""
    from gesprekscoach.cli.main import load_content_or_exit
    from gesprekscoach.content.after_texts import around_meeting_texts
    from gesprekscoach.content.templates import fill
    from gesprekscoach.session.agenda_message import agenda_message, mailto_url

    found = _find("agenda", args.id)
    if found is None:
        return 1
    _store, prep = found
    content = load_content_or_exit(args)
    texts = around_meeting_texts(content)
    message = agenda_message(prep, content)
    print(message.text(), end="")
    if args.output is not None:
        path = Path(args.output).expanduser()
        if not _write_new("agenda", path, message.text().encode("utf-8"), args.force):
            return 1
        print(fill(texts.agenda_saved, bestand=str(path)))
    if args.mail:
        import webbrowser

        try:
            opened = webbrowser.open(mailto_url(message))
        except webbrowser.Error:
            opened = False
        print(" ".join((texts.agenda_mail_opened if opened else texts.agenda_mail_failed).split()))
        return 0 if opened else 1
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    """Write the agreements with a date (and the next conversation) as an .ics file."""
    from gesprekscoach import dates
    from gesprekscoach.cli.main import load_content_or_exit
    from gesprekscoach.content.after_texts import around_meeting_texts
    from gesprekscoach.content.templates import fill
    from gesprekscoach.session.calendar_export import calendar_bytes, calendar_events, calendar_filename

    found = _find("kalender", args.id)
    if found is None:
        return 1
    store, prep = found
    content = load_content_or_exit(args)
    texts = around_meeting_texts(content)
    events = calendar_events(prep, content, later=store.list().preparations, include_private=args.prive)
    if not events:
        print(texts.calendar_nothing)
        return 0
    path = Path(args.output).expanduser() if args.output is not None else Path(calendar_filename(prep))
    if path.is_dir():
        path = path / calendar_filename(prep)
    if not _write_new("kalender", path, calendar_bytes(events, stamp=dates.now()), args.force):
        return 1
    print(" ".join(fill(texts.calendar_saved, bestand=str(path), aantal=str(len(events))).split()))
    return 0


def _day(text: str | None, fallback: date) -> date:
    if not text:
        return fallback
    try:
        return date.fromisoformat(text)
    except ValueError:
        print(f"gesprekscoach logboek: '{text}' is geen datum. Typ bijvoorbeeld 2027-03-12.", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_log(args: argparse.Namespace) -> int:
    """`log --overzicht` writes the overview; any other use is the usual `log` (which takes `--tag`)."""
    from gesprekscoach.cli import wins_log as cli_log

    if not args.overzicht:
        if (args.van or args.tot or args.output) and not args.text:
            print("gesprekscoach logboek: --van, --tot en -o horen bij --overzicht.", file=sys.stderr)
            return 2
        return cli_log.cmd_log(args)
    from gesprekscoach import dates
    from gesprekscoach.cli.main import load_content_or_exit
    from gesprekscoach.content.after_texts import around_meeting_texts
    from gesprekscoach.content.templates import fill
    from gesprekscoach.session.wins_digest import digest_markdown
    from gesprekscoach.store.preparations import PreparationStore
    from gesprekscoach.store.wins_log import LogError, WinsLogStore

    today = dates.today()
    end = _day(args.tot, today)
    start = _day(
        args.van,
        end.replace(year=end.year - 1)
        if not (end.month == 2 and end.day == 29)
        else end.replace(day=28, year=end.year - 1),
    )
    if start > end:
        print("gesprekscoach logboek: --van ligt na --tot. Draai ze om.", file=sys.stderr)
        return 2
    content = load_content_or_exit(args)
    try:
        log_store = WinsLogStore()
        log = log_store.load()
    except LogError as error:
        return _error("log", str(error))
    text, count = digest_markdown(log, PreparationStore(log_store.home).list().preparations, content, start, end)
    if args.output is None:
        print(text, end="")
        return 0
    path = Path(args.output).expanduser()
    if not _write_new("log", path, text.encode("utf-8"), False):
        return 1
    print(fill(around_meeting_texts(content).digest_saved, bestand=str(path), aantal=str(count)))
    return 0
