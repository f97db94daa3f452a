"""The home screen is drawn and listed without the content's models; they are built when needed.

A start from checked content in the cache (`ContentSource.cached`, as `gesprekscoach` starts when
nothing changed) shows the conversation types, the earlier preparations and the wins log; the
models are built in a worker when the user starts a preparation, and the rest works as before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from textual.widgets import OptionList

from gesprekscoach.content.loader import load_content
from gesprekscoach.content.source import ContentSource
from gesprekscoach.session.cycle import start_preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.settings import UserSettings, save_settings
from gesprekscoach.store.wins_log import WinsLogStore
from gesprekscoach.tui.app import GesprekscoachApp
from tui_helpers import TODAY, conversation_screen, run_async, screen_text, settle
from tui_helpers import start_preparation as start_by_keys


def _cached_source() -> ContentSource:
    load_content()  # checks the shipped content and fills the cache, as an earlier start did
    source = ContentSource.cached(None)
    assert source is not None and not source.loaded
    return source


def _app(source: ContentSource, home: Path, cwd: Path) -> GesprekscoachApp:
    return GesprekscoachApp(content=source, store=PreparationStore(home), today=TODAY, cwd=cwd)


@run_async
async def test_the_home_screen_lists_everything_without_building_the_models(
    folders: tuple[Path, Path],
) -> None:
    home, sheets = folders
    content = load_content()
    store = PreparationStore(home)
    start_preparation(store, content, "functionering", date(2026, 12, 3), "Sanne")
    WinsLogStore(home).add("Presentatie voor het team gegeven", now=datetime(2026, 11, 20, 10).astimezone())
    store.summaries()  # an earlier start listed these files
    WinsLogStore(home).summary()
    source = _cached_source()
    app = _app(source, home, sheets)
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
        assert "Functioneringsgesprek" in text and "kijkt terug en vooruit" in text  # the types, from the cache
        assert "met Sanne" in text  # the earlier preparation
        assert "Presentatie voor het team gegeven" in text  # the wins log
        preparations = app.screen.query_one("#preparations", OptionList)
        assert preparations.option_count == 1
        assert not source.loaded  # nothing on the home screen needed the models


@run_async
async def test_starting_a_preparation_builds_the_models_and_opens_it(folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    source = _cached_source()
    app = _app(source, home, sheets)
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        assert not source.loaded
        await start_by_keys(pilot, "pop", with_whom="Joost")
        assert source.loaded
        assert conversation_screen(pilot).session.prep.with_whom == "Joost"


@run_async
async def test_the_report_reminder_still_shows(folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    content = load_content()
    store = PreparationStore(home)
    start_preparation(store, content, "functionering", date(2026, 10, 1), "Sanne")
    source = _cached_source()
    app = _app(source, home, sheets)
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        assert "Kreeg je het verslag al?" in screen_text(pilot)
        assert source.loaded  # the reminder's words are content: built in the listing's worker


FIRST_PAINT = """
import asyncio, sys
from datetime import date
from pathlib import Path
from gesprekscoach.content.source import ContentSource
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.app import GesprekscoachApp
from textual.widgets import OptionList

async def main() -> None:
    source = ContentSource.cached(None)
    assert source is not None
    app = GesprekscoachApp(content=source, store=PreparationStore(), today=date(2026, 11, 22), cwd=Path(sys.argv[1]))
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        listed = app.screen.query_one("#preparations", OptionList).option_count
        heavy = ("textual.widgets._text_area", "pydantic", "yaml")
        print(listed, ",".join(name for name in heavy if name in sys.modules) or "-")

asyncio.run(main())
"""


def test_a_returning_users_home_screen_loads_no_text_area_pydantic_or_yaml(folders: tuple[Path, Path]) -> None:
    """The settings, the list and the content come from what earlier starts checked; the footer's
    keys are decided without importing the text area of the answer fields."""
    home, sheets = folders
    content = load_content()
    save_settings(UserSettings(name="Sanne de Vries", function="Verpleegkundige", asked=True))
    start_preparation(PreparationStore(home), content, "functionering", date(2026, 12, 3), "Sanne")
    env = {**os.environ, "GESPREKSCOACH_HOME": str(home)}
    runs = [
        subprocess.run([sys.executable, "-c", FIRST_PAINT, str(sheets)], capture_output=True, text=True, env=env)
        for _ in range(2)  # the first start after the changes checks them and fills the caches
    ]
    assert all(run.returncode == 0 for run in runs), runs[-1].stderr
    assert runs[-1].stdout.split() == ["1", "-"]  # the preparation is listed; nothing heavy was loaded
