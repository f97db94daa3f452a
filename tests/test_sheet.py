"""The preparation sheet as Markdown: layout, escaping of everything a user can type, and the shipped example.

The example sheet docs/voorbeeld-voorbereiding.md is rendered from `example_preparation()`
(tests/sheet_fixtures.py) with the shipped content. When the content or the sheet layout
changes on purpose, write it again with:

    GESPREKSCOACH_WRITE_EXAMPLE=1 .venv/bin/python -m pytest tests/test_sheet.py -k example
"""

from __future__ import annotations

import errno
import functools
import os
import random
import re
import stat
from datetime import date, time
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from gesprekscoach.content.models import ChecklistStep, Content, QuestionsStep
from gesprekscoach.sheet.build import PreviousMeeting, SheetContext, build_sheet
from gesprekscoach.sheet.markdown import (
    SheetExistsError,
    SheetWriteError,
    escape_markdown,
    render_markdown,
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
from sheet_fixtures import TODAY, _prep, example_preparation, with_agreements

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "docs" / "voorbeeld-voorbereiding.md"

H1 = "Voorbereiding functioneringsgesprek — maandag 23 november 2026"
MEETING = "In het gesprek · maandag 23 november 2026"
PRIVATE = "Alleen voor mij"

# --------------------------------------------------------------------------- helpers


def _markdown() -> MarkdownIt:
    """CommonMark plus GFM tables (the sheet's Afspraken table)."""
    return MarkdownIt("commonmark").enable("table")


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """The YAML front matter (parsed) and the Markdown body after it."""
    assert text.startswith("---\n")
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]), text[end + len("\n---\n") :]


def shared_part(body: str) -> str:
    """The body without the private part at its end."""
    return body.split(f"\n## {PRIVATE}\n", 1)[0]


def section_of(body: str, heading: str) -> str:
    """The text of the `##` section with this heading (up to the next `##` heading)."""
    return body.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def step_title(content: Content, conversation: str, step_id: str) -> str:
    return content.conversation(conversation).step(step_id).title


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


def _tick_all_tips(prep: Preparation, content: Content) -> None:
    conv = content.conversation(prep.conversation)
    for step in conv.steps:
        if isinstance(step, ChecklistStep):
            for item in step.items:
                prep.checklist[item.id] = ChecklistState(done=True)


# --------------------------------------------------------------------------- layout


def test_sections_follow_the_steps_of_the_conversation(shipped_content: Content) -> None:
    text = render_sheet(example_preparation(), shipped_content)
    _, body = split_front_matter(text)
    title = functools.partial(step_title, shipped_content, "functionering")
    words = shipped_content.sheet_labels
    # the example has nothing carried over from an earlier conversation (see test_carry_over_section)
    assert headings(body) == [
        (1, H1),
        (2, words.headings.agenda),
        (2, title("terugblik")),
        (2, title("verwachte-vragen")),
        (2, title("doelen")),
        (2, title("vragen-stellen")),
        (2, title("feedback")),
        (2, MEETING),
        (2, PRIVATE),
    ]
    assert "Terugblik" not in [heading for _, heading in headings(body)]
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_forward_looking_answers_are_under_their_own_steps(shipped_content: Content) -> None:
    """A planningsgesprek's answers sit under its own steps ('Jouw werk en de organisatie', …)."""
    from sheet_fixtures import planning_preparation

    _, body = split_front_matter(render_sheet(planning_preparation(), shipped_content))
    titles = [heading for level, heading in headings(body) if level == 2]
    conv = shipped_content.conversation("planning")
    steps = [step.title for step in conv.steps if isinstance(step, QuestionsStep)]
    assert titles[1:3] == steps
    section = section_of(body, steps[0])
    assert "Mijn functieomschrijving klopt niet meer" in section


def test_answers_to_the_managers_questions_are_prepared_answers(shipped_content: Content) -> None:
    _, body = split_front_matter(render_sheet(example_preparation(), shipped_content))
    conv = shipped_content.conversation("functionering")
    section = section_of(body, step_title(shipped_content, "functionering", "verwachte-vragen"))
    question = conv.question("ontwikkeling").text
    assert f"### Als mijn leidinggevende vraagt: {question}\n\nIk wil leren plannen voor het hele team." in section
    # reflection questions are not phrased as the manager's
    assert "Als mijn leidinggevende vraagt" not in section_of(
        body, step_title(shipped_content, "functionering", "terugblik")
    )


def test_header_names_me_and_the_previous_conversation(shipped_content: Content) -> None:
    context = SheetContext(
        name="Sam Jansen", function="klantadviseur", previous=PreviousMeeting("planningsgesprek", date(2026, 1, 15))
    )
    sheet = build_sheet(example_preparation(), shipped_content, today=TODAY, context=context)
    assert sheet.header.me_line == "Sam Jansen, klantadviseur"
    assert sheet.header.previous_line == "planningsgesprek van 15 januari 2026"
    front, body = split_front_matter(render_markdown(sheet))
    assert front["ik"] == "Sam Jansen, klantadviseur"
    assert body.startswith(
        f"# {H1}\n\nMet: Anne de Vries  \nIk: Sam Jansen, klantadviseur  \n"
        "Vorig gesprek: planningsgesprek van 15 januari 2026\n\n"
    )


def test_front_matter(shipped_content: Content) -> None:
    text = render_sheet(example_preparation(), shipped_content)
    front, _ = split_front_matter(text)
    assert front == {"gesprek": "functioneringsgesprek", "datum": date(2026, 11, 23), "met": "Anne de Vries"}
    assert text.startswith(
        "---\n    gesprek: functioneringsgesprek\n    datum: 2026-11-23\n    met: Anne de Vries\n---\n# "
    )
    front, _ = split_front_matter(render_sheet(_prep(), shipped_content))
    assert front == {"gesprek": "functioneringsgesprek", "datum": date(2026, 11, 23)}


def test_front_matter_is_no_heading_in_a_plain_commonmark_viewer(shipped_content: Content) -> None:
    """A viewer that does not know front matter shows a line, the fields (as code) and a line: never a heading."""
    text = render_sheet(example_preparation(), shipped_content)
    tokens = _markdown().parse(text)
    assert tokens[0].type == "hr"
    first_heading = next(index for index, token in enumerate(tokens) if token.type == "heading_open")
    assert tokens[first_heading].tag == "h1" and tokens[first_heading + 1].content.startswith("Voorbereiding")
    assert [t.type for t in tokens[:first_heading]] == ["hr", "code_block", "hr"]


def test_agreements_table_has_visible_rows_to_write_in(shipped_content: Content) -> None:
    _, body = split_front_matter(render_sheet(example_preparation(), shipped_content))
    [table] = tables(body)
    assert table["header"] == ["Wat", "Wie", "Wanneer"]
    assert len(table["rows"]) >= 6
    assert all(cell and set(cell) == {"_"} for row in table["rows"] for cell in row)


def test_agreements_written_down_are_in_the_table(shipped_content: Content) -> None:
    prep = with_agreements(example_preparation())
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    [table] = tables(body)
    assert table["rows"][:3] == [
        ["Cursus Excel aanvragen", "ik", "15 december 2026"],
        ["Budget voor de cursus regelen", "mijn leidinggevende", "10 januari 2027"],
        ["Vaste vervanger kiezen (gedaan)", "Jeroen", ""],
    ]
    assert len(table["rows"]) == 3 + 6
    assert "PRIVE-AFSPRAAK" not in body
    assert "**Verslag verwacht op:** 30 november 2026" in body
    full = render_sheet(prep, shipped_content, full=True)
    assert "PRIVE-AFSPRAAK" in full.split(f"## {PRIVATE}", 1)[1]


def test_the_meeting_page_has_reminders_notes_agreements_and_what_comes_next(shipped_content: Content) -> None:
    _, body = split_front_matter(render_sheet(_prep(), shipped_content))
    meeting = section_of(body, MEETING)
    reminders = shipped_content.sheet_labels.in_room_reminders
    assert 1 <= len(reminders) <= 3
    for reminder in reminders:
        assert f"- {escape_markdown(reminder)}\n" in meeting + "\n"
    notes = meeting.split("### Aantekeningen\n", 1)[1].split("### Afspraken", 1)[0]
    lines = [line for line in notes.splitlines() if line.strip()]
    assert len(lines) >= 6 and all(set(line) == {"_"} for line in lines)
    assert _collect(html_of(notes)).tags == ["hr"] * len(lines)
    assert "**Volgend gesprek:** ____" in meeting and "**Verslag verwacht op:** ____" in meeting


def test_no_homework_and_no_app_on_the_shared_pages(shipped_content: Content) -> None:
    prep = example_preparation()
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    shared = shared_part(body)
    conv = shipped_content.conversation("functionering")
    for step in conv.steps:
        if isinstance(step, ChecklistStep):
            for tip in step.items:
                assert escape_markdown(tip.text) not in shared, tip.text
                assert (tip.hint or "") == "" or escape_markdown(tip.hint) not in shared
    for word in ("De stap", "de stap", "coach", "Leg je papieren klaar"):
        assert word not in shared, word


def test_tip_notes_are_my_approach_on_the_private_page(shipped_content: Content) -> None:
    prep = _prep()
    _tick_all_tips(prep, shipped_content)
    prep.checklist["houding"] = ChecklistState(done=True, note="Op tijd vertrekken.")
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    private = body.split(f"## {PRIVATE}\n", 1)[1]
    assert (
        "### Mijn aanpak\n\n- Op tijd vertrekken.  \n  Tip: Leg je papieren klaar en plan genoeg tijd in.\n" in private
    )
    assert "Op tijd vertrekken." not in shared_part(body)
    assert "- [" not in body  # no tips to tick: homework is done at home


def test_pitfalls_are_on_the_private_page(shipped_content: Content) -> None:
    _, body = split_front_matter(render_sheet(example_preparation(), shipped_content))
    private = body.split(f"## {PRIVATE}\n", 1)[1]
    for pitfall in shipped_content.pitfalls.pitfalls:
        line = f"- **{escape_markdown(pitfall.title)}:** {escape_markdown(pitfall.avoid[0])}"
        assert line in private and line not in shared_part(body)


def test_sections_without_user_text_are_left_out(shipped_content: Content) -> None:
    prep = _prep()
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    assert [title for _, title in headings(body)[1:]] == [MEETING, PRIVATE]
    _tick_all_tips(prep, shipped_content)
    prep.goals = [Goal(), Goal(text="   ")]
    prep.agenda = [AgendaItem(text=""), AgendaItem(text="  ")]
    prep.answers = {"wat-ging-goed": Answer(text=" ", example="\n")}
    prep.questions_to_ask = [AskedQuestion(text=" ")]
    prep.feedback = [FeedbackItem(text="")]
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    assert [title for _, title in headings(body)[1:]] == [MEETING, PRIVATE]  # the private page: the pitfalls
    unknown = _prep(conversation="bestaat-niet")
    _, body = split_front_matter(render_sheet(unknown, shipped_content))
    assert headings(body) == [(1, "Voorbereiding bestaat-niet — maandag 23 november 2026"), (2, MEETING)]


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
    assert [title for _, title in headings(body)[1:3]] == [
        shipped_content.sheet_labels.headings.agenda,
        step_title(shipped_content, "functionering", "terugblik"),
    ]
    assert "1. echt punt\n\n" in body
    assert "### Wat ging de afgelopen tijd goed?\n\n**Voorbeeld:** \\[0m\n" in body
    assert _lint(text) == []


def test_answers_in_step_order_with_their_example(shipped_content: Content) -> None:
    conv = shipped_content.conversation("functionering")
    prep = _prep(
        answers={
            "doelen-behaald": Answer(text="Twee van de drie."),  # a later questions step
            "wat-ging-goed": Answer(text="Het project.", example="Op tijd af."),  # first questions step
            "wat-ging-minder": Answer(example="Alleen een voorbeeld."),
            "belemmeringen": Answer(text="  ", example=""),  # empty: left out
            "vraag-voorbeeld": Answer(text="In geen stap."),  # a question of the conversation, in no questions step
            "oude-vraag": Answer(text="Vraag bestaat niet meer."),  # content changed since
        }
    )
    _, body = split_front_matter(render_sheet(prep, shipped_content))
    lead = shipped_content.sheet_labels.manager_asks
    assert [text for _, text in headings(body, (3,))][:5] == [
        conv.question("wat-ging-goed").text,
        conv.question("wat-ging-minder").text,
        f"{lead} {conv.question('doelen-behaald').text}",
        conv.question("vraag-voorbeeld").text,
        "Oude vraag",
    ]
    assert "### Wat ging de afgelopen tijd goed?\n\nHet project.\n\n**Voorbeeld:** Op tijd af.\n" in body
    assert "### Waar liep je tegenaan?\n\n**Voorbeeld:** Alleen een voorbeeld.\n" in body
    assert conv.question("belemmeringen").text not in body
    others = section_of(body, shipped_content.sheet_labels.headings.answers)
    assert "In geen stap." in others and "Vraag bestaat niet meer." in others


def _goals_section(prep: Preparation, content: Content, today: date = TODAY) -> str:
    _, body = split_front_matter(render_sheet(prep, content, today=today))
    return section_of(body, step_title(content, prep.conversation, "doelen"))


def test_goals_with_smart_lines_and_steps(shipped_content: Content) -> None:
    prep = _prep(
        goals=[
            Goal(),
            Goal(
                text="Beter plannen", meetbaar="Elke vrijdag klaar.", tijdgebonden="Voor 1 maart.", steps=["Start", ""]
            ),
            Goal(steps=["Alleen een stap"]),
        ]
    )
    goals = _goals_section(prep, shipped_content)
    assert goals == (
        "\n### Beter plannen\n\n"
        "Nog bespreken: wat doe je precies? hoe meten we het? staan we er allebei achter? is het realistisch?  \n"
        "Klaar op: 1 maart 2027\n\n"
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


def test_smart_in_words_and_the_deadline_from_the_meeting_date(shipped_content: Content) -> None:
    smart = Goal(
        text="Ik rond de cursus Excel af met een certificaat",
        acceptabel="Ja, Anne wil dit ook",
        tijdgebonden="binnen drie maanden",
    )
    vague = Goal(text="Ik wil beter communiceren", acceptabel="", realistisch="Ik heb er tijd voor")
    goals = _goals_section(_prep(goals=[smart, vague]), shipped_content)
    first, second = goals.split("### ")[1:]
    # the meeting is on 23 November 2026: three months later, whatever day the sheet is printed
    assert first.splitlines()[2:4] == ["Nog bespreken: is het realistisch?  ", "Klaar op: 23 februari 2027"]
    assert second.splitlines()[2] == (
        "Nog bespreken: wat doe je precies? hoe meten we het? staan we er allebei achter? wanneer is het klaar?"
    )
    assert "Klaar op" not in second and "✓" not in goals and "S –" not in goals
    later = _goals_section(_prep(goals=[smart]), shipped_content, today=date(2027, 1, 10))
    assert "Klaar op: 23 februari 2027\n" in later


def test_goal_deadline_before_the_meeting_is_flagged(shipped_content: Content) -> None:
    goal = Goal(text="Ik rond de cursus Excel af met een certificaat", tijdgebonden="voor 1 juli 2025")
    lines = _goals_section(_prep(goals=[goal]), shipped_content).splitlines()
    assert lines[4] == "Klaar op: 1 juli 2025  "
    assert lines[5].startswith("Let op:") and "1 juli 2025" in lines[5]
    assert _lint(render_sheet(_prep(goals=[goal]), shipped_content, today=TODAY)) == []


def test_goal_with_only_steps_has_no_check(shipped_content: Content) -> None:
    goals = _goals_section(_prep(goals=[Goal(steps=["Een cursus zoeken"])]), shipped_content)
    assert "Nog bespreken" not in goals and "Klaar op" not in goals


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

    nasty = _prep()
    _fill_every_user_field(nasty, shipped_content, lambda n: USER_TEXTS[n % 2])
    nasty.goals[0].text, nasty.goals[1].text = NASTY, LONG  # one goal heading of each
    nasty_text = render_sheet(nasty, shipped_content)
    front, body = split_front_matter(nasty_text)
    clean_front, clean_body = split_front_matter(render_sheet(clean, shipped_content))

    # front matter: still three keys, and the user text reads back exactly
    assert set(front) == set(clean_front) == {"gesprek", "datum", "met"}
    assert front["met"] == NASTY.strip()
    assert front["gesprek"] == "functioneringsgesprek" and front["datum"] == date(2026, 11, 23)

    # the same headings, the same table, the same elements
    assert headings(body) == headings(clean_body)
    assert [h for h in headings(body) if h[0] == 1] == [(1, H1)]
    assert len(headings(body, (3,))) == len(headings(clean_body, (3,)))
    assert tables(body) == tables(clean_body)
    assert [table["header"] for table in tables(body)] == [["Wat", "Wie", "Wanneer"]]
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
    carry_over = shipped_content.sheet_labels.headings.carry_over
    section = body.split(f"## {carry_over}\n\n", 1)[1].split("\n## ", 1)[0]
    assert section == (
        "### Uit het planningsgesprek van 15 januari 2026\n\n"
        "- [x] **Doel:** Ik werk twee nieuwe collega's in — uiterlijk 1 juli 2026 · behaald\n"
        "- [ ] **Doel:** Cursus Excel — deels behaald  \n"
        "  Mijn notitie: Half af\n"
        "- [ ] **Afspraak:** Opleiding aanvragen — wie: Kees · uiterlijk 1 februari 2026 · nog open · **verlopen**\n"
        "- [ ] **Belofte van mijn leidinggevende:** Budget regelen — nog open\n"
        "- **Afspraak:** Oud plan — vervallen\n\n"
        "### Uit het verslag van het functioneringsgesprek van 10 juni 2026\n\n"
        "- [ ] **Niet eens met het verslag:** Te weinig initiatief — nog open\n"
    )
    titles = [title for level, title in headings(body) if level == 2]
    assert titles.index(carry_over) == 0  # no agenda: it comes first


def test_a_promise_past_its_date_is_marked_overdue(shipped_content: Content) -> None:
    """Before the meeting date and still open: 'verlopen'. Done, or due after the meeting: not."""
    promise = {"kind": "belofte", "owner": "mijn leidinggevende", "text": "Laptop regelen"}
    prep = _prep(
        carry_over=[
            _carried(id="a", deadline=date(2026, 11, 22), **promise),
            _carried(id="b", deadline=date(2026, 11, 23), **promise),
            _carried(id="c", deadline=date(2026, 3, 1), status="gedaan", **promise),
        ]
    )
    _, body = split_front_matter(render_sheet(prep, shipped_content, today=date(2027, 5, 1)))
    lines = [line for line in body.splitlines() if "Laptop regelen" in line]
    assert ["**verlopen**" in line for line in lines] == [True, False, False]


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
    shared_pages = shared_part(split_front_matter(full)[1])
    for word in ("NOTITIE", "ANTWOORD", "VOORBEELD", "VRAAG", "DOEL", "FEEDBACK", "PUNT", "OVERGENOMEN"):
        assert f"GEDEELD-{word}" in shared or f"GEDEELDE-{word}" in shared, word
        assert f"PRIVE-{word}" not in shared, word
        assert f"PRIVE-{word}" in full, word
        assert f"PRIVE-{word}" not in shared_pages, word  # only on the page that stays home
    assert "PRIVE-STAP" not in shared and "PRIVE-STAP" in full
    # nothing says that something was left out
    for hint in ("privé", "prive", "weggelaten", "verborgen", "niet getoond"):
        assert hint not in shared.lower().replace("prive-", ""), hint
    # the sections with private items keep their order on the private page
    private = split_front_matter(full)[1].split(f"## {PRIVATE}\n", 1)[1]
    order = [
        private.index(f"PRIVE-{word}") for word in ("PUNT", "OVERGENOMEN", "ANTWOORD", "DOEL", "VRAAG", "FEEDBACK")
    ]
    assert order == sorted(order)
    # a section with only private items is left out of the shared pages
    only_private = _prep(goals=[Goal(text="PRIVE-DOEL", private=True)], carry_over=[_carried(private=True)])
    goals_title = step_title(shipped_content, "functionering", "doelen")
    carry_over = shipped_content.sheet_labels.headings.carry_over
    titles = [title for level, title in headings(split_front_matter(render_sheet(only_private, shipped_content))[1])]
    assert goals_title not in titles and carry_over not in titles
    titles_full = [
        title
        for _, title in headings(
            split_front_matter(render_sheet(only_private, shipped_content, full=True))[1], (1, 2, 3)
        )
    ]
    assert titles_full.index(goals_title) > titles_full.index(PRIVATE)
    assert titles_full.index(carry_over) > titles_full.index(PRIVATE)


def test_header_shows_the_meeting_time(shipped_content: Content) -> None:
    prep = example_preparation()
    prep.meeting_time = time(9, 30)
    sheet = build_sheet(prep, shipped_content, today=TODAY)
    assert sheet.header.time_text == "09:30"
    front, body = split_front_matter(render_markdown(sheet))
    assert front["tijd"] == "09:30"
    assert body.startswith(f"# {H1}\n\nTijd: 09:30  \nMet: Anne de Vries\n\n")
    # without a time the Markdown says nothing about it (the printed sheet leaves a line)
    assert "Tijd:" not in render_sheet(example_preparation(), shipped_content)
