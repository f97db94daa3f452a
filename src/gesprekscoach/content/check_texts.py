"""The Dutch texts the SMART check and the feedback check show (content/checks.yaml).

Reasons, hints, explanations and the few labels of `gesprekscoach smart` and
`gesprekscoach feedback` live in YAML, not in Python, so they can be rewritten
without touching code. `CheckTexts` is strict (unknown keys are errors) and checks
that every `{placeholder}` in a text is one the code fills in.

Plain Python (pydantic and PyYAML only); never imports Textual.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from gesprekscoach.content.models import (
    CHECK_PLACEHOLDERS,
    CheckTexts,
)
from gesprekscoach.paths import default_content_dir, shipped_content_dir

try:  # the C loader is much faster; both are safe loaders
    _SafeLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _SafeLoader = yaml.SafeLoader

CHECKS_FILE = "checks.yaml"
"""The file name of the check texts inside a content folder."""

PLACEHOLDERS = CHECK_PLACEHOLDERS
"""Every placeholder a check text may use; the code fills in the ones that fit."""


class CheckTextsError(Exception):
    """checks.yaml is missing or wrong; the message says where and what, in Dutch."""


class _FillDict(dict[str, str]):
    """A format mapping that leaves unknown placeholders as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, **values: str) -> str:
    """Fill the `{placeholders}` of a check text; unknown ones stay as they are."""
    return template.format_map(_FillDict(values))


def _describe(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(bovenaan)"


def parse_check_texts(data: Any, source: str = CHECKS_FILE) -> CheckTexts:
    """Validate already-parsed YAML data as check texts (CheckTextsError when wrong)."""
    try:
        return CheckTexts.model_validate(data)
    except ValidationError as error:
        lines = [f"{source}: {_describe(e['loc'])}: {e['msg']}" for e in error.errors()]
        raise CheckTextsError("\n".join(lines)) from None


def load_check_texts(directory: Path | None = None) -> CheckTexts:
    """Read and check checks.yaml from a content folder (default: the content in use).

    When the folder has no checks.yaml (for example an HR department's own content
    that only changes the conversations), the shipped one is used.
    Raises CheckTextsError with a Dutch message when the file cannot be read or is wrong.
    """
    folder = directory if directory is not None else default_content_dir()
    path = folder / CHECKS_FILE
    if not path.is_file():
        path = shipped_content_dir() / CHECKS_FILE
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CheckTextsError(f"{path}: kan het bestand niet lezen ({error.strerror}).") from None
    try:
        data = yaml.load(raw, Loader=_SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise CheckTextsError(f"{where}: dit is geen geldige YAML.") from None
    return parse_check_texts(data, str(path))


@lru_cache(maxsize=1)
def default_check_texts() -> CheckTexts:
    """The check texts of the shipped content, read once."""
    return load_check_texts(shipped_content_dir())
