"""Dutch word forms to their dictionary form (lemma), for the SMART check.

The word lists in smart_words.py name most verbs in a few forms only ('laden', 'draaien').
A goal may use another form ('laad', 'draait', 'rijd', 'gedraaid'), and a goal may name a
person other than 'ik' ('De nieuwe collega draait zelfstandig de avonddienst'). simplemma,
a Dutch lemma lexicon, maps such a form to its infinitive, so the lists still apply and a
finite verb can be told from a noun. Without it, every word is its own lemma.

Loading simplemma's Dutch dictionary takes about 300 ms (it is compressed and decoded as a
whole), far more than the check itself. So the dictionary is written once, as plain text,
to the private cache folder: one `form<TAB>lemma` line per word form, sorted, with an
empty lemma when it equals the form (`lemmas-nl-<digest>.txt`). A lookup maps that file
into memory and finds the line by binary search: no decoding, and simplemma is not even
imported for a word the dictionary knows. The digest covers simplemma's version and its
Dutch dictionary file, so another version of simplemma writes a new index.

The answer is exactly simplemma's. For a lower-case Dutch word that is a form in the
dictionary, simplemma's `lemmatize(word, lang="nl")` is that entry (its search tries the
dictionary first; the apostrophe step before it is only for Turkish). Any other word goes
through simplemma's own lemmatizer with all its steps, reading the same index instead of
decoding the dictionary; what it answers is kept next to the index (`…-more.json`, at
most 20,000 words), so a name or an English word costs simplemma only once. When there is no index (no cache folder, a folder someone else
can write in, a failed write), simplemma is used as it is.

The index is read only from a folder and a file owned by the user and not writable by
others (`private_files.py`); it holds data, never code.

Plain Python; never imports Textual.
"""

from __future__ import annotations

import atexit
import json
import mmap
import os
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from gesprekscoach.checks.lemma_source import LANG as _LANG
from gesprekscoach.checks.lemma_source import index_name

MAX_INDEX_BYTES = 64_000_000
"""An index larger than this is not read (the Dutch one is about 6 MB)."""
MAX_MORE_WORDS = 20_000
"""At most this many words outside the dictionary are remembered with their lemma."""
MAX_MORE_BYTES = 2_000_000
_HEADER = b"gesprekscoach-lemmas"


class LemmaIndex(Mapping[str, str]):
    """A sorted `form<TAB>lemma` file mapped into memory; `get(form)` finds the lemma by binary search."""

    def __init__(self, data: mmap.mmap | bytes, start: int) -> None:
        """`data` holds the lines from byte `start` on (after the header line), sorted by form."""
        self._data = data
        self._start = start

    def get_bytes(self, key: bytes) -> bytes | None:
        """The lemma of the form `key` (UTF-8), or None when the dictionary has no such form."""
        data, lo, hi = self._data, self._start, len(self._data)
        while lo < hi:  # lo and hi are always at the start of a line
            mid = (lo + hi) // 2
            line_start = data.rfind(b"\n", lo, mid) + 1 or lo
            line_end = data.find(b"\n", mid)
            if line_end < 0:
                line_end = len(data)
            tab = data.find(b"\t", line_start, line_end)
            form = data[line_start:tab]
            if form == key:
                value = data[tab + 1 : line_end]
                return value if value else key
            if form < key:
                lo = line_end + 1
            else:
                hi = line_start
        return None

    def get(self, key: str, default: object = None) -> str | None:  # type: ignore[override]
        """The lemma of `key`, or `default` when the dictionary lacks it (as simplemma's dictionary does)."""
        found = self.get_bytes(key.encode("utf-8", "surrogatepass"))
        return found.decode("utf-8") if found is not None else default  # type: ignore[return-value]

    def __getitem__(self, key: str) -> str:
        """The lemma of `key`; KeyError when the dictionary lacks it."""
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        """Every form, in sorted order."""
        data, pos, end = self._data, self._start, len(self._data)
        while pos < end:
            line_end = data.find(b"\n", pos)
            if line_end < 0:
                line_end = end
            yield bytes(data[pos : data.find(b"\t", pos, line_end)]).decode("utf-8")
            pos = line_end + 1

    def __len__(self) -> int:
        """The number of forms."""
        return sum(1 for _ in self)


# --------------------------------------------------------------------------- where the index lives


def _cache_folder() -> Path | None:
    from gesprekscoach.paths import DataHomeError, cache_home

    try:
        return cache_home()
    except DataHomeError:
        return None


def read_index(folder: Path, name: str) -> LemmaIndex | None:
    """The index `folder/name` mapped into memory, when it is private to the user and complete; else None."""
    from gesprekscoach.private_files import open_private

    fd = open_private(folder, name, MAX_INDEX_BYTES)
    if fd is None:
        return None
    try:
        try:
            data = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file cannot be mapped
            return None
    finally:
        os.close(fd)
    header_end = data.find(b"\n")
    header = data[: max(header_end, 0)].split(b" ")
    if header_end < 0 or header[0] != _HEADER or header[1:2] != [name.encode()] or data[-1:] != b"\n":
        data.close()
        return None  # foreign, of another version, or cut short
    return LemmaIndex(data, header_end + 1)


def write_index(folder: Path, name: str, dictionary: Mapping[str, str]) -> bool:
    """Write `dictionary` (form → lemma) as the index `folder/name` and remove older ones; False when it cannot be."""
    from gesprekscoach.atomic import atomic_write_bytes
    from gesprekscoach.paths import ensure_private_dir
    from gesprekscoach.private_files import folder_is_private

    lines = []
    for form, found in dictionary.items():
        key, value = form.encode("utf-8"), found.encode("utf-8")
        if b"\t" in key or b"\n" in key or b"\n" in value:
            return False  # cannot be written as lines: simplemma is used as it is
        lines.append(key + b"\t" + (b"" if value == key else value) + b"\n")
    lines.sort(key=lambda line: line[: line.index(b"\t")])
    try:
        ensure_private_dir(folder)
        if not folder_is_private(folder):
            return False  # a folder someone else could write in: never used
        atomic_write_bytes(folder / name, _HEADER + b" " + name.encode() + b"\n" + b"".join(lines))
        for old in folder.glob(f"lemmas-{_LANG}-*"):
            if not old.name.startswith(name.removesuffix(".txt")):  # an index of another simplemma
                old.unlink(missing_ok=True)
    except OSError:
        return False
    return True


# --------------------------------------------------------------------------- lemmatizing


class _Lemmas:
    """The lemma index of this process (None: not there), and simplemma's lemmatizer when a word needs it."""

    def __init__(self) -> None:
        self.loaded = False
        self.index: LemmaIndex | None = None
        self.folder: Path | None = None
        self.name = ""
        self.more: dict[str, str] | None = None
        self.unsaved = False
        """True when `more` holds words that are not written yet (`save_remembered_words`)."""
        self.lemmatizer: Callable[[str], str] | None = None


_state = _Lemmas()


def _index() -> LemmaIndex | None:
    """The lemma index, read once per process; written first when it is not there yet."""
    if _state.loaded:
        return _state.index
    _state.loaded = True
    name, folder = index_name(), _cache_folder()
    if name is None or folder is None:
        return None
    index = read_index(folder, name)
    _state.folder, _state.name = folder, name
    if index is None:
        try:
            from simplemma.strategies.dictionaries import DefaultDictionaryFactory
        except ImportError:  # pragma: no cover - simplemma is a dependency
            return None
        if write_index(folder, name, DefaultDictionaryFactory(cache_max_size=1).get_dictionary(_LANG)):
            index = read_index(folder, name)
    _state.index = index
    return index


def _lemmatizer() -> Callable[[str], str]:
    """simplemma's Dutch lemmatizer, on the index when there is one; the identity without simplemma."""
    if _state.lemmatizer is None:
        try:
            from simplemma import Lemmatizer, lemmatize
            from simplemma.strategies import DefaultStrategy
        except ImportError:  # pragma: no cover - simplemma is a dependency; this keeps the check working without it
            _state.lemmatizer = lambda word: word
            return _state.lemmatizer
        index = _index()
        if index is None:
            _state.lemmatizer = lambda word: str(lemmatize(word, lang=_LANG))
        else:
            factory = _IndexFactory()
            on_index = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))
            _state.lemmatizer = lambda word: str(on_index.lemmatize(word, lang=_LANG))
    return _state.lemmatizer


class _IndexFactory:
    """A simplemma dictionary factory that gives the lemma index (for Dutch only)."""

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        """The index for Dutch; simplemma asks for no other language here."""
        index = _index()
        if lang != _LANG or index is None:
            raise ValueError(f"Unsupported language: {lang}")
        return index


def _more_name(name: str) -> str:
    return name.removesuffix(".txt") + "-more.json"


def _more() -> dict[str, str]:
    """The words simplemma lemmatized earlier that are no form in the index, read once per process."""
    if _state.more is None:
        _state.more = {}
        if _state.folder is not None:
            from gesprekscoach.private_files import read_private

            data = read_private(_state.folder, _more_name(_state.name), MAX_MORE_BYTES)
            try:
                found = json.loads(data) if data is not None else None
            except (ValueError, RecursionError):
                found = None
            if isinstance(found, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in found.items()):
                _state.more = found
    return _state.more


def _remember(word: str, found: str) -> None:
    """Keep what simplemma answered for a word the index lacks, so the next run needs no simplemma for it.

    The word is kept in memory; the file is written when the run ends (`save_remembered_words`,
    registered with `atexit`), never at the moment the word is checked: the live SMART check runs
    while the user types, and writing (with its `fsync`) then made a keystroke wait on the disk
    for 20 to 60 ms while an autosave was writing too.
    """
    more = _more()
    if _state.folder is None or len(more) >= MAX_MORE_WORDS:
        return
    more[word] = found
    if not _state.unsaved:
        _state.unsaved = True
        atexit.register(save_remembered_words, _state)


def save_remembered_words(state: _Lemmas | None = None) -> None:
    """Write the words remembered in this run (see `_remember`); skipped when it cannot be (it is only a cache)."""
    lemmas = state if state is not None else _state
    if not lemmas.unsaved or lemmas.folder is None or lemmas.more is None:
        return
    lemmas.unsaved = False
    from gesprekscoach.atomic import atomic_write_bytes
    from gesprekscoach.private_files import folder_is_private

    if not folder_is_private(lemmas.folder):
        return
    try:
        data = json.dumps(dict(lemmas.more), ensure_ascii=False).encode()
        atomic_write_bytes(lemmas.folder / _more_name(lemmas.name), data)
    except (OSError, ValueError):
        return


def simplemma_lemma(word: str) -> str:
    """What simplemma's `lemmatize(word, lang="nl")` answers, looked up in the index when the word is a form in it."""
    token = unicodedata.normalize("NFC", word)
    index = _index()
    if index is None or not token or token.isnumeric() or "'" in token:
        return _lemmatizer()(word)
    found = index.get(token)
    if found is None:
        found = _more().get(token)
        if found is None:
            found = _lemmatizer()(token)
            _remember(token, found)
    return found


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """The dictionary form of a lower-case Dutch word ('draait' → 'draaien', 'afgerond' → 'afronden')."""
    if not word.isalpha():
        return word
    return simplemma_lemma(word).lower().replace("_", "")


def is_verb_form(word: str) -> bool:
    """Whether `word` is a conjugated verb: its lemma is an infinitive other than the word itself.

    'draait' (draaien), 'laad' (laden), 'rijdt' (rijden) are; 'klanten' (klant), 'examen'
    (examen), 'rijden' (the infinitive itself) and 'volgende' (an adjective) are not.
    """
    if word.endswith(("en", "end", "ende")):
        return False  # an infinitive or plural, or a present participle used as an adjective ('volgende')
    found = lemma(word)
    return found != word and found.endswith("en") and len(found) > 3


_SEPARABLE_PARTICLES = (
    "af", "aan", "op", "uit", "in", "mee", "door", "terug", "weg", "toe", "na", "over", "bij", "voor", "om", "neer",
    "samen", "vast", "los",
)  # fmt: skip


def is_infinitive(word: str) -> bool:
    """Whether `word` is a verb's infinitive, also when it is a plural noun too ('afvallen', 'volgen', 'zoeken').

    The lemma decides first: a word that is its own lemma and ends in -en is an infinitive. A
    word simplemma reads as a plural ('afvallen' → 'afval') is an infinitive when its participle
    ('afgevallen', 'gevolgd', 'gesport') has the word as its lemma: Dutch builds the participle
    from the stem with ge- (after a separable particle) and -d, -t or -en.
    """
    if not word.endswith("en") or len(word) < 5 or not word.isalpha():
        return False
    if lemma(word) == word:
        return True
    for particle in ("", *_SEPARABLE_PARTICLES):
        if not word.startswith(particle) or len(word) - len(particle) < 4:
            continue
        rest = word[len(particle) :]
        stem = rest[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # 'vallen' → 'val'
        stems = {stem, stem[:-1] + "f" if stem.endswith("v") else stem, stem[:-1] + "s" if stem.endswith("z") else stem}
        candidates = {f"{particle}ge{rest}"} | {f"{particle}ge{s}{end}" for s in stems for end in ("d", "t", "")}
        if any(lemma(candidate) == word for candidate in candidates):
            return True
    return False
