"""The user's own settings: name, function, place and the folder for documents.

They go on the printed sheet (the header), under the reaction letter, and decide where the
coach proposes to save. All of it is optional: with no settings file the coach works as
before. The file is `instellingen.yaml` in the data home, next to the preparations folder,
written atomically and private (0600), like the preparations.

Where documents go, in this order: `GESPREKSCOACH_DOCUMENTS` (for tests and scripts), the
folder in the settings, the platform's documents folder (`platformdirs.user_documents_path()`).

Plain Python (pydantic only); never imports Textual.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from gesprekscoach import paths
from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.store.settings_file import (
    DOCUMENTS_ENV,
    MAX_SETTINGS_BYTES,
    PACKS,
    SETTINGS_FILE,
    SettingsError,
    documents_folder_from,
    known_pack,
    pack_content_dir,
    read_settings_data,
    settings_exist,
    settings_path,
)

__all__ = [
    "DOCUMENTS_ENV",
    "MAX_SETTINGS_BYTES",
    "PACKS",
    "SETTINGS_FILE",
    "SETTINGS_SCHEMA_VERSION",
    "SettingsError",
    "UserSettings",
    "documents_folder",
    "load_settings",
    "load_settings_or_default",
    "pack_content_dir",
    "save_settings",
    "settings_exist",
    "settings_path",
]

SETTINGS_SCHEMA_VERSION = 1


class UserSettings(BaseModel):
    """Who the user is (for the sheet's header and the letter) and where their documents go.

    Unknown keys are kept (a newer version may have written them).
    """

    model_config = ConfigDict(extra="allow", defer_build=True)

    schema_version: int = SETTINGS_SCHEMA_VERSION
    name: str = ""
    """The user's own name, as it goes on the sheet and under a letter."""
    function: str = ""
    """The user's function (job title)."""
    place: str = ""
    """Where the user lives or works: the place above a letter ('Utrecht, 12 juni 2027')."""
    documents_folder: str | None = None
    """Where sheets and letters are proposed to go; None: the platform's documents folder."""
    asked: bool = False
    """True once the coach asked for name and function (it asks only once)."""
    pack: str = PACKS[0]
    """The region whose content the coach uses when neither `--content` nor `GESPREKSCOACH_CONTENT`
    chooses: 'nederland' or 'vlaanderen'. Optional with a default, so older files open unchanged."""

    @field_validator("pack", mode="before")
    @classmethod
    def _known_pack(cls, value: object) -> object:
        """An unknown region (a newer version, or a typo in the file) falls back to the default."""
        return known_pack(value)

    def one_line(self) -> str:
        """'Sam Jansen, klantadviseur', 'Sam Jansen', 'klantadviseur' or ''."""
        return ", ".join(part for part in (" ".join(self.name.split()), " ".join(self.function.split())) if part)


def load_settings(home: Path | None = None) -> UserSettings:
    """The settings; the defaults when there is no file. SettingsError (Dutch) when it cannot be read."""
    data = read_settings_data(home)
    if data is None:
        return UserSettings()
    try:
        return UserSettings.model_validate(data)
    except ValidationError:
        raise SettingsError(f"Je instellingen in {settings_path(home)} kloppen niet. Verwijder het bestand.") from None


def load_settings_or_default(home: Path | None = None) -> UserSettings:
    """The settings, or the defaults when the file cannot be read (for what only shows them)."""
    try:
        return load_settings(home)
    except SettingsError:
        return UserSettings()


def save_settings(settings: UserSettings, home: Path | None = None) -> Path:
    """Write the settings atomically and private (0600); returns the file. SettingsError (Dutch) on failure."""
    path = settings_path(home)
    data = settings.model_dump(mode="json", exclude_none=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)
    try:
        paths.ensure_private_dir(path.parent)
        atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as error:
        raise SettingsError(describe_os_error(error, path, "Je instellingen opslaan")) from None
    except UnicodeError:
        raise SettingsError(
            "Je instellingen zijn niet opgeslagen: er staan tekens in die ik niet kan opslaan."
        ) from None
    return path


def documents_folder(settings: UserSettings | None = None) -> Path:
    """Where documents go: `GESPREKSCOACH_DOCUMENTS`, else the settings' folder, else the platform's one."""
    return documents_folder_from(settings.documents_folder if settings is not None else None)
