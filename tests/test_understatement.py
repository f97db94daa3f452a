"""Tests for the selling-yourself-short check (gesprekscoach.checks.understatement)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from gesprekscoach.checks.understatement import UNDERSTATEMENT_KINDS, UnderstatementResult, check_understatement
from gesprekscoach.content.loader import load_check_texts
from gesprekscoach.paths import shipped_content_dir
from held_out_parts import assert_each_part_has_new_sources

REAL = Path(__file__).parent / "data" / "understatement_real.yaml"
TEAM = Path(__file__).parent / "data" / "understatement.yaml"
TEXTS = load_check_texts(shipped_content_dir(), use_cache=False)
FLEMISH = load_check_texts(shipped_content_dir() / "vlaanderen", use_cache=False)


def _check(text: str, **kwargs: Any) -> UnderstatementResult:
    return check_understatement(text, texts=TEXTS, **kwargs)


def _kinds(result: UnderstatementResult) -> list[str]:
    return [signal.kind for signal in result.signals]


def test_json_shape() -> None:
    data = _check("Ik heb gewoon mijn werk gedaan.").to_json()
    assert list(data) == ["te_bescheiden", "signalen"]
    assert data["te_bescheiden"] is True
    [signal] = data["signalen"]
    assert list(signal) == ["soort", "woorden", "uitleg", "vraag", "sterker"]
    assert signal["soort"] == "klein_maken"
    assert signal["vraag"] == TEXTS.understatement.klein_maken.question
    assert signal["sterker"] == "Ik heb mijn werk gedaan."
    assert _check("Ik heb 40 klanten gebeld.").to_json() == {"te_bescheiden": False, "signalen": []}


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Ik heb alleen maar mijn werk gedaan.", "klein_maken"), ("Ik heb een beetje geholpen bij de open dag.", "klein_maken"),
     ("De audit ging goed, maar dat was puur geluk.", "geluk"), ("Toevalstreffer hoor.", "geluk"),
     ("Ach, dat stelde niet veel voor!", "makkelijk"), ("Dat rooster maken was niet zo moeilijk.", "makkelijk"),
     ("We hebben de nieuwe kassa op tijd ingevoerd.", "wij"), ("Het was het team, niet ik.", "wij"),
     ("Ik probeer de nieuwe collega's wegwijs te maken.", "proberen")],
)  # fmt: skip
def test_each_way_of_selling_yourself_short(text: str, kind: str) -> None:
    result = _check(text)
    assert kind in _kinds(result), _kinds(result)
    signal = next(s for s in result.signals if s.kind == kind)
    assert signal.question == getattr(TEXTS.understatement, kind).question
    assert signal.words and all(word in signal.explanation for word in signal.words)
    assert result.question == result.signals[0].question


@pytest.mark.parametrize(
    "text",
    ["We hebben gewoon koffie gedronken en de week doorgenomen.",
     "Gelukkig had ik de back-up al gemaakt, zodat we niets kwijt waren.",
     "Mijn collega heeft me een beetje geholpen met de formules in Excel.",
     "Ik dacht dat het lastig zou worden, maar het viel wel mee.",
     "Ik heb alleen maar open vragen gesteld in het gesprek, zoals de training adviseerde.",
     "Ik heb geprobeerd de cijfers te koppelen, maar dat lukte nog niet.",
     "Ik had gewoon een nieuwe baan kunnen zoeken, maar ik koos voor deze opleiding.",
     "Ik ben trots op wat we samen hebben neergezet en op mijn eigen deel: de planning.", "", "   "],
)  # fmt: skip
def test_sentences_that_are_fine_get_no_remark(text: str) -> None:
    assert _check(text).undersells is False, _kinds(_check(text))


def test_we_counts_only_when_the_question_is_about_your_own_part() -> None:
    text = "We hebben de nieuwe kassa op tijd ingevoerd."
    assert _check(text, own_part=True).undersells is True
    assert _check(text, own_part=False).undersells is False


def test_a_stronger_phrasing_only_when_leaving_words_out_is_enough() -> None:
    assert (
        _check("Ik heb een beetje geholpen bij de open dag.").signals[0].stronger == "Ik heb geholpen bij de open dag."
    )
    assert _check("Toevalstreffer hoor.").signals[0].stronger is None


def test_the_flemish_texts_are_used_when_given() -> None:
    result = check_understatement("Het was het team, niet ik.", texts=FLEMISH)
    assert result.signals[0].question == FLEMISH.understatement.wij.question
    assert FLEMISH.understatement.wij.question != TEXTS.understatement.wij.question


def test_every_kind_has_texts_in_both_packs() -> None:
    for texts in (TEXTS, FLEMISH):
        for kind in UNDERSTATEMENT_KINDS:
            group = getattr(texts.understatement, kind)
            assert group.label and group.question and "{woorden}" in group.explanation


# --------------------------------------------------------------------------- accuracy on labelled sets


def _items(path: Path, part: str) -> list[dict[str, Any]]:
    data: dict[str, list[dict[str, Any]]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data[part]


def _counts(items: list[dict[str, Any]]) -> tuple[int, int, int, int]:
    """(false alarms, fine sentences, caught, underselling sentences)."""
    alarms = sum(_check(item["text"]).undersells for item in items if not item["undersells"])
    caught = sum(_check(item["text"]).undersells for item in items if item["undersells"])
    fine = sum(not item["undersells"] for item in items)
    return alarms, fine, caught, len(items) - fine


def test_the_real_set_has_sources_and_both_labels() -> None:
    data = yaml.safe_load(REAL.read_text(encoding="utf-8"))
    for part in ("tune", "heldout", "heldout2"):
        items = data[part]
        assert {item["undersells"] for item in items} == {True, False}
        assert all(
            {"source", "text", "undersells"} <= set(item) <= {"source", "text", "undersells", "note"} for item in items
        )
    later = {"heldout": 30, "heldout2": 25, "heldout3": 25, "heldout4": 40, "heldout5": 40, "heldout6": 35}
    later["heldout7"] = 40
    assert_each_part_has_new_sources(data, ("tune",), later)


def test_no_false_alarm_on_the_tuning_sets() -> None:
    for items in (_items(REAL, "tune"), _items(TEAM, "tuned")):
        alarms, _, caught, total = _counts(items)
        assert alarms == 0
        assert caught == total


# Measured once on the held-out part, after the check was built: 0 false alarms on 26 fine
# sentences, 9 of 12 underselling sentences caught. These floors are exactly that figure.
def test_the_heldout_part_stays_below_five_percent_false_alarms() -> None:
    alarms, fine, caught, _ = _counts(_items(REAL, "heldout"))
    assert alarms / fine <= 0.05
    assert alarms <= 0
    assert caught >= 9


# The checks2 round: new sources, labelled and committed before the check ran on them, scored once
# after that round's tuning: 0 false alarms on 25 fine sentences, 2 of 5 underselling sentences
# caught. Tuned on in the checks3 round: still 0 false alarms, 3 of 5 caught (4 while the 'gewoon'
# rule that was taken back was in).
def test_the_second_heldout_part_stays_below_five_percent_false_alarms() -> None:
    alarms, fine, caught, _ = _counts(_items(REAL, "heldout2"))
    assert alarms / fine <= 0.05
    assert alarms <= 0
    assert caught >= 3


# The checks3 round: new sources, labelled and committed before the check ran on them, scored once
# after that round's tuning: 4 false alarms on 25 fine sentences (16 %, above the 5 % target) and
# 1 of 2 underselling sentences caught. The floor is exactly that figure, so it cannot get worse;
# docs/checks-accuracy.md lists the four sentences.
# After that scoring, the rule behind two of the false alarms ('gewoon' before any participle) was
# taken back: never nagging comes first. Since then 2 false alarms and 0 of 2 caught.
def test_the_third_heldout_part_does_not_get_worse() -> None:
    alarms, fine, caught, _ = _counts(_items(REAL, "heldout3"))
    assert fine == 25
    assert alarms <= 0  # since the checks4 round: 'gewoon' as the way round a failure, credit shared with everyone


# The checks4 round: new sources, labelled and committed before the check ran on them, scored once
# after that round's tuning: 0 false alarms on 42 fine sentences, 3 of 5 underselling sentences caught.
def test_the_fourth_heldout_part_stays_below_five_percent_false_alarms() -> None:
    alarms, fine, caught, _ = _counts(_items(REAL, "heldout4"))
    assert fine == 42
    assert alarms / fine <= 0.05
    assert alarms <= 0
    assert caught >= 5  # 3 when scored once; 5 after the checks5 round ('vrij gemakkelijk', 'niet al te moeilijk')


# The checks5 round: new sources, labelled and committed before the check ran on them, scored once
# after that round's tuning: 0 false alarms on 43 fine sentences, 2 of 5 underselling sentences caught.
def test_the_fifth_heldout_part_stays_below_five_percent_false_alarms() -> None:
    alarms, fine, caught, _ = _counts(_items(REAL, "heldout5"))
    assert fine == 43
    assert alarms / fine <= 0.05
    assert alarms <= 0
    assert caught >= 4  # 2 when scored once; 4 after the checks6 round ('viel mij heel erg mee', 'valt … best mee')


# The checks6 round: new sources (people describing their own work first), labelled and committed before the
# check ran on them, scored once after that round's tuning: 0 false alarms on 37 fine sentences, 0 of 6
# underselling sentences caught.
def test_the_sixth_heldout_part_stays_below_five_percent_false_alarms() -> None:
    alarms, fine, caught, _ = _counts(_items(REAL, "heldout6"))
    assert fine == 37
    assert alarms / fine <= 0.05
    assert alarms <= 0
    assert caught >= 5  # 0 when scored once; 5 after the checks7 round ('een beetje aan het', 'kleine bijdrage', …)


# The checks7 round: new sources (employees and trainees on their own work, award winners, reflection
# reports), labelled and committed before the check ran on them, scored once after that round's tuning:
# 1 false alarm on 36 fine sentences (2.8 %), 2 of 10 underselling sentences caught.
def test_the_seventh_heldout_part_stays_below_five_percent_false_alarms() -> None:
    alarms, fine, caught, _ = _counts(_items(REAL, "heldout7"))
    assert fine == 36
    assert alarms / fine <= 0.05
    assert alarms <= 1
    assert caught >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb meer documentatie proberen te schrijven met nadruk op infrastructuur.",
    ],
)
def test_trying_in_the_past_is_noticed(text: str) -> None:
    assert _check(text).undersells


# The checks4 round: rules that keep fine sentences quiet.
@pytest.mark.parametrize(
    "text",
    ["Het lukte mij niet met een loop, dus heb ik gewoon vijf kaarten met de hand gemaakt.",
     "Iedereen in het team heeft een grote rol gehad in wat wij hebben opgeleverd."],
)  # fmt: skip
def test_a_workaround_or_credit_shared_with_everyone_is_no_alarm(text: str) -> None:
    assert not _check(text).undersells


def test_the_work_called_easy_with_more_words_before_mee() -> None:
    assert _check("De migratie van ons archief viel mij heel erg mee.").undersells is True


# The checks7 round: general rules found on the tuning parts (heldout6 is tuning data now).
@pytest.mark.parametrize(
    "text",
    [
        "Ik was een beetje aan het programmeren.",  # 'een beetje' before what you were doing
        "Mijn kleine bijdrage was de planning van het project.",
        "Dat was mijn bescheiden bijdrage aan de verbouwing.",
        "Straks komen ze erachter dat ik dit helemaal niet kan.",  # the fear of being found out
        "Ik kom niet in de buurt van het niveau van mijn collega's.",
    ],
)
def test_checks7_small_words_about_your_own_work_are_noticed(text: str) -> None:
    assert _check(text).undersells is True


@pytest.mark.parametrize(
    "text",
    [
        "Ik was aan het programmeren toen de storing begon.",
        "Zijn bijdrage aan het project was groot.",
        "Ik kwam erachter dat het script niet werkte en heb het herschreven.",
    ],
)
def test_checks7_plain_sentences_stay_quiet(text: str) -> None:
    assert _check(text).undersells is False
