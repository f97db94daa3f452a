"""What in a content folder is worth a look but is no error: `gesprekscoach content check` says it.

- A conversation type that no answer of the chooser gives points: 'Welk gesprek heb ik?'
  never advises it (`unreachable_from_chooser`).
- A text that uses a form the pack's glossary avoids, with the word to use and what it
  means (`avoided_form_problems`).

A warning never changes the exit code: the content loads and works. The loader reads the
files (`loader.check_warnings`); these functions only look at what it read.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gesprekscoach.content.glossary import avoided_forms
from gesprekscoach.content.models import Content, ConversationType, Glossary
from gesprekscoach.content.problems import Problem
from gesprekscoach.content.yaml_reader import LocatedYaml, YamlPath

__all__ = ["avoided_form_problems", "unreachable_from_chooser"]


def unreachable_from_chooser(content: Content) -> list[ConversationType]:
    """The conversation types that no chooser answer gives points (more than 0), in the order of the menu."""
    pointed = {
        conv_id
        for question in content.chooser.questions
        for option in question.options
        for conv_id, points in option.points.items()
        if points > 0
    }
    return [conv for conv in content.conversations if conv.id not in pointed]


def _texts(node: Any, at: YamlPath = ()) -> Iterator[tuple[YamlPath, str]]:
    """(where, text) for every string value of a YAML document; keys are names, not texts."""
    todo: list[tuple[YamlPath, Any]] = [(at, node)]
    while todo:
        where, value = todo.pop()
        if isinstance(value, str):
            yield where, value
        elif isinstance(value, dict):
            todo += [((*where, key), item) for key, item in reversed(list(value.items()))]
        elif isinstance(value, list):
            todo += [((*where, index), item) for index, item in reversed(list(enumerate(value)))]


def avoided_form_problems(path: Path, located: LocatedYaml, glossary: Glossary) -> list[Problem]:
    """A warning for every avoided form in the texts of one content file: the word to use, and what it means."""
    meanings = {term.word: term.meaning for term in glossary.terms}
    problems: list[Problem] = []
    for where, text in _texts(located.data):
        for hit in avoided_forms(text, glossary):
            found = " ".join(hit.found.split())
            message = f"schrijf '{hit.word}' in plaats van '{found}' (woordenlijst: {meanings[hit.word]})"
            problems.append(Problem(path, located.line_for(where), message))
    return problems
