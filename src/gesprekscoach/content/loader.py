"""The one loader of the coach's content folder (YAML), reporting problems as `file:line: what`.

The folder holds `conversations/*.yaml` (one conversation type each), the shared files
listed in `SHARED_FILES` and the words of the sheet and the papers after the meeting,
`sheet/labels.yaml` (`Content.sheet_labels`; the Typst templates beside it are layout, read by
`sheet/assets.py`). Every file is read within a budget and parsed with a safe loader
(`yaml_reader.py`), and validated against the strict models in `models.py` and
`sheet_labels.py` (`validation.py`). All problems of all files are collected, each with the file and line it
is about, in plain Dutch.

The fallbacks to the shipped content happen here, and only here:
- a folder without `checks.yaml` or `glossary.yaml` uses the shipped one (`OPTIONAL_FILES`);
- a folder without `sheet/labels.yaml` uses the shipped one (`sheet_labels_path`);
- an `after.yaml` without `report_reminder` or `reaction_letter` gets the shipped texts
  (`AFTER_FALLBACK_FIELDS`), so every loaded `Content.after` has both.

`load_content` gives the whole `Content`; `load_check_texts` gives only the check texts (for
`gesprekscoach smart` and `feedback`), through the same reading, validation and cache. Both
honour `--content` / `GESPREKSCOACH_CONTENT` through `default_content_dir()`. Checked
content is cached as plain JSON (`cache.py`). Which files a folder has, and the cache's key and
folder, are in `content_files.py` (no pydantic), so a command can find checked content in the
cache without importing the models.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from gesprekscoach.content.check_models import PlainDataError, from_plain
from gesprekscoach.content.check_parts import CheckParts, load_check_parts
from gesprekscoach.content.content_files import (
    AFTER_FILE,
    CHECKS_CACHE,
    CHECKS_FILE,
    CONTENT_CACHE,
    CONVERSATIONS_DIR,
    GLOSSARY_FILE,
    LABELS_FILE,
    OPTIONAL_FILES,
    SHARED_FILE_FIELDS,
    SHEET_FOLDER,
    cache_folder,
    content_cache_key,
    content_files,
    conversation_files,
    shared_path,
    sheet_labels_path,
)
from gesprekscoach.content.models import (
    AfterMeeting,
    AskStep,
    CheckTexts,
    Chooser,
    Content,
    ConversationType,
    FeedbackGuide,
    Glossary,
    PitfallList,
    PitfallsStep,
    QuestionsStep,
    SmartGuide,
)
from gesprekscoach.content.problems import ContentError, Problem
from gesprekscoach.content.sheet_labels import SheetLabels
from gesprekscoach.content.validation import validate
from gesprekscoach.content.yaml_reader import LocatedYaml, SafeLoader, YamlReadError, read_yaml_file
from gesprekscoach.paths import default_content_dir, shipped_content_dir

__all__ = [
    "AFTER_FALLBACK_FIELDS",
    "CHECKS_FILE",
    "CONVERSATIONS_DIR",
    "CheckParts",
    "GLOSSARY_FILE",
    "OPTIONAL_FILES",
    "SHARED_FILES",
    "ContentError",
    "Problem",
    "SafeLoader",
    "check_check_texts",
    "check_content",
    "check_warnings",
    "content_schema",
    "load_check_parts",
    "load_check_texts",
    "load_content",
    "sheet_labels_path",
]

_MODELS: dict[str, type[Any]] = {
    "smart": SmartGuide,
    "pitfalls": PitfallList,
    "feedback": FeedbackGuide,
    "after": AfterMeeting,
    "chooser": Chooser,
    "checks": CheckTexts,
    "glossary": Glossary,
}

SHARED_FILES: dict[str, tuple[str, type[Any]]] = {
    filename: (field, _MODELS[field]) for filename, field in SHARED_FILE_FIELDS.items()
}
"""Shared content files: file name → (field of `Content`, model); the names are in `content_files.py`.

A model is a pydantic model, or a dataclass of `check_models.py` that pydantic validates the same way."""

AFTER_FALLBACK_FIELDS: tuple[str, ...] = ("report_reminder", "reaction_letter", "around_meeting", "progress")
"""Fields of after.yaml a content folder may leave out; the shipped texts are used then."""


# --------------------------------------------------------------------------- reading one file


def _read_yaml(path: Path, problems: list[Problem]) -> LocatedYaml | None:
    """Parse one content file (fields at the top); on failure add problems and return None."""
    try:
        located = read_yaml_file(path)
    except YamlReadError as exc:
        problems.append(Problem(path, exc.line, exc.message))
        return None
    if located.data is None:
        problems.append(Problem(path, 1, "het bestand is leeg"))
        return None
    for line, key in located.duplicate_keys:
        problems.append(Problem(path, line, f"veld '{key}' staat er twee keer; haal er één weg"))
    if not isinstance(located.data, dict):
        problems.append(
            Problem(path, 1, "het bestand moet velden bevatten (sleutel: waarde), geen losse tekst of lijst")
        )
        return None
    return located


def _load_sheet_labels(root: Path, problems: list[Problem]) -> SheetLabels | None:
    """The sheet's labels (see `sheet_labels_path`), validated; None after adding problems."""
    path = sheet_labels_path(root)
    if not path.is_file():
        problems.append(Problem(path, None, "dit bestand ontbreekt; zonder dit bestand kan ik geen blad maken"))
        return None
    located = _read_yaml(path, problems)
    return validate(path, located, SheetLabels, problems) if located is not None else None


def _with_shipped_after(after: AfterMeeting, problems: list[Problem]) -> AfterMeeting | None:
    """`after` with the shipped texts for every optional field it leaves out."""
    missing = [name for name in AFTER_FALLBACK_FIELDS if getattr(after, name) is None]
    if not missing:
        return after
    path = shipped_content_dir() / AFTER_FILE
    located = _read_yaml(path, problems)
    shipped = validate(path, located, AfterMeeting, problems) if located is not None else None
    if shipped is None:
        return None
    return after.model_copy(update={name: getattr(shipped, name) for name in missing})


def _load_shared(root: Path, filename: str, problems: list[Problem]) -> tuple[object | None, LocatedYaml | None]:
    """One shared file, read, validated and completed with its fallbacks; (None, …) after adding problems."""
    _field, model = SHARED_FILES[filename]
    path = shared_path(root, filename)
    if not path.is_file():
        problems.append(Problem(path, None, "dit bestand ontbreekt in de map met inhoud"))
        return None, None
    located = _read_yaml(path, problems)
    if located is None:
        return None, None
    validated = validate(path, located, model, problems)
    if isinstance(validated, AfterMeeting):
        validated = _with_shipped_after(validated, problems)
    return validated, located


# --------------------------------------------------------------------------- cross-references


def _check_conversation_refs(
    conv: ConversationType,
    path: Path,
    located: LocatedYaml,
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


# --------------------------------------------------------------------------- checking a folder


def _missing_folder(root: Path) -> list[Problem]:
    if root.is_dir():
        return []
    return [Problem(root, None, "deze map met inhoud bestaat niet; kijk of het pad klopt")]


def check_content(directory: Path | None = None) -> tuple[Content | None, list[Problem]]:
    """Load a content folder and collect every problem; the content is None when there are any."""
    root = Path(directory) if directory is not None else default_content_dir()
    problems = _missing_folder(root)
    if problems:
        return None, problems

    shared: dict[str, object] = {}
    located_shared: dict[str, LocatedYaml] = {}
    for filename, (field, _model) in SHARED_FILES.items():
        validated, located = _load_shared(root, filename, problems)
        if validated is not None:
            shared[field] = validated
        if located is not None:
            located_shared[filename] = located

    labels = _load_sheet_labels(root, problems)

    conv_files = conversation_files(root)
    if not conv_files:
        problems.append(
            Problem(
                root / CONVERSATIONS_DIR, None, "geen gesprekken gevonden: zet minstens één .yaml-bestand in deze map"
            )
        )

    pitfalls = shared.get("pitfalls")
    pitfall_ids = {p.id for p in pitfalls.pitfalls} if isinstance(pitfalls, PitfallList) else None
    conversations: list[tuple[ConversationType, Path, LocatedYaml]] = []
    for path in conv_files:
        located = _read_yaml(path, problems)
        if located is None:
            continue
        conv = validate(path, located, ConversationType, problems)
        if conv is not None:
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
        chooser_lines = located_shared.get("chooser.yaml")
        for q_index, question in enumerate(chooser.questions):
            for o_index, option in enumerate(question.options):
                for conv_id in option.points:
                    if conv_id not in seen:
                        line = (
                            chooser_lines.line_for(("questions", q_index, "options", o_index, "points", conv_id))
                            if chooser_lines
                            else None
                        )
                        problems.append(Problem(path, line, f"'{conv_id}' is geen gesprek uit de map met inhoud"))

    if problems or labels is None:
        return None, problems
    content = Content(
        conversations=sorted((c for c, _, _ in conversations), key=lambda c: (c.order, c.name)),
        sheet_labels=labels,
        **shared,
    )
    return content, []


def check_check_texts(directory: Path | None = None) -> tuple[CheckTexts | None, list[Problem]]:
    """Load only the check texts of a content folder (its checks.yaml, else the shipped one) and collect problems."""
    root = Path(directory) if directory is not None else default_content_dir()
    problems = _missing_folder(root)
    if problems:
        return None, problems
    texts, _located = _load_shared(root, CHECKS_FILE, problems)
    if problems or not isinstance(texts, CheckTexts):
        return None, problems
    return texts, []


# --------------------------------------------------------------------------- warnings


def check_warnings(content: Content, directory: Path | None = None) -> list[Problem]:
    """What is worth a look in a checked content folder but is no error (`warnings.py`).

    A conversation type the chooser never advises (at chooser.yaml), and every text that uses
    a form the glossary of the content avoids (at its file and line). The files are read again,
    within the same budget; one that cannot be read gives no warning (`check_content` said why).
    """
    from gesprekscoach.content.warnings import avoided_form_problems, unreachable_from_chooser

    root = Path(directory) if directory is not None else default_content_dir()
    warnings = [
        Problem(
            root / "chooser.yaml",
            None,
            f"geen antwoord geeft punten aan '{conv.id}' ({conv.name}): 'Welk gesprek heb ik?' raadt het nooit aan",
        )
        for conv in unreachable_from_chooser(content)
    ]
    files = [root / name for name in SHARED_FILES if name != GLOSSARY_FILE] + conversation_files(root)
    files.append(root / SHEET_FOLDER / LABELS_FILE)
    for path in files:
        if not path.is_file():
            continue
        unused: list[Problem] = []
        located = _read_yaml(path, unused)
        if located is not None:
            warnings += avoided_form_problems(path, located, content.glossary)
    return warnings


# --------------------------------------------------------------------------- loading, with the cache


def load_content(directory: Path | None = None, *, use_cache: bool = True) -> Content:
    """Load and check a content folder (default: `default_content_dir()`); raise `ContentError` on problems.

    Checked content is kept in a private cache (see `cache.py`), keyed by the exact bytes of
    every file it was read from, so the next start skips parsing; any change to a file,
    however small, checks the folder again.
    """
    from gesprekscoach.content.cache import read_cached, write_cached

    root = Path(directory) if directory is not None else default_content_dir()
    folder = cache_folder() if use_cache else None
    key = content_cache_key(content_files(root)) if folder is not None and root.is_dir() else None
    if folder is not None and key is not None:
        cached = read_cached(folder, CONTENT_CACHE, key, Content)
        if cached is not None:
            return cached
    content, problems = check_content(root)
    if problems or content is None:
        raise ContentError(problems)
    if folder is not None and key is not None:
        write_cached(folder, CONTENT_CACHE, key, content)
    return content


def load_check_texts(directory: Path | None = None, *, use_cache: bool = True) -> CheckTexts:
    """Load only the check texts of a content folder (default: `default_content_dir()`); `ContentError` on problems.

    Read, validated and cached the same way as `load_content`: for a command that needs
    nothing else (`gesprekscoach smart`, `gesprekscoach feedback`).
    """
    from gesprekscoach.content.cache import read_data, write_data

    root = Path(directory) if directory is not None else default_content_dir()
    path = shared_path(root, CHECKS_FILE)
    folder = cache_folder() if use_cache else None
    key = content_cache_key([path]) if folder is not None and root.is_dir() and path.is_file() else None
    if folder is not None and key is not None:
        try:
            return from_plain(CheckTexts, read_data(folder, CHECKS_CACHE, key))
        except PlainDataError:
            pass  # no cache, or one of another shape: check the file
    texts, problems = check_check_texts(root)
    if problems or texts is None:
        raise ContentError(problems)
    if folder is not None and key is not None:
        write_data(folder, CHECKS_CACHE, key, texts.to_plain())
    return texts


def content_schema() -> dict[str, Any]:
    """JSON Schemas for the content files, keyed by the file (or folder) they describe."""
    from pydantic import TypeAdapter

    schemas: dict[str, Any] = {f"{CONVERSATIONS_DIR}/*.yaml": ConversationType.model_json_schema()}
    for filename, (_, model) in SHARED_FILES.items():
        schemas[filename] = (
            model.model_json_schema() if issubclass(model, BaseModel) else TypeAdapter(model).json_schema()
        )
    return schemas
