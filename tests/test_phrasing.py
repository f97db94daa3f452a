"""Tests for the feedback check (gesprekscoach.checks.feedback): signals, proposal, JSON shape, accuracy."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from gesprekscoach.checks.feedback import SIGNAL_KINDS, FeedbackResult, check_feedback
from gesprekscoach.content.loader import load_check_texts
from gesprekscoach.paths import shipped_content_dir
from held_out_parts import assert_each_part_has_new_sources

DATA = Path(__file__).parent / "data" / "feedback_sentences.yaml"
REAL = Path(__file__).parent / "data" / "feedback_real.yaml"
TEXTS = load_check_texts(shipped_content_dir(), use_cache=False)


def _sentences() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _feedback(text: str, template: str | None = None) -> FeedbackResult:
    return check_feedback(text, template=template, texts=TEXTS)


def _kinds(result: FeedbackResult) -> list[str]:
    return [signal.kind for signal in result.signals]


# --------------------------------------------------------------------------- JSON shape


def test_json_has_exactly_the_specified_shape() -> None:
    data = _feedback("Jij luistert nooit naar mijn ideeën.").to_json()
    assert list(data) == ["constructief", "signalen", "voorstel"]
    assert data["constructief"] is False
    assert isinstance(data["voorstel"], str) and data["voorstel"]
    assert data["signalen"], "a blaming sentence has signals"
    for signal in data["signalen"]:
        assert list(signal) == ["soort", "woorden", "uitleg"]
        assert signal["soort"] in SIGNAL_KINDS
        assert isinstance(signal["woorden"], list) and all(isinstance(w, str) for w in signal["woorden"])
        assert isinstance(signal["uitleg"], str) and signal["uitleg"]


def test_json_of_a_constructive_sentence() -> None:
    data = _feedback(
        "Ik merk dat ik de planning vaak pas op vrijdag krijg, en ik zou die graag op woensdag hebben."
    ).to_json()
    assert data == {"constructief": True, "signalen": [], "voorstel": None}


# --------------------------------------------------------------------------- signals


def test_absolute_words_are_flagged() -> None:
    result = _feedback("Het is hier altijd chaos.")
    assert result.constructive is False
    signal = next(s for s in result.signals if s.kind == "absoluut")
    assert signal.words == ["altijd"]
    assert signal.explanation == TEXTS.feedback.signals.absoluut.explanation


@pytest.mark.parametrize("word", ["nooit", "altijd", "steeds", "telkens", "nooit eens"])
def test_each_absolute_word_from_the_issue(word: str) -> None:
    result = _feedback(f"In het overleg van maandag kwam mijn punt {word} niet aan bod.")
    assert "absoluut" in _kinds(result)


def test_softened_and_comparative_forms_are_not_absolute() -> None:
    assert "absoluut" not in _kinds(_feedback("Ik voel me niet altijd gehoord in het werkoverleg."))
    assert "absoluut" not in _kinds(_feedback("Ik merk dat ik in het overleg steeds meer taken krijg."))


def test_absolute_words_in_praise_are_fine() -> None:
    result = _feedback("Ik waardeer het dat je altijd tijd maakt als ik met een vraag kom.")
    assert result.constructive is True
    assert "absoluut" not in _kinds(result)


def test_blaming_jij_message_is_flagged() -> None:
    result = _feedback("Jij luistert niet.")
    signal = next(s for s in result.signals if s.kind == "jij_boodschap")
    assert signal.words == ["Jij luistert niet"]
    assert result.constructive is False


@pytest.mark.parametrize(
    "text",
    ["Ik vind dat je te weinig tijd voor ons hebt.", "Je moet beter communiceren.", "Jullie doen maar wat.",
     "Waarom luister je nooit naar mij?", "Door jou heb ik weer overgewerkt."],
)  # fmt: skip
def test_other_jij_messages(text: str) -> None:
    assert "jij_boodschap" in _kinds(_feedback(text))


@pytest.mark.parametrize(
    "text",
    ["Je hebt me vorige week goed geholpen met de klant.",
     "Zou je mij de volgende keer willen betrekken bij de planning?",
     "Ik merk dat je de laatste twee overleggen hebt afgezegd, en ik zou graag weten waarom."],
)  # fmt: skip
def test_je_without_blame_is_no_jij_message(text: str) -> None:
    assert "jij_boodschap" not in _kinds(_feedback(text))


@pytest.mark.parametrize(
    "text", ["Je bent onredelijk.", "Je bent slordig met afspraken.", "Jullie zijn lui.", "Je bent zo onduidelijk."]
)
def test_labels_and_judgements_are_flagged(text: str) -> None:
    result = _feedback(text)
    assert "oordeel" in _kinds(result)
    assert result.constructive is False


def test_onduidelijk_about_a_situation_is_no_label() -> None:
    result = _feedback("Vorige week was de planning voor de kerst onduidelijk voor mij. Kunnen we die samen doornemen?")
    assert "oordeel" not in _kinds(result)
    assert result.constructive is True


def test_no_concrete_situation_is_flagged() -> None:
    result = _feedback("De communicatie vanuit het management is slecht.")
    assert _kinds(result) == ["geen_situatie"]
    assert result.signals[0].words == []
    assert result.constructive is False


def test_a_wish_without_a_situation_is_still_constructive() -> None:
    result = _feedback("Ik zou graag vaker feedback krijgen op mijn rapportages.")
    assert result.constructive is True
    assert _kinds(result) == ["geen_situatie"]
    assert result.proposal is None


# --------------------------------------------------------------------------- the proposal


def test_proposal_uses_the_ik_form_from_checks_yaml_by_default() -> None:
    result = _feedback("Jij luistert nooit naar mijn ideeën.")
    texts = TEXTS.feedback
    assert result.proposal is not None
    assert result.proposal.startswith("Ik merk dat je zelden naar mijn ideeën luistert")
    assert texts.example_placeholder in result.proposal
    assert texts.wens_placeholder in result.proposal


def test_proposal_uses_the_given_template() -> None:
    result = _feedback("U vergeet steeds onze afspraken.", template="Wat ik zie: {situatie}. Wat ik wil: {wens}.")
    assert result.proposal is not None
    assert result.proposal.startswith("Wat ik zie: u vaak onze afspraken vergeet")


def test_proposal_keeps_the_wish_of_the_sentence() -> None:
    result = _feedback("Jij plant altijd op het laatste moment, ik wil dat je het rooster een week eerder maakt.")
    assert result.proposal is not None
    assert "zien dat je het rooster een week eerder maakt" in result.proposal
    assert "vaak" in result.proposal


def test_proposal_for_a_label_asks_what_happened() -> None:
    result = _feedback("Je bent echt onredelijk met die planning.")
    assert result.proposal is not None
    assert TEXTS.feedback.situatie_placeholder in result.proposal


def test_proposal_moves_the_verb_to_the_end() -> None:
    result = _feedback("Je bent nooit bereikbaar als ik je nodig heb.")
    assert result.proposal is not None
    assert "dat je zelden bereikbaar bent als ik je nodig heb" in result.proposal


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_sentence(text: str) -> None:
    result = _feedback(text)
    assert result.to_json() == {"constructief": False, "signalen": [], "voorstel": None}


def test_emoji_and_a_long_sentence() -> None:
    text = "Jij luistert nooit 😤 " + "en dat vind ik jammer " * 20
    result = _feedback(text)
    assert result.constructive is False
    assert "absoluut" in _kinds(result)


# --------------------------------------------------------------------------- accuracy on the labelled sets


def _agreement(items: list[dict[str, Any]]) -> float:
    return sum(_feedback(item["text"]).constructive == item["constructief"] for item in items) / len(items)


def test_the_labelled_set_is_big_enough() -> None:
    data = _sentences()
    assert len(data["tuned"]) >= 40
    assert len(data["heldout"]) >= 20
    for part in ("tuned", "heldout"):
        labels = [item["constructief"] for item in data[part]]
        assert True in labels and False in labels


def test_agreement_on_the_tuned_set() -> None:
    assert _agreement(_sentences()["tuned"]) >= 0.90


def test_signals_on_the_tuned_set() -> None:
    for item in _sentences()["tuned"]:
        kinds = _kinds(_feedback(item["text"]))
        for kind in item.get("soorten", []):
            assert kind in kinds, (item["text"], kinds)


# Measured once on the held-out set (round 3, 24 sentences), after tuning was done: 22/24.
# This floor is exactly that figure: it guards against getting worse, and must not be tuned up.
HELDOUT_FLOOR = 22 / 24


def test_agreement_on_the_heldout_set_does_not_drop() -> None:
    assert _agreement(_sentences()["heldout"]) >= HELDOUT_FLOOR


# --------------------------------------------------------------------------- real sentences other people wrote


def _real() -> dict[str, Any]:
    return yaml.safe_load(REAL.read_text(encoding="utf-8"))


def test_the_real_set_is_big_and_has_sources() -> None:
    data = _real()
    items = [item for part in ("tune", "heldout1", "heldout2", "heldout3") for item in data[part]]
    assert len(items) >= 30
    later = {"heldout3": 30, "heldout4": 35, "heldout5": 40, "heldout6": 30, "heldout7": 50, "heldout8": 40}
    later |= {"heldout9": 45, "heldout10": 45}
    assert_each_part_has_new_sources(data, ("tune", "heldout1", "heldout2"), later)
    assert len({item["source"] for item in data["heldout9"]}) >= 12
    assert len({item["source"] for item in data["heldout10"]}) >= 15
    assert len({item["source"] for item in items}) >= 10
    assert {item["constructief"] for item in items} == {True, False}
    for item in items:
        assert {"source", "text", "constructief"} <= set(item) <= {"source", "text", "constructief", "note", "batch"}


# Measured on tests/data/feedback_real.yaml after the last tuning round (see its header for the
# figures before tuning). `heldout2` was measured once, after all tuning. Exactly the measured
# counts: they guard against getting worse and must not be raised by tuning on them.
REAL_FLOORS = {
    "tune": 25,
    "heldout1": 17,
    "heldout2": 8,
    "heldout3": 35,
    "heldout4": 33,
    "heldout5": 40,
    "heldout6": 28,
    "heldout7": 50,
    "heldout8": 39,
    "heldout9": 31,
    "heldout10": 27,
}
"""heldout3: scored once in the checks round (26/35), tuned on since (35/35).
heldout4: scored once in the checks2 round (23/35), tuned on in the checks3 round (33/35).
heldout5: scored once in the checks3 round (26/40), tuned on in the checks4 round (40/40).
heldout6: scored once in the checks4 round (21/30), tuned on in the checks5 round (28/30).
heldout7: scored once in the checks5 round (40/54), tuned on in the checks6 round (50/54).
heldout8: scored once in the checks6 round (29/40), tuned on in the checks7 round (39/40).
heldout9: the checks7 round, new sources, scored once after all tuning: 31/47 (below the 90 % target).
heldout10: the checks7 round's second held-out part, scored once with the same checks: 27/47 (below the target)."""


@pytest.mark.parametrize("part", sorted(REAL_FLOORS))
def test_agreement_on_real_sentences_does_not_drop(part: str) -> None:
    items = _real()[part]
    right = sum(_feedback(item["text"]).constructive == item["constructief"] for item in items)
    assert right >= REAL_FLOORS[part], (part, right, len(items))


# --------------------------------------------------------------------------- edge cases from real sentences


@pytest.mark.parametrize(
    "text",
    ["Je uitleg was helder en rustig opgebouwd, daardoor was het voor iedereen goed te volgen.",
     "Je doet het altijd goed.", "Door jouw heldere samenvatting ging ik de materie beter begrijpen.",
     "We hebben goed samen kunnen werken.", "Ik wil van jou graag een antwoord.", "Ik zit nog steeds met die vraag.",
     "Ik vind het niet leuk dat je zo tegen mij praat.",
     "Toen de planning wijzigde, heb je niets laten weten. Dat zorgde voor verwarring in het team.",
     "Als je niet tevreden bent, wil ik graag dat je het rechtstreeks tegen mij zegt.",
     "Ik kan u niet goed volgen wanneer u gaat schreeuwen. Dat vind ik lastig."],
)  # fmt: skip
def test_constructive_sentences_from_real_pages(text: str) -> None:
    result = _feedback(text)
    assert result.constructive is True, _kinds(result)


@pytest.mark.parametrize(
    "text",
    ["Gisteren was je weer te laat.", "Je doet het niet goed.", "Jij bent nog steeds niet klaar.",
     "Je kwam wel wat onzeker over.", "Je presentatie was niet duidelijk.", "Ik zou het anders doen."],
)  # fmt: skip
def test_sentences_that_still_land_badly(text: str) -> None:
    assert _feedback(text).constructive is False, _kinds(_feedback(text))


# --------------------------------------------------------------------------- proposals in correct Dutch


def test_nooit_before_a_noun_becomes_geen() -> None:
    proposal = _feedback("Jij hebt nooit tijd voor mij.").proposal
    assert proposal is not None
    assert "je soms geen tijd voor mij hebt" in proposal
    assert "niet tijd" not in proposal


def test_nooit_before_a_verb_becomes_zelden() -> None:
    proposal = _feedback("Jij laat nooit horen hoe het met je gaat.").proposal
    assert proposal is not None and "dat je zelden laat horen hoe het met je gaat" in proposal


def test_a_weak_compliment_gets_a_proposal_that_ends_as_a_sentence() -> None:
    proposal = _feedback("Het was wel oké.").proposal
    assert proposal is not None
    assert proposal.startswith("Ik merk dat het wel oké was")
    assert not proposal.rstrip(".").endswith("]")


def test_a_modal_goes_before_its_infinitive() -> None:
    proposal = _feedback("Je moet beter communiceren.").proposal
    assert proposal is not None and "dat je beter moet communiceren" in proposal


def _jij_sentences() -> list[str]:
    real = _real()
    team = _sentences()
    items = [item for part in ("tune", "heldout1", "heldout2", "heldout3") for item in real[part]]
    items += team["tuned"] + team["heldout"]
    return [item["text"] for item in items if re.search(r"\b(?:jij|je|u|jullie)\b", item["text"], re.IGNORECASE)]


_NOUN_AFTER_NIET = re.compile(r"\b(?:niet|soms niet)\s+(?:tijd|een|antwoord|zin|idee|aandacht|feedback|compliment)\b")
_ALLOWED_DOUBLES = frozenset({"je", "die", "dat"})


def test_every_jij_sentence_gets_a_dutch_proposal() -> None:
    """The known traps: 'niet tijd', 'soms niet' before a noun, an empty placeholder at the end, a doubled word."""
    checked = 0
    for text in _jij_sentences():
        proposal = _feedback(text).proposal
        if proposal is None:
            continue
        checked += 1
        low = proposal.lower()
        assert not _NOUN_AFTER_NIET.search(low), (text, proposal)
        assert not re.search(r"\[[^\]]*\]\W*$", proposal), (text, proposal)
        words = re.findall(r"[\w']+", low)
        doubled = [a for a, b in zip(words, words[1:], strict=False) if a == b and a not in _ALLOWED_DOUBLES]
        assert not doubled, (text, proposal)
    assert checked >= 40


# The checks3 round: general rules found on the tuning parts (heldout4 is tuning data now).
@pytest.mark.parametrize(
    "text",
    [
        "Hou in de front-end de main stijl aan.",
        "Meer comments schrijven in je code.",
        "Je code is altijd netjes.",
        "Ik was boos omdat je bent weggegaan zonder de achtertuin te maaien.",
        "Als jij je speelgoed in de kamer op de grond laat vallen, ben ik bang dat ik erover val.",
        "Ik denk dat het onkruid op de parkeerplaats moet worden verwijderd.",
    ],
)
def test_tips_praise_and_ik_sentences_are_constructive(text: str) -> None:
    assert _feedback(text).constructive


@pytest.mark.parametrize(
    "text",
    [
        "Ik vond het onverantwoordelijk van je en ik was echt kwaad.",
        "Meer je best doen, je doet nooit wat ik vraag.",
        "Je bent altijd laat.",
    ],
)
def test_a_judgement_or_an_absolute_still_lands_badly(text: str) -> None:
    assert not _feedback(text).constructive


# The checks4 round: general rules found on the tuning parts (heldout5 is tuning data now).
@pytest.mark.parametrize(
    "text",
    ["Drie tabellen in het verslag missen een bron.", "De offerte bevatte twee rekenfouten.",
     "Je hebt vraag 3 niet beantwoord.", "Hé, jij hebt de kast opgeruimd, wat fijn!"],
)  # fmt: skip
def test_a_plain_observation_with_a_detail_lands_well(text: str) -> None:
    assert _feedback(text).constructive, _kinds(_feedback(text))


@pytest.mark.parametrize(
    "text",
    ["Het verslag was wel oké.", "Dit moet gewoon beter.", "Wat fijn dat je opruimt, dat mag je wel vaker doen!"],
)
def test_a_verdict_without_a_detail_or_a_sting_still_lands_badly(text: str) -> None:
    assert not _feedback(text).constructive


# The checks5 round: general rules found on the tuning parts (heldout6 is tuning data now).
@pytest.mark.parametrize(
    "text",
    ["Je presentatie was goed.", "Merci. Maar jij ziet er ook stralend uit.",
     "Je hebt niet alleen veel kennis, je geduld is ook altijd een goede hulp.",
     "Je slaagde er altijd in om het team te motiveren.", "Rustiger ademen tijdens de oefening.",
     "Wat zou jij op zo'n moment anders doen?", "In die situatie had je eerder kunnen bellen."],
)  # fmt: skip
def test_praise_a_tip_or_an_open_question_without_a_known_moment_lands_well(text: str) -> None:
    assert _feedback(text).constructive, _kinds(_feedback(text))


@pytest.mark.parametrize(
    "text", ["Je bent altijd te laat.", "Jij beslist altijd alles zonder te overleggen.", "Wat een rommel?",
             "Het was goed, maar je moet beter plannen."]
)  # fmt: skip
def test_an_absolute_or_a_turn_still_lands_badly_next_to_the_new_rules(text: str) -> None:
    assert not _feedback(text).constructive


# The checks6 round: general rules found on the tuning parts (heldout7 is tuning data now).
@pytest.mark.parametrize("text", ["Je bent echt slim.", "Wat ben je goed!", "Jij kunt zo goed uitleggen.",
                                  "We willen het hele team bedanken."])  # fmt: skip
def test_praise_of_the_person_with_a_kind_word_is_constructive(text: str) -> None:
    assert _feedback(text).constructive is True


def test_a_request_after_what_you_are_doing_is_constructive() -> None:
    assert _feedback("Ik zit in een gesprek, kun je wat zachter praten?").constructive is True


@pytest.mark.parametrize("text", ["Waarom kun je nou niet eens op tijd zijn?", "Probeer het gewoon beter te doen."])
def test_a_reproach_as_a_question_and_a_tip_without_content_are_not_constructive(text: str) -> None:
    assert _feedback(text).constructive is False


# The checks7 round: general rules found on the tuning parts (heldout8 is tuning data now).
@pytest.mark.parametrize(
    "text",
    [
        "Spreek rustig, duidelijk en luid genoeg.",  # an imperative, found by the verb's stem
        "Kijk tijdens je uitleg naar de groep.",
        "Geef bij elke stap een voorbeeld.",
        "Britt, ik moet nu echt even door.",  # an opening ik-sentence about yourself
        "Bedankt, jij maakt het verschil!",  # thanks: 'jij maakt' is no blame here
        "Je bijdrage aan de vergadering was heel ondersteunend.",  # 'aan de vergadering' is a situation
        "Ik merk dat je de laatste drie vergaderingen telkens later aanschuift.",  # 'telkens' over a counted stretch
        "Wat bedoel je precies met slordig?",  # asks what a word means, does not call anyone slordig
    ],
)
def test_checks7_tips_ik_sentences_thanks_and_counted_moments_land_well(text: str) -> None:
    assert _feedback(text).constructive is True


@pytest.mark.parametrize(
    "text",
    [
        "Stop daar mee.",  # an order to stop is no tip
        "Doe eens rustig.",
        "Wat een herrie!",  # a question word first, no verb
        "Ik zou het anders doen.",  # an ik-sentence whose only content is 'anders doen'
        "Jij maakt er altijd een puinhoop van.",  # 'jij maakt' without thanks is still blame
        "Je bent altijd te laat.",  # 'altijd' with no counted stretch
        "Je bent echt slordig.",
    ],
)
def test_checks7_orders_vague_tips_and_blame_still_land_badly(text: str) -> None:
    assert _feedback(text).constructive is False
