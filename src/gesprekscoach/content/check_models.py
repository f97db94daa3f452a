"""The texts of the checks (checks.yaml) and the parts of smart.yaml and feedback.yaml they use: without pydantic.

`gesprekscoach smart` and `feedback` run the checks with these texts; on every run but the
first, they come from the cache of checked content (`content_files.checked_content_data`),
and importing pydantic and building its models would cost more than the check itself. So
the models here are read-only classes with typed fields (`content_model`), in a module that
imports neither pydantic nor `dataclasses`:
- the loader validates them with pydantic, as fields of `Content` (`models.py`), as strictly as
  any other content model: when pydantic asks for a model's schema, the model is made a
  standard-library dataclass (no code generated) and pydantic reads the fields and their
  types, `__pydantic_config__` forbids unknown keys, the `Annotated` markers (`NonEmptyText`
  in `Text`, `Items`, `Pattern`) give the constraints and `Check` the rule of one field (their
  `__get_pydantic_core_schema__` imports pydantic_core only when pydantic asks), and
  `__post_init__` holds the checks of a whole group (pydantic calls it after the fields);
- `from_plain(cls, data)` builds them from the plain data of the cache, checking every type,
  every constraint, every `Check` and every `__post_init__` check again, with the same code;
  data of another shape raises `PlainDataError`, and the caller then has the loader check the
  folder.

The models of `sheet/labels.yaml` (`sheet_labels.py`) are made the same way, with this machinery.

Plain Python: this module never imports Textual or pydantic.
"""

import re
import typing
from collections.abc import Callable, Mapping
from types import NoneType, UnionType
from typing import Annotated, Any, ClassVar, Literal, NamedTuple, Self, TypeVar, dataclass_transform

from gesprekscoach.content.templates import check_placeholders

__all__ = [
    "CHECK_PLACEHOLDERS",
    "AnswerTexts",
    "CheckTexts",
    "Check",
    "CliTexts",
    "ContentParts",
    "FeedbackExample",
    "FeedbackGuide",
    "FeedbackPrinciple",
    "FeedbackSignalTexts",
    "FeedbackTexts",
    "FrozenFieldError",
    "GoalExample",
    "GuideStep",
    "Items",
    "LetterTexts",
    "NonEmptyText",
    "Pattern",
    "PlainDataError",
    "SignalTexts",
    "SmartGuide",
    "SmartLetter",
    "SmartTexts",
    "SpecificTexts",
    "Text",
    "TimeTexts",
    "UnderstatementSignalTexts",
    "UnderstatementTexts",
    "WQuestion",
    "content_model",
    "field",
    "from_plain",
]


class PlainDataError(ValueError):
    """Plain data that does not have the shape of the model it should be (`from_plain`)."""


class NonEmptyText:
    """The constraint of a text: white space around it is dropped, and what is left is not empty.

    With `max_length`, it is also at most that many characters long (pydantic reports 'string_too_long').
    """

    __slots__ = ("max_length",)

    def __init__(self, max_length: int | None = None) -> None:
        self.max_length = max_length

    def __repr__(self) -> str:
        return f"NonEmptyText({self.max_length})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        """The schema pydantic validates such a text with (imported only when pydantic builds it)."""
        from pydantic_core import core_schema

        return core_schema.str_schema(strip_whitespace=True, min_length=1, max_length=self.max_length)

    def check(self, value: object) -> None:
        """Raise `PlainDataError` unless `value` is a text as validation leaves it: stripped, not empty, not too long."""
        if not isinstance(value, str) or not value or value.strip() != value:
            raise PlainDataError("geen tekst zoals de controle die geeft")
        if self.max_length is not None and len(value) > self.max_length:
            raise PlainDataError("een te lange tekst")


class Pattern:
    """The constraint of a text that must match a regular expression as a whole (pydantic: 'string_pattern_mismatch').

    The expression starts with `^` and ends with `$`: pydantic searches the text with it, and
    `re.fullmatch` (the plain check) then agrees with it, also on a text that ends in a newline.
    """

    __slots__ = ("pattern",)

    def __init__(self, pattern: str) -> None:
        if not (pattern.startswith("^") and pattern.endswith("$")):
            raise ValueError(f"the pattern must start with ^ and end with $: {pattern}")
        self.pattern = pattern

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        """The schema pydantic validates such a text with (imported only when pydantic builds it)."""
        from pydantic_core import core_schema

        return core_schema.str_schema(pattern=self.pattern)

    def check(self, value: object) -> None:
        """Raise `PlainDataError` unless `value` is a text that matches the pattern."""
        if not isinstance(value, str) or re.fullmatch(self.pattern, value) is None:
            raise PlainDataError("geen tekst die past bij het patroon")


class Check:
    """A rule of one field, after its type and constraints: `rule(value)` raises ValueError (Dutch) when it is broken.

    The one place of the rule for both ways in: pydantic runs it as an 'after' validator of the
    field (the error is the field's, with its location, as a `field_validator`'s would be), and
    `from_plain` runs it on the plain value (its ValueError is a `PlainDataError` there).
    """

    __slots__ = ("rule",)

    def __init__(self, rule: Callable[[Any], object]) -> None:
        self.rule = rule

    def __repr__(self) -> str:
        return f"Check({getattr(self.rule, '__name__', self.rule)!r})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        """The field's schema, followed by the rule (imported only when pydantic builds it)."""
        from pydantic_core import core_schema

        rule = self.rule

        def checked(value: Any) -> Any:
            rule(value)
            return value

        return core_schema.no_info_after_validator_function(checked, handler(source))

    def check(self, value: object) -> None:
        """Raise `PlainDataError` when `value` breaks the rule."""
        try:
            self.rule(value)
        except ValueError as error:
            raise PlainDataError(str(error)) from None


class Items:
    """The constraint of a list: at least `least` items, and at most `most` (None: no upper bound)."""

    __slots__ = ("least", "most")

    def __init__(self, least: int, most: int | None = None) -> None:
        self.least = least
        self.most = most

    def __repr__(self) -> str:
        return f"Items({self.least}, {self.most})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        """The list's schema with these bounds (pydantic reports 'too_short' / 'too_long')."""
        schema = dict(handler(source))
        schema["min_length"] = self.least
        if self.most is not None:
            schema["max_length"] = self.most
        return schema

    def check(self, value: object) -> None:
        """Raise `PlainDataError` unless `value` is a list within these bounds."""
        if not isinstance(value, list) or len(value) < self.least or (self.most is not None and len(value) > self.most):
            raise PlainDataError("een lijst van de verkeerde lengte")


Text = Annotated[str, NonEmptyText()]
"""A non-empty Dutch text."""


class FrozenFieldError(AttributeError):
    """A field of a model of this module was changed or deleted (they are read-only)."""


_NO_DEFAULT: Any = object()
"""The default of a field that has none."""


class _DefaultFactory:
    """What `field(default_factory=…)` leaves in a class body: how to make the field's default."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], Any]) -> Any:
    """A field whose default is made anew for every model, by `default_factory` (as `dataclasses.field`)."""
    return _DefaultFactory(default_factory)


class _Field(NamedTuple):
    """One field of a model: its name, its type (with its `Annotated` markers) and its default."""

    name: str
    annotation: Any
    default: Any = _NO_DEFAULT
    default_factory: Callable[[], Any] | None = None


class _ContentParts:
    """Base of these models: strict (pydantic forbids unknown keys) and read-only.

    `content_model` lists the fields of each model (`__content_fields__`, from its annotations);
    `__init__`, `__eq__`, `__hash__`, `__repr__` and the refusal to change a field are these,
    written once. The models only become standard-library dataclasses when pydantic asks for
    their schema (`__get_pydantic_core_schema__`): pydantic validates them as the dataclasses they
    then are, and importing `dataclasses` (with `inspect`) and making them dataclasses at import
    would cost milliseconds of every `smart` and `feedback`, which never validate with pydantic.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = {"extra": "forbid"}
    __content_fields__: ClassVar[tuple[_Field, ...]] = ()

    def __init__(self, **values: Any) -> None:
        for item in self.__content_fields__:
            if item.name in values:
                value = values.pop(item.name)
            elif item.default_factory is not None:
                value = item.default_factory()
            elif item.default is not _NO_DEFAULT:
                value = item.default
            else:
                raise TypeError(f"{type(self).__name__}: veld '{item.name}' ontbreekt")
            object.__setattr__(self, item.name, value)
        if values:
            raise TypeError(f"{type(self).__name__}: onbekende velden {', '.join(sorted(values))}")
        self.__post_init__()

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """The schema pydantic validates this model with: that of the dataclass it is made now."""
        _as_dataclass(cls)
        return handler(source)

    def __post_init__(self) -> None:
        """The checks of the whole group, after its fields (pydantic calls it after validating them)."""

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenFieldError(f"cannot assign to field '{name}'")

    def __delattr__(self, name: str) -> None:
        raise FrozenFieldError(f"cannot delete field '{name}'")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, item.name) for item in self.__content_fields__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _ContentParts)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.__class__, self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{item.name}={getattr(self, item.name)!r}" for item in self.__content_fields__)
        return f"{type(self).__qualname__}({shown})"

    def model_copy(self, *, update: Mapping[str, Any] | None = None) -> Self:
        """A copy with some fields changed, not checked again (as pydantic's `model_copy(update=…)`)."""
        import copy  # only here: most runs copy nothing

        copied = copy.copy(self)
        names = {item.name for item in self.__content_fields__}
        for name, value in (update or {}).items():
            if name not in names:
                raise KeyError(name)
            object.__setattr__(copied, name, value)  # frozen: the copy is changed before anyone has it
        return copied

    def to_plain(self) -> dict[str, Any]:
        """The fields as plain data (JSON): as `dataclasses.asdict` gives them, a tuple as a list."""
        return {item.name: _to_plain(getattr(self, item.name)) for item in self.__content_fields__}


ContentParts = _ContentParts
"""The base of every model made with `content_model` (also those of `sheet_labels.py`)."""


def _to_plain(value: Any) -> Any:
    if isinstance(value, _ContentParts):
        return value.to_plain()
    if isinstance(value, list | tuple):
        return [_to_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _to_plain(item) for key, item in value.items()}
    return value


def _as_dataclass(cls: type) -> None:
    """Make `cls` and the models it builds on standard-library dataclasses (once), for pydantic.

    No code is generated (`init=False, repr=False, eq=False`): `_ContentParts` keeps its own.
    """
    import dataclasses

    for model in reversed(cls.__mro__):
        if (
            model is _ContentParts
            or "__content_fields__" not in model.__dict__
            or "__dataclass_fields__" in model.__dict__
        ):
            continue
        fields: tuple[_Field, ...] = model.__dict__["__content_fields__"]
        for item in fields:
            if item.default_factory is not None and item.name in model.__dict__:
                setattr(model, item.name, dataclasses.field(default_factory=item.default_factory))
        dataclasses.dataclass(init=False, repr=False, eq=False)(model)


ModelT = TypeVar("ModelT")


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field,))
def content_model(cls: type[ModelT]) -> type[ModelT]:
    """Make `cls` (a subclass of `_ContentParts`) a model of read-only fields, given by keyword.

    For type checkers it is a frozen, keyword-only dataclass; at run time its fields are listed
    in `__content_fields__` (its annotations and those of the models it builds on, in order;
    `ClassVar`s are no fields) and `_ContentParts` gives `__init__`, the comparisons and the
    refusal to change a field. It becomes a real dataclass when pydantic asks for its schema.
    """
    found: dict[str, _Field] = {}
    for base in reversed(cls.__mro__):
        for name, annotation in base.__dict__.get("__annotations__", {}).items():
            if annotation is ClassVar or typing.get_origin(annotation) is ClassVar:
                continue
            default = base.__dict__.get(name, _NO_DEFAULT)
            if isinstance(default, _DefaultFactory):
                found[name] = _Field(name, annotation, default_factory=default.make)
            else:
                found[name] = _Field(name, annotation, default)
    cls.__content_fields__ = tuple(found.values())  # type: ignore[attr-defined]
    return cls


# --------------------------------------------------------------------------- from plain data

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """The field types of a model, with their `Annotated` markers (read once per class).

    They are the class's annotations as they are: this module writes none as text (no
    `from __future__ import annotations`, no quoted names), so `typing.get_type_hints` would
    give the same objects, only slower (it rebuilds every generic type, on every run).
    """
    hints = _HINTS.get(cls)
    if hints is None:
        fields: tuple[_Field, ...] = getattr(cls, "__content_fields__", ())
        hints = _HINTS[cls] = {item.name: item.annotation for item in fields}
    return hints


def _plain_value(annotation: Any, value: object) -> Any:
    """`value` as a field of this type holds it; `PlainDataError` when it has another shape."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        inner, *markers = typing.get_args(annotation)
        converted = _plain_value(inner, value)
        for marker in markers:
            marker.check(converted)
        return converted
    if annotation is str or annotation is bool:
        if type(value) is not annotation:
            raise PlainDataError(f"geen {annotation.__name__}")
        return value
    if origin is Literal:
        if not isinstance(value, str) or value not in typing.get_args(annotation):
            raise PlainDataError("geen van de mogelijke waarden")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise PlainDataError("geen lijst")
        (item_type,) = typing.get_args(annotation)
        return [_plain_value(item_type, item) for item in value]
    if origin is tuple:  # a fixed number of items; JSON holds them as a list
        item_types = typing.get_args(annotation)
        if Ellipsis in item_types:
            raise PlainDataError(f"onbekend soort veld: {annotation!r}")
        if not isinstance(value, list) or len(value) != len(item_types):
            raise PlainDataError(f"geen lijst van {len(item_types)}")
        return tuple(_plain_value(item_type, item) for item_type, item in zip(item_types, value, strict=True))
    if origin is dict:
        if not isinstance(value, dict):
            raise PlainDataError("geen velden")
        key_type, value_type = typing.get_args(annotation)
        return {_plain_value(key_type, key): _plain_value(value_type, item) for key, item in value.items()}
    if origin is UnionType or origin is typing.Union:
        options = typing.get_args(annotation)
        if value is None and NoneType in options:
            return None
        (single,) = [option for option in options if option is not NoneType]
        return _plain_value(single, value)
    if isinstance(annotation, type) and issubclass(annotation, _ContentParts):
        return from_plain(annotation, value)
    raise PlainDataError(f"onbekend soort veld: {annotation!r}")


def from_plain(cls: type[ModelT], data: object) -> ModelT:
    """A model of this module built from plain data (JSON), as strictly as validating would; `PlainDataError` else.

    Every field must be there (but one with a default), have exactly its type and meet its
    constraints; unknown keys are an error; the checks of `__post_init__` run (a ValueError of
    theirs is a `PlainDataError` too). Nothing is converted: data that validation would have
    to change (a text with white space around it, a number for a text) is no plain data of
    checked content.
    """
    if not isinstance(data, dict):
        raise PlainDataError(f"{cls.__name__}: geen velden")
    hints = _hints(cls)
    unknown = set(data) - set(hints)
    if unknown:
        raise PlainDataError(f"{cls.__name__}: onbekende velden {sorted(map(str, unknown))}")
    values = {name: _plain_value(annotation, data[name]) for name, annotation in hints.items() if name in data}
    try:
        return cls(**values)
    except TypeError as error:  # a field without a default is missing
        raise PlainDataError(f"{cls.__name__}: {error}") from None
    except ValueError as error:
        raise PlainDataError(f"{cls.__name__}: {error}") from None


# --------------------------------------------------------------------------- smart.yaml and feedback.yaml


@content_model
class SmartLetter(_ContentParts):
    """One letter of SMART: what it means and the question that checks it."""

    letter: Literal["S", "M", "A", "R", "T"]
    name: Text
    meaning: Text
    question: Text
    example: Text | None = None


@content_model
class GuideStep(_ContentParts):
    """One step of a short how-to (e.g. the steps to a personal goal)."""

    title: Text
    text: Text


@content_model
class WQuestion(_ContentParts):
    """A W-question that makes a goal specific (wat, waarom, wie, waar, hoe)."""

    word: Text
    question: Text


@content_model
class GoalExample(_ContentParts):
    """An example goal, vague or SMART, with why."""

    text: Text
    smart: bool
    why: Text


@content_model
class SmartGuide(_ContentParts):
    """smart.yaml: how to make a goal SMART."""

    intro: Text
    letters: Annotated[list[SmartLetter], Items(5, 5)]
    goal_steps: Annotated[list[GuideStep], Items(1)]
    w_questions: Annotated[list[WQuestion], Items(1)]
    examples: list[GoalExample] = field(default_factory=list)

    def __post_init__(self) -> None:
        order = "".join(item.letter for item in self.letters)
        if order != "SMART":
            raise ValueError(f"letters moeten S, M, A, R, T zijn, in die volgorde (nu: {order})")

    def letter(self, letter: str) -> SmartLetter:
        """The explanation of one letter (S, M, A, R or T)."""
        for item in self.letters:
            if item.letter == letter:
                return item
        raise KeyError(letter)


@content_model
class FeedbackPrinciple(_ContentParts):
    """One principle of constructive feedback."""

    title: Text
    text: Text


@content_model
class FeedbackExample(_ContentParts):
    """A sentence that lands badly, and a better way to say it."""

    bad: Text
    good: Text
    why: Text


@content_model
class FeedbackGuide(_ContentParts):
    """feedback.yaml: how to give constructive feedback to your manager."""

    intro: Text
    principles: Annotated[list[FeedbackPrinciple], Items(1)]
    examples: Annotated[list[FeedbackExample], Items(1)]
    ik_template: Text
    """The ik-form, with {situatie} and {wens}, e.g. 'Ik merk dat {situatie}, en ik zou graag {wens}.'"""

    def __post_init__(self) -> None:
        for slot in ("{situatie}", "{wens}"):
            if slot not in self.ik_template:
                raise ValueError(f"ik_template mist {slot}")


# --------------------------------------------------------------------------- check texts (checks.yaml)

CHECK_PLACEHOLDERS: frozenset[str] = frozenset({"woorden", "datum", "gesprek", "vraag", "situatie", "wens", "waarde"})
"""Every placeholder a check text may use; the code fills in the ones that fit."""


@content_model
class _TextGroup(_ContentParts):
    """A group of check texts; every `{placeholder}` must be one the checks fill in."""

    allowed: ClassVar[frozenset[str]] = CHECK_PLACEHOLDERS
    """The placeholders the texts of this group may use."""
    required: ClassVar[dict[str, frozenset[str]]] = {}
    """Field name → placeholders that text must contain."""

    def __post_init__(self) -> None:
        for item in self.__content_fields__:
            value = getattr(self, item.name)
            if isinstance(value, str):
                check_placeholders(item.name, value, self.allowed, self.required.get(item.name, frozenset()))


@content_model
class LetterTexts(_TextGroup):
    """Texts for a letter the check reads from the goal itself (S, M or T)."""

    name: Text
    """The name of the letter, e.g. 'Specifiek'."""
    ok: Text
    """The reason when the letter is fine; {woorden} are the words that made it so."""
    missing: Text
    """The reason when nothing in the goal answers this letter."""
    vague: Text
    """The reason when only vague words answer it; {woorden} are those words."""
    hint_ok: Text
    hint_missing: Text
    empty: Text
    """The reason when no goal was written yet."""

    required: ClassVar[dict[str, frozenset[str]]] = {"ok": frozenset({"woorden"}), "vague": frozenset({"woorden"})}


@content_model
class SpecificTexts(LetterTexts):
    """Texts for Specifiek, including the W-questions."""

    hint_vague_word: Text
    """Hint when the goal is specific but still has vague words ({woorden})."""
    hint_w_question: Text
    """Hint that asks the first W-question the goal does not answer ({vraag})."""
    w_questions: dict[str, Text]
    """Fallback W-questions (wat, waarom, wie, waar, hoe) when no content is given."""

    required: ClassVar[dict[str, frozenset[str]]] = {
        **LetterTexts.required,
        "hint_vague_word": frozenset({"woorden"}),
        "hint_w_question": frozenset({"vraag"}),
    }

    def __post_init__(self) -> None:
        super().__post_init__()
        expected = {"wat", "waarom", "wie", "waar", "hoe"}
        if set(self.w_questions) != expected:
            raise ValueError("w_questions moet precies wat, waarom, wie, waar en hoe hebben")


@content_model
class TimeTexts(LetterTexts):
    """Texts for Tijdgebonden, including the deadline warnings."""

    negated: Text
    """The reason when the goal says there is no deadline ({woorden})."""
    frequency: Text
    """The reason when the goal only says how often ({woorden})."""
    hint_frequency: Text
    hint_deadline: Text
    """Hint that shows the deadline as the sheet will ({datum})."""
    hint_meeting_unknown: Text
    """Hint when the goal names the next conversation but its date is unknown."""
    past: Text
    """Warning: the deadline has passed ({datum})."""
    after_meeting: Text
    """Warning: the deadline lies after the next conversation ({datum}, {gesprek})."""
    start: Text
    """The reason when the goal only says from when ('vanaf januari'): a start, no deadline ({woorden})."""
    hint_start: Text
    """Hint when the goal has a start but no end: ask for the day to look back."""

    required: ClassVar[dict[str, frozenset[str]]] = {
        **LetterTexts.required,
        "negated": frozenset({"woorden"}),
        "frequency": frozenset({"woorden"}),
        "start": frozenset({"woorden"}),
        "hint_deadline": frozenset({"datum"}),
        "past": frozenset({"datum"}),
        "after_meeting": frozenset({"datum", "gesprek"}),
    }


@content_model
class AnswerTexts(_TextGroup):
    """Texts for a letter the builder asks as a question (A or R)."""

    name: Text
    question: Text
    """The question to ask, used as the hint while it has no answer."""
    unknown: Text
    """The reason when no answer was given (the text cannot tell)."""
    empty: Text
    """The reason when the answer field is empty."""
    answered: Text
    declined: Text
    """The reason when the answer is 'nee' or 'weet ik niet'."""
    bare_yes: Text
    """The reason when the answer is only 'ja' (or 'oké', 'klopt'): no reason given yet."""
    hint_answered: Text
    hint_declined: Text
    hint_bare_yes: Text
    """Hint after a bare 'ja': asks why, in a few words."""


@content_model
class SmartTexts(_TextGroup):
    """All texts of the SMART check."""

    specifiek: SpecificTexts
    meetbaar: LetterTexts
    acceptabel: AnswerTexts
    realistisch: AnswerTexts
    tijdgebonden: TimeTexts
    hint_empty: Text
    """The hint on every letter while no goal was written yet."""


@content_model
class SignalTexts(_TextGroup):
    """How one kind of feedback signal is named and explained."""

    label: Text
    explanation: Text


@content_model
class FeedbackSignalTexts(_TextGroup):
    """Texts for the four kinds of signal the feedback check gives."""

    absoluut: SignalTexts
    jij_boodschap: SignalTexts
    oordeel: SignalTexts
    geen_situatie: SignalTexts


@content_model
class FeedbackTexts(_TextGroup):
    """All texts of the feedback check."""

    ik_template: Text
    """The ik-form used when content/feedback.yaml gives none ({situatie}, {wens})."""
    situatie_placeholder: Text
    """What goes in {situatie} when the sentence gives nothing to use."""
    wens_placeholder: Text
    """What goes in {wens} when the sentence has no wish in it."""
    wish_that: Text
    """How a wish 'ik wil dat …' goes into {wens} ({wens} is the part after 'dat')."""
    example_placeholder: Text
    """Added to the situation when the sentence names no concrete moment."""
    softer_words: dict[str, Text]
    """Absolute words and what the proposal says instead ('altijd' → 'vaak', 'nooit' → 'zelden')."""
    softer_before_noun: dict[str, Text]
    """What a negation word becomes before a noun ('nooit tijd' → 'soms geen tijd'): 'niet' cannot go there."""
    signals: FeedbackSignalTexts

    required: ClassVar[dict[str, frozenset[str]]] = {
        "ik_template": frozenset({"situatie", "wens"}),
        "wish_that": frozenset({"wens"}),
    }


@content_model
class UnderstatementSignalTexts(_TextGroup):
    """How one way of selling yourself short is named, explained ({woorden}) and questioned."""

    label: Text
    explanation: Text
    """Why it makes your work look smaller; {woorden} are the words that did it."""
    question: Text
    """A short question that helps you say it stronger."""

    required: ClassVar[dict[str, frozenset[str]]] = {"explanation": frozenset({"woorden"})}


@content_model
class UnderstatementTexts(_TextGroup):
    """Texts of the selling-yourself-short check (wins log and reflection answers)."""

    stronger_label: Text
    """The label in front of a stronger phrasing of the sentence."""
    klein_maken: UnderstatementSignalTexts
    """'gewoon mijn werk', 'alleen maar', 'een beetje geholpen'."""
    geluk: UnderstatementSignalTexts
    """'geluk gehad', 'toevalstreffer': success put down to luck."""
    makkelijk: UnderstatementSignalTexts
    """'niet zo moeilijk', 'viel wel mee', 'stelde niet veel voor'."""
    wij: UnderstatementSignalTexts
    """'we' or 'het team' where the question is about your own part."""
    proberen: UnderstatementSignalTexts
    """'ik probeer' where you describe what you do."""


@content_model
class CliTexts(_TextGroup):
    """Labels and messages of `gesprekscoach smart` and `gesprekscoach feedback`."""

    goal: Text
    sentence: Text
    deadline: Text
    no_deadline: Text
    warning: Text
    tip: Text
    constructive_yes: Text
    constructive_no: Text
    proposal: Text
    empty_goal: Text
    empty_sentence: Text
    bad_today: Text
    """The error when a date on the command line (--vandaag, --volgend-gesprek) is not a date ({waarde})."""

    required: ClassVar[dict[str, frozenset[str]]] = {"bad_today": frozenset({"waarde"})}


@content_model
class CheckTexts(_TextGroup):
    """content/checks.yaml: every Dutch text the SMART, feedback and understatement checks show."""

    smart: SmartTexts
    feedback: FeedbackTexts
    understatement: UnderstatementTexts
    cli: CliTexts
