"""Speed (and, with --accuracy, the accuracy) of the SMART check and the feedback check.

Speed: the median time of one `check_goal` on a 300-character goal, and of one
`check_feedback`, each next to a baseline measured in the same run (one `re.search`
over the same text, and one `str.lower()` of it), so the figure means something on
any machine. Target: under 2 ms for one goal.

    python benchmarks/bench_checks.py              # speed
    python benchmarks/bench_checks.py --accuracy   # plus accuracy on the labelled sets

Accuracy: per letter and for the deadline on the team-written sets (tests/data/smart_goals.yaml,
feedback_sentences.yaml) and the real sets (smart_goals_real.yaml, feedback_real.yaml,
understatement_real.yaml). The held-out real sentences (goals and feedback: parts heldout9 and heldout10,
together; selling yourself short: part heldout7) are printed against the targets
(S >= 90 %, M >= 95 %, T >= 95 %, deadline >= 95 %, feedback >= 90 %, understatement false
alarms <= 5 %); the exit status is 1 when a target is missed.
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
from gesprekscoach.checks.understatement import check_understatement  # noqa: E402
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


TARGETS = {"specifiek": 0.90, "meetbaar": 0.95, "tijdgebonden": 0.95, "deadline": 0.95, "feedback": 0.90}
"""The minimum share right on the held-out real sentences, per letter and per check."""
HELD_OUT = ("heldout9", "heldout10")
"""The held-out parts of the goal and feedback sets of the checks7 round, scored with the same checks."""
HELD_OUT_UNDER = "heldout7"
"""The newest held-out part of the set for selling yourself short (the checks7 round)."""
FALSE_ALARM_TARGET = 0.05
"""The maximum share of fine sentences the understatement check flags, on its held-out part."""


def smart_accuracy(items: list[dict[str, Any]], today: date, show_errors: bool) -> dict[str, float]:
    """Print per-letter and deadline accuracy for one part of a goal set; return the shares."""
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
        return {}
    print("    " + "  ".join(f"{k} {v}/{total} = {v / total:.1%}" for k, v in right.items()))
    return {k: v / total for k, v in right.items()}


def feedback_accuracy(items: list[dict[str, Any]], show_errors: bool) -> float:
    """Print the agreement on 'constructief' for one part of a feedback set; return the share."""
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
    return right / total if total else 0.0


def understatement_accuracy(items: list[dict[str, Any]], show_errors: bool) -> float:
    """Print the false alarms and the sentences caught for one part; return the false-alarm share."""
    alarms = caught = 0
    for item in items:
        flagged = check_understatement(item["text"], texts=TEXTS).undersells
        if flagged == item["undersells"]:
            caught += flagged
        elif show_errors:
            print(f"    want {item['undersells']!s:<5} got {flagged!s:<5} {item['text']}")
        alarms += flagged and not item["undersells"]
    fine = sum(not item["undersells"] for item in items)
    selling_short = len(items) - fine
    print(f"    false alarms {alarms}/{fine} = {alarms / fine:.1%}  caught {caught}/{selling_short}")
    return alarms / fine if fine else 0.0


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))
    return data


def accuracy(show_errors: bool, parts: tuple[str, ...]) -> bool:
    """Print the figures on the labelled sets; the held-out real sentences against the targets.

    Returns whether every target was met on the held-out real sentences.
    """
    goals, sentences = _load("smart_goals.yaml"), _load("feedback_sentences.yaml")
    for part in parts:
        print(f"SMART, team-written, {part} ({len(goals[part])} goals)")
        smart_accuracy(goals[part], goals["today"], show_errors)
        print(f"feedback, team-written, {part} ({len(sentences[part])} sentences)")
        feedback_accuracy(sentences[part], show_errors)
    real_goals, real_sentences, real_under = (
        _load("smart_goals_real.yaml"),
        _load("feedback_real.yaml"),
        _load("understatement_real.yaml"),
    )
    tuned = ("tune", "heldout1", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8")
    tuned_under = ("tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
    print("tuned on (real sentences): " + ", ".join(tuned) + "; selling yourself short: " + ", ".join(tuned_under))
    for part in tuned:
        print(f"SMART, real, {part} ({len(real_goals[part])} goals)")
        smart_accuracy(real_goals[part], real_goals["today"], show_errors)
    for part in tuned:
        print(f"feedback, real, {part} ({len(real_sentences[part])} sentences)")
        feedback_accuracy(real_sentences[part], show_errors)
    for part in tuned_under:
        print(f"selling yourself short, {part} ({len(real_under[part])} sentences)")
        understatement_accuracy(real_under[part], show_errors)
    held_under = HELD_OUT_UNDER
    for part in HELD_OUT:
        print(f"HELD OUT: real goals, {part} ({len(real_goals[part])} goals, scored once after tuning)")
        smart_accuracy(real_goals[part], real_goals["today"], show_errors)
        print(f"HELD OUT: real feedback, {part} ({len(real_sentences[part])} sentences)")
        feedback_accuracy(real_sentences[part], show_errors)
    held_goals = [item for part in HELD_OUT for item in real_goals[part]]
    held_sentences = [item for part in HELD_OUT for item in real_sentences[part]]
    both = " + ".join(HELD_OUT)
    print(f"HELD OUT: real goals, {both} ({len(held_goals)} goals)")
    shares = smart_accuracy(held_goals, real_goals["today"], False)
    dated = [item for item in held_goals if item["deadline"]]
    print(f"HELD OUT: real goals with a date, {both} ({len(dated)} goals)")
    smart_accuracy(dated, real_goals["today"], False)
    print(f"HELD OUT: real feedback, {both} ({len(held_sentences)} sentences)")
    shares["feedback"] = feedback_accuracy(held_sentences, False)
    print(f"HELD OUT: selling yourself short, {held_under} ({len(real_under[held_under])} sentences)")
    false_alarms = understatement_accuracy(real_under[held_under], show_errors)
    met = True
    print("targets on the held-out real sentences:")
    for key, target in TARGETS.items():
        ok = shares.get(key, 0.0) >= target
        met &= ok
        print(f"    {key:<14} {shares.get(key, 0.0):6.1%}  target >= {target:.0%}  {'ok' if ok else 'MISSED'}")
    ok = false_alarms <= FALSE_ALARM_TARGET
    met &= ok
    print(
        f"    {'false alarms':<14} {false_alarms:6.1%}  target <= {FALSE_ALARM_TARGET:.0%}  {'ok' if ok else 'MISSED'}"
    )
    return met


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
        if not accuracy(args.errors, parts):
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
