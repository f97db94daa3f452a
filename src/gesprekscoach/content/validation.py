"""Check parsed YAML against a content model and say what is wrong in Dutch, with the line.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from gesprekscoach.content.problems import Problem
from gesprekscoach.content.yaml_reader import LocatedYaml, YamlPath

ModelT = TypeVar("ModelT")


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}


def _adapter(model: type) -> TypeAdapter[Any]:
    """The validator of a content model that is no pydantic model (the dataclasses of `check_models.py`), built once."""
    adapter = _ADAPTERS.get(model)
    if adapter is None:
        adapter = _ADAPTERS[model] = TypeAdapter(model)
    return adapter


def validate_data(data: Any, model: type[ModelT]) -> ModelT:
    """`data` validated as `model`: a pydantic model, or a dataclass pydantic validates; ValidationError else."""
    validated: object = (
        model.model_validate(data) if issubclass(model, BaseModel) else _adapter(model).validate_python(data)
    )
    if not isinstance(validated, model):  # pragma: no cover - validation gives the model or raises
        raise TypeError(f"{model.__name__} gave {type(validated).__name__}")
    return validated


def describe_loc(loc: YamlPath, data: Any) -> str:
    """A readable field path like `steps[3] (id: tips).items`, skipping union tags."""
    parts: list[str] = []
    current: Any = data
    for part in loc:
        if isinstance(current, dict) and part in current:
            parts.append(f".{part}" if parts else str(part))
            current = current[part]
            if isinstance(current, dict) and isinstance(current.get("id"), str) and isinstance(part, int):
                parts[-1] += f" (id: {current['id']})"
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            label = f"[{part + 1}]"
            current = current[part]
            if isinstance(current, dict) and isinstance(current.get("id"), str):
                label += f" (id: {current['id']})"
            parts.append(label)
        elif isinstance(part, str) and not (isinstance(current, dict)):
            continue  # union tag
        else:
            parts.append(f".{part}" if parts else str(part))
            current = None
    return "".join(parts)


def dutch_error(error: dict[str, Any]) -> str:
    """One pydantic error as a short Dutch message."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    loc = error.get("loc") or ()
    field = loc[-1] if loc else ""
    given = error.get("input")
    messages = {
        "missing": f"veld '{field}' ontbreekt",
        "extra_forbidden": f"onbekend veld '{field}'; kijk of het goed gespeld is",
        "unexpected_keyword_argument": f"onbekend veld '{field}'; kijk of het goed gespeld is",  # in a dataclass
        "string_type": "moet tekst zijn",
        "string_too_short": "mag niet leeg zijn",
        "string_too_long": "is te lang",
        "string_pattern_mismatch": f"'{given}' is geen geldige id: gebruik kleine letters, cijfers, '-' en '_'",
        "int_type": "moet een heel getal zijn",
        "int_parsing": "moet een heel getal zijn",
        "int_from_float": "moet een heel getal zijn",
        "bool_type": "moet true of false zijn",
        "bool_parsing": "moet true of false zijn",
        "list_type": "moet een lijst zijn (regels die beginnen met '- ')",
        "dict_type": "moet velden bevatten (sleutel: waarde)",
        "model_type": "moet velden bevatten (sleutel: waarde)",
        "model_attributes_type": "moet velden bevatten (sleutel: waarde)",
        "dataclass_type": "moet velden bevatten (sleutel: waarde)",
        "too_short": f"moet minstens {ctx.get('min_length', 1)} onderdeel of onderdelen hebben",
        "too_long": f"mag hoogstens {ctx.get('max_length', '?')} onderdelen hebben",
        "enum": f"'{given}' kan niet; kies uit {ctx.get('expected', '')}",
        "literal_error": f"'{given}' kan niet; kies uit {ctx.get('expected', '')}",
        "union_tag_invalid": f"onbekende soort stap '{ctx.get('tag', given)}'; kies uit {ctx.get('expected_tags', '')}",
        "union_tag_not_found": "veld 'kind' ontbreekt: zeg welke soort stap dit is",
        "greater_than_equal": f"moet minstens {ctx.get('ge')} zijn",
        "less_than_equal": f"mag hoogstens {ctx.get('le')} zijn",
    }
    if kind in messages:
        return messages[kind]
    if kind == "value_error":
        msg = str(error.get("msg", ""))
        return msg.removeprefix("Value error, ")
    return str(error.get("msg", "ongeldige waarde"))


def validate(path: Path, located: LocatedYaml, model: type[ModelT], problems: list[Problem]) -> ModelT | None:
    """The document as `model`, or None after adding one problem (with its line) per error."""
    try:
        return validate_data(located.data, model)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = tuple(error.get("loc") or ())
            where = describe_loc(loc if error.get("type") != "missing" else loc[:-1], located.data)
            message = dutch_error(dict(error))
            if where:
                message = f"{where}: {message}"
            line_loc = (*loc, "kind") if error.get("type", "").startswith("union_tag") else loc
            named = re.match(r"(\w+): ", message.split(": ", 1)[-1]) if error.get("type") == "value_error" else None
            if named and (*loc, named.group(1)) in located.lines:
                line_loc = (*loc, named.group(1))  # a model check that names one of its fields
            problems.append(Problem(path, located.line_for(line_loc), message))
        return None
