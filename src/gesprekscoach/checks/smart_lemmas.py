"""Dutch word forms to their dictionary form (lemma), for the SMART check.

The word lists in smart_words.py name most verbs in a few forms only ('laden', 'draaien').
A goal may use another form ('laad', 'draait', 'rijd', 'gedraaid'), and a goal may name a
person other than 'ik' ('De nieuwe collega draait zelfstandig de avonddienst'). simplemma,
a Dutch lemma lexicon, maps such a form to its infinitive, so the lists still apply and a
finite verb can be told from a noun. It is imported on first use, not when the coach
starts: start-up time matters. Without it, every word is its own lemma.

Plain Python; never imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

_lemmatizer: list[Callable[[str], str]] = []


def _load() -> Callable[[str], str]:
    """simplemma's Dutch lemmatizer, loaded once; the identity when it is not installed."""
    if not _lemmatizer:
        try:
            from simplemma import lemmatize
        except ImportError:  # pragma: no cover - simplemma is a dependency; this keeps the check working without it
            _lemmatizer.append(lambda word: word)
        else:
            _lemmatizer.append(lambda word: str(lemmatize(word, lang="nl")))
    return _lemmatizer[0]


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case Dutch word ('draait' → 'draaien', 'afgerond' → 'afronden')."""
    if not word.isalpha():
        return word
    return _load()(word).lower().replace("_", "")


def is_verb_form(word: str) -> bool:
    """Whether `word` is a conjugated verb: its lemma is an infinitive other than the word itself.

    'draait' (draaien), 'laad' (laden), 'rijdt' (rijden) are; 'klanten' (klant), 'examen'
    (examen), 'rijden' (the infinitive itself) and 'volgende' (an adjective) are not.
    """
    if word.endswith(("en", "end", "ende")):
        return False  # an infinitive or plural, or a present participle used as an adjective ('volgende')
    found = lemma(word)
    return found != word and found.endswith("en") and len(found) > 3
