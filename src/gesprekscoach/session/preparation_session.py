"""`PreparationSession`: the one place that changes a preparation, and answers questions about it.

A front end (the full screen or the plain mode) opens a session (see `opening.py`), reads
`session.prep` to show it, and sends every edit as a command (`commands.py`) to `apply`,
which returns a `Change`. The session keeps track of unsaved edits with a `SavePolicy`:
the full screen calls `save_if_due()` from a timer, the plain mode `save_now()` after every
command that changed something, and both `close()` at the end. A save that fails keeps
everything in memory and gives the store's Dutch message.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from gesprekscoach.checks.feedback import FeedbackResult, check_feedback
from gesprekscoach.checks.goal_verdict import check_goal_fields
from gesprekscoach.checks.smart import SmartResult
from gesprekscoach.content.models import (
    AskStep,
    Content,
    ConversationType,
    Pitfall,
    PitfallsStep,
    Question,
    QuestionsStep,
    Step,
)
from gesprekscoach.session.carry_over import apply_carry_over_edit
from gesprekscoach.session.clock import Clock, SystemClock
from gesprekscoach.session.commands import (
    NO_CHANGE,
    AddAgreement,
    AddDisagreement,
    AddGoal,
    AddListItem,
    Area,
    Change,
    ChooseSuggestion,
    Command,
    EditAgreement,
    EditDisagreement,
    EditListItem,
    MarkPrivate,
    MoveListItem,
    RecordReactionLetter,
    RecordSheetSaved,
    RemoveAgreement,
    RemoveDisagreement,
    RemoveGoal,
    RemoveListItem,
    SetAgreementDone,
    SetAnswer,
    SetCarryOverNote,
    SetCarryOverResult,
    SetCarryOverStatus,
    SetChosenSuggestions,
    SetDisagrees,
    SetExample,
    SetGoalField,
    SetGoalSteps,
    SetHowItWent,
    SetPitfallRead,
    SetReportDate,
    SetReportReceived,
    SetSignedBy,
    SetTipDone,
    SetTipNote,
    SetWithWhom,
    changed,
)
from gesprekscoach.session.cycle import carry_over_for_step, conversation_name, refresh_carry_over
from gesprekscoach.session.edit_after import apply_after_edit
from gesprekscoach.session.edit_context import EditContext
from gesprekscoach.session.edit_details import apply_details
from gesprekscoach.session.edit_goals import apply_goal_edit, find_goal
from gesprekscoach.session.edit_lists import apply_list_edit
from gesprekscoach.session.edit_private import apply_private_mark
from gesprekscoach.session.edit_steps import apply_step_edit
from gesprekscoach.session.progress import (
    StepProgress,
    overview_lines,
    pitfalls_of,
    progress_of,
    step_count_text,
    step_has_answers,
    step_marker,
)
from gesprekscoach.session.questions_to_ask import chosen_suggestion_ids, own_questions, suggestions_of
from gesprekscoach.session.saving import SavePolicy, SaveStatus
from gesprekscoach.sheet.build import PreviousMeeting, SheetContext, build_sheet
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.letter import (
    LetterDocument,
    LetterFormat,
    build_letter,
    letter_filename,
    letter_folder,
    render_letter_text,
)
from gesprekscoach.sheet.markdown import render_markdown, sheet_filename, write_sheet
from gesprekscoach.sheet.summary import SummaryDocument, build_summary, render_summary_text, summary_filename
from gesprekscoach.store.models import AskedQuestion, CarryOverItem, Preparation
from gesprekscoach.store.preparations import PreparationStore, StoreError
from gesprekscoach.store.settings import (
    SettingsError,
    UserSettings,
    documents_folder,
    load_settings,
    load_settings_or_default,
    save_settings,
)

SheetFormat = Literal["pdf", "md"]
"""How a sheet is saved: a PDF to print (with the private page), or Markdown to read and keep."""


@dataclass(frozen=True)
class SaveOutcome:
    """How a save went: `ok`, or the Dutch message of why not (the data is still in memory)."""

    ok: bool
    message: str = ""


class PreparationSession:
    """One preparation being worked on: the only code that changes it (see the module docstring).

    Read `prep` to show it; never change it directly.
    """

    def __init__(
        self,
        prep: Preparation,
        content: Content,
        store: PreparationStore,
        *,
        clock: Clock | None = None,
        policy: SavePolicy | None = None,
    ) -> None:
        self._prep = prep
        self.content = content
        self.store = store
        self.clock: Clock = clock if clock is not None else SystemClock()
        self.policy = policy if policy is not None else SavePolicy()
        try:
            conversation: ConversationType | None = content.conversation(prep.conversation)
        except KeyError:
            conversation = None
        self.conversation = conversation
        """The preparation's conversation type; None when the content does not have it."""
        self._context = EditContext(prep, content, conversation, self.clock)

    # ----------------------------------------------------------------- editing

    @property
    def prep(self) -> Preparation:
        """The preparation, to read (change it only through `apply`)."""
        return self._prep

    def apply(self, command: Command) -> Change:
        """Apply one edit; returns what changed (falsy: nothing, and nothing to save).

        Raises CommandError (a Dutch message) when the command names an item that is not
        there; then nothing changed.
        """
        change = self._dispatch(command)
        if change:
            self.policy.note_edit(self.clock.monotonic())
        return change

    def _dispatch(self, command: Command) -> Change:
        context = self._context
        match command:
            case SetWithWhom() | RecordSheetSaved():
                return apply_details(context, command)
            case SetTipDone() | SetTipNote() | SetAnswer() | SetExample() | SetPitfallRead():
                return apply_step_edit(context, command)
            case (
                ChooseSuggestion()
                | SetChosenSuggestions()
                | AddListItem()
                | EditListItem()
                | RemoveListItem()
                | MoveListItem()
            ):
                return apply_list_edit(context, command)
            case AddGoal() | RemoveGoal() | SetGoalField() | SetGoalSteps():
                return apply_goal_edit(context, command)
            case MarkPrivate():
                return apply_private_mark(context, command)
            case SetCarryOverStatus() | SetCarryOverResult() | SetCarryOverNote():
                return apply_carry_over_edit(context, command)
            case (
                SetHowItWent()
                | SetReportReceived()
                | SetReportDate()
                | SetDisagrees()
                | AddAgreement()
                | EditAgreement()
                | SetAgreementDone()
                | RemoveAgreement()
                | AddDisagreement()
                | EditDisagreement()
                | RemoveDisagreement()
                | SetSignedBy()
                | RecordReactionLetter()
            ):
                return apply_after_edit(context, command)
        raise TypeError(f"not a command: {command!r}")

    def refresh_carry_over(self, preparations: Sequence[Preparation]) -> Change:
        """Bring what this conversation starts from up to date with the earlier `preparations`.

        Not an edit of the user: the opening of a preparation does it (see `opening.py`).
        """
        if not refresh_carry_over(self._prep, preparations, self.content):
            return NO_CHANGE
        self.policy.note_edit(self.clock.monotonic())
        return changed(Area.CARRY_OVER)

    # ----------------------------------------------------------------- saving

    @property
    def dirty(self) -> bool:
        """True while some edits are not saved."""
        return self.policy.dirty

    @property
    def save_status(self) -> SaveStatus:
        """Saved, waiting to save, or failed."""
        return self.policy.status

    @property
    def save_error(self) -> str | None:
        """The Dutch message of the last failed save (None once a save worked)."""
        return self.policy.error

    def save_due_at(self) -> float | None:
        """When (on `clock.monotonic()`) the unsaved edits are due; None: nothing to wait for."""
        return self.policy.due_at()

    def save_now(self) -> SaveOutcome:
        """Save the preparation now (stamped with the clock's time)."""
        try:
            self.store.save(self._prep, now=self.clock.now())
        except StoreError as error:
            self.policy.failed(str(error))
            return SaveOutcome(False, str(error))
        self.policy.saved(self.clock.monotonic())
        return SaveOutcome(True)

    def save_if_due(self, now: float | None = None) -> SaveOutcome | None:
        """Save when the saving policy says it is time (`now` defaults to the clock); None: not yet."""
        moment = now if now is not None else self.clock.monotonic()
        if not self.policy.is_due(moment):
            return None
        return self.save_now()

    def close(self) -> SaveOutcome:
        """The final save, when something is not saved yet."""
        if not self.dirty:
            return SaveOutcome(True)
        return self.save_now()

    # ----------------------------------------------------------------- questions about the preparation

    @property
    def today(self) -> date:
        """The clock's date."""
        return self.clock.today()

    @property
    def conversation_name(self) -> str:
        """'functioneringsgesprek', or the id of a conversation type the content lacks."""
        return conversation_name(self._prep, self.content)

    def progress(self) -> list[StepProgress]:
        """The progress of every step, in order (empty when the conversation type is unknown)."""
        if self.conversation is None:
            return []
        return progress_of(self.conversation, self._prep, self.content)

    def step_progress(self, step: Step) -> StepProgress:
        """The progress of one step of the conversation."""
        steps = self.conversation.steps if self.conversation is not None else []
        number = next((index for index, known in enumerate(steps, start=1) if known is step), 0)
        prep, content = self._prep, self.content
        return StepProgress(
            step,
            number,
            step_has_answers(step, prep, content),
            step_marker(step, prep, content),
            step_count_text(step, prep, content),
        )

    def overview_lines(self) -> list[str]:
        """A short overview of the preparation, as plain lines."""
        return overview_lines(self._prep, self._context.require_conversation(), self.content)

    def questions(self, step: QuestionsStep) -> list[Question]:
        """The questions of a questions step that the conversation has, in order."""
        conversation = self._context.require_conversation()
        found: list[Question] = []
        for question_id in step.questions:
            try:
                found.append(conversation.question(question_id))
            except KeyError:
                continue
        return found

    def suggestions(self, step: AskStep) -> list[Question]:
        """The suggested questions of an ask step, in order."""
        return suggestions_of(step, self._context.require_conversation())

    def chosen_suggestions(self) -> set[str]:
        """The ids of the suggested questions chosen."""
        return chosen_suggestion_ids(self._prep.questions_to_ask)

    def own_questions(self) -> list[AskedQuestion]:
        """Your own questions to ask, in order."""
        return own_questions(self._prep.questions_to_ask)

    def pitfalls(self, step: PitfallsStep) -> list[Pitfall]:
        """The pitfalls a pitfalls step shows."""
        return pitfalls_of(step, self.content)

    def carry_over_for_step(self, step: QuestionsStep) -> list[CarryOverItem]:
        """The carried-over items a questions step shows."""
        return carry_over_for_step(self._prep, self._context.require_conversation(), step)

    def goal_verdict(self, goal_id: str) -> SmartResult:
        """The SMART check of a goal: its sentence and its fields per letter (as the sheet shows it)."""
        goal = find_goal(self._prep, goal_id)
        return check_goal_fields(goal, today=self.today, texts=self.content.checks, guide=self.content.smart)

    def check_feedback(self, text: str) -> FeedbackResult:
        """The feedback check of a text: constructive or not, the signals, a better way to say it."""
        return check_feedback(text, template=self.content.feedback.ik_template, texts=self.content.checks)

    # ----------------------------------------------------------------- the sheet and the letter

    def settings(self) -> UserSettings:
        """The user's settings (name, function, place, documents folder); the defaults when there are none."""
        return load_settings_or_default(self.store.home)

    def should_ask_who_i_am(self) -> bool:
        """True until the user was asked once for their name and function (for the sheet's header)."""
        try:
            return not load_settings(self.store.home).asked
        except SettingsError:
            return False  # a damaged file: do not ask (and do not overwrite it)

    def remember_who_i_am(self, name: str, function: str) -> SaveOutcome:
        """Keep the user's name and function (either may be empty) and that they were asked."""
        try:
            settings = load_settings(self.store.home)
        except SettingsError as error:
            return SaveOutcome(False, str(error))
        changed_settings = settings.model_copy(
            update={"name": " ".join(name.split()), "function": " ".join(function.split()), "asked": True}
        )
        try:
            save_settings(changed_settings, self.store.home)
        except SettingsError as error:
            return SaveOutcome(False, str(error))
        return SaveOutcome(True)

    def documents_folder(self) -> Path:
        """Where sheets and letters are proposed: the documents folder (see `store.settings`)."""
        return documents_folder(self.settings())

    def sheet_context(self) -> SheetContext:
        """What the sheet shows besides the preparation: the user, the conversations before and after.

        The previous conversation is the latest preparation with an earlier meeting; the next one
        the first with a later meeting. When the other preparations cannot be read, the sheet
        simply leaves them out.
        """
        settings = self.settings()
        previous: PreviousMeeting | None = None
        following: PreviousMeeting | None = None
        try:
            others = [p for p in self.store.list().preparations if p.id != self._prep.id]
        except (StoreError, OSError):
            others = []
        day = self._prep.meeting_date
        earlier = [p for p in others if p.meeting_date < day]
        later = [p for p in others if p.meeting_date > day]
        if earlier:
            last = max(earlier, key=lambda p: (p.meeting_date, p.created_at.timestamp()))
            previous = PreviousMeeting(conversation_name(last, self.content), last.meeting_date)
        if later:
            first = min(later, key=lambda p: (p.meeting_date, p.created_at.timestamp()))
            following = PreviousMeeting(conversation_name(first, self.content), first.meeting_date)
        return SheetContext(settings.name, settings.function, previous, following)

    def sheet_document(self, *, full: bool = False) -> SheetDocument:
        """The sheet as one document; `full` puts what is marked 'alleen voor mij' on its private page."""
        return build_sheet(self._prep, self.content, today=self.today, full=full, context=self.sheet_context())

    def sheet_text(self, *, full: bool = False) -> str:
        """The sheet (Markdown); `full` includes what is marked 'alleen voor mij' (in its own section)."""
        return render_markdown(self.sheet_document(full=full))

    def proposed_sheet_path(self, folder: Path | None = None, fmt: SheetFormat = "md") -> Path:
        """Where to propose saving the sheet: where it was saved last time, else in `folder`.

        `folder` defaults to the documents folder; the file name ends in '.md' or '.pdf'.
        """
        suffix = f".{fmt}"
        if self._prep.sheet_path:
            return Path(self._prep.sheet_path).with_suffix(suffix)
        chosen = folder if folder is not None else self.documents_folder()
        return chosen / Path(sheet_filename(self._prep, self.content)).with_suffix(suffix)

    def write_sheet(
        self,
        path: Path,
        *,
        overwrite: bool = False,
        full: bool | None = None,
        document: SheetDocument | None = None,
        fmt: SheetFormat = "md",
    ) -> tuple[Path, Change]:
        """Write the sheet to `path` as Markdown or PDF, and remember where.

        `full` (default: True for a PDF, False for Markdown) puts what is marked 'alleen voor mij'
        on the private page; a full Markdown file is never remembered as the sheet (it is not the
        one to share), a PDF is (its shared pages hold nothing private). `document` is the sheet
        already built (so both formats are one build). Raises SheetExistsError (the file is there,
        `overwrite` False), SheetError or PrintError (Dutch).
        """
        with_private = full if full is not None else fmt == "pdf"
        sheet = document if document is not None else self.sheet_document(full=with_private)
        if fmt == "pdf":
            from gesprekscoach.sheet.printing import write_pdf

            written = write_pdf(sheet, path, overwrite=overwrite)
            return written, self.apply(RecordSheetSaved(str(written)))
        written = write_sheet(render_markdown(sheet), path, overwrite=overwrite)
        return written, self.apply(RecordSheetSaved(str(written), full=with_private))

    # ----------------------------------------------------------------- after the meeting

    def summary_document(self) -> SummaryDocument:
        """The summary of what was agreed in the meeting (to keep, or to send)."""
        settings = self.settings()
        return build_summary(
            self._prep,
            self.content,
            next_meeting=self.sheet_context().next_meeting,
            name=settings.name,
            function=settings.function,
        )

    def summary_text(self) -> str:
        """The summary as plain text."""
        return render_summary_text(self.summary_document())

    def proposed_summary_path(self, folder: Path | None = None, fmt: LetterFormat = "pdf") -> Path:
        """Where to propose the summary: next to the saved sheet, else in `folder` (default: documents)."""
        fallback = folder if folder is not None else self.documents_folder()
        return letter_folder(self._prep, fallback) / summary_filename(self._prep, self.content, fmt)

    def write_summary(self, path: Path, fmt: LetterFormat = "pdf", *, overwrite: bool = False) -> Path:
        """Write the summary to `path` as PDF or plain text.

        Raises SheetExistsError (the file is there, `overwrite` False) or SheetWriteError (Dutch).
        """
        summary = self.summary_document()
        if fmt == "pdf":
            from gesprekscoach.sheet.after_pdf import write_summary_pdf

            return write_summary_pdf(summary, path, overwrite=overwrite)
        return write_sheet(render_summary_text(summary), path, overwrite=overwrite)

    def reaction_letter(self) -> LetterDocument:
        """The reaction letter to the report; LetterError (Dutch) when it has no point yet."""
        settings = self.settings()
        return build_letter(
            self._prep,
            self.content,
            today=self.today,
            name=settings.name,
            function=settings.function,
            place=settings.place,
        )

    def reaction_letter_text(self) -> str:
        """The reaction letter as plain text, as it will be saved; LetterError (Dutch) when it has no point yet."""
        return render_letter_text(self.reaction_letter())

    def proposed_letter_path(self, folder: Path | None = None, fmt: LetterFormat = "txt") -> Path:
        """Where the letter goes: next to the saved sheet, else in `folder` (default: documents)."""
        fallback = folder if folder is not None else self.documents_folder()
        return letter_folder(self._prep, fallback) / letter_filename(self._prep, self.content, fmt)

    def write_reaction_letter(
        self,
        fallback_folder: Path | None = None,
        *,
        overwrite: bool = False,
        fmt: LetterFormat = "txt",
        path: Path | None = None,
    ) -> tuple[Path, Change]:
        """Write the reaction letter (plain text or PDF) and note where and when.

        It goes to `path`, else next to the saved sheet, else into `fallback_folder` (default:
        the documents folder). Raises LetterError (no point yet), SheetExistsError or
        SheetWriteError (Dutch).
        """
        letter = self.reaction_letter()
        target = path if path is not None else self.proposed_letter_path(fallback_folder, fmt)
        if fmt == "pdf":
            from gesprekscoach.sheet.after_pdf import write_letter_pdf

            written = write_letter_pdf(letter, target, overwrite=overwrite)
        else:
            written = write_sheet(render_letter_text(letter), target, overwrite=overwrite)
        return written, self.apply(RecordReactionLetter(str(written), self.today))
