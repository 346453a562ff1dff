"""The plan: from a profile, its sent-log and today's date, what to send, when, and why.

Pure: the steps of one application, each with its status, its window (due from
`earliest`, late after `latest`), the rule ID behind it and a one-line reason, plus
advice. The numbers are guidance.timing's; this module decides which window applies:
which round of check-ins we are in, what the sent-log has done, and what a reply
changed.

How the log counts (GUIDANCE.md leaves these open; README "When to send what"):
- A round of check-ins starts at the latest interview, and again at a reply that
  brings a new promised date (CI12). The budget (CI8) counts the check-ins of a round.
- A reply without a new date answers the check-ins before it (they no longer count as
  unanswered for CI9) and restarts the clock: the next check-in is spaced from the reply
  as from a contact (CI6), or waits for a promised date that is still ahead.
- A check-in on the day of a reply counts as before it (the reply answered it).
- Any other contact with the check-in's recipient after the interview (a competing-offer
  notice, a feedback request, a thank-you or debrief sent late) spaces the next check-in
  as a check-in does (CI6; RC3 when it is the recruiter). A thank-you or debrief sent in
  its own window (TY2, RC1) does not: it is the courtesy the first check-in's timing
  (CI2, CI3) already allows for, not an attempt to chase, and a note sent promptly should
  not delay the chase.
- A thank-you to a person, a debrief and a feedback request are done when the log
  records them sent on or after the interview (rejection) they follow. An unsent
  thank-you or debrief stays late until a check-in is sent or a reply comes: then the
  conversation has moved on, and it is no longer suggested.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import msgspec

from followup.guidance import timing
from followup.guidance.timing import Window
from followup.workdays import HolidaysUnavailable, WorkingDays

if TYPE_CHECKING:
    from followup.draft import Note
    from followup.errors import ProfileError
    from followup.profile import Interview, Profile
    from followup.sentlog import Entry

Status = Literal["done", "due", "upcoming", "late", "move-on"]
# What needs action first: the order of the table, and of each application's steps.
STATUS_ORDER: tuple[Status, ...] = ("late", "due", "upcoming", "move-on", "done")


class Step(msgspec.Struct, frozen=True, kw_only=True):
    """One message to send (or sent), or the point to move on."""

    situation: str  # a drafting situation, or "move-on"
    to: str | None  # the recipient's name as in the profile; None for move-on
    status: Status
    earliest: datetime.date
    latest: datetime.date
    rule: str
    reason: str
    attempt: int = 1  # check-ins: which one of the round (CI8); part of the calendar UID
    final: bool = False  # check-ins: the last before moving on, worded so (CI9, CI10)
    # move-on: a check-in drafted anyway is still too early before this day (CI6, G4)
    not_before: datetime.date | None = None


class Advice(msgspec.Struct, frozen=True):
    rule: str
    message: str


class Application(msgspec.Struct, frozen=True, kw_only=True):
    profile: str
    company: str
    role: str
    steps: tuple[Step, ...]
    advice: tuple[Advice, ...] = ()


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
            steps = [*_thank_yous(profile, log, today, days, advice),
                     *_recruiter_debrief(profile, log, today, days),
                     *_check_ins(profile, log, today, days, advice),
                     *_competing_offer(profile, log, today, days, advice)]
        elif profile.status == "unsuccessful":
            steps = _feedback_request(profile, log, today, days, advice)
        else:
            steps = []
    except HolidaysUnavailable as error:
        raise country_problem(path, error) from None
    steps = _never_without_next_step(profile, steps, today)
    return Application(profile=str(path), company=profile.company, role=profile.role,
                       steps=tuple(sorted(steps, key=action_order)), advice=tuple(advice))


def action_order(step: Step) -> tuple[int, datetime.date]:
    """Late, due, upcoming, move-on, done; then by date: the last day of a late or due
    step (the most overdue first), the first day of the others."""
    when = step.latest if step.status in ("late", "due") else step.earliest
    return STATUS_ORDER.index(step.status), when


def status_on(today: datetime.date, window: Window) -> Status:
    if today < window.earliest:
        return "upcoming"
    return "due" if today <= window.latest else "late"


# ---------------------------------------------------------------- drafting respects it


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
    from followup.errors import Refusal

    for step in application.steps:
        if step.situation == "check-in" and step.status == "upcoming":
            due, rule, reason = step.earliest, step.rule, step.reason
        elif step.rule == "CI9" and step.not_before is not None and today < step.not_before:
            due, rule, reason = step.not_before, "CI6", (
                f"Space check-ins {_spacing()} apart, even one past the point of moving on. "
                f"{step.reason}")
        else:
            continue
        raise Refusal(
            f"{application.profile}: too early for a check-in with {application.company}: "
            f"it is due from {due}.\n  {rule}: {reason}\n  A day or two of silence is not "
            "bad news (G4). To draft it anyway, add --ignore-timing.")


def late_thank_you(profile: Profile, today: datetime.date, path: str | Path) -> Note | None:
    """TY2: a thank-you after its window is still drafted, with this warning."""
    from followup.draft import Note

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


def country_problem(path: str | Path, error: HolidaysUnavailable) -> ProfileError:
    """The profile's `country:` cannot give public holidays (G5): file, line and field."""
    from followup.errors import ProfileError

    line = None
    try:  # only on this rare path: find the line the country is on
        for number, text in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
            if text.startswith("country:"):
                line = number
    except OSError:
        pass
    return ProfileError(path, error.problem, line=line, field="country", fix=error.fix)


# ---------------------------------------------------------------- each kind of step


def _sent_on(log: list[Entry], situation: str, to: str | None,
             since: datetime.date) -> datetime.date | None:
    """The first time the log records `situation` sent (to `to`, if given) since `since`."""
    wanted = to.casefold() if to else None
    for entry in log:
        if (entry.event == "sent" and entry.situation == situation and entry.date >= since
                and (wanted is None or (entry.to or "").casefold() == wanted)):
            return entry.date
    return None


def _step(situation: str, to: str | None, window: Window, today: datetime.date,
          sent: datetime.date | None, reason: str, *, attempt: int = 1, final: bool = False,
          rule: str | None = None) -> Step:
    if sent is not None:
        status: Status = "done"
        reason = f"Sent on {sent}."
    else:
        status = status_on(today, window)
    return Step(situation=situation, to=to, status=status, earliest=window.earliest,
                latest=window.latest, rule=rule or window.rule, reason=reason, attempt=attempt,
                final=final)


def _thank_yous(profile: Profile, log: list[Entry], today: datetime.date, days: WorkingDays,
                advice: list[Advice]) -> list[Step]:
    """TY1: one to each interviewer of the latest interview; TY2: the same day or the next."""
    interview = profile.latest_interview
    if not interview.interviewers:
        advice.append(Advice("TY1", f"The interview on {interview.date} lists no interviewers: "
                                    "add them to the profile to thank each of them."))
        return []
    window = timing.thank_you(interview.date, days)
    lapsed = _moved_on(profile, log, window, today, days)
    steps = []
    for person in interview.interviewers:
        sent = _sent_on(log, "thank-you", person.name, interview.date)
        if sent is None and lapsed:
            continue
        late = today > window.latest
        reason = (f"Late: best sent by {window.latest}; send a brief one now." if late
                  else f"Thank them for the interview on {interview.date}, that day or the next.")
        steps.append(_step("thank-you", person.name, window, today, sent, reason))
    return steps


def _moved_on(profile: Profile, log: list[Entry], window: Window, today: datetime.date,
              days: WorkingDays) -> bool:
    """Too late for an unsent thank-you or debrief: the conversation has moved on, with a
    check-in sent or a reply received after its window, or the first check-in's window
    open (a stale note beside a check-in helps no one)."""
    if today >= _first_window(profile.latest_interview, today, days)[0].earliest:
        return True
    return any(entry.date > window.latest and (entry.event == "replied"
                                               or entry.situation == "check-in")
               for entry in log)


def _recruiter_debrief(profile: Profile, log: list[Entry], today: datetime.date,
                       days: WorkingDays) -> list[Step]:
    """RC1: an agency recruiter hears how the interview went on the day."""
    recruiter = profile.recruiter
    if recruiter is None or recruiter.agency is None:
        return []
    interview = profile.latest_interview
    window = timing.recruiter_debrief(interview.date, days)
    sent = _sent_on(log, "recruiter-debrief", None, interview.date)
    if sent is None and _moved_on(profile, log, window, today, days):
        return []
    reason = f"Tell {recruiter.agency} how the interview went, on the day."
    return [_step("recruiter-debrief", recruiter.name, window, today, sent, reason)]


def _check_ins(profile: Profile, log: list[Entry], today: datetime.date, days: WorkingDays,
               advice: list[Advice]) -> list[Step]:
    """The polite chase: when (CI2, CI3, CI6, CI11, CI12, RC3), how many (CI8), when to stop
    (CI9). Walks the log of this round in date order, keeping the window of the next one."""
    interview = profile.latest_interview
    budget = timing.check_in_budget(profile)
    to = _check_in_recipient(profile)
    recruiter = profile.recruiter.name if profile.recruiter else None
    promised, promised_rule = interview.decision_by, "CI2"
    window, reason = _first_window(interview, today, days)
    ask_for_a_date: str | None = None  # CI1's advice, when no date is known
    steps: list[Step] = []
    used = 0  # check-ins of this round (CI8)
    unanswered: list[datetime.date] = []  # check-ins since the last reply (CI9)
    last_contact: datetime.date | None = None
    for entry in log:
        if entry.date < interview.date:
            continue  # an earlier round
        if entry.event == "replied" and entry.decision_by is not None:
            # CI12: a reply with a new promised date starts a new round from that date.
            promised, promised_rule = entry.decision_by, "CI12"
            used, unanswered, last_contact, ask_for_a_date = 0, [], None, None
            window = timing.after_promised_date(promised, days, "CI12")
            reason = (f"They replied on {entry.date} with a new date, {promised}: follow up "
                      "several days after it.")
        elif entry.event == "replied":
            # CI12: a reply without a date restarts the clock (the check-ins before it are
            # answered), unless a promised date is still ahead of it.
            unanswered, last_contact = [], entry.date
            window = timing.next_attempt(entry.date, days, "CI12")
            reason = (f"They replied on {entry.date} without a new date: the clock restarts "
                      "from the reply.")
            if promised is not None and promised >= entry.date:
                kept = timing.after_promised_date(promised, days, promised_rule)
                if kept.earliest >= window.earliest:
                    window = kept
                    reason = (f"They replied on {entry.date}; the promised {promised} still "
                              "stands: follow up several days after it.")
            else:
                ask_for_a_date = (f"They replied on {entry.date} without a date: when you "
                                  "next write, ask when they expect to decide")
        elif entry.event == "sent" and entry.situation == "check-in":
            used += 1
            steps.append(_step("check-in", entry.to, window, today, entry.date, "",
                               attempt=used))
            unanswered.append(entry.date)
            last_contact = entry.date
            window = timing.next_attempt(entry.date, days)
            reason = (f"Check-in {used} on {entry.date} is unanswered: space the next "
                      f"{_spacing()} after it.")
        elif entry.event == "sent" and to is not None \
                and (entry.to or "").casefold() == to.casefold() \
                and not _prompt_courtesy(entry, interview, days):
            # CI6: space attempts from the last contact, whatever it was; RC3: do not
            # pester the recruiter either.
            rule = "RC3" if to == recruiter else "CI6"
            spaced = timing.next_attempt(entry.date, days, rule)
            if spaced.earliest > window.earliest:
                window = Window(spaced.earliest, max(spaced.latest, window.latest), rule)
                reason = (f"You wrote to {to} on {entry.date} ({entry.situation}): space the "
                          f"check-in {_spacing()} after it, "
                          + ("and do not pester a recruiter." if rule == "RC3"
                             else "as after any contact."))
    spent = used >= budget
    move_on = timing.move_on(unanswered, last_contact, spent, days)
    if spent or len(unanswered) >= timing.CI9_UNANSWERED_LIMIT:
        # spent or unanswered: there was a contact
        assert move_on is not None and last_contact is not None
        why = (f"The {budget} check-in{'s' if budget > 1 else ''} the interviews earn "
               f"{'are' if budget > 1 else 'is'} sent (CI8)" if spent
               else f"{len(unanswered)} check-ins are unanswered")
        steps.append(_move_on(today, move_on, f"{why}: if nothing comes by {move_on}, "
                                              "move on.", used + 1,
                              not_before=timing.next_attempt(last_contact, days).earliest))
    elif move_on is not None and today >= move_on:
        silence = timing.days_in_words(timing.CI9_MOVE_ON_AFTER_FIRST_UNANSWERED)
        steps.append(_move_on(today, move_on, f"{silence.capitalize()} without an answer "
                                              f"since the check-in on {unanswered[0]}: move on.",
                              used + 1))
    else:
        attempt = used + 1
        # CI10: the last attempt says so, whether the budget ends with it or it would be
        # the second unanswered one (CI9).
        final = attempt >= budget or len(unanswered) + 1 >= timing.CI9_UNANSWERED_LIMIT
        count = f"Check-in {attempt} of {budget} (CI8)"
        if attempt >= budget:
            count += ", the last (CI10)"
        elif final:
            count += ", the last unless they answer (CI9, CI10)"
        steps.append(_step("check-in", to, window, today, None, f"{reason} {count}.",
                           attempt=attempt, final=final))
    if promised is None:
        ask_for_a_date = "No decision date is known: ask when they expect to decide"
    if ask_for_a_date and steps[-1].situation != "move-on":
        advice.append(Advice("CI1", f"{ask_for_a_date}, and record it (followup replied "
                                    "--decision-by DATE)."))
    return steps


def _first_window(interview: Interview, today: datetime.date,
                  days: WorkingDays) -> tuple[Window, str]:
    """The first check-in after an interview: CI2 from the promised date (CI11 once a
    promised step is overdue), else CI3 from the interview."""
    if interview.decision_by is None:
        weeks = timing.span_in_words(timing.CI3_DUE_FROM, timing.CI3_LATE_AFTER)
        return (timing.without_promised_date(interview.date, days),
                f"No date promised: check in {weeks} after the interview on {interview.date}.")
    if interview.promise and interview.decision_by < today:
        return (timing.after_promised_date(interview.decision_by, days, "CI11"),
                f"The step promised by {interview.decision_by} has not come: ask several days "
                "after it; you may have slipped through a crack.")
    return (timing.after_promised_date(interview.decision_by, days),
            f"Promised an answer by {interview.decision_by}: follow up several days after "
            "it.")


def _spacing() -> str:
    """CI6's spacing in words, from its numbers: "a week to ten days"."""
    return timing.span_in_words(timing.CI6_DUE_FROM, timing.CI6_LATE_AFTER)


# The notes due right after the interview, with their windows (TY2, RC1).
_COURTESIES = {"thank-you": timing.thank_you, "recruiter-debrief": timing.recruiter_debrief}


def _prompt_courtesy(entry: Entry, interview: Interview, days: WorkingDays) -> bool:
    """A thank-you or debrief sent in its own window: not an attempt to chase, so it does
    not space the check-ins (CI6); one sent late does, as any other contact."""
    window_of = _COURTESIES.get(entry.situation or "")
    return window_of is not None and entry.date <= window_of(interview.date, days).latest


def _move_on(today: datetime.date, day: datetime.date, reason: str, attempt: int, *,
             not_before: datetime.date | None = None) -> Step:
    """CI9: stop chasing this application (an upcoming step until the day comes).
    `attempt` is the check-in it would have been, for a draft forced past the budget, and
    `not_before` the first day such a draft would be spaced from the last contact (CI6)."""
    return Step(situation="move-on", to=None, status="move-on" if today >= day else "upcoming",
                earliest=day, latest=day, rule="CI9", reason=reason, attempt=attempt,
                not_before=not_before)


def _check_in_recipient(profile: Profile) -> str | None:
    """Drafting's default (the recruiter, else the main contact); None with neither."""
    from followup.errors import NotApplicable
    from followup.situations import contact

    try:
        return contact(profile).name
    except NotApplicable:
        return None


def _competing_offer(profile: Profile, log: list[Entry], today: datetime.date,
                     days: WorkingDays, advice: list[Advice]) -> list[Step]:
    """CO1: tell them as soon as the offer is known (the latest interview, or today if that
    is still ahead); CO3: late after the deadline less 3 working days, none after it."""
    offer = profile.competing_offer
    if offer is None:
        return []
    known = min(profile.latest_interview.date, today)
    sent = _sent_on(log, "competing-offer", None, profile.interviews[0].date)
    window = timing.competing_offer(known, offer.deadline, sent or today, days)
    if window is None and sent is not None:
        window = Window(sent, sent, "CO1")
    if window is None:
        advice.append(Advice("CO3", f"The {offer.company} offer's deadline, {offer.deadline}, "
                                    "has passed: a notice no longer applies. If it was "
                                    "extended, change competing_offer.deadline."))
        return []
    to = _check_in_recipient(profile)
    if sent is None and today > window.latest:
        return [_step("competing-offer", to, window, today, None,
                      f"The {offer.company} offer must be answered by {offer.deadline}: tell "
                      "them now, without an ultimatum.", rule="CO3")]
    return [_step("competing-offer", to, window, today, sent,
                  f"Tell them about the {offer.company} offer (answer by {offer.deadline}) "
                  "in good time, without an ultimatum.")]


def _feedback_request(profile: Profile, log: list[Entry], today: datetime.date,
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
    to = _check_in_recipient(profile)
    return [_step("feedback-request", to, window, today,
                  _sent_on(log, "feedback-request", None, rejected), reason)]


_NOTHING_TO_CHASE = {
    "unsuccessful": "The feedback request is sent: nothing more to send. Move on.",
    "offer": "You have an offer: nothing to chase. Answer it (followup withdraw drafts a "
             "gracious no).",
    "hired": "You have the job: nothing to chase.",
    "withdrawn": "You withdrew: nothing to chase.",
    "waiting": "Nothing left to send: move on.",
}


def _never_without_next_step(profile: Profile, steps: list[Step],
                             today: datetime.date) -> list[Step]:
    """G1: every application has a next step, or says to move on."""
    if any(step.status != "done" for step in steps):
        return steps
    return [*steps, Step(situation="move-on", to=None, status="move-on", earliest=today,
                         latest=today, rule="G1", reason=_NOTHING_TO_CHASE[profile.status])]
