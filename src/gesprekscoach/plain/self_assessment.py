"""A first self-assessment, in the plain mode: a draft from the wins log for a functionering or beoordeling.

Which conversations get one, and the draft itself, are the session's (`session.wins_digest`):
every line points to its dated log entry, and what is only for you is left out. The plain
mode asks for which preparation, then where to save the Markdown file, and says where it is.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.content.templates import fill
from gesprekscoach.plain.around_meeting import upcoming_index
from gesprekscoach.plain.context import PlainContext
from gesprekscoach.plain.preparations import choose_preparation
from gesprekscoach.plain.save_file import save_new_file, write_new_text
from gesprekscoach.session.wins_digest import (
    offers_self_assessment,
    self_assessment_filename,
    self_assessment_markdown,
)
from gesprekscoach.store.models import Preparation
from gesprekscoach.store.wins_log import LogError, WinsLogStore


def self_assessment_preparations(content: Content, earlier: list[Preparation]) -> list[Preparation]:
    """The earlier preparations that get a draft self-assessment (functionering, beoordeling)."""
    return [prep for prep in earlier if offers_self_assessment(prep, content)]


def make_self_assessment(context: PlainContext, earlier: list[Preparation]) -> None:
    """Choose the preparation (when there are several), write the draft, and say where it is."""
    io = context.io
    texts = around_meeting_texts(context.content)
    offered = self_assessment_preparations(context.content, earlier)
    if not offered:
        return
    target = offered[0]
    if len(offered) > 1:
        target = choose_preparation(context, offered, texts.self_assessment_choose, upcoming_index(context, offered))
    try:
        log = WinsLogStore(context.store.home).load()
    except LogError as error:
        io.say(str(error))
        return
    text = self_assessment_markdown(log, earlier, context.content, target)
    io.blank()
    proposed = context.cwd / self_assessment_filename(target)
    path = save_new_file(io, texts, proposed, context.cwd, lambda where: write_new_text(where, text))
    io.say(" ".join(fill(texts.self_assessment_saved, bestand=str(path)).split()))
