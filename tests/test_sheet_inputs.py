"""The sheet from the cache is the sheet from the models.

`gesprekscoach exporteer` builds the sheet from a `PreparationView` (a preparation that passed
validation before, from the cache) and a `ContentView` (checked content, from the cache),
without pydantic. The full screen, plain mode and printing build it from the models. Both must
give the very same document, for every kind of preparation, shared and full, in Markdown too.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.content.sheet_content import ContentView, cached_sheet_content, load_sheet_content
from gesprekscoach.paths import default_content_dir
from gesprekscoach.sheet.build import SheetContext, build_sheet
from gesprekscoach.sheet.markdown import render_markdown, sheet_filename
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.preparation_view import view_of
from gesprekscoach.store.preparations import PreparationStore
from sheet_fixtures import PREPARATIONS, example_preparation, with_agreements

TODAY = date(2026, 11, 20)
CONTEXT = SheetContext(name="Sanne de Vries", function="Verpleegkundige")


def _cases() -> dict[str, Preparation]:
    cases = {name: make() for name, make in PREPARATIONS.items()}
    cases["example"] = example_preparation()
    cases["after"] = with_agreements(example_preparation())
    cases["unknown-conversation"] = example_preparation().model_copy(update={"conversation": "bestaat-niet"})
    return cases


@pytest.fixture
def content_view(shipped_content: Content) -> ContentView:
    """The shipped content as the export reads it: from the cache the loader wrote."""
    from gesprekscoach.content.loader import load_content

    load_content()  # writes the cache in this test's home
    view = cached_sheet_content(default_content_dir())
    assert view is not None
    return view


@pytest.mark.parametrize("name", sorted(_cases()))
@pytest.mark.parametrize("full", [False, True])
def test_the_sheet_from_the_cache_is_the_sheet_from_the_models(
    name: str, full: bool, shipped_content: Content, content_view: ContentView
) -> None:
    prep = _cases()[name]
    from_models = build_sheet(prep, shipped_content, today=TODAY, full=full, context=CONTEXT)
    from_cache = build_sheet(view_of(prep), content_view, today=TODAY, full=full, context=CONTEXT)
    assert from_cache == from_models
    assert render_markdown(from_cache) == render_markdown(from_models)
    assert sheet_filename(view_of(prep), content_view) == sheet_filename(prep, shipped_content)
    # what `exporteer` reads: only the preparation's own conversation type
    narrowed = cached_sheet_content(default_content_dir(), prep.conversation)
    assert narrowed is not None and len(narrowed.conversations) <= 1
    assert build_sheet(view_of(prep), narrowed, today=TODAY, full=full, context=CONTEXT) == from_models
    assert sheet_filename(view_of(prep), narrowed) == sheet_filename(prep, shipped_content)


def test_the_content_view_holds_what_the_content_holds(shipped_content: Content, content_view: ContentView) -> None:
    assert content_view.sheet_labels == shipped_content.sheet_labels
    assert content_view.checks == shipped_content.checks
    assert content_view.smart == shipped_content.smart
    for conv in shipped_content.conversations:
        seen = content_view.conversation(conv.id)
        assert (seen.name, [q.id for q in seen.questions]) == (conv.name, [q.id for q in conv.questions])
        assert [(s.kind, s.id, s.title) for s in seen.steps] == [(s.kind, s.id, s.title) for s in conv.steps]
    assert [p.title for p in content_view.pitfalls] == [p.title for p in shipped_content.pitfalls.pitfalls]
    with pytest.raises(KeyError):
        content_view.conversation("bestaat-niet")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data.pop("conversations"),
        lambda data: data["conversations"][0].update(name=3),
        lambda data: data["conversations"][0]["steps"][0].update(kind="onbekend"),
        lambda data: data["pitfalls"].update(pitfalls="geen lijst"),
        lambda data: data["sheet_labels"].pop("title"),
    ],
)
def test_cached_content_of_another_shape_is_not_used(shipped_content: Content, damage: object) -> None:
    from gesprekscoach.content.check_models import PlainDataError

    data = shipped_content.model_dump(mode="json")
    assert ContentView.from_plain(data).sheet_labels == shipped_content.sheet_labels
    damage(data)  # type: ignore[operator]
    with pytest.raises(PlainDataError):
        ContentView.from_plain(data)


def test_without_a_cache_the_content_is_loaded_and_checked(tmp_path: Path) -> None:
    from gesprekscoach.content.content_files import checked_content_data

    assert checked_content_data(default_content_dir()) is None  # a fresh home: no cache yet
    loaded = load_sheet_content()  # so the loader checks the folder (and caches it)
    assert checked_content_data(default_content_dir()) is not None
    assert isinstance(loaded, ContentView) and loaded.key
    again = load_sheet_content()
    assert isinstance(again, ContentView)
    assert again == loaded


def test_without_a_cache_folder_the_loaded_content_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from gesprekscoach.content import content_files

    monkeypatch.setattr(content_files, "cache_folder", lambda: None)
    assert isinstance(load_sheet_content(), Content)


def test_a_second_export_imports_neither_pydantic_nor_yaml(private_home: Path) -> None:
    store = PreparationStore()
    prep = with_agreements(example_preparation())
    store.save(prep)
    code = (
        "import sys\n"
        "from gesprekscoach.cli.main import main\n"
        f"code = main(['exporteer', {prep.id!r}])\n"
        "checked = 'gesprekscoach.checks.smart' in sys.modules\n"
        "print('pydantic' in sys.modules, 'yaml' in sys.modules, 'dataclasses' in sys.modules, checked, code)\n"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert first.stdout.splitlines()[-1].startswith("True True")  # the first export validated the file
    assert second.stdout.splitlines()[-1] == "False False False False 0"  # not even the SMART check
    assert second.stdout.splitlines()[:-1] == first.stdout.splitlines()[:-1]  # the same sheet
