"""The Dutch headings and labels of the preparation sheet (what the reader sees, never a key).

`build_sheet` puts these texts into the document; the renderers only show them. Rewording one
changes the words on the sheet and nothing else: the layout follows the section kinds.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

SHEET_TITLE = "Voorbereiding"
"""The first word of the sheet's title: 'Voorbereiding functioneringsgesprek — …'."""

WITH_LABEL = "Met:"
"""In front of the name of the person the meeting is with."""

SECTION_AGENDA = "Wat ik wil bespreken"
SECTION_CARRY_OVER = "Afspraken van de vorige keer"
SECTION_LOOKING_BACK = "Terugblik"
SECTION_GOALS = "Mijn doelen"
SECTION_QUESTIONS = "Vragen die ik wil stellen"
SECTION_FEEDBACK = "Feedback voor mijn leidinggevende"
SECTION_REMEMBER = "Om te onthouden"
SECTION_NOTES = "Aantekeningen tijdens het gesprek"
SECTION_AGREEMENTS = "Afspraken"

SECTION_ORDER: tuple[str, ...] = (
    SECTION_AGENDA,
    SECTION_CARRY_OVER,
    SECTION_LOOKING_BACK,
    SECTION_GOALS,
    SECTION_QUESTIONS,
    SECTION_FEEDBACK,
    SECTION_REMEMBER,
    SECTION_NOTES,
    SECTION_AGREEMENTS,
)
"""The headings of all sections, in the order they appear on the sheet."""

EXAMPLE_LABEL = "Voorbeeld:"
"""In front of the example with an answer."""

SMART_LABELS: tuple[tuple[str, str], ...] = (
    ("specifiek", "Specifiek"),
    ("meetbaar", "Meetbaar"),
    ("acceptabel", "Acceptabel"),
    ("realistisch", "Realistisch"),
    ("tijdgebonden", "Tijdgebonden"),
)
"""The SMART fields of a goal and their labels on the sheet."""

UNTITLED_GOAL = "Doel {nummer}"
"""The heading of a goal without a sentence ({nummer}: its place among the goals on the sheet)."""

VERDICT_LABEL = "SMART:"
"""In front of a goal's SMART marks."""

DEADLINE_LABEL = "Uiterlijk:"
"""In front of the deadline the SMART check read from a goal."""

STEPS_CAPTION = "Mijn stappen:"
"""Above the steps of a goal."""

NOTE_LABEL = "Mijn notitie:"
"""In front of the user's note with a tip or a carried-over item."""

PITFALLS_CAPTION = "Let op deze valkuilen:"
"""Above the pitfalls to remember."""

CARRY_OVER_SOURCE = "Uit het {bron}"
"""The heading of the items carried over from one earlier conversation or report."""

CARRY_OVER_LABELS: dict[str, str] = {
    "doel": "Doel",
    "afspraak": "Afspraak",
    "belofte": "Belofte van mijn leidinggevende",
    "bezwaar": "Niet eens met het verslag",
}
"""How each kind of carried-over item is named on the sheet."""

CARRY_OVER_STATUS: dict[str, str] = {"open": "nog open", "gedaan": "gedaan", "vervallen": "vervallen"}
"""How the status of a carried-over item is written on the sheet."""

GOAL_RESULTS: dict[str, str] = {"behaald": "behaald", "deels": "deels behaald", "niet": "niet behaald"}
"""How the result of a carried-over goal is written on the sheet."""

OWNER_LABEL = "wie:"
"""In front of who does a carried-over agreement."""

DUE_LABEL = "uiterlijk"
"""In front of the deadline of a carried-over item."""

AGREEMENT_HEADERS: tuple[str, str, str] = ("Wat", "Wie", "Wanneer")
"""The columns of the agreements table."""
