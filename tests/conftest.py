"""Shared test fixtures: no test ever touches the user's real home or content settings."""

from __future__ import annotations

from pathlib import Path

import pytest

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


from pdf_helpers import offline  # noqa: E402,F401  (a fixture: no browser on PATH, no sockets)
