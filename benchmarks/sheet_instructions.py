"""The work of a sheet, counted in instructions: is it linear in the number of goals?

`bench_big.py sheet` times the sheet of 1,000 goals against 100 (target: < 10x). With almost
no fixed cost (0.3 ms of 10 ms) a linear sheet lands at 10x itself, and the data of 1,000
goals no longer fits the processor's caches, so the time ratio hovers around 10x from run to
run. This script counts what the sheet *does* instead: valgrind's cachegrind runs the same
paper (build + Markdown + Typst JSON text, under one hold of the cycle collector, checks
remembered, as in the warm part of `bench_big.py`) and counts the instructions, which do not
depend on the machine's load or caches. It also prints the first-level data-cache misses,
which show where the extra time of 1,000 goals goes.

Not part of `make bench` (it takes a few minutes under valgrind):

    .venv/bin/python benchmarks/sheet_instructions.py

Each size runs twice in a fresh process, once with N papers and once with none; the difference
is the work of N papers. Exit code 1 when the instruction ratio is 10 or more, 2 without valgrind.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = ((100, 10), (1000, 1))
"""(goals, papers): ten papers of 100 goals against one of 1,000."""


def make_papers(goals: int, papers: int) -> None:
    """In this process: a preparation with `goals` goals, one paper to check them, then `papers` more."""
    sys.path.insert(0, str(HERE))
    import bench_big

    content = bench_big.load_content()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["GESPREKSCOACH_HOME"] = folder
        prep = bench_big.preparation(bench_big.PreparationStore(Path(folder)), content, goals)

        def paper() -> None:
            with bench_big.cycle_collection_held():
                document = bench_big.build_sheet(prep, content, today=bench_big.TODAY, full=True)
                bench_big.render_markdown(document)
                bench_big.to_json(document)

        paper()  # the SMART checks, remembered from here on
        for _ in range(papers):
            paper()


def counted(goals: int, papers: int, out: Path) -> tuple[int, int]:
    """(instructions, first-level data-read misses) of a process that makes `papers` papers."""
    target = out / f"cachegrind.{goals}.{papers}"
    subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=yes",
            f"--cachegrind-out-file={target}",
            sys.executable,
            __file__,
            str(goals),
            str(papers),
        ],
        check=True,
        capture_output=True,
    )
    events: list[str] = []
    summary: list[int] = []
    for line in target.read_text().splitlines():
        if line.startswith("events:"):
            events = line.split()[1:]
        elif line.startswith("summary:"):
            summary = [int(value) for value in line.split()[1:]]
    figures = dict(zip(events, summary, strict=True))
    return figures["Ir"], figures["D1mr"]


def main() -> int:
    """Count both sizes and print the per-paper figures and their ratios."""
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: nothing counted")
        return 2
    per_paper: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for goals, papers in RUNS:
            base = counted(goals, 0, Path(folder))
            more = counted(goals, papers, Path(folder))
            per_paper[goals] = ((more[0] - base[0]) / papers, (more[1] - base[1]) / papers)
    (small_ir, small_miss), (large_ir, large_miss) = per_paper[100], per_paper[1000]
    print("sheet, checks remembered: build + Markdown + Typst JSON text, counted by cachegrind")
    print(f"  100 goals     {small_ir / 1e6:9.1f} M instructions   {small_miss / 1e3:8.1f} k L1 data misses")
    print(f"  1,000 goals   {large_ir / 1e6:9.1f} M instructions   {large_miss / 1e3:8.1f} k L1 data misses")
    ratio = large_ir / small_ir
    print(
        f"  ratio         {ratio:9.2f}x instructions ({'linear: ok' if ratio < 10 else 'ABOVE 10x'})"
        f"   {large_miss / small_miss:8.2f}x misses"
    )
    return 0 if ratio < 10 else 1


if __name__ == "__main__":
    if len(sys.argv) == 3:
        make_papers(int(sys.argv[1]), int(sys.argv[2]))
    else:
        sys.exit(main())
