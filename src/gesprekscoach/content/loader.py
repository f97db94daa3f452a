"""Load and check the coach's content folder (YAML), reporting problems as `file:line: what`.

The folder holds `conversations/*.yaml` (one conversation type each) and the shared files
listed in `SHARED_FILES`. Every file is parsed with PyYAML's safe loader (the C version
where available) — never a loader that can build Python objects — and validated against
the strict models in `models.py`. All problems of all files are collected, each with the
file and line it is about, in plain Dutch.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from gesprekscoach.content.models import (
    AfterMeeting,
    AskStep,
    CheckTexts,
    Chooser,
    Content,
    ConversationType,
    FeedbackGuide,
    PitfallList,
    PitfallsStep,
    QuestionsStep,
    SmartGuide,
)
from gesprekscoach.paths import default_content_dir, shipped_content_dir

try:  # the C loader is much faster; both are safe loaders
    SafeLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    SafeLoader = yaml.SafeLoader

CONVERSATIONS_DIR = "conversations"

SHARED_FILES: dict[str, tuple[str, type[BaseModel]]] = {
    "smart.yaml": ("smart", SmartGuide),
    "pitfalls.yaml": ("pitfalls", PitfallList),
    "feedback.yaml": ("feedback", FeedbackGuide),
    "after.yaml": ("after", AfterMeeting),
    "chooser.yaml": ("chooser", Chooser),
    "checks.yaml": ("checks", CheckTexts),
}
"""Shared content files: file name → (field of `Content`, model)."""

OPTIONAL_FILES = frozenset({"checks.yaml"})
"""Shared files a content folder may leave out; the shipped version is used then."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the content: where, and what, in Dutch."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message}"


class ContentError(Exception):
    """The content folder has problems; `problems` lists all of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# --------------------------------------------------------------------------- YAML with lines

Path_ = tuple[Any, ...]


class _LocatedYaml:
    """A parsed YAML document plus the line of every mapping key and list item in it."""

    def __init__(self, data: Any, lines: dict[Path_, int]) -> None:
        self.data = data
        self.lines = lines

    def line_for(self, loc: Path_) -> int | None:
        """The line of the deepest part of `loc` that exists in the document."""
        best: int | None = self.lines.get(())
        current: Any = self.data
        walked: Path_ = ()
        for part in loc:
            if isinstance(current, dict) and part in current:
                current = current[part]
            elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
                current = current[part]
            else:
                continue  # a union tag or a missing field: stay on the parent
            walked = (*walked, part)
            best = self.lines.get(walked, best)
        return best


def _walk_nodes(node: yaml.Node, path: Path_, lines: dict[Path_, int], dup_keys: list[tuple[int, str]]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            if key in seen:
                dup_keys.append((key_node.start_mark.line + 1, str(key)))
            seen.add(key)
            lines[(*path, key)] = key_node.start_mark.line + 1
            _walk_nodes(value_node, (*path, key), lines, dup_keys)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*path, index)] = item.start_mark.line + 1
            _walk_nodes(item, (*path, index), lines, dup_keys)


_YAML_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("did not find expected key", "hier verwachtte ik een veld (sleutel: waarde); kijk naar de inspringing"),
    ("did not find expected ',' or ']'", "een lijst tussen [ en ] is niet goed afgesloten"),
    ("did not find expected ',' or '}'", "een blok tussen { en } is niet goed afgesloten"),
    (
        "did not find expected '-' indicator",
        "hier verwachtte ik een regel die begint met '- '; kijk naar de inspringing",
    ),
    ("mapping values are not allowed here", "hier mag geen dubbele punt staan; zet de tekst tussen aanhalingstekens"),
    ("tab character", "gebruik spaties om in te springen, geen tabs"),
    ("cannot start any token", "er staat een teken dat hier niet mag (gebruik spaties, geen tabs)"),
    ("found unexpected end of stream", "het bestand stopt midden in een tekst; mist er een aanhalingsteken?"),
    ("could not determine a constructor", "deze YAML-tag is niet toegestaan: gebruik alleen tekst, lijsten en velden"),
    ("expected <block end>", "de inspringing klopt niet"),
    ("found undefined alias", "er staat een verwijzing (*) naar iets dat niet bestaat"),
)


def _dutch_yaml_problem(problem: str) -> str:
    for english, dutch in _YAML_PROBLEMS:
        if english in problem:
            return dutch
    return problem


def _read_yaml(path: Path, problems: list[Problem]) -> _LocatedYaml | None:
    """Parse one YAML file safely; on failure add a problem and return None."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(path, None, "het bestand is geen UTF-8-tekst; sla het op als UTF-8"))
        return None
    except OSError as exc:
        problems.append(Problem(path, None, f"het bestand kan niet gelezen worden ({exc.strerror or exc})"))
        return None
    try:
        node = yaml.compose(text, Loader=SafeLoader)
        data = yaml.load(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = _dutch_yaml_problem(exc.problem or exc.context or "onleesbare YAML")
        if exc.context_mark is not None and mark is not exc.context_mark and exc.context_mark.line + 1 != line:
            what += f" (het begon op regel {exc.context_mark.line + 1})"
        problems.append(Problem(path, line, f"YAML-fout: {what}"))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(path, None, f"YAML-fout: {exc}"))
        return None
    if node is None or data is None:
        problems.append(Problem(path, 1, "het bestand is leeg"))
        return None
    lines: dict[Path_, int] = {}
    dup_keys: list[tuple[int, str]] = []
    _walk_nodes(node, (), lines, dup_keys)
    for line, key in dup_keys:
        problems.append(Problem(path, line, f"veld '{key}' staat er twee keer; haal er één weg"))
    if not isinstance(data, dict):
        problems.append(
            Problem(path, 1, "het bestand moet velden bevatten (sleutel: waarde), geen losse tekst of lijst")
        )
        return None
    return _LocatedYaml(data, lines)


# --------------------------------------------------------------------------- pydantic errors in Dutch


def _describe_loc(loc: Path_, data: Any) -> str:
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


def _dutch_error(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    loc = error.get("loc") or ()
    field = loc[-1] if loc else ""
    given = error.get("input")
    messages = {
        "missing": f"veld '{field}' ontbreekt",
        "extra_forbidden": f"onbekend veld '{field}'; kijk of het goed gespeld is",
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


def _validate(path: Path, located: _LocatedYaml, model: type[BaseModel], problems: list[Problem]) -> BaseModel | None:
    try:
        return model.model_validate(located.data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = tuple(error.get("loc") or ())
            where = _describe_loc(loc if error.get("type") != "missing" else loc[:-1], located.data)
            message = _dutch_error(dict(error))
            if where:
                message = f"{where}: {message}"
            line_loc = (*loc, "kind") if error.get("type", "").startswith("union_tag") else loc
            named = re.match(r"(\w+): ", message.split(": ", 1)[-1]) if error.get("type") == "value_error" else None
            if named and (*loc, named.group(1)) in located.lines:
                line_loc = (*loc, named.group(1))  # a model check that names one of its fields
            problems.append(Problem(path, located.line_for(line_loc), message))
        return None


# --------------------------------------------------------------------------- cross-references


def _check_conversation_refs(
    conv: ConversationType,
    path: Path,
    located: _LocatedYaml,
    pitfall_ids: set[str] | None,
    problems: list[Problem],
) -> None:
    question_ids = {q.id for q in conv.questions}
    for s_index, step in enumerate(conv.steps):
        if isinstance(step, QuestionsStep):
            refs, field = step.questions, "questions"
        elif isinstance(step, AskStep):
            refs, field = step.suggestions, "suggestions"
        elif isinstance(step, PitfallsStep):
            if pitfall_ids is None:
                continue
            for r_index, ref in enumerate(step.pitfalls):
                if ref not in pitfall_ids:
                    line = located.line_for(("steps", s_index, "pitfalls", r_index))
                    problems.append(
                        Problem(
                            path, line, f"stap '{step.id}' noemt valkuil '{ref}', maar die staat niet in pitfalls.yaml"
                        )
                    )
            continue
        else:
            continue
        for r_index, ref in enumerate(refs):
            if ref not in question_ids:
                line = located.line_for(("steps", s_index, field, r_index))
                problems.append(
                    Problem(
                        path, line, f"stap '{step.id}' noemt vraag '{ref}', maar die vraag bestaat niet in dit bestand"
                    )
                )


def load_content(directory: Path | None = None, *, use_cache: bool = True) -> Content:
    """Load and check a content folder (default: `default_content_dir()`); raise `ContentError` on problems.

    Checked content is kept in a private cache, keyed by the exact bytes of every file it was
    read from, the source of the models, and the versions of the coach, pydantic and Python, so the next start skips
    parsing and validating; any change to a file, however small, checks the folder again.
    """
    root = Path(directory) if directory is not None else default_content_dir()
    key = _cache_key(root) if use_cache else None
    if key is not None:
        cached = _read_cache(key)
        if cached is not None:
            return cached
    content, problems = check_content(root)
    if problems or content is None:
        raise ContentError(problems)
    if key is not None:
        _write_cache(key, content)
    return content


# --------------------------------------------------------------------------- the cache of checked content

CACHE_PREFIX = "inhoud-"
CACHE_SUFFIX = ".pickle"


def _content_files(root: Path) -> list[Path] | None:
    """Every file `check_content` reads for this folder, or None when one is missing."""
    files: list[Path] = []
    for filename in SHARED_FILES:
        path = root / filename
        if not path.is_file() and filename in OPTIONAL_FILES:
            path = shipped_content_dir() / filename
        if not path.is_file():
            return None
        files.append(path)
    conv_dir = root / CONVERSATIONS_DIR
    files += sorted(conv_dir.glob("*.yaml")) + sorted(conv_dir.glob("*.yml"))
    return files


def _cache_key(root: Path) -> str | None:
    """A digest of the content's bytes and the versions that shape the models; None when unreadable."""
    import hashlib
    import platform

    import pydantic

    from gesprekscoach import __version__
    from gesprekscoach.content import models as models_module

    files = _content_files(root)
    if files is None:
        return None
    digest = hashlib.sha256(f"{__version__}|{pydantic.VERSION}|{platform.python_version()}".encode())
    try:
        # The models' own source: a changed model never gets content pickled by an older one.
        digest.update(Path(models_module.__file__).read_bytes())
        for path in files:
            data = path.read_bytes()
            digest.update(f"|{path.name}|{len(data)}|".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()[:40]


def _read_cache(key: str) -> Content | None:
    """The cached content for this key, or None (no cache, or one that cannot be used)."""
    import pickle

    from gesprekscoach.paths import cache_home

    path = cache_home() / f"{CACHE_PREFIX}{key}{CACHE_SUFFIX}"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        # The cache lives in the user's own private folder (0700, files 0600) and is only
        # ever written by the coach itself from content it has just checked.
        content = pickle.loads(data)
    except Exception:
        return None
    return content if isinstance(content, Content) else None


def _write_cache(key: str, content: Content) -> None:
    """Keep checked content for the next start; a cache that cannot be written is skipped."""
    import pickle

    from gesprekscoach.atomic import atomic_write_bytes
    from gesprekscoach.paths import cache_home, ensure_private_dir

    try:
        folder = ensure_private_dir(cache_home())
        target = folder / f"{CACHE_PREFIX}{key}{CACHE_SUFFIX}"
        atomic_write_bytes(target, pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL))
        for old in folder.glob(f"{CACHE_PREFIX}*{CACHE_SUFFIX}"):
            if old != target:
                old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        return


def check_content(directory: Path | None = None) -> tuple[Content | None, list[Problem]]:
    """Load a content folder and collect every problem; the content is None when there are any."""
    root = Path(directory) if directory is not None else default_content_dir()
    problems: list[Problem] = []
    if not root.is_dir():
        problems.append(Problem(root, None, "deze map met inhoud bestaat niet; kijk of het pad klopt"))
        return None, problems

    shared: dict[str, BaseModel] = {}
    for filename, (field, model) in SHARED_FILES.items():
        path = root / filename
        if not path.is_file() and filename in OPTIONAL_FILES:
            path = shipped_content_dir() / filename
        if not path.is_file():
            problems.append(Problem(path, None, "dit bestand ontbreekt in de map met inhoud"))
            continue
        located = _read_yaml(path, problems)
        if located is None:
            continue
        validated = _validate(path, located, model, problems)
        if validated is not None:
            shared[field] = validated

    conv_dir = root / CONVERSATIONS_DIR
    conv_files = sorted(conv_dir.glob("*.yaml")) + sorted(conv_dir.glob("*.yml")) if conv_dir.is_dir() else []
    if not conv_files:
        problems.append(Problem(conv_dir, None, "geen gesprekken gevonden: zet minstens één .yaml-bestand in deze map"))

    pitfalls = shared.get("pitfalls")
    pitfall_ids = {p.id for p in pitfalls.pitfalls} if isinstance(pitfalls, PitfallList) else None
    conversations: list[tuple[ConversationType, Path, _LocatedYaml]] = []
    for path in conv_files:
        located = _read_yaml(path, problems)
        if located is None:
            continue
        conv = _validate(path, located, ConversationType, problems)
        if isinstance(conv, ConversationType):
            _check_conversation_refs(conv, path, located, pitfall_ids, problems)
            conversations.append((conv, path, located))

    seen: dict[str, Path] = {}
    for conv, path, located in conversations:
        if conv.id in seen:
            problems.append(
                Problem(path, located.line_for(("id",)), f"id '{conv.id}' wordt ook al gebruikt in {seen[conv.id]}")
            )
        seen.setdefault(conv.id, path)
    for conv, path, located in conversations:
        if conv.next is not None and conv.next not in seen:
            problems.append(
                Problem(
                    path,
                    located.line_for(("next",)),
                    f"volgend gesprek '{conv.next}' bestaat niet in de map met inhoud",
                )
            )

    chooser = shared.get("chooser")
    if isinstance(chooser, Chooser) and conversations:
        path = root / "chooser.yaml"
        located = _read_yaml(path, [])
        for q_index, question in enumerate(chooser.questions):
            for o_index, option in enumerate(question.options):
                for conv_id in option.points:
                    if conv_id not in seen:
                        line = (
                            located.line_for(("questions", q_index, "options", o_index, "points", conv_id))
                            if located
                            else None
                        )
                        problems.append(Problem(path, line, f"'{conv_id}' is geen gesprek uit de map met inhoud"))

    if problems:
        return None, problems
    content = Content(
        conversations=sorted((c for c, _, _ in conversations), key=lambda c: (c.order, c.name)),
        **shared,  # type: ignore[arg-type]
    )
    return content, []


def content_schema() -> dict[str, Any]:
    """JSON Schemas for the content files, keyed by the file (or folder) they describe."""
    schemas: dict[str, Any] = {f"{CONVERSATIONS_DIR}/*.yaml": ConversationType.model_json_schema()}
    for filename, (_, model) in SHARED_FILES.items():
        schemas[filename] = model.model_json_schema()
    return schemas
