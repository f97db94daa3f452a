"""Edits of the lists: feedback points, agenda points, your own questions, and the suggestions you chose.

List items have no id: a command names one by its place (from 0). An item keeps its
'alleen voor mij' mark (and any field a newer version wrote) when it is edited or moved.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import AskStep
from gesprekscoach.session.commands import (
    NO_CHANGE,
    AddListItem,
    Area,
    Change,
    ChooseSuggestion,
    EditListItem,
    ListArea,
    ListCommand,
    RemoveListItem,
    SetChosenSuggestions,
    changed,
)
from gesprekscoach.session.edit_context import EditContext
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.questions_to_ask import (
    chosen_suggestion_ids,
    own_questions,
    suggestions_of,
    with_chosen,
    with_own,
)
from gesprekscoach.store.models import AgendaItem, AskedQuestion, FeedbackItem

ListItem = FeedbackItem | AgendaItem | AskedQuestion


def apply_list_edit(context: EditContext, command: ListCommand) -> Change:
    """Apply a command about a list or the chosen suggestions."""
    if isinstance(command, ChooseSuggestion | SetChosenSuggestions):
        return _choose(context, command)
    items = _items(context, command.area)
    if isinstance(command, AddListItem):
        if not command.text.strip():
            return NO_CHANGE
        items.append(_new_item(command.area, command.text))
        keys: tuple[int, ...] = (len(items) - 1,)
    elif isinstance(command, EditListItem):
        item = items[_place(items, command.index)]
        if item.text == command.text:
            return NO_CHANGE
        item.text = command.text
        keys = (command.index,)
    elif isinstance(command, RemoveListItem):
        del items[_place(items, command.index)]
        keys = (command.index,)
    else:
        if _place(items, command.index) == _place(items, command.to):
            return NO_CHANGE
        items.insert(command.to, items.pop(command.index))
        keys = (command.index, command.to)
    _store(context, command.area, items)
    return changed(command.area, *keys)


def _items(context: EditContext, area: ListArea) -> list[ListItem]:
    """A copy of the list (stored back by `_store`)."""
    prep = context.prep
    if area == Area.FEEDBACK:
        return list(prep.feedback)
    if area == Area.AGENDA:
        return list(prep.agenda)
    return list(own_questions(prep.questions_to_ask))


def _store(context: EditContext, area: ListArea, items: list[ListItem]) -> None:
    prep = context.prep
    if area == Area.FEEDBACK:
        prep.feedback[:] = [item for item in items if isinstance(item, FeedbackItem)]
    elif area == Area.AGENDA:
        prep.agenda[:] = [item for item in items if isinstance(item, AgendaItem)]
    else:
        own = [item for item in items if isinstance(item, AskedQuestion)]
        prep.questions_to_ask[:] = with_own(prep.questions_to_ask, own)


def _new_item(area: ListArea, text: str) -> ListItem:
    if area == Area.FEEDBACK:
        return FeedbackItem(text=text)
    if area == Area.AGENDA:
        return AgendaItem(text=text)
    return AskedQuestion(text=text)


def _place(items: list[ListItem], index: int) -> int:
    """`index` when the list has an item there; else CommandError (Dutch)."""
    if not 0 <= index < len(items):
        raise CommandError(f"Er is geen punt {index + 1}.")
    return index


def _choose(context: EditContext, command: ChooseSuggestion | SetChosenSuggestions) -> Change:
    conversation = context.require_conversation()
    try:
        step = conversation.step(command.step_id)
    except KeyError:
        step = None
    if not isinstance(step, AskStep):
        raise CommandError(f"Het gesprek heeft geen stap '{command.step_id}' met vragen om te kiezen.")
    suggestions = suggestions_of(step, conversation)
    offered = {question.id for question in suggestions}
    prep = context.prep
    chosen = chosen_suggestion_ids(prep.questions_to_ask) & offered
    if isinstance(command, ChooseSuggestion):
        wanted = {command.question_id}
        if command.chosen:
            chosen |= wanted
        else:
            chosen -= wanted
    else:
        wanted = set(command.question_ids)
        chosen = wanted
    unknown = sorted(wanted - offered)
    if unknown:
        raise CommandError(f"De vraag '{unknown[0]}' staat niet bij deze stap.")
    new = with_chosen(prep.questions_to_ask, suggestions, chosen)
    if new == prep.questions_to_ask:
        return NO_CHANGE
    before = chosen_suggestion_ids(prep.questions_to_ask)
    prep.questions_to_ask[:] = new
    after = chosen_suggestion_ids(new)
    return changed(Area.SUGGESTIONS, *sorted(before ^ after))
