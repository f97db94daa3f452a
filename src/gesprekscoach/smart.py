"""The SMART check: reads a Dutch goal and says, per letter, whether it is SMART.

`check_goal(text, today=...)` returns a `SmartResult` with a verdict for each letter
(specifiek, meetbaar, acceptabel, realistisch, tijdgebonden): ok (True, False, or None
when the text cannot tell), the words that made it so, and a Dutch reason and hint
(the texts come from content/checks.yaml). It also resolves the deadline to a date
("binnen zes weken" → a date six weeks after `today`) and warns when that date has
passed or lies after the next conversation.

How it reads a goal, in short:
- The text is lower-cased (positions stay the same) and cut into words and clauses.
  A clause that only describes the situation ("omdat ik 2 dagen per week thuis werk",
  "na 10 jaar ervaring", "sinds 2020") does not count for Meetbaar or Tijdgebonden.
- Time expressions are found first: dates, months, seasons, quarters, years, weekdays,
  relative periods and frequencies. Their numbers are not measurements.
- Meetbaar: the numbers that are left (in digits or in Dutch words), percentages,
  amounts, scores and marks, and results you can check (afgerond, certificaat, …).
- Specifiek: a verb for something you can see someone do (afronden, presenteren,
  volgen, bellen, …), a result word, or a change verb with a number ("verlagen naar 5").

How a deadline resolves (documented choices; `today` is the day of asking):
- A written date is that date ("voor 1 april" → 1 april). Without a year it is the
  first such day from today on.
- A month, quarter, season or year is its last day ("in maart", "Q3", "in 2027" →
  31 december 2027). "begin" is its first day, "half"/"medio" its middle (the 15th;
  for a year or quarter the middle month), "voor <periode>" the day before it starts
  ("voor april" → 31 maart, "voor de zomer(vakantie)" → 30 juni, "voor Q3" → 30 juni).
  "vanaf"/"per" give the first day, "na" the day after it ends.
- Relative periods count from today ("binnen zes weken", "over drie maanden",
  "binnen 10 werkdagen"). "volgende week" is Friday of next week, "uiterlijk vrijdag"
  the next Friday after today, "volgend jaar maart" 31 March of next year.
- Frequencies ("wekelijks", "twee keer per week") make a goal time-bound but give no date.
- "voor het volgende gesprek" resolves to `next_meeting` when given.
- "tegen de zomer" is "voor de zomer"; "rond" is the middle; "voor dit jaar" (a period
  that has begun) means "for this year": its last day. "het komende jaar" counts a year
  from today, "volgend jaar" is next calendar year. "week 12" is the Friday of ISO week 12.
  "dit schooljaar" ends on 31 July. Holidays: Easter is computed; the school holidays
  (voorjaars-, mei-, herfst-, kerstvakantie) use fixed approximate dates.
- A service level ("vragen binnen 24 uur beantwoorden") counts for Meetbaar, not as a
  deadline. A period after "van" ("de cijfers van dit jaar") only describes a noun: it
  is the deadline only when nothing else is.
When a goal names several moments, the latest one is the deadline.

Plain Python; never imports Textual. Regular expressions are compiled once, at import.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Final

from gesprekscoach.check_texts import AnswerTexts, CheckTexts, SpecificTexts, default_check_texts, fill
from gesprekscoach.dates import MONTHS
from gesprekscoach.models import SmartGuide

LETTERS: Final[tuple[str, ...]] = ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden")
"""The five letters, in order, as the keys of `SmartResult.letters` and of the JSON."""

W_WORDS: Final[tuple[str, ...]] = ("wat", "waarom", "wie", "waar", "hoe")
"""The W-questions that make a goal specific, in the order they are asked."""


# =========================================================================== results


@dataclass(frozen=True)
class LetterVerdict:
    """The verdict for one letter of SMART.

    `ok` is True (fine), False (missing or vague) or None (the text cannot tell: the
    answer to A or R was not given, or there is no goal yet). `words` are the words of
    the goal that made it so; `reason` and `hint` are Dutch, for the user.
    """

    ok: bool | None
    words: list[str]
    reason: str
    hint: str

    def to_json(self) -> dict[str, Any]:
        """`{"ok": …, "reden": …, "hint": …}`, as `gesprekscoach smart --json` prints it."""
        return {"ok": self.ok, "reden": self.reason, "hint": self.hint}


@dataclass(frozen=True)
class SmartResult:
    """The outcome of `check_goal`: a verdict per letter, and the deadline if any."""

    letters: dict[str, LetterVerdict]
    """Keyed by the names in `LETTERS`."""
    deadline: date | None
    """The date the goal must be reached by, when the text says so."""
    deadline_warning: str | None = None
    """Dutch warning when the deadline has passed or lies after the next conversation."""
    w_answers: dict[str, bool] = field(default_factory=dict)
    """Which W-questions (wat, waarom, wie, waar, hoe) the goal answers."""

    @property
    def is_smart(self) -> bool:
        """True when no letter is missing (A and R may still be unanswered)."""
        return all(v.ok is not False for v in self.letters.values())

    def to_json(self) -> dict[str, Any]:
        """The JSON object of `gesprekscoach smart --json`: five letters plus `deadline`."""
        data: dict[str, Any] = {name: self.letters[name].to_json() for name in LETTERS}
        data["deadline"] = self.deadline.isoformat() if self.deadline else None
        return data


def format_deadline(day: date) -> str:
    """A deadline the way the sheet shows it: '1 juli 2027'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


# =========================================================================== text, words, clauses

_FOLD_TABLE: Final = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "ó": "o", "\u2011": "-", "–": "-"})
_TOKEN: Final = re.compile(r"\w+(?:['\-/.]\w+)*")


def _fold(text: str) -> str:
    """Lower-case the text without changing any position in it."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.translate(_FOLD_TABLE)


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int
    clause: int


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    m_context: bool
    """Describes the situation, so its numbers are no measurement."""
    t_context: bool
    """Describes the past, so its time words are no deadline."""
    state: bool
    """Describes how things are now ('ik werk 2 dagen per week thuis')."""


_CLAUSE_BREAK: Final = re.compile(
    r"[.;:!?]+(?=\s|$)|,(?!\d)|\s[-—]\s|\((?=\s*\w)|\)"
    r"|(?<=\s)(?=(?:en|maar|omdat|want|zodat|terwijl|sinds|doordat|aangezien|nadat|toen|waardoor|zodra|dus|zoals)\s)"
)
_CONTEXT_OPENERS: Final = frozenset({"omdat", "want", "sinds", "aangezien", "doordat", "nadat", "toen", "zoals"})
_PAST_OPENERS: Final = frozenset({"sinds", "nadat", "toen"})
_PAST_MARKERS: Final = re.compile(
    r"\b(?:sinds|geleden|vorig(?:e)? (?:jaar|maand|week|kwartaal)|afgelopen|in het verleden|tot nu toe"
    r"|eerder dit jaar|momenteel|op dit moment|nu al|inmiddels|al \w+ jaar)\b"
)
_STATE_START: Final = re.compile(
    r"^\W*(?:en |maar |want |omdat |aangezien |doordat )?(?:ik|wij|we|het team|ons team|mijn team|de afdeling"
    r"|onze afdeling|mijn afdeling|er)(?: nu| momenteel)?"
    r" (?:werk|werken|ben|zijn|heb|hebben|telt|tellen|bestaat|bestaan|zit|zitten|sta|staan|draai|draaien)\b"
)
_INTENT: Final = re.compile(
    r"\b(?:wil|wilt|willen|ga|gaat|gaan|zal|zult|zullen|moet|moeten|streef|streven|doel|wens|plan|hoop"
    r"|zorg|zorgen|kan|kun|kunt|kunnen|wens)\b"
)


def _clauses(low: str) -> list[_Clause]:
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(low):
        if m.start() > cuts[-1]:
            cuts.append(m.start())
        if m.end() > cuts[-1]:
            cuts.append(m.end())
    cuts.append(len(low))
    clauses: list[_Clause] = []
    for start, end in itertools.pairwise(cuts):
        part = low[start:end]
        if not part.strip() or not any(ch.isalnum() for ch in part):
            continue
        first = part.split(None, 1)[0].strip(".,;:!?()") if part.split() else ""
        past = first in _PAST_OPENERS
        intent = bool(_INTENT.search(part))
        context = first in _CONTEXT_OPENERS or (bool(_PAST_MARKERS.search(part)) and not intent)
        state = bool(_STATE_START.search(part)) and not intent
        clauses.append(_Clause(start, end, context, past, state))
    if not clauses:
        clauses.append(_Clause(0, len(low), False, False, False))
    return clauses


class _Text:
    """A goal, folded, cut into words and clauses, with look-ups by position."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.low = _fold(original)
        self.clauses = _clauses(self.low)
        self._clause_starts = [c.start for c in self.clauses]
        self.tokens = [
            _Token(m.group(), m.start(), m.end(), self.clause_index(m.start())) for m in _TOKEN.finditer(self.low)
        ]
        self._token_starts = [t.start for t in self.tokens]

    def clause_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._clause_starts, pos) - 1)

    def clause_at(self, pos: int) -> _Clause:
        return self.clauses[self.clause_index(pos)]

    def clause_text(self, pos: int) -> str:
        clause = self.clause_at(pos)
        return self.low[clause.start : clause.end]

    def token_index(self, pos: int) -> int:
        """Index of the first token that starts at or after `pos`."""
        return bisect.bisect_left(self._token_starts, pos)

    def words_before(self, pos: int, allowed: frozenset[str], limit: int = 6) -> list[str]:
        """The words right before `pos` (same clause, no punctuation between) that are in `allowed`."""
        i = self.token_index(pos) - 1
        clause = self.clause_index(pos)
        words: list[str] = []
        edge = pos
        while i >= 0 and len(words) < limit:
            tok = self.tokens[i]
            if tok.clause != clause or self.low[tok.end : edge].strip() or tok.word not in allowed:
                break
            words.append(tok.word)
            edge = tok.start
            i -= 1
        words.reverse()
        return words

    def word_before(self, pos: int) -> str:
        i = self.token_index(pos) - 1
        return self.tokens[i].word if i >= 0 else ""

    def word_after(self, pos: int) -> str:
        i = self.token_index(pos)
        return self.tokens[i].word if i < len(self.tokens) else ""

    def snippet(self, start: int, end: int) -> str:
        return " ".join(self.original[start:end].split())


# =========================================================================== Dutch numbers

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


def _number_value(text: str) -> float | None:
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


_NUMWORD: Final = (
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
    r"|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
    r"|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
    r"|(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd|duizend"
    r"|één|eén|een|twee|drie|vier|vijf|zes|zeven|acht|negen|anderhalf|anderhalve)"
)


# =========================================================================== dates


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _add_workdays(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _easter(year: int) -> date:
    """Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True)
class _Period:
    start: date
    end: date
    middle: date


def _month_period(year: int, month: int) -> _Period:
    return _Period(date(year, month, 1), _last_day(year, month), date(year, month, 15))


def _quarter_period(year: int, quarter: int) -> _Period:
    first = 3 * quarter - 2
    return _Period(date(year, first, 1), _last_day(year, first + 2), date(year, first + 1, 15))


def _year_period(year: int) -> _Period:
    return _Period(date(year, 1, 1), date(year, 12, 31), date(year, 6, 30))


def _week_period(monday: date) -> _Period:
    return _Period(monday, monday + timedelta(days=4), monday + timedelta(days=2))


def _school_year_period(end_year: int) -> _Period:
    return _Period(date(end_year - 1, 8, 1), date(end_year, 7, 31), date(end_year, 1, 31))


def _day_period(day: date) -> _Period:
    return _Period(day, day, day)


def _season_period(name: str, year: int) -> _Period:
    """Seasons and holidays as people at work use them (the summer holiday starts in July)."""
    if name in ("voorjaar", "lente"):
        return _Period(date(year, 3, 1), date(year, 5, 31), date(year, 4, 15))
    if name in ("zomer", "zomervakantie", "zomerstop", "zomerperiode", "bouwvak"):
        return _Period(date(year, 7, 1), date(year, 8, 31), date(year, 7, 31))
    if name in ("najaar", "herfst"):
        return _Period(date(year, 9, 1), date(year, 11, 30), date(year, 10, 15))
    if name == "winter":
        return _Period(date(year, 12, 1), _last_day(year + 1, 2), date(year + 1, 1, 15))
    if name in ("kerst", "kerstmis"):
        return _Period(date(year, 12, 25), date(year, 12, 26), date(year, 12, 25))
    if name == "kerstvakantie":
        return _Period(date(year, 12, 20), date(year + 1, 1, 4), date(year, 12, 27))
    if name in ("jaarwisseling", "oud en nieuw"):
        return _Period(date(year + 1, 1, 1), date(year + 1, 1, 1), date(year, 12, 31))
    if name == "meivakantie":
        return _Period(date(year, 4, 26), date(year, 5, 4), date(year, 4, 30))
    if name == "herfstvakantie":
        return _Period(date(year, 10, 17), date(year, 10, 25), date(year, 10, 21))
    if name in ("voorjaarsvakantie", "krokusvakantie", "carnaval"):
        return _Period(date(year, 2, 15), date(year, 2, 23), date(year, 2, 19))
    if name == "pasen":
        easter = _easter(year)
        return _Period(easter, easter + timedelta(days=1), easter)
    raise KeyError(name)


# =========================================================================== time expressions


@dataclass(frozen=True)
class _TimeHit:
    start: int
    end: int
    kind: str
    """deadline, frequency, meeting, vague, negated, service, clock or ignored."""
    when: date | None = None
    explicit_year: bool = False
    start_marker: bool = False
    count: bool = False
    weak: bool = False
    """Only describes a noun ('de cijfers van dit jaar'): a deadline only when nothing else is."""


_MODIFIER_WORDS: Final = frozenset(
    {
        "voor", "in", "na", "vanaf", "per", "uiterlijk", "tot", "en", "met", "t/m", "rond", "rondom",
        "eind", "einde", "begin", "half", "halverwege", "medio", "midden", "aan", "het", "de", "van",
        "eerste", "tweede", "laatste", "helft", "loop", "tegen", "op", "ergens", "tijdens", "gedurende",
        "sinds", "vorig", "vorige", "afgelopen", "later", "dan", "niet", "nog", "al", "week", "jaar",
        "deadline", "datum", "klaar", "af", "uiterst", "uiterlijke", "binnen",
    }
)  # fmt: skip
_PAST_WORDS: Final = frozenset({"sinds", "vorig", "vorige", "afgelopen"})
_PERIOD_MODIFIERS: Final = frozenset(
    {"eind", "einde", "begin", "half", "halverwege", "medio", "midden", "helft", "loop", "laatste", "eerste", "afloop"}
)


def _resolve_in_period(window: Sequence[str], period: _Period, today: date | None = None) -> tuple[date, bool]:
    """The date a period stands for, given the words in front of it; and whether it is a start."""
    words = list(window)
    if "helft" in words:
        return (period.middle, False) if "eerste" in words else (period.end, False)
    for word in reversed(words):
        if word == "begin":
            return period.start, False
        if word in ("eind", "einde", "laatste"):
            return period.end, False
        if word in ("half", "halverwege", "medio", "midden", "rond", "rondom"):
            return period.middle, False
    if "voor" in words or "tegen" in words or ("tot" in words and "met" not in words):
        before = period.start - timedelta(days=1)
        if today is not None and before < today <= period.end:
            return period.end, False  # 'voor dit jaar': the period has begun, so 'voor' means 'for'
        return before, False
    if "vanaf" in words or "per" in words:
        return period.start, True
    if "na" in words:
        return period.end + timedelta(days=1), True
    return period.end, False


def _first_on_or_after(today: date, build: Callable[[int], _Period], window: Sequence[str]) -> tuple[date, bool]:
    """Resolve a period without a year: this year's, or next year's when that has passed."""
    when, is_start = _resolve_in_period(window, build(today.year), today)
    if when < today:
        when, is_start = _resolve_in_period(window, build(today.year + 1), today)
    return when, is_start


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip("'")
    year = int(text)
    return year + 2000 if year < 100 else year


_MONTH_NUMBERS: Final = {name: number for number, name in enumerate(MONTHS, start=1)}
_MONTH_NUMBERS.update(
    {"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
     "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12}
)  # fmt: skip
_MONTH_FULL: Final = "|".join(MONTHS)
_MONTH_FULL_SET: Final = frozenset(MONTHS)
_MONTH_ANY: Final = _MONTH_FULL + "|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec"
_YEAR: Final = r"(?:19|20)\d\d"
_WEEKDAY_NUMBERS: Final = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
}  # fmt: skip
_WEEKDAY: Final = "|".join(_WEEKDAY_NUMBERS)

_RE_NEGATED: Final = re.compile(
    r"\b(?:geen|zonder)\s+(?:vaste\s+|harde\s+|echte\s+|duidelijke\s+|concrete\s+)?"
    r"(?:deadline|einddatum|datum|termijn|tijdslimiet|tijdpad|eindtijd|haast|tijdsdruk)\b"
    r"|\bniet aan (?:een )?(?:datum|tijd|deadline|termijn) (?:gebonden|vast)\b"
    r"|\bmaakt (?:niet|niks|niets) uit wanneer\b"
)
_RE_MEETING: Final = re.compile(
    r"\b(?:voor|bij|tijdens|in|op|tegen|rond|uiterlijk bij|uiterlijk op|uiterlijk voor)\s+"
    r"(?:het|ons|mijn|de|onze)\s+(?P<next>(?:eerst)?volgende\s+|komende\s+|nieuwe\s+|volgend\s+)?"
    r"(?P<kind>functionerings|beoordelings|voortgangs|plannings|planning|pop-?|jaar|eind|evaluatie|tussen|ontwikkel)?"
    r"(?:gesprek|beoordeling|evaluatie)\b"
)
_RE_ISO: Final = re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b")
_RE_DMY: Final = re.compile(r"\b(?P<d>\d{1,2})([-/.])(?P<m>\d{1,2})\2(?P<y>(?:19|20)\d\d|\d\d)\b(?![-/.]\d)")
_RE_DM: Final = re.compile(r"\b(?P<d>\d{1,2})[-/](?P<m>\d{1,2})\b(?![-/.,]\d)")
_RE_DAY_MONTH: Final = re.compile(
    rf"\b(?:(?:{_WEEKDAY})\s+)?(?P<d>\d{{1,2}})(?:e|ste|de)?\s+(?P<m>{_MONTH_ANY})\b\.?"
    rf"(?:\s+(?P<y>{_YEAR})\b|\s*'(?P<yy>\d\d)\b)?"
)
_RE_CLOCK: Final = re.compile(
    r"\b(?:van|tussen)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur\s+)?(?:tot|en)\s+\d{1,2}(?:[.:]\d{2})?\s*uur\b"
    r"|\b(?:om|voor|na|tot|vanaf|rond|tussen|uiterlijk)\s+\d{1,2}(?:[.:]\d{2})?\s*uur\b"
    r"|\b\d{1,2}[:.]\d{2}(?!\d)(?:\s*uur\b)?|\b\d{1,2}\s*uur\s*'s\s*(?:ochtends|middags|avonds|morgens)\b"
)
_FREQ_UNIT: Final = (
    r"(?:werk)?(?:dag|dagen|week|weken|maand|maanden|kwartaal|kwartalen|jaar|ochtend|middag|avond"
    r"|sprint|les|schooldag|werkweek|periode|semester|schooljaar|teamoverleg|overleg|vergadering"
    r"|(?:" + _WEEKDAY + r")(?:ochtend|middag|avond|morgen)?)"
)
_RE_FREQUENCY: Final = re.compile(
    r"\b(?:dagelijks|wekelijks|tweewekelijks|driewekelijks|vierwekelijks|maandelijks|tweemaandelijks"
    r"|driemaandelijks|kwartaallijks|halfjaarlijks|jaarlijks)e?\b"
    rf"|\b(?P<n>\d+(?:\s*-\s*\d+)?|{_NUMWORD})\s*(?:x|keer|maal)\s+(?:per|in de|in het|elke|iedere|om de)\s+"
    r"(?:(?:twee|drie|vier|\d+)\s+)?(?:werk)?(?:dag|dagen|week|weken|maand|maanden|kwartaal|jaar|sprint|periode|schooljaar|semester)\b"
    rf"|\b(?:elke|iedere|ieder|elk|om de|per)\s+(?:(?:twee|drie|vier|zes|\d+)\s+)?{_FREQ_UNIT}\b"
    r"|\beens (?:per|in de|in het) (?:week|maand|kwartaal|jaar|twee weken)\b"
    rf"|\b(?:op|de)\s+(?:{_WEEKDAY})en\b"
)
_RE_COUNT_X: Final = re.compile(r"\b(?P<n>\d+)\s*x\b")
_RE_RELATIVE: Final = re.compile(
    r"\b(?P<prep>binnen nu en|uiterlijk binnen|uiterlijk over|binnen|over|in de komende|in de aankomende"
    r"|in de volgende|de komende|de aankomende|de volgende|de eerstvolgende|komende|aankomende"
    r"|gedurende de komende|voor de komende|tijdens de komende|gedurende|in|na)\s+"
    r"(?:(?:de|het)\s+)?"
    r"(?P<n>(?:een\s+)?(?:paar|half|halve)|anderhalf|anderhalve|enkele|een aantal|\d+(?:[.,]\d+)?|[a-zéë]+)\s*"
    r"(?P<u>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|jaren|jaar|kwartalen|kwartaal|uren|uur|minuten|minuut|kwartier)\b"
)
_RE_ROUGHLY: Final = re.compile(rf"\s+of\s+(?P<n>\d+|{_NUMWORD})\b")
_RE_RELATIVE_TAIL: Final = re.compile(
    r"\s*(?:ervaring|werkervaring|in dienst|dienst|geleden|lang|oud|gewerkt|werken|achter elkaar)\b"
)
_RE_MONTH: Final = re.compile(
    rf"\b(?:(?P<pre>volgend|komend|dit) jaar\s+)?(?P<m>{_MONTH_FULL})\b"
    rf"(?:\s+(?:van\s+)?(?P<y>{_YEAR})\b|\s*'(?P<yy>\d\d)\b"
    r"|\s+(?P<post>(?:van\s+)?(?:volgend|komend|dit) jaar|aanstaande|a\.s\.?(?=\s|$|[,.;]))\b)?"
)
_RE_QUARTER: Final = re.compile(
    r"\b(?:q(?P<q>[1-4])|(?P<qo>eerste|tweede|derde|vierde|1e|2e|3e|4e|1ste|2de|3de|4de)\s+kwartaal"
    r"|(?P<qrel>dit|deze|volgend|volgende|komend|komende|het)\s+kwartaal)\b"
    rf"(?:\s*[-/]?\s*(?:van\s+)?(?P<y>{_YEAR})\b|\s*'(?P<yy>\d\d)\b"
    r"|\s+(?P<post>(?:van\s+)?(?:volgend|komend|dit) jaar)\b)?"
)
_QUARTER_ORDINALS: Final = {"eerste": 1, "1e": 1, "1ste": 1, "tweede": 2, "2e": 2, "2de": 2,
                            "derde": 3, "3e": 3, "3de": 3, "vierde": 4, "4e": 4, "4de": 4}  # fmt: skip
_SEASONS: Final = (
    "voorjaarsvakantie|krokusvakantie|zomervakantie|kerstvakantie|meivakantie|herfstvakantie|zomerstop"
    "|zomerperiode|voorjaar|lente|zomer|najaar|herfst|winter|kerstmis|kerst|pasen|jaarwisseling|oud en nieuw|bouwvak"
)
_RE_SEASON: Final = re.compile(
    rf"\b(?:(?P<rel>deze|dit|komende|komend|volgende|volgend|aankomende)\s+)?(?P<s>{_SEASONS})\b"
    rf"(?:\s+(?:van\s+)?(?P<y>{_YEAR})\b)?"
)
_RE_WEEK_NUMBER: Final = re.compile(rf"\bweek\s+(?P<n>\d{{1,2}})\b(?:\s+(?:van\s+)?(?P<y>{_YEAR})\b)?")
_RE_WEEKDAY: Final = re.compile(
    rf"\b(?:(?P<pre>volgende week|komende week|deze week|aanstaande|komende|volgende|deze)\s+)?"
    rf"(?P<wd>{_WEEKDAY})(?:ochtend|middag|avond|morgen)?\b"
    r"(?:\s+(?P<post>aanstaande|a\.s\b\.?|over een week|volgende week))?"
)
_RE_PERIOD: Final = re.compile(
    r"\b(?P<rel>het komende|het aankomende|de komende|de aankomende|het volgende|de volgende|het nieuwe"
    r"|deze|dit|volgende|volgend|komende|komend|aankomende|aankomend|vorige|vorig|afgelopen|het|de)\s+"
    r"(?P<u>werkweek|week|maand|kalenderjaar|jaar|boekjaar|schooljaar|studiejaar|cursusjaar)\b"
)
_RE_DAY_WORD: Final = re.compile(r"\b(?P<w>vandaag|overmorgen|morgen)\b(?!\s*(?:ochtend|middag))")
_RE_SEASON_WORD: Final = re.compile(
    r"\b(?:dit|deze|komend|komende|volgend|volgende)\s+(?:seizoen|semester|trimester|periode|blok|onderwijsperiode)\b"
)
_RE_END_OF: Final = re.compile(
    r"\b(?:voor|aan|tegen|bij|uiterlijk|uiterlijk aan|op)\s+het\s+(?:eind|einde|afloop)\s+van"
    r"\s+(?:de|het|mijn|ons|onze)\s+\w+"
    r"|\bna afloop van\s+(?:de|het|mijn)\s+\w+"
)
_RE_YEAR_RANGE: Final = re.compile(rf"\b(?P<y1>{_YEAR})\s*[-/]\s*(?P<y2>{_YEAR}|\d\d)\b")
_RE_YEAR: Final = re.compile(rf"\b(?P<y>{_YEAR})\b")
_RE_VAGUE_TIME: Final = re.compile(
    r"\b(?:binnenkort|zsm|z\.s\.m\b\.?|asap|zo snel mogelijk|zo spoedig mogelijk|zo vroeg mogelijk"
    r"|op (?:korte |lange |middellange )?termijn|ooit|later|in de toekomst|in de nabije toekomst"
    r"|(?:in )?de komende tijd|(?:in )?de komende periode|op een gegeven moment|als er tijd is"
    r"|wanneer het (?:kan|uitkomt)|als het uitkomt|t\.z\.t\b\.?|te zijner tijd|ergens dit jaar)\b"
)
_SERVICE_VERBS: Final = re.compile(
    r"\b(?:beantwoord\w*|reageer\w*|reageren|gereageerd|afhandel\w*|afgehandeld|handel\w*|oplossen|opgelost|los"
    r"|terugbel\w*|teruggebeld|terugkoppel\w*|teruggekoppeld|verwerk\w*|lever\w*|geleverd|bezorg\w*|behandel\w*"
    r"|opvolg\w*|opgevolgd|oppakken|opgepakt|pak|inplannen|ingepland|reactie|antwoord|nakijken|nagekeken|kijk"
    r"|terugkrijgen|terug)\b"
)
_ONE_OFF: Final = re.compile(r"\b(?:achterstand|stapel|voorraad|openstaande|resterende|de laatste|het laatste)\b")
_YEAR_LEFT_WORDS: Final = frozenset(
    {"in", "voor", "eind", "einde", "begin", "medio", "halverwege", "half", "uiterlijk", "na", "vanaf",
     "per", "tot", "t/m", "jaar", "loop", "helft", "tijdens", "gedurende", "rond", "sinds", "van",
     "het", "de", "aan", "vorig", "afgelopen"}
)  # fmt: skip
_YEAR_DEADLINE_WORDS: Final = frozenset({"voor", "eind", "einde", "uiterlijk", "tot", "t/m", "helft", "half", "medio"})


class _TimeFinder:
    """Finds the time expressions in a goal and resolves them against `today`."""

    def __init__(self, text: _Text, today: date, next_meeting: date | None) -> None:
        self.t = text
        self.today = today
        self.next_meeting = next_meeting
        self.hits: list[_TimeHit] = []

    # ---------------------------------------------------------------- helpers

    def _free(self, start: int, end: int) -> bool:
        return all(end <= h.start or start >= h.end for h in self.hits)

    def _add(self, hit: _TimeHit) -> None:
        if self._free(hit.start, hit.end):
            self.hits.append(hit)

    def _window(self, pos: int) -> list[str]:
        return self.t.words_before(pos, _MODIFIER_WORDS)

    def _span_start(self, pos: int, window: Sequence[str]) -> int:
        """Where the expression starts when its modifier words are counted in."""
        if not window:
            return pos
        i = self.t.token_index(pos) - len(window)
        return self.t.tokens[i].start if 0 <= i < len(self.t.tokens) else pos

    def _deadline(self, start: int, end: int, window: Sequence[str], when: date, **extra: Any) -> None:
        if _PAST_WORDS.intersection(window):
            self._add(_TimeHit(self._span_start(start, window), end, "ignored"))
            return
        weak = bool(window) and window[-1] == "van" and not _PERIOD_MODIFIERS.intersection(window)
        self._add(_TimeHit(self._span_start(start, window), end, "deadline", when, weak=weak, **extra))

    def _period(self, start: int, end: int, window: Sequence[str], build: Callable[[int], _Period],
                year: int | None) -> None:  # fmt: skip
        if year is not None:
            when, is_start = _resolve_in_period(window, build(year), self.today)
            self._deadline(start, end, window, when, explicit_year=True, start_marker=is_start)
        else:
            when, is_start = _first_on_or_after(self.today, build, window)
            self._deadline(start, end, window, when, start_marker=is_start)

    # ---------------------------------------------------------------- passes

    def find(self) -> list[_TimeHit]:
        low = self.t.low
        for m in _RE_NEGATED.finditer(low):
            self._add(_TimeHit(m.start(), m.end(), "negated"))
        for m in _RE_MEETING.finditer(low):
            self._meeting(m)
        for regex in (_RE_ISO, _RE_DMY):
            for m in regex.finditer(low):
                self._explicit_date(m, int(m["d"]), int(m["m"]), _year_of(m["y"]))
        for m in _RE_DAY_MONTH.finditer(low):
            end = m.end() - 1 if m.group().endswith(".") and m["m"] in _MONTH_FULL_SET else m.end()
            self._explicit_date(m, int(m["d"]), _MONTH_NUMBERS[m["m"]], _year_of(m["y"] or m["yy"]), end)
        for m in _RE_DM.finditer(low):
            self._short_date(m)
        for m in _RE_CLOCK.finditer(low):
            self._add(_TimeHit(m.start(), m.end(), "clock"))
        for m in _RE_FREQUENCY.finditer(low):
            self._add(_TimeHit(m.start(), m.end(), "frequency", count=bool(m["n"]) and m["n"] != "een"))
        for m in _RE_COUNT_X.finditer(low):
            self._add(_TimeHit(m.start(), m.end(), "frequency", count=True))
        for m in _RE_RELATIVE.finditer(low):
            self._relative(m)
        for m in _RE_MONTH.finditer(low):
            self._month(m)
        for m in _RE_QUARTER.finditer(low):
            self._quarter(m)
        for m in _RE_SEASON.finditer(low):
            self._season(m)
        for m in _RE_WEEK_NUMBER.finditer(low):
            self._week_number(m)
        for m in _RE_WEEKDAY.finditer(low):
            self._weekday(m)
        for m in _RE_PERIOD.finditer(low):
            self._named_period(m)
        for m in _RE_DAY_WORD.finditer(low):
            offset = {"vandaag": 0, "morgen": 1, "overmorgen": 2}[m["w"]]
            window = self._window(m.start())
            self._deadline(m.start(), m.end(), window, self.today + timedelta(days=offset))
        for m in _RE_SEASON_WORD.finditer(low):
            self._add(_TimeHit(m.start(), m.end(), "deadline", None))
        for m in _RE_END_OF.finditer(low):
            self._add(_TimeHit(m.start(), m.end(), "deadline", None))
        for m in _RE_YEAR_RANGE.finditer(low):
            self._year_range(m)
        for m in _RE_YEAR.finditer(low):
            self._year(m)
        for m in _RE_VAGUE_TIME.finditer(low):
            self._add(_TimeHit(m.start(), m.end(), "vague"))
        self.hits.sort(key=lambda h: h.start)
        return self.hits

    def _meeting(self, m: re.Match[str]) -> None:
        if not (m["next"] or m["kind"]) and "beoordeling" not in m.group() and "evaluatie" not in m.group():
            return
        self._add(_TimeHit(m.start(), m.end(), "meeting", self.next_meeting))

    def _explicit_date(self, m: re.Match[str], day: int, month: int, year: int | None, end: int | None = None) -> None:
        window = self._window(m.start())
        try:
            if year is None:
                when = date(self.today.year, month, day)
                if when < self.today:
                    when = date(self.today.year + 1, month, day)
            else:
                when = date(year, month, day)
        except ValueError:
            return
        is_start = bool({"vanaf", "per", "na"}.intersection(window))
        self._deadline(m.start(), end or m.end(), window, when, explicit_year=year is not None, start_marker=is_start)

    def _short_date(self, m: re.Match[str]) -> None:
        """'01/07' or 'voor 1-7': a day and month, only when it clearly is a date."""
        window = self._window(m.start())
        padded = len(m["d"]) == 2 and len(m["m"]) == 2
        if not padded and not {
            "voor",
            "op",
            "uiterlijk",
            "per",
            "tot",
            "t/m",
            "vanaf",
            "deadline",
            "datum",
        }.intersection(window):
            return
        after = self.t.low[m.end() : m.end() + 12]
        if re.match(r"\s*(?:%|keer|x\b|uur|dagen|weken|maanden|per\b)", after):
            return
        self._explicit_date(m, int(m["d"]), int(m["m"]), None)

    def _relative(self, m: re.Match[str]) -> None:
        prep, unit = m["prep"], m["u"]
        number_text = m["n"]
        if _RE_RELATIVE_TAIL.match(self.t.low, m.end()):
            self._add(_TimeHit(m.start(), m.end(), "ignored"))
            return
        vague = number_text in ("paar", "een paar", "enkele", "een aantal")
        value = None if vague else _number_value(number_text)
        rough = _RE_ROUGHLY.match(self.t.low, m.end())
        if rough and value is not None:
            value = _number_value(rough["n"]) or value  # 'over een maand of drie'
            m_end = rough.end()
        else:
            m_end = m.end()
        if value is None and not vague:
            return
        if prep == "in" and unit in ("jaar", "jaren") and value is not None and value >= 1900:
            return
        if unit in ("uur", "uren", "minuut", "minuten", "kwartier") or (
            unit in ("dag", "dagen", "werkdag", "werkdagen")
            and prep in ("binnen", "in", "uiterlijk binnen")
            and _SERVICE_VERBS.search(self.t.clause_text(m.start()))
            and not _ONE_OFF.search(self.t.clause_text(m.start()))
        ):
            self._add(_TimeHit(m.start(), m_end, "service"))
            return
        if prep == "na" and unit in ("jaar", "jaren") and (value or 0) >= 3:
            self._add(_TimeHit(m.start(), m_end, "ignored"))
            return
        if value is None:
            self._add(_TimeHit(m.start(), m_end, "deadline", None))
            return
        self._add(_TimeHit(m.start(), m_end, "deadline", self._after(value, unit)))

    def _after(self, value: float, unit: str) -> date:
        today = self.today
        if unit.startswith("werkdag"):
            return _add_workdays(today, int(value))
        if unit.startswith("dag"):
            return today + timedelta(days=round(value))
        if unit.startswith("we"):
            return today + timedelta(days=round(value * 7))
        months = {"maand": 1, "maanden": 1, "kwartaal": 3, "kwartalen": 3, "jaar": 12, "jaren": 12}[unit]
        total = value * months
        when = _add_months(today, int(total))
        if total - int(total) >= 0.5:
            when += timedelta(days=15)
        return when

    def _month(self, m: re.Match[str]) -> None:
        month = _MONTH_NUMBERS[m["m"]]
        window = self._window(m.start())
        year = _year_of(m["y"] or m["yy"])
        relative = (m["pre"] or m["post"] or "").replace("van ", "")
        if year is None and relative.startswith(("volgend", "komend")):
            year = self.today.year + 1
        elif year is None and relative.startswith("dit"):
            year = self.today.year
        self._period(m.start(), m.end(), window, lambda y: _month_period(y, month), year)

    def _quarter(self, m: re.Match[str]) -> None:
        window = self._window(m.start())
        year = _year_of(m["y"] or m["yy"])
        post = (m["post"] or "").replace("van ", "")
        if year is None and post.startswith(("volgend", "komend")):
            year = self.today.year + 1
        elif year is None and post.startswith("dit"):
            year = self.today.year
        current = (self.today.month - 1) // 3 + 1
        if m["q"]:
            quarter = int(m["q"])
        elif m["qo"]:
            quarter = _QUARTER_ORDINALS[m["qo"]]
        else:
            rel = m["qrel"]
            if rel == "het" and not (set(window) & {"eind", "einde", "begin", "voor", "half", "medio", "uiterlijk"}):
                return
            if rel in ("volgend", "volgende", "komend", "komende"):
                index = self.today.year * 4 + current  # next quarter, zero-based month arithmetic
                year, quarter = divmod(index, 4)
                quarter += 1
            else:
                year, quarter = self.today.year, current
        self._period(m.start(), m.end(), window, lambda y: _quarter_period(y, quarter), year)

    def _season(self, m: re.Match[str]) -> None:
        name, rel = m["s"], m["rel"]
        window = self._window(m.start())
        year = _year_of(m["y"])
        if year is None and rel in ("volgende", "volgend"):
            this = _season_period(name, self.today.year)
            year = self.today.year if this.start > self.today else self.today.year + 1
        self._period(m.start(), m.end(), window, lambda y: _season_period(name, y), year)

    def _week_number(self, m: re.Match[str]) -> None:
        number = int(m["n"])
        if not 1 <= number <= 53:
            return
        window = self._window(m.start())
        year = _year_of(m["y"])

        def build(y: int) -> _Period:
            try:
                return _week_period(date.fromisocalendar(y, number, 1))
            except ValueError:
                return _week_period(date.fromisocalendar(y, 52, 1))

        self._period(m.start(), m.end(), window, build, year)

    def _weekday(self, m: re.Match[str]) -> None:
        if re.match(r"\s+\d", self.t.low[m.end() : m.end() + 4]):
            return  # "vrijdag 3 juli": the date says it
        window = self._window(m.start())
        if {"elke", "iedere", "ieder"}.intersection(
            self.t.words_before(m.start(), frozenset({"elke", "iedere", "ieder"}))
        ):
            return
        weekday = _WEEKDAY_NUMBERS[m["wd"]]
        pre, post = m["pre"] or "", m["post"] or ""
        if pre in ("volgende week", "komende week") or post == "volgende week":
            when = _monday(self.today) + timedelta(days=7 + weekday)
        elif pre == "deze week":
            when = _monday(self.today) + timedelta(days=weekday)
        else:
            ahead = (weekday - self.today.weekday() - 1) % 7 + 1
            when = self.today + timedelta(days=ahead)
            if post == "over een week":
                when += timedelta(days=7)
        self._deadline(m.start(), m.end(), window, when)

    def _named_period(self, m: re.Match[str]) -> None:
        rel, unit = m["rel"], m["u"]
        window = self._window(m.start())
        today = self.today
        if rel in ("vorige", "vorig", "afgelopen"):
            self._add(_TimeHit(m.start(), m.end(), "ignored"))
            return
        if rel in ("het", "de") and not set(window) & {
            "eind", "einde", "begin", "voor", "half", "halverwege", "medio", "uiterlijk", "tot", "laatste", "helft",
            "binnen", "tegen",
        }:  # fmt: skip
            return
        rolling = rel in ("het komende", "het aankomende", "de komende", "de aankomende") or (
            rel in ("het", "de") and "binnen" in window
        )
        following = rel in ("volgende", "volgend", "komende", "komend", "aankomende", "aankomend",
                            "het volgende", "de volgende", "het nieuwe")  # fmt: skip
        if unit in ("week", "werkweek"):
            if rolling:
                self._deadline(m.start(), m.end(), window, today + timedelta(days=7))
                return
            period = _week_period(_monday(today) + timedelta(days=7 if following else 0))
        elif unit == "maand":
            if rolling:
                self._deadline(m.start(), m.end(), window, _add_months(today, 1))
                return
            first = _add_months(today.replace(day=1), 1 if following else 0)
            period = _month_period(first.year, first.month)
        elif unit in ("schooljaar", "studiejaar", "cursusjaar"):
            end_year = today.year + 1 if today.month >= 8 else today.year
            period = _school_year_period(end_year + (1 if following or rolling else 0))
        else:
            if rolling:
                self._deadline(m.start(), m.end(), window, _add_months(today, 12))
                return
            period = _year_period(today.year + (1 if following else 0))
        when, is_start = _resolve_in_period(window, period, self.today)
        self._deadline(m.start(), m.end(), window, when, start_marker=is_start)

    def _year_range(self, m: re.Match[str]) -> None:
        first, second = int(m["y1"]), _year_of(m["y2"]) or 0
        if second < 100:
            second += (first // 100) * 100
        if second != first + 1:
            return
        window = self._window(m.start())
        school = "schooljaar" in self.t.low[max(0, m.start() - 20) : m.start()]
        when = date(second, 7, 31) if school else date(second, 12, 31)
        self._deadline(m.start(), m.end(), window, when, explicit_year=True)

    def _year(self, m: re.Match[str]) -> None:
        year = int(m["y"])
        window = self.t.words_before(m.start(), _YEAR_LEFT_WORDS)
        after = self.t.low[m.end() : m.end() + 12]
        at_end = not after.strip() or bool(re.match(r"\s*[.,;:!?)]", after))
        if re.match(r"\s*(?:euro|eur\b|%|procent|keer|x\b|stuks)", after):
            return
        if not window and not at_end:
            return
        if _PAST_WORDS.intersection(window) or (
            year < self.today.year and not _YEAR_DEADLINE_WORDS.intersection(window)
        ):
            self._add(_TimeHit(self._span_start(m.start(), window), m.end(), "ignored"))
            return
        when, is_start = _resolve_in_period(window, _year_period(year), self.today)
        self._deadline(m.start(), m.end(), window, when, explicit_year=True, start_marker=is_start)


# =========================================================================== lexicon (Meetbaar, Specifiek)
# Word lists live here, next to the patterns that use them: they are part of how the
# check reads Dutch, are tuned against tests/data/smart_goals.yaml, and compile once.

_RESULT_WORDS: Final = frozenset(
    """
    afronden afgerond afrondt afronding behalen behaald behaalt gehaald slagen geslaagd slaag opleveren opgeleverd
    oplevering certificaat certificaten certificering gecertificeerd diploma diploma's gediplomeerd getuigschrift
    examen examens bevoegdheid bevoegd afstuderen afgestudeerd publiceren gepubliceerd implementeren geïmplementeerd
    implementeer implementatie ingevoerd invoeren lanceren gelanceerd live opgesteld opstellen presenteren
    gepresenteerd presenteer presenteert ingediend indienen ingeleverd inleveren aangeleverd aanleveren ondertekend
    goedgekeurd vastgesteld gemigreerd migreren geautomatiseerd automatiseren gedigitaliseerd digitaliseren
    uitgerold uitrollen registratie geregistreerd rijbewijs deelcertificaat startbekwaam vakbekwaam bekwaam
    verlengen verlengd verleng
    """.split()
)
_RESULT_PHRASES: Final = (
    "in gebruik nemen", "in gebruik genomen", "klaar met", "af te ronden", "op te leveren", "in te voeren",
    "in te dienen", "in te leveren", "te behalen", "te halen", "te presenteren", "te organiseren",
    "op te stellen", "uit te rollen", "in productie", "klaar zijn met", "klaar ben met", "klaar is met",
    "op de kaart", "te verlengen", "klaar hebben", "klaar heb", "klaar heeft", "klaar hebt", "af hebben",
)  # fmt: skip
_RESULT_SUFFIXES: Final = ("certificaat", "diploma", "examen", "registratie", "bevoegdheid")
_HALEN_FORMS: Final = frozenset({"halen", "haal", "haalt", "gehaald", "te halen"})
_HALEN_OBJECTS: Final = re.compile(
    r"\b(?:certificaat|diploma|examen|toets|rijbewijs|niveau|bevoegdheid|target|norm|score|cijfer|propedeuse|vca|bhv|ehbo"
    r"|licentie|brevet|papieren|graad|titel|master|bachelor|deadline|doel|doelen|targets|\w*certificaat|\w*diploma|\w*examen)\b"
)
_SEPARABLE_RESULTS: Final = (
    ("rond", "af"), ("ronden", "af"), ("lever", "op"), ("leveren", "op"), ("stel", "op"), ("voer", "in"),
    ("dien", "in"), ("rol", "uit"), ("neem", "in gebruik"), ("werk", "uit"), ("zet", "op"), ("richt", "in"),
)  # fmt: skip
_PRODUCTION_WORDS: Final = frozenset(
    """
    schrijven geschreven schrijf schrijft maken gemaakt maak maakt ontwerpen ontworpen ontwerp bouwen gebouwd bouw
    ontwikkelen ontwikkeld ontwikkel opzetten opgezet uitwerken uitgewerkt herschrijven herschreven updaten
    geüpdatet vernieuwen vernieuwd opstellen opgesteld inrichten ingericht samenstellen samengesteld versturen
    verstuurd verstuur stuur stuurt sturen verzenden verzonden mailen gemaild klaar af afmaken afgemaakt
    """.split()
)
_DELIVERABLES: Final = (
    "plan", "instructie", "handleiding", "rapport", "rapportage", "verslag", "overzicht", "procedure",
    "protocol", "dashboard", "notitie", "ontwerp", "website", "app", "presentatie", "folder", "brochure",
    "nieuwsbrief", "artikel", "blog", "checklist", "format", "sjabloon", "template", "offerte", "begroting",
    "analyse", "lesprogramma", "lessenreeks", "lesmateriaal", "module", "e-learning", "workshop", "werkwijze",
    "stappenplan", "kennisbank", "wiki", "script", "tool", "formulier", "programma", "film", "video",
    "podcast", "poster", "visie", "beleid", "businesscase", "portfolio", "cv", "pitch", "memo", "voorstel",
    "advies", "scholing", "training", "opleiding", "lessen", "lesbrief", "toets", "werkplek", "omgeving",
    "database", "rooster", "map", "flyer", "menukaart", "kaart", "infographic", "nota", "cursus", "planning",
    "menu", "vragenlijst", "enquête", "aanpak", "jaarplan", "werkplan", "filmpje", "handboek",
)  # fmt: skip
_EVENT_VERBS: Final = frozenset(
    """
    geven gegeven geef geeft houden gehouden houd houdt verzorgen verzorgd verzorg verzorgt organiseren
    georganiseerd organiseer organiseert
    """.split()
)
_EVENTS: Final = (
    "presentatie", "training", "workshop", "les", "lessen", "demo", "voorlichting", "lezing", "webinar",
    "kennissessie", "toolbox", "sessie", "bijeenkomst", "teamdag", "heidag", "open dag", "intervisie",
    "cursus", "instructie", "masterclass", "scholing", "rondleiding", "inloopspreekuur", "spreekuur",
)  # fmt: skip
_ROLES: Final = (
    "teamleider", "leidinggevende", "senior", "specialist", "coördinator", "coordinator", "praktijkopleider",
    "werkbegeleider", "preventiemedewerker", "bhv'er", "mentor", "projectleider", "manager", "scrum master",
    "product owner", "teamcoach", "opleider", "aandachtsvelder", "kwaliteitsfunctionaris", "ambassadeur",
    "vertrouwenspersoon", "hoofd", "supervisor", "chef", "sous-chef", "assistent-manager", "afdelingshoofd",
    "medior", "expert", "trainer", "instructeur", "assessor", "examinator", "key user", "superuser",
)  # fmt: skip
_ROLE_VERBS: Final = frozenset(
    {"worden", "word", "wordt", "geworden", "doorgroeien", "doorgroei", "promotie", "ben", "is", "zijn", "nemen",
     "neem", "groeien", "groei", "doorstromen", "doorstroom", "solliciteren"}
)  # fmt: skip

_ACTIVITY_WORDS: Final = frozenset(
    """
    volgen gevolgd volg volgt bellen gebeld bel belt bezoeken bezocht bezoek bezoekt begeleiden begeleid begeleidt
    inwerken ingewerkt coachen gecoacht oefenen geoefend oefen oefent inplannen ingepland voorbereiden voorbereid
    evalueren geëvalueerd evalueer analyseren geanalyseerd analyseer onderzoeken onderzocht inventariseren
    geïnventariseerd testen getest controleren gecontroleerd controleer interviewen geïnterviewd aanspreken
    aangesproken bijwerken bijgewerkt opruimen opgeruimd archiveren gearchiveerd beantwoorden beantwoord afhandelen
    afgehandeld verkopen verkocht werven geworven vertalen vertaald aanvragen aangevraagd aanmelden aangemeld
    inschrijven ingeschreven deelnemen deelgenomen meelopen meegelopen bespreken besproken bespreek lezen gelezen
    overdragen overgedragen vervangen uitvoeren uitgevoerd bijhouden bijgehouden registreren invullen ingevuld
    reageren gereageerd reageer afnemen afgenomen nakijken nagekeken trainen getraind train traint installeren
    geïnstalleerd configureren geconfigureerd programmeren geprogrammeerd repareren gerepareerd laden lossen picken
    koken serveren bereiden bezorgen bezorgd verzenden verstuurd versturen sturen stuur stuurt instrueren
    geïnstrueerd uitleggen uitgelegd doorlopen begroeten inroosteren ingeroosterd opvolgen opgevolgd terugbellen
    teruggebeld opleiden opgeleid stoppen gestopt starten gestart afspreken afgesproken voeren gevoerd mailen
    gemaild ophalen opgehaald verzamelen verzameld sporten hardlopen wandelen fietsen demonstreren demonstreer
    demonstreert gedemonstreerd invallen ingevallen gebruiken geven geef geeft gegeven presenteren bijwonen
    bijgewoond observeren geobserveerd organiseren organiseer organiseert georganiseerd verwerken verwerk verwerkt
    plannen plan plant gepland voorzitten voorgezeten leiden geleid aandragen aangedragen beginnen helpen help helpt
    geholpen ondersteunen ondersteun ondersteunt ondersteund besteden besteed
    """.split()
)
_ACTIVITY_PHRASES: Final = (
    "feedback vragen", "feedback te vragen", "om feedback vragen", "om feedback te vragen", "vraag om feedback",
    "vraag feedback", "afspraken maken", "in te werken", "in te plannen", "voor te bereiden", "aan te vragen",
    "aan te melden", "in te schrijven", "deel te nemen", "mee te lopen", "bij te werken", "op te ruimen",
    "af te handelen", "bij te houden", "uit te voeren", "in te vullen", "te volgen", "te bellen",
    "te bezoeken", "te begeleiden", "te oefenen", "te lezen", "te bespreken", "te trainen", "te geven",
    "te houden", "te schrijven", "te maken", "feedback geven", "feedback ophalen", "te starten", "in te vallen",
    "te laat komen", "op tijd komen", "op tijd zijn", "op tijd beginnen", "aan de slag",
)  # fmt: skip
_SEPARABLE_ACTIVITIES: Final = (
    ("werk", "in"), ("plan", "in"), ("bereid", "voor"), ("vraag", "aan"), ("meld", "aan"), ("schrijf", "in"),
    ("neem", "deel"), ("loop", "mee"), ("ruim", "op"), ("handel", "af"), ("houd", "bij"), ("voer", "uit"),
    ("vul", "in"), ("bel", "terug"), ("spreek", "af"), ("neem", "af"), ("kijk", "na"), ("haal", "op"),
    ("val", "in"), ("begin", "met"), ("beginnen", "met"), ("start", "met"), ("starten", "met"), ("woon", "bij"),
)  # fmt: skip
_CHANGE_WORDS: Final = frozenset(
    """
    verhogen verhoogd verhoog verhoogt verlagen verlaagd verlaag verlaagt verminderen verminderd verminder
    terugbrengen teruggebracht breng verkorten verkort verbeteren verbeterd verbeter verbetert stijgen dalen groeien
    vergroten vergroot verkleinen verkleind reduceren gereduceerd beperken beperkt uitbreiden uitgebreid halveren
    gehalveerd halveer verdubbelen verdubbeld verdubbel omhoog omlaag terug besparen bespaard bespaar verkopen
    """.split()
)
_VAGUE_PHRASES: Final = (
    "beter worden", "beter te worden", "werken aan", "werk aan", "mijn best doen", "mijn best", "zo veel mogelijk",
    "zoveel mogelijk", "een beetje", "wat meer", "goed worden", "bezig zijn met", "aandacht besteden aan",
    "aandacht geven aan", "meer aandacht", "proberen", "probeer", "probeert", "meer", "minder", "vaker", "beter",
    "verbeteren", "verbeter", "ontwikkelen", "ontwikkel", "groeien", "groei", "leren", "focussen", "focus",
    "efficiënter", "effectiever", "actiever", "professioneler", "zelfstandiger", "assertiever", "zichtbaarder",
    "iets", "dingen", "misschien", "eventueel", "wellicht", "sneller", "handiger", "slimmer", "bewuster",
    "positiever", "duidelijker", "steviger", "verder", "zuiniger", "gastvrijer", "klantvriendelijker",
)  # fmt: skip
_VAGUE_AMOUNTS: Final = (
    "meer", "minder", "vaker", "sneller", "hoger", "lager", "veel", "weinig", "zo veel mogelijk", "zoveel mogelijk",
    "een paar", "enkele", "diverse", "verschillende", "een aantal", "beter", "groter", "kleiner", "efficiënter",
    "voldoende", "genoeg", "regelmatig", "af en toe",
)  # fmt: skip
_LABEL_NOUNS: Final = frozenset(
    """
    groep klas niveau level module hoofdstuk fase versie stap les blok periode ronde sprint release kamer route lijn
    kassa nummer nr artikel bijlage iso nen windows office sectie paragraaf punt bus hal dock verdieping zone
    leerjaar jaar week dag h afdeling unit gang pad vak regel laag schaal trede
    """.split()
)
_TIME_UNITS: Final = frozenset(
    """
    seconde seconden minuut minuten uur uren dag dagen werkdag werkdagen dagdeel dagdelen week weken maand maanden
    kwartaal kwartalen jaar jaren nacht nachten dienst diensten kwartier
    """.split()
)
_TIME_MEASURE_LEFT: Final = frozenset(
    {"tot", "naar", "maximaal", "minimaal", "max", "min", "hooguit", "hoogstens", "minstens", "onder", "beneden",
     "boven", "met", "hoogste", "minste", "gemiddeld", "binnen"}
)  # fmt: skip
_TIME_MEASURE_NOUNS: Final = re.compile(
    r"\b\w*(?:doorlooptijd|wachttijd|levertijd|reactietijd|responstijd|behandeltijd|verwerkingstijd|ligduur"
    r"|opnameduur|verzuim|insteltijd|omsteltijd|laadtijd|wachttijden|doorlooptijden|bereikbaar|achterstand|overuren)\w*\b"
)
_ALLOCATION_VERBS: Final = re.compile(
    r"\b(?:besteden|besteed|reserveren|reserveer|vrijmaken|vrij|inplannen|plan|investeren|oefenen|oefen|studeren"
    r"|studeer|leren|leer|lezen|lees|sporten|sport|trainen|train|werken aan|blokken|blok)\b"
)
_RE_PERCENT: Final = re.compile(rf"(?P<n>\d+(?:[.,]\d+)?|\b{_NUMWORD})\s*(?:%|procent\b|procentpunt\w*)")
_RE_MONEY: Final = re.compile(
    r"(?:€|\beur\b|\beuro\b)\s*\d[\d.,]*(?:\s*(?:k|duizend|miljoen)\b)?"
    r"|\b\d[\d.,]*\s*(?:k\s*)?(?:€|\beuro\b|\beur\b)"
    rf"|\b{_NUMWORD}\s+(?:duizend\s+)?euro\b"
)
_RE_SCORE: Final = re.compile(
    r"\b(?:een|cijfer|rapportcijfer|score|gemiddelde|gemiddeld|minimaal|minstens|ten minste|nps|beoordeling|waardering)"
    r"\s+(?:van\s+)?(?:een\s+)?(?:minimaal\s+)?(?P<n>\d{1,3}(?:[.,]\d)?)\b(?![-/.,]\d)"
    r"(?!\s*(?:%|procent|uur|uren|dagen|dag|weken|week|maanden|maand|jaar|jaren|keer|x\b|minuten|\w*-))"
)
_RE_STARS: Final = re.compile(
    rf"\b(?:\d(?:[.,]\d)?|{_NUMWORD})\s+(?:sterren|ster)\b|\b\d+(?:[.,]\d)?\s*(?:/|uit|op)\s*10\b"
)
_RE_CHANGE_AMOUNT: Final = re.compile(
    r"\b(?:halveren|gehalveerd|halveer|verdubbelen|verdubbeld|verdubbel|de helft|twee keer zo|nul\s+\w+|foutloos)\b"
)
_RE_ONE_UNIT: Final = re.compile(
    r"\b(?:een|één)\s+(?:half\s+)?(?:uur|kwartier|dag|dagdeel|middag|ochtend|avond)\b(?!\s+(?:per|in de)\b)"
)
_RE_EVERY: Final = re.compile(r"\b(?:elke|iedere|elk|ieder|dagelijks|wekelijks|maandelijks)\b")
_RE_NUMBER: Final = re.compile(r"(?<![\w/.,-])\d+(?:[.,]\d+)*(?![\w/-]|[.,]\d)")


@dataclass(frozen=True)
class _Words:
    """Words found in the goal for one purpose, with their positions."""

    spans: list[tuple[int, int]] = field(default_factory=list)

    def add(self, start: int, end: int) -> None:
        if all(end <= s or start >= e for s, e in self.spans):
            self.spans.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return any(not (end <= s or start >= e) for s, e in self.spans)

    def texts(self, text: _Text) -> list[str]:
        seen: list[str] = []
        for start, end in sorted(self.spans):
            snippet = text.snippet(start, end)
            if snippet and snippet not in seen:
                seen.append(snippet)
        return seen

    def __bool__(self) -> bool:
        return bool(self.spans)


def _phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + r")\b")


_RE_RESULT_PHRASES: Final = _phrase_regex(_RESULT_PHRASES)
_RE_ACTIVITY_PHRASES: Final = _phrase_regex(_ACTIVITY_PHRASES)
_RE_VAGUE: Final = _phrase_regex(_VAGUE_PHRASES)
_RE_VAGUE_AMOUNT: Final = _phrase_regex(_VAGUE_AMOUNTS)
_RE_ROLES: Final = re.compile(
    r"\b[\w-]*?(?:"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_ROLES, key=len, reverse=True))
    + r")\b"
)
"""A role, also inside a compound ('filiaalmanager', 'assistent-teamleider')."""


def _ends_with_any(word: str, stems: Sequence[str]) -> bool:
    return any(word == s or word.endswith(s) or word.endswith(s + "en") or word.endswith(s + "s") for s in stems)


# W-questions: what in a goal answers them.
_RE_WHY: Final = re.compile(
    r"\b(?:om\s+(?:\w+\s+){0,8}?te|zodat|omdat|want|waardoor|met als doel|zo dat|daardoor|daarmee)\b"
)
_RE_WHO: Final = re.compile(
    r"\b(?:samen|wij|we|ons|onze|jullie|iedereen|hr|mt|p&o)\b|\b\w*(?:collega|team|leidinggevende|manager|klant|leerling"
    r"|student|patiënt|patient|cliënt|client|bewoner|ouder|burger|inwoner|gast|leverancier|chauffeur|stagiair"
    r"|mentor|coach|buddy|directie|opdrachtgever|projectleider|teamleider|medewerker|docent|arts|verpleegkundige"
    r"|begeleider|vrijwilliger|deelnemer|gebruiker|afnemer|partner|zorgverlener|werkgever|monteur|kok|planner"
    r"|jongere|kinderen|kind)\w*\b"
)
_RE_WHERE: Final = re.compile(
    r"\b\w*(?:afdeling|kantoor|locatie|vestiging|winkel|filiaal|magazijn|keuken|klas|school|restaurant|werkvloer"
    r"|overleg|vergadering|ziekenhuis|instelling|wijk|gemeente|balie|servicedesk|helpdesk|distributiecentrum"
    r"|website|intranet|sharepoint|teams|systeem|thuis|online|praktijk|station|zaal|kliniek|unit|groep"
    r"|hal|depot|lab|werkplaats|bouwplaats|terras|kassa|loket|callcenter|regio|project)\w*\b"
    r"|\b(?:dc|op het werk|bij ons)\b"
)
_RE_HOW: Final = re.compile(
    r"\b(?:door|via|middels|met behulp van|aan de hand van|door middel van|met een|met de|met mijn|met behulp)\b"
)


# =========================================================================== the check


@dataclass
class _Reading:
    """Everything the check found in one goal."""

    time_hits: list[_TimeHit]
    measures: _Words
    results: _Words
    actions: _Words
    changes: _Words
    vague: _Words
    vague_amounts: _Words


def _read_goal(text: _Text, today: date, next_meeting: date | None) -> _Reading:
    all_hits = _TimeFinder(text, today, next_meeting).find()
    hits = _drop_context_time(text, all_hits)
    past_clauses = {
        text.clause_index(h.start)
        for h in all_hits
        if h.kind == "ignored" and not _INTENT.search(text.clause_text(h.start))
    }
    results = _outside_context(text, _find_results(text), past_clauses)
    actions = _find_actions(text)
    for span in _find_main_verbs(text).spans:
        actions.add(*span)
    actions = _outside_context(text, actions, past_clauses)
    doing = _Words(list(actions.spans))
    for span in results.spans:
        doing.add(*span)
    measures = _find_measures(text, hits, doing, past_clauses)
    changes = _Words()
    vague = _Words()
    vague_amounts = _Words()
    for tok in text.tokens:
        if tok.word in _CHANGE_WORDS:
            changes.add(tok.start, tok.end)
    for m in _RE_VAGUE.finditer(text.low):
        vague.add(m.start(), m.end())
    for m in _RE_VAGUE_AMOUNT.finditer(text.low):
        vague_amounts.add(m.start(), m.end())
    return _Reading(hits, measures, results, actions, changes, vague, vague_amounts)


def _outside_context(text: _Text, words: _Words, past_clauses: set[int]) -> _Words:
    """Only the words that are not in a clause about the situation or the past."""
    kept = _Words()
    for start, end in words.spans:
        index = text.clause_index(start)
        if index not in past_clauses and not text.clauses[index].m_context:
            kept.add(start, end)
    return kept


def _drop_context_time(text: _Text, hits: list[_TimeHit]) -> list[_TimeHit]:
    """Time words in a clause about the past, or in 'ik werk 2 dagen per week', are no deadline."""
    kept: list[_TimeHit] = []
    for hit in hits:
        clause = text.clause_at(hit.start)
        if clause.t_context and hit.kind in ("deadline", "frequency", "meeting"):
            continue
        if clause.m_context and hit.kind == "frequency":
            continue  # 'want ik werk 45 uur per week': describes the situation
        if clause.state and hit.kind == "frequency":
            same_clause = [h for h in hits if text.clause_at(h.start) is clause and h.kind in ("deadline", "meeting")]
            if not same_clause:
                continue
        kept.append(hit)
    return kept


_TIME_PHRASE_STARTS: Final = frozenset(
    {"voor", "uiterlijk", "binnen", "eind", "begin", "in", "op", "na", "tegen", "met", "zodat", "om", "dit", "deze",
     "volgend", "volgende", "over", "aan", "bij", "samen", "via", "door", "en"}
)  # fmt: skip


def _particle_follows(words: Sequence[str], index: int, particle: str) -> bool:
    """Whether a separable verb's particle ('rond … af') closes the clause after word `index`.

    The particle must end the clause, or be followed by a time phrase ('… af voor 1 juli'),
    so that a preposition ('ik voer gesprekken in het team') does not count.
    """
    if particle == "met":
        return particle in words[index + 1 :]
    for j in range(len(words) - 1, index, -1):
        if words[j] == particle:
            return j == len(words) - 1 or words[j + 1] in _TIME_PHRASE_STARTS
    return False


def _skill_position(text: _Text, index: int) -> bool:
    """True for a verb that names a skill to improve: 'beter presenteren', 'leren plannen', 'korter schrijven'."""
    previous = text.tokens[index - 1].word if index else ""
    before_previous = text.tokens[index - 2].word if index > 1 else ""
    if previous in _COMPARATIVES or previous == "leren":
        return True
    if before_previous in _COMPARATIVES and previous in ("leren", "gaan", "kunnen", "en"):
        return True
    return previous in ("en", "of") and index > 2 and text.tokens[index - 3].word in _COMPARATIVES


def _next_to_subject(text: _Text, index: int) -> bool:
    """A present-tense verb right before or after 'ik'/'we' ('ik tel', 'elke week tel ik')."""
    tokens = text.tokens
    before = tokens[index - 1].word if index else ""
    after = tokens[index + 1].word if index + 1 < len(tokens) else ""
    return before in _SUBJECTS or after in _SUBJECTS


_PREPOSITIONS: Final = frozenset(
    {"op", "in", "aan", "bij", "van", "met", "voor", "uit", "naar", "over", "tijdens", "onder", "achter", "door"}
)


def _has_object(words: Sequence[str], nouns: Sequence[str]) -> bool:
    """Whether the clause has one of `nouns` that is not inside a prepositional phrase ('op de kaart')."""
    for i, word in enumerate(words):
        if _ends_with_any(word, nouns) and not _PREPOSITIONS.intersection(words[max(0, i - 3) : i]):
            return True
    return False


def _find_results(text: _Text) -> _Words:
    """Words for a result you can check: afgerond, certificaat, opgeleverd, a plan written, …"""
    found = _Words()
    low = text.low
    for m in _RE_RESULT_PHRASES.finditer(low):
        found.add(m.start(), m.end())
    for m in _RE_LEVEL.finditer(low):
        found.add(m.start(), m.end())
    for index, tok in enumerate(text.tokens):
        word = tok.word
        if word in _RESULT_WORDS and _skill_position(text, index):
            continue
        halen = word in _HALEN_FORMS and _HALEN_OBJECTS.search(text.clause_text(tok.start))
        if word in _RESULT_WORDS or word.endswith(_RESULT_SUFFIXES) or halen:
            found.add(tok.start, tok.end)
    by_clause: dict[int, list[_Token]] = {}
    for tok in text.tokens:
        by_clause.setdefault(tok.clause, []).append(tok)
    for tokens in by_clause.values():
        words = [t.word for t in tokens]
        for i, tok in enumerate(tokens):
            made = tok.word in _PRODUCTION_WORDS and _has_object(words, _DELIVERABLES)
            held = tok.word in _EVENT_VERBS and _has_object(words, _EVENTS)
            if made or held:
                found.add(tok.start, tok.end)
            elif tok.word in _ROLE_VERBS or (tok.word == "slag" and "aan" in words):
                role = _RE_ROLES.search(low, tokens[0].start, tokens[-1].end)
                judged = role is not None and re.search(
                    r"\b(?:goede|betere|fijne|leuke|sterke)\s+$", low[: role.start()]
                )
                if role and not judged:
                    found.add(role.start(), role.end())
                    found.add(tok.start, tok.end)
            for stem, particle in _SEPARABLE_RESULTS:
                if tok.word in (stem, stem + "t") and _particle_follows(words, i, particle.split()[-1]):
                    found.add(tok.start, tok.end)
    return found


def _find_actions(text: _Text) -> _Words:
    """Verbs for something you can see someone do: volgen, bellen, begeleiden, …

    A verb right after 'beter' ('beter voorbereiden') is a skill to improve, not an
    action; a verb after 'het' ('bij het laden') is a noun.
    """
    found = _Words()
    low = text.low
    for regex in (_RE_ACTIVITY_PHRASES, _RE_WORK_WITH, _RE_WORK_VERB_TE):
        for m in regex.finditer(low):
            found.add(m.start(), m.end())
    by_clause: dict[int, list[str]] = {}
    for tok in text.tokens:
        by_clause.setdefault(tok.clause, []).append(tok.word)
    for index, tok in enumerate(text.tokens):
        if _skill_position(text, index) or (index and text.tokens[index - 1].word == "het"):
            continue
        words = by_clause[tok.clause]
        if tok.word in _ACTIVITY_WORDS:
            if tok.word in _GIVE_WORDS and "aandacht" in words:
                continue
            found.add(tok.start, tok.end)
            continue
        if tok.word in _MEETING_VERBS and _RE_MEETING_NOUN.search(text.clause_text(tok.start)):
            found.add(tok.start, tok.end)
            continue
        if tok.word in _WORK_VERB_FORMS:
            found.add(tok.start, tok.end)
            continue
        if tok.word in _WORK_VERB_FINITE and _next_to_subject(text, index):
            found.add(tok.start, tok.end)
            continue
        for stem, particle in _SEPARABLE_ACTIVITIES + _WORK_VERB_SEPARABLE:
            if tok.word in (stem, stem + "t") and _particle_follows(words, words.index(tok.word), particle):
                found.add(tok.start, tok.end)
                break
    return found


_WORK_VERBS: Final = """
    tellen bestellen checken controleren scannen labelen etiketteren sorteren inspecteren keuren meten noteren
    documenteren rapporteren factureren declareren betalen budgetteren calculeren begroten adviseren informeren
    instrueren toetsen beoordelen interviewen enquêteren programmeren coderen installeren configureren updaten
    upgraden repareren poetsen verbouwen schilderen lassen monteren demonteren assembleren produceren verpakken
    vervoeren bezorgen verzenden ontvangen bedienen serveren koken bakken bereiden snijden proeven verzorgen wassen
    tillen verplegen behandelen vaccineren prikken screenen roosteren coördineren regelen notuleren voorzitten
    delegeren werven selecteren solliciteren onderhandelen publiceren vertalen redigeren corrigeren bestuderen
    studeren reserveren archiveren digitaliseren evalueren presenteren begeleiden coachen mentoren trainen testen
    analyseren inventariseren interviewen organiseren plannen bellen mailen appen bezoeken benaderen contacteren
    rondleiden leiden verkopen verhuren adverteren promoten filmen fotograferen tekenen ontwerpen modelleren
    simuleren berekenen registreren opnemen uitleggen bespreken overleggen evalueren verdelen toewijzen
    inroosteren opschonen stofzuigen dweilen desinfecteren steriliseren wegwerken afwerken afhandelen
    """.split()
"""Concrete work verbs (infinitives); `_conjugate` adds the forms a goal may use."""

_WORK_VERBS_SEPARABLE: Final = """
    uit|nodigen aan|vullen bij|vullen op|zoeken uit|zoeken op|vragen aan|sturen in|pakken uit|pakken op|bergen
    in|kopen af|rekenen op|halen terug|koppelen door|spreken na|bellen mee|denken op|starten af|sluiten
    voor|stellen in|richten op|knappen uit|zetten af|leveren
    """.split()
"""Separable work verbs, written particle|verb."""

_FINITE_STOP: Final = frozenset(
    """
    was kan wil ben heb had zal mag moet ga is doe zie ken meer weer door voor over om op aan af uit in te de het een
    van met bij tot als dat wat wie hoe zo al nog ook toe net maar goed leer werk houd hou ga sta zit lig kom pas
    """.split()
)
_NO_GE_PREFIXES: Final = ("be", "ge", "her", "ont", "ver", "er")


def _stems(base: str) -> set[str]:
    """The present-tense stems of a verb, from its infinitive minus -en ('maken' → 'maak')."""
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in "aeiou":
        return {base[:-1]}  # tellen → tel
    if base.endswith("v"):
        base = base[:-1] + "f"
    elif base.endswith("z"):
        base = base[:-1] + "s"
    stems = {base}
    open_syllable = re.search(r"(?:^|[^aeiou])([aeou])([^aeiouy])$", base)
    if open_syllable:
        stems.add(base[: open_syllable.start(1)] + open_syllable.group(1) * 2 + open_syllable.group(2))
    return stems


def _conjugate(infinitive: str) -> tuple[set[str], set[str]]:
    """Forms of a regular verb: (infinitive and past participles, present-tense stems for 'ik …')."""
    particle, _, verb = infinitive.rpartition("|")
    base = verb[:-2] if verb.endswith("en") else verb
    voiceless = base.endswith(("t", "k", "f", "s", "p", "ch", "x"))
    stems = _stems(base)
    forms = {particle + verb}
    if particle:
        forms.add(f"{particle} te {verb}")
    for stem in stems:
        ending = "" if stem.endswith(("t", "d")) else ("t" if voiceless else "d")
        prefix = "" if verb.startswith(_NO_GE_PREFIXES) else "ge"
        forms.add(particle + prefix + stem + ending)
    return forms, stems


def _build_verbs() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    words: set[str] = set()
    finite: set[str] = set()
    separable: list[tuple[str, str]] = []
    for infinitive in _WORK_VERBS:
        forms, stems = _conjugate(infinitive)
        words |= forms
        finite |= {stem for stem in stems if stem not in _FINITE_STOP}
    for spec in _WORK_VERBS_SEPARABLE:
        forms, stems = _conjugate(spec)
        words |= {form for form in forms if " " not in form}
        particle = spec.partition("|")[0]
        separable += [(stem, particle) for stem in stems]
    return frozenset(words), frozenset(finite), tuple(separable)


_WORK_VERB_FORMS, _WORK_VERB_FINITE, _WORK_VERB_SEPARABLE = _build_verbs()
_RE_WORK_VERB_TE: Final = _phrase_regex(
    [f"{spec.partition('|')[0]} te {spec.partition('|')[2]}" for spec in _WORK_VERBS_SEPARABLE]
)
_SUBJECTS: Final = frozenset({"ik", "we", "wij"})
_COMPARATIVES: Final = frozenset(
    """
    beter sneller duidelijker korter zuiniger efficiënter effectiever netter slimmer handiger rustiger zorgvuldiger
    nauwkeuriger vriendelijker klantvriendelijker gestructureerder bewuster actiever positiever assertiever
    zelfstandiger professioneler overzichtelijker eenvoudiger makkelijker gemakkelijker strakker preciezer grondiger
    consequenter sterker steviger socialer opener eerlijker helderder concreter scherper bondiger anders
    """.split()
)
"""Comparatives that make the verb after them a skill to improve ('duidelijker schrijven')."""

_MODAL_WORDS: Final = frozenset(
    """
    wil wilt willen ga gaat gaan kan kun kunt kunnen moet moeten zal zult zullen mag mogen streef wens probeer hoop
    """.split()
)
_AUXILIARIES: Final = frozenset(
    """
    ben bent is zijn was waren heb hebt heeft hebben had hadden word wordt worden werd blijf blijft blijven wil wilt
    willen ga gaat gaan kan kun kunt kunnen moet moeten zal zult zullen mag mogen zou zouden doe doet laat laten
    """.split()
)
_VAGUE_VERBS: Final = frozenset(
    """
    worden zijn hebben krijgen blijven gaan komen doen maken houden proberen verbeteren ontwikkelen groeien leren
    verdiepen verbreden werken focussen letten omgaan zorgen nemen begrijpen kennen weten snappen voelen staan zitten
    vinden denken willen kunnen mogen moeten hopen genieten ervaren vergroten versterken uitbreiden stimuleren
    bevorderen investeren zien tonen presteren functioneren communiceren samenwerken bijdragen meedenken meewerken
    aanpassen veranderen verdienen opdoen beheersen handelen luisteren praten zeggen durven inzetten bezighouden
    verbeteren optimaliseren professionaliseren verhogen verlagen verminderen vergroten verkleinen reduceren beperken
    oppakken aanpakken regelen runnen lopen liggen laten vallen blijven geven hebben halen zetten brengen stellen
    opstellen kijken bekijken verkennen oriënteren orienteren nadenken overwegen ontdekken uitproberen experimenteren
    creëren uitdagen aangeven motiveren inspireren enthousiasmeren benutten waarmaken neerzetten uitdragen uitstralen
    waarderen respecteren vertrouwen ontspannen ontplooien profileren positioneren onderscheiden excelleren innoveren
    faciliteren borgen waarborgen verankeren stroomlijnen verduurzamen bewaken behouden vasthouden loslaten
    accepteren ontwikkelen doorontwikkelen
    """.split()
)
"""Verbs that say little about what you will do; a goal with only these is vague."""
_NOT_BEFORE_VERB: Final = frozenset(
    """
    de het een mijn je jouw zijn haar ons onze hun uw die deze dit dat alle elke iedere enkele andere eigen meer
    minder veel weinig geen twee drie vier vijf zes zeven acht negen tien met van aan voor op in bij naar over uit
    door tot om tijdens onder na als en of
    """.split()
)
_VERB_FOLLOWERS: Final = frozenset(
    """
    op in aan bij met voor van naar over uit door tijdens onder na zodat om en of te voordat nadat als wanneer
    binnen uiterlijk vanaf per eind begin samen zelf via zonder tegen rond vanuit
    """.split()
)
_VAGUE_PARTICIPLES: Final = frozenset(
    """
    geworden gehad gekregen gebleven gegaan gekomen gehouden geprobeerd verbeterd ontwikkeld gegroeid geleerd verdiept
    gewerkt gefocust gezorgd genomen begrepen gekend geweten gevoeld gestaan gezeten gevonden gedacht gehoopt genoten
    ervaren vergroot versterkt uitgebreid gezien getoond gepresteerd gefunctioneerd gecommuniceerd samengewerkt
    bijgedragen aangepast veranderd verdiend opgedaan beheerst gehandeld geluisterd gepraat gezegd gedurfd ingezet
    gemotiveerd geïnteresseerd gestructureerd gedreven georganiseerd
    """.split()
)
_PERFECT_AUXILIARIES: Final = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden"})
_WEAK_OBJECTS: Final = frozenset({"iets", "dingen", "meer", "best", "moeite", "goed", "beter", "veel", "alles", "werk"})


_VAGUE_VERB_ENDINGS: Final = ("werken", "groeien", "leren", "worden", "zijn", "houden", "komen", "gaan")


def _is_perfect_participle(text: _Text, index: int) -> bool:
    """'… heb ik de lesbezoeken gedaan': a participle with 'hebben' in its clause."""
    tok = text.tokens[index]
    word = tok.word
    if not (word.startswith("ge") and word.endswith(("d", "t", "n")) and len(word) >= 6):
        return False
    if word in _VAGUE_PARTICIPLES or (index and text.tokens[index - 1].word in _NOT_BEFORE_VERB | _WEAK_OBJECTS):
        return False
    return any(t.word in _PERFECT_AUXILIARIES for t in text.tokens if t.clause == tok.clause)


def _find_main_verbs(text: _Text) -> _Words:
    """The main verb of a clause, when it is not a vague one: 'wil … ontkalken', 'elke week tel ik'.

    After a modal ('wil', 'ga', 'kan') the main verb is an -en word near the end of the
    clause that does not follow an article, a number or a preposition (those make it a
    plural noun). Without a modal, it is the word next to 'ik'/'we'.
    """
    found = _Words()
    tokens = text.tokens
    for index, tok in enumerate(tokens):
        word = tok.word
        if word == "doen" and index:
            before = tokens[index - 2].word if tokens[index - 1].word == "te" and index > 1 else tokens[index - 1].word
            if before not in _NOT_BEFORE_VERB | _WEAK_OBJECTS | _AUXILIARIES:
                found.add(tok.start, tok.end)  # 'een audit doen', 'de bar doen'
            continue
        if word in _VAGUE_VERBS or word in _AUXILIARIES or word in _CHANGE_WORDS or not word.isalpha():
            continue
        if word.endswith(_VAGUE_VERB_ENDINGS):
            continue  # 'thuiswerken', 'samenwerken'
        if _is_perfect_participle(text, index):
            found.add(tok.start, tok.end)
            continue
        previous = tokens[index - 1] if index else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        after_te = previous is not None and previous.word == "te"
        noun_before = (
            previous is None
            or previous.word in _NOT_BEFORE_VERB
            or (previous.word.endswith("e") and len(previous.word) > 3)
        )
        if noun_before and not after_te:
            continue  # after an article, a number, a preposition or an adjective: a plural noun
        if _skill_position(text, index):
            continue
        clause_end = following is None or following.clause != tok.clause or following.word in _VERB_FOLLOWERS
        modal_before = any(t.word in _MODAL_WORDS for t in tokens[max(0, index - 12) : index] if t.clause == tok.clause)
        if word.endswith("en") and len(word) > 4 and modal_before and clause_end and word_number(word) is None:
            found.add(tok.start, tok.end)
    return found


_GIVE_WORDS: Final = frozenset({"geven", "geef", "geeft", "gegeven"})
_MEETING_VERBS: Final = frozenset(
    {"plannen", "plan", "plant", "gepland", "houden", "houd", "houdt", "gehouden", "voeren", "voer", "voert", "gevoerd",
     "hebben", "heb", "draaien", "draai", "gedraaid", "doen", "doe", "doet", "gedaan"}
)  # fmt: skip
_RE_MEETING_NOUN: Final = re.compile(
    r"\b\w*(?:overleg|gesprek|gesprekken|afspraak|meeting|evaluatie|check-in|1-op-1|dienst|diensten|spreekuur"
    r"|keuken|bar|kassa|shift|ploeg|nacht|weekend|balie|receptie)\b"
)
_RE_WORK_WITH: Final = re.compile(r"\b(?:werken|werk|werkt)\s+(?:\w+\s+){0,2}?met\s+(?:het|de|ons|onze|mijn)\s+\w+")
_RE_LEVEL: Final = re.compile(r"\b(?:van\s+)?[abc][12]\s+naar\s+[abc][12]\b|\bniveau\s+[abc][12]\b")
_RE_ALL: Final = re.compile(r"\b(?:alle|elke|iedere|ieder|elk)\s+(?:\w+\s+){0,2}?\w+")
_DETERMINERS: Final = frozenset(
    {"de", "het", "mijn", "onze", "ons", "deze", "die", "dit", "dat", "zijn", "haar", "hun", "jouw", "uw", "je"}
)
_GROUP_NOUNS: Final = (
    "team", "afdeling", "groep", "klas", "bedrijf", "school", "organisatie", "locatie", "vestiging", "magazijn",
    "praktijk", "ploeg", "winkel", "filiaal", "wijk", "gemeente", "unit", "vakgroep", "sectie", "regio", "bus",
)  # fmt: skip
_NUMBER_TAIL_STOP: Final = frozenset(
    {"naar", "tot", "per", "op", "in", "van", "en", "of", "voor", "met", "uit", "bij", "aan", "te", "om", "dan", "de",
     "het", "een", "keer", "x"}
)  # fmt: skip


def _find_measures(
    text: _Text, hits: list[_TimeHit], actions: _Words | None = None, past_clauses: set[int] | None = None
) -> _Words:
    """Numbers and amounts that say how much: counts, percentages, money, scores, marks."""
    low = text.low
    found = _Words()
    masked = _Words()
    for hit in hits:
        if hit.kind == "service":
            if not text.clause_at(hit.start).m_context:
                found.add(hit.start, hit.end)
        elif hit.kind == "frequency" and hit.count:
            if not text.clause_at(hit.start).m_context and not text.clause_at(hit.start).state:
                found.add(hit.start, hit.end)
        else:
            masked.add(hit.start, hit.end)

    past = past_clauses or set()

    def usable(start: int, end: int) -> bool:
        clause = text.clause_at(start)
        if text.clause_index(start) in past:
            return False
        return not masked.overlaps(start, end) and not clause.m_context and not clause.state

    for regex in (_RE_PERCENT, _RE_MONEY, _RE_STARS, _RE_CHANGE_AMOUNT):
        for m in regex.finditer(low):
            if usable(m.start(), m.end()):
                found.add(m.start(), m.end())
    for m in _RE_SCORE.finditer(low):
        value = _number_value(m["n"]) or 0
        if usable(m.start("n"), m.end("n")) and (value <= 10 or not m.group().startswith("een")):
            found.add(m.start(), m.end())
    action_clauses = {text.clause_index(start) for start, _ in actions.spans} if actions else set()
    for m in _RE_NUMBER.finditer(low):
        acted = text.clause_index(m.start()) in action_clauses
        _consider_number(text, m.start(), m.end(), m.group(), found, usable, acted)
    for m in _RE_ONE_UNIT.finditer(low):
        part = text.clause_text(m.start())
        every = _RE_EVERY.search(part) or " per " in part
        if usable(m.start(), m.end()) and every and (_ALLOCATION_VERBS.search(part) or _INTENT.search(part)):
            found.add(m.start(), m.end())  # 'elke vrijdag een uur besteden aan …'
    if actions:
        for m in _RE_ALL.finditer(low):
            clause = text.clause_at(m.start())
            if usable(m.start(), m.end()) and any(text.clause_at(s) is clause for s, _ in actions.spans):
                found.add(m.start(), m.end())
    for tok in text.tokens:
        if tok.word != "een" and tok.word not in ("half", "halve", "dubbel") and word_number(tok.word) is not None:
            if tok.word in ("één", "eén") and text.word_after(tok.end) in ("van", "keer", "op"):
                continue
            _consider_number(text, tok.start, tok.end, tok.word, found, usable, tok.clause in action_clauses)
    return found


def _consider_number(text: _Text, start: int, end: int, number: str, found: _Words,
                     usable: Callable[[int, int], bool], has_action: bool = False) -> None:  # fmt: skip
    """Count a number as a measurement unless it is a date, a name, a duration or context."""
    if found.overlaps(start, end) or not usable(start, end):
        return
    low = text.low
    value = _number_value(number)
    if value is None:
        return
    if number[0].isdigit() and len(number) == 4 and 1900 <= value <= 2100:
        return  # a year
    before = text.word_before(start)
    if number[0].isdigit() and before in _LABEL_NOUNS:
        return  # 'groep 8', 'niveau 3', 'week 12'
    if before == "of":
        return  # 'een jaar of twee': a rough guess
    index = text.token_index(start)
    compared = index >= 2 and text.tokens[index - 2].word in _TIME_MEASURE_LEFT
    if before in _DETERMINERS and not has_action and not compared:
        return  # 'de 3 stagiairs' with nothing done to them: describes, does not measure
    index = text.token_index(start)
    if before == "van" and index >= 2 and _ends_with_any(text.tokens[index - 2].word, _GROUP_NOUNS):
        return  # 'een team van 8 mensen'

    original_before = text.original[:start].rstrip()
    prev_word = re.search(r"(\w+)\W*$", original_before)
    if (
        prev_word
        and prev_word.group(1)[:1].isupper()
        and not re.search(r"[.!?]\s*\w+\W*$", original_before)
        and original_before[: prev_word.start()].strip()
    ):
        return  # 'Windows 11', 'Office 365': part of a name
    after = text.word_after(end)
    if after in ("op", "van") and number in ("1", "één", "een"):
        return  # '1 op 1', 'één van de'
    if after in ("e", "ste", "de") and low[end : end + 1].isalpha():
        return
    if after in _TIME_UNITS:
        clause = text.clause_text(start)
        left = set(text.words_before(start, frozenset(_TIME_MEASURE_LEFT | {"de", "het", "tot", "en"})))
        per_rate = bool(
            re.match(r"\s*\w+\s+per\s+(?:dag|week|maand|jaar|kwartaal|dienst|werkdag)\b", low[end:])
        ) or bool(_RE_EVERY.search(clause))
        if not (
            left & _TIME_MEASURE_LEFT
            or _TIME_MEASURE_NOUNS.search(clause)
            or (per_rate and (_ALLOCATION_VERBS.search(clause) or _INTENT.search(clause)))
        ):
            return
    found.add(start, _number_phrase_end(text, end))


def _number_phrase_end(text: _Text, end: int) -> int:
    """Where '5 nieuwe klanten' ends: the number plus the words it counts."""
    index = text.token_index(end)
    tokens = text.tokens
    last = end
    for step in range(2):
        if index + step >= len(tokens):
            break
        tok = tokens[index + step]
        if step == 0 and tok.word in ("keer", "maal", "x") and not text.low[last : tok.start].strip():
            return tok.end
        if tok.word in _NUMBER_TAIL_STOP or text.low[last : tok.start].strip() or not tok.word.isalpha():
            break
        last = tok.end
        if not (tok.word.endswith("e") and len(tok.word) > 3):
            break
    return last


def _answer_verdict(answer: str | None, texts: AnswerTexts, declines: re.Pattern[str]) -> LetterVerdict:
    if answer is None:
        return LetterVerdict(None, [], texts.unknown, texts.question)
    cleaned = answer.strip()
    if not cleaned:
        return LetterVerdict(False, [], texts.empty, texts.question)
    if declines.match(_fold(cleaned)):
        return LetterVerdict(False, [cleaned], texts.declined, texts.hint_declined)
    return LetterVerdict(True, [cleaned], texts.answered, texts.hint_answered)


_RE_DECLINE_A: Final = re.compile(r"^\W*(?:nee|neen|nog niet|niet|nooit|weet (?:ik )?niet|geen idee|geen|\?+\W*$)")
_RE_DECLINE_R: Final = re.compile(r"^\W*(?:weet (?:ik )?niet|geen idee|\?+\W*$|nog niet over nagedacht)")


def _join(words: Sequence[str]) -> str:
    quoted = [f"'{w}'" for w in words[:4]]
    return ", ".join(quoted)


def check_goal(
    text: str,
    *,
    today: date,
    acceptabel: str | None = None,
    realistisch: str | None = None,
    next_meeting: date | None = None,
    texts: CheckTexts | None = None,
    guide: SmartGuide | None = None,
) -> SmartResult:
    """Check a goal the SMART way; fast enough to run on every key press.

    `today` is the day relative deadlines count from. `acceptabel` and `realistisch`
    are the user's answers to the A and R questions (None: not asked, so their verdict
    is None). `next_meeting` is the date of the next conversation in the cycle: a
    deadline after it gets a warning. `texts` are the Dutch texts (default: the shipped
    checks.yaml); `guide` is smart.yaml, whose A/R questions and W-questions are used
    when given.
    """
    all_texts = texts or default_check_texts()
    t = all_texts.smart
    a_texts, r_texts = t.acceptabel, t.realistisch
    if guide is not None:
        a_texts = a_texts.model_copy(update={"question": guide.letter("A").question})
        r_texts = r_texts.model_copy(update={"question": guide.letter("R").question})
    letters: dict[str, LetterVerdict] = {}
    a_verdict = _answer_verdict(acceptabel, a_texts, _RE_DECLINE_A)
    r_verdict = _answer_verdict(realistisch, r_texts, _RE_DECLINE_R)

    if not text or not text.strip():
        for name, lt in (("specifiek", t.specifiek), ("meetbaar", t.meetbaar), ("tijdgebonden", t.tijdgebonden)):
            letters[name] = LetterVerdict(None, [], lt.empty, t.hint_empty)
        letters["acceptabel"], letters["realistisch"] = a_verdict, r_verdict
        return SmartResult({k: letters[k] for k in LETTERS}, None, None, {w: False for w in W_WORDS})

    goal = _Text(text)
    reading = _read_goal(goal, today, next_meeting)
    w_answers = _w_answers(goal, reading)
    letters["specifiek"] = _specific_verdict(goal, reading, w_answers, all_texts, guide)
    letters["meetbaar"] = _measurable_verdict(goal, reading, all_texts)
    letters["acceptabel"], letters["realistisch"] = a_verdict, r_verdict
    time_verdict, deadline, warning = _time_verdict(goal, reading, today, next_meeting, all_texts)
    letters["tijdgebonden"] = time_verdict
    return SmartResult({k: letters[k] for k in LETTERS}, deadline, warning, w_answers)


def _w_answers(goal: _Text, reading: _Reading) -> dict[str, bool]:
    low = goal.low
    return {
        "wat": bool(reading.actions or reading.results),
        "waarom": bool(_RE_WHY.search(low)),
        "wie": bool(_RE_WHO.search(low)),
        "waar": bool(_RE_WHERE.search(low)),
        "hoe": bool(_RE_HOW.search(low)),
    }


def _specific_verdict(goal: _Text, reading: _Reading, w_answers: dict[str, bool], texts: CheckTexts,
                      guide: SmartGuide | None) -> LetterVerdict:  # fmt: skip
    st = texts.smart.specifiek
    concrete = _Words(list(reading.results.spans))
    for start, end in reading.actions.spans:
        concrete.add(start, end)
    frequency_spans = [(h.start, h.end) for h in reading.time_hits if h.kind == "frequency"]
    real_measures = [
        (s, e) for s, e in reading.measures.spans if not any(not (e <= fs or s >= fe) for fs, fe in frequency_spans)
    ]
    if reading.measures:
        for start, end in reading.changes.spans:
            concrete.add(start, end)
    for start, end in real_measures:
        concrete.add(start, end)
    vague_only = _Words([span for span in reading.vague.spans if not concrete.overlaps(*span)])
    vague_words = vague_only.texts(goal)
    enough_words = sum(1 for tok in goal.tokens if tok.word.isalpha()) >= 3
    if concrete and enough_words:
        words = concrete.texts(goal)
        reason = fill(st.ok, woorden=_join(words))
        vague_left = [w for w in vague_words if w.lower() in _NON_COMMITTAL]
        if vague_left:
            hint = fill(st.hint_vague_word, woorden=_join(vague_left))
        else:
            hint = _w_hint(w_answers, st, guide)
        return LetterVerdict(True, words, reason, hint)
    if vague_words:
        return LetterVerdict(False, vague_words, fill(st.vague, woorden=_join(vague_words)), st.hint_missing)
    return LetterVerdict(False, [], st.missing, st.hint_missing)


_NON_COMMITTAL: Final = frozenset(
    {"proberen", "probeer", "probeert", "misschien", "eventueel", "wellicht", "mijn best", "mijn best doen"}
)


def _w_hint(w_answers: dict[str, bool], st: SpecificTexts, guide: SmartGuide | None) -> str:
    questions: dict[str, str] = dict(st.w_questions)
    order = list(W_WORDS)
    if guide is not None:
        order = []
        for wq in guide.w_questions:
            key = wq.word.strip().lower()
            if key in w_answers:
                questions[key] = wq.question
                order.append(key)
    for key in order:
        if key != "wat" and not w_answers.get(key, True):
            return fill(st.hint_w_question, vraag=questions[key])
    return st.hint_ok


def _measurable_verdict(goal: _Text, reading: _Reading, texts: CheckTexts) -> LetterVerdict:
    mt = texts.smart.meetbaar
    found = _Words(list(reading.measures.spans))
    for start, end in reading.results.spans:
        found.add(start, end)
    if found:
        words = found.texts(goal)
        return LetterVerdict(True, words, fill(mt.ok, woorden=_join(words)), mt.hint_ok)
    vague = reading.vague_amounts.texts(goal)
    if vague:
        return LetterVerdict(False, vague, fill(mt.vague, woorden=_join(vague)), mt.hint_missing)
    return LetterVerdict(False, [], mt.missing, mt.hint_missing)


def _time_verdict(goal: _Text, reading: _Reading, today: date, next_meeting: date | None,
                  texts: CheckTexts) -> tuple[LetterVerdict, date | None, str | None]:  # fmt: skip
    tt = texts.smart.tijdgebonden
    hits = reading.time_hits
    bounds = [h for h in hits if h.kind in ("deadline", "meeting")]
    frequencies = [h for h in hits if h.kind == "frequency"]
    if bounds:
        dated = [h for h in bounds if h.when is not None]
        dated = [h for h in dated if not h.weak] or dated
        ends = [h for h in dated if not h.start_marker] or dated
        chosen = max(ends, key=lambda h: h.when) if ends else None  # type: ignore[arg-type,return-value]
        deadline = chosen.when if chosen else None
        words = _Words()
        for h in bounds + frequencies:
            words.add(h.start, h.end)
        shown = words.texts(goal)
        reason = fill(tt.ok, woorden=_join(shown))
        warning: str | None = None
        if deadline is not None and deadline < today:
            warning = fill(tt.past, datum=format_deadline(deadline))
        elif deadline is not None and next_meeting is not None and deadline > next_meeting:
            warning = fill(tt.after_meeting, datum=format_deadline(deadline), gesprek=format_deadline(next_meeting))
        if warning:
            hint = warning
        elif deadline is not None:
            hint = fill(tt.hint_deadline, datum=format_deadline(deadline))
        elif any(h.kind == "meeting" for h in bounds):
            hint = tt.hint_meeting_unknown
        else:
            hint = tt.hint_ok
        return LetterVerdict(True, shown, reason, hint), deadline, warning
    if frequencies:
        words = _Words()
        for h in frequencies:
            words.add(h.start, h.end)
        shown = words.texts(goal)
        return LetterVerdict(True, shown, fill(tt.frequency, woorden=_join(shown)), tt.hint_frequency), None, None
    negated = [h for h in hits if h.kind == "negated"]
    if negated:
        shown = _Words(spans=[(h.start, h.end) for h in negated]).texts(goal)
        return LetterVerdict(False, shown, fill(tt.negated, woorden=_join(shown)), tt.hint_missing), None, None
    vague = [h for h in hits if h.kind == "vague"]
    if vague:
        shown = _Words(spans=[(h.start, h.end) for h in vague]).texts(goal)
        return LetterVerdict(False, shown, fill(tt.vague, woorden=_join(shown)), tt.hint_missing), None, None
    return LetterVerdict(False, [], tt.missing, tt.hint_missing), None, None
