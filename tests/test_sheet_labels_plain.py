"""The sheet's words (`SheetLabels`) can be built from the cached content without pydantic, as strictly.

`sheet_labels.py` makes its models as `check_models.py` does: the loader validates them with
pydantic as part of `Content`, and `from_plain` builds them from the cached plain data of checked
content, checking every rule again. Data that breaks a rule is never used (`PlainDataError`).
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from gesprekscoach.content.check_models import PlainDataError, from_plain
from gesprekscoach.content.content_files import checked_content_data
from gesprekscoach.content.loader import load_content
from gesprekscoach.content.sheet_labels import SheetLabels
from gesprekscoach.content.validation import validate_data
from gesprekscoach.paths import SHIPPED_PACKS, content_dir_for


def test_the_labels_are_built_from_the_cache_without_pydantic(private_home: Path) -> None:
    content = load_content(content_dir_for("nederland"))  # checked, and kept in the cache
    code = (
        "import json, sys\n"
        "from gesprekscoach.content.sheet_labels import SheetLabels\n"
        "from gesprekscoach.content.check_models import from_plain\n"
        "from gesprekscoach.content.content_files import checked_content_data\n"
        "from gesprekscoach.paths import content_dir_for\n"
        "data = checked_content_data(content_dir_for('nederland'))\n"
        "labels = from_plain(SheetLabels, data['sheet_labels'])\n"
        "assert isinstance(labels.agreement_columns, tuple)\n"
        "print(json.dumps({'pydantic': 'pydantic' in sys.modules, 'agenda': labels.headings.agenda,"
        " 'labels': labels.to_plain()}))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["pydantic"] is False
    assert result["agenda"] == content.sheet_labels.headings.agenda
    assert from_plain(SheetLabels, result["labels"]) == content.sheet_labels


@pytest.mark.parametrize("pack", sorted(SHIPPED_PACKS))
def test_the_labels_from_plain_data_are_the_loaders(private_home: Path, pack: str) -> None:
    root = content_dir_for(pack)
    labels = load_content(root).sheet_labels
    cached = checked_content_data(root)
    assert cached is not None
    from_cache = from_plain(SheetLabels, cached["sheet_labels"])
    assert from_cache == labels
    assert from_plain(SheetLabels, labels.to_plain()) == labels
    # the callers' ways in stay the same
    assert from_cache.goal.smart_fields["tijdgebonden"] == labels.goal.smart_fields["tijdgebonden"]
    assert from_cache.headings.agenda == labels.headings.agenda
    assert isinstance(from_cache.agreement_columns, tuple) and len(from_cache.agreement_columns) == 3
    assert from_cache.agreement_columns == labels.agreement_columns
    # a changed word is another set of labels
    changed = labels.to_plain()
    changed["headings"]["agenda"] = "Iets anders"
    assert from_plain(SheetLabels, changed) != labels


@pytest.fixture(scope="module")
def plain_labels() -> dict[str, Any]:
    """The shipped labels as the cache holds them (JSON)."""
    return json.loads(json.dumps(load_content(content_dir_for("nederland"), use_cache=False).sheet_labels.to_plain()))


BROKEN: dict[str, Callable[[dict[str, Any]], object]] = {
    "a missing key": lambda data: data.pop("title"),
    "a missing nested key": lambda data: data["headings"].pop("agenda"),
    "an extra key": lambda data: data.update(onbekend="x"),
    "an extra nested key": lambda data: data["summary"].update(onbekend="x"),
    "an empty label": lambda data: data.update(title=""),
    "a label validation would strip": lambda data: data.update(title=" Voorbereiding"),
    "a label of 301 characters": lambda data: data.update(title="a" * 301),
    "a number for a label": lambda data: data.update(title=3),
    "4 in_room_reminders": lambda data: data.update(in_room_reminders=["a", "b", "c", "d"]),
    "2 agreement_columns": lambda data: data.update(agreement_columns=["Wat", "Wie"]),
    "4 agreement_columns": lambda data: data.update(agreement_columns=["Wat", "Wie", "Wanneer", "Waar"]),
    "agreement_columns as a text": lambda data: data.update(agreement_columns="Wat"),
    "a bad placeholder in goal.untitled": lambda data: data["goal"].update(untitled="Doel {naam}"),
    "carry_over.source without {bron}": lambda data: data["carry_over"].update(source="Uit het gesprek"),
    "a bad placeholder in previous_text": lambda data: data.update(previous_text="{naam} van {datum}"),
    "a missing SMART letter in goal.smart_fields": lambda data: data["goal"]["smart_fields"].pop("meetbaar"),
    "a missing SMART letter in goal.open_questions": lambda data: data["goal"]["open_questions"].pop("specifiek"),
    "an unknown SMART letter": lambda data: data["goal"]["smart_fields"].update(x="X"),
    "an unknown kind of carried-over item": lambda data: data["carry_over"]["kinds"].update(taak="Taak"),
    "a step id with capitals": lambda data: data.update(manager_question_steps=["Verwachte-vragen"]),
    "a step id with a newline": lambda data: data.update(manager_question_steps=["verwachte-vragen\n"]),
    "no fields for a group": lambda data: data.update(headings=["Agenda"]),
}


@pytest.mark.parametrize("change", BROKEN.values(), ids=BROKEN.keys())
def test_from_plain_rejects_labels_that_break_a_rule(
    plain_labels: dict[str, Any], change: Callable[[dict[str, Any]], object]
) -> None:
    assert from_plain(SheetLabels, plain_labels) is not None  # the unchanged data is fine
    data = copy.deepcopy(plain_labels)
    change(data)
    with pytest.raises(PlainDataError):
        from_plain(SheetLabels, data)


@pytest.mark.parametrize(
    "change", [change for name, change in BROKEN.items() if name != "a label validation would strip"]
)
def test_the_loader_rejects_them_too(plain_labels: dict[str, Any], change: Callable[[dict[str, Any]], object]) -> None:
    """One rule, two ways in: what `from_plain` rejects, validation rejects (but white space it strips)."""
    data = copy.deepcopy(plain_labels)
    change(data)
    with pytest.raises(ValidationError):
        validate_data(data, SheetLabels)


def test_from_plain_gives_a_step_list_of_its_own_when_it_is_left_out(plain_labels: dict[str, Any]) -> None:
    data = {key: value for key, value in plain_labels.items() if key != "manager_question_steps"}
    first, second = from_plain(SheetLabels, data), from_plain(SheetLabels, data)
    assert first.manager_question_steps == [] and first.manager_question_steps is not second.manager_question_steps
