"""Specifiek: finds what a goal says someone will do or deliver.

Results (afgerond, certificaat, a plan written, an event given, a role reached), actions
(volgen, bellen, begeleiden, separable verbs such as 'rond … af') and the main verb of a
clause after a modal ('wil … ontkalken'). A verb that names a skill to improve ('beter
presenteren', 'leren plannen') or that is used as a noun ('het plannen') is no action.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from gesprekscoach.checks import patterns as re  # `re`, compiling through a cache
from gesprekscoach.checks.smart_lemmas import is_infinitive, is_verb_form, lemma
from gesprekscoach.checks.smart_numbers import word_number
from gesprekscoach.checks.smart_text import GoalText, Spans, Token, ends_with_any
from gesprekscoach.checks.smart_words import (
    ABSTRACT_OBJECTS,
    ACTIVITY_WORDS,
    AUXILIARIES,
    CHANGE_WORDS,
    CLIMB_VERBS,
    COMPARATIVES,
    DELIVERABLES,
    EVENT_VERBS,
    EVENTS,
    FEAT_NOUN_ENDINGS,
    FEAT_VERBS,
    GIVE_WORDS,
    GOAL_VERBS,
    HALEN_FORMS,
    HALEN_OBJECTS,
    LIGHT_VERBS,
    MEETING_VERBS,
    MODAL_WORDS,
    NOT_BEFORE_VERB,
    NOUN_ENDINGS,
    PERFECT_AUXILIARIES,
    PREPOSITIONS,
    PRODUCTION_WORDS,
    RE_ACTIVITY_PHRASES,
    RE_ENTER_TALK,
    RE_EXERCISES,
    RE_GOAL_REFERENCE,
    RE_LEVEL,
    RE_MEETING_NOUN,
    RE_MOVE_TO,
    RE_PRESENCE,
    RE_RESULT_PHRASES,
    RE_ROLES,
    RE_WORK_VERB_TE,
    RE_WORK_WITH,
    RESULT_SUFFIXES,
    RESULT_WORDS,
    ROLE_VERBS,
    SEPARABLE_ACTIVITIES,
    SEPARABLE_RESULTS,
    STATE_VERBS,
    SUBJECT_STARTS,
    SUBJECTS,
    TIME_PHRASE_STARTS,
    VAGUE_PARTICIPLES,
    VAGUE_VERB_ENDINGS,
    VAGUE_VERBS,
    VAGUE_WORDS,
    VERB_FOLLOWERS,
    WEAK_OBJECTS,
    WEAK_RESULT_OBJECTS,
    WORK_VERB_FINITE,
    WORK_VERB_FORMS,
    WORK_VERB_SEPARABLE,
    infinitive,
)


def _separable_forms(pairs: Sequence[tuple[str, str]]) -> tuple[tuple[frozenset[str], str], ...]:
    """The finite forms ('rond', 'rondt') and the infinitive ('ronden') of separable verbs, with their particle."""
    return tuple((frozenset({stem, stem + "t", infinitive(stem)}), particle.split()[-1]) for stem, particle in pairs)


_SEPARABLE_RESULT_FORMS: Final = _separable_forms(SEPARABLE_RESULTS)
_SEPARABLE_ACTIVITY_FORMS: Final = _separable_forms(SEPARABLE_ACTIVITIES + WORK_VERB_SEPARABLE)


def _particle_follows(words: Sequence[str], index: int, particle: str) -> bool:
    """Whether a separable verb's particle ('rond … af') closes the clause after word `index`.

    The particle must end the clause, or be followed by a time phrase ('… af voor 1 juli'),
    so that a preposition ('ik voer gesprekken in het team') does not count.
    """
    if particle == "met":
        return particle in words[index + 1 :]
    for j in range(len(words) - 1, index, -1):
        if words[j] == particle and (j == len(words) - 1 or words[j + 1] in TIME_PHRASE_STARTS):
            return True
    return False


def _skill_position(text: GoalText, index: int) -> bool:
    """True for a verb that names a skill to improve: 'beter presenteren', 'leren plannen', 'korter schrijven'."""
    previous = text.tokens[index - 1].word if index else ""
    before_previous = text.tokens[index - 2].word if index > 1 else ""
    if previous in COMPARATIVES or previous == "leren":
        return True
    if previous == "in" and before_previous in ("worden", "word", "wordt", "groeien", "groei", "verbeteren"):
        return True  # 'beter worden in programmeren': the skill, not an action
    if before_previous in COMPARATIVES and previous in ("leren", "gaan", "kunnen", "en"):
        return True
    return previous in ("en", "of") and index > 2 and text.tokens[index - 3].word in COMPARATIVES


def _made_better(text: GoalText, index: int) -> bool:
    """'beleidsadviezen schrijven die beter leesbaar zijn': the verb's output is only said to get better."""
    tok = text.tokens[index]
    after = [t.word for t in text.tokens[index + 1 : index + 5] if t.clause == tok.clause]
    return bool(after) and after[0] in ("die", "dat") and any(w in COMPARATIVES for w in after[1:])


_PRACTICE_VERBS: Final = frozenset({"oefenen", "oefen", "oefent", "geoefend", "trainen", "train", "traint", "getraind"})


def _practises_something_vague(text: GoalText, index: int) -> bool:
    """'oefenen met loslaten': practising is only as concrete as what is practised."""
    if text.tokens[index].word not in _PRACTICE_VERBS:
        return False
    after = [t.word for t in text.tokens[index + 1 : index + 3]]
    return len(after) == 2 and after[0] in ("met", "in", "op") and (after[1] in VAGUE_VERBS or after[1] in VAGUE_WORDS)


def _says_nothing_visible(text: GoalText, index: int) -> bool:
    """A verb that is no action you can see, whatever the lexicon says (see the three checks)."""
    return _light_or_self_referring(text, index) or _made_better(text, index) or _practises_something_vague(text, index)


def _weak_object_before(text: GoalText, index: int) -> bool:
    """The verb's object is no thing you can point at: 'je werk automatiseren', 'alles afronden'."""
    return index > 0 and text.tokens[index - 1].word in WEAK_RESULT_OBJECTS


def _next_to_subject(text: GoalText, index: int) -> bool:
    """A present-tense verb right before or after 'ik'/'we' ('ik tel', 'elke week tel ik')."""
    tokens = text.tokens
    before = tokens[index - 1].word if index else ""
    after = tokens[index + 1].word if index + 1 < len(tokens) else ""
    return before in SUBJECTS or after in SUBJECTS


def _has_object(words: Sequence[str], nouns: Sequence[str]) -> bool:
    """Whether the clause has one of `nouns` that is not inside a prepositional phrase ('op de kaart')."""
    for i, word in enumerate(words):
        if ends_with_any(word, nouns) and not PREPOSITIONS.intersection(words[max(0, i - 3) : i]):
            return True
    return False


def _light_or_self_referring(text: GoalText, index: int) -> bool:
    """A verb that says nothing you can see in its clause.

    A light verb with an abstract object ('mijn focus leggen op', 'stappen zetten') or a
    verb whose object is the goal itself ('dit doel bereiken', 'deze doelstelling behalen').
    """
    tok = text.tokens[index]
    if tok.word in LIGHT_VERBS:
        near = text.tokens[max(0, index - 4) : index + 3]
        if any(t.word in ABSTRACT_OBJECTS and t.clause == tok.clause for t in near):
            return True
    return tok.word in GOAL_VERBS and bool(RE_GOAL_REFERENCE.search(text.clause_text(tok.start)))


def _nominal(text: GoalText, index: int) -> bool:
    """An infinitive used as a noun after a preposition: 'tijdens het opstellen van de sprint'."""
    if index < 2 or not text.tokens[index].word.endswith("en"):
        return False
    if text.tokens[index - 1].word in ("en", "of") and index >= 3 and text.tokens[index - 3].word == "het":
        return _nominal(text, index - 2)  # 'tijdens het coderen en ontwerpen van de webshop'
    if text.tokens[index - 1].word != "het":
        return False
    return text.tokens[index - 2].word in PREPOSITIONS


_RE_PARTICLE_TE: Final = re.compile(
    r"\b(?P<p>af|aan|op|in|uit|mee|bij|door|terug|voor|na|over|weg|toe|neer)\s+te\s+(?P<v>[a-zë]+en)\b"
)
"""The infinitive of a separable verb: 'een intake af te nemen', 'de gesprekken voor te bereiden'."""
_RE_THERE_IS: Final = re.compile(r"\ber\s+(?:is|zijn|staat|staan|ligt|liggen|komt|komen)\b")


_RE_DISTANCE: Final = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:k|km|kilometer)\b")
"""A distance to cover: 'een 5k kunnen lopen', '10 km zwemmen'."""
_RE_FIRST_TIME: Final = re.compile(r"\b(?:mijn|m'n|mn|zijn|haar|onze|ons|hun|een)\s+(?:aller)?eerste\s+[a-z]\w+")
"""Something done for the first time: 'mijn eerste rit als chauffeur rijden', 'mijn eerste klant'."""
_RE_DONE_STATE: Final = re.compile(
    r"\b(?P<p>ge[a-z]{3,}[dtn]|[a-z]{2,5}ge[a-z]{3,}[dtn])\s+(?:te\s+)?(?:hebben|zijn)\b"
)
"""A goal written as its end state: 'mijn eigen mod gemaakt hebben', 'de herhaling moet gedaan zijn'."""


def _done_states(text: GoalText) -> list[tuple[int, int]]:
    """The participles of a goal written as its end state, after a modal in the same clause ('wil … gemaakt hebben')."""
    spans = []
    for m in _RE_DONE_STATE.finditer(text.low):
        participle = m["p"]
        if participle in VAGUE_PARTICIPLES or lemma(participle) == participle:
            continue
        index = text.token_index(m.start())
        clause = text.tokens[index].clause
        modal = any(t.word in MODAL_WORDS for t in text.tokens[:index] if t.clause == clause)
        if modal and not _weak_object_before(text, index):
            spans.append((m.start(), m.end("p")))
    return spans


def find_results(text: GoalText) -> Spans:
    """Words for a result you can check: afgerond, certificaat, opgeleverd, a plan written, …"""
    found = Spans()
    low = text.low
    for start, end in _done_states(text):
        found.add(start, end)
    for m in _RE_FIRST_TIME.finditer(low):
        clause = text.clause_index(m.start())
        if any(t.word in MODAL_WORDS for t in text.tokens if t.clause == clause):
            found.add(m.start(), m.end())
    for m in RE_RESULT_PHRASES.finditer(low):
        found.add(m.start(), m.end())
    for m in RE_LEVEL.finditer(low):
        found.add(m.start(), m.end())
    for index, tok in enumerate(text.tokens):
        word = tok.word
        if word in RESULT_WORDS and (
            _skill_position(text, index) or _nominal(text, index) or _light_or_self_referring(text, index)
        ):
            continue
        if word in HALEN_FORMS and _light_or_self_referring(text, index):
            continue
        if word in RESULT_WORDS and _weak_object_before(text, index):
            continue  # 'je werk automatiseren', 'iets afronden': an action, but no thing you can point at
        halen = word in HALEN_FORMS and HALEN_OBJECTS.search(text.clause_text(tok.start))
        if word in RESULT_WORDS or word.endswith(RESULT_SUFFIXES) or halen:
            found.add(tok.start, tok.end)
    by_clause: dict[int, list[Token]] = {}
    for tok in text.tokens:
        by_clause.setdefault(tok.clause, []).append(tok)
    for tokens in by_clause.values():
        words = [t.word for t in tokens]
        for i, tok in enumerate(tokens):
            if _nominal(text, text.token_index(tok.start)):
                continue  # 'tijdens het coderen en ontwerpen van de webshop': a noun, not a thing made
            finished_word = tok.word in ("af", "klaar") and i + 1 < len(words) and words[i + 1] == "te"
            made = tok.word in PRODUCTION_WORDS and not finished_word and _has_object(words, DELIVERABLES)
            held = tok.word in EVENT_VERBS and _has_object(words, EVENTS)
            exists = i == 0 and _RE_THERE_IS.match(text.low, tok.start) and _has_object(words, DELIVERABLES)
            feat = tok.word in FEAT_VERBS and (
                any(w.endswith(FEAT_NOUN_ENDINGS) for w in words if w != tok.word)
                or bool(_RE_DISTANCE.search(low, tokens[0].start, tokens[-1].end))
            )
            climb = tok.word in CLIMB_VERBS and i > 0 and words[i - 1] not in ("te", "het")
            if made or held or exists or feat or climb:
                found.add(tok.start, tokens[1].end if exists and len(tokens) > 1 else tok.end)
            elif tok.word in ("wil", "wilt", "willen") and i + 1 < len(words):
                role = RE_ROLES.search(low, tok.end, min(len(low), tok.end + 80))  # also past a '(…)' aside
                if role and re.match(r"e?\s+(?:functie|positie|rol|baan)\b", low[role.end() :]):
                    found.add(role.start(), role.end())  # 'je wilt … een leidinggevende functie': a role reached
            elif tok.word in ROLE_VERBS or (tok.word == "slag" and "aan" in words):
                role = RE_ROLES.search(low, tokens[0].start, tokens[-1].end)
                judged = role is not None and re.search(
                    r"\b(?:goede|betere|fijne|leuke|sterke)\s+$", low[: role.start()]
                )
                if role and not judged:
                    found.add(role.start(), role.end())
                    found.add(tok.start, tok.end)
            for forms, particle in _SEPARABLE_RESULT_FORMS:
                if tok.word in forms and _particle_follows(words, i, particle):
                    found.add(tok.start, tok.end)
    return found


def find_actions(text: GoalText) -> Spans:
    """Verbs for something you can see someone do: volgen, bellen, begeleiden, …

    A verb right after 'beter' ('beter voorbereiden') is a skill to improve, not an
    action; a verb after 'het' ('bij het laden') is a noun.
    """
    found = Spans()
    low = text.low
    for regex in (RE_ACTIVITY_PHRASES, RE_WORK_WITH, RE_WORK_VERB_TE, RE_PRESENCE, RE_EXERCISES, RE_MOVE_TO):
        for m in regex.finditer(low):
            found.add(m.start(), m.end())
    for m in RE_ENTER_TALK.finditer(low):
        if RE_MEETING_NOUN.search(text.clause_text(m.start())):
            found.add(m.start(), m.end())
    for m in _RE_PARTICLE_TE.finditer(low):
        verb = m["p"] + m["v"]
        index = text.token_index(m.start())
        vague = verb in VAGUE_VERBS or verb.endswith(VAGUE_VERB_ENDINGS)
        abstract = any(t.word in ABSTRACT_OBJECTS for t in text.tokens[max(0, index - 4) : index])
        if not vague and not abstract and not _skill_position(text, index):
            found.add(m.start(), m.end())
    by_clause: dict[int, list[str]] = {}
    for tok in text.tokens:
        by_clause.setdefault(tok.clause, []).append(tok.word)
    for index, tok in enumerate(text.tokens):
        if _skill_position(text, index) or (index and text.tokens[index - 1].word == "het") or _nominal(text, index):
            continue
        if _says_nothing_visible(text, index) or _only_abstract_objects(text, index):
            continue
        words = by_clause[tok.clause]
        if tok.word in RESULT_WORDS and _weak_object_before(text, index):
            found.add(tok.start, tok.end)  # an action on something vague: specific enough to do, not to measure
            continue
        if tok.word in ACTIVITY_WORDS:
            if tok.word in GIVE_WORDS and "aandacht" in words:
                continue
            found.add(tok.start, tok.end)
            continue
        if tok.word in MEETING_VERBS and RE_MEETING_NOUN.search(text.clause_text(tok.start)):
            found.add(tok.start, tok.end)
            continue
        if tok.word in WORK_VERB_FORMS:
            found.add(tok.start, tok.end)
            continue
        if tok.word in WORK_VERB_FINITE and _next_to_subject(text, index):
            found.add(tok.start, tok.end)
            continue
        for forms, particle in _SEPARABLE_ACTIVITY_FORMS:
            if tok.word in forms and _particle_follows(words, words.index(tok.word), particle):
                found.add(tok.start, tok.end)
                break
        else:
            if _lemma_is_action(text, index):
                found.add(tok.start, tok.end)
    return found


def _lemma_is_action(text: GoalText, index: int) -> bool:
    """A form the lists do not spell out, whose lemma they know: 'laad' (laden), 'draait … de avonddienst'."""
    tok = text.tokens[index]
    found = lemma(tok.word)
    if found == tok.word or found in VAGUE_VERBS or found in STATE_VERBS or not is_verb_form(tok.word):
        return False
    if index and text.tokens[index - 1].word in NOT_BEFORE_VERB:
        return False  # 'de verkoop': a noun
    if found in ACTIVITY_WORDS or found in WORK_VERB_FORMS:
        return not (found in GIVE_WORDS and "aandacht" in text.clause_text(tok.start))
    return found in MEETING_VERBS and bool(RE_MEETING_NOUN.search(text.clause_text(tok.start)))


def _only_abstract_objects(text: GoalText, index: int) -> bool:
    """'meer structuur aanbrengen', 'vaker initiatief nemen': the verb's only object says nothing you can see."""
    tok = text.tokens[index]
    before = [t.word for t in text.tokens[max(0, index - 6) : index] if t.clause == tok.clause]
    nouns = [w for w in before if w.isalpha() and w not in NOT_BEFORE_VERB and w not in MODAL_WORDS
             and w not in SUBJECTS and w not in COMPARATIVES and w not in WEAK_OBJECTS
             and w not in ("wil", "graag", "ook", "nog", "vaker", "meer", "minder", "zelf", "echt", "beter")]  # fmt: skip
    if bool(nouns) and all(w in ABSTRACT_OBJECTS or w in VAGUE_WORDS for w in nouns):
        return True
    head = [w for w in before if w != "te"][-1:]  # the object's head noun, right before the verb
    return bool(head) and head[0] in ABSTRACT_OBJECTS and not (len(before) > 1 and before[-2] in PREPOSITIONS)


def _plain_verb_lemma(word: str) -> str | None:
    """The lemma of a finite verb that names an action, or None ('rijd' → 'rijden'; 'groeit', 'merk' → None)."""
    if not is_verb_form(word) or word.startswith("ge"):
        return None
    found = lemma(word)
    if (found in VAGUE_VERBS or found in AUXILIARIES or found in CHANGE_WORDS or found in STATE_VERBS
            or found.endswith(VAGUE_VERB_ENDINGS)):  # fmt: skip
        return None
    return found


def _finite_next_to_subject(text: GoalText, index: int) -> bool:
    """'Vanaf 1 september rijd ik de route …': a finite action verb right before or after 'ik'/'we', with an object."""
    tokens = text.tokens
    tok = tokens[index]
    if _plain_verb_lemma(tok.word) is None or not _next_to_subject(text, index):
        return False
    if index and tokens[index - 1].word in NOT_BEFORE_VERB - SUBJECTS:
        return False
    after = [
        t.word for t in tokens[index + 1 :] if t.clause == tok.clause and t.word.isalpha() and t.word not in SUBJECTS
    ]
    return len(after) >= 2 and not _says_nothing_visible(text, index) and not _skill_position(text, index)


_SEPARABLE_PARTICLES: Final = (
    "af", "aan", "op", "uit", "in", "mee", "door", "terug", "weg", "toe", "na", "over", "bij", "voor", "om", "neer",
)  # fmt: skip
_PASSIVE_AUX: Final = frozenset({"wordt", "worden", "werd", "werden"})


def _not_visible_lemma(found: str) -> bool:
    """A lemma of a verb that is no action you can see: vague, an auxiliary, a change or a state."""
    return (found in VAGUE_VERBS or found in AUXILIARIES or found in CHANGE_WORDS or found in STATE_VERBS
            or found.endswith(VAGUE_VERB_ENDINGS))  # fmt: skip


def _plural_present(text: GoalText, index: int) -> bool:
    """'We wijzen locaties aan', 'In 2025 voeren we …': a plural present verb, which is its infinitive, next to 'we'."""
    tokens = text.tokens
    word = tokens[index].word
    if not word.endswith("en") or len(word) < 5 or word in AUXILIARIES:
        return False
    before = tokens[index - 1].word if index else ""
    after = tokens[index + 1].word if index + 1 < len(tokens) else ""
    return (before in ("we", "wij") and index < 3) or (after in ("we", "wij") and index > 0)


def _separable_by_lemma(text: GoalText, index: int) -> bool:
    """A finite verb whose particle closes the clause, found by the lemma of the whole verb.

    'In 2027 stoten we … uit' (uitstoten), 'We wijzen locaties aan' (aanwijzen), 'bereiden wij
    plannen voor' (voorbereiden): Dutch splits a separable verb in a main clause, the particle
    at the end. The verb counts when particle + infinitive is a verb simplemma knows and it is
    no vague one.
    """
    tokens = text.tokens
    tok = tokens[index]
    plural = _plural_present(text, index)
    if not plural and not (is_verb_form(tok.word) and not tok.word.startswith("ge") and _next_to_subject(text, index)):
        return False
    words = [t.word for t in tokens if t.clause == tok.clause]
    position = index - next(i for i, t in enumerate(tokens) if t.clause == tok.clause)
    base = tok.word if plural else lemma(tok.word)
    for particle in _SEPARABLE_PARTICLES:
        if _particle_follows(words, position, particle) or _particle_before_phrase(words, position, particle):
            verb = particle + base
            vague = _not_visible_lemma(verb) or _not_visible_lemma(base)  # 'durf … aan' is as vague as 'durven'
            return is_infinitive(verb) and not vague and not _says_nothing_visible(text, index)
    return False


def _particle_before_phrase(words: Sequence[str], index: int, particle: str) -> bool:
    """'stoten we … uit ten opzichte van 1990': the particle closes the verb's part, a prepositional phrase follows."""
    for j in range(len(words) - 2, index + 1, -1):
        if words[j] == particle and (words[j + 1] in PREPOSITIONS or words[j + 1] == "ten"):
            return True
    return False


def _passive_participle(text: GoalText, index: int) -> bool:
    """'wordt in 2025 gestart met de bouw', '… afgezet worden': a participle with 'worden' is something done."""
    tok = text.tokens[index]
    word = tok.word
    if "ge" not in word[:6] or not word.endswith(("d", "t", "en")) or not is_verb_form(word):
        return False
    if word in VAGUE_PARTICIPLES or _not_visible_lemma(lemma(word)):
        return False
    if index and text.tokens[index - 1].word in NOT_BEFORE_VERB:
        return False  # 'de gestarte bouw', 'een gemaakt plan': an adjective
    return any(t.word in _PASSIVE_AUX for t in text.tokens if t.clause == tok.clause)


def find_finite_verbs(text: GoalText) -> Spans:
    """A finite verb after its subject, for any subject: 'De nieuwe collega draait zelfstandig de avonddienst'.

    The verb is found by its lemma (simplemma), so no word list has to name it. It counts
    when it follows the clause's first noun phrase, is no vague or state verb ('groeit',
    'merkt'), and has something after it to act on.
    """
    found = Spans()
    tokens = text.tokens
    by_clause: dict[int, list[int]] = {}
    for index, tok in enumerate(tokens):
        by_clause.setdefault(tok.clause, []).append(index)
    for index, tok in enumerate(tokens):
        if _finite_next_to_subject(text, index) or _separable_by_lemma(text, index) or _passive_participle(text, index):
            found.add(tok.start, tok.end)
    for indexes in by_clause.values():
        first = tokens[indexes[0]].word
        named = text.original[tokens[indexes[0]].start].isupper() and first not in PREPOSITIONS | VERB_FOLLOWERS
        if first not in SUBJECT_STARTS and not named:
            continue
        for position, index in enumerate(indexes[1:5], start=1):
            word = tokens[index].word
            previous = tokens[index - 1].word
            if not is_verb_form(word) or word.startswith("ge"):
                continue
            if previous in NOT_BEFORE_VERB - SUBJECTS or (previous.endswith("e") and len(previous) > 3):
                continue  # 'de volgende sprint': a noun after an article or an adjective
            found_lemma = lemma(word)
            if (found_lemma in VAGUE_VERBS or found_lemma in AUXILIARIES or found_lemma in CHANGE_WORDS
                    or found_lemma in STATE_VERBS or found_lemma.endswith(VAGUE_VERB_ENDINGS)):  # fmt: skip
                break
            after = [tokens[i].word for i in indexes[position + 1 :] if tokens[i].word.isalpha()]
            if len(after) >= 2 and not _says_nothing_visible(text, index) and not _skill_position(text, index):
                found.add(tokens[index].start, tokens[index].end)
            break
    return found


def _is_perfect_participle(text: GoalText, index: int) -> bool:
    """'… heb ik de lesbezoeken gedaan': a participle with 'hebben' in its clause."""
    tok = text.tokens[index]
    word = tok.word
    if not (word.startswith("ge") and word.endswith(("d", "t", "n")) and len(word) >= 6):
        return False
    if word in VAGUE_PARTICIPLES or (index and text.tokens[index - 1].word in NOT_BEFORE_VERB | WEAK_OBJECTS):
        return False
    return any(t.word in PERFECT_AUXILIARIES for t in text.tokens if t.clause == tok.clause)


_PERSONAL_SUBJECTS: Final = frozenset({"ik", "we", "wij", "jij", "hij", "zij", "u", "jullie", "men"})


def bare_infinitive_phrase(text: GoalText) -> bool:
    """Whether the goal opens with an infinitive phrase: 'Afvallen', 'Een nieuwe baan zoeken', 'Yogalessen volgen'.

    Dutch writes a resolution or a task without a subject, its verb as an infinitive at the
    end: the first clause has no personal subject and no conjugated verb (found by its lemma),
    and its last word is an infinitive (simplemma gives the word itself as its lemma). Such a
    phrase reads as 'ik wil …' and its verb as the main verb.
    """
    words = [t.word for t in text.tokens if t.clause == 0 and t.word.isalpha()]
    if not words or _PERSONAL_SUBJECTS.intersection(words):
        return False
    last = words[-1]
    if not is_infinitive(last) or word_number(last) is not None:
        return False
    return not any(w in AUXILIARIES or (is_verb_form(w) and not w.startswith("ge")) for w in words[:-1]
                   if w not in ("gaan", "te", "kunnen", "blijven"))  # fmt: skip


def modal_before_any(tokens: Sequence[Token], index: int) -> bool:
    """Whether a modal ('wil', 'ga', 'kan') stands before token `index` in its clause."""
    clause = tokens[index].clause
    return any(t.word in MODAL_WORDS for t in tokens[:index] if t.clause == clause)


def find_main_verbs(text: GoalText) -> Spans:
    """The main verb of a clause, when it is not a vague one: 'wil … ontkalken', 'elke week tel ik'.

    After a modal ('wil', 'ga', 'kan') the main verb is an -en word near the end of the
    clause that does not follow an article, a number or a preposition (those make it a
    plural noun). Without a modal, it is the word next to 'ik'/'we'.
    """
    found = Spans()
    tokens = text.tokens
    bare_clause = 0 if bare_infinitive_phrase(text) else -1
    for index, tok in enumerate(tokens):
        word = tok.word
        if word == "doen" and index:
            back = index - 1
            while back > 0 and tokens[back].word in ("te", "gaan", "willen", "kunnen", "blijven"):
                back -= 1  # 'vrijwilligerswerk gaan doen': the object stands before the verb cluster
            before = tokens[back].word
            if before not in NOT_BEFORE_VERB | WEAK_OBJECTS | AUXILIARIES:
                found.add(tok.start, tok.end)  # 'een audit doen', 'de bar doen'
            continue
        if word in VAGUE_VERBS or word in AUXILIARIES or word in CHANGE_WORDS or not word.isalpha():
            continue
        if word.endswith(VAGUE_VERB_ENDINGS) or word.endswith(NOUN_ENDINGS) or _says_nothing_visible(text, index):
            continue  # 'thuiswerken', 'vaardigheden', 'mijn focus leggen'
        if _only_abstract_objects(text, index):
            continue  # 'meer structuur aanbrengen'
        if _is_perfect_participle(text, index):
            found.add(tok.start, tok.end)
            continue
        previous = tokens[index - 1] if index else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        after_te = previous is not None and previous.word == "te"
        if after_te and index > 1 and _RE_PARTICLE_TE.fullmatch(f"{tokens[index - 2].word} te {word}"):
            joined = tokens[index - 2].word + word  # 'aan te pakken' is 'aanpakken'
            if joined in VAGUE_VERBS or joined.endswith(VAGUE_VERB_ENDINGS) or _skill_position(text, index - 2):
                continue
        noun_before = (
            previous is None
            or previous.word in NOT_BEFORE_VERB
            or (previous.word.endswith(("e", "end")) and len(previous.word) > 3)
        )
        if noun_before and previous is not None and index > 1:
            two_back = tokens[index - 2].word
            zero = previous.word == "meer" and two_back in ("niks", "niets", "niet", "nooit")  # 'niks meer eten'
            reflexive = (
                previous.word == "ons" and two_back in ("we", "wij") and is_infinitive(word)
            )  # 'ons certificeren'
            noun_before = not (zero or reflexive)
            if zero and word.endswith("en") and modal_before_any(tokens, index) and len(word) == 4:
                found.add(tok.start, tok.end)  # 'niks meer eten': a short infinitive ('eten', 'doen') after a modal
                continue
        if noun_before and not after_te:
            continue  # after an article, a number, a preposition or an adjective: a plural noun
        if _skill_position(text, index):
            continue
        clause_end = following is None or following.clause != tok.clause or following.word in VERB_FOLLOWERS
        modal_before = any(t.word in MODAL_WORDS for t in tokens[:index] if t.clause == tok.clause)
        modal_before = modal_before or (clause_end and bare_clause == tok.clause)
        if word.endswith("en") and len(word) > 4 and modal_before and clause_end and word_number(word) is None:
            found.add(tok.start, tok.end)
    return found
