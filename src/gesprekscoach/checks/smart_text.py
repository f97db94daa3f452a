"""How the SMART check sees a goal: folded text, words, clauses, and spans of found words.

`GoalText` lower-cases a goal without moving any character, cuts it into words
(`Token`) and clauses, and marks clauses that only describe the situation or the past
("omdat ik 2 dagen per week thuis werk", "sinds 2020"), so that their numbers and time
words do not count. `Spans` collects what a reading step found, with positions, so the
verdict can quote the user's own words.

Plain Python; never imports Textual.
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
import bisect
import itertools
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from gesprekscoach.checks import patterns as re  # `re`, compiling through a cache

_FOLD_TABLE: Final = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "ó": "o", "\u2011": "-", "–": "-"})
_TOKEN: Final = re.compile(r"\w+(?:['\-/.]\w+)*")


def fold(text: str) -> str:
    """Lower-case the text without changing any position in it."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.translate(_FOLD_TABLE)


class Token(NamedTuple):
    """One word of the goal (folded), where it is, and the index of its clause."""

    word: str
    start: int
    end: int
    clause: int


class Clause(NamedTuple):
    """A part of the goal between punctuation or joining words, and what kind of part it is."""

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
    r"|(?<=\s)(?<!tussen nu )"
    r"(?=(?:en|maar|omdat|want|zodat|terwijl|sinds|doordat|aangezien|nadat|toen|waardoor|zodra|dus|zoals)\s)"
)
_CONTEXT_OPENERS: Final = frozenset({"omdat", "want", "sinds", "aangezien", "doordat", "nadat", "toen", "zoals"})
_PAST_OPENERS: Final = frozenset({"sinds", "nadat", "toen"})
_PAST_MARKERS: Final = re.compile(
    r"\b(?:sinds|geleden|vorig(?:e)? (?:jaar|maand|week|kwartaal)|afgelopen|in het verleden|tot nu toe"
    r"|eerder dit jaar|momenteel|op dit moment|nu al|inmiddels|al \w+ jaar)\b"
)
RE_BASELINE: Final = re.compile(r"\b(?:vergeleken\s+met|ten\s+opzichte\s+van|t\.o\.v\b\.?|dan|als)\b")
"""'met 4% vergeleken met vorig jaar': the past is the baseline of a measure, not what the clause is about."""
_STATE_START: Final = re.compile(
    r"^\W*(?:en |maar |want |omdat |aangezien |doordat )?(?:ik|wij|we|het team|ons team|mijn team|de afdeling"
    r"|onze afdeling|mijn afdeling|er)(?: nu| momenteel)?"
    r" (?:werk|werken|ben|zijn|heb|hebben|telt|tellen|bestaat|bestaan|zit|zitten|sta|staan|draai|draaien)\b"
)
_STATE_VERB: Final = re.compile(
    r"\b(?:werk|werkt|werken|heb|heeft|hebben|telt|tellen|bestaat|bestaan|zit|zitten|ligt|liggen)\b"
)
"""A present-tense verb of working or having: before the wish, it describes how things are.

Not 'is' or 'zijn': 'negen van de tien taken zijn op tijd klaar' is how a target is often written."""
INTENT: Final = re.compile(
    r"\b(?:wil|wilt|willen|ga|gaat|gaan|zal|zult|zullen|moet|moeten|streef|streven|doel|wens|plan|hoop"
    r"|zorg|zorgen|kan|kun|kunt|kunnen|wens)\b"
)


def _clauses(low: str) -> list[Clause]:
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(low):
        if m.start() > cuts[-1]:
            cuts.append(m.start())
        if m.end() > cuts[-1]:
            cuts.append(m.end())
    cuts.append(len(low))
    clauses: list[Clause] = []
    for start, end in itertools.pairwise(cuts):
        part = low[start:end]
        if not part.strip() or not any(ch.isalnum() for ch in part):
            continue
        first = part.split(None, 1)[0].strip(".,;:!?()") if part.split() else ""
        past = first in _PAST_OPENERS
        intent = bool(INTENT.search(part))
        past_marker = _PAST_MARKERS.search(part)
        baseline = past_marker is not None and RE_BASELINE.search(part, 0, past_marker.start())
        context = first in _CONTEXT_OPENERS or (past_marker is not None and not intent and not baseline)
        state = bool(_STATE_START.search(part)) and not intent
        clauses.append(Clause(start, end, context, past, state))
    wishes = [i for i, c in enumerate(clauses) if INTENT.search(low[c.start : c.end])]
    if wishes:
        # 'Op de afdeling werken 40 mensen en ik wil …': before the clause with the wish, a clause
        # that only says how things are describes the situation.
        clauses = [
            Clause(c.start, c.end, c.m_context, c.t_context, True)
            if i < wishes[0] and not c.state and _STATE_VERB.search(low[c.start : c.end])
            else c
            for i, c in enumerate(clauses)
        ]
    if not clauses:
        clauses.append(Clause(0, len(low), False, False, False))
    return clauses


class GoalText:
    """A goal, folded, cut into words and clauses, with look-ups by position."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.low = fold(original)
        self.clauses = _clauses(self.low)
        self._clause_starts = [c.start for c in self.clauses]
        self.tokens = [
            Token(m.group(), m.start(), m.end(), self.clause_index(m.start())) for m in _TOKEN.finditer(self.low)
        ]
        self._token_starts = [t.start for t in self.tokens]

    def clause_index(self, pos: int) -> int:
        """Index of the clause that holds position `pos`."""
        return max(0, bisect.bisect_right(self._clause_starts, pos) - 1)

    def clause_at(self, pos: int) -> Clause:
        """The clause that holds position `pos`."""
        return self.clauses[self.clause_index(pos)]

    def clause_text(self, pos: int) -> str:
        """The folded text of the clause that holds position `pos`."""
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
        """The word right before `pos`, or '' at the start."""
        i = self.token_index(pos) - 1
        return self.tokens[i].word if i >= 0 else ""

    def word_after(self, pos: int) -> str:
        """The first word at or after `pos`, or '' at the end."""
        i = self.token_index(pos)
        return self.tokens[i].word if i < len(self.tokens) else ""

    def snippet(self, start: int, end: int) -> str:
        """The user's own text between two positions, with its spaces tidied."""
        return " ".join(self.original[start:end].split())


class Spans:
    """Words found in the goal for one purpose, with their positions."""

    __slots__ = ("spans",)

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.spans: list[tuple[int, int]] = spans if spans is not None else []

    def __repr__(self) -> str:
        return f"Spans({self.spans!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Spans) and self.spans == other.spans

    __hash__ = None  # type: ignore[assignment]  # its list grows: not a key

    def add(self, start: int, end: int) -> None:
        """Add a span, unless it overlaps one found before."""
        if all(end <= s or start >= e for s, e in self.spans):
            self.spans.append((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether the span overlaps one of the spans found."""
        return any(not (end <= s or start >= e) for s, e in self.spans)

    def texts(self, text: GoalText) -> list[str]:
        """The words of the spans, in text order, each once, as the user wrote them."""
        seen: list[str] = []
        for start, end in sorted(self.spans):
            snippet = text.snippet(start, end)
            if snippet and snippet not in seen:
                seen.append(snippet)
        return seen

    def __bool__(self) -> bool:
        return bool(self.spans)


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex for a list of phrases (longest first; a space matches any spaces).

    Phrases of the same length are in alphabetical order, not in the order of a set (which
    differs in every process): the same list gives the same pattern text each time, so its
    compiled form is found in the cache of `patterns.py`.
    """
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + r")\b")


def ends_with_any(word: str, stems: Sequence[str]) -> bool:
    """Whether `word` is one of `stems`, or a compound or plural of one ('eindrapport', 'plannen', "video's")."""
    if word.endswith("'s"):
        word = word[:-2]  # the plural of a word ending in a vowel: video's, foto's, memo's
    return any(word == s or word.endswith(s) or word.endswith(s + "en") or word.endswith(s + "s") for s in stems)
