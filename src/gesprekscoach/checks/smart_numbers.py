"""Dutch numbers for the SMART check: digits ('2,5', '1.000') and words ('vijfentwintig')."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from gesprekscoach.checks import patterns as re  # `re`, compiling through a cache

_UNIT_WORDS: Final = {
    "nul": 0, "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5,
    "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
}  # fmt: skip
_TEEN_WORDS: Final = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_TEN_WORDS: Final = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
    "zeventig": 70, "tachtig": 80, "negentig": 90,
}  # fmt: skip
_FRACTION_WORDS: Final = {"half": 0.5, "halve": 0.5, "anderhalf": 1.5, "anderhalve": 1.5, "dubbel": 2}
_COMPOUND_TENS: Final = re.compile(
    r"^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$"
)


def _below_hundred(word: str) -> int | None:
    if word in _UNIT_WORDS:
        return _UNIT_WORDS[word]
    if word in _TEEN_WORDS:
        return _TEEN_WORDS[word]
    if word in _TEN_WORDS:
        return _TEN_WORDS[word]
    m = _COMPOUND_TENS.match(word)
    if m:
        return _UNIT_WORDS[m.group(1)] + _TEN_WORDS[m.group(2)]
    return None


def _below_thousand(word: str) -> int | None:
    if "honderd" in word:
        head, _, tail = word.partition("honderd")
        hundreds = 1 if not head else _UNIT_WORDS.get(head)
        if hundreds is None or hundreds == 0:
            return None
        tail = tail[2:] if tail.startswith("en") and _below_hundred(tail[2:]) is not None else tail
        rest = 0 if not tail else _below_hundred(tail)
        return None if rest is None else hundreds * 100 + rest
    return _below_hundred(word)


@lru_cache(maxsize=4096)
def word_number(word: str) -> float | None:
    """The value of a Dutch number word ('drie' → 3, 'vijfentwintig' → 25, 'anderhalf' → 1.5)."""
    word = word.lower()
    if word in _FRACTION_WORDS:
        return _FRACTION_WORDS[word]
    if word == "duizend":
        return 1000
    if "duizend" in word:
        head, _, tail = word.partition("duizend")
        thousands = _below_thousand(head)
        rest = 0 if not tail else _below_thousand(tail)
        if thousands is None or rest is None:
            return None
        return thousands * 1000 + rest
    value = _below_thousand(word)
    return None if value is None else float(value)


def number_value(text: str) -> float | None:
    """A number written in digits ('2', '2,5', '1.000') or in words ('twee', 'een half')."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        cleaned = text
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", cleaned):
            cleaned = cleaned.replace(".", "")
        try:
            return float(cleaned.replace(",", "."))
        except ValueError:
            return None
    parts = text.split()
    if len(parts) == 2 and parts[0] in ("een", "één") and parts[1] in ("half", "halve"):
        return 0.5
    if len(parts) == 1:
        return word_number(parts[0])
    return None


NUMWORD: Final = (
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
    r"|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
    r"|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
    r"|(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd|duizend"
    r"|één|eén|een|twee|drie|vier|vijf|zes|zeven|acht|negen|anderhalf|anderhalve)"
)
