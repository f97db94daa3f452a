"""Every field of every content model is shown somewhere, or it is gone.

The fields are found by walking the pydantic models from `Content` down. For each field, the
values of both shipped packs are collected, and each value is looked for in what the coach
shows:
- the plain mode, driven through stdin: every conversation with 'hulp' at every question,
  'Welk gesprek heb ik?' with answers that bring out every reason, 'Na het gesprek', and the
  menu once a report is late (the report reminder);
- the sheet (`sheet/`): the sheets the plain mode saved, and the reaction letter;
- the CLI: `smart` on goals that bring out every SMART text, `feedback` on sentences that bring
  out every signal, `log` on entries that sell the writer short, and the error messages; also
  with a folder that has only checks.yaml (then the check texts' own fallbacks are used); and
  `content check` on a folder whose texts use every form the glossary avoids (it warns with
  the word to use and what it means);
- around the meeting, in the plain mode: a round of rehearsing (a hard question marked, 'hulp',
  'nog oefenen' and 'ging goed', an answer with an example and questions without one), a
  conversation without the manager's questions (a copy of the pack whose planningsgesprek marks
  none: the Flemish pack marks some in every conversation, so only such a folder shows it),
  the message with your points and without any, with every choice (saved twice, so the second
  file exists; mail opened and failing), the calendar file after the agreements (its events are
  read back from the .ics), the wins log's quiet note, its overview (a bad date, the wrong order,
  an empty period, by goal, by label, without either, a private entry), and the draft
  self-assessment for two meetings (a goal with and without entries, an empty period); and
  `kalender` for a preparation without an agreement with a date;
- the full screen: the plain mode says every content text the full screen shows
  (`test_plain_content.py`); beyond that, its goal editor shows the SMART check's reason and
  hint for every letter as you type (`tui/widgets/smart_check.py`), also for an empty goal
  and for the A and R answers, which the plain mode and the CLI never ask. Those results are
  made here by the check itself (`check_goal`, with the content's guide), as the full screen
  makes them.

A text is found when every part of it between `{placeholders}` is in the output (white space
ignored). A field that is read by the code rather than shown is on `READ_BY_THE_CODE`, with why.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import itertools
import random
import re
import shutil
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from pydantic import BaseModel

from gesprekscoach.checks.smart import check_goal
from gesprekscoach.cli.main import main
from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.loader import load_content
from gesprekscoach.content.models import (
    AroundMeetingTexts,
    ChecklistStep,
    ChooserOption,
    Content,
    ContentModel,
    ConversationType,
    GoalExample,
    GoalsStep,
    PitfallsStep,
    QuestionsStep,
    SmartLetter,
)
from gesprekscoach.content.templates import fill
from gesprekscoach.paths import content_dir_for
from gesprekscoach.plain.app import MENU_AFTER, MENU_CHOOSER, MENU_LOG, around_meeting_labels, menu_labels, run_plain
from gesprekscoach.plain.self_assessment import self_assessment_preparations
from gesprekscoach.session.chooser import advise
from gesprekscoach.session.commands import AddListItem, Area, MarkPrivate, SetAnswer, SetExample
from gesprekscoach.session.conversation_facts import MODE_WORDS
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.meeting_checks import after_too_early, check_report_date
from gesprekscoach.session.progress import (
    StepProgress,
    StepState,
    legend_lines,
    overview_lines,
    progress_note,
    progress_of,
)
from gesprekscoach.session.rehearsal import manager_question_ids, other_questions
from gesprekscoach.session.step_labels import checklist_labels, example_prompt
from gesprekscoach.sheet.letter import render_reaction_letter, send_soon_message
from gesprekscoach.store.models import (
    AfterMeetingRecord,
    AskedQuestion,
    Disagreement,
    FeedbackItem,
    Goal,
    Preparation,
)
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.store.wins_log import WinsLogStore
from session_helpers import FakeClock, new_session
from test_plain import TODAY, conversation_number
from year_helpers import FUNCTIONING_DAY, REVIEW_DAY, TZ, at, make_planning

PACKS = ("nederland", "vlaanderen")

FieldKey = tuple[str, str]
"""(model, field): the model is the class that declares the field."""

READ_BY_THE_CODE: dict[FieldKey, str] = {
    ("ConversationType", "id"): "the key of a conversation type: preparations and the chooser name it",
    ("ConversationType", "order"): "the place on the home screen and in the menu",
    ("ConversationType", "next"): "which conversation follows in the cycle (carry-over, the next meeting)",
    ("ConversationType", "sets_goals"): "whether the next conversations look back on its goals",
    ("Question", "id"): "the key of a question: steps name it, answers are saved under it",
    ("Question", "ask_example"): "whether the coach asks for an example after the answer",
    ("ChecklistItem", "id"): "the key of a tip: ticks and notes are saved under it",
    ("StepBase", "id"): "the key of a step: where the user left off, private marks",
    ("IntroStep", "kind"): "the kind of step: which handler shows it",
    ("InfoStep", "kind"): "the kind of step: which handler shows it",
    ("ChecklistStep", "kind"): "the kind of step: which handler shows it",
    ("QuestionsStep", "kind"): "the kind of step: which handler shows it",
    ("AskStep", "kind"): "the kind of step: which handler shows it",
    ("GoalsStep", "kind"): "the kind of step: which handler shows it",
    ("FeedbackStep", "kind"): "the kind of step: which handler shows it",
    ("PitfallsStep", "kind"): "the kind of step: which handler shows it",
    ("AgendaStep", "kind"): "the kind of step: which handler shows it",
    ("SummaryStep", "kind"): "the kind of step: which handler shows it",
    ("QuestionsStep", "questions"): "ids of the questions the step asks (their texts are shown)",
    ("QuestionsStep", "carry_over"): "which kinds of earlier items the step brings back (those items are shown)",
    ("QuestionsStep", "offer_wins"): "whether the step offers the wins log as examples",
    ("AskStep", "suggestions"): "ids of the questions offered to ask (their texts are shown)",
    ("PitfallsStep", "pitfalls"): "ids of the pitfalls the step shows (their texts are shown)",
    ("Pitfall", "id"): "the key of a pitfall: steps name it, ticks are saved under it",
    ("AfterAdvice", "id"): "the key of a piece of advice",
    ("AfterMeeting", "report_reminder_days"): "after how many days the report reminder comes",
    ("ChooserQuestion", "id"): "the key of a chooser question",
    ("ChooserOption", "points"): "the weights the chooser adds up to give its advice",
    ("QuestionsStep", "asked_by_manager"): "whether rehearsing asks the step's questions (those texts are shown)",
    ("ConversationType", "self_assessment"): "whether the menu offers a draft self-assessment for the conversation",
}
"""Fields the code reads rather than shows, and why. Everything else must be shown."""

ANY_VALUE: dict[FieldKey, str] = {
    ("FeedbackTexts", "softer_words"): "a word list: the proposal uses the entry the sentence needs",
    ("FeedbackTexts", "softer_before_noun"): "a word list: the proposal uses the entry the sentence needs",
    ("SpecificTexts", "w_questions"): "fallback W-questions: the check asks the first one the goal leaves open",
}
"""Maps of words, of which a sentence uses one entry: the field is shown when one of its values is."""

NOT_WALKED: dict[FieldKey, str] = {
    ("Content", "sheet_labels"): "the words of the sheet, summary and letter (sheet/labels.yaml), loaded with the"
    " content since issue 9 but never part of this walk: the sheet tests (test_sheet*.py, test_after_papers.py,"
    " test_letter.py) check the printed papers",
}
"""Groups of fields of `Content` this walk leaves out, and why."""

NEXT_CONVERSATION_TITLE = "Functioneringsgesprek"
"""The conversation after the planningsgesprek in `calendar_output`, as the calendar names it."""
NEXT_WITH_WHOM = "Anne de Vries"


def _shown_as(key: FieldKey, parent: object) -> str | None:
    """How a field that is no text is shown, in words (None: it is a text, look for itself)."""
    if isinstance(parent, ConversationType) and key == ("ConversationType", "direction"):
        return parent.looks
    if isinstance(parent, ConversationType) and key == ("ConversationType", "mode"):
        return MODE_WORDS[parent.mode]
    if isinstance(parent, SmartLetter) and key == ("SmartLetter", "letter"):
        return f"{parent.letter}, {parent.name}:"
    if isinstance(parent, AroundMeetingTexts) and key == ("AroundMeetingTexts", "calendar_meeting_title"):
        # only a placeholder: the title of the next conversation in the calendar file (`calendar_output`)
        return f"{fill(parent.calendar_meeting_title, gesprek=NEXT_CONVERSATION_TITLE)} ({NEXT_WITH_WHOM})"
    if isinstance(parent, GoalExample) and key == ("GoalExample", "smart"):
        return f"{'Wel SMART' if parent.smart else 'Niet SMART'}: {parent.text}"
    return None


# --------------------------------------------------------------------------- the models


def _is_model(annotation: Any) -> bool:
    """A content model: a pydantic model, or a dataclass of `check_models.py` (validated by pydantic as well)."""
    return isinstance(annotation, type) and (issubclass(annotation, BaseModel) or dataclasses.is_dataclass(annotation))


def _field_types(model: type[Any]) -> dict[str, Any]:
    """The fields of a content model and their types."""
    if issubclass(model, BaseModel):
        return {name: info.annotation for name, info in model.model_fields.items()}
    hints = typing.get_type_hints(model)
    return {item.name: hints[item.name] for item in dataclasses.fields(model)}


def _models_in(annotation: Any) -> Iterator[type[Any]]:
    """The content models inside a type: list[X], X | None, dict[str, X], the Step union."""
    if _is_model(annotation):
        yield annotation
        return
    for arg in typing.get_args(annotation):
        yield from _models_in(arg)


def _owner(model: type[Any], name: str) -> str:
    """The class that declares a field (a field of StepBase is one field for every step kind)."""
    for cls in reversed(model.__mro__):
        if name in cls.__dict__.get("__annotations__", {}):
            return cls.__name__
    return model.__name__


def content_fields() -> dict[FieldKey, type[Any]]:
    """Every field of every model reachable from `Content`: (declaring model, field) → its type."""
    fields: dict[FieldKey, type[Any]] = {}
    todo: list[type[Any]] = [Content]
    seen: set[type[Any]] = set()
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, annotation in _field_types(model).items():
            if (model.__name__, name) in NOT_WALKED:
                continue
            nested = list(_models_in(annotation))
            if nested:  # a group of fields: its own fields are checked
                todo += nested
                continue
            fields[(_owner(model, name), name)] = model
    return fields


@dataclass
class FieldValues:
    """The values of one field in a pack, with the model they belong to."""

    values: list[tuple[object, Any]] = field(default_factory=list)


def field_values(content: Content) -> dict[FieldKey, FieldValues]:
    """Every value of every (non-group) field in the content, by field."""
    found: dict[FieldKey, FieldValues] = {}

    def walk(node: object) -> None:
        if _is_model(type(node)):
            for name, annotation in _field_types(type(node)).items():
                if (type(node).__name__, name) in NOT_WALKED:
                    continue
                value = getattr(node, name)
                if list(_models_in(annotation)):
                    walk(value)
                    continue
                found.setdefault((_owner(type(node), name), name), FieldValues()).values.append((node, value))
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for item in node.values():
                walk(item)

    walk(content)
    return found


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    return []


def flat(text: str) -> str:
    """The text with all white space as single spaces."""
    return " ".join(text.split())


def _parts(text: str) -> list[str]:
    """The parts of a text between its `{placeholders}`: what must be found in the output."""
    return [part.strip() for part in re.split(r"\{[a-z_]+\}", flat(text)) if part.strip(" .,:;'")]


def is_found(text: str, output: str) -> bool:
    """Whether every part of a text between its placeholders is in the (flattened) output."""
    parts = _parts(text)
    return bool(parts) and all(part in output for part in parts)


def fields_not_shown(
    fields: dict[FieldKey, type[Any]], values: list[dict[FieldKey, FieldValues]], output: str
) -> dict[FieldKey, list[str]]:
    """The fields that are neither read by the code nor found in the output: field → values not found."""
    missing: dict[FieldKey, list[str]] = {}
    for key in fields:
        if key in READ_BY_THE_CODE:
            continue
        expected: list[str] = []
        for pack_values in values:
            for parent, value in pack_values.get(key, FieldValues()).values:
                shown_as = _shown_as(key, parent)
                expected += [shown_as] if shown_as is not None else _texts(value)
        if not expected:
            missing[key] = ["(no value in any pack)"]
            continue
        not_found = [text for text in expected if not is_found(text, output)]
        if key in ANY_VALUE and len(not_found) < len(expected):
            continue
        if not_found:
            missing[key] = not_found[:3]
    return missing


# --------------------------------------------------------------------------- what the coach shows


def _plain(content: Content, home: Path, cwd: Path, lines: list[str], today: date = TODAY) -> str:
    out = io.StringIO()
    store = PreparationStore(home)
    code = run_plain(content, store=store, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out, today=today, cwd=cwd)
    assert code == 0, out.getvalue()
    return out.getvalue()


def chooser_answers(content: Content) -> list[list[int]]:
    """Sets of answers (an option per question) that together bring out the reason of every option."""
    questions = content.chooser.questions
    wanted = {
        (q, o) for q, question in enumerate(questions) for o, option in enumerate(question.options) if option.reason
    }
    combos: list[list[int]] = []
    for combo in itertools.product(*(range(len(question.options)) for question in questions)):
        chosen: list[ChooserOption] = [questions[q].options[o] for q, o in enumerate(combo)]
        reasons = advise(content, chosen).reasons
        covers = {(q, o) for q, o in enumerate(combo) if (q, o) in wanted and questions[q].options[o].reason in reasons}
        if covers:
            combos.append(list(combo))
            wanted -= covers
        if not wanted:
            break
    return combos


def plain_output(content: Content, root: Path) -> str:
    """All the plain mode says in a walk through every part, and the sheets it saved."""
    home, sheets = root / "home", root / "bladen"
    sheets.mkdir(parents=True)
    said: list[str] = []
    for conv in content.conversations:
        said.append(
            _plain(content, home, sheets, ["1", conversation_number(content, conv.id), "", "", "", *["hulp", ""] * 300])
        )
    chooser = str(menu_labels(True).index(MENU_CHOOSER) + 1)
    for combo in chooser_answers(content):
        said.append(_plain(content, home, sheets, [chooser, *(str(o + 1) for o in combo), "n", "stop"]))
    after = str(menu_labels(True).index(MENU_AFTER) + 1)
    said.append(_plain(content, home, sheets, [after, "", "j", "hulp", "stop"]))
    said.append(_plain(content, home, sheets, ["stop"], today=TODAY + timedelta(days=30)))  # the report is late
    said += [path.read_text(encoding="utf-8") for path in sorted(sheets.rglob("*.md"))]
    return "\n".join(said)


def letter_output(content: Content) -> str:
    """The reaction letter (sheet/letter.py), with and without the manager's name and the report's date."""
    conversation = content.conversations[0].id
    letters: list[str] = []
    for name, received, count in (("Anne de Vries", date(2027, 6, 17), 1), ("", None, 2)):  # one point, and two
        prep = Preparation.model_validate(
            {
                "id": f"2027-06-10-{conversation}",
                "conversation": conversation,
                "meeting_date": date(2027, 6, 10),
                "with_whom": name,
                "created_at": datetime(2027, 6, 1, 12, tzinfo=UTC),
                "updated_at": datetime(2027, 6, 1, 12, tzinfo=UTC),
                "after": AfterMeetingRecord(
                    report_received=True,
                    report_received_on=received,
                    disagrees=True,
                    disagreements=[
                        Disagreement(point=f"Het punt {n}", why="Daarom", example="Een voorbeeld") for n in range(count)
                    ],
                ),
            }
        )
        letters.append(render_reaction_letter(prep, content, today=date(2027, 6, 19)))
    letters.append(send_soon_message(content))
    return "\n".join(letters)


def progress_output(content: Content) -> str:
    """How far a preparation is, as the step list, the summary and the plain overview say it
    (`session/progress.py`), with every count in one and in many; the legend of the marks (the
    full screen's help, F1); and the checks of the meeting's date (`session/meeting_checks.py`)."""
    said: list[str] = list(legend_lines(content))
    # what the example field asks, as the full screen shows it under every question (plain mode
    # asks it only after an answer)
    said += [example_prompt(q, content) for conv in content.conversations for q in conv.questions if q.ask_example]
    # the tick's label of every checklist, as the full screen shows it (plain mode asks its question)
    said += [
        checklist_labels(step, content).done
        for conv in content.conversations
        for step in conv.steps
        if isinstance(step, ChecklistStep)
    ]
    conv = next(c for c in content.conversations if any(isinstance(s, GoalsStep) for s in c.steps))
    day = date(2027, 6, 10)
    smart_goal = Goal(text="Ik rond voor 1 juli 2027 de cursus Excel af met een 8", acceptabel="ja", realistisch="ja")
    vague_goal = Goal(text="Ik wil beter worden")
    for count in range(3):
        prep = Preparation(
            id="voortgang-test",
            conversation=conv.id,
            meeting_date=day,
            created_at=at(day),
            updated_at=at(day),
        )
        prep.questions_to_ask = [AskedQuestion(text=f"Vraag {n}") for n in range(count)]
        prep.feedback = [FeedbackItem(text=f"Punt {n}") for n in range(count)]
        for goals in ([smart_goal] * count, [vague_goal] * count, [smart_goal, vague_goal][:count]):
            prep.goals = [goal.model_copy() for goal in goals]
            progress = progress_of(conv, prep, content, day)
            said += [item.count_text for item in progress]
            said += progress_note(progress, content)
            said += overview_lines(prep, conv, content, day)
    done = [replace(item, state=StepState.DONE) for item in progress_of(conv, prep, content, day)]
    said += progress_note(done, content)
    for total, left in ((2, 1), (3, 2)):
        for kind in (ChecklistStep, QuestionsStep, PitfallsStep):
            step = next((s for c in content.conversations for s in c.steps if isinstance(s, kind)), None)
            if step is not None:
                item = StepProgress(step, 1, True, "", "", StepState.PARTLY, total - left, total)
                said += progress_note([item], content)
    early = after_too_early(prep, content, day - timedelta(days=1))
    said.append(early or "")
    try:
        check_report_date(prep, content, day - timedelta(days=1))
    except CommandError as error:
        said.append(str(error))
    return "\n".join(said)


SMART_GOALS: tuple[tuple[str, ...], ...] = (
    ("Ik rond voor 1 juli 2027 de cursus Excel af met een 8",),
    (
        "Ik rond voor 1 juli 2027 samen met Piet op kantoor de cursus Excel af met een 8 om beter te plannen via e-learning",
    ),
    ("Ik rond de cursus af binnen 3 maanden na de start van het project",),
    ("Een fijne sfeer op het werk",),
    ("Ik rond de cursus misschien af",),
    ("Ik wil beter worden",),
    ("Ik wil gewoon wat meer en beter samenwerken",),
    ("Ik presenteer elke maand in het teamoverleg",),
    ("Ik presenteer vanaf januari 2027 in het teamoverleg",),
    ("Ik rond de cursus af, zonder vaste deadline",),
    ("Ik rond de cursus af voor 1 januari 2020",),
    ("Ik rond de cursus af voor het volgende gesprek",),
    ("Ik rond de cursus af binnenkort",),
    ("Ik rond voor 1 december 2027 de cursus af", "--volgend-gesprek", "2027-06-01"),
    ("Ik rond de cursus af", "--vandaag", "morgen"),
    ("",),
)
"""Goals (with options) for `gesprekscoach smart` that bring out every text of the SMART check."""

FEEDBACK_SENTENCES = (
    "Jij luistert nooit naar mijn ideeën.",
    "Je bent altijd zo onredelijk.",
    "Je hebt nooit tijd voor mij.",
    "Het overleg is een chaos.",
    "Ik wil dat je vaker laat weten hoe het gaat.",
    "Ik merk dat ik de planning vaak pas op vrijdag krijg, en ik zou die graag op woensdag hebben.",
    "",
)
"""Sentences for `gesprekscoach feedback`: every signal, a proposal, a constructive one, none."""

LOG_ENTRIES = (
    "Ik heb gewoon mijn werk gedaan.",
    "Ik had geluk dat de klant bleef.",
    "Het project opleveren viel wel mee.",
    "Het team heeft de migratie afgerond.",
    "Ik probeer elke week een klant te bellen.",
)
"""Wins for `gesprekscoach log` that sell the writer short in each of the ways the check knows."""


def _cli(args: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        main(args)
    return out.getvalue() + err.getvalue()


def cli_output(pack: str, root: Path) -> str:
    """What `smart`, `feedback` and `log` print, with the pack's content and with only its checks.yaml."""
    checks_only = root / "alleen-controle"
    checks_only.mkdir()
    shutil.copy(content_dir_for(pack) / "checks.yaml", checks_only / "checks.yaml")
    said: list[str] = []
    for folder in (str(content_dir_for(pack)), str(checks_only)):
        for goal, *options in SMART_GOALS:
            said.append(_cli(["--content", folder, "smart", goal, "--vandaag", "2027-01-10", *options]))
        for sentence in FEEDBACK_SENTENCES:
            said.append(_cli(["--content", folder, "feedback", sentence]))
    for entry in LOG_ENTRIES:
        said.append(_cli(["--content", str(content_dir_for(pack)), "logboek", entry, "--vandaag", "2027-01-10"]))
    said.append(_cli(["inhoud", "controleer", str(_with_every_avoided_form(pack, root / "woorden"))]))
    return "\n".join(said)


def _with_every_avoided_form(pack: str, target: Path) -> Path:
    """A copy of the pack whose pitfalls intro uses every form its glossary avoids (`content check` warns)."""
    shutil.copytree(content_dir_for(pack), target, ignore=shutil.ignore_patterns("vlaanderen"))
    glossary = load_content(target, use_cache=False).glossary
    forms = ", ".join(form for term in glossary.terms for form in term.avoid)
    path = target / "pitfalls.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nintro: >-\n", f"\nintro: >-\n  Woorden: {forms}.\n", 1), encoding="utf-8")
    return target


# --------------------------------------------------------------------------- around the meeting


class _MailProgram:
    """Stands in for the user's mail program: opens once, then fails (no real program is started)."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        return len(self.opened) == 1


def _around(content: Content, home: Path, lines: list[str], day: date) -> str:
    """The plain mode on these lines, on this day, in `home` (its files go to home/map)."""
    cwd = home / "map"
    cwd.mkdir(parents=True, exist_ok=True)
    out = io.StringIO()
    code = run_plain(
        content,
        store=PreparationStore(home),
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=out,
        cwd=cwd,
        clock=FakeClock(datetime(day.year, day.month, day.day, 10, tzinfo=TZ)),
        open_url=_MailProgram(),
        rng=random.Random(7),
    )
    assert code == 0, out.getvalue()
    return out.getvalue()


def _menu(content: Content, home: Path, label: str) -> str:
    """The menu's number of a choice, with the preparations in `home`."""
    earlier = PreparationStore(home).list().preparations
    return str(menu_labels(bool(earlier), around_meeting_labels(content, earlier)).index(label) + 1)


def _written(home: Path) -> list[str]:
    """The files the plain mode wrote in home/map: the text ones as they are, the calendar's events in words."""
    said: list[str] = []
    for path in sorted((home / "map").iterdir()):
        if path.suffix == ".ics":
            for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
                said += [str(event["SUMMARY"]), str(event["DESCRIPTION"])]
        else:
            said.append(path.read_text(encoding="utf-8"))
    return said


def _without_manager_questions(pack: str, target: Path) -> Content:
    """A copy of the pack whose planningsgesprek marks no step as the manager's questions."""
    shutil.copytree(content_dir_for(pack), target, ignore=shutil.ignore_patterns("vlaanderen"))
    path = target / "conversations" / "planning.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("asked_by_manager: true", ""), encoding="utf-8")
    content = load_content(target, use_cache=False)
    assert not manager_question_ids(content.conversation("planning"))
    return content


def rehearsal_output(content: Content, pack: str, root: Path) -> str:
    """A round of rehearsing the functioneringsgesprek, and a conversation with nothing to rehearse."""
    texts = around_meeting_texts(content)
    home = root / "oefenen"
    session = new_session(content, home, clock=FakeClock(datetime(2026, 11, 20, 10, tzinfo=TZ)))
    conversation = content.conversation("functionering")
    manager = manager_question_ids(conversation)
    session.apply(SetAnswer(manager[0], "Ik plan mijn week op maandag."))
    session.apply(SetExample(manager[0], "De release in oktober was op tijd."))
    assert session.close().ok and other_questions(session.prep, conversation)
    lines = [_menu(content, home, texts.rehearse_menu), "", "hulp", "1"]  # help, then other question 1 is hard
    lines += ["", "2"] + ["Ik typ mijn antwoord", "1"] * (len(manager) + 1)  # 'nog oefenen' once, then all 'goed'
    said = [_around(content, home, [*lines, "stop"], date(2026, 11, 21))]
    assert "Nog oefenen: 1." in said[0]
    bare = _without_manager_questions(pack, root / "zonder-vragen")
    home = root / "niets-te-oefenen"
    new_session(bare, home, "planning", clock=FakeClock(datetime(2026, 11, 20, 10, tzinfo=TZ))).close()
    said.append(_around(bare, home, [_menu(bare, home, texts.rehearse_menu), "", "", "stop"], date(2026, 11, 21)))
    return "\n".join(said)


def agenda_output(content: Content, root: Path) -> str:
    """The message with a shared and a private point (every choice), and one without points."""
    texts = around_meeting_texts(content)
    said: list[str] = []
    for name, points in (("met-punten", ["Thuiswerken op vrijdag", "GEHEIM-PUNT"]), ("zonder-punten", [])):
        home = root / name
        session = new_session(content, home, clock=FakeClock(datetime(2026, 11, 20, 10, tzinfo=TZ)))
        for point in points:
            session.apply(AddListItem(Area.AGENDA, point))
        if points:
            session.apply(MarkPrivate(Area.AGENDA, len(points) - 1, True))
        assert session.close().ok
        lines = [_menu(content, home, texts.agenda_menu), "", "hulp", "1", "", "1", "", "ander.txt"]
        lines += ["2", "2", "3", "stop"]  # mail: opened, then it fails; then nothing
        said.append(_around(content, home, lines, date(2026, 11, 21)))
    assert "GEHEIM-PUNT" not in said[0]
    return "\n".join(said)


def calendar_output(content: Content, root: Path) -> str:
    """After the planningsgesprek: agreements with a date into a calendar file, with the next conversation."""
    home = root / "agenda"
    store = PreparationStore(home)
    make_planning(store)
    store.save(store.create("functionering", FUNCTIONING_DAY, NEXT_WITH_WHOM, now=at(date(2027, 1, 20))))
    assert content.conversation("functionering").name.capitalize() == NEXT_CONVERSATION_TITLE
    lines = [_menu(content, home, MENU_AFTER), "", ""]  # the planningsgesprek; no advice
    lines += ["Cursus aanvragen", "", "1 feb", "klaar", "", "j", ""]  # an agreement, shared; a calendar file
    lines += ["", "", "n", "n", "stop"]
    said = _around(content, home, lines, date(2027, 1, 22))
    assert [path.suffix for path in (home / "map").iterdir()] == [".ics"]
    return "\n".join([said, *_written(home)])


def wins_log_output(content: Content, root: Path) -> str:
    """The wins log's overview: a bad date, the wrong order, a period by goal, label and neither; an empty one."""
    home = root / "logboek"
    planning = make_planning(PreparationStore(home))
    log = WinsLogStore(home)
    log.add("Eerste presentatie gegeven", now=at(date(2027, 1, 20)), goal=planning.goals[0], goal_source=planning)
    log.add("Demo gegeven", now=at(date(2027, 2, 1)), tags=["klant"])
    log.add("Collega geholpen", now=at(date(2027, 2, 3)))
    log.add("Eigen notitie", now=at(date(2027, 2, 4)), private=True)
    digest = around_meeting_texts(content).digest_word
    lines = [_menu(content, home, MENU_LOG), "hulp", digest, "32-13-2027", "1-3-2027", "1-1-2027", "1-1-2027"]
    lines += ["28-2-2027", "", digest, "1-1-2026", "31-1-2026", "", "klaar", "stop"]
    said = _around(content, home, lines, date(2027, 3, 1))
    assert len(list((home / "map").iterdir())) == 2  # two overviews
    return "\n".join([said, *_written(home)])


def self_assessment_output(content: Content, root: Path) -> str:
    """The quiet note, and the draft self-assessment for a functioneringsgesprek with entries and one without."""
    texts = around_meeting_texts(content)
    home = root / "zelfbeoordeling"
    store = PreparationStore(home)
    planning = make_planning(store)
    log = WinsLogStore(home)
    log.add("Eerste presentatie gegeven", now=at(date(2027, 3, 12)), goal=planning.goals[0], goal_source=planning)
    log.add("Collega geholpen", now=at(date(2027, 3, 13)))
    for day in (FUNCTIONING_DAY, REVIEW_DAY):
        store.save(store.create("functionering", day, "Anne de Vries", now=at(date(2027, 6, 1))))
    offered = self_assessment_preparations(content, store.list().preparations)
    lines: list[str] = []
    for day in (FUNCTIONING_DAY, REVIEW_DAY):
        number = next(index for index, prep in enumerate(offered) if prep.meeting_date == day) + 1
        lines += [_menu(content, home, texts.self_assessment_menu), str(number), ""]
    said = _around(content, home, [*lines, "stop"], date(2027, 6, 2))
    assert len(list((home / "map").iterdir())) == 2  # two drafts
    return "\n".join([said, *_written(home)])


def calendar_cli_output(content_folder: Path, root: Path) -> str:
    """`kalender` for a preparation without an agreement with a date."""
    home = root / "kalender"
    prep = make_planning(PreparationStore(home))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GESPREKSCOACH_HOME", str(home))
        return _cli(["--content", str(content_folder), "kalender", prep.id])


def around_meeting_output(content: Content, pack: str, root: Path) -> str:
    """All the plain mode (and `kalender`) says and writes around the meeting."""
    return "\n".join(
        [
            rehearsal_output(content, pack, root),
            agenda_output(content, root),
            calendar_output(content, root),
            wins_log_output(content, root),
            self_assessment_output(content, root),
            calendar_cli_output(content_dir_for(pack), root),
        ]
    )


def goal_editor_output(content: Content) -> str:
    """What the full screen's SMART check shows for an empty goal and for the A and R answers."""
    results = [check_goal("", today=TODAY, texts=content.checks, guide=content.smart)]
    for answer in ("Ja, mijn leidinggevende wil dit ook", "weet ik niet", "ja", ""):
        results.append(
            check_goal(
                "Ik rond de cursus af",
                today=TODAY,
                texts=content.checks,
                guide=content.smart,
                acceptabel=answer,
                realistisch=answer,
            )
        )
    return "\n".join(
        f"{verdict.reason} {verdict.hint or ''}" for result in results for verdict in result.letters.values()
    )


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Everything the coach shows for both packs, white space flattened."""
    outputs: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GESPREKSCOACH_HOME", str(tmp_path_factory.mktemp("thuis")))
        patch.delenv("GESPREKSCOACH_CONTENT", raising=False)
        for pack in PACKS:
            content = load_content(content_dir_for(pack), use_cache=False)
            root = tmp_path_factory.mktemp(pack)
            outputs += [
                plain_output(content, root),
                letter_output(content),
                cli_output(pack, root),
                goal_editor_output(content),
                around_meeting_output(content, pack, root),
                progress_output(content),
            ]
    return flat("\n".join(outputs))


# --------------------------------------------------------------------------- the tests


def test_every_content_field_is_shown_or_read_by_the_code(shown: str) -> None:
    fields = content_fields()
    assert len(fields) > 100
    values = [field_values(load_content(content_dir_for(pack), use_cache=False)) for pack in PACKS]
    assert fields_not_shown(fields, values, shown) == {}


def test_the_allow_lists_name_real_fields() -> None:
    fields = content_fields()
    assert set(READ_BY_THE_CODE) <= set(fields)
    assert set(ANY_VALUE) <= set(fields)
    assert not set(READ_BY_THE_CODE) & set(ANY_VALUE)


def test_a_field_nothing_shows_is_found() -> None:
    """The check can fail: a text nobody shows, or a field with no value, is reported."""

    class Extra(ContentModel):
        shown: str
        hidden: str
        never: str | None = None

    extra = Extra(shown="Dit staat op het scherm.", hidden="Dit ziet niemand.")
    fields = {("Extra", "shown"): Extra, ("Extra", "hidden"): Extra, ("Extra", "never"): Extra}
    values = {
        ("Extra", "shown"): FieldValues([(extra, extra.shown)]),
        ("Extra", "hidden"): FieldValues([(extra, extra.hidden)]),
    }
    missing = fields_not_shown(fields, [values], "Welkom. Dit staat op het scherm.")
    assert missing == {("Extra", "hidden"): ["Dit ziet niemand."], ("Extra", "never"): ["(no value in any pack)"]}


def test_placeholders_split_a_text_into_parts() -> None:
    assert _parts("Let op: {datum} is al voorbij.") == ["Let op:", "is al voorbij."]
    assert is_found("Beste {naam},", "Beste Anne,")
    assert not is_found("Beste {naam},", "Hallo Anne,")
