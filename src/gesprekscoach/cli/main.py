"""The `gesprekscoach` command: starts the coach, or runs one of its sub-commands.

Only the interactive coach imports Textual, and only when it starts: `--version`,
`--help`, `inhoud`, `lijst`, `exporteer`, `afdrukken`, `logboek`, `smart` and `feedback` stay
fast. The plain mode (`--eenvoudig`, or when the terminal cannot run the full-screen coach)
never imports it. The commands and options have Dutch names; the English names of earlier
versions still work (`arguments.py`).

Every command runs inside `output.guard_output`: a closed pipe ends quietly, a full disk
gives a Dutch message, and characters the terminal cannot show are replaced. Nothing here
opens a network connection.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from gesprekscoach.cli.arguments import build_parser, parse_arguments
from gesprekscoach.cli.output import guard_output, make_streams_forgiving
from gesprekscoach.paths import DataHomeError

if TYPE_CHECKING:
    from gesprekscoach.content.models import Content
    from gesprekscoach.content.sheet_content import SheetContent


def chosen_content_dir() -> Path | None:
    """The content folder when `--content` is not given: `GESPREKSCOACH_CONTENT`, else the region in
    the user's settings (`instellingen --regio`), else None (the shipped Dutch content).

    The one place where the settings choose the content; `paths.py` stays a leaf that reads no settings.
    """
    from gesprekscoach.paths import CONTENT_ENV, content_dir_for
    from gesprekscoach.store.settings_file import pack_content_dir

    override = os.environ.get(CONTENT_ENV, "").strip()
    if override:
        return content_dir_for(override)
    return pack_content_dir()


def load_content_or_exit(args: argparse.Namespace) -> Content:
    """Load the content chosen by `--content` (or the default); print the problems and exit 2 if any."""
    from gesprekscoach.content.loader import load_content

    return _checked_or_exit(lambda: load_content(getattr(args, "content", None)))


def load_sheet_content_or_exit(args: argparse.Namespace, conversation: str | None = None) -> SheetContent:
    """What a sheet (of `conversation`) reads of the content chosen by `--content` (`sheet_content.load_sheet_content`).

    Checked as strictly as `load_content_or_exit`, with the same problems and exit code 2;
    content that passed the check unchanged since is read from the cache, without pydantic.
    """
    from gesprekscoach.content.sheet_content import load_sheet_content

    return _checked_or_exit(lambda: load_sheet_content(getattr(args, "content", None), conversation=conversation))


LoadedT = TypeVar("LoadedT")


def _checked_or_exit(load: Callable[[], LoadedT]) -> LoadedT:
    """What `load` gives; on `ContentError`, print the problems and exit 2."""
    from gesprekscoach.content.problems import ContentError

    try:
        return load()
    except ContentError as error:
        print("De inhoud van de coach heeft fouten:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        print(
            "Pas de bestanden aan, of start zonder --content om de meegeleverde inhoud te gebruiken.", file=sys.stderr
        )
        raise SystemExit(2) from None


def _cmd_content_check(args: argparse.Namespace) -> int:
    """`inhoud controleer`: see `cli/content_check.py`."""
    from gesprekscoach.cli.content_check import cmd_content_check

    return cmd_content_check(args)


def _cmd_content_schema(args: argparse.Namespace) -> int:
    from gesprekscoach.content.loader import content_schema

    schemas = content_schema()
    key = "conversations/*.yaml" if args.name == "conversation" else f"{args.name}.yaml"
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schemas[key]}
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0


def _run_coach(args: argparse.Namespace) -> int:
    """Start the coach: full screen, or the plain mode when asked or when the terminal needs it.

    Content that passed validation unchanged since (its checked data is in the cache) starts
    the full screen at once: the home screen is drawn from that data and the models are built
    in a worker (`content/source.py`). Otherwise the folder is checked first, and its problems
    end the command (exit 2) before anything is shown.
    """
    from gesprekscoach.content.source import ContentSource
    from gesprekscoach.plain.detect import should_use_plain_mode

    source = ContentSource.cached(getattr(args, "content", None))
    if source is None:
        source = ContentSource.of(load_content_or_exit(args))
    if should_use_plain_mode(bool(getattr(args, "eenvoudig", False))):
        gc.enable()
        content = source.get() if source.loaded else load_content_or_exit(args)
        from gesprekscoach.plain.app import run_plain
        from gesprekscoach.store.preparations import PreparationStore, StoreError

        try:
            store = PreparationStore()
        except StoreError as error:
            print(f"gesprekscoach: {error}", file=sys.stderr)
            return 1
        return run_plain(content, store=store)
    from gesprekscoach.tui.app import run

    return run(source)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    A closed pipe ends quietly (exit code 141), a failed write of the output (a full disk)
    with a Dutch message (exit code 1); see `output.py`.
    """
    # A command is short, and start-up makes many objects and no garbage worth collecting:
    # collecting during it only costs time. The long-running coach turns collection back on
    # (the full screen after its first paint, plain mode before its first question).
    gc.disable()
    # The coach uses no pydantic plugins: looking for them scans the metadata of every installed package.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        make_streams_forgiving()
        return guard_output(lambda: _main_reporting_crashes(argv))
    finally:
        gc.enable()


def _main_reporting_crashes(argv: list[str] | None) -> int:
    """Run the command; a crash prints a report without any text of a preparation (`session/crash_report.py`).

    A failed write of the output (OSError) is left to `guard_output`.
    """
    try:
        return _main(argv)
    except OSError:
        raise
    except Exception as error:
        from gesprekscoach.session.crash_report import CRASH_EXIT, crash_report

        print(crash_report(error), file=sys.stderr)
        return CRASH_EXIT


def no_arguments() -> argparse.Namespace:
    """What the parser gives for `gesprekscoach` on its own: the coach, without building the parser.

    The coach is started this way most of the time, and building the parser of every command
    costs a few milliseconds of its start (tests/test_cli.py checks that both agree).
    """
    return argparse.Namespace(content=None, eenvoudig=False, command=None)


def _main(argv: list[str] | None) -> int:
    """Parse the arguments and run the command."""
    parser: argparse.ArgumentParser | None = None
    if sys.argv[1:] if argv is None else argv:
        parser = build_parser()
        args = parse_arguments(parser, argv)
    else:
        args = no_arguments()
    if getattr(args, "content", None) is None:
        args.content = chosen_content_dir()
    try:
        if args.command is None:
            return _run_coach(args)
        if getattr(args, "beyond_handler", None) is not None:
            return int(args.beyond_handler(args))
        if args.command == "inhoud":
            if args.content_command == "controleer":
                return _cmd_content_check(args)
            return _cmd_content_schema(args)
        if args.command in ("lijst", "exporteer"):
            from gesprekscoach.cli import preparations as cli_preparations

            return cli_preparations.cmd_list(args) if args.command == "lijst" else cli_preparations.cmd_export(args)
        if args.command == "afdrukken":
            from gesprekscoach.cli import printing as cli_print

            return cli_print.cmd_print(args)
        if args.command == "instellingen":
            from gesprekscoach.cli import settings as cli_settings

            return cli_settings.cmd_settings(args)
        if args.command == "logboek":
            from gesprekscoach.cli import wins_log as cli_log

            return cli_log.cmd_log(args)
        if args.command in ("smart", "feedback"):
            from gesprekscoach.cli import checks as cli_checks

            return cli_checks.cmd_smart(args) if args.command == "smart" else cli_checks.cmd_feedback(args)
    except KeyboardInterrupt:
        print("\nGestopt.", file=sys.stderr)
        return 130
    except DataHomeError as error:
        print(f"gesprekscoach: {error}", file=sys.stderr)
        return 2
    (parser or build_parser()).print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
