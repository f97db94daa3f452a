"""Speed (and, with --accuracy, the accuracy) of the SMART check and the feedback check.

Speed: the median time of one `check_goal` on a 300-character goal, and of one
`check_feedback`, each next to a baseline measured in the same run (one `re.search`
over the same text, and one `str.lower()` of it), so the figure means something on
any machine. Target: under 2 ms for one goal.

    python benchmarks/bench_checks.py              # speed
    python benchmarks/bench_checks.py --accuracy   # plus accuracy on the labelled sets

Accuracy: per letter and for the deadline on tests/data/smart_goals.yaml, and the
agreement on tests/data/feedback_sentences.yaml, for the tuned and the held-out part.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from gesprekscoach.checks.feedback import check_feedback  # noqa: E402
from gesprekscoach.checks.smart import check_goal  # noqa: E402
from gesprekscoach.content.loader import load_check_texts  # noqa: E402

GOAL_300 = (
    "Omdat ik sinds 2020 op de spoedeisende hulp werk, wil ik voor het eind van het jaar de cursus "
    "traumaopvang volgen en afronden met een certificaat, zodat ik zelfstandig traumapatiënten kan "
    "opvangen en mijn collega's op de nachtdienst twee keer per maand kan ondersteunen bij grote "
    "drukte op de afdeling."
)
SENTENCE = "Jij luistert nooit naar mijn ideeën en je bent echt onredelijk als het om de planning van de diensten gaat."
TODAY = date(2026, 2, 10)
TEXTS = load_check_texts()


def median_seconds(action: Callable[[], Any], runs: int, repeat: int = 20) -> float:
    """The median time of one call, over `runs` samples of `repeat` calls each."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(repeat):
            action()
        samples.append((time.perf_counter() - start) / repeat)
    return statistics.median(samples)


def speed(runs: int) -> None:
    """Print the median time of the checks and their ratio to the baselines."""
    pattern = re.compile(r"\d+")
    check_goal(GOAL_300, today=TODAY, texts=TEXTS)  # warm the caches once
    check_feedback(SENTENCE, texts=TEXTS)
    goal_time = median_seconds(lambda: check_goal(GOAL_300, today=TODAY, texts=TEXTS), runs)
    feedback_time = median_seconds(lambda: check_feedback(SENTENCE, texts=TEXTS), runs)
    search_time = median_seconds(lambda: pattern.search(GOAL_300), runs, repeat=2000)
    lower_time = median_seconds(GOAL_300.lower, runs, repeat=2000)
    print(f"goal of {len(GOAL_300)} characters, {runs} samples")
    print(f"  check_goal        median {goal_time * 1000:.3f} ms  (target < 2 ms)")
    print(f"  check_feedback    median {feedback_time * 1000:.3f} ms")
    print(f"  baseline re.search   {search_time * 1e6:.3f} µs -> check_goal is {goal_time / search_time:,.0f}x")
    print(f"  baseline str.lower() {lower_time * 1e6:.3f} µs -> check_goal is {goal_time / lower_time:,.0f}x")


def smart_accuracy(items: list[dict[str, Any]], today: date, show_errors: bool) -> None:
    """Print per-letter and deadline accuracy for one part of the goal set."""
    right = {"specifiek": 0, "meetbaar": 0, "tijdgebonden": 0, "deadline": 0}
    for item in items:
        result = check_goal(item["text"], today=item.get("today", today), texts=TEXTS)
        for letter in ("specifiek", "meetbaar", "tijdgebonden"):
            got = result.letters[letter].ok
            if got == item[letter]:
                right[letter] += 1
            elif show_errors:
                print(f"    {letter:<12} want {item[letter]!s:<5} got {got!s:<5} {item['text']}")
        if result.deadline == item["deadline"]:
            right["deadline"] += 1
        elif show_errors:
            print(f"    {'deadline':<12} want {item['deadline']} got {result.deadline} {item['text']}")
    total = len(items)
    if not total:
        print("    (empty)")
        return
    print("    " + "  ".join(f"{k} {v}/{total} = {v / total:.1%}" for k, v in right.items()))


def feedback_accuracy(items: list[dict[str, Any]], show_errors: bool) -> None:
    """Print the agreement on 'constructief' for one part of the feedback set."""
    right = 0
    for item in items:
        result = check_feedback(item["text"], texts=TEXTS)
        if result.constructive == item["constructief"]:
            right += 1
        elif show_errors:
            kinds = [s.kind for s in result.signals]
            print(f"    want {item['constructief']!s:<5} got {result.constructive!s:<5} {kinds} {item['text']}")
    total = len(items)
    print(f"    constructief {right}/{total} = {right / total:.1%}" if total else "    (empty)")


def accuracy(show_errors: bool, parts: tuple[str, ...]) -> None:
    """Print the accuracy figures on the labelled sets in tests/data."""
    data = ROOT / "tests" / "data"
    goals = yaml.safe_load((data / "smart_goals.yaml").read_text(encoding="utf-8"))
    sentences = yaml.safe_load((data / "feedback_sentences.yaml").read_text(encoding="utf-8"))
    for part in parts:
        print(f"SMART, {part} ({len(goals[part])} goals)")
        smart_accuracy(goals[part], goals["today"], show_errors)
        print(f"feedback, {part} ({len(sentences[part])} sentences)")
        feedback_accuracy(sentences[part], show_errors)


def main() -> int:
    """Run the benchmark; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--accuracy", action="store_true", help="also measure accuracy on the labelled sets")
    parser.add_argument("--errors", action="store_true", help="with --accuracy: list what the checks got wrong")
    parser.add_argument("--part", choices=("tuned", "heldout", "both"), default="both")
    args = parser.parse_args()
    speed(args.runs)
    if args.accuracy:
        parts = ("tuned", "heldout") if args.part == "both" else (args.part,)
        accuracy(args.errors, parts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
