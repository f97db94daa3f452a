"""Two windows on one preparation: what the other window saved shows up in this one (Pilot).

The app is this window; a second `PreparationSession` on the same file is the other one. When
this window saves a change and the session merges the other window's change to another field,
that field's widget shows the other window's text, so typing in it afterwards never silently
replaces what the other window wrote.
"""

from __future__ import annotations

from textual.widgets import Input, TextArea

from conftest import StepOpener
from gesprekscoach.session.commands import AddAgreement, SetAnswer, SetHowItWent
from gesprekscoach.session.opening import open_preparation
from gesprekscoach.session.preparation_session import PreparationSession
from gesprekscoach.store.models import AfterMeetingRecord, Answer, Preparation
from gesprekscoach.store.preparations import PreparationStore
from gesprekscoach.tui.dialogs.merge_conflicts import MergeConflictsDialog
from gesprekscoach.tui.screens.after_meeting import AfterMeetingScreen
from tui_helpers import (
    autosaved,
    conversation_screen,
    run_async,
    screen_text,
    send_keys,
    settle,
    tab_to,
    type_text,
    wait_until,
)

MINE = "wat-ging-goed"
"""The answer this window types."""
THEIRS = "wat-ging-minder"
"""The answer the other window changes."""
OTHER_TEXT = "Tekst van het andere venster"


def _other_window(opener: StepOpener, prep_id: str) -> PreparationSession:
    """A second window on the same preparation: its own store and session."""
    store = PreparationStore(opener.home)
    return open_preparation(store, opener.content, store.load(prep_id)).session


def _on_disk(opener: StepOpener, prep_id: str) -> Preparation:
    return PreparationStore(opener.home).load(prep_id)


def _answer_on_disk(opener: StepOpener, prep_id: str, question: str) -> str:
    answer = _on_disk(opener, prep_id).answers.get(question)
    return answer.text if answer is not None else ""


def _area(pilot: object, widget_id: str) -> TextArea:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    for screen in reversed(pilot.app.screen_stack):
        for area in screen.query(f"#{widget_id}").results(TextArea):
            return area
    raise AssertionError(f"no #{widget_id}")


@run_async
async def test_a_field_only_the_other_window_changed_shows_its_text_and_typing_keeps_it(
    open_step: StepOpener,
) -> None:
    async with open_step("functionering", "terugblik") as pilot:
        prep_id = conversation_screen(pilot).prep.id
        other = _other_window(open_step, prep_id)
        other.apply(SetAnswer(THEIRS, OTHER_TEXT))
        assert other.save_now().ok

        await tab_to(pilot, f"answer-{MINE}")
        await type_text(pilot, "Mijn antwoord")
        await autosaved(pilot)

        assert _area(pilot, f"answer-{THEIRS}").text == OTHER_TEXT
        assert not isinstance(pilot.app.screen, MergeConflictsDialog)  # nothing collided: nothing to ask

        await tab_to(pilot, f"answer-{THEIRS}")
        send_keys(pilot, "end")
        await type_text(pilot, " en nog iets")
        await autosaved(pilot)

        saved = _answer_on_disk(open_step, prep_id, THEIRS)
        assert OTHER_TEXT in saved and "en nog iets" in saved
        assert _answer_on_disk(open_step, prep_id, MINE) == "Mijn antwoord"
        await settle(pilot)


@run_async
async def test_the_field_being_typed_in_is_asked_about_and_the_other_text_can_be_taken(
    open_step: StepOpener,
) -> None:
    prep = open_step.seed("functionering")
    async with open_step(prep, "terugblik") as pilot:
        screen = conversation_screen(pilot)
        other = _other_window(open_step, prep.id)
        await tab_to(pilot, f"answer-{THEIRS}")  # the user is in this field
        other.apply(SetAnswer(THEIRS, OTHER_TEXT))
        assert other.save_now().ok

        screen.apply(SetAnswer(MINE, "Net getypt"))  # an edit of a moment ago is saved now
        screen.flush()
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, MergeConflictsDialog))
        await settle(pilot)

        shown = screen_text(pilot)
        assert "Jouw tekst: (leeg)" in shown
        assert f"Tekst uit het andere venster: {OTHER_TEXT}" in shown
        assert _area(pilot, f"answer-{THEIRS}").text == ""  # untouched while asking

        send_keys(pilot, "2")
        await wait_until(pilot, lambda: not isinstance(pilot.app.screen, MergeConflictsDialog))
        await settle(pilot)
        await autosaved(pilot)

        assert _area(pilot, f"answer-{THEIRS}").text == OTHER_TEXT
        assert _answer_on_disk(open_step, prep.id, THEIRS) == OTHER_TEXT
        assert _answer_on_disk(open_step, prep.id, MINE) == "Net getypt"
        await settle(pilot)


@run_async
async def test_the_field_being_typed_in_keeps_my_text_when_i_choose_so(open_step: StepOpener) -> None:
    def fill(prep: Preparation) -> None:
        prep.answers[THEIRS] = Answer(text="Oude tekst")

    prep = open_step.seed("functionering", fill=fill)
    async with open_step(prep, "terugblik") as pilot:
        screen = conversation_screen(pilot)
        other = _other_window(open_step, prep.id)
        await tab_to(pilot, f"answer-{THEIRS}")
        other.apply(SetAnswer(THEIRS, OTHER_TEXT))
        assert other.save_now().ok

        screen.apply(SetAnswer(MINE, "Net getypt"))
        screen.flush()
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, MergeConflictsDialog))
        await settle(pilot)
        assert "Jouw tekst: Oude tekst" in screen_text(pilot)

        send_keys(pilot, "1")
        await wait_until(pilot, lambda: not isinstance(pilot.app.screen, MergeConflictsDialog))
        await settle(pilot)
        await autosaved(pilot)

        assert _area(pilot, f"answer-{THEIRS}").text == "Oude tekst"
        assert _answer_on_disk(open_step, prep.id, THEIRS) == "Oude tekst"
        await settle(pilot)


# --------------------------------------------------------------------------- after the meeting


async def _open_after(opener: StepOpener, pilot: object, prep_id: str) -> AfterMeetingScreen:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    app = pilot.app
    await settle(pilot)
    store = app.context.store  # type: ignore[attr-defined]
    opened = open_preparation(store, opener.content, store.load(prep_id), clock=app.context.clock)  # type: ignore[attr-defined]
    screen = AfterMeetingScreen(app.context, opened.session)  # type: ignore[attr-defined]
    await app.push_screen(screen)
    await settle(pilot)
    return screen


def _with_record(prep: Preparation) -> None:
    prep.after = AfterMeetingRecord()


@run_async
async def test_after_meeting_shows_what_the_other_window_wrote_and_typing_keeps_it(open_step: StepOpener) -> None:
    from tui_helpers import SIZE

    prep = open_step.seed("functionering", fill=_with_record)
    async with open_step.app().run_test(size=SIZE) as pilot:
        screen = await _open_after(open_step, pilot, prep.id)
        other = _other_window(open_step, prep.id)
        other.apply(SetHowItWent("went_differently", OTHER_TEXT))
        agreement_id = str(other.apply(AddAgreement("Cursus plannen")).keys[0])
        assert other.save_now().ok

        await tab_to(pilot, "went-as-prepared")
        await type_text(pilot, "Het ging zoals gepland")
        await autosaved(pilot)

        assert _area(pilot, "went-differently").text == OTHER_TEXT
        what = screen.query_one(f"#agreement-{agreement_id}-what", Input)
        assert what.value == "Cursus plannen"  # the new agreement has its row

        await tab_to(pilot, "went-differently")
        send_keys(pilot, "end")
        await type_text(pilot, " en meer")
        await autosaved(pilot)

        record = _on_disk(open_step, prep.id).after
        assert record is not None
        assert OTHER_TEXT in record.went_differently and "en meer" in record.went_differently
        assert record.went_as_prepared == "Het ging zoals gepland"
        assert [agreement.what for agreement in record.agreements] == ["Cursus plannen"]
        await settle(pilot)


@run_async
async def test_after_meeting_shows_the_text_chosen_in_a_conflict(open_step: StepOpener) -> None:
    from tui_helpers import SIZE

    prep = open_step.seed("functionering", fill=_with_record)
    async with open_step.app().run_test(size=SIZE) as pilot:
        await _open_after(open_step, pilot, prep.id)
        other = _other_window(open_step, prep.id)
        other.apply(SetHowItWent("went_as_prepared", OTHER_TEXT))
        assert other.save_now().ok

        await tab_to(pilot, "went-as-prepared")
        await type_text(pilot, "Mijn eigen tekst")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, MergeConflictsDialog))
        await settle(pilot)

        send_keys(pilot, "2")
        await wait_until(pilot, lambda: not isinstance(pilot.app.screen, MergeConflictsDialog))
        await settle(pilot)
        await autosaved(pilot)

        assert _area(pilot, "went-as-prepared").text == OTHER_TEXT
        record = _on_disk(open_step, prep.id).after
        assert record is not None and record.went_as_prepared == OTHER_TEXT
        await settle(pilot)
