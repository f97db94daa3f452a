"""The steps of a conversation as plain line-by-line questions (the plain, accessible mode).

`PlainSession` walks the steps of one preparation: every step kind of `models.py` has a
handler here. Each handler asks its questions one by one through `PlainIO`; 'terug' goes
back one question (from the first question of a step: to the previous step), 'stop' leaves.
Every answer is saved at once through the `PreparationStore`, like the full-screen coach does.

The same content, the same `Preparation`, the same SMART and feedback checks and the same
sheet (`sheet.render_sheet`, `sheet.write_sheet`) as the full-screen coach.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from gesprekscoach.checks.feedback import FeedbackResult, check_feedback
from gesprekscoach.checks.smart import LETTERS, SmartResult, check_goal, format_deadline
from gesprekscoach.content.check_texts import default_check_texts
from gesprekscoach.content.models import (
    AgendaStep,
    AskStep,
    ChecklistItem,
    ChecklistStep,
    CheckTexts,
    Content,
    ConversationType,
    FeedbackStep,
    GoalsStep,
    InfoStep,
    IntroStep,
    Pitfall,
    PitfallsStep,
    Question,
    QuestionsStep,
    SmartLetter,
    Step,
    SummaryStep,
)
from gesprekscoach.dates import dutch_date
from gesprekscoach.plain.console import BackRequested, PlainIO
from gesprekscoach.session.items import merge_by_text
from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.markdown import SheetError, SheetExistsError, render_markdown, sheet_filename, write_sheet
from gesprekscoach.store.models import (
    AgendaItem,
    Answer,
    AskedQuestion,
    ChecklistState,
    FeedbackItem,
    Goal,
    Preparation,
)
from gesprekscoach.store.preparations import PreparationStore, StoreError

Ask = Callable[[], None]
"""One question of a step: asks, stores the answer, may raise BackRequested."""

REMOVE_WORD = "weg"
UP_WORD = "omhoog"

_VERDICT_WORDS: dict[bool | None, str] = {True: "in orde", False: "nog niet", None: "nog open"}


def run_questions(questions: list[Ask]) -> None:
    """Ask the questions in order; 'terug' goes to the previous one (before the first: raised)."""
    index = 0
    while index < len(questions):
        try:
            questions[index]()
        except BackRequested:
            if index == 0:
                raise
            index -= 1
            continue
        index += 1


class PlainSession:
    """One preparation, worked through step by step on plain text streams."""

    def __init__(
        self,
        io: PlainIO,
        content: Content,
        store: PreparationStore,
        prep: Preparation,
        *,
        today: date,
        cwd: Path,
        check_texts: CheckTexts | None = None,
    ) -> None:
        self.io = io
        self.content = content
        self.store = store
        self.prep = prep
        self.today = today
        self.cwd = cwd
        self.conv: ConversationType = content.conversation(prep.conversation)
        self.texts = check_texts or default_check_texts()

    # ----------------------------------------------------------------- saving

    def save(self) -> None:
        """Save the preparation now; a failure is told, and the coach goes on."""
        try:
            self.store.save(self.prep)
        except StoreError as error:
            self.io.say(f"Let op: {error}")

    # ----------------------------------------------------------------- walking the steps

    def run(self, start: int = 0) -> None:
        """Work through the steps from `start`; returns after the last step.

        'terug' on the first question of the first step raises BackRequested (to the menu);
        'stop' (or the end of the input) raises StopRequested.
        """
        index = start
        while index < len(self.conv.steps):
            step = self.conv.steps[index]
            try:
                self._header(index, step)
                self.step_handler(step)()
            except BackRequested:
                if index == 0:
                    raise
                index -= 1
                continue
            index += 1

    def _header(self, index: int, step: Step) -> None:
        io = self.io
        io.blank()
        io.say(f"Stap {index + 1} van {len(self.conv.steps)}: {step.title}")
        if step.intro:
            io.say(step.intro)

    def step_handler(self, step: Step) -> Callable[[], None]:
        """The function that asks the questions of this step."""
        handlers: dict[type, Callable[[Step], None]] = {
            IntroStep: self._intro,
            InfoStep: self._info,
            ChecklistStep: self._checklist,
            QuestionsStep: self._questions,
            AskStep: self._ask,
            GoalsStep: self._goals,
            FeedbackStep: self._feedback,
            PitfallsStep: self._pitfalls,
            AgendaStep: self._agenda,
            SummaryStep: self._summary,
        }
        handler = handlers[type(step)]
        return lambda: handler(step)

    # ----------------------------------------------------------------- intro and info

    def _intro(self, step: Step) -> None:
        assert isinstance(step, IntroStep)
        self.io.say(step.text)
        self.io.pause()

    def _info(self, step: Step) -> None:
        assert isinstance(step, InfoStep)
        self.io.numbered(list(step.points))
        self.io.pause()

    # ----------------------------------------------------------------- checklist

    def _checklist(self, step: Step) -> None:
        assert isinstance(step, ChecklistStep)
        questions: list[Ask] = []
        total = len(step.items)
        for number, item in enumerate(step.items, start=1):

            def tick(item: ChecklistItem = item, number: int = number) -> None:
                self.io.blank()
                self.io.say(f"Tip {number} van {total}: {item.text}")
                if item.hint:
                    self.io.say(item.hint)
                state = self.prep.checklist.get(item.id)
                done = self.io.ask_yes_no("Afgevinkt?", state.done if state else None)
                self._set_tip(item.id, done=done)

            def note(item: ChecklistItem = item) -> None:
                state = self.prep.checklist.get(item.id)
                text = self.io.ask_text(
                    "Notitie: hoe pak je dit aan? (Enter = overslaan)",
                    state.note if state else "",
                    label="Je notitie",
                )
                self._set_tip(item.id, note=text)

            questions += [tick, note]
        run_questions(questions)

    def _set_tip(self, item_id: str, *, done: bool | None = None, note: str | None = None) -> None:
        state = self.prep.checklist.get(item_id)
        old_done, old_note = (state.done, state.note) if state else (False, "")
        new_done = old_done if done is None else done
        new_note = old_note if note is None else note
        if state is None and not new_done and not new_note:
            return
        if state is not None and (old_done, old_note) == (new_done, new_note):
            return
        if state is None:
            self.prep.checklist[item_id] = ChecklistState(done=new_done, note=new_note)
        else:
            state.done, state.note = new_done, new_note
        self.save()

    # ----------------------------------------------------------------- questions

    def _questions(self, step: Step) -> None:
        assert isinstance(step, QuestionsStep)
        found: list[Question] = []
        for question_id in step.questions:
            try:
                found.append(self.conv.question(question_id))
            except KeyError:
                continue
        asks: list[Ask] = []
        for number, question in enumerate(found, start=1):

            def answer(question: Question = question, number: int = number) -> None:
                self.io.blank()
                self.io.say(f"Vraag {number} van {len(found)}: {question.text}")
                if question.hint:
                    self.io.say(f"Tip: {question.hint}")
                current = self.prep.answers.get(question.id, Answer())
                text = self.io.ask_block("Je antwoord (Enter = overslaan).", current.text)
                self._set_answer(question.id, text=text)

            def example(question: Question = question) -> None:
                current = self.prep.answers.get(question.id, Answer())
                text = self.io.ask_text(
                    "Een concreet voorbeeld (Enter = overslaan):", current.example, label="Je voorbeeld"
                )
                self._set_answer(question.id, example=text)

            asks.append(answer)
            if question.ask_example:
                asks.append(example)
        run_questions(asks)

    def _set_answer(self, question_id: str, *, text: str | None = None, example: str | None = None) -> None:
        current = self.prep.answers.get(question_id)
        new = Answer(
            text=text if text is not None else (current.text if current else ""),
            example=example if example is not None else (current.example if current else ""),
        )
        if current is None and new.is_empty():
            return
        if current is not None and (current.text, current.example) == (new.text, new.example):
            return
        if current is None:
            self.prep.answers[question_id] = new
        else:
            current.text, current.example = new.text, new.example
        self.save()

    # ----------------------------------------------------------------- questions to ask

    def _suggestions(self, step: AskStep) -> list[Question]:
        found: list[Question] = []
        for question_id in step.suggestions:
            try:
                found.append(self.conv.question(question_id))
            except KeyError:
                continue
        return found

    def _ask(self, step: Step) -> None:
        assert isinstance(step, AskStep)
        suggestions = self._suggestions(step)

        def pick() -> None:
            if not suggestions:
                return
            self.io.blank()
            self.io.say("Deze vragen kun je stellen:")
            self.io.numbered([question.text for question in suggestions])
            chosen_ids = {q.suggestion_id for q in self.prep.questions_to_ask if q.suggestion_id}
            current = [index for index, question in enumerate(suggestions) if question.id in chosen_ids]
            picked = self.io.ask_numbers(
                "Welke wil je stellen? Typ de nummers, bijvoorbeeld 1 3. Enter = geen.", len(suggestions), current
            )
            self._store_questions({suggestions[index].id for index in picked}, self._own_questions(), suggestions)

        def own() -> None:
            self.io.blank()
            items = self.edit_list(
                "Je eigen vragen",
                self._own_questions(),
                new_prompt="Typ een eigen vraag.",
            )
            chosen_ids = {q.suggestion_id for q in self.prep.questions_to_ask if q.suggestion_id}
            self._store_questions(chosen_ids, items, suggestions)

        run_questions([pick, own])

    def _own_questions(self) -> list[str]:
        return [q.text for q in self.prep.questions_to_ask if not q.suggestion_id]

    def _store_questions(self, chosen: set[str | None], own: list[str], suggestions: list[Question]) -> None:
        """Chosen suggestions in the order of the step, then your own questions (as the full-screen coach)."""
        known = {question.id for question in suggestions}
        kept = [q for q in self.prep.questions_to_ask if q.suggestion_id and q.suggestion_id not in known]
        before = {q.suggestion_id: q for q in self.prep.questions_to_ask if q.suggestion_id}
        picked = [
            before.get(q.id) or AskedQuestion(text=q.text, suggestion_id=q.id) for q in suggestions if q.id in chosen
        ]
        old_own = [q for q in self.prep.questions_to_ask if not q.suggestion_id]
        new = kept + picked + merge_by_text(old_own, own, lambda text: AskedQuestion(text=text))
        if new != self.prep.questions_to_ask:
            self.prep.questions_to_ask[:] = new
            self.save()

    # ----------------------------------------------------------------- lists

    def edit_list(
        self,
        title: str,
        items: list[str],
        *,
        new_prompt: str,
        multiline: bool = False,
        movable: bool = False,
        changed: Callable[[list[str]], None] | None = None,
        added: Callable[[int, list[str]], None] | None = None,
    ) -> list[str]:
        """Let the user add, remove (and move) items of a list; returns the new list.

        Each new item is one line (or, with `multiline`, lines ended by an empty line).
        'weg 2' removes item 2, 'omhoog 2' moves it up (when `movable`). An empty line ends.
        `changed` is called after every change (to save); `added` after an item was added.
        """
        io = self.io
        items = list(items)
        commands = f"Typ {REMOVE_WORD} en een nummer om dat punt weg te halen."
        if movable:
            commands += f" Typ {UP_WORD} en een nummer om het hoger te zetten."
        while True:
            if items:
                io.say(f"{title} nu:")
                io.numbered(items)
                io.say(commands)
            else:
                io.say(f"{title}: nog niets.")
            io.say(f"{new_prompt} Enter op een lege regel = klaar.")
            first = io.read_answer("> ")
            word = first.strip()
            if not word:
                return items
            command = self._list_command(word, len(items), movable)
            if command is not None:
                action, index = command
                if not action:
                    continue
                if action == REMOVE_WORD:
                    removed = items.pop(index)
                    io.say(f"Weggehaald: {removed}")
                else:
                    items[index - 1], items[index] = items[index], items[index - 1]
                if changed:
                    changed(items)
                continue
            lines = [first.strip()]
            if multiline:
                while True:
                    line = io.read_line("")
                    if not line.strip():
                        break
                    lines.append(line.rstrip())
            items.append("\n".join(lines).strip())
            if changed:
                changed(items)
            if added:
                added(len(items) - 1, items)

    def _list_command(self, word: str, count: int, movable: bool) -> tuple[str, int] | None:
        """('weg' or 'omhoog', index) for a list command; ('', -1) for one that cannot be done; else None."""
        parts = word.lower().split()
        if len(parts) != 2 or not parts[1].isdigit():
            return None
        action, number = parts[0], int(parts[1])
        if action not in (REMOVE_WORD, UP_WORD) or (action == UP_WORD and not movable):
            return None
        if not 1 <= number <= count:
            self.io.say(f"Er is geen punt {number}.")
            return "", -1
        if action == UP_WORD and number == 1:
            self.io.say("Punt 1 staat al bovenaan.")
            return "", -1
        return action, number - 1

    # ----------------------------------------------------------------- goals

    def _goals(self, step: Step) -> None:
        assert isinstance(step, GoalsStep)
        io = self.io
        io.say(self.content.smart.intro)
        index = 0
        while True:
            try:
                if index < len(self.prep.goals):
                    io.blank()
                    io.say(f"Doel {index + 1} van {len(self.prep.goals)}.")
                    if self._edit_goal(index):
                        index += 1
                    continue
                io.blank()
                question = "Wil je een doel maken?" if not self.prep.goals else "Wil je nog een doel maken?"
                if not io.ask_yes_no(question, default=False):
                    return
                self.prep.goals.append(Goal())
                if self._edit_goal(index, new=True):
                    index += 1
            except BackRequested:
                if index == 0 or not self.prep.goals:
                    raise
                index = min(index, len(self.prep.goals)) - 1

    def _edit_goal(self, index: int, *, new: bool = False) -> bool:
        """Ask the sentence, the five letters and the small steps of one goal.

        Returns False when the goal was removed ('wis' on its sentence, or a new goal left
        empty). BackRequested from the first question goes to the caller.
        """
        io = self.io
        goal = self.prep.goals[index]
        guide = self.content.smart

        def sentence() -> None:
            io.blank()
            text = io.ask_text(
                "Schrijf je doel in één zin." + (" (Enter = geen doel)" if new and not goal.text else ""),
                goal.text,
                label="Je doel",
                clear_text="om dit doel weg te halen",
            )
            if not text.strip():
                raise _GoalRemoved
            self._set_goal(goal, "text", text)
            self._show_smart(check_goal(text, today=self.today, guide=guide))

        asks: list[Ask] = [sentence]
        for field, letter in zip(LETTERS, guide.letters, strict=True):

            def ask_letter(field: str = field, letter: SmartLetter = letter) -> None:
                io.blank()
                io.say(f"{letter.letter}, {letter.name}: {letter.question}")
                text = io.ask_text("(Enter = overslaan)", getattr(goal, field), label="Je antwoord")
                self._set_goal(goal, field, text)

            asks.append(ask_letter)

        def verdict() -> None:
            whole = ". ".join(
                part.strip().rstrip(".")
                for part in (goal.text, goal.specifiek, goal.meetbaar, goal.tijdgebonden)
                if part.strip()
            )
            result = check_goal(
                whole,
                today=self.today,
                acceptabel=goal.acceptabel or None,
                realistisch=goal.realistisch or None,
                guide=guide,
            )
            io.blank()
            missing = [name for name in LETTERS if result.letters[name].ok is False]
            if not missing:
                io.say("Je doel is SMART. Goed gedaan.")
            else:
                io.say("Bijna klaar. Kijk nog eens naar deze letters:")
                for name in missing:
                    self._say_letter(name, result)

        def steps() -> None:
            io.blank()
            io.say("Maak je doel klein: welke kleine stappen zet je?")
            items = self.edit_list(
                "Je stappen",
                list(goal.steps),
                new_prompt="Typ een kleine stap.",
                movable=True,
                changed=lambda items: self._set_goal_steps(goal, items),
            )
            self._set_goal_steps(goal, items)

        asks += [verdict, steps]
        try:
            run_questions(asks)
        except _GoalRemoved:
            had_text = any(getattr(goal, name).strip() for name in ("text", *LETTERS)) or goal.steps
            if goal in self.prep.goals:
                self.prep.goals.remove(goal)
                self.save()
            if had_text:
                io.say("Dit doel is weggehaald.")
            return False
        except BackRequested:
            if new and goal.is_empty() and goal in self.prep.goals:
                self.prep.goals.remove(goal)
            raise
        return True

    def _set_goal(self, goal: Goal, field: str, text: str) -> None:
        if getattr(goal, field) != text:
            setattr(goal, field, text)
            self.save()

    def _set_goal_steps(self, goal: Goal, items: list[str]) -> None:
        if goal.steps != items:
            goal.steps = list(items)
            self.save()

    def _letter_name(self, name: str) -> str:
        return str(getattr(self.texts.smart, name).name)

    def _say_letter(self, name: str, result: SmartResult) -> None:
        verdict = result.letters[name]
        self.io.say(f"{self._letter_name(name)}: {_VERDICT_WORDS[verdict.ok]}. {verdict.reason}")
        if verdict.ok is False and verdict.hint:
            self.io.say(f"{self.texts.cli.tip}: {verdict.hint}", indent="  ")

    def _show_smart(self, result: SmartResult) -> None:
        """The SMART verdict of a goal: one short line per letter, a tip where a letter is missing."""
        io = self.io
        io.blank()
        io.say("Zo leest de coach je doel:")
        for name in LETTERS:
            self._say_letter(name, result)
        if result.deadline:
            io.say(f"{self.texts.cli.deadline}: {format_deadline(result.deadline)}")
        if result.deadline_warning:
            io.say(f"{self.texts.cli.warning}: {result.deadline_warning}")
        io.say("Bij de letters hierna kun je je doel aanvullen.")

    # ----------------------------------------------------------------- feedback

    def _feedback(self, step: Step) -> None:
        assert isinstance(step, FeedbackStep)
        io = self.io
        guide = self.content.feedback
        example = guide.ik_template.replace("{situatie}", self.texts.feedback.situatie_placeholder).replace(
            "{wens}", self.texts.feedback.wens_placeholder
        )
        io.say("Handig: zeg het in de ik-vorm. Bijvoorbeeld:")
        io.say(example, indent="  ")

        def changed(items: list[str]) -> None:
            if [f.text for f in self.prep.feedback] != items:
                self.prep.feedback[:] = merge_by_text(self.prep.feedback, items, lambda text: FeedbackItem(text=text))
                self.save()

        def added(index: int, items: list[str]) -> None:
            while True:
                result = check_feedback(items[index], template=guide.ik_template, texts=self.texts)
                self._show_feedback_check(result)
                if result.constructive:
                    return
                better = io.ask_block("Wil je het anders zeggen? Typ je nieuwe tekst. Enter = zo laten.")
                if not better.strip():
                    return
                items[index] = better
                changed(items)

        io.blank()
        self.edit_list(
            "Je feedback",
            [item.text for item in self.prep.feedback],
            new_prompt="Typ je feedback. Sluit een punt af met een lege regel.",
            multiline=True,
            changed=changed,
            added=added,
        )

    def _show_feedback_check(self, result: FeedbackResult) -> None:
        """The feedback check: constructive or not, each signal with why, and a better way to say it."""
        io = self.io
        cli = self.texts.cli
        io.say(cli.constructive_yes if result.constructive else cli.constructive_no)
        for signal in result.signals:
            label = getattr(self.texts.feedback.signals, signal.kind).label
            words = ", ".join(f"'{word}'" for word in signal.words)
            io.say(f"{label}{': ' + words if words else ''}. {signal.explanation}", indent="  ")
        if result.proposal:
            io.say(f"{cli.proposal}:")
            io.say(result.proposal, indent="  ")

    # ----------------------------------------------------------------- pitfalls

    def _pitfalls(self, step: Step) -> None:
        assert isinstance(step, PitfallsStep)
        try:
            pitfalls = self.content.pitfalls_for(step)
        except KeyError:
            pitfalls = []
        asks: list[Ask] = []
        for number, pitfall in enumerate(pitfalls, start=1):

            def read(pitfall: Pitfall = pitfall, number: int = number) -> None:
                io = self.io
                io.blank()
                io.say(f"Valkuil {number} van {len(pitfalls)}: {pitfall.title}")
                io.say(pitfall.what)
                io.say("Zo voorkom je het:")
                io.numbered(list(pitfall.avoid))
                was_read = pitfall.id in self.prep.pitfalls_read
                now_read = io.ask_yes_no("Gelezen?", was_read if was_read else None)
                if now_read and not was_read:
                    self.prep.pitfalls_read.append(pitfall.id)
                    self.save()
                elif was_read and not now_read:
                    self.prep.pitfalls_read.remove(pitfall.id)
                    self.save()

            asks.append(read)
        run_questions(asks)

    # ----------------------------------------------------------------- agenda

    def _agenda(self, step: Step) -> None:
        assert isinstance(step, AgendaStep)

        def changed(items: list[str]) -> None:
            if self.prep.agenda_texts() != items:
                self.prep.agenda[:] = merge_by_text(self.prep.agenda, items, lambda text: AgendaItem(text=text))
                self.save()

        self.io.blank()
        self.edit_list(
            "Je agenda",
            self.prep.agenda_texts(),
            new_prompt="Typ een punt. Het belangrijkste eerst.",
            movable=True,
            changed=changed,
        )

    # ----------------------------------------------------------------- summary and the sheet

    def _summary(self, step: Step) -> None:
        assert isinstance(step, SummaryStep)
        for line in overview_lines(self.prep, self.conv, self.content):
            number = re.match(r"\d+\. ", line)
            self.io.say(line, hanging=" " * len(number.group()) if number else None)
        self.io.blank()
        if self.io.ask_yes_no("Wil je het blad nu opslaan?", default=True):
            self.save_sheet()

    def proposed_sheet_path(self) -> Path:
        """Where to propose saving: where it was saved last time, else the current folder."""
        if self.prep.sheet_path:
            return Path(self.prep.sheet_path)
        return self.cwd / sheet_filename(self.prep, self.content)

    def save_sheet(self) -> Path | None:
        """Ask where to save the sheet and save it; asks again after a problem. None: not saved."""
        io = self.io
        sheet = build_sheet(self.prep, self.content, today=date.today())
        text = render_markdown(sheet)
        proposed = self.proposed_sheet_path()
        while True:
            io.say("Waar wil je het blad opslaan?")
            io.say(f"Enter = {proposed}")
            answer = io.read_answer("> ").strip()
            path = Path(answer).expanduser() if answer else proposed
            if not path.is_absolute():
                path = self.cwd / path
            overwrite = False
            if path.exists() and not path.is_dir():
                overwrite = io.ask_yes_no(f"Het bestand {path} bestaat al. Wil je het vervangen?", default=False)
                if not overwrite:
                    io.say("Kies dan een andere naam.")
                    continue
            try:
                written = write_sheet(text, path, overwrite=overwrite)
            except SheetExistsError as error:
                io.say(str(error))
                continue
            except SheetError as error:
                io.say(str(error))
                io.say("Probeer het nog een keer.")
                continue
            break
        self.prep.sheet_path = str(written)
        self.save()
        io.say(f"Het blad is opgeslagen: {written}")
        self._write_print_page(written, sheet)
        return written

    def _write_print_page(self, markdown_path: Path, sheet: SheetDocument) -> None:
        from gesprekscoach.sheet.printing import PrintError, write_html_next_to

        try:
            page = write_html_next_to(markdown_path, sheet)
        except PrintError as error:
            self.io.say(f"Het blad om af te drukken (HTML) is niet gemaakt. {error}")
            return
        self.io.say(f"Om af te drukken: open {page} in je browser en druk op Ctrl+P.")


class _GoalRemoved(Exception):
    """The user cleared the sentence of a goal: remove the goal."""


def overview_lines(prep: Preparation, conv: ConversationType, content: Content) -> list[str]:
    """A short overview of a preparation, as plain lines (for the summary step)."""
    lines = [f"Je voorbereiding op je {conv.name} van {dutch_date(prep.meeting_date)}."]
    if prep.with_whom.strip():
        lines.append(f"Met: {prep.with_whom.strip()}.")
    tips = [item for step in conv.steps if isinstance(step, ChecklistStep) for item in step.items]
    done = sum(1 for item in tips if (state := prep.checklist.get(item.id)) is not None and state.done)
    if tips:
        lines.append(f"Tips afgevinkt: {done} van {len(tips)}.")
    asked = [q for step in conv.steps if isinstance(step, QuestionsStep) for q in step.questions]
    answered = sum(1 for q in asked if q in prep.answers and not prep.answers[q].is_empty())
    if asked:
        lines.append(f"Vragen beantwoord: {answered} van {len(asked)}.")
    lines += _overview_list("Je doelen", (goal.text for goal in prep.goals))
    lines += _overview_list("Vragen die je stelt", (q.text for q in prep.questions_to_ask))
    lines += _overview_list("Je feedback", (item.text for item in prep.feedback))
    pitfalls = [p for step in conv.steps if isinstance(step, PitfallsStep) for p in _pitfalls_of(content, step)]
    if pitfalls:
        read = sum(1 for p in pitfalls if p.id in prep.pitfalls_read)
        lines.append(f"Valkuilen gelezen: {read} van {len(pitfalls)}.")
    lines += _overview_list("Je agenda", prep.agenda_texts())
    return lines


def _pitfalls_of(content: Content, step: PitfallsStep) -> list[Pitfall]:
    try:
        return content.pitfalls_for(step)
    except KeyError:
        return []


def _overview_list(title: str, texts: Iterable[str]) -> list[str]:
    shown = [" ".join(text.split()) for text in texts if text.strip()]
    if not shown:
        return [f"{title}: nog niets."]
    return [f"{title}:"] + [f"{number}. {text}" for number, text in enumerate(shown, start=1)]
