"""Issue 17 in the plain mode: the same session rules as the full screen."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.plain.app import MENU_AFTER, MENU_NEW, menu_labels
from gesprekscoach.session.cycle import start_preparation
from gesprekscoach.store.preparations import PreparationStore
from test_plain import TODAY, conversation_number
from test_plain_parts import flat, typed


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    home = tmp_path / "home"
    sheets = tmp_path / "bladen"
    sheets.mkdir()
    return home, sheets


def test_met_wie_starts_from_the_previous_conversation(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    start_preparation(store, shipped_content, "planning", TODAY - timedelta(days=60), "Anne de Vries")
    new = str(menu_labels(True).index(MENU_NEW) + 1)
    lines = [new, conversation_number(shipped_content, "functionering"), "23-11-2026", "", "", "stop"]
    output, store = typed(shipped_content, home, sheets, lines)
    assert "Met wie heb je het gesprek? Typ een naam. (Enter = Anne de Vries, of typ wis)" in flat(output)
    made = next(p for p in store.list().preparations if p.conversation == "functionering")
    assert made.with_whom == "Anne de Vries"


def test_after_the_meeting_before_its_day_asks_first(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    start_preparation(store, shipped_content, "functionering", TODAY + timedelta(days=5))
    after = str(menu_labels(True).index(MENU_AFTER) + 1)
    output, store = typed(shipped_content, home, sheets, [after, "", "n", "stop"])
    said = flat(output)
    assert "Je gesprek is pas op 27 november 2026. Wil je toch al invullen wat er na het gesprek gebeurde?" in said
    assert "Deel 2 van" not in said and store.list().preparations[0].after is None


def test_the_report_day_cannot_be_before_the_meeting(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    start_preparation(store, shipped_content, "functionering", TODAY - timedelta(days=3))  # 19 November
    after = str(menu_labels(True).index(MENU_AFTER) + 1)
    # the latest meeting; no advice; no agreements; how it went skipped; the report came: 15-11, then 20-11
    lines = [after, "", "", "klaar", "", "", "j", "15-11-2026", "20-11-2026", "stop"]
    output, store = typed(shipped_content, home, sheets, lines)
    assert "Het verslag kan niet eerder komen dan het gesprek. Kies 19 november 2026 of later." in flat(output)
    record = store.list().preparations[0].after
    assert record is not None and record.report_received_on == date(2026, 11, 20)
