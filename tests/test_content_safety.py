"""The content loader under attack or abuse: YAML within a budget, and a cache that never runs code.

Each broken file is reported as `file:line: Dutch message`, in bounded time and memory, and
never as a traceback; a planted or foreign cache file is never executed and never trusted.
"""

from __future__ import annotations

import json
import os
import pickle
import stat
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
import yaml

from gesprekscoach.content import yaml_reader
from gesprekscoach.content.after_texts import reaction_letter_texts, report_reminder_text
from gesprekscoach.content.loader import (
    ContentError,
    check_check_texts,
    check_content,
    load_check_texts,
    load_content,
)
from gesprekscoach.content.models import AfterMeeting, Content
from gesprekscoach.content.yaml_reader import CONTENT_BUDGET, YamlBudget, YamlReadError, parse_yaml
from gesprekscoach.paths import shipped_content_dir
from test_content import MINIMAL

PITFALLS = "pitfalls.yaml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small valid content folder (the one of test_content.py), written fresh for each test."""
    root = tmp_path / "inhoud"
    for name, text in MINIMAL.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _only_problem(root: Path) -> str:
    content, problems = check_content(root)
    assert content is None
    assert len(problems) == 1, [str(p) for p in problems]
    return str(problems[0])


def _content_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "content", "check", str(root)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


# --------------------------------------------------------------------------- the YAML budget

ALIAS_BOMB = """\
pitfalls:
  - id: a
    title: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    what: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    avoid: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
  - id: b
    title: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    what: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    avoid: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
  - id: c
    title: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    what: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    avoid: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""
"""Nine levels of nine aliases: about 390 million parts once expanded, in under 600 bytes."""


def test_alias_bomb_is_refused_fast_with_file_and_line(folder: Path) -> None:
    path = folder / PITFALLS
    path.write_text(ALIAS_BOMB, encoding="utf-8")
    tracemalloc.start()
    started = time.perf_counter()
    try:
        problem = _only_problem(folder)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The list anchored as &f (line 9) stands for 9**6 parts: past the budget of 100.000.
    assert problem.startswith(f"{path}:9: door de verwijzingen (*) wordt het bestand te groot")
    assert elapsed < 2.0
    assert peak < 50_000_000


def test_alias_bomb_in_content_check_exits_2_without_a_traceback(folder: Path) -> None:
    (folder / PITFALLS).write_text(ALIAS_BOMB, encoding="utf-8")
    started = time.perf_counter()
    result = _content_check(folder)
    assert time.perf_counter() - started < 30
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{folder / PITFALLS}:9: door de verwijzingen (*) wordt het bestand te groot" in result.stdout


def test_too_many_aliases(folder: Path) -> None:
    path = folder / PITFALLS
    uses = ", ".join(["*tekst"] * (CONTENT_BUDGET.max_aliases + 1))
    path.write_text(
        f"intro: &tekst Let op.\npitfalls:\n  - id: a\n    title: A\n    what: B\n    avoid: [{uses}]\n",
        encoding="utf-8",
    )
    assert _only_problem(folder).startswith(f"{path}:6: er staan te veel verwijzingen (*) in het bestand")


def test_an_alias_inside_its_own_anchor_is_refused(folder: Path) -> None:
    path = folder / PITFALLS
    path.write_text("intro: Let op.\npitfalls: &lijst\n  - *lijst\n", encoding="utf-8")
    assert _only_problem(folder).startswith(f"{path}:3: deze verwijzing (*) wijst naar het blok waar ze zelf in staat")


def test_a_few_aliases_are_fine(folder: Path) -> None:
    path = folder / PITFALLS
    path.write_text(
        "pitfalls:\n"
        "  - id: te-passief\n    title: A\n    what: &zelfde Je zegt weinig.\n    avoid: &tips [Stel vragen.]\n"
        "  - id: b\n    title: B\n    what: *zelfde\n    avoid: *tips\n",
        encoding="utf-8",
    )
    content, problems = check_content(folder)
    assert problems == [] and content is not None
    assert content.pitfall("b").what == "Je zegt weinig."


@pytest.mark.parametrize("levels", [33, 995, 5000])
def test_deep_nesting_is_refused_with_its_line(folder: Path, levels: int) -> None:
    path = folder / "conversations" / "proef.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "extra: " + "[" * levels + "]" * levels + "\n")
    line = len(path.read_text(encoding="utf-8").splitlines())
    problem = _only_problem(folder)
    assert problem.startswith(f"{path}:{line}: ")
    assert "de velden en lijsten zitten hier te diep in elkaar" in problem


def test_deep_nesting_with_the_pure_python_loader(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the C loader the parser is Python too: still no RecursionError."""
    monkeypatch.setattr(yaml_reader, "SafeLoader", yaml.SafeLoader)
    path = folder / PITFALLS
    path.write_text("intro: x\npitfalls:\n" + "".join("  " * n + "- \n" for n in range(1, 400)), encoding="utf-8")
    assert _only_problem(folder).startswith(f"{path}:34: de velden en lijsten zitten hier te diep")
    path.write_text("intro: x\npitfalls: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert _only_problem(folder).startswith(f"{path}:2: de velden en lijsten zitten hier te diep")


def test_deep_nesting_in_content_check_exits_2_without_a_traceback(folder: Path) -> None:
    (folder / PITFALLS).write_text("intro: x\npitfalls: " + "[" * 995 + "]" * 995 + "\n", encoding="utf-8")
    result = _content_check(folder)
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{folder / PITFALLS}:2: de velden en lijsten zitten hier te diep in elkaar" in result.stdout


def test_not_utf8_names_the_line_of_the_first_bad_byte(folder: Path) -> None:
    path = folder / "feedback.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    data = "".join(lines[:4]).encode("utf-8") + "ik zeg: caf\xe9\n".encode("latin-1") + "".join(lines[4:]).encode()
    path.write_bytes(data)
    assert _only_problem(folder) == (
        f"{path}:5: het bestand is geen UTF-8-tekst: op deze regel staat een teken dat niet klopt; sla het op als UTF-8"
    )


def test_a_control_character_names_its_line(folder: Path) -> None:
    path = folder / "feedback.yaml"
    text = path.read_text(encoding="utf-8").replace("Noem een situatie.", "Noem een situatie.\x07")
    path.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "\x07" in row)
    assert _only_problem(folder).startswith(f"{path}:{line}: YAML-fout: er staat een onzichtbaar stuurteken")


def test_huge_file_is_refused_without_reading_it_all(folder: Path) -> None:
    path = folder / "conversations" / "groot.yaml"
    with path.open("wb") as handle:  # 100 MB, mostly a hole: reading it all would take time and memory
        handle.write(b"id: groot\nsummary: |\n" + b"  een regel tekst\n" * 100_000)
        handle.truncate(100_000_000)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        problem = _only_problem(folder)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 2.0
    assert peak < 20_000_000
    line = (b"id: groot\nsummary: |\n" + b"  een regel tekst\n" * 100_000)[: CONTENT_BUDGET.max_bytes].count(b"\n") + 1
    assert problem == (
        f"{path}:{line}: het bestand is te groot (meer dan 1000 kB); "
        "maak het kleiner of verdeel de tekst over meer bestanden"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes exist on POSIX only")
def test_a_named_pipe_does_not_hang_the_loader(folder: Path) -> None:
    path = folder / "conversations" / "pijp.yaml"
    os.mkfifo(path)
    started = time.perf_counter()
    assert _only_problem(folder) == f"{path}: dit is geen gewoon bestand; zet hier een tekstbestand neer"
    assert time.perf_counter() - started < 2.0


def test_a_file_just_under_the_budget_is_read(folder: Path) -> None:
    """The budget refuses only what is over it: a long but allowed file loads."""
    budget = YamlBudget(max_bytes=2_000, max_depth=3, max_aliases=2, max_nodes=50)
    text = "a: &x [1, 2]\nb: [*x, *x]\nc: {d: [e]}\n"
    assert parse_yaml(text, budget).data == {"a": [1, 2], "b": [[1, 2], [1, 2]], "c": {"d": ["e"]}}
    with pytest.raises(YamlReadError) as info:
        parse_yaml(text + "f: [[[g]]]\n", budget)
    assert info.value.line == 4
    with pytest.raises(YamlReadError) as info:
        parse_yaml(text + "f: *x\n", budget)
    assert info.value.line == 4 and "te veel verwijzingen" in info.value.message


def test_lines_are_found_through_aliases_and_merge_keys() -> None:
    located = parse_yaml("basis: &b\n  titel: A\n  tekst: B\nstap:\n  <<: *b\n  tekst: C\n")
    assert located.data["stap"] == {"titel": "A", "tekst": "C"}
    assert located.duplicate_keys == []  # a merged key that is overridden is not a duplicate
    assert located.line_for(("stap", "tekst")) == 6


# --------------------------------------------------------------------------- the cache


def _cache_files(home: Path, kind: str = "inhoud") -> list[Path]:
    return sorted((home / "cache").glob(f"{kind}-*"))


class _Planted:
    """Unpickling this would create a marker file: proof that a pickle was executed."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path(self.marker).touch, ())  # type: ignore[return-value]


def test_the_cache_is_plain_json_that_validates_to_the_same_content(private_home: Path) -> None:
    content = load_content()
    [cache_file] = _cache_files(private_home)
    assert cache_file.suffix == ".json"
    payload = json.loads(cache_file.read_bytes())
    assert Content.model_validate(payload["data"]) == content
    assert load_content() == content  # from the cache
    assert stat.S_IMODE(cache_file.stat().st_mode) == 0o600


def test_a_planted_pickle_is_never_executed(folder: Path, private_home: Path, tmp_path: Path) -> None:
    first = load_content(folder)
    [cache_file] = _cache_files(private_home)
    marker = tmp_path / "uitgevoerd"
    planted = pickle.dumps(_Planted(marker))
    cache_file.write_bytes(planted)  # under the name the loader reads
    legacy = cache_file.with_suffix(".pickle")
    legacy.write_bytes(planted)  # and under the name of earlier versions
    assert load_content(folder) == first
    assert not marker.exists()
    [rewritten] = _cache_files(private_home)
    assert rewritten == cache_file and json.loads(rewritten.read_bytes())["kind"] == "inhoud"
    assert not legacy.exists()  # an old pickle is removed, never read


@pytest.mark.parametrize(
    "planted",
    [
        b"",
        b"\xff\xfe kapot",
        b"[1, 2, 3]",
        b'{"format": 1}',
        b"[" * 100_000 + b"]" * 100_000,
        b'{"format": 1, "kind": "inhoud", "key": "KEY", "data": {"conversations": "kapot"}}',
        b'{"format": 1, "kind": "inhoud", "key": "KEY", "data": null}',
    ],
)
def test_a_cache_of_the_wrong_shape_is_ignored_and_rewritten(folder: Path, private_home: Path, planted: bytes) -> None:
    first = load_content(folder)
    [cache_file] = _cache_files(private_home)
    key = cache_file.stem.removeprefix("inhoud-")
    cache_file.write_bytes(planted.replace(b"KEY", key.encode()))
    assert load_content(folder) == first
    assert Content.model_validate(json.loads(cache_file.read_bytes())["data"]) == first


def _tamper(cache_file: Path) -> None:
    """Change the cached summary, keeping the shape: what an attacker would plant."""
    payload = json.loads(cache_file.read_bytes())
    payload["data"]["conversations"][0]["summary"] = "Geplant door iemand anders."
    cache_file.write_text(json.dumps(payload), encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="owner and mode bits exist on POSIX only")
def test_a_cache_folder_others_can_write_in_is_not_read(folder: Path, private_home: Path) -> None:
    load_content(folder)
    [cache_file] = _cache_files(private_home)
    _tamper(cache_file)
    os.chmod(cache_file, 0o600)
    assert load_content(folder).conversation("proef").summary == "Geplant door iemand anders."  # private: read

    _tamper(cache_file)
    os.chmod(private_home / "cache", 0o777)
    assert load_content(folder).conversation("proef").summary == "Een gesprek om te proberen."
    assert stat.S_IMODE((private_home / "cache").stat().st_mode) == 0o700  # made private again, then rewritten
    assert "Geplant" not in cache_file.read_text(encoding="utf-8")

    _tamper(cache_file)
    os.chmod(cache_file, 0o620)  # a cache file the group can write
    assert load_content(folder).conversation("proef").summary == "Een gesprek om te proberen."


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="owner and mode bits exist on POSIX only")
def test_a_symlinked_cache_file_is_not_read(folder: Path, private_home: Path, tmp_path: Path) -> None:
    load_content(folder)
    [cache_file] = _cache_files(private_home)
    elsewhere = tmp_path / "elders.json"
    elsewhere.write_bytes(cache_file.read_bytes())
    _tamper(elsewhere)
    cache_file.unlink()
    cache_file.symlink_to(elsewhere)
    assert load_content(folder).conversation("proef").summary == "Een gesprek om te proberen."


# --------------------------------------------------------------------------- one loader: parts and fallbacks


def test_check_texts_alone_go_through_the_same_validation_and_cache(
    folder: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gesprekscoach.content.loader as loader

    shipped = load_check_texts(folder)  # the folder has no checks.yaml: the shipped one
    assert shipped == load_content(folder).checks
    [cache_file] = _cache_files(private_home, "controleteksten")
    calls: list[object] = []
    monkeypatch.setattr(loader, "check_check_texts", lambda d=None: calls.append(d) or check_check_texts(d))
    assert load_check_texts(folder) == shipped
    assert calls == []  # served from the cache
    assert cache_file.exists() and len(_cache_files(private_home)) == 1  # the content's own cache stays

    (folder / "checks.yaml").write_text("smart: [kapot\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_check_texts(folder)
    assert [str(p) for p in info.value.problems] == [
        f"{folder / 'checks.yaml'}:2: YAML-fout: een lijst tussen [ en ] is niet goed afgesloten (het begon op regel 1)"
    ]


def test_check_texts_follow_the_environment_variable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (shipped_content_dir() / "checks.yaml").read_text(encoding="utf-8")
    (folder / "checks.yaml").write_text(text.replace("name: Meetbaar", "name: Te meten"), encoding="utf-8")
    monkeypatch.setenv("GESPREKSCOACH_CONTENT", str(folder))
    assert load_check_texts().smart.meetbaar.name == "Te meten"
    assert load_content().checks.smart.meetbaar.name == "Te meten"


def test_after_yaml_without_the_optional_texts_gets_the_shipped_ones(folder: Path) -> None:
    """The minimal after.yaml has no report_reminder and no reaction_letter: the loader fills them in."""
    shipped = AfterMeeting.model_validate(
        yaml.safe_load((shipped_content_dir() / "after.yaml").read_text(encoding="utf-8"))
    )
    content = load_content(folder)
    assert content.after.intro == "Na het gesprek."
    assert content.after.reaction_letter == shipped.reaction_letter is not None
    assert content.after.report_reminder == shipped.report_reminder is not None
    assert reaction_letter_texts(content) == shipped.reaction_letter
    reminder = report_reminder_text(content, conversation="proefgesprek", meeting="1 juli 2027", days=8)
    assert "{" not in reminder and reminder


def test_after_yaml_keeps_its_own_optional_texts(folder: Path) -> None:
    path = folder / "after.yaml"
    path.write_text(
        path.read_text(encoding="utf-8") + "report_reminder: Vraag om het verslag van je {gesprek}.\n",
        encoding="utf-8",
    )
    content = load_content(folder)
    assert content.after.report_reminder == "Vraag om het verslag van je {gesprek}."
    assert content.after.reaction_letter is not None  # still the shipped phrases
    assert report_reminder_text(content, conversation="proefgesprek", meeting="1 juli", days=8) == (
        "Vraag om het verslag van je proefgesprek."
    )


def test_the_check_texts_module_no_longer_reads_files() -> None:
    """One loader: the separate reading paths are gone."""
    import importlib.util

    assert importlib.util.find_spec("gesprekscoach.content.check_texts") is None
    source = (Path(yaml_reader.__file__).parent / "after_texts.py").read_text(encoding="utf-8")
    assert "import yaml" not in source and ".read_" not in source and "open(" not in source
