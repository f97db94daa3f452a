"""The lemma index of the SMART check: simplemma's answers, read from a private file in the cache folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from simplemma import lemmatize

from gesprekscoach.checks import smart_lemmas
from gesprekscoach.checks.smart_lemmas import is_infinitive, lemma, read_index, simplemma_lemma, write_index

SMALL = {"draait": "draaien", "laad": "laden", "klanten": "klant", "examen": "examen", "ús": "ús"}


def test_index_finds_every_form_and_nothing_else(tmp_path: Path) -> None:
    assert write_index(tmp_path, "lemmas-nl-test.txt", SMALL)
    index = read_index(tmp_path, "lemmas-nl-test.txt")
    assert index is not None
    assert {form: index.get(form) for form in SMALL} == SMALL
    assert sorted(index) == sorted(SMALL)
    for missing in ("", "a", "draai", "draaitt", "zzz", "aaa", "klant"):
        assert index.get(missing) is None


def test_index_of_someone_else_or_cut_short_is_not_read(tmp_path: Path) -> None:
    assert write_index(tmp_path, "lemmas-nl-test.txt", SMALL)
    target = tmp_path / "lemmas-nl-test.txt"
    os.chmod(target, 0o666)
    assert read_index(tmp_path, "lemmas-nl-test.txt") is None  # others could have written it
    os.chmod(target, 0o600)
    target.write_bytes(target.read_bytes()[:-3])
    assert read_index(tmp_path, "lemmas-nl-test.txt") is None  # the last line is cut short
    assert read_index(tmp_path, "lemmas-nl-other.txt") is None  # not there at all
    os.chmod(tmp_path, 0o777)
    try:
        assert read_index(tmp_path, "lemmas-nl-test.txt") is None  # a folder others can write in
    finally:
        os.chmod(tmp_path, 0o700)


@pytest.fixture
def fresh_lemmas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache folder and no index read yet in this process."""
    monkeypatch.setenv("GESPREKSCOACH_HOME", str(tmp_path))
    monkeypatch.setattr(smart_lemmas, "_state", smart_lemmas._Lemmas())
    lemma.cache_clear()
    yield tmp_path / "cache"
    lemma.cache_clear()


def test_lemmas_are_exactly_simplemmas_and_written_once(fresh_lemmas: Path) -> None:
    words = ["draait", "laad", "rijdt", "gedraaid", "afgerond", "klanten", "volgende", "excel", "sanne", "zwoegde"]
    words += ["teamoverleggen", "klantgesprekjes", "xqzv", "café", "cafe\u0301"]
    assert [simplemma_lemma(word) for word in words] == [str(lemmatize(word, lang="nl")) for word in words]
    assert not list(fresh_lemmas.glob("lemmas-nl-*-more.json"))  # never written while checking
    smart_lemmas.save_remembered_words()  # the end of the run
    names = sorted(path.name for path in fresh_lemmas.glob("lemmas-nl-*"))
    assert len(names) == 2 and names[0].endswith("-more.json") and names[1].endswith(".txt")
    assert oct(os.stat(fresh_lemmas / names[1]).st_mode & 0o777) == "0o600"
    assert "excel" in (fresh_lemmas / names[0]).read_text(encoding="utf-8")  # remembered: not in the dictionary


def test_a_new_process_reads_the_index_and_remembered_words(
    fresh_lemmas: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert lemma("draait") == "draaien"
    assert lemma("excel") == "excel"
    smart_lemmas.save_remembered_words()
    monkeypatch.setattr(smart_lemmas, "_state", smart_lemmas._Lemmas())
    lemma.cache_clear()
    assert lemma("rijdt") == "rijden"
    assert smart_lemmas._state.index is not None and smart_lemmas._more() == {"excel": "excel"}
    assert smart_lemmas._state.lemmatizer is None  # simplemma was not needed


def test_the_remembered_words_are_written_when_the_run_ends(tmp_path: Path) -> None:
    """Checking a word while the user types never writes; the process writes them as it ends."""
    code = (
        "from gesprekscoach.checks.smart_lemmas import lemma\n"
        "import os\n"
        "lemma('xqzvwoord')\n"
        "print(sorted(os.listdir(os.path.join(os.environ['GESPREKSCOACH_HOME'], 'cache'))))\n"
    )
    env = {**os.environ, "GESPREKSCOACH_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert "-more.json" not in result.stdout  # not while the run goes on
    (more,) = (tmp_path / "cache").glob("lemmas-nl-*-more.json")  # but when it ended
    assert "xqzvwoord" in more.read_text(encoding="utf-8")


@pytest.mark.parametrize("word", ["afvallen", "volgen", "zoeken", "sporten", "opruimen", "reizen"])
def test_an_infinitive_is_found_by_its_lemma_or_its_participle(word: str) -> None:
    assert is_infinitive(word)


@pytest.mark.parametrize("word", ["klanten", "resultaten", "afspraken", "groenten", "vakanties", "baan", "even"])
def test_a_plural_noun_or_another_word_is_no_infinitive(word: str) -> None:
    assert not is_infinitive(word)
