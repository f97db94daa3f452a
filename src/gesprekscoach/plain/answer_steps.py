"""The steps to answer in the plain mode: the tips (tick and note) and the questions (answer and example).

A questions step first shows what is carried over from earlier conversations (see
`carry_over_step.py`). An example is asked only after an answer (a skipped answer gets no
example question); where the step offers the wins log, the word 'kiezen' picks one as the
example.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import ChecklistItem, ChecklistStep, Question, QuestionsStep
from gesprekscoach.plain.carry_over_step import carry_over_asks
from gesprekscoach.plain.console import PlainIO
from gesprekscoach.plain.editing import SKIPPED, Ask, Asked, PlainEditor
from gesprekscoach.plain.list_editor import PRIVATE_SAID
from gesprekscoach.session.commands import SetAnswer, SetExample, SetTipDone, SetTipNote
from gesprekscoach.session.examples import ExampleGroup, example_wanted, wins_to_offer, with_example
from gesprekscoach.session.step_labels import checklist_labels, example_prompt
from gesprekscoach.store.models import Answer

PICK_WORD = "kiezen"
"""Typed instead of an example: choose one from a list (the wins log, or the preparation)."""


def ask_checklist(editor: PlainEditor, step: ChecklistStep) -> list[Ask]:
    """Per tip: done? and a note on how you will do it."""
    io = editor.io
    asks: list[Ask] = []
    total = len(step.items)
    labels = checklist_labels(step, editor.session.content)
    for number, item in enumerate(step.items, start=1):

        def tick(item: ChecklistItem = item, number: int = number) -> None:
            io.blank()
            io.say(f"Tip {number} van {total}: {item.text}")
            if item.hint:
                io.say(item.hint)
            state = editor.session.prep.checklist.get(item.id)
            done = io.ask_yes_no(labels.tick_question, state.done if state else None)
            editor.edit(SetTipDone(item.id, done))

        def note(item: ChecklistItem = item, number: int = number) -> None:
            state = editor.session.prep.checklist.get(item.id)
            current = state.note if state else ""
            question = f"Een notitie bij tip {number}: {labels.note_prompt}"
            text = io.ask_text(
                question if current.strip() else f"{question} (Enter = overslaan)", current, label="Je notitie"
            )
            editor.edit(SetTipNote(item.id, text))

        asks += [tick, note]
    return asks


def choose_example(io: PlainIO, groups: list[ExampleGroup], *, title: str) -> str | None:
    """Let the user pick one example by number from the groups; None: none chosen."""
    io.blank()
    io.say(title)
    texts: list[str] = []
    for group in groups:
        io.say(group.title)
        shown = [choice.shown + (f" ({PRIVATE_SAID})" if choice.private else "") for choice in group.choices]
        io.numbered(shown, start=len(texts) + 1)
        texts += [choice.text for choice in group.choices]
    index = io.ask_choice(
        "Welk voorbeeld wil je gebruiken? Typ een nummer.", len(texts) + 1, default=len(texts), default_label="geen"
    )
    return texts[index] if index < len(texts) else None


def ask_questions(editor: PlainEditor, step: QuestionsStep) -> list[Ask]:
    """What is carried over, then per question: your answer (one or more lines) and an example."""
    io = editor.io
    session = editor.session
    found = session.questions(step)
    offered = wins_to_offer(editor.wins) if step.offer_wins else []
    asks: list[Ask] = carry_over_asks(editor, step)

    def current(question: Question) -> Answer:
        return session.prep.answers.get(question.id, Answer())

    for number, question in enumerate(found, start=1):

        def answer(question: Question = question, number: int = number) -> None:
            io.blank()
            if number == 1 and offered:
                count = sum(len(group.choices) for group in offered)
                io.say(f"Uit je logboek: {count} {'punt' if count == 1 else 'punten'}, {editor.wins_since}.")
                io.say(f"Bij een voorbeeld kun je er een kiezen: typ dan {PICK_WORD}.")
            io.say(f"Vraag {number} van {len(found)}: {question.text}")
            if question.hint:
                io.say(f"Tip: {question.hint}")

            def keep(text: str) -> None:
                editor.edit(SetAnswer(question.id, text))

            while True:
                picks = (PICK_WORD,) if offered and not question.ask_example else ()
                text = io.ask_block("Typ je antwoord.", current(question).text, keep=keep, words=picks)
                if offered and not question.ask_example and text.strip().lower() == PICK_WORD:
                    chosen = choose_example(io, offered, title="Kies een punt uit je logboek.")
                    if chosen is not None:
                        keep(with_example(current(question).text, chosen))
                    continue
                keep(text)
                return

        def example(question: Question = question, number: int = number) -> Asked:
            if not example_wanted(question, current(question)):
                return SKIPPED
            while True:
                question_text = f"Bij vraag {number}: {example_prompt(question, session.content)}"
                if offered:
                    question_text += f" Of typ {PICK_WORD} om een punt uit je logboek te kiezen."
                if not current(question).example.strip():
                    question_text += " (Enter = overslaan)"
                text = io.ask_text(question_text, current(question).example, label="Je voorbeeld")
                if offered and text.strip().lower() == PICK_WORD:
                    chosen = choose_example(io, offered, title="Kies een punt uit je logboek.")
                    if chosen is not None:
                        editor.edit(SetExample(question.id, with_example(current(question).example, chosen)))
                    continue
                editor.edit(SetExample(question.id, text))
                return None

        asks += [answer, example]
    return asks
