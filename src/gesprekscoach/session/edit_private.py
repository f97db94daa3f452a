"""'Alleen voor mij': marking any item of a preparation private (left off the printed sheet), or shared.

A tip's mark belongs to its note, an answer's to the answer and its example; a tip or an
answer that is not stored yet is stored with the mark (so the mark is not lost).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from typing import Protocol

from gesprekscoach.session.carry_over import find_carried
from gesprekscoach.session.commands import NO_CHANGE, PRIVATE_AREAS, Area, Change, MarkPrivate, changed
from gesprekscoach.session.edit_context import EditContext
from gesprekscoach.session.edit_goals import find_goal
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.questions_to_ask import own_questions
from gesprekscoach.store.models import Answer, ChecklistState, Preparation


class _Markable(Protocol):
    private: bool


def apply_private_mark(context: EditContext, command: MarkPrivate) -> Change:
    """Mark an item 'alleen voor mij', or shared again."""
    if command.area not in PRIVATE_AREAS:
        raise CommandError("Dit kun je niet als 'alleen voor mij' markeren.")
    prep = context.prep
    key = command.key
    if command.area in (Area.CHECKLIST, Area.ANSWERS):
        return _mark_stored_by_id(prep, command)
    item = _find(prep, command.area, key)
    if item.private == command.private:
        return NO_CHANGE
    item.private = command.private
    return changed(command.area, key)


def _mark_stored_by_id(prep: Preparation, command: MarkPrivate) -> Change:
    """A tip's note or an answer: stored (with the mark) when it was not there yet."""
    key = _text_key(command.key)
    item: ChecklistState | Answer | None
    if command.area == Area.CHECKLIST:
        item = prep.checklist.get(key)
        if item is None and command.private:
            prep.checklist[key] = ChecklistState(private=True)
            return changed(command.area, key)
    else:
        item = prep.answers.get(key)
        if item is None and command.private:
            prep.answers[key] = Answer(private=True)
            return changed(command.area, key)
    if item is None or item.private == command.private:
        return NO_CHANGE
    item.private = command.private
    return changed(command.area, key)


def _find(prep: Preparation, area: Area, key: str | int) -> _Markable:
    if area == Area.GOALS:
        return find_goal(prep, _text_key(key))
    if area == Area.CARRY_OVER:
        return find_carried(prep, _text_key(key))
    if area == Area.AGREEMENTS:
        agreements = prep.after.agreements if prep.after is not None else []
        found = next((a for a in agreements if a.id == key), None)
        if found is None:
            raise CommandError("Deze afspraak is er niet meer.")
        return found
    if area == Area.SUGGESTIONS:
        chosen = next((q for q in prep.questions_to_ask if q.suggestion_id and q.suggestion_id == key), None)
        if chosen is None:
            raise CommandError("Kies deze vraag eerst. Dan kun je haar als 'alleen voor mij' markeren.")
        return chosen
    items: list[_Markable]
    if area == Area.FEEDBACK:
        items = list(prep.feedback)
    elif area == Area.AGENDA:
        items = list(prep.agenda)
    else:
        items = list(own_questions(prep.questions_to_ask))
    if not isinstance(key, int) or not 0 <= key < len(items):
        raise CommandError(f"Er is geen punt {key + 1 if isinstance(key, int) else key}.")
    return items[key]


def _text_key(key: str | int) -> str:
    if not isinstance(key, str):
        raise CommandError("Dit punt heeft een naam nodig, geen nummer.")
    return key
