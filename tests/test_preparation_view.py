"""A whole preparation without the models: `PreparationStore.find_view` and its cache.

The view of a preparation holds exactly what the validated model holds (the sheet is built
from it); a file whose exact bytes passed validation before is read from its cache file
(`store/view_cache.py`: one file per preparation) without PyYAML or pydantic, any other file
is validated as `find` does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import BaseModel

from gesprekscoach.content.cache import cache_key
from gesprekscoach.content.models import CarryOverKind
from gesprekscoach.store import models, summaries, view_cache
from gesprekscoach.store import preparation_view as views
from gesprekscoach.store.file_keys import file_digest
from gesprekscoach.store.preparation_view import PreparationView, plain_of, view_of
from gesprekscoach.store.preparations import (
    AmbiguousPreparation,
    DamagedPreparation,
    NewerVersionError,
    PreparationNotFound,
    PreparationStore,
)
from store_files import DATA, OLD_PREPARATION_FILES, count_parses

TZ = UTC

MIRRORS: list[tuple[type[Any], type[BaseModel]]] = [
    (views.PreparationView, models.Preparation),
    (views.ChecklistStateView, models.ChecklistState),
    (views.AnswerView, models.Answer),
    (views.AskedQuestionView, models.AskedQuestion),
    (views.GoalView, models.Goal),
    (views.FeedbackItemView, models.FeedbackItem),
    (views.AgendaItemView, models.AgendaItem),
    (views.AgreementView, models.Agreement),
    (views.DisagreementView, models.Disagreement),
    (views.AfterMeetingView, models.AfterMeetingRecord),
    (views.RehearsalStateView, models.RehearsalState),
    (views.CarryOverItemView, models.CarryOverItem),
]


# --------------------------------------------------------------------------- helpers


def assert_same(view: object, model: object, where: str = "voorbereiding") -> None:
    """The view holds the model's values: the same names, the same values (lists as tuples, dicts as mappings)."""
    if isinstance(model, BaseModel):
        fields = list(type(model).model_fields)
        assert list(getattr(view, "_fields", ())) == fields, where
        for name in fields:
            assert_same(getattr(view, name), getattr(model, name), f"{where}.{name}")
    elif isinstance(model, list):
        assert isinstance(view, tuple), where
        assert len(view) == len(model), where
        for index, (seen, item) in enumerate(zip(view, model, strict=True)):
            assert_same(seen, item, f"{where}[{index}]")
    elif isinstance(model, dict):
        assert isinstance(view, Mapping) and not isinstance(view, dict), where  # read-only
        assert list(view) == list(model), where
        for key, item in model.items():
            assert_same(view[key], item, f"{where}[{key!r}]")
    else:
        assert type(view) is type(model), where
        assert view == model, where
        if isinstance(model, datetime | time):
            assert isinstance(view, datetime | time)
            assert view.utcoffset() == model.utcoffset(), where


def _view_folder(home: Path) -> Path:
    return home / "cache" / view_cache.VIEW_FOLDER


def _view_file(home: Path, prep_id: str) -> Path:
    """The cache file of the data of one preparation."""
    return _view_folder(home) / f"{prep_id}.json"


def _view_files(home: Path) -> list[str]:
    return sorted(path.name for path in _view_folder(home).glob("*.json"))


def _payload(home: Path, prep_id: str) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(_view_file(home, prep_id).read_text(encoding="utf-8"))
    return payload


def rich_preparation(prep_id: str = "2027-03-01-functionering") -> models.Preparation:
    """A preparation with every kind of field filled in."""
    return models.Preparation.model_validate(
        {
            "id": prep_id,
            "conversation": "functionering",
            "meeting_date": date(2027, 3, 1),
            "meeting_time": "9:30",
            "with_whom": "Anne de Vries",
            "created_at": datetime(2027, 2, 20, 19, 30, tzinfo=timezone(timedelta(hours=1))),
            "updated_at": datetime(2027, 2, 27, 21, 15, 5, 250, tzinfo=TZ),
            "checklist": {
                "terugkijken": {"done": True, "note": "Map klaarleggen.", "private": True},
                "houding": {"note": "Eerst luisteren."},
            },
            "answers": {
                "wat-ging-goed": {"text": "Het nieuwe systeem draait.", "example": "Wachttijd van 3 naar 1 dag."},
                "wat-ging-minder": {"text": "Te laat om hulp gevraagd.", "private": True},
                "leeg": {"text": "  ", "example": ""},
            },
            "questions_to_ask": [
                {"text": "Hoe zie jij mijn rol?", "suggestion_id": "rol"},
                {"text": "Kan ik thuiswerken?", "private": True},
            ],
            "goals": [
                {
                    "text": "Ik  maak de\nweekplanning",
                    "specifiek": "Cursus Excel volgen.",
                    "meetbaar": "Certificaat gehaald.",
                    "acceptabel": "Anne wil het.",
                    "realistisch": "Twee uur per week.",
                    "tijdgebonden": "Voor 1 april 2027.",
                    "steps": ["Cursus kiezen", "Aanmelden"],
                },
                {"specifiek": "  Alleen   specifiek ", "private": True},
                {"id": "doel-7", "steps": ["Alleen een stap"]},
            ],
            "feedback": [{"text": "Meer overleg graag."}, {"text": "Privé punt", "private": True}],
            "pitfalls_read": ["verdedigen", "te-laat"],
            "agenda": ["Thuiswerken", {"text": "Salaris", "private": True}],
            "sheet_path": "/tmp/blad.md",
            "carry_over": [
                {
                    "id": "2026-09-01-planning:doel-1",
                    "kind": "doel",
                    "text": "Cursus afronden",
                    "source_id": "2026-09-01-planning",
                    "source_label": "planningsgesprek van 1 september 2026",
                    "ref": "doel-1",
                    "deadline": date(2027, 4, 1),
                    "status": "gedaan",
                    "result": "deels",
                    "note": "Nog één module.",
                    "private": True,
                },
                {
                    "id": "2026-09-01-planning:afspraak-2",
                    "kind": "afspraak",
                    "text": "Tweede scherm",
                    "source_id": "2026-09-01-planning",
                    "owner": "Kees",
                },
            ],
            "after": {
                "agreements": [
                    {"what": "Cursus betalen", "owner": "leidinggevende", "deadline": date(2027, 3, 15)},
                    {"what": "Planning overnemen", "owner": "ander", "owner_name": " Kees ", "done": True},
                    {"what": "Iemand vragen", "owner": "ander", "deadline_text": "binnen zes weken"},
                    {"what": "Zelf doen", "private": True},
                ],
                "went_as_prepared": "Het begin.",
                "went_differently": "Het salaris.",
                "report_received": True,
                "report_received_on": date(2027, 3, 8),
                "disagrees": True,
                "disagreements": [{"point": "Te weinig inzet", "why": "Ik deed veel.", "example": "Juli."}],
                "reaction_letter_path": "/tmp/reactie.md",
                "reaction_written_on": date(2027, 3, 9),
                "signed_by": "Sanne",
                "recorded_at": datetime(2027, 3, 9, 20, 0, tzinfo=TZ),
            },
            "last_step": "doelen",
            "rehearsal": {"rol": {"hard": True, "mark": "oefenen"}, "thuis": {"mark": "goed"}, "leeg": {}},
        }
    )


def _store_with(home: Path, *preps: models.Preparation) -> PreparationStore:
    store = PreparationStore(home)
    for prep in preps:
        store.save(prep, now=prep.updated_at)
    return store


# --------------------------------------------------------------------------- the mirror


@pytest.mark.parametrize(("view", "model"), MIRRORS, ids=[view.__name__ for view, _ in MIRRORS])
def test_every_view_has_exactly_the_fields_of_its_model(view: type[Any], model: type[BaseModel]) -> None:
    assert view._fields == tuple(model.model_fields)


def test_the_choices_a_view_accepts_are_the_models() -> None:
    assert views.OWNERS == get_args(models.Owner)
    assert views.REHEARSAL_MARKS == get_args(models.RehearsalMark)
    assert views.CARRY_OVER_KINDS == get_args(CarryOverKind)
    assert views.CARRY_OVER_STATUSES == get_args(models.CarryOverStatus)
    assert views.GOAL_RESULTS == get_args(models.GoalResult)


def test_a_rich_preparation_is_mirrored_field_by_field_with_the_models_answers() -> None:
    prep = rich_preparation()
    view = view_of(prep)
    assert_same(view, prep)
    assert view.report_received is prep.report_received is True
    assert [goal.title() for goal in view.goals] == [goal.title() for goal in prep.goals]
    assert [goal.title() for goal in view.goals] == ["Ik maak de weekplanning", "Alleen specifiek", ""]
    assert [goal.is_empty() for goal in view.goals] == [goal.is_empty() for goal in prep.goals] == [False] * 3
    assert prep.after is not None and view.after is not None
    who = [agreement.who() for agreement in view.after.agreements]
    assert who == [agreement.who() for agreement in prep.after.agreements]
    assert who == ["mijn leidinggevende", "Kees", "iemand anders", "ik"]
    assert {key: answer.is_empty() for key, answer in view.answers.items()} == {
        key: answer.is_empty() for key, answer in prep.answers.items()
    }
    assert view.goal("doel-7") == view.goals[2] and view.goal("doel-42") is None
    assert [goal.id for goal in view.goals] == ["doel-8", "doel-9", "doel-7"]
    assert view.agenda_texts() == prep.agenda_texts()


def test_an_empty_goal_and_no_after_record_give_the_models_answers() -> None:
    prep = rich_preparation()
    prep.goals.append(models.Goal(text="  ", steps=[" "]))
    prep.after = None
    view = view_of(prep)
    assert_same(view, prep)
    assert view.goals[-1].is_empty() and prep.goals[-1].is_empty()
    assert view.report_received is False


def test_a_time_with_seconds_is_kept_exactly() -> None:
    prep = rich_preparation()
    prep.meeting_time = time(9, 30, 15)
    assert view_of(prep).meeting_time == time(9, 30, 15)


def test_a_view_cannot_be_changed_by_its_caller() -> None:
    view = view_of(rich_preparation())
    with pytest.raises(TypeError):
        view.answers["nieuw"] = views.AnswerView("x")  # type: ignore[index]
    with pytest.raises(AttributeError):
        view.with_whom = "Joost"  # type: ignore[misc]
    assert isinstance(view.goals, tuple) and isinstance(view.goals[0].steps, tuple)


def test_the_plain_data_is_json_and_leaves_out_unknown_keys_id_and_revision() -> None:
    prep = models.Preparation.model_validate(
        {**rich_preparation().model_dump(), "onbekend": 1, "revision": 4, "goals": [{"text": "a", "nieuw": 2}]}
    )
    plain = plain_of(prep)
    assert json.loads(json.dumps(plain)) == plain
    assert "onbekend" not in plain and "id" not in plain and "revision" not in plain
    assert set(plain["goals"][0]) == set(models.Goal.model_fields)
    assert PreparationView.to_plain(prep) == plain


# --------------------------------------------------------------------------- from the store


def test_a_rich_preparation_from_the_cache_equals_the_model(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    model = store.load(prep.id)
    calls = count_parses(monkeypatch)
    first = store.find_view(prep.id)
    assert calls == [prep.id]  # validated once
    second = store.find_view("2027-03-01")  # a prefix, as `find` takes it
    assert calls == [prep.id]  # then from the cache
    assert second == first
    assert_same(second, model)
    assert second.meeting_time == time(9, 30)


@pytest.mark.parametrize(("fixture", "prep_id"), OLD_PREPARATION_FILES)
def test_a_file_of_every_schema_version_gives_the_models_values(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, fixture: str, prep_id: str
) -> None:
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    original = (DATA / fixture).read_bytes()
    store.path_for(prep_id).write_bytes(original)
    model = store.find(prep_id)  # migrated in memory
    calls = count_parses(monkeypatch)
    assert_same(store.find_view(prep_id), model)
    assert calls == [prep_id]
    assert_same(store.find_view(prep_id), model)
    assert calls == [prep_id]  # the second time from the cache
    assert store.path_for(prep_id).read_bytes() == original  # reading never rewrites the file


def test_a_file_of_a_newer_version_is_refused_as_find_refuses_it(private_home: Path) -> None:
    store = PreparationStore(private_home)
    store.folder.mkdir(parents=True)
    path = store.path_for("2027-06-10-functionering")
    path.write_bytes((DATA / "preparation-newer.yaml").read_bytes())
    for _ in range(2):
        with pytest.raises(NewerVersionError):
            store.find_view("2027-06-10")
    assert path.exists()


def test_the_ids_and_errors_are_those_of_find(private_home: Path) -> None:
    store = _store_with(private_home, rich_preparation("2027-03-01-functionering"), rich_preparation("2027-03-01-pop"))
    for wanted in ("2027-03-01", "2027-03-01-"):
        with pytest.raises(AmbiguousPreparation) as error:
            store.find_view(wanted)
        with pytest.raises(AmbiguousPreparation) as expected:
            store.find(wanted)
        assert str(error.value) == str(expected.value) and error.value.matches == expected.value.matches
    for wanted in ("2030", "../geheim", "nul"):
        with pytest.raises(PreparationNotFound) as missing:
            store.find_view(wanted)
        with pytest.raises(PreparationNotFound) as expected_missing:
            store.find(wanted)
        assert str(missing.value) == str(expected_missing.value)
    assert store.find_view(" 2027-03-01-p ").id == "2027-03-01-pop"


def test_a_damaged_file_raises_as_find_does_and_stays_in_place(private_home: Path) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    store.find_view(prep.id)  # the good bytes are in the cache now
    path = store.path_for(prep.id)
    path.write_text("schema_version: 3\nmeeting_date: [kapot\n", encoding="utf-8")
    with pytest.raises(DamagedPreparation) as error:
        store.find_view(prep.id)
    with pytest.raises(DamagedPreparation) as expected:
        store.find(prep.id)
    assert str(error.value) == str(expected.value)
    assert path.exists()


def test_the_second_export_reads_neither_yaml_nor_pydantic_and_a_changed_byte_is_validated(
    private_home: Path,
) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    script = (
        "import sys\n"
        "from gesprekscoach.store.preparations import PreparationStore, DamagedPreparation\n"
        "try:\n"
        "    view = PreparationStore().find_view('2027-03-01')\n"
        "except DamagedPreparation as error:\n"
        "    print('BESCHADIGD', error.path.name)\n"
        "    raise SystemExit(0)\n"
        "loaded = [name for name in ('yaml', 'pydantic') if name in sys.modules]\n"
        "print(loaded, view.with_whom, view.goals[0].title(), view.after.agreements[1].who())\n"
    )

    def run() -> str:
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip()

    assert run() == "['yaml', 'pydantic'] Anne de Vries Ik maak de weekplanning Kees"  # validated the first time
    assert run() == "[] Anne de Vries Ik maak de weekplanning Kees"  # then from the cache
    path = store.path_for(prep.id)
    path.write_bytes(path.read_bytes().replace(b"Anne de Vries", b"Anne de Vriez"))
    assert run() == "['yaml', 'pydantic'] Anne de Vriez Ik maak de weekplanning Kees"
    assert run() == "[] Anne de Vriez Ik maak de weekplanning Kees"
    path.write_bytes(path.read_bytes().replace(b"meeting_date: ", b"meeting_date: [kapot"))
    assert run() == f"BESCHADIGD {path.name}"
    assert path.exists()  # as `find`: reported, not moved


def test_the_cache_file_holds_the_format_the_code_the_digest_and_the_data(private_home: Path) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    store.find_view(prep.id)
    payload = _payload(private_home, prep.id)
    assert set(payload) == {"format", "code", "digest", "data"}
    assert payload["format"] == view_cache.VIEW_FORMAT
    assert payload["digest"] == file_digest(store.path_for(prep.id).read_bytes())
    sources = [Path(summaries.__file__).parent / name for name in summaries._SOURCES]
    assert "view_cache.py" in summaries._SOURCES and payload["code"] == cache_key([], sources)
    assert payload["data"] == plain_of(store.find(prep.id))
    assert _view_folder(private_home).stat().st_mode & 0o777 == 0o700
    assert _view_file(private_home, prep.id).stat().st_mode & 0o777 == 0o600


BROKEN_CACHES = [
    "geen json",
    "lijst",
    "te diep",
    "geen utf-8",
    "ander formaat",
    "andere code",
    "ander bestand",
    "geen data",
    "data geen object",
]


def _broken(payload: dict[str, Any], how: str) -> bytes:
    if how == "geen json":
        return b"niet eens json"
    if how == "lijst":
        return b"[]"
    if how == "te diep":
        return b"[" * 100_000 + b"]" * 100_000
    if how == "geen utf-8":
        return json.dumps(payload).encode("utf-8") + b"\xff"
    if how == "ander formaat":
        payload["format"] = view_cache.VIEW_FORMAT + 1
    elif how == "andere code":
        payload["code"] = "0" * 40
    elif how == "ander bestand":
        payload["digest"] = file_digest(b"iets anders")
    elif how == "geen data":
        del payload["data"]
    elif how == "data geen object":
        payload["data"] = [payload["data"]]
    return json.dumps(payload).encode("utf-8")


@pytest.mark.parametrize("how", BROKEN_CACHES)
def test_a_broken_or_foreign_cache_file_only_costs_time(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    expected = store.find_view(prep.id)
    good = _view_file(private_home, prep.id).read_bytes()
    _view_file(private_home, prep.id).write_bytes(_broken(_payload(private_home, prep.id), how))
    calls = count_parses(monkeypatch)
    assert store.find_view(prep.id) == expected
    assert calls == [prep.id]
    assert _view_file(private_home, prep.id).read_bytes() == good  # written anew
    assert store.find_view(prep.id) == expected
    assert calls == [prep.id]


def test_a_too_large_cache_file_is_neither_read_nor_written(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    expected = store.find_view(prep.id)
    before = _view_file(private_home, prep.id).stat()
    monkeypatch.setattr(view_cache, "MAX_VIEW_BYTES", before.st_size - 1)
    calls = count_parses(monkeypatch)
    assert store.find_view(prep.id) == expected
    assert store.find_view(prep.id) == expected
    assert calls == [prep.id, prep.id]  # validated every time
    assert _view_file(private_home, prep.id).stat().st_mtime_ns == before.st_mtime_ns


def test_a_cache_folder_others_can_write_in_is_not_read(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    expected = store.find_view(prep.id)
    _view_folder(private_home).chmod(0o777)
    calls = count_parses(monkeypatch)
    assert store.find_view(prep.id) == expected
    assert calls == [prep.id]
    assert _view_folder(private_home).stat().st_mode & 0o777 == 0o700  # made private again when writing
    assert store.find_view(prep.id) == expected
    assert calls == [prep.id]


def test_a_cache_file_others_can_write_is_not_read(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    expected = store.find_view(prep.id)
    _view_file(private_home, prep.id).chmod(0o666)
    calls = count_parses(monkeypatch)
    assert store.find_view(prep.id) == expected
    assert calls == [prep.id]
    assert _view_file(private_home, prep.id).stat().st_mode & 0o777 == 0o600  # replaced by a private one


def test_a_cache_folder_that_is_a_symlink_is_never_used(
    private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    expected = store.find_view(prep.id)
    elsewhere = tmp_path / "elders"
    _view_folder(private_home).rename(elsewhere)
    _view_folder(private_home).symlink_to(elsewhere, target_is_directory=True)
    kept = (elsewhere / f"{prep.id}.json").stat()
    calls = count_parses(monkeypatch)
    assert store.find_view(prep.id) == expected
    assert store.find_view(prep.id) == expected
    assert calls == [prep.id, prep.id]  # not read through the link
    assert sorted(path.name for path in elsewhere.iterdir()) == [f"{prep.id}.json"]  # and nothing written there
    assert (elsewhere / f"{prep.id}.json").stat().st_mtime_ns == kept.st_mtime_ns


def _damage(plain: dict[str, Any], how: str) -> object:
    if how == "geen object":
        return [plain]
    if how == "datum":
        plain["meeting_date"] = "geen datum"
    elif how == "tijd":
        plain["meeting_time"] = "25:99"
    elif how == "moment":
        plain["after"]["recorded_at"] = 12
    elif how == "ontbreekt":
        del plain["with_whom"]
    elif how == "te veel":
        plain["onbekend"] = "x"
    elif how == "id":
        plain["id"] = "iets-anders"
    elif how == "waar als getal":
        plain["schema_version"] = True
    elif how == "getal als waar":
        plain["goals"][0]["private"] = 1
    elif how == "lijst als object":
        plain["checklist"] = []
    elif how == "sleutel":
        plain["rehearsal"] = {"rol": {"hard": True}}
    elif how == "keuze":
        plain["after"]["agreements"][0]["owner"] = "baas"
    elif how == "soort":
        plain["carry_over"][0]["kind"] = "wens"
    elif how == "stap":
        plain["goals"][0]["steps"] = ["a", None]
    elif how == "diep":
        plain["after"]["disagreements"] = [[[[[]]]]]
    elif how == "geen tekst":
        plain["answers"]["wat-ging-goed"]["text"] = {"text": "x"}
    return plain


DAMAGES = [
    "geen object",
    "datum",
    "tijd",
    "moment",
    "ontbreekt",
    "te veel",
    "id",
    "waar als getal",
    "getal als waar",
    "lijst als object",
    "sleutel",
    "keuze",
    "soort",
    "stap",
    "diep",
    "geen tekst",
]


@pytest.mark.parametrize("how", DAMAGES)
def test_cached_data_of_the_wrong_shape_is_a_miss_not_a_crash(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    expected = store.find_view(prep.id)
    payload = _payload(private_home, prep.id)
    payload["data"] = _damage(payload["data"], how)
    assert PreparationView.from_plain(prep.id, payload["data"]) is None
    _view_file(private_home, prep.id).write_text(json.dumps(payload), encoding="utf-8")
    calls = count_parses(monkeypatch)
    assert store.find_view(prep.id) == expected
    assert calls == [prep.id]


def test_two_preparations_are_cached_in_files_of_their_own(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = rich_preparation("2027-03-01-functionering"), rich_preparation("2027-04-01-pop")
    store = _store_with(private_home, first, second)
    calls = count_parses(monkeypatch)
    for _ in range(3):
        store.find_view(first.id)
        store.find_view(second.id)
    assert calls == [first.id, second.id]  # each validated once, then both from the cache
    assert _view_files(private_home) == [f"{first.id}.json", f"{second.id}.json"]
    untouched = _view_file(private_home, second.id).stat()
    changed = store.load(first.id)
    changed.with_whom = "Joost"
    store.save(changed)
    assert store.find_view(first.id).with_whom == "Joost"
    assert store.find_view(second.id).with_whom == "Anne de Vries"
    assert calls == [first.id, second.id, first.id, first.id]  # `load`, then the changed file once
    assert _view_files(private_home) == [f"{first.id}.json", f"{second.id}.json"]  # no stale version left
    after = _view_file(private_home, second.id).stat()
    assert (after.st_ino, after.st_mtime_ns) == (untouched.st_ino, untouched.st_mtime_ns)  # never rewritten


def test_forgetting_and_listing_remove_the_files_of_preparations_that_are_gone(private_home: Path) -> None:
    ids = ["2027-03-01-functionering", "2027-04-01-pop", "2027-05-01-beoordeling", "2027-06-01-pop"]
    store = _store_with(private_home, *(rich_preparation(prep_id) for prep_id in ids))
    for prep_id in ids:
        store.find_view(prep_id)
    view_cache.forget_view(ids[0])
    assert _view_files(private_home) == [f"{prep_id}.json" for prep_id in ids[1:]]
    view_cache.forget_view(ids[0])  # already gone: nothing happens
    store.path_for(ids[1]).unlink()
    store.path_for(ids[2]).write_text("schema_version: 3\nmeeting_date: [kapot\n", encoding="utf-8")
    listing = store.summaries()
    assert [item.original.stem for item in listing.set_aside] == [ids[2]]
    assert _view_files(private_home) == [f"{ids[3]}.json"]
    assert store.find_view(ids[3]).id == ids[3]


def test_the_old_single_cache_file_is_removed_when_data_is_cached(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(view_cache, "_OLD_CACHES_REMOVED", [])
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    store.summaries()
    cache = private_home / "cache"
    old = cache / "voorbereidingsdata-0123456789abcdef.json"
    old.write_text('{"format": 3, "files": {}}', encoding="utf-8")
    store.find_view(prep.id)
    assert not old.exists()
    assert len(list(cache.glob(f"{summaries.SUMMARY_CACHE}-*.json"))) == 1  # the list cache stays
    assert _view_files(private_home) == [f"{prep.id}.json"]


# --------------------------------------------------------------------------- remember_view


def test_a_remembered_view_is_what_validating_the_saved_file_gives(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep = rich_preparation()
    prep.meeting_time = time(9, 30, 15)  # the file holds 9:30
    prep.goals.append(models.Goal())  # nobody wrote in it: not saved
    prep.goals.append(models.Goal(text="Nog zonder id"))  # gets its id when saved
    store = _store_with(private_home, prep)
    store.remember_view(prep)
    calls = count_parses(monkeypatch)
    cached = store.find_view(prep.id)
    assert calls == []  # from the cache
    assert cached == view_of(store.find(prep.id))
    assert cached.meeting_time == time(9, 30)
    assert [goal.id for goal in cached.goals] == ["doel-8", "doel-9", "doel-7", "doel-11"]


def test_a_text_that_is_not_valid_unicode_is_not_remembered(private_home: Path) -> None:
    prep = rich_preparation()
    prep.with_whom = "Anne \ud800"  # a lone surrogate: the file holds U+FFFD instead
    store = _store_with(private_home, prep)
    store.remember_view(prep)
    assert not _view_file(private_home, prep.id).exists()
    assert store.find_view(prep.id).with_whom == "Anne \ufffd"


def test_nothing_is_remembered_when_the_file_is_not_what_this_store_saved(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    path = store.path_for(prep.id)
    path.write_bytes(path.read_bytes().replace(b"Anne de Vries", b"Anne de Vries-Jansen"))  # someone else
    store.remember_view(prep)
    assert not _view_file(private_home, prep.id).exists()
    PreparationStore(private_home).remember_view(prep)  # a store that never read it
    assert not _view_file(private_home, prep.id).exists()
    calls = count_parses(monkeypatch)
    assert store.find_view(prep.id).with_whom == "Anne de Vries-Jansen"
    assert calls == [prep.id]


def test_nothing_is_remembered_of_another_revision_or_a_missing_file(private_home: Path) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep)
    older = prep.model_copy(deep=True)
    older.revision = prep.revision - 1
    store.remember_view(older)
    assert not _view_folder(private_home).exists()
    store.path_for(prep.id).unlink()
    store.remember_view(prep)  # never raises
    assert not _view_folder(private_home).exists()


def test_the_list_cache_still_keeps_only_the_files_listed(private_home: Path) -> None:
    prep = rich_preparation()
    store = _store_with(private_home, prep, rich_preparation("2027-04-01-pop"))
    store.find_view(prep.id)
    store.summaries()
    store.path_for(prep.id).unlink()
    store.summaries()
    (listed,) = (private_home / "cache").glob(f"{summaries.SUMMARY_CACHE}-*.json")
    assert len(json.loads(listed.read_text(encoding="utf-8"))["files"]) == 1
