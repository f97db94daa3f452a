"""The short labels of a step's fields, the same in both front ends.

A checklist's tick and note must agree: when you tick a tip because you did it, the note asks
how you did it; a checklist of tips for the meeting itself (ticked when you know how you will
do it) sets its own labels in the content. A question's example field asks what happened for
a question that looks back, and what you will do for one that looks ahead (`example_prompt`
in the content). The defaults live here, once.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass

from gesprekscoach.content.models import ChecklistStep, Question

DONE_LABEL = "Gedaan"
TICK_QUESTION = "Heb je dit gedaan?"
NOTE_PROMPT = "Hoe heb je het gedaan?"
EXAMPLE_PROMPT = "Een concreet voorbeeld: wat gebeurde er, en wanneer?"


@dataclass(frozen=True)
class ChecklistLabels:
    """The tick's label (full screen), its question (plain mode) and what the note asks."""

    done: str
    tick_question: str
    note_prompt: str


def checklist_labels(step: ChecklistStep) -> ChecklistLabels:
    """The labels of a checklist step: its own from the content, else the defaults."""
    return ChecklistLabels(
        step.done_label or DONE_LABEL,
        step.tick_question or TICK_QUESTION,
        step.note_prompt or NOTE_PROMPT,
    )


def example_prompt(question: Question) -> str:
    """What the example field of a question asks (looking back: what happened; ahead: its own prompt)."""
    return question.example_prompt or EXAMPLE_PROMPT
