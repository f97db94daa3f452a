"""Rehearsing ('Oefenen') in the full screen: the manager's likely questions, one at a time.

Which questions, their order and the round are the session's (`session.rehearsal`): the
manager's questions plus the ones marked hard, in a random order; a question marked 'nog
oefenen' comes back later in the round. First the user may mark other questions as hard
(`SetQuestionHard`); then each question is shown, the user answers aloud or types (what is
typed here is practice and is not kept), Ctrl+T shows the prepared answer and example, and
Ctrl+G ('ging goed') or Ctrl+O ('nog oefenen') marks it (`SetRehearsalMark`), saved like every
edit. The round ends with a summary in words.

Opened from the home screen (O, for a chosen preparation) and from the conversation screen (F5).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalGroup, VerticalGroup, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Header, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import ConversationType
from gesprekscoach.content.templates import fill
from gesprekscoach.session.commands import SetQuestionHard, SetRehearsalMark
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.session.rehearsal import (
    AGAIN,
    GOOD,
    RehearsalQuestion,
    RehearsalRound,
    manager_question_ids,
    questions_of_steps,
    rehearsal_questions,
)
from gesprekscoach.store.models import RehearsalMark
from gesprekscoach.tui.context import CoachContext
from gesprekscoach.tui.dialogs.help import HelpDialog
from gesprekscoach.tui.screen_commands import PaletteEntry, ScreenCommands
from gesprekscoach.tui.screens.autosaving import AutosavingScreen
from gesprekscoach.tui.widgets.coach_footer import CoachFooter
from gesprekscoach.tui.widgets.save_status import SaveStatus

REHEARSAL_KEYS: list[tuple[str, str]] = [
    ("Ctrl+N", "beginnen met oefenen, of een nieuwe ronde"),
    ("Spatie / Enter", "in de lijst: een vraag moeilijk vinden (nog eens: weer niet)"),
    ("Ctrl+T", "toon wat je had voorbereid"),
    ("Ctrl+G", "ging goed"),
    ("Ctrl+O", "nog oefenen: de vraag komt straks terug"),
    ("Esc", "terug (alles is bewaard)"),
]
"""The keys of the rehearsal screen (for its help)."""

HARD_WORD = "Moeilijk: "
"""Before a question the user marked as hard (told by word, not by colour)."""

MARK_WORDS: dict[RehearsalMark, str] = {GOOD: "ging goed", AGAIN: "nog oefenen"}
"""How the last try is told, in words."""


def one_line(text: str) -> str:
    """A content text (folded YAML) as one line."""
    return " ".join(text.split())


class RehearsalScreen(AutosavingScreen):
    """Rehearse the questions of one preparation; every mark is a session command, saved soon after."""

    COMMANDS = {ScreenCommands}

    BINDINGS = [
        Binding("ctrl+n", "start", "beginnen", priority=True),
        Binding("space", "toggle_hard", "moeilijk"),
        Binding("ctrl+t", "show_answer", "antwoord tonen", priority=True),
        Binding("ctrl+g", "mark_good", "ging goed", priority=True),
        Binding("ctrl+o", "mark_again", "nog oefenen", priority=True),
        Binding("f1", "help", "hulp"),
        Binding("escape", "home", "terug"),
    ]

    def __init__(
        self,
        context: CoachContext,
        session: PreparationSession,
        conversation: ConversationType,
        *,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(context, session, classes="rehearsal-screen")
        self.conversation = conversation
        self.texts = around_meeting_texts(context.content)
        self.rng = rng if rng is not None else random.Random()
        """Chooses the order of a round (a test gives a seeded one)."""
        self.round: RehearsalRound | None = None
        """The round under way (None: not started, or over)."""
        self.asked = 0
        """How many questions were shown in this round."""
        self.answer_shown = False
        """True once the prepared answer of the current question is shown."""
        manager = set(manager_question_ids(conversation))
        self.other_questions = [
            question for _step, question in questions_of_steps(conversation) if question.id not in manager
        ]
        """The questions that are not the manager's: the user may mark them as hard."""

    # ----------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        """The start part (hard questions), the question part and the end part; one is shown at a time."""
        yield Header()
        with VerticalScroll(id="rehearsal-body"):
            yield Static("Oefenen", classes="step-title", markup=False)
            with VerticalGroup(id="rehearsal-start"):
                yield from self._start_part()
            with VerticalGroup(id="rehearsal-question"):
                yield Static("", id="rehearsal-count", markup=False)
                yield Static("", id="rehearsal-question-text", markup=False)
                yield Static("", id="rehearsal-state", markup=False)
                yield Static("Typ je antwoord hier, of zeg het hardop. Wat je hier typt, bewaart de coach niet.",
                             classes="dim", markup=False)  # fmt: skip
                yield TextArea("", id="rehearsal-answer", soft_wrap=True, tab_behavior="focus",
                               show_line_numbers=False)  # fmt: skip
                yield Static("", id="rehearsal-prepared", markup=False)
                with HorizontalGroup(classes="rehearsal-buttons"):
                    yield Button("Toon mijn antwoord (Ctrl+T)", id="rehearsal-show", compact=True)
                    yield Button(f"{self.texts.rehearse_good} (Ctrl+G)", id="rehearsal-good", compact=True)
                    yield Button(f"{self.texts.rehearse_again} (Ctrl+O)", id="rehearsal-again", compact=True)
            with VerticalGroup(id="rehearsal-end"):
                yield Static("", id="rehearsal-summary", markup=False)
                with HorizontalGroup(classes="rehearsal-buttons"):
                    yield Button("Nog een ronde (Ctrl+N)", id="rehearsal-restart", compact=True)
                    yield Button("Terug (Esc)", id="rehearsal-back", compact=True)
            yield SaveStatus(id="save-status")
        yield CoachFooter()

    def _start_part(self) -> Iterator[Widget]:
        yield Static(one_line(self.texts.rehearse_intro), classes="step-intro", markup=False)
        if self.other_questions:
            yield Static(self.texts.rehearse_other_questions, classes="section-title", markup=False)
            yield Static(
                "Vind je een van deze vragen moeilijk? Druk op de spatiebalk of Enter. Dan oefen je hem ook.",
                classes="dim", markup=False,
            )  # fmt: skip
            yield OptionList(*self._hard_options(), id="rehearsal-hard", markup=False)
        yield Static("", id="rehearsal-ready", markup=False)
        yield Button("Beginnen met oefenen (Ctrl+N)", id="rehearsal-begin", compact=True)

    def _hard_options(self) -> list[Option]:
        hard = {item.question.id for item in self._questions() if item.hard}
        return [
            Option(
                f"{HARD_WORD}{one_line(question.text)}" if question.id in hard else one_line(question.text),
                id=f"hard-{question.id}",
            )  # fmt: skip
            for question in self.other_questions
        ]

    def on_mount(self) -> None:
        """Show the title and the start part."""
        self.title = "Oefenen"
        self.sub_title = f"{self.session.conversation_name[:1].upper()}{self.session.conversation_name[1:]}"
        self._show_part("rehearsal-start")
        self._show_ready()
        if self.other_questions:
            options = self.query_one("#rehearsal-hard", OptionList)
            options.highlighted = 0
            options.focus()
        else:
            self.query_one("#rehearsal-begin").focus()

    def _questions(self) -> list[RehearsalQuestion]:
        return rehearsal_questions(self.prep, self.conversation)

    def _show_part(self, part: str) -> None:
        for name in ("rehearsal-start", "rehearsal-question", "rehearsal-end"):
            self.query_one(f"#{name}").display = name == part
        self.refresh_bindings()

    def _show_ready(self) -> None:
        count = len(self._questions())
        if count:
            text = f"Je oefent {count} {'vraag' if count == 1 else 'vragen'}."
        else:
            text = one_line(self.texts.rehearse_none)
        self.query_one("#rehearsal-ready", Static).update(text)

    # ----------------------------------------------------------------- marking questions as hard

    @on(OptionList.OptionSelected, "#rehearsal-hard")
    def _hard_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_toggle_hard()

    def action_toggle_hard(self) -> None:
        """Mark the highlighted other question as hard (it joins the round), or not hard again."""
        options = self.query_one("#rehearsal-hard", OptionList)
        index = options.highlighted
        if index is None or not 0 <= index < len(self.other_questions):
            return
        question = self.other_questions[index]
        hard = not any(item.hard and item.question.id == question.id for item in self._questions())
        self.apply(SetQuestionHard(question.id, hard))
        options.replace_option_prompt_at_index(index, self._hard_options()[index].prompt)
        self._show_ready()

    # ----------------------------------------------------------------- the round

    @on(Button.Pressed, "#rehearsal-begin, #rehearsal-restart")
    def _begin_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_start()

    def action_start(self) -> None:
        """Start a round with the questions as they are now (the manager's and the hard ones)."""
        questions = self._questions()
        if not questions:
            self.notify(one_line(self.texts.rehearse_none), severity="warning", markup=False)
            return
        self.round = RehearsalRound(questions, self.rng)
        self.asked = 0
        self._show_part("rehearsal-question")
        self._next()

    def _next(self) -> None:
        rehearsal = self.round
        current = rehearsal.next_question() if rehearsal is not None else None
        if rehearsal is None or current is None:
            self._end()
            return
        self.asked += 1
        count = self.asked - 1 + rehearsal.remaining
        self.query_one("#rehearsal-count", Static).update(
            fill(self.texts.rehearse_question, nummer=str(self.asked), aantal=str(count))
        )
        self.query_one("#rehearsal-question-text", Static).update(one_line(current.question.text))
        state: list[str] = []
        if current.hard:
            state.append("Je vindt deze vraag moeilijk.")
        if current.mark is not None:
            state.append(f"Vorige keer: {MARK_WORDS[current.mark]}.")
        self.query_one("#rehearsal-state", Static).update(" ".join(state))
        area = self.query_one("#rehearsal-answer", TextArea)
        area.text = ""
        prepared = self.query_one("#rehearsal-prepared", Static)
        prepared.update("")
        prepared.display = False
        self.answer_shown = False
        area.focus()

    def _prepared_text(self, current: RehearsalQuestion) -> str:
        answer = current.answer
        lines: list[str] = []
        if answer is None or not answer.text.strip():
            lines.append(one_line(self.texts.rehearse_no_answer))
        else:
            lines += [self.texts.rehearse_your_answer, answer.text.strip()]
        if answer is not None and answer.example.strip():
            lines += ["", self.texts.rehearse_example, answer.example.strip()]
        return "\n".join(lines)

    @on(Button.Pressed, "#rehearsal-show")
    def _show_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_show_answer()

    def action_show_answer(self) -> None:
        """Show what was prepared for the current question: the answer and the example."""
        current = self.round.next_question() if self.round is not None else None
        if current is None:
            return
        prepared = self.query_one("#rehearsal-prepared", Static)
        prepared.update(self._prepared_text(current))
        prepared.display = True
        self.answer_shown = True
        self.query_one("#rehearsal-good").focus()

    @on(Button.Pressed, "#rehearsal-good")
    def _good_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_mark_good()

    @on(Button.Pressed, "#rehearsal-again")
    def _again_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_mark_again()

    def action_mark_good(self) -> None:
        """'Ging goed': the question is done for this round."""
        self._mark(GOOD)

    def action_mark_again(self) -> None:
        """'Nog oefenen': the question comes back later in this round."""
        self._mark(AGAIN)

    def _mark(self, mark: RehearsalMark) -> None:
        rehearsal = self.round
        current = rehearsal.next_question() if rehearsal is not None else None
        if rehearsal is None or current is None:
            return
        self.apply(SetRehearsalMark(current.question.id, mark))
        rehearsal.mark(mark)
        if mark == AGAIN:
            self.notify(self.texts.rehearse_again_later, markup=False)
        self._next()

    def _end(self) -> None:
        rehearsal = self.round
        good, again = (rehearsal.good, rehearsal.again) if rehearsal is not None else (0, 0)
        self.round = None
        self.query_one("#rehearsal-summary", Static).update(
            fill(self.texts.rehearse_done, goed=str(good), oefenen=str(again))
        )
        self._show_part("rehearsal-end")
        self.query_one("#rehearsal-restart").focus()
        self.flush()

    def palette_commands(self) -> list[PaletteEntry]:
        """The command palette entries of this screen (the ones that work now)."""
        if self.round is None:
            return [
                ("Beginnen met oefenen", "Een ronde met de vragen van je leidinggevende (Ctrl+N)", self.action_start)
            ]
        return [
            ("Antwoord tonen", "Toon wat je had voorbereid (Ctrl+T)", self.action_show_answer),
            ("Ging goed", "Deze vraag is klaar voor deze ronde (Ctrl+G)", self.action_mark_good),
            ("Nog oefenen", "Deze vraag komt straks terug (Ctrl+O)", self.action_mark_again),
        ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Showing and marking only while a question is open; starting only when no round is under way."""
        if action in ("show_answer", "mark_good", "mark_again"):
            return self.round is not None
        if action == "start":
            return self.round is None
        if action == "toggle_hard":
            focused = self.app.focused
            return focused is not None and focused.id == "rehearsal-hard"
        return True

    @on(Button.Pressed, "#rehearsal-back")
    async def _back_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        await self.action_home()

    def action_help(self) -> None:
        """Help for rehearsing and its keys."""
        self.app.push_screen(HelpDialog("oefenen", one_line(self.texts.rehearse_intro), REHEARSAL_KEYS))
