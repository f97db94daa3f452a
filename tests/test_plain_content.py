"""Every content text the full screen shows is also said in the plain mode.

The walk types 'hulp' and then Enter at every question of every conversation, goes through
'Welk gesprek heb ik?' and 'Na het gesprek', and collects all that was printed. Then every
field of the content that the full screen shows is looked for in it: the steps (titles,
intros, help), the questions and their hints, the tips and their hints, the pitfalls, the
facts about each conversation, the SMART guide, the feedback guide, the advice for after the
meeting, and the chooser's questions.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from gesprekscoach.content.models import (
    AskStep,
    ChecklistStep,
    Content,
    InfoStep,
    IntroStep,
    PitfallsStep,
    QuestionsStep,
)
from gesprekscoach.plain.app import MENU_AFTER, MENU_CHOOSER, menu_labels, run_plain
from gesprekscoach.session.conversation_facts import MODE_WORDS
from gesprekscoach.session.step_labels import checklist_labels
from gesprekscoach.store.preparations import PreparationStore
from test_plain import TODAY, conversation_number


def flat(text: str) -> str:
    """The text with all white space (line breaks of wrapping included) as single spaces."""
    return " ".join(text.split())


def shown_by_the_full_screen(content: Content) -> list[tuple[str, str]]:
    """(where, text) for every content text the full screen shows."""
    fields: list[tuple[str, str]] = []
    for conv in content.conversations:
        where = conv.id
        fields += [
            (f"{where}: name", conv.name),
            (f"{where}: summary", conv.summary),
            (f"{where}: purpose", conv.purpose),
            (f"{where}: timing", conv.timing),
            (f"{where}: looks", conv.looks),
            (f"{where}: mode", MODE_WORDS[conv.mode]),
        ]
        if conv.agreements:
            fields.append((f"{where}: agreements", conv.agreements))
        fields += [(f"{where}: also_known_as", name) for name in conv.also_known_as]
        fields += [(f"{where}: leads_to", item) for item in conv.leads_to]
        fields += [(f"{where}: facts", item) for item in conv.facts]
        for step in conv.steps:
            at = f"{where}/{step.id}"
            fields.append((f"{at}: title", step.title))
            if step.intro:
                fields.append((f"{at}: intro", step.intro))
            if step.help:
                fields.append((f"{at}: help", step.help))
            if isinstance(step, IntroStep):
                fields.append((f"{at}: text", step.text))
            elif isinstance(step, InfoStep):
                fields += [(f"{at}: point", point) for point in step.points]
            elif isinstance(step, ChecklistStep):
                for item in step.items:
                    fields.append((f"{at}/{item.id}: tip", item.text))
                    if item.hint:
                        fields.append((f"{at}/{item.id}: tip hint", item.hint))
            elif isinstance(step, QuestionsStep):
                for question_id in step.questions:
                    question = conv.question(question_id)
                    fields.append((f"{at}/{question_id}: question", question.text))
                    if question.hint:
                        fields.append((f"{at}/{question_id}: question hint", question.hint))
            elif isinstance(step, AskStep):
                fields += [(f"{at}/{qid}: suggestion", conv.question(qid).text) for qid in step.suggestions]
            elif isinstance(step, PitfallsStep):
                for pitfall in content.pitfalls_for(step):
                    fields += [(f"{at}/{pitfall.id}: title", pitfall.title), (f"{at}/{pitfall.id}: what", pitfall.what)]
                    fields += [(f"{at}/{pitfall.id}: avoid", avoid) for avoid in pitfall.avoid]
    smart = content.smart
    fields.append(("smart: intro", smart.intro))
    for letter in smart.letters:
        fields += [
            (f"smart/{letter.letter}: name", letter.name),
            (f"smart/{letter.letter}: meaning", letter.meaning),
            (f"smart/{letter.letter}: question", letter.question),
        ]
        if letter.example:
            fields.append((f"smart/{letter.letter}: example", letter.example))
    for step in smart.goal_steps:
        fields += [("smart/goal_steps: title", step.title), ("smart/goal_steps: text", step.text)]
    fields += [("smart/w_questions", w.question) for w in smart.w_questions]
    for example in smart.examples:
        fields += [("smart/examples: text", example.text), ("smart/examples: why", example.why)]
    feedback = content.feedback
    fields.append(("feedback: intro", feedback.intro))
    for principle in feedback.principles:
        fields += [("feedback/principles: title", principle.title), ("feedback/principles: text", principle.text)]
    for example in feedback.examples:
        fields += [
            ("feedback/examples: bad", example.bad),
            ("feedback/examples: good", example.good),
            ("feedback/examples: why", example.why),
        ]
    after = content.after
    fields.append(("after: intro", after.intro))
    for advice in after.advice:
        fields += [(f"after/{advice.id}: title", advice.title), (f"after/{advice.id}: text", advice.text)]
    chooser = content.chooser
    fields.append(("chooser: intro", chooser.intro))
    for question in chooser.questions:
        fields.append((f"chooser/{question.id}: question", question.text))
        fields += [(f"chooser/{question.id}: option", option.label) for option in question.options]
    return fields


def typed(content: Content, home: Path, cwd: Path, lines: list[str]) -> str:
    out = io.StringIO()
    code = run_plain(
        content,
        store=PreparationStore(home),
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=out,
        today=TODAY,
        cwd=cwd,
    )
    assert code == 0, out.getvalue()
    return out.getvalue()


@pytest.fixture
def everything_said(shipped_content: Content, tmp_path: Path) -> str:
    """All that the plain mode says in a walk through every part, asking 'hulp' at every question."""
    content = shipped_content
    home, sheets = tmp_path / "home", tmp_path / "bladen"
    sheets.mkdir()
    said: list[str] = []
    for conv in content.conversations:
        number = conversation_number(content, conv.id)
        said.append(typed(content, home, sheets, ["1", number, "", "", "", *["hulp", ""] * 300]))
        assert "Klaar." in said[-1], conv.id
    store = PreparationStore(home)
    chooser = str(menu_labels(True).index(MENU_CHOOSER) + 1)
    answers = ["1"] * len(content.chooser.questions)
    said.append(typed(content, home, sheets, [chooser, *answers, "n", "stop"]))
    assert store.list().preparations
    after = str(menu_labels(True).index(MENU_AFTER) + 1)
    said.append(typed(content, home, sheets, [after, "", "j", "hulp", "stop"]))
    return "\n".join(said)


def test_every_content_text_of_the_full_screen_is_said(shipped_content: Content, everything_said: str) -> None:
    fields = shown_by_the_full_screen(shipped_content)
    assert len(fields) > 300  # the list covers the whole content
    said = flat(everything_said)
    missing = [(where, text) for where, text in fields if flat(text) not in said]
    assert missing == []


def test_all_of_it_is_plain_text_for_the_ear(everything_said: str) -> None:
    """No escape codes, no box drawing, no mark that says something on its own, short lines."""
    assert "\x1b" not in everything_said
    assert not re.search(r"[\u2500-\u259f\u25a0-\u25ff✓✗•·☐☑→]", everything_said)
    long_lines = [line for line in everything_said.splitlines() if len(line) > 72 and " " in line.strip()]
    assert long_lines == []


def test_the_help_says_the_commands_and_where_you_are(shipped_content: Content, tmp_path: Path) -> None:
    home, sheets = tmp_path / "home", tmp_path / "bladen"
    sheets.mkdir()
    conv = shipped_content.conversation("functionering")
    lines = ["1", conversation_number(shipped_content, "functionering"), "", "", ""]
    lines += [""] * 2 + ["hulp"]  # the intro, the info, then 'hulp' at the first tip
    output = typed(shipped_content, home, sheets, [*lines, "stop"])
    said = flat(output.split("Hulp.", 1)[1].split("Gestopt.", 1)[0])
    tips = conv.steps[2]
    assert said.startswith(f"Je bent bij stap 3 van {len(conv.steps)}: {tips.title}")
    for word in ("terug:", "stop:", "hulp:", "Enter op een lege regel"):
        assert word in said
    # after the help, the question is asked again, on its own
    again = said.split("Terug naar de vraag:", 1)[1]
    assert flat(f"Tip 1 van {len(tips.items)}: {tips.items[0].text}") in again
    assert said.endswith(f"{checklist_labels(tips, shipped_content).tick_question} (j/n, Enter = nee)")


def test_the_conversation_facts_come_with_the_first_step(shipped_content: Content, tmp_path: Path) -> None:
    """The facts about the conversation (who decides, when) are said in its first step."""
    home, sheets = tmp_path / "home", tmp_path / "bladen"
    sheets.mkdir()
    conv = shipped_content.conversation("beoordeling")
    output = typed(
        shipped_content, home, sheets, ["1", conversation_number(shipped_content, conv.id), "", "", "", "stop"]
    )
    said = flat(output)
    assert flat(f"Wie beslist: {MODE_WORDS[conv.mode]}") in said
    assert flat(f"Wanneer: {conv.timing}") in said
    assert said.index(flat(conv.steps[0].title)) < said.index(flat(conv.purpose))
