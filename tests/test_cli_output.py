"""The command line's output never ends in a traceback: a closed pipe, a full disk, a terminal that is
not UTF-8, `--force` on something that is no regular file, and no home folder at all."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.store.models import AgendaItem, Answer
from gesprekscoach.store.preparations import PreparationStore

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 22, 21, 15, tzinfo=TZ)
TEXT = "Ik wil groeien 😀 — en ‘meer’ leren ✓ çà"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "GESPREKSCOACH_HOME": str(home), **extra}
    env.pop("GESPREKSCOACH_CONTENT", None)
    return env


def _run(
    args: list[str], home: Path, *, env: dict[str, str] | None = None, stdout: object = subprocess.PIPE
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "gesprekscoach", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env or _env(home),
        timeout=120,
    )


@pytest.fixture
def prep_id(private_home: Path) -> str:
    store = PreparationStore(private_home)
    prep = store.create("functionering", date(2026, 11, 23), f"Anne {TEXT}", now=NOW)
    prep.answers["wat-ging-goed"] = Answer(text=TEXT * 400, example=TEXT)
    prep.agenda = [AgendaItem(text=TEXT)]
    store.save(prep, now=NOW)
    return prep.id


# --------------------------------------------------------------------------- a closed pipe


def _closed_pipe(args: list[str], home: Path) -> tuple[int, bytes]:
    """Run with stdout a pipe whose reader has gone (as `… | head -1` after the first line)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        process = subprocess.run(
            [sys.executable, "-m", "gesprekscoach", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=_env(home),
            timeout=120,
        )
    finally:
        os.close(write_end)
    return process.returncode, process.stderr


@pytest.mark.parametrize(
    "args",
    [["content", "schema"], ["list"], ["export", "PREP"], ["--help"], ["--version"], ["log"], ["smart", "Ik leer"]],
)
def test_a_closed_pipe_ends_quietly(private_home: Path, prep_id: str, args: list[str]) -> None:
    code, err = _closed_pipe([prep_id if arg == "PREP" else arg for arg in args], private_home)
    assert err == b"", err.decode("utf-8", "replace")
    assert code in (0, 141)


def test_content_schema_into_head_gives_its_first_line(private_home: Path) -> None:
    shell = f"{sys.executable} -m gesprekscoach content schema | head -1"
    result = subprocess.run(["sh", "-c", shell], capture_output=True, env=_env(private_home), timeout=120)
    assert result.stdout == b"{\n"
    assert b"Traceback" not in result.stderr and b"Exception ignored" not in result.stderr


# --------------------------------------------------------------------------- a full disk


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("unbuffered", [True, False])
@pytest.mark.parametrize(
    "args", [["export", "PREP"], ["content", "schema"], ["list"], ["log"], ["--version"], ["--help"]]
)
def test_a_full_disk_gives_a_dutch_message(private_home: Path, prep_id: str, args: list[str], unbuffered: bool) -> None:
    env = _env(private_home)
    env.pop("PYTHONUNBUFFERED", None)
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    with open("/dev/full", "wb") as full:
        result = _run([prep_id if arg == "PREP" else arg for arg in args], private_home, stdout=full, env=env)
    err = result.stderr.decode("utf-8")
    assert result.returncode in (1, 2)
    assert "de schijf is vol" in err
    assert "Traceback" not in err and "Exception ignored" not in err


def test_a_failed_write_in_process_is_told_in_dutch(
    private_home: Path, prep_id: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class FullStdout:
        encoding = "utf-8"

        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

        def flush(self) -> None:
            raise OSError(28, "No space left on device")

        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdout", FullStdout())
    assert main(["content", "schema"]) == 1
    assert "Schrijven is niet gelukt: de schijf is vol." in capsys.readouterr().err


# --------------------------------------------------------------------------- a terminal that is not UTF-8


@pytest.mark.parametrize("args", [["list"], ["log"], ["smart", TEXT], ["feedback", TEXT], ["export", "PREP"]])
def test_a_latin1_terminal_gets_replacement_characters(private_home: Path, prep_id: str, args: list[str]) -> None:
    assert main(["log", f"Gelukt {TEXT}", "--today", "2026-11-24"]) == 0
    result = _run(
        [prep_id if arg == "PREP" else arg for arg in args],
        private_home,
        env=_env(private_home, PYTHONIOENCODING="latin-1"),
    )
    err = result.stderr.decode("latin-1")
    assert result.returncode == 0, err
    assert "Traceback" not in err
    out = result.stdout.decode("latin-1")
    assert out.strip()
    if args[0] == "log":
        assert "çà" in out and "Gelukt Ik wil groeien ? ? en ?meer? leren ? çà" in out  # latin-1 kept, rest replaced
    if args[0] == "list":
        assert "Anne Ik wil groeien ? ? en ?meer?" in out


def test_export_to_a_file_stays_utf8_whatever_the_terminal(private_home: Path, prep_id: str) -> None:
    result = _run(["export", prep_id], private_home, env=_env(private_home, PYTHONIOENCODING="latin-1"))
    assert result.returncode == 0
    assert TEXT in result.stdout.decode("utf-8")  # a pipe or file gets the sheet as UTF-8


# --------------------------------------------------------------------------- --force replaces regular files only


def test_force_never_replaces_a_pipe_or_a_symlink(private_home: Path, prep_id: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pijp.md"
    os.mkfifo(fifo)
    result = _run(["export", prep_id, "-o", str(fifo), "--force"], private_home)
    assert result.returncode == 1
    assert "geen gewoon bestand" in result.stderr.decode("utf-8")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)

    target = tmp_path / "echt.md"
    target.write_text("van mij")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    result = _run(["export", prep_id, "-o", str(link), "--force"], private_home)
    assert result.returncode == 1 and "snelkoppeling" in result.stderr.decode("utf-8")
    assert link.is_symlink() and target.read_text() == "van mij"

    result = _run(["print", prep_id, "-o", str(fifo), "--force", "--niet-openen"], private_home)
    assert result.returncode == 1 and "geen gewoon bestand" in result.stderr.decode("utf-8")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
def test_force_as_root_never_replaces_a_device(private_home: Path, prep_id: str, tmp_path: Path) -> None:
    device = tmp_path / "apparaat.md"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # like /dev/null
    result = _run(["export", prep_id, "-o", str(device), "--force"], private_home)
    assert result.returncode == 1 and "apparaat" in result.stderr.decode("utf-8")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_force_still_replaces_a_regular_file(private_home: Path, prep_id: str, tmp_path: Path) -> None:
    target = tmp_path / "blad.md"
    target.write_text("oud")
    result = _run(["export", prep_id, "-o", str(target), "--force"], private_home)
    assert result.returncode == 0, result.stderr
    assert TEXT in target.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- no home folder


def _no_home(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    def no_entry(uid: int) -> pwd.struct_passwd:
        raise KeyError(f"getpwuid(): uid not found: {uid}")

    monkeypatch.delenv("GESPREKSCOACH_HOME")
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(pwd, "getpwuid", no_entry)


@pytest.mark.skipif(sys.platform == "win32", reason="HOME and the password database are POSIX")
@pytest.mark.parametrize(
    ("args", "code"), [(["list"], 1), (["log", "x"], 1), (["log"], 1), (["export", "x"], 1), (["--eenvoudig"], 1)]
)
def test_no_home_folder_tells_to_set_gesprekscoach_home(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], code: int
) -> None:
    _no_home(monkeypatch)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    result = main(args)
    err = capsys.readouterr().err
    assert result in (code, 2)
    assert "GESPREKSCOACH_HOME" in err and "thuismap" in err
    assert "Traceback" not in err and "RuntimeError" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="HOME and the password database are POSIX")
def test_no_home_folder_still_checks_a_goal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _no_home(monkeypatch)
    assert main(["smart", "Ik rond voor 1 juli 2027 de cursus af", "--today", "2027-01-10"]) == 0
    assert "Tijdgebonden" in capsys.readouterr().out
