"""Meetbaar: finds the numbers and amounts in a goal that say how much.

A number counts when it measures success: a count ('5 nieuwe klanten'), a percentage,
money, a score or mark, a count per period ('2x per week'), 'alle', or how often an action
is done ('elke week een klant bellen', 'wekelijks de kassa tellen'). It does not count
when it is a date or year, part of a name ('Windows 11'), a label ('groep 8', 'blok 4'),
a plain duration ('2 uur'), a rough guess ('een jaar of twee') or a number that only
describes the work ('een team van 8 mensen', 'de 3 stagiairs').
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from gesprekscoach.checks import patterns as re  # `re`, compiling through a cache
from gesprekscoach.checks.smart_lemmas import lemma
from gesprekscoach.checks.smart_numbers import NUMWORD, number_value, word_number
from gesprekscoach.checks.smart_text import INTENT, GoalText, Spans, ends_with_any
from gesprekscoach.checks.smart_time import TimeHit
from gesprekscoach.checks.smart_words import (
    ALLOCATION_VERBS,
    AUXILIARIES,
    CHANGE_WORDS,
    DETERMINERS,
    GROUP_NOUNS,
    LABEL_NOUNS,
    NUMBER_TAIL_STOP,
    RE_ALL,
    RE_ROLES,
    TIME_MEASURE_LEFT,
    TIME_MEASURE_NOUNS,
    TIME_UNITS,
)

_RE_PERCENT: Final = re.compile(rf"(?P<n>\d+(?:[.,]\d+)?|\b{NUMWORD})\s*(?:%|procent\b|procentpunt\w*)")
_RE_MONEY: Final = re.compile(
    r"(?:€|\beur\b|\beuro\b)\s*\d[\d.,]*(?:\s*(?:k|duizend|miljoen)\b)?"
    r"|\b\d[\d.,]*\s*(?:k\s*)?(?:€|\beuro\b|\beur\b)"
    rf"|\b{NUMWORD}\s+(?:duizend\s+)?euro\b"
)
_RE_SCORE: Final = re.compile(
    r"\b(?:een|cijfer|rapportcijfer|score|gemiddelde|gemiddeld|minimaal|minstens|ten minste|nps|beoordeling|waardering)"
    r"\s+(?:van\s+)?(?:een\s+)?(?:minimaal\s+)?(?P<n>\d{1,3}(?:[.,]\d)?)\b(?![-/.,]\d)"
    r"(?!\s*(?:%|procent|uur|uren|dagen|dag|weken|week|maanden|maand|jaar|jaren|keer|x\b|minuten|\w*-))"
)
_RE_STARS: Final = re.compile(
    rf"\b(?:\d(?:[.,]\d)?|{NUMWORD})\s+(?:sterren|ster)\b|\b\d+(?:[.,]\d)?\s*(?:/|uit|op)\s*10\b"
)
_RE_CHANGE_AMOUNT: Final = re.compile(
    r"\b(?:halveren|gehalveerd|halveer|verdubbelen|verdubbeld|verdubbel|de helft|twee keer zo|nul\s+\w+"
    r"|geen\s+(?:enkele?|één)\s+\w+|geen\s+(?:\w+\s+){0,2}?\w+\s+meer\b(?!\s+dan)|foutloos)\b"
)
_RE_NO_MORE: Final = re.compile(r"\b(?:niet|nooit|niks|niets)\s+meer\b(?!\s+dan\b)")
"""'niet meer te laat komen': a count of zero, when the clause names what must stop."""
_RE_NONE: Final = re.compile(r"\bgeen\s+(?P<n>[a-z]{3,})\b")
"""'geen koekjes' after the action: a count of zero."""
_RE_ONE_UNIT: Final = re.compile(
    r"\b(?:een|één)\s+(?:half\s+)?(?:uur|kwartier|dag|dagdeel|middag|ochtend|avond)\b(?!\s+(?:per|in de)\b)"
)
_RE_EVERY: Final = re.compile(r"\b(?:elke|iedere|elk|ieder|dagelijks|wekelijks|maandelijks)\b")
_RE_NUMBER: Final = re.compile(r"(?<![\w/.,-])\d+(?:[.,]\d+)*(?![\w/-]|[.,]\d)")


def find_measures(
    text: GoalText, hits: list[TimeHit], actions: Spans | None = None, past_clauses: set[int] | None = None
) -> Spans:
    """Numbers and amounts that say how much: counts, percentages, money, scores, marks."""
    low = text.low
    found = Spans()
    masked = Spans()
    acted_clauses = {text.clause_index(start) for start, _ in actions.spans} if actions else set()
    for hit in hits:
        hit_clause = text.clause_at(hit.start)
        if hit.kind == "service":
            if not hit_clause.m_context:
                found.add(hit.start, hit.end)
        elif hit.kind == "frequency" and (
            hit.counts
            or any(c in acted_clauses for c in range(text.clause_index(hit.start), text.clause_index(hit.end - 1) + 1))
        ):  # 'elke dinsdag en donderdag … hardlopen': the list of days reaches into the clause with the action
            # 'twee keer per week', or 'elke week' with an action in its clause ('elke week een klant bellen'):
            # how often you do something is a number you can count.
            if not hit_clause.m_context and not hit_clause.state:
                found.add(hit.start, hit.end)
            else:
                masked.add(hit.start, hit.end)
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
        value = number_value(m["n"]) or 0
        if usable(m.start("n"), m.end("n")) and (value <= 10 or not m.group().startswith("een")):
            found.add(m.start(), m.end())
    action_clauses = {text.clause_index(start) for start, _ in actions.spans} if actions else set()
    for m in _RE_NUMBER.finditer(low):
        acted = text.clause_index(m.start()) in action_clauses
        _consider_number(text, m.start(), m.end(), m.group(), found, usable, acted)
    for m in _RE_ONE_UNIT.finditer(low):
        part = text.clause_text(m.start())
        every = _RE_EVERY.search(part) or " per " in part
        if usable(m.start(), m.end()) and every and (ALLOCATION_VERBS.search(part) or INTENT.search(part)):
            found.add(m.start(), m.end())  # 'elke vrijdag een uur besteden aan …'
    if actions:
        for m in _RE_NO_MORE.finditer(low):
            clause = text.clause_index(m.start())
            acted = any(text.clause_index(s) == clause and s >= m.end() for s, _ in actions.spans)
            if usable(m.start(), m.end()) and acted:
                found.add(m.start(), m.end())  # 'niet meer te laat komen': zero times, you can count that
        for m in _RE_NONE.finditer(low):
            clause = text.clause_index(m.start())
            acted = any(text.clause_index(s) == clause and s < m.start() for s, _ in actions.spans)
            plural = m["n"].endswith(("en", "s")) and lemma(m["n"]) != m["n"]
            if usable(m.start(), m.end()) and acted and plural:
                found.add(m.start(), m.end())  # 'doordeweeks eet ik geen koekjes': zero of a thing you can count
        for m in RE_ALL.finditer(low):
            here = text.clause_index(m.start())
            joined = {here}
            if here + 1 < len(text.clauses) and low[text.clauses[here + 1].start :].lstrip().startswith(("en ", "of ")):
                joined.add(here + 1)  # 'alle code begrijpen en uitleggen': the verbs share the object
            if usable(m.start(), m.end()) and any(text.clause_index(s) in joined for s, _ in actions.spans):
                found.add(m.start(), m.end())
    for tok in text.tokens:
        if tok.word != "een" and tok.word not in ("half", "halve", "dubbel") and word_number(tok.word) is not None:
            if tok.word in ("één", "eén") and text.word_after(tok.end) in ("van", "keer", "op"):
                continue
            _consider_number(text, tok.start, tok.end, tok.word, found, usable, tok.clause in action_clauses)
    return found


def _consider_number(text: GoalText, start: int, end: int, number: str, found: Spans,
                     usable: Callable[[int, int], bool], has_action: bool = False) -> None:  # fmt: skip
    """Count a number as a measurement unless it is a date, a name, a duration or context."""
    if found.overlaps(start, end) or not usable(start, end):
        return
    low = text.low
    value = number_value(number)
    if value is None:
        return
    if number[0].isdigit() and len(number) == 4 and 1900 <= value <= 2100:
        return  # a year
    before = text.word_before(start)
    index = text.token_index(start)
    counted = index >= 2 and (text.tokens[index - 2].word in ("een", "per", "elk", "elke", "ieder", "iedere"))
    if number[0].isdigit() and before in LABEL_NOUNS and not counted:
        return  # 'groep 8', 'niveau 3', 'week 12'; but 'over een jaar 5 kilo' counts kilos
    if before == "of":
        return  # 'een jaar of twee': a rough guess
    if _upper_bound_of_the_work(text, start, end):
        return  # 'optellen tot en met 100': the range of the work, not how much of it
    upper = re.match(r"\s*(?:tot(?:\s+en\s+met)?|t/m)\s*(\d+)\b", low[end:])
    if before == "van" and upper and _upper_bound_of_the_work(text, end + upper.start(1), end + upper.end(1)):
        return  # 'de tafels van 1 tot 10': both ends of the range describe the work
    compared = index >= 2 and text.tokens[index - 2].word in TIME_MEASURE_LEFT
    if before in DETERMINERS and not has_action and not compared:
        return  # 'de 3 stagiairs' with nothing done to them: describes, does not measure
    if (
        before in ("van", "met")
        and index >= 2
        and (ends_with_any(text.tokens[index - 2].word, GROUP_NOUNS) or RE_ROLES.fullmatch(text.tokens[index - 2].word))
    ):
        return  # 'een team van 8 mensen', 'de afdeling met 30 bedden', 'teamleider van 15 medewerkers'

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
    if after in TIME_UNITS:
        clause = text.clause_text(start)
        left = set(text.words_before(start, frozenset(TIME_MEASURE_LEFT | {"de", "het", "tot", "en"})))
        per_rate = bool(
            re.match(r"\s*\w+\s+per\s+(?:dag|week|maand|jaar|kwartaal|dienst|werkdag)\b", low[end:])
        ) or bool(_RE_EVERY.search(clause))
        if not (
            left & TIME_MEASURE_LEFT
            or TIME_MEASURE_NOUNS.search(clause)
            or (per_rate and (ALLOCATION_VERBS.search(clause) or INTENT.search(clause)))
        ):
            return
    found.add(start, _number_phrase_end(text, end))


def _upper_bound_of_the_work(text: GoalText, start: int, end: int) -> bool:
    """'tot (en met) 100' with no thing counted and nothing to raise or lower: describes the work."""
    if not re.search(r"\b(?:tot(?:\s+en\s+met)?|t/m)\s*$", text.low[max(0, start - 12) : start]):
        return False
    following = text.word_after(end)
    counted = (
        following.endswith(("en", "s")) and following not in ("en",) and len(following) > 3
        and following not in AUXILIARIES and (following.endswith("s") or lemma(following) != following)
    )  # fmt: skip  # a plural noun ('100 klanten'), not an infinitive ('tot 10 opzeggen')
    clause = text.clause_text(start)
    changed = any(word in CHANGE_WORDS for word in re.findall(r"\w+", clause))
    return not counted and not changed and not TIME_MEASURE_NOUNS.search(clause)


def _number_phrase_end(text: GoalText, end: int) -> int:
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
        if tok.word in NUMBER_TAIL_STOP or text.low[last : tok.start].strip() or not tok.word.isalpha():
            break
        last = tok.end
        if not (tok.word.endswith("e") and len(tok.word) > 3):
            break
    return last
