"""Send your agenda ahead: a short, polite message to the manager with the date and the agenda points.

The points are the user's own words; a point marked 'alleen voor mij' is never in it. The texts
come from the content (`after.yaml`, `around_meeting`). Outputs: the text (`AgendaMessage.text()`),
a `mailto:` address with subject and body percent-encoded (`mailto_url`), and a `.txt` file
(`write_agenda_message`, never over an existing file unless asked).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from gesprekscoach.atomic import atomic_write_bytes
from gesprekscoach.content.after_texts import around_meeting_texts
from gesprekscoach.content.models import Content
from gesprekscoach.content.templates import fill
from gesprekscoach.dates import day_month_year, short_time
from gesprekscoach.session.cycle import conversation_name
from gesprekscoach.store.models import Preparation


@dataclass(frozen=True)
class AgendaMessage:
    """The message: its subject line and its body (lines joined by newlines)."""

    subject: str
    body: str

    def text(self) -> str:
        """Subject and body as one text, for the screen and the .txt file."""
        return f"{self.subject}\n\n{self.body}\n"


def shared_agenda_points(prep: Preparation) -> list[str]:
    """The agenda points in the user's words (white space tidied), without the private ones and the empty ones."""
    return [" ".join(item.text.split()) for item in prep.agenda if not item.private and item.text.strip()]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def agenda_message(prep: Preparation, content: Content) -> AgendaMessage:
    """The message for this preparation: greeting (by name when known), date (and time), points, closing."""
    texts = around_meeting_texts(content)
    day = day_month_year(prep.meeting_date)
    if prep.meeting_time is not None and texts.agenda_date_time is not None:
        day = fill(texts.agenda_date_time, datum=day, tijd=short_time(prep.meeting_time))
    values = {
        "gesprek": conversation_name(prep, content),
        "datum": day,
        "naam": _one_line(prep.with_whom),
    }
    subject = _one_line(fill(texts.agenda_subject, **values))
    greeting = fill(texts.agenda_greeting if values["naam"] else texts.agenda_greeting_no_name, **values)
    points = shared_agenda_points(prep)
    lines = [_one_line(greeting), ""]
    if points:
        lines.append(_one_line(fill(texts.agenda_opening, **values)))
        lines += [f"- {point}" for point in points]
    else:
        lines.append(_one_line(texts.agenda_no_points))
    lines += ["", _one_line(texts.agenda_closing), "", _one_line(texts.agenda_sign_off)]
    return AgendaMessage(subject=subject, body="\n".join(lines))


def mailto_url(message: AgendaMessage, to: str = "") -> str:
    """A `mailto:` address (RFC 6068) with the subject and body percent-encoded (UTF-8, CRLF line breaks)."""
    body = message.body.replace("\r\n", "\n").replace("\n", "\r\n")
    recipient = quote(to.strip(), safe="@")
    return f"mailto:{recipient}?subject={quote(message.subject, safe='')}&body={quote(body, safe='')}"


def agenda_filename(prep: Preparation) -> str:
    """The proposed file name: 'agenda-<preparation id>.txt'."""
    return f"agenda-{prep.id}.txt"


def write_agenda_message(message: AgendaMessage, path: Path, *, overwrite: bool = False) -> Path:
    """Write the message as a UTF-8 text file; FileExistsError when it exists and `overwrite` is False.

    OSError when it cannot be written (the caller turns it into a Dutch message).
    """
    if path.exists() and not overwrite:
        raise FileExistsError(str(path))
    atomic_write_bytes(path, message.text().encode("utf-8"))
    return path
