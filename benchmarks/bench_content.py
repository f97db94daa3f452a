"""Benchmark: loading the shipped content, and the start-up time of `gesprekscoach --version`.

Prints each figure with a baseline measured in the same run, and the ratio:
- loading + validating all shipped content (and loading it from the cache, as every start after
  the first does), against parsing the same YAML files only;
- wall time of `gesprekscoach --version` against `python -c "import yaml"` (target: at most 2x).

Run: .venv/bin/python benchmarks/bench_content.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from gesprekscoach.content.loader import SafeLoader, load_content
from gesprekscoach.paths import shipped_content_dir

BIN = Path(sys.executable).parent


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

    script = BIN / "gesprekscoach"
    version_cmd = (
        [str(script), "--version"] if script.exists() else [sys.executable, "-m", "gesprekscoach", "--version"]
    )
    base = median_seconds(lambda: subprocess.run([sys.executable, "-c", "import yaml"], check=True), 15)
    ours = median_seconds(lambda: subprocess.run(version_cmd, check=True, capture_output=True), 15)
    verdict = "ok" if ours / base <= 2 else "TOO SLOW"
    print("start-up:")
    print(f"  python -c 'import yaml' (baseline): {base * 1000:7.1f} ms")
    print(
        f"  gesprekscoach --version:            {ours * 1000:7.1f} ms   ratio {ours / base:4.2f}x (target <= 2x: {verdict})"
    )


if __name__ == "__main__":
    main()
