"""The region a command reads from the settings without the model gives the model's answer for every file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gesprekscoach.store.settings import SETTINGS_FILE, load_settings_or_default
from gesprekscoach.store.settings_file import pack_content_dir, settings_pack

DATA = Path(__file__).parent / "data"

FILES = [
    "pack: vlaanderen\n",
    "pack: ' Vlaanderen '\n",
    "pack: wallonie\n",
    "pack: 3\n",
    "name: Sam\npack: vlaanderen\nnieuw_veld: [1, 2]\n",
    "schema_version: 1\nasked: true\ndocuments_folder: null\npack: vlaanderen\n",
    "schema_version: '1'\npack: vlaanderen\n",  # a text for a number: the model decides (it accepts it)
    "schema_version: true\npack: vlaanderen\n",
    "schema_version: 1.5\npack: vlaanderen\n",  # the model rejects the file: the default region
    "name: [Sam]\npack: vlaanderen\n",
    "asked: ja\npack: vlaanderen\n",
    "asked: 1\npack: vlaanderen\n",
    "1: een\npack: vlaanderen\n",
    "name: [\n",
    "- een\n- lijst\n",
    "",
]


@pytest.mark.parametrize("text", FILES)
def test_the_region_is_the_models_region(private_home: Path, text: str) -> None:
    (private_home / SETTINGS_FILE).write_text(text, encoding="utf-8")
    assert settings_pack() == load_settings_or_default().pack


def test_an_old_settings_file_chooses_the_default_region(private_home: Path) -> None:
    shutil.copy(DATA / "settings-v1.yaml", private_home / SETTINGS_FILE)
    assert settings_pack() == load_settings_or_default().pack == "nederland"
    assert pack_content_dir() is None


def test_the_flemish_region_chooses_its_content(private_home: Path) -> None:
    (private_home / SETTINGS_FILE).write_text("name: Sam\npack: vlaanderen\n", encoding="utf-8")
    chosen = pack_content_dir()
    assert chosen is not None and chosen.name == "vlaanderen"


def test_reading_the_region_never_imports_pydantic(private_home: Path) -> None:
    (private_home / SETTINGS_FILE).write_text("name: Sam\npack: vlaanderen\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from gesprekscoach.store.settings_file import pack_content_dir\n"
        "assert pack_content_dir() is not None\n"
        "print('pydantic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
