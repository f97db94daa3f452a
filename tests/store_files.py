"""The preparation files of earlier schema versions kept in `tests/data`, for every test that opens them;
and a counter of the files the store validates."""

from __future__ import annotations

from pathlib import Path

import pytest

from gesprekscoach.store import preparations as store_module

DATA = Path(__file__).parent / "data"

OLD_PREPARATION_FILES: list[tuple[str, str]] = [
    ("preparation-no-version.yaml", "2026-11-23-functionering"),
    ("preparation-v1.yaml", "2026-11-23-functionering"),
    ("preparation-v2.yaml", "2027-06-10-functionering"),
    ("preparation-v3.yaml", "2027-06-10-functionering"),
]
"""(file in `DATA`, the id of the preparation in it): one file of every schema version, oldest first."""


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the preparation files the store parses and validates from now on (in this test)."""
    calls: list[str] = []
    real = store_module.parse_preparation

    def counted(text: str | bytes, prep_id: str, path: Path | None = None) -> object:
        calls.append(prep_id)
        return real(text, prep_id, path)

    monkeypatch.setattr(store_module, "parse_preparation", counted)
    return calls
