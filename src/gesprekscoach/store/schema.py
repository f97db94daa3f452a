"""The version of the preparation file format, and the form of goal ids: without pydantic.

`store/models.py` (the pydantic models) and `store/preparations.py` (reading, migrating and
writing the files) both use these; a command that only lists preparations needs them without
importing the models.

Plain Python: this module never imports Textual or pydantic.
"""

from __future__ import annotations

PREPARATION_SCHEMA_VERSION = 3
"""Version 2 added: `private` flags, agenda items as objects, goal ids, `after` and `carry_over`.
Version 3 added `revision`, the number of times the file was saved (to notice two windows)."""

GOAL_ID_PREFIX = "doel-"
"""Goal ids are 'doel-1', 'doel-2', … (unique within a preparation, never reused while it exists)."""

WINS_LOG_SCHEMA_VERSION = 1
"""The version of the wins log file format."""
