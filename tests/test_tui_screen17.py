"""Issue 17 in the full screen: keys, focus, small terminals, Dutch everywhere, fast input, tick
boxes that differ by shape, and the other names of a conversation on the home screen.

Each test checks what a user sees or gets; the snapshots at 60×20 and 80×24 are in
tests/test_tui_screen17_snapshots.py.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual import events
from textual.command import CommandPalette
from textual.widgets import Button, Input, Static, TextArea

from conftest import StepOpener
from gesprekscoach.checks.feedback import check_feedback
from gesprekscoach.content.models import Content
from gesprekscoach.store.models import AfterMeetingRecord, AgendaItem, Agreement, Preparation
from gesprekscoach.store.preparations import PreparationStore
from tui_helpers import (
    TODAY,
    conversation_screen,
    focused_id,
    run_async,
    screen_text,
    send_keys,
    settle,
    tab_to,
    type_text,
    wait_until,
)
from year_helpers import PLANNING_DAY, make_planning

ENGLISH = ("Screenshot", "screenshot", "Dismiss", "Search for", "Failed", "Saved", "Quit", "Press ")
"""Words of Textual's own English texts that must never reach the screen."""


def footer_line(text: str) -> str:
    """The last line of the screen: the footer with the keys."""
    return text.rstrip("\n").split("\n")[-1]


def notification_texts(app: object) -> list[str]:
    """The titles and messages of every notification the app showed."""
    notifications = app._notifications
    return [f"{note.title} {note.message}" for note in notifications]


# ----------------------------------------------------------------- point 4: keys


@run_async
async def test_ctrl_o_takes_the_proposal_from_the_new_point_field_and_the_footer_shows_it(
    shipped_content: Content, open_step: StepOpener
) -> None:
    async with open_step("functionering", "feedback") as pilot:
        await tab_to(pilot, "feedback-new")
        await type_text(pilot, "Jij luistert nooit")
        await pilot.press("enter")
        await settle(pilot)
        assert focused_id(pilot) == "feedback-new"  # where the user is after Enter
        assert "^o voorstel overnemen" in footer_line(screen_text(pilot))
        await pilot.press("ctrl+o")
        await settle(pilot)
        expected = check_feedback(
            "Jij luistert nooit", template=shipped_content.feedback.ik_template, texts=shipped_content.checks
        ).proposal
        area = pilot.app.screen.query_one("#feedback-0", TextArea)
        assert expected is not None and area.text == expected
        assert focused_id(pilot) == "feedback-0"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@run_async
async def test_the_stop_key_stays_in_the_footer(open_step: StepOpener, size: tuple[int, int]) -> None:
    async with open_step("functionering", "feedback", size=size) as pilot:
        await tab_to(pilot, "feedback-new")
        await type_text(pilot, "Jij luistert nooit")
        await pilot.press("enter")
        await settle(pilot)
        footer = footer_line(screen_text(pilot))
        assert "^q stop" in footer and "^p opdrachten" in footer, footer
        await tab_to(pilot, "feedback-0")
        footer = footer_line(screen_text(pilot))
        assert "^q stop" in footer, footer


@run_async
async def test_keys_left_out_of_the_footer_are_in_the_help(open_step: StepOpener) -> None:
    async with open_step("functionering", "doelen") as pilot:
        footer = footer_line(screen_text(pilot))
        assert "vorige" not in footer  # Ctrl+B makes room for 'stop'
        await pilot.press("f1")
        await settle(pilot)
        help_text = " ".join(str(part.render()) for part in pilot.app.screen.query(Static))
        assert "Ctrl+B" in help_text and "Ctrl+Q" in help_text, help_text


# ----------------------------------------------------------------- point 5: focus


@run_async
async def test_no_button_looks_chosen_while_it_does_not_have_the_focus(open_step: StepOpener) -> None:
    async with open_step("functionering", "overzicht") as pilot:
        screen = pilot.app.screen
        save = screen.query_one("#save-sheet", Button)
        print_button = screen.query_one("#print-sheet", Button)
        screen.set_focus(None)
        await settle(pilot)
        assert save.styles.background == print_button.styles.background
        assert save.styles.color == print_button.styles.color
        await tab_to(pilot, "print-sheet")
        assert print_button.rich_style != save.rich_style  # the focused one stands out


@run_async
async def test_a_one_line_field_shows_the_start_of_its_text_when_it_gets_the_focus(open_step: StepOpener) -> None:
    long = "Mijn werkdruk in de drukke maanden en hoe ik daar samen met het team beter mee om kan gaan volgend jaar"

    def fill(prep: Preparation) -> None:
        prep.agenda = [AgendaItem(text=long), AgendaItem(text="Een cursus")]

    prep = open_step.seed("functionering", fill=fill)
    async with open_step(prep, "agenda") as pilot:
        field_ids = [field.id for field in pilot.app.screen.query(Input) if field.value == long]
        assert field_ids and field_ids[0] is not None
        await tab_to(pilot, field_ids[0])
        assert "Mijn werkdruk in de" in screen_text(pilot)
        field = pilot.app.screen.query_one(f"#{field_ids[0]}", Input)
        assert field.selected_text == long  # typing still replaces the whole text
        await pilot.press("tab")
        await tab_to(pilot, field_ids[0])  # and again, after leaving it
        assert "Mijn werkdruk in de" in screen_text(pilot)


# ----------------------------------------------------------------- point 6: small terminals


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@run_async
async def test_small_terminal_keeps_smart_letters_year_and_whole_step_names(
    open_step: StepOpener, size: tuple[int, int]
) -> None:
    async with open_step("beoordeling", "doelen", size=size) as pilot:
        text = screen_text(pilot)
        lines = text.split("\n")
        assert "2026" in lines[0], lines[0]  # the header keeps the year
        for letter in "SMART":
            assert f"{letter} ?" in text, text  # all five letters of the SMART check, T too
        sidebar = [line.split("▕")[0] for line in lines[1:-1] if "▕" in line]
        assert sidebar and not any(part.rstrip(" ▁▂▃▄▅▆▇█").endswith("-") for part in sidebar), sidebar
        assert "beoordelingsgespre" not in text.replace("beoordelingsgesprek", "")


@run_async
async def test_below_80_columns_the_step_list_is_narrow(open_step: StepOpener) -> None:
    async with open_step("beoordeling", "doelen", size=(60, 20)) as pilot:
        screen = conversation_screen(pilot)
        assert screen.has_class("-narrow")
        assert screen.query_one("#sidebar").size.width <= 13
        step_holder = screen.query_one("#step-holder")
        assert step_holder.size.width >= 45
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert not screen.has_class("-narrow")
        assert "Doelen voor het" in screen_text(pilot)  # titles are back in the list


@run_async
async def test_agreements_are_readable_at_60_columns(open_step: StepOpener) -> None:
    what = "Nieuwe headset bestellen voor thuiswerken"

    def fill(prep: Preparation) -> None:
        prep.after = AfterMeetingRecord(agreements=[Agreement(what=what, who="ik")])

    prep = open_step.seed("planning", meeting_date=TODAY - timedelta(days=2), fill=fill)  # the meeting took place
    app = open_step.app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "preparations")
        index = [p.id for p in pilot.app.screen.preparations].index(prep.id)  # type: ignore[attr-defined]
        await pilot.press("home", *["down"] * index, "n")
        await settle(pilot)
        text = screen_text(pilot)
        assert what in text, text
        assert "2026" in text.split("\n")[0]


# ----------------------------------------------------------------- point 7: Dutch everywhere


@run_async
async def test_screen_picture_speaks_dutch_when_the_folder_is_missing(
    open_step: StepOpener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no Downloads folder anywhere
    monkeypatch.setenv("XDG_DOWNLOAD_DIR", str(tmp_path / "Downloads"))
    app = open_step.app(cwd=tmp_path / "weg")
    async with open_step("functionering", "doelen", app=app) as pilot:
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "Schermafdruk")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.pause(0.3)  # the command waits a moment, so the palette is gone from the picture
        await settle(pilot)
        texts = notification_texts(pilot.app)
        assert any("Schermafdruk" in text and "niet bewaren" in text for text in texts), texts
        pilot.app.post_message(events.DeliveryFailed("key", OSError("weg"), name="screenshot"))
        pilot.app.post_message(events.DeliveryComplete("key", path=tmp_path, name="screenshot"))
        await settle(pilot)
        texts = notification_texts(pilot.app)
        assert len(texts) == 3, texts
        assert not [text for text in texts if any(word in text for word in ENGLISH)], texts


@run_async
async def test_screen_picture_is_saved_in_the_sheet_folder(open_step: StepOpener, tmp_path: Path) -> None:
    app = open_step.app(cwd=tmp_path)
    async with open_step("functionering", "doelen", app=app) as pilot:
        app.save_screen_picture()
        await settle(pilot)
        pictures = list(tmp_path.glob("gesprekscoach-schermafdruk-*.svg"))
        assert len(pictures) == 1
        assert any(str(pictures[0]) in text for text in notification_texts(app))


@run_async
async def test_an_open_drop_down_says_in_dutch_how_to_close_it(
    make_coach,
    folders: tuple[Path, Path],  # type: ignore[no-untyped-def]
) -> None:
    home, _sheets = folders
    make_planning(PreparationStore(home))  # its goals fill the wins log's drop-down 'Bij doel…'
    app = make_coach(today=PLANNING_DAY + timedelta(days=10))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "log-goal")
        await pilot.press("enter")
        await settle(pilot)
        footer = footer_line(screen_text(pilot))
        assert "menu sluiten" in footer, footer
        assert "Dismiss" not in footer


@run_async
async def test_theme_picker_and_command_palette_speak_dutch(open_step: StepOpener) -> None:
    async with open_step("functionering", "doelen") as pilot:
        await pilot.press("ctrl+p")
        await settle(pilot)
        palette = pilot.app.screen
        assert isinstance(palette, CommandPalette)
        assert "Zoek" in screen_text(pilot)
        await type_text(pilot, "Thema kiezen")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        text = screen_text(pilot)
        assert isinstance(pilot.app.screen, CommandPalette)
        assert "Zoek een thema" in text, text
        assert "Search" not in text


@run_async
async def test_the_palette_says_in_dutch_when_nothing_fits_and_offers_no_english_keys_panel(
    open_step: StepOpener,
) -> None:
    async with open_step("functionering", "doelen") as pilot:
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "toetsen")
        await settle(pilot)
        assert "Toon of verberg alle toetsen" not in screen_text(pilot)  # that panel lists keys in English
        await pilot.press(*["backspace"] * len("toetsen"))
        await type_text(pilot, "qqxqq")
        await wait_until(pilot, lambda: "Niets gevonden" in screen_text(pilot))
        assert "No matches" not in screen_text(pilot)


# ----------------------------------------------------------------- point 9: fast input


@run_async
async def test_text_typed_after_tab_in_one_burst_lands_in_the_next_field(open_step: StepOpener) -> None:
    async with open_step("functionering", "terugblik") as pilot:
        screen = pilot.app.screen
        first = focused_id(pilot)
        assert first is not None and first.startswith("answer-")
        chain = [widget.id for widget in screen.focus_chain]
        second, third = chain[chain.index(first) + 1], chain[chain.index(first) + 2]
        # One burst: nothing is handled before every key has arrived (a paste, a slow connection).
        send_keys(pilot, *"een", "tab", *"twee", "tab", *"drie")
        await settle(pilot)

        def text_of(widget_id: str | None) -> str:
            widget = screen.query_one(f"#{widget_id}")
            return widget.text if isinstance(widget, TextArea) else getattr(widget, "value", "")

        assert [text_of(first), text_of(second), text_of(third)] == ["een", "twee", "drie"]
        assert focused_id(pilot) == third


@run_async
async def test_shift_tab_in_a_burst_goes_back_before_the_text(open_step: StepOpener) -> None:
    async with open_step("functionering", "terugblik") as pilot:
        screen = pilot.app.screen
        first = focused_id(pilot)
        chain = [widget.id for widget in screen.focus_chain]
        second = chain[chain.index(first) + 1]
        send_keys(pilot, "tab", *"b", "shift+tab", *"a")
        await settle(pilot)
        assert screen.query_one(f"#{first}", TextArea).text == "a"
        assert screen.query_one(f"#{second}", TextArea).text == "b"


# ----------------------------------------------------------------- issue 10: tick boxes


@run_async
async def test_ticked_and_unticked_boxes_differ_by_shape(open_step: StepOpener) -> None:
    async with open_step("functionering", "tips") as pilot:
        text = screen_text(pilot)
        assert "[ ]" in text and "[x]" not in text
        await pilot.press("space")
        await settle(pilot)
        assert "[x]" in screen_text(pilot)
        assert "▐X▌" not in screen_text(pilot)


# ----------------------------------------------------------------- issue 13: other names


@run_async
async def test_home_shows_and_finds_the_other_names_of_a_conversation(
    shipped_content: Content,
    make_coach,  # type: ignore[no-untyped-def]
) -> None:
    functioning = shipped_content.conversation("functionering")
    assert functioning.also_known_as
    app = make_coach()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await tab_to(pilot, "conversation-types")
        await pilot.press("home", "down")
        await settle(pilot)
        assert f"ook: {', '.join(functioning.also_known_as)}" in screen_text(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, functioning.also_known_as[0])
        await settle(pilot)
        assert f"Voorbereiden: {functioning.name}" in screen_text(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert focused_id(pilot) == "meeting-date"
        assert "Functioneringsgesprek" in screen_text(pilot) or functioning.name in screen_text(pilot)
