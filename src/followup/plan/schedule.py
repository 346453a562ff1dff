"""The plan of one application as of a day: every step of its status (thank-yous, debrief,
check-ins, offer notice, feedback request), most pressing first, never without a next
step (G1); and the error for a `country:` without public holidays (G5)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from followup.guidance.timing import Window
from followup.plan.check_ins import check_ins
from followup.plan.one_off import competing_offer, feedback_request, recruiter_debrief, thank_yous
from followup.plan.steps import Advice, Application, Step, action_order, status_on
from followup.workdays import HolidaysUnavailable, WorkingDays

if TYPE_CHECKING:
    from followup.errors import ProfileError
    from followup.profile import Profile
    from followup.sentlog import Entry


def plan(profile: Profile, entries: Sequence[Entry], today: datetime.date,
         path: str | Path) -> Application:
    """The application's steps as of `today`, most pressing first."""
    days = WorkingDays(profile.country)
    advice: list[Advice] = []
    # By date; on one day, what was sent before what came back (a reply that day answers
    # it), whatever order they were recorded in.
    log = sorted(entries, key=lambda entry: (entry.date, entry.event == "replied"))
    try:
        if profile.status == "waiting":
            steps = [*thank_yous(profile, log, today, days, advice),
                     *recruiter_debrief(profile, log, today, days)]
            chase = check_ins(profile, log, today, days, advice)
            notices = competing_offer(profile, log, today, days, advice)
            steps += [*after_notice(chase, notices, today), *notices]
        elif profile.status == "unsuccessful":
            steps = feedback_request(profile, log, today, days, advice)
        else:
            steps = []
    except HolidaysUnavailable as error:
        raise country_problem(path, error) from None
    steps = never_without_next_step(profile, steps, today)
    return Application(profile=str(path), company=profile.company, role=profile.role,
                       steps=tuple(sorted(steps, key=action_order)), advice=tuple(advice))


def after_notice(chase: list[Step], notices: list[Step], today: datetime.date) -> list[Step]:
    """CI6, CO4: while a competing-offer notice is due and unsent, the check-in waits for it:
    the notice asks about their timeline too, and two messages on two days would press
    (round 33). Once the notice is sent, the check-ins are spaced from it (`check_ins`)."""
    notice = next((step for step in notices if step.status == "due"), None)
    if notice is None:
        return chase
    waits = notice.latest + datetime.timedelta(days=1)
    return [msgspec.structs.replace(
        step, earliest=waits, latest=max(step.latest, waits), status=status_on(
            today, Window(waits, max(step.latest, waits), step.rule)),
        reason="Send the competing-offer notice first: it asks about their timeline too "
               f"(CO4). {step.reason}")
        if step.situation == "check-in" and step.status != "done" and step.earliest < waits
        else step for step in chase]


def country_problem(path: str | Path, error: HolidaysUnavailable) -> ProfileError:
    """The profile's `country:` cannot give public holidays (G5): file, line and field."""
    from followup.errors import FollowupError, ProfileError
    from followup.profile import yamlfile

    line = None
    try:  # only on this rare path: the profile read again for the line the country is on
        document = yamlfile.read(Path(path), "profile file")
        if isinstance(document.data, dict) and "country" in document.data:
            line = yamlfile.line_of(document.root, ["country"], key=True)
    except FollowupError:
        pass
    return ProfileError(path, error.problem, line=line, field="country", fix=error.fix)


NOTHING_TO_CHASE = {
    "unsuccessful": "The feedback request is sent: nothing more to send. Move on.",
    "offer": "You have an offer: nothing to chase. Answer it (followup withdraw drafts a "
             "gracious no).",
    "hired": "You have the job: nothing to chase.",
    "withdrawn": "You withdrew: nothing to chase.",
    "waiting": "Nothing left to send: move on.",
}


def never_without_next_step(profile: Profile, steps: list[Step],
                            today: datetime.date) -> list[Step]:
    """G1: every application has a next step, or says to move on."""
    if any(step.status != "done" for step in steps):
        return steps
    return [*steps, Step(situation="move-on", to=None, status="move-on", earliest=today,
                         latest=today, rule="G1", reason=NOTHING_TO_CHASE[profile.status])]
