"""Read one YAML file safely and within a budget, keeping the line of every key and list item.

Every file is parsed with PyYAML's safe loader (the C version where available) — never a
loader that can build Python objects. Before anything is built, the stream of parse events
is checked against a `YamlBudget`: the file's size, how deep lists and fields sit in each
other, how many aliases (`*name`) it uses and how many parts it has once every alias is
expanded. So a small "alias bomb" or a deeply nested file is refused in bounded time and
memory, with the line where the limit was crossed. The nodes are then walked iteratively
(never recursively) to note the line of every key and list item.

Every problem is a `YamlReadError` with a line (where there is one) and a Dutch message.
Plain Python: this module never imports Textual.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # the C loader is much faster; both are safe loaders
    SafeLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    SafeLoader = yaml.SafeLoader

YamlPath = tuple[Any, ...]
"""Where a value sits in a document: the keys and list indexes from the top."""


@dataclass(frozen=True)
class YamlBudget:
    """The most one YAML file may hold; anything beyond is refused before it is built."""

    max_bytes: int = 1_000_000
    """The largest file, in bytes."""
    max_depth: int = 32
    """How deep lists and fields may sit in each other."""
    max_aliases: int = 1_000
    """How many aliases (`*name`) the file may use."""
    max_nodes: int = 100_000
    """How many parts (texts, lists, fields) the file may have, with every alias expanded."""


CONTENT_BUDGET = YamlBudget()
"""The budget of a content file: far above what the shipped content needs (about 1,000 parts a file)."""


class YamlReadError(Exception):
    """A YAML file cannot be used: `line` (or None) and a Dutch `message` say where and why."""

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(f"{line}: {message}" if line else message)


@dataclass
class LocatedYaml:
    """A parsed YAML document plus the line of every mapping key and list item in it."""

    data: Any
    lines: dict[YamlPath, int] = field(default_factory=dict)
    duplicate_keys: list[tuple[int, str]] = field(default_factory=list)
    """(line, key) of every key that appears a second time in the same mapping."""

    def line_for(self, loc: YamlPath) -> int | None:
        """The line of the deepest part of `loc` that exists in the document."""
        best: int | None = self.lines.get(())
        current: Any = self.data
        walked: YamlPath = ()
        for part in loc:
            if isinstance(current, dict) and part in current:
                current = current[part]
            elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
                current = current[part]
            else:
                continue  # a union tag or a missing field: stay on the parent
            walked = (*walked, part)
            best = self.lines.get(walked, best)
        return best


# --------------------------------------------------------------------------- reading and decoding


def read_limited(path: Path, budget: YamlBudget = CONTENT_BUDGET) -> bytes:
    """The bytes of a file, never more than the budget allows (YamlReadError when too big or unreadable)."""
    try:
        # Non-blocking open: a named pipe or device called '*.yaml' must not hang the coach.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise YamlReadError(None, "dit is geen gewoon bestand; zet hier een tekstbestand neer")
            data = handle.read(budget.max_bytes + 1)
    except OSError as exc:
        raise YamlReadError(None, f"het bestand kan niet gelezen worden ({exc.strerror or exc})") from None
    if len(data) > budget.max_bytes:
        line = data.count(b"\n", 0, budget.max_bytes) + 1
        raise YamlReadError(
            line,
            f"het bestand is te groot (meer dan {budget.max_bytes // 1000} kB); "
            "maak het kleiner of verdeel de tekst over meer bestanden",
        )
    return data


def decode_utf8(data: bytes) -> str:
    """The text of a file; YamlReadError naming the line of the first byte that is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise YamlReadError(
            line, "het bestand is geen UTF-8-tekst: op deze regel staat een teken dat niet klopt; sla het op als UTF-8"
        ) from None


# --------------------------------------------------------------------------- YAML errors in Dutch

_YAML_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("did not find expected key", "hier verwachtte ik een veld (sleutel: waarde); kijk naar de inspringing"),
    ("did not find expected ',' or ']'", "een lijst tussen [ en ] is niet goed afgesloten"),
    ("did not find expected ',' or '}'", "een blok tussen { en } is niet goed afgesloten"),
    (
        "did not find expected '-' indicator",
        "hier verwachtte ik een regel die begint met '- '; kijk naar de inspringing",
    ),
    ("mapping values are not allowed here", "hier mag geen dubbele punt staan; zet de tekst tussen aanhalingstekens"),
    ("tab character", "gebruik spaties om in te springen, geen tabs"),
    ("cannot start any token", "er staat een teken dat hier niet mag (gebruik spaties, geen tabs)"),
    ("found unexpected end of stream", "het bestand stopt midden in een tekst; mist er een aanhalingsteken?"),
    ("could not determine a constructor", "deze YAML-tag is niet toegestaan: gebruik alleen tekst, lijsten en velden"),
    ("expected <block end>", "de inspringing klopt niet"),
    ("found undefined alias", "er staat een verwijzing (*) naar iets dat niet bestaat"),
    ("exceeded maximum nesting depth", "de velden en lijsten zitten hier te diep in elkaar; maak het minder diep"),
    ("expected a single document", "het bestand mag maar één document hebben; haal de regel '---' weg"),
    ("control characters are not allowed", "er staat een onzichtbaar stuurteken in de tekst; haal het weg"),
    ("special characters are not allowed", "er staat een onzichtbaar stuurteken in de tekst; haal het weg"),
)


def _dutch_yaml_problem(problem: str) -> str:
    for english, dutch in _YAML_PROBLEMS:
        if english in problem:
            return dutch
    return problem


def _number(value: int) -> str:
    """A whole number the Dutch way: 100.000."""
    return f"{value:,}".replace(",", ".")


def _line_of_position(text: str, position: int) -> int:
    """The line of a reader error's position: bytes of UTF-8 for the C loader, characters otherwise."""
    if SafeLoader is not yaml.SafeLoader:
        return text.encode("utf-8", "surrogatepass").count(b"\n", 0, max(0, position)) + 1
    return text.count("\n", 0, max(0, position)) + 1


def _yaml_error(exc: yaml.YAMLError, text: str) -> YamlReadError:
    """A PyYAML error as a YamlReadError with the line it is about, in Dutch."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = _dutch_yaml_problem(exc.problem or exc.context or "onleesbare YAML")
        if exc.context_mark is not None and mark is not exc.context_mark and exc.context_mark.line + 1 != line:
            what += f" (het begon op regel {exc.context_mark.line + 1})"
        return YamlReadError(line, f"YAML-fout: {what}")
    position = getattr(exc, "position", None)
    line = _line_of_position(text, position) if isinstance(position, int) else None
    reason = getattr(exc, "reason", None)
    return YamlReadError(line, f"YAML-fout: {_dutch_yaml_problem(str(reason or exc))}")


# --------------------------------------------------------------------------- the budget


def check_budget(text: str, budget: YamlBudget = CONTENT_BUDGET) -> None:
    """Walk the parse events once and raise YamlReadError when the text asks for more than the budget.

    Nothing is built: for every anchor the number of parts it stands for is counted, so an
    alias adds that number without being expanded. Time and memory stay linear in the text.
    """
    depth = 0
    aliases = 0
    total = 0
    open_counts: list[int] = [0]  # parts counted so far in each open list or mapping (and the document)
    open_anchors: list[str | None] = [None]
    sizes: dict[str, int] = {}
    for event in yaml.parse(text, Loader=SafeLoader):
        line = event.start_mark.line + 1 if event.start_mark is not None else None
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > budget.max_depth:
                raise YamlReadError(
                    line,
                    f"de velden en lijsten zitten hier te diep in elkaar (meer dan {budget.max_depth} niveaus); "
                    "maak het minder diep",
                )
            open_counts.append(1)
            open_anchors.append(event.anchor)
            added = 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            count = open_counts.pop()
            anchor = open_anchors.pop()
            if anchor is not None:
                sizes[anchor] = count
            open_counts[-1] += count
            continue  # its parts were counted in `total` as they came
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                sizes[event.anchor] = 1
            open_counts[-1] += 1
            added = 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > budget.max_aliases:
                raise YamlReadError(
                    line,
                    f"er staan te veel verwijzingen (*) in het bestand (meer dan {budget.max_aliases}); "
                    "schrijf de tekst liever uit",
                )
            if event.anchor in open_anchors:
                raise YamlReadError(line, "deze verwijzing (*) wijst naar het blok waar ze zelf in staat; dat kan niet")
            added = sizes.get(event.anchor or "", 1)  # an unknown anchor is reported by the composer
            open_counts[-1] += added
        else:
            continue
        total += added
        if total > budget.max_nodes:
            reason = (
                "door de verwijzingen (*) wordt het bestand te groot"
                if isinstance(event, yaml.AliasEvent)
                else "het bestand heeft te veel onderdelen"
            )
            raise YamlReadError(
                line,
                f"{reason} (meer dan {_number(budget.max_nodes)} onderdelen); gebruik minder verwijzingen of tekst",
            )


# --------------------------------------------------------------------------- lines of keys and items


def _walk_nodes(root: yaml.Node) -> tuple[dict[YamlPath, int], list[tuple[int, str]]]:
    """The line of every key and list item (aliases followed), and the duplicate keys; iterative."""
    lines: dict[YamlPath, int] = {}
    duplicates: list[tuple[int, str]] = []
    checked: set[int] = set()  # mappings whose keys were checked (an alias is checked once)
    stack: list[tuple[yaml.Node, YamlPath]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        lines.setdefault(path, node.start_mark.line + 1)
        children: list[tuple[yaml.Node, YamlPath]] = []
        if isinstance(node, yaml.MappingNode):
            first_visit = id(node) not in checked
            checked.add(id(node))
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
                if key in seen and first_visit:
                    duplicates.append((key_node.start_mark.line + 1, str(key)))
                seen.add(key)
                lines[(*path, key)] = key_node.start_mark.line + 1
                children.append((value_node, (*path, key)))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[(*path, index)] = item.start_mark.line + 1
                children.append((item, (*path, index)))
        stack.extend(reversed(children))  # in document order
    return lines, duplicates


# --------------------------------------------------------------------------- the whole read


def parse_yaml(text: str, budget: YamlBudget = CONTENT_BUDGET) -> LocatedYaml:
    """Parse one YAML document within the budget; YamlReadError (with a line, in Dutch) when it cannot.

    An empty document gives `LocatedYaml(None)`.
    """
    try:
        check_budget(text, budget)
        loader = SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return LocatedYaml(None)
            lines, duplicates = _walk_nodes(node)  # before building: building merges `<<` keys in place
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, text) from None
    return LocatedYaml(data, lines, duplicates)


def read_yaml_file(path: Path, budget: YamlBudget = CONTENT_BUDGET) -> LocatedYaml:
    """Read, decode and parse one YAML file within the budget (YamlReadError when it cannot be used)."""
    return parse_yaml(decode_utf8(read_limited(path, budget)), budget)
