"""The preparation sheet on paper: a standalone HTML page with a print stylesheet, and a PDF.

The HTML is made from the Markdown sheet (`sheet.render_sheet`) with markdown-it-py, with raw
HTML switched off, so everything the user typed stays text (the sheet escapes it, and
markdown-it escapes `<`, `>` and `&` once more). The Markdown is parsed into tokens and the
token stream is decorated, never the HTML text: a `##` section becomes a `<section>`, a `###`
block (an answer, a goal) becomes a block that never breaks across a page, the SMART lines of
a goal get their letter, task items (`- [ ]`) get a box that prints, the notes section becomes
ruled lines and the agreements table gets tall rows to write in. Only the sheet's own Markdown
can make these structures: user text is escaped, so a typed `[ ]` or `**` stays text.

The print stylesheet lays it out on A4: the conversation and date as a header, page numbers
and the conversation in the footer (CSS page margin boxes), no page break inside a goal or
a table row.

A PDF is made by a Chromium, Chrome or Edge that is already on the machine, in headless mode;
the coach never downloads a browser. Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import tempfile
import webbrowser
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.dates import short_dutch_date
from gesprekscoach.sheet.markdown import (
    SECTION_AGENDA,
    SECTION_AGREEMENTS,
    SECTION_FEEDBACK,
    SECTION_GOALS,
    SECTION_LOOKING_BACK,
    SECTION_NOTES,
    SECTION_QUESTIONS,
    SECTION_REMEMBER,
    SMART_LABELS,
    render_sheet,
    sheet_filename,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from gesprekscoach.content.models import Content
    from gesprekscoach.store.models import Preparation

CHROMIUM_ENV = "GESPREKSCOACH_CHROMIUM"
"""Environment variable naming the Chromium/Chrome program to use for PDFs (a name or a path)."""

GENERATOR = "gesprekscoach"
"""Written in the page's `<meta name="generator">`: marks an HTML file the coach may overwrite."""

MIN_RULED_LINES = 6
"""The notes section gets as many writing lines as the sheet has, and at least this many."""

PDF_TIMEOUT_SECONDS = 120.0
"""How long Chromium may take to print one sheet."""

_BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge")
_BROWSER_PATHS = (
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    r"C:\Program Files\Microsoft\Edge\Application\msedge.exe",
)

_SECTION_CLASSES: dict[str, str] = {
    SECTION_AGENDA: "agenda",
    SECTION_LOOKING_BACK: "looking-back",
    SECTION_GOALS: "goals",
    SECTION_QUESTIONS: "questions",
    SECTION_FEEDBACK: "feedback",
    SECTION_REMEMBER: "remember",
    SECTION_NOTES: "notes",
    SECTION_AGREEMENTS: "agreements",
}
"""CSS class of each `##` section of the sheet."""

_SMART_LETTERS: dict[str, str] = {f"{label}:": label[0] for _, label in SMART_LABELS}
"""'Specifiek:' → 'S', … (the bold labels of a goal's SMART lines)."""

_STEPS_LABEL = "Mijn stappen:"
_PITFALLS_LABEL = "Let op deze valkuilen:"

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


class PrintError(Exception):
    """Printing failed; `str()` is a plain Dutch message that says what to do."""


class PrintTargetExists(PrintError):
    """Another file (not made by the coach) is in the way; replacing it was not asked for."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Het bestand {path} bestaat al, en de coach heeft het niet gemaakt. "
            "Kies een andere naam, of kies ervoor het te vervangen."
        )


# --------------------------------------------------------------------------- Markdown to HTML


def _split_front_matter(markdown_text: str) -> tuple[dict[str, object], str]:
    """Split a leading `---` YAML front matter from the Markdown body."""
    if not markdown_text.startswith("---\n"):
        return {}, markdown_text
    end = markdown_text.find("\n---\n", 4)
    if end == -1:
        return {}, markdown_text
    try:
        meta = yaml.safe_load(markdown_text[4:end]) or {}
    except yaml.YAMLError:
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    return {str(key): value for key, value in meta.items() if value is not None}, markdown_text[end + 5 :]


def _markdown() -> MarkdownIt:
    """CommonMark plus tables, with raw HTML off: typed `<b>` stays text."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "typographer": False}).enable("table")


def _html_token(markup: str, *, inline: bool = False) -> Token:
    """A token that renders as this (trusted, made-here) markup."""
    from markdown_it.token import Token

    token = Token("html_inline" if inline else "html_block", "", 0)
    token.content = markup
    return token


def _inline_text(token: Token) -> str:
    """The plain text of an inline token (its children's text, without markup)."""
    return "".join(child.content for child in (token.children or []) if child.type in ("text", "code_inline"))


def _add_class(token: Token, name: str) -> None:
    """Add a CSS class to the HTML tag a token renders."""
    existing = token.attrGet("class")
    token.attrSet("class", f"{existing} {name}" if existing else name)


def _find_close(tokens: list[Token], start: int) -> int:
    """The index of the token that closes the one at `start` (same nesting level)."""
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _decorate_task_item(inline: Token) -> bool:
    """Turn a sheet task item ('[ ] text' or '[x] text') into a box; False when it is none.

    Looks at the Markdown source of the item: a task box written by the sheet is '[ ] ',
    a `[` typed by the user is escaped ('\\['), so it never becomes a box.
    """
    source = inline.content
    if source.startswith("[ ] "):
        done = False
    elif source[:4] in ("[x] ", "[X] "):
        done = True
    else:
        return False
    children = list(inline.children or [])
    if not children or children[0].type != "text" or len(children[0].content) < 4:
        return False
    children[0].content = children[0].content[4:]
    label = "afgevinkt" if done else "nog doen"
    box = _html_token(
        f'<span class="box{" done" if done else ""}" role="img" aria-label="{label}"></span>', inline=True
    )
    out = [box]
    note_open = False
    for child in children:
        if child.type == "hardbreak" and not note_open:
            out.append(_html_token('<span class="note">', inline=True))
            note_open = True
            continue
        out.append(child)
    if note_open:
        out.append(_html_token("</span>", inline=True))
    inline.children = out
    return True


def _decorate_smart_list(tokens: list[Token], start: int, end: int) -> None:
    """Give each SMART line of a goal its letter, when every item is a SMART line."""
    items = [
        i
        for i in range(start, end)
        if tokens[i].type == "list_item_open" and tokens[i].level == tokens[start].level + 1
    ]
    inlines: list[Token] = []
    for item in items:
        inline = next((tokens[j] for j in range(item, end) if tokens[j].type == "inline"), None)
        children = (inline.children or []) if inline is not None else []
        label = children[2].content if len(children) > 3 and children[1].type == "strong_open" else ""
        if inline is None or children[0].content or label not in _SMART_LETTERS:
            return
        inlines.append(inline)
    _add_class(tokens[start], "smart")
    for item, inline in zip(items, inlines, strict=True):
        _add_class(tokens[item], "smart-line")
        children = list(inline.children or [])
        letter = _SMART_LETTERS[children[2].content]
        value = children[4:]
        if value and value[0].type == "text":
            value[0].content = value[0].content.lstrip()
        inline.children = [
            _html_token(f'<span class="letter" aria-hidden="true">{letter}</span>', inline=True),
            *children[1:4],
            _html_token('<span class="value">', inline=True),
            *value,
            _html_token("</span>", inline=True),
        ]


def _decorate_section(name: str, tokens: list[Token]) -> list[Token]:
    """The tokens of one `##` section (without its heading), decorated for print."""
    css = _SECTION_CLASSES.get(name, "other")
    if css == "notes":
        count = max(MIN_RULED_LINES, sum(1 for token in tokens if token.type == "hr"))
        lines = "".join('<div class="line"></div>' for _ in range(count))
        return [_html_token(f'<div class="ruled" aria-label="lege regels voor aantekeningen">{lines}</div>\n')]

    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "list_item_open":
            inline = next((t for t in tokens[index:] if t.type == "inline"), None)
            if inline is not None and _decorate_task_item(inline):
                _add_class(token, "task")
        elif token.type == "bullet_list_open" and css == "goals":
            _decorate_smart_list(tokens, index, _find_close(tokens, index))
        elif token.type == "paragraph_open" and index + 1 < len(tokens):
            text = _inline_text(tokens[index + 1]).strip()
            source = tokens[index + 1].content.strip()
            following = _find_close(tokens, index) + 1
            if css == "goals" and source == _STEPS_LABEL:
                _add_class(token, "steps-label")
                if following < len(tokens) and tokens[following].type == "ordered_list_open":
                    _add_class(tokens[following], "steps")
            elif css == "remember" and source == _PITFALLS_LABEL and text == _PITFALLS_LABEL:
                _add_class(token, "pitfalls-label")
                if following < len(tokens) and tokens[following].type == "bullet_list_open":
                    _add_class(tokens[following], "pitfalls")
        elif token.type == "table_open":
            _add_class(token, css)
        index += 1

    # every ### block (an answer, a goal) becomes one block that stays on one page
    block_class = {"goals": "block goal", "looking-back": "block answer"}.get(css, "block")
    out: list[Token] = []
    in_block = False
    for token in tokens:
        if token.type == "heading_open" and token.tag == "h3":
            if in_block:
                out.append(_html_token("</div>\n"))
            out.append(_html_token(f'<div class="{block_class}">\n'))
            in_block = True
        out.append(token)
    if in_block:
        out.append(_html_token("</div>\n"))
    return out


@dataclass(frozen=True)
class _Page:
    """The parts of the printable page: header texts and the decorated body tokens."""

    title_html: str
    title_text: str
    header_lines: list[str]
    body_html: str


def _build_page(body_markdown: str) -> _Page:
    """Parse the sheet's body: the header part, and each `##` section wrapped and decorated."""
    md = _markdown()
    tokens = md.parse(body_markdown)
    title_html = title_text = ""
    header_lines: list[str] = []
    index = 0
    # the part before the first ## is the header: the # title and the 'Met: …' line
    while index < len(tokens) and not (tokens[index].type == "heading_open" and tokens[index].tag == "h2"):
        token = tokens[index]
        if token.type == "inline":
            rendered = md.renderer.renderInline(token.children or [], md.options, {})
            if tokens[index - 1].type == "heading_open" and tokens[index - 1].tag == "h1" and not title_html:
                title_html, title_text = rendered, _inline_text(token)
            else:
                header_lines.append(rendered)
        index += 1

    body: list[Token] = []
    while index < len(tokens):
        close = _find_close(tokens, index)
        heading_inline = tokens[index + 1]
        name = _inline_text(heading_inline).strip()
        css = _SECTION_CLASSES.get(name, "other")
        end = index + 1
        while end < len(tokens) and not (tokens[end].type == "heading_open" and tokens[end].tag == "h2"):
            end += 1
        body.append(_html_token(f'<section class="{css}">\n'))
        body.extend(tokens[index : close + 1])
        body.extend(_decorate_section(name, tokens[close + 1 : end]))
        body.append(_html_token("</section>\n"))
        index = end
    return _Page(title_html, title_text, header_lines, md.renderer.render(body, md.options, {}))


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


def _footer_text(meta: dict[str, object]) -> str:
    """'functioneringsgesprek · 23-11-2026' for the page footer (from the front matter)."""
    kind = " ".join(str(meta.get("gesprek", "")).split())
    when = meta.get("datum")
    when_text = short_dutch_date(when) if isinstance(when, date) else str(when or "")
    return " · ".join(part for part in (kind, when_text) if part)


def render_html(markdown_text: str) -> str:
    """A standalone, printable HTML page (A4, with a print stylesheet) for a Markdown sheet.

    `markdown_text` is a sheet as `sheet.render_sheet` makes it, front matter included.
    """
    meta, body = _split_front_matter(markdown_text)
    page = _build_page(body)
    title_text = page.title_text or "Voorbereiding"
    what_html, _, when_html = (page.title_html or "Voorbereiding").rpartition(" — ")
    if not what_html:
        what_html, when_html = when_html, ""
    when = f'<p class="when">{when_html}</p>' if when_html else ""
    lines = "".join(f'<p class="with">{line}</p>' for line in page.header_lines)
    css = PRINT_CSS.replace("FOOTER_LEFT", _css_string(_footer_text(meta)))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="generator" content="{GENERATOR}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title_text)}</title>\n"
        f"<style>{css}</style>\n</head>\n<body>\n"
        '<p class="screen-note">Dit is je voorbereidingsblad. Druk op Ctrl+P (op een Mac: Cmd+P) '
        "om het af te drukken of als PDF te bewaren.</p>\n"
        '<header class="sheet-header">'
        f'<div class="what"><p class="kicker">Voorbereidingsblad</p><h1>{what_html}</h1></div>'
        f'<div class="meeting">{when}{lines}</div>'
        "</header>\n"
        f"<main>\n{page.body_html}</main>\n"
        "</body>\n</html>\n"
    )


def render_preparation_html(prep: Preparation, content: Content) -> str:
    """The printable HTML page of a preparation (its sheet, as `render_sheet` makes it)."""
    return render_html(render_sheet(prep, content))


# --------------------------------------------------------------------------- HTML files


def html_filename(prep: Preparation, content: Content) -> str:
    """The file name of the printable page: the sheet's name with '.html'."""
    return str(Path(sheet_filename(prep, content)).with_suffix(".html"))


def html_path_next_to(markdown_path: Path) -> Path:
    """Where the printable page of a Markdown sheet goes: the same name, with '.html'."""
    return Path(markdown_path).with_suffix(".html")


def default_html_path(prep: Preparation, content: Content, folder: Path) -> Path:
    """Where `print` writes the page: next to the saved sheet (if its folder is still there), else in `folder`."""
    if prep.sheet_path and Path(prep.sheet_path).parent.is_dir():
        return html_path_next_to(Path(prep.sheet_path))
    return Path(folder) / html_filename(prep, content)


def is_coach_html(path: Path) -> bool:
    """True when the file is a printable page written by the coach (safe to replace)."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(600)
    except OSError:
        return False
    return f'<meta name="generator" content="{GENERATOR}">'.encode() in start


def write_html(markdown_text: str, path: Path, *, overwrite: bool = True) -> Path:
    """Write the printable page of a Markdown sheet to `path`, atomically and private (0600).

    An existing page made by the coach is replaced. Another file at that place is only
    replaced when `overwrite` is True; else PrintError. Errors are PrintError, in Dutch.
    """
    path = Path(path).expanduser()
    _check_target(path, what="het afdrukbestand")
    if path.exists() and not overwrite and not is_coach_html(path):
        raise PrintTargetExists(path)
    try:
        atomic_write_bytes(path, render_html(markdown_text).encode("utf-8"))
    except UnicodeError:
        raise PrintError("Het afdrukbestand is niet opgeslagen: er staan tekens in die ik niet kan opslaan.") from None
    except OSError as exc:
        raise PrintError(describe_os_error(exc, path, "Het afdrukbestand opslaan")) from None
    return path


def write_html_next_to(markdown_path: Path, markdown_text: str) -> Path:
    """Write the printable page next to a saved Markdown sheet (same name, '.html')."""
    return write_html(markdown_text, html_path_next_to(markdown_path), overwrite=False)


def _check_target(path: Path, *, what: str) -> None:
    if path.is_dir():
        raise PrintError(f"{path} is een map, geen bestand. Geef een bestandsnaam op voor {what}.")
    if not path.parent.is_dir():
        raise PrintError(f"De map {path.parent} bestaat niet. Maak de map eerst aan, of kies een andere map.")


def has_graphical_browser(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """False on Linux and BSD without a graphical session (no DISPLAY or WAYLAND_DISPLAY).

    There, Python's `webbrowser` would start a text browser in the same terminal, which
    would take over the terminal (and fight with the full-screen coach).
    """
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def open_in_browser(path: Path) -> bool:
    """Open a file in the user's (graphical) browser; False when none could be started."""
    if not has_graphical_browser():
        return False
    try:
        return bool(webbrowser.open(Path(path).resolve().as_uri()))
    except (webbrowser.Error, OSError):
        return False


# --------------------------------------------------------------------------- PDF


def find_chromium() -> Path | None:
    """A Chromium, Chrome or Edge on this machine, or None.

    The environment variable `GESPREKSCOACH_CHROMIUM` (a program name or path) comes first;
    when it is set but names no program, the answer is None.
    """
    override = os.environ.get(CHROMIUM_ENV, "").strip()
    if override:
        found = shutil.which(override)
        return Path(found) if found else None
    for name in _BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    for candidate in _BROWSER_PATHS:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


NO_BROWSER_MESSAGE = (
    "Ik vind geen Chromium, Chrome of Edge op deze computer. Die heb ik nodig om een PDF te maken. "
    "Installeer een van die browsers. Of maak de PDF zelf: typ 'gesprekscoach print' zonder --pdf, "
    "en kies in je browser Afdrukken en dan Opslaan als PDF."
)


def chromium_command(program: Path, html_uri: str, pdf_out: Path, profile: Path) -> list[str]:
    """The command line that prints one page to PDF with a headless Chromium."""
    command = [
        str(program),
        "--headless",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--mute-audio",
        f"--user-data-dir={profile}",
        "--no-pdf-header-footer",
        "--print-to-pdf-no-header",
        f"--print-to-pdf={pdf_out}",
        html_uri,
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root (containers, CI).
        command.insert(1, "--no-sandbox")
    return command


def html_to_pdf(
    html_text: str, pdf_path: Path, *, browser: Path | None = None, timeout: float = PDF_TIMEOUT_SECONDS
) -> Path:
    """Print an HTML page to a PDF file with a headless Chromium found on the machine.

    The page and the PDF are made in a temporary folder next to `pdf_path` (a browser
    installed as a snap can only read and write in the user's own folders), then the PDF
    replaces `pdf_path` in one step. Raises PrintError with a Dutch message.
    """
    program = browser or find_chromium()
    if program is None:
        raise PrintError(NO_BROWSER_MESSAGE)
    pdf_path = Path(pdf_path).expanduser().absolute()
    _check_target(pdf_path, what="de PDF")
    try:
        work = Path(tempfile.mkdtemp(prefix="gesprekscoach-afdruk-", dir=pdf_path.parent))
    except OSError as exc:
        raise PrintError(describe_os_error(exc, pdf_path, "De PDF maken")) from None
    try:
        page = work / "blad.html"
        out = work / "blad.pdf"
        page.write_text(html_text, encoding="utf-8")
        with tempfile.TemporaryDirectory(prefix="gesprekscoach-chromium-") as profile:
            command = chromium_command(program, page.resolve().as_uri(), out, Path(profile))
            try:
                finished = subprocess.run(
                    command, capture_output=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
                )
            except subprocess.TimeoutExpired:
                raise PrintError(
                    f"{program.name} deed er te lang over om de PDF te maken. Probeer het nog een keer."
                ) from None
            except OSError as exc:
                raise PrintError(
                    f"Ik kon {program} niet starten ({exc.strerror or exc}). "
                    f"Kijk of de browser goed is geïnstalleerd, of wijs een andere aan met {CHROMIUM_ENV}."
                ) from None
        if not out.is_file() or out.stat().st_size == 0:
            detail = finished.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if finished.stderr else []
            extra = f" (melding van de browser: {detail[0][:200]})" if detail else ""
            raise PrintError(
                f"{program.name} heeft geen PDF gemaakt{extra}. "
                "Typ 'gesprekscoach print' zonder --pdf, en druk het blad af vanuit je browser."
            )
        try:
            os.chmod(out, 0o600)
            os.replace(out, pdf_path)
        except OSError as exc:
            raise PrintError(describe_os_error(exc, pdf_path, "De PDF opslaan")) from None
    except OSError as exc:
        raise PrintError(describe_os_error(exc, pdf_path, "De PDF maken")) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return pdf_path


def write_pdf(markdown_text: str, pdf_path: Path, *, browser: Path | None = None) -> Path:
    """Write the PDF of a Markdown sheet (via its printable page and a headless Chromium)."""
    return html_to_pdf(render_html(markdown_text), pdf_path, browser=browser)


# --------------------------------------------------------------------------- one call for the UI


@dataclass(frozen=True)
class PrintResult:
    """What `print_preparation` did: where the page is, and whether a browser opened it."""

    path: Path
    opened: bool

    def message(self) -> str:
        """A Dutch line for the user."""
        if self.opened:
            return f"Je blad staat open in je browser. Druk op Ctrl+P om het af te drukken. Het bestand: {self.path}"
        return f"Ik kon je browser niet openen. Open dit bestand zelf in je browser: {self.path}"


def print_preparation(
    prep: Preparation,
    content: Content,
    folder: Path,
    *,
    path: Path | None = None,
    overwrite: bool = False,
    open_browser: bool = True,
) -> PrintResult:
    """Write the printable page of a preparation and open it in the browser, ready for Ctrl+P.

    The page goes to `path`, or next to the saved sheet, or into `folder` (see
    `default_html_path`). An earlier page of the coach at that place is replaced; another
    file only when `overwrite` is True. Raises PrintError (Dutch) when the page cannot be written.
    """
    target = Path(path) if path is not None else default_html_path(prep, content, folder)
    write_html(render_sheet(prep, content), target, overwrite=overwrite)
    opened = open_in_browser(target) if open_browser else False
    return PrintResult(target, opened)
