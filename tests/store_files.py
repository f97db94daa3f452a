"""The preparation files of earlier schema versions kept in `tests/data`, for every test that opens them."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"

OLD_PREPARATION_FILES: list[tuple[str, str]] = [
    ("preparation-no-version.yaml", "2026-11-23-functionering"),
    ("preparation-v1.yaml", "2026-11-23-functionering"),
    ("preparation-v2.yaml", "2027-06-10-functionering"),
    ("preparation-v3.yaml", "2027-06-10-functionering"),
]
"""(file in `DATA`, the id of the preparation in it): one file of every schema version, oldest first."""
