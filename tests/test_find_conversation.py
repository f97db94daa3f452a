"""Other names are found: 'jaargesprek' or 'R&O-gesprek' lead to the conversation the coach has for it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gesprekscoach.cli.main import main
from gesprekscoach.content.loader import load_content
from gesprekscoach.content.models import Content
from gesprekscoach.paths import content_dir_for
from gesprekscoach.plain.app import MENU_CHOOSER, menu_labels
from gesprekscoach.session.chooser import find_conversation, name_key
from session_helpers import open_new
from test_plain_parts import flat, only, typed

FLEMISH = load_content(content_dir_for("vlaanderen"), use_cache=False)

OTHER_NAMES = {
    "doelstellingsgesprek": "planning",
    "jaargesprek": "functionering",
    "ontwikkelingsgesprek": "pop",
    "R&O-gesprek": "beoordeling",
    "evaluatiegesprek": "beoordeling",
}
"""The other names from the issue, and the Dutch conversation type each one is."""

FLEMISH_NAMES = {
    "doelstellingsgesprek": "planning",
    "jaargesprek": "functionering",
    "ontwikkelingsgesprek": "pop",
    "evaluatiegesprek": "evaluatie",
    "beoordelingsgesprek": "evaluatie",
}


@pytest.mark.parametrize(("name", "conversation_id"), OTHER_NAMES.items())
def test_every_other_name_is_in_also_known_as_and_found(
    shipped_content: Content, name: str, conversation_id: str
) -> None:
    assert name in shipped_content.conversation(conversation_id).also_known_as
    found = find_conversation(shipped_content, name)
    assert found is not None and found.id == conversation_id


@pytest.mark.parametrize(("name", "conversation_id"), FLEMISH_NAMES.items())
def test_the_flemish_pack_finds_its_other_names(name: str, conversation_id: str) -> None:
    found = find_conversation(FLEMISH, name)
    assert found is not None and found.id == conversation_id


@pytest.mark.parametrize(
    ("typed_name", "conversation_id"),
    [
        ("Jaargesprek", "functionering"),
        ("JAARGESPREK ", "functionering"),
        ("r&o gesprek", "beoordeling"),
        ("R&O-Gesprek", "beoordeling"),
        ("pop gesprek", "pop"),
        ("popgesprek", "pop"),
        ("POP-gesprek", "pop"),
        ("functioneringsgesprek", "functionering"),
        ("functionering", "functionering"),
        ("plannings-gesprek", "planning"),
    ],
)
def test_capitals_spaces_and_hyphens_do_not_matter(
    shipped_content: Content, typed_name: str, conversation_id: str
) -> None:
    found = find_conversation(shipped_content, typed_name)
    assert found is not None and found.id == conversation_id


@pytest.mark.parametrize("typed_name", ["", "   ", "-", "sollicitatiegesprek", "gesprek", "jaar"])
def test_an_unknown_name_is_none(shipped_content: Content, typed_name: str) -> None:
    assert find_conversation(shipped_content, typed_name) is None


@pytest.mark.parametrize("content", [pytest.param(None, id="nederland"), pytest.param(FLEMISH, id="vlaanderen")])
def test_no_name_belongs_to_two_conversations(shipped_content: Content, content: Content | None) -> None:
    content = content or shipped_content
    owners: dict[str, set[str]] = {}
    for conversation in content.conversations:
        for name in (conversation.name, conversation.id, *conversation.also_known_as):
            owners.setdefault(name_key(name), set()).add(conversation.id)
    assert {key: ids for key, ids in owners.items() if len(ids) > 1} == {}


# --------------------------------------------------------------------------- plain mode


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    home, sheets = tmp_path / "home", tmp_path / "bladen"
    sheets.mkdir()
    return home, sheets


def test_a_new_preparation_takes_a_name_as_well_as_a_number(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    output, store = typed(shipped_content, home, sheets, ["1", "jaar", "Jaargesprek", "", "", "", "stop"])
    said = flat(output)
    assert "Typ een nummer of de naam van het gesprek." in said
    assert "Een gesprek met de naam 'jaar' ken ik niet." in said
    assert "Een jaargesprek heet in de coach een functioneringsgesprek." in said
    assert "Je kiest: functioneringsgesprek." in said
    assert only(store).conversation == "functionering"


def test_a_new_preparation_still_takes_a_number(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    conversations = sorted(shipped_content.conversations, key=lambda conv: (conv.order, conv.name))
    output, store = typed(shipped_content, home, sheets, ["1", "9", "2", "", "", "", "stop"])
    assert f"Typ een nummer van 1 tot en met {len(conversations)}, of de naam" in flat(output)
    assert only(store).conversation == conversations[1].id


def test_the_chooser_takes_the_name_you_heard(shipped_content: Content, folders: tuple[Path, Path]) -> None:
    home, sheets = folders
    chooser = str(menu_labels(False).index(MENU_CHOOSER) + 1)
    output, store = typed(shipped_content, home, sheets, [chooser, "1", "R&O gesprek", "j", "", "", "Sam", "stop"])
    said = flat(output)
    beoordeling = shipped_content.conversation("beoordeling")
    assert said.count("Vraag 2 van") == 1 and "Vraag 3 van" not in said  # no more questions after the name
    assert "Een R&O-gesprek heet in de coach een beoordelingsgesprek." in said
    assert flat(f"Je hebt een beoordelingsgesprek. {beoordeling.summary}") in said
    prep = only(store)
    assert prep.conversation == "beoordeling" and prep.with_whom == "Sam"


def test_the_chooser_still_asks_again_after_a_wrong_answer(
    shipped_content: Content, folders: tuple[Path, Path]
) -> None:
    home, sheets = folders
    chooser = str(menu_labels(False).index(MENU_CHOOSER) + 1)
    output, _store = typed(shipped_content, home, sheets, [chooser, "weet niet", "stop"])
    count = len(shipped_content.chooser.questions[0].options)
    assert f"Typ een nummer van 1 tot en met {count}. Weet je hoe het gesprek heet? Typ dan de naam." in flat(output)


# --------------------------------------------------------------------------- the CLI


def test_list_shows_the_preparations_of_a_conversation_by_any_name(
    shipped_content: Content, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_new(shipped_content, private_home, "functionering")
    open_new(shipped_content, private_home, "planning", date(2026, 12, 1))
    assert main(["lijst", "jaargesprek"]) == 0
    out = capsys.readouterr().out
    assert "functioneringsgesprek" in out and "planningsgesprek" not in out
    assert "1 voorbereiding." in out
    assert main(["lijst", "R&O-gesprek"]) == 0
    assert capsys.readouterr().out == "Je hebt nog geen voorbereidingen voor een beoordelingsgesprek.\n"


def test_list_with_an_unknown_name_says_the_names(private_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lijst", "sollicitatiegesprek"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("Een gesprek met de naam 'sollicitatiegesprek' ken ik niet. Kies uit: ")
    assert "functioneringsgesprek" in captured.err
