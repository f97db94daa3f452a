"""What a model learned from the team's own labelled sentences reaches, next to the checks' rules.

The checks are rules: word lists, patterns and simplemma's lemmas. Would a model learned from the
labelled sentences do better on sentences it has not seen? This benchmark answers that with a naive
Bayes over lemmas and pairs of lemmas (simplemma), the simplest learned model that fits in plain
Python, in two ways:

- **Round by round, in time order.** For each held-out round k (`heldout3` … the newest), the model is
  counted on what existed before that round (the parts `tune`, `heldout1` … `heldout<k-1>` and the
  team-written sets) and scored on `heldout<k>`, once per letter (Specifiek, Meetbaar) and for
  'constructief'. Numbers and time words are left out of the goal features: they say when, not what,
  and would teach the model that any goal with a date is specific.
- **As a second opinion on the newest parts.** The rules decide, unless the model is sure
  (|log-odds| above 1 for Specifiek, above 6 for Meetbaar: chosen on `heldout9`, before `heldout10`
  existed). Printed for `heldout9` (where the thresholds were chosen) and `heldout10` (never used for
  any choice), next to the rules alone, and the number of the team's own goals (smart_goals.yaml,
  written as the intended behaviour) the second opinion would turn wrong.

    python benchmarks/bench_learned_baseline.py

It changes nothing in the coach: the coach uses the rules only (docs/checks-accuracy.md says why).
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from gesprekscoach.checks.smart import check_goal  # noqa: E402
from gesprekscoach.checks.smart_lemmas import lemma  # noqa: E402
from gesprekscoach.content.loader import load_check_texts  # noqa: E402

DATA = ROOT / "tests" / "data"
TEXTS = load_check_texts()
WORD = re.compile(r"[a-zà-ÿ0-9]+")
TIME_WORDS = frozenset(
    """
    januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag
    woensdag donderdag vrijdag zaterdag zondag dag dagen week weken maand maanden kwartaal jaar jaren eind einde
    begin binnen uiterlijk voor vanaf na over komend komende volgend volgende dit deze q1 q2 q3 q4 half
    halverwege zomer najaar voorjaar winter herfst lente
    """.split()
)
THRESHOLDS = {"specifiek": 1.0, "meetbaar": 6.0}
MIN_COUNT = 2
"""A feature must stand in at least this many training sentences."""


def features(text: str, mask_time: bool) -> set[str]:
    """Lemmas and pairs of neighbouring lemmas; with `mask_time`, numbers and time words are left out."""
    tokens = []
    for word in WORD.findall(text.lower()):
        token = "<getal>" if any(c.isdigit() for c in word) else lemma(word)
        if mask_time and (token == "<getal>" or word in TIME_WORDS or token in TIME_WORDS):
            token = "<tijd>"
        tokens.append(token)
    found = {t for t in tokens if t != "<tijd>"}
    found.update(f"{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False) if "<tijd>" not in (a, b))
    return found


class NaiveBayes:
    """Counts of features in sentences labelled true and false; `margin` is the log-odds of true."""

    def __init__(self, items: list[dict[str, Any]], key: str, mask_time: bool) -> None:
        self.mask_time = mask_time
        self.with_label: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
        self.labelled: Counter[bool] = Counter()
        for item in items:
            label = bool(item[key])
            self.labelled[label] += 1
            self.with_label[label].update(features(item["text"], mask_time))
        total = self.with_label[True] + self.with_label[False]
        self.known = {f for f, n in total.items() if n >= MIN_COUNT}

    def margin(self, text: str) -> float:
        """The log-odds that the label is true, from the known features of `text` (Laplace-smoothed)."""
        n = self.labelled
        score = math.log((n[True] + 1) / (n[False] + 1))
        for feature in features(text, self.mask_time) & self.known:
            for label, sign in ((True, 1.0), (False, -1.0)):
                p = (self.with_label[label][feature] + 1) / (n[label] + 2)
                score += sign * (math.log(p) - math.log(1 - p))
        return score


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return data


def _round(part: str) -> int | None:
    return int(part[7:]) if part.startswith("heldout") and part[7:].isdigit() else None


def _before(real: dict[str, Any], team: dict[str, Any], k: int) -> list[dict[str, Any]]:
    """The labelled sentences that existed before round k: the team's sets and the real parts before it."""
    items = [item for part, value in team.items() if isinstance(value, list) for item in value]
    for part, value in real.items():
        number = _round(part)
        if isinstance(value, list) and (number is None or number < k):
            items.extend(value)
    return items


def _share(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.1%}"


def round_by_round(real: dict[str, Any], team: dict[str, Any], key: str, mask_time: bool) -> None:
    """Print the model's share right on each held-out round, counted on what came before it."""
    rounds = sorted(n for part in real if (n := _round(part)) is not None and n >= 3)
    cells = []
    for k in rounds:
        model = NaiveBayes(_before(real, team, k), key, mask_time)
        test = real[f"heldout{k}"]
        right = sum((model.margin(item["text"]) > 0) == item[key] for item in test)
        cells.append(f"heldout{k} {right / len(test):.0%}")
    print(f"  {key:<13}" + "  ".join(cells))


def second_opinion(real: dict[str, Any], team: dict[str, Any], letter: str, k: int) -> None:
    """Print the rules, and the rules with the model as second opinion, on `heldout<k>`."""
    if f"heldout{k}" not in real:
        return
    model = NaiveBayes(_before(real, team, k), letter, mask_time=True)
    rules = hybrid = 0
    test = real[f"heldout{k}"]
    for item in test:
        ruled = _rules(item["text"], letter, real["today"])
        rules += ruled == item[letter]
        hybrid += _with_opinion(model, item["text"], letter, ruled) == item[letter]
    print(
        f"  {letter:<13}heldout{k}: rules {_share(rules, len(test))}; with the second opinion {_share(hybrid, len(test))}"
    )


def _rules(text: str, letter: str, today: Any) -> bool:
    return bool(check_goal(text, today=today, texts=TEXTS).letters[letter].ok)


def _with_opinion(model: NaiveBayes, text: str, letter: str, ruled: bool) -> bool:
    if sum(1 for w in WORD.findall(text.lower()) if w.isalpha()) < 3:
        return ruled
    margin = model.margin(text)
    return margin > 0 if abs(margin) > THRESHOLDS[letter] else ruled


def team_damage(real: dict[str, Any], team: dict[str, Any], letter: str) -> None:
    """How many of the team's own goals the second opinion (counted on all real parts) would turn wrong."""
    newest = max(n for part in real if (n := _round(part)) is not None)
    model = NaiveBayes(_before(real, team, newest + 1), letter, mask_time=True)
    items = [item for value in team.values() if isinstance(value, list) for item in value]
    broken = fixed = 0
    for item in items:
        ruled = _rules(item["text"], letter, team["today"])
        opinion = _with_opinion(model, item["text"], letter, ruled)
        broken += ruled == item[letter] != opinion
        fixed += ruled != item[letter] == opinion
    print(f"  {letter:<13}team-written goals ({len(items)}): {broken} turned wrong, {fixed} turned right")


def main() -> int:
    """Print both ways of measuring; see the module docstring."""
    goals, team_goals = _load("smart_goals_real.yaml"), _load("smart_goals.yaml")
    sentences, team_sentences = _load("feedback_real.yaml"), _load("feedback_sentences.yaml")
    print("A naive Bayes over lemmas, counted on the rounds before each held-out round (time order):")
    for letter in ("specifiek", "meetbaar"):
        round_by_round(goals, team_goals, letter, mask_time=True)
    round_by_round(sentences, team_sentences, "constructief", mask_time=False)
    print("The rules with the model as second opinion (thresholds chosen on heldout9):")
    for letter in ("specifiek", "meetbaar"):
        for k in (9, 10):
            second_opinion(goals, team_goals, letter, k)
        team_damage(goals, team_goals, letter)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
