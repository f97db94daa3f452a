"""The written reaction to a report: the letter's text, where it is saved, and its phrases."""

from __future__ import annotations

import shutil
import stat
from datetime import date
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from gesprekscoach.content.after_texts import reaction_letter_texts, report_reminder_text
from gesprekscoach.content.loader import load_content
from gesprekscoach.content.models import AfterMeeting, Content
from gesprekscoach.paths import shipped_content_dir
from gesprekscoach.sheet.letter import (
    LetterError,
    letter_filename,
    letter_folder,
    preparation_examples,
    render_reaction_letter,
    send_soon_message,
    write_reaction_letter,
)
from gesprekscoach.sheet.markdown import SheetExistsError, SheetWriteError
from gesprekscoach.store.models import AfterMeetingRecord, Answer, Disagreement, Preparation
from year_helpers import DISAGREEMENT, FUNCTIONING_DAY, at

TODAY = date(2027, 6, 19)


def _prep(**changes: object) -> Preparation:
    base: dict[str, object] = {
        "id": "2027-06-10-functionering",
        "conversation": "functionering",
        "meeting_date": FUNCTIONING_DAY,
        "with_whom": "Anne de Vries",
        "created_at": at(date(2027, 6, 1)),
        "updated_at": at(date(2027, 6, 1)),
        "after": AfterMeetingRecord(
            report_received=True,
            report_received_on=date(2027, 6, 17),
            disagrees=True,
            disagreements=[
                Disagreement(
                    point=DISAGREEMENT,
                    why="Ik heb zelf twee verbeteringen voorgesteld.",
                    example="In maart stelde ik een nieuwe werkwijze voor de planning voor.",
                ),
                Disagreement(point="Mijn planning liep vaak uit", why="Dat gebeurde één keer, in april."),
                Disagreement(point="   "),
            ],
        ),
    }
    base.update(changes)
    return Preparation.model_validate(base)


def flat(text: str) -> str:
    """The text with every run of white space as one space (plain text is wrapped at 72 characters)."""
    return " ".join(text.split())


def test_the_letter_is_calm_dated_and_addressed(shipped_content: Content) -> None:
    text = render_reaction_letter(_prep(), shipped_content, today=TODAY, name="", function="", place="")
    lines = text.splitlines()
    assert lines[0] == "19 juni 2027"
    assert lines[2] == "Aan: Anne de Vries"
    assert "Onderwerp: Reactie op het verslag van het functioneringsgesprek van 10 juni 2027" in flat(text)
    assert "\nBeste Anne de Vries,\n" in text
    assert "Op 10 juni 2027 hadden wij ons functioneringsgesprek. Op 17 juni 2027 kreeg ik het verslag." in flat(text)
    assert f"1. In het verslag staat: {DISAGREEMENT}\n   Zo zie ik het: Ik heb zelf twee verbeteringen" in text
    assert "   Een voorbeeld: In maart stelde ik een nieuwe werkwijze voor de" in text
    assert "\n2. In het verslag staat: Mijn planning liep vaak uit\n" in text
    assert "3." not in text  # the empty point is left out
    assert text.rstrip().endswith("Met vriendelijke groet,")
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "**" not in text and "\\" not in text  # a letter, not Markdown
    assert max(len(line) for line in lines) <= 72


def test_a_real_letter_with_sender_place_and_signature(shipped_content: Content) -> None:
    text = render_reaction_letter(
        _prep(), shipped_content, today=TODAY, name="Sam Jansen", function="klantadviseur", place="Utrecht"
    )
    assert text.startswith("Sam Jansen\nklantadviseur\n\nUtrecht, 19 juni 2027\n\nAan: Anne de Vries\n\n")
    assert text.endswith("Met vriendelijke groet,\nSam Jansen\nklantadviseur\n")


def test_the_letter_without_names_or_report_date(shipped_content: Content) -> None:
    prep = _prep(with_whom="")
    assert prep.after is not None
    prep.after.report_received_on = None
    prep.after.signed_by = "Sam Jansen"
    text = render_reaction_letter(prep, shipped_content, today=TODAY, name="", function="", place="")
    assert "Beste leidinggevende," in text and "Aan:" not in text
    assert "Dank je wel voor het verslag." in flat(text) and "kreeg ik" not in text
    assert text.rstrip().endswith("Met vriendelijke groet,\nSam Jansen")


def test_the_letter_takes_name_function_and_place_from_the_settings(
    shipped_content: Content, private_home: Path
) -> None:
    from gesprekscoach.store.settings import UserSettings, save_settings

    save_settings(UserSettings(name="Sam Jansen", function="klantadviseur", place="Utrecht"))
    text = render_reaction_letter(_prep(), shipped_content, today=TODAY)
    assert text.startswith("Sam Jansen\nklantadviseur\n\nUtrecht, 19 juni 2027\n")


def test_typed_text_is_kept_as_typed_and_cannot_break_the_letter(shipped_content: Content) -> None:
    prep = _prep(with_whom="# Baas <b>")
    assert prep.after is not None
    prep.after.disagreements = [
        Disagreement(point="- lijst\n# kop", why="| pipe | [link](x) **vet**", example="<script>\x1b[31m")
    ]
    text = render_reaction_letter(prep, shipped_content, today=TODAY, name="", function="", place="")
    assert "Beste # Baas <b>," in text
    assert "1. In het verslag staat: - lijst\n   # kop\n" in text
    assert "Zo zie ik het: | pipe | [link](x) **vet**" in text
    assert "Een voorbeeld: <script>[31m" in text and "\x1b" not in text
    assert "\n2. " not in text


def test_no_points_no_letter(shipped_content: Content) -> None:
    with pytest.raises(LetterError, match="Schrijf eerst op welk punt"):
        render_reaction_letter(_prep(after=None), shipped_content, today=TODAY)
    with pytest.raises(LetterError):
        render_reaction_letter(_prep(after=AfterMeetingRecord(disagrees=True)), shipped_content, today=TODAY)


def test_written_next_to_the_sheet_privately_and_noted(shipped_content: Content, tmp_path: Path) -> None:
    sheets = tmp_path / "bladen"
    sheets.mkdir()
    prep = _prep(sheet_path=str(sheets / "voorbereiding-functioneringsgesprek-2027-06-10.md"))
    folder = letter_folder(prep, tmp_path / "elders")
    assert folder == sheets
    path = write_reaction_letter(prep, shipped_content, today=TODAY, folder=folder)
    assert path == sheets / "reactie-functioneringsgesprek-2027-06-10.txt"
    assert path.name == letter_filename(prep, shipped_content)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8") == render_reaction_letter(prep, shipped_content, today=TODAY)
    assert prep.after is not None
    assert (prep.after.reaction_letter_path, prep.after.reaction_written_on) == (str(path), TODAY)
    with pytest.raises(SheetExistsError):
        write_reaction_letter(prep, shipped_content, today=TODAY, folder=folder)
    write_reaction_letter(prep, shipped_content, today=date(2027, 6, 20), folder=folder, overwrite=True)
    assert path.read_text(encoding="utf-8").startswith("20 juni 2027")
    with pytest.raises(SheetWriteError, match="bestaat niet"):
        write_reaction_letter(prep, shipped_content, today=TODAY, folder=tmp_path / "weg")


def test_without_a_saved_sheet_the_letter_goes_to_the_fallback(tmp_path: Path) -> None:
    assert letter_folder(_prep(), tmp_path) == tmp_path
    assert letter_folder(_prep(sheet_path=str(tmp_path / "weg" / "blad.md")), tmp_path) == tmp_path


def test_send_soon_message(shipped_content: Content) -> None:
    message = send_soon_message(shipped_content)
    assert "Stuur" in message and "7 dagen" in message and "{" not in message


def test_examples_from_the_preparation(shipped_content: Content) -> None:
    prep = _prep(
        answers={
            "wat-ging-goed": Answer(text="Het project", example="Op tijd klaar in maart"),
            "terugblik": Answer(text="Een goed jaar"),
            "belemmeringen": Answer(),
            "wat-ging-minder": Answer(text="Alleen voor mij", example="Privé", private=True),
            "weg-uit-de-inhoud": Answer(example="Oud voorbeeld"),
        }
    )
    assert preparation_examples(prep, shipped_content) == [
        ("Wat ging de afgelopen tijd goed?", "Op tijd klaar in maart"),
        ("Hoe kijk je zelf terug op de afgelopen periode?", "Een goed jaar"),
        ("weg-uit-de-inhoud", "Oud voorbeeld"),
    ]


# --------------------------------------------------------------------------- after.yaml


def test_content_without_letter_phrases_uses_the_shipped_ones(shipped_content: Content, tmp_path: Path) -> None:
    folder = tmp_path / "eigen"
    shutil.copytree(shipped_content_dir(), folder)
    data = yaml.safe_load((folder / "after.yaml").read_text(encoding="utf-8"))
    del data["reaction_letter"], data["report_reminder"]
    (folder / "after.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    bare = load_content(folder)
    assert reaction_letter_texts(bare) == shipped_content.after.reaction_letter
    assert report_reminder_text(bare, conversation="planningsgesprek", meeting="15 januari 2027", days=8) == (
        report_reminder_text(shipped_content, conversation="planningsgesprek", meeting="15 januari 2027", days=8)
    )
    assert render_reaction_letter(_prep(), bare, today=TODAY) == render_reaction_letter(
        _prep(), shipped_content, today=TODAY
    )


def test_after_yaml_placeholders_are_checked() -> None:
    data = yaml.safe_load(
        (Path(__file__).resolve().parent.parent / "content" / "after.yaml").read_text(encoding="utf-8")
    )
    AfterMeeting.model_validate(data)
    broken = {**data, "reaction_letter": {**data["reaction_letter"], "subject": "Reactie op het verslag"}}
    with pytest.raises(ValidationError, match="subject: mist"):
        AfterMeeting.model_validate(broken)
    unknown = {**data, "reaction_letter": {**data["reaction_letter"], "closing": "Groet van {iemand}"}}
    with pytest.raises(ValidationError, match="onbekende plek"):
        AfterMeeting.model_validate(unknown)
    with pytest.raises(ValidationError, match="report_reminder"):
        AfterMeeting.model_validate({**data, "report_reminder": "Vraag om het verslag van {wie}"})
    with pytest.raises(ValidationError):
        AfterMeeting.model_validate({**data, "reaction_letter": {**data["reaction_letter"], "extra": "x"}})


def test_one_point_is_one_point_in_the_letter(shipped_content: Content) -> None:
    """Issue 17: 'Over een paar punten' only when there are more than one."""
    several = flat(render_reaction_letter(_prep(), shipped_content, today=TODAY, name="", function="", place=""))
    assert "Over een paar punten denk ik anders." in several and "Over één punt" not in several
    one = AfterMeetingRecord(
        report_received=True, disagrees=True, disagreements=[Disagreement(point=DISAGREEMENT, why="Zo zie ik het.")]
    )
    single = flat(
        render_reaction_letter(_prep(after=one), shipped_content, today=TODAY, name="", function="", place="")
    )
    assert "Over één punt denk ik anders." in single and "paar punten" not in single
