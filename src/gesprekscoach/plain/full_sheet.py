"""The full version of the sheet in the plain mode: with what is only for you, in a file of its own.

Offered after the sheet is saved, only when something is marked 'alleen voor mij' (the rules
are the session's: `session.full_sheet`). The normal sheet is saved by `summary_step.py`.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from pathlib import Path

from gesprekscoach.plain.editing import SKIPPED, Asked, PlainEditor
from gesprekscoach.session.full_sheet import full_version_path, has_private_items
from gesprekscoach.sheet.markdown import SheetError, SheetExistsError


def ask_full_version(editor: PlainEditor) -> Asked:
    """Offer the full version (only when something is private); save it where the user says."""
    io = editor.io
    session = editor.session
    if not has_private_items(session.prep):
        return SKIPPED
    io.blank()
    question = "Wil je ook de volledige versie opslaan? Daarop staat ook wat alleen voor jou is."
    if not io.ask_yes_no(question, default=False):
        return None
    proposed = full_version_path(session.proposed_sheet_path(editor.cwd))
    while True:
        io.say("Waar wil je de volledige versie opslaan?")
        io.say(f"Enter = {proposed}")
        answer = io.read_answer("> ").strip()
        path = Path(answer).expanduser() if answer else proposed
        if not path.is_absolute():
            path = editor.cwd / path
        overwrite = False
        if path.exists() and not path.is_dir():
            overwrite = io.ask_yes_no(f"Het bestand {path} bestaat al. Wil je het vervangen?", default=False)
            if not overwrite:
                io.say("Kies dan een andere naam.")
                continue
        try:
            written, _change = session.write_sheet(path, overwrite=overwrite, full=True)
        except SheetExistsError as error:
            io.say(str(error))
            continue
        except SheetError as error:
            io.say(str(error))
            io.say("Probeer het nog een keer.")
            continue
        io.say(f"De volledige versie is opgeslagen: {written}")
        io.say("Let op: daarop staat ook wat alleen voor jou is. Geef dit blad niet zomaar aan een ander.")
        return None
