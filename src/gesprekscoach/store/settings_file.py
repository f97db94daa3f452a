"""The settings file read as plain data, and the region it chooses: without pydantic.

Every command reads the region (`pack_content_dir`) to choose its content, so this is on the
path of `smart`, `feedback`, `lijst` and the others. The settings themselves are the pydantic
model `UserSettings` (`settings.py`), which reads the file through `read_settings_data` here.
`pack_content_dir` gives the same answer as `load_settings_or_default(home).pack` would:
when every known field of the file already has its plain type (what `save_settings` writes),
the model would accept the file and keep its region, so the region is read here; any other
file is left to the model (a file it rejects counts as the default region).

Reading YAML means importing PyYAML, which costs more than the rest of a command like
`lijst`. So the fields PyYAML read from a settings file are kept in the private cache
(`content.cache`, kind `instellingen`), keyed by a digest of the file's exact bytes, when JSON
gives them back unchanged (texts, whole numbers, true/false). The next run with the same bytes
takes them from there; any changed byte reads the file with PyYAML again. What comes from the
cache is checked exactly like what PyYAML gives (here, and by `UserSettings` in `settings.py`).

Plain Python (PyYAML only when the file's bytes are new); never imports Textual or pydantic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gesprekscoach import paths

SETTINGS_FILE = "instellingen.yaml"
"""The settings file, in the data home."""

MAX_SETTINGS_BYTES = 64_000
"""A settings file is a few lines; a bigger file is not read."""

PACKS: tuple[str, ...] = ("nederland", "vlaanderen")
"""The regions whose content ships with the coach (`paths.SHIPPED_PACKS`); the first is the default."""

PLAIN_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "schema_version": (int,),
    "name": (str,),
    "function": (str,),
    "place": (str,),
    "documents_folder": (str, type(None)),
    "asked": (bool,),
}
"""The known fields of `UserSettings` but `pack` (any value: an unknown region is the default), with their plain types."""


FIELDS_CACHE = "instellingen"
"""The kind of cache that remembers the fields of the settings file (`content.cache`), by the digest of its bytes."""

FIELDS_CACHE_FORMAT = 1
"""The layout of the remembered fields; part of their key."""


class SettingsError(Exception):
    """The settings could not be read or written; `str()` is a Dutch message."""


def settings_path(home: Path | None = None) -> Path:
    """The settings file (it may not exist)."""
    return (Path(home) if home is not None else paths.data_home()) / SETTINGS_FILE


def settings_exist(home: Path | None = None) -> bool:
    """True when there is a settings file (False on the very first start, or when it cannot be checked)."""
    try:
        return settings_path(home).exists()
    except (OSError, paths.DataHomeError):
        return False


def read_settings_data(home: Path | None = None) -> dict[Any, Any] | None:
    """The fields in the settings file, not yet checked; None when there is no file or it is empty.

    SettingsError (Dutch) when the file cannot be read or holds no fields.
    """
    path = settings_path(home)
    try:
        if not path.is_file():
            return None  # the first start, or no settings saved: PyYAML is not even imported
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            raise SettingsError(f"Je instellingen in {path} zijn te groot om te lezen. Verwijder het bestand.")
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as error:
        from gesprekscoach.atomic import describe_os_error  # it imports what writing needs

        raise SettingsError(describe_os_error(error, path, "Je instellingen lezen")) from None
    except UnicodeError:
        raise SettingsError(f"Je instellingen in {path} zijn beschadigd. Verwijder het bestand.") from None
    remembered = _remembered_fields(raw)
    if remembered is not None:
        return remembered
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        raise SettingsError(f"Je instellingen in {path} zijn beschadigd. Verwijder het bestand.") from None
    if isinstance(data, dict):
        _remember_fields(raw, data)
    if data is None:
        return None
    if not isinstance(data, dict):
        raise SettingsError(f"Je instellingen in {path} zijn beschadigd. Verwijder het bestand.")
    return data


def _fields_key(raw: bytes) -> str:
    """The cache key of a settings file's bytes (with the layout of the remembered fields)."""
    from gesprekscoach.content.cache import key_hash

    return key_hash(b"settings%d|" % FIELDS_CACHE_FORMAT + raw).hexdigest()[:40]


def _remembered_fields(raw: bytes) -> dict[Any, Any] | None:
    """The fields PyYAML read from exactly these bytes before, from the private cache; None when not known."""
    from gesprekscoach.content.cache import read_data

    try:
        data = read_data(paths.cache_home(), FIELDS_CACHE, _fields_key(raw))
    except (OSError, paths.DataHomeError):
        return None
    return data if isinstance(data, dict) and data and _is_json_exact(data) else None


def _remember_fields(raw: bytes, data: dict[Any, Any]) -> None:
    """Keep the fields read from these bytes for the next run, when JSON gives them back exactly as they are."""
    if not data or not _is_json_exact(data):
        return  # a date, a number key or another YAML type: read with PyYAML every time
    from gesprekscoach.content.cache import write_data

    try:
        write_data(paths.cache_home(), FIELDS_CACHE, _fields_key(raw), data)
    except (OSError, paths.DataHomeError):
        return


def _is_json_exact(value: object, depth: int = 0) -> bool:
    """True when JSON keeps `value` exactly: texts, whole numbers, true/false, null, and lists and
    text-keyed mappings of them (no floats: YAML and JSON read some of them differently)."""
    if depth > 8:
        return False
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, list):
        return all(_is_json_exact(item, depth + 1) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _is_json_exact(item, depth + 1) for key, item in value.items())
    return False


def known_pack(value: object) -> str:
    """The region a settings value names; an unknown region (a newer version, or a typo) is the default."""
    if isinstance(value, str) and value.strip().lower() in PACKS:
        return value.strip().lower()
    return PACKS[0]


def _plain_fields(data: dict[Any, Any]) -> bool:
    """True when every key is a text and every known field has its plain type (a bool is no `schema_version`).

    The model accepts such fields as they are; anything else (a key that is no text, a number
    where a text goes) is left to the model.
    """
    if not all(isinstance(key, str) for key in data):
        return False
    for name, types in PLAIN_FIELD_TYPES.items():
        if name not in data:
            continue
        value = data[name]
        if not isinstance(value, types) or (name == "schema_version" and isinstance(value, bool)):
            return False
    return True


def _plain_settings(home: Path | None) -> dict[Any, Any] | None:
    """The fields of the settings file when the model would take them as they are ({} when there is
    no file, or it cannot be read: the defaults); None when a field has another type and the model
    must decide (DataHomeError without a data home)."""
    try:
        data = read_settings_data(home)
    except SettingsError:
        return {}
    if data is None:
        return {}
    return data if _plain_fields(data) else None


def settings_pack(home: Path | None = None) -> str:
    """The region in the settings, as `load_settings_or_default(home).pack` gives it (DataHomeError without a data home)."""
    data = _plain_settings(home)
    if data is not None:
        return known_pack(data.get("pack"))
    from gesprekscoach.store.settings import load_settings_or_default  # a field of another type: the model decides

    return load_settings_or_default(home).pack


def settings_person(home: Path | None = None) -> tuple[str, str]:
    """The user's name and function, as `load_settings_or_default(home)` gives them (DataHomeError without a data home)."""
    data = _plain_settings(home)
    if data is not None:
        return data.get("name", ""), data.get("function", "")
    from gesprekscoach.store.settings import load_settings_or_default  # a field of another type: the model decides

    settings = load_settings_or_default(home)
    return settings.name, settings.function


DOCUMENTS_ENV = "GESPREKSCOACH_DOCUMENTS"
"""Environment variable: the folder for documents (overrides the settings and the platform's folder)."""


def documents_folder_from(setting: str | None) -> Path:
    """Where documents go: `GESPREKSCOACH_DOCUMENTS`, else the folder in the settings (`setting`), else the platform's one."""
    import os

    override = os.environ.get(DOCUMENTS_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    if setting is not None and setting.strip():
        return Path(setting.strip()).expanduser()
    import platformdirs

    return Path(platformdirs.user_documents_path())


def settings_documents_folder(home: Path | None = None) -> Path:
    """Where documents go for the settings in `home`, as `documents_folder(load_settings_or_default(home))` gives it."""
    try:
        data = _plain_settings(home)
    except paths.DataHomeError:
        data = {}
    if data is not None:
        setting = data.get("documents_folder")
        return documents_folder_from(setting if isinstance(setting, str) else None)
    from gesprekscoach.store.settings import load_settings_or_default  # a field of another type: the model decides

    return documents_folder_from(load_settings_or_default(home).documents_folder)


def pack_content_dir(home: Path | None = None) -> Path | None:
    """The content folder of the region in the settings; None for the default region (the shipped content).

    A settings file that cannot be read, or no data home at all, counts as the default region.
    """
    try:
        pack = settings_pack(home)
    except paths.DataHomeError:
        return None
    if pack == PACKS[0]:
        return None
    return paths.content_dir_for(pack)
