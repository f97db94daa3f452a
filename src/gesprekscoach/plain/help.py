"""What 'hulp' says in the plain mode: the help of the step (from the content), its guide, and the words to type.

The step's own help comes from the content (`help`, else its `intro`); the goals step adds the
whole SMART guide of smart.yaml and the feedback step the feedback guide of feedback.yaml, so
what the full screen folds away is one word away here. The commands that work everywhere are
added by `PlainIO.show_help`.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import (
    AgendaStep,
    AskStep,
    ChecklistStep,
    Content,
    FeedbackStep,
    GoalsStep,
    PitfallsStep,
    QuestionsStep,
    Step,
)
from gesprekscoach.plain.answer_steps import PICK_WORD
from gesprekscoach.plain.console import CLEAR_WORD, DONE_WORD
from gesprekscoach.plain.list_editor import CHANGE_WORD, REMOVE_WORD, UP_WORD

DEFAULT_HELP = "Vul in wat bij je past. Je mag stappen overslaan."

LIST_WORDS: tuple[str, ...] = (
    "In een lijst typ je elk punt op een eigen regel.",
    f"{DONE_WORD}: de lijst is af. Enter op een lege regel: verder zonder nieuw punt.",
    f"{CHANGE_WORD} 2: punt 2 veranderen. {REMOVE_WORD} 2: punt 2 weghalen.",
)

PRIVATE_WORDS = (
    "Aan het eind van de stap kies je wat alleen voor jou is. "
    "Dat komt niet op je blad. Alleen in de volledige versie staat het erbij."
)

SMART_CHECK_WORDS = (
    "Na je doel zegt de coach per letter hoe hij je doel leest: in orde, nog niet, of nog open. "
    "De coach leest je doel en wat je bij S, M en T schrijft. "
    "A en R zijn vragen aan jezelf: typ je antwoord bij die letters."
)


def step_help(content: Content, step: Step, number: int, total: int) -> list[str]:
    """The help of a step: where you are, its text, its guide, and what to type in it."""
    title = step.title if step.title[-1:] in ".?!" else f"{step.title}."
    lines = [f"Je bent bij stap {number} van {total}: {title}", step.help or step.intro or DEFAULT_HELP]
    if isinstance(step, ChecklistStep):
        lines.append(
            "Bij elke tip typ je j als je hem hebt gedaan, en n als nog niet. Daarna kun je een notitie typen."
        )
        lines.append(PRIVATE_WORDS)
    elif isinstance(step, QuestionsStep):
        lines.append(
            "Typ je antwoord. Meer regels mag: een lege regel sluit je antwoord af. "
            "Na een antwoord vraagt de coach soms om een concreet voorbeeld."
        )
        if step.offer_wins:
            lines.append(f"Bij een voorbeeld typ je {PICK_WORD} om een punt uit je logboek te kiezen.")
        lines.append(
            "Staat er iets van de vorige keer? Dan kies je eerst met een nummer hoe ver het is, "
            "en je kunt er een notitie bij typen."
        )
        lines.append(f"Typ {CLEAR_WORD} om een antwoord te wissen.")
        lines.append(PRIVATE_WORDS)
    elif isinstance(step, GoalsStep):
        lines += smart_guide(content)
        lines.append(f"Typ {CLEAR_WORD} bij de zin van een doel om het doel weg te halen.")
        lines.append("Daarna maak je je doel klein, met stappen.")
        lines += LIST_WORDS
        lines.append(f"{UP_WORD} 2: stap 2 een plaats hoger zetten.")
        lines.append(PRIVATE_WORDS)
    elif isinstance(step, FeedbackStep):
        lines += feedback_guide(content)
        lines += LIST_WORDS
        lines.append(PRIVATE_WORDS)
    elif isinstance(step, AskStep):
        lines.append("Kies vragen met hun nummers, bijvoorbeeld 1 3. Daarna typ je je eigen vragen.")
        lines += LIST_WORDS
        lines.append(PRIVATE_WORDS)
    elif isinstance(step, AgendaStep):
        lines += LIST_WORDS
        lines.append(f"{UP_WORD} 2: punt 2 een plaats hoger zetten.")
        lines.append(PRIVATE_WORDS)
    elif isinstance(step, PitfallsStep):
        if content.pitfalls.intro:
            lines.append(content.pitfalls.intro)
        lines.append("Typ j als je een valkuil hebt gelezen. Op je blad staan ze dan onder 'Om te onthouden'.")
    return lines


def smart_guide(content: Content) -> list[str]:
    """The SMART guide of smart.yaml as lines: the letters, the steps to a goal, the W-questions, examples."""
    smart = content.smart
    lines = ["Wat is een SMART-doel?", smart.intro, "De vijf letters:"]
    for letter in smart.letters:
        line = f"{letter.letter}, {letter.name}: {letter.meaning} Vraag: {letter.question}"
        if letter.example:
            line += f" Voorbeeld: {letter.example}"
        lines.append(line)
    lines.append(SMART_CHECK_WORDS)
    lines.append("Zo kom je tot een goed doel:")
    lines += [f"{number}. {step.title}: {step.text}" for number, step in enumerate(smart.goal_steps, start=1)]
    if smart.w_questions:
        lines.append("Maak je doel precies. Stel jezelf deze vragen:")
        lines += [f"{w.word}: {w.question}" for w in smart.w_questions]
    if smart.examples:
        lines.append("Voorbeelden:")
        for number, example in enumerate(smart.examples, start=1):
            verdict = "Wel SMART" if example.smart else "Niet SMART"
            lines.append(f"{number}. {verdict}: {example.text} Waarom: {example.why}")
    return lines


def feedback_guide(content: Content) -> list[str]:
    """The feedback guide of feedback.yaml as lines: the principles, the ik-form, the examples."""
    guide = content.feedback
    texts = content.checks.feedback
    lines = ["Goede feedback geven.", guide.intro, "Zo doe je het:"]
    lines += [f"{number}. {p.title}: {p.text}" for number, p in enumerate(guide.principles, start=1)]
    form = guide.ik_template.replace("{situatie}", texts.situatie_placeholder).replace("{wens}", texts.wens_placeholder)
    lines += ["De ik-vorm:", form, "Na elk punt zegt de coach of het goed overkomt, en hoe je het beter kunt zeggen."]
    lines.append("Voorbeelden:")
    for number, example in enumerate(guide.examples, start=1):
        lines.append(f"{number}. Niet: {example.bad} Wel: {example.good} Waarom: {example.why}")
    return lines


def menu_help() -> list[str]:
    """The help of the menu."""
    return [
        "Kies met een nummer wat je wilt doen.",
        "Een nieuwe voorbereiding: kies het gesprek dat je hebt. Dan vraagt de coach wanneer het is. "
        "Daarna loop je stap voor stap door je voorbereiding.",
        "Weet je niet welk gesprek je hebt? Kies dan 'Welk gesprek heb ik?'.",
        "Verder met een eerdere voorbereiding: de coach begint bij de stap waar je was gebleven. "
        "Daar kun je ook de dag, de tijd of met wie veranderen.",
        "Was het gesprek al? Kies dan 'Na het gesprek'. Schrijf de afspraken op, en of je het verslag kreeg. "
        "Je volgende voorbereiding begint met de afspraken die nog openstaan.",
        "In je logboek schrijf je op wat er goed ging. Bij je volgende gesprek kies je daar voorbeelden uit.",
        "Alles wat je typt, wordt meteen bewaard.",
    ]


def after_help(content: Content) -> list[str]:
    """The help after the meeting: what to write down, and the advice of after.yaml."""
    after = content.after
    lines = [
        "Schrijf hier op wat jullie hebben afgesproken. Bij elke afspraak: wat, wie en wanneer.",
        "Bij 'wie' typ je ik, leidinggevende of de naam van iemand anders.",
        "Bij 'wanneer' typ je bijvoorbeeld 'voor 1 juli' of 'binnen zes weken'. De coach leest de datum.",
        "Je volgende voorbereiding begint met de afspraken die nog openstaan.",
        f"In de lijst met afspraken: {CHANGE_WORD} 2 verandert afspraak 2, gedaan 2 zet afspraak 2 op gedaan "
        f"(nog eens: weer open), {REMOVE_WORD} 2 haalt afspraak 2 weg, {DONE_WORD} sluit de lijst af.",
        "Heb je het verslag gekregen? Zeg het hier. Ben je het er niet mee eens? "
        "Dan helpt de coach je een korte, rustige brief te schrijven.",
        "Wat doe je na het gesprek?",
        after.intro,
    ]
    lines += [f"{number}. {advice.title}: {advice.text}" for number, advice in enumerate(after.advice, start=1)]
    return lines


def letter_help() -> list[str]:
    """The help of the reaction letter."""
    return [
        "Ben je het niet eens met het verslag? Zeg het dan snel, en op papier.",
        "Schrijf per punt op wat er in het verslag staat, en waarom jij het anders ziet.",
        f"Een voorbeeld maakt je punt sterk. Typ {PICK_WORD} om er een te kiezen uit je voorbereiding of je logboek.",
        "Daarna hoor je de brief. Sla hem op, lees hem nog eens na, en stuur hem dan snel.",
    ]


def logbook_help() -> list[str]:
    """The help of the wins log."""
    return [
        "In je logboek schrijf je op wat er goed ging. Doe het meteen, dan weet je het nog bij je volgende gesprek.",
        "Typ wat er goed ging. Daarna kies je bij welk doel het hoort, als je dat wilt.",
        "prive 2: punt 2 alleen voor jou. Het komt dan nooit op je blad. Nog eens: weer wel.",
        f"{REMOVE_WORD} 2: punt 2 weghalen.",
        f"{DONE_WORD}: terug naar het menu.",
    ]


def chooser_help() -> list[str]:
    """The help of 'Welk gesprek heb ik?'."""
    return [
        "Beantwoord de vragen met een nummer. Daarna zegt de coach welk gesprek het best past, en waarom.",
        "Twijfel je nog? Vraag het gerust aan je leidinggevende.",
    ]
