"""Whether the full sheet has a page 'Alleen voor mij', decided without building the sheet.

The save dialog only needs to know whether to offer the full version; building the whole sheet
for that (every goal's SMART check, every section) costs as much as the sheet itself. The page
has something when the conversation has pitfalls to show, when a tip has a note, or when an item
marked 'alleen voor mij' shows anything (an answer, a goal, a point of the agenda, a question to
ask, a point of feedback, a carried-over item, an agreement). These are the same conditions by
which `sheet.build` fills the page (`_private_page`); `tests/test_sheet_private_page.py` checks
that the two agree.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import ChecklistStep, Content, ConversationType, PitfallsStep
from gesprekscoach.content.sheet_labels import SMART_FIELDS
from gesprekscoach.sheet.plain_text import Text, has_text
from gesprekscoach.store.models import Preparation


def _conversation(prep: Preparation, content: Content) -> ConversationType | None:
    try:
        return content.conversation(prep.conversation)
    except KeyError:
        return None


def _has_tip_note(prep: Preparation, conv: ConversationType) -> bool:
    """A tip of the conversation with a note (the full page shows every note, private or not)."""
    return any(
        (state := prep.checklist.get(tip.id)) is not None and bool(Text.of(state.note))
        for step in conv.steps
        if isinstance(step, ChecklistStep)
        for tip in step.items
    )


def _has_pitfalls(conv: ConversationType, content: Content) -> bool:
    """A pitfalls step whose pitfalls the content has."""
    for step in conv.steps:
        if isinstance(step, PitfallsStep):
            try:
                if content.pitfalls_for(step):
                    return True
            except KeyError:
                continue
    return False


def has_private_items_to_show(prep: Preparation) -> bool:
    """True when an item marked 'alleen voor mij' shows anything on the private page."""
    if any(item.private and bool(Text.of(item.text)) for item in prep.agenda):
        return True
    if any(item.private and has_text(item.text) for item in prep.carry_over):
        return True
    if any(answer.private and (Text.of(answer.text) or Text.of(answer.example)) for answer in prep.answers.values()):
        return True
    for goal in prep.goals:
        if goal.private:
            parts = (goal.text, *(getattr(goal, field) for field in SMART_FIELDS), *goal.steps)
            if any(has_text(part) for part in parts):
                return True
    if any(question.private and bool(Text.of(question.text)) for question in prep.questions_to_ask):
        return True
    if any(item.private and bool(Text.of(item.text)) for item in prep.feedback):
        return True
    agreements = prep.after.agreements if prep.after is not None else []
    return any(agreement.private and has_text(agreement.what) for agreement in agreements)


def has_private_page(prep: Preparation, content: Content) -> bool:
    """True when the full sheet (`build_sheet(full=True)`) has a page 'Alleen voor mij' with anything on it."""
    conv = _conversation(prep, content)
    if conv is not None and (_has_pitfalls(conv, content) or _has_tip_note(prep, conv)):
        return True
    return has_private_items_to_show(prep)
