"""The feedback check: does a sentence for your manager land well, and how to say it better.

`check_feedback(text, texts=content.checks)` looks for what makes feedback land badly:
- absoluut: absolute words (nooit, altijd, steeds, telkens, elke keer, …);
- jij_boodschap: a blaming jij-message ('jij luistert niet', 'ik vind dat je te laat bent');
- oordeel: a label or judgement of the person (onredelijk, slordig, lui, 'je bent onduidelijk');
- geen_situatie: no concrete moment or setting (when, in which meeting, which mail).
A sentence is constructive when it has none of the first three, and it either names a
concrete situation or speaks from the ik-form, asks a question or gives a compliment.
When it is not constructive, the check proposes the ik-form, built from the sentence:
'Ik merk dat je zelden naar mijn ideeën luistert, bijvoorbeeld [noem één moment], en ik
zou graag samen bekijken wat er anders kan.' Absolute words are softened in correct Dutch
('nooit' → 'zelden', or 'soms geen' before a noun: 'soms geen tijd'), a modal goes before
its infinitive, and the proposal never ends on an empty placeholder. The template is content/feedback.yaml's
`ik_template`, with checks.yaml's as a fallback.

Plain Python; never imports Textual. Regular expressions are compiled once, at import.
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
from functools import lru_cache
from typing import Any, Final, NamedTuple

from gesprekscoach.checks import patterns as re  # `re`, compiling through a cache
from gesprekscoach.checks.smart_lemmas import is_infinitive, is_verb_form, lemma
from gesprekscoach.content.check_models import CheckTexts
from gesprekscoach.content.templates import fill

SIGNAL_KINDS: Final[tuple[str, ...]] = ("absoluut", "jij_boodschap", "oordeel", "geen_situatie")
"""The kinds of signal, as they appear under `soort` in the JSON."""

_STRONG_KINDS: Final = frozenset({"absoluut", "jij_boodschap", "oordeel"})


class Signal(NamedTuple):
    """One thing in the sentence that makes feedback land badly."""

    kind: str
    """One of `SIGNAL_KINDS`."""
    words: list[str]
    """The words of the sentence that gave this signal (empty for geen_situatie)."""
    explanation: str
    """Why it lands badly, in Dutch."""

    def to_json(self) -> dict[str, Any]:
        """`{"soort": …, "woorden": […], "uitleg": …}`."""
        return {"soort": self.kind, "woorden": list(self.words), "uitleg": self.explanation}


class FeedbackResult(NamedTuple):
    """The outcome of `check_feedback`."""

    constructive: bool
    signals: list[Signal]
    proposal: str | None
    """A better way to say it (the ik-form), or None when the sentence is fine."""

    def to_json(self) -> dict[str, Any]:
        """The JSON object of `gesprekscoach feedback --json`."""
        return {
            "constructief": self.constructive,
            "signalen": [signal.to_json() for signal in self.signals],
            "voorstel": self.proposal,
        }


# =========================================================================== lexicon

_FOLD_TABLE: Final = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "ó": "o", "\u2011": "-", "–": "-"})


def _fold(text: str) -> str:
    """Lower-case the text without changing any position in it."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.translate(_FOLD_TABLE)


_RE_ABSOLUTE: Final = re.compile(
    r"\b(?:voor de zoveelste keer|zoveelste keer|de hele tijd|nooit eens|helemaal nooit|bijna nooit|bijna altijd"
    r"|nooit meer|nooit|altijd|steeds weer|steeds(?!\s+(?:meer|vaker|minder|beter|drukker|moeilijker|lastiger|groter|"
    r"beter|sneller|belangrijker)\b)|telkens weer|telkens|constant|continu|voortdurend|elke keer|iedere keer|alweer"
    r"|weer eens|totaal niet|niemand)\b"
)
_RE_SOFTENED: Final = re.compile(r"\b(?:niet|niet per se|lang niet|zoals)\s+$")
_RE_NEGATIVITY: Final = re.compile(
    r"\b(?:niet(?!\s+alleen\b)|nooit|geen|niks|niets|nergens|nauwelijks|amper|zelden|te\s+(?:laat|weinig|veel|snel|vaak|druk|kort"
    r"|streng|lang|hard|vroeg)|vergeet|vergat|vergeten|negeert|negeerde|genegeerd|negeren|onderbreekt|onderbrak"
    r"|onderbroken|onderbreken|kapt|afgekapt|zegt\s+(?:\w+\s+){0,4}?af|afgezegd|schuift|voorgetrokken|trekt"
    r"|bemoeit|zeurt|schreeuwt|snauwt|snauwde|overlaadt|dumpt|kleineert|verandert|luistert\s+(?:\w+\s+){0,3}?niet"
    r"|doet\s+moeilijk|doet\s+alsof|laat\s+(?:\w+\s+){0,4}?(?:vallen|liggen|zitten|wachten|staan)|zit\s+(?:\w+\s+){0,3}?op\s+mijn\s+nek"
    r"|micromanage\w*|controleert|wantrouwt|moet|moeten|slecht|slechte|maar\s+wat)\b"
)
_RE_SUBJECT: Final = re.compile(r"\b(?:jij|je|u|jullie)\b")
_SUBJECT_FOLLOWERS: Final = re.compile(
    r"\s+(?:\w+t|kan|kon|wil|mag|zal|zou|was|had|deed|gaf|zei|liet|kwam|ging|nam|kreeg|zat|stond|heb|ben|moet|"
    r"vergeet|vergat|reageer|niet|nooit|altijd|steeds|weer|ook|echt|gewoon|alleen|nog|al|toch|eigenlijk|telkens"
    r"|constant|vaak|zelden|nauwelijks|te|niks|niets|geen|maar|zo)\b"
)
_PLURAL_VERB: Final = re.compile(r"\s+\w+en\b")
_RE_BLAME: Final = re.compile(
    r"\b(?:door jou|door u|door jullie|jouw schuld|uw schuld|jullie schuld|dankzij jou|jij zorgt ervoor|je zorgt ervoor"
    r"|jij maakt|jij moet|je moet|u moet|jullie moeten|jij bent degene|jij hebt|jij doet"
    r"|mag\s+(?:je|jij|u)\s+(?:\w+\s+)?(?:wel\s+)?(?:eens|vaker|wat\s+vaker))\b"
)
_RE_OBSERVATION_FRAME: Final = re.compile(
    r"\b(?:ik merk|ik zie|ik ervaar|ik heb (?:het gevoel|het idee|gemerkt|gezien|ervaren)|het valt me op|mij valt op"
    r"|ik vraag me af|ik begrijp|ik snap|ik waardeer|ik zou (?:graag|het fijn vinden|willen)|ik wil graag|ik hoop"
    r"|ik ben blij|fijn|bedankt|dank je|zou je|zou jij|zou u|kun je|kan je|kunt u|wil je|wilt u|mag ik|kunnen we"
    r"|zullen we)\b[^.!?]*$"
)
_RE_JUDGEMENT_FRAME: Final = re.compile(r"\bik vind (?:het )?(?:dat|echt dat|wel dat)\s*$|\bik vind\s*$")
_STRONG_LABELS: Final = (
    "onredelijk", "lui", "slordig", "incompetent", "onbekwaam", "onprofessioneel", "belachelijk", "schandalig",
    "waardeloos", "respectloos", "onbeschoft", "arrogant", "dom", "stom", "idioot", "absurd", "bizar", "onacceptabel",
    "onzin", "kinderachtig", "egoïstisch", "oneerlijk", "onbetrouwbaar", "onkundig", "hopeloos", "amateuristisch",
    "bazig", "betweterig", "kortzichtig", "ongeïnteresseerd", "onattent", "ondoordacht", "micromanager",
    "controlfreak", "chaoot", "betweter", "zeur", "niet normaal", "te gek voor woorden", "een ramp", "dramatisch",
    "slechte leidinggevende", "slechte manager", "slechte baas", "slechte chef", "slecht leiding", "partijdig",
    "ongeloofwaardig", "lachwekkend", "zinloos", "onzinnig", "overbodig", "sneu", "zielig", "onmogelijk", "onuitstaanbaar", "nutteloos", "laf",
    "zonde van mijn tijd", "zonde van de tijd", "tijdverspilling", "verspilde tijd", "onkunde", "prutswerk",
)  # fmt: skip
_TRAIT_LABELS: Final = (
    "onduidelijk", "vaag", "chaotisch", "rommelig", "ongeorganiseerd", "afwezig", "afstandelijk", "kortaf",
    "negatief", "traag", "moeilijk", "lastig", "streng", "kritisch", "druk", "gesloten", "vervelend", "irritant",
    "star", "koppig", "eigenwijs", "passief", "onbereikbaar", "onvoorspelbaar", "wispelturig", "afwachtend",
    "slecht", "ongeduldig", "onvriendelijk", "bot", "kil", "gemeen", "onzeker", "nonchalant", "besluiteloos",
    "onbetrokken", "ongeïnteresseerd", "vergeetachtig", "verstrooid",
)  # fmt: skip
_TRAIT_NOUNS: Final = r"(?:manier|houding|gedrag|aanpak|stijl|communicatie|toon|reactie|reacties|leiding|leiderschap)"
_RE_STRONG_LABEL: Final = re.compile(
    r"(?<!niet )\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _STRONG_LABELS) + r")\b"
)
_TRAIT_ADJ: Final = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _TRAIT_LABELS)
_ADVERBS: Final = (
    r"(?:(?:erg|zo|heel|echt|nogal|best|behoorlijk|te|altijd|nooit|steeds|ook|gewoon|vaak|soms|wel|toch|super|enorm"
    r"|ontzettend|vreselijk|veel|beetje|een\s+beetje|nog\s+steeds|zeer|wat|wel\s+wat)\s+)*"
)
_RE_TRAIT_LABEL: Final = re.compile(
    r"\b(?:je|jij|u|jullie|hij|zij|ze)\s+(?:bent|is|was|zijn|waren|lijkt|lijken|doet|doen|reageert|reageerde|communiceert"
    r"|communiceren|praat|schrijft|werkt|leidt|plant|komt|kwam|overkomt|klinkt|handelt|treedt|gedraagt)\s+(?:je\s+|zich\s+)?"
    + _ADVERBS
    + r"(?P<adj>"
    + _TRAIT_ADJ
    + r")\b"
    r"|\b(?:ik\s+vind|vind\s+ik)\s+(?:je|jou|u|jullie)\s+" + _ADVERBS + r"(?P<adj2>" + _TRAIT_ADJ + r")\b"
    r"|\bwat\s+(?:ben|bent|is|zijn)\s+(?:je|jij|u|jullie)\s+" + _ADVERBS + r"(?P<adj3>" + _TRAIT_ADJ + r")\b"
    r"|\b(?:je|jouw|uw|jullie)\s+(?P<adj4>(?:" + _TRAIT_ADJ + r")e)\s+" + _TRAIT_NOUNS + r"\b"
)
_TIME_ANCHORS: Final = (
    r"gisteren|eergisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|laatst|onlangs|recent|recentelijk"
    r"|(?:vorige|afgelopen|deze)\s+(?:week|maand|keer|vergadering|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|dienst|sprint|periode|jaar)"
    r"|vorig\s+jaar|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei"
    r"|juni|juli|augustus|september|oktober|november|december|toen|sinds|de\s+laatste\s+(?:\w+\s+)?(?:keer|keren|weken"
    r"|maanden|dagen|overleggen|vergaderingen|diensten|sprints)|al\s+(?:\w+\s+)?(?:weken|maanden|dagen)|week\s+\d+"
    r"|\d{1,2}[-/]\d{1,2}|\d+\s*(?:keer|x)\b|(?:twee|drie|vier|vijf|zes)\s+keer|bij\s+het\s+laatste|sinds\s+de"
    r"|kerst|kerstmis|pasen|de\s+zomer|de\s+vakantie|\w*vakantie|feestdagen|het\s+weekend|deze\s+periode"
    r"|drukke\s+(?:week|weken|periode|dagen|dag|dienst|diensten|maand|maanden)"
)
_EVENT_NOUNS: Final = (
    r"\w*overleg|\w*vergadering|bespreking|meeting|\w*mail|e-mail|bericht|appje|\w*project|presentatie|rapport|\w*gesprek"
    r"|dienst|\w*rooster|planning|offerte|evaluatie|sprint|retro|stand-up|standup|afspraak|beoordeling|voorstel|verslag"
    r"|deadline|audit|reorganisatie|verhuizing|training|teamdag|heidag|\w*uitje|klantbezoek|oplevering|klacht|incident"
    r"|overdracht|inwerkperiode|proeftijd|agenda|notulen|jaarplan|begroting|bijeenkomst|call|teams-call|werkoverleg"
    r"|vraag|vragen|opmerking|beslissing|besluit|keuze|opdracht|taak|taken|klus|verzoek|aanvraag|wijziging"
    r"|situatie|moment"
)
_RE_SITUATION: Final = re.compile(
    r"\b(?:" + _TIME_ANCHORS + r")\b"
    r"|\b(?:in|tijdens|bij|na|op|voor|van|aan)\s+(?:het|de|ons|onze|mijn|jouw|je|die|dat|dit|deze)\s+(?:\w+\s+)?(?:"
    + _EVENT_NOUNS
    + r")\b"
    r"|\b(?:die|dat|deze|dit)\s+(?:" + _EVENT_NOUNS + r")\b"
)
_RE_TIME_ANCHOR: Final = re.compile(r"\b(?:" + _TIME_ANCHORS + r")\b")
_RE_PAST: Final = re.compile(
    r"\b(?:heb|hebt|had|hadden|was|waren|zei|zeiden|gaf|gaven|deed|deden|liet|lieten|kwam|kwamen|ging|nam|stuurde"
    r"|vergat|vertelde|reageerde|belde|wist)\b"
)
"""A verb in the past: with a concrete moment ('toen de planning wijzigde, heb je …') it tells what happened."""
_RE_INTERPRETATION: Final = re.compile(
    r"\b(?:negeert|negeerde|genegeerd|negeren|kleineert|kleineerde|snauwt|snauwde|schreeuwt|schreeuwde|voorgetrokken"
    r"|dumpt|dumpte|zeurt|bemoeit|overlaadt|wantrouwt|micromanage\w*|doet\s+moeilijk|deed\s+moeilijk|doet\s+alsof"
    r"|maar\s+wat|afgekapt|kapte|weer|alweer|opnieuw)\b"
)
"""Words that judge what the other did ('genegeerd', 'weer'), rather than describe it ('heb je niets laten weten')."""
_RE_SECOND_PERSON: Final = re.compile(r"\b(?:je|jij|jou|jouw|u|uw|jullie)\b")
_NUMBER_WORDS: Final = (
    r"twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend"
    r"|meerdere|enkele|verschillende|veel"
)
_RE_DETAIL: Final = re.compile(
    r"\b(?:\d+|" + _NUMBER_WORDS + r")\b"
    r"|\b(?:een|één|half|halve)\s+(?:uur|kwartier|dag|week|minuut|maand)\b"
)
"""A count that makes a sentence concrete: 'twee grafieken', 'punt 4', 'meerdere typefouten', 'een uur te laat'."""
_RE_VAGUE_VERDICT: Final = re.compile(
    r"\b(?:slecht\w*|niet\s+(?:\w+\s+)?(?:goed|genoeg|duidelijk|helder|oke|ok|normaal|handig|fijn|prettig)"
    r"|beter|gewoon|toch|niks|geen\s+idee|hetzelfde|probleem|moet|moeten|mag|anders|eigenlijk|overdrijf\w*"
    r"|rommel\w*|zootje|puinhoop|chaos|oke|oké|ok|prima|matig|redelijk|aardig)\b"
    r"|(?<!uur )(?<!minuten )(?<!kwartier )(?<!dagen )(?<!weken )\bte\s+(?!\w+en\b)\w+"
)
"""Words that judge without telling what happened: 'niet goed genoeg', 'gewoon te veel', 'dit moet beter'."""
_RE_PARTICIPLE: Final = re.compile(r"\bge[a-z]{3,}(?:d|t|en)\b")
_RE_PERFECT: Final = re.compile(r"\b(?:heb|hebt|heeft|hebben|had|hadden|ben|bent|is|zijn|was|waren)\b")


def _has_participle(sentence: str) -> bool:
    """'… heb je opgeruimd', '… geoefend hebt': a perfect tense (a participle with hebben or zijn)."""
    if not _RE_PERFECT.search(sentence):
        return False
    return any(
        lemma(m.group()) != m.group() or m.group().startswith(("opge", "afge", "uitge", "ingege"))
        for m in re.finditer(r"\b[a-z]*ge[a-z]{3,}(?:d|t)\b", sentence)
    )


_COPULAS: Final = frozenset({"was", "waren", "had", "hadden", "heb", "hebt"})
"""Past forms that say nothing happened by themselves: 'Het was wel oké.'"""


def _past_verb(sentence: str) -> bool:
    """A verb in the past tense: a known one ('kwam', 'liep'), a weak one ('bevatte'), or a perfect tense."""
    content = [m.group() for m in _RE_PAST.finditer(sentence) if m.group() not in _COPULAS]
    if content or re.search(r"\b(?:kon|kwam|liep|stond|zat|kreeg|werd|moest|wilde)\b", sentence):
        return True
    for m in re.finditer(r"\b[a-z]{4,}(?:te|de|ten|den)\b", sentence):
        found = lemma(m.group())
        if found != m.group() and found.endswith("en"):
            return True
    return _has_participle(sentence)


def _is_observation(low: str) -> bool:
    """A plain account of what happened or what is there, with a concrete detail, and no verdict.

    'Twee grafieken in de opstelling kloppen niet.', 'Het rapport bevatte meerdere typefouten.',
    'Daardoor liep de deadline 3 dagen uit.': a count or a verb in the past, and none of the words
    that only judge ('niet goed genoeg', 'gewoon te veel', 'dit moet beter').
    """
    if _RE_VAGUE_VERDICT.search(low):
        return False
    return bool(_RE_DETAIL.search(low)) or _past_verb(low)


_RE_IK_FRAME: Final = re.compile(
    r"\b(?:ik merk|ik zie|ik ervaar|ik voel|ik heb (?:het gevoel|het idee|gemerkt|gezien|last|behoefte|moeite)"
    r"|ik vind het (?:niet\s+)?(?:lastig|moeilijk|jammer|vervelend|fijn|prettig|belangrijk|spannend|leuk|rottig|naar)"
    r"|ik mis"
    r"|ik zou (?:\w+\s+){0,3}?(?:graag|het fijn vinden|willen)|ik wil (?:\w+\s+){0,3}?(?:graag|je vragen|u vragen)"
    r"|ik hoop|ik vraag me af"
    r"|ik maak me zorgen|ik ben benieuwd|ik waardeer|ik begrijp"
    r"|ik snap|het valt me op|mij valt op|het zou (?:mij|me) helpen|wat mij helpt|het helpt (?:mij|me)|ik werk (?:het )?best|ik stel voor"
    r"|mijn voorstel|ik merkte|ik zag|ik had graag"
    r"|(?:mis|merk|merkte|zie|zag|ervaar|voel|vind|heb|had|hoop|stel)\s+ik"
    r"|(?:wil|zou)\s+ik\s+(?:\w+\s+){0,2}?graag)\b"
    r"|\b(?:ik\s+(?:ben|was|word|werd|voel\s+me|voelde\s+me)|(?:ben|was|word|werd)\s+ik)\s+(?:\w+\s+){0,3}?"
    r"(?:bang|boos|kwaad|bezorgd|ongerust|verdrietig|teleurgesteld|geschrokken|gefrustreerd|geïrriteerd|onzeker"
    r"|blij|trots|opgelucht|gelukkig|moe|gespannen|nerveus)\b"
    r"|\bik\s+(?:denk|dacht)\s+(?:(?:echt|wel|toch|niet|eerlijk\s+gezegd)\s+){0,2}dat\b|\bik\s+kan\s+zien\s+dat\b|\bik\s+wil\s+dat\b|\bik\s+begin\s+(?:mij|me)\b|\bik\s+maak\s+mij\s+zorgen\b"
)
"""The ik-form: what you notice, feel, think or wish ('ben ik bang dat …', 'ik was boos omdat …', 'ik denk dat …')."""
_RE_IK_OPENING: Final = re.compile(
    r"(?:[a-z]+,\s*)?ik\s+(?!vind\b|vond\b)[a-z]+\b"
    r"(?![^.!?]*(?<!\bop )(?<!\bin )(?<!\bvan )(?<!\baan )(?<!\bmet )(?<!\bbij )\b(?:je|jij|u|jullie)\b)"
)
"""A sentence that opens with 'ik' and speaks of yourself: 'Britt, ik moet nu echt even door' ('op je kamer' is a place)."""
_RE_REQUEST: Final = re.compile(
    r"\b(?:zou(?:den)?\s+(?:je|jij|u|we|wij)|kun(?:t|nen)?\s+(?:je|jij|u|we|wij)|kan\s+(?:je|jij|ik)|wil(?:t)?\s+(?:je|jij|u)"
    r"|mag\s+ik|kunnen\s+we|zullen\s+we|is\s+het\s+mogelijk|wat\s+vind\s+je|hoe\s+kijk\s+je|hoe\s+zie\s+je|wat\s+als\s+we"
    r"|zou\s+het\s+kunnen|lijkt\s+het\s+je|wat\s+denk\s+je|laten\s+we)\b"
)
_RE_APPRECIATION: Final = re.compile(
    r"\b(?:waardeer|waardering|bedankt|dank\s+je|dankjewel|dank\s+u|fijn\s+(?:dat|hoe|om)|top\s+dat|blij\s+(?:dat|met)"
    r"|goed\s+dat|knap|compliment|heel\s+fijn|echt\s+fijn|prettig\s+(?:dat|hoe)|helpt\s+me|heeft\s+me\s+(?:goed\s+)?geholpen"
    r"|hielp\s+me|ik\s+heb\s+veel\s+gehad\s+aan|sterk\s+(?:hoe|dat)|goed\s+geregeld|goed\s+gedaan|goed\s+te\s+volgen"
    r"|(?:jouw|je|uw)\s+(?:heldere|duidelijke|goede|fijne|sterke|prettige|rustige|snelle|grondige)\s+\w+"
    r"|goed\s+samen(?:\s+kunnen)?\s+werken|goed\s+samengewerkt|fijn\s+samengewerkt"
    r"|(?:je|jij|u)\s+(?:doet|deed|hebt|heeft|had)\s+(?:het|dat|dit)\s+(?:altijd\s+|steeds\s+)?"
    r"(?:erg\s+|heel\s+|echt\s+|super\s+)?goed"
    r"|(?:was|is|vond\s+ik|klonk)\s+(?:erg\s+|heel\s+|echt\s+|zo\s+|super\s+|ontzettend\s+)?"
    r"(?:helder|duidelijk|sterk|mooi|prettig|knap|waardevol|behulpzaam|goed\s+(?:opgebouwd|voorbereid|uitgelegd)))\b"
    r"|\b(?:was|is|waren|zijn)\s+(?:erg\s+|heel\s+|echt\s+|zo\s+|super\s+|ontzettend\s+)?goed\s*(?:[.!,]|$)"
)
"""Thanks or praise: 'bedankt', 'fijn dat', 'je uitleg was helder' (never after 'niet': 'was niet duidelijk')."""
_RE_PRAISE: Final = re.compile(
    r"\b(?:wat\s+(?:een\s+)?(?:goed|mooi\w*|knap|fijn|sterk|leuk)|geweldig\w*|indrukwekkend|fantastisch\w*|prachtig\w*"
    r"|uitstekend\w*|top|wauw|interessant\w*|netjes|overzichtelijk|mooie?|(?:heel|erg|echt|zeer|super)\s+goed"
    r"|\w*tof|(?:super|mega|heel\s+|erg\s+|echt\s+)gaaf|wat\s+(?:\w+\s+){1,3}?(?:goed|mooi|knap|fijn|sterk)\s+(?:je|jij)\b"
    r"|goede\s+\w+"
    r"|goed\s+gedaan|goed\s+bezig|bedanken\s+voor|dank\s+voor|(?:is|was)\s+(?:altijd\s+|echt\s+)?een\s+feest(?:je)?"
    r"|stralend\w*|inspirerend\w*|motiverend\w*|enthousias\w+|geduldig\w*|behulpzaam|zorgzaam|deskundig\w*"
    r"|gedreven|creatief|creatieve|briljant\w*|perfect\w*|heerlijk\w*|bijzonder\w*|waardevol\w*|leerzaam"
    r"|bewonderenswaardig|krachtig\w*|origineel|originele|sterk\s+gedaan|(?:slaag|slaagt|slaagde|slaagden|geslaagd)\s+"
    r"(?:\w+\s+){0,3}?in\s+om|lukt\w*\s+(?:het\s+)?(?:je|jou|u)\b)\b"
)
_RE_NOT_PRAISE: Final = re.compile(
    r"\b(?:niet(?!\s+alleen\b)|geen|nooit|nergens|(?<![.!?]\s)(?<!^)maar(?!\s+(?:\w+\s+){0,2}?ook\b)|jammer|slecht\w*"
    r"|te(?!\s+\w+en\b)|moet|moeten)\b"
)
"""Praise on its own ('Geweldige presentatie.', 'Wat goed van je!'): a compliment, unless it is negated or turned."""
_RE_WISH: Final = re.compile(
    r"(?:,\s*|\s+)?\b(?:en\s+|maar\s+)?(?:ik\s+zou\s+(?:het\s+)?graag\s+(?:willen\s+)?|ik\s+wil\s+graag\s+"
    r"|ik\s+hoop\s+(?=dat\s)|ik\s+zou\s+willen\s+(?=dat\s)|ik\s+wil\s+(?=dat\s))(?P<wish>[^.!?]+)"
)
_RE_SENTENCE: Final = re.compile(r"[^.!?]+[.!?]*")

_PRONOUNS: Final = frozenset(
    {"je", "jij", "u", "jullie", "het", "hij", "zij", "ze", "we", "wij", "er", "dit", "dat", "men", "ik"}
)
_DETERMINERS: Final = frozenset(
    {"de", "het", "een", "mijn", "onze", "ons", "jouw", "je", "die", "deze", "dit", "dat", "uw"}
)
_FINITE_VERBS: Final = frozenset(
    """
    is was zijn waren wordt werd worden heeft had hebben komt kwam gaat ging loopt liep klopt klopte staat stond
    ligt lag blijft bleef kost kostte duurt duurde verandert veranderde moet kan kon mag zal zou wil lijkt voelt
    voelde krijg krijgt kreeg krijgen word heb ben bent hebt doet deed gaf geeft zegt zei laat liet neemt nam
    """.split()
)
_SUBORDINATORS: Final = frozenset(
    {
        "dat",
        "als",
        "omdat",
        "wanneer",
        "terwijl",
        "zodat",
        "die",
        "waar",
        "wat",
        "want",
        "maar",
        "alsof",
        "zodra",
        "voordat",
        "nadat",
        "waardoor",
        "en",
        "hoe",
        "waarom",
        "wie",
        "of",
    }
)
_PARTICLES: Final = frozenset(
    {
        "af",
        "op",
        "aan",
        "in",
        "uit",
        "mee",
        "door",
        "terug",
        "toe",
        "weg",
        "over",
        "na",
        "voor",
        "bij",
        "om",
        "neer",
        "samen",
    }
)


def _snippets(original: str, spans: list[tuple[int, int]]) -> list[str]:
    found: list[str] = []
    for start, end in sorted(spans):
        snippet = " ".join(original[start:end].split())
        if snippet and snippet not in found:
            found.append(snippet)
    return found


# =========================================================================== finding signals


_RE_KIND_OF_YOU: Final = re.compile(
    r"\b(?:(?:je|jij)\s+(?:bent|was)|(?:ben|bent|was)\s+(?:je|jij)|(?:ik\s+vind|vind\s+ik)\s+(?:je|jou))\s+"
    r"(?:(?:zo|heel|erg|echt|super|ontzettend|toch|wel|ook|best)\s+)*(?:een\s+)?(?:slim|knap|lief|goed|sterk|attent"
    r"|moedig|dapper|behulpzaam|zorgzaam|slimme|knappe|lieve|goede|sterke)\b"
    r"|\b(?:je|jij)\s+(?:kunt|kan)\s+(?:zo|heel|erg|echt|super|ontzettend)\s+goed\s+\w+"
    r"|\b(?:jij|je)\s+(?:bent\s+)?zo\s+goed\s+(?:aan\s+het\s+)?\w+"
    r"|\bbedanken\b"
)
"""Praise of the person with a kind word: 'Je bent zo slim.', 'Wat ben je goed!', 'Jij kunt zo goed voetballen'."""


def _is_praise(low: str) -> bool:
    """Thanks or praise without a turn: 'je code is altijd netjes', 'je geeft goede advies'."""
    if _RE_APPRECIATION.search(low):
        return True
    kind = bool(_RE_PRAISE.search(low) or _RE_KIND_OF_YOU.search(low))
    return kind and not _RE_NOT_PRAISE.search(low)


def _absolute_spans(low: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    positive = _is_praise(low) and not _RE_NEGATIVITY.search(low)
    if positive:
        return spans
    for m in _RE_ABSOLUTE.finditer(low):
        if _RE_SOFTENED.search(low, max(0, m.start() - 16), m.start()):
            continue  # 'niet altijd', 'zoals altijd'
        if m.group() in ("steeds", "altijd") and low.endswith("nog ", 0, m.start()) and _about_self(low, m.start()):
            continue  # 'ik zit nog steeds met die vraag': how long it lasts, about yourself
        if m.group() in _COUNTABLE_ABSOLUTES and _counted_span(low, m.start()):
            continue  # 'de laatste drie vergaderingen telkens tien minuten later': a count, not a sweeping word
        spans.append((m.start(), m.end()))
    return spans


_COUNTABLE_ABSOLUTES: Final = frozenset({"telkens", "steeds", "elke keer", "iedere keer"})
_RE_COUNTED_SPAN: Final = re.compile(
    r"\b(?:de|die)\s+(?:laatste|afgelopen|vorige)\s+(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+\w+"
)


def _counted_span(low: str, pos: int) -> bool:
    """Whether the text before `pos` names how many times it happened ('de laatste drie vergaderingen').

    'Telkens' over a counted stretch tells what happened each of those times: an observation.
    """
    return bool(_RE_COUNTED_SPAN.search(low, 0, pos))


def _about_self(low: str, pos: int) -> bool:
    """Whether the clause around `pos` speaks about 'ik' and not about the other person."""
    start, end = _sentence_start(low, pos), _clause_end(low, pos)
    part = low[start:end]
    return bool(re.search(r"\bik\b", part)) and not _RE_SECOND_PERSON.search(part)


def _tells_what_happened(low: str, start: int, end: int) -> bool:
    """A je-sentence about one concrete past moment, without absolute words: an observation, not blame.

    The moment is a time word in the text ('Je hebt nog niet gereageerd. Dinsdag verliep de
    deadline.') or a count in the sentence itself ('je hebt punt 4 niet uitgelegd', 'je kwam een
    uur te laat').
    """
    sentence_start = _sentence_start(low, start)
    sentence_end = min((i for i in (low.find(c, start) for c in ".!?") if i >= 0), default=len(low))
    sentence = low[sentence_start:sentence_end]
    past = bool(_RE_PAST.search(low, sentence_start, end)) or _has_participle(sentence)
    named = re.search(r"\b(?:dit|deze)\s+(?:\w+\s+)?\w+", sentence)  # 'dit specifieke schema': one named thing
    return (
        bool(_RE_TIME_ANCHOR.search(low) or _RE_DETAIL.search(sentence) or named)
        and past
        and not _RE_ABSOLUTE.search(sentence)
        and not _RE_STRONG_LABEL.search(sentence)
        and not _RE_INTERPRETATION.search(sentence)
    )


def _clause_end(low: str, start: int) -> int:
    m = re.compile(r"[.!?;]|,\s*(?:en|maar|want|omdat|dus)\b|\s(?:en|maar|want|omdat|dus)\s+(?:ik|we|wij)\b").search(
        low, start
    )
    return m.start() if m else len(low)


def _sentence_start(low: str, pos: int) -> int:
    cut = max(low.rfind(".", 0, pos), low.rfind("!", 0, pos), low.rfind("?", 0, pos))
    return cut + 1


def _jij_spans(low: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    praise = _is_praise(low)
    for m in _RE_BLAME.finditer(low):
        end = _clause_end(low, m.end())
        if praise and m.group().startswith(("jij", "je")) and not _RE_NEGATIVITY.search(low, m.end(), end):
            continue  # 'jij hebt je kamer opgeruimd, wat fijn!', 'Bedankt, jij maakt het verschil!': praise, not blame
        spans.append((m.start(), end))
    for m in _RE_WHY_NOT.finditer(low):
        spans.append((m.start(), _clause_end(low, m.end())))
    for m in _RE_SUBJECT.finditer(low):
        if any(s <= m.start() < e for s, e in spans):
            continue
        if not _SUBJECT_FOLLOWERS.match(low, m.end()) and not (
            m.group() == "jullie" and _PLURAL_VERB.match(low, m.end())
        ):
            continue
        end = _clause_end(low, m.end())
        absolute = _RE_ABSOLUTE.search(low, m.end(), end) and not praise  # 'je doet het altijd goed' is praise
        if not _RE_NEGATIVITY.search(low, m.end(), end) and not absolute:
            continue
        before = low[_sentence_start(low, m.start()) : m.start()]
        if _RE_JUDGEMENT_FRAME.search(before):
            spans.append((m.start(), end))
            continue
        if _RE_OBSERVATION_FRAME.search(before) or _RE_REQUEST.search(low[max(0, m.start() - 8) : m.end()]):
            continue
        if _tells_what_happened(low, m.start(), end):
            continue
        if re.search(r"\bik\s+\w+\s+$", low[max(0, m.start() - 20) : m.start()]):
            continue  # 'ik kan u niet volgen': 'u' is the object, the sentence speaks about 'ik'
        if re.search(r"\b(?:als|wanneer|mocht|indien)\s+$", low[max(0, m.start() - 10) : m.start()]) and not (
            _RE_ABSOLUTE.search(low, m.end(), end)
        ):
            continue  # 'als je niet tevreden bent, wil ik graag …': a condition, not an accusation
        spans.append((m.start(), end))
    return spans


_RE_JUDGED_OF_YOU: Final = re.compile(
    r"\bik\s+(?:vind|vond)\s+(?:het|dat)\s+(?:(?:erg|heel|echt|zo|nogal|best)\s+)?(?P<adj>\w+)\s+van\s+(?:je|jou|u|jullie)\b"
)
"""'Ik vond het onverantwoordelijk van je': a judgement of the person (unless it is praise: 'knap van je')."""


_RE_ASKS_MEANING: Final = re.compile(r"\bbedoel(?:t|de)?\s+(?:je|jij|u)\s+(?:(?:precies|eigenlijk|nou|dan)\s+)*met\s+$")
"""'Wat bedoel je precies met [slordig]?': the word is asked about, not said of the person."""


def _label_spans(low: str) -> list[tuple[int, int]]:
    spans = [
        (m.start(), m.end())
        for m in _RE_STRONG_LABEL.finditer(low)
        if not _RE_ASKS_MEANING.search(low, max(0, m.start() - 40), m.start())
    ]
    for m in _RE_JUDGED_OF_YOU.finditer(low):
        if not _RE_PRAISE.match(m["adj"]) and not _RE_APPRECIATION.match(m["adj"]) and m["adj"] not in _KIND_WORDS:
            spans.append((m.start("adj"), m.end("adj")))
    for m in _RE_TRAIT_LABEL.finditer(low):
        for group in ("adj", "adj2", "adj3", "adj4"):
            if m[group]:
                spans.append((m.start(group), m.end(group)))
    return spans


_KIND_WORDS: Final = frozenset(
    "knap lief fijn goed aardig sterk attent slim tof leuk moedig dapper behulpzaam zorgzaam gaaf cool".split()
)
_RE_TIP: Final = re.compile(
    r"^\s*(?:(?:meer|minder|vaker|eerder|duidelijker)\s+(?:\w+\s+){0,3}?\w+en\b"
    r"|(?:hou|houd|let|zorg|probeer|gebruik|vraag|schrijf|plan|stuur|maak|neem|geef|zet|test|check|deel|noem)\s+\w+)"
)
"""A tip in the imperative or the infinitive: 'Hou in de front-end de main stijl aan.', 'Meer comments schrijven.'"""


_RE_NEXT_TIME: Final = re.compile(r"\b(?:de\s+)?volgende\s+keer\b")
"""A suggestion for next time: 'Als je dat volgende keer erbij zet, snappen mensen je argument beter.'"""


_RE_WORD: Final = re.compile(r"[a-zà-ÿ]+")
_SHORT_INFINITIVES: Final = frozenset({"gaan", "staan", "doen", "zien", "slaan"})
_TIP_SUBJECTS: Final = frozenset(
    {"ik", "je", "jij", "u", "jullie", "we", "wij", "hij", "zij", "ze", "het", "dit", "dat"}
)


def _infinitive_tip(sentence: str) -> bool:
    """A tip as an infinitive phrase, as coaches write them: 'breder staan bij de cirkel', 'rustig blijven ademen'.

    Dutch gives such a tip without a subject or a conjugated verb, with an infinitive among its
    first words (found by its lemma, so no list of verbs is needed), and without a complaint.
    """
    words = _RE_WORD.findall(sentence)
    if not 2 <= len(words) <= 12 or _TIP_SUBJECTS.intersection(words) or _RE_NEGATIVITY.search(sentence):
        return False
    if any(w in _FINITE_VERBS or is_verb_form(w) for w in words[:3]):
        return False  # a conjugated verb stands first or second in a Dutch main clause
    return any(w in _SHORT_INFINITIVES or (is_infinitive(w) and lemma(w) == w) for w in words[:4])


_LONG_VOWEL_STEM: Final = re.compile(r"(?P<head>[a-z]*?)(?P<v>aa|ee|oo|uu)(?P<c>[a-z])$")
_VOICED: Final = {"f": "v", "s": "z"}


def _infinitives_of_stem(word: str) -> list[str]:
    """The infinitives a verb stem can belong to, by Dutch spelling ('spreek' → 'spreken', 'zet' → 'zetten').

    A long vowel is written once in an open syllable (spreek, spreken), f and s become v and z
    (geef, geven; lees, lezen), and a short vowel doubles the consonant (zet, zetten).
    """
    ends = [word[-1], _VOICED.get(word[-1], word[-1])]
    found = [word + "en"]
    long_vowel = _LONG_VOWEL_STEM.fullmatch(word)
    if long_vowel:
        found += [long_vowel["head"] + long_vowel["v"][0] + end + "en" for end in ends]
    else:
        found += [word[:-1] + end + "en" for end in ends[1:]] + [word + word[-1] + "en"]
    return found


_NO_STEMS: Final = frozenset(
    {"wat", "hoe", "wie", "waar", "welk", "welke", "een", "ook", "doe", "zeg", "hou", "houd", "stop", "kap", "schei"}
)
"""First words that are no tip's verb: question words; 'doe', 'zeg', 'hou'; and orders to stop ('stop daar mee')."""


def _imperative_tip(sentence: str) -> bool:
    """A tip in the imperative, found by the verb's stem: 'Spreek rustig en luid genoeg.', 'Kijk naar het publiek.'

    Dutch gives the imperative as the bare stem, first in the sentence, without a subject after
    it; the word is a stem when simplemma's lemma of it is one of the infinitives its spelling allows
    (not 'ging', whose lemma 'gaan' is no spelling of it: a past tense).
    """
    words = _RE_WORD.findall(sentence)
    if len(words) < 2 or _RE_NEGATIVITY.search(sentence):
        return False
    first, second = words[0], words[1]
    if len(first) < 3 or first in _NO_STEMS or first in _FINITE_VERBS or first in _TIP_SUBJECTS:
        return False
    if second in _TIP_SUBJECTS:
        return False  # 'Spreek je …?': a question
    if second in _FINITE_VERBS or is_verb_form(second):
        return False  # 'Werk is …': a noun before its verb
    verb = lemma(first)
    return verb != first and verb in _infinitives_of_stem(first) and is_infinitive(verb)


def _is_tip(low: str) -> bool:
    """A concrete suggestion (no complaint in it): each sentence is a tip without 'niet'/'nooit'/'geen'."""
    sentences = [m.group().strip() for m in _RE_SENTENCE.finditer(low) if m.group().strip()]
    if not sentences or re.search(r"\b(?:nooit|altijd)\b", low):
        return False
    first = sentences[0]
    return bool(_RE_TIP.match(first)) or _infinitive_tip(first) or _imperative_tip(first)


_RE_VAGUE_DO: Final = re.compile(r"\bhet\s+(?:\w+\s+){0,4}?(?:beter|anders|goed)\s+(?:te\s+)?doen\b")
"""'probeer het de volgende keer beter te doen': a tip that does not say what to do differently."""
_RE_WHY_NOT: Final = re.compile(
    r"(?:^|[.!?]\s*)waarom\s+(?:\w+\s+){0,2}?(?:je|jij|u|jullie)\s+(?:\w+\s+){0,3}?(?:niet|nooit|geen)\b"
)
"""'Waarom kun je niet altijd zo zijn?': a reproach put as a question."""
_RE_OPEN_QUESTION: Final = re.compile(r"^(?:hoe|wat|welke|welk)\b(?!\s+een\b)[^?]*\?$")
"""An open question ('Wat had jij op dat moment anders kunnen doen?', 'Hoe kijk jij ernaar?'), not 'Wat een …?'."""


def _is_request(low: str) -> bool:
    """A polite or open question: 'Kunnen we …?', 'Zou je …?', 'Wat zou jij anders doen?' (it asks, not complains)."""
    for sentence in _RE_SENTENCE.finditer(low):
        part = sentence.group().strip()
        if _RE_OPEN_QUESTION.match(part) and not _RE_NEGATIVITY.search(part):
            return True
        m = _RE_REQUEST.search(part)
        if m and (part.endswith("?") or m.start() == 0 or part[: m.start()].strip() in ("", "en", "maar")):
            return True
        if m and re.match(r"ik\b[^,]*,\s*$", part[: m.start()]):
            return True  # 'Ik ben aan het bellen, kun je wat zachter doen': a request after what you are doing
    return False


def check_feedback(text: str, *, texts: CheckTexts, template: str | None = None) -> FeedbackResult:
    """Check a sentence you want to say to your manager; fast enough for every key press.

    `template` is the ik-form with {situatie} and {wens} (content/feedback.yaml's
    `ik_template`); when None, the one in checks.yaml is used. `texts` are the Dutch
    texts of the content in use (`content.checks`); the check reads no file. An empty
    text is not constructive and has no signals and no proposal.
    """
    ft = texts.feedback
    if not text or not text.strip():
        return FeedbackResult(False, [], None)
    low = _fold(text)
    signals: list[Signal] = []
    found: dict[str, list[tuple[int, int]]] = {
        "absoluut": _absolute_spans(low),
        "jij_boodschap": _jij_spans(low),
        "oordeel": _label_spans(low),
    }
    for kind in ("absoluut", "jij_boodschap", "oordeel"):
        if found[kind]:
            explanation = getattr(ft.signals, kind).explanation
            signals.append(Signal(kind, _snippets(text, found[kind]), explanation))
    has_situation = bool(_RE_SITUATION.search(low))
    if not has_situation:
        signals.append(Signal("geen_situatie", [], ft.signals.geen_situatie.explanation))
    praise = _is_praise(low)
    ik_opening = bool(_RE_IK_OPENING.match(low)) and not _RE_VAGUE_DO.search(low)
    framed = praise or ik_opening or bool(_RE_IK_FRAME.search(low) or _is_request(low) or _RE_APPRECIATION.search(low))
    suggestion = (_is_tip(low) or bool(_RE_NEXT_TIME.search(low))) and not _RE_VAGUE_DO.search(low)
    framed = framed or suggestion or _is_observation(low)
    strong = any(signal.kind in _STRONG_KINDS for signal in signals)
    constructive = not strong and (has_situation or framed)
    proposal = None
    if not constructive:
        proposal = _proposal(text, low, found, has_situation, template or ft.ik_template, texts)
    return FeedbackResult(constructive, signals, proposal)


# =========================================================================== the proposal


def _proposal(text: str, low: str, found: dict[str, list[tuple[int, int]]], has_situation: bool,
              template: str, texts: CheckTexts) -> str:  # fmt: skip
    """The sentence in the ik-form: what you notice, and what you would like."""
    ft = texts.feedback
    wish = ft.wens_placeholder
    body_end = len(text)
    m = _RE_WISH.search(low)
    if m:
        wish = text[m.start("wish") : m.end("wish")].strip().rstrip(",;:")
        if re.match(r"(?i)dat\s", wish):
            wish = fill(ft.wish_that, wens=wish[4:].strip())
        body_end = m.start()
    situation = _situation_from(text[:body_end], low[:body_end], found, ft.softer_words, ft.softer_before_noun)
    if situation is None:
        situation = ft.situatie_placeholder
    elif not has_situation:
        situation = f"{situation}, {ft.example_placeholder}"
    return fill(template, situatie=situation, wens=wish)


def _situation_from(text: str, low: str, found: dict[str, list[tuple[int, int]]],
                    softer: dict[str, str], before_noun: dict[str, str]) -> str | None:  # fmt: skip
    """The first sentence, softened and turned into a 'dat'-clause; None when that cannot be done."""
    if found["oordeel"]:
        return None
    sentence = next((m for m in _RE_SENTENCE.finditer(text) if m.group().strip()), None)
    if sentence is None:
        return None
    part = sentence.group().strip().rstrip(".!?").strip()
    part_low = _fold(part)
    frame = re.match(
        r"^(?:ik\s+(?:vind|denk|merk|zie|ervaar|heb\s+het\s+gevoel)\s+(?:het\s+)?dat|ik\s+vind)\s+", part_low
    )
    if frame:
        part = part[frame.end() :]
        words = part.split()
    else:
        reordered = _to_subordinate(part.split())
        if reordered is None:
            return None
        words = reordered
    result = " ".join(words)
    result = _soften(result, softer, before_noun)
    result = re.sub(r"\bjij\b", "je", result, flags=re.IGNORECASE)
    result = re.sub(r"^(?:maar|en|want)\s+", "", result, flags=re.IGNORECASE)
    if result and result.split()[0].lower() in _PRONOUNS | _DETERMINERS:
        result = result[0].lower() + result[1:]
    return result or None


def _looks_finite(word: str) -> bool:
    """A finite verb: a known one, or a word whose lemma is a verb ('luistert', 'bevatte'); 'rapport' is none."""
    if word in _FINITE_VERBS:
        return True
    if len(word) <= 3 or word.endswith(("en", "heid", "ment")) or not word.endswith(("t", "d", "de", "te")):
        return False
    found = lemma(word)
    return found != word and found.endswith("en")


_PERSONS: Final = frozenset({"je", "jij", "u", "jullie", "ik", "we", "wij", "hij", "zij", "ze", "men"})
"""Personal pronouns: after a comma, they start a new main clause."""
_CLUSTER_VERBS: Final = frozenset(
    {"moet", "moeten", "kan", "kun", "kunt", "kunnen", "wil", "wilt", "willen", "zal", "zult", "zullen", "mag",
     "mogen", "gaat", "ga", "gaan", "laat", "laten", "zou", "zouden", "blijft", "blijven", "hoeft", "hoeven"}
)  # fmt: skip
"""Finite verbs that go before the infinitive they belong to: 'dat je je best moet doen'."""


def _to_subordinate(words: list[str]) -> list[str] | None:
    """'je luistert niet naar mij' → 'je niet naar mij luistert' (the verb moves to the end of its clause).

    A modal goes before its infinitive ('je moet beter plannen' → 'je beter moet plannen'), a
    comma after the moved part stays behind the verb, and a second main clause after a comma
    ('…, je moet …') is left out: the proposal is about the first thing that happened.
    """
    if len(words) < 2:
        return None
    lowered = [w.lower().strip(",") for w in words]
    second = lowered[1]
    person_verb = lowered[0] in _PERSONS and len(second) > 3 and second.endswith("t") and second not in _DETERMINERS
    if (lowered[0] in _PRONOUNS and _looks_finite(second) and second not in _DETERMINERS) or person_verb:
        verb_index = 1  # 'jij plant …': after a personal pronoun, a word on -t is the verb
    elif lowered[0] in _DETERMINERS | _PRONOUNS:
        verb_index = next((i for i in range(1, min(5, len(words))) if _looks_finite(lowered[i])), -1)
        if verb_index < 0:
            return None
    else:
        return None
    verb = words[verb_index].strip(",")
    rest = words[verb_index + 1 :]
    if not rest:
        return None
    rest_low = lowered[verb_index + 1 :]
    cut = next(
        (i for i, w in enumerate(rest_low) if w in _SUBORDINATORS or (i and rest[i - 1].endswith(","))), len(rest)
    )
    main, tail = rest[:cut], rest[cut:]
    comma = ""
    if main and main[-1].endswith(","):
        main = [*main[:-1], main[-1].rstrip(",")]
        comma = ","
        if tail and tail[0].lower() in _PERSONS:
            tail, comma = [], ""  # '…, je moet …': a second main clause, left out
    if main and main[-1].lower() in _PARTICLES:
        verb = main[-1] + verb
        main = main[:-1]
    elif (
        main
        and verb.lower() in _CLUSTER_VERBS
        and main[-1].lower().endswith("en")
        and lemma(main[-1].lower()) == main[-1].lower()
    ):
        return words[:verb_index] + main[:-1] + [verb, main[-1] + comma] + tail  # 'je best moet doen'
    return words[:verb_index] + main + [verb + comma] + tail


@lru_cache(maxsize=8)
def _softening_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE
    )


def _soften(text: str, softer: dict[str, str], before_noun: dict[str, str] | None = None) -> str:
    """Replace absolute words by softer ones ('altijd' → 'vaak', 'nooit naar mij luistert' → 'zelden …').

    A negation before a bare noun takes the words of `before_noun` instead ('nooit tijd voor
    mij hebt' → 'soms geen tijd voor mij hebt'; 'nooit een antwoord' → 'soms geen antwoord'):
    Dutch says 'geen tijd', never 'niet tijd'.
    """
    if not softer:
        return text
    nouns = before_noun or {}
    pattern = _softening_pattern(tuple(set(softer) | set(nouns)))

    def replace(m: re.Match[str]) -> str:
        key = m.group().lower()
        if key in nouns and _noun_follows(text, m.end()):
            return nouns[key]
        return softer.get(key, nouns.get(key, m.group()))

    softened = pattern.sub(replace, text)
    return re.sub(r"\b(geen)\s+een\s+", r"\1 ", softened, flags=re.IGNORECASE)


_NOT_NOUNS: Final = (
    _PRONOUNS | _DETERMINERS | _PARTICLES | _SUBORDINATORS
    | frozenset(
        """
        naar met bij tegen tot zonder over om eens meer echt zo te weer iets niets niks goed snel op
        helemaal wel ook nog al even erg heel zelf precies direct meteen gewoon samen mij me hem haar ons hen
        """.split()
    )
)  # fmt: skip
_ADJECTIVE_ENDINGS: Final = (
    "baar", "lijk", "ig", "isch", "loos", "zaam", "ief", "aal", "eel", "end", "ende", "eus", "ant", "ent", "air",
)  # fmt: skip


def _noun_follows(text: str, pos: int) -> bool:
    """Whether a bare noun ('tijd', 'antwoord', 'een compliment') comes right after `pos`, before the clause's verb.

    The text is a subordinate clause, so its finite verb is the last word: a word before
    it that is no preposition, adverb, pronoun, adjective or participle is a noun.
    """
    rest = re.findall(r"[\w'-]+", text[pos:])
    if len(rest) < 2:
        return False
    word = rest[0].lower()
    if word == "een":
        return True
    if word in _NOT_NOUNS or word.endswith(_ADJECTIVE_ENDINGS) or is_verb_form(word):
        return False
    if word.endswith("en") and lemma(word) == word:
        return False  # an infinitive: 'nooit horen' is 'zelden horen'
    return not (word.startswith("ge") and word.endswith(("d", "t", "en")) and len(word) > 5)
