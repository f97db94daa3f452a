"""What the store's caches are keyed by: the digest of a file's exact bytes, and the code that validates.

The list cache (`summaries.SummaryCache`) and the cache of whole preparations (`view_cache.py`)
trust what they hold only for a file with exactly these bytes (`file_digest`), validated by this
very code (`SOURCES`, part of the name or the content of each cache). Both find them here, so a
command that reads one cache does not import the other.

Plain Python: this module imports nothing of the coach at import time.
"""

SOURCES = (
    "models.py",
    "preparations.py",
    "preparation_view.py",
    "view_cache.py",
    "wins_log.py",
    "summaries.py",
    "schema.py",
    "user_yaml.py",
    "user_files.py",
    "file_keys.py",
)
"""The code (in the store package) that decides whether a file is a valid preparation and what it holds."""


def file_digest(data: bytes) -> str:
    """The key of a file's bytes in the caches (BLAKE2b, `content.cache.key_hash`)."""
    from gesprekscoach.content.cache import key_hash

    return key_hash(data).hexdigest()


_CODE_KEY: list[str | None] = []
"""`code_key()`, once worked out (a run asks for it more than once)."""


def code_key() -> str | None:
    """A digest of `SOURCES` and the versions (`content.cache.cache_key`); None when a file cannot be read."""
    if not _CODE_KEY:
        from pathlib import Path

        from gesprekscoach.content.cache import cache_key

        here = Path(__file__).parent
        _CODE_KEY.append(cache_key([], [here / name for name in SOURCES]))
    return _CODE_KEY[0]
