"""The content loader: the shipped content is valid, and broken folders are reported as file:line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gesprekscoach.content.loader import ContentError, check_content, content_schema, load_content
from gesprekscoach.content.models import ConversationType, Direction, Mode

MINIMAL = {
    "smart.yaml": """\
intro: Een goed doel is SMART.
letters:
  - letter: S
    name: Specifiek
    meaning: Wat ga je precies doen?
    question: Wat is je doel?
  - letter: M
    name: Meetbaar
    meaning: Hoe zie je dat het gelukt is?
    question: Hoe meet je het?
  - letter: A
    name: Acceptabel
    meaning: Je leidinggevende is het ermee eens.
    question: Is het afgesproken?
  - letter: R
    name: Realistisch
    meaning: Het kan echt.
    question: Lukt het?
  - letter: T
    name: Tijdgebonden
    meaning: Er is een datum.
    question: Wanneer is het klaar?
goal_steps:
  - title: Begin bij jezelf
    text: Het doel is van jou.
w_questions:
  - word: Wat
    question: Wat wil je bereiken?
""",
    "pitfalls.yaml": """\
pitfalls:
  - id: te-passief
    title: Te passief
    what: Je zegt weinig.
    avoid:
      - Stel zelf vragen.
""",
    "feedback.yaml": """\
intro: Feedback geven kan je leren.
principles:
  - title: Wees concreet
    text: Noem een situatie.
examples:
  - bad: Jij doet nooit iets.
    good: Ik merk dat het overleg vaak uitvalt.
    why: Het gaat over een situatie.
ik_template: "Ik merk dat {situatie}. Ik zou graag {wens}."
""",
    "after.yaml": """\
intro: Na het gesprek.
advice:
  - id: verslag
    title: Vraag om het verslag
    text: Krijg je niets? Vraag erom.
""",
    "chooser.yaml": """\
intro: Welk gesprek heb je?
questions:
  - id: richting
    text: Kijkt het gesprek terug of vooruit?
    options:
      - label: Terug
        points: {proef: 2}
        reason: Het kijkt terug.
      - label: Vooruit
        points: {}
""",
    "conversations/proef.yaml": """\
id: proef
name: proefgesprek
summary: Een gesprek om te proberen.
purpose: Om de lader te testen.
direction: back
mode: two_way
timing: Elk jaar.
questions:
  - id: terugblik
    text: Hoe ging het?
    hint: Noem een voorbeeld.
steps:
  - id: intro
    kind: intro
    title: Over dit gesprek
    text: Dit is een proef.
  - id: vragen
    kind: questions
    title: Terugblik
    questions:
      - terugblik
  - id: valkuilen
    kind: pitfalls
    title: Valkuilen
    pitfalls:
      - te-passief
""",
}


@pytest.fixture
def minimal_dir(tmp_path: Path) -> Path:
    """A small valid content folder, written fresh for each test."""
    root = tmp_path / "inhoud"
    for name, text in MINIMAL.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _break(root: Path, name: str, old: str, new: str) -> Path:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test set-up: {old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _problems(root: Path) -> list[str]:
    content, problems = check_content(root)
    assert content is None
    return [str(p) for p in problems]


def test_minimal_folder_loads(minimal_dir: Path) -> None:
    content = load_content(minimal_dir)
    conv = content.conversation("proef")
    assert conv.direction is Direction.BACK and conv.mode is Mode.TWO_WAY
    assert conv.question("terugblik").hint == "Noem een voorbeeld."
    assert [p.id for p in content.pitfalls_for(conv.step("valkuilen"))] == ["te-passief"]


def test_yaml_syntax_error_names_file_and_line(minimal_dir: Path) -> None:
    path = _break(minimal_dir, "conversations/proef.yaml", "timing: Elk jaar.", "timing: [Elk jaar.")
    problems = _problems(minimal_dir)
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:")
    assert "YAML-fout" in problems[0]


def test_missing_field_names_line_of_its_parent(minimal_dir: Path) -> None:
    path = _break(minimal_dir, "conversations/proef.yaml", "summary: Een gesprek om te proberen.\n", "")
    assert _problems(minimal_dir) == [f"{path}:1: veld 'summary' ontbreekt"]


def test_unknown_field_names_its_own_line(minimal_dir: Path) -> None:
    path = _break(
        minimal_dir,
        "conversations/proef.yaml",
        "    hint: Noem een voorbeeld.\n",
        "    hint: Noem een voorbeeld.\n    hnt: typo\n",
    )
    [problem] = _problems(minimal_dir)
    assert problem.startswith(f"{path}:12: ")
    assert "onbekend veld 'hnt'" in problem
    assert "questions[1] (id: terugblik)" in problem


def test_wrong_type_and_bad_enum(minimal_dir: Path) -> None:
    path = _break(minimal_dir, "conversations/proef.yaml", "direction: back", "direction: achteruit")
    _break(minimal_dir, "conversations/proef.yaml", "timing: Elk jaar.", "timing: Elk jaar.\norder: vroeg")
    problems = _problems(minimal_dir)
    assert any(p.startswith(f"{path}:5: direction: 'achteruit' kan niet") for p in problems), problems
    assert any(p.startswith(f"{path}:8: order: moet een heel getal zijn") for p in problems), problems


def test_duplicate_question_id(minimal_dir: Path) -> None:
    _break(
        minimal_dir,
        "conversations/proef.yaml",
        "    hint: Noem een voorbeeld.\n",
        "    hint: Noem een voorbeeld.\n  - id: terugblik\n    text: Nog een keer?\n",
    )
    problems = _problems(minimal_dir)
    assert any("dubbele vraag-id: terugblik" in p for p in problems), problems


def test_step_naming_missing_question_points_at_the_reference(minimal_dir: Path) -> None:
    path = _break(minimal_dir, "conversations/proef.yaml", "      - terugblik", "      - bestaat-niet")
    assert _problems(minimal_dir) == [
        f"{path}:21: stap 'vragen' noemt vraag 'bestaat-niet', maar die vraag bestaat niet in dit bestand"
    ]


def test_step_naming_missing_pitfall(minimal_dir: Path) -> None:
    path = _break(minimal_dir, "conversations/proef.yaml", "      - te-passief", "      - te-stil")
    [problem] = _problems(minimal_dir)
    assert problem.startswith(f"{path}:26: ") and "valkuil 'te-stil'" in problem


def test_unknown_step_kind(minimal_dir: Path) -> None:
    path = _break(minimal_dir, "conversations/proef.yaml", "kind: intro", "kind: inleiding")
    [problem] = _problems(minimal_dir)
    assert problem.startswith(f"{path}:14: ")
    assert "onbekende soort stap 'inleiding'" in problem


def test_python_tags_are_refused(minimal_dir: Path) -> None:
    """Only safe YAML: a tag that would run code is an error, not an action."""
    marker = minimal_dir / "ran"
    path = _break(
        minimal_dir,
        "after.yaml",
        "intro: Na het gesprek.",
        f"intro: !!python/object/apply:os.system ['touch {marker}']",
    )
    [problem] = _problems(minimal_dir)
    assert problem.startswith(f"{path}:1: YAML-fout")
    assert not marker.exists()


def test_duplicate_key_and_empty_file_and_missing_file(minimal_dir: Path) -> None:
    _break(minimal_dir, "feedback.yaml", "intro: Feedback geven kan je leren.", "intro: Een.\nintro: Twee.")
    (minimal_dir / "after.yaml").write_text("", encoding="utf-8")
    (minimal_dir / "smart.yaml").unlink()
    problems = _problems(minimal_dir)
    assert f"{minimal_dir / 'feedback.yaml'}:2: veld 'intro' staat er twee keer; haal er één weg" in problems
    assert f"{minimal_dir / 'after.yaml'}:1: het bestand is leeg" in problems
    assert f"{minimal_dir / 'smart.yaml'}: dit bestand ontbreekt in de map met inhoud" in problems


def test_all_problems_of_all_files_at_once(minimal_dir: Path) -> None:
    _break(minimal_dir, "pitfalls.yaml", "    title: Te passief\n", "")
    _break(minimal_dir, "chooser.yaml", "points: {proef: 2}", "points: {onbekend: 2}")
    _break(minimal_dir, "smart.yaml", "  - letter: M", "  - letter: X")
    problems = _problems(minimal_dir)
    files = {p.split(":")[0] for p in problems}
    assert {str(minimal_dir / n) for n in ("pitfalls.yaml", "chooser.yaml", "smart.yaml")} <= files
    assert any("'onbekend' is geen gesprek" in p for p in problems)


def test_smart_letters_must_be_in_order(minimal_dir: Path) -> None:
    text = (minimal_dir / "smart.yaml").read_text(encoding="utf-8")
    text = (
        text.replace("letter: S", "letter: TMP").replace("letter: M", "letter: S").replace("letter: TMP", "letter: M")
    )
    (minimal_dir / "smart.yaml").write_text(text, encoding="utf-8")
    [problem] = _problems(minimal_dir)
    assert "S, M, A, R, T" in problem


def test_checks_file_is_optional_and_checked_when_present(minimal_dir: Path) -> None:
    """Without checks.yaml the shipped texts are used; a broken one is reported with its line."""
    from gesprekscoach.paths import shipped_content_dir

    content = load_content(minimal_dir)
    assert content.checks.smart.meetbaar.name == "Meetbaar"
    text = (shipped_content_dir() / "checks.yaml").read_text(encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.strip().startswith("ik_template:"))
    broken = text.splitlines()
    broken[line - 1] = broken[line - 1].split(":")[0] + ': "Ik merk dat {situatie}."'
    (minimal_dir / "checks.yaml").write_text("\n".join(broken) + "\n", encoding="utf-8")
    [problem] = _problems(minimal_dir)
    assert problem.startswith(f"{minimal_dir / 'checks.yaml'}:{line}: ")
    assert "{wens}" in problem


def test_missing_folder(tmp_path: Path) -> None:
    problems = _problems(tmp_path / "nergens")
    assert problems == [f"{tmp_path / 'nergens'}: deze map met inhoud bestaat niet; kijk of het pad klopt"]


def test_load_content_raises_with_all_problems(minimal_dir: Path) -> None:
    (minimal_dir / "smart.yaml").unlink()
    with pytest.raises(ContentError) as info:
        load_content(minimal_dir)
    assert len(info.value.problems) == 1


def test_schema_describes_every_file() -> None:
    schemas = content_schema()
    assert set(schemas) == {
        "conversations/*.yaml",
        "smart.yaml",
        "pitfalls.yaml",
        "feedback.yaml",
        "after.yaml",
        "chooser.yaml",
        "checks.yaml",
        "glossary.yaml",
    }
    conv = schemas["conversations/*.yaml"]
    assert conv["additionalProperties"] is False
    assert {"id", "name", "summary", "steps"} <= set(conv["required"])


# --------------------------------------------------------------------------- the shipped content


def test_shipped_content_is_valid(shipped_content) -> None:
    ids = {c.id for c in shipped_content.conversations}
    assert {"planning", "functionering", "beoordeling", "pop", "voortgang"} <= ids


def test_shipped_conversations_cover_the_cycle(shipped_content) -> None:
    conv = {c.id: c for c in shipped_content.conversations}
    assert conv["planning"].next == "functionering"
    assert conv["functionering"].next == "beoordeling"
    assert conv["beoordeling"].mode is Mode.ONE_WAY and conv["beoordeling"].direction is Direction.BACK
    assert conv["functionering"].mode is Mode.TWO_WAY
    assert conv["pop"].direction is Direction.AHEAD
    assert "doelstellingsgesprek" in conv["planning"].also_known_as
    assert "jaargesprek" in conv["functionering"].also_known_as
    # The seven questions a manager is likely to ask in a functioneringsgesprek, each with guidance.
    assert "behaald" in conv["functionering"].question("doelen-behaald").text
    assert sum(1 for q in conv["functionering"].questions if q.hint) >= 7
    for c in conv.values():
        kinds = [s.kind for s in c.steps]
        assert kinds[0] == "intro" and kinds[-1] == "summary", c.id
        assert all(s.help for s in c.steps), f"{c.id}: every step needs help (F1)"
    assert len(shipped_content.pitfalls.pitfalls) == 7
    assert [letter.name for letter in shipped_content.smart.letters] == [
        "Specifiek",
        "Meetbaar",
        "Acceptabel",
        "Realistisch",
        "Tijdgebonden",
    ]


def test_every_conversation_has_five_tips(shipped_content) -> None:
    for conv in shipped_content.conversations:
        if conv.id == "pop":
            continue
        checklists = [s for s in conv.steps if s.kind == "checklist"]
        assert any(len(s.items) == 5 for s in checklists), f"{conv.id}: a checklist with the five tips"


def test_content_check_cli_on_shipped_content() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "content", "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "functioneringsgesprek" in result.stdout
    assert "is in orde" in result.stdout


def test_content_check_cli_on_broken_folder(minimal_dir: Path) -> None:
    _break(minimal_dir, "conversations/proef.yaml", "      - terugblik", "      - bestaat-niet")
    (minimal_dir / "after.yaml").write_text("intro: [kapot", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "content", "check", str(minimal_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{minimal_dir / 'conversations' / 'proef.yaml'}:21:" in result.stdout
    assert (
        f"{minimal_dir / 'after.yaml'}:2: YAML-fout: een lijst tussen [ en ] is niet goed afgesloten (het begon op regel 1)"
        in result.stdout
    )
    assert "2 fouten gevonden" in result.stdout


def test_content_option_and_environment_variable(minimal_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "--content", str(minimal_dir), "content", "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and "proefgesprek" in result.stdout
    monkeypatch.setenv("GESPREKSCOACH_CONTENT", str(minimal_dir))
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "content", "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "proefgesprek" in result.stdout


def test_schema_cli_prints_json_schema() -> None:
    import json

    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "content", "schema"], capture_output=True, text=True, check=True
    )
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["title"] == ConversationType.__name__
    result = subprocess.run(
        [sys.executable, "-m", "gesprekscoach", "content", "schema", "smart"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout)["title"] == "SmartGuide"


def test_copied_content_folder_with_user_edit_is_checked(tmp_path: Path, shipped_content) -> None:
    """An HR department copies the shipped content and edits it: a typo is reported, not ignored."""
    from gesprekscoach.paths import shipped_content_dir

    copy = tmp_path / "eigen"
    shutil.copytree(shipped_content_dir(), copy)
    path = copy / "conversations" / "functionering.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nsummary:", "\nsumary:", 1), encoding="utf-8")
    problems = _problems(copy)
    assert any(p.startswith(f"{path}:") and "onbekend veld 'sumary'" in p for p in problems), problems
    assert any(p.startswith(f"{path}:") and "veld 'summary' ontbreekt" in p for p in problems), problems


def test_checked_content_is_cached_and_rechecked_after_any_change(
    minimal_dir: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second start skips checking; a changed file is checked again; a broken cache is rebuilt."""
    import stat as stat_module

    import gesprekscoach.content.loader as content_module

    first = load_content(minimal_dir)
    [cache_file] = (private_home / "cache").glob("inhoud-*.json")
    assert stat_module.S_IMODE(cache_file.stat().st_mode) == 0o600
    assert stat_module.S_IMODE((private_home / "cache").stat().st_mode) == 0o700

    calls: list[Path] = []
    real_check = content_module.check_content
    monkeypatch.setattr(content_module, "check_content", lambda d=None: calls.append(d) or real_check(d))
    assert load_content(minimal_dir) == first
    assert calls == []  # served from the cache

    _break(minimal_dir, "conversations/proef.yaml", "summary: Een gesprek om te proberen.", "summary: Iets anders.")
    assert load_content(minimal_dir).conversation("proef").summary == "Iets anders."
    assert len(calls) == 1
    assert len(list((private_home / "cache").glob("inhoud-*.json"))) == 1  # the old cache is gone

    _break(minimal_dir, "conversations/proef.yaml", "      - terugblik", "      - bestaat-niet")
    with pytest.raises(ContentError):  # broken content is never served from a cache
        load_content(minimal_dir)

    _break(minimal_dir, "conversations/proef.yaml", "      - bestaat-niet", "      - terugblik")
    [cache_file] = (private_home / "cache").glob("inhoud-*.json")
    cache_file.write_bytes(b"geen json")
    assert load_content(minimal_dir).conversation("proef").summary == "Iets anders."


def test_check_parts_are_those_of_the_whole_content_also_from_the_cache(
    minimal_dir: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`smart` and `feedback` read three parts of the checked content; from the cache only while no file changed."""
    import gesprekscoach.content.loader as content_module
    from gesprekscoach.content.loader import load_check_parts

    first = load_check_parts(minimal_dir)  # no cache yet: the whole folder is checked
    content = load_content(minimal_dir)
    assert (first.checks, first.smart, first.feedback) == (content.checks, content.smart, content.feedback)

    calls: list[Path] = []
    real_check = content_module.check_content
    monkeypatch.setattr(content_module, "check_content", lambda d=None: calls.append(d) or real_check(d))
    assert load_check_parts(minimal_dir) == first
    assert calls == []  # served from the cache

    [cache_file] = (private_home / "cache").glob("inhoud-*.json")
    cache_file.write_text(cache_file.read_text(encoding="utf-8").replace('"ik_template":"', '"ik_template":1,"x":"'))
    assert load_check_parts(minimal_dir) == first  # a cache of the wrong shape: checked again
    assert len(calls) == 1

    _break(minimal_dir, "feedback.yaml", "{wens}", "{wens2}")
    with pytest.raises(ContentError):
        load_check_parts(minimal_dir)  # a changed file is checked as strictly as before
