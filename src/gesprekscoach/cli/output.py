"""Output of the command line that never ends in a traceback.

- A closed pipe (`gesprekscoach content schema | head -1`): stop quietly, like other Unix
  tools, with exit code 141 (128 + SIGPIPE), the code a shell shows for them.
- A full disk or another failed write (`gesprekscoach export ID > /dev/full`): a short Dutch
  message on stderr and exit code 1.
- A terminal that cannot show every character (`PYTHONIOENCODING=latin-1`): what cannot be
  shown is replaced by '?', instead of stopping the command.

`make_streams_forgiving()` sets up the last point; `guard_output(run)` runs a command and
handles the first two. Plain Python; never imports Textual.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path

CLOSED_PIPE_EXIT = 141
"""Exit code after a closed pipe: what a shell shows for a tool stopped by SIGPIPE."""

WRITE_FAILED_EXIT = 1


def make_streams_forgiving() -> None:
    """Let stdout and stderr replace what their encoding cannot hold, instead of raising."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError, io.UnsupportedOperation):
                pass


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush cannot fail again."""
    try:
        fd = sys.stdout.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (AttributeError, ValueError, OSError):
        return
    try:
        os.dup2(null, fd)
    except OSError:
        pass
    finally:
        os.close(null)


def _flush_stdout() -> None:
    """Flush stdout; raises what the flush raises."""
    if sys.stdout is not None:
        sys.stdout.flush()


def _tell(message: str) -> None:
    """Print a message on stderr; when stderr itself cannot be written, say nothing."""
    try:
        print(message, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def _write_failed(error: OSError) -> int:
    """Tell why writing failed (Dutch), drop what is still waiting, and return the exit code."""
    from gesprekscoach.atomic import describe_os_error  # only when a write failed

    _tell(describe_os_error(error, Path("uitvoer"), "Schrijven"))
    try:
        _flush_stdout()
    except (OSError, ValueError):
        _silence_stdout()
    return WRITE_FAILED_EXIT


def guard_output(run: Callable[[], int]) -> int:
    """Run a command and flush its output; a closed pipe or a failed write never gives a traceback.

    A SystemExit (from argparse, or a command that stops at once) is passed on after the
    output is flushed the same careful way.
    """
    try:
        code = run()
        _flush_stdout()
    except BrokenPipeError:
        _silence_stdout()
        return CLOSED_PIPE_EXIT
    except SystemExit:
        try:
            _flush_stdout()
        except BrokenPipeError:
            _silence_stdout()
        except OSError as error:  # e.g. `--version > /dev/full`: argparse itself hides the failed write
            raise SystemExit(_write_failed(error)) from None
        raise
    except OSError as error:
        return _write_failed(error)
    return code
