"""The preparation sheet as a printable page: a standalone HTML page with an A4 print stylesheet.

`render_html` formats a `SheetDocument` (see `build.build_sheet`) straight into HTML; it never
reads Markdown. Each section becomes a `<section>` whose CSS class comes from its kind (never
from its heading), so rewording a heading changes the words and nothing else. An answer, a goal
and a group of carried-over items each become a block that never breaks across a page; a goal's
SMART lines get their letter; check items get a box that prints; the notes become ruled lines
and the agreements table gets tall rows to write in.

Every text is HTML-escaped: nothing typed can add a tag. The print stylesheet lays the page out
on A4: the conversation and date as a header, page numbers and the conversation in the footer
(CSS page margin boxes), no page break inside a goal or a table row.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import assert_never

from gesprekscoach.sheet.document import (
    AnswerBlock,
    Block,
    BulletList,
    CheckItem,
    CheckList,
    CheckState,
    GoalBlock,
    GoalVerdict,
    ItemGroup,
    NoteLines,
    NumberedList,
    PitfallList,
    Section,
    SectionKind,
    SheetDocument,
    SmartLine,
    Text,
    WritingTable,
)

GENERATOR = "gesprekscoach"
"""Written in the page's `<meta name="generator">`: marks an HTML file the coach may overwrite."""

MIN_RULED_LINES = 6
"""The notes section gets as many writing lines as the sheet has, and at least this many."""

KICKER = "Voorbereidingsblad"
"""The small word above the title."""

SCREEN_NOTE = (
    "Dit is je voorbereidingsblad. Druk op Ctrl+P (op een Mac: Cmd+P) om het af te drukken of als PDF te bewaren."
)
"""Shown on screen only, above the sheet."""

BOX_LABELS: dict[CheckState, str] = {CheckState.OPEN: "nog doen", CheckState.DONE: "afgevinkt"}
"""What a screen reader says for a box."""

RULED_LABEL = "lege regels voor aantekeningen"
"""What a screen reader says for the ruled lines."""

SECTION_CLASSES: dict[SectionKind, str] = {
    SectionKind.AGENDA: "agenda",
    SectionKind.CARRY_OVER: "carry-over",
    SectionKind.LOOKING_BACK: "looking-back",
    SectionKind.GOALS: "goals",
    SectionKind.QUESTIONS: "questions",
    SectionKind.FEEDBACK: "feedback",
    SectionKind.REMINDERS: "remember",
    SectionKind.NOTES: "notes",
    SectionKind.AGREEMENTS: "agreements",
}
"""The CSS class of each kind of section: the print stylesheet lays sections out by it."""

PRINT_CSS = """
@page {
  size: A4;
  margin: 14mm 15mm 16mm 15mm;
  @bottom-left {
    content: FOOTER_LEFT;
    font: 8pt "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif;
    color: #666;
  }
  @bottom-right {
    content: "pagina " counter(page) " van " counter(pages);
    font: 8pt "Liberation Sans", Arial, Helvetica, "DejaVu Sans", sans-serif;
    color: #666;
  }
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "Noto Sans", "DejaVu Sans", sans-serif;
  font-size: 10.5pt;
  line-height: 1.32;
  color: #1a1a1a;
  margin: 0;
  orphans: 2;
  widows: 2;
}
p, li, td, h1, h2, h3 { overflow-wrap: anywhere; }
p { margin: 0 0 3pt 0; }
ul, ol { margin: 0 0 4pt 0; padding-left: 15pt; }
li { margin-bottom: 1.5pt; break-inside: avoid; page-break-inside: avoid; }
li > p { margin: 0; }

/* header: what, when, with whom */
header.sheet-header {
  display: flex; justify-content: space-between; align-items: flex-end; gap: 12pt;
  border-bottom: 1.6pt solid #1a1a1a; padding-bottom: 4pt; margin-bottom: 6pt;
}
header.sheet-header .kicker {
  font-size: 8pt; letter-spacing: .12em; text-transform: uppercase; color: #555; margin: 0 0 1pt 0;
}
h1 { font-size: 16pt; line-height: 1.15; margin: 0; font-weight: 700; }
header.sheet-header .meeting { text-align: right; font-size: 10.5pt; line-height: 1.3; }
header.sheet-header .when { font-weight: 600; margin: 0; }
header.sheet-header .with { color: #333; margin: 0; }

/* sections; a short list stays with its heading (a list longer than a page still breaks) */
section { margin: 0 0 7pt 0; }
section.agenda, section.questions, section.feedback { break-inside: avoid; page-break-inside: avoid; }
h2 {
  font-size: 11.5pt;
  margin: 9pt 0 4pt 0;
  padding-bottom: 1.5pt;
  border-bottom: 0.6pt solid #888;
  break-after: avoid;
  page-break-after: avoid;
}
h3 { font-size: 10.5pt; margin: 0 0 1pt 0; font-weight: 700; break-after: avoid; page-break-after: avoid; }
.block {
  break-inside: avoid;
  page-break-inside: avoid;
  border-left: 2pt solid #bbb;
  padding: 0 0 0 7pt;
  margin: 0 0 6pt 0;
}
.block p:last-child, .block ul:last-child, .block ol:last-child { margin-bottom: 0; }

/* goals: the five letters in a small grid */
.goal { border-left-color: #444; }
.goal h3 { font-size: 11pt; margin-bottom: 2pt; }
ul.smart { list-style: none; padding: 0; margin: 0 0 3pt 0; }
li.smart-line { display: grid; grid-template-columns: 13pt 80pt 1fr; align-items: baseline; margin-bottom: 1pt; }
.letter {
  display: inline-block; position: relative; top: -0.5pt;
  width: 10pt; height: 10pt; line-height: 10pt; text-align: center;
  font-size: 7pt; font-weight: 700; color: #fff; background: #333; border-radius: 1.5pt;
}
li.smart-line strong { font-weight: 600; color: #333; }
p.steps-label { font-weight: 600; color: #333; margin: 2pt 0 1pt 0; }
ol.steps { margin-bottom: 0; }

/* agenda points and questions: a box to tick off in the meeting */
section.agenda li, section.questions li { position: relative; padding-right: 20pt; }
section.agenda li::after, section.questions li::after {
  content: ""; position: absolute; right: 0; top: 2pt;
  width: 9pt; height: 9pt; border: 0.8pt solid #777; border-radius: 1pt;
}

/* boxes that print */
li.task { list-style: none; position: relative; padding-left: 15pt; margin-left: -15pt; margin-bottom: 2.5pt; }
.box {
  position: absolute; left: 0; top: 2pt;
  width: 9pt; height: 9pt; border: 1pt solid #1a1a1a; border-radius: 1pt; background: #fff;
}
.box.done::after {
  content: ""; position: absolute; left: 2.6pt; top: 0.2pt; width: 2.6pt; height: 5.4pt;
  border: solid #1a1a1a; border-width: 0 1.3pt 1.3pt 0; transform: rotate(45deg);
}
.note { display: block; color: #444; font-style: italic; }
p.pitfalls-label { font-weight: 600; margin-top: 5pt; }
ul.pitfalls { font-size: 9.5pt; }
ul.pitfalls li { margin-bottom: 1pt; }

/* room to write */
section.notes { break-inside: avoid; page-break-inside: avoid; }
.ruled .line { border-bottom: 0.6pt solid #9a9a9a; height: 21pt; }
section.agreements { break-inside: avoid; page-break-inside: avoid; }
table { width: 100%; border-collapse: collapse; margin-top: 2pt; }
th, td { border: 0.7pt solid #555; padding: 2pt 5pt; text-align: left; vertical-align: top; }
th { background: #ececec; font-size: 9.5pt; font-weight: 600; }
td { height: 28pt; }
tr { break-inside: avoid; page-break-inside: avoid; }
th:nth-child(1), td:nth-child(1) { width: 58%; }
th:nth-child(2), td:nth-child(2) { width: 22%; }

.screen-note { display: none; }
@media screen {
  html { background: #e9e9e6; }
  body { max-width: 210mm; margin: 10mm auto; padding: 14mm 15mm 16mm 15mm; background: #fff;
         box-shadow: 0 1px 6px rgba(0, 0, 0, .18); }
  .screen-note { display: block; background: #fff8d6; border: 1px solid #e0cf80; padding: 6pt 9pt;
                 margin: 0 0 12pt 0; font-size: 10.5pt; }
}
"""


# --------------------------------------------------------------------------- text


def _escape(text: str) -> str:
    """Text as HTML text: `&`, `<`, `>` and `"` escaped."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def _lines(lines: Iterable[str]) -> str:
    """The lines of one paragraph, with a line break between them."""
    return "<br />\n".join(_escape(line) for line in lines)


def _strong(label: str) -> str:
    return f"<strong>{_escape(label)}</strong>"


# --------------------------------------------------------------------------- lists


def _list_item(first: str, rest: tuple[tuple[str, ...], ...], *, loose: bool, css: str = "") -> str:
    """A list item: its first paragraph (ready HTML) and further paragraphs.

    In a loose list (one of its items has several paragraphs) every paragraph is a `<p>`.
    """
    attrs = f' class="{css}"' if css else ""
    if not loose:
        return f"<li{attrs}>{first}</li>\n"
    paragraphs = "".join(f"<p>{_lines(paragraph)}</p>\n" for paragraph in rest)
    return f"<li{attrs}>\n<p>{first}</p>\n{paragraphs}</li>\n"


def _is_loose(texts: Iterable[Text]) -> bool:
    return any(len(text.paragraphs) > 1 for text in texts)


def _text_list(tag: str, items: tuple[Text, ...], css: str = "") -> str:
    """An `<ol>` or `<ul>` of texts."""
    loose = _is_loose(items)
    attrs = f' class="{css}"' if css else ""
    rendered = "".join(
        _list_item(_lines(item.paragraphs[0]), item.paragraphs[1:], loose=loose) for item in items if item
    )
    return f"<{tag}{attrs}>\n{rendered}</{tag}>\n"


def _check_item(item: CheckItem, *, loose: bool) -> str:
    """An item with a box that prints (none for a dropped item), its label, text, details and note."""
    first = ""
    if item.state is not CheckState.NONE:
        done = " done" if item.state is CheckState.DONE else ""
        first = f'<span class="box{done}" role="img" aria-label="{BOX_LABELS[item.state]}"></span>'
    if item.label:
        first += _strong(item.label) + " "
    first += _escape(item.text)
    if item.details:
        first += " — " + " · ".join(
            " ".join(part for part in (_escape(detail.label), _escape(detail.value)) if part) for detail in item.details
        )
    rest: tuple[tuple[str, ...], ...] = ()
    if item.note:
        note = _lines((f"{item.note_label} {item.note.paragraphs[0][0]}", *item.note.paragraphs[0][1:]))
        if item.state is CheckState.NONE:
            first += f"<br />\n{note}"
        else:
            first += f'<span class="note">{note}</span>'
        rest = item.note.paragraphs[1:]
    css = "" if item.state is CheckState.NONE else "task"
    return _list_item(first, rest, loose=loose, css=css)


def _check_list(items: tuple[CheckItem, ...]) -> str:
    loose = _is_loose(item.note for item in items)
    return "<ul>\n" + "".join(_check_item(item, loose=loose) for item in items) + "</ul>\n"


def _smart_lines(lines: tuple[SmartLine, ...]) -> str:
    """A goal's SMART lines, each with its letter in a small box."""
    loose = _is_loose(line.text for line in lines)
    items = "".join(
        _list_item(
            f'<span class="letter" aria-hidden="true">{_escape(line.letter)}</span>{_strong(line.label)}'
            f'<span class="value">{_lines(line.text.paragraphs[0])}</span>',
            line.text.paragraphs[1:],
            loose=loose,
            css="smart-line",
        )
        for line in lines
        if line.text
    )
    return f'<ul class="smart">\n{items}</ul>\n'


# --------------------------------------------------------------------------- blocks


def _paragraphs(text: Text, label: str = "") -> str:
    """A text as paragraphs; `label` (bold) in front of the first."""
    out: list[str] = []
    for number, paragraph in enumerate(text.paragraphs):
        prefix = f"{_strong(label)} " if label and number == 0 else ""
        out.append(f"<p>{prefix}{_lines(paragraph)}</p>\n")
    return "".join(out)


def _verdict(verdict: GoalVerdict) -> str:
    line = f"{_strong(verdict.label)} {_escape(verdict.marks)}"
    if verdict.deadline:
        line += f" · {_strong(verdict.deadline_label)} {_escape(verdict.deadline)}"
    if verdict.warning:
        line += f"<br />\n{_escape(verdict.warning)}"
    return f"<p>{line}</p>\n"


def _goal(goal: GoalBlock) -> str:
    parts = [f'<div class="block goal">\n<h3>{_escape(goal.title)}</h3>\n']
    if goal.verdict is not None:
        parts.append(_verdict(goal.verdict))
    if goal.smart:
        parts.append(_smart_lines(goal.smart))
    if goal.steps:
        parts.append(f'<p class="steps-label">{_escape(goal.steps_caption)}</p>\n')
        parts.append(_text_list("ol", goal.steps, css="steps"))
    parts.append("</div>\n")
    return "".join(parts)


def _answer(answer: AnswerBlock) -> str:
    return (
        f'<div class="block answer">\n<h3>{_escape(answer.question)}</h3>\n'
        f"{_paragraphs(answer.text)}{_paragraphs(answer.example, answer.example_label)}</div>\n"
    )


def _table(table: WritingTable, css: str) -> str:
    headers = "".join(f"<th>{_escape(column.header)}</th>\n" for column in table.columns)
    row = "<tr>\n" + "<td></td>\n" * len(table.columns) + "</tr>\n"
    return f'<table class="{css}">\n<thead>\n<tr>\n{headers}</tr>\n</thead>\n<tbody>\n{row * table.rows}</tbody>\n</table>\n'


def _block(block: Block, css: str) -> str:
    """The HTML of one block of a section (`css`: the section's class)."""
    match block:
        case NumberedList(items):
            return _text_list("ol", items)
        case BulletList(items):
            return _text_list("ul", items)
        case CheckList(items):
            return _check_list(items)
        case ItemGroup(title, items):
            return f'<div class="block">\n<h3>{_escape(title)}</h3>\n{_check_list(items)}</div>\n'
        case PitfallList(caption, items):
            lines = "".join(f"<li>{_strong(item.label)} {_escape(item.text)}</li>\n" for item in items)
            return f'<p class="pitfalls-label">{_escape(caption)}</p>\n<ul class="pitfalls">\n{lines}</ul>\n'
        case AnswerBlock():
            return _answer(block)
        case GoalBlock():
            return _goal(block)
        case NoteLines(count):
            lines = '<div class="line"></div>' * max(MIN_RULED_LINES, count)
            return f'<div class="ruled" aria-label="{RULED_LABEL}">{lines}</div>\n'
        case WritingTable():
            return _table(block, css)
        case _:
            assert_never(block)


def _section(section: Section) -> str:
    css = SECTION_CLASSES[section.kind]
    blocks = "".join(_block(block, css) for block in section.blocks)
    return f'<section class="{css}">\n<h2>{_escape(section.heading)}</h2>\n{blocks}</section>\n'


# --------------------------------------------------------------------------- the page


def _css_string(text: str) -> str:
    """A CSS string literal for any text: everything but letters, digits and spaces hex-escaped."""
    parts = ['"']
    for char in text:
        if char.isalnum() and char.isascii() or char == " ":
            parts.append(char)
        else:
            parts.append(f"\\{ord(char):06x} ")  # the space ends the escape; CSS drops it
    parts.append('"')
    return "".join(parts)


def render_html(sheet: SheetDocument) -> str:
    """A standalone, printable HTML page (A4, with a print stylesheet) of the sheet."""
    header = sheet.header
    what = f"{header.title} {header.conversation_line}"
    footer = " · ".join(part for part in (header.conversation_line, header.short_date_text) if part)
    with_line = (
        f'<p class="with">{_escape(header.with_label)} {_escape(header.with_whom_line)}</p>'
        if header.with_whom_line
        else ""
    )
    css = PRINT_CSS.replace("FOOTER_LEFT", _css_string(footer))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="generator" content="{GENERATOR}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(f'{what} — {header.date_text}')}</title>\n"
        f"<style>{css}</style>\n</head>\n<body>\n"
        f'<p class="screen-note">{_escape(SCREEN_NOTE)}</p>\n'
        '<header class="sheet-header">'
        f'<div class="what"><p class="kicker">{_escape(KICKER)}</p><h1>{_escape(what)}</h1></div>'
        f'<div class="meeting"><p class="when">{_escape(header.date_text)}</p>{with_line}</div>'
        "</header>\n"
        f"<main>\n{''.join(_section(section) for section in sheet.sections)}</main>\n"
        "</body>\n</html>\n"
    )
