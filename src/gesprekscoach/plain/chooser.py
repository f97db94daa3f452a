"""'Welk gesprek heb ik?' in the plain mode: a few numbered questions, then the advice and why.

The scoring is the session's (`session.chooser.advise`); the questions come from chooser.yaml.
Knows the user the name of the conversation (also another name, like 'jaargesprek')? Typing it
at any question finds it (`session.chooser.find_conversation`), without the other questions.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import ChooserOption, ChooserQuestion, Content, ConversationType
from gesprekscoach.plain.console import PlainIO
from gesprekscoach.plain.editing import Ask, run_questions
from gesprekscoach.plain.facts import say_conversation_facts
from gesprekscoach.plain.help import chooser_help
from gesprekscoach.session.chooser import advise, find_conversation, name_key


class _NameTyped(Exception):
    """The user typed the name of a conversation instead of answering: no more questions."""

    def __init__(self, conversation: ConversationType, typed: str) -> None:
        super().__init__(conversation.id)
        self.conversation = conversation
        self.typed = typed


def say_other_name(io: PlainIO, conversation: ConversationType, typed: str) -> None:
    """When the user typed another name of the conversation ('jaargesprek'), say what it is called here."""
    key = name_key(typed)
    other = next((name for name in conversation.also_known_as if name_key(name) == key), None)
    if other is not None and key != name_key(conversation.name):
        io.say(f"Een {other} heet in de coach een {conversation.name}.")


def _ask_option(io: PlainIO, content: Content, question: ChooserQuestion) -> ChooserOption:
    """A number for one of the options; the name of a conversation raises _NameTyped."""
    count = len(question.options)
    while True:
        word = io.read_answer("Typ een nummer. ").strip()
        if word.isdigit() and 1 <= int(word) <= count:
            return question.options[int(word) - 1]
        found = find_conversation(content, word) if word and not word.isdigit() else None
        if found is not None:
            raise _NameTyped(found, word)
        io.say(f"Typ een nummer van 1 tot en met {count}. Weet je hoe het gesprek heet? Typ dan de naam.")


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
                chosen[number] = _ask_option(io, content, question)

            asks.append(ask)
        try:
            run_questions(asks)
        except _NameTyped as named:
            io.blank()
            say_other_name(io, named.conversation, named.typed)
            conversation = named.conversation
            io.say(f"Je hebt een {conversation.name}.")
            io.say(conversation.summary)
        else:
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
