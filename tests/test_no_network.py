"""No command ever opens a network connection: every command that needs no screen runs in a process
where opening a socket (or looking up a host name) is refused and written down."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from gesprekscoach.store.models import Goal
from gesprekscoach.store.preparations import PreparationStore

TZ = timezone(timedelta(hours=1))
NOW = datetime(2027, 1, 10, 20, 0, tzinfo=TZ)

SITECUSTOMIZE = '''
"""Refuse every socket in this process and write down who asked (test_no_network.py)."""
import os
import socket
import traceback

_LOG = os.environ["GESPREKSCOACH_SOCKET_LOG"]


def _refuse(what, *args, **kwargs):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{what} {args!r}\\n{''.join(traceback.format_stack(limit=8))}\\n")
    raise OSError("network is switched off in this test")


class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _refuse("socket.socket", *args)


socket.socket = _NoSocket
socket.create_connection = lambda *args, **kwargs: _refuse("socket.create_connection", *args)
socket.getaddrinfo = lambda *args, **kwargs: _refuse("socket.getaddrinfo", *args)
socket.socketpair = lambda *args, **kwargs: _refuse("socket.socketpair", *args)
'''


@pytest.fixture
def offline(tmp_path: Path, private_home: Path) -> tuple[dict[str, str], Path]:
    """The environment of a process without network, and the file where socket attempts are written."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "sockets.log"
    env = {key: value for key, value in os.environ.items() if key not in ("GESPREKSCOACH_CONTENT",)}
    env["PYTHONPATH"] = os.pathsep.join([str(site), *filter(None, [os.environ.get("PYTHONPATH")])])
    env["GESPREKSCOACH_HOME"] = str(private_home)
    env["GESPREKSCOACH_SOCKET_LOG"] = str(log)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("DISPLAY", None)
    env.pop("BROWSER", None)
    store = PreparationStore(private_home)
    prep = store.create("planning", date(2027, 1, 15), "Anne", now=NOW)
    prep.goals = [Goal(text="Ik rond voor 1 juli 2027 de cursus Excel af")]
    store.save(prep, now=NOW)
    return env, log


def test_the_socket_guard_works(offline: tuple[dict[str, str], Path]) -> None:
    env, log = offline
    code = "import socket\ntry:\n    socket.create_connection(('example.org', 80))\nexcept OSError:\n    pass\n"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert "socket.create_connection" in log.read_text(encoding="utf-8")


COMMANDS: list[tuple[list[str], str]] = [
    (["--version"], ""),
    (["--help"], ""),
    (["list"], ""),
    (["export", "2027-01-15"], ""),
    (["export", "2027-01-15", "-o", "{tmp}/blad.md"], ""),
    (["print", "2027-01-15", "--niet-openen", "-o", "{tmp}/blad.html"], ""),
    (["smart", "Ik rond voor 1 juli 2027 de cursus af", "--today", "2027-01-10"], ""),
    (["smart", "--json", "Ik rond voor 1 juli 2027 de cursus af"], ""),
    (["feedback", "Jij luistert nooit naar mij"], ""),
    (["log", "Klantpresentatie gegeven"], ""),
    (["log", "Cursus begonnen", "--doel", "1", "--today", "2027-02-01"], ""),
    (["log"], ""),
    (["log", "--alles"], ""),
    (["content", "check"], ""),
    (["content", "schema"], ""),
    (["content", "schema", "checks"], ""),
    (["--eenvoudig"], "1\n" + "\n" * 400),
]


@pytest.mark.parametrize(("args", "stdin"), COMMANDS, ids=[" ".join(args[:2]) for args, _ in COMMANDS])
def test_no_command_opens_a_socket(
    offline: tuple[dict[str, str], Path], tmp_path: Path, args: list[str], stdin: str
) -> None:
    env, log = offline
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not log.exists(), log.read_text(encoding="utf-8")
