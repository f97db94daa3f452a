"""The summary step in the plain mode: the overview, and saving the sheet (and its printable page).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from pathlib import Path

from gesprekscoach.content.models import SummaryStep
from gesprekscoach.plain.editing import PlainEditor
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.markdown import SheetError, SheetExistsError


def ask_summary(editor: PlainEditor, step: SummaryStep) -> None:
    """The overview of the preparation, then: save the sheet now?"""
    io = editor.io
    for line in editor.session.overview_lines():
        number = re.match(r"\d+\. ", line)
        io.say(line, hanging=" " * len(number.group()) if number else None)
    io.blank()
    if io.ask_yes_no("Wil je het blad nu opslaan?", default=True):
        save_sheet(editor)


def save_sheet(editor: PlainEditor) -> Path | None:
    """Ask where to save the sheet and save it; asks again after a problem. None: not saved."""
    io = editor.io
    session = editor.session
    proposed = session.proposed_sheet_path(editor.cwd)
    sheet = session.sheet_document()
    while True:
        io.say("Waar wil je het blad opslaan?")
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
            written, _change = session.write_sheet(path, overwrite=overwrite, document=sheet)
        except SheetExistsError as error:
            io.say(str(error))
            continue
        except SheetError as error:
            io.say(str(error))
            io.say("Probeer het nog een keer.")
            continue
        break
    editor.save_pending()
    io.say(f"Het blad is opgeslagen: {written}")
    _write_print_page(editor, written, sheet)
    return written


def _write_print_page(editor: PlainEditor, markdown_path: Path, sheet: SheetDocument) -> None:
    from gesprekscoach.sheet.printing import PrintError, write_pdf

    try:
        page = write_pdf(sheet, markdown_path.with_suffix(".pdf"))
    except PrintError as error:
        editor.io.say(f"Het blad om af te drukken (PDF) is niet gemaakt. {error}")
        return
    editor.io.say(f"Om af te drukken: open {page} en druk het af.")
