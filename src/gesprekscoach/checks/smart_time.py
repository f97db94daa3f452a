"""Time words in a goal, and the deadline they resolve to.

Time expressions are found in passes, most specific first: dates, months, seasons,
quarters, years, weekdays, relative periods, frequencies, named work periods ('dit blok').
Their numbers are not measurements.

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
- "vanaf X" is a start, never a deadline: "Ik wil vanaf januari elke week …" has no deadline (the check
  reports the start separately). "per 1 juli" and "na de zomer" still give a day, as before.
- Frequencies ("wekelijks", "twee keer per week", "elke dinsdag en donderdag") make a goal time-bound
  but give no date.
- A range "tussen 1 januari en 31 december 2018" ends on its last day; the start takes no deadline.
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

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any, Final, NamedTuple

from gesprekscoach.checks import patterns as re  # `re`, compiling through a cache
from gesprekscoach.checks.smart_numbers import NUMWORD, number_value
from gesprekscoach.checks.smart_periods import (
    Period,
    add_months,
    add_workdays,
    last_day,
    monday_of,
    month_period,
    quarter_period,
    school_year_period,
    season_period,
    week_period,
    year_period,
)
from gesprekscoach.checks.smart_text import INTENT, RE_BASELINE, GoalText
from gesprekscoach.dates import MONTHS


class TimeHit(NamedTuple):
    """One time expression found in the goal, what kind it is, and the day it stands for."""

    start: int
    end: int
    kind: str
    """deadline, frequency, meeting, vague, negated, service, clock, describing (a time word that only
    describes a thing or a routine) or ignored (about the past)."""
    when: date | None = None
    explicit_year: bool = False
    start_marker: bool = False
    counts: bool = False
    """Counts how often ('twee keer per week'): a measure by itself."""
    weak: bool = False
    """Only describes a noun ('de cijfers van dit jaar'): a deadline only when nothing else is."""
    from_start: bool = False
    """Says from when ('vanaf januari'): the day something starts, never the deadline."""


_MODIFIER_WORDS: Final = frozenset(
    {
        "voor", "in", "na", "vanaf", "per", "uiterlijk", "tot", "en", "met", "t/m", "rond", "rondom",
        "eind", "einde", "begin", "half", "halverwege", "medio", "midden", "aan", "het", "de", "van",
        "eerste", "tweede", "laatste", "helft", "loop", "tegen", "op", "ergens", "tijdens", "gedurende",
        "sinds", "vorig", "vorige", "afgelopen", "later", "dan", "niet", "nog", "al", "week", "jaar",
        "deadline", "datum", "klaar", "af", "uiterst", "uiterlijke", "binnen", "tussen", "nu",
    }
)  # fmt: skip
_PAST_WORDS: Final = frozenset({"sinds", "vorig", "vorige", "afgelopen"})
_PERIOD_MODIFIERS: Final = frozenset(
    {"eind", "einde", "begin", "half", "halverwege", "medio", "midden", "helft", "loop", "laatste", "eerste", "afloop"}
)


def _resolve_in_period(window: Sequence[str], period: Period, today: date | None = None) -> tuple[date, bool]:
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
    between_now = "tussen" in words and "nu" in words  # 'tussen nu en de zomer' ends where the period begins
    if "voor" in words or "tegen" in words or between_now or ("tot" in words and "met" not in words):
        before = period.start - timedelta(days=1)
        if today is not None and before < today <= period.end:
            return period.end, False  # 'voor dit jaar': the period has begun, so 'voor' means 'for'
        return before, False
    if "vanaf" in words or "per" in words:
        return period.start, True
    if "na" in words:
        return period.end + timedelta(days=1), True
    return period.end, False


def _first_on_or_after(today: date, build: Callable[[int], Period], window: Sequence[str]) -> tuple[date, bool]:
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
_RE_DM: Final = re.compile(r"(?<!\d[-/])\b(?P<d>\d{1,2})[-/](?P<m>\d{1,2})\b(?![-/.,]\d)")
_RE_DAY_MONTH: Final = re.compile(
    rf"\b(?:(?:{_WEEKDAY})\s+)?(?P<d>\d{{1,2}})(?:e|ste|de)?\s+(?P<m>{_MONTH_ANY})\b\.?"
    rf"(?:\s+(?P<y>{_YEAR})\b|\s*'(?P<yy>\d\d)\b)?"
)
_RE_RANGE_END: Final = re.compile(
    rf"\s+(?:en|tot(?:\s+en\s+met)?|t/m|-)\s+\d{{1,2}}(?:e|ste|de)?\s+(?:{_MONTH_ANY})\s+{_YEAR}\b"
)
"""After the first date of a range whose end has a year: '1 januari [en 31 december 2018]'."""
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
    r"\bdoordeweeks\b"  # on every weekday
    r"|(?:^|(?<=\s))'s\s*(?:ochtends|morgens|middags|avonds|nachts)\b"  # a time of day: 's avonds, each day
    r"|\b(?:dagelijks|wekelijks|tweewekelijks|driewekelijks|vierwekelijks|maandelijks|tweemaandelijks"
    r"|driemaandelijks|kwartaallijks|halfjaarlijks|jaarlijks)e?\b"
    rf"|\b(?P<n>\d+(?:\s*-\s*\d+)?|{NUMWORD})\s*(?:x|keer|maal)\s+(?:per|in de|in het|elke|iedere|om de)\s+"
    r"(?:(?:twee|drie|vier|\d+)\s+)?(?:werk)?(?:dag|dagen|week|weken|maand|maanden|kwartaal|jaar|sprint|periode|schooljaar|semester)\b"
    rf"|\b(?:elke|iedere|ieder|elk)\s+(?:{_WEEKDAY})(?:ochtend|middag|avond|morgen)?(?:\s*(?:,|en|of)\s*(?:{_WEEKDAY})\w*)+\b"
    rf"|\b(?:elke|iedere|ieder|elk|om de|per)\s+(?:(?:twee|drie|vier|zes|\d+)\s+)?{_FREQ_UNIT}\b"
    r"|\b(?:elke|iedere|ieder|elk)\s+(?:training|wedstrijd|sessie|bijeenkomst|\w*dienst|bespreking|college|retro)\b"
    r"|\beens (?:per|in de|in het) (?:week|maand|kwartaal|jaar|twee weken)\b"
    rf"|\b(?:op|de)\s+(?:{_WEEKDAY})en\b"
)
_RE_EVERY_DAYS_BEFORE: Final = re.compile(rf"\b(?:elke|iedere|ieder|elk)\s+(?:(?:{_WEEKDAY})\w*\s*(?:,|en|of)\s*)+$")
"""'elke dinsdag en ' right before a weekday: the later days of the list recur too."""
_RE_COUNT_X: Final = re.compile(r"\b(?P<n>\d+)\s*x\b")
_RE_RELATIVE: Final = re.compile(
    r"\b(?P<prep>binnen nu en|uiterlijk binnen|uiterlijk over|binnen|over|in de komende|in de aankomende"
    r"|in de volgende|de komende|de aankomende|de volgende|de eerstvolgende|komende|aankomende"
    r"|gedurende de komende|voor de komende|tijdens de komende|gedurende|in|na)\s+"
    r"(?:(?:precies|ongeveer|ruim|circa|zo'n|maximaal|hooguit|pakweg|bijna)\s+)?"
    r"(?:een\s+(?:periode|termijn|tijdsbestek|tijdspanne)\s+van\s+)?(?:(?:de|het)\s+)?"
    r"(?P<n>(?:een\s+)?(?:paar|half|halve)|anderhalf|anderhalve|enkele|een aantal|\d+(?:[.,]\d+)?|[a-zéë]+)\s*"
    r"(?:(?:heel|hele|volle|volledig|volledige)\s+)?"  # 'in een heel jaar': the whole of one period
    r"(?P<u>werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|jaren|jaar|kwartalen|kwartaal|uren|uur|minuten|minuut|kwartier)\b"
)
_RE_AFTER_EVENT: Final = re.compile(r"\s+(?:na|vanaf|volgend\s+op)\s+(?:het|de|mijn|onze|ons)\s+\w+")
_RE_ROUGHLY: Final = re.compile(rf"\s+of\s+(?P<n>\d+|{NUMWORD})\b")
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
_RE_HALF_YEAR: Final = re.compile(
    r"\b(?P<o>eerste|tweede|1e|2e|1ste|2de)\s+(?:halfjaar|half\s+jaar|jaarhelft)\b"
    rf"(?:\s+(?:van\s+)?(?P<y>{_YEAR})\b|\s+(?P<post>(?:van\s+)?(?:volgend|komend|dit) jaar)\b)?"
)
_RE_WEEK_NUMBER: Final = re.compile(rf"\bweek\s+(?P<n>\d{{1,2}})\b(?:\s+(?:van\s+)?(?P<y>{_YEAR})\b)?")
_RE_WEEKDAY: Final = re.compile(
    rf"\b(?:(?P<pre>volgende week|komende week|deze week|aanstaande|komende|volgende|deze)\s+)?"
    rf"(?P<wd>{_WEEKDAY})(?:ochtend|middag|avond|morgen)?\b"
    r"(?:\s+(?P<post>aanstaande|a\.s\b\.?|over een week|volgende week))?"
)
_RE_PERIOD: Final = re.compile(
    r"\b(?P<rel>het komende|het komend|het aankomende|het aankomend|de komende|de aankomende|het volgende"
    r"|de volgende|het nieuwe"
    r"|deze|dit|volgende|volgend|komende|komend|aankomende|aankomend|vorige|vorig|afgelopen|het|de)\s+"
    r"(?P<u>werkweek|week|maand|kalenderjaar|jaar|boekjaar|schooljaar|studiejaar|cursusjaar)\b"
)
_RE_DAY_WORD: Final = re.compile(r"\b(?P<w>vandaag|overmorgen|morgen)\b(?!\s*(?:ochtend|middag))")
_RE_SEASON_WORD: Final = re.compile(
    r"\b(?:dit|deze|komend|komende|volgend|volgende|eerstvolgende|huidige)\s+(?:seizoen|semester|trimester|\w*periode"
    r"|blok|block|onderwijsperiode|lesperiode|sprint|opdracht|stage|stageperiode|afstudeerperiode)\b"
    r"|\b(?:blok|block|sprint|lesperiode|onderwijsperiode)\s+\d{1,2}\b"
    r"|\b(?:eind|einde)\s+(?:van\s+)?(?:het\s+|dit\s+|deze\s+)?(?:blok|block|sprint|semester|trimester|stage|project)\b"
    r"|\b(?:tijdens|binnen|gedurende|voor|na|in|van)\s+(?:mijn|de|onze|deze|het)\s+"
    r"(?:afstudeerperiode|stageperiode|stage|proeftijd|inwerkperiode)\b"
    r"|\b(?:na|(?:aan\s+het\s+)?(?:eind|einde)\s+van|na\s+afloop\s+van)\s+(?:deze|dit|de|het|mijn|onze)\s+"
    r"(?:les|lessen|lessenreeks|training|cursus|opleiding|module|workshop|scholing|leergang|bijeenkomst|"
    r"opleidingsdag|trainingsdag|studiedag|traject|coachingstraject|inwerktraject|stage|minor)\b"
)
"""A school or work period ('dit blok', 'sprint 2', 'tijdens mijn stage'): time-bound, but no day is known."""
_POSSESSIVES: Final = frozenset({"mijn", "je", "jouw", "zijn", "haar", "ons", "onze", "hun", "uw"})
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
     "het", "de", "aan", "vorig", "afgelopen", "eerste", "tweede"}
)  # fmt: skip
_YEAR_DEADLINE_WORDS: Final = frozenset({"voor", "eind", "einde", "uiterlijk", "tot", "t/m", "helft", "half", "medio"})


class TimeFinder:
    """Finds the time expressions in a goal and resolves them against `today`."""

    def __init__(self, text: GoalText, today: date, next_meeting: date | None) -> None:
        self.t = text
        self.today = today
        self.next_meeting = next_meeting
        self.hits: list[TimeHit] = []

    # ---------------------------------------------------------------- helpers

    def _free(self, start: int, end: int) -> bool:
        return all(end <= h.start or start >= h.end for h in self.hits)

    def _add(self, hit: TimeHit) -> None:
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
            self._add(TimeHit(self._span_start(start, window), end, "ignored"))
            return
        weak = bool(window) and window[-1] == "van" and not _PERIOD_MODIFIERS.intersection(window)
        from_start = "vanaf" in window and not {"tot", "t/m", "uiterlijk", "voor"}.intersection(window)
        self._add(TimeHit(self._span_start(start, window), end, "deadline", when, weak=weak, from_start=from_start,
                          **extra))  # fmt: skip

    def _period(self, start: int, end: int, window: Sequence[str], build: Callable[[int], Period],
                year: int | None) -> None:  # fmt: skip
        if year is not None:
            when, is_start = _resolve_in_period(window, build(year), self.today)
            self._deadline(start, end, window, when, explicit_year=True, start_marker=is_start)
        else:
            when, is_start = _first_on_or_after(self.today, build, window)
            self._deadline(start, end, window, when, start_marker=is_start)

    # ---------------------------------------------------------------- passes

    def find(self) -> list[TimeHit]:
        """All time expressions, in text order; an expression found in an earlier pass wins."""
        low = self.t.low
        for m in _RE_NEGATED.finditer(low):
            self._add(TimeHit(m.start(), m.end(), "negated"))
        for m in _RE_MEETING.finditer(low):
            self._meeting(m)
        for regex in (_RE_ISO, _RE_DMY):
            for m in regex.finditer(low):
                self._explicit_date(m, int(m["d"]), int(m["m"]), _year_of(m["y"]))
        for m in _RE_DAY_MONTH.finditer(low):
            if not (m["y"] or m["yy"]) and _RE_RANGE_END.match(low, m.end()):
                self._add(TimeHit(m.start(), m.end(), "describing"))  # 'tussen 1 januari en 31 december 2018'
                continue  # the start of a range: its end (with the year) is the deadline
            end = m.end() - 1 if m.group().endswith(".") and m["m"] in _MONTH_FULL_SET else m.end()
            self._explicit_date(m, int(m["d"]), _MONTH_NUMBERS[m["m"]], _year_of(m["y"] or m["yy"]), end)
        for m in _RE_DM.finditer(low):
            self._short_date(m)
        for m in _RE_CLOCK.finditer(low):
            by = m.group().startswith(("voor ", "uiterlijk ", "tot "))
            self._add(TimeHit(m.start(), m.end(), "deadline" if by else "clock"))  # 'voor 08:00 uur': each day
        for m in _RE_FREQUENCY.finditer(low):
            if m.group().endswith("lijkse") and self.t.word_before(m.start()) in _POSSESSIVES:
                self._add(TimeHit(m.start(), m.end(), "describing"))  # 'mijn dagelijkse planning': describes a thing
                continue
            self._add(TimeHit(m.start(), m.end(), "frequency", counts=bool(m["n"]) and m["n"] != "een"))
        for m in _RE_COUNT_X.finditer(low):
            self._add(TimeHit(m.start(), m.end(), "frequency", counts=True))
        for m in _RE_RELATIVE.finditer(low):
            self._relative(m)
        for m in _RE_MONTH.finditer(low):
            self._month(m)
        for m in _RE_QUARTER.finditer(low):
            self._quarter(m)
        for m in _RE_HALF_YEAR.finditer(low):
            self._half_year(m)
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
        for m in _RE_VAGUE_TIME.finditer(low):
            self._add(TimeHit(m.start(), m.end(), "vague"))  # before the named periods: 'de komende periode' is vague
        for m in _RE_SEASON_WORD.finditer(low):
            self._add(TimeHit(m.start(), m.end(), "deadline", None))
        for m in _RE_END_OF.finditer(low):
            self._add(TimeHit(m.start(), m.end(), "deadline", None))
        for m in _RE_YEAR_RANGE.finditer(low):
            self._year_range(m)
        for m in _RE_YEAR.finditer(low):
            self._year(m)
        self.hits.sort(key=lambda h: h.start)
        return self.hits

    def _meeting(self, m: re.Match[str]) -> None:
        if not (m["next"] or m["kind"]) and "beoordeling" not in m.group() and "evaluatie" not in m.group():
            return
        self._add(TimeHit(m.start(), m.end(), "meeting", self.next_meeting))

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
            self._add(TimeHit(m.start(), m.end(), "ignored"))
            return
        vague = number_text in ("paar", "een paar", "enkele", "een aantal")
        value = None if vague else number_value(number_text)
        rough = _RE_ROUGHLY.match(self.t.low, m.end())
        if rough and value is not None:
            value = number_value(rough["n"]) or value  # 'over een maand of drie'
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
            self._add(TimeHit(m.start(), m_end, "service"))
            return
        if prep == "na" and unit in ("jaar", "jaren") and (value or 0) >= 3:
            self._add(TimeHit(m.start(), m_end, "ignored"))
            return
        if value is None or _RE_AFTER_EVENT.match(self.t.low, m_end):
            # 'binnen 3 maanden na de start van de cursus' counts from a day the text does not give
            self._add(TimeHit(m.start(), m_end, "deadline", None))
            return
        self._add(TimeHit(m.start(), m_end, "deadline", self._after(value, unit)))

    def _after(self, value: float, unit: str) -> date:
        today = self.today
        if unit.startswith("werkdag"):
            return add_workdays(today, int(value))
        if unit.startswith("dag"):
            return today + timedelta(days=round(value))
        if unit.startswith("we"):
            return today + timedelta(days=round(value * 7))
        months = {"maand": 1, "maanden": 1, "kwartaal": 3, "kwartalen": 3, "jaar": 12, "jaren": 12}[unit]
        total = value * months
        when = add_months(today, int(total))
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
        self._period(m.start(), m.end(), window, lambda y: month_period(y, month), year)

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
        self._period(m.start(), m.end(), window, lambda y: quarter_period(y, quarter), year)

    def _season(self, m: re.Match[str]) -> None:
        name, rel = m["s"], m["rel"]
        window = self._window(m.start())
        year = _year_of(m["y"])
        if year is None and rel in ("volgende", "volgend"):
            this = season_period(name, self.today.year)
            year = self.today.year if this.start > self.today else self.today.year + 1
        self._period(m.start(), m.end(), window, lambda y: season_period(name, y), year)

    def _half_year(self, m: re.Match[str]) -> None:
        """'in het tweede halfjaar (van 2027)': January to June, or July to December."""
        window = self._window(m.start())
        year = _year_of(m["y"])
        post = (m["post"] or "").replace("van ", "")
        if year is None and post.startswith(("volgend", "komend")):
            year = self.today.year + 1
        elif year is None and post.startswith("dit"):
            year = self.today.year
        first = 1 if m["o"] in ("eerste", "1e", "1ste") else 7

        def build(y: int) -> Period:
            return Period(date(y, first, 1), last_day(y, first + 5), date(y, first + 2, 31 if first == 1 else 30))

        self._period(m.start(), m.end(), window, build, year)

    def _week_number(self, m: re.Match[str]) -> None:
        number = int(m["n"])
        if not 1 <= number <= 53:
            return
        window = self._window(m.start())
        year = _year_of(m["y"])

        def build(y: int) -> Period:
            try:
                return week_period(date.fromisocalendar(y, number, 1))
            except ValueError:
                return week_period(date.fromisocalendar(y, 52, 1))

        self._period(m.start(), m.end(), window, build, year)

    def _weekday(self, m: re.Match[str]) -> None:
        if re.match(r"\s+\d", self.t.low[m.end() : m.end() + 4]):
            return  # "vrijdag 3 juli": the date says it
        window = self._window(m.start())
        if {"elke", "iedere", "ieder"}.intersection(
            self.t.words_before(m.start(), frozenset({"elke", "iedere", "ieder"}))
        ) or _RE_EVERY_DAYS_BEFORE.search(self.t.low, max(0, m.start() - 60), m.start()):
            return  # 'elke dinsdag en donderdag': a frequency, no deadline
        weekday = _WEEKDAY_NUMBERS[m["wd"]]
        pre, post = m["pre"] or "", m["post"] or ""
        clause = self.t.clause_index(m.start())
        if (
            not pre
            and not post
            and any(h.kind == "frequency" and self.t.clause_index(h.start) == clause for h in self.hits)
        ):
            self._add(TimeHit(m.start(), m.end(), "describing"))  # 'wekelijks, op maandag': the day it recurs
            return
        if pre in ("volgende week", "komende week") or post == "volgende week":
            when = monday_of(self.today) + timedelta(days=7 + weekday)
        elif pre == "deze week":
            when = monday_of(self.today) + timedelta(days=weekday)
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
            baseline = RE_BASELINE.search(self.t.low, max(0, m.start() - 40), m.start())
            self._add(TimeHit(m.start(), m.end(), "describing" if baseline else "ignored"))  # '… dan vorig jaar'
            return
        if rel in ("het", "de") and not set(window) & {
            "eind", "einde", "begin", "voor", "half", "halverwege", "medio", "uiterlijk", "tot", "laatste", "helft",
            "binnen", "tegen",
        }:  # fmt: skip
            return
        rolling = rel in (
            "het komende",
            "het komend",
            "het aankomende",
            "het aankomend",
            "de komende",
            "de aankomende",
        ) or (rel in ("het", "de") and "binnen" in window)
        following = rel in ("volgende", "volgend", "komende", "komend", "aankomende", "aankomend",
                            "het volgende", "de volgende", "het nieuwe")  # fmt: skip
        if unit in ("week", "werkweek"):
            if rolling:
                self._deadline(m.start(), m.end(), window, today + timedelta(days=7))
                return
            period = week_period(monday_of(today) + timedelta(days=7 if following else 0))
        elif unit == "maand":
            if rolling:
                self._deadline(m.start(), m.end(), window, add_months(today, 1))
                return
            first = add_months(today.replace(day=1), 1 if following else 0)
            period = month_period(first.year, first.month)
        elif unit in ("schooljaar", "studiejaar", "cursusjaar"):
            end_year = today.year + 1 if today.month >= 8 else today.year
            period = school_year_period(end_year + (1 if following or rolling else 0))
        else:
            if rolling:
                self._deadline(m.start(), m.end(), window, add_months(today, 12))
                return
            period = year_period(today.year + (1 if following else 0))
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
        if _plural_noun_follows(self.t.low, m.end()):
            return  # 'plannen die resulteren in 2000 woningen': a count of things, not a year
        wished = bool(INTENT.search(self.t.clause_text(m.start()))) or _planned(self.t, m.start(), m.end())
        if _PAST_WORDS.intersection(window) or (
            year < self.today.year and not _YEAR_DEADLINE_WORDS.intersection(window) and not wished
        ):
            baseline = RE_BASELINE.search(self.t.low, max(0, m.start() - 20), m.start())
            kind = "describing" if baseline else "ignored"  # '45 % minder … ten opzichte van 1990': the baseline
            self._add(TimeHit(self._span_start(m.start(), window), m.end(), kind))
            return
        when, is_start = _resolve_in_period(window, year_period(year), self.today)
        self._deadline(m.start(), m.end(), window, when, explicit_year=True, start_marker=is_start)


_RE_NEXT_WORDS: Final = re.compile(r"\s+([a-zà-ÿ]+)(?:\s+([a-zà-ÿ]+))?")
_PLURAL_SUBJECTS: Final = frozenset({"we", "wij", "ze", "zij", "jullie"})
_RE_PASSIVE_AUX: Final = re.compile(r"\b(?:wordt|worden)\b")


def _plural_noun_follows(low: str, end: int) -> bool:
    """A plural noun right after the number ('2000 woningen'): simplemma gives it a shorter lemma that is no verb."""
    from gesprekscoach.checks.smart_lemmas import is_infinitive, lemma  # loaded only when a year is read

    m = _RE_NEXT_WORDS.match(low, end)
    if not m or not m[1].endswith(("en", "s")) or len(m[1]) < 4 or m[2] in _PLURAL_SUBJECTS:
        return False  # 'In 2027 stoten we …': the verb before its subject
    found = lemma(m[1])
    return found != m[1] and not found.endswith("en") and not is_infinitive(m[1])


def _planned(text: GoalText, start: int, end: int) -> bool:
    """A year written with a plan in the present tense: 'In 2025 voeren we … uit', '… wordt in 2025 gestart'.

    Dutch writes a plan in the present tense or the passive with 'wordt'/'worden'; an account
    of the past takes a past form ('In 2020 heb ik …', 'In 2020 liepen we …'). After an opening
    year the finite verb comes first (inversion): a plural present form is the infinitive itself.
    """
    from gesprekscoach.checks.smart_lemmas import is_infinitive  # loaded only when a year is read

    if _RE_PASSIVE_AUX.search(text.clause_text(start)):
        return True
    m = _RE_NEXT_WORDS.match(text.low, end)
    if not m or m[2] not in _PLURAL_SUBJECTS or m[1] in ("hebben", "zijn", "waren", "hadden", "werden"):
        return False
    return is_infinitive(m[1])


def drop_context_time(text: GoalText, hits: list[TimeHit]) -> list[TimeHit]:
    """Time words in a clause about the past, or in 'ik werk 2 dagen per week', are no deadline."""
    kept: list[TimeHit] = []
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
