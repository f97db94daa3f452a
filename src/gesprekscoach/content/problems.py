"""What is wrong in a content folder: one `Problem` per thing, each with its file and line.

Plain Python: this module never imports Textual.
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
from pathlib import Path
from typing import NamedTuple


class Problem(NamedTuple):
    """One thing wrong in the content: where, and what, in Dutch."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message}"


class ContentError(Exception):
    """The content folder has problems; `problems` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
