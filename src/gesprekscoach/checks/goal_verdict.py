"""The SMART check of a goal as the builder holds it: the sentence plus the fields per letter.

The goal builder (TUI) and the sheet both check a `Goal`, not a loose sentence. The text
that is read for S, M and T is the goal sentence followed by what the user wrote under
Specifiek, Meetbaar and Tijdgebonden (so a date written only in the T field counts).
A and R come from the answers in their own fields: an empty field means "not answered yet".

Plain Python; never imports Textual.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from gesprekscoach.checks.goal_fields import GoalFields
from gesprekscoach.checks.smart import LETTERS, SmartResult, check_goal
from gesprekscoach.content.check_models import CheckTexts, SmartGuide

READ_FIELDS: Final[tuple[str, ...]] = ("text", "specifiek", "meetbaar", "tijdgebonden")
"""The fields of a goal whose text is read for S, M and T, in reading order."""

SHEET_MARKS: Final[dict[bool | None, str]] = {True: "✓", False: "–", None: "–"}
"""Marks on paper: a tick when the letter is fine, a dash when it is still open."""

_SENTENCE_END: Final = (".", "!", "?", ":", ";")


def goal_text_to_check(goal: GoalFields) -> str:
    """The goal sentence and the S, M and T fields as one text, each part ending a sentence."""
    parts: list[str] = []
    for field in READ_FIELDS:
        part = " ".join(str(getattr(goal, field, "") or "").split())
        if not part:
            continue
        if not part.endswith(_SENTENCE_END):
            part += "."
        parts.append(part)
    return " ".join(parts)


def check_goal_fields(
    goal: GoalFields,
    *,
    today: date,
    texts: CheckTexts,
    guide: SmartGuide | None = None,
    next_meeting: date | None = None,
) -> SmartResult:
    """Check a goal of the builder the SMART way (see the module docstring for what is read).

    While the goal has no text yet, an empty A or R field counts as "not asked yet" (None),
    so a new, empty goal shows no letter as missing.
    """
    text = goal_text_to_check(goal)

    def answer(value: str) -> str | None:
        return value if value.strip() or text else None

    return check_goal(
        text,
        today=today,
        acceptabel=answer(goal.acceptabel),
        realistisch=answer(goal.realistisch),
        next_meeting=next_meeting,
        texts=texts,
        guide=guide,
    )


def first_open_letter(result: SmartResult) -> str | None:
    """The first letter (a key of `LETTERS`) that is not fine yet, or None when all are fine."""
    for name in LETTERS:
        if result.letters[name].ok is not True:
            return name
    return None


def verdict_line(result: SmartResult, marks: dict[bool | None, str] | None = None) -> str:
    """The five letters with a mark each: 'S ✓ M ✓ A ✓ R – T ✓'."""
    chosen = marks or SHEET_MARKS
    return " ".join(f"{name[0].upper()} {chosen[result.letters[name].ok]}" for name in LETTERS)
