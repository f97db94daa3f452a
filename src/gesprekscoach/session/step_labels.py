"""The short labels of a step's fields, the same in both front ends.

A checklist's tick and note must agree: when you tick a tip because you did it, the note asks
how you did it; a checklist of tips for the meeting itself (ticked when you know how you will
do it) sets its own labels in the content. A question's example field asks what happened for
a question that looks back, and what you will do for one that looks ahead (`example_prompt`
in the content). The defaults are content too: the `progress` texts of after.yaml.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass

from gesprekscoach.content.after_texts import progress_texts
from gesprekscoach.content.models import ChecklistStep, Content, Question


@dataclass(frozen=True)
class ChecklistLabels:
    """The tick's label (full screen), its question (plain mode) and what the note asks."""

    done: str
    tick_question: str
    note_prompt: str


def checklist_labels(step: ChecklistStep, content: Content) -> ChecklistLabels:
    """The labels of a checklist step: its own from the content, else the defaults of the content."""
    texts = progress_texts(content)
    return ChecklistLabels(
        step.done_label or texts.tick_label,
        step.tick_question or texts.tick_question,
        step.note_prompt or texts.note_prompt,
    )


def example_prompt(question: Question, content: Content) -> str:
    """What the example field of a question asks (looking back: what happened; ahead: its own prompt)."""
    return question.example_prompt or progress_texts(content).example_prompt
