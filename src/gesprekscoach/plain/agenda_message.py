"""Send your points ahead, in the plain mode: the message to the manager, then save it or open it in mail.

The message is the session's (`session.agenda_message`: never what is only for you). After it
is read out, the user chooses: 1 save it as a text file (a proposed name in the working
folder), 2 open it in the mail program (`open_url` with a `mailto:` address; the user sends
it), 3 nothing. After saving or mailing the choice is offered again; Enter means nothing.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable

from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.templates import fill
from gesprekscoach.plain.editing import PlainEditor
from gesprekscoach.plain.save_file import save_new_file
from gesprekscoach.session.agenda_message import agenda_filename, agenda_message, mailto_url, write_agenda_message

OpenUrl = Callable[[str], bool]
"""Opens an address in the user's program for it (`webbrowser.open`); False when it could not."""


def run_agenda_message(editor: PlainEditor, open_url: OpenUrl) -> None:
    """Read the message out, then save it, open it in mail, or neither; 'terug' is raised (to the menu)."""
    io = editor.io
    session = editor.session
    texts = around_meeting_texts(session.content)
    message = agenda_message(session.prep, session.content)
    with io.helping(lambda: [" ".join(texts.agenda_help.split())]):
        io.blank()
        io.say(message.text())
        choices = [texts.agenda_choice_save, texts.agenda_choice_mail, texts.agenda_choice_nothing]
        while True:
            io.blank()
            io.say(texts.agenda_what_now)
            io.numbered(choices)
            choice = io.ask_choice(
                "Typ een nummer.", len(choices), default=len(choices) - 1, default_label=choices[-1].lower()
            )
            if choice == 0:
                proposed = editor.cwd / agenda_filename(session.prep)
                path = save_new_file(
                    io, texts, proposed, editor.cwd, lambda where: write_agenda_message(message, where)
                )
                io.say(fill(texts.agenda_saved, bestand=str(path)))
            elif choice == 1:
                try:
                    opened = open_url(mailto_url(message))
                except (webbrowser.Error, OSError):
                    opened = False
                io.say(" ".join((texts.agenda_mail_opened if opened else texts.agenda_mail_failed).split()))
            else:
                return
