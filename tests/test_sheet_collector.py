"""The cycle collector waits while a sheet is made, and always runs again afterwards.

A coach that left Python's collector off would slowly fill the memory; one that turned it on
for code that had turned it off would surprise that code.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.collector import without_cycle_collection
from gesprekscoach.sheet.json_data import to_data
from gesprekscoach.sheet.markdown import render_markdown
from sheet_fixtures import TODAY, example_preparation


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


def test_the_collector_waits_during_a_sheet_and_runs_again_after(shipped_content: Content) -> None:
    seen: list[bool] = []
    sheet = build_sheet(example_preparation(), shipped_content, today=TODAY, full=True)
    assert gc.isenabled()
    assert render_markdown(sheet) and to_data(sheet)
    assert gc.isenabled()

    @without_cycle_collection
    def look() -> None:
        seen.append(gc.isenabled())

    look()
    assert seen == [False] and gc.isenabled()


def test_the_collector_runs_again_after_a_failure_and_stays_off_when_it_was_off() -> None:
    @without_cycle_collection
    def fail() -> None:
        raise ValueError("kapot")

    with pytest.raises(ValueError):
        fail()
    assert gc.isenabled()
    gc.disable()
    try:
        with pytest.raises(ValueError):
            fail()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_waits_until_the_last_of_two_threads_is_done() -> None:
    first_inside, release = threading.Event(), threading.Event()
    states: list[bool] = []

    @without_cycle_collection
    def slow() -> None:
        first_inside.set()
        release.wait(5)

    @without_cycle_collection
    def quick() -> None:
        states.append(gc.isenabled())

    worker = threading.Thread(target=slow)
    worker.start()
    assert first_inside.wait(5)
    quick()
    states.append(gc.isenabled())  # the slow one is still busy
    release.set()
    worker.join(5)
    assert states == [False, False] and gc.isenabled()
