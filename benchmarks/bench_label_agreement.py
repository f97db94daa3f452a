"""How far careful readers agree on the labels of the real sentences, and how the checks score where they agree.

tests/data/label_agreement.yaml holds, per round, a second and a third labelling of the goals and
feedback sentences of some parts of the real sets (smart_goals_real.yaml, feedback_real.yaml), made
from the written rules only, blind to the first labels and to the checks. This prints:

- per letter (S, M, T, the deadline) and for 'constructief': how often each pair of labellers gives
  the same answer (first = the label in the real set), and how often all three do, per round and for
  all rounds together;
- the checks' share right against the first labels, on all sentences and on the sentences all three
  labellers agree on (where the answer is clear to every careful reader), and against the answer most
  of the three labellers gave.

Agreement between labellers is the ceiling of any accuracy figure: a checker cannot be measured as
more accurate than the labels are consistent.

    python benchmarks/bench_label_agreement.py
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from gesprekscoach.checks.feedback import check_feedback  # noqa: E402
from gesprekscoach.checks.smart import check_goal  # noqa: E402
from gesprekscoach.content.loader import load_check_texts  # noqa: E402

DATA = ROOT / "tests" / "data"
LETTERS = ("specifiek", "meetbaar", "tijdgebonden", "deadline")
TEXTS = load_check_texts()


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return data


def _day(value: Any) -> date | None:
    """A deadline label as a date (YAML gives a date, the agreement file an ISO text or null)."""
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _majority(one: Any, two: Any, three: Any) -> Any:
    """The answer at least two of the three labellers gave (for a deadline: the first, when all three differ)."""
    return two if two == three else one


def _share(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.1%}" if total else "(empty)"


class AgreementTally:
    """Counts, for one letter or check, how often the labellers agree and how often the checks are right."""

    def __init__(self) -> None:
        self.pairs = {"first~second": 0, "first~third": 0, "second~third": 0, "all three": 0}
        self.total = self.right = self.clear = self.right_clear = self.right_most = 0

    def add(self, one: Any, two: Any, three: Any, got: Any) -> None:
        """One sentence: the three labels and what the checks gave."""
        agreed = one == two == three
        self.pairs["first~second"] += one == two
        self.pairs["first~third"] += one == three
        self.pairs["second~third"] += two == three
        self.pairs["all three"] += agreed
        self.total += 1
        self.right += got == one
        self.right_most += got == _majority(one, two, three)
        if agreed:
            self.clear += 1
            self.right_clear += got == one

    def print(self, name: str) -> None:
        """Two lines: the agreement of each pair, then the checks' share right."""
        print(f"  {name:<13}" + "  ".join(f"{k} {v / self.total:.1%}" for k, v in self.pairs.items()))
        print(
            f"  {'':<13}checks right: all {_share(self.right, self.total)};"
            f" where all three agree {_share(self.right_clear, self.clear)};"
            f" against the majority {_share(self.right_most, self.total)}"
        )


def goal_agreement(rows: list[dict[str, Any]], first: dict[str, dict[str, Any]], today: date,
                   pooled: dict[str, AgreementTally]) -> None:  # fmt: skip
    """Print the pairwise agreement per letter and the checks' share right; add the goals to `pooled` too."""
    for letter in LETTERS:
        tally = AgreementTally()
        for row in rows:
            item = first[row["text"]]
            one, two, three = item[letter], row["second"][letter], row["third"][letter]
            if letter == "deadline":
                one, two, three = _day(one), _day(two), _day(three)
            result = check_goal(item["text"], today=item.get("today", today), texts=TEXTS)
            got = result.deadline if letter == "deadline" else result.letters[letter].ok
            tally.add(one, two, three, got)
            pooled[letter].add(one, two, three, got)
        tally.print(letter)


def feedback_agreement(rows: list[dict[str, Any]], first: dict[str, dict[str, Any]], pooled: AgreementTally) -> None:
    """Print the pairwise agreement on 'constructief' and the checks' share right; add the sentences to `pooled`."""
    tally = AgreementTally()
    for row in rows:
        item = first[row["text"]]
        got = check_feedback(item["text"], texts=TEXTS).constructive
        tally.add(item["constructief"], row["second"], row["third"], got)
        pooled.add(item["constructief"], row["second"], row["third"], got)
    tally.print("constructief")


def main() -> int:
    """Print the agreement of every round in the agreement file."""
    rounds = _load("label_agreement.yaml")
    goals, sentences = _load("smart_goals_real.yaml"), _load("feedback_real.yaml")
    pooled = {letter: AgreementTally() for letter in LETTERS}
    pooled_feedback = AgreementTally()
    for name, entry in rounds.items():
        parts = entry["parts"]
        first_goals = {item["text"]: item for part in parts for item in goals[part]}
        first_sentences = {item["text"]: item for part in parts for item in sentences[part]}
        print(f"{name}: parts {', '.join(parts)} ({len(entry['goals'])} goals, {len(entry['feedback'])} sentences)")
        goal_agreement(entry["goals"], first_goals, goals["today"], pooled)
        feedback_agreement(entry["feedback"], first_sentences, pooled_feedback)
    print(f"all rounds together ({pooled[LETTERS[0]].total} goals, {pooled_feedback.total} sentences)")
    for letter in LETTERS:
        pooled[letter].print(letter)
    pooled_feedback.print("constructief")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
