"""A wins log that stays alive: the quiet note, tags, the period overview and the draft self-assessment."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from gesprekscoach.content.models import Content
from gesprekscoach.session.commands import AddGoal
from gesprekscoach.session.wins_digest import digest_markdown, quiet_note, self_assessment_markdown
from gesprekscoach.store.models import WinsLog
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore
from session_helpers import TZ, fixed_clock, new_session


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=TZ)


def test_a_gentle_note_after_four_weeks_and_none_before(shipped_content: Content, tmp_path: Path) -> None:
    log_store = WinsLogStore(tmp_path)
    assert quiet_note(WinsLog(), shipped_content, date(2027, 3, 1)) is None  # never used: no nagging
    log_store.add("Demo gegeven", now=at(date(2027, 2, 1)))
    log = log_store.load()
    assert quiet_note(log, shipped_content, date(2027, 2, 28)) is None  # 27 days
    note = quiet_note(log, shipped_content, date(2027, 3, 1))
    assert note is not None and "4 weken" in note


def test_tags_are_kept_clean_and_old_entries_have_none(tmp_path: Path) -> None:
    log_store = WinsLogStore(tmp_path)
    entry = log_store.add("Klant tevreden", now=at(date(2027, 2, 1)), tags=["Klant", "#klant", " team  werk "])
    assert entry.tags == ["klant", "team werk"]
    (tmp_path / "logboek.yaml").write_text(
        "schema_version: 1\nentries:\n- id: a\n  at: 2027-01-01 10:00:00+02:00\n  text: Oud\n", encoding="utf-8"
    )
    assert log_store.load().entries[0].tags == []


def _year(content: Content, home: Path) -> tuple[PreparationStore, WinsLog]:
    planning = new_session(content, home, conversation="planning", meeting=date(2027, 1, 15))
    planning.apply(AddGoal("Ik geef voor 1 juni drie klantpresentaties"))
    planning.apply(AddGoal("Ik leer Excel"))
    planning.save_now()
    prep = planning.prep
    log_store = WinsLogStore(home)
    log_store.add("Eerste presentatie gegeven", now=at(date(2027, 3, 12)), goal=prep.goals[0], goal_source=prep)
    log_store.add("Klant belde terug", now=at(date(2027, 4, 2)), tags=["klant"])
    log_store.add("Geheim", now=at(date(2027, 4, 3)), private=True)
    log_store.add("Te vroeg", now=at(date(2026, 12, 1)))
    return PreparationStore(home), log_store.load()


def test_the_digest_groups_by_goal_and_tag_with_dates(shipped_content: Content, tmp_path: Path) -> None:
    store, log = _year(shipped_content, tmp_path)
    text, count = digest_markdown(log, store.list().preparations, shipped_content, date(2027, 1, 1), date(2027, 6, 30))
    assert count == 3
    assert text.startswith("# Mijn logboek van 1 januari 2027 tot 30 juni 2027")
    goal_part = text.split("### Doel: Ik geef voor 1 juni drie klantpresentaties")[1].split("##")[0]
    assert "- 12 maart 2027: Eerste presentatie gegeven" in goal_part
    assert "- 2 april 2027: Klant belde terug" in text.split("### Label: klant")[1]
    assert "Te vroeg" not in text
    assert "- 3 april 2027: Geheim (alleen voor mij)" in text


def test_the_self_assessment_points_every_line_to_a_dated_entry(shipped_content: Content, tmp_path: Path) -> None:
    store, log = _year(shipped_content, tmp_path)
    functionering = new_session(
        shipped_content,
        tmp_path,
        conversation="functionering",
        meeting=date(2027, 6, 10),
        clock=fixed_clock(date(2027, 6, 1)),
    )
    preparations = store.list().preparations
    text = self_assessment_markdown(log, preparations, shipped_content, functionering.prep)
    assert "# Mijn zelfbeoordeling voor mijn functioneringsgesprek van 10 juni 2027" in text
    goal_part = text.split("## Doel: Ik geef voor 1 juni drie klantpresentaties")[1].split("## ")[0]
    assert goal_part.strip() == "- 12 maart 2027: Eerste presentatie gegeven"
    assert "## Doel: Ik leer Excel\n\n- Nog niets in je logboek" in text
    assert "- 2 april 2027: Klant belde terug" in text
    assert "Geheim" not in text and "Te vroeg" not in text
    for line in text.splitlines():
        if line.startswith("- ") and "Nog niets" not in line:
            assert line.split(":")[0][2:].endswith("2027"), line
