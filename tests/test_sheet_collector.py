"""The cycle collector waits while a sheet is made, and always runs again afterwards.

A coach that left Python's collector off would slowly fill the memory; one that turned it on
for code that had turned it off would surprise that code.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.session import preparation_session
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.collector import cycle_collection_held, without_cycle_collection
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.json_data import to_data
from gesprekscoach.sheet.markdown import render_markdown
from gesprekscoach.store.models import Goal
from gesprekscoach.store.preparations import PreparationStore
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


def test_a_paper_is_made_without_a_collection_between_the_build_and_the_markdown(
    shipped_content: Content, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session holds the collector for the whole paper: the sheet of a big preparation is
    never walked by the collector between its build and its Markdown (it runs after)."""
    prep = example_preparation()
    prep.goals = [
        Goal(text=f"Ik rond voor 1 juli 2027 cursus {n} af", meetbaar=f"{n} modules", steps=["Inschrijven"])
        for n in range(300)
    ]
    session = PreparationSession(prep, shipped_content, PreparationStore(private_home))
    session.sheet_text(full=True)  # the SMART verdicts are remembered: what follows only builds and renders
    collections: list[int] = []
    when_rendered: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    def rendered(sheet: SheetDocument) -> str:
        text = render_markdown(sheet)
        when_rendered.append(len(collections))
        return text

    monkeypatch.setattr(preparation_session, "render_markdown", rendered)
    gc.collect()
    gc.callbacks.append(count)
    try:
        text = session.sheet_text(full=True)
    finally:
        gc.callbacks.remove(count)
    assert "cursus 299" in text
    assert when_rendered == [0]
    assert gc.isenabled()


def test_a_held_paper_nests_and_lets_the_collector_run_again_after() -> None:
    with cycle_collection_held():
        assert not gc.isenabled()
        with cycle_collection_held():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
