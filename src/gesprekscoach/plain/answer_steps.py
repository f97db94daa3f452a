"""The steps to answer in the plain mode: the tips (tick and note) and the questions (answer and example).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import ChecklistItem, ChecklistStep, Question, QuestionsStep
from gesprekscoach.plain.editing import Ask, PlainEditor, run_questions
from gesprekscoach.session.commands import SetAnswer, SetExample, SetTipDone, SetTipNote
from gesprekscoach.store.models import Answer


def ask_checklist(editor: PlainEditor, step: ChecklistStep) -> None:
    """Per tip: ticked? and a note on how you will do it."""
    io = editor.io
    questions: list[Ask] = []
    total = len(step.items)
    for number, item in enumerate(step.items, start=1):

        def tick(item: ChecklistItem = item, number: int = number) -> None:
            io.blank()
            io.say(f"Tip {number} van {total}: {item.text}")
            if item.hint:
                io.say(item.hint)
            state = editor.session.prep.checklist.get(item.id)
            done = io.ask_yes_no("Afgevinkt?", state.done if state else None)
            editor.edit(SetTipDone(item.id, done))

        def note(item: ChecklistItem = item) -> None:
            state = editor.session.prep.checklist.get(item.id)
            text = io.ask_text(
                "Notitie: hoe pak je dit aan? (Enter = overslaan)",
                state.note if state else "",
                label="Je notitie",
            )
            editor.edit(SetTipNote(item.id, text))

        questions += [tick, note]
    run_questions(questions)


def ask_questions(editor: PlainEditor, step: QuestionsStep) -> None:
    """Per question: your answer (one or more lines) and, when asked, a concrete example."""
    io = editor.io
    found = editor.session.questions(step)
    asks: list[Ask] = []
    for number, question in enumerate(found, start=1):

        def answer(question: Question = question, number: int = number) -> None:
            io.blank()
            io.say(f"Vraag {number} van {len(found)}: {question.text}")
            if question.hint:
                io.say(f"Tip: {question.hint}")
            current = editor.session.prep.answers.get(question.id, Answer())
            text = io.ask_block("Je antwoord (Enter = overslaan).", current.text)
            editor.edit(SetAnswer(question.id, text))

        def example(question: Question = question) -> None:
            current = editor.session.prep.answers.get(question.id, Answer())
            text = io.ask_text("Een concreet voorbeeld (Enter = overslaan):", current.example, label="Je voorbeeld")
            editor.edit(SetExample(question.id, text))

        asks.append(answer)
        if question.ask_example:
            asks.append(example)
    run_questions(asks)
