"""Shared test fixtures: no test ever touches the user's real home or content settings.

The TUI tests share `folders`, `content` and `open_step`: `open_step` writes a preparation
through the store, starts the coach with it and opens the conversation screen at a step,
so a test starts where it tests instead of walking the new-preparation dialog.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from textual.pilot import Pilot

    from gesprekscoach.content.models import Content
    from gesprekscoach.store.models import Preparation
    from gesprekscoach.tui.app import GesprekscoachApp

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point GESPREKSCOACH_HOME at a fresh temp folder and drop any content override."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GESPREKSCOACH_HOME", str(home))
    monkeypatch.delenv("GESPREKSCOACH_CONTENT", raising=False)
    return home


@pytest.fixture(scope="session")
def shipped_content():
    """The shipped content, loaded and checked once per test session."""
    from gesprekscoach.content.loader import load_content

    return load_content()


@pytest.fixture
def content(shipped_content: Content) -> Content:
    """The shipped content (the real conversations)."""
    return shipped_content


@pytest.fixture
def folders(private_home: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The data home (the same one `gesprekscoach log` uses, empty) and an empty folder for sheets."""
    sheets = tmp_path / "bladen"
    sheets.mkdir()
    return private_home, sheets


@pytest.fixture
def make_coach(shipped_content: Content, folders: tuple[Path, Path]) -> Callable[..., GesprekscoachApp]:
    """Builds the coach on the test's folders: `make_coach()` or `make_coach(today=..., cwd=...)`."""
    from tui_helpers import TODAY, make_app

    home, sheets = folders

    def build(*, today: date = TODAY, cwd: Path | None = None) -> GesprekscoachApp:
        return make_app(shipped_content, home, cwd if cwd is not None else sheets, today)

    return build


@dataclass
class StepOpener:
    """Seeds preparations in the test's store and opens the coach at a step of one (see `open_step`)."""

    content: Content
    home: Path
    sheets: Path

    def app(self, *, today: date | None = None, cwd: Path | None = None) -> GesprekscoachApp:
        """The coach on these folders (for a test that changes the app before it runs)."""
        from tui_helpers import TODAY, make_app

        return make_app(self.content, self.home, cwd if cwd is not None else self.sheets, today or TODAY)

    def seed(
        self,
        conversation: str,
        *,
        meeting_date: date | None = None,
        with_whom: str = "",
        fill: Callable[[Preparation], None] | None = None,
    ) -> Preparation:
        """Create a preparation through the store (the day after the tests' today by default), filled by `fill`."""
        from gesprekscoach.session.cycle import start_preparation
        from gesprekscoach.store.preparations import PreparationStore
        from tui_helpers import TOMORROW

        store = PreparationStore(self.home)
        prep = start_preparation(store, self.content, conversation, meeting_date or TOMORROW, with_whom)
        if fill is not None:
            fill(prep)
            store.save(prep)
        return prep

    @asynccontextmanager
    async def __call__(
        self,
        prep: Preparation | str,
        step_id: str,
        *,
        today: date | None = None,
        cwd: Path | None = None,
        size: tuple[int, int] | None = None,
        app: GesprekscoachApp | None = None,
    ) -> AsyncIterator[Pilot]:
        """Start the coach (or `app`) and open `prep` (or a new preparation of that conversation type) at `step_id`."""
        from gesprekscoach.session.opening import open_preparation
        from gesprekscoach.tui.screens.conversation import ConversationScreen
        from tui_helpers import SIZE, settle, shown_step_id

        if isinstance(prep, str):
            prep = self.seed(prep)
        conversation = self.content.conversation(prep.conversation)
        index = [step.id for step in conversation.steps].index(step_id)
        if app is None:
            app = self.app(today=today, cwd=cwd)
        async with app.run_test(size=size or SIZE) as pilot:
            await settle(pilot)
            store = app.context.store
            opened = open_preparation(store, self.content, store.load(prep.id), clock=app.context.clock)
            await app.push_screen(ConversationScreen(app.context, conversation, opened, step=index))
            await settle(pilot)
            assert shown_step_id(pilot) == step_id
            yield pilot


@pytest.fixture
def open_step(shipped_content: Content, folders: tuple[Path, Path]) -> StepOpener:
    """Open the coach at a step of a seeded preparation::

    async with open_step("functionering", "doelen") as pilot: ...
    prep = open_step.seed("planning", fill=lambda p: ...)
    async with open_step(prep, "agenda") as pilot: ...
    """
    home, sheets = folders
    return StepOpener(shipped_content, home, sheets)


from pdf_helpers import offline  # noqa: E402,F401  (a fixture: no browser on PATH, no sockets)
