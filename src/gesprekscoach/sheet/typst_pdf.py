"""Typst, the engine that lays out every PDF the coach makes: no browser, no network.

A template (`content/sheet/*.typ`) gets the document as JSON through one input (`sys.inputs`),
and reads it with `json(bytes(sys.inputs.at("sheet")))`; other inputs (the layout choices) come
as JSON the same way. User text is data, never markup: a
`#`, `$`, `*`, `[` or `<` typed by the user is shown as that character and cannot change the
page. Only Typst's embedded fonts are used (no system font lookup, the same page on every
machine); a character they lack (an emoji) prints as an empty box, never an error. Templates
import no packages, so Typst never goes online.

`typst` is imported only when a PDF is made: starting the coach does not load it.
Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import typst

INPUT_NAME = "sheet"
"""The name of the `sys.inputs` entry that holds the document as JSON."""

LAYOUT_INPUT = "layout"
"""The name of the `sys.inputs` entry with the layout choices (JSON)."""

OutputFormat = Literal["pdf", "png"]


class TypstRenderError(Exception):
    """Typst could not make the PDF; `str()` is a Dutch message for the user."""


def _engine() -> Any:
    """The `typst` module, imported now; a Dutch TypstRenderError when it is not installed."""
    try:
        import typst
    except ImportError:
        raise TypstRenderError(
            "Ik kan geen PDF maken: het onderdeel 'typst' ontbreekt. Installeer de coach opnieuw, "
            "bijvoorbeeld met 'pip install --upgrade gesprekscoach'."
        ) from None
    return typst


def _describe(error: Exception) -> TypstRenderError:
    message = getattr(error, "message", "") or str(error)
    return TypstRenderError(
        f"De PDF is niet gemaakt: de opmaak gaf een fout ({' '.join(str(message).split())[:200]}). "
        "Je voorbereiding is wel bewaard."
    )


@dataclass
class TypstJob:
    """One template and the data for it; `query` looks into the laid-out pages, `render` makes the file.

    The compiler is made once and reused, so a query followed by a render shares its work.
    """

    template: Path
    data: str
    """The template's data as JSON text (`json_data.to_json`), written once for every pass."""
    layout: Mapping[str, Any] | None = None
    _compiler: typst.Compiler | None = None

    def _inputs(self, layout: Mapping[str, Any] | None = None) -> dict[str, str]:
        chosen = layout if layout is not None else self.layout
        inputs = {INPUT_NAME: self.data}
        if chosen is not None:
            inputs[LAYOUT_INPUT] = json.dumps(chosen)
        return inputs

    def _get_compiler(self) -> typst.Compiler:
        if self._compiler is None:
            engine = _engine()
            if not self.template.is_file():
                raise TypstRenderError(
                    f"Ik kan geen PDF maken: het sjabloon {self.template} ontbreekt. Installeer de coach opnieuw."
                )
            self._compiler = engine.Compiler(
                str(self.template),
                root=str(self.template.parent),
                font_paths=[],
                ignore_system_fonts=True,
                sys_inputs=self._inputs(),
            )
        return self._compiler

    def query(self, label: str) -> list[Any]:
        """The values of the `metadata` elements with this label (`<label>` in the template)."""
        compiler = self._get_compiler()
        try:
            found = compiler.query(f"<{label}>", field="value", format="json")
        except Exception as error:  # typst.TypstError, or an engine that breaks
            raise _describe(error) from None
        values = json.loads(found)
        return values if isinstance(values, list) else [values]

    def render(
        self, output: OutputFormat = "pdf", *, ppi: float | None = None, layout: Mapping[str, Any] | None = None
    ) -> list[bytes]:
        """The pages: one PDF (a list of one), or one PNG per page; `layout` replaces the job's layout choices."""
        compiler = self._get_compiler()
        try:
            result = compiler.compile(format=output, ppi=ppi, sys_inputs=self._inputs(layout))
        except Exception as error:
            raise _describe(error) from None
        if result is None:
            raise TypstRenderError("De PDF is niet gemaakt: de opmaak gaf niets terug.")
        return list(result) if isinstance(result, list) else [result]
