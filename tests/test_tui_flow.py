"""Drive the coach by keyboard only, the way a user does, and check what ends up on disk.

Every test types and presses keys (no widget values are set directly), then reloads the
preparation through the store and reads the sheet file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from textual.widgets import Input

from conftest import StepOpener
from gesprekscoach.content.models import Content
from gesprekscoach.sheet.markdown import sheet_filename
from gesprekscoach.store.models import AgendaItem
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.app import GesprekscoachApp
from gesprekscoach.tui.dialogs.chooser import ChooserDialog
from gesprekscoach.tui.dialogs.confirm import ConfirmDialog
from gesprekscoach.tui.dialogs.save_sheet import SaveSheetDialog
from gesprekscoach.tui.screens.home import HomeScreen
from tui_helpers import (
    SIZE,
    choose_second_format,
    conversation_screen,
    current_step_id,
    focused_id,
    make_app,
    next_to_step,
    run_async,
    run_palette_command,
    screen_text,
    settle,
    shown_step_id,
    start_preparation,
    tab_to,
    type_text,
    wait_until,
)


def only_preparation(home: Path):
    """The one preparation in the store (reloaded from disk)."""
    listing = PreparationStore(home).list()
    assert len(listing.preparations) == 1, listing
    return listing.preparations[0]


async def fill_checklist(pilot, step_id: str, item_id: str, note: str) -> None:
    """Tick a tip with the space bar and write a note on how."""
    await next_to_step(pilot, step_id)
    await tab_to(pilot, f"check-{item_id}")
    await pilot.press("space")
    await pilot.press("tab")
    assert focused_id(pilot) == f"note-{item_id}"
    await type_text(pilot, note)


async def answer_question(pilot, question_id: str, answer: str, example: str) -> None:
    """Write an answer and an example for one question."""
    await tab_to(pilot, f"answer-{question_id}")
    await type_text(pilot, answer)
    await pilot.press("tab")
    assert focused_id(pilot) == f"example-{question_id}"
    await type_text(pilot, example)


async def fill_goal(pilot, goal: dict[str, str], step: str) -> None:
    """Write a goal in one sentence, each SMART field and one small step."""
    await tab_to(pilot, "goal-doel-1-text")
    for field in ("text", "specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden"):
        assert focused_id(pilot) == f"goal-doel-1-{field}", screen_text(pilot)
        await type_text(pilot, goal[field])
        await pilot.press("tab")
    assert focused_id(pilot) == "goal-doel-1-step-new"
    await type_text(pilot, step)
    await pilot.press("enter")


async def ask_questions(pilot, own_question: str) -> str:
    """Pick the first suggestion (space) and add an own question; returns the suggestion's text."""
    await next_to_step(pilot, "vragen-stellen")
    view = conversation_screen(pilot).current_view()
    assert view is not None
    first = view.step.suggestions[0]
    assert focused_id(pilot) == f"suggest-{first}"
    await pilot.press("space")
    await tab_to(pilot, "own-question-new")
    await type_text(pilot, own_question)
    await pilot.press("enter")
    return view.context.conversation.question(first).text


async def add_agenda(pilot, points: list[str]) -> None:
    """Type agenda points, each followed by Enter."""
    await next_to_step(pilot, "agenda")
    await tab_to(pilot, "agenda-new")
    for point in points:
        await type_text(pilot, point)
        await pilot.press("enter")


async def save_sheet_here(pilot) -> None:
    """Ctrl+S, choose Markdown, and accept the proposed path with Enter."""
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SaveSheetDialog)
    await choose_second_format(pilot)
    await pilot.press("enter")
    await settle(pilot)
    assert not isinstance(pilot.app.screen, SaveSheetDialog), screen_text(pilot)


GOAL = {
    "text": "Ik wil beter leren plannen",
    "specifiek": "Ik plan elke week mijn taken op maandag",
    "meetbaar": "Negen van de tien taken zijn op tijd klaar",
    "acceptabel": "Mijn leidinggevende vindt dit een goed doel",
    "realistisch": "Ik heb er een uur per week voor",
    "tijdgebonden": "Voor 1 juli 2027",
}


@run_async
async def test_whole_functioneringsgesprek_by_keyboard(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    app = make_app(content, home, sheets)
    async with app.run_test(size=SIZE) as pilot:
        await start_preparation(pilot, "functionering", date_text="23-11-2026", with_whom="Anne de Vries")
        assert current_step_id(pilot) == "welkom"

        tip = content.conversation("functionering").step("tips").items[0].id
        await fill_checklist(pilot, "tips", tip, "Ik mail Anne maandag")

        await next_to_step(pilot, "terugblik")
        await answer_question(pilot, "afspraken-planning", "De meeste afspraken zijn gehaald", "Het rooster is af")
        await answer_question(pilot, "wat-ging-goed", "Het project liep goed", "In mei leverde ik op tijd op")

        await next_to_step(pilot, "doelen")
        await fill_goal(pilot, GOAL, "Een planningscursus zoeken")

        suggestion = await ask_questions(pilot, "Hoe kan ik meer verantwoordelijkheid krijgen?")

        await next_to_step(pilot, "feedback")
        await tab_to(pilot, "feedback-new")
        await type_text(pilot, "Ik merk dat overleg vaak uitvalt, en ik zou graag elke week even praten")
        await pilot.press("enter")

        await next_to_step(pilot, "valkuilen")
        pitfall_checkbox = focused_id(pilot)
        assert pitfall_checkbox is not None and pitfall_checkbox.startswith("pitfall-")
        await pilot.press("space")

        await add_agenda(pilot, ["Mijn werkdruk", "Een cursus plannen"])

        await next_to_step(pilot, "overzicht")
        assert "✓" in screen_text(pilot)
        await save_sheet_here(pilot)
        await pilot.press("ctrl+q")

    prep = only_preparation(home)
    assert prep.conversation == "functionering"
    assert prep.meeting_date.isoformat() == "2026-11-23"
    assert prep.with_whom == "Anne de Vries"
    assert prep.checklist[tip].done is True
    assert prep.checklist[tip].note == "Ik mail Anne maandag"
    assert prep.answers["afspraken-planning"].text == "De meeste afspraken zijn gehaald"
    assert prep.answers["afspraken-planning"].example == "Het rooster is af"
    assert prep.answers["wat-ging-goed"].example == "In mei leverde ik op tijd op"
    goal = prep.goals[0]
    for field, text in GOAL.items():
        assert getattr(goal, field) == text
    assert goal.steps == ["Een planningscursus zoeken"]
    assert [q.text for q in prep.questions_to_ask] == [suggestion, "Hoe kan ik meer verantwoordelijkheid krijgen?"]
    assert prep.questions_to_ask[0].suggestion_id is not None
    assert [f.text for f in prep.feedback] == [
        "Ik merk dat overleg vaak uitvalt, en ik zou graag elke week even praten"
    ]
    assert prep.pitfalls_read == [pitfall_checkbox.removeprefix("pitfall-")]
    assert prep.agenda_texts() == ["Mijn werkdruk", "Een cursus plannen"]

    sheet = sheets / sheet_filename(prep, content)
    assert prep.sheet_path == str(sheet)
    text = sheet.read_text(encoding="utf-8")
    assert "# Voorbereiding functioneringsgesprek — maandag 23 november 2026" in text
    conv = content.conversation("functionering")
    for heading in (  # the sheet's sections follow the conversation's steps
        "## Wat ik wil bespreken",
        f"## {conv.step('terugblik').title}",
        f"## {conv.step('doelen').title}",
        f"## {conv.step('vragen-stellen').title}",
        f"## {conv.step('feedback').title}",
        "## In het gesprek",
        "### Afspraken",
        "## Alleen voor mij",
    ):
        assert heading in text
    for typed in (
        "Mijn werkdruk",
        "Een cursus plannen",
        "De meeste afspraken zijn gehaald",
        "In mei leverde ik op tijd op",
        "Ik wil beter leren plannen",
        "Voor 1 juli 2027",
        "Een planningscursus zoeken",
        "Hoe kan ik meer verantwoordelijkheid krijgen?",
        "elke week even praten",
        "Anne de Vries",
    ):
        assert typed in text, typed
    # The raw preparation file is readable YAML with the typed text in it.
    raw = yaml.safe_load((home / "voorbereidingen" / f"{prep.id}.yaml").read_text(encoding="utf-8"))
    assert [point["text"] for point in raw["agenda"]] == ["Mijn werkdruk", "Een cursus plannen"]


@run_async
async def test_whole_planningsgesprek_by_keyboard(content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    app = make_app(content, home, sheets)
    async with app.run_test(size=SIZE) as pilot:
        # An empty date field means tomorrow; "morgen" is typed here to show words work too.
        await start_preparation(pilot, "planning", date_text="morgen")
        conv = content.conversation("planning")
        tips = conv.step("tips")
        first_tip = tips.items[0].id
        await fill_checklist(pilot, "tips", first_tip, "Ik lees het jaarplan")

        questions_step = conv.step("werk-en-organisatie")
        with_example = [qid for qid in questions_step.questions if conv.question(qid).ask_example]
        first, second = with_example[:2]
        await next_to_step(pilot, "werk-en-organisatie")
        await answer_question(pilot, first, "Ik wil meer klantcontact", "Vorige maand hielp ik drie klanten")
        await answer_question(pilot, second, "Het team groeit", "Er komen twee collega's bij")

        await next_to_step(pilot, "doelen")
        await fill_goal(pilot, GOAL, "Elke maandag een weekplanning maken")

        suggestion = await ask_questions(pilot, "Wat verwacht je van mij dit jaar?")

        await next_to_step(pilot, "valkuilen")
        await pilot.press("space")

        await add_agenda(pilot, ["Mijn doelen voor dit jaar", "Een opleiding"])
        await next_to_step(pilot, "overzicht")
        await save_sheet_here(pilot)
        await pilot.press("ctrl+q")

    prep = only_preparation(home)
    assert prep.conversation == "planning"
    assert prep.meeting_date.isoformat() == "2026-11-23"
    assert prep.with_whom == ""
    assert prep.checklist[first_tip].done and prep.checklist[first_tip].note == "Ik lees het jaarplan"
    assert prep.answers[first].example == "Vorige maand hielp ik drie klanten"
    assert prep.answers[second].text == "Het team groeit"
    assert prep.goals[0].tijdgebonden == "Voor 1 juli 2027"
    assert prep.goals[0].steps == ["Elke maandag een weekplanning maken"]
    assert [q.text for q in prep.questions_to_ask] == [suggestion, "Wat verwacht je van mij dit jaar?"]
    assert len(prep.pitfalls_read) == 1
    assert prep.agenda_texts() == ["Mijn doelen voor dit jaar", "Een opleiding"]
    text = (sheets / sheet_filename(prep, content)).read_text(encoding="utf-8")
    assert "# Voorbereiding planningsgesprek — maandag 23 november 2026" in text
    for typed in (
        "Ik wil meer klantcontact",
        "Er komen twee collega's bij",
        "Wat verwacht je van mij dit jaar?",
        "1. Mijn doelen voor dit jaar",
        "2. Een opleiding",
        "Elke maandag een weekplanning maken",
    ):
        assert typed in text, typed
    assert "## Feedback voor mijn leidinggevende" not in text  # planning has no feedback step


@run_async
async def test_go_back_and_change_an_answer(open_step: StepOpener, folders: tuple[Path, Path]) -> None:
    home, _sheets = folders
    async with open_step("functionering", "terugblik") as pilot:
        await answer_question(pilot, "wat-ging-goed", "Het project", "In mei")
        await next_to_step(pilot, "agenda")
        # Back with Ctrl+B, step by step, to the earlier answer.
        await next_to_step(pilot, "terugblik", key="ctrl+b")
        await tab_to(pilot, "answer-wat-ging-goed")
        await pilot.press("end")
        await type_text(pilot, " liep goed")
        # Changing steps saves at once.
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert only_preparation(home).answers["wat-ging-goed"].text == "Het project liep goed"
        # The step list marks the step as begun: one question of six has an answer (not ✓: not done).
        step_list = conversation_screen(pilot).query_one("#step-list")
        index = [s.id for s in conversation_screen(pilot).steps].index("terugblik")
        assert str(step_list.get_option_at_index(index).prompt).startswith("◐")


@run_async
async def test_command_palette_goes_to_a_step(open_step: StepOpener) -> None:
    async with open_step("functionering", "welkom") as pilot:
        steps = conversation_screen(pilot).steps
        target = [s.id for s in steps].index("agenda")
        await run_palette_command(pilot, f"stap {target + 1}:")
        assert current_step_id(pilot) == "agenda"
        assert shown_step_id(pilot) == "agenda"


@run_async
async def test_autosave_after_typing_without_leaving_the_step(
    open_step: StepOpener, folders: tuple[Path, Path]
) -> None:
    home, _sheets = folders
    async with open_step("voortgang", "agenda") as pilot:
        await add_agenda(pilot, ["Eerste punt"])
        # No step change and no quit: the debounced autosave writes it shortly after the last key.
        await wait_until(pilot, lambda: only_preparation(home).agenda_texts() == ["Eerste punt"])
        await settle(pilot)
        assert only_preparation(home).agenda_texts() == ["Eerste punt"]
        assert "Opgeslagen" in screen_text(pilot)


@run_async
async def test_resume_from_home(
    content: Content, folders: tuple[Path, Path], make_coach: Callable[..., GesprekscoachApp]
) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    older = store.create("planning", make_date(2026, 12, 1), "Piet")
    older.agenda = [AgendaItem(text="Oud punt")]
    store.save(older)
    newer = store.create("functionering", make_date(2026, 11, 23), "Anne")
    newer.agenda = [AgendaItem(text="Nieuw punt")]
    store.save(newer)
    app = make_coach()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(pilot)
        assert "Eerdere voorbereidingen" in text
        await tab_to(pilot, "preparations")
        # Newest first: the functioneringsgesprek.
        await pilot.press("home", "enter")
        await settle(pilot)
        screen = conversation_screen(pilot)
        assert screen.prep.id == newer.id
        await next_to_step(pilot, "agenda")
        assert focused_id(pilot) == "agenda-new"
        # The earlier point is there and can be changed.
        await tab_to(pilot, "agenda-0")
        await pilot.press("end")
        await type_text(pilot, " en meer")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    assert PreparationStore(home).load(newer.id).agenda_texts() == ["Nieuw punt en meer"]


@run_async
async def test_unwritable_path_shows_dutch_error_and_keeps_data(
    content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    async with open_step("voortgang", "agenda") as pilot:
        app = pilot.app
        await add_agenda(pilot, ["Blijft bewaard"])
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, SaveSheetDialog)
        # A folder that does not exist.
        await pilot.press("ctrl+u")  # clear the field: delete to the start
        await type_text(pilot, str(sheets / "bestaat-niet" / "blad.md"))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SaveSheetDialog), "the dialog stays open"
        error = str(app.screen.query_one("#save-error").render())
        assert "Opslaan is niet gelukt" in error and "bestaat niet" in error
        assert focused_id(pilot) == "sheet-path"
        # Now a path that works, in the same dialog.
        await pilot.press("ctrl+u")
        await type_text(pilot, "goed.md")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, SaveSheetDialog)
        await pilot.press("ctrl+q")
    prep = only_preparation(home)
    assert prep.agenda_texts() == ["Blijft bewaard"]
    assert prep.sheet_path == str(sheets / "goed.md")
    assert "Blijft bewaard" in (sheets / "goed.md").read_text(encoding="utf-8")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write in a read-only folder")
@run_async
async def test_read_only_folder_shows_dutch_error(
    content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    locked = sheets / "alleen-lezen"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        async with open_step("voortgang", "overzicht", cwd=locked) as pilot:
            app = pilot.app
            await pilot.press("ctrl+s", "enter")
            await settle(pilot)
            assert isinstance(app.screen, SaveSheetDialog)
            assert "Opslaan is niet gelukt" in str(app.screen.query_one("#save-error").render())
    finally:
        locked.chmod(0o700)


@run_async
async def test_existing_file_asks_before_overwrite(
    content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    async with open_step("voortgang", "agenda") as pilot:
        app = pilot.app
        prep = conversation_screen(pilot).prep
        target = sheets / sheet_filename(prep, content)
        target.write_text("mijn eigen bestand\n", encoding="utf-8")
        await add_agenda(pilot, ["Nieuw blad"])
        await pilot.press("ctrl+s")
        await settle(pilot)
        await choose_second_format(pilot)  # Markdown
        await pilot.press("enter")
        await settle(pilot)
        # A confirm dialog; the focus starts on "Niet vervangen".
        assert isinstance(app.screen, ConfirmDialog)
        assert "bestaat al" in app.screen.question and focused_id(pilot) == "confirm-no"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SaveSheetDialog)
        assert target.read_text(encoding="utf-8") == "mijn eigen bestand\n"
        # Ask again and say yes this time.
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("shift+tab", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, SaveSheetDialog), screen_text(pilot)
    assert "Nieuw blad" in target.read_text(encoding="utf-8")


@run_async
async def test_damaged_file_shows_notice_and_others_still_open(
    content: Content, folders: tuple[Path, Path], make_coach: Callable[..., GesprekscoachApp]
) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    good = store.create("beoordeling", make_date(2026, 11, 30), "Sam")
    damaged = store.folder / "2026-01-01-kapot.yaml"
    damaged.write_text("id: [dit is\n  geen: goede yaml", encoding="utf-8")
    app = make_coach()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        # the listing comes from a worker; its notice is shown once the screen got the result
        await wait_until(pilot, lambda: "kapot" in str(app.screen.query_one("#store-notice").render()))
        notice = str(app.screen.query_one("#store-notice").render())
        assert "2026-01-01-kapot.yaml" in notice and "beschadigd" in notice
        await tab_to(pilot, "preparations")
        await pilot.press("enter")
        await settle(pilot)
        assert conversation_screen(pilot).prep.id == good.id
    assert not damaged.exists()
    assert list((home / "beschadigd").iterdir())


@run_async
async def test_resave_sheet_from_home(
    content: Content, folders: tuple[Path, Path], make_coach: Callable[..., GesprekscoachApp]
) -> None:
    home, sheets = folders
    store = PreparationStore(home)
    prep = store.create("pop", make_date(2026, 11, 25))
    prep.agenda = [AgendaItem(text="Leren presenteren")]
    store.save(prep)
    app = make_coach()
    async with app.run_test(size=SIZE) as pilot:
        await tab_to(pilot, "preparations")
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, SaveSheetDialog)
        await choose_second_format(pilot)  # Markdown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    target = sheets / sheet_filename(prep, content)
    assert "Leren presenteren" in target.read_text(encoding="utf-8")
    assert PreparationStore(home).load(prep.id).sheet_path == str(target)


@run_async
async def test_chooser_advises_and_opens_a_type(
    content: Content, folders: tuple[Path, Path], make_coach: Callable[..., GesprekscoachApp]
) -> None:
    home, sheets = folders
    app = make_coach()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        for _ in content.chooser.questions:
            await pilot.press("1")
            await settle(pilot)
        text = screen_text(pilot)
        assert "Je hebt waarschijnlijk een" in text
        await pilot.press("enter")  # the focus is on "Open …"
        await settle(pilot)
        assert focused_id(pilot) == "meeting-date"
        await pilot.press("enter", "enter", "enter")  # the date, no time, nobody named
        await settle(pilot)
        conversation_screen(pilot)


@run_async
async def test_invalid_date_shows_the_reason_next_to_the_field(
    content: Content, folders: tuple[Path, Path], make_coach: Callable[..., GesprekscoachApp]
) -> None:
    home, sheets = folders
    app = make_coach()
    async with app.run_test(size=SIZE) as pilot:
        await tab_to(pilot, "conversation-types")
        await pilot.press("enter")
        await settle(pilot)
        await type_text(pilot, "31-02-2027")
        await settle(pilot)
        words = str(app.screen.query_one("#date-words").render())
        assert "bestaat niet" in words
        await pilot.press("enter")
        assert focused_id(pilot) == "meeting-date", "an invalid date does not go on"
        await pilot.press("ctrl+u")
        await type_text(pilot, "vrijdag")
        await settle(pilot)
        assert str(app.screen.query_one("#date-words").render()) == "vrijdag 27 november 2026"
        await pilot.press("escape")
    assert PreparationStore(home).list().preparations == []


@run_async
async def test_store_error_keeps_data_and_says_so(
    content: Content, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, open_step: StepOpener
) -> None:
    from gesprekscoach.store.preparations import StoreError

    home, sheets = folders
    async with open_step("voortgang", "agenda") as pilot:
        app = pilot.app
        store = app.context.store
        original = store.save
        failing = {"on": True}

        def save(prep, *, now=None):
            if failing["on"]:
                raise StoreError("Opslaan is niet gelukt: de schijf is vol.")
            return original(prep, now=now)

        monkeypatch.setattr(store, "save", save)
        await add_agenda(pilot, ["Niet kwijt"])
        await pilot.press("ctrl+b")  # a step change saves at once, and fails
        await settle(pilot)
        assert "Niet opgeslagen" in screen_text(pilot)
        assert conversation_screen(pilot).prep.agenda_texts() == ["Niet kwijt"]
        failing["on"] = False
        await pilot.press("ctrl+n")  # the next save works and writes what was kept
        await settle(pilot)
        assert PreparationStore(home).load(conversation_screen(pilot).prep.id).agenda_texts() == ["Niet kwijt"]


def make_date(year: int, month: int, day: int):
    """A date (short helper for the tests above)."""
    from datetime import date

    return date(year, month, day)


@run_async
async def test_mouse_works_too(content: Content, folders: tuple[Path, Path], open_step: StepOpener) -> None:
    home, sheets = folders
    async with open_step("functionering", "vragen-stellen") as pilot:
        app = pilot.app
        await next_to_step(pilot, "vragen-stellen")
        # A click on the text of a suggestion ticks it.
        assert await pilot.click(".suggestion .tick-text")
        await settle(pilot)
        assert len(conversation_screen(pilot).prep.questions_to_ask) == 1
        await add_agenda(pilot, ["Eerste", "Tweede"])
        # The ↑ button of the second point moves it up.
        assert await pilot.click("#agenda-1-up")
        await settle(pilot)
        assert conversation_screen(pilot).prep.agenda_texts() == ["Tweede", "Eerste"]
        assert await pilot.click("#agenda-1-remove")  # the first row: the point that came second, keeps its id
        await settle(pilot)
        assert conversation_screen(pilot).prep.agenda_texts() == ["Eerste"]
        await next_to_step(pilot, "overzicht")
        assert await pilot.click("#save-sheet")
        await settle(pilot)
        assert isinstance(app.screen, SaveSheetDialog)
        assert await pilot.click("#save-cancel")
        await settle(pilot)
        assert not isinstance(app.screen, SaveSheetDialog)


@run_async
async def test_theme_switch_from_the_command_palette(
    content: Content, folders: tuple[Path, Path], make_coach: Callable[..., GesprekscoachApp]
) -> None:
    home, sheets = folders
    app = make_coach()
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "textual-dark"
        await run_palette_command(pilot, "Thema wisselen")
        assert app.theme == "textual-light"


@run_async
async def test_each_screen_brings_its_own_commands(open_step: StepOpener) -> None:
    async with open_step("voortgang", "agenda") as pilot:
        # 'Welk gesprek heb ik?' belongs to the home screen: the conversation does not offer it.
        await run_palette_command(pilot, "Welk gesprek heb ik")
        assert not any(isinstance(screen, ChooserDialog) for screen in pilot.app.screen_stack)
        await pilot.press("escape")  # the palette found nothing: close it
        await settle(pilot)
        await pilot.press("escape")  # back home, where the palette offers it
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
        await run_palette_command(pilot, "Welk gesprek heb ik")
        assert isinstance(pilot.app.screen, ChooserDialog)


@run_async
async def test_agenda_points_move_with_alt_arrows(
    content: Content, folders: tuple[Path, Path], open_step: StepOpener
) -> None:
    home, sheets = folders
    async with open_step("voortgang", "agenda") as pilot:
        await add_agenda(pilot, ["Een", "Twee", "Drie"])
        await tab_to(pilot, "agenda-2")
        await pilot.press("alt+up", "alt+up")
        await settle(pilot)
        assert conversation_screen(pilot).prep.agenda_texts() == ["Drie", "Een", "Twee"]
        # The moved point keeps its field (and the field its id), now at the top, with the focus.
        assert focused_id(pilot) == "agenda-2"
        rows = list(pilot.app.screen.query(".text-list-row Input.row-text").results(Input))
        assert [row.value for row in rows] == ["Drie", "Een", "Twee"]
        assert rows[0].id == "agenda-2" and rows[0].has_focus
