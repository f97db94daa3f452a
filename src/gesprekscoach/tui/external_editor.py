"""Write a long answer in your own editor ($VISUAL or $EDITOR): the file round-trip.

`edit_text(text, command)` writes the text to a private temporary file (0600), runs the
editor on it, waits, reads the file back and removes it. It does not know about Textual:
the app suspends itself around the call (see `GesprekscoachApp.action_edit_in_editor`),
so this part is tested on its own with a fake editor.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

NO_EDITOR_MESSAGE = "Er is geen editor ingesteld. Zet VISUAL of EDITOR, bijvoorbeeld EDITOR=nano."
"""Shown when neither VISUAL nor EDITOR is set."""

FILE_PREFIX = "gesprekscoach-"
FILE_SUFFIX = ".txt"

Runner = Callable[[list[str]], int]
"""Runs a command in the terminal and returns its exit code."""


class EditorError(Exception):
    """The editor could not be started or failed; `str()` is a Dutch message for the user."""


def editor_command(environ: Mapping[str, str] | None = None) -> list[str] | None:
    """The editor to use, as a command line: $VISUAL first, then $EDITOR; None when neither is set.

    The value may hold options ('code --wait', 'emacs -nw'); it is split like a shell would.
    """
    env = os.environ if environ is None else environ
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if not value:
            continue
        try:
            parts = shlex.split(value)
        except ValueError:
            parts = value.split()
        if parts:
            return parts
    return None


def run_in_terminal(command: list[str]) -> int:
    """Run a command that uses the terminal, wait for it, and return its exit code."""
    return subprocess.run(command, check=False).returncode


def edit_text(
    text: str,
    command: Sequence[str],
    *,
    runner: Runner = run_in_terminal,
    single_line: bool = False,
    folder: Path | None = None,
) -> str:
    """Let the user edit `text` with `command` (the file name is added at the end); returns the new text.

    The file is private (0600) and is removed afterwards, also when something goes wrong.
    The one line break most editors add at the end is dropped. With `single_line`, line
    breaks become spaces (for a one-line field). Raises EditorError (Dutch) when the editor
    cannot be started, exits with an error, or the file cannot be read back; the text is then
    unchanged.
    """
    if not command:
        raise EditorError(NO_EDITOR_MESSAGE)
    program = command[0]
    try:
        handle, name = tempfile.mkstemp(prefix=FILE_PREFIX, suffix=FILE_SUFFIX, dir=folder)
    except OSError as exc:
        raise EditorError(f"Ik kan geen tijdelijk bestand maken voor je editor ({exc.strerror or exc}).") from None
    path = Path(name)
    try:
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
                os.chmod(path, 0o600)  # mkstemp makes it so already; the answer is private
                file.write(text)
        except OSError as exc:
            raise EditorError(f"Ik kan geen tijdelijk bestand maken voor je editor ({exc.strerror or exc}).") from None
        try:
            code = runner([*command, str(path)])
        except FileNotFoundError:
            raise EditorError(
                f"Ik kan de editor '{program}' niet vinden. Kijk of VISUAL of EDITOR goed is ingesteld."
            ) from None
        except OSError as exc:
            raise EditorError(f"Ik kan de editor '{program}' niet starten ({exc.strerror or exc}).") from None
        if code != 0:
            raise EditorError(f"De editor '{program}' stopte met een fout (code {code}). Je tekst is niet veranderd.")
        try:
            edited = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise EditorError("Ik kan de tekst uit je editor niet lezen. Bewaar het bestand als UTF-8.") from None
        except OSError as exc:
            raise EditorError(
                f"Ik kan de tekst uit je editor niet teruglezen ({exc.strerror or exc}). Je tekst is niet veranderd."
            ) from None
    finally:
        path.unlink(missing_ok=True)
    edited = edited.replace("\r\n", "\n").replace("\r", "\n")
    if edited.endswith("\n") and not text.endswith("\n"):
        edited = edited[:-1]
    if single_line:
        edited = " ".join(edited.split())
    return edited
