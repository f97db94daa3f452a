"""A crash never shows the text of a preparation (issue 11, point 5): not in the full screen, not in plain mode.

Textual's own crash screen prints the local variables of every frame and the error's message;
both can hold an answer marked 'alleen voor mij'. The coach prints its own report instead: the
kind of error and where (file, line, function), no values, no message.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.content.models import Content
from gesprekscoach.session.crash_report import CRASH_EXIT, CRASH_INTRO, crash_report
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.store.models import Answer, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.app import GesprekscoachApp
from session_helpers import fixed_clock, new_session

SECRET = "Mijn leidinggevende weet niet dat ik solliciteer bij Bakkerij Zonnestraal"
"""An answer marked 'alleen voor mij'."""


def _private_preparation(content: Content, home: Path) -> str:
    session = new_session(content, home, clock=fixed_clock())
    prep = session.prep
    prep.answers["wat-ging-goed"] = Answer(text=SECRET, private=True)
    session.store.save(prep)
    return prep.id


def _crash_with_the_answer_loaded(content: Content, home: Path, prep_id: str) -> None:
    """Open the preparation (the private answer is now in a local variable) and fail on it."""
    store = PreparationStore(home)
    opened = open_preparation(store, content, store.load(prep_id), clock=fixed_clock())
    prep: Preparation = opened.session.prep
    answer = prep.answers["wat-ging-goed"].text
    raise ValueError(f"kan dit antwoord niet verwerken: {answer!r}")


def test_the_report_names_the_error_and_where_but_not_its_message() -> None:
    try:
        secret = SECRET
        raise ValueError(secret)
    except ValueError as error:
        report = crash_report(error)
    assert SECRET not in report
    assert report.startswith(CRASH_INTRO)
    assert "Fout: builtins.ValueError" in report
    assert "test_crash_privacy.py:" in report


def test_full_screen_crash_shows_no_private_text(
    shipped_content: Content, private_home: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    prep_id = _private_preparation(shipped_content, private_home)
    app = GesprekscoachApp(content=shipped_content, store=PreparationStore(private_home), clock=fixed_clock())
    real_on_mount = GesprekscoachApp.on_mount

    def on_mount_then_crash(self: GesprekscoachApp) -> None:
        real_on_mount(self)
        self.set_timer(0.3, lambda: _crash_with_the_answer_loaded(shipped_content, private_home, prep_id))

    monkeypatch.setattr(GesprekscoachApp, "on_mount", on_mount_then_crash)

    app.run(headless=True, size=(100, 40))

    out, err = capfd.readouterr()
    assert "Bakkerij" not in out + err  # not even a part of it (a wrapped line)
    assert "Fout: builtins.ValueError" in err
    assert "De coach is gestopt door een fout in het programma." in err
    assert app.return_code == CRASH_EXIT


def test_plain_mode_crash_shows_no_private_text(
    shipped_content: Content, private_home: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from gesprekscoach.plain import app as plain_app

    prep_id = _private_preparation(shipped_content, private_home)

    def menu_then_crash(self: plain_app.PlainCoach) -> bool:
        _crash_with_the_answer_loaded(shipped_content, private_home, prep_id)
        return False

    monkeypatch.setattr(plain_app.PlainCoach, "_menu", menu_then_crash)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    code = main(["--eenvoudig"])

    out, err = capfd.readouterr()
    assert code == CRASH_EXIT
    assert "Fout: builtins.ValueError" in err
    assert SECRET not in out + err
    assert "Bakkerij" not in out + err
