"""The small read-only records of the sheet document (`gesprekscoach.records`)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gesprekscoach.records import FrozenRecordError, Record, is_record, record, record_fields, replace


@record
class Point(Record):
    """A record with a required field and defaults."""

    x: int
    y: int = 0
    label: str = ""


@record
class Other(Record):
    """A record of another class with the same fields."""

    x: int
    y: int = 0
    label: str = ""


def test_fields_by_position_and_keyword_with_defaults() -> None:
    assert Point(1) == Point(x=1, y=0, label="")
    assert Point(1, 2, "a") == Point(1, label="a", y=2)
    assert record_fields(Point) == ("x", "y", "label") == Point.__match_args__
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Point(1, z=3)  # type: ignore[call-arg]


def test_equal_by_value_only_within_one_class() -> None:
    assert Point(1, 2) == Point(1, 2) and hash(Point(1, 2)) == hash(Point(1, 2))
    assert Point(1, 2) != Point(1, 3)
    assert Point(1, 2) != Other(1, 2)
    assert len({Point(1), Point(1), Point(2)}) == 2


def test_a_record_cannot_be_changed() -> None:
    point = Point(1)
    with pytest.raises(FrozenRecordError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(FrozenRecordError):
        del point.x  # type: ignore[misc]
    assert point.x == 1


def test_replace_repr_match() -> None:
    point = Point(1, 2, "a")
    assert replace(point, y=5) == Point(1, 5, "a") and point.y == 2
    with pytest.raises(TypeError):
        replace(point, z=1)
    assert repr(point) == "Point(x=1, y=2, label='a')"
    assert is_record(point) and not is_record(Point)
    match point:
        case Point(x, y):
            assert (x, y) == (1, 2)
        case _:
            pytest.fail("no match by position")


def test_mutable_defaults_and_misordered_fields_are_refused() -> None:
    with pytest.raises(TypeError, match="immutable"):

        @record
        class Listed(Record):
            items: list[int] = []

    with pytest.raises(TypeError, match="follows"):

        @record
        class Misordered(Record):
            a: int = 0
            b: int


def test_the_sheet_document_is_made_without_dataclasses() -> None:
    code = (
        "import sys\n"
        "import gesprekscoach.sheet.document, gesprekscoach.sheet.build, gesprekscoach.sheet.markdown\n"
        "print('dataclasses' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@record
class Labelled(Point):
    """A record that adds a field to another record's."""

    note: str = ""


def test_a_record_has_a_slot_per_field_and_no_dict() -> None:
    point = Point(1)
    assert not hasattr(point, "__dict__")
    with pytest.raises(FrozenRecordError):
        point.other = 1  # type: ignore[attr-defined]
    labelled = Labelled(1, 2, "a", "n")
    assert not hasattr(labelled, "__dict__")
    assert record_fields(Labelled) == ("x", "y", "label", "note")
    assert (labelled.x, labelled.note) == (1, "n") and Labelled(1) == Labelled(1, 0, "", "")
    assert Labelled(1) != Point(1)
