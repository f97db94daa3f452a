"""Benchmark: how easy the coach's texts are to read, per content pack (Flesch-Douma, target ≥ 70).

Flesch-Douma is the Dutch form of Flesch Reading Ease: 206.835 − 0.93 × words per sentence −
77 × syllables per word. textstat computes it after `textstat.set_lang("nl")`: its Dutch
settings (`LANG_CONFIGS["nl"]`, marked "Flesch-Douma" in textstat's source) are exactly these
numbers, and it counts syllables with Pyphen's Dutch hyphenation. 60–70 is plain language,
70–80 fairly easy, above 80 easy: B1 texts should score 70 or more.

The texts are every text the coach shows from the content: every string of the content
models, except keys (ids, kinds, the ids a step names), the word maps the feedback check
uses to rewrite a sentence, and the glossary (a list for the writers). A `{placeholder}`
counts as one short word. Each text is one or more sentences: a text without a full stop at
its end (a title, a label) gets one, so it does not run on into the next.

Prints the score per pack against the target, and per part (each conversation, each shared
file) with `--per-part`; exits 1 when a pack scores below the target.

Run: .venv/bin/python benchmarks/bench_readability.py [--per-part]
Needs textstat (in the test extras: `pip install -e .[test]`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from pydantic import BaseModel

from gesprekscoach.content.loader import load_content
from gesprekscoach.content.models import AskStep, Content, FeedbackTexts, PitfallsStep, QuestionsStep
from gesprekscoach.paths import content_dir_for

TARGET = 70.0
"""The lowest Flesch-Douma score a pack may have (B1: fairly easy)."""

PACKS = ("nederland", "vlaanderen")

NOT_SHOWN: dict[type[BaseModel], frozenset[str]] = {
    BaseModel: frozenset({"id", "kind", "next"}),
    QuestionsStep: frozenset({"questions", "carry_over"}),
    AskStep: frozenset({"suggestions"}),
    PitfallsStep: frozenset({"pitfalls"}),
    FeedbackTexts: frozenset({"softer_words", "softer_before_noun"}),
}
"""Fields that hold keys (ids, kinds, the ids a step names) or word maps, not texts to read."""


def _not_shown(model: BaseModel) -> frozenset[str]:
    return frozenset().union(*(names for cls, names in NOT_SHOWN.items() if isinstance(model, cls)))


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _texts(node: object) -> Iterator[str]:
    """Every text a user reads in a part of the content."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, BaseModel):
        skipped = _not_shown(node)
        for name in type(node).model_fields:
            if name not in skipped:
                yield from _texts(getattr(node, name))
    elif isinstance(node, list):
        for item in node:
            yield from _texts(item)
    elif isinstance(node, dict):
        for item in node.values():
            yield from _texts(item)


def content_parts(content: Content) -> dict[str, list[str]]:
    """The texts of a pack by part: each conversation, and each shared file (the glossary left out)."""
    parts = {f"conversations/{conv.id}": list(_texts(conv)) for conv in content.conversations}
    for name in ("smart", "pitfalls", "feedback", "after", "chooser", "checks"):
        parts[f"{name}.yaml"] = list(_texts(getattr(content, name)))
    return parts


def as_sentences(text: str) -> str:
    """A text as sentences: placeholders as a short word, and a full stop at the end when it has none."""
    text = " ".join(_PLACEHOLDER.sub("dit", text).split())
    return text if text.endswith((".", "!", "?", ":")) else f"{text}."


def flesch_douma(texts: list[str]) -> float:
    """The Flesch-Douma score of these texts, read as one text."""
    import textstat  # only here: the texts can be gathered without it

    textstat.set_lang("nl")
    return float(textstat.flesch_reading_ease(" ".join(as_sentences(text) for text in texts)))


def main(argv: list[str]) -> int:
    """Print the score per pack (and per part with --per-part); 1 when a pack is below the target."""
    per_part = "--per-part" in argv
    below: list[str] = []
    for pack in PACKS:
        parts = content_parts(load_content(content_dir_for(pack), use_cache=False))
        texts = [text for part in parts.values() for text in part]
        score = flesch_douma(texts)
        verdict = "ok" if score >= TARGET else "TOO LOW"
        words = sum(len(text.split()) for text in texts)
        print(
            f"{pack:<11} Flesch-Douma {score:5.1f}   target >= {TARGET:.0f}   {verdict}   ({len(texts)} texts, {words} words)"
        )
        if per_part:
            for name, part in sorted(parts.items(), key=lambda item: flesch_douma(item[1])):
                print(f"    {name:<30} {flesch_douma(part):5.1f}")
        if score < TARGET:
            below.append(pack)
    if below:
        print(f"Below the target: {', '.join(below)}.")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
