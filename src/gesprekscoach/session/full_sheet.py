"""The full version of the sheet: with what is marked 'alleen voor mij', saved next to the normal one.

The rules, in one place: the full version is offered only when the preparation has something
marked 'alleen voor mij' (else it is the same as the sheet); its file is proposed next to the
sheet with '-volledig' in its name ('blad.md' → 'blad-volledig.md'), so the normal sheet is
never replaced by it; and where it was saved is never remembered (`RecordSheetSaved(full=True)`).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from pathlib import Path

from gesprekscoach.store.models import Preparation


def full_version_path(path: Path) -> Path:
    """Where the full version goes by default: 'blad.md' → 'blad-volledig.md'."""
    return path.with_name(f"{path.stem}-volledig{path.suffix}")


def has_private_items(prep: Preparation) -> bool:
    """True when something in the preparation is marked 'alleen voor mij'."""
    marked = [
        *(state.private for state in prep.checklist.values()),
        *(answer.private for answer in prep.answers.values()),
        *(question.private for question in prep.questions_to_ask),
        *(goal.private for goal in prep.goals),
        *(item.private for item in prep.feedback),
        *(item.private for item in prep.agenda),
        *(item.private for item in prep.carry_over),
        *(agreement.private for agreement in (prep.after.agreements if prep.after is not None else [])),
    ]
    return any(marked)
