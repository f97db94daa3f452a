"""What the screens that edit a preparation share: autosave, its status line, and saving before leaving."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.screen import Screen
from textual.widget import Widget

from gesprekscoach.session.commands import Change, Command, ResolveConflict
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.merge_conflicts import KEPT_MINE_FOR_REST
from gesprekscoach.session.preparation_session import PreparationSession, SaveOutcome
from gesprekscoach.store.merge import FieldPath
from gesprekscoach.store.models import Preparation
from gesprekscoach.tui.autosave import Autosaver, SaveState
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.merge_conflicts import MergeAnswers, MergeConflictsDialog
from gesprekscoach.tui.dialogs.save_elsewhere import (
    COPY_WRITTEN,
    SaveElsewhereChoice,
    SaveElsewhereDialog,
    default_folder,
)
from gesprekscoach.tui.merge_refresh import MergeView, refresh_fields, typed_field
from gesprekscoach.tui.screens.saves_itself import SavesItself
from gesprekscoach.tui.widgets.save_status import SaveStatus
from gesprekscoach.tui.widgets.steps.base import StepView

NOT_SAVED = "{message}\nJe tekst blijft staan. Ik probeer het opnieuw bij je volgende wijziging."


class AutosavingScreen(Screen[None], SavesItself):
    """A screen that edits one preparation through its session; every edit is saved soon after (see `Autosaver`).

    The app awaits `save_now()` of every such screen before it quits; Escape saves and
    goes back to the home screen.
    """

    OWN_EDITOR: ClassVar[bool] = False
    """True when Ctrl+E opens the focused answer field in the user's own editor."""

    def __init__(self, context: CoachContext, session: PreparationSession, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.context = context
        self.session = session
        """The session of the preparation: it applies every edit, decides when to save, and saves."""
        self.autosaver = Autosaver(self, session, self._save_reported)
        self.released = False
        """True once the user chose to leave although the last save failed (a copy elsewhere, or not)."""
        self.asking_conflicts = False
        """True while the dialog asks which text to keep where another window wrote something else."""
        self.companions: list[MergeView] = []
        """Other screens that show this preparation and edit it through this screen (the letter helper)."""

    @property
    def prep(self) -> Preparation:
        """The preparation, to read (it changes only through `apply`)."""
        return self.session.prep

    def apply(self, command: Command) -> Change:
        """Apply an edit through the session; a change is saved soon after.

        A command about an item that is gone meanwhile changes nothing: the session's Dutch
        message is shown.
        """
        try:
            change = self.session.apply(command)
        except CommandError as error:
            self.notify(str(error), severity="warning", markup=False)
            return Change()
        if change:
            self.autosaver.changed()
        return change

    def _save_reported(self, state: SaveState, outcome: SaveOutcome | None) -> None:
        for status in self.query("#save-status").results(SaveStatus):
            status.state = state
            if outcome is not None and outcome.open_elsewhere:
                status.notice = outcome.message
        if outcome is None:
            return
        if state == SaveState.FAILED:
            self.notify(
                NOT_SAVED.format(message=outcome.message), title="Niet opgeslagen", severity="error", markup=False
            )
        elif outcome.open_elsewhere:
            self.notify(outcome.message, title="Ook ergens anders open", severity="warning", markup=False, timeout=15)
        typing_asked = self.show_merged(outcome.from_elsewhere)
        if outcome.conflicts or typing_asked:
            self.ask_about_conflicts()

    # ----------------------------------------------------------------- two windows: what collided

    def merge_views(self) -> list[MergeView]:
        """The parts of this screen (and its companions) that show fields of the preparation."""
        return [*self.query(StepView), *self.companions]

    def show_merged(self, changes: tuple[FieldPath, ...]) -> bool:
        """Show what a merge took from another window (`SaveOutcome.from_elsewhere`) in the widgets now.

        Fields get their new text in place, except the one the user is typing in: when the merge
        changed exactly that one, the session asks about it like a conflict (True: ask now) and
        the field keeps what it shows until the user chose. A change no field shows rebuilds its
        part of the screen, keeping the focus and the cursor.
        """
        if not changes or not self.is_attached:
            return False
        views = self.merge_views()
        typing = typed_field(views, self.app.focused, changes)
        asked = typing is not None and self.session.question_typed_field(typing.path, str(typing.shown()))
        keep = typing.widget if asked and typing is not None else None
        for view in refresh_fields(views, changes, keep):
            if keep is not None and isinstance(view, Widget) and view in keep.ancestors:
                continue  # rebuilt once the user chose (`show_settled`)
            self.call_later(view.rebuild_for_merge)
        return asked

    def ask_about_conflicts(self) -> None:
        """Ask, place by place, which text to keep where another window wrote something else."""
        questions = self.session.open_conflicts()
        if self.asking_conflicts or not questions or not self.is_attached:
            return
        self.asking_conflicts = True
        self.app.push_screen(MergeConflictsDialog(questions), self._conflicts_answered)

    async def _conflicts_answered(self, answers: MergeAnswers | None) -> None:
        self.asking_conflicts = False
        changed_any = False
        for key, choice in answers.chosen if answers is not None else []:
            changed_any = bool(self.apply(ResolveConflict(key, choice))) or changed_any
        if answers is None or answers.stopped:
            if self.session.keep_mine_for_rest():
                self.notify(KEPT_MINE_FOR_REST, title="Jouw tekst gehouden", markup=False)
        await self.show_settled()
        if changed_any or self.session.dirty:
            self.flush()
        self.ask_about_conflicts()  # a save meanwhile may have brought new ones

    async def show_settled(self) -> None:
        """Show the texts chosen: every part of this screen that shows fields shows the preparation again."""
        for view in self.merge_views():
            for field in view.merged_fields():
                if field.shown() != field.value:
                    field.show()
            view.after_merge()
            await view.rebuild_for_merge()

    def flush(self) -> None:
        """Start saving what is not saved yet (in a worker thread)."""
        self.autosaver.flush()

    async def save_now(self) -> SaveOutcome:
        """Save what is not saved yet and wait for it; how it went (ok: everything is on disk)."""
        return await self.autosaver.save_now()

    def save_blocking(self) -> SaveOutcome:
        """Save at once on the event loop (the final save on a signal)."""
        return self.autosaver.save_blocking()

    def on_unmount(self) -> None:
        """The last moment: save here only what somehow was not saved before leaving."""
        if not self.released and (self.autosaver.dirty or self.autosaver.writing):
            self.autosaver.save_blocking()
        self.autosaver.release()

    def leave_when_saved(self, outcome: SaveOutcome, leave: Callable[[], object], *, give_up: str) -> None:
        """Leave when the final save worked; else stay, say so, and offer another place.

        The dialog writes the preparation file where the user says and then leaves; 'back'
        stays here; only the explicit `give_up` choice leaves without saving.
        """
        if outcome.ok:
            leave()
            return

        def chosen(choice: SaveElsewhereChoice | None) -> None:
            if choice == SaveElsewhereChoice.WRITTEN and dialog.written is not None:
                self.notify(COPY_WRITTEN.format(path=dialog.written), title="Bewaard", markup=False, timeout=15)
            if choice in (SaveElsewhereChoice.WRITTEN, SaveElsewhereChoice.GIVE_UP):
                self.released = True
                leave()

        proposed = default_folder() / f"{self.prep.id}.yaml"
        dialog = SaveElsewhereDialog(outcome.message, proposed, self.session.write_copy, give_up=give_up)
        self.app.push_screen(dialog, chosen)

    async def action_home(self) -> None:
        """Save and go back to the home screen (when saving fails: see `leave_when_saved`)."""
        outcome = await self.save_now()
        self.leave_when_saved(outcome, lambda: self.dismiss(None), give_up="Toch terug zonder opslaan")
