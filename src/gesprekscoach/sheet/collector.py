"""Python's cycle collector held back while a sheet is built or rendered.

A sheet of a big preparation makes tens of thousands of small objects (blocks, texts, the
data for Typst) that all stay alive until it is done. Python counts every new object: every
700 it checks the young ones for reference cycles, every tenth such check the older ones, and
once the objects that survived since its last full walk number a quarter of those it had
then, it walks *every* object of the program (the content, the remembered SMART verdicts, the screens). A small sheet
never gets there; a big one does, several times, and each walk costs what the whole program
holds, not what the sheet added. The sheet makes no reference cycles (its objects go as soon
as nobody uses them), so nothing is lost when the collector waits until the sheet is ready;
it then runs as usual, once over what the sheet made. A caller that builds a sheet and renders
it at once holds the collector across both (`cycle_collection_held`): between two held steps it
would walk the whole sheet, still in use, for nothing.

The pause is process-wide (the collector is), safe from several threads (the sheet is built in
a worker while the screen goes on), and nests: the collector runs again when the last pause
ends, and only when it ran before the first one.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import _thread  # a lock without importing `threading` (every paper holds the collector)
import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_lock = _thread.allocate_lock()
_pauses = 0
_was_enabled = False


def _pause() -> None:
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1


def _resume() -> None:
    global _pauses
    with _lock:
        _pauses -= 1
        if _pauses == 0 and _was_enabled:
            gc.enable()


@contextmanager
def cycle_collection_held() -> Iterator[None]:
    """Hold the cycle collector back for a whole paper: the sheet and what is rendered of it.

    Between two held steps (building the sheet, then writing its Markdown) the collector would
    run once over everything the first step made, all of it still in use: tens of thousands of
    objects for a big preparation, for nothing. A caller that builds and renders holds it
    across both."""
    _pause()
    try:
        yield
    finally:
        _resume()


def without_cycle_collection(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """`function`, with the cycle collector held back while it runs (see the module docstring)."""

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with cycle_collection_held():
            return function(*args, **kwargs)

    return paused
