"""Agreements made in the meeting: who does it (read from what the user types) and by when.

On paper an agreement is 'wat · wie · wanneer'. The coach asks the same three things and
reads them: `parse_owner` turns 'ik', 'leidinggevende', the manager's name or another name
into an owner, and `resolve_deadline` reads the date with the SMART check ('voor 1 juli',
'binnen zes weken' counted from the day of the meeting).

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import re
from datetime import date

from gesprekscoach.checks.smart import find_deadline, format_deadline
from gesprekscoach.content.models import Content
from gesprekscoach.store.models import OWNER_LABELS, Agreement, Owner

_ME = frozenset({"", "ik", "mij", "mijzelf", "ikzelf", "zelf", "ik zelf", "me"})
_MANAGER = frozenset(
    {"leidinggevende", "mijn leidinggevende", "de leidinggevende", "lg", "manager", "mijn manager", "baas", "mijn baas"}
)


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split())


def parse_owner(text: str, manager_name: str = "") -> tuple[Owner, str]:
    """Who does it, from what the user typed: (owner, name of someone else).

    '' or 'ik' → me; 'leidinggevende', 'manager', 'baas' or the manager's (first) name → my
    manager; any other text → someone else, with that text as the name.
    """
    words = _words(text)
    if words in _ME:
        return "ik", ""
    manager = _words(manager_name)
    if words in _MANAGER or (manager and (words == manager or words == manager.split()[0])):
        return "leidinggevende", ""
    return "ander", " ".join(text.split())


def who_text(agreement: Agreement) -> str:
    """What to show in the 'wie' field for an agreement (the reverse of `parse_owner`)."""
    if agreement.owner == "ander":
        return agreement.owner_name
    return "leidinggevende" if agreement.owner == "leidinggevende" else "ik"


def resolve_deadline(agreement: Agreement, meeting_date: date, content: Content | None = None) -> date | None:
    """The date the agreement is due, read by the SMART check from 'wanneer' (else from 'wat').

    Relative times ('binnen zes weken') count from the day of the meeting.
    """
    text = agreement.deadline_text if agreement.deadline_text.strip() else agreement.what
    if not text.strip():
        return None
    return find_deadline(text, today=meeting_date)


def describe_parts(agreement: Agreement) -> tuple[str, str]:
    """Who does it and by when, as the coach reads them: ('ik', 'uiterlijk 1 februari 2027')."""
    who = agreement.who() if agreement.owner != "ander" or agreement.owner_name.strip() else OWNER_LABELS["ander"]
    if agreement.deadline is not None:
        return who, f"uiterlijk {format_deadline(agreement.deadline)}"
    if agreement.deadline_text.strip():
        return who, "die datum ken ik niet. Typ bijvoorbeeld: voor 1 juli, of binnen zes weken."
    return who, "nog geen datum"


def describe(agreement: Agreement) -> str:
    """One line about who and when, for next to the fields: 'ik · uiterlijk 1 februari 2027'."""
    return " · ".join(describe_parts(agreement))


def update_agreement(
    agreement: Agreement,
    *,
    meeting_date: date,
    content: Content | None = None,
    what: str | None = None,
    who: str | None = None,
    when: str | None = None,
    manager_name: str = "",
) -> None:
    """Change an agreement from the three fields (only those given) and read its deadline again."""
    if what is not None:
        agreement.what = what
    if who is not None:
        agreement.owner, agreement.owner_name = parse_owner(who, manager_name)
    if when is not None:
        agreement.deadline_text = when
    agreement.deadline = resolve_deadline(agreement, meeting_date, content)
