"""One script of edits (tests/edit_script.py), made through the session directly and typed in the
plain mode: the saved preparation files are the same, byte for byte."""

from __future__ import annotations

import io
from pathlib import Path

from edit_script import CONVERSATION, MEETING_DAY, WITH_WHOM, edit_script, plain_lines, script_clock
from gesprekscoach.content.models import Content
from gesprekscoach.plain.app import run_plain
from gesprekscoach.session.commands import Area
from gesprekscoach.session.opening import open_preparation, start_new_preparation
from gesprekscoach.store.preparations import PreparationStore
from test_plain import conversation_number
from year_helpers import make_planning, record_planning_after


def _store_with_planning(home: Path) -> PreparationStore:
    store = PreparationStore(home)
    record_planning_after(store, make_planning(store))
    return store


def _files(store: PreparationStore) -> dict[str, str]:
    """The saved preparations, without the `revision` line: it counts saves (plain mode saves after
    every answer, a direct run once), not what the user wrote."""
    return {
        path.name: "".join(
            line
            for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith("revision:")
        )
        for path in sorted(store.folder.glob("*.yaml"))
    }


def test_the_script_covers_every_area(shipped_content: Content, tmp_path: Path) -> None:
    script = edit_script(shipped_content, sheet_path=tmp_path / "blad.md", letter_path=tmp_path / "brief.md")
    assert script.areas() == set(Area)


def test_the_script_gives_the_same_file_through_the_session_and_the_plain_mode(
    shipped_content: Content, tmp_path: Path
) -> None:
    sheets = tmp_path / "bladen"
    sheets.mkdir()
    script = edit_script(shipped_content, sheet_path=sheets / "blad.md", letter_path=sheets / "reactie.md")

    # straight through the session
    direct = _store_with_planning(tmp_path / "direct")
    opened = start_new_preparation(direct, shipped_content, CONVERSATION, MEETING_DAY, WITH_WHOM, clock=script_clock())
    session = opened.session
    for command in script.all:
        session.apply(command)
    assert session.close().ok
    assert [item.kind for item in session.prep.carry_over] == ["doel", "doel", "afspraak", "afspraak", "belofte"]

    # typed in the plain mode; what it has no questions for yet goes through a session afterwards
    plain = _store_with_planning(tmp_path / "plain")
    typed = plain_lines(shipped_content, script.steps, menu_number=conversation_number(shipped_content, CONVERSATION))
    out = io.StringIO()
    code = run_plain(
        shipped_content,
        store=plain,
        stdin=io.StringIO("\n".join(typed) + "\n"),
        stdout=out,
        cwd=sheets,
        clock=script_clock(),
    )
    assert code == 0, out.getvalue()
    assert "Klaar." in out.getvalue()
    assert (sheets / "blad.md").is_file()
    prep = plain.load(session.prep.id)
    rest = open_preparation(plain, shipped_content, prep, clock=script_clock()).session
    for command in script.more:
        rest.apply(command)
    assert rest.close().ok

    assert _files(plain) == _files(direct)
    text = _files(direct)[f"{session.prep.id}.yaml"]
    for expected in ("Ik wil beter leren plannen", "Thuiswerken", "Planning elke maandag delen", "Sam Jansen"):
        assert expected in text
