"""The summary step in the plain mode: the overview, and saving the sheet as PDF or Markdown.

The first time a sheet is saved, the coach asks once for the user's name and function (they
go in the sheet's header; both may be left empty). The sheet is proposed in the documents
folder (or where it was saved before); the user can type another folder or file.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from pathlib import Path

from gesprekscoach.content.models import SummaryStep
from gesprekscoach.plain.editing import PlainEditor
from gesprekscoach.session.preparation_session import SheetFormat
from gesprekscoach.sheet.markdown import SheetError, SheetExistsError
from gesprekscoach.sheet.printing import PrintError, PrintTargetExists

FORMATS: tuple[tuple[SheetFormat, str], ...] = (
    ("pdf", "Als PDF, om af te drukken. De laatste bladzijde is alleen voor jou."),
    ("md", "Als Markdown, een tekstbestand om te lezen en te bewaren."),
)
"""The formats to choose from, in order (the first is the default)."""


def ask_summary(editor: PlainEditor, step: SummaryStep) -> None:
    """The overview of the preparation, then: save the sheet now?"""
    io = editor.io
    for line in editor.session.overview_lines():
        number = re.match(r"\d+\. ", line)
        io.say(line, hanging=" " * len(number.group()) if number else None)
    io.blank()
    if io.ask_yes_no("Wil je het blad nu opslaan?", default=True):
        save_sheet(editor)


def ask_who_i_am(editor: PlainEditor) -> None:
    """Once: the user's name and function, for the top of the sheet (Enter skips)."""
    io = editor.io
    session = editor.session
    if not session.should_ask_who_i_am():
        return
    io.say("Je naam en je functie kunnen bovenaan je blad staan. Dit vraag ik maar één keer.")
    name = io.ask_text("Hoe heet je? (Enter = overslaan)", label="Je naam")
    function = io.ask_text("Wat is je functie? (Enter = overslaan)", label="Je functie")
    outcome = session.remember_who_i_am(name, function)
    if not outcome.ok:
        io.say(f"Let op: {outcome.message}")
    else:
        io.say("Je kunt dit later veranderen met: gesprekscoach instellingen --naam … --functie …")


def ask_format(editor: PlainEditor) -> SheetFormat:
    """PDF or Markdown."""
    io = editor.io
    io.say("Hoe wil je het blad opslaan?")
    for number, (_fmt, text) in enumerate(FORMATS, start=1):
        io.say(f"{number}. {text}", hanging="   ")
    return FORMATS[io.ask_choice("Typ 1 of 2.", len(FORMATS), default=0)][0]


def _target(answer: str, proposed: Path, cwd: Path) -> Path:
    """The file to write: the proposal, or what was typed (a folder gets the proposed file name)."""
    if not answer:
        return proposed
    path = Path(answer).expanduser()
    if not path.is_absolute():
        path = cwd / path
    if path.is_dir():
        path = path / proposed.name
    return path


def save_sheet(editor: PlainEditor) -> Path | None:
    """Ask the format and where to save the sheet, and save it; asks again after a problem."""
    io = editor.io
    session = editor.session
    ask_who_i_am(editor)
    fmt = ask_format(editor)
    proposed = session.proposed_sheet_path(editor.cwd, fmt)
    sheet = session.sheet_document(full=fmt == "pdf")
    while True:
        io.say(f"Waar wil je het blad opslaan? Typ een map of een bestandsnaam. De map nu: {proposed.parent}")
        io.say(f"Enter = {proposed}")
        path = _target(io.read_answer("> ").strip(), proposed, editor.cwd)
        if path == proposed and not path.parent.exists() and path.parent == editor.cwd:
            try:
                path.parent.mkdir(parents=True)
            except OSError:
                pass  # writing says what is wrong
        overwrite = False
        if path.exists() and not path.is_dir():
            overwrite = io.ask_yes_no(f"Het bestand {path} bestaat al. Wil je het vervangen?", default=False)
            if not overwrite:
                io.say("Kies dan een andere naam.")
                continue
        try:
            written, _change = session.write_sheet(path, overwrite=overwrite, document=sheet, fmt=fmt)
        except (SheetExistsError, PrintTargetExists) as error:
            io.say(str(error))
            continue
        except (SheetError, PrintError) as error:
            io.say(str(error))
            io.say("Probeer het nog een keer.")
            continue
        break
    editor.save_pending()
    io.say(f"Het blad is opgeslagen: {written}")
    if fmt == "pdf":
        io.say("Druk het af. Neem de laatste bladzijde ('Alleen voor mij') alleen mee als je dat wilt.")
    else:
        io.say(f"Om het af te drukken als PDF: gesprekscoach afdrukken {session.prep.id}")
    return written
