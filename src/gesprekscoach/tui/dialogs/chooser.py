"""The 'Welk gesprek heb ik?' helper: a few questions, then advice on the conversation type."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from gesprekscoach.content.models import ChooserOption, Content
from gesprekscoach.session.chooser import advise


class ChooserDialog(ModalScreen[str | None]):
    """Asks the chooser questions one by one; dismisses with the id of the type to open, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "sluiten"),
        Binding("backspace", "back", "vorige vraag"),
        *[Binding(str(n), f"pick({n})", f"antwoord {n}", show=False) for n in range(1, 10)],
    ]

    question_index: reactive[int] = reactive(0, init=False)
    """The question on screen; equal to the number of questions when the advice is shown."""

    def __init__(self, content: Content) -> None:
        super().__init__(classes="dialog-screen")
        self.content = content
        self.chosen: list[ChooserOption] = []
        self.advised_id: str | None = None

    def compose(self) -> ComposeResult:
        """The intro, the current question with numbered answers, and the advice area."""
        chooser = self.content.chooser
        with Vertical(classes="dialog chooser-dialog"):
            yield Static("Welk gesprek heb ik?", classes="dialog-title", markup=False)
            yield Static(chooser.intro, id="chooser-intro", classes="dialog-text", markup=False)
            yield Static("", id="chooser-progress", classes="dim", markup=False)
            yield Static("", id="chooser-question", classes="chooser-question", markup=False)
            yield OptionList(id="chooser-options", markup=False)
            yield Static(
                "Kies met ↑ ↓ en Enter, of typ het nummer. Backspace: vorige vraag.",
                id="chooser-keys",
                classes="dim",
                markup=False,
            )
            yield Static("", id="chooser-advice", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Openen", id="chooser-open", variant="primary")
                yield Button("Opnieuw", id="chooser-again")
                yield Button("Sluiten", id="chooser-close")

    def on_mount(self) -> None:
        """Show the first question."""
        self._show()

    def watch_question_index(self) -> None:
        """Show the question (or the advice) that belongs to the index."""
        self._show()

    def _show(self) -> None:
        questions = self.content.chooser.questions
        index = self.question_index
        options = self.query_one("#chooser-options", OptionList)
        advice = self.query_one("#chooser-advice", Static)
        open_button = self.query_one("#chooser-open", Button)
        again = self.query_one("#chooser-again", Button)
        intro = self.query_one("#chooser-intro", Static)
        question_text = self.query_one("#chooser-question", Static)
        keys = self.query_one("#chooser-keys", Static)
        intro.display = index == 0
        if index < len(questions):
            question = questions[index]
            question_text.display = True
            keys.display = True
            self.query_one("#chooser-progress", Static).update(f"Vraag {index + 1} van {len(questions)}")
            question_text.update(question.text)
            options.clear_options()
            options.add_options(
                Option(Text(f"{n}. {option.label}"), id=f"option-{n - 1}")
                for n, option in enumerate(question.options, start=1)
            )
            options.display = True
            options.highlighted = 0
            options.focus()
            advice.display = False
            open_button.display = False
            again.display = index > 0
            return
        self.query_one("#chooser-progress", Static).update("Ons advies")
        question_text.display = False
        keys.display = False
        options.display = False
        result = advise(self.content, self.chosen)
        if result.conversation is None:
            self.advised_id = None
            advice.update("Dat weten we niet zeker. Vraag je leidinggevende wat voor gesprek het is.")
            open_button.display = False
            again.focus()
        else:
            self.advised_id = result.conversation.id
            lines = [f"Je hebt waarschijnlijk een {result.conversation.name}.", result.conversation.summary]
            if result.reasons:
                lines += ["", "Waarom:"] + [f"• {reason}" for reason in result.reasons]
            advice.update("\n".join(lines))
            open_button.label = f"Open {result.conversation.name}"
            open_button.display = True
            open_button.focus()
        advice.display = True
        again.display = True

    def _answer(self, option_index: int) -> None:
        questions = self.content.chooser.questions
        if self.question_index >= len(questions):
            return
        options = questions[self.question_index].options
        if not 0 <= option_index < len(options):
            return
        del self.chosen[self.question_index :]
        self.chosen.append(options[option_index])
        self.question_index += 1

    @on(OptionList.OptionSelected, "#chooser-options")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._answer(event.option_index)

    def action_pick(self, number: int) -> None:
        """Answer the current question with option `number` (1 is the first)."""
        self._answer(number - 1)

    def action_back(self) -> None:
        """Go back one question."""
        if self.question_index > 0:
            self.question_index -= 1

    @on(Button.Pressed, "#chooser-again")
    def _again(self) -> None:
        self.chosen.clear()
        if self.question_index == 0:
            self._show()
        self.question_index = 0

    @on(Button.Pressed, "#chooser-open")
    def _open(self) -> None:
        self.dismiss(self.advised_id)

    @on(Button.Pressed, "#chooser-close")
    def _close(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without choosing."""
        self.dismiss(None)
