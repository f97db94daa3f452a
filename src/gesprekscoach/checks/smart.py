"""The SMART check: reads a Dutch goal and says, per letter, whether it is SMART.

`check_goal(text, today=..., texts=content.checks)` returns a `SmartResult` with a
verdict for each letter (specifiek, meetbaar, acceptabel, realistisch, tijdgebonden): ok
(True, False, or None when the text cannot tell), the words that made it so, and a Dutch
reason and hint (the texts come from content/checks.yaml and are always passed in: the
check never reads a file). `find_deadline` reads only the deadline. It also resolves the deadline to a date
("binnen zes weken" → a date six weeks after `today`) and warns when that date has
passed or lies after the next conversation.

How it reads a goal, in short:
- The text is lower-cased (positions stay the same) and cut into words and clauses.
  A clause that only describes the situation ("omdat ik 2 dagen per week thuis werk",
  "na 10 jaar ervaring", "sinds 2020", "op de afdeling werken 40 mensen en ik wil …")
  does not count for Meetbaar or Tijdgebonden.
- Time expressions are found first: dates, months, seasons, quarters, years, weekdays,
  relative periods, named work periods ("dit blok") and frequencies. Their numbers are
  not measurements.
- Meetbaar: the numbers that are left (in digits or in Dutch words), percentages,
  amounts, scores and marks, zero counts ("niet meer te laat komen", "geen enkele klacht"),
  'alle'/'alleen' with an action, and results you can check (afgerond, certificaat, …).
  Not: a number that describes the work or the people ("een team van 8", "optellen tot
  100"), a plain duration, a label ("groep 8") or a baseline ("dan vorig jaar").
- Specifiek: a verb for something you can see someone do (afronden, presenteren,
  volgen, bellen, …), a result word, or a change verb with a number ("verlagen naar 5").
  Verb forms the word lists do not spell out ('laad', 'draait', 'rijd') are found by their
  lemma (simplemma, see smart_lemmas.py), also after a subject other than 'ik' ('De nieuwe
  collega draait de avonddienst'). A verb whose only object is abstract ('meer structuur
  aanbrengen') is no action. A wish for more of an activity with no number, result or
  frequency ('ik wil meer sporten', 'beter en meer documenteren') is not specific.
- A feat you finish or not ('een marathon lopen', 'een voetreis maken', 'de Kilimanjaro
  beklimmen') is a result you can check (smart_actions.find_results).
- A and R ask for a reason: a bare 'ja' leaves the letter open (None) with a hint asking why.
  Not: a skill to get better at ("beter presenteren", "beter worden in programmeren"), a
  light verb with an abstract object ("mijn focus leggen op"), or the goal pointing at
  itself ("dit doel bereiken").

The reading is split by concern: smart_text.py (words and clauses), smart_numbers.py
(Dutch numbers), smart_periods.py and smart_time.py (dates and deadlines), smart_words.py
(the lexicons), smart_actions.py (Specifiek) and smart_measures.py (Meetbaar). This
module puts their findings together into the verdicts.

Plain Python; never imports Textual.
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
from collections.abc import Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any, Final, NamedTuple

from gesprekscoach.checks import patterns as re  # `re`, compiling through a cache
from gesprekscoach.checks.smart_actions import (
    bare_infinitive_phrase,
    find_actions,
    find_finite_verbs,
    find_main_verbs,
    find_results,
)
from gesprekscoach.checks.smart_lemmas import lemma
from gesprekscoach.checks.smart_measures import find_measures
from gesprekscoach.checks.smart_numbers import word_number
from gesprekscoach.checks.smart_text import INTENT, GoalText, Spans, fold
from gesprekscoach.checks.smart_time import TimeFinder, TimeHit, drop_context_time
from gesprekscoach.checks.smart_words import (
    ABSTRACT_OBJECTS,
    CHANGE_WORDS,
    RE_HOW,
    RE_VAGUE,
    RE_VAGUE_AMOUNT,
    RE_WHERE,
    RE_WHO,
    RE_WHY,
)
from gesprekscoach.content.check_models import AnswerTexts, CheckTexts, SmartGuide, SpecificTexts
from gesprekscoach.content.templates import fill
from gesprekscoach.dates import day_month_year

LETTERS: Final[tuple[str, ...]] = ("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden")
"""The five letters, in order, as the keys of `SmartResult.letters` and of the JSON."""

W_WORDS: Final[tuple[str, ...]] = ("wat", "waarom", "wie", "waar", "hoe")
"""The W-questions that make a goal specific, in the order they are asked."""

__all__ = [
    "LETTERS",
    "W_WORDS",
    "LetterVerdict",
    "SmartResult",
    "check_goal",
    "find_deadline",
    "format_deadline",
    "word_number",
]


class LetterVerdict(NamedTuple):
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


class SmartResult(NamedTuple):
    """The outcome of `check_goal`: a verdict per letter, and the deadline if any."""

    letters: dict[str, LetterVerdict]
    """Keyed by the names in `LETTERS`."""
    deadline: date | None
    """The date the goal must be reached by, when the text says so."""
    deadline_warning: str | None = None
    """Dutch warning when the deadline has passed or lies after the next conversation."""
    w_answers: Mapping[str, bool] = MappingProxyType({})
    """Which W-questions (wat, waarom, wie, waar, hoe) the goal answers."""
    start: date | None = None
    """The day the goal starts ('vanaf 1 maart'), when the text says so; never a deadline."""

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
    """A deadline the way the sheet shows it: '1 juli 2027' (`dates.day_month_year`)."""
    return day_month_year(day)


class _Reading(NamedTuple):
    """Everything the check found in one goal."""

    time_hits: list[TimeHit]
    measures: Spans
    results: Spans
    actions: Spans
    changes: Spans
    vague: Spans
    vague_amounts: Spans


def _read_goal(text: GoalText, today: date, next_meeting: date | None) -> _Reading:
    """Find the time words, actions, results, measures and vague words of a goal."""
    all_hits = TimeFinder(text, today, next_meeting).find()
    hits = drop_context_time(text, all_hits)
    past_clauses = {
        text.clause_index(h.start)
        for h in all_hits
        if h.kind == "ignored" and not INTENT.search(text.clause_text(h.start))
    }
    results = _outside_context(text, find_results(text), past_clauses)
    actions = find_actions(text)
    for span in find_main_verbs(text).spans + find_finite_verbs(text).spans:
        actions.add(*span)
    actions = _outside_context(text, actions, past_clauses)
    doing = Spans(list(actions.spans))
    for span in results.spans:
        doing.add(*span)
    measures = find_measures(text, hits, doing, past_clauses)
    changes = Spans()
    vague = Spans()
    vague_amounts = Spans()
    for tok in text.tokens:
        if tok.word in CHANGE_WORDS:
            changes.add(tok.start, tok.end)
    for m in RE_VAGUE.finditer(text.low):
        vague.add(m.start(), m.end())
    for m in RE_VAGUE_AMOUNT.finditer(text.low):
        vague_amounts.add(m.start(), m.end())
    return _Reading(hits, measures, results, actions, changes, vague, vague_amounts)


def _outside_context(text: GoalText, words: Spans, past_clauses: set[int]) -> Spans:
    """Only the words that are not in a clause about the situation or the past."""
    kept = Spans()
    for start, end in words.spans:
        index = text.clause_index(start)
        if index not in past_clauses and not text.clauses[index].m_context:
            kept.add(start, end)
    return kept


def _answer_verdict(answer: str | None, texts: AnswerTexts, declines: re.Pattern[str]) -> LetterVerdict:
    """A and R ask for a reason: a bare 'ja' is not wrong, but not done yet (None, with a hint asking why)."""
    if answer is None:
        return LetterVerdict(None, [], texts.unknown, texts.question)
    cleaned = answer.strip()
    if not cleaned:
        return LetterVerdict(False, [], texts.empty, texts.question)
    folded = fold(cleaned)
    if declines.match(folded):
        return LetterVerdict(False, [cleaned], texts.declined, texts.hint_declined)
    if _RE_BARE_YES.match(folded):
        return LetterVerdict(None, [cleaned], texts.bare_yes, texts.hint_bare_yes)
    return LetterVerdict(True, [cleaned], texts.answered, texts.hint_answered)


_RE_DECLINE_A: Final = re.compile(r"^\W*(?:nee|neen|nog niet|niet|nooit|weet (?:ik )?niet|geen idee|geen|\?+\W*$)")
_RE_DECLINE_R: Final = re.compile(r"^\W*(?:weet (?:ik )?niet|geen idee|\?+\W*$|nog niet over nagedacht)")
_RE_BARE_YES: Final = re.compile(
    r"^\W*(?:(?:ja|jawel|jazeker|jaja|zeker|yes|yep|jep|ok|oke|oké|okee|prima|klopt|goed|akkoord|natuurlijk|uiteraard"
    r"|tuurlijk|absoluut|zeker weten|dat klopt|dat is goed|is goed|ja hoor|jazeker wel|ja zeker|ja,? dat klopt"
    r"|ja,? (?:dat|het) (?:is|kan) (?:goed|wel)|denk het wel|ik denk het wel|vast wel|wel)\W*)+$"
)
"""An answer that only says yes: A and R want a reason, so it gets a hint asking why."""


def _join(words: Sequence[str]) -> str:
    quoted = [f"'{w}'" for w in words[:4]]
    return ", ".join(quoted)


def check_goal(
    text: str,
    *,
    today: date,
    texts: CheckTexts,
    acceptabel: str | None = None,
    realistisch: str | None = None,
    next_meeting: date | None = None,
    guide: SmartGuide | None = None,
) -> SmartResult:
    """Check a goal the SMART way; fast enough to run on every key press.

    `today` is the day relative deadlines count from. `acceptabel` and `realistisch`
    are the user's answers to the A and R questions (None: not asked, so their verdict
    is None). `next_meeting` is the date of the next conversation in the cycle: a
    deadline after it gets a warning. `texts` are the Dutch texts of the content in use
    (`content.checks`, from checks.yaml); `guide` is smart.yaml, whose A/R questions and
    W-questions are used when given. The check reads no file.
    """
    t = texts.smart
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

    goal = GoalText(text)
    reading = _read_goal(goal, today, next_meeting)
    w_answers = _w_answers(goal, reading)
    letters["specifiek"] = _specific_verdict(goal, reading, w_answers, texts, guide)
    letters["meetbaar"] = _measurable_verdict(goal, reading, texts)
    letters["acceptabel"], letters["realistisch"] = a_verdict, r_verdict
    time_verdict, deadline, warning = _time_verdict(goal, reading, today, next_meeting, texts)
    letters["tijdgebonden"] = time_verdict
    starts = [h.when for h in reading.time_hits if h.from_start and h.when is not None]
    return SmartResult({k: letters[k] for k in LETTERS}, deadline, warning, w_answers, min(starts, default=None))


def find_deadline(text: str, *, today: date, next_meeting: date | None = None) -> date | None:
    """Only the deadline of a text, read the way `check_goal` reads it; needs no texts.

    For a caller that wants the date and no verdict, such as an agreement's 'wanneer'.
    """
    if not text or not text.strip():
        return None
    goal = GoalText(text)
    hits = drop_context_time(goal, TimeFinder(goal, today, next_meeting).find())
    return _choose_deadline([h for h in hits if h.kind in ("deadline", "meeting")])


def _w_answers(goal: GoalText, reading: _Reading) -> dict[str, bool]:
    low = goal.low
    return {
        "wat": bool(reading.actions or reading.results),
        "waarom": bool(RE_WHY.search(low)),
        "wie": bool(RE_WHO.search(low)),
        "waar": bool(RE_WHERE.search(low)),
        "hoe": bool(RE_HOW.search(low)),
    }


def _specific_verdict(goal: GoalText, reading: _Reading, w_answers: dict[str, bool], texts: CheckTexts,
                      guide: SmartGuide | None) -> LetterVerdict:  # fmt: skip
    st = texts.smart.specifiek
    concrete = Spans(list(reading.results.spans))
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
    vague_only = Spans([span for span in reading.vague.spans if not concrete.overlaps(*span)])
    vague_words = vague_only.texts(goal)
    enough_words = sum(1 for tok in goal.tokens if tok.word.isalpha()) >= 3 or bare_infinitive_phrase(goal)
    if concrete and not real_measures and not reading.results and not frequency_spans:
        wished = _comparative_wishes(goal, reading.actions)
        if wished:
            return LetterVerdict(False, wished, fill(st.vague, woorden=_join(wished)), st.hint_missing)
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


_COMPARATIVES: Final = frozenset({"meer", "beter", "minder"})
_BETWEEN_COMPARATIVE: Final = frozenset(
    {"en", "gaan", "te", "of", "zelf", "ook", "nog", "echt", "wat", "iets", "veel", "vooral", "graag", "gewoon"}
)
_OUTCOME_VERBS: Final = frozenset(
    """
    genereren werven halen binnenhalen krijgen vrijmaken verdienen bereiken winnen ervaren nemen hebben maken
    realiseren boeken creëren verkrijgen aantrekken scoren behalen verwerven opleveren besparen vinden
    """.split()
)
"""Verbs whose object is only an amount to get more or less of: 'meer omzet genereren', 'meer tijd vrijmaken'."""
_PURPOSE_WORDS: Final = frozenset({"om"})


def _comparative_wishes(goal: GoalText, actions: Spans) -> list[str]:
    """'ik wil meer gaan sporten', 'meer omzet genereren', 'minder bestellen, meer zelf koken'.

    Returns the comparatives when the goal is a wish for more or less of something: a bare 'meer',
    'minder' or 'beter' before a verb (with only small words between), or before an object and a verb
    that only gets an amount ('meer klanten werven', 'meer tijd voor mijn vrienden vrijmaken'), while
    the goal names no number, result or frequency. Every action must belong to such a wish or to a
    purpose clause after it ('door meer tijd te nemen om te relaxen'). 'meer klanten bellen' keeps its
    visible action and stays specific. Otherwise an empty list.
    """
    wishes: list[tuple[int, str]] = []  # (index of the verb, comparative)
    tokens = goal.tokens
    for index, tok in enumerate(tokens):
        if tok.word not in _COMPARATIVES or (index and tokens[index - 1].word in ("niet", "steeds", "des", "hoe")):
            continue
        nouns = 0
        for ahead in range(index + 1, min(len(tokens), index + 7)):
            nxt = tokens[ahead]
            if nxt.clause != tok.clause or not nxt.word.isalpha() or nxt.word in ("dan", "als"):
                break
            verbish = nxt.word.endswith("en") and len(nxt.word) > 4 and lemma(nxt.word) == nxt.word
            if verbish or actions.overlaps(nxt.start, nxt.end):
                verb_lemma = lemma(nxt.word)
                if nouns == 0 or verb_lemma in _OUTCOME_VERBS or nxt.word in _OUTCOME_VERBS:
                    wishes.append((ahead, tok.word))
                    break
                between = [
                    tokens[i].word for i in range(index + 1, ahead) if tokens[i].word not in _BETWEEN_COMPARATIVE
                ]
                if all(w in ABSTRACT_OBJECTS for w in between) or _amount_not_things(between):
                    wishes.append((ahead, tok.word))
                break
            if nxt.word not in _BETWEEN_COMPARATIVE:
                nouns += 1
    if not wishes:
        return []
    first_wish = min(index for index, _ in wishes)
    wish_verbs = {index for index, _ in wishes}
    for start, _end in actions.spans:
        index = goal.token_index(start)
        if index in wish_verbs:
            continue
        before = [t.word for t in tokens[first_wish:index]]
        if index > first_wish and _PURPOSE_WORDS.intersection(before):
            continue  # 'meer tijd nemen om te relaxen'
        return []
    found: list[str] = []
    for _index, comparative in sorted(wishes):
        if comparative not in found:
            found.append(comparative)
    return found


_ADVERBS: Final = frozenset({"vaak", "laat", "vroeg", "snel", "lang", "hard", "goed", "zelf", "samen"})
_ARTICLES: Final = frozenset(
    {"de", "het", "een", "mijn", "m'n", "mn", "je", "jouw", "zijn", "haar", "onze", "ons", "hun"}
)


def _amount_not_things(between: Sequence[str]) -> bool:
    """What 'meer' or 'minder' counts before the verb is an amount or the activity itself, no countable things.

    'Meer het nieuws volgen': an article after the comparative makes it an adverb of the verb (more
    often). 'minder alcohol drinken', 'meer geld sparen', 'meer tijd aan jezelf besteden': a
    singular noun (its own lemma) is a mass, an amount to get more or less of. 'meer klanten
    bellen' counts things (a plural, whose lemma is the singular) and stays a visible action.
    Adjectives before the noun ('meer nieuwe klanten') are passed over.
    """
    for word in between:
        if word in _ADVERBS:
            return False  # 'minder vaak te laat komen': how often, with the behaviour named
        if word in _ARTICLES:
            return True
        if word.endswith("e") and len(word) > 3 and lemma(word) != word:
            continue  # an inflected adjective: 'nieuwe', 'grote'
        return word.isalpha() and lemma(word) == word and not word.endswith(("s", "en"))
    return False


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


def _measurable_verdict(goal: GoalText, reading: _Reading, texts: CheckTexts) -> LetterVerdict:
    mt = texts.smart.meetbaar
    found = Spans(list(reading.measures.spans))
    for start, end in reading.results.spans:
        found.add(start, end)
    if found:
        words = found.texts(goal)
        return LetterVerdict(True, words, fill(mt.ok, woorden=_join(words)), mt.hint_ok)
    vague = reading.vague_amounts.texts(goal)
    if vague:
        return LetterVerdict(False, vague, fill(mt.vague, woorden=_join(vague)), mt.hint_missing)
    return LetterVerdict(False, [], mt.missing, mt.hint_missing)


def _choose_deadline(bounds: list[TimeHit]) -> date | None:
    """The deadline among the time words that bound a goal: the latest firm end date.

    A start ('vanaf januari') is never the deadline, not even when it is the only date.
    """
    dated = [h for h in bounds if h.when is not None and not h.from_start]
    dated = [h for h in dated if not h.weak] or dated
    ends = [h for h in dated if not h.start_marker] or dated
    chosen = max(ends, key=lambda h: h.when) if ends else None  # type: ignore[arg-type,return-value]
    return chosen.when if chosen else None


def _time_verdict(goal: GoalText, reading: _Reading, today: date, next_meeting: date | None,
                  texts: CheckTexts) -> tuple[LetterVerdict, date | None, str | None]:  # fmt: skip
    tt = texts.smart.tijdgebonden
    hits = reading.time_hits
    starts = [h for h in hits if h.kind == "deadline" and h.from_start]
    bounds = [h for h in hits if h.kind in ("deadline", "meeting") and not h.from_start]
    frequencies = [h for h in hits if h.kind in ("frequency", "clock")]  # 'na 20.00 uur': a time of day, each day
    if bounds:
        deadline = _choose_deadline(bounds)
        words = Spans()
        for h in bounds + starts + frequencies:
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
        words = Spans()
        for h in starts + frequencies:
            words.add(h.start, h.end)
        shown = words.texts(goal)
        return LetterVerdict(True, shown, fill(tt.frequency, woorden=_join(shown)), tt.hint_frequency), None, None
    if starts:
        shown = Spans(spans=[(h.start, h.end) for h in starts]).texts(goal)
        return LetterVerdict(True, shown, fill(tt.start, woorden=_join(shown)), tt.hint_start), None, None
    negated = [h for h in hits if h.kind == "negated"]
    if negated:
        shown = Spans(spans=[(h.start, h.end) for h in negated]).texts(goal)
        return LetterVerdict(False, shown, fill(tt.negated, woorden=_join(shown)), tt.hint_missing), None, None
    vague = [h for h in hits if h.kind == "vague"]
    if vague:
        shown = Spans(spans=[(h.start, h.end) for h in vague]).texts(goal)
        return LetterVerdict(False, shown, fill(tt.vague, woorden=_join(shown)), tt.hint_missing), None, None
    return LetterVerdict(False, [], tt.missing, tt.hint_missing), None, None
