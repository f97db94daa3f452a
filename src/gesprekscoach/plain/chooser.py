"""'Welk gesprek heb ik?' in the plain mode: a few numbered questions, then the advice and why.

The scoring is the session's (`session.chooser.advise`); the questions come from chooser.yaml.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import ChooserOption, ChooserQuestion, Content, ConversationType
from gesprekscoach.plain.console import PlainIO
from gesprekscoach.plain.editing import Ask, run_questions
from gesprekscoach.plain.facts import say_conversation_facts
from gesprekscoach.plain.help import chooser_help
from gesprekscoach.session.chooser import advise


def run_chooser(io: PlainIO, content: Content) -> ConversationType | None:
    """Ask the questions; returns the advised conversation type when the user wants to start it.

    'terug' on the first question raises BackRequested (to the menu).
    """
    chooser = content.chooser
    questions = chooser.questions
    chosen: dict[int, ChooserOption] = {}
    with io.helping(chooser_help):
        io.blank()
        io.say("Welk gesprek heb ik?")
        io.say(chooser.intro)
        asks: list[Ask] = []
        for number, question in enumerate(questions, start=1):

            def ask(question: ChooserQuestion = question, number: int = number) -> None:
                io.blank()
                io.say(f"Vraag {number} van {len(questions)}: {question.text}")
                io.numbered([option.label for option in question.options])
                chosen[number] = question.options[io.ask_choice("Typ een nummer.", len(question.options))]

            asks.append(ask)
        run_questions(asks)
        advice = advise(content, [chosen[number] for number in sorted(chosen)])
        io.blank()
        if advice.conversation is None:
            io.say("Ons advies: dat weten we niet zeker. Vraag je leidinggevende wat voor gesprek het is.")
            return None
        conversation = advice.conversation
        io.say(f"Ons advies: je hebt waarschijnlijk een {conversation.name}.")
        io.say(conversation.summary)
        if advice.reasons:
            io.say("Waarom:")
            io.numbered(advice.reasons)
        io.blank()
        say_conversation_facts(io, conversation)
        io.blank()
        if io.ask_yes_no(f"Wil je nu je voorbereiding op het {conversation.name} beginnen?", default=True):
            return conversation
        return None
