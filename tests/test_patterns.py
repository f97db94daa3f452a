"""The checks' regular expressions come from a private cache of compiled code, and are the same as `re` makes them."""

from __future__ import annotations

import json
import os
import re as stdlib_re
import subprocess
import sys
from pathlib import Path

import pytest

from gesprekscoach.checks import patterns

SAMPLES = [
    (r"\b(?:altijd|nooit|steeds)\b", stdlib_re.IGNORECASE, "Je bent ALTIJD te laat, nooit op tijd"),
    (r"(?P<dag>\d{1,2})\s+(?P<maand>[a-z]+)(?:\s+(\d{4}))?", 0, "voor 1 maart 2027 en 3 april"),
    (r"^\s*(?:meer|minder)\s+(?:\w+\s+){0,3}", stdlib_re.MULTILINE, "meer tijd voor\n  minder werk"),
    (r"[^.!?]+[.!?]*", 0, "Een. Twee! Drie?"),
]


@pytest.fixture
def fresh_cache(monkeypatch: pytest.MonkeyPatch) -> patterns._Cache:
    """A cache of this process as at its start (the real one may hold the checks' patterns)."""
    cache = patterns._Cache()
    monkeypatch.setattr(patterns, "_CACHE", cache)
    return cache


def _same(mine: stdlib_re.Pattern[str], theirs: stdlib_re.Pattern[str], text: str) -> None:
    assert (mine.pattern, mine.flags, mine.groups, dict(mine.groupindex)) == (
        theirs.pattern,
        theirs.flags,
        theirs.groups,
        dict(theirs.groupindex),
    )
    assert [m.span() for m in mine.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    assert [m.groups() for m in mine.finditer(text)] == [m.groups() for m in theirs.finditer(text)]


def _cache_file(home: Path) -> Path:
    [path] = sorted((home / "cache").glob(f"{patterns.CACHE_KIND}-*.json"))
    return path


def test_cached_code_makes_the_same_patterns(private_home: Path, fresh_cache: patterns._Cache) -> None:
    for pattern, flags, text in SAMPLES:
        _same(patterns.compile(pattern, flags), stdlib_re.compile(pattern, flags), text)
    assert fresh_cache.added == len(SAMPLES)
    fresh_cache.added = patterns.MIN_NEW_TO_WRITE  # as a run that compiled enough new patterns
    fresh_cache.save()
    assert _cache_file(private_home).stat().st_mode & 0o077 == 0  # private, like every cache

    again = patterns._Cache()  # the next run
    patterns._CACHE = again
    for pattern, flags, text in SAMPLES:
        _same(patterns.compile(pattern, flags), stdlib_re.compile(pattern, flags), text)
    assert again.added == 0  # every one from the cache
    assert patterns.search(SAMPLES[0][0], "nooit", stdlib_re.IGNORECASE) is not None
    assert patterns.sub(r"\s+", " ", "a  b\tc") == "a b c"


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry.__setitem__(1, "/////w=="),  # code the engine refuses (_sre checks it)
        lambda entry: entry.__setitem__(1, "AAAA"),  # not whole code words
        lambda entry: entry.__setitem__(1, "niet base64!"),
        lambda entry: entry.__setitem__(0, "0"),
        lambda entry: entry.__setitem__(3, []),
        lambda entry: entry.pop(),
    ],
)
def test_a_damaged_entry_is_compiled_the_ordinary_way(
    private_home: Path, fresh_cache: patterns._Cache, damage: object
) -> None:
    pattern, flags, text = SAMPLES[1]
    patterns.compile(pattern, flags)
    fresh_cache.added = patterns.MIN_NEW_TO_WRITE
    fresh_cache.save()
    path = _cache_file(private_home)
    payload = json.loads(path.read_bytes())
    for entry in payload["data"].values():
        damage(entry)  # type: ignore[operator]
    path.write_text(json.dumps(payload), encoding="utf-8")
    os.chmod(path, 0o600)

    patterns._CACHE = patterns._Cache()
    _same(patterns.compile(pattern, flags), stdlib_re.compile(pattern, flags), text)
    assert patterns._CACHE.added == 1  # compiled again, and its code recorded again


def test_a_cache_others_can_write_is_not_read(private_home: Path, fresh_cache: patterns._Cache) -> None:
    pattern, flags, _text = SAMPLES[0]
    patterns.compile(pattern, flags)
    fresh_cache.added = patterns.MIN_NEW_TO_WRITE
    fresh_cache.save()
    os.chmod(_cache_file(private_home), 0o666)
    patterns._CACHE = patterns._Cache()
    patterns.compile(pattern, flags)
    assert patterns._CACHE.added == 1


def test_a_few_new_patterns_are_not_written(private_home: Path, fresh_cache: patterns._Cache) -> None:
    patterns.compile(SAMPLES[0][0], SAMPLES[0][1])
    fresh_cache.save()
    assert not list((private_home / "cache").glob(f"{patterns.CACHE_KIND}-*"))


def test_what_re_does_with_compiled_patterns_and_flags(fresh_cache: patterns._Cache) -> None:
    compiled = stdlib_re.compile("a")
    assert patterns.compile(compiled) is compiled
    with pytest.raises(ValueError):
        patterns.compile(compiled, stdlib_re.IGNORECASE)
    with pytest.raises(patterns.error):
        patterns.compile("(")


def test_the_checks_give_the_same_verdicts_with_and_without_the_cache(private_home: Path) -> None:
    goal = "Ik rond voor 1 maart 2027 drie cursussen Excel af en haal het certificaat"
    argv = [sys.executable, "-m", "gesprekscoach", "smart", "--json", "--vandaag", "2026-12-01", goal]
    feedback = [sys.executable, "-m", "gesprekscoach", "feedback", "--json", "Je bent altijd te laat in het overleg"]
    runs = [subprocess.run(command, capture_output=True, text=True, check=True) for command in (argv, feedback) * 2]
    assert runs[0].stdout == runs[2].stdout and runs[1].stdout == runs[3].stdout
    assert list((private_home / "cache").glob(f"{patterns.CACHE_KIND}-*.json"))  # the first runs wrote it


def test_the_checks_make_the_same_pattern_texts_in_every_process(private_home: Path) -> None:
    """Phrase lists built from sets compile to the same text whatever the order of a set, so a
    second run finds every pattern of the checks in the cache (none is compiled the slow way)."""
    code = (
        "import gesprekscoach.checks.smart, gesprekscoach.checks.feedback\n"
        "from gesprekscoach.checks import patterns\n"
        "print(len(patterns._CACHE.used), patterns._CACHE.added)\n"
    )
    counts = []
    for seed in ("1", "2", "3"):  # a different order of every set in each process
        env = {**os.environ, "GESPREKSCOACH_HOME": str(private_home), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        used, added = done.stdout.split()
        counts.append((int(used), int(added)))
    assert counts[0][1] == counts[0][0] > 0  # the first run compiles every pattern and keeps them
    assert counts[1] == counts[2] == (counts[0][0], 0)  # the next runs, with other set orders, compile none
