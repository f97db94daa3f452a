"""The steps to read in the plain mode: the intro, the information, and the pitfalls (ticked as read).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import InfoStep, IntroStep, Pitfall, PitfallsStep
from gesprekscoach.plain.editing import Ask, PlainEditor
from gesprekscoach.plain.facts import say_conversation_facts
from gesprekscoach.session.commands import SetPitfallRead


def ask_intro(editor: PlainEditor, step: IntroStep) -> list[Ask]:
    """The intro text and the facts about the conversation; Enter goes on."""

    def read() -> None:
        editor.io.say(step.text)
        conversation = editor.session.conversation
        if conversation is not None:
            editor.io.blank()
            say_conversation_facts(editor.io, conversation)
        editor.io.pause()

    return [read]


def ask_info(editor: PlainEditor, step: InfoStep) -> list[Ask]:
    """The points of information; Enter goes on."""

    def read() -> None:
        editor.io.numbered(list(step.points))
        editor.io.pause()

    return [read]


def ask_pitfalls(editor: PlainEditor, step: PitfallsStep) -> list[Ask]:
    """Each pitfall and how to avoid it, then: read?"""
    io = editor.io
    pitfalls = editor.session.pitfalls(step)
    intro = editor.session.content.pitfalls.intro
    asks: list[Ask] = []
    for number, pitfall in enumerate(pitfalls, start=1):

        def read(pitfall: Pitfall = pitfall, number: int = number) -> None:
            io.blank()
            if number == 1 and intro:
                io.say(intro)
            io.say(f"Valkuil {number} van {len(pitfalls)}: {pitfall.title}")
            io.say(pitfall.what)
            io.say("Zo voorkom je het:")
            io.numbered(list(pitfall.avoid))
            was_read = pitfall.id in editor.session.prep.pitfalls_read
            now_read = io.ask_yes_no("Heb je deze valkuil gelezen?", was_read if was_read else None)
            editor.edit(SetPitfallRead(pitfall.id, now_read))

        asks.append(read)
    return asks
