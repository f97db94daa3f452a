"""Start-up of the full screen as the user feels it: the command, on a real terminal, to its first paint.

Each app starts in a fresh process on a pseudo-terminal of 80×24, the way a user starts it
from a shell: the coach as the installed command (the console script next to this Python,
else `python -m gesprekscoach`), the baseline a bare Textual app with a Header, a Label and a
Footer (`python -c ...`). The clock runs from just before the process is started until a known
text of the first screen has been written to the terminal (for the coach: a line of the home
screen; for the bare app: its label). Then the app is stopped. Peak memory is the peak RSS of
that one child (`os.wait4`). Both run alternately, N times; the medians are compared. The
coach starts as a returning user's does: with the settings the first start wrote and a few
preparations in its data folder.

    .venv/bin/python benchmarks/bench_startup.py [--runs N] [--json]

Targets: time ratio ≤ 1.3 and memory ratio ≤ 1.3. Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from datetime import date
from pathlib import Path

TIME_TARGET = 1.3
MEMORY_TARGET = 1.3
COLUMNS, LINES = 80, 24
TIMEOUT = 30.0

BARE_APP = r"""
from textual.app import App
from textual.widgets import Footer, Header, Label

class Bare(App):
    def compose(self):
        yield Header()
        yield Label("Welkom bij de kale app")
        yield Footer()

Bare().run()
"""
BARE_TEXT = "Welkom bij de kale app"

COACH_TEXT = "Welk gesprek wil je voorbereiden?"
"""A text of the coach's home screen, painted with the first frame."""

_ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]|\x1b\][^\x07]*\x07")


def command_prefix() -> list[str]:
    """How the user starts the coach: the console script next to this Python, else `python -m gesprekscoach`."""
    script = Path(sys.executable).parent / "gesprekscoach"
    return [str(script)] if script.exists() else [sys.executable, "-m", "gesprekscoach"]


def _visible(raw: bytes) -> str:
    """The text the terminal shows, roughly: escape sequences and cursor moves taken out."""
    return _ESCAPES.sub(b"", raw).decode("utf-8", "replace")


def measure(argv: list[str], wanted: str, env: dict[str, str]) -> tuple[float, int]:
    """Start `argv` on a pty; (seconds until `wanted` is on the screen, the child's peak RSS in KiB)."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal of COLUMNS×LINES, then the app
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    seen = b""
    seconds = None
    deadline = start + TIMEOUT
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if wanted in _visible(seen):
            seconds = time.perf_counter() - start
            break
    os.kill(pid, signal.SIGKILL)  # the first paint is what counts; the peak RSS so far is kept
    while True:  # drain, so the child is never blocked on a full pty while it dies
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    _pid, _status, usage = os.wait4(pid, 0)
    os.close(fd)
    if seconds is None:
        raise SystemExit(f"{' '.join(argv)}: '{wanted}' did not appear within {TIMEOUT:g} s:\n{_visible(seen)[-2000:]}")
    return seconds, int(usage.ru_maxrss)


RETURNING_USER = r"""
from datetime import date, timedelta
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.settings import UserSettings, save_settings
save_settings(UserSettings(name="Sanne de Vries", function="Verpleegkundige", asked=True))
store = PreparationStore()
for index, conversation in enumerate(["functionering", "jaargesprek", "pop", "functionering"]):
    store.create(conversation, date(2026, 12, 1) + timedelta(days=14 * index), "Anne")
store.summaries()  # an earlier start listed them (the benchmark stops each start right after its first paint)
"""


def returning_user(env: dict[str, str]) -> None:
    """Fill the data folder as a returning user has it: the settings the first start writes, and a few preparations."""
    done = subprocess.run([sys.executable, "-c", RETURNING_USER], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"could not fill the data folder:\n{done.stderr}")


def main() -> int:
    """Measure both apps N times, alternating, and print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    bare = [sys.executable, "-c", BARE_APP]
    coach = command_prefix()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, GESPREKSCOACH_HOME=home, TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(LINES))
        # PYTHONDONTWRITEBYTECODE would make every run compile the coach's source again: an
        # installed coach has its bytecode (pip writes it), so the warm-up run writes it here.
        for name in ("GESPREKSCOACH_CONTENT", "GESPREKSCOACH_EENVOUDIG", "TEXTUAL", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        returning_user(env)
        measure(bare, BARE_TEXT, env)  # warm-up: page cache, .pyc files, the content cache
        measure(coach, COACH_TEXT, env)
        bare_times: list[float] = []
        coach_times: list[float] = []
        bare_memory: list[int] = []
        coach_memory: list[int] = []
        for _ in range(args.runs):
            seconds, kib = measure(bare, BARE_TEXT, env)
            bare_times.append(seconds)
            bare_memory.append(kib)
            seconds, kib = measure(coach, COACH_TEXT, env)
            coach_times.append(seconds)
            coach_memory.append(kib)

    figures: dict[str, float | int | str] = {
        "date": date.today().isoformat(),
        "runs": args.runs,
        "bare_seconds": statistics.median(bare_times),
        "coach_seconds": statistics.median(coach_times),
        "bare_max_rss_kib": statistics.median(bare_memory),
        "coach_max_rss_kib": statistics.median(coach_memory),
    }
    time_ratio = statistics.median(coach_times) / statistics.median(bare_times)
    memory_ratio = statistics.median(coach_memory) / statistics.median(bare_memory)
    figures["time_ratio"] = time_ratio
    figures["memory_ratio"] = memory_ratio
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"runs per app: {args.runs} (median), on a pty of {COLUMNS}×{LINES}, to the first paint")
        print(
            f"  bare Textual app:    {statistics.median(bare_times) * 1000:7.1f} ms  "
            f"{statistics.median(bare_memory) / 1024:6.1f} MiB"
        )
        print(
            f"  gesprekscoach home:  {statistics.median(coach_times) * 1000:7.1f} ms  "
            f"{statistics.median(coach_memory) / 1024:6.1f} MiB"
        )
        print(
            f"  time ratio:   {time_ratio:.2f} (target ≤ {TIME_TARGET}: {'ok' if time_ratio <= TIME_TARGET else 'ABOVE TARGET'})"
        )
        print(
            f"  memory ratio: {memory_ratio:.2f} (target ≤ {MEMORY_TARGET}: "
            f"{'ok' if memory_ratio <= MEMORY_TARGET else 'ABOVE TARGET'})"
        )
    return 0 if time_ratio <= TIME_TARGET and memory_ratio <= MEMORY_TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
