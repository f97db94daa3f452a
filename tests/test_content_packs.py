"""The shipped content packs: the Dutch one and the Flemish one, chosen by name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gesprekscoach.content.loader import load_content
from gesprekscoach.paths import content_dir_for, default_content_dir, shipped_content_dir


def test_a_pack_is_found_by_its_name() -> None:
    assert content_dir_for("vlaanderen") == shipped_content_dir() / "vlaanderen"
    assert content_dir_for("Vlaanderen") == shipped_content_dir() / "vlaanderen"
    assert content_dir_for("nederland") == shipped_content_dir()


def test_a_folder_of_that_name_wins_over_the_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "vlaanderen").mkdir()
    monkeypatch.chdir(tmp_path)
    assert content_dir_for("vlaanderen") == Path("vlaanderen")
    assert content_dir_for(tmp_path / "elders") == tmp_path / "elders"


def test_the_environment_variable_takes_a_pack_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GESPREKSCOACH_CONTENT", "vlaanderen")
    assert default_content_dir() == shipped_content_dir() / "vlaanderen"


def test_the_flemish_pack_has_the_flemish_conversations() -> None:
    content = load_content(content_dir_for("vlaanderen"), use_cache=False)
    names = {conversation.name for conversation in content.conversations}
    assert "evaluatiegesprek" in names
    assert "beoordelingsgesprek" not in names


def test_content_vlaanderen_on_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "content", "check", "vlaanderen"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "evaluatiegesprek" in result.stdout
    assert "in orde" in result.stdout
