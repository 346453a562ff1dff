"""The polite chase: when each check-in is due (CI2, CI3, CI6, CI11, CI12, RC3), how many
the interviews earn (CI8), and when to stop (CI9), from a walk through the sent-log.

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
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from followup.guidance import timing
from followup.guidance.timing import Window
from followup.plan.steps import Advice, Step, move_on, recipient, step
from followup.profile.dating import decided_by

if TYPE_CHECKING:
    from followup.profile import Interview, Profile
    from followup.sentlog import Entry
    from followup.workdays import WorkingDays


def check_ins(profile: Profile, log: Sequence[Entry], today: datetime.date,
              days: WorkingDays, advice: list[Advice]) -> list[Step]:
    """The check-ins of this round sent so far, then the next one or the move-on; CI1's
    advice to ask for a date when none is known."""
    walk = Walk(profile, today, days)
    for entry in log:
        if entry.date >= walk.interview.date:  # before it: an earlier round
            walk.replay(entry)
    steps = [*walk.steps, walk.next_step(timing.check_in_budget(profile))]
    ask_for_a_date = walk.ask_for_a_date
    if walk.promised is None:
        ask_for_a_date = "No decision date is known: ask when they expect to decide"
    if ask_for_a_date and steps[-1].situation != "move-on":
        advice.append(Advice("CI1", f"{ask_for_a_date}, and record it (followup replied "
                                    "--decision-by DATE)."))
    return steps


class Walk:
    """The check-ins of the current round, as the log is replayed in date order: the
    window of the next one and why, how many are used (CI8) and how many are unanswered
    (CI9), and the last contact the next one is spaced from (CI6)."""

    def __init__(self, profile: Profile, today: datetime.date, days: WorkingDays) -> None:
        self.interview, self.today, self.days = profile.latest_interview, today, days
        self.to = recipient(profile)
        self.recruiter = profile.recruiter.name if profile.recruiter else None
        self.window, self.reason = first_window(profile, today, days)
        self.promised, self.promised_rule = decided_by(self.interview, profile.country), "CI2"
        self.ask_for_a_date: str | None = None  # CI1's advice, when no date is known
        self.steps: list[Step] = []  # the check-ins sent
        self.used = 0  # check-ins of this round (CI8)
        self.unanswered: list[datetime.date] = []  # check-ins since the last reply (CI9)
        self.last_contact: datetime.date | None = None

    def replay(self, entry: Entry) -> None:
        if entry.event == "replied" and entry.decision_by is not None:
            self._new_date(entry.date, entry.decision_by)
        elif entry.event == "replied":
            self._reply(entry.date)
        elif entry.event == "sent" and entry.situation == "check-in":
            self._check_in(entry)
        elif entry.event == "sent" and self.to is not None \
                and (entry.to or "").casefold() == self.to.casefold() \
                and not prompt_courtesy(entry, self.interview, self.days):
            self._contact(entry, self.to)

    def _new_date(self, day: datetime.date, promised: datetime.date) -> None:
        """CI12: a reply with a new promised date starts a new round from that date."""
        self.promised, self.promised_rule = promised, "CI12"
        self.used, self.unanswered, self.last_contact, self.ask_for_a_date = 0, [], None, None
        self.window = timing.after_promised_date(promised, self.days, "CI12")
        self.reason = (f"They replied on {day} with a new date, {promised}: follow up "
                       "several days after it.")

    def _reply(self, day: datetime.date) -> None:
        """CI12: a reply without a date restarts the clock (the check-ins before it are
        answered), unless a promised date is still ahead of it."""
        self.unanswered, self.last_contact = [], day
        self.window = timing.next_attempt(day, self.days, "CI12")
        self.reason = (f"They replied on {day} without a new date: the clock restarts "
                       "from the reply.")
        if self.promised is not None and self.promised >= day:
            kept = timing.after_promised_date(self.promised, self.days, self.promised_rule)
            if kept.earliest >= self.window.earliest:
                self.window = kept
                self.reason = (f"They replied on {day}; the promised {self.promised} still "
                               "stands: follow up several days after it.")
        else:
            self.ask_for_a_date = (f"They replied on {day} without a date: when you next "
                                   "write, ask when they expect to decide")

    def _check_in(self, entry: Entry) -> None:
        self.used += 1
        self.steps.append(step("check-in", entry.to, self.window, self.today, entry.date, "",
                               attempt=self.used))
        self.unanswered.append(entry.date)
        self.last_contact = entry.date
        self.window = timing.next_attempt(entry.date, self.days)
        self.reason = (f"Check-in {self.used} on {entry.date} is unanswered: space the next "
                       f"{spacing()} after it.")

    def _contact(self, entry: Entry, to: str) -> None:
        """CI6: space attempts from the last contact, whatever it was; RC3: do not pester
        the recruiter either."""
        rule = "RC3" if to == self.recruiter else "CI6"
        spaced = timing.next_attempt(entry.date, self.days, rule)
        if spaced.earliest > self.window.earliest:
            self.window = Window(spaced.earliest, max(spaced.latest, self.window.latest), rule)
            self.reason = (f"You wrote to {to} on {entry.date} ({entry.situation}): space the "
                           f"check-in {spacing()} after it, "
                           + ("and do not pester a recruiter." if rule == "RC3"
                              else "as after any contact."))

    def next_step(self, budget: int) -> Step:
        """After the log: the move-on (CI9), or the next check-in of the budget (CI8)."""
        spent = self.used >= budget
        day = timing.move_on(self.unanswered, self.last_contact, spent, self.days)
        if spent or len(self.unanswered) >= timing.CI9_UNANSWERED_LIMIT:
            # spent or unanswered: there was a contact
            assert day is not None and self.last_contact is not None
            why = (f"The {budget} check-in{'s' if budget > 1 else ''} the interviews earn "
                   f"{'are' if budget > 1 else 'is'} sent (CI8)" if spent
                   else f"{len(self.unanswered)} check-ins are unanswered")
            return move_on(self.today, day, f"{why}: if nothing comes by {day}, move on.",
                           self.used + 1,
                           not_before=timing.next_attempt(self.last_contact, self.days).earliest)
        if day is not None and self.today >= day:
            silence = timing.days_in_words(timing.CI9_MOVE_ON_AFTER_FIRST_UNANSWERED)
            return move_on(self.today, day, f"{silence.capitalize()} without an answer since "
                                            f"the check-in on {self.unanswered[0]}: move on.",
                           self.used + 1)
        attempt = self.used + 1
        # CI10: the last attempt says so, whether the budget ends with it or it would be
        # the second unanswered one (CI9).
        final = attempt >= budget or len(self.unanswered) + 1 >= timing.CI9_UNANSWERED_LIMIT
        count = f"Check-in {attempt} of {budget} (CI8)"
        if attempt >= budget:
            count += ", the last (CI10)"
        elif final:
            count += ", the last unless they answer (CI9, CI10)"
        window = after_the_holidays(self.window, self.days)
        shut = " Not in the Christmas week, when many offices are shut (G5)." \
            if window != self.window else ""
        return step("check-in", self.to, window, self.today, None,
                    f"{self.reason} {count}.{shut}", attempt=attempt, final=final)


def after_the_holidays(window: Window, days: WorkingDays) -> Window:
    """G5: a check-in due from 24 December to 1 January waits for the first working day of
    the new year, as long a window as it had (round 33: one drafted for Christmas Eve)."""
    start = window.earliest
    if not ((start.month, start.day) >= (12, 24) or (start.month, start.day) == (1, 1)):
        return window
    earliest = days.on_or_after(datetime.date(start.year + (start.month == 12), 1, 2))
    return Window(earliest, earliest + (window.latest - window.earliest), window.rule)


def first_window(profile: Profile, today: datetime.date,
                 days: WorkingDays) -> tuple[Window, str]:
    """The first check-in after the latest interview: CI2 from the promised date (CI11 once a
    promised step is overdue), the profile's or the day its promise names, else CI3 from
    the interview."""
    interview = profile.latest_interview
    decided = decided_by(interview, profile.country)
    if decided is None:
        weeks = timing.span_in_words(timing.CI3_DUE_FROM, timing.CI3_LATE_AFTER)
        return (timing.without_promised_date(interview.date, days),
                f"No date promised: check in {weeks} after the interview on {interview.date}.")
    if interview.promise and decided < today:
        return (timing.after_promised_date(decided, days, "CI11"),
                f"The step promised by {decided} has not come: ask several days "
                "after it; you may have slipped through a crack.")
    return (timing.after_promised_date(decided, days),
            f"Promised an answer by {decided}: follow up several days after it.")


def spacing() -> str:
    """CI6's spacing in words, from its numbers: "a week to ten days"."""
    return timing.span_in_words(timing.CI6_DUE_FROM, timing.CI6_LATE_AFTER)


# The notes due right after the interview, with their windows (TY2, RC1).
COURTESIES = {"thank-you": timing.thank_you, "recruiter-debrief": timing.recruiter_debrief}


def prompt_courtesy(entry: Entry, interview: Interview, days: WorkingDays) -> bool:
    """A thank-you or debrief sent in its own window: not an attempt to chase, so it does
    not space the check-ins (CI6); one sent late does, as any other contact."""
    window_of = COURTESIES.get(entry.situation or "")
    return window_of is not None and entry.date <= window_of(interview.date, days).latest
