"""Benchmark: loading the shipped content, in one process, against parsing its YAML only.

Prints each figure with a baseline measured in the same run, and the ratio: loading + validating
all shipped content, and loading it from the cache (as every start after the first does). The
commands as the user feels them, from process start, are in `bench_commands.py`; this one has
no target and only shows where the content's share goes.

Run: .venv/bin/python benchmarks/bench_content.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import yaml

from gesprekscoach.content.loader import SafeLoader, load_content
from gesprekscoach.paths import shipped_content_dir


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of `action` over `repeat` runs (after one warm-up)."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print the figures."""
    files = sorted(shipped_content_dir().rglob("*.yaml"))

    def parse_only() -> None:
        for path in files:
            yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)

    base = median_seconds(parse_only, 20)
    full = median_seconds(lambda: load_content(use_cache=False), 20)
    cached = median_seconds(load_content, 20)
    print(f"content: {len(files)} files")
    print(f"  parse YAML only (baseline):       {base * 1000:7.1f} ms")
    print(f"  load + validate content:          {full * 1000:7.1f} ms   ratio {full / base:4.2f}x")
    print(f"  load from the cache (every start): {cached * 1000:6.1f} ms   ratio {cached / base:4.2f}x")


if __name__ == "__main__":
    main()
