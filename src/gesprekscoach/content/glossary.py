"""Find the forms a pack's glossary avoids in a text: one word per concept.

`avoided_forms(text, glossary)` gives every avoided form in the text, with the word to use
instead. A form is found as a whole word or phrase, whatever its capitals, with any white
space (a line break too) between its words: 'SMART doel' is found in 'een SMART\\ndoel',
not in 'SMART-doel'; 'kan je' is found in 'Kan je', not in 'kan jezelf'.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from gesprekscoach.content.models import Glossary

__all__ = ["AvoidedForm", "avoided_forms", "form_pattern"]


@dataclass(frozen=True)
class AvoidedForm:
    """An avoided form found in a text, and the word the glossary uses instead."""

    found: str
    """The form as it stands in the text."""
    word: str
    """The word to use instead."""
    start: int
    """Where it starts in the text."""


@lru_cache(maxsize=512)
def form_pattern(form: str) -> re.Pattern[str]:
    """The pattern of one avoided form: whole words only, any capitals, any white space between its words."""
    words = [re.escape(part) for part in form.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


def avoided_forms(text: str, glossary: Glossary) -> list[AvoidedForm]:
    """Every form the glossary avoids in `text`, in the order they stand there."""
    hits = [
        AvoidedForm(match.group(0), term.word, match.start())
        for term in glossary.terms
        for form in term.avoid
        for match in form_pattern(form).finditer(text)
    ]
    return sorted(hits, key=lambda hit: hit.start)
