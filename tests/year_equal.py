"""The same year in both front ends saves the same files (issue 10): the plain-mode half and the comparison.

The full-screen year test (`tests/test_tui_cycle.py`) drives `year_journey.YEAR` by keyboard; at its
end it runs the same year through the plain mode (the stages of `tests/test_plain_year.py`) in a data
home of its own and calls `assert_same_files`: every saved preparation, the wins log, the sheets
and the reaction letter must be equal. Only what must differ is left out: when a file was written
(`created_at`, `updated_at`, the revision, `after.recorded_at`) and the folder the files went to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from gesprekscoach.content.models import Content
from gesprekscoach.store.wins_log import WinsLogStore
from test_plain_year import run_logging, run_stage
from year_journey import YEAR, AfterMeeting, Logging, Preparing

WRITTEN_WHEN = {"created_at", "updated_at", "revision"}
"""Fields that say when a file was written: they differ between any two runs (so does `after.recorded_at`)."""


def saved_preparations(home: Path, sheets: Path) -> dict[str, Any]:
    """Each saved preparation as plain data, by conversation, without when it was written; folders as `<bladen>`."""
    result: dict[str, Any] = {}
    for path in sorted((home / "voorbereidingen").glob("*.yaml")):
        text = path.read_text(encoding="utf-8").replace(str(sheets), "<bladen>")
        data = yaml.safe_load(text)
        for key in WRITTEN_WHEN:
            data.pop(key, None)
        if data.get("after"):
            data["after"].pop("recorded_at", None)  # when the record was last changed
        result[data["conversation"]] = data
    return result


def saved_wins(home: Path) -> list[tuple[str, str | None, bool, str]]:
    """The wins log: text, goal, private and the moment of each entry on the user's clock.

    The moment is compared as the clock showed it: the command line of the full-screen journey
    runs in the machine's time zone, the plain journey's clock in the Netherlands'.
    """
    return [
        (entry.text, entry.goal, entry.private, entry.at.replace(tzinfo=None).isoformat())
        for entry in WinsLogStore(home).load().entries
    ]


def saved_papers(sheets: Path) -> dict[str, str]:
    """The sheets and the letter the user saved, by file name."""
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(sheets.iterdir()) if path.is_file()}


def run_plain_year(content: Content, home: Path, sheets: Path) -> None:
    """The whole year of `YEAR`, typed line by line in the plain mode."""
    sheets.mkdir(parents=True, exist_ok=True)
    for stage in YEAR:
        if isinstance(stage, Logging):
            run_logging(content, home, sheets, stage)
        else:
            assert isinstance(stage, Preparing | AfterMeeting)
            run_stage(content, home, sheets, stage)


def differences(tui: Any, plain: Any, path: str = "") -> list[str]:
    """Where two saved values differ, as 'path: full screen … | plain mode …' lines (for the failure message)."""
    if isinstance(tui, dict) and isinstance(plain, dict):
        found: list[str] = []
        for key in sorted(set(tui) | set(plain), key=str):
            found += differences(tui.get(key, "<ontbreekt>"), plain.get(key, "<ontbreekt>"), f"{path}/{key}")
        return found
    if isinstance(tui, list) and isinstance(plain, list) and len(tui) == len(plain):
        return [
            line
            for index, pair in enumerate(zip(tui, plain, strict=True))
            for line in differences(*pair, f"{path}[{index}]")
        ]
    return [] if tui == plain else [f"{path}: full screen {tui!r} | plain mode {plain!r}"]


def assert_same_files(tui: tuple[Path, Path], plain: tuple[Path, Path]) -> None:
    """The preparations, the wins log and the papers of both runs are equal (`tui`, `plain`: home and sheets)."""
    tui_preparations, plain_preparations = saved_preparations(*tui), saved_preparations(*plain)
    assert sorted(tui_preparations) == sorted(plain_preparations) == ["beoordeling", "functionering", "planning"]
    for conversation, saved in tui_preparations.items():
        assert saved == plain_preparations[conversation], "\n".join(
            [conversation, *differences(saved, plain_preparations[conversation])]
        )
    assert saved_wins(tui[0]) == saved_wins(plain[0])
    assert saved_papers(tui[1]) == saved_papers(plain[1])
