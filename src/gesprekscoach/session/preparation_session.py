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
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.checks.feedback import FeedbackResult, check_feedback
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
    ConflictChoice,
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
    ResolveConflict,
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
    SetLastStep,
    SetMeetingDate,
    SetMeetingTime,
    SetPitfallRead,
    SetQuestionHard,
    SetRehearsalMark,
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
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.merge_conflicts import (
    CONFLICT_GONE,
    ConflictQuestion,
    describe_conflict,
    resolve_conflict,
    typed_field_conflict,
)
from gesprekscoach.session.private_items import PrivateItem, private_agreements, private_items_of_step
from gesprekscoach.session.progress import (
    CHECK_NOW_LIMIT,
    GoalCheckJob,
    StepProgress,
    goal_check_job,
    overview_lines,
    pitfalls_of,
    progress_note,
    progress_of,
    step_progress_of,
)
from gesprekscoach.session.questions_to_ask import chosen_suggestion_ids, own_questions, suggestions_of
from gesprekscoach.session.rehearsal import apply_rehearsal_edit
from gesprekscoach.session.resume import resume_index
from gesprekscoach.session.saving import SavePolicy, SaveStatus
from gesprekscoach.sheet.build import PreviousMeeting, SheetContext, build_sheet
from gesprekscoach.sheet.collector import cycle_collection_held
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.goal_checks import goal_verdict
from gesprekscoach.sheet.letter import (
    LetterDocument,
    LetterFormat,
    build_letter,
    letter_filename,
    letter_folder,
    render_letter_text,
)
from gesprekscoach.sheet.markdown import render_markdown, sheet_filename, write_sheet
from gesprekscoach.sheet.private_page import has_private_page
from gesprekscoach.sheet.summary import SummaryDocument, build_summary, render_summary_text, summary_filename
from gesprekscoach.store.merge import FieldPath, MergeConflict, merge_preparations
from gesprekscoach.store.models import AskedQuestion, CarryOverItem, Preparation
from gesprekscoach.store.preparations import (
    ConcurrentEditError,
    PreparationStore,
    StoreError,
    dump_preparation,
    without_unused_goals,
)
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

COPY_EXISTS = "Er staat al een bestand {path}. Kies een andere naam, dan overschrijf ik niets."
"""Said when the other place for a copy of the preparation already holds a file."""

OPEN_ELSEWHERE = (
    "Deze voorbereiding is ook ergens anders open, bijvoorbeeld in een ander venster. "
    "Ik heb de wijzigingen van daar en van hier samengevoegd en bewaard."
)
"""Said when another window saved the same preparation in between, and the merge went without conflicts."""

OPEN_ELSEWHERE_CONFLICTS = (
    "Deze voorbereiding is ook ergens anders open, bijvoorbeeld in een ander venster. "
    "Ik heb de wijzigingen samengevoegd. Op {aantal} plek(ken) was op beide plekken iets anders geschreven: "
    "daar staat nu wat je hier schreef. Ik vraag je per plek welke tekst je wilt houden."
)
"""Said when the merge kept this window's text where both windows changed the same thing (and asks next)."""


@dataclass(frozen=True)
class SaveOutcome:
    """How a save went: `ok`, or the Dutch message of why not (the data is still in memory).

    `open_elsewhere` is True when another window (or process) had saved the same preparation in
    between; the session then merged both versions (`conflicts`: the fields both changed, where this
    window's text was kept) and `message` tells the user. `from_elsewhere` lists where the merge
    took the other window's changes (paths as in `store.merge.differing_paths`): a front end shows
    those fields again, and asks (`question_typed_field`) where the user is typing in one of them.
    """

    ok: bool
    message: str = ""
    open_elsewhere: bool = False
    conflicts: tuple[MergeConflict, ...] = ()
    from_elsewhere: tuple[FieldPath, ...] = ()


@dataclass(frozen=True)
class SaveSnapshot:
    """A copy of the preparation taken to be written away from the thread that edits it.

    `prep` is the session's own private copy (never shown, never edited); `moment` stamps the save.
    """

    prep: Preparation
    moment: datetime


@dataclass(frozen=True)
class SnapshotWrite:
    """How writing a snapshot went: written (both None), another window saved first, or an error."""

    on_disk: Preparation | None = None
    """The version another window saved in between (nothing was written; merge on the editing thread)."""
    error: str | None = None
    """The store's Dutch message when the file could not be written."""


def _copy_for_saving(prep: Preparation) -> Preparation:
    """An independent copy of `prep` (with its revision), made through its plain data.

    Dumping and validating run in pydantic's compiled core: about five times faster than a deep
    copy, which is what the event loop waits for when an autosave starts.
    """
    copy = Preparation.model_validate(prep.model_dump())
    copy.revision = prep.revision
    return copy


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
        self._base = prep.model_copy(deep=True)
        """The preparation as it was last read or saved: the common base when another window saved too."""
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
        self._conflicts: dict[str, MergeConflict] = {}
        """Conflicts of merges not settled yet, by key (see `open_conflicts`)."""
        self._holding_theirs: set[str] = set()
        """Keys of open conflicts where the preparation holds the other window's text (typed fields)."""

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
            case SetWithWhom() | SetMeetingDate() | SetMeetingTime() | SetLastStep() | RecordSheetSaved():
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
            case SetQuestionHard() | SetRehearsalMark():
                return apply_rehearsal_edit(context, command)
            case ResolveConflict():
                return self._resolve_conflict(command)
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
        """Save the preparation now (stamped with the clock's time).

        When another window saved the same preparation since it was read, nothing is overwritten:
        both versions are merged (what only one side changed is taken from that side; where both
        changed the same field, this side's text is kept and listed in `conflicts`) and the merge
        is saved.
        """
        try:
            self.store.save(self._prep, now=self.clock.now())
        except ConcurrentEditError as concurrent:
            return self._save_merged(concurrent.on_disk)
        except StoreError as error:
            self.policy.failed(str(error))
            return SaveOutcome(False, str(error))
        self._saved()
        return SaveOutcome(True)

    def _save_merged(self, on_disk: Preparation) -> SaveOutcome:
        """Merge the version another window saved into this one, in place, and save the result."""
        result = merge_preparations(self._base, self._prep, on_disk)
        for name in type(self._prep).model_fields:
            setattr(self._prep, name, getattr(result.merged, name))
        self._prep.revision = result.merged.revision
        for conflict in result.conflicts:
            self._conflicts[conflict.field()] = conflict
            self._holding_theirs.discard(conflict.field())
        try:
            self.store.save(self._prep, now=self.clock.now())
        except StoreError as error:
            self.policy.failed(str(error))
            return SaveOutcome(
                False, str(error), open_elsewhere=True, conflicts=result.conflicts, from_elsewhere=result.taken
            )
        self._saved()
        message = OPEN_ELSEWHERE_CONFLICTS.format(aantal=len(result.conflicts)) if result.conflicts else OPEN_ELSEWHERE
        return SaveOutcome(True, message, open_elsewhere=True, conflicts=result.conflicts, from_elsewhere=result.taken)

    # ----------------------------------------------------------------- two windows: what collided

    def open_conflicts(self) -> list[ConflictQuestion]:
        """The places where this window and another one wrote something different, not settled yet.

        After a save with `conflicts`, a front end asks about each (`ResolveConflict`); until then
        the preparation holds this window's text there (in a field the user was typing in, see
        `question_typed_field`, the other window's).
        """
        return [describe_conflict(conflict, self._prep, self.content) for conflict in self._conflicts.values()]

    def question_typed_field(self, path: FieldPath, shown: str) -> bool:
        """The user is typing in the field at `path`, which still shows `shown`, and a merge just took
        the other window's text there: ask about it like a conflict (True), so typing on cannot
        replace the other window's text without a word.

        Until it is settled the preparation keeps the other window's text (it is on disk too);
        choosing this window's text puts `shown` back. False when the preparation holds `shown`
        already (nothing to ask) or the place holds no text.
        """
        conflict = typed_field_conflict(self._prep, path, shown)
        if conflict is None:
            return False
        self._conflicts[conflict.field()] = conflict
        self._holding_theirs.add(conflict.field())
        return True

    def keep_mine_for_rest(self) -> int:
        """Settle every open conflict by keeping this window's text; how many.

        After a merge this window's text is already there; in a field the user was typing in
        (`question_typed_field`) it is put back, and saved like any edit.
        """
        count = len(self._conflicts)
        for key in list(self._holding_theirs):
            try:
                if key in self._conflicts and self._settle(key, ConflictChoice.MINE):
                    self.policy.note_edit(self.clock.monotonic())
            except CommandError:
                continue  # the place is gone: nothing to put back
        self._conflicts.clear()
        self._holding_theirs.clear()
        return count

    def _resolve_conflict(self, command: ResolveConflict) -> Change:
        if command.key not in self._conflicts:
            raise CommandError(CONFLICT_GONE)
        return self._settle(command.key, command.choice)

    def _settle(self, key: str, choice: ConflictChoice) -> Change:
        held = ConflictChoice.THEIRS if key in self._holding_theirs else ConflictChoice.MINE
        settled, change = resolve_conflict(self._prep, self._conflicts[key], choice, held=held)
        del self._conflicts[key]
        self._holding_theirs.discard(key)
        if change:
            for name in type(self._prep).model_fields:
                setattr(self._prep, name, getattr(settled, name))
        return change

    def _saved(self) -> None:
        self.policy.saved(self.clock.monotonic())
        self._base = without_unused_goals(self._prep.model_copy(deep=True))  # as the file holds it

    # Saving in the background, in three parts: take a copy on the thread that edits
    # (`snapshot_to_save`), write it on any thread (`write_snapshot`), and take the result back
    # on the thread that edits (`finish_snapshot`). Only the middle part touches the disk.

    def snapshot_to_save(self) -> SaveSnapshot | None:
        """On the thread that edits: a copy of the preparation to write (None: nothing unsaved).

        Edits made after this moment stay unsaved until the next save. The copy is made through
        plain data (see `_copy_for_saving`), so taking it stays short for a big preparation.
        """
        if not self.dirty:
            return None
        self.policy.save_started()
        return SaveSnapshot(_copy_for_saving(self._prep), self.clock.now())

    def copy_of_prep(self) -> Preparation:
        """An independent copy of the preparation as it is now (to read on another thread)."""
        return _copy_for_saving(self._prep)

    def write_snapshot(self, snapshot: SaveSnapshot) -> SnapshotWrite:
        """On any thread: write the snapshot. Touches only the store and the snapshot itself."""
        try:
            self.store.save(snapshot.prep, now=snapshot.moment)
        except ConcurrentEditError as concurrent:
            return SnapshotWrite(on_disk=concurrent.on_disk)
        except StoreError as error:
            return SnapshotWrite(error=str(error))
        return SnapshotWrite()

    def finish_snapshot(self, snapshot: SaveSnapshot, written: SnapshotWrite) -> SaveOutcome:
        """On the thread that edits: take in how writing the snapshot went.

        When another window saved in between, both versions are merged here (see `save_now`)
        and the merge is saved at once.
        """
        if written.on_disk is not None:
            return self._save_merged(written.on_disk)
        if written.error is not None:
            self.policy.failed(written.error)
            return SaveOutcome(False, written.error)
        saved = snapshot.prep
        self._prep.revision = saved.revision
        self._prep.updated_at = saved.updated_at
        self._prep.schema_version = saved.schema_version
        self._base = without_unused_goals(saved)  # as the file holds it
        self.policy.snapshot_saved(self.clock.monotonic())
        return SaveOutcome(True)

    def write_copy(self, path: Path) -> Path:
        """Write the preparation as it is now to `path` (another place, when saving failed).

        The file is the same YAML the store writes, so it can be put back in the data folder.
        Never overwrites a file. Raises StoreError with a Dutch message; the data stays in memory
        and still counts as unsaved in the data folder.
        """
        target = path.expanduser()
        if target.exists():
            raise StoreError(COPY_EXISTS.format(path=target))
        try:
            atomic_write_bytes(target, dump_preparation(self._prep).encode("utf-8"))
        except OSError as error:
            raise StoreError(describe_os_error(error, target, "Opslaan")) from None
        return target

    def save_if_due(self, now: float | None = None) -> SaveOutcome | None:
        """Save when the saving policy says it is time (`now` defaults to the clock); None: not yet."""
        moment = now if now is not None else self.clock.monotonic()
        if not self.policy.is_due(moment):
            return None
        return self.save_now()

    def close(self) -> SaveOutcome:
        """The final save, when something is not saved yet.

        When the preparation is then saved, the store keeps its data for the next export
        (`PreparationStore.remember_view`: one small file, skipped when the file changed).
        """
        outcome = self.save_now() if self.dirty else SaveOutcome(True)
        if outcome.ok and not self.dirty:
            self.store.remember_view(self._prep)
        return outcome

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
        return progress_of(self.conversation, self._prep, self.content, self.today)

    def step_list_progress(self) -> list[StepProgress]:
        """The progress for the step list, at once: with many goals still to check, the goals step
        is `StepState.PENDING` until `goal_check_job()` has run (see `session.progress`)."""
        if self.conversation is None:
            return []
        return progress_of(self.conversation, self._prep, self.content, self.today, limit=CHECK_NOW_LIMIT)

    def goal_check_job(self) -> GoalCheckJob | None:
        """The goals the step list waits for, as a job for a worker thread; None when none waits."""
        return goal_check_job(self._prep, self.content, self.today)

    def step_progress(self, step: Step) -> StepProgress:
        """The progress of one step of the conversation."""
        steps = self.conversation.steps if self.conversation is not None else []
        number = next((index for index, known in enumerate(steps, start=1) if known is step), 0)
        return step_progress_of(step, number, self._prep, self.content, self.today)

    def progress_note(self) -> list[str]:
        """What the summary says under the steps: 'Alles is af' only when it is, else what is still open."""
        return progress_note(self.progress(), self.content)

    def overview_lines(self) -> list[str]:
        """A short overview of the preparation, as plain lines."""
        return overview_lines(self._prep, self._context.require_conversation(), self.content, self.today)

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

    def resume_index(self) -> int:
        """The index of the step to go on with: where the user left off (`SetLastStep`), else 0."""
        if self.conversation is None:
            return 0
        return resume_index(self.conversation, self._prep)

    def private_items(self, step: Step) -> list[PrivateItem]:
        """The items of a step that can be marked 'alleen voor mij' (see `private_items.py`)."""
        return private_items_of_step(self._prep, self.content, self._context.require_conversation(), step)

    def private_agreements(self) -> list[PrivateItem]:
        """The agreements recorded after the meeting, to mark 'alleen voor mij'."""
        return private_agreements(self._prep)

    def goal_verdict(self, goal_id: str) -> SmartResult:
        """The SMART check of a goal: its sentence and its fields per letter (as the sheet shows it)."""
        goal = find_goal(self._prep, goal_id)
        return goal_verdict(goal, today=self.today, texts=self.content.checks, guide=self.content.smart)

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

    def has_private_page(self) -> bool:
        """True when the full sheet has a page 'Alleen voor mij' (then the full version is worth
        offering); decided without building the sheet (`sheet.private_page`)."""
        return has_private_page(self._prep, self.content)

    def sheet_text(self, *, full: bool = False) -> str:
        """The sheet (Markdown); `full` includes what is marked 'alleen voor mij' (in its own section)."""
        with cycle_collection_held():  # one hold for the build and the Markdown
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

    def write_sheet_file(
        self,
        path: Path,
        *,
        fmt: SheetFormat = "md",
        overwrite: bool = False,
        full: bool | None = None,
        document: SheetDocument | None = None,
    ) -> Path:
        """Write the sheet to `path` as Markdown or PDF; the preparation is not changed.

        Safe to call from a worker thread while nothing edits the preparation. `full` (default:
        True for a PDF, False for Markdown) puts what is marked 'alleen voor mij' on the private
        page; `document` is the sheet already built. Raises SheetExistsError or PrintTargetExists
        (the file is there, `overwrite` False; an earlier PDF of the coach is replaced), SheetError
        or PrintError (Dutch). Record it afterwards with `sheet_saved`.
        """
        with_private = full if full is not None else fmt == "pdf"
        with cycle_collection_held():  # one hold for the build and the rendering
            sheet = document if document is not None else self.sheet_document(full=with_private)
            if fmt == "pdf":
                from gesprekscoach.sheet.printing import write_pdf

                return write_pdf(sheet, path, overwrite=overwrite)
            text = render_markdown(sheet)
        return write_sheet(text, path, overwrite=overwrite)

    def sheet_saved(self, path: Path, *, fmt: SheetFormat = "md", full: bool | None = None) -> Change:
        """Remember where the sheet was saved (`RecordSheetSaved`).

        A full Markdown file is never remembered as the sheet (it is not the one to share); a PDF
        is (its shared pages hold nothing private).
        """
        with_private = full if full is not None else fmt == "pdf"
        if fmt == "pdf":
            return self.apply(RecordSheetSaved(str(path)))
        return self.apply(RecordSheetSaved(str(path), full=with_private))

    def write_sheet(
        self,
        path: Path,
        *,
        overwrite: bool = False,
        full: bool | None = None,
        document: SheetDocument | None = None,
        fmt: SheetFormat = "md",
    ) -> tuple[Path, Change]:
        """Write the sheet to `path` as Markdown or PDF, and remember where (`write_sheet_file`, then
        `sheet_saved`)."""
        written = self.write_sheet_file(path, fmt=fmt, overwrite=overwrite, full=full, document=document)
        return written, self.sheet_saved(written, fmt=fmt, full=full)

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

    def write_reaction_letter_file(self, path: Path, *, fmt: LetterFormat = "txt", overwrite: bool = False) -> Path:
        """Write the reaction letter (plain text or PDF) to `path`; the preparation is not changed.

        Safe to call from a worker thread while nothing edits the preparation. Raises LetterError
        (no point yet), SheetExistsError or SheetWriteError (Dutch). Record it with `reaction_letter_saved`.
        """
        letter = self.reaction_letter()
        if fmt == "pdf":
            from gesprekscoach.sheet.after_pdf import write_letter_pdf

            return write_letter_pdf(letter, path, overwrite=overwrite)
        return write_sheet(render_letter_text(letter), path, overwrite=overwrite)

    def reaction_letter_saved(self, path: Path) -> Change:
        """Note where and when (today) the reaction letter was written (`RecordReactionLetter`)."""
        return self.apply(RecordReactionLetter(str(path), self.today))

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
        target = path if path is not None else self.proposed_letter_path(fallback_folder, fmt)
        written = self.write_reaction_letter_file(target, fmt=fmt, overwrite=overwrite)
        return written, self.reaction_letter_saved(written)
