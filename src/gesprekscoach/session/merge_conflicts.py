"""Two windows wrote something different in the same place: describe it for a person, and settle it.

When another window saved the same preparation in between, the session merges both versions
(`store/merge.py`). Where both windows changed the same field, the merge keeps this window's
value and lists a `MergeConflict`. This module is the one place that

- says in Dutch where such a conflict is (which step, question, tip or goal) and what both
  windows wrote, shortened (`describe_conflict` -> `ConflictQuestion`);
- settles it (`resolve_conflict`): keep this window's value, take the other window's, or, where
  both are text, keep both (this window's first).

Both front ends ask the same questions (the full screen in a dialog, the plain mode as numbered
choices); settling one is a `ResolveConflict` command, saved like any edit.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from gesprekscoach.content.models import ChecklistStep, Content, ConversationType, QuestionsStep
from gesprekscoach.session.commands import Area, Change, ConflictChoice, changed
from gesprekscoach.session.errors import CommandError
from gesprekscoach.store.merge import MISSING, FieldPath, MergeConflict, PathPart
from gesprekscoach.store.models import Preparation

CHOICE_LABELS: dict[ConflictChoice, str] = {
    ConflictChoice.MINE: "Mijn tekst houden",
    ConflictChoice.THEIRS: "Tekst uit het andere venster",
    ConflictChoice.BOTH: "Allebei houden",
}
"""How each choice is offered to the user."""

MINE_LABEL = "Jouw tekst"
THEIRS_LABEL = "Tekst uit het andere venster"

ASK_INTRO = (
    "Deze voorbereiding is ook in een ander venster open. Op {aantal} plek(ken) schreef je hier iets anders "
    "dan daar. Kies per plek wat je wilt houden."
)
"""Said before the questions."""

KEPT_MINE_FOR_REST = "Bij de andere plekken heb ik jouw tekst gehouden."
"""Said when the user stops answering (Escape, or no answer in plain mode)."""

CONFLICT_GONE = "Deze keuze is al gemaakt, of de plek bestaat niet meer."
"""Said when a conflict to settle is not open (any more)."""

SHORT_LENGTH = 160
"""A value longer than this many characters is shortened with '…'."""

EMPTY = "(leeg)"
REMOVED = "(weggehaald)"

_SMART_FIELDS = {
    "text": "de zin van het doel",
    "specifiek": "Specifiek",
    "meetbaar": "Meetbaar",
    "acceptabel": "Acceptabel",
    "realistisch": "Realistisch",
    "tijdgebonden": "Tijdgebonden",
    "steps": "de kleine stappen",
    "private": "'alleen voor mij'",
}

_AFTER_FIELDS = {
    "went_as_prepared": "wat ging zoals je het had voorbereid",
    "went_differently": "wat ging anders",
    "report_received": "of je het verslag kreeg",
    "report_received_on": "de datum van het verslag",
    "disagrees": "of je het oneens bent met het verslag",
    "signed_by": "je naam onder de brief",
}

_ITEM_FIELDS = {
    "what": "wat",
    "owner": "wie",
    "owner_name": "wie",
    "deadline_text": "wanneer",
    "deadline": "wanneer",
    "done": "gedaan",
    "point": "wat het verslag zegt",
    "why": "waarom je het anders ziet",
    "example": "het voorbeeld",
    "note": "je notitie",
    "status": "de stand",
    "result": "het resultaat",
    "private": "'alleen voor mij'",
}

_MULTILINE_FIELDS = frozenset({"text", "example", "note", "went_as_prepared", "went_differently", "why"})
"""Fields written in a text area: 'both' puts the texts under each other, else on one line."""

_AREAS: dict[str, Area] = {
    "answers": Area.ANSWERS,
    "checklist": Area.CHECKLIST,
    "goals": Area.GOALS,
    "feedback": Area.FEEDBACK,
    "agenda": Area.AGENDA,
    "questions_to_ask": Area.OWN_QUESTIONS,
    "pitfalls_read": Area.PITFALLS,
    "carry_over": Area.CARRY_OVER,
    "with_whom": Area.DETAILS,
    "last_step": Area.DETAILS,
    "sheet_path": Area.SHEET,
    "rehearsal": Area.REHEARSAL,
}


@dataclass(frozen=True)
class ConflictQuestion:
    """One conflict, as the user is asked about it."""

    key: str
    """What `ResolveConflict` names it by."""
    where: str
    """Where it is, in Dutch: "Stap 'Terugblik', vraag 'Wat ging goed?'"."""
    mine: str
    """This window's value, shortened ('(leeg)', '(weggehaald)' when there is none)."""
    theirs: str
    """The other window's value, shortened."""
    choices: tuple[ConflictChoice, ...]
    """What can be chosen: mine and theirs always, both only where both are text."""

    def choice_labels(self) -> list[tuple[ConflictChoice, str]]:
        """The choices with their Dutch labels, in order."""
        return [(choice, CHOICE_LABELS[choice]) for choice in self.choices]


def describe_conflict(conflict: MergeConflict, prep: Preparation, content: Content) -> ConflictQuestion:
    """The conflict as a question for the user (where, this window's text, the other window's text)."""
    try:
        conversation: ConversationType | None = content.conversation(prep.conversation)
    except KeyError:
        conversation = None
    choices = [ConflictChoice.MINE, ConflictChoice.THEIRS]
    if _both_text(conflict):
        choices.append(ConflictChoice.BOTH)
    return ConflictQuestion(
        key=conflict.field(),
        where=_where(conflict, prep, conversation),
        mine=shorten(_as_text(conflict.mine)),
        theirs=shorten(_as_text(conflict.theirs)),
        choices=tuple(choices),
    )


def resolve_conflict(
    prep: Preparation, conflict: MergeConflict, choice: ConflictChoice, *, held: ConflictChoice = ConflictChoice.MINE
) -> tuple[Preparation, Change]:
    """The preparation with the conflict settled as chosen (a new object; `prep` is not changed).

    `held` is the side the preparation holds while the question is open: choosing it changes
    nothing (after a merge that is MINE; for a field the user was typing in, see
    `typed_field_conflict`, it is THEIRS). BOTH joins both texts, this window's first; it
    raises CommandError when one of them is not text.
    """
    if choice == held:
        return prep, Change()
    if choice == ConflictChoice.BOTH:
        if not _both_text(conflict):
            raise CommandError("Hier kun je niet allebei houden: kies jouw tekst of die uit het andere venster.")
        separator = "\n\n" if str(conflict.path[-1]) in _MULTILINE_FIELDS else " / "
        value: Any = f"{str(conflict.mine).rstrip()}{separator}{str(conflict.theirs).strip()}"
    else:
        value = conflict.mine if choice == ConflictChoice.MINE else conflict.theirs
    data = prep.model_dump(mode="python")
    try:
        _set(data, conflict.path, value)
        settled = Preparation.model_validate(data)
    except (KeyError, IndexError, TypeError, ValidationError):
        raise CommandError(CONFLICT_GONE) from None
    settled.revision = prep.revision
    if settled.model_dump(mode="python") == prep.model_dump(mode="python"):
        return prep, Change()
    return settled, _change_of(conflict.path)


def typed_field_conflict(prep: Preparation, path: FieldPath, shown: str) -> MergeConflict | None:
    """A conflict for a text field the merge took from the other window while this window still shows `shown`.

    The user is typing in that field: the merge took the other window's text because this
    window had not changed it, but the field on the screen still holds this window's text, and
    what is typed next would replace the other window's text without a word. So it is asked
    about like a conflict: `mine` is what the field shows, `theirs` what the preparation holds
    now. None when the preparation holds `shown` already, or the place holds no text.
    """
    try:
        now = value_at(prep, path)
    except (KeyError, IndexError, TypeError):
        return None
    if not isinstance(now, str) or now == shown:
        return None
    return MergeConflict(path, shown, shown, now)


def value_at(prep: Preparation, path: FieldPath) -> Any:
    """The value at `path` in the preparation (MISSING where a key or item is not there).

    Raises KeyError, IndexError or TypeError when the path goes through something that is no
    mapping or list.
    """
    node: Any = prep.model_dump(mode="python")
    for part in path:
        if isinstance(node, dict):
            if part not in node:
                return MISSING
            node = node[part]
        elif isinstance(node, list):
            try:
                node = node[_index_of(node, part)]
            except (KeyError, IndexError):
                return MISSING
        else:
            raise TypeError(part)
    return node


def shorten(text: str, length: int = SHORT_LENGTH) -> str:
    """The text on one line, cut at about `length` characters with '…'."""
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    cut = flat[:length].rsplit(" ", 1)[0] if " " in flat[:length] else flat[:length]
    return f"{cut}…"


# --------------------------------------------------------------------------- where


def _where(conflict: MergeConflict, prep: Preparation, conversation: ConversationType | None) -> str:
    path = conflict.path
    head = str(path[0]) if path else ""
    rest = path[1:]
    if head == "answers" and rest:
        return _where_answer(str(rest[0]), rest[1:], conversation)
    if head == "checklist" and rest:
        return _where_tip(str(rest[0]), rest[1:], conversation)
    if head == "goals":
        titles = {goal.id: goal.title() for goal in prep.goals}
        return _where_item(conflict, rest, "Doel", titles, _SMART_FIELDS, "Je doelen")
    if head in ("feedback", "agenda", "questions_to_ask"):
        return _where_list(head, conversation)
    if head == "carry_over":
        titles = {item.id: item.text for item in prep.carry_over}
        return _where_item(conflict, rest, "Uit je vorige gesprek", titles, _ITEM_FIELDS, "Uit je vorige gesprek")
    if head == "after":
        return _where_after(conflict, rest, prep)
    if head == "with_whom":
        return "Met wie je het gesprek hebt"
    if head == "pitfalls_read":
        return "Welke valkuilen je hebt gelezen"
    return f"Een ander deel van je voorbereiding ({conflict.field()})"


def _step_title(conversation: ConversationType | None, kind: type[object], test: Any = None) -> str | None:
    if conversation is None:
        return None
    for step in conversation.steps:
        if isinstance(step, kind) and (test is None or test(step)):
            return str(getattr(step, "title", ""))
    return None


def _in_step(title: str | None, text: str) -> str:
    return f"Stap '{title}', {text}" if title else f"{text[:1].upper()}{text[1:]}"


def _where_answer(question_id: str, rest: tuple[PathPart, ...], conversation: ConversationType | None) -> str:
    question_text = question_id
    if conversation is not None:
        try:
            question_text = conversation.question(question_id).text
        except KeyError:
            pass
    title = _step_title(
        conversation,
        QuestionsStep,
        lambda step: question_id in step.questions if isinstance(step, QuestionsStep) else False,
    )
    part = "voorbeeld bij de vraag" if rest and rest[0] == "example" else "vraag"
    return _in_step(title, f"{part} '{shorten(question_text, 80)}'")


def _where_tip(tip_id: str, rest: tuple[PathPart, ...], conversation: ConversationType | None) -> str:
    tip_text, title = tip_id, None
    if conversation is not None:
        for step in conversation.steps:
            if isinstance(step, ChecklistStep):
                for item in step.items:
                    if item.id == tip_id:
                        tip_text, title = item.text, step.title
    part = "je notitie bij de tip" if rest and rest[0] == "note" else "de tip"
    return _in_step(title, f"{part} '{shorten(tip_text, 80)}'")


def _where_list(head: str, conversation: ConversationType | None) -> str:
    names = {
        "feedback": ("feedback", "je punten van feedback"),
        "agenda": ("agenda", "je punten voor het gesprek"),
        "questions_to_ask": ("ask", "je vragen aan je leidinggevende"),
    }
    kind, words = names[head]
    title = None
    if conversation is not None:
        title = next((step.title for step in conversation.steps if step.kind == kind), None)
    return _in_step(title, words)


def _item_title(conflict: MergeConflict, item_id: str, known: str) -> str:
    """The item's title: from the preparation (`known`), else from a whole item in the conflict."""
    if known.strip():
        return shorten(known, 60)
    for side in (conflict.mine, conflict.theirs, conflict.base):
        if isinstance(side, dict):
            for name in ("text", "specifiek", "what", "point"):
                text = side.get(name)
                if isinstance(text, str) and text.strip():
                    return shorten(text, 60)
    return item_id


def _where_item(
    conflict: MergeConflict,
    rest: tuple[PathPart, ...],
    label: str,
    titles: dict[str, str],
    field_names: dict[str, str],
    whole: str,
) -> str:
    """'Doel 'Meer klanten bellen': Meetbaar' (`titles`: item id -> its title in the preparation)."""
    if not rest:
        return whole
    item_id = str(rest[0])
    title = _item_title(conflict, item_id, titles.get(item_id, ""))
    if len(rest) == 1:
        return f"{label} '{title}'"
    return f"{label} '{title}': {field_names.get(str(rest[1]), str(rest[1]))}"


def _where_after(conflict: MergeConflict, rest: tuple[PathPart, ...], prep: Preparation) -> str:
    if not rest:
        return "Na het gesprek"
    name = str(rest[0])
    after = prep.after
    if name == "agreements":
        titles = {item.id: item.what for item in after.agreements} if after is not None else {}
        return "Na het gesprek, " + _where_item(conflict, rest[1:], "afspraak", titles, _ITEM_FIELDS, "je afspraken")
    if name == "disagreements":
        points = {item.id: item.point for item in after.disagreements} if after is not None else {}
        return "Na het gesprek, " + _where_item(
            conflict, rest[1:], "punt uit het verslag", points, _ITEM_FIELDS, "de punten uit het verslag"
        )
    return f"Na het gesprek: {_AFTER_FIELDS.get(name, name)}"


# --------------------------------------------------------------------------- values


def _both_text(conflict: MergeConflict) -> bool:
    mine, theirs = conflict.mine, conflict.theirs
    return isinstance(mine, str) and isinstance(theirs, str) and bool(mine.strip()) and bool(theirs.strip())


def _as_text(value: Any) -> str:
    if value is MISSING or value is None:
        return REMOVED if value is MISSING else EMPTY
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, str):
        return value if value.strip() else EMPTY
    if isinstance(value, dict):
        for name in ("text", "what", "point", "note"):
            text = value.get(name)
            if isinstance(text, str) and text.strip():
                return text
        return EMPTY
    if isinstance(value, list):
        parts = [_as_text(item) for item in value]
        shown = [part for part in parts if part != EMPTY]
        return "; ".join(shown) if shown else EMPTY
    return str(value)


def _set(data: dict[str, Any], path: tuple[PathPart, ...], value: Any) -> None:
    """Put `value` at `path` in the dumped preparation (MISSING: take the key or item away)."""
    node: Any = data
    for part in path[:-1]:
        node = _step_into(node, part)
    last = path[-1]
    if isinstance(node, list):
        index = _index_of(node, last)
        if value is MISSING:
            del node[index]
        else:
            node[index] = value
        return
    if not isinstance(node, dict):
        raise TypeError(last)
    if value is MISSING:
        node.pop(last, None)
    else:
        node[last] = value


def _step_into(node: Any, part: PathPart) -> Any:
    if isinstance(node, dict):
        child = node.get(part)
        if child is None:
            child = {}
            node[part] = child
        return child
    if isinstance(node, list):
        return node[_index_of(node, part)]
    raise TypeError(part)


def _index_of(items: list[Any], part: PathPart) -> int:
    """The place of an item: by its id (a text part), or a place in the list (a number)."""
    if isinstance(part, int):
        if not 0 <= part < len(items):
            raise IndexError(part)
        return part
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") == part:
            return index
    raise KeyError(part)


def _change_of(path: tuple[PathPart, ...]) -> Change:
    head = str(path[0]) if path else ""
    key = path[1] if len(path) > 1 else None
    if head == "after":
        sub = str(path[1]) if len(path) > 1 else ""
        area = {"agreements": Area.AGREEMENTS, "disagreements": Area.DISAGREEMENTS}.get(sub, Area.AFTER)
        key = path[2] if len(path) > 2 and area != Area.AFTER else None
        return changed(area, key) if key is not None else changed(area)
    area = _AREAS.get(head, Area.DETAILS)
    return changed(area, key) if key is not None else changed(area)
