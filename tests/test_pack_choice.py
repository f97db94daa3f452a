"""Choosing the Flemish pack (issue 13): a setting, `instellingen --regio`, the full screen and plain mode."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from gesprekscoach.cli.main import chosen_content_dir, main
from gesprekscoach.content.models import Content
from gesprekscoach.paths import shipped_content_dir
from gesprekscoach.plain.app import MENU_PACK, menu_labels, run_plain
from gesprekscoach.session.pack_choice import FIRST_START_HINT_PLAIN, FIRST_START_HINT_SCREEN, choose_pack
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.settings import SETTINGS_FILE, load_settings, save_settings, settings_path
from gesprekscoach.tui.dialogs.pick import PickDialog
from tui_helpers import make_app, run_async, run_palette_command, settle, wait_until

DATA = Path(__file__).parent / "data"
FLEMISH = shipped_content_dir() / "vlaanderen"


def test_an_old_settings_file_opens_with_the_dutch_pack(private_home: Path) -> None:
    shutil.copy(DATA / "settings-v1.yaml", private_home / SETTINGS_FILE)

    settings = load_settings(private_home)

    assert settings.name == "Sam Jansen" and settings.pack == "nederland"
    assert chosen_content_dir() is None  # the shipped Dutch content


def test_an_unknown_region_in_the_file_falls_back_to_nederland(private_home: Path) -> None:
    (private_home / SETTINGS_FILE).write_text("pack: wallonie\nname: Sam\n", encoding="utf-8")
    assert load_settings(private_home).pack == "nederland"
    assert load_settings(private_home).name == "Sam"


def test_instellingen_regio_vlaanderen_chooses_the_flemish_content(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["instellingen", "--regio", "Vlaanderen"]) == 0
    shown = capsys.readouterr().out
    assert "Regio:    Vlaanderen" in shown
    assert load_settings(private_home).pack == "vlaanderen"
    assert chosen_content_dir() == FLEMISH

    assert main(["inhoud", "controleer"]) == 0
    assert f"De inhoud in {FLEMISH} is in orde." in capsys.readouterr().out


def test_content_option_and_environment_win_over_the_setting(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    choose_pack("vlaanderen", private_home)

    assert main(["--content", "nederland", "inhoud", "controleer"]) == 0
    assert f"De inhoud in {shipped_content_dir()} is in orde." in capsys.readouterr().out
    monkeypatch.setenv("GESPREKSCOACH_CONTENT", "nederland")
    assert chosen_content_dir() == shipped_content_dir()


def test_instellingen_refuses_an_unknown_region(private_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["instellingen", "--regio", "wallonie"])
    assert not settings_path(private_home).exists()


# --------------------------------------------------------------------------- plain mode


def _plain(content: Content, home: Path, lines: list[str]) -> str:
    output = io.StringIO()
    run_plain(content, store=PreparationStore(home), stdin=io.StringIO("\n".join(lines) + "\n"), stdout=output)
    return " ".join(output.getvalue().split())


def test_plain_first_start_shows_the_hint_and_the_menu_chooses_vlaanderen(
    shipped_content: Content, private_home: Path
) -> None:
    choice = str(menu_labels(False).index(MENU_PACK) + 1)

    shown = _plain(shipped_content, private_home, [choice, "2", "stop"])

    assert FIRST_START_HINT_PLAIN in shown
    assert "1. Nederland 2. Vlaanderen" in shown
    assert "Je regio is nu Vlaanderen." in shown
    assert load_settings(private_home).pack == "vlaanderen"
    # the next start is no first start any more: no hint
    assert FIRST_START_HINT_PLAIN not in _plain(shipped_content, private_home, ["stop"])


def test_plain_hint_is_not_shown_when_there_are_settings(shipped_content: Content, private_home: Path) -> None:
    save_settings(load_settings(private_home), private_home)
    assert FIRST_START_HINT_PLAIN not in _plain(shipped_content, private_home, ["stop"])


# --------------------------------------------------------------------------- full screen


def _hint(app: object) -> Static:
    from textual.app import App

    assert isinstance(app, App)
    return app.screen.query_one("#pack-hint", Static)


@run_async
async def test_home_shows_the_hint_on_first_start_and_the_palette_chooses_vlaanderen(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    app = make_app(shipped_content, home, sheets)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        assert _hint(pilot.app).display and str(_hint(pilot.app).content) == FIRST_START_HINT_SCREEN

        await run_palette_command(pilot, "Regio kiezen")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, PickDialog))
        await settle(pilot)
        options = pilot.app.screen.query_one("#pick-list", OptionList)
        assert [str(options.get_option_at_index(i).prompt).strip() for i in range(1, 3)] == [
            "Nederland (nu gekozen)",
            "Vlaanderen",
        ]
        await pilot.press("down", "enter")
        await wait_until(pilot, lambda: settings_path(home).exists())
        await settle(pilot)

        assert load_settings(home).pack == "vlaanderen"
        assert not _hint(pilot.app).display
        assert any("vanaf de volgende keer" in str(n.message) for n in pilot.app._notifications)


@run_async
async def test_home_shows_no_hint_when_there_are_settings(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    save_settings(load_settings(home), home)
    app = make_app(shipped_content, home, sheets)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        assert not _hint(pilot.app).display


def test_someone_with_a_preparation_is_not_at_the_first_start(private_home: Path) -> None:
    from gesprekscoach.session.pack_choice import first_start

    assert first_start(private_home)
    folder = private_home / "voorbereidingen"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "functionering-2026-11-23.yaml").write_text("conversation: functionering\n", encoding="utf-8")
    assert not first_start(private_home)  # the home screen keeps its room for the preparations
