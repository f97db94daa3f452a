"""A sheet document as plain JSON data, for the Typst templates.

Every dataclass becomes an object with its fields and a `"type"` (the class name, so a template
can tell the blocks apart); enums become their value, dates ISO text, a `Text` a list of
paragraphs (each a list of lines). No text is escaped or changed: the template shows strings
as text, so nothing in them can act as markup.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import json
from datetime import date
from enum import Enum
from typing import Any

from gesprekscoach.records import Record
from gesprekscoach.sheet.collector import without_cycle_collection
from gesprekscoach.sheet.plain_text import Text

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
"""The field names of each dataclass met so far (asked once per class, not once per object)."""


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        import dataclasses  # only dataclasses come here (the letter, the summary): their modules imported it

        names = _FIELD_NAMES[cls] = tuple(field.name for field in dataclasses.fields(cls))
    return names


@without_cycle_collection
def to_data(value: object) -> Any:
    """`value` (a document, a block, a tuple of them, text, …) as JSON-ready data."""
    return _data(value)


@without_cycle_collection
def to_json(value: object) -> str:
    """`value` as the JSON text a Typst template reads: the same data as `to_data`, written out.

    The encoder asks `_one_level` for each value it does not know (a record, a text, an enum, a
    date) and goes on inside what it gets, so the whole tree of plain data is never built: for a
    big sheet that tree is tens of thousands of objects, made and dropped again at once. Runs
    with the cycle collector held back (`collector.py`), like the rest of the sheet.
    """
    return json.dumps(value, ensure_ascii=False, default=_one_level)


def _one_level(value: object) -> Any:
    """What the JSON encoder writes for `value`, one level deep (as `_data` gives it, without going inside)."""
    if isinstance(value, Text):
        return value.paragraphs
    if isinstance(value, Record):
        return _fields(type(value).__name__, value, value.__record_fields__)
    if hasattr(type(value), "__dataclass_fields__") and not isinstance(value, type):
        return _fields(type(value).__name__, value, _field_names(type(value)))
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot turn {type(value).__name__} into JSON data")


def _fields(name: str, value: object, fields: tuple[str, ...]) -> dict[str, Any]:
    """A record or dataclass as a JSON object, its fields as they are: its type, then its fields."""
    data: dict[str, Any] = {"type": name}
    for field in fields:
        data[field] = getattr(value, field)
    return data


def _data(value: object) -> Any:
    """`value` as plain data, all the way down: what `_one_level` gives, level by level."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (tuple, list)):
        return [_data(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _data(item) for key, item in value.items()}
    return _data(_one_level(value))
