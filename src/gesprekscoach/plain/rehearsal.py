"""Rehearsing ('Oefenen') in the plain mode: the manager's questions one at a time, in random order.

First the user may mark other questions of the preparation as hard (a numbered list; those
join the round). Then each question is read out; the user answers aloud and presses Enter
(or types the answer), hears what they prepared and their example, and chooses 1 'ging goed'
or 2 'nog oefenen' (that question comes back later in the round). Which questions, the order
and the marks are the session's (`session.rehearsal`); every mark is a command, saved at once.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import random

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import AroundMeetingTexts
from gesprekscoach.content.templates import fill
from gesprekscoach.plain.console import PlainIO
from gesprekscoach.plain.editing import PlainEditor
from gesprekscoach.session.commands import SetQuestionHard, SetRehearsalMark
from gesprekscoach.session.rehearsal import (
    AGAIN,
    GOOD,
    RehearsalQuestion,
    RehearsalRound,
    other_questions,
    rehearsal_questions,
)


def _said(text: str) -> str:
    return " ".join(text.split())


def run_rehearsal(editor: PlainEditor, rng: random.Random) -> None:
    """Mark hard questions, then one round of rehearsing; 'terug' is raised (back to the menu)."""
    io = editor.io
    session = editor.session
    texts = around_meeting_texts(session.content)
    conversation = session.conversation
    with io.helping(lambda: [_said(texts.rehearse_help)]):
        io.blank()
        io.say(_said(texts.rehearse_intro))
        if conversation is None:
            io.say(_said(texts.rehearse_none))
            return
        others = other_questions(session.prep, conversation)
        if others:
            io.blank()
            io.say(texts.rehearse_other_questions)
            io.numbered([_said(question.text) for question in others])
            for index in io.ask_numbers(_said(texts.rehearse_choose_hard), len(others), []):
                editor.edit(SetQuestionHard(others[index].id, True))
        questions = rehearsal_questions(session.prep, conversation)
        if not questions:
            io.say(_said(texts.rehearse_none))
            return
        rehearsal = RehearsalRound(questions, rng)
        asked = 0
        while (current := rehearsal.next_question()) is not None:
            asked += 1
            _ask(io, texts, current, asked, asked - 1 + rehearsal.remaining)
            io.say(texts.rehearse_mark)
            io.numbered([texts.rehearse_good, texts.rehearse_again])
            mark = GOOD if io.ask_choice("Typ een nummer.", 2) == 0 else AGAIN
            editor.edit(SetRehearsalMark(current.question.id, mark))
            rehearsal.mark(mark)
            if mark == AGAIN:
                io.say(texts.rehearse_again_later)
        io.blank()
        io.say(fill(texts.rehearse_done, goed=str(rehearsal.good), oefenen=str(rehearsal.again)))


def _ask(io: PlainIO, texts: AroundMeetingTexts, current: RehearsalQuestion, number: int, count: int) -> None:
    """Read the question, wait for the answer, then say what was prepared."""
    io.blank()
    io.say(fill(texts.rehearse_question, nummer=str(number), aantal=str(count)))
    io.say(_said(current.question.text))
    io.read_answer(_said(texts.rehearse_say_it) + " ")
    answer = current.answer
    if answer is None or not answer.text.strip():
        io.say(_said(texts.rehearse_no_answer))
    else:
        io.say(texts.rehearse_your_answer)
        io.say(answer.text.strip(), indent="  ")
    if answer is not None and answer.example.strip():
        io.say(texts.rehearse_example)
        io.say(answer.example.strip(), indent="  ")
