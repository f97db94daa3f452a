"""The command line: fast answers without Textual, `python -m`, and an installable wheel with content."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from gesprekscoach import __version__

REPO = Path(__file__).resolve().parent.parent


def _modules_after(argv: list[str]) -> set[str]:
    """Run `gesprekscoach ARGV` in a fresh interpreter and return the modules it imported."""
    code = (
        "import sys\n"
        "from gesprekscoach.cli.main import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "print('MODULES:' + ','.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    line = next(row for row in result.stdout.splitlines() if row.startswith("MODULES:"))
    return set(line.removeprefix("MODULES:").split(","))


@pytest.mark.parametrize(
    "argv",
    [["--version"], ["--help"], ["content", "check"], ["list"], ["smart", "Ik rond voor 1 juli 2027 de cursus af"]],
)
def test_commands_do_not_import_textual(argv: list[str]) -> None:
    modules = _modules_after(argv)
    assert "gesprekscoach.cli.main" in modules
    assert not {m for m in modules if m == "textual" or m.startswith("textual.")}


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"gesprekscoach {__version__}"


def test_help_is_dutch() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "--help"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("gebruik: gesprekscoach")
    assert "opties:" in result.stdout and "laat deze hulp zien" in result.stdout
    assert "show this help" not in result.stdout


def test_unknown_command_says_what_to_do() -> None:
    result = subprocess.run([sys.executable, "-m", "gesprekscoach", "bla"], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "onbekende keuze: 'bla'" in result.stderr
    assert "gesprekscoach --help" in result.stderr


def test_broken_content_option_does_not_start_the_coach(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "--content", str(tmp_path / "weg")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "De inhoud van de coach heeft fouten" in result.stderr
    assert "Traceback" not in result.stderr


def test_wheel_ships_content_and_works_from_elsewhere(tmp_path: Path) -> None:
    """Build the wheel, install it in a fresh venv and check the shipped content from another folder."""
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(REPO)],
        capture_output=True,
        text=True,
        check=True,
    )
    [wheel] = dist.glob("gesprekscoach-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)], capture_output=True, text=True, check=False
    )
    assert install.returncode == 0, install.stderr[-2000:]
    elsewhere = tmp_path / "ergens"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("GESPREKSCOACH_CONTENT", "PYTHONPATH")}
    result = subprocess.run(
        [str(env_dir / "bin" / "gesprekscoach"), "content", "check"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "functioneringsgesprek" in result.stdout
    assert "site-packages/gesprekscoach/data/content" in result.stdout


def test_the_coach_on_its_own_gets_what_the_parser_would_give() -> None:
    from gesprekscoach.cli.arguments import build_parser, parse_arguments
    from gesprekscoach.cli.main import no_arguments

    assert no_arguments() == parse_arguments(build_parser(), [])
