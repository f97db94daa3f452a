"""How long the PDF of a typical sheet takes, next to compiling a one-line Typst document.

Both are measured in the same run on the same machine, so the ratio means something anywhere:
the sheet (the typical functioneringsgesprek of tests/sheet_fixtures.py, with its measuring
pass and its final layout) against `typst.compile` of a document with one line of text. Each
is the median of several runs, after one warm-up run.

    python benchmarks/bench_pdf.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

RUNS = 7


def median_seconds(action: Callable[[], object], runs: int = RUNS) -> float:
    """The median wall time of `action`, after one warm-up run."""
    action()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    """Print the two times and their ratio."""
    import typst

    from gesprekscoach.content.loader import load_content
    from gesprekscoach.sheet.build import build_sheet
    from gesprekscoach.sheet.printing import sheet_pdf
    from sheet_fixtures import TODAY, typical_preparation

    with tempfile.TemporaryDirectory() as home:
        os.environ["GESPREKSCOACH_HOME"] = home  # no user's settings in the measurement
        content = load_content(use_cache=False)
        prep = typical_preparation()

        def one_line() -> bytes:
            return typst.compile(b"Een regel tekst.", font_paths=[], ignore_system_fonts=True)

        def the_sheet() -> bytes:
            return sheet_pdf(build_sheet(prep, content, today=TODAY, full=True))

        baseline = median_seconds(one_line)
        sheet = median_seconds(the_sheet)
    print(f"one-line Typst document: {baseline * 1000:8.1f} ms")
    print(f"typical sheet (PDF):     {sheet * 1000:8.1f} ms")
    print(f"ratio sheet / one line:  {sheet / baseline:8.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
