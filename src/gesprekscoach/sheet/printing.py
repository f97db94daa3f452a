"""The preparation sheet on paper: the printable HTML page as a file, opened in the browser, and a PDF.

The page itself is made by `html_page.render_html` from the sheet document (`build.build_sheet`).
This module writes it (atomically, private, never over a file the coach did not make), opens
it in the user's graphical browser, ready for Ctrl+P, and makes a PDF with a Chromium, Chrome
or Edge that is already on the machine, in headless mode; the coach never downloads a browser.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

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

from gesprekscoach.atomic import atomic_write_bytes, describe_os_error
from gesprekscoach.content.models import Content
from gesprekscoach.sheet.build import build_sheet
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.html_page import GENERATOR, MIN_RULED_LINES, PRINT_CSS, render_html
from gesprekscoach.sheet.markdown import sheet_filename
from gesprekscoach.store.models import Preparation

__all__ = [
    "CHROMIUM_ENV",
    "GENERATOR",
    "MIN_RULED_LINES",
    "NO_BROWSER_MESSAGE",
    "PDF_TIMEOUT_SECONDS",
    "PRINT_CSS",
    "PrintError",
    "PrintResult",
    "PrintTargetExists",
    "chromium_command",
    "default_html_path",
    "find_chromium",
    "has_graphical_browser",
    "html_filename",
    "html_path_next_to",
    "html_to_pdf",
    "is_coach_html",
    "open_in_browser",
    "print_preparation",
    "render_html",
    "render_preparation_html",
    "write_html",
    "write_html_next_to",
    "write_pdf",
]

CHROMIUM_ENV = "GESPREKSCOACH_CHROMIUM"
"""Environment variable naming the Chromium/Chrome program to use for PDFs (a name or a path)."""

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


def render_preparation_html(
    prep: Preparation, content: Content, *, today: date | None = None, full: bool = False
) -> str:
    """The printable HTML page of a preparation (its sheet, as `build_sheet` makes it)."""
    day = today if today is not None else date.today()
    return render_html(build_sheet(prep, content, today=day, full=full))


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


def write_html(sheet: SheetDocument, path: Path, *, overwrite: bool = True) -> Path:
    """Write the printable page of a sheet to `path`, atomically and private (0600).

    An existing page made by the coach is replaced. Another file at that place is only
    replaced when `overwrite` is True; else PrintError. Errors are PrintError, in Dutch.
    """
    path = Path(path).expanduser()
    _check_target(path, what="het afdrukbestand")
    if path.exists() and not overwrite and not is_coach_html(path):
        raise PrintTargetExists(path)
    try:
        atomic_write_bytes(path, render_html(sheet).encode("utf-8"))
    except UnicodeError:
        raise PrintError("Het afdrukbestand is niet opgeslagen: er staan tekens in die ik niet kan opslaan.") from None
    except OSError as exc:
        raise PrintError(describe_os_error(exc, path, "Het afdrukbestand opslaan")) from None
    return path


def write_html_next_to(markdown_path: Path, sheet: SheetDocument) -> Path:
    """Write the printable page of `sheet` next to its saved Markdown file (same name, '.html')."""
    return write_html(sheet, html_path_next_to(markdown_path), overwrite=False)


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


def write_pdf(sheet: SheetDocument, pdf_path: Path, *, browser: Path | None = None) -> Path:
    """Write the PDF of a sheet (via its printable page and a headless Chromium)."""
    return html_to_pdf(render_html(sheet), pdf_path, browser=browser)


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
    today: date | None = None,
) -> PrintResult:
    """Write the printable page of a preparation and open it in the browser, ready for Ctrl+P.

    The page goes to `path`, or next to the saved sheet, or into `folder` (see
    `default_html_path`). An earlier page of the coach at that place is replaced; another
    file only when `overwrite` is True. `today` is the day goal deadlines count from (default:
    the real today). Raises PrintError (Dutch) when the page cannot be written.
    """
    target = Path(path) if path is not None else default_html_path(prep, content, folder)
    sheet = build_sheet(prep, content, today=today if today is not None else date.today())
    write_html(sheet, target, overwrite=overwrite)
    opened = open_in_browser(target) if open_browser else False
    return PrintResult(target, opened)
