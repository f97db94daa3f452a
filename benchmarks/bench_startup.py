"""Start-up time and peak memory of the coach, as a ratio to a bare Textual app.

Both apps start the same way, in a fresh subprocess each: headless, and they exit as soon as
their first screen is mounted (for the coach: the home screen with the conversation types and
the earlier preparations). The time is measured inside the subprocess, from before the first
import to the moment the screen is ready, so Python's own start-up is left out. Peak memory is
the subprocess's peak RSS (VmHWM from /proc/self/status, or its own ru_maxrss).

    .venv/bin/python benchmarks/bench_startup.py [--runs N]

Targets: time ratio ≤ 1.3 and memory ratio ≤ 1.3 (medians over N runs of each).
Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

TIME_TARGET = 1.3
MEMORY_TARGET = 1.3

BARE_APP = r"""
import time
started = time.perf_counter()
from textual.app import App
from textual.widgets import Footer, Header, Label

class Bare(App):
    def compose(self):
        yield Header()
        yield Label("Hallo")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(self.exit, time.perf_counter() - started)

result = Bare().run(headless=True, size=(80, 24))
"""

COACH_APP = r"""
import time
started = time.perf_counter()
from gesprekscoach.content.loader import load_content
from gesprekscoach.tui.app import GesprekscoachApp
from gesprekscoach.tui.screens.home import HomeScreen

class Measured(GesprekscoachApp):
    def on_mount(self):
        home = self.screen
        assert isinstance(home, HomeScreen)
        home.call_after_refresh(self.exit, time.perf_counter() - started)

result = Measured(content=load_content()).run(headless=True, size=(80, 24))
"""


COACH_TUI_ONLY = r"""
from gesprekscoach.content.loader import load_content
from gesprekscoach.store.preparations import PreparationStore
content = load_content()
import time
started = time.perf_counter()
from gesprekscoach.tui.app import GesprekscoachApp
from gesprekscoach.tui.screens.home import HomeScreen

class Measured(GesprekscoachApp):
    def on_mount(self):
        self.screen.call_after_refresh(self.exit, time.perf_counter() - started)

result = Measured(content=content).run(headless=True, size=(80, 24))
"""
"""The coach with its core (models, content, store) loaded before the clock starts:
what the TUI itself adds, the way `gesprekscoach` calls `run(content)` after loading content."""

EPILOGUE = r"""
import pathlib, resource
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
status = pathlib.Path("/proc/self/status")
if status.exists():
    for line in status.read_text().splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1])
print(result)
print(peak)
"""
"""Printed by both apps after they exit: the seconds until ready, and the peak RSS in KiB."""


def measure(code: str, env: dict[str, str]) -> tuple[float, int]:
    """Run one app in a fresh subprocess; returns (seconds until ready, peak RSS in KiB)."""
    result = subprocess.run(
        [sys.executable, "-c", code + EPILOGUE], capture_output=True, text=True, env=env, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"the app did not start:\n{result.stderr}")
    lines = result.stdout.strip().splitlines()
    return float(lines[-2]), int(lines[-1])


def main() -> int:
    """Measure both apps N times, alternating, and print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, GESPREKSCOACH_HOME=home, TEXTUAL="")
        env.pop("GESPREKSCOACH_CONTENT", None)
        # One warm-up of each, so both read their files from the page cache.
        measure(BARE_APP, env)
        measure(COACH_APP, env)
        bare_times: list[float] = []
        coach_times: list[float] = []
        bare_memory: list[int] = []
        coach_memory: list[int] = []
        tui_times: list[float] = []
        for _ in range(args.runs):
            tui_times.append(measure(COACH_TUI_ONLY, env)[0])
            seconds, kib = measure(BARE_APP, env)
            bare_times.append(seconds)
            bare_memory.append(kib)
            seconds, kib = measure(COACH_APP, env)
            coach_times.append(seconds)
            coach_memory.append(kib)

    figures = {
        "runs": args.runs,
        "bare_seconds": statistics.median(bare_times),
        "coach_seconds": statistics.median(coach_times),
        "bare_max_rss_kib": statistics.median(bare_memory),
        "coach_max_rss_kib": statistics.median(coach_memory),
        "tui_only_seconds": statistics.median(tui_times),
    }
    figures["time_ratio"] = figures["coach_seconds"] / figures["bare_seconds"]
    figures["tui_only_time_ratio"] = figures["tui_only_seconds"] / figures["bare_seconds"]
    figures["memory_ratio"] = figures["coach_max_rss_kib"] / figures["bare_max_rss_kib"]
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"runs per app:        {args.runs} (median)")
        print(
            f"bare Textual app:    {figures['bare_seconds'] * 1000:7.1f} ms  {figures['bare_max_rss_kib'] / 1024:6.1f} MiB"
        )
        print(
            f"gesprekscoach home:  {figures['coach_seconds'] * 1000:7.1f} ms  {figures['coach_max_rss_kib'] / 1024:6.1f} MiB"
        )
        print(f"time ratio:          {figures['time_ratio']:.2f} (target ≤ {TIME_TARGET})")
        print(f"memory ratio:        {figures['memory_ratio']:.2f} (target ≤ {MEMORY_TARGET})")
        print(
            f"TUI only (core loaded first): {figures['tui_only_seconds'] * 1000:.1f} ms, "
            f"ratio {figures['tui_only_time_ratio']:.2f}"
        )
    ok = figures["time_ratio"] <= TIME_TARGET and figures["memory_ratio"] <= MEMORY_TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
