"""Read the YAML of a user's file safely, within bounds.

The user's files (preparations, the wins log) are read with PyYAML's *safe* loader only, and
within limits: a file may hold at most `max_bytes`, its nesting may be at most `max_depth`
deep, and it may hold at most `max_nodes` values once every alias (`*name`) is expanded (a
"YAML bomb" of nested aliases is refused before it is built). Any problem, also an impossible
value such as 30 February or an integer with thousands of digits, becomes a `YamlProblem`
whose `reason` is a short Dutch sentence, ready for "… is beschadigd: <reason>".

Plain Python: this module never imports Textual.
"""

# No `from __future__ import annotations`: `typing.NamedTuple` would compile its annotations' text at import.

from functools import cache
from typing import Any, NamedTuple


@cache
def _safe_loader() -> type:
    """PyYAML's safe loader, the C one when PyYAML has it (imported when a file is first parsed)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlLimits(NamedTuple):
    """How much a user's YAML file may hold."""

    max_bytes: int
    """The largest file, in bytes."""
    max_depth: int
    """The deepest nesting of lists and mappings."""
    max_nodes: int
    """The most values (scalars, lists, mappings), counted with every alias expanded."""


USER_FILE_LIMITS = YamlLimits(max_bytes=16 * 1024 * 1024, max_depth=40, max_nodes=2_000_000)
"""The bounds for the user's files: far above what the coach writes, far below what hurts."""


class YamlProblem(Exception):
    """The text is no usable YAML; `reason` says why in Dutch (a sentence that ends with '.')."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def load_user_yaml(source: bytes | str, limits: YamlLimits = USER_FILE_LIMITS) -> Any:
    """The data in a user's YAML file (bytes are read as UTF-8), or YamlProblem.

    Only plain YAML is read: text, numbers, dates, lists and mappings (the safe loader).
    """
    size = len(source) if isinstance(source, bytes) else len(source.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise YamlProblem(f"het bestand is te groot (meer dan {_megabytes(limits.max_bytes)}).")
    if isinstance(source, bytes):
        try:
            text = source.decode("utf-8")
        except UnicodeDecodeError:
            raise YamlProblem("de tekens in het bestand zijn niet te lezen (geen UTF-8).") from None
    else:
        text = source
    import yaml

    try:
        check_yaml_bounds(text, limits)
        return yaml.load(text, Loader=_safe_loader())  # a safe loader: no Python objects
    except YamlProblem:
        raise
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (rond regel {mark.line + 1})" if mark is not None else ""
        raise YamlProblem(f"de opbouw van de tekst klopt niet{where}.") from None
    except (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError, RecursionError, MemoryError):
        # The safe loader builds dates and numbers itself: 2030-02-30 or a number with
        # thousands of digits raise ValueError, not YAMLError, and a value tagged as a date
        # that is none (`!!timestamp 2030-13-45x`) an AttributeError.
        raise YamlProblem(
            "er staat een waarde in die niet kan bestaan, zoals een datum die er niet is "
            "(30 februari) of een getal dat te lang is."
        ) from None


def check_yaml_bounds(text: str, limits: YamlLimits = USER_FILE_LIMITS) -> None:
    """Raise YamlProblem when the YAML nests deeper than allowed or expands to too many values.

    Walks the parser's events (nothing is built), so even a YAML bomb costs only the time
    to read its text. Syntax errors are raised as yaml.YAMLError.
    """
    import yaml

    parser = _safe_loader()(text)
    anchors: dict[str, int] = {}
    # One entry per open list or mapping: [its anchor, the number of values in it so far].
    open_nodes: list[list[Any]] = []
    total = 0

    def add(count: int) -> None:
        nonlocal total
        if open_nodes:
            open_nodes[-1][1] += count
        else:
            total += count
        if (open_nodes and open_nodes[-1][1] > limits.max_nodes) or total > limits.max_nodes:
            raise YamlProblem(
                f"er staan te veel waarden in (meer dan {limits.max_nodes}), "
                "bijvoorbeeld door verwijzingen (*) die naar elkaar verwijzen."
            )

    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.AliasEvent):
                add(anchors.get(str(event.anchor), 1))
            elif isinstance(event, yaml.ScalarEvent):
                if event.anchor is not None:
                    anchors[str(event.anchor)] = 1
                add(1)
            elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                if len(open_nodes) >= limits.max_depth:
                    raise YamlProblem(f"de gegevens zijn te diep in elkaar genest (meer dan {limits.max_depth} lagen).")
                open_nodes.append([event.anchor, 1])
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                anchor, count = open_nodes.pop()
                if anchor is not None:
                    anchors[str(anchor)] = count
                add(count)
    finally:
        parser.dispose()
