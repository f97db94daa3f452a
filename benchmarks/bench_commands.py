"""Benchmark: every command without a screen, from process start, against `python -c "import yaml"`.

What the user feels is the whole command: the interpreter starting, the imports, reading the
content (from its cache, as every run after the first does) and the user's files, and the work
itself. So each command runs as the installed command does, in a fresh process: the console
script next to this Python (`.venv/bin/gesprekscoach`), else `python -m gesprekscoach`. The
baseline, `python -c "import yaml"`, runs in the same loop, alternating with the commands, so a
busy machine slows both alike. The data folder is a temporary one with a few preparations (the
exported one filled in: agenda, answers, two goals, a question, feedback) and a wins log, and
the settings file the first start writes (name, function, region), made before the clock
starts: a returning user has all three.

    .venv/bin/python benchmarks/bench_commands.py [--runs N] [--json]

Target: each command at most 2× the baseline (medians over N runs). Exit code 1 when one misses it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TARGET = 2.0

BASELINE = [sys.executable, "-c", "import yaml"]


def command_prefix() -> list[str]:
    """How the user starts the coach: the console script next to this Python, else `python -m gesprekscoach`."""
    script = Path(sys.executable).parent / "gesprekscoach"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "gesprekscoach"]


def prepare_home(home: Path, env: dict[str, str]) -> str:
    """Fill a data folder with settings, a few preparations and log entries; returns the id of one preparation."""
    setup = r"""
import sys
from datetime import date, timedelta
from gesprekscoach.store.models import AgendaItem, Answer, AskedQuestion, FeedbackItem, Goal
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.settings import UserSettings, save_settings
save_settings(UserSettings(name="Sanne de Vries", function="Verpleegkundige", asked=True))  # as the first start does
store = PreparationStore()
ids = []
for index, conversation in enumerate(["functionering", "jaargesprek", "pop", "functionering"] * 3):
    prep = store.create(conversation, date(2026, 12, 1) + timedelta(days=7 * index), "Sanne")
    ids.append(prep.id)
# the one that is exported is filled in, as the night before: the sheet has something on it
prep = store.load(ids[0])
prep.agenda = [AgendaItem(text=text) for text in ("Werkdruk in de zomer", "Cursus Excel", "Thuiswerken")]
prep.answers = {
    "wat-ging-goed": Answer(text="Ik heb het nieuwe ticketsysteem mee ingevoerd.", example="De wachttijd ging van drie dagen naar één dag."),
    "wat-ging-minder": Answer(text="In de zomer deed ik te veel zelf.", example="In juli werkte ik twee weken elke dag over."),
    "ontwikkeling": Answer(text="Ik wil leren plannen voor het hele team."),
}
prep.goals = [
    Goal(
        text="Ik maak de weekplanning van het team",
        specifiek="Ik volg de cursus Excel voor gevorderden. Daarna maak ik elke week de planning.",
        meetbaar="De planning staat elke vrijdag om 12 uur klaar.",
        acceptabel="Anne wil graag dat iemand uit het team de planning overneemt.",
        realistisch="De cursus kost twee uur per week, onder werktijd.",
        tijdgebonden="Voor 1 juni 2027 maak ik de planning zelf.",
        steps=["Cursus aanvragen", "Met Anne de planning van mei samen maken"],
    ),
    Goal(text="Ik rond voor 1 maart 2027 drie cursussen Excel af en haal het certificaat"),
]
prep.questions_to_ask = [AskedQuestion(text="Hoe zie jij mijn rol over een jaar?")]
prep.feedback = [FeedbackItem(text="Ik heb meer aan een kort overleg elke week dan aan lange mails.")]
store.save(prep)
print(ids[0])
"""
    result = subprocess.run([sys.executable, "-c", setup], env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"could not make the preparations:\n{result.stderr}")
    prefix = command_prefix()
    for text in ("Presentatie voor het team gegeven", "Nieuwe collega ingewerkt", "Klacht van een klant opgelost"):
        subprocess.run([*prefix, "logboek", text], env=env, capture_output=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def commands(prep_id: str) -> dict[str, list[str]]:
    """The commands to time, by the name shown in the table."""
    return {
        "smart": ["smart", "Ik rond voor 1 maart 2027 drie cursussen Excel af en haal het certificaat"],
        "feedback": ["feedback", "Je bent altijd te laat in het overleg"],
        "logboek": ["logboek"],
        "lijst": ["lijst"],
        "exporteer": ["exporteer", prep_id],
        "inhoud controleer": ["inhoud", "controleer"],
    }


def run_once(argv: list[str], env: dict[str, str]) -> float:
    """Wall time of one run of `argv`, from starting the process to its end; the run must succeed."""
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({result.returncode}):\n{result.stderr.decode()}")
    return seconds


def main() -> int:
    """Time the baseline and every command N times, interleaved; print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = dict(os.environ, GESPREKSCOACH_HOME=str(home))
        env.pop("GESPREKSCOACH_CONTENT", None)
        # PYTHONDONTWRITEBYTECODE would make every run compile the coach's source again: an
        # installed coach has its bytecode (pip writes it), so the warm-up run writes it here.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        prep_id = prepare_home(home, env)
        prefix = command_prefix()
        todo = {name: [*prefix, *argv] for name, argv in commands(prep_id).items()}
        for argv in [BASELINE, *todo.values()]:  # warm-up: page cache, content cache, .pyc files
            run_once(argv, env)
        baseline: list[float] = []
        times: dict[str, list[float]] = {name: [] for name in todo}
        for _ in range(args.runs):
            for name, argv in todo.items():
                baseline.append(run_once(BASELINE, env))
                times[name].append(run_once(argv, env))

    base = statistics.median(baseline)
    figures: dict[str, object] = {
        "date": date.today().isoformat(),
        "runs": args.runs,
        "command": " ".join(Path(part).name for part in prefix),
        "baseline_seconds": base,
    }
    ratios = {name: statistics.median(values) / base for name, values in times.items()}
    figures["commands"] = {
        name: {"seconds": statistics.median(values), "ratio": ratios[name]} for name, values in times.items()
    }
    missed = [name for name, ratio in ratios.items() if ratio > TARGET]
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"runs: {args.runs} (median), started as: {figures['command']}")
        print(f"  python -c 'import yaml' (baseline): {base * 1000:7.1f} ms")
        for name, values in times.items():
            verdict = "ok" if ratios[name] <= TARGET else "ABOVE TARGET"
            print(
                f"  {name:<20} {statistics.median(values) * 1000:7.1f} ms   "
                f"ratio {ratios[name]:5.2f}x (target ≤ {TARGET:g}x: {verdict})"
            )
    if missed:
        print(f"target missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
