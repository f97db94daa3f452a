"""The readability benchmark (benchmarks/bench_readability.py): which texts it reads, and its Flesch-Douma score."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from gesprekscoach.content.models import Content

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_readability.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_readability", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _bench()


def test_it_reads_every_text_and_no_key(shipped_content: Content) -> None:
    parts = bench.content_parts(shipped_content)
    functionering = shipped_content.conversation("functionering")
    texts = parts["conversations/functionering"]
    assert functionering.questions[0].text in texts
    assert functionering.steps[0].title in texts
    assert functionering.id not in texts and functionering.questions[0].id not in texts
    pitfall = shipped_content.pitfalls.pitfalls[0]
    assert pitfall.what in parts["pitfalls.yaml"] and pitfall.id not in parts["pitfalls.yaml"]
    assert "vaak" not in parts["checks.yaml"]  # the feedback check's word map is no text
    assert not any(name.startswith("glossary") for name in parts)


def test_every_text_is_read_as_sentences() -> None:
    assert bench.as_sentences("Je doelen") == "Je doelen."
    assert bench.as_sentences("Wat ging goed?") == "Wat ging goed?"
    assert bench.as_sentences("Let op: {datum} is al voorbij") == "Let op: dit is al voorbij."


def test_short_plain_sentences_score_higher_than_long_ones() -> None:
    pytest.importorskip("textstat")
    easy = bench.flesch_douma(["Je hebt morgen een gesprek.", "Bereid het vanavond voor.", "Dat kost een uur."])
    hard = bench.flesch_douma(
        [
            "De organisatorische implementatie van competentiegerichte ontwikkelingsinstrumenten vereist "
            "een zorgvuldige afstemming tussen leidinggevenden, medewerkers en personeelsadviseurs."
        ]
    )
    assert easy >= bench.TARGET > hard
