"""The list steps in the plain mode: your feedback points (each checked as you add it) and the agenda.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.checks.feedback import FeedbackResult
from gesprekscoach.content.models import AgendaStep, FeedbackStep
from gesprekscoach.plain.editing import Ask, PlainEditor
from gesprekscoach.plain.list_editor import AreaListEdits, edit_list, list_texts
from gesprekscoach.session.commands import Area, EditListItem


def feedback_example(editor: PlainEditor) -> str:
    """The ik-form with the check's words in its open places: how to say feedback well."""
    session = editor.session
    texts = session.content.checks.feedback
    example = session.content.feedback.ik_template.replace("{situatie}", texts.situatie_placeholder)
    return example.replace("{wens}", texts.wens_placeholder)


def ask_feedback(editor: PlainEditor, step: FeedbackStep) -> list[Ask]:
    """The ik-form as an example, then the list of points; each new or changed point is checked at once."""
    io = editor.io
    session = editor.session

    def checked(index: int) -> None:
        while True:
            result = session.check_feedback(list_texts(session.prep, Area.FEEDBACK)[index])
            _show_feedback_check(editor, result)
            if result.constructive:
                return
            better = io.ask_text("Wil je het anders zeggen? Typ je nieuwe tekst. (Enter = zo laten)").strip()
            if not better:
                return
            editor.edit(EditListItem(Area.FEEDBACK, index, better))

    def points() -> None:
        io.say("Handig: zeg het in de ik-vorm. Bijvoorbeeld:")
        io.say(feedback_example(editor), indent="  ")
        io.say("Typ hulp voor uitleg over goede feedback, met voorbeelden.")
        io.blank()
        edit_list(io, AreaListEdits(editor, Area.FEEDBACK), "Je feedback", new_prompt="Typ een punt.", changed=checked)

    return [points]


def _show_feedback_check(editor: PlainEditor, result: FeedbackResult) -> None:
    """The feedback check: constructive or not, each signal with why, and a better way to say it."""
    io = editor.io
    texts = editor.session.content.checks
    cli = texts.cli
    io.say(cli.constructive_yes if result.constructive else cli.constructive_no)
    for signal in result.signals:
        label = getattr(texts.feedback.signals, signal.kind).label
        words = ", ".join(f"'{word}'" for word in signal.words)
        io.say(f"{label}{': ' + words if words else ''}. {signal.explanation}", indent="  ")
    if result.proposal:
        io.say(f"{cli.proposal}:")
        io.say(result.proposal, indent="  ")


def ask_agenda(editor: PlainEditor, step: AgendaStep) -> list[Ask]:
    """The points to raise, the most important first."""

    def points() -> None:
        editor.io.blank()
        edit_list(
            editor.io,
            AreaListEdits(editor, Area.AGENDA),
            "Je agenda",
            new_prompt="Typ een punt. Het belangrijkste eerst.",
            movable=True,
        )

    return [points]
