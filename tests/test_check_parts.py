"""`smart` and `feedback` take their texts from the cache of checked content, without pydantic, as strictly.

The check texts, the SMART guide and the feedback guide are read-only models (`content/check_models.py`)
that pydantic validates, as dataclasses, as part of `Content`; on a cache hit they are built from the cached plain
data by `from_plain`, which checks every type, constraint and rule again. Data of another shape
is never used: the loader checks the folder instead.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from gesprekscoach.content.check_models import (
    CheckTexts,
    FeedbackGuide,
    FrozenFieldError,
    PlainDataError,
    SmartGuide,
    from_plain,
)
from gesprekscoach.content.check_parts import CheckParts, cached_check_parts, load_check_parts
from gesprekscoach.content.loader import load_content
from gesprekscoach.paths import content_dir_for

GOAL = "Ik rond voor 1 maart 2027 drie cursussen Excel af en haal het certificaat"


def _cache_file(home: Path) -> Path:
    [cache_file] = sorted((home / "cache").glob("inhoud-*"))
    return cache_file


def _plant(home: Path, change: Any) -> None:
    """Change the cached data in place (keeping the key): what a damaged or foreign cache holds."""
    cache_file = _cache_file(home)
    payload = json.loads(cache_file.read_bytes())
    change(payload["data"])
    cache_file.write_text(json.dumps(payload), encoding="utf-8")


@pytest.mark.parametrize("pack", ["nederland", "vlaanderen"])
def test_the_parts_from_the_cache_are_the_validated_parts(private_home: Path, pack: str) -> None:
    root = content_dir_for(pack)
    assert cached_check_parts(root) is None  # nothing cached yet
    content = load_content(root)
    parts = cached_check_parts(root)
    assert parts == CheckParts(content.checks, content.smart, content.feedback)
    assert load_check_parts(root) == parts


@pytest.mark.parametrize(
    "change",
    [
        lambda data: data["checks"]["cli"].update(goal=""),  # an empty text
        lambda data: data["checks"]["cli"].update(goal=" Doel"),  # a text validation would strip
        lambda data: data["checks"]["cli"].update(goal=3),  # no text
        lambda data: data["checks"]["cli"].update(bad_today="{datum} kan niet"),  # lacks {waarde}
        lambda data: data["checks"]["cli"].update(nieuw="x"),  # an unknown key
        lambda data: data["checks"]["cli"].pop("goal"),  # a missing text
        lambda data: data["checks"]["smart"]["specifiek"]["w_questions"].pop("wie"),
        lambda data: data["smart"]["letters"].reverse(),  # not S, M, A, R, T
        lambda data: data["smart"]["letters"].pop(),  # four letters
        lambda data: data["smart"]["letters"][0].update(letter="X"),
        lambda data: data["smart"]["examples"].append({"text": "t", "smart": "ja", "why": "w"}),  # no bool
        lambda data: data["feedback"].update(ik_template="Ik merk dat {situatie}."),  # lacks {wens}
        lambda data: data["feedback"].update(principles=[]),
        lambda data: data.update(checks=None),
        lambda data: data.pop("feedback"),
    ],
)
def test_a_cache_of_another_shape_is_never_used(private_home: Path, change: Any) -> None:
    content = load_content()
    _plant(private_home, change)
    assert cached_check_parts(content_dir_for("nederland")) is None
    assert load_check_parts() == CheckParts(content.checks, content.smart, content.feedback)  # checked again


def test_a_planted_text_of_the_right_shape_is_read_as_cached(private_home: Path) -> None:
    """The cache is keyed by the bytes of the files and private to the user (see test_content_safety.py)."""
    load_content()
    _plant(private_home, lambda data: data["checks"]["cli"].update(goal="Mijn doel"))
    parts = load_check_parts()
    assert parts.checks.cli.goal == "Mijn doel"


def test_from_plain_is_as_strict_as_validation() -> None:
    guide = load_content().smart
    plain = json.loads(json.dumps(load_content().model_dump(mode="json")["smart"]))
    assert from_plain(SmartGuide, plain) == guide
    with pytest.raises(PlainDataError):
        from_plain(SmartGuide, {**plain, "intro": True})
    with pytest.raises(PlainDataError):  # pydantic would make it True; checked content never has it
        from_plain(SmartGuide, {**plain, "examples": [{"text": "t", "smart": 1, "why": "w"}]})
    with pytest.raises(PlainDataError):
        from_plain(FeedbackGuide, plain)  # the fields of another model
    with pytest.raises(PlainDataError):
        from_plain(CheckTexts, [])


def test_smart_and_feedback_import_no_pydantic_on_a_cache_hit(private_home: Path) -> None:
    code = (
        "import sys\n"
        "from gesprekscoach.cli.main import main\n"
        "code = main(sys.argv[1:])\n"
        "print('pydantic' in sys.modules, 'dataclasses' in sys.modules, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    smart = ["smart", "--json", GOAL]
    feedback = ["feedback", "--json", "Je bent altijd te laat in het overleg"]
    runs = [
        subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True)
        for argv in (smart, smart, feedback)
    ]
    assert runs[0].stdout == runs[1].stdout  # the same verdict from the cache
    assert json.loads(runs[1].stdout) and json.loads(runs[2].stdout)
    # checked the first time (pydantic, which makes the models dataclasses), from the cache after: neither
    assert [run.stderr.split() for run in runs] == [["True", "True"], ["False", "False"], ["False", "False"]]


def test_a_model_is_read_only_and_its_plain_data_is_what_dataclasses_give() -> None:
    import dataclasses

    guide = load_content().smart  # validated by pydantic: the models are dataclasses for it now
    assert dataclasses.is_dataclass(guide)
    assert guide.to_plain() == dataclasses.asdict(guide)
    assert from_plain(SmartGuide, guide.to_plain()) == guide
    with pytest.raises(FrozenFieldError):
        guide.intro = "Anders"  # type: ignore[misc]
    with pytest.raises(FrozenFieldError):
        del guide.intro  # type: ignore[misc]
    copied = guide.model_copy(update={"intro": "Anders"})
    assert copied.intro == "Anders" and guide.intro != "Anders" and copied != guide


def test_a_field_with_a_default_factory_gets_its_own_value() -> None:
    plain = json.loads(json.dumps(load_content().model_dump(mode="json")["smart"]))
    del plain["examples"]
    first, second = from_plain(SmartGuide, plain), from_plain(SmartGuide, plain)
    assert first.examples == [] and second.examples == [] and first.examples is not second.examples
