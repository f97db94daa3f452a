"""One word per concept: no user-visible text uses a form the glossary avoids.

Each content pack has its glossary (`glossary.yaml`; a pack without one gets the shipped
Dutch one). The texts of a pack are checked against its own glossary: the Flemish pack may
say "kan je", the Dutch pack says "kun je". The Dutch strings in the code and the Dutch part
of the README are checked against the shipped (Dutch) glossary.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from gesprekscoach.content.glossary import avoided_forms
from gesprekscoach.content.loader import GLOSSARY_FILE, check_content, load_content
from gesprekscoach.content.models import Glossary
from gesprekscoach.paths import content_dir_for, shipped_content_dir
from test_content import MINIMAL

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "src" / "gesprekscoach"
PACKS = ("nederland", "vlaanderen")

ISSUE_FORMS = {
    "mis ging": "misgaan",
    "open staan": "openstaan",
    "printblad": "blad",
    "printen": "afdrukken",
    "uitprinten": "afdrukken",
    "SMART doel": "SMART-doel",
    "kan je": "kun je",
    "Deadline": "uiterlijk",
}
"""The forms the issue names, and the word the Dutch glossary uses instead."""


def _glossary(pack: str) -> Glossary:
    return load_content(content_dir_for(pack), use_cache=False).glossary


def _hits(where: str, text: str, glossary: Glossary) -> list[str]:
    return [f"{where}: '{hit.found}' -> '{hit.word}'" for hit in avoided_forms(text, glossary)]


# --------------------------------------------------------------------------- the glossary itself


def test_the_glossary_is_part_of_the_content() -> None:
    glossary = _glossary("nederland")
    avoided = {form.casefold(): term.word for term in glossary.terms for form in term.avoid}
    for form, word in ISSUE_FORMS.items():
        assert avoided.get(form.casefold()) == word, form


def test_the_flemish_glossary_keeps_kan_je() -> None:
    glossary = _glossary("vlaanderen")
    assert avoided_forms("Kan je een voorbeeld geven? Je kan het zelf.", glossary) == []
    assert [hit.word for hit in avoided_forms("Neem je printblad mee.", glossary)] == ["afdrukblad"]


def test_a_pack_without_a_glossary_gets_the_shipped_one(tmp_path: Path) -> None:
    root = tmp_path / "inhoud"
    for name, text in MINIMAL.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    assert not (root / GLOSSARY_FILE).exists()
    assert load_content(root, use_cache=False).glossary == _glossary("nederland")


def test_a_broken_glossary_is_reported_with_its_line(tmp_path: Path) -> None:
    root = tmp_path / "inhoud"
    for name, text in MINIMAL.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / GLOSSARY_FILE).write_text(
        "terms:\n  - word: blad\n    avoid: [printblad]\n    meaning: Je blad.\n"
        "  - word: printblad\n    avoid: [uitdraai]\n    meaning: Fout.\n",
        encoding="utf-8",
    )
    content, problems = check_content(root)
    assert content is None
    assert [str(problem) for problem in problems] == [
        f"{root / GLOSSARY_FILE}:1: een woord staat ook bij avoid: printblad"
    ]


def test_forms_are_found_as_whole_words_whatever_their_capitals() -> None:
    glossary = _glossary("nederland")
    found = [hit.found for hit in avoided_forms("Kan je je SMART\ndoel en je printblad printen?", glossary)]
    assert found == ["Kan je", "SMART\ndoel", "printblad", "printen"]
    assert avoided_forms("Kun je jezelf een SMART-doel stellen? Wat kan jezelf?", glossary) == []
    assert avoided_forms("Je leidinggevende kijkt wat de organisatie je kan bieden.", glossary) == []


# --------------------------------------------------------------------------- the texts


def _yaml_strings(node: object, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every string value in a YAML document (keys are English, not shown)."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _yaml_strings(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _yaml_strings(value, f"{where}[{index}]")


def _pack_files(pack: str) -> list[Path]:
    root = content_dir_for(pack)
    files = sorted(root.glob("*.yaml")) + sorted((root / "conversations").glob("*.yaml"))
    return [path for path in files if path.name != GLOSSARY_FILE]


@pytest.mark.parametrize("pack", PACKS)
def test_no_content_text_uses_an_avoided_form(pack: str) -> None:
    glossary = _glossary(pack)
    files = _pack_files(pack)
    assert len(files) >= 10
    hits: list[str] = []
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, text in _yaml_strings(data, path.relative_to(shipped_content_dir()).as_posix()):
            hits += _hits(where, text, glossary)
    assert hits == []


_RECOGNISED = re.compile(r"[a-zà-ÿ&\- ]+")
"""A lowercase word or short phrase: a key, an id, or words the coach recognises in what the user types."""

_PATTERN_MARKS = ("\\b", "(?", "\\s", "\\w", "|")
"""Marks of a regular expression: a pattern that reads the user's text, not a text to show."""


def _docstrings(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            for statement in node.body:
                if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant):
                    ids.add(id(statement.value))
    return ids


def is_shown_text(text: str) -> bool:
    """Whether a string literal is a Dutch text to show (not a docstring, key, word list or pattern)."""
    if any(mark in text for mark in _PATTERN_MARKS):
        return False
    return not (_RECOGNISED.fullmatch(text.strip()) and len(text.split()) <= 3)


def code_texts() -> Iterator[tuple[str, str]]:
    """(file:line, text) for every string literal of the code that is shown to the user."""
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                if is_shown_text(node.value):
                    yield f"{path.relative_to(REPO).as_posix()}:{node.lineno}", node.value


def test_the_code_texts_are_found() -> None:
    """The scan sees f-strings, help texts and messages, and skips word lists and patterns."""
    texts = {text for _where, text in code_texts()}
    assert "laat deze hulp zien" in texts
    assert "Welk gesprek heb je?" in texts
    assert "mijn baas" not in texts  # a word the agreements recognise, not a text
    assert not is_shown_text(r"\b(?:geen|zonder)\s+deadline\b")
    assert is_shown_text("Deadline")


def test_no_code_text_uses_an_avoided_form() -> None:
    glossary = _glossary("nederland")
    hits = [hit for where, text in code_texts() for hit in _hits(where, text, glossary)]
    assert hits == []


def readme_dutch_part() -> str:
    """The README's part for users (Dutch): everything before 'For developers'."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    head, marker, _rest = text.partition("## For developers")
    assert marker, "the README has a part for developers"
    return head


def test_the_readme_uses_no_avoided_form() -> None:
    glossary = _glossary("nederland")
    part = readme_dutch_part()
    assert "## Na het gesprek" in part
    hits = [f"'{hit.found}' in '…{part[hit.start - 30 : hit.start + 30]}…'" for hit in avoided_forms(part, glossary)]
    assert hits == []
