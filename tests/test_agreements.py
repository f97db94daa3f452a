"""Agreements after the meeting: who does it, by when, and the day a report came in."""

from __future__ import annotations

from datetime import date

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.dates import parse_past_date
from gesprekscoach.session.agreements import describe, parse_owner, resolve_deadline, update_agreement, who_text
from gesprekscoach.store.models import Agreement

MEETING = date(2027, 1, 15)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", ("ik", "")),
        ("Ik", ("ik", "")),
        ("ik zelf", ("ik", "")),
        ("leidinggevende", ("leidinggevende", "")),
        ("Mijn leidinggevende", ("leidinggevende", "")),
        ("baas", ("leidinggevende", "")),
        ("Anne", ("leidinggevende", "")),
        ("anne de vries", ("leidinggevende", "")),
        ("Kees  van Dam", ("ander", "Kees van Dam")),
        ("HR", ("ander", "HR")),
    ],
)
def test_parse_owner(typed: str, expected: tuple[str, str]) -> None:
    assert parse_owner(typed, "Anne de Vries") == expected


def test_who_text_reverses_parse_owner() -> None:
    for typed in ("ik", "leidinggevende", "Kees"):
        agreement = Agreement()
        agreement.owner, agreement.owner_name = parse_owner(typed)
        assert who_text(agreement) == typed


def test_deadline_from_when_or_what(shipped_content: Content) -> None:
    agreement = Agreement(what="Cursus aanvragen", deadline_text="binnen zes weken")
    assert resolve_deadline(agreement, MEETING, shipped_content) == date(2027, 2, 26)
    agreement = Agreement(what="Cursus aanvragen voor 1 februari")
    assert resolve_deadline(agreement, MEETING) == date(2027, 2, 1)
    assert resolve_deadline(Agreement(), MEETING) is None
    assert resolve_deadline(Agreement(what="Cursus aanvragen"), MEETING) is None


def test_update_and_describe(shipped_content: Content) -> None:
    agreement = Agreement()
    update_agreement(agreement, meeting_date=MEETING, content=shipped_content, what="Budget regelen", who="Anne",
                     when="eind maart", manager_name="Anne de Vries")  # fmt: skip
    assert (agreement.owner, agreement.deadline) == ("leidinggevende", date(2027, 3, 31))
    assert describe(agreement) == "mijn leidinggevende · uiterlijk 31 maart 2027"
    update_agreement(agreement, meeting_date=MEETING, who="Kees", when="ooit")
    assert (agreement.owner, agreement.owner_name, agreement.deadline) == ("ander", "Kees", None)
    assert describe(agreement).startswith("Kees · die datum ken ik niet.")
    update_agreement(agreement, meeting_date=MEETING, who="", when="")
    assert describe(agreement) == "ik · nog geen datum"
    assert agreement.what == "Budget regelen"  # not given: unchanged


TODAY = date(2027, 1, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", TODAY),
        ("vandaag", TODAY),
        ("gisteren", date(2027, 1, 19)),
        ("eergisteren", date(2027, 1, 18)),
        ("maandag", date(2027, 1, 18)),
        ("woensdag", TODAY),
        ("vorige vrijdag", date(2027, 1, 15)),
        ("15-01", date(2027, 1, 15)),
        ("22-01", date(2026, 1, 22)),
        ("3 jan", date(2027, 1, 3)),
        ("19-01-2027", date(2027, 1, 19)),
        ("2026-12-31", date(2026, 12, 31)),
    ],
)
def test_parse_past_date(typed: str, expected: date) -> None:
    assert parse_past_date(typed, TODAY) == expected


@pytest.mark.parametrize(("typed", "message"), [
    ("morgen", "nog niet geweest"),
    ("22-01-2027", "nog niet geweest"),
    ("onzin", "Typ bijvoorbeeld 20-01-2027 of gisteren."),
    ("31-02-2026", "bestaat niet"),
])  # fmt: skip
def test_parse_past_date_errors_are_dutch(typed: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_past_date(typed, TODAY)
