"""A mark for the screens that save a preparation themselves, importable without the session layer.

The app asks whether a screen is one on every quit, on a stop signal and on Ctrl+E. Importing
`AutosavingScreen` to ask would load the whole session layer before the home screen shows, so
that screen carries this light mark and the app asks `isinstance(screen, SavesItself)`.
"""

from __future__ import annotations


class SavesItself:
    """Mixed into `AutosavingScreen` (and only there): the app may await its `save_now()` before it quits."""

    __slots__ = ()
