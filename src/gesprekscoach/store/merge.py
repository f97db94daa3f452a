"""Combine two versions of one preparation that were changed at the same time (three-way merge).

When two windows edit one preparation, `PreparationStore.save()` raises
`ConcurrentEditError` with the version on disk ("theirs"). With the version both started
from ("base") and the one in this window ("mine"), `merge_preparations` makes one version:

- a field changed on one side only takes that side's value;
- a field changed on both sides to the same value takes it;
- a field changed on both sides to different values is a conflict: the result keeps
  *mine* and lists the conflict (with all three values), for the application to ask about.

Mappings (answers, checklist, the after-meeting record) are merged key by key. Lists of
items with an `id` (goals, agreements, disagreements, carried-over items) are merged item
by item; a goal, agreement or disagreement that both sides added under the same new id is
kept twice (mine gets a new id). Other lists (agenda, feedback, steps) are merged when both
sides only added at the end; otherwise a change on both sides is a conflict.

The result carries the revision of *theirs*, so it can be saved over it, and lists where it
differs from *mine* (`taken`: what came from the other side, so a window can show it). Pure: no files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from gesprekscoach.dates import instant_key
from gesprekscoach.store.models import PREPARATION_SCHEMA_VERSION, Preparation

PathPart = str | int
"""A key in a mapping, or an index in a list."""

FieldPath = tuple[PathPart, ...]
"""Where a field is: ('answers', 'wat-ging-goed', 'text'); an item of a list with ids by its id."""

_BOOKKEEPING = ("id", "schema_version", "updated_at")
"""Fields the merge does not compare: the store sets them on every save."""

_STAMPS: frozenset[tuple[PathPart, ...]] = frozenset({("after", "recorded_at")})
"""Fields that stamp the moment of the last change: the later stamp is kept, never asked about."""

_ASSIGNED_ID = re.compile(r"(doel|afspraak|bezwaar)-\d+")
"""Ids the coach hands out itself (`Preparation.assign_ids`): two sides may hand out the same one."""


class _Missing:
    """A key that is not there (deleted, or never added)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""The value of a field that is absent on one side (in a conflict: deleted there)."""


@dataclass(frozen=True)
class MergeConflict:
    """One field both sides changed to different values; `MISSING` means deleted on that side."""

    path: tuple[PathPart, ...]
    """Where: ('answers', 'wat-ging-goed', 'text'), or ('goals', 'doel-1', 'meetbaar') for an item by id."""
    base: Any
    mine: Any
    theirs: Any

    def field(self) -> str:
        """The path as one string: 'answers.wat-ging-goed.text'."""
        return ".".join(str(part) for part in self.path)


@dataclass(frozen=True)
class MergeResult:
    """The merged preparation, the conflicts in it (where it kept *mine*), and what it took from *theirs*."""

    merged: Preparation
    conflicts: tuple[MergeConflict, ...]
    taken: tuple[FieldPath, ...] = ()
    """Where `merged` differs from *mine* (see `differing_paths`): the other side's changes."""

    @property
    def clean(self) -> bool:
        """True when nothing conflicted: the merge can be saved without asking."""
        return not self.conflicts


def merge_preparations(base: Preparation, mine: Preparation, theirs: Preparation) -> MergeResult:
    """Three-way merge of a preparation: what changed on one side is taken, both sides differently is a conflict.

    `base` is the version both started from, `mine` this window's version, `theirs` the
    version on disk (`ConcurrentEditError.on_disk`). None of the three is changed.
    """
    conflicts: list[MergeConflict] = []
    base_data, mine_data, theirs_data = (_data(prep) for prep in (base, mine, theirs))
    merged = _merge(base_data, mine_data, theirs_data, (), conflicts)
    merged.update(
        id=mine.id,
        schema_version=PREPARATION_SCHEMA_VERSION,
        updated_at=max(mine.updated_at, theirs.updated_at, key=instant_key),
    )
    result = Preparation.model_validate(merged)
    result.revision = theirs.revision
    return MergeResult(result, tuple(conflicts), differing_paths(mine, result))


def differing_paths(before: Preparation, after: Preparation) -> tuple[FieldPath, ...]:
    """Where `after` differs from `before`, as deep as both are mappings or lists of items with ids.

    A key or item on one side only is named by its own path ('answers', 'x'); a list without ids,
    or a list of items whose order changed, by the path of the whole list. The fields the store
    sets on every save (id, schema version, time of the save) are left out.
    """
    found: list[FieldPath] = []
    _differences(_data(before), _data(after), (), found)
    return tuple(found)


def _differences(old: Any, new: Any, path: FieldPath, found: list[FieldPath]) -> None:
    if _same(old, new):
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(key for key in new if key not in old)]:
            _differences(old.get(key, MISSING), new.get(key, MISSING), (*path, key), found)
        return
    if isinstance(old, list) and isinstance(new, list) and _has_id(old) and _has_id(new):
        old_by_id = {item["id"]: item for item in old}
        new_by_id = {item["id"]: item for item in new}
        kept_old = [item_id for item_id in old_by_id if item_id in new_by_id]
        kept_new = [item_id for item_id in new_by_id if item_id in old_by_id]
        if kept_old != kept_new:
            found.append(path)
            return
        for item_id in [*old_by_id, *(item_id for item_id in new_by_id if item_id not in old_by_id)]:
            _differences(old_by_id.get(item_id, MISSING), new_by_id.get(item_id, MISSING), (*path, item_id), found)
        return
    found.append(path)


def _data(prep: Preparation) -> dict[str, Any]:
    data = prep.model_dump(mode="python")
    for key in _BOOKKEEPING:
        data.pop(key, None)
    return data


def _merge(base: Any, mine: Any, theirs: Any, path: tuple[PathPart, ...], conflicts: list[MergeConflict]) -> Any:
    """The merged value of one field (MISSING: the field goes away)."""
    if _same(mine, theirs):
        return mine
    if _same(base, mine):
        return theirs
    if _same(base, theirs):
        return mine
    if path in _STAMPS and isinstance(mine, datetime) and isinstance(theirs, datetime):
        return max(mine, theirs, key=instant_key)
    if isinstance(mine, dict) and isinstance(theirs, dict) and isinstance(base, (dict, type(None), _Missing)):
        return _merge_mappings(base if isinstance(base, dict) else {}, mine, theirs, path, conflicts)
    if isinstance(mine, list) and isinstance(theirs, list) and isinstance(base, (list, type(None), _Missing)):
        base_list = base if isinstance(base, list) else []
        if all(_has_id(items) for items in (base_list, mine, theirs)):
            return _merge_by_id(base_list, mine, theirs, path, conflicts)
        appended = _merge_appended(base_list, mine, theirs)
        if appended is not None:
            return appended
    conflicts.append(MergeConflict(path, base, mine, theirs))
    return mine


def _same(left: Any, right: Any) -> bool:
    return type(left) is type(right) and bool(left == right)


def _merge_mappings(
    base: dict[Any, Any],
    mine: dict[Any, Any],
    theirs: dict[Any, Any],
    path: tuple[PathPart, ...],
    conflicts: list[MergeConflict],
) -> dict[Any, Any]:
    """Key by key; keys in the order of theirs, then the keys only mine has."""
    merged: dict[Any, Any] = {}
    for key in [*theirs, *(key for key in mine if key not in theirs), *(key for key in base if key not in theirs)]:
        if key in merged:
            continue
        value = _merge(
            base.get(key, MISSING), mine.get(key, MISSING), theirs.get(key, MISSING), (*path, key), conflicts
        )
        if value is not MISSING:
            merged[key] = value
    return merged


def _has_id(items: list[Any]) -> bool:
    """True when every item is a mapping with its own non-empty text `id`."""
    ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    return all(isinstance(item_id, str) and item_id for item_id in ids) and len(set(ids)) == len(ids)


def _merge_by_id(
    base: list[dict[str, Any]],
    mine: list[dict[str, Any]],
    theirs: list[dict[str, Any]],
    path: tuple[PathPart, ...],
    conflicts: list[MergeConflict],
) -> list[dict[str, Any]]:
    """Item by item (matched on `id`); the order of theirs, then the items only mine has."""
    base_by_id = {item["id"]: item for item in base}
    mine_by_id = {item["id"]: item for item in mine}
    theirs_by_id = {item["id"]: item for item in theirs}
    merged: list[dict[str, Any]] = []
    renumber: list[dict[str, Any]] = []
    order = [*theirs_by_id, *(item_id for item_id in mine_by_id if item_id not in theirs_by_id)]
    order += [item_id for item_id in base_by_id if item_id not in mine_by_id and item_id not in theirs_by_id]
    for item_id in order:
        base_item = base_by_id.get(item_id, MISSING)
        mine_item = mine_by_id.get(item_id, MISSING)
        theirs_item = theirs_by_id.get(item_id, MISSING)
        added_twice = base_item is MISSING and mine_item is not MISSING and theirs_item is not MISSING
        if added_twice and mine_item != theirs_item and _ASSIGNED_ID.fullmatch(item_id):
            # Both windows added an item and the coach gave both the same next id: keep both.
            merged.append(theirs_item)
            renumber.append({**mine_item, "id": ""})  # `Preparation` gives it the next free id
            continue
        value = _merge(base_item, mine_item, theirs_item, (*path, item_id), conflicts)
        if value is not MISSING:
            merged.append(value)
    return merged + renumber


def _merge_appended(base: list[Any], mine: list[Any], theirs: list[Any]) -> list[Any] | None:
    """Base plus what theirs and then mine added at the end; None when a side changed more than that."""
    size = len(base)
    if mine[:size] != base or theirs[:size] != base:
        return None
    added_by_me = [item for item in mine[size:] if item not in theirs[size:]]
    return [*theirs, *added_by_me]
