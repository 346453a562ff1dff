"""The drafting gate: what the plan lets a drafting command do today. A check-in before
its window (G4) and a thank-you or debrief before its interview (TY2, RC1) are refused
(exit 1; --ignore-timing drafts them anyway); the check-in to draft next, with its
attempt (CI8, CI10); and the notes a draft carries when it is late (TY2) or past the
point of moving on (CI9)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from followup.draft import Note
from followup.errors import Refusal
from followup.guidance import timing
from followup.plan.check_ins import spacing
from followup.plan.schedule import country_problem
from followup.plan.steps import Application, Step
from followup.vocabulary import MEETINGS
from followup.workdays import HolidaysUnavailable, WorkingDays

if TYPE_CHECKING:
    from followup.profile import Profile


def next_check_in(application: Application) -> Step | None:
    """The check-in to draft next: the pending one, or the move-on (CI9) once there is no
    check-in left to send (its `attempt` is the check-in it would have been)."""
    for step in application.steps:
        if step.status != "done" and (step.situation == "check-in" or step.rule == "CI9"):
            return step
    return None


def refuse_early_check_in(application: Application, today: datetime.date) -> None:
    """G4: a check-in before its window opens (the plan's check-in is still upcoming) is
    refused (exit 1) with the date it becomes due and the rule; --ignore-timing drafts it
    anyway. One past the point of moving on is drafted with a warning (CI9), but not
    sooner after the last contact than any other (CI6)."""
    for step in application.steps:
        if step.situation == "check-in" and step.status == "upcoming":
            due, rule, reason = step.earliest, step.rule, step.reason
        elif step.rule == "CI9" and step.not_before is not None and today < step.not_before:
            due, rule, reason = step.not_before, "CI6", (
                f"Space check-ins {spacing()} apart, even one past the point of moving on. "
                f"{step.reason}")
        else:
            continue
        raise Refusal(
            f"{application.profile}: too early for a check-in with {application.company}: "
            f"it is due from {due}.\n  {rule}: {reason}\n  A day or two of silence is not "
            "bad news (G4). To draft it anyway, add --ignore-timing.")


class CheckInTiming(msgspec.Struct, frozen=True):
    """What the plan says of the check-in being drafted."""

    attempt: int | None  # which one of the round (CI8); None: drafting's default
    final: bool | None  # worded as the last (CI10); None: as the budget says
    note: Note | None  # CI9: the plan says to move on


def check_in_timing(application: Application, profile: Profile, today: datetime.date,
                    attempt: int | None, *, ignore_timing: bool) -> CheckInTiming:
    """Drafting respects the plan: a check-in before its window is refused (G4, unless
    --ignore-timing); --attempt defaults to the next one from the sent-log, worded as the
    last when the plan says it is (CI10); past the point of moving on, a warning (CI9)."""
    if not ignore_timing:
        refuse_early_check_in(application, today)
    step = next_check_in(application)
    if step is None:
        return CheckInTiming(attempt, None, None)
    # Past the budget, drafting itself warns (CI8, CI9); the plan also knows when two
    # check-ins are unanswered.
    unanswered = step.situation == "move-on" and step.attempt <= timing.check_in_budget(profile)
    move_on = Note("CI9", f"The plan says to move on: {step.reason}") if unanswered else None
    if attempt is None or attempt == step.attempt:
        return CheckInTiming(step.attempt, step.final if step.situation == "check-in" else None,
                             move_on)
    return CheckInTiming(attempt, None, move_on)


def late_thank_you(profile: Profile, today: datetime.date, path: str | Path) -> Note | None:
    """TY2: a thank-you after its window is still drafted, with this warning."""
    interview = profile.latest_interview
    if timing.surely_on_time(interview.date, today):
        return None
    try:
        window = timing.thank_you(interview.date, WorkingDays(profile.country))
    except HolidaysUnavailable as error:
        raise country_problem(path, error) from None
    if today <= window.latest:
        return None
    return Note("TY2", f"This thank-you is late: the interview was on {interview.date}, and "
                       f"a thank-you is best sent by {window.latest}. Send it all the same, "
                       "briefly.")


# The notes that follow an interview: TY2, a thank-you that day or the next; RC1, the
# recruiter hears how it went on the day. Before the interview, neither makes sense.
AFTER_THE_INTERVIEW = {
    "thank-you": ("a thank-you", "TY2", "A thank-you follows the interview: send it that day "
                                        "or the next."),
    "recruiter-debrief": ("a recruiter debrief", "RC1", "A debrief tells your recruiter how the "
                                                        "interview went: send it on the day."),
}


def refuse_before_interview(situation: str, profile: Profile, today: datetime.date,
                            path: str | Path) -> None:
    """A thank-you (TY2) or debrief (RC1) for an interview dated after `today` (a typo in
    the date, or the wrong profile) is refused (exit 1), as an early check-in is (G4);
    --ignore-timing drafts it anyway."""
    if situation not in AFTER_THE_INTERVIEW:
        return
    interview = profile.latest_interview
    if interview.date <= today:
        return
    what, rule, reason = AFTER_THE_INTERVIEW[situation]
    raise Refusal(
        f"{path}: too early for {what}: the {MEETINGS[interview.kind]} with "
        f"{profile.company} is on {interview.date}, after today ({today}).\n  {rule}: "
        f"{reason}\n  If the date is wrong, correct it in the profile; to draft it anyway, "
        "add --ignore-timing.")
