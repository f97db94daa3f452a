"""The `gesprekscoach` command: starts the coach, or runs one of its sub-commands.

Only the interactive coach imports Textual, and only when it starts: `--version`,
`--help`, `content`, `list`, `export`, `print`, `log`, `smart` and `feedback` stay fast. The plain
mode (`--eenvoudig`, or when the terminal cannot run the full-screen coach) never imports it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from gesprekscoach import __version__

if TYPE_CHECKING:
    from gesprekscoach.content.models import Content

SCHEMA_NAMES = ("conversation", "smart", "pitfalls", "feedback", "after", "chooser", "checks")


class _DutchHelpFormatter(argparse.HelpFormatter):
    """Help text with a Dutch 'gebruik:' in front of the usage line."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class _DutchArgumentParser(argparse.ArgumentParser):
    """An argument parser in Dutch: headings, usage and errors, pointing to --help."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _DutchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "opdrachten en waarden"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="laat deze hulp zien")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        translated = (
            message.replace("the following arguments are required", "dit ontbreekt")
            .replace("unrecognized arguments", "onbekende woorden")
            .replace("invalid choice", "onbekende keuze")
            .replace("expected one argument", "hier hoort één waarde bij")
            .replace("not allowed with argument", "kan niet samen met")
            .replace("argument ", "")
            .replace("choose from", "kies uit")
        )
        self.exit(2, f"{self.prog}: {translated}\nTyp '{self.prog} --help' voor hulp.\n")


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser with all sub-commands."""
    parser = _DutchArgumentParser(
        prog="gesprekscoach",
        description="Bereid je gesprek met je leidinggevende voor. Zonder opdracht start de coach.",
    )
    parser.add_argument(
        "--version", action="version", version=f"gesprekscoach {__version__}", help="laat het versienummer zien"
    )
    parser.add_argument(
        "--content",
        type=Path,
        metavar="MAP",
        help="gebruik je eigen map met inhoud (ook via GESPREKSCOACH_CONTENT)",
    )
    parser.add_argument(
        "--eenvoudig",
        action="store_true",
        help="stel de vragen een voor een, als gewone tekst (ook via GESPREKSCOACH_EENVOUDIG=1); "
        "goed te gebruiken met een schermlezer",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_DutchArgumentParser)

    content = sub.add_parser("content", help="controleer de inhoud of toon het schema")
    content_sub = content.add_subparsers(dest="content_command", metavar="OPDRACHT", required=True)
    check = content_sub.add_parser("check", help="controleer een map met inhoud")
    check.add_argument(
        "directory", nargs="?", type=Path, metavar="MAP", help="de map (standaard: de meegeleverde inhoud)"
    )
    schema = content_sub.add_parser("schema", help="toon het JSON-schema van een inhoudsbestand")
    schema.add_argument(
        "name",
        nargs="?",
        default="conversation",
        choices=SCHEMA_NAMES,
        help="welk bestand: conversation (een gesprek, standaard), smart, pitfalls, feedback, after, chooser of checks",
    )

    sub.add_parser("list", help="toon je opgeslagen voorbereidingen")
    export = sub.add_parser("export", help="schrijf het voorbereidingsblad van een voorbereiding")
    export.add_argument("id", metavar="ID", help="de id van de voorbereiding (zie 'gesprekscoach list')")
    export.add_argument(
        "-o", "--output", type=Path, metavar="BESTAND", help="schrijf naar dit bestand in plaats van naar het scherm"
    )
    export.add_argument("-f", "--force", action="store_true", help="overschrijf het bestand als het al bestaat")
    export.add_argument(
        "--volledig", action="store_true", help="de volledige versie: ook wat je als 'alleen voor mij' markeerde"
    )

    from gesprekscoach.cli.printing import add_print_parser

    add_print_parser(sub)

    from gesprekscoach.cli.settings import add_settings_parser

    add_settings_parser(sub)

    log = sub.add_parser(
        "log",
        help="schrijf op wat er goed ging (je logboek), of toon je logboek",
        description="Schrijf kort op wat er goed ging. Zonder tekst zie je wat je sinds je laatste gesprek opschreef.",
    )
    log.add_argument("text", nargs="*", metavar="TEKST", help="wat er goed ging, tussen aanhalingstekens")
    log.add_argument("--doel", metavar="ID", help="hoort bij dit doel (bijvoorbeeld doel-1; zie 'gesprekscoach log')")
    log.add_argument("--prive", action="store_true", help="alleen voor mij: komt niet op het blad")
    log.add_argument(
        "--alles", action="store_true", help="toon het hele logboek, niet alleen sinds het laatste gesprek"
    )
    log.add_argument("--today", metavar="JJJJ-MM-DD", help="doe alsof het vandaag deze datum is")
    log.add_argument("--now", metavar="JJJJ-MM-DDTUU:MM", help="doe alsof het nu dit tijdstip is")

    smart = sub.add_parser("smart", help="controleer of een doel SMART is")
    smart.add_argument("text", metavar="DOEL", help="het doel, tussen aanhalingstekens")
    smart.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    smart.add_argument("--today", metavar="JJJJ-MM-DD", help="reken alsof het vandaag deze datum is")

    feedback = sub.add_parser("feedback", help="controleer of je feedback goed overkomt")
    feedback.add_argument("text", metavar="ZIN", help="de zin, tussen aanhalingstekens")
    feedback.add_argument("--json", action="store_true", help="geef het resultaat als JSON")
    return parser


def load_content_or_exit(args: argparse.Namespace) -> Content:
    """Load the content chosen by `--content` (or the default); print the problems and exit 2 if any."""
    from gesprekscoach.content.loader import ContentError, load_content

    try:
        return load_content(getattr(args, "content", None))
    except ContentError as error:
        print("De inhoud van de coach heeft fouten:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        print(
            "Pas de bestanden aan, of start zonder --content om de meegeleverde inhoud te gebruiken.", file=sys.stderr
        )
        raise SystemExit(2) from None


def _cmd_content_check(args: argparse.Namespace) -> int:
    from gesprekscoach.content.loader import check_content
    from gesprekscoach.paths import default_content_dir

    directory = args.directory or args.content or default_content_dir()
    content, problems = check_content(directory)
    if content is None:
        for problem in problems:
            print(problem)
        count = len(problems)
        print(f"{count} {'fout' if count == 1 else 'fouten'} gevonden in {directory}.")
        return 2
    for conv in content.conversations:
        print(
            f"{conv.id:<14} {conv.name:<24} {len(conv.steps):>2} stappen, {len(conv.questions):>2} vragen, {conv.looks}"
        )
    from gesprekscoach.sheet.labels import check_sheet_content

    sheet_lines, sheet_problems = check_sheet_content(directory)
    for line in sheet_lines + sheet_problems:
        print(line)
    if sheet_problems:
        count = len(sheet_problems)
        print(f"{count} {'fout' if count == 1 else 'fouten'} gevonden in {directory}.")
        return 2
    print(f"De inhoud in {directory} is in orde.")
    return 0


def _cmd_content_schema(args: argparse.Namespace) -> int:
    from gesprekscoach.content.loader import content_schema

    schemas = content_schema()
    key = "conversations/*.yaml" if args.name == "conversation" else f"{args.name}.yaml"
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schemas[key]}
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0


def _run_coach(args: argparse.Namespace) -> int:
    """Start the coach: full screen, or the plain mode when asked or when the terminal needs it."""
    content = load_content_or_exit(args)
    from gesprekscoach.plain.app import run_plain, should_use_plain_mode

    if should_use_plain_mode(bool(getattr(args, "eenvoudig", False))):
        return run_plain(content)
    from gesprekscoach.tui.app import run

    return run(content)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _run_coach(args)
        if args.command == "content":
            if args.content_command == "check":
                return _cmd_content_check(args)
            return _cmd_content_schema(args)
        if args.command in ("list", "export"):
            from gesprekscoach.cli import preparations as cli_preparations

            return cli_preparations.cmd_list(args) if args.command == "list" else cli_preparations.cmd_export(args)
        if args.command in ("afdrukken", "print"):
            from gesprekscoach.cli import printing as cli_print

            return cli_print.cmd_print(args)
        if args.command in ("instellingen", "settings"):
            from gesprekscoach.cli import settings as cli_settings

            return cli_settings.cmd_settings(args)
        if args.command == "log":
            from gesprekscoach.cli import wins_log as cli_log

            return cli_log.cmd_log(args)
        if args.command in ("smart", "feedback"):
            from gesprekscoach.cli import checks as cli_checks

            return cli_checks.cmd_smart(args) if args.command == "smart" else cli_checks.cmd_feedback(args)
    except KeyboardInterrupt:
        print("\nGestopt.", file=sys.stderr)
        return 130
    parser.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
