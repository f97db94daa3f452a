"""The rules a front end asks the session for (so the full screen and the plain mode share them):
what can be marked 'alleen voor mij', when an example is asked, what the letter may offer, the
wins log's page, the full version of the sheet, and the facts about a conversation."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from gesprekscoach.content.models import Content, Question
from gesprekscoach.session.commands import (
    AddAgreement,
    AddGoal,
    AddListItem,
    Area,
    MarkPrivate,
    SetAnswer,
    SetChosenSuggestions,
    SetExample,
    SetTipNote,
)
from gesprekscoach.session.conversation_facts import MODE_WORDS, conversation_facts
from gesprekscoach.session.examples import example_wanted, letter_examples, with_example
from gesprekscoach.session.full_sheet import full_version_path, has_private_items
from gesprekscoach.session.opening import start_new_preparation
from gesprekscoach.session.wins_logbook import WinsLogbook
from gesprekscoach.store.models import Answer
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import LogError, WinsLogStore
from session_helpers import FakeClock, new_session
from year_helpers import TZ, make_planning, record_planning_after


def test_every_item_of_a_step_can_be_marked_and_the_mark_round_trips(shipped_content: Content, tmp_path: Path) -> None:
    session = new_session(shipped_content, tmp_path / "home")
    conv = shipped_content.conversation("functionering")
    ask = conv.step("vragen-stellen")
    tip = conv.step("tips").items[0].id  # type: ignore[union-attr]
    for command in (
        SetTipNote(tip, "Mijn notitie"),
        SetAnswer("wat-ging-goed", "Het project"),
        SetChosenSuggestions(ask.id, frozenset({ask.suggestions[0]})),  # type: ignore[union-attr]
        AddListItem(Area.OWN_QUESTIONS, "Eigen vraag"),
        AddGoal("Mijn doel"),
        AddListItem(Area.FEEDBACK, "Ik merk dat"),
        AddListItem(Area.AGENDA, "Punt"),
    ):
        assert session.apply(command)
    found = {step.id: session.private_items(step) for step in conv.steps}
    assert [(i.area, i.key, i.text, i.about) for i in found["tips"]] == [
        (Area.CHECKLIST, tip, "Mijn notitie", conv.step("tips").items[0].text)  # type: ignore[union-attr]
    ]
    assert [(i.area, i.key) for i in found["terugblik"]] == [(Area.ANSWERS, "wat-ging-goed")]
    assert [(i.area, i.key) for i in found["vragen-stellen"]] == [
        (Area.SUGGESTIONS, ask.suggestions[0]),  # type: ignore[union-attr]
        (Area.OWN_QUESTIONS, 0),
    ]
    assert [(i.area, i.text) for i in found["doelen"]] == [(Area.GOALS, "Mijn doel")]
    assert [(i.area, i.key) for i in found["feedback"]] == [(Area.FEEDBACK, 0)]
    assert [(i.area, i.key) for i in found["agenda"]] == [(Area.AGENDA, 0)]
    assert found["welkom"] == [] and found["werkdruk-en-plezier"] == []
    items = [item for step_items in found.values() for item in step_items]
    for item in items:
        assert session.apply(MarkPrivate(item.area, item.key, True))
    assert all(item.private for step in conv.steps for item in session.private_items(step))
    assert has_private_items(session.prep)


def test_carried_items_and_agreements_can_be_marked(shipped_content: Content, tmp_path: Path) -> None:
    store = PreparationStore(tmp_path / "home")
    record_planning_after(store, make_planning(store))
    clock = FakeClock(datetime(2027, 6, 1, 10, 0, tzinfo=TZ))
    session = start_new_preparation(store, shipped_content, "functionering", date(2027, 6, 10), clock=clock).session
    terugblik = shipped_content.conversation("functionering").step("terugblik")
    carried = session.private_items(terugblik)
    assert [(item.area, item.about) for item in carried] == [
        (Area.CARRY_OVER, "Afspraak"),
        (Area.CARRY_OVER, "Afspraak"),
        (Area.CARRY_OVER, "Belofte van mijn leidinggevende"),
    ]
    assert session.private_agreements() == []
    change = session.apply(AddAgreement("Planning delen", who="ik"))
    (agreement,) = session.private_agreements()
    assert agreement.key == change.keys[0] and not agreement.private
    assert session.apply(MarkPrivate(agreement.area, agreement.key, True))
    assert session.private_agreements()[0].private


def test_an_example_is_asked_only_after_an_answer() -> None:
    question = Question(id="q", text="Wat ging goed?")
    assert not example_wanted(question, Answer())
    assert not example_wanted(question, Answer(text="   "))
    assert example_wanted(question, Answer(text="Het project"))
    assert example_wanted(question, Answer(example="Er staat al een voorbeeld"))  # so it can be kept or cleared
    assert not example_wanted(Question(id="q", text="?", ask_example=False), Answer(text="ja"))
    assert with_example("", "3 februari 2027: Demo") == "3 februari 2027: Demo"
    assert with_example("Eerst dit\n", "3 februari 2027: Demo") == "Eerst dit\n3 februari 2027: Demo"


def test_the_letter_never_offers_what_is_only_for_you(shipped_content: Content, tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = PreparationStore(home)
    planning = make_planning(store)
    log = WinsLogStore(home)
    log.add("Gedeelde demo", now=datetime(2027, 2, 3, 12, 0, tzinfo=TZ), goal=planning.goals[0], goal_source=planning)
    log.add("Geheime ruzie", now=datetime(2027, 3, 3, 12, 0, tzinfo=TZ), private=True)
    clock = FakeClock(datetime(2027, 6, 1, 10, 0, tzinfo=TZ))
    session = start_new_preparation(store, shipped_content, "functionering", date(2027, 6, 10), clock=clock).session
    session.apply(SetAnswer("wat-ging-goed", "Gedeeld antwoord"))
    session.apply(SetAnswer("wat-ging-minder", "Geheim antwoord"))
    session.apply(SetExample("wat-ging-minder", "Geheim voorbeeld"))
    session.apply(MarkPrivate(Area.ANSWERS, "wat-ging-minder", True))
    assert session.save_now().ok
    groups = letter_examples(session.prep, shipped_content, store)
    offered = [(group.title, choice.text) for group in groups for choice in group.choices]
    assert offered == [
        ("Uit je voorbereiding", "Gedeeld antwoord"),
        (f"Uit je logboek: {planning.goals[0].title()}", "Gedeelde demo"),
    ]


def test_the_wins_logbook_page_goals_and_edits(shipped_content: Content, tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = PreparationStore(home)
    planning = make_planning(store)
    book = WinsLogbook(store, shipped_content, FakeClock(datetime(2027, 2, 1, 9, 0, tzinfo=TZ)))
    page = book.page()
    assert page.since == "Sinds je planningsgesprek van 15 januari 2027" and page.entries == []
    assert [(goal.source_id, goal.goal_id) for goal in page.goals] == [(planning.id, "doel-1"), (planning.id, "doel-2")]
    with pytest.raises(LogError, match="Typ eerst wat er goed ging"):
        book.add("   ")
    first = book.add("Demo gegeven", page.goals[0])
    book.add("Tweede")
    page = book.page()
    assert [entry.text for entry in page.entries] == ["Tweede", "Demo gegeven"]  # newest first
    assert page.goal_of(page.entries[1]) == planning.goals[0].title() and page.goal_of(page.entries[0]) == ""
    book.set_private(first, True)
    book.remove(page.entries[0])
    assert [(e.text, e.private, e.goal_source) for e in WinsLogStore(home).load().entries] == [
        ("Demo gegeven", True, planning.id)
    ]


def test_the_full_version_and_its_file(shipped_content: Content, tmp_path: Path) -> None:
    session = new_session(shipped_content, tmp_path / "home")
    assert not has_private_items(session.prep)
    session.apply(AddListItem(Area.AGENDA, "Geheim"))
    session.apply(MarkPrivate(Area.AGENDA, 0, True))
    assert has_private_items(session.prep)
    assert full_version_path(Path("/x/blad.md")) == Path("/x/blad-volledig.md")


def test_the_facts_of_every_conversation(shipped_content: Content) -> None:
    for conv in shipped_content.conversations:
        facts = {fact.label: fact for fact in conversation_facts(conv)}
        assert facts["Waarvoor"].text == conv.purpose and facts["Wanneer"].text == conv.timing
        assert facts["Wie beslist"].text == MODE_WORDS[conv.mode]
        assert conv.looks in facts["Richting"].text
        if conv.leads_to:
            assert facts["Het kan leiden tot"].points == conv.leads_to
        if conv.facts:
            assert facts["Goed om te weten"].points == conv.facts
