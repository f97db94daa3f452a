"""Plain mode and the stop signals: SIGTERM or SIGHUP halfway through a longer answer.

The lines typed so far are kept and saved, and the coach says in Dutch that it stopped.
"""

from __future__ import annotations

import io
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content
from gesprekscoach.plain.app import STOPPED_MESSAGE, run_plain
from gesprekscoach.store.preparations import PreparationStore
from session_helpers import fixed_clock
from test_plain import TODAY, start_lines, steps_until

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM and SIGHUP to this process need POSIX")


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_stop_signal_in_a_long_answer_keeps_the_lines_typed(
    shipped_content: Content, folders: tuple[Path, Path], stop: signal.Signals
) -> None:
    home, sheets = folders
    lines = start_lines(shipped_content, "functionering") + steps_until(shipped_content, "functionering", "terugblik")
    lines += ["Eerste regel", "Tweede regel"]  # the answer goes on: no empty line yet
    read_end, write_end = os.pipe()
    stdin = os.fdopen(read_end, "r", encoding="utf-8")
    out = io.StringIO()

    def type_then_stop() -> None:
        with os.fdopen(write_end, "w", encoding="utf-8") as keys:
            keys.write("\n".join(lines) + "\n")
            keys.flush()
            time.sleep(1.0)  # the coach now waits for the third line of the answer
            os.kill(os.getpid(), stop)
            time.sleep(0.5)  # the pipe stays open: the stop comes from the signal, not the end of input

    before = signal.getsignal(stop)
    typist = threading.Thread(target=type_then_stop)
    typist.start()
    try:
        code = run_plain(
            shipped_content,
            store=PreparationStore(home),
            stdin=stdin,
            stdout=out,
            cwd=sheets,
            clock=fixed_clock(TODAY, 20),
        )
    finally:
        typist.join(10)
        stdin.close()
    assert code == 0
    assert out.getvalue().rstrip().endswith(STOPPED_MESSAGE)
    saved = PreparationStore(home).list().preparations
    assert len(saved) == 1
    assert saved[0].answers["afspraken-planning"].text == "Eerste regel\nTweede regel"
    assert signal.getsignal(stop) == before, "the handler is given back"
