"""What the sheet reads of the content, and the same read from the cache without pydantic.

The sheet (`sheet/build.py`) needs little of the content: the conversation's name, steps and
questions, the pitfalls, the sheet's words (`SheetLabels`) and the check texts for the goals.
`SheetContent` says what it reads; the loaded `Content` model is one. `ContentView` is
another: the same parts built from the cached plain data of checked content
(`content_files.checked_content_data`), so `gesprekscoach exporteer` can build a sheet
without importing pydantic or the content models.

The cache was written by the loader after the whole folder passed validation, and its key
covers the exact bytes of every file, so the data is checked content. It is still checked for
its shape here: every field the sheet reads must be there with the right type, and the
labels and check texts are checked again by `check_models.from_plain`. Data of another shape
raises `PlainDataError`: the caller then loads the folder the strict way.

The rules that find a conversation, a question or the pitfalls of a step live here once
(`by_id`, `pitfalls_named`); the `Content` model uses them too.

Plain Python: this module never imports Textual or pydantic.
"""

# No `from __future__ import annotations` here: `typing.NamedTuple` would compile the text of
# every field's annotation at import (tens of microseconds each, on every command); the few
# names a signature uses before they exist are quoted instead.
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Protocol, TypeVar, cast, get_args

from gesprekscoach.content.check_models import CheckTexts, PlainDataError, SmartGuide, from_plain
from gesprekscoach.content.sheet_labels import SheetLabels

if TYPE_CHECKING:
    from gesprekscoach.content.models import Content

# --------------------------------------------------------------------------- what the sheet reads


class IdentifiedText(Protocol):
    """A question or a tip of a conversation: its id and its text."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...


class SheetPitfall(Protocol):
    """A pitfall as the sheet shows it: its title and how to avoid it."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def avoid(self) -> Sequence[str]: ...


class SheetQuestionsStep(Protocol):
    """A step with reflection questions: the ids of its questions."""

    @property
    def kind(self) -> Literal["questions"]: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def questions(self) -> Sequence[str]: ...


class SheetChecklistStep(Protocol):
    """A step with tips to tick: the tips."""

    @property
    def kind(self) -> Literal["checklist"]: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def items(self) -> Sequence[IdentifiedText]: ...


class PitfallIds(Protocol):
    """What decides which pitfalls a pitfalls step shows: the ids it names (none: all)."""

    @property
    def pitfalls(self) -> Sequence[str]: ...


class SheetPitfallsStep(PitfallIds, Protocol):
    """A step with pitfalls."""

    @property
    def kind(self) -> Literal["pitfalls"]: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...


OtherKind = Literal["intro", "info", "ask", "goals", "feedback", "agenda", "summary"]
"""The kinds of step of which the sheet reads only the kind, id and title."""


class SheetOtherStep(Protocol):
    """Any other step: the sheet reads its kind, id and title."""

    @property
    def kind(self) -> OtherKind: ...
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...


SheetStep = SheetQuestionsStep | SheetChecklistStep | SheetPitfallsStep | SheetOtherStep
"""A step of a conversation as the sheet reads it; `kind` tells which."""


class SheetConversation(Protocol):
    """A conversation type as the sheet reads it."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def questions(self) -> Sequence[IdentifiedText]: ...
    @property
    def steps(self) -> Sequence[SheetStep]: ...
    def question(self, question_id: str) -> IdentifiedText:
        """The question with this id (KeyError when there is none)."""
        ...


class SheetContent(Protocol):
    """The content as the sheet reads it: the loaded `Content`, or a `ContentView` from the cache."""

    @property
    def sheet_labels(self) -> SheetLabels: ...
    @property
    def checks(self) -> CheckTexts: ...
    @property
    def smart(self) -> SmartGuide: ...
    def conversation(self, conversation_id: str) -> SheetConversation:
        """The conversation type with this id (KeyError when there is none)."""
        ...

    def pitfalls_for(self, step: PitfallIds) -> Sequence[SheetPitfall]:
        """The pitfalls a pitfalls step shows: the ones it names, or all."""
        ...


# --------------------------------------------------------------------------- the rules, once


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


IdentifiedT = TypeVar("IdentifiedT", bound=_Identified)


def by_id(items: Sequence[IdentifiedT], wanted: str) -> IdentifiedT:
    """The item with this id (KeyError when there is none)."""
    for item in items:
        if item.id == wanted:
            return item
    raise KeyError(wanted)


PitfallT = TypeVar("PitfallT", bound=_Identified)


def pitfalls_named(step: PitfallIds, pitfalls: Sequence[PitfallT]) -> list[PitfallT]:
    """The pitfalls a pitfalls step shows: the ones it names (KeyError for an unknown one), or all."""
    if not step.pitfalls:
        return list(pitfalls)
    return [by_id(pitfalls, pid) for pid in step.pitfalls]


# --------------------------------------------------------------------------- the same, from the cache


class QuestionView(NamedTuple):
    """A question or a tip: its id and text."""

    id: str
    text: str


class PitfallView(NamedTuple):
    """A pitfall: its id, title and how to avoid it."""

    id: str
    title: str
    avoid: tuple[str, ...]


class QuestionsStepView(NamedTuple):
    """A questions step."""

    kind: Literal["questions"]
    id: str
    title: str
    questions: tuple[str, ...]


class ChecklistStepView(NamedTuple):
    """A checklist step."""

    kind: Literal["checklist"]
    id: str
    title: str
    items: tuple[QuestionView, ...]


class PitfallsStepView(NamedTuple):
    """A pitfalls step."""

    kind: Literal["pitfalls"]
    id: str
    title: str
    pitfalls: tuple[str, ...]


class OtherStepView(NamedTuple):
    """Any other step."""

    kind: OtherKind
    id: str
    title: str


StepView = QuestionsStepView | ChecklistStepView | PitfallsStepView | OtherStepView


class ConversationView(NamedTuple):
    """A conversation type as the sheet reads it."""

    id: str
    name: str
    questions: tuple[QuestionView, ...]
    steps: tuple[StepView, ...]

    def question(self, question_id: str) -> QuestionView:
        """The question with this id (KeyError when there is none)."""
        return by_id(self.questions, question_id)


class ContentView(NamedTuple):
    """The content as the sheet reads it, from the cached data of checked content."""

    conversations: tuple[ConversationView, ...]
    pitfalls: tuple[PitfallView, ...]
    sheet_labels: SheetLabels
    checks: CheckTexts
    smart: SmartGuide
    key: str = ""
    """The key of the cache it was read from: it stands for the exact bytes of every content file."""

    def conversation(self, conversation_id: str) -> ConversationView:
        """The conversation type with this id (KeyError when there is none)."""
        return by_id(self.conversations, conversation_id)

    def pitfalls_for(self, step: PitfallIds) -> list[PitfallView]:
        """The pitfalls a pitfalls step shows: the ones it names, or all."""
        return pitfalls_named(step, self.pitfalls)

    @classmethod
    def from_plain(cls, data: object, key: str = "", *, only: str | None = None) -> "ContentView":
        """The view of the cached plain data of checked content; `PlainDataError` when it has another shape.

        With `only`, the view holds that one conversation type (or none, when there is no such one):
        a sheet reads only the conversation of its preparation, and the others need not be read.
        """
        content = _mapping(data, "inhoud")
        pitfall_list = _mapping(content.get("pitfalls"), "pitfalls")
        conversations = _list(content.get("conversations"), "conversations")
        if only is not None:
            conversations = [item for item in conversations if isinstance(item, dict) and item.get("id") == only]
        return cls(
            conversations=tuple(_conversation(item) for item in conversations),
            pitfalls=tuple(_pitfall(item) for item in _list(pitfall_list.get("pitfalls"), "pitfalls")),
            sheet_labels=from_plain(SheetLabels, content.get("sheet_labels")),
            checks=from_plain(CheckTexts, content.get("checks")),
            smart=from_plain(SmartGuide, content.get("smart")),
            key=key,
        )


def _mapping(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PlainDataError(f"{where}: geen mapping")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise PlainDataError(f"{where}: geen lijst")
    return value


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise PlainDataError(f"{key}: geen tekst")
    return value


def _texts(data: dict[str, Any], key: str) -> tuple[str, ...]:
    values = _list(data.get(key), key)
    if not all(isinstance(value, str) for value in values):
        raise PlainDataError(f"{key}: geen lijst met teksten")
    return tuple(values)


def _question(value: object) -> QuestionView:
    data = _mapping(value, "vraag")
    return QuestionView(_text(data, "id"), _text(data, "text"))


def _pitfall(value: object) -> PitfallView:
    data = _mapping(value, "valkuil")
    return PitfallView(_text(data, "id"), _text(data, "title"), _texts(data, "avoid"))


_OTHER_KINDS: frozenset[str] = frozenset(get_args(OtherKind))


def _step(value: object) -> StepView:
    data = _mapping(value, "stap")
    kind, step_id, title = _text(data, "kind"), _text(data, "id"), _text(data, "title")
    if kind == "questions":
        return QuestionsStepView("questions", step_id, title, _texts(data, "questions"))
    if kind == "checklist":
        items = tuple(_question(item) for item in _list(data.get("items"), "items"))
        return ChecklistStepView("checklist", step_id, title, items)
    if kind == "pitfalls":
        return PitfallsStepView("pitfalls", step_id, title, _texts(data, "pitfalls"))
    if kind in _OTHER_KINDS:
        return OtherStepView(cast("OtherKind", kind), step_id, title)
    raise PlainDataError(f"stap {step_id}: onbekende soort {kind!r}")


def _conversation(value: object) -> ConversationView:
    data = _mapping(value, "gesprek")
    return ConversationView(
        id=_text(data, "id"),
        name=_text(data, "name"),
        questions=tuple(_question(item) for item in _list(data.get("questions"), "questions")),
        steps=tuple(_step(item) for item in _list(data.get("steps"), "steps")),
    )


def cached_sheet_content(root: Path, only: str | None = None) -> ContentView | None:
    """What the sheet reads of the checked content of `root` (of conversation `only`, when given), from the
    cache; None when it is not there or has another shape."""
    from gesprekscoach.content.content_files import checked_content_entry

    entry = checked_content_entry(root)
    if entry is None:
        return None
    try:
        return ContentView.from_plain(entry[1], key=entry[0], only=only)
    except PlainDataError:
        return None


def load_sheet_content(directory: Path | None = None, *, conversation: str | None = None) -> SheetContent:
    """What the sheet reads of a content folder (for a sheet of `conversation`, when given); `ContentError` on problems.

    The same content as `load_content(directory)` gives, checked as strictly: from the cache
    when the whole folder is unchanged since it was last checked, else checked and cached by
    the loader, and then read from that cache (the loaded `Content` when there is no cache).
    With `conversation`, a view from the cache holds only that conversation type: the one a
    sheet of it reads.
    """
    from gesprekscoach.paths import default_content_dir

    root = Path(directory) if directory is not None else default_content_dir()
    view = cached_sheet_content(root, conversation)
    if view is not None:
        return view
    from gesprekscoach.content.loader import load_content

    loaded: Content = load_content(root)
    view = cached_sheet_content(root, conversation)  # the loader has just cached it: the same content
    return view if view is not None else loaded
