"""Tests for the SMART check (gesprekscoach.checks.smart): verdicts, deadlines, JSON shape, accuracy."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import TypeAdapter

from gesprekscoach.checks.smart import LETTERS, SmartResult, check_goal, find_deadline, format_deadline, word_number
from gesprekscoach.content.loader import load_check_texts
from gesprekscoach.content.models import SmartGuide
from gesprekscoach.paths import shipped_content_dir
from held_out_parts import assert_each_part_has_new_sources

DATA = Path(__file__).parent / "data" / "smart_goals.yaml"
REAL = Path(__file__).parent / "data" / "smart_goals_real.yaml"
TODAY = date(2026, 2, 10)  # a Tuesday
TEXTS = load_check_texts(shipped_content_dir(), use_cache=False)


def _goals() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _check(text: str, **kwargs: Any) -> SmartResult:
    kwargs.setdefault("texts", TEXTS)
    return check_goal(text, today=kwargs.pop("today", TODAY), **kwargs)


# --------------------------------------------------------------------------- JSON shape


def test_json_has_exactly_the_specified_keys() -> None:
    data = _check("Ik wil voor 1 juli 2027 de cursus Excel afronden.").to_json()
    assert list(data) == ["specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden", "deadline"]
    for letter in LETTERS:
        assert list(data[letter]) == ["ok", "reden", "hint"]
        assert data[letter]["ok"] in (True, False, None)
        assert isinstance(data[letter]["reden"], str) and data[letter]["reden"]
        assert isinstance(data[letter]["hint"], str) and data[letter]["hint"]
    assert data["deadline"] == "2027-07-01"


def test_json_uses_null_where_the_text_cannot_tell() -> None:
    data = _check("Ik wil beter worden.").to_json()
    assert data["acceptabel"]["ok"] is None
    assert data["realistisch"]["ok"] is None
    assert data["deadline"] is None
    assert data["specifiek"]["ok"] is False


def test_meetbaar_reason_and_hint_match_the_issue_example() -> None:
    verdict = _check("Ik wil de cursus Excel volgen.").letters["meetbaar"]
    assert verdict.ok is False
    assert verdict.reason == "Geen getal of meetbaar resultaat — hoe weet je straks dat het gelukt is?"
    assert verdict.hint == "Noem een aantal, percentage of resultaat dat je kunt aanwijzen."


# --------------------------------------------------------------------------- per letter


def test_a_smart_goal_passes_every_letter_it_can_read() -> None:
    result = _check("Binnen zes weken wil ik alle zes nieuwe collega's op de afdeling hebben ingewerkt.")
    assert result.letters["specifiek"].ok is True
    assert result.letters["meetbaar"].ok is True
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline == date(2026, 3, 24)
    assert result.is_smart


@pytest.mark.parametrize(
    "text",
    ["Ik wil beter worden in mijn werk.", "Ik wil meer leren over cloud.", "Ik wil werken aan mijn klassenmanagement.",
     "Ik wil mijn Engels verbeteren.", "Ik wil proberen om meer te doen."],
)  # fmt: skip
def test_vague_goals_are_not_specific(text: str) -> None:
    verdict = _check(text).letters["specifiek"]
    assert verdict.ok is False
    assert verdict.words, "the vague words are named"


@pytest.mark.parametrize(
    "text",
    ["Ik wil de cursus afronden.", "Ik ga mijn resultaten presenteren aan het MT.", "Ik wil mijn diploma behalen.",
     "Ik wil het nieuwe dashboard opleveren.", "Ik wil de training Excel volgen."],
)  # fmt: skip
def test_concrete_verbs_make_a_goal_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is True


def test_specific_hint_asks_the_first_open_w_question() -> None:
    verdict = _check("Ik wil de cursus afronden.").letters["specifiek"]
    assert verdict.ok is True
    assert verdict.hint == "Maak het nog scherper. " + TEXTS.smart.specifiek.w_questions["waarom"]


def test_w_questions_come_from_the_content_when_given() -> None:
    guide = TypeAdapter(SmartGuide).validate_python(
        {
            "intro": "x",
            "letters": [{"letter": c, "name": c, "meaning": "m", "question": f"vraag {c}?"} for c in "SMART"],
            "goal_steps": [{"title": "t", "text": "t"}],
            "w_questions": [
                {"word": "Wie", "question": "Met wie doe je het?"},
                {"word": "Waarom", "question": "Waarom?"},
            ],
        }
    )
    result = _check("Ik wil de cursus afronden.", guide=guide)
    assert result.letters["specifiek"].hint.endswith("Met wie doe je het?")
    assert result.letters["acceptabel"].hint == "vraag A?"
    assert result.letters["realistisch"].hint == "vraag R?"


def test_w_answers_are_reported() -> None:
    result = _check(
        "Ik wil samen met mijn team op de afdeling door een training te volgen beter plannen, zodat we rust hebben."
    )
    assert result.w_answers == {"wat": True, "waarom": True, "wie": True, "waar": True, "hoe": True}


def test_non_committal_words_are_named_in_the_hint() -> None:
    verdict = _check("Ik wil proberen de cursus af te ronden.").letters["specifiek"]
    assert verdict.ok is True
    assert "proberen" in verdict.hint


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ik wil 5 nieuwe klanten werven.", "5 nieuwe klanten"),
        ("Ik wil de fouten met 20% verlagen.", "20%"),
        ("Ik wil € 500 besparen op de inkoop.", "€ 500"),
        ("Ik wil 500 euro besparen.", "500 euro"),
        ("Ik wil twintig leden werven.", "twintig leden"),
        ("Ik wil voor de toets een 8 halen.", "een 8"),
        ("Ik wil 4 sterren op Google.", "4 sterren"),
        ("Ik wil mijn VCA-certificaat behalen.", "VCA-certificaat"),
        ("Ik wil de opleiding afgerond hebben.", "afgerond"),
        ("Ik wil het rapport opgeleverd hebben.", "opgeleverd"),
        ("Ik wil de wachttijd terugbrengen naar 2 uur.", "2 uur"),
        ("Ik wil niet meer dan 3 klachten per maand.", "3 klachten"),
        ("Ik wil 2x per week sporten.", "2x per week"),
        ("Ik wil een half uur per dag oefenen met Excel en drie keer een toets maken.", "drie keer"),
    ],
)
def test_measurable_words(text: str, words: str) -> None:
    verdict = _check(text).letters["meetbaar"]
    assert verdict.ok is True
    assert words in verdict.words


@pytest.mark.parametrize(
    "text",
    [
        "Ik werk 2 dagen per week thuis en wil beter leren plannen.",
        "Na 10 jaar ervaring wil ik meer verantwoordelijkheid.",
        "In 2026 wil ik meer klanten bellen.",
        "Voor 1 juli 2027 wil ik beter worden in mijn werk.",
        "Over 3 maanden wil ik beter presenteren.",
        "Ik wil in Q3 mijn Windows 11 kennis verbeteren.",
        "Ik wil in groep 8 meer aandacht geven aan lezen.",
        "Ik wil mijn team van 8 mensen beter leren aansturen.",
        "Ik wil op 01/07 sneller werken.",
        "Ik wil vaker feedback vragen.",
    ],
)
def test_numbers_that_do_not_measure_success(text: str) -> None:
    verdict = _check(text).letters["meetbaar"]
    assert verdict.ok is False, verdict.words


# --------------------------------------------------------------------------- time and deadlines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("voor 1 april", date(2026, 4, 1)),
        ("eind Q2", date(2026, 6, 30)),
        ("binnen zes weken", date(2026, 3, 24)),
        ("voor de zomervakantie", date(2026, 6, 30)),
        ("uiterlijk vrijdag", date(2026, 2, 13)),
        ("aan het eind van dit jaar", date(2026, 12, 31)),
        ("over drie maanden", date(2026, 5, 10)),
        ("volgend jaar maart", date(2027, 3, 31)),
        ("half juni", date(2026, 6, 15)),
        ("1 juli 2027", date(2027, 7, 1)),
        ("1-7-2027", date(2027, 7, 1)),
        ("01/07", date(2026, 7, 1)),
        ("2027-07-01", date(2027, 7, 1)),
        ("in maart", date(2026, 3, 31)),
        ("voor de zomer", date(2026, 6, 30)),
        ("in Q3", date(2026, 9, 30)),
        ("in het derde kwartaal", date(2026, 9, 30)),
        ("volgende week", date(2026, 2, 20)),
        ("voor het eind van het jaar", date(2026, 12, 31)),
        ("eind van het jaar", date(2026, 12, 31)),
        ("in 2027", date(2027, 12, 31)),
        ("eind 2027", date(2027, 12, 31)),
        ("begin 2027", date(2027, 1, 1)),
        ("medio 2027", date(2027, 6, 30)),
        ("binnen 10 werkdagen", date(2026, 2, 24)),
        ("over een half jaar", date(2026, 8, 10)),
        ("binnen anderhalf jaar", date(2027, 8, 10)),
        ("voor april", date(2026, 3, 31)),
        ("in januari", date(2027, 1, 31)),
        ("voor de kerst", date(2026, 12, 24)),
        ("in week 12", date(2026, 3, 20)),
        ("deze maand", date(2026, 2, 28)),
        ("volgende maand", date(2026, 3, 31)),
        ("dit schooljaar", date(2026, 7, 31)),
        ("morgen", date(2026, 2, 11)),
        ("voor 15/4", date(2026, 4, 15)),
        ("in het voorjaar", date(2026, 5, 31)),
        ("na de zomer", date(2026, 9, 1)),
    ],
)
def test_deadlines_resolve_against_today(text: str, expected: date) -> None:
    result = _check(f"Ik wil {text} de cursus Excel afronden.")
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline == expected


def test_a_year_alone_is_a_time_bound_to_the_end_of_that_year() -> None:
    result = _check("Ik wil in 2027 teamleider worden.")
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline == date(2027, 12, 31)
    assert "2027" not in " ".join(result.letters["meetbaar"].words)


@pytest.mark.parametrize(
    "text",
    ["Ik wil wekelijks een overleg plannen.", "Ik wil elke maand een artikel lezen.",
     "Ik wil twee keer per week sporten.",
     "Ik wil 2x per week sporten."],
)  # fmt: skip
def test_frequencies_are_time_bound_without_a_date(text: str) -> None:
    result = _check(text)
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline is None
    assert result.letters["tijdgebonden"].hint == TEXTS.smart.tijdgebonden.hint_frequency


def test_no_deadline_is_not_time_bound() -> None:
    verdict = _check("Er is geen deadline, ik wil de cursus gewoon afronden.").letters["tijdgebonden"]
    assert verdict.ok is False
    assert verdict.words == ["geen deadline"]


def test_vague_time_words_are_not_time_bound() -> None:
    verdict = _check("Ik wil binnenkort de cursus afronden.").letters["tijdgebonden"]
    assert verdict.ok is False
    assert verdict.words == ["binnenkort"]


def test_time_words_about_the_past_are_no_deadline() -> None:
    result = _check("Sinds maart 2024 werk ik hier en ik wil beter leren plannen.")
    assert result.letters["tijdgebonden"].ok is False
    assert result.deadline is None


def test_past_deadline_is_flagged() -> None:
    result = _check("Ik wil voor 1 maart 2025 mijn rijbewijs halen.")
    assert result.deadline == date(2025, 3, 1)
    assert result.deadline_warning is not None and "1 maart 2025" in result.deadline_warning
    assert result.letters["tijdgebonden"].hint == result.deadline_warning


def test_deadline_after_the_next_meeting_is_flagged() -> None:
    result = _check("Ik wil eind 2026 de cursus afronden.", next_meeting=date(2026, 11, 23))
    assert result.deadline == date(2026, 12, 31)
    assert result.deadline_warning is not None
    assert "23 november 2026" in result.deadline_warning
    assert _check("Ik wil eind maart de cursus afronden.", next_meeting=date(2026, 11, 23)).deadline_warning is None


def test_the_next_meeting_resolves_a_reference_to_it() -> None:
    text = "Ik wil voor het volgende functioneringsgesprek de cursus afronden."
    assert _check(text, next_meeting=date(2026, 11, 23)).deadline == date(2026, 11, 23)
    unknown = _check(text)
    assert unknown.letters["tijdgebonden"].ok is True
    assert unknown.deadline is None


def test_the_latest_moment_is_the_deadline() -> None:
    result = _check("In maart start ik met de cursus en voor 1 juli heb ik het certificaat.")
    assert result.deadline == date(2026, 7, 1)


def test_today_decides_the_year_of_a_month() -> None:
    assert _check("In maart rond ik de cursus af.", today=date(2026, 5, 1)).deadline == date(2027, 3, 31)
    assert _check("In maart rond ik de cursus af.", today=date(2026, 3, 20)).deadline == date(2026, 3, 31)


def test_format_deadline_is_dutch() -> None:
    assert format_deadline(date(2027, 7, 1)) == "1 juli 2027"


# --------------------------------------------------------------------------- A and R


def test_acceptabel_and_realistisch_report_whether_they_were_answered() -> None:
    not_given = _check("Ik wil de cursus afronden.")
    assert not_given.letters["acceptabel"].ok is None
    assert not_given.letters["realistisch"].ok is None
    answered = _check(
        "Ik wil de cursus afronden.",
        acceptabel="Ja, afgesproken op 3 maart.",
        realistisch="Ik heb 2 uur per week nodig.",
    )
    assert answered.letters["acceptabel"].ok is True
    assert answered.letters["realistisch"].ok is True
    empty = _check("Ik wil de cursus afronden.", acceptabel="  ", realistisch="")
    assert empty.letters["acceptabel"].ok is False
    assert empty.letters["realistisch"].ok is False
    declined = _check("Ik wil de cursus afronden.", acceptabel="Nee, nog niet besproken", realistisch="weet ik niet")
    assert declined.letters["acceptabel"].ok is False
    assert declined.letters["realistisch"].ok is False


# --------------------------------------------------------------------------- edge cases


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_text_gives_no_verdict(text: str) -> None:
    result = _check(text)
    assert result.deadline is None
    for letter in ("specifiek", "meetbaar", "tijdgebonden"):
        assert result.letters[letter].ok is None
        assert result.letters[letter].reason == TEXTS.smart.specifiek.empty
    assert set(result.to_json()) == {*LETTERS, "deadline"}


def test_emoji_do_not_break_the_check() -> None:
    result = _check("Ik wil 🚀 voor 1 mei 2026 mijn portfolio af hebben 💪")
    assert result.deadline == date(2026, 5, 1)
    assert result.letters["meetbaar"].ok is True


def test_a_300_character_goal() -> None:
    text = (
        "Omdat ik sinds 2020 op de spoedeisende hulp werk, wil ik voor het eind van het jaar de cursus traumaopvang "
        "volgen en afronden met een certificaat, zodat ik zelfstandig traumapatiënten kan opvangen en mijn collega's "
        "op de nachtdienst twee keer per maand kan ondersteunen bij grote drukte op de afdeling."
    )
    assert len(text) >= 300
    result = _check(text)
    assert result.deadline == date(2026, 12, 31)
    assert all(result.letters[k].ok for k in ("specifiek", "meetbaar", "tijdgebonden"))


def test_words_are_taken_from_the_original_text() -> None:
    result = _check("VOOR 1 JULI 2027 Rond Ik De Cursus AF.")
    assert result.letters["tijdgebonden"].words == ["VOOR 1 JULI 2027"]
    assert result.deadline == date(2027, 7, 1)


def test_custom_texts_are_used() -> None:
    base = TEXTS
    meetbaar = base.smart.meetbaar.model_copy(update={"hint_missing": "Noem een getal."})
    texts = base.model_copy(update={"smart": base.smart.model_copy(update={"meetbaar": meetbaar})})
    assert _check("Ik wil beter worden.", texts=texts).letters["meetbaar"].hint == "Noem een getal."


@pytest.mark.parametrize(
    ("word", "value"),
    [("drie", 3), ("twintig", 20), ("vijfentwintig", 25), ("tweeëntwintig", 22), ("honderd", 100),
     ("tweehonderdvijftig", 250), ("duizend", 1000), ("anderhalf", 1.5), ("half", 0.5), ("klant", None)],
)  # fmt: skip
def test_dutch_number_words(word: str, value: float | None) -> None:
    assert word_number(word) == value


def test_the_check_does_not_import_textual() -> None:
    code = (
        "import sys, gesprekscoach.checks.smart, gesprekscoach.checks.feedback, gesprekscoach.cli.checks;"
        "sys.exit(1 if any(m.split('.')[0] == 'textual' for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --------------------------------------------------------------------------- accuracy on the labelled sets


def _accuracy(items: list[dict[str, Any]], today: date) -> dict[str, float]:
    right = {"specifiek": 0, "meetbaar": 0, "tijdgebonden": 0, "deadline": 0}
    for item in items:
        result = check_goal(item["text"], today=today, texts=TEXTS)
        for letter in ("specifiek", "meetbaar", "tijdgebonden"):
            right[letter] += result.letters[letter].ok == item[letter]
        right["deadline"] += result.deadline == item["deadline"]
    return {key: value / len(items) for key, value in right.items()}


def test_the_labelled_set_is_big_and_varied() -> None:
    goals = _goals()
    assert len(goals["tuned"]) >= 60
    assert len(goals["heldout"]) >= 30
    sectors = {item["sector"] for item in goals["tuned"] + goals["heldout"]}
    assert {"zorg", "onderwijs", "ict", "logistiek", "horeca", "overheid", "retail"} <= sectors
    for item in goals["tuned"] + goals["heldout"]:
        assert {"sector", "text", "specifiek", "meetbaar", "tijdgebonden", "deadline"} <= set(item)
        assert set(item) <= {"sector", "text", "specifiek", "meetbaar", "tijdgebonden", "deadline", "note"}


def test_accuracy_on_the_tuned_set() -> None:
    goals = _goals()
    accuracy = _accuracy(goals["tuned"], goals["today"])
    assert accuracy["specifiek"] >= 0.90
    assert accuracy["meetbaar"] >= 0.95
    assert accuracy["tijdgebonden"] >= 0.95
    assert accuracy["deadline"] >= 0.90


# Measured once on the held-out set (round 3, 40 goals), after tuning was done:
# specifiek 32/40, meetbaar 33/40, tijdgebonden 38/40, deadline 38/40. These floors are
# exactly those figures: they guard against getting worse, and must not be tuned up.
HELDOUT_FLOORS = {"specifiek": 32 / 40, "meetbaar": 33 / 40, "tijdgebonden": 38 / 40, "deadline": 38 / 40}


def test_accuracy_on_the_heldout_set_does_not_drop() -> None:
    goals = _goals()
    accuracy = _accuracy(goals["heldout"], goals["today"])
    for key, floor in HELDOUT_FLOORS.items():
        assert accuracy[key] >= floor, (key, accuracy[key])


# --------------------------------------------------------------------------- real goals other people wrote


def _real() -> dict[str, Any]:
    return yaml.safe_load(REAL.read_text(encoding="utf-8"))


def _right(items: list[dict[str, Any]], today: date) -> dict[str, int]:
    right = {"specifiek": 0, "meetbaar": 0, "tijdgebonden": 0, "deadline": 0}
    for item in items:
        result = check_goal(item["text"], today=today, texts=TEXTS)
        for letter in ("specifiek", "meetbaar", "tijdgebonden"):
            right[letter] += result.letters[letter].ok == item[letter]
        right["deadline"] += result.deadline == item["deadline"]
    return right


def test_the_real_set_is_big_and_has_sources() -> None:
    data = _real()
    parts = ("tune", "heldout1", "heldout2", "heldout3")
    items = [item for part in parts for item in data[part]]
    assert len(items) >= 60
    assert len({item["source"] for item in items}) >= 30
    assert sum(item["deadline"] is not None for item in items) >= 15
    for item in items:
        assert {"source", "text", "specifiek", "meetbaar", "tijdgebonden", "deadline"} <= set(item)
        assert set(item) <= {"source", "text", "specifiek", "meetbaar", "tijdgebonden", "deadline", "note", "batch"}
    for letter in ("specifiek", "meetbaar", "tijdgebonden"):
        assert {item[letter] for item in items} == {True, False}, letter
    sources = {part: {item["source"] for item in data[part]} for part in parts}
    assert not sources["tune"] & sources["heldout1"] and not sources["tune"] & sources["heldout2"]
    assert not sources["heldout1"] & sources["heldout2"]
    later = {"heldout3": 40, "heldout4": 45, "heldout5": 45, "heldout6": 40, "heldout7": 60, "heldout8": 50}
    later |= {"heldout9": 50, "heldout10": 60}
    assert_each_part_has_new_sources(data, ("tune", "heldout1", "heldout2"), later)
    for part, dated in {"heldout7": 15, "heldout9": 12, "heldout10": 12}.items():
        assert sum(item["deadline"] is not None for item in data[part]) >= dated, part
    assert len({item["source"] for item in data["heldout9"]}) >= 12
    assert len({item["source"] for item in data["heldout10"]}) >= 15
    for part in ("heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10"):
        for item in data[part]:
            assert {"source", "text", "specifiek", "meetbaar", "tijdgebonden", "deadline"} <= set(item)


# Measured on tests/data/smart_goals_real.yaml after the last tuning round (see its header for
# the figures before tuning and after round 1). `heldout2` was measured once, after all tuning;
# `heldout1` was held out in round 1 and tuned on in round 2. These floors are exactly the
# measured counts: they guard against getting worse and must not be raised by tuning on them.
REAL_FLOORS = {
    "tune": {"specifiek": 67, "meetbaar": 67, "tijdgebonden": 68, "deadline": 68},
    "heldout1": {"specifiek": 52, "meetbaar": 52, "tijdgebonden": 53, "deadline": 53},
    "heldout2": {"specifiek": 16, "meetbaar": 17, "tijdgebonden": 16, "deadline": 18},
    # The checks round: new sources, labelled before the checker ran, scored once after all tuning
    # (docs/checks-accuracy.md). Below the targets for S, M and T; kept as the honest floor.
    # After the checks3 round heldout3 and heldout4 are tuning data: their figures after that round.
    # heldout4 was scored once in the checks2 round: S 37, M 39, T 45, D 42 (docs/checks-accuracy.md).
    "heldout3": {"specifiek": 36, "meetbaar": 38, "tijdgebonden": 37, "deadline": 40},
    "heldout4": {"specifiek": 43, "meetbaar": 44, "tijdgebonden": 45, "deadline": 44},
    # The checks3 round: new sources, labelled and committed before the checker ran, scored once
    # after all tuning (docs/checks-accuracy.md). Below the targets for S and M.
    # heldout5 was scored once in the checks3 round: S 37, M 37, T 46, D 44. Tuned on in the checks4
    # round; these are its figures after that round.
    "heldout5": {"specifiek": 44, "meetbaar": 43, "tijdgebonden": 46, "deadline": 44},
    # The checks4 round: new sources, labelled and committed before the checker ran, scored once
    # after all tuning (docs/checks-accuracy.md): S 33, M 37, T 39, D 40. Tuned on in the checks5
    # round; these are its figures after that round.
    "heldout6": {"specifiek": 40, "meetbaar": 39, "tijdgebonden": 40, "deadline": 40},
    # The checks5 round: new sources, labelled and committed before the checker ran, scored once after all
    # tuning (docs/checks-accuracy.md): S 47, M 48, T 54, D 57. Tuned on in the checks6 round; these are its
    # figures after that round.
    "heldout7": {"specifiek": 54, "meetbaar": 54, "tijdgebonden": 60, "deadline": 61},
    # The checks6 round: new sources (employees' own work goals first), labelled and committed before the
    # checker ran, scored once after all tuning (docs/checks-accuracy.md): S 37, M 42, T 42, D 47. Tuned on in
    # the checks7 round; these are its figures after that round (M one lower: "Maak video's voor Youtube" is now
    # a thing made, S right and M, labelled false, wrong).
    "heldout8": {"specifiek": 39, "meetbaar": 41, "tijdgebonden": 48, "deadline": 48},
    # The checks7 round: new sources (employees', trainees' and project teams' own work goals), labelled and
    # committed before the checker ran, scored once after all tuning (docs/checks-accuracy.md). Below the
    # targets for S, M and T; the honest floor.
    "heldout9": {"specifiek": 43, "meetbaar": 42, "tijdgebonden": 49, "deadline": 50},
    # The second held-out part of the checks7 round: new sources, gathered after heldout9 was scored, labelled and
    # committed before the checker ran, scored once with the same checks (nothing tuned in between).
    "heldout10": {"specifiek": 49, "meetbaar": 53, "tijdgebonden": 56, "deadline": 59},
}


@pytest.mark.parametrize("part", sorted(REAL_FLOORS))
def test_accuracy_on_real_goals_does_not_drop(part: str) -> None:
    data = _real()
    right = _right(data[part], data["today"])
    for key, floor in REAL_FLOORS[part].items():
        assert right[key] >= floor, (part, key, right[key], len(data[part]))


def test_real_goals_with_a_date_resolve_to_that_day() -> None:
    data = _real()
    dated = [item for part in ("tune", "heldout1", "heldout2") for item in data[part] if item["deadline"]]
    right = sum(
        check_goal(item["text"], today=data["today"], texts=TEXTS).deadline == item["deadline"] for item in dated
    )
    assert right / len(dated) >= 0.90


def test_find_deadline_reads_the_deadline_as_check_goal_does() -> None:
    """The deadline alone (for an agreement's 'wanneer') needs no texts and gives the same date."""
    data = _real()
    items = [item for part in ("tune", "heldout1", "heldout2") for item in data[part]] + _goals()["tuned"]
    for item in items:
        expected = check_goal(item["text"], today=data["today"], texts=TEXTS).deadline
        assert find_deadline(item["text"], today=data["today"]) == expected, item["text"]
    assert find_deadline("Ik wil binnen zes weken de cursus afronden.", today=date(2026, 11, 23)) == date(2027, 1, 4)
    assert find_deadline("  ", today=TODAY) is None


# --------------------------------------------------------------------------- edge cases from real goals


@pytest.mark.parametrize(
    "text",
    ["Ik wil niet meer te laat komen op mijn werk.", "Ik wil vanaf maart geen enkele klacht meer over de schoonmaak.",
     "Ik gebruik voor mijn verslag alleen betrouwbare bronnen.",
     "Aan het einde van dit blok wil ik alle code begrijpen en kunnen uitleggen."],
)  # fmt: skip
def test_zero_counts_and_all_of_something_are_measurable(text: str) -> None:
    assert _check(text).letters["meetbaar"].ok is True


@pytest.mark.parametrize(
    "text",
    ["Ik wil niet meer zo snel boos worden.", "Ik wil niet alleen harder werken.",
     "Ik wil als teamleider van 15 medewerkers beter delegeren.",
     "Ik wil op de afdeling met 30 bedden meer rust brengen.",
     "Op de afdeling werken 40 mensen en ik wil een betere sfeer.",
     "De leerling kan optellen tot en met 100.", "Ik wil mijn 3 jaar oude laptop vervangen.",
     "Ik wil mijn dagelijkse planning effectiever beheren."],
)  # fmt: skip
def test_numbers_that_describe_are_no_measure(text: str) -> None:
    assert _check(text).letters["meetbaar"].ok is False, _check(text).letters["meetbaar"].words


def test_a_bound_on_a_count_is_a_measure() -> None:
    assert _check("Ik wil de achterstand terugbrengen tot 20 dossiers.").letters["meetbaar"].ok is True
    assert _check("Ik wil tot 20 klanten per dag bellen.").letters["meetbaar"].ok is True


def test_a_measure_against_last_year_is_not_about_the_past() -> None:
    result = _check("Ik wil de omzet met 4% verhogen vergeleken met vorig jaar.")
    assert result.letters["meetbaar"].ok is True
    assert result.letters["specifiek"].ok is True


@pytest.mark.parametrize(
    "text",
    ["Ik wil dit doel voor de zomer bereiken.", "Ik wil beter worden in programmeren.", "Ik wil gezonder leven.",
     "Ik wil mijn focus leggen op samenwerking.", "Ik wil oefenen met loslaten.",
     "Ik wil meer klanten bereiken via social media.", "Ik wil mijn persoonlijke vaardigheden verbeteren.",
     "Ik wil een kritische houding aan te nemen.", "Ik wil beleidsadviezen schrijven die beter leesbaar zijn."],
)  # fmt: skip
def test_vague_goals_from_real_pages_are_not_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is False, _check(text).letters["specifiek"].words


@pytest.mark.parametrize(
    "text",
    ["Na deze cursus ben ik in staat om zelfstandig een intake af te nemen.",
     "Alle medewerkers voltooien voor 1 april een cursus over agressie.",
     "Aan het einde van blok 4 bied ik actief hulp aan aan mijn teamgenoten.",
     "De komende maand ben ik elke maandag om negen uur bij het afdelingsoverleg.",
     "Ik wil in dit blok twee gesprekken met de product owner aangaan.",
     "Er is voor de zomer een loket voor duurzame inzetbaarheid.", "Je werk automatiseren met AI-assistenten."],
)  # fmt: skip
def test_concrete_actions_from_real_pages_are_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is True, text


def test_a_vague_object_makes_no_result_to_measure() -> None:
    result = _check("Je werk automatiseren met AI-assistenten.")
    assert result.letters["specifiek"].ok is True
    assert result.letters["meetbaar"].ok is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tussen nu en de zomer", date(2026, 6, 30)),
        ("in het tweede halfjaar", date(2026, 12, 31)),
        ("in de eerste helft van 2027", date(2027, 6, 30)),
        ("het komend jaar", date(2027, 2, 10)),
        ("binnen een periode van zes maanden", date(2026, 8, 10)),
        ("over precies een jaar", date(2027, 2, 10)),
    ],
)
def test_more_deadlines_resolve_against_today(text: str, expected: date) -> None:
    result = _check(f"Ik wil {text} de cursus Excel afronden.")
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline == expected


@pytest.mark.parametrize(
    "text",
    ["Ik wil dit blok minimaal 1 keer het gesprek leiden.", "Aan het einde van blok 4 check ik alle informatie na.",
     "Voor de volgende sprint wil ik twee bugs oplossen.", "Ik wil tijdens deze opdracht keyframes gebruiken.",
     "Ik wil binnen 3 maanden na de start van de cursus een webapplicatie bouwen.",
     "Alle vakken in gangpad één moeten voor 08:00 uur gevuld zijn.", "Ik wil deze doelstelling tot einde blok halen.",
     "Na deze training kan ik een slecht-nieuwsgesprek voeren.",  # checks7: after a course is a named period
     "Aan het eind van de cursus geef ik een demo."],
)  # fmt: skip
def test_named_periods_are_time_bound_without_a_day(text: str) -> None:
    result = _check(text)
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline is None


def test_a_weekday_that_recurs_is_no_deadline() -> None:
    result = _check("We voeren wekelijks een stand-up in op maandagochtend van 9:00 tot 9:30 uur.")
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline is None
    assert result.letters["meetbaar"].ok is True


def test_de_komende_periode_is_vague() -> None:
    verdict = _check("De komende periode wil ik de cursus afronden.").letters["tijdgebonden"]
    assert verdict.ok is False


def test_a_past_year_with_a_wish_is_a_deadline_that_has_passed() -> None:
    result = _check("In 2023 wil ik een omzet bereiken van € 500.000 via de webshop.")
    assert result.deadline == date(2023, 12, 31)
    assert result.deadline_warning is not None
    assert _check("In 2023 ben ik begonnen en nu wil ik beter plannen.").letters["tijdgebonden"].ok is False


def test_numbers_inside_dates_are_no_measure() -> None:
    for text in ("Voor 15-3 wil ik het rooster van april klaar hebben.", "Ik wil op 3 maart 2026 mijn cv bijwerken.",
                 "Ik wil in week 12 mijn cv bijwerken.", "Ik wil in 2027 mijn cv bijwerken."):  # fmt: skip
        assert _check(text).letters["meetbaar"].words in ([], ["klaar hebben"]), text


def test_negations_of_time() -> None:
    assert _check("Ik wil zonder vaste deadline de cursus afronden.").letters["tijdgebonden"].ok is False
    assert _check("Ik wil niet voor 1 juli klaar zijn, maar voor 1 september.").deadline == date(2026, 9, 1)


def test_twice_a_week_is_a_measure_and_a_frequency() -> None:
    for text in (
        "Ik wil 2x per week sporten.",
        "Ik wil twee keer per week sporten.",
        "Ik wil 2 keer per week sporten.",
    ):
        result = _check(text)
        assert result.letters["meetbaar"].ok is True, text
        assert result.letters["tijdgebonden"].ok is True, text
        assert result.deadline is None


def test_a_year_alone_is_no_measure_but_a_deadline() -> None:
    result = _check("Ik wil in 2027 beter worden in mijn werk.")
    assert result.letters["meetbaar"].ok is False
    assert result.deadline == date(2027, 12, 31)


# --------------------------------------------------------------------------- the checks round


def test_vanaf_is_a_start_not_a_deadline() -> None:
    result = _check("Ik wil vanaf januari elke week een blog schrijven.")
    assert result.deadline is None
    assert result.start == date(2027, 1, 1)
    assert result.letters["tijdgebonden"].ok is True
    assert "Uiterlijk" not in result.letters["tijdgebonden"].hint
    assert find_deadline("Ik wil vanaf januari elke week een blog schrijven.", today=TODAY) is None
    assert list(result.to_json()) == [*LETTERS, "deadline"]


def test_a_start_alone_asks_for_the_day_to_look_back() -> None:
    verdict = _check("Ik wil vanaf maart beter plannen.").letters["tijdgebonden"]
    assert verdict.ok is True
    assert verdict.reason == TEXTS.smart.tijdgebonden.start.replace("{woorden}", "'vanaf maart'")
    assert verdict.hint == TEXTS.smart.tijdgebonden.hint_start


def test_a_start_and_an_end_give_the_end_as_deadline() -> None:
    result = _check("Ik wil vanaf 1 maart tot 1 juli elke week een klant bellen.")
    assert result.deadline == date(2026, 7, 1)
    assert result.start == date(2026, 3, 1)


@pytest.mark.parametrize(
    "text",
    ["Ik wil elke week een klant bellen.", "Ik wil wekelijks de voorraadlijst bijwerken.",
     "Ik wil dagelijks de kassa tellen.", "Ik wil twee keer per maand een les observeren."],
)  # fmt: skip
def test_how_often_an_action_is_done_is_measurable_and_time_bound(text: str) -> None:
    result = _check(text)
    assert result.letters["meetbaar"].ok is True, result.letters["meetbaar"].words
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline is None


@pytest.mark.parametrize(
    "text", ["Ik wil elke week beter plannen.", "Ik wil mijn dagelijkse planning effectiever beheren."]
)
def test_a_frequency_without_an_action_is_no_measure(text: str) -> None:
    assert _check(text).letters["meetbaar"].ok is False


@pytest.mark.parametrize("answer", ["Ja", "ja!", "Ja hoor.", "oké", "Klopt", "Ja, dat klopt."])
def test_a_bare_yes_to_a_or_r_asks_why(answer: str) -> None:
    result = _check("Ik wil de cursus afronden.", acceptabel=answer, realistisch=answer)
    for letter, texts in (("acceptabel", TEXTS.smart.acceptabel), ("realistisch", TEXTS.smart.realistisch)):
        verdict = result.letters[letter]
        assert verdict.ok is None, (letter, answer)
        assert verdict.reason == texts.bare_yes
        assert verdict.hint == texts.hint_bare_yes


def test_a_yes_with_a_reason_is_an_answer() -> None:
    result = _check("Ik wil de cursus afronden.", acceptabel="Ja, Anne wil dit ook", realistisch="Ja, met hulp")
    assert result.letters["acceptabel"].ok is True
    assert result.letters["realistisch"].ok is True


@pytest.mark.parametrize(
    "text",
    ["De nieuwe collega draait zelfstandig de avonddienst.",
     "Vanaf april laad ik elke ochtend de bus volgens de nieuwe laadvolgorde.",
     "Vanaf 1 september rijd ik de route naar Utrecht met de elektrische bus.",
     "Ons team levert elke week de planning op."],
)  # fmt: skip
def test_verb_forms_and_subjects_the_lists_do_not_name_are_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is True, text


@pytest.mark.parametrize(
    "text",
    ["Ik wil vaker initiatief nemen.", "Ik wil meer structuur aanbrengen in mijn werk.", "Het team groeit elk jaar.",
     "Mijn collega's merken het verschil.", "De verkoop moet omhoog."],
)  # fmt: skip
def test_vague_wishes_with_a_verb_are_not_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is False, _check(text).letters["specifiek"].words


def test_the_lemmatizer_is_loaded_only_when_a_check_runs() -> None:
    code = (
        "import sys; import gesprekscoach.checks.smart, gesprekscoach.checks.feedback, "
        "gesprekscoach.checks.understatement; print('simplemma' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


# The checks3 round: general rules found on the tuning parts (heldout4 is tuning data now).
@pytest.mark.parametrize(
    "text", ["ik wil meer sporten", "ik wil meer gaan bewegen in 2020", "Ik wil beter en meer documenteren."]
)
def test_a_wish_for_more_of_an_activity_is_not_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is False


@pytest.mark.parametrize("text", ["Ik wil meer klanten bellen in 2027.", "Ik wil meer dan 3 klanten per week bellen."])
def test_more_of_a_visible_action_with_an_object_or_number_stays_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is True


@pytest.mark.parametrize(
    "text", ["Ik ga over een maand een marathon lopen.", "Ik ga de Kilimanjaro beklimmen.", "Ik ga een voetreis maken."]
)
def test_a_feat_you_finish_or_not_is_specific_and_measurable(text: str) -> None:
    result = _check(text)
    assert result.letters["specifiek"].ok is True
    assert result.letters["meetbaar"].ok is True


def test_a_list_of_weekdays_after_elke_is_a_frequency_without_deadline() -> None:
    result = _check("ik ga elke dinsdag en donderdag een half uur hardlopen.")
    assert result.deadline is None
    assert result.letters["tijdgebonden"].ok is True
    assert result.letters["meetbaar"].ok is True


def test_a_date_range_takes_the_year_of_its_end() -> None:
    result = _check("Mijn doel is om tussen 1 januari en 31 december 2018 precies 0 gram vlees te eten.")
    assert result.deadline == date(2018, 12, 31)


# The checks4 round: general rules found on the tuning parts (heldout5 is tuning data now).
@pytest.mark.parametrize(
    "text",
    ["Ik wil meer omzet genereren.", "Ik wil meer tijd voor mijn gezin vrijmaken.", "Minder bestellen, meer koken."],
)
def test_a_wish_for_more_or_less_of_an_amount_is_not_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is False


@pytest.mark.parametrize(
    "text", ["Ik wil de nieuwe kennis toepassen in mijn werk.", "Ik wil dit kwartaal vooruitgang boeken."]
)
def test_an_action_on_an_abstract_object_is_not_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is False


@pytest.mark.parametrize(
    "text",
    ["Ik wil voor de zomer mijn eigen website gemaakt hebben.", "Mijn VCA-herhaling moet voor 1 mei gedaan zijn.",
     "Ik wil in maart mijn eerste presentatie voor de klant geven.", "Ik wil een 10k kunnen lopen."],
)  # fmt: skip
def test_an_end_state_a_first_time_or_a_distance_is_a_result(text: str) -> None:
    result = _check(text)
    assert result.letters["specifiek"].ok is True
    assert result.letters["meetbaar"].ok is True


def test_both_ends_of_a_range_can_describe_the_work() -> None:
    assert _check("De leerlingen kunnen de tafels van 1 tot 10 opzeggen.").letters["meetbaar"].ok is False


# The checks5 round: general rules found on the tuning parts (heldout6 is tuning data now).
@pytest.mark.parametrize(
    "text", ["Afvallen", "Een nieuwe baan zoeken", "Yogalessen volgen", "Vrijwilligerswerk gaan doen", "Op reis gaan"]
)
def test_a_resolution_written_as_an_infinitive_phrase_is_an_action(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is True


@pytest.mark.parametrize("text", ["Minder scrollen.", "Meer het nieuws volgen", "Minder alcohol drinken",
                                  "Meer tijd aan jezelf besteden", "Structuur aanbrengen.", "Sneller worden"])  # fmt: skip
def test_a_wish_or_a_vague_verb_as_an_infinitive_phrase_is_still_not_specific(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is False


def test_more_countable_things_stay_a_visible_action() -> None:
    assert _check("Ik wil meer klanten bellen.").letters["specifiek"].ok is True


def test_quitting_is_a_result_and_every_training_a_frequency() -> None:
    assert _check("Stoppen met roken").letters["meetbaar"].ok is True
    result = _check("Na elke training schrijf ik een korte reflectie.")
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline is None


# The checks6 round: general rules found on the tuning parts (heldout7 is tuning data now).
def test_a_plan_in_the_present_tense_keeps_its_year_as_deadline() -> None:
    for text in ("In 2025 voeren we de nieuwe werkwijze in.", "In 2025 wordt gestart met de nieuwe roosters."):
        result = _check(text)
        assert result.letters["tijdgebonden"].ok is True, text
        assert result.deadline == date(2025, 12, 31), text


def test_a_year_before_a_plural_noun_is_a_count() -> None:
    assert _check("We bouwen deze periode 1500 woningen.").deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "Ik bel klanten alleen tussen 9.00 en 17.00 uur terug.",
        "Doordeweeks lees ik geen mail.",
        "Ik zet 's avonds mijn werktelefoon uit.",  # checks7: a time of day, also with a curly apostrophe
        "Ik zet ’s avonds mijn werktelefoon uit.",
    ],
)
def test_a_time_of_day_and_weekdays_are_time_bound_without_a_deadline(text: str) -> None:
    result = _check(text)
    assert result.letters["tijdgebonden"].ok is True
    assert result.deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "Volgend jaar voeren we de nieuwe werkwijze in.",  # separable verb, the particle at the end
        "We wijzen voor elke stagiair een buddy aan.",
        "In maart wordt gestart met de training van alle teamleiders.",  # a participle with 'wordt'
    ],
)
def test_separable_verbs_and_the_passive_are_actions(text: str) -> None:
    assert _check(text).letters["specifiek"].ok is True


@pytest.mark.parametrize(
    "text", ["Vanaf april ga ik na 18.00 uur niks meer mailen.", "Op vrijdag plan ik geen vergaderingen."]
)
def test_zero_of_something_after_the_action_is_measurable(text: str) -> None:
    assert _check(text).letters["meetbaar"].ok is True


# The checks7 round: general rules found on the tuning parts (heldout8 is tuning data now).
def test_a_chain_of_numbers_is_no_date() -> None:
    result = _check("Ik werk volgens de 90-20-10-regel: 90 minuten gefocust, dan 20 minuten lichter werk.")
    assert result.deadline is None
    assert _check("Ik lever het verslag in voor 20-10.").deadline is not None  # a plain date still is one


def test_a_plural_with_an_apostrophe_is_a_thing_made() -> None:
    assert _check("Ik maak video’s voor het intranet.").letters["specifiek"].ok is True


def test_aan_de_slag_without_what_is_vague() -> None:
    assert _check("Ik wil gewoon aan de slag.").letters["specifiek"].ok is False
    assert _check("Ik ga aan de slag met de nieuwe planningstool.").letters["specifiek"].ok is True
