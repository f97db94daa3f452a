"""The goals step in the plain mode: each goal's sentence, its five SMART letters and its small steps.

After the sentence the coach shows how it reads the goal (the session's goal verdict, the
same check as the full screen and the sheet); after the letters, which letters still miss
something. 'wis' on the sentence removes the goal.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass

from gesprekscoach.checks.smart import LETTERS, SmartResult, format_deadline
from gesprekscoach.content.models import GoalsStep, SmartLetter
from gesprekscoach.plain.console import BackRequested
from gesprekscoach.plain.editing import SKIPPED, Ask, Asked, PlainEditor, run_questions
from gesprekscoach.plain.list_editor import GoalStepEdits, edit_list
from gesprekscoach.session.commands import AddGoal, GoalField, RemoveGoal, SetGoalField
from gesprekscoach.session.edit_goals import find_goal
from gesprekscoach.store.models import Goal

_VERDICT_WORDS: dict[bool | None, str] = {True: "in orde", False: "nog niet", None: "nog open"}

_LETTER_FIELDS: dict[str, GoalField] = {
    "specifiek": "specifiek",
    "meetbaar": "meetbaar",
    "acceptabel": "acceptabel",
    "realistisch": "realistisch",
    "tijdgebonden": "tijdgebonden",
}
"""The SMART check's letter names → the goal's fields (the same words)."""


class _GoalRemoved(Exception):
    """The user cleared the sentence of a goal: remove the goal."""


@dataclass
class _Editing:
    """The goal being asked: its id once it exists (a new goal is made by its sentence)."""

    goal_id: str | None

    def id(self) -> str:
        assert self.goal_id is not None, "the sentence comes first"
        return self.goal_id


def ask_goals(editor: PlainEditor, step: GoalsStep) -> list[Ask]:
    """Every goal in turn, then: another one?"""
    return [lambda: _walk_goals(editor)]


def _walk_goals(editor: PlainEditor) -> None:
    io = editor.io
    goals = editor.session.prep.goals
    io.say(editor.session.content.smart.intro)
    io.say("Typ hulp voor uitleg over SMART, met voorbeelden.")
    index = 0
    while True:
        try:
            if index < len(goals):
                io.blank()
                io.say(f"Doel {index + 1} van {len(goals)}.")
                if _edit_goal(editor, goals[index].id):
                    index += 1
                continue
            io.blank()
            question = "Wil je een doel maken?" if not goals else "Wil je nog een doel maken?"
            if not io.ask_yes_no(question, default=False):
                return
            if _edit_goal(editor, None):
                index += 1
        except BackRequested:
            if index == 0 or not goals:
                raise
            index = min(index, len(goals)) - 1


def _edit_goal(editor: PlainEditor, goal_id: str | None) -> bool:
    """Ask the sentence, the five letters and the small steps of one goal (None: a new one).

    A new goal is made once its sentence is typed. Returns False when the goal was removed
    ('wis' on its sentence, or a new goal left empty). BackRequested from the first question
    goes to the caller.
    """
    io = editor.io
    session = editor.session
    guide = session.content.smart
    new = goal_id is None
    editing = _Editing(goal_id)

    def goal() -> Goal:
        return find_goal(session.prep, editing.id()) if editing.goal_id is not None else Goal()

    def sentence() -> None:
        io.blank()
        text = io.ask_text(
            "Schrijf je doel in één zin." + (" (Enter = geen doel)" if new and not goal().text else ""),
            goal().text,
            label="Je doel",
            clear_text="om dit doel weg te halen",
        )
        if not text.strip():
            raise _GoalRemoved
        if editing.goal_id is not None:
            editor.edit(SetGoalField(editing.id(), "text", text))
        else:
            editing.goal_id = str(editor.edit(AddGoal(text)).keys[0])
        _show_smart(editor, session.goal_verdict(editing.id()))

    asks: list[Ask] = [sentence]
    for name, letter in zip(LETTERS, guide.letters, strict=True):

        def ask_letter(field: GoalField = _LETTER_FIELDS[name], letter: SmartLetter = letter) -> None:
            io.blank()
            io.say(f"{letter.letter}, {letter.name}: {letter.question}")
            current = getattr(goal(), field)
            text = io.ask_text(
                "Typ je antwoord." + ("" if current.strip() else " (Enter = overslaan)"), current, label="Je antwoord"
            )
            editor.edit(SetGoalField(editing.id(), field, text))

        asks.append(ask_letter)

    def verdict() -> Asked:
        result = session.goal_verdict(editing.id())
        io.blank()
        missing = [name for name in LETTERS if result.letters[name].ok is False]
        if not missing:
            io.say("Je doel is SMART. Goed gedaan.")
        else:
            io.say("Bijna klaar. Kijk nog eens naar deze letters:")
            for name in missing:
                _say_letter(editor, name, result)
        return SKIPPED  # nothing is asked: 'terug' passes it by

    def steps() -> None:
        io.blank()
        io.say("Maak je doel klein: welke kleine stappen zet je?")
        edit_list(
            io, GoalStepEdits(editor, editing.id()), "Je stappen", new_prompt="Typ een kleine stap.", movable=True
        )

    asks += [verdict, steps]
    try:
        run_questions(asks)
    except _GoalRemoved:
        if editing.goal_id is not None:
            removed = goal()
            had_text = any(getattr(removed, name).strip() for name in ("text", *LETTERS)) or removed.steps
            editor.edit(RemoveGoal(editing.id()))
            if had_text:
                io.say("Dit doel is weggehaald.")
        return False
    return True


def _say_letter(editor: PlainEditor, name: str, result: SmartResult) -> None:
    texts = editor.session.content.checks
    verdict = result.letters[name]
    letter_name = str(getattr(texts.smart, name).name)
    editor.io.say(f"{letter_name}: {_VERDICT_WORDS[verdict.ok]}. {verdict.reason}")
    if verdict.ok is False and verdict.hint:
        editor.io.say(f"{texts.cli.tip}: {verdict.hint}", indent="  ")


def _show_smart(editor: PlainEditor, result: SmartResult) -> None:
    """The SMART verdict of a goal: one short line per letter, a tip where a letter is missing."""
    io = editor.io
    texts = editor.session.content.checks
    io.blank()
    io.say("Zo leest de coach je doel:")
    for name in LETTERS:
        _say_letter(editor, name, result)
    if result.deadline:
        io.say(f"{texts.cli.deadline}: {format_deadline(result.deadline)}")
    if result.deadline_warning:
        io.say(f"{texts.cli.warning}: {result.deadline_warning}")
    io.say("Bij de letters hierna kun je je doel aanvullen.")
