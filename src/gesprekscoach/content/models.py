"""Typed models: the coach's content (read from YAML) and a user's preparation.

Content models are strict and frozen: an unknown key is an error, so a typo in
an HR department's YAML never silently disappears. Keys are English, texts are
Dutch. Preparation models are the user's own data and are edited by the UI.

The check texts (checks.yaml) and the parts of smart.yaml and feedback.yaml the checks use
are frozen standard-library dataclasses in `check_models.py`, so the checks on the command
line can build them from the cache without pydantic; they are imported here, and pydantic
validates them as fields of `Content` as strictly as the models of this module.

This module is plain Python (pydantic only); it never imports Textual.
"""

from enum import StrEnum
from typing import Annotated, ClassVar, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

# isort: off
from gesprekscoach.content.check_models import (  # part of these models (see above)
    CHECK_PLACEHOLDERS as CHECK_PLACEHOLDERS,
    AnswerTexts as AnswerTexts,
    CheckTexts as CheckTexts,
    CliTexts as CliTexts,
    FeedbackExample as FeedbackExample,
    FeedbackGuide as FeedbackGuide,
    FeedbackPrinciple as FeedbackPrinciple,
    FeedbackSignalTexts as FeedbackSignalTexts,
    FeedbackTexts as FeedbackTexts,
    GoalExample as GoalExample,
    GuideStep as GuideStep,
    LetterTexts as LetterTexts,
    SignalTexts as SignalTexts,
    SmartGuide as SmartGuide,
    SmartLetter as SmartLetter,
    SmartTexts as SmartTexts,
    SpecificTexts as SpecificTexts,
    TimeTexts as TimeTexts,
    UnderstatementSignalTexts as UnderstatementSignalTexts,
    UnderstatementTexts as UnderstatementTexts,
    WQuestion as WQuestion,
)

# isort: on
from gesprekscoach.content.sheet_content import PitfallIds, by_id, pitfalls_named
from gesprekscoach.content.sheet_labels import SheetLabels
from gesprekscoach.content.source import LOOKS
from gesprekscoach.content.templates import check_placeholders

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""A non-empty Dutch text."""

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=60)]
"""A lowercase identifier: letters, digits, '-' and '_'."""


class ContentModel(BaseModel):
    """Base for all content models: strict (unknown keys are errors) and read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _duplicates(ids: list[str]) -> list[str]:
    seen: set[str] = set()
    dups: list[str] = []
    for item in ids:
        if item in seen and item not in dups:
            dups.append(item)
        seen.add(item)
    return dups


# --------------------------------------------------------------------------- conversations


class Direction(StrEnum):
    """Whether a conversation looks back at the past period, ahead, or both."""

    BACK = "back"
    AHEAD = "ahead"
    BOTH = "both"


class Mode(StrEnum):
    """Two-way talk between equals, or a one-way judgement by the manager."""

    TWO_WAY = "two_way"
    ONE_WAY = "one_way"


class Question(ContentModel):
    """A question: for reflection, one the manager may ask, or one to ask yourself."""

    id: Id
    text: Text
    hint: Text | None = None
    """How to prepare a good answer (shown under the question)."""
    ask_example: bool = True
    """Whether the UI offers a field for a concrete example."""
    example_prompt: Text | None = None
    """What the example field asks. A question that looks ahead asks how and when you will do
    it, not what happened; left out: the prompt for looking back (`progress.example_prompt`, after.yaml)."""


class ChecklistItem(ContentModel):
    """One tip of a checklist, with a short hint on how to do it."""

    id: Id
    text: Text
    hint: Text | None = None


class StepBase(ContentModel):
    """Fields every step has."""

    id: Id
    title: Text
    intro: Text | None = None
    """A few lines shown above the step."""
    help: Text | None = None
    """Extra help, shown with F1."""


class IntroStep(StepBase):
    """What this conversation is, in a few lines. Nothing to fill in."""

    kind: Literal["intro"]
    text: Text


class InfoStep(StepBase):
    """Guidance to read (for example: what to do with the report). Nothing to fill in."""

    kind: Literal["info"]
    points: list[Text] = Field(min_length=1)


class ChecklistStep(StepBase):
    """Tips to tick off, each with an optional note on how you will do it."""

    kind: Literal["checklist"]
    items: list[ChecklistItem] = Field(min_length=1)
    done_label: Text | None = None
    """The label of the tick in the full screen; left out: `progress.tick_label` (after.yaml)."""
    tick_question: Text | None = None
    """The plain mode's question for the tick; left out: 'Heb je dit gedaan?'."""
    note_prompt: Text | None = None
    """What the note of a tip asks; it must fit the tick (left out: 'Hoe heb je het gedaan?')."""

    @model_validator(mode="after")
    def _unique_items(self) -> Self:
        dups = _duplicates([item.id for item in self.items])
        if dups:
            raise ValueError(f"dubbele id in items: {', '.join(dups)}")
        return self


CarryOverKind = Literal["afspraak", "doel", "belofte", "bezwaar"]
"""What a carried-over item is: an agreement, a goal, a promise of the manager, or a point of
the last report the user disagreed with."""

CARRY_OVER_KINDS: tuple[str, ...] = ("doel", "afspraak", "belofte", "bezwaar")
"""All carry-over kinds, in the order the coach shows them."""


class QuestionsStep(StepBase):
    """Questions to answer, each with its hint; names questions by id."""

    kind: Literal["questions"]
    questions: list[Id] = Field(min_length=1)
    carry_over: list[CarryOverKind] = Field(default_factory=list)
    """Which items from earlier conversations this step shows, to mark done or dropped
    (for example the goals of the last planningsgesprek, to mark behaald, deels or niet)."""
    offer_wins: bool = False
    """Offer the wins log entries since the previous conversation, to pick as examples."""
    asked_by_manager: bool = False
    """These are questions the manager may ask (not the user's own reflection): they come back
    when the user rehearses the conversation ('Oefenen')."""

    @model_validator(mode="after")
    def _unique_carry_over(self) -> Self:
        dups = _duplicates(list(self.carry_over))
        if dups:
            raise ValueError(f"dubbele soort in carry_over: {', '.join(dups)}")
        return self


class AskStep(StepBase):
    """Questions the user wants to ask: pick from suggestions (by id) or add your own."""

    kind: Literal["ask"]
    suggestions: list[Id] = Field(default_factory=list)


class GoalsStep(StepBase):
    """The SMART goal builder."""

    kind: Literal["goals"]


class FeedbackStep(StepBase):
    """Feedback the user wants to give their manager."""

    kind: Literal["feedback"]


class PitfallsStep(StepBase):
    """Pitfalls to read and tick; names pitfalls from pitfalls.yaml (empty: all)."""

    kind: Literal["pitfalls"]
    pitfalls: list[Id] = Field(default_factory=list)


class AgendaStep(StepBase):
    """The points the user wants to raise, in order."""

    kind: Literal["agenda"]


class SummaryStep(StepBase):
    """An overview of the preparation, and saving the sheet."""

    kind: Literal["summary"]


Step = Annotated[
    IntroStep
    | InfoStep
    | ChecklistStep
    | QuestionsStep
    | AskStep
    | GoalsStep
    | FeedbackStep
    | PitfallsStep
    | AgendaStep
    | SummaryStep,
    Field(discriminator="kind"),
]
"""Any step of a conversation, told apart by its `kind`."""

STEP_KINDS: tuple[str, ...] = (
    "intro",
    "info",
    "checklist",
    "questions",
    "ask",
    "goals",
    "feedback",
    "pitfalls",
    "agenda",
    "summary",
)


class ConversationType(ContentModel):
    """One kind of conversation (planningsgesprek, functioneringsgesprek, …) and its steps."""

    id: Id
    name: Text
    """The name the user knows, e.g. 'functioneringsgesprek'."""
    also_known_as: list[Text] = Field(default_factory=list)
    order: int = 0
    """Position on the home screen (low first)."""
    summary: Text
    """One line on what this conversation is."""
    purpose: Text
    direction: Direction
    mode: Mode
    timing: Text
    """When it usually happens."""
    leads_to: list[Text] = Field(default_factory=list)
    """What it may lead to: training, salary, an action plan, …"""
    agreements: Text | None = None
    """Who records the agreements, where and when."""
    facts: list[Text] = Field(default_factory=list)
    """Other things worth knowing about this conversation."""
    next: Id | None = None
    """The conversation that usually follows in the cycle."""
    sets_goals: bool = False
    """Its goals are the goals of the coming period (planningsgesprek, POP): the next
    conversations look back on them."""
    self_assessment: bool = False
    """The coach offers a draft self-assessment from the wins log for it (functionerings- and
    beoordelingsgesprek)."""
    questions: list[Question] = Field(default_factory=list)
    steps: list[Step] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_ids(self) -> Self:
        problems: list[str] = []
        dups = _duplicates([s.id for s in self.steps])
        if dups:
            problems.append(f"dubbele stap-id: {', '.join(dups)}")
        dups = _duplicates([q.id for q in self.questions])
        if dups:
            problems.append(f"dubbele vraag-id: {', '.join(dups)}")
        item_ids = [item.id for s in self.steps if isinstance(s, ChecklistStep) for item in s.items]
        dups = _duplicates(item_ids)
        if dups:
            problems.append(f"dubbele id in de tips (over alle stappen): {', '.join(dups)}")
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError when there is none)."""
        return by_id(self.questions, question_id)

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError when there is none)."""
        return by_id(self.steps, step_id)

    @property
    def looks(self) -> str:
        """Dutch words for the direction: 'kijkt terug', 'kijkt vooruit', 'kijkt terug en vooruit' (`source.LOOKS`)."""
        return LOOKS[self.direction.value]


# --------------------------------------------------------------------------- shared content


class Pitfall(ContentModel):
    """A common pitfall and how to avoid it."""

    id: Id
    title: Text
    what: Text
    avoid: list[Text] = Field(min_length=1)


class PitfallList(ContentModel):
    """pitfalls.yaml."""

    intro: Text | None = None
    pitfalls: list[Pitfall] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Self:
        dups = _duplicates([p.id for p in self.pitfalls])
        if dups:
            raise ValueError(f"dubbele id: {', '.join(dups)}")
        return self


# --------------------------------------------------------------------------- texts with {placeholders}


class _PlaceholderTexts(ContentModel):
    """A group of texts whose `{placeholders}` the code fills in; checks every text of the group."""

    allowed: ClassVar[frozenset[str]] = frozenset()
    """The placeholders the texts of this group may use."""
    required: ClassVar[dict[str, frozenset[str]]] = {}
    """Field name → placeholders that text must contain."""

    @model_validator(mode="after")
    def _check_placeholders(self) -> Self:
        for name, value in self:
            if isinstance(value, str):
                check_placeholders(name, value, self.allowed, self.required.get(name, frozenset()))
        return self


class AfterAdvice(ContentModel):
    """One piece of advice for after the meeting."""

    id: Id
    title: Text
    text: Text


LETTER_PLACEHOLDERS: frozenset[str] = frozenset({"gesprek", "datum", "naam", "ontvangen", "dagen"})
"""Every placeholder a text of after.yaml may use; the code fills in the ones that fit."""


class _PhraseGroup(_PlaceholderTexts):
    """A group of after.yaml texts; every `{placeholder}` must be one the letter code fills in."""

    allowed: ClassVar[frozenset[str]] = LETTER_PLACEHOLDERS


class ReactionLetterTexts(_PhraseGroup):
    """The phrases of the written reaction to a report: calm, short and factual."""

    subject: Text
    """The subject line ({gesprek}, {datum})."""
    greeting: Text
    """The greeting to the manager by name ({naam})."""
    greeting_no_name: Text
    """The greeting when the manager's name is not known."""
    opening: Text
    """The first lines: which conversation, and that the report came in ({gesprek}, {datum}, {ontvangen})."""
    opening_no_report_date: Text
    """The first lines when the date the report came in is not known ({gesprek}, {datum})."""
    points_intro: Text
    """The line before the points the user sees differently (two or more)."""
    point_intro: Text
    """The line before the point, when the user sees one point differently."""
    point_label: Text
    """Label before what the report says."""
    why_label: Text
    """Label before why the user sees it differently."""
    example_label: Text
    """Label before the concrete example."""
    closing: Text
    """The request to add the reaction to the report, and the offer to talk about it."""
    sign_off: Text
    """The closing words above the name, e.g. 'Met vriendelijke groet,'."""
    send_soon: Text
    """What the coach tells the user once the letter is saved ({dagen})."""

    required: ClassVar[dict[str, frozenset[str]]] = {
        "subject": frozenset({"gesprek", "datum"}),
        "greeting": frozenset({"naam"}),
        "opening": frozenset({"ontvangen"}),
    }


AROUND_MEETING_PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "gesprek",
        "datum",
        "naam",
        "punten",
        "wat",
        "wie",
        "wanneer",
        "aantal",
        "nummer",
        "weken",
        "van",
        "tot",
        "doel",
        "label",
        "bestand",
        "goed",
        "oefenen",
        "tijd",
    }
)
"""Every placeholder a text of `around_meeting` (after.yaml) may use; the code fills in the ones that fit."""


class AroundMeetingTexts(_PlaceholderTexts):
    """The texts for before and after the meeting: rehearsing, the agenda message, the calendar
    file, the wins log note, its overview and the draft self-assessment."""

    allowed: ClassVar[frozenset[str]] = AROUND_MEETING_PLACEHOLDERS

    rehearse_menu: Text
    rehearse_intro: Text
    rehearse_choose_hard: Text
    """Asks which other questions the user finds hard (numbers, or Enter for none)."""
    rehearse_none: Text
    """When there is nothing to rehearse in this conversation."""
    rehearse_question: Text
    """The heading of one question ({nummer}, {aantal})."""
    rehearse_say_it: Text
    """Asks the user to answer aloud or type, then press Enter."""
    rehearse_your_answer: Text
    rehearse_no_answer: Text
    rehearse_example: Text
    rehearse_mark: Text
    """Asks: went well (j) or practise again (n)."""
    rehearse_again_later: Text
    rehearse_done: Text
    """The end of a round ({goed}, {oefenen})."""
    agenda_menu: Text
    agenda_subject: Text
    """The subject line ({gesprek}, {datum})."""
    agenda_greeting: Text
    """({naam})"""
    agenda_greeting_no_name: Text
    agenda_opening: Text
    """({gesprek}, {datum})"""
    agenda_date_time: Text | None = None
    """The day and the time of the meeting in the message ({datum}, {tijd}); None: only the day."""
    agenda_no_points: Text
    agenda_closing: Text
    agenda_sign_off: Text
    agenda_saved: Text
    """({bestand})"""
    agenda_mail_opened: Text
    agenda_mail_failed: Text
    calendar_agreement_title: Text
    """The title of an agreement in the calendar ({wat}, {wie})."""
    calendar_agreement_description: Text
    """({gesprek}, {datum}, {wanneer})"""
    calendar_meeting_title: Text
    """The title of the next conversation ({gesprek})."""
    calendar_meeting_description: Text
    calendar_offer: Text
    calendar_saved: Text
    """({bestand}, {aantal})"""
    calendar_nothing: Text
    wins_quiet: Text
    """The gentle note when nothing was logged for a while ({weken})."""
    digest_title: Text
    """({van}, {tot})"""
    digest_goals: Text
    digest_goal: Text
    """({doel})"""
    digest_tags: Text
    digest_tag: Text
    """({label})"""
    digest_other: Text
    digest_empty: Text
    digest_saved: Text
    """({bestand}, {aantal})"""
    self_assessment_menu: Text
    self_assessment_title: Text
    """({gesprek}, {datum})"""
    self_assessment_intro: Text
    self_assessment_goal: Text
    """({doel})"""
    self_assessment_goal_empty: Text
    self_assessment_other: Text
    self_assessment_none: Text
    self_assessment_saved: Text
    """({bestand})"""
    file_question: Text
    file_exists: Text
    """({bestand})"""
    private_mark: Text
    rehearse_choose: Text
    """Plain mode: which preparation to rehearse."""
    rehearse_other_questions: Text
    """Plain mode: the heading of the other questions, to mark as hard."""
    rehearse_good: Text
    """Plain mode: the choice 'ging goed'."""
    rehearse_again: Text
    """Plain mode: the choice 'nog oefenen'."""
    rehearse_help: Text
    agenda_choose: Text
    """Plain mode: for which preparation the message is."""
    agenda_what_now: Text
    agenda_choice_save: Text
    agenda_choice_mail: Text
    agenda_choice_nothing: Text
    agenda_help: Text
    digest_word: Text
    """The word that asks for the overview in the plain mode's wins log."""
    digest_offer: Text
    """Plain mode: how to ask for the overview ({label}: the word)."""
    digest_from: Text
    """Plain mode: the first day ({datum}: what Enter gives)."""
    digest_to: Text
    """Plain mode: the last day ({datum}: what Enter gives)."""
    digest_wrong_order: Text
    self_assessment_choose: Text
    """Plain mode: for which preparation the draft is."""

    required: ClassVar[dict[str, frozenset[str]]] = {
        "calendar_agreement_title": frozenset({"wat", "wie"}),
        "wins_quiet": frozenset({"weken"}),
        "digest_goal": frozenset({"doel"}),
        "digest_tag": frozenset({"label"}),
        "self_assessment_goal": frozenset({"doel"}),
        "digest_offer": frozenset({"label"}),
    }


PROGRESS_PLACEHOLDERS: frozenset[str] = frozenset({"aantal", "klaar", "totaal", "stappen", "datum"})
"""Every placeholder a text of `progress` (after.yaml) may use."""


class ProgressTexts(_PlaceholderTexts):
    """How far a preparation really is (the step list, the summary, plain mode's overview), the
    legend of the marks, and the checks of the obvious around the meeting's date."""

    allowed: ClassVar[frozenset[str]] = PROGRESS_PLACEHOLDERS

    tips: Text
    """A checklist step ({klaar}, {totaal})."""
    questions: Text
    """A questions step ({klaar}, {totaal})."""
    pitfalls: Text
    """A pitfalls step ({klaar}, {totaal})."""
    goals_none: Text
    goals_one_smart: Text
    goals_all_smart: Text
    """({aantal})"""
    goals_one_not_smart: Text
    goals_some_not_smart: Text
    """({totaal}: the goals, {aantal}: those not SMART yet)."""
    ask_none: Text
    ask_one: Text
    ask_many: Text
    """({aantal})"""
    points_none: Text
    points_one: Text
    points_many: Text
    """({aantal})"""
    summary_ready: Text
    """When every step that asks something is done and every goal is SMART."""
    summary_not_ready: Text
    """The first line when something is still open."""
    summary_tips_one: Text
    summary_tips_many: Text
    """({aantal}) tips not ticked yet."""
    summary_questions_one: Text
    summary_questions_many: Text
    """({aantal}) questions without an answer."""
    summary_pitfalls_one: Text
    summary_pitfalls_many: Text
    """({aantal}) pitfalls not read yet."""
    summary_goals_one: Text
    summary_goals_many: Text
    """({aantal}) goals that are not SMART yet."""
    summary_empty: Text
    """The steps with nothing in them yet ({stappen}: their titles)."""
    summary_allowed: Text
    """That leaving things open is allowed."""
    legend_title: Text
    legend_done: Text
    legend_partly: Text
    legend_check: Text
    legend_open: Text
    legend_read: Text
    after_too_early: Text
    """Opening 'na het gesprek' before the meeting's day ({datum})."""
    report_before_meeting: Text
    """The error for a report date before the meeting ({datum}: the meeting's day)."""
    tick_label: Text
    """The tick of a checklist item in the full screen, unless the step sets its own ('Gedaan')."""
    tick_question: Text
    """The same tick as a question in plain mode, unless the step sets its own."""
    note_prompt: Text
    """What the note of a checklist item asks, unless the step sets its own."""
    example_prompt: Text
    """What an answer's example field asks, unless the question sets its own (looking back)."""

    required: ClassVar[dict[str, frozenset[str]]] = {
        "tips": frozenset({"klaar", "totaal"}),
        "questions": frozenset({"klaar", "totaal"}),
        "pitfalls": frozenset({"klaar", "totaal"}),
        "goals_all_smart": frozenset({"aantal"}),
        "goals_some_not_smart": frozenset({"aantal", "totaal"}),
        "summary_empty": frozenset({"stappen"}),
        "after_too_early": frozenset({"datum"}),
        "report_before_meeting": frozenset({"datum"}),
    }


class AfterMeeting(ContentModel):
    """after.yaml: what to do after the meeting (report, written reaction, agreements)."""

    intro: Text
    advice: list[AfterAdvice] = Field(min_length=1)
    report_reminder_days: int = Field(default=7, ge=1, le=60)
    """Remind the user to ask for the report when none came in this many days."""
    report_reminder: Text | None = None
    """The reminder on the home screen while no report came ({gesprek}, {datum}, {dagen});
    when left out, the shipped text is used."""
    reaction_letter: ReactionLetterTexts | None = None
    """The phrases of the written reaction to a report; when left out, the shipped ones are used."""
    around_meeting: AroundMeetingTexts | None = None
    """Rehearsing, the agenda message, the calendar file and the wins log overviews; when left
    out, the shipped texts are used."""
    progress: ProgressTexts | None = None
    """How far a preparation is, the legend of the marks and the date checks; when left out,
    the shipped texts are used."""

    @model_validator(mode="after")
    def _reminder_placeholders(self) -> Self:
        if self.report_reminder is not None:
            check_placeholders("report_reminder", self.report_reminder, LETTER_PLACEHOLDERS)
        return self


class ChooserOption(ContentModel):
    """An answer to a chooser question, pointing to conversation types."""

    label: Text
    points: dict[Id, int] = Field(default_factory=dict)
    """Conversation id → weight this answer gives it."""
    reason: Text | None = None
    """Why this answer points where it points (shown with the advice)."""


class ChooserQuestion(ContentModel):
    """A question of the 'Welk gesprek heb ik?' helper."""

    id: Id
    text: Text
    options: list[ChooserOption] = Field(min_length=2)


class Chooser(ContentModel):
    """chooser.yaml: the 'Welk gesprek heb ik?' helper."""

    intro: Text
    questions: list[ChooserQuestion] = Field(min_length=1)


# --------------------------------------------------------------------------- glossary (glossary.yaml)


class GlossaryTerm(ContentModel):
    """One concept of the coach: the word its texts use, the forms they avoid, and what it means."""

    word: Text
    """The word the texts use, e.g. 'afdrukken'."""
    avoid: list[Text] = Field(min_length=1)
    """Forms no text may use for this concept, e.g. 'printen', 'uitprinten'."""
    meaning: Text
    """What the word means, in B1 Dutch (for the people who write the texts)."""


class Glossary(ContentModel):
    """glossary.yaml: one word per concept, and the forms the texts of the pack avoid."""

    terms: list[GlossaryTerm] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_word_per_concept(self) -> Self:
        words = [term.word.casefold() for term in self.terms]
        dups = _duplicates(words)
        if dups:
            raise ValueError(f"dubbel woord: {', '.join(dups)}")
        avoided = [form.casefold() for term in self.terms for form in term.avoid]
        dups = _duplicates(avoided)
        if dups:
            raise ValueError(f"dubbele vorm in avoid: {', '.join(dups)}")
        clashes = sorted(set(words) & set(avoided))
        if clashes:
            raise ValueError(f"een woord staat ook bij avoid: {', '.join(clashes)}")
        return self


class Content(BaseModel):
    """All content of the coach, loaded and checked."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    conversations: list[ConversationType]
    smart: SmartGuide
    pitfalls: PitfallList
    feedback: FeedbackGuide
    after: AfterMeeting
    chooser: Chooser
    checks: CheckTexts
    """The Dutch texts of the SMART and feedback checks (checks.yaml)."""
    glossary: Glossary
    """The words the texts use and the forms they avoid (glossary.yaml)."""
    sheet_labels: SheetLabels
    """The Dutch words of the sheet, the summary and the letter (sheet/labels.yaml, else the shipped one)."""

    def conversation(self, conversation_id: str) -> ConversationType:
        """The conversation type with this id (KeyError when there is none)."""
        return by_id(self.conversations, conversation_id)

    def pitfall(self, pitfall_id: str) -> Pitfall:
        """The pitfall with this id (KeyError when there is none)."""
        return by_id(self.pitfalls.pitfalls, pitfall_id)

    def pitfalls_for(self, step: PitfallIds) -> list[Pitfall]:
        """The pitfalls a pitfalls step shows: the ones it names, or all."""
        return pitfalls_named(step, self.pitfalls.pitfalls)
