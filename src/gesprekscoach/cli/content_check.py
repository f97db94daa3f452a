"""`gesprekscoach inhoud controleer [MAP]`: check a content folder and say what is wrong or worth a look.

The report (the conversations, the warnings, the templates, and every problem as
`file:line: what`) depends only on the bytes of the folder's files, on which templates the folder
has, and on the coach's code. So a report is kept in the private cache, keyed by a digest of
all of that (`content_files.content_cache_key` covers the content files and the loader's code;
the key here adds the templates and the code of the checks), and the next check of an
unchanged folder prints the same report without reading and validating every file again. Any
change to a file, however small, checks the folder again.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gesprekscoach.content.cache import key_hash
from gesprekscoach.content.content_files import cache_folder, content_cache_key, content_files

REPORT_CACHE = "inhoudscontrole"
"""The name of the cache file with the reports of earlier checks."""
REPORT_FORMAT = 1
MAX_REPORTS = 8
"""Reports of this many folders (or versions of one) are kept."""
MAX_REPORT_CACHE_BYTES = 4_000_000

Report = tuple[list[str], int]
"""The lines to print and the exit code."""


def cmd_content_check(args: argparse.Namespace) -> int:
    """Check a content folder: its problems (exit 2), else its conversations and what is worth a look (exit 0)."""
    from gesprekscoach.paths import default_content_dir

    directory = Path(args.directory or args.content or default_content_dir())
    key = _report_key(directory)
    report = _cached_report(key) if key is not None else None
    if report is None:
        report = content_report(directory)
        if key is not None:
            _remember_report(key, report)
    lines, code = report
    for line in lines:
        print(line)
    return code


def content_report(directory: Path) -> Report:
    """The lines `inhoud controleer` prints for this folder, and its exit code (2: problems)."""
    from gesprekscoach.content.loader import check_content, check_warnings
    from gesprekscoach.sheet.assets import template_report

    content, problems = check_content(directory)
    lines: list[str] = []
    if content is None:
        lines += [str(problem) for problem in problems]
        count = len(problems)
        lines.append(f"{count} {'fout' if count == 1 else 'fouten'} gevonden in {directory}.")
        return lines, 2
    for conv in content.conversations:
        lines.append(
            f"{conv.id:<14} {conv.name:<24} {len(conv.steps):>2} stappen, {len(conv.questions):>2} vragen, {conv.looks}"
        )
    lines += [f"Let op: {warning}" for warning in check_warnings(content, directory)]
    sheet_lines, sheet_problems = template_report(directory)
    lines += sheet_lines + sheet_problems
    if sheet_problems:
        count = len(sheet_problems)
        lines.append(f"{count} {'fout' if count == 1 else 'fouten'} gevonden in {directory}.")
        return lines, 2
    lines.append(f"De inhoud in {directory} is in orde.")
    return lines, 0


def _report_key(directory: Path) -> str | None:
    """A digest of everything the report depends on; None when the folder cannot be keyed (then it is checked)."""
    from gesprekscoach.sheet.assets import TEMPLATES, sheet_asset

    if not directory.is_dir():
        return None
    content_key = content_cache_key(content_files(directory))
    if content_key is None:
        return None  # a file is missing: the check says which
    digest = key_hash(f"{REPORT_FORMAT}|{directory}|{content_key}".encode())
    package = Path(__file__).resolve().parent.parent
    code = [
        *sorted((package / "content").glob("*.py")),
        package / "sheet" / "assets.py",
        Path(__file__).resolve(),
    ]
    try:
        for path in code:
            digest.update(path.read_bytes())
    except OSError:
        return None
    for name in TEMPLATES:
        path = sheet_asset(name, directory)
        digest.update(f"|{path}|{path.is_file()}".encode())
    return digest.hexdigest()[:40]


def _read_reports() -> dict[str, object]:
    from gesprekscoach.private_files import read_private

    folder = cache_folder()
    data = read_private(folder, f"{REPORT_CACHE}.json", MAX_REPORT_CACHE_BYTES) if folder is not None else None
    if data is None:
        return {}
    try:
        payload = json.loads(data)
    except (ValueError, RecursionError):
        return {}
    if not isinstance(payload, dict) or payload.get("format") != REPORT_FORMAT:
        return {}
    reports = payload.get("reports")
    return reports if isinstance(reports, dict) else {}


def _cached_report(key: str) -> Report | None:
    """The report kept under this key; None when there is none of the right shape."""
    found = _read_reports().get(key)
    if not isinstance(found, dict):
        return None
    lines, code = found.get("lines"), found.get("code")
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines) or code not in (0, 2):
        return None
    return [str(line) for line in lines], int(str(code))


def _remember_report(key: str, report: Report) -> None:
    """Keep the report for the next check; skipped when the cache cannot be written."""
    from gesprekscoach.atomic import atomic_write_bytes
    from gesprekscoach.paths import ensure_private_dir
    from gesprekscoach.private_files import folder_is_private

    folder = cache_folder()
    if folder is None:
        return
    others = [(name, value) for name, value in _read_reports().items() if name != key]
    kept = dict(others[-(MAX_REPORTS - 1) :])  # the newest, and room for this one
    kept[key] = {"lines": report[0], "code": report[1]}
    try:
        ensure_private_dir(folder)
        if not folder_is_private(folder):
            return
        payload = {"format": REPORT_FORMAT, "reports": kept}
        atomic_write_bytes(folder / f"{REPORT_CACHE}.json", json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    except (OSError, ValueError, TypeError):
        return
