"""Where a reopened preparation goes on: the step the user last worked on.

A front end sends `SetLastStep(step.id)` when the user enters a step; `resume_index` reads it
back. A preparation without a last step (new, or written before the field existed), or whose
last step the conversation no longer has, starts at the first step.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.models import ConversationType
from gesprekscoach.store.models import Preparation


def resume_index(conversation: ConversationType, prep: Preparation) -> int:
    """The index (from 0) of the step to go on with: the last step worked on, else the first."""
    if prep.last_step is None:
        return 0
    for index, step in enumerate(conversation.steps):
        if step.id == prep.last_step:
            return index
    return 0


def left_off(conversation: ConversationType, prep: Preparation) -> bool:
    """True when the preparation knows a step of this conversation where the user left off."""
    return prep.last_step is not None and any(step.id == prep.last_step for step in conversation.steps)
