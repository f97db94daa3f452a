"""Selling yourself short: notices when someone describes their own result smaller than it is.

Many people report their own work as smaller than it was (Exley & Kessler measured this
for self-evaluations). In a wins-log entry or an answer to a reflection question, Dutch
has a few usual ways of doing it, and `check_understatement(text, texts=...)` looks for
them:
- klein_maken: a minimiser on what you did: 'gewoon mijn werk', 'alleen maar mijn werk
  gedaan', 'een beetje geholpen', 'een beetje onderzoek gedaan';
- geluk: success put down to luck or chance: 'geluk gehad', 'toevalstreffer', 'per ongeluk
  gelukt';
- makkelijk: the work called easy or nothing: 'niet zo moeilijk', 'viel wel mee', 'stelde
  niet veel voor', 'geen enkele moeite';
- wij: 'we' or 'het team' where the question is about your own part, with no 'ik' at all;
- proberen: 'ik probeer' where you describe what you do.
Each finding comes with a short question ('Wat deed jij zelf?') and, when leaving the
minimiser out is enough, a stronger phrasing of the sentence.

A low false-alarm rate comes first: the check must never nag about a sentence that is
fine. So each pattern needs the writer as the one who acts ('ik heb gewoon …', not 'we
hebben gewoon onze ideeën verteld'), help received is no minimiser ('Dylan had me een beetje
geholpen'), 'gelukkig' is no luck claim, and 'viel wel mee' or 'niet zo moeilijk' about
something expected or heard of ('ik had verwacht dat …, maar dat viel wel mee') is left
alone. All texts come from content/checks.yaml (`understatement`).

Plain Python; never imports Textual. Regular expressions are compiled once, at import.
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
from typing import Any, Final, NamedTuple

from gesprekscoach.checks import patterns as re  # `re`, compiling through a cache
from gesprekscoach.checks.smart_text import fold
from gesprekscoach.content.check_models import CheckTexts, UnderstatementSignalTexts
from gesprekscoach.content.templates import fill

UNDERSTATEMENT_KINDS: Final[tuple[str, ...]] = ("klein_maken", "geluk", "makkelijk", "wij", "proberen")
"""The ways of selling yourself short, as they appear under `soort` in the JSON."""


class UnderstatementSignal(NamedTuple):
    """One way the text makes your own work smaller, with a question that helps say it stronger."""

    kind: str
    """One of `UNDERSTATEMENT_KINDS`."""
    words: list[str]
    """The words of the text that did it."""
    explanation: str
    question: str
    stronger: str | None
    """The sentence without the minimiser ('Ik heb mijn werk gedaan.'), when that is enough."""

    def to_json(self) -> dict[str, Any]:
        """`{"soort", "woorden", "uitleg", "vraag", "sterker"}`."""
        return {
            "soort": self.kind,
            "woorden": list(self.words),
            "uitleg": self.explanation,
            "vraag": self.question,
            "sterker": self.stronger,
        }


class UnderstatementResult(NamedTuple):
    """The outcome of `check_understatement`."""

    signals: list[UnderstatementSignal]

    @property
    def undersells(self) -> bool:
        """True when the text makes the writer's own work smaller than it is."""
        return bool(self.signals)

    @property
    def question(self) -> str | None:
        """The question of the first signal: the one thing to ask the writer, or None when the text is fine."""
        return self.signals[0].question if self.signals else None

    def to_json(self) -> dict[str, Any]:
        """`{"te_bescheiden": …, "signalen": […]}`."""
        return {"te_bescheiden": self.undersells, "signalen": [signal.to_json() for signal in self.signals]}


# =========================================================================== patterns

_CLAUSE: Final = re.compile(r"[^.!?;:,()]+|\([^)]*\)")
_CLAUSE_OPENERS: Final = re.compile(
    r"(?<!alleen)\s(?=(?:maar(?!\s+gewoon)|en|want|omdat|dat|zodat|terwijl|waardoor|toen)\s)"
)
_I: Final = re.compile(r"\b(?:ik|mezelf)\b")
_WE: Final = re.compile(r"\b(?:we|wij|ons|onze|het team|ons team|mijn team|de groep|het hele team)\b")
_MY_PART: Final = re.compile(r"\b(?:ik|mij|me|mijn|m'n|mezelf)\b")
_ACTIVE_AUX: Final = re.compile(r"\b(?:heb|had|deed|doe|ben|was)\b")
_PASSIVE: Final = re.compile(r"\b(?:was|werd|ben|word|wordt)\b\s+(?:\w+\s+){0,3}?(?:geholpen|ondersteund|begeleid)\b")
_HYPOTHETICAL: Final = re.compile(r"\b(?:kunnen|zou|zouden|had\s+kunnen|moeten|wil|wilde)\b")
_REPORTED: Final = re.compile(
    r"\b(?:gehoord|gezegd|verteld|vertelde|zei|zeiden|dacht|gedacht|verwacht|verwachtte|leek|lijkt|bleek)\b"
)
"""Words that put the clause in someone's expectation or report: 'ik had verwacht dat …, maar dat viel wel mee'."""

_MINIMISERS: Final = (
    re.compile(
        r"\b(?:gewoon|alleen\s+maar|maar\s+gewoon|slechts)\s+(?:mijn|m'n)\s+(?:werk|taak|taken|best|ding|job)\b"
    ),
    re.compile(
        r"\b(?:heb|had|deed|doe)\s+(?:ik\s+)?(?:\w+\s+){0,2}?(?:maar\s+)?gewoon\s+"
        r"(?!weinig\b|veel\b|niet\b|geen\b|gelukt\b|goed\b)(?:\w+\s+){0,6}?"
        r"(?:gedaan|gemaakt|aangepast|geprobeerd|gevolgd|geholpen|gewerkt|gedraaid|geschreven|uitgevoerd)\b"
    ),
    re.compile(
        r"\b(?:heb|had|deed)\s+(?:ik\s+)?(?:\w+\s+){0,2}?alleen\s+maar\s+(?:\w+\s+){0,2}?"
        r"(?:gedaan|geholpen|meegeholpen|meegedaan|meegedacht|meegekeken|ondersteund|meegelopen)\b"
    ),
    re.compile(
        r"\b(?:heb|had)\s+(?:ik\s+)?(?:ook\s+|verder\s+|wel\s+|nog\s+)?een\s+(?:klein\s+)?beetje\s+"
        r"(?:rond\s*)?(?:mee)?(?:geholpen|bijgedragen|gedacht|gewerkt|gespeeld|geoefend|gedaan|onderzoek\s+gedaan"
        r"|onderzocht|lopen\s+werken|zitten\s+werken|geprogrammeerd|geschreven|gekeken)\b"
    ),
    re.compile(r"\bheb\s+(?:maar\s+)?gewoon\s+iets\s+geprobeerd\b|\bmaar\s+gewoon\s+iets\s+geprobeerd\b"),
    re.compile(
        r"\b(?:(?:was|ben)\s+ik|ik\s+(?:was|ben))\s+(?:zelf\s+|ook\s+|al\s+)*een\s+(?:klein\s+)?beetje\s+aan\s+het\s+\w+en\b"
    ),
    re.compile(r"\b(?:mijn|m'n)\s+(?:kleine|bescheiden)\s+bijdrage\b"),
    re.compile(r"\bik\s+kom\s+(?:\w+\s+){0,2}?niet\s+in\s+de\s+buurt\s+van\b"),
)
_FOUND_OUT: Final = re.compile(
    r"\b(?:erachter\s+(?:komen|komt)|(?:komen|komt)\s+(?:ze|zij|men|iedereen|mensen)\s+erachter)\s+dat\s+ik\s+(?:\w+\s+){0,3}?(?:helemaal\s+)?niet\s+(?:\w+\s+){0,2}?(?:kan|hoor)\b"
)
"""'Straks komen ze erachter dat ik dit helemaal niet kan': the fear of being found out, across a 'dat'."""
_MINIMISER_WORDS: Final = re.compile(
    r"\b(?:maar\s+gewoon|alleen\s+maar|een\s+klein\s+beetje|een\s+beetje|gewoon)\b\s*", re.IGNORECASE
)
_LUCK: Final = re.compile(
    r"\b(?:geluk\s+gehad|(?:had|hadden)\s+(?:ik\s+|we\s+)?(?:gewoon\s+|veel\s+|echt\s+)?geluk|toevalstreffer"
    r"|stom\s+geluk|puur\s+geluk|mazzel(?:\s+gehad)?|toevallig\s+(?:gelukt|goed\s+gegaan)"
    r"|per\s+ongel(?:uk|ijk)\s+(?:\w+\s+){0,2}?gelukt)\b"
)
_EASY: Final = re.compile(
    r"\b(?:(?:niet\s+zo|niet\s+echt|helemaal\s+niet|niet\s+al\s+te)\s+(?:moeilijk|lastig|ingewikkeld|spannend)"
    r"|(?:vrij|best|redelijk|heel|super|erg)\s+(?:ge)?makkelijk"
    r"|(?:viel|valt)\s+(?:mij\s+|me\s+)?(?:(?:wel|best|eigenlijk|heel|erg|reuze|allemaal|ook)\s+){1,3}mee|(?:stelde|stelt)\s+(?:niet\s+veel|niks|niets|weinig)\s+voor"
    r"|(?:niks|niets)\s+bijzonders|geen\s+(?:enkele\s+)?moeite|het\s+was\s+niks|kleine\s+moeite)\b"
)
_TEAM_CREDIT: Final = re.compile(
    r"\b(?:het\s+was\s+(?:het\s+)?team(?:werk)?|dat\s+was\s+teamwerk|dankzij\s+het\s+team)\b"
)
_ACHIEVED: Final = re.compile(
    r"\b(?:afgerond|opgeleverd|gehaald|behaald|gerealiseerd|bereikt|gewonnen|verhoogd|verlaagd|verdubbeld"
    r"|gehalveerd|gelanceerd|binnengehaald|opgelost|gebouwd|ontwikkeld|georganiseerd|geregeld|verbeterd|gelukt"
    r"|neergezet|afgesloten|ingevoerd|geïmplementeerd|gepresenteerd)\b"
)
_TRYING: Final = re.compile(
    r"\b(?:ik\s+probeer|probeer\s+ik|(?:heb|had)\s+ik\s+(?:\w+\s+){0,4}?proberen\s+te"
    r"|ik\s+(?:heb|had)\s+(?:\w+\s+){0,4}?proberen\s+te)\b"
)
"""'ik probeer', and 'ik heb … proberen te schrijven': trying where you describe what you did."""

_WORKAROUND: Final = re.compile(
    r"\b(?:lukte|werkte|ging|wilde)\s+(?:\w+\s+){0,3}?niet\b|\bniet\s+(?:\w+\s+){0,2}?(?:lukte|werkte)\b"
    r"|\b(?:dus|daarom|in\s+plaats\s+daarvan)\s+(?:heb|had)\s+ik\s+(?:\w+\s+)?gewoon\b"
)
"""'het lukte mij maar niet, dus heb ik gewoon 10 divs gemaakt': 'gewoon' is the simple way round, no minimiser."""
_EVERYONE: Final = re.compile(r"\b(?:iedereen|ieder(?:e)?\s+\w*lid|elk(?:e)?\s+\w*lid|alle\s+\w*leden)\b")
"""'Iedereen in de groep heeft een belangrijke rol gehad': credit shared out on purpose, the writer included."""


def _clauses(low: str) -> list[tuple[int, int]]:
    """The parts of the text between punctuation and joining words, with their positions."""
    parts: list[tuple[int, int]] = []
    for m in _CLAUSE.finditer(low):
        start = m.start()
        for cut in _CLAUSE_OPENERS.finditer(low, m.start(), m.end()):
            parts.append((start, cut.start()))
            start = cut.end()
        parts.append((start, m.end()))
    return [(s, e) for s, e in parts if low[s:e].strip()]


def _sentence_of(low: str, pos: int) -> str:
    start = max(low.rfind(c, 0, pos) for c in ".!?") + 1
    ends = [i for i in (low.find(c, pos) for c in ".!?") if i >= 0]
    return low[start : min(ends, default=len(low))]


# =========================================================================== the check


def check_understatement(text: str, *, texts: CheckTexts, own_part: bool = True) -> UnderstatementResult:
    """Look for the ways a wins-log entry or reflection answer makes your own work smaller.

    `own_part` says the question is about your own part (a wins-log entry, 'Wat heb je
    bereikt?'): only then does 'we' without any 'ik' count. `texts` are the Dutch texts of
    the content in use (`content.checks`); the check reads no file. Empty text is fine.
    """
    if not text or not text.strip():
        return UnderstatementResult([])
    low = fold(text)
    ut = texts.understatement
    found: dict[str, list[tuple[int, int]]] = {kind: [] for kind in UNDERSTATEMENT_KINDS}
    for m in _FOUND_OUT.finditer(low):
        found["klein_maken"].append((m.start(), m.end()))
    for start, end in _clauses(low):
        clause = low[start:end]
        sentence = _sentence_of(low, start)
        workaround = bool(_WORKAROUND.search(sentence))
        for pattern in _MINIMISERS:
            for m in pattern.finditer(clause):
                mine = m.group().startswith(("mijn ", "m'n "))  # 'mijn kleine bijdrage': yours by the word itself
                if (mine or _counts_as_mine(clause, m.start())) and not workaround:
                    found["klein_maken"].append((start + m.start(), start + m.end()))
        for m in _LUCK.finditer(clause):
            found["geluk"].append((start + m.start(), start + m.end()))
        for m in _EASY.finditer(clause):
            if not _REPORTED.search(sentence):
                found["makkelijk"].append((start + m.start(), start + m.end()))
        for m in _TEAM_CREDIT.finditer(clause):
            found["wij"].append((start + m.start(), start + m.end()))
        for m in _TRYING.finditer(clause):
            found["proberen"].append((start + m.start(), start + m.end()))
    if own_part and not _MY_PART.search(low) and _ACHIEVED.search(low) and not _EVERYONE.search(low):
        we = _WE.search(low)
        if we:
            found["wij"].append((we.start(), we.end()))
    signals: list[UnderstatementSignal] = []
    for kind in UNDERSTATEMENT_KINDS:
        spans = _merged(found[kind])
        if not spans:
            continue
        words = [" ".join(text[s:e].split()) for s, e in spans]
        group: UnderstatementSignalTexts = getattr(ut, kind)
        quoted = ", ".join(f"'{w}'" for w in dict.fromkeys(words))
        stronger = _stronger(text) if kind == "klein_maken" else None
        signals.append(
            UnderstatementSignal(
                kind, list(dict.fromkeys(words)), fill(group.explanation, woorden=quoted), group.question, stronger
            )  # fmt: skip
        )
    return UnderstatementResult(signals)


def _counts_as_mine(clause: str, pos: int) -> bool:
    """The writer is the one who acts in this clause, and it is no hypothesis or help received."""
    if _PASSIVE.search(clause) or _HYPOTHETICAL.search(clause):
        return False
    return bool(_I.search(clause) or _ACTIVE_AUX.search(clause[:pos] + " ")) and not re.search(
        r"\b(?:hij|zij|ze|je|jij|u)\s+(?:heeft|had|hebben)\b", clause
    )


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in text order, overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _stronger(text: str) -> str | None:
    """The text with its minimisers left out ('Ik heb gewoon mijn werk gedaan.' → 'Ik heb mijn werk gedaan.')."""
    stronger = _MINIMISER_WORDS.sub("", text)
    stronger = " ".join(stronger.split())
    if not stronger or stronger == " ".join(text.split()):
        return None
    return stronger[0].upper() + stronger[1:]
