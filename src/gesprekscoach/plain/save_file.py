"""Saving a file the plain mode made (a message, a calendar file, an overview): ask where, never overwrite.

The user hears the proposed path and presses Enter to take it, or types another one (a
relative path is taken in the working folder; a folder gets the proposed file name). An
existing file is never replaced: the coach says so and asks again. A failure to write is told
in Dutch and asked again; 'terug' leaves the question.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.content.models import AroundMeetingTexts
from gesprekscoach.content.templates import fill
from gesprekscoach.plain.console import PlainIO

Write = Callable[[Path], Path]
"""Writes the file at this path (FileExistsError when it is there, OSError when it fails); returns the path."""


def write_new_text(path: Path, text: str) -> Path:
    """Write a UTF-8 text file that does not exist yet; FileExistsError when it does, OSError when it fails."""
    if path.exists():
        raise FileExistsError(str(path))
    atomic_write_bytes(path, text.encode("utf-8"))
    return path


def chosen_path(answer: str, proposed: Path, cwd: Path) -> Path:
    """The path the user means: Enter is `proposed`; relative is in `cwd`; a folder gets the proposed name."""
    path = Path(answer).expanduser() if answer.strip() else proposed
    if not path.is_absolute():
        path = cwd / path
    if path.is_dir():
        path = path / proposed.name
    return path


def save_new_file(io: PlainIO, texts: AroundMeetingTexts, proposed: Path, cwd: Path, write: Write) -> Path:
    """Ask where to save (Enter = `proposed`) and write there; asked again until it is written."""
    while True:
        io.say(texts.file_question)
        io.say(str(proposed), indent="  ")
        path = chosen_path(io.read_answer("> ").strip(), proposed, cwd)
        try:
            return write(path)
        except FileExistsError:
            io.say(" ".join(fill(texts.file_exists, bestand=str(path)).split()))
        except OSError as error:
            io.say(describe_os_error(error, path))
