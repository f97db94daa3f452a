"""The region a command reads from the settings without the model gives the model's answer for every file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gesprekscoach.store.settings import SETTINGS_FILE, load_settings_or_default
from gesprekscoach.store.settings_file import (
    FIELDS_CACHE,
    SettingsError,
    pack_content_dir,
    read_settings_data,
    settings_pack,
    settings_person,
)

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


@pytest.mark.parametrize("text", [*FILES, "name: Sam de Vries\nfunction: ' verpleegkundige '\n", "function: 12\n"])
def test_the_name_and_function_are_the_models(private_home: Path, text: str) -> None:
    (private_home / SETTINGS_FILE).write_text(text, encoding="utf-8")
    settings = load_settings_or_default()
    assert settings_person() == (settings.name, settings.function)
    assert settings_person() == (settings.name, settings.function)  # the second read, from the cache


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


@pytest.mark.parametrize("text", FILES)
def test_a_second_read_gives_what_the_first_read_gave(private_home: Path, text: str) -> None:
    """The first read parses the file; the second may come from the cache, and is the same."""
    (private_home / SETTINGS_FILE).write_text(text, encoding="utf-8")
    try:
        first = read_settings_data()
    except SettingsError as error:
        with pytest.raises(SettingsError) as again:
            read_settings_data()
        assert str(again.value) == str(error)
        return
    assert read_settings_data() == first
    assert settings_pack() == load_settings_or_default().pack


def _reads_yaml(home: Path) -> tuple[str, bool]:
    code = (
        "import sys\n"
        "from gesprekscoach.store.settings_file import read_settings_data\n"
        "print(read_settings_data()['name'], 'yaml' in sys.modules)\n"
    )
    env = {**os.environ, "GESPREKSCOACH_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    name, imported = result.stdout.split()
    return name, imported == "True"


def test_unchanged_settings_are_read_without_yaml_and_a_changed_byte_is_read_again(private_home: Path) -> None:
    settings = private_home / SETTINGS_FILE
    settings.write_text("schema_version: 1\nname: Sam\nasked: true\npack: vlaanderen\n", encoding="utf-8")
    assert _reads_yaml(private_home) == ("Sam", True)  # new bytes: PyYAML reads them
    assert _reads_yaml(private_home) == ("Sam", False)  # the same bytes: from the cache
    settings.write_text("schema_version: 1\nname: Sem\nasked: true\npack: vlaanderen\n", encoding="utf-8")
    assert _reads_yaml(private_home) == ("Sem", True)
    assert _reads_yaml(private_home) == ("Sem", False)


def test_a_cache_of_another_shape_is_not_used(private_home: Path) -> None:
    (private_home / SETTINGS_FILE).write_text("name: Sam\npack: vlaanderen\n", encoding="utf-8")
    assert read_settings_data() == {"name": "Sam", "pack": "vlaanderen"}
    (cached,) = (private_home / "cache").glob(f"{FIELDS_CACHE}-*.json")
    payload = json.loads(cached.read_text(encoding="utf-8"))
    for planted in ({"name": 1.5}, ["a list"], {}, {"name": {"deep": [1, 2.5]}}):
        cached.write_text(json.dumps({**payload, "data": planted}), encoding="utf-8")
        assert read_settings_data() == {"name": "Sam", "pack": "vlaanderen"}, planted
    cached.write_text("{not json", encoding="utf-8")
    assert read_settings_data() == {"name": "Sam", "pack": "vlaanderen"}


def test_fields_json_would_change_are_never_cached(private_home: Path) -> None:
    (private_home / SETTINGS_FILE).write_text("name: Sam\nwhen: 2026-11-30\nscore: 1.5\n", encoding="utf-8")
    first = read_settings_data()
    assert first is not None and str(first["when"]) == "2026-11-30"
    assert read_settings_data() == first
    assert not list((private_home / "cache").glob(f"{FIELDS_CACHE}-*.json"))
