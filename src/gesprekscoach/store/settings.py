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

import os
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from gesprekscoach import paths
from gesprekscoach.atomic import atomic_write_bytes, describe_os_error

SETTINGS_FILE = "instellingen.yaml"
"""The settings file, in the data home."""

DOCUMENTS_ENV = "GESPREKSCOACH_DOCUMENTS"
"""Environment variable: the folder for documents (overrides the settings and the platform's folder)."""

SETTINGS_SCHEMA_VERSION = 1

MAX_SETTINGS_BYTES = 64_000
"""A settings file is a few lines; a bigger file is not read."""


PACKS: tuple[str, ...] = ("nederland", "vlaanderen")
"""The regions whose content ships with the coach (`paths.SHIPPED_PACKS`); the first is the default."""


class SettingsError(Exception):
    """The settings could not be read or written; `str()` is a Dutch message."""


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
        if isinstance(value, str) and value.strip().lower() in PACKS:
            return value.strip().lower()
        return PACKS[0]

    def one_line(self) -> str:
        """'Sam Jansen, klantadviseur', 'Sam Jansen', 'klantadviseur' or ''."""
        return ", ".join(part for part in (" ".join(self.name.split()), " ".join(self.function.split())) if part)


def settings_path(home: Path | None = None) -> Path:
    """The settings file (it may not exist)."""
    return (Path(home) if home is not None else paths.data_home()) / SETTINGS_FILE


def load_settings(home: Path | None = None) -> UserSettings:
    """The settings; the defaults when there is no file. SettingsError (Dutch) when it cannot be read."""
    path = settings_path(home)
    try:
        if not path.is_file():
            return UserSettings()
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            raise SettingsError(f"Je instellingen in {path} zijn te groot om te lezen. Verwijder het bestand.")
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SettingsError(describe_os_error(error, path, "Je instellingen lezen")) from None
    except UnicodeError:
        raise SettingsError(f"Je instellingen in {path} zijn beschadigd. Verwijder het bestand.") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise SettingsError(f"Je instellingen in {path} zijn beschadigd. Verwijder het bestand.") from None
    if data is None:
        return UserSettings()
    if not isinstance(data, dict):
        raise SettingsError(f"Je instellingen in {path} zijn beschadigd. Verwijder het bestand.")
    try:
        return UserSettings.model_validate(data)
    except ValidationError:
        raise SettingsError(f"Je instellingen in {path} kloppen niet. Verwijder het bestand.") from None


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


def settings_exist(home: Path | None = None) -> bool:
    """True when there is a settings file (False on the very first start, or when it cannot be checked)."""
    try:
        return settings_path(home).exists()
    except (OSError, paths.DataHomeError):
        return False


def pack_content_dir(home: Path | None = None) -> Path | None:
    """The content folder of the region in the settings; None for the default region (the shipped content).

    A settings file that cannot be read, or no data home at all, counts as the default region.
    """
    try:
        pack = load_settings_or_default(home).pack
    except paths.DataHomeError:
        return None
    if pack == PACKS[0]:
        return None
    return paths.content_dir_for(pack)


def documents_folder(settings: UserSettings | None = None) -> Path:
    """Where documents go: `GESPREKSCOACH_DOCUMENTS`, else the settings' folder, else the platform's one."""
    override = os.environ.get(DOCUMENTS_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    if settings is not None and settings.documents_folder and settings.documents_folder.strip():
        return Path(settings.documents_folder.strip()).expanduser()
    import platformdirs

    return Path(platformdirs.user_documents_path())
