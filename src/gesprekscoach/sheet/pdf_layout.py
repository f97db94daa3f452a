"""Laying the sheet out on A4: where the meeting page goes, and when a cheat sheet comes first.

The template (`content/sheet/sheet.typ`) is laid out once to measure: it marks where the
preparation ends (`<meeting-start>`: page, room left on it, room the meeting page needs). Then:

- the meeting page follows the preparation on the same page when it fits there, and grows to
  fill that page; else it starts a new page, which it fills;
- when that makes the preparation and the meeting page longer than `MAX_SHARED_PAGES`, the
  sheet starts with a one-page cheat sheet and the meeting page, and the full preparation
  follows (a long preparation: agenda and agreements on the first pages, not the last).

Plain Python: this module never imports Textual; `typst` is imported only when a PDF is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gesprekscoach.sheet.assets import SHEET_TEMPLATE, sheet_asset
from gesprekscoach.sheet.document import SheetDocument
from gesprekscoach.sheet.json_data import to_json
from gesprekscoach.sheet.typst_pdf import OutputFormat, TypstJob, TypstRenderError

MAX_SHARED_PAGES = 2
"""A preparation plus its meeting page on at most this many pages gets no cheat sheet."""


@dataclass(frozen=True)
class SheetLayout:
    """The layout choices the template gets."""

    meeting_break: bool = False
    """The meeting page starts on a new page."""
    cheat_sheet: bool = False
    """A cheat sheet and the meeting page come first, the full preparation after them."""

    def as_input(self) -> dict[str, Any]:
        """The choices as the template reads them."""
        return {"meeting_break": self.meeting_break, "cheat_sheet": self.cheat_sheet}


def choose_layout(job: TypstJob) -> SheetLayout:
    """Measure the sheet laid out plainly, and choose (see the module docstring)."""
    marks = job.query("meeting-start")
    if not marks or not isinstance(marks[0], dict):
        raise TypstRenderError("De PDF is niet gemaakt: het sjabloon zegt niet waar het gesprek begint.")
    mark = marks[0]
    fits = float(mark["room"]) >= float(mark["need"])
    meeting_page = int(mark["page"]) + (0 if fits else 1)
    if meeting_page > MAX_SHARED_PAGES:
        return SheetLayout(cheat_sheet=True)
    return SheetLayout(meeting_break=not fits)


def render_sheet_pages(
    sheet: SheetDocument, output: OutputFormat = "pdf", *, ppi: float | None = None, content_dir: Path | None = None
) -> tuple[list[bytes], SheetLayout]:
    """The sheet laid out: one PDF (a list of one) or a PNG per page, and the layout chosen.

    TypstRenderError (Dutch) when it cannot be made.
    """
    job = TypstJob(sheet_asset(SHEET_TEMPLATE, content_dir), to_json(sheet), SheetLayout().as_input())
    layout = choose_layout(job)
    return job.render(output, ppi=ppi, layout=layout.as_input()), layout
