"""The reaction letter in the plain mode: the points of the report you see differently, and the letter.

Per point: what the report says, why you see it differently, and an example ('kiezen' picks
one from the preparation or the wins log; never what is only for you). Then your name, the
letter read out as it will be saved, and saving it next to the sheet. The letter, its file
and what it records are the session's (`reaction_letter_text`, `write_reaction_letter`).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gesprekscoach.dates import day_month_year
from gesprekscoach.plain.answer_steps import PICK_WORD, choose_example
from gesprekscoach.plain.console import BackRequested
from gesprekscoach.plain.editing import SKIPPED, Ask, Asked, PlainEditor, run_questions
from gesprekscoach.plain.help import letter_help
from gesprekscoach.session.commands import AddDisagreement, EditDisagreement, RemoveDisagreement, SetSignedBy
from gesprekscoach.session.examples import letter_examples, with_example
from gesprekscoach.sheet.letter import LetterError, send_soon_message
from gesprekscoach.sheet.markdown import SheetError, SheetExistsError
from gesprekscoach.store.models import Disagreement

_ESCAPED = re.compile(r"\\(.)")


def spoken_letter(text: str) -> str:
    """The letter's text without the marks of its file format (bold, escapes, line-break spaces)."""
    lines = [_ESCAPED.sub(r"\1", line.replace("**", "")).rstrip() for line in text.splitlines()]
    return "\n".join(lines)


class _PointRemoved(Exception):
    """The user cleared what the report says: remove the point."""


@dataclass
class _Point:
    """The point being asked: its id once it exists (a new point is made by its first text)."""

    point_id: str | None


def run_reaction_letter(editor: PlainEditor) -> None:
    """Ask the points, the name, and save the letter; 'terug' on the first question is raised."""
    io = editor.io
    session = editor.session
    prep = session.prep
    with io.helping(letter_help):
        io.blank()
        io.say(f"Reactie op het verslag van je {session.conversation_name} van {day_month_year(prep.meeting_date)}.")
        io.say("Schrijf op welke punten niet kloppen, en waarom. Houd het kort, rustig en zakelijk.")

        def name() -> Asked:
            if not _points(editor):
                io.say("Je hebt nog geen punt. De brief maak je als je een punt hebt. Alles is bewaard.")
                return SKIPPED
            io.blank()
            current = prep.after.signed_by if prep.after is not None else ""
            question = "Je naam onder de brief." + ("" if current.strip() else " (Enter = zonder naam)")
            editor.edit(SetSignedBy(io.ask_text(question, current, label="Je naam")))
            return None

        def save() -> Asked:
            if not _points(editor):
                return SKIPPED
            _save(editor)
            return None

        run_questions([lambda: _walk_points(editor), name, save])


def _points(editor: PlainEditor) -> list[Disagreement]:
    after = editor.session.prep.after
    return list(after.disagreements) if after is not None else []


def _walk_points(editor: PlainEditor) -> None:
    io = editor.io
    index = 0
    while True:
        points = _points(editor)
        try:
            if index < len(points):
                io.blank()
                io.say(f"Punt {index + 1} van {len(points)}.")
                if _edit_point(editor, points[index].id, index + 1):
                    index += 1
                continue
            if points:
                io.blank()
                if not io.ask_yes_no("Wil je nog een punt toevoegen?", default=False):
                    return
            else:
                io.blank()
            if _edit_point(editor, None, len(points) + 1):
                index += 1
            elif not _points(editor):
                return
        except BackRequested:
            if index == 0 or not points:
                raise
            index = min(index, len(points)) - 1


def _edit_point(editor: PlainEditor, point_id: str | None, number: int) -> bool:
    """Ask what the report says, why, and an example; False when the point was removed or not made."""
    io = editor.io
    session = editor.session
    editing = _Point(point_id)

    def point() -> Disagreement:
        found = next((p for p in _points(editor) if p.id == editing.point_id), None)
        return found if found is not None else Disagreement()

    def what() -> None:
        current = point().point
        question = f"Punt {number}: wat staat er in het verslag dat niet klopt?"
        if editing.point_id is None:
            question += " (Enter = geen punt)"
        text = io.ask_text(question, current, label="Het punt", clear_text="om dit punt weg te halen").strip()
        if not text:
            raise _PointRemoved
        if editing.point_id is None:
            editing.point_id = str(editor.edit(AddDisagreement(point=text)).keys[0])
        else:
            editor.edit(EditDisagreement(editing.point_id, "point", text))

    def why() -> None:
        assert editing.point_id is not None
        point_id = editing.point_id

        def keep(text: str) -> None:
            editor.edit(EditDisagreement(point_id, "why", text))

        keep(io.ask_block(f"Punt {number}: waarom zie jij het anders?", point().why, label="Je uitleg", keep=keep))

    def example() -> None:
        assert editing.point_id is not None
        point_id = editing.point_id

        def keep(text: str) -> None:
            editor.edit(EditDisagreement(point_id, "example", text))

        while True:
            text = io.ask_block(
                f"Punt {number}: een voorbeeld dat het laat zien. "
                f"Of typ {PICK_WORD} om er een te kiezen uit je voorbereiding of je logboek.",
                point().example,
                label="Je voorbeeld",
                keep=keep,
                words=(PICK_WORD,),
            )
            if text.strip().lower() != PICK_WORD:
                keep(text)
                return
            groups = letter_examples(session.prep, session.content, session.store)
            if not groups:
                io.say("Je voorbereiding en je logboek hebben nog geen voorbeelden. Schrijf er zelf een.")
                continue
            chosen = choose_example(io, groups, title="Kies een voorbeeld.")
            if chosen is not None:
                keep(with_example(point().example, chosen))

    asks: list[Ask] = [what, why, example]
    try:
        run_questions(asks)
    except _PointRemoved:
        if editing.point_id is not None:
            editor.edit(RemoveDisagreement(editing.point_id))
            io.say("Dit punt is weggehaald.")
        return False
    return True


def _save(editor: PlainEditor) -> None:
    io = editor.io
    session = editor.session
    try:
        text = session.reaction_letter_text()
    except LetterError as error:
        io.say(str(error))
        return
    io.blank()
    io.say("Zo wordt je brief:")
    io.blank()
    io.say(spoken_letter(text))
    io.blank()
    if not io.ask_yes_no("Wil je de brief nu opslaan?", default=True):
        io.say("De brief is niet opgeslagen. Je punten zijn wel bewaard.")
        return
    overwrite = False
    while True:
        try:
            path, _change = session.write_reaction_letter(editor.cwd, overwrite=overwrite)
        except SheetExistsError as error:
            if io.ask_yes_no(f"De brief {error.path.name} bestaat al. Wil je hem vervangen?", default=False):
                overwrite = True
                continue
            io.say("De brief is niet opgeslagen. Je punten zijn wel bewaard.")
            return
        except SheetError as error:
            io.say(str(error))
            return
        break
    editor.save_pending()
    io.say(send_soon_message(session.content))
    io.say(f"De brief staat in {path}")
