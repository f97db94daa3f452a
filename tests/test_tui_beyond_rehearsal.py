"""Rehearsing ('Oefenen') in the full screen: from the conversation (F5) and from the home screen (O)."""

from __future__ import annotations

from textual.widgets import Static

from conftest import StepOpener
from gesprekscoach.session.commands import SetAnswer
from gesprekscoach.session.rehearsal import manager_question_ids
from gesprekscoach.store.models import Answer, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.screens.conversation import ConversationScreen
from gesprekscoach.tui.screens.home import HomeScreen
from gesprekscoach.tui.screens.rehearsal import RehearsalScreen
from tui_helpers import autosaved, run_async, run_palette_command, screen_text, settle, tab_to, type_text

PREPARED = "Ik heb drie projecten op tijd afgerond."
EXAMPLE = "Het project voor de klant in Zwolle."


def _with_answer(prep: Preparation) -> None:
    prep.answers["terugblik"] = Answer(text=PREPARED, example=EXAMPLE)


def rehearsal_screen(pilot: object) -> RehearsalScreen:
    """The rehearsal screen on top."""
    screen = pilot.app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, RehearsalScreen), screen_text(pilot)  # type: ignore[arg-type]
    return screen


def shown(screen: RehearsalScreen, widget_id: str) -> str:
    """The text of a Static on the rehearsal screen."""
    return str(screen.query_one(f"#{widget_id}", Static).render())


@run_async
async def test_rehearse_from_the_conversation_marks_and_brings_the_hard_one_back(open_step: StepOpener) -> None:
    prep = open_step.seed("functionering", fill=_with_answer)
    manager = manager_question_ids(open_step.content.conversation("functionering"))
    async with open_step(prep, "verwachte-vragen") as pilot:
        await pilot.press("f5")
        await settle(pilot)
        screen = rehearsal_screen(pilot)
        assert "Je oefent 7 vragen." in screen_text(pilot)
        await pilot.press("space")  # the first other question: 'afspraken-planning' is hard now
        await settle(pilot)
        assert "Je oefent 8 vragen." in shown(screen, "rehearsal-ready")
        assert "Moeilijk: Hoe staat het met de afspraken" in screen_text(pilot)  # told by word
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.round is not None
        assert "Vraag 1 van 8:" in shown(screen, "rehearsal-count")
        seen: list[str] = []
        again_once = False
        while screen.round is not None:
            current = screen.round.next_question()
            assert current is not None
            assert " ".join(current.question.text.split()) in shown(screen, "rehearsal-question-text")
            seen.append(current.question.id)
            await type_text(pilot, "Mijn antwoord hardop")
            await pilot.press("ctrl+t")
            await settle(pilot)
            prepared = shown(screen, "rehearsal-prepared")
            if current.question.id == "terugblik":
                assert "Dit had je voorbereid:" in prepared and PREPARED in prepared and EXAMPLE in prepared
            else:
                assert "Je had hier nog geen antwoord voorbereid." in prepared
            if current.question.id == "afspraken-planning" and not again_once:
                assert "Je vindt deze vraag moeilijk." in shown(screen, "rehearsal-state")
                again_once = True
                await pilot.press("ctrl+o")
            else:
                await pilot.press("ctrl+g")
            await settle(pilot)
        assert seen.count("afspraken-planning") == 2  # 'nog oefenen' brought it back
        assert set(seen) == {*manager, "afspraken-planning"}
        assert "Klaar met oefenen. Ging goed: 8. Nog oefenen: 1." in shown(screen, "rehearsal-summary")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ConversationScreen)
        await pilot.press("ctrl+q")
    saved = PreparationStore(open_step.home).load(prep.id)
    assert saved.rehearsal["afspraken-planning"].hard is True
    assert saved.rehearsal["afspraken-planning"].mark == "goed"  # the last try went well
    assert all(saved.rehearsal[question].mark == "goed" for question in manager)
    assert saved.answers["terugblik"].text == PREPARED  # what was typed while practising is not kept


@run_async
async def test_rehearse_from_home_with_the_palette_and_a_later_answer_shows(open_step: StepOpener) -> None:
    prep = open_step.seed("functionering")
    async with open_step.app().run_test() as pilot:
        await settle(pilot)
        await tab_to(pilot, "preparations")
        await pilot.press("o")
        await settle(pilot)
        screen = rehearsal_screen(pilot)
        screen.apply(SetAnswer("samenwerking", "Goed, we overleggen elke week."))
        await run_palette_command(pilot, "Beginnen met oefenen")
        assert screen.round is not None
        assert "Vraag 1 van 7:" in screen_text(pilot)
        while screen.round is not None and screen.round.next_question() is not None:
            current = screen.round.next_question()
            assert current is not None
            if current.question.id == "samenwerking":
                await run_palette_command(pilot, "Antwoord tonen")
                assert "Goed, we overleggen elke week." in shown(screen, "rehearsal-prepared")
            await pilot.press("ctrl+g")
            await settle(pilot)
        assert "Ging goed: 7. Nog oefenen: 0." in screen_text(pilot)
        await autosaved(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HomeScreen)
    saved = PreparationStore(open_step.home).load(prep.id)
    assert saved.rehearsal["samenwerking"].mark == "goed"


@run_async
async def test_a_conversation_without_manager_questions_says_so_until_one_is_marked_hard(
    open_step: StepOpener,
) -> None:
    async with open_step("planning", "doelen") as pilot:
        await pilot.press("f5")
        await settle(pilot)
        screen = rehearsal_screen(pilot)
        assert "Dit gesprek heeft geen vragen om te oefenen." in shown(screen, "rehearsal-ready")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert screen.round is None  # nothing to rehearse: no round
        await tab_to(pilot, "rehearsal-hard")
        await pilot.press("space")
        await settle(pilot)
        assert "Je oefent 1 vraag." in shown(screen, "rehearsal-ready")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert "Vraag 1 van 1:" in shown(screen, "rehearsal-count")
        await pilot.press("f1")
        await settle(pilot)
        assert "Ctrl+T" in screen_text(pilot) and "nog oefenen" in screen_text(pilot)
