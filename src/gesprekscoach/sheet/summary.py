"""The summary after the meeting: what was agreed (wat · wie · wanneer) and what comes next.

One page to keep, or to send to the manager: the conversation and its date, who it was with
and who I am, the agreements written down after the meeting (not those marked 'alleen voor
mij'), the next conversation and whether the report came in. `build_summary` makes a
`SummaryDocument`; `render_summary_text` writes it as plain text, and the PDF comes from the
template `content/sheet/summary.typ`.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass

from gesprekscoach.checks.smart import format_deadline
from gesprekscoach.content.models import Content
from gesprekscoach.content.templates import fill
from gesprekscoach.dates import day_month_year
from gesprekscoach.sheet.build import PreviousMeeting, conversation_name
from gesprekscoach.sheet.document import AgreementRow, LabelledLine
from gesprekscoach.sheet.letter import file_part, wrap
from gesprekscoach.sheet.plain_text import clean_line, has_text
from gesprekscoach.store.models import Preparation


@dataclass(frozen=True)
class SummaryDocument:
    """What was agreed in one meeting, on one page."""

    title: str
    """'Wat we hebben afgesproken'."""
    intro: str
    """'functioneringsgesprek van 23 november 2026'."""
    people: tuple[LabelledLine, ...]
    """'Met: Anne de Vries', 'Van: Sam Jansen, klantadviseur' (the ones that are known)."""
    columns: tuple[str, str, str]
    agreements: tuple[AgreementRow, ...]
    done_label: str
    none_text: str
    """Said instead of the table when nothing was written down."""
    follow_up: tuple[LabelledLine, ...]
    """'Volgend gesprek: …', 'Verslag ontvangen op: …'."""


def build_summary(
    prep: Preparation,
    content: Content,
    *,
    next_meeting: PreviousMeeting | None = None,
    name: str = "",
    function: str = "",
) -> SummaryDocument:
    """The summary of the meeting of `prep` (see the module docstring)."""
    labels = content.sheet_labels
    words = labels.summary
    meeting = fill(words.intro, gesprek=conversation_name(prep, content), datum=day_month_year(prep.meeting_date))
    people: list[LabelledLine] = []
    if has_text(prep.with_whom):
        people.append(LabelledLine(words.with_label, clean_line(prep.with_whom)))
    me = ", ".join(part for part in (clean_line(name), clean_line(function)) if part)
    if me:
        people.append(LabelledLine(words.me_label, me))
    rows: list[AgreementRow] = []
    record = prep.after
    for agreement in record.agreements if record is not None else []:
        if agreement.private or not has_text(agreement.what):
            continue
        when = format_deadline(agreement.deadline) if agreement.deadline else clean_line(agreement.deadline_text)
        rows.append(AgreementRow(clean_line(agreement.what), clean_line(agreement.who()), when, agreement.done))
    if next_meeting is not None:
        following = fill(
            labels.previous_text, gesprek=next_meeting.conversation, datum=day_month_year(next_meeting.day)
        )
    else:
        following = _next_conversation(prep, content)
    received = (
        day_month_year(record.report_received_on)
        if record is not None and record.report_received_on is not None
        else words.report_not_received
    )
    return SummaryDocument(
        title=words.title,
        intro=clean_line(meeting),
        people=tuple(people),
        columns=labels.agreement_columns,
        agreements=tuple(rows),
        done_label=words.done,
        none_text=words.agreements_none,
        follow_up=(
            LabelledLine(words.next_meeting, clean_line(following)),
            LabelledLine(words.report_received, received),
        ),
    )


def _next_conversation(prep: Preparation, content: Content) -> str:
    """'beoordelingsgesprek, nog niet gepland' (the next one of the cycle), or 'nog niet gepland'."""
    unknown = content.sheet_labels.summary.next_meeting_unknown
    try:
        following = content.conversation(prep.conversation).next
        name = content.conversation(following).name if following is not None else ""
    except KeyError:
        name = ""
    return f"{name}, {unknown}" if name else unknown


def summary_filename(prep: Preparation, content: Content, fmt: str = "txt") -> str:
    """'afspraken-functioneringsgesprek-2026-11-23.txt'."""
    return f"afspraken-{file_part(conversation_name(prep, content))}-{prep.meeting_date.isoformat()}.{fmt}"


def render_summary_text(summary: SummaryDocument) -> str:
    """The summary as plain text (ends with one newline)."""
    blocks: list[list[str]] = [[summary.title, summary.intro]]
    if summary.people:
        blocks.append([f"{line.label} {line.text}" for line in summary.people])
    if summary.agreements:
        _what, who, when = summary.columns
        for number, row in enumerate(summary.agreements, start=1):
            marker = f"{number}. "
            indent = " " * len(marker)
            lines = wrap(row.what + (f" ({summary.done_label})" if row.done else ""), indent, marker)
            details = [f"{who}: {row.who}"] + ([f"{when}: {row.when}"] if row.when else [])
            lines += wrap(" · ".join(details), indent)
            blocks.append(lines)
    else:
        blocks.append(wrap(summary.none_text))
    blocks.append([f"{line.label} {line.text}" for line in summary.follow_up])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
