"""The user's settings: name, function, place, documents folder; the file, and `gesprekscoach instellingen`."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.store.settings import (
    SettingsError,
    UserSettings,
    documents_folder,
    load_settings,
    load_settings_or_default,
    save_settings,
    settings_path,
)


def test_no_file_means_the_defaults(private_home: Path) -> None:
    assert not settings_path().exists()
    assert load_settings() == UserSettings()
    assert UserSettings().one_line() == ""


def test_saved_privately_next_to_the_preparations_and_read_back(private_home: Path) -> None:
    settings = UserSettings(name="Zoë de Vries", function="klantadviseur", place="Utrecht", asked=True)
    path = save_settings(settings)
    assert path == private_home / "instellingen.yaml"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_settings() == settings
    assert settings.one_line() == "Zoë de Vries, klantadviseur"


def test_unknown_keys_are_kept(private_home: Path) -> None:
    settings_path().write_text("name: Sam\nnieuw_veld: iets\n", encoding="utf-8")
    loaded = load_settings()
    assert loaded.name == "Sam" and loaded.model_extra == {"nieuw_veld": "iets"}
    save_settings(loaded)
    assert "nieuw_veld: iets" in settings_path().read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["name: [", "- een\n- lijst\n", "name: {a: 1}\n", "\udcff"])
def test_a_damaged_file_gives_a_dutch_message(private_home: Path, text: str) -> None:
    settings_path().write_text(text, encoding="utf-8", errors="surrogateescape")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert str(settings_path()) in str(caught.value)
    assert "Verwijder het bestand" in str(caught.value)
    assert load_settings_or_default() == UserSettings()


def test_where_documents_go(private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("GESPREKSCOACH_DOCUMENTS", raising=False)
    monkeypatch.setattr(platformdirs, "user_documents_path", lambda: tmp_path / "Documents")
    assert documents_folder(UserSettings()) == tmp_path / "Documents"
    chosen = UserSettings(documents_folder=str(tmp_path / "bladen"))
    assert documents_folder(chosen) == tmp_path / "bladen"
    monkeypatch.setenv("GESPREKSCOACH_DOCUMENTS", str(tmp_path / "test"))
    assert documents_folder(chosen) == tmp_path / "test"


def test_the_settings_command(
    private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("GESPREKSCOACH_DOCUMENTS", raising=False)
    assert main(["instellingen"]) == 0
    assert "Naam:     (niet ingevuld)" in capsys.readouterr().out
    assert main(["instellingen", "--naam", " Sam   Jansen ", "--functie", "klantadviseur"]) == 0
    out = capsys.readouterr().out
    assert "Naam:     Sam Jansen" in out and "Functie:  klantadviseur" in out
    assert main(["settings", "--plaats", "Utrecht", "--map", str(tmp_path)]) == 0  # the English alias
    settings = load_settings()
    assert (settings.name, settings.function, settings.place) == ("Sam Jansen", "klantadviseur", "Utrecht")
    assert settings.documents_folder == str(tmp_path.resolve()) and settings.asked
    assert main(["instellingen", "--map", str(tmp_path / "bestaat-niet")]) == 1
    err = capsys.readouterr().err
    assert "bestaat niet" in err and "Traceback" not in err
    assert main(["instellingen", "--map", "", "--functie", ""]) == 0
    settings = load_settings()
    assert settings.documents_folder is None and settings.function == "" and settings.name == "Sam Jansen"
    settings_path().write_text("name: [", encoding="utf-8")
    assert main(["instellingen"]) == 1
    assert "beschadigd" in capsys.readouterr().err
