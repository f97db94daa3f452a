"""After the meeting: the one-page summary of what was agreed, and the reaction letter, as PDF and text.

Made through the session (as the CLI and plain mode do) and through `gesprekscoach afdrukken`,
with no browser on PATH and sockets blocked, and read back with pypdf.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.content.models import Content
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.sheet import printing
from gesprekscoach.sheet.letter import LetterError
from gesprekscoach.sheet.markdown import SheetExistsError
from gesprekscoach.store.models import Disagreement, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.settings import UserSettings, save_settings
from pdf_helpers import pdf_pages, squash
from sheet_fixtures import _prep, typical_preparation, with_agreements


def after_the_meeting() -> Preparation:
    prep = with_agreements(typical_preparation())
    assert prep.after is not None
    prep.after.disagrees = True
    prep.after.disagreements = [
        Disagreement(point="Ik neem te weinig initiatief.", why="Ik stelde zelf twee verbeteringen voor."),
        Disagreement(point="# Mijn *planning* <liep> uit", example="Eén keer, in april. $x$ @label [ref]"),
    ]
    return prep


@pytest.fixture
def session(shipped_content: Content, private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A session on the preparation after the meeting, with a name, function and place set."""
    monkeypatch.setenv("GESPREKSCOACH_DOCUMENTS", str(tmp_path / "documenten"))
    (tmp_path / "documenten").mkdir()
    save_settings(UserSettings(name="Sam Jansen", function="klantadviseur", place="Utrecht", asked=True))
    store = PreparationStore(private_home)
    later = _prep("beoordeling", id="2027-06-10-beoordeling", meeting_date=date(2027, 6, 10))
    store.save(later)
    prep = after_the_meeting()
    store.save(prep)
    return PreparationSession(prep, shipped_content, store)


def test_the_summary_has_what_who_when_and_the_next_conversation(session: PreparationSession) -> None:
    text = session.summary_text()
    assert text.startswith("Wat we hebben afgesproken\nfunctioneringsgesprek van 23 november 2026\n\n")
    assert "Met: Anne de Vries\nVan: Sam Jansen, klantadviseur" in text
    assert "1. Cursus Excel aanvragen\n   Wie: ik · Wanneer: 15 december 2026" in text
    assert "2. Budget voor de cursus regelen\n   Wie: mijn leidinggevende · Wanneer: 10 januari 2027" in text
    assert "3. Vaste vervanger kiezen (gedaan)\n   Wie: Jeroen" in text
    assert "PRIVE" not in text  # a summary may be sent: nothing marked 'alleen voor mij'
    assert "Volgend gesprek: beoordelingsgesprek van 10 juni 2027" in text
    assert "Verslag ontvangen op: 30 november 2026" in text


def test_without_agreements_or_a_next_meeting(shipped_content: Content, private_home: Path) -> None:
    session = PreparationSession(_prep(), shipped_content, PreparationStore(private_home))
    text = session.summary_text()
    assert "Er zijn nog geen afspraken opgeschreven." in text
    assert "Volgend gesprek: beoordelingsgesprek, nog niet gepland" in text
    assert "Verslag ontvangen op: nog niet ontvangen" in text


def test_summary_and_letter_as_pdf_without_browser_or_network(
    session: PreparationSession, tmp_path: Path, offline: list[str]
) -> None:
    summary = session.write_summary(tmp_path / "afspraken.pdf", "pdf")
    [page] = pdf_pages(summary)  # one page
    for expected in ("Wat we hebben afgesproken", "Cursus Excel aanvragen", "15 december 2026", "Jeroen"):
        assert squash(expected) in squash(page), expected
    assert "PRIVE" not in page
    letter, change = session.write_reaction_letter(fmt="pdf")
    assert change and letter.parent == tmp_path / "documenten" and letter.suffix == ".pdf"
    pages = pdf_pages(letter)
    text = squash(" ".join(pages))
    from gesprekscoach.dates import day_month_year

    for expected in (
        "Sam Jansen",
        "klantadviseur",
        f"Utrecht, {day_month_year(session.today)}",
        "Aan: Anne de Vries",
        "Onderwerp: Reactie op het verslag",
        "Ik neem te weinig initiatief.",
        "# Mijn *planning* <liep> uit",
        "Eén keer, in april. $x$ @label [ref]",
        "Met vriendelijke groet,",
    ):
        assert squash(expected) in text, expected
    assert "**" not in " ".join(pages)
    assert session.prep.after is not None and session.prep.after.reaction_letter_path == str(letter)


def test_the_letter_as_plain_text(session: PreparationSession, tmp_path: Path) -> None:
    path, _change = session.write_reaction_letter(fmt="txt")
    text = path.read_text(encoding="utf-8")
    assert text == session.reaction_letter_text()
    assert text.startswith("Sam Jansen\nklantadviseur\n\nUtrecht, ")
    assert "**" not in text and "\\" not in text
    with pytest.raises(SheetExistsError):
        session.write_reaction_letter(fmt="txt")
    session.write_reaction_letter(fmt="txt", overwrite=True)


def test_no_points_no_letter_pdf(shipped_content: Content, private_home: Path, tmp_path: Path) -> None:
    session = PreparationSession(_prep(), shipped_content, PreparationStore(private_home))
    with pytest.raises(LetterError):
        session.write_reaction_letter(tmp_path, fmt="pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_print_command_makes_summary_and_letter(
    session: PreparationSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(printing, "open_in_viewer", lambda path: opened.append(path) or True)
    prep_id = session.prep.id
    assert main(["afdrukken", prep_id, "--samenvatting"]) == 0
    summary = tmp_path / "documenten" / "afspraken-functioneringsgesprek-2026-11-23.pdf"
    assert opened == [summary] and summary.read_bytes().startswith(b"%PDF")
    assert main(["print", prep_id, "--brief", "--tekst", "-o", str(tmp_path / "brief.txt")]) == 0
    assert (tmp_path / "brief.txt").read_text(encoding="utf-8").startswith("Sam Jansen\n")
    assert opened == [summary]  # a text file is not opened
    out = capsys.readouterr().out
    assert f"Het bestand is opgeslagen: {tmp_path / 'brief.txt'}" in out
    saved = PreparationStore(session.store.home).load(prep_id)
    assert saved.after is not None and saved.after.reaction_letter_path == str(tmp_path / "brief.txt")
    assert main(["afdrukken", prep_id, "--brief", "--tekst", "-o", str(tmp_path / "brief.txt")]) == 1
    assert "--overschrijven" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:  # one at a time
        main(["afdrukken", prep_id, "--samenvatting", "--brief"])
    assert stopped.value.code == 2 and "kan niet samen met" in capsys.readouterr().err


def test_print_without_a_graphical_session_says_where_the_pdf_is(
    session: PreparationSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(printing, "has_display", lambda: False)
    monkeypatch.setattr(printing.subprocess, "Popen", lambda *a, **k: pytest.fail("nothing may start"))
    assert main(["afdrukken", session.prep.id]) == 0
    out = capsys.readouterr().out
    target = tmp_path / "documenten" / "voorbereiding-functioneringsgesprek-2026-11-23.pdf"
    assert "Ik kan het bestand hier niet openen" in out and str(target) in out
    pages = pdf_pages(target)
    assert squash("Sam Jansen, klantadviseur") in squash(pages[0])
    assert squash("PRIVE-TACTIEK") in squash(pages[-1])  # the page that stays home
    assert PreparationStore(session.store.home).load(session.prep.id).sheet_path == str(target)
