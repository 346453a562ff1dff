"""The messages sent once: the thank-yous (TY1, TY2), the recruiter debrief (RC1), the
competing-offer notice (CO1, CO3) and the feedback request (FB1, FB2).

A thank-you to a person, a debrief and a feedback request are done when the log records
them sent on or after the interview (rejection) they follow. An unsent thank-you or
debrief stays late until a check-in is sent or a reply comes: then the conversation has
moved on, and it is no longer suggested.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from followup.guidance import timing
from followup.guidance.timing import Window
from followup.plan.check_ins import first_window
from followup.plan.steps import Advice, Step, recipient, sent_on, step
from followup.profile.honorifics import unaddressed, unaddressed_advice

if TYPE_CHECKING:
    from followup.profile import Profile
    from followup.sentlog import Entry
    from followup.workdays import WorkingDays


def thank_yous(profile: Profile, log: Sequence[Entry], today: datetime.date,
               days: WorkingDays, advice: list[Advice]) -> list[Step]:
    """TY1: one to each interviewer of the latest interview; TY2: the same day or the next."""
    interview = profile.latest_interview
    if not interview.interviewers:
        advice.append(Advice("TY1", f"The interview on {interview.date} lists no interviewers: "
                                    "add them to the profile to thank each of them."))
        return []
    window = timing.thank_you(interview.date, days)
    lapsed = moved_on(profile, log, window, today, days)
    steps = []
    for person in interview.interviewers:
        sent = sent_on(log, "thank-you", person.name, interview.date)
        if sent is None and unaddressed(person.name, person.email):
            advice.append(Advice("TY1", unaddressed_advice(person.name, profile.go_between)))
            continue
        if sent is None and lapsed:
            continue
        late = today > window.latest
        reason = (f"Late: best sent by {window.latest}; send a brief one now." if late
                  else f"Thank them for the interview on {interview.date}, that day or the next.")
        steps.append(step("thank-you", person.name, window, today, sent, reason))
    return steps


def moved_on(profile: Profile, log: Sequence[Entry], window: Window, today: datetime.date,
             days: WorkingDays) -> bool:
    """Too late for an unsent thank-you or debrief: the conversation has moved on, with a
    check-in sent or a reply received after its window, or the first check-in's window
    open (a stale note beside a check-in helps no one)."""
    if today >= first_window(profile, today, days)[0].earliest:
        return True
    return any(entry.date > window.latest and (entry.event == "replied"
                                               or entry.situation == "check-in")
               for entry in log)


def recruiter_debrief(profile: Profile, log: Sequence[Entry], today: datetime.date,
                      days: WorkingDays) -> list[Step]:
    """RC1: an agency recruiter hears how the interview went on the day."""
    recruiter = profile.recruiter
    if recruiter is None or recruiter.agency is None:
        return []
    interview = profile.latest_interview
    window = timing.recruiter_debrief(interview.date, days)
    sent = sent_on(log, "recruiter-debrief", None, interview.date)
    if sent is None and moved_on(profile, log, window, today, days):
        return []
    reason = f"Tell {recruiter.agency} how the interview went, on the day."
    return [step("recruiter-debrief", recruiter.name, window, today, sent, reason)]


def competing_offer(profile: Profile, log: Sequence[Entry], today: datetime.date,
                    days: WorkingDays, advice: list[Advice]) -> list[Step]:
    """CO1: tell them as soon as the offer is known (the latest interview, or today if that
    is still ahead); CO3: late after the deadline less 3 working days, none after it."""
    offer = profile.competing_offer
    if offer is None:
        return []
    known = min(profile.latest_interview.date, today)
    sent = sent_on(log, "competing-offer", None, profile.interviews[0].date)
    window = timing.competing_offer(known, offer.deadline, sent or today, days)
    if window is None and sent is not None:
        window = Window(sent, sent, "CO1")
    if window is None:
        advice.append(Advice("CO3", f"The {offer.company} offer's deadline, {offer.deadline}, "
                                    "has passed: a notice no longer applies. If it was "
                                    "extended, change competing_offer.deadline."))
        return []
    to = recipient(profile)
    if sent is None and today > window.latest:
        return [step("competing-offer", to, window, today, None,
                     f"The {offer.company} offer must be answered by {offer.deadline}: tell "
                     "them now, without an ultimatum.", rule="CO3")]
    return [step("competing-offer", to, window, today, sent,
                 f"Tell them about the {offer.company} offer (answer by {offer.deadline}) "
                 "in good time, without an ultimatum.")]


def feedback_request(profile: Profile, log: Sequence[Entry], today: datetime.date,
                     days: WorkingDays, advice: list[Advice]) -> list[Step]:
    """FB1: chase promised feedback; FB2: ask even when it was not promised."""
    feedback = profile.feedback
    if feedback is None:
        rejected, promised = profile.latest_interview.date, False
        advice.append(Advice("FB2", "The profile does not say when they turned you down: add "
                                    "feedback: rejected_on: YYYY-MM-DD (and promised: true if "
                                    "feedback was offered). Until then the request is timed "
                                    "from the interview."))
    else:
        rejected, promised = feedback.rejected_on, feedback.promised
    window = timing.feedback_request(rejected, promised, days)
    reason = (f"Feedback promised after the rejection on {rejected} has not come: chase it."
              if promised else
              f"Rejected on {rejected}: ask for feedback anyway, to know what to work on.")
    return [step("feedback-request", recipient(profile), window, today,
                 sent_on(log, "feedback-request", None, rejected), reason)]
