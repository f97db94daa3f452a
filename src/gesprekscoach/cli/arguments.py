"""The command line's words: the parser of `gesprekscoach`, its commands and options, in Dutch.

Every command and option has a Dutch name, and `--help` shows only those. The English names
of earlier versions still work as aliases that `--help` does not show (`COMMAND_ALIASES`,
`CONTENT_ALIASES`, and the options `--today`, `--now` and `--force`), so scripts keep working.
`parse_arguments` gives every command by its Dutch name, whichever name was typed.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from gesprekscoach import __version__
from gesprekscoach.paths import content_dir_for

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

COMMAND_ALIASES: dict[str, str] = {
    "content": "inhoud",
    "list": "lijst",
    "export": "exporteer",
    "print": "afdrukken",
    "log": "logboek",
    "calendar": "kalender",
    "settings": "instellingen",
}
"""English command → its Dutch name. `smart` and `feedback` are the same in both."""

CONTENT_ALIASES: dict[str, str] = {"check": "controleer"}
"""English sub-command of `inhoud` → its Dutch name (`schema` is the same in both)."""

SCHEMA_NAMES = ("conversation", "smart", "pitfalls", "feedback", "after", "chooser", "checks", "glossary")
"""The content files `inhoud schema` describes (the names of the files, which are English)."""

SEE_LIST = "zie 'gesprekscoach lijst'"

T = TypeVar("T")


def terminal_columns(fallback: int = 80) -> int:
    """The width of the terminal, as `shutil.get_terminal_size().columns` gives it, without importing `shutil`.

    `COLUMNS` when it is a positive number, else the size of the terminal of standard output,
    else `fallback`. argparse asks `shutil` for it each time it makes a help formatter (once for
    every option added), and importing `shutil` (with its compression modules) costs more than
    building the whole parser; so the parser asks here.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    stdout = sys.__stdout__
    if columns <= 0 and stdout is not None:
        try:
            columns = os.get_terminal_size(stdout.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else fallback


class _DutchHelpFormatter(argparse.HelpFormatter):
    """Help text with a Dutch 'gebruik:' in front of the usage line; as wide as the terminal, like argparse's."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(
            prog, indent_increment, max_help_position, width if width is not None else terminal_columns() - 2
        )

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """An argument parser in Dutch: headings, usage and errors, pointing to --help."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _DutchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "opdrachten en waarden"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="laat deze hulp zien")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        """Print help, usage or the version; unlike argparse, a failed write is not hidden.

        `output.guard_output` then ends a closed pipe quietly and tells about a full disk.
        """
        if message:
            (file or sys.stderr).write(message)

    def error(self, message: str) -> NoReturn:
        """Say what is wrong in Dutch, with the usage line and a pointer to --help; exit code 2."""
        self.print_usage(sys.stderr)
        translated = (
            message.replace("the following arguments are required", "dit ontbreekt")
            .replace("unrecognized arguments", "onbekende woorden")
            .replace("invalid choice", "onbekende keuze")
            .replace("expected one argument", "hier hoort één waarde bij")
            .replace("not allowed with argument", "kan niet samen met")
            .replace("not allowed with", "kan niet samen met")
            .replace("argument ", "")
            .replace("choose from", "kies uit")
        )
        for english in (*COMMAND_ALIASES, *CONTENT_ALIASES):  # the list of choices names only the Dutch commands
            translated = translated.replace(f", '{english}'", "")
        self.exit(2, f"{self.prog}: {translated}\nTyp '{self.prog} --help' voor hulp.\n")


Build = Callable[[argparse.ArgumentParser], None]
"""Adds the arguments of one command to its parser."""


class _Pending:
    """The parser of a command that is not made yet: how to make it, and what adds its arguments."""

    def __init__(self, make: Callable[..., argparse.ArgumentParser], kwargs: dict[str, Any], build: Build) -> None:
        self.make = make
        self.kwargs = kwargs
        self.build = build

    def parser(self) -> argparse.ArgumentParser:
        """The parser, made now, with its arguments."""
        parser = self.make(**self.kwargs)
        self.build(parser)
        return parser


class _ParserMap(dict[str, Any]):
    """The parsers of the commands by name, each made the first time it is asked for.

    A command runs one parser: making the parsers of all the others (one for every name,
    with all their options) would cost a few milliseconds of every command's start. argparse
    finds a command here by name (`map[name]`), checks a name with `in` and lists the names
    in its errors; those see every name from the start, so help, usage and errors are the same.
    """

    def __getitem__(self, name: str) -> Any:
        value = super().__getitem__(name)
        if isinstance(value, _Pending):
            value = value.parser()
            self[name] = value
        return value

    def get(self, name: str, default: Any = None) -> Any:
        """The parser of `name` (made now if needed), or `default`."""
        return self[name] if name in self else default

    def values(self) -> Any:
        """Every parser, all made now."""
        return [self[name] for name in self]

    def items(self) -> Any:
        """Every name with its parser, all made now."""
        return [(name, self[name]) for name in self]


if TYPE_CHECKING:
    _SubParsersAction = argparse._SubParsersAction[DutchArgumentParser]
else:  # not subscriptable at run time
    _SubParsersAction = argparse._SubParsersAction


class _Commands(_SubParsersAction):
    """The sub-commands of a parser; `add_command` adds one whose parser is only made when it is used."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = _ParserMap()

    def add_command(self, name: str, build: Build, **kwargs: Any) -> None:
        """`add_parser(name, **kwargs)` and `build(parser)`, done when the command is used (or its parser asked for)."""
        make = self._parser_class
        self._parser_class = lambda **made: _Pending(make, made, build)  # type: ignore[assignment]
        try:
            self.add_parser(name, **kwargs)
        finally:
            self._parser_class = make


def _commands(parser: argparse.ArgumentParser, **kwargs: Any) -> _Commands:
    """`parser.add_subparsers(**kwargs)`, whose commands are added with `add_command`."""
    sub = parser.add_subparsers(parser_class=DutchArgumentParser, action=_Commands, **kwargs)
    assert isinstance(sub, _Commands)
    return sub


def _command(
    sub: _Commands,
    name: str,
    aliases: dict[str, str],
    build: Build,
    *,
    help: str,
    description: str | None = None,
) -> None:
    """A command under its Dutch name (shown in --help) and its English alias (not shown), with the same arguments."""
    sub.add_command(name, build, help=help, description=description)
    for english, dutch in aliases.items():
        if dutch == name:
            sub.add_command(english, build, description=description)


def _hidden_alias(parser: argparse.ArgumentParser, option: str, dest: str, **kwargs: object) -> None:
    """An English option kept for scripts: the same value as its Dutch name, left out of --help."""
    parser.add_argument(option, dest=dest, help=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]


def _today(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--vandaag", dest="today", metavar="JJJJ-MM-DD", help=help)
    _hidden_alias(parser, "--today", "today", metavar="JJJJ-MM-DD")


def _overwrite(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-f", "--overschrijven", dest="force", action="store_true", help="overschrijf het bestand als het al bestaat"
    )
    _hidden_alias(parser, "--force", "force", action="store_true")


# --------------------------------------------------------------------------- the commands


def _content_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "directory",
        nargs="?",
        type=content_dir_for,
        metavar="MAP",
        help="de map, of 'vlaanderen' (standaard: de meegeleverde inhoud)",
    )


def _content_schema(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "name",
        nargs="?",
        default="conversation",
        choices=SCHEMA_NAMES,
        help="welk bestand: conversation (een gesprek, standaard), smart, pitfalls, feedback, after, chooser, "
        "checks of glossary",
    )


def _content(parser: argparse.ArgumentParser) -> None:
    sub = _commands(parser, dest="content_command", metavar="OPDRACHT", required=True)
    _command(sub, "controleer", CONTENT_ALIASES, _content_check, help="controleer een map met inhoud")
    _command(sub, "schema", CONTENT_ALIASES, _content_schema, help="toon het JSON-schema van een inhoudsbestand")


def _list(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "conversation",
        nargs="?",
        metavar="GESPREK",
        help="alleen de voorbereidingen voor dit gesprek, bijvoorbeeld jaargesprek of POP-gesprek",
    )


def _export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=f"de id van de voorbereiding ({SEE_LIST})")
    parser.add_argument(
        "-o", "--output", type=Path, metavar="BESTAND", help="schrijf naar dit bestand in plaats van naar het scherm"
    )
    _overwrite(parser)
    parser.add_argument(
        "--volledig", action="store_true", help="de volledige versie: ook wat je als 'alleen voor mij' markeerde"
    )


def _print(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help=f"de id van de voorbereiding ({SEE_LIST})")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--samenvatting", action="store_true", help="na het gesprek: wat jullie hebben afgesproken")
    which.add_argument("--brief", action="store_true", help="je brief als reactie op het verslag")
    parser.add_argument("--tekst", action="store_true", help="de samenvatting of de brief als tekst, niet als PDF")
    parser.add_argument("-o", "--output", type=Path, metavar="BESTAND", help="schrijf naar deze plek")
    parser.add_argument("--pdf", type=Path, metavar="BESTAND", help=argparse.SUPPRESS)
    _overwrite(parser)
    parser.add_argument("--niet-openen", action="store_true", help="open het bestand niet, schrijf het alleen")


def _settings(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--naam", metavar="NAAM", help="je naam: komt bovenaan je blad en onder een brief")
    parser.add_argument("--functie", metavar="FUNCTIE", help="je functie: komt bovenaan je blad")
    parser.add_argument("--plaats", metavar="PLAATS", help="je woonplaats of werkplek: komt boven een brief")
    parser.add_argument("--map", metavar="MAP", help="de map voor je bladen en brieven (leeg: je map Documenten)")
    parser.add_argument(
        "--regio",
        choices=("nederland", "vlaanderen"),
        type=str.lower,
        help="de inhoud voor Nederland of voor Vlaanderen (geldt vanaf de volgende start)",
    )


def _log(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="*", metavar="TEKST", help="wat er goed ging, tussen aanhalingstekens")
    parser.add_argument(
        "--doel", metavar="ID", help="hoort bij dit doel (bijvoorbeeld doel-1; zie 'gesprekscoach logboek')"
    )
    parser.add_argument("--prive", action="store_true", help="alleen voor mij: komt niet op het blad")
    parser.add_argument(
        "--alles", action="store_true", help="toon het hele logboek, niet alleen sinds het laatste gesprek"
    )
    _today(parser, "doe alsof het vandaag deze datum is")
    parser.add_argument("--nu", dest="now", metavar="JJJJ-MM-DDTUU:MM", help="doe alsof het nu dit tijdstip is")
    _hidden_alias(parser, "--now", "now", metavar="JJJJ-MM-DDTUU:MM")


def _smart(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", metavar="DOEL", help="het doel, tussen aanhalingstekens")
    parser.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    _today(parser, "reken alsof het vandaag deze datum is")
    parser.add_argument(
        "--volgend-gesprek",
        dest="next_meeting",
        metavar="JJJJ-MM-DD",
        help="de datum van je volgende gesprek: de coach zegt het als je doel pas daarna klaar is",
    )


def _feedback(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", metavar="ZIN", help="de zin, tussen aanhalingstekens")
    parser.add_argument("--json", action="store_true", help="geef het resultaat als JSON")


def _untranslated(run: Callable[[], T]) -> T:
    """`run()`, with argparse's English headings and messages taken as they are, not looked up in a catalog.

    argparse passes each of them through gettext, which looks for a catalog of translations
    in several folders every time (and imports `locale` the first time): about a millisecond of
    every command's start. Python ships no catalog for argparse, so they are English either
    way, and `DutchArgumentParser` puts them in Dutch.
    """
    translate, translate_plural = getattr(argparse, "_", None), getattr(argparse, "ngettext", None)
    if translate is None or translate_plural is None:  # a Python whose argparse finds its messages otherwise
        return run()
    argparse._ = _same  # type: ignore[attr-defined]
    argparse.ngettext = _same_plural  # type: ignore[attr-defined]
    try:
        return run()
    finally:
        argparse._, argparse.ngettext = translate, translate_plural  # type: ignore[attr-defined]


def _same(message: str) -> str:
    return message


def _same_plural(singular: str, plural: str, count: int) -> str:
    return singular if count == 1 else plural


def build_parser() -> DutchArgumentParser:
    """The command-line parser with all commands: Dutch names in --help, the English ones as hidden aliases."""
    return _untranslated(_build_parser)


def _build_parser() -> DutchArgumentParser:
    parser = DutchArgumentParser(
        prog="gesprekscoach",
        description="Bereid je gesprek met je leidinggevende voor. Zonder opdracht start de coach.",
    )
    parser.add_argument(
        "--version", action="version", version=f"gesprekscoach {__version__}", help="laat het versienummer zien"
    )
    parser.add_argument(
        "--content",
        type=content_dir_for,
        metavar="MAP",
        help="gebruik andere inhoud: 'vlaanderen' voor Vlaanderen, of je eigen map (ook via GESPREKSCOACH_CONTENT)",
    )
    parser.add_argument(
        "--eenvoudig",
        action="store_true",
        help="stel de vragen een voor een, als gewone tekst (ook via GESPREKSCOACH_EENVOUDIG=1); "
        "goed te gebruiken met een schermlezer",
    )
    sub = _commands(parser, dest="command", metavar="OPDRACHT")
    _command(sub, "inhoud", COMMAND_ALIASES, _content, help="controleer de inhoud of toon het schema")
    _command(sub, "lijst", COMMAND_ALIASES, _list, help="toon je opgeslagen voorbereidingen")
    _command(sub, "exporteer", COMMAND_ALIASES, _export, help="schrijf het voorbereidingsblad van een voorbereiding")
    _command(sub, "afdrukken", COMMAND_ALIASES, _print, help="maak een PDF om af te drukken en open hem")
    _command(
        sub,
        "logboek",
        COMMAND_ALIASES,
        _log,
        help="schrijf op wat er goed ging (je logboek), of toon je logboek",
        description="Schrijf kort op wat er goed ging. Zonder tekst zie je wat je sinds je laatste gesprek opschreef.",
    )
    _command(
        sub,
        "instellingen",
        COMMAND_ALIASES,
        _settings,
        help="je naam, je functie, je map en je regio",
        description="Zonder opties zie je je instellingen. Met een optie verander je ze. Een lege waarde wist.",
    )
    _command(sub, "smart", COMMAND_ALIASES, _smart, help="controleer of een doel SMART is")
    _command(sub, "feedback", COMMAND_ALIASES, _feedback, help="controleer of je feedback goed overkomt")

    from gesprekscoach.cli import beyond as cli_beyond  # before and after the meeting: one block

    cli_beyond.register(sub)
    return parser


def parse_arguments(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line; every command comes back by its Dutch name, also when its English alias was typed."""
    args = _untranslated(lambda: parser.parse_args(argv))
    command: str | None = getattr(args, "command", None)
    if command is not None:
        args.command = COMMAND_ALIASES.get(command, command)
    content_command: str | None = getattr(args, "content_command", None)
    if content_command is not None:
        args.content_command = CONTENT_ALIASES.get(content_command, content_command)
    return args
