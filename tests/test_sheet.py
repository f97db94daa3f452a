"""The preparation sheet: layout, escaping of everything a user can type, and the shipped example.

The example sheet docs/voorbeeld-voorbereiding.md is rendered from `example_preparation()`
below with the shipped content. When the content or the sheet layout changes on purpose,
write it again with:

    GESPREKSCOACH_WRITE_EXAMPLE=1 .venv/bin/python -m pytest tests/test_sheet.py -k example
"""

from __future__ import annotations

import errno
import functools
import os
import random
import re
import stat
from datetime import date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from gesprekscoach.content.models import ChecklistStep, Content
from gesprekscoach.sheet.markdown import (
    SECTION_CARRY_OVER,
    SECTION_ORDER,
    SheetExistsError,
    SheetWriteError,
    escape_markdown,
    render_sheet,
    sheet_filename,
    write_sheet,
    yaml_scalar,
)
from gesprekscoach.store.models import (
    AgendaItem,
    Answer,
    AskedQuestion,
    CarryOverItem,
    ChecklistState,
    FeedbackItem,
    Goal,
    Preparation,
)

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "docs" / "voorbeeld-voorbereiding.md"
TZ = timezone(timedelta(hours=1))

H1 = "Voorbereiding functioneringsgesprek — maandag 23 november 2026"

TODAY = date(2026, 11, 22)
"""The day the example preparation is made (goal deadlines like 'in mei' count from it)."""

# --------------------------------------------------------------------------- helpers


def _markdown() -> MarkdownIt:
    """CommonMark plus GFM tables (the sheet's Afspraken table)."""
    return MarkdownIt("commonmark").enable("table")


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """The YAML front matter (parsed) and the Markdown body after it."""
    assert text.startswith("---\n")
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]), text[end + len("\n---\n") :]


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _collect(html: str) -> _TextCollector:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return collector


def normalize(text: str) -> str:
    """Visible text with runs of white space as one space (control characters dropped)."""
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text)
    return " ".join(text.split())


def visible_text(html: str) -> str:
    return normalize(" ".join(_collect(html).parts))


@functools.lru_cache(maxsize=8)
def _tokens(body: str) -> tuple[Token, ...]:
    """The markdown-it tokens of a body (cached: long sheets take a while to parse)."""
    return tuple(_markdown().parse(body))


def headings(body: str, levels: tuple[int, ...] = (1, 2)) -> list[tuple[int, str]]:
    """(level, visible text) of the headings of these levels, in order."""
    md = _markdown()
    tokens = _tokens(body)
    found: list[tuple[int, str]] = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and int(token.tag[1]) in levels:
            inline = tokens[index + 1]
            html = md.renderer.renderInline(inline.children or [], md.options, {})
            found.append((int(token.tag[1]), visible_text(html)))
    return found


def tables(body: str) -> list[dict[str, list]]:
    """Every table: its header cells and its body rows (lists of visible cell texts)."""
    tokens = _tokens(body)
    result: list[dict[str, list]] = []
    current: dict[str, list] | None = None
    section = ""
    row: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            current = {"header": [], "rows": []}
        elif token.type == "table_close" and current is not None:
            result.append(current)
            current = None
        elif token.type in ("thead_open", "tbody_open"):
            section = token.type
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            inline: Token = tokens[index + 1]
            row.append(inline.content.strip() if inline.type == "inline" else "")
        elif token.type == "tr_close" and current is not None:
            if section == "thead_open":
                current["header"] = row
            else:
                current["rows"].append(row)
    return result


@functools.lru_cache(maxsize=8)
def html_of(body: str) -> str:
    return _markdown().render(body)


def _prep(conversation: str = "functionering", **changes: object) -> Preparation:
    base: dict[str, object] = {
        "id": "2026-11-23-functionering",
        "conversation": conversation,
        "meeting_date": date(2026, 11, 23),
        "created_at": datetime(2026, 11, 20, 19, 30, tzinfo=TZ),
        "updated_at": datetime(2026, 11, 22, 21, 15, tzinfo=TZ),
    }
    base.update(changes)
    return Preparation.model_validate(base)


def _tick_all_tips(prep: Preparation, content: Content) -> None:
    conv = content.conversation(prep.conversation)
    for step in conv.steps:
        if isinstance(step, ChecklistStep):
            for item in step.items:
                prep.checklist[item.id] = ChecklistState(done=True)


def example_preparation() -> Preparation:
    """A realistic preparation for a functioneringsgesprek (the shipped example sheet)."""
    return _prep(
        with_whom="Anne de Vries",
        checklist={
            "onderwerpen-vragen": ChecklistState(done=True),
            "terugkijken": ChecklistState(done=True),
            "niet-verdedigen": ChecklistState(note="Eerst luisteren. Dan pas reageren."),
            "voorstel-groei": ChecklistState(done=True),
            "belemmeringen-noemen": ChecklistState(done=True),
            "eerlijk-terugkijken": ChecklistState(done=True),
            "feedback-ophalen": ChecklistState(done=True, note="Jeroen en Fatima hebben gereageerd."),
            "doel-gesprek": ChecklistState(done=True),
            "vragen-opschrijven": ChecklistState(done=True),
            "houding": ChecklistState(note="Map met aantekeningen de avond ervoor klaarleggen."),
        },
        answers={
            "afspraken-planning": Answer(
                text=(
                    "Ik zou twee nieuwe collega's inwerken. Dat is gelukt.\n"
                    "De cursus Excel heb ik nog niet gedaan. In de zomer was er geen tijd."
                ),
                example="Mila doet na zes weken zelfstandig de telefoon.",
            ),
            "wat-ging-goed": Answer(
                text="Ik heb het nieuwe ticketsysteem mee ingevoerd. Klanten krijgen nu sneller antwoord.",
                example="De gemiddelde wachttijd ging van drie werkdagen naar één werkdag.",
            ),
            "wat-ging-minder": Answer(
                text="In de zomer was het erg druk. Ik deed te veel zelf en vroeg te laat om hulp.",
                example="In juli heb ik twee weken lang elke dag overgewerkt.",
            ),
            "feedback-collegas": Answer(
                text="Collega's vinden dat ik goed uitleg en rustig blijf. Ik mag vaker zeggen wanneer iets niet lukt.",
                example="Fatima zei: 'Je helpt iedereen, maar vergeet jezelf niet.'",
            ),
            "ontwikkeling": Answer(text="Ik wil leren plannen voor het hele team. Een cursus Excel helpt daarbij."),
            "werk-beter": Answer(text="Een tweede beeldscherm, en een vaste vervanger in drukke weken."),
        },
        goals=[
            Goal(
                text="Ik maak de weekplanning van het team",
                specifiek="Ik volg de cursus Excel voor gevorderden. Daarna maak ik elke week de planning.",
                meetbaar="Ik heb het certificaat. De planning staat elke vrijdag om 12 uur klaar.",
                acceptabel="Anne wil graag dat iemand uit het team de planning overneemt.",
                realistisch="De cursus kost twee uur per week. Die tijd krijg ik onder werktijd.",
                tijdgebonden="De cursus is klaar voor 1 april 2027. In mei maak ik de planning zelf.",
                steps=[
                    "Een cursus kiezen en me aanmelden voor 15 december",
                    "Elke dinsdagmiddag twee uur leren",
                    "In april de planning samen met Anne maken",
                ],
            ),
            Goal(
                text="Ik vraag op tijd om hulp als het druk is",
                specifiek="Loop ik meer dan vijf tickets achter? Dan zeg ik dat dezelfde dag in het teamoverleg.",
                meetbaar="Ik houd een maand lang bij hoe vaak ik om hulp vraag.",
                tijdgebonden="Ik begin op 1 december. In februari kijken we samen terug.",
                steps=["Met Anne afspreken wie mijn vaste vervanger is"],
            ),
        ],
        questions_to_ask=[
            AskedQuestion(
                text="Hoe zie jij mijn rol in het team over een jaar?", suggestion_id="vraag-rol-over-een-jaar"
            ),
            AskedQuestion(text="Mag ik de cursus onder werktijd volgen?"),
            AskedQuestion(text="Wanneer kijken we samen hoe het gaat met de afspraken?", suggestion_id="vraag-vervolg"),
        ],
        feedback=[
            FeedbackItem(
                text=(
                    "Ik merk dat ik de prioriteiten soms pas op vrijdag hoor.\n"
                    "Ik zou graag op maandag tien minuten kort overleggen."
                )
            ),
            FeedbackItem(
                text="Je gaf me de ruimte voor het ticketsysteem. Dat waardeer ik, en dat wil ik graag zo houden."
            ),
        ],
        pitfalls_read=["te-defensief", "geen-voorbereiding", "geen-afspraken"],
        agenda=["De cursus Excel", "De werkdruk in de zomer", "Mijn rol in de planning"],
    )


# --------------------------------------------------------------------------- layout


def test_full_sheet_has_exactly_the_expected_headings(shipped_content: Content) -> None:
    text = render_sheet(example_preparation(), shipped_content)
    _, body = split_front_matter(text)
    # the example has nothing carried over from an earlier conversation (see test_carry_over_section)
    assert headings(body) == [(1, H1)] + [(2, title) for title in SECTION_ORDER if title != SECTION_CARRY_OVER]
    assert SECTION_ORDER == (
        "Wat ik wil bespreken",
        "Afspraken van de vorige keer",
        "Terugblik",
        "Mijn doelen",
        "Vragen die ik wil stellen",
        "Feedback voor mijn leidinggevende",
        "Om te onthouden",
        "Aantekeningen tijdens het gesprek",
        "Afspraken",
    )
    assert text.endswith("|\n") and not text.endswith("\n\n")


def test_front_matter(shipped_content: Content) -> None:
    front, _ = split_front_matter(render_sheet(example_preparation(), shipped_content))
    assert front == {"gesprek": "functioneringsgesprek", "datum": date(2026, 11, 23), "met": "Anne de Vries"}
    text = render_sheet(example_preparation(), shipped_content)
    assert text.startswith("---\ngesprek: functioneringsgesprek\ndatum: 2026-11-23\nmet: Anne de Vries\n---\n# ")
    front, _ = split_front_matter(render_sheet(_prep(), shipped_content))
    assert front == {"gesprek": "functioneringsgesprek", "datum": date(2026, 11, 23)}


def test_agreements_table_has_three_columns_and_empty_rows(shipped_content: Content) -> None:
    _, body = split_front_matter(render_sheet(example_preparation(), shipped_content))
    found = tables(body)
    assert len(found) == 1
    assert found[0]["header"] == ["Wat", "Wie", "Wanneer"]
    assert found[0]["rows"] == [["", "", ""]] * 4


def test_notes_are_ruled_lines_not_headings(shipped_content: Content) -> None:
    _, body = split_front_matter(render_sheet(_prep(), shipped_content))
    notes = body.split("## Aantekeningen tijdens het gesprek\n", 1)[1].split("## Afspraken", 1)[0]
    lines = [line for line in notes.splitlines() if line.strip()]
    assert len(lines) >= 6
    assert all(set(line) == {"_"} for line in lines)
    html = html_of(notes)
    assert html.count("<hr />") == len(lines)
    assert _collect(html).tags == ["hr"] * len(lines)


def test_sections_without_user_text_are_left_out(shipped_content: Content) -> None:
    prep = _prep()
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    # nothing filled in: the open tips and the pitfalls are still worth a reminder
    assert [title for _, title in headings(body)[1:]] == [
        "Om te onthouden",
        "Aantekeningen tijdens het gesprek",
        "Afspraken",
    ]
    _tick_all_tips(prep, shipped_content)
    prep.goals = [Goal(), Goal(text="   ")]
    prep.agenda = [AgendaItem(text=""), AgendaItem(text="  ")]
    prep.answers = {"wat-ging-goed": Answer(text=" ", example="\n")}
    prep.questions_to_ask = [AskedQuestion(text=" ")]
    prep.feedback = [FeedbackItem(text="")]
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    assert [title for _, title in headings(body)[1:]] == [
        "Om te onthouden",  # the pitfalls
        "Aantekeningen tijdens het gesprek",
        "Afspraken",
    ]
    assert "- [" not in body
    unknown = _prep(conversation="bestaat-niet")
    _, body = split_front_matter(render_sheet(unknown, shipped_content))
    assert headings(body) == [
        (1, "Voorbereiding bestaat-niet — maandag 23 november 2026"),
        (2, "Aantekeningen tijdens het gesprek"),
        (2, "Afspraken"),
    ]


def test_control_characters_alone_count_as_empty(shipped_content: Content) -> None:
    prep = _prep(
        with_whom="\x1b",
        agenda=["\x00", "echt punt"],
        answers={"wat-ging-goed": Answer(text="\x07\n\x08", example="\x1b[0m")},
        goals=[Goal(text="\x00", steps=["\x01"])],
        feedback=[FeedbackItem(text="\x7f")],
    )
    text = render_sheet(prep, shipped_content)
    front, body = split_front_matter(text)
    assert "met" not in front and "Met:" not in body
    assert [title for _, title in headings(body)[1:4]] == ["Wat ik wil bespreken", "Terugblik", "Om te onthouden"]
    assert "1. echt punt\n\n" in body
    assert "### Wat ging de afgelopen tijd goed?\n\n**Voorbeeld:** \\[0m\n" in body
    assert _lint(text) == []


def test_a_note_on_a_tip_counts_as_user_text(shipped_content: Content) -> None:
    prep = _prep()
    _tick_all_tips(prep, shipped_content)
    prep.checklist["houding"] = ChecklistState(done=True, note="Op tijd vertrekken.")
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    assert "- [x] Kom op tijd, met je papieren, en met een open houding.  \n  Mijn notitie: Op tijd vertrekken." in body
    assert body.count("- [") == 1


def test_open_tips_and_pitfalls_to_remember(shipped_content: Content) -> None:
    prep = example_preparation()
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    remember = body.split("## Om te onthouden\n", 1)[1].split("\n## ", 1)[0]
    # not ticked: shown as an open box, with the note
    assert (
        "- [ ] Ga niet meteen in de verdediging als je kritiek krijgt.  \n  Mijn notitie: Eerst luisteren." in remember
    )
    # ticked with a note: kept, as a ticked box
    assert "- [x] Vraag collega's en andere leidinggevenden wat zij van je werk vinden." in remember
    # ticked without a note: gone
    assert "Schrijf je vragen op." not in remember
    # every pitfall of the conversation, read or not, as title plus first way to avoid it
    for pitfall in shipped_content.pitfalls.pitfalls:
        assert f"- **{escape_markdown(pitfall.title)}:** {escape_markdown(pitfall.avoid[0])}" in remember


def test_answers_in_step_order_with_their_example(shipped_content: Content) -> None:
    conv = shipped_content.conversation("functionering")
    prep = _prep(
        answers={
            "doelen-behaald": Answer(text="Twee van de drie."),  # second questions step
            "wat-ging-goed": Answer(text="Het project.", example="Op tijd af."),  # first questions step
            "wat-ging-minder": Answer(example="Alleen een voorbeeld."),
            "belemmeringen": Answer(text="  ", example=""),  # empty: left out
            "vraag-voorbeeld": Answer(text="In geen stap."),  # a question of the conversation, in no questions step
            "oude-vraag": Answer(text="Vraag bestaat niet meer."),  # content changed since
        }
    )
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    assert [text for _, text in headings(body, (3,))] == [
        conv.question("wat-ging-goed").text,
        conv.question("wat-ging-minder").text,
        conv.question("doelen-behaald").text,
        conv.question("vraag-voorbeeld").text,
        "Oude vraag",
    ]
    assert "### Wat ging de afgelopen tijd goed?\n\nHet project.\n\n**Voorbeeld:** Op tijd af.\n" in body
    assert "### Waar liep je tegenaan?\n\n**Voorbeeld:** Alleen een voorbeeld.\n" in body
    assert conv.question("belemmeringen").text not in body


def test_goals_with_smart_letters_and_steps(shipped_content: Content) -> None:
    prep = _prep(
        goals=[
            Goal(),
            Goal(
                text="Beter plannen", meetbaar="Elke vrijdag klaar.", tijdgebonden="Voor 1 maart.", steps=["Start", ""]
            ),
            Goal(steps=["Alleen een stap"]),
        ]
    )
    _, body = split_front_matter(render_sheet(prep, shipped_content, today=TODAY))
    goals = body.split("## Mijn doelen\n", 1)[1].split("\n## ", 1)[0]
    assert goals == (
        "\n### Beter plannen\n\n"
        "**SMART:** S – M – A – R – T ✓ · **Uiterlijk:** 1 maart 2027\n\n"
        "- **Meetbaar:** Elke vrijdag klaar.\n"
        "- **Tijdgebonden:** Voor 1 maart.\n\n"
        "Mijn stappen:\n\n"
        "1. Start\n\n"
        "### Doel 2\n\n"
        "Mijn stappen:\n\n"
        "1. Alleen een stap\n"
    )
    full = render_sheet(example_preparation(), shipped_content)
    for label in ("Specifiek", "Meetbaar", "Acceptabel", "Realistisch", "Tijdgebonden"):
        assert f"- **{label}:** " in full


def _goals_section(prep: Preparation, content: Content, today: date = TODAY) -> str:
    _, body = split_front_matter(render_sheet(prep, content, today=today))
    return body.split("## Mijn doelen\n", 1)[1].split("\n## ", 1)[0]


def test_goal_verdict_per_letter_and_resolved_deadline(shipped_content: Content) -> None:
    smart = Goal(
        text="Ik rond de cursus Excel af met een certificaat",
        acceptabel="Ja, Anne wil dit ook",
        tijdgebonden="binnen drie maanden",
    )
    vague = Goal(text="Ik wil beter communiceren", acceptabel="", realistisch="Ik heb er tijd voor")
    goals = _goals_section(_prep(goals=[smart, vague]), shipped_content)
    first, second = goals.split("### ")[1:]
    assert first.splitlines()[2] == "**SMART:** S ✓ M ✓ A ✓ R – T ✓ · **Uiterlijk:** 22 februari 2027"
    assert second.splitlines()[2] == "**SMART:** S – M – A – R ✓ T –"
    assert "Uiterlijk" not in second
    # the deadline counts from the day the sheet is made
    later = _goals_section(_prep(goals=[smart]), shipped_content, today=date(2027, 1, 10))
    assert "· **Uiterlijk:** 10 april 2027\n" in later


def test_goal_deadline_in_the_past_is_flagged(shipped_content: Content) -> None:
    goal = Goal(text="Ik rond de cursus Excel af met een certificaat", tijdgebonden="voor 1 juli 2025")
    goals = _goals_section(_prep(goals=[goal]), shipped_content)
    lines = goals.splitlines()
    assert lines[3] == "**SMART:** S ✓ M ✓ A – R – T ✓ · **Uiterlijk:** 1 juli 2025  "
    assert lines[4].startswith("Let op:") and "1 juli 2025" in lines[4]
    assert _lint(render_sheet(_prep(goals=[goal]), shipped_content, today=TODAY)) == []


def test_goal_with_only_steps_has_no_verdict(shipped_content: Content) -> None:
    goals = _goals_section(_prep(goals=[Goal(steps=["Een cursus zoeken"])]), shipped_content)
    assert "SMART" not in goals and "Uiterlijk" not in goals


def test_line_breaks_of_the_user_are_kept(shipped_content: Content) -> None:
    prep = _prep(agenda=["Eerste regel\nTweede regel\n\nNieuwe alinea"], feedback=[FeedbackItem(text="a\r\nb")])
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    assert "1. Eerste regel  \n   Tweede regel\n\n   Nieuwe alinea\n" in body
    assert "- a  \n  b\n" in body
    html = html_of(body)
    assert "Eerste regel<br />\nTweede regel" in html
    assert "<p>Nieuwe alinea</p>" in html


# --------------------------------------------------------------------------- escaping

NASTY_LINES = [
    "# kop",
    "## Afspraken",
    "###### zes",
    "kop #",
    "#hashtag",
    "a | b | c",
    "| Wat | Wie | Wanneer |",
    "|---|---|",
    "---",
    "- - -",
    "***",
    "___",
    "===",
    "Setext",
    "---",
    "<script>alert(1)</script>",
    "<div onclick=x>blok</div>",
    "<!-- commentaar -->",
    "<?php echo 1; ?>",
    "`code`",
    "``dubbel``",
    "```",
    "```python",
    "~~~",
    "~~doorgestreept~~",
    "😀🎉 emoji 👩‍👩‍👧",
    "- [ ] taak",
    "- [x] klaar",
    "* ster",
    "+ plus",
    "1. een",
    "2) twee",
    "10. tien",
    "> citaat",
    ">> dubbel",
    "_schuin_ en *schuin* en **vet** en __vet__",
    "[link](https://example.com)",
    "![plaatje](x.png)",
    "[ref]: https://example.com",
    "[^1]: voetnoot",
    "<https://example.com>",
    "www.example.com",
    "&amp; &copy; &#35; &#x23;",
    "backslash \\ en \\\\ en \\*",
    "eindigt met backslash\\",
    "    vier spaties ingesprongen",
    "\tmet tab",
    "trailing spaces   ",
    "a  ",
    "tekst\u2028met line separator",
    "nul\x00byte en escape\x1b[31m",
    "1.",
    "Term",
    ": definitie",
    "$$ x $$",
    "{{ sjabloon }}",
    "%}",
]
NASTY = "\n".join(NASTY_LINES) + "\n\n\n\nlaatste alinea\r\nmet windows-regel\rmet oude mac-regel"
LONG = ("Een lange tekst met 😀, | pipes |, # hekjes, <b>html</b> en `code`. " * 1600)[:100_000]
USER_TEXTS = [NASTY, LONG]


def _fill_every_user_field(prep: Preparation, content: Content, make: callable) -> None:  # type: ignore[valid-type]
    """Put `make(n)` into every field a user can type in (n numbers the field)."""
    counter = iter(range(10_000))

    def text() -> str:
        return make(next(counter))

    prep.with_whom = text()
    conv = content.conversation(prep.conversation)
    for step in conv.steps:
        if isinstance(step, ChecklistStep):
            for item in step.items:
                prep.checklist[item.id] = ChecklistState(done=False, note=text())
    prep.answers = {q.id: Answer(text=text(), example=text()) for q in conv.questions[:4]}
    prep.answers["niet-meer-in-de-inhoud"] = Answer(text=text(), example=text())
    prep.questions_to_ask = [AskedQuestion(text=text()) for _ in range(2)]
    prep.goals = [
        Goal(
            text=text(),
            specifiek=text(),
            meetbaar=text(),
            acceptabel=text(),
            realistisch=text(),
            tijdgebonden=text(),
            steps=[text(), text()],
        )
        for _ in range(2)
    ]
    prep.feedback = [FeedbackItem(text=text()) for _ in range(2)]
    prep.agenda = [AgendaItem(text=text()) for _ in range(2)]
    prep.carry_over = [
        CarryOverItem(
            id=f"2026-01-15-planning:doel-{n}",
            kind=kind,
            text=text(),
            owner=text(),
            note=text(),
            source_id="2026-01-15-planning",
            source_label="planningsgesprek van 15 januari 2026",
        )
        for n, kind in enumerate(("doel", "afspraak"), start=1)
    ]


def _user_strings(prep: Preparation) -> list[str]:
    strings = [prep.with_whom, *prep.agenda_texts()]
    strings += [state.note for state in prep.checklist.values()]
    strings += [part for answer in prep.answers.values() for part in (answer.text, answer.example)]
    strings += [q.text for q in prep.questions_to_ask] + [f.text for f in prep.feedback]
    for goal in prep.goals:
        strings += [goal.text, goal.specifiek, goal.meetbaar, goal.acceptabel, goal.realistisch, goal.tijdgebonden]
        strings += goal.steps
    for item in prep.carry_over:
        strings += [item.text, item.note] + ([item.owner] if item.kind == "afspraak" else [])
    return strings


def _structure(html: str) -> list[str]:
    """The element names of the page, without paragraphs and line breaks."""
    return [tag for tag in _collect(html).tags if tag not in ("p", "br")]


def test_nothing_typed_can_break_the_structure(shipped_content: Content) -> None:
    clean = _prep()
    _fill_every_user_field(clean, shipped_content, lambda n: f"tekst {n}")
    clean_front, clean_body = split_front_matter(render_sheet(clean, shipped_content))

    nasty = _prep()
    _fill_every_user_field(nasty, shipped_content, lambda n: USER_TEXTS[n % 2])
    nasty.goals[0].text, nasty.goals[1].text = NASTY, LONG  # one goal heading of each
    nasty_text = render_sheet(nasty, shipped_content)
    front, body = split_front_matter(nasty_text)

    # front matter: still three keys, and the user text reads back exactly
    assert set(front) == set(clean_front) == {"gesprek", "datum", "met"}
    assert front["met"] == NASTY.strip()
    assert front["gesprek"] == "functioneringsgesprek" and front["datum"] == date(2026, 11, 23)

    # the same headings, the same table, the same elements
    assert headings(body) == headings(clean_body) == [(1, H1)] + [(2, title) for title in SECTION_ORDER]
    assert len(headings(body, (3,))) == len(headings(clean_body, (3,)))
    assert tables(body) == tables(clean_body) == [{"header": ["Wat", "Wie", "Wanneer"], "rows": [["", "", ""]] * 4}]
    html = html_of(body)
    assert _structure(html) == _structure(html_of(clean_body))
    assert "<script" not in html and "<div" not in html and "<a " not in html and "<img" not in html
    assert "<code" not in html and "<pre" not in html and "<blockquote" not in html and "<em" not in html

    # every user text is there, as the user typed it
    page = visible_text(html)
    for line in NASTY_LINES + ["laatste alinea", "met windows-regel", "met oude mac-regel"]:
        assert normalize(line) in page, line
    assert normalize(LONG) in page
    assert LONG in nasty_text.replace("\\", "") or normalize(LONG) in page
    # the goal headings show the user text on one line
    goal_heads = [text for _, text in headings(body, (3,))]
    assert normalize(NASTY) in goal_heads
    assert normalize(LONG) in goal_heads


def test_every_user_field_reaches_the_sheet(shipped_content: Content) -> None:
    prep = _prep()
    _fill_every_user_field(prep, shipped_content, lambda n: f"uniek-{n:03d}-woord")
    page = visible_text(html_of(split_front_matter(render_sheet(prep, shipped_content))[1]))
    for value in _user_strings(prep):
        if value != prep.with_whom:
            assert value in page, value
    assert f"Met: {prep.with_whom}" in page


@pytest.mark.parametrize("line", NASTY_LINES)
def test_escape_markdown_keeps_one_line_plain_text(line: str) -> None:
    escaped = escape_markdown(line)
    assert "\n" not in escaped
    for prefix, shown in (("", ""), ("- ", ""), ("1. ", ""), ("# ", ""), ("- **Label:** ", "Label: ")):
        html = html_of(prefix + escaped + "\n")
        assert visible_text(html) == normalize(shown + normalize(line)), (prefix, line)
    html = html_of(escaped + "\n")
    if normalize(line):
        assert _structure(html) == [] and html.startswith("<p>")


def test_escape_markdown_inside_a_paragraph_after_other_text() -> None:
    """A line that follows another line of the same paragraph cannot start a block."""
    for line in NASTY_LINES:
        html = html_of("Eerste regel  \n" + escape_markdown(line) + "\n")
        assert _structure(html) == [], line


def test_emoji_and_long_text_pass_intact(shipped_content: Content) -> None:
    prep = _prep(agenda=[LONG], with_whom="Zoë 😀")
    text = render_sheet(prep, shipped_content)
    assert "Zoë 😀" in text
    front, body = split_front_matter(text)
    assert front["met"] == "Zoë 😀"
    assert normalize(LONG) in visible_text(html_of(body))


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Anne de Vries", "Anne de Vries"),
        ("Jan-Willem O'Brien", "Jan-Willem O'Brien"),
        ("Zoë", "Zoë"),
        ("yes", '"yes"'),
        ("Null", '"Null"'),
        ("Off", '"Off"'),
        ("123", '"123"'),
        ("a: b", '"a: b"'),
        ("# kop", '"# kop"'),
        ("---", '"---"'),
        ("'quote", '"\'quote"'),
        ('zeg "hoi"', '"zeg \\"hoi\\""'),
        ("regel\nregel", '"regel\\nregel"'),
    ],
)
def test_yaml_scalar(value: str, written: str) -> None:
    assert yaml_scalar(value) == written
    assert yaml.safe_load(f"met: {written}\n") == {"met": value}


def test_yaml_scalar_round_trips_random_text() -> None:
    pieces = [
        "a", "Z", "é", " ", "\n", "\r", "\t", ":", "#", "-", "'", '"', "\\", "😀", "\x00", "\x1b", "\x7f",
        "\x85", "\u2028", "\u2029", "\ufeff", "\ufffe", "\xa0", "yes", "null", "1", "---", "...", "|", ">",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(3000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        front = f"---\nmet: {yaml_scalar(value)}\n---\n"
        assert yaml.safe_load(front.split("---\n")[1]) == {"met": value}, repr(value)
        assert front.count("\n") == 3


# --------------------------------------------------------------------------- files


def test_sheet_filename(shipped_content: Content) -> None:
    assert sheet_filename(example_preparation(), shipped_content) == (
        "voorbereiding-functioneringsgesprek-2026-11-23.md"
    )
    assert sheet_filename(_prep(conversation="pop"), shipped_content) == "voorbereiding-pop-gesprek-2026-11-23.md"
    assert sheet_filename(_prep(conversation="../../etc"), shipped_content) == "voorbereiding-etc-2026-11-23.md"


def test_write_sheet_is_private_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "blad.md"
    assert write_sheet("# Eerste\n", path) == path
    assert path.read_text(encoding="utf-8") == "# Eerste\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(SheetExistsError) as exists:
        write_sheet("# Tweede\n", path)
    assert "bestaat al" in str(exists.value)
    assert path.read_text(encoding="utf-8") == "# Eerste\n"
    write_sheet("# Tweede 😀\n", path, overwrite=True)
    assert path.read_text(encoding="utf-8") == "# Tweede 😀\n"
    assert [p.name for p in tmp_path.iterdir()] == ["blad.md"]


def test_write_sheet_errors_in_dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SheetWriteError) as missing:
        write_sheet("x\n", tmp_path / "bestaat-niet" / "blad.md")
    assert "bestaat niet" in str(missing.value)
    with pytest.raises(SheetWriteError) as folder:
        write_sheet("x\n", tmp_path, overwrite=True)
    assert "is een map" in str(folder.value)

    path = tmp_path / "blad.md"
    write_sheet("oud\n", path)

    def fail(error: int) -> callable:  # type: ignore[valid-type]
        def raiser(*args: object, **kwargs: object) -> None:
            raise OSError(error, os.strerror(error))

        return raiser

    for code, words in ((errno.ENOSPC, "schijf is vol"), (errno.EACCES, "geen toestemming"), (errno.EROFS, "niet mag")):
        monkeypatch.setattr(os, "replace", fail(code))
        with pytest.raises(SheetWriteError) as raised:
            write_sheet("nieuw\n", path, overwrite=True)
        monkeypatch.undo()
        assert words in str(raised.value)
        assert path.read_text(encoding="utf-8") == "oud\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["blad.md"]


# --------------------------------------------------------------------------- the shipped example


def test_example_sheet_is_current(shipped_content: Content) -> None:
    text = render_sheet(example_preparation(), shipped_content, today=TODAY)
    if os.environ.get("GESPREKSCOACH_WRITE_EXAMPLE") == "1":
        EXAMPLE.parent.mkdir(exist_ok=True)
        EXAMPLE.write_text(text, encoding="utf-8")
    assert EXAMPLE.read_text(encoding="utf-8") == text, (
        "docs/voorbeeld-voorbereiding.md is out of date; see the docstring of tests/test_sheet.py"
    )


# Rules switched off for the sheet, each because it fights the sheet's design:
LINT_DISABLED_RULES = {
    # MD013 line-length: a line holds what the user typed, as long as they typed it. Wrapping
    # it would change their text; printers and Markdown viewers wrap long lines anyway.
    "md013",
    # MD060 table-column-style: pymarkdown miscounts the columns of cells that hold only
    # spaces, and such cells are the writing space of the "Afspraken" table (which is
    # aligned by construction, see sheet._agreements_table).
    "md060",
}


def _lint(text: str) -> list[str]:
    from pymarkdown.api import PyMarkdownApi

    api = PyMarkdownApi()
    for extension in ("front-matter", "markdown-tables", "markdown-task-list-items", "markdown-strikethrough"):
        api.enable_extension_by_identifier(extension)
    for rule in sorted(LINT_DISABLED_RULES):
        api.disable_rule_by_identifier(rule)
    result = api.scan_string(text)
    return [
        f"{f.line_number}:{f.column_number} {f.rule_id} {f.rule_name} {f.extra_error_information}"
        for f in result.scan_failures
    ]


def test_example_sheet_is_lint_clean() -> None:
    assert _lint(EXAMPLE.read_text(encoding="utf-8")) == []


def test_a_sheet_with_odd_text_is_lint_clean(shipped_content: Content) -> None:
    prep = _prep()
    _fill_every_user_field(prep, shipped_content, lambda n: f"regel {n}\nnog een regel # | <b>\n\nalinea {n} - 1. *x*")
    assert _lint(render_sheet(prep, shipped_content)) == []


def test_the_linter_does_catch_problems() -> None:
    """Guard: the lint set-up above really reports a broken sheet."""
    assert _lint("---\ngesprek: x\n---\n# Kop\n## Kop2\n#Geen spatie\n\n\n\ntekst   \n")


# --------------------------------------------------------------------------- issue 5: the cycle and private items


def _carried(**changes: object) -> CarryOverItem:
    base: dict[str, object] = {
        "id": "2026-01-15-planning:doel-1",
        "kind": "doel",
        "text": "Ik werk twee nieuwe collega's in",
        "source_id": "2026-01-15-planning",
        "source_label": "planningsgesprek van 15 januari 2026",
        "ref": "doel-1",
    }
    base.update(changes)
    return CarryOverItem.model_validate(base)


def test_carry_over_section(shipped_content: Content) -> None:
    prep = _prep(
        carry_over=[
            _carried(result="behaald", status="gedaan", deadline=date(2026, 7, 1)),
            _carried(
                id="2026-01-15-planning:doel-2", ref="doel-2", text="Cursus Excel", result="deels", note="Half af"
            ),
            _carried(
                id="2026-01-15-planning:afspraak-1",
                kind="afspraak",
                text="Opleiding aanvragen",
                owner="Kees",
                deadline=date(2026, 2, 1),
            ),
            _carried(
                id="2026-01-15-planning:afspraak-2", kind="belofte", text="Budget regelen", owner="mijn leidinggevende"
            ),
            _carried(id="2026-01-15-planning:afspraak-3", kind="afspraak", text="Oud plan", status="vervallen"),
            _carried(
                id="2026-06-10-functionering:bezwaar-1",
                kind="bezwaar",
                text="Te weinig initiatief",
                source_id="2026-06-10-functionering",
                source_label="verslag van het functioneringsgesprek van 10 juni 2026",
            ),
        ]
    )
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    section = body.split(f"## {SECTION_CARRY_OVER}\n\n", 1)[1].split("\n## ", 1)[0]
    assert section == (
        "### Uit het planningsgesprek van 15 januari 2026\n\n"
        "- [x] **Doel:** Ik werk twee nieuwe collega's in — uiterlijk 1 juli 2026 · behaald\n"
        "- [ ] **Doel:** Cursus Excel — deels behaald  \n"
        "  Mijn notitie: Half af\n"
        "- [ ] **Afspraak:** Opleiding aanvragen — wie: Kees · uiterlijk 1 februari 2026 · nog open\n"
        "- [ ] **Belofte van mijn leidinggevende:** Budget regelen — nog open\n"
        "- **Afspraak:** Oud plan — vervallen\n\n"
        "### Uit het verslag van het functioneringsgesprek van 10 juni 2026\n\n"
        "- [ ] **Niet eens met het verslag:** Te weinig initiatief — nog open\n"
    )
    titles = [title for level, title in headings(body) if level == 2]
    assert titles.index(SECTION_CARRY_OVER) == 0  # no agenda: it comes first


def _private_everywhere() -> Preparation:
    """A preparation with one shared and one private item of every kind."""
    return _prep(
        checklist={
            "onderwerpen-vragen": ChecklistState(note="GEDEELDE-NOTITIE"),
            "terugkijken": ChecklistState(note="PRIVE-NOTITIE", private=True),
        },
        answers={
            "wat-ging-goed": Answer(text="GEDEELD-ANTWOORD", example="GEDEELD-VOORBEELD"),
            "wat-ging-minder": Answer(text="PRIVE-ANTWOORD", example="PRIVE-VOORBEELD", private=True),
        },
        questions_to_ask=[AskedQuestion(text="GEDEELDE-VRAAG"), AskedQuestion(text="PRIVE-VRAAG", private=True)],
        goals=[Goal(text="GEDEELD-DOEL"), Goal(text="PRIVE-DOEL", steps=["PRIVE-STAP"], private=True)],
        feedback=[FeedbackItem(text="GEDEELDE-FEEDBACK"), FeedbackItem(text="PRIVE-FEEDBACK", private=True)],
        agenda=[AgendaItem(text="GEDEELD-PUNT"), AgendaItem(text="PRIVE-PUNT", private=True)],
        carry_over=[
            _carried(text="GEDEELD-OVERGENOMEN"),
            _carried(id="x:doel-2", text="PRIVE-OVERGENOMEN", note="PRIVE-OVERGENOMEN-NOTITIE", private=True),
        ],
    )


def test_private_items_are_left_off_without_a_trace(shipped_content: Content) -> None:
    prep = _private_everywhere()
    before = prep.model_dump()
    shared = render_sheet(prep, shipped_content)
    full = render_sheet(prep, shipped_content, full=True)
    assert prep.model_dump() == before  # rendering never changes the preparation
    for word in ("NOTITIE", "ANTWOORD", "VOORBEELD", "VRAAG", "DOEL", "FEEDBACK", "PUNT", "OVERGENOMEN"):
        assert f"GEDEELD-{word}" in shared or f"GEDEELDE-{word}" in shared, word
        assert f"PRIVE-{word}" not in shared, word
        assert f"PRIVE-{word}" in full, word
    assert "PRIVE-STAP" not in shared and "PRIVE-STAP" in full
    # nothing says that something was left out
    for hint in ("privé", "prive", "alleen voor mij", "weggelaten", "verborgen", "niet getoond"):
        assert hint not in shared.lower().replace("prive-", ""), hint
    # a tip with a private note is still on the sheet, without the note
    assert "Vraag je leidinggevende wat jullie gaan bespreken." in shared
    assert "Kijk terug op je werk van de afgelopen tijd." in shared
    # the sections follow the same order; a section with only private items is left out
    only_private = _prep(goals=[Goal(text="PRIVE-DOEL", private=True)], carry_over=[_carried(private=True)])
    titles = [
        title
        for level, title in headings(split_front_matter(render_sheet(only_private, shipped_content))[1])
        if level == 2
    ]
    assert "Mijn doelen" not in titles and SECTION_CARRY_OVER not in titles
    titles_full = [
        t
        for level, t in headings(split_front_matter(render_sheet(only_private, shipped_content, full=True))[1])
        if level == 2
    ]
    assert "Mijn doelen" in titles_full and SECTION_CARRY_OVER in titles_full
