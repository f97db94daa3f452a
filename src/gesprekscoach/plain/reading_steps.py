"""The steps to read in the plain mode: the intro, the information, and the pitfalls (ticked as read).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import InfoStep, IntroStep, Pitfall, PitfallsStep
from gesprekscoach.plain.editing import Ask, PlainEditor, run_questions
from gesprekscoach.session.commands import SetPitfallRead


def ask_intro(editor: PlainEditor, step: IntroStep) -> None:
    """The intro text; Enter goes on."""
    editor.io.say(step.text)
    editor.io.pause()


def ask_info(editor: PlainEditor, step: InfoStep) -> None:
    """The points of information; Enter goes on."""
    editor.io.numbered(list(step.points))
    editor.io.pause()


def ask_pitfalls(editor: PlainEditor, step: PitfallsStep) -> None:
    """Each pitfall and how to avoid it, then: read?"""
    io = editor.io
    pitfalls = editor.session.pitfalls(step)
    asks: list[Ask] = []
    for number, pitfall in enumerate(pitfalls, start=1):

        def read(pitfall: Pitfall = pitfall, number: int = number) -> None:
            io.blank()
            io.say(f"Valkuil {number} van {len(pitfalls)}: {pitfall.title}")
            io.say(pitfall.what)
            io.say("Zo voorkom je het:")
            io.numbered(list(pitfall.avoid))
            was_read = pitfall.id in editor.session.prep.pitfalls_read
            now_read = io.ask_yes_no("Gelezen?", was_read if was_read else None)
            editor.edit(SetPitfallRead(pitfall.id, now_read))

        asks.append(read)
    run_questions(asks)
