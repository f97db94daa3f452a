"""Where the sheet's Typst templates are: layout assets next to the content.

They live in the `sheet/` folder of a content folder (`content/sheet/sheet.typ`, `letter.typ`,
`summary.typ`). A content pack that has no such file (the Flemish pack `content/vlaanderen/`,
or an HR department's own folder) uses the shipped one: a template is looked up in the active
content folder first, then in the shipped content. The sheet's Dutch words (`labels.yaml` in
the same folder) are content: the one content loader reads them (`Content.sheet_labels`).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from pathlib import Path

from gesprekscoach.content.content_files import LABELS_FILE, SHEET_FOLDER
from gesprekscoach.paths import default_content_dir, shipped_content_dir

__all__ = [
    "LABELS_FILE",
    "LETTER_TEMPLATE",
    "SHEET_FOLDER",
    "SHEET_TEMPLATE",
    "SUMMARY_TEMPLATE",
    "TEMPLATES",
    "sheet_asset",
    "template_report",
]

SHEET_TEMPLATE = "sheet.typ"
"""The Typst template of the preparation sheet."""

LETTER_TEMPLATE = "letter.typ"
"""The Typst template of the reaction letter."""

SUMMARY_TEMPLATE = "summary.typ"
"""The Typst template of the summary after the meeting."""

TEMPLATES: tuple[str, ...] = (SHEET_TEMPLATE, LETTER_TEMPLATE, SUMMARY_TEMPLATE)
"""Every template the coach prints with."""


def sheet_asset(name: str, content_dir: Path | None = None) -> Path:
    """The file `sheet/<name>` of the content folder, or the shipped one when the folder has none.

    `content_dir` defaults to the active content folder (`GESPREKSCOACH_CONTENT`, else the
    shipped one). The returned path may not exist when the shipped content lacks it too.
    """
    folder = Path(content_dir) if content_dir is not None else default_content_dir()
    own = folder / SHEET_FOLDER / name
    if own.is_file():
        return own
    return shipped_content_dir() / SHEET_FOLDER / name


def template_report(content_dir: Path | None = None) -> tuple[list[str], list[str]]:
    """For `content check`: (lines that say which template is used, problems in Dutch).

    A template the folder lacks falls back to the shipped one (a line says so); a problem is
    a template that is missing from the shipped content too.
    """
    folder = Path(content_dir) if content_dir is not None else default_content_dir()
    lines: list[str] = []
    problems: list[str] = []
    for name in (*TEMPLATES, LABELS_FILE):
        path = sheet_asset(name, folder)
        if not path.is_file():
            problems.append(f"{path}: dit bestand ontbreekt; zonder dit bestand kan de coach niet afdrukken")
        elif path.parent != folder / SHEET_FOLDER:
            lines.append(f"{SHEET_FOLDER}/{name}: niet in deze map, de coach gebruikt het meegeleverde bestand")
        else:
            lines.append(f"{SHEET_FOLDER}/{name}: aanwezig")
    return lines, problems
