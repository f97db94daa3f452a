"""Benchmark: opening a large preparation, and rendering + writing its sheet.

The preparation is deliberately large: a functioneringsgesprek with 50 SMART goals (every
letter filled in, three steps each) and every question answered with a text and an example
of 10 000 characters each. Each figure is the median of several runs, in milliseconds and as a
ratio to a baseline measured in the same run: a plain YAML safe load + safe dump of the same
data (libyaml where available, as the store uses). Target: each figure under 100 ms.

Run: .venv/bin/python benchmarks/bench_preparation.py (exits 1 when a figure is above target)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import yaml

from gesprekscoach.content.loader import load_content
from gesprekscoach.content.models import Content
from gesprekscoach.sheet.markdown import render_sheet, sheet_filename, write_sheet
from gesprekscoach.store.models import AgendaItem, Answer, ChecklistState, Goal, Preparation
from gesprekscoach.store.preparations import PreparationStore

TARGET_MS = 100.0
REPEAT = 9
GOALS = 50
ANSWER_CHARS = 10_000

try:
    _LOADER: type = yaml.CSafeLoader
    _DUMPER: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _LOADER, _DUMPER = yaml.SafeLoader, yaml.SafeDumper


def median_seconds(action: Callable[[], object], repeat: int = REPEAT) -> float:
    """Median wall time of `action` over `repeat` runs (after one warm-up)."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _text(length: int, seed: int) -> str:
    """Dutch-looking text of exactly `length` characters, with line breaks and an emoji."""
    sentence = f"Ik heb in week {seed} het project afgerond, samen met het team. 😀 Dat ging goed.\n"
    return (sentence * (length // len(sentence) + 1))[:length]


def large_preparation(content: Content) -> Preparation:
    """A functioneringsgesprek with 50 goals and every question answered at length."""
    conv = content.conversation("functionering")
    moment = datetime(2026, 11, 22, 21, 0, tzinfo=timezone(timedelta(hours=1)))
    prep = Preparation(
        id="2026-11-23-functionering",
        conversation=conv.id,
        meeting_date=date(2026, 11, 23),
        with_whom="Anne de Vries",
        created_at=moment,
        updated_at=moment,
    )
    prep.answers = {
        q.id: Answer(text=_text(ANSWER_CHARS, n), example=_text(ANSWER_CHARS, n + 1000))
        for n, q in enumerate(conv.questions)
    }
    prep.goals = [
        Goal(
            text=f"Doel {n}: ik word beter in plannen",
            specifiek="Ik maak elke maandag een planning voor de hele week, met de drie belangrijkste taken.",
            meetbaar="Ik houd bij hoe vaak de planning klopt. Acht van de tien weken is goed.",
            acceptabel="Mijn leidinggevende vindt dit een goed doel en helpt me als het druk is.",
            realistisch="Het kost me een halfuur per week. Die tijd heb ik.",
            tijdgebonden="Ik begin op 1 december en kijk op 1 maart terug.",
            steps=["Een planningsapp kiezen", "Elke maandag om 9 uur plannen", "Na een maand terugkijken"],
        )
        for n in range(GOALS)
    ]
    prep.agenda = [AgendaItem(text=f"Punt {n}") for n in range(10)]
    prep.checklist = {"houding": ChecklistState(note=_text(500, 7))}
    return prep


def _line(label: str, seconds: float, base: float) -> str:
    ms = seconds * 1000
    verdict = "ok" if ms < TARGET_MS else f"ABOVE TARGET ({TARGET_MS:.0f} ms)"
    return f"  {label:<34} {ms:8.1f} ms   ratio {seconds / base:5.2f}x   {verdict}"


def main() -> int:
    """Print the figures; 1 when a figure is above target."""
    content = load_content()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        store = PreparationStore(home)
        prep = large_preparation(content)
        path = store.save(prep)
        data = prep.model_dump(mode="python")
        size_kb = path.stat().st_size / 1024

        def baseline() -> None:
            text = yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)
            yaml.load(text, Loader=_LOADER)  # a safe loader

        sheet_path = home / sheet_filename(prep, content)

        def render_and_write() -> None:
            write_sheet(render_sheet(prep, content), sheet_path, overwrite=True)

        base = median_seconds(baseline)
        load = median_seconds(lambda: store.load(prep.id))
        sheet = median_seconds(render_and_write)
        sheet_kb = sheet_path.stat().st_size / 1024

    print(
        f"preparation: {GOALS} goals, {len(prep.answers)} answers of {ANSWER_CHARS} characters "
        f"(text and example); file {size_kb:.0f} KB, sheet {sheet_kb:.0f} KB; median of {REPEAT} runs"
    )
    print(f"  {'baseline: YAML safe dump + load':<34} {base * 1000:8.1f} ms")
    print(_line("open (store.load)", load, base))
    print(_line("render + write the sheet", sheet, base))
    return 0 if max(load, sheet) * 1000 < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
