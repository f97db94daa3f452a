"""Edits after the meeting: how it went, the report, agreements, disagreements and the reaction letter.

The record is made on the first real change (a preparation without one stays without), and
every change stamps `recorded_at` with the clock. An agreement's owner and deadline are read
from what the user typed, as `agreements.update_agreement` does (the manager's name is the
preparation's `with_whom`). A ticked report without a date came in today (not before the
meeting: then its day stays open); a report date before the meeting is refused with a Dutch
`CommandError` (`meeting_checks.check_report_date`); writing the reaction letter means you
disagree with the report.

Plain Python: this module never imports Textual.
"""

from __future__ import annotations

from gesprekscoach.session.agreements import update_agreement
from gesprekscoach.session.commands import (
    NO_CHANGE,
    AddAgreement,
    AddDisagreement,
    AfterCommand,
    Area,
    Change,
    EditAgreement,
    EditDisagreement,
    RecordReactionLetter,
    RemoveAgreement,
    RemoveDisagreement,
    SetAgreementDone,
    SetDisagrees,
    SetHowItWent,
    SetReportDate,
    SetReportReceived,
    SetSignedBy,
    changed,
)
from gesprekscoach.session.edit_context import EditContext
from gesprekscoach.session.errors import CommandError
from gesprekscoach.session.meeting_checks import check_report_date
from gesprekscoach.store.models import AfterMeetingRecord, Agreement, Disagreement

_AGREEMENT_COMMANDS = (AddAgreement, EditAgreement, SetAgreementDone, RemoveAgreement)
_DISAGREEMENT_COMMANDS = (AddDisagreement, EditDisagreement, RemoveDisagreement)


def apply_after_edit(context: EditContext, command: AfterCommand) -> Change:
    """Apply a command about what happened after the meeting; stamps the record when it changed."""
    prep = context.prep
    existed = prep.after is not None
    record = prep.after if prep.after is not None else AfterMeetingRecord()
    prep.after = record
    change = NO_CHANGE
    try:
        if isinstance(command, _AGREEMENT_COMMANDS):
            change = _agreements(context, record, command)
        elif isinstance(command, _DISAGREEMENT_COMMANDS):
            change = _disagreements(context, record, command)
        else:
            change = _record(context, record, command)
    finally:
        if change:
            record.recorded_at = context.clock.now()
        elif not existed:
            prep.after = None  # nothing changed: a preparation without a record stays without
    return change


def _record(
    context: EditContext,
    record: AfterMeetingRecord,
    command: SetHowItWent | SetReportReceived | SetReportDate | SetDisagrees | SetSignedBy | RecordReactionLetter,
) -> Change:
    before = record.model_dump()
    if isinstance(command, SetReportReceived | SetReportDate) and command.on is not None:
        check_report_date(context.prep, context.content, command.on)  # before anything changes
    if isinstance(command, SetHowItWent):
        setattr(record, command.field, command.text)
    elif isinstance(command, SetReportReceived):
        record.report_received = command.received
        if command.received and command.on is not None:
            record.report_received_on = command.on
        elif (
            command.received
            and record.report_received_on is None
            and context.clock.today() >= context.prep.meeting_date
        ):
            record.report_received_on = context.clock.today()  # not before the meeting: then the day stays open
    elif isinstance(command, SetReportDate):
        record.report_received_on = command.on
    elif isinstance(command, SetDisagrees):
        record.disagrees = command.disagrees
    elif isinstance(command, SetSignedBy):
        record.signed_by = command.name
    else:
        record.reaction_letter_path = command.path
        record.reaction_written_on = command.written_on
        record.disagrees = True
    return changed(Area.AFTER) if record.model_dump() != before else NO_CHANGE


def _find_agreement(record: AfterMeetingRecord, agreement_id: str) -> Agreement:
    for agreement in record.agreements:
        if agreement.id == agreement_id:
            return agreement
    raise CommandError("Deze afspraak is er niet meer.")


def _agreements(
    context: EditContext,
    record: AfterMeetingRecord,
    command: AddAgreement | EditAgreement | SetAgreementDone | RemoveAgreement,
) -> Change:
    if isinstance(command, AddAgreement):
        if not command.what.strip():
            return NO_CHANGE
        agreement = Agreement()
        _read(context, agreement, command.what, command.who, command.when)
        record.agreements.append(agreement)
        context.prep.assign_ids()
        return changed(Area.AGREEMENTS, agreement.id)
    agreement = _find_agreement(record, command.agreement_id)
    if isinstance(command, RemoveAgreement):
        record.agreements.remove(agreement)
        return changed(Area.AGREEMENTS, agreement.id)
    before = agreement.model_dump()
    if isinstance(command, SetAgreementDone):
        agreement.done = command.done
    else:
        _read(context, agreement, command.what, command.who, command.when)
    return changed(Area.AGREEMENTS, agreement.id) if agreement.model_dump() != before else NO_CHANGE


def _read(context: EditContext, agreement: Agreement, what: str | None, who: str | None, when: str | None) -> None:
    """Change the fields given and read owner and deadline again (the manager is `with_whom`)."""
    prep = context.prep
    update_agreement(
        agreement,
        meeting_date=prep.meeting_date,
        content=context.content,
        what=what,
        who=who,
        when=when,
        manager_name=prep.with_whom,
    )


def _find_disagreement(record: AfterMeetingRecord, disagreement_id: str) -> Disagreement:
    for point in record.disagreements:
        if point.id == disagreement_id:
            return point
    raise CommandError("Dit punt van het verslag is er niet meer.")


def _disagreements(
    context: EditContext,
    record: AfterMeetingRecord,
    command: AddDisagreement | EditDisagreement | RemoveDisagreement,
) -> Change:
    if isinstance(command, AddDisagreement):
        point = Disagreement(point=command.point, why=command.why, example=command.example)
        record.disagreements.append(point)
        context.prep.assign_ids()
        return changed(Area.DISAGREEMENTS, point.id)
    point = _find_disagreement(record, command.disagreement_id)
    if isinstance(command, RemoveDisagreement):
        record.disagreements.remove(point)
        return changed(Area.DISAGREEMENTS, point.id)
    if getattr(point, command.field) == command.text:
        return NO_CHANGE
    setattr(point, command.field, command.text)
    return changed(Area.DISAGREEMENTS, point.id)
