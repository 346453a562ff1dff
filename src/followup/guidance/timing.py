"""The timing numbers of GUIDANCE.md (the default column), in one place.

A window is the dates a message should go out: due from `earliest`, late after `latest`.
Every date is moved to a working day (G5) by the WorkingDays it is computed with. Which
window applies when (a reply, a promise, the budget) is the plan's business
(followup.plan); the numbers are here, each with its rule ID.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from followup.profile import Profile
    from followup.workdays import WorkingDays

# TY2: thank them the same day or within 24 hours; days after the interview.
TY2_DUE_FROM, TY2_LATE_AFTER = 0, 1
# RC1: an agency recruiter hears your feedback within hours: on the interview day.
RC1_DUE_FROM, RC1_LATE_AFTER = 0, 0
# CI2: with a promised date, wait until it, then follow up several days after it.
CI2_DUE_FROM, CI2_LATE_AFTER = 3, 7
# CI3: with no promised date, two to three weeks after the interview.
CI3_DUE_FROM, CI3_LATE_AFTER = 14, 21
# CI6: a week to ten days after the last contact before the next attempt (and RC3: the
# same spacing for contacts with the recruiter).
CI6_DUE_FROM, CI6_LATE_AFTER = 7, 10
# CI9: move on 7 days after the last check-in once the budget is spent or two check-ins
# are unanswered; or 21 days after the first unanswered check-in.
CI9_UNANSWERED_LIMIT = 2
CI9_MOVE_ON_AFTER_LAST = 7
CI9_MOVE_ON_AFTER_FIRST_UNANSWERED = 21
# FB1: promised feedback that has not come, days after the rejection.
FB1_DUE_FROM, FB1_LATE_AFTER = 7, 14
# FB2: feedback not promised: ask anyway, days after the rejection.
FB2_DUE_FROM, FB2_LATE_AFTER = 1, 7
# CO3: late after the other offer's deadline less 3 working days; none after the deadline.
CO3_LATE_WORKING_DAYS_BEFORE_DEADLINE = 3


# Reasons say the numbers in words ("a week to ten days"), made from the constants above so
# that a changed number changes the words too.
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                 "seventeen", "eighteen", "nineteen", "twenty")


def _count(number: int) -> str:
    return _NUMBER_WORDS[number] if number < len(_NUMBER_WORDS) else str(number)


def days_in_words(days: int) -> str:
    """7 -> 'a week', 21 -> 'three weeks', 1 -> 'a day', 10 -> 'ten days'."""
    weeks, rest = divmod(days, 7)
    if weeks and not rest:
        return "a week" if weeks == 1 else f"{_count(weeks)} weeks"
    return "a day" if days == 1 else f"{_count(days)} days"


def span_in_words(low: int, high: int) -> str:
    """(7, 10) -> 'a week to ten days'; (14, 21) -> 'two to three weeks' (a unit both ends
    share is said once)."""
    first, last = days_in_words(low), days_in_words(high)
    number, _, unit = first.partition(" ")
    if unit.rstrip("s") == last.partition(" ")[2].rstrip("s"):
        return f"{'one' if number == 'a' else number} to {last}"
    return f"{first} to {last}"


class Window(NamedTuple):
    earliest: datetime.date
    latest: datetime.date
    rule: str


def _window(start: datetime.date, due_from: int, late_after: int, rule: str,
            days: WorkingDays) -> Window:
    return Window(days.on_or_after(start + datetime.timedelta(days=due_from)),
                  days.on_or_after(start + datetime.timedelta(days=late_after)), rule)


def thank_you(interview: datetime.date, days: WorkingDays) -> Window:
    """TY2: due from the interview day, late after the day after."""
    return _window(interview, TY2_DUE_FROM, TY2_LATE_AFTER, "TY2", days)


def surely_on_time(interview: datetime.date, today: datetime.date) -> bool:
    """TY2 without a calendar: working days (G5) only move a window's end later, so up to
    TY2's plain count of days after the interview a thank-you is on time whatever the
    weekends and holidays, which then need not be looked up (nor the plan loaded)."""
    return today <= interview + datetime.timedelta(days=TY2_LATE_AFTER)


def recruiter_debrief(interview: datetime.date, days: WorkingDays) -> Window:
    """RC1: due on the interview day, late after it."""
    return _window(interview, RC1_DUE_FROM, RC1_LATE_AFTER, "RC1", days)


def after_promised_date(decision_by: datetime.date, days: WorkingDays,
                        rule: str = "CI2") -> Window:
    """CI2: due from the promised date + 3, late after + 7. The same numbers serve CI11 (a
    promised step that did not come) and CI12 (a new date in a reply), named by `rule`."""
    return _window(decision_by, CI2_DUE_FROM, CI2_LATE_AFTER, rule, days)


def without_promised_date(interview: datetime.date, days: WorkingDays) -> Window:
    """CI3: due from the interview + 14 days, late after + 21."""
    return _window(interview, CI3_DUE_FROM, CI3_LATE_AFTER, "CI3", days)


def next_attempt(last_contact: datetime.date, days: WorkingDays, rule: str = "CI6") -> Window:
    """CI6: due from the last contact + 7 days, late after + 10 (RC3 for the recruiter)."""
    return _window(last_contact, CI6_DUE_FROM, CI6_LATE_AFTER, rule, days)


def move_on(unanswered: list[datetime.date], last_contact: datetime.date | None,
            spent: bool, days: WorkingDays) -> datetime.date | None:
    """CI9: the day to move on, or None while there is still a check-in to send.

    `unanswered` are the dates of the check-ins since the last reply; `last_contact` the
    last check-in of this round, or a reply after it; `spent` whether the budget (CI8) is
    used up.
    """
    candidates = []
    if unanswered:
        candidates.append(unanswered[0]
                          + datetime.timedelta(days=CI9_MOVE_ON_AFTER_FIRST_UNANSWERED))
    if last_contact and (spent or len(unanswered) >= CI9_UNANSWERED_LIMIT):
        candidates.append(last_contact + datetime.timedelta(days=CI9_MOVE_ON_AFTER_LAST))
    return days.on_or_after(min(candidates)) if candidates else None


def feedback_request(rejected_on: datetime.date, promised: bool, days: WorkingDays) -> Window:
    """FB1 (promised): due from the rejection + 7 days, late after + 14. FB2 (not
    promised): due from + 1 day, late after + 7."""
    if promised:
        return _window(rejected_on, FB1_DUE_FROM, FB1_LATE_AFTER, "FB1", days)
    return _window(rejected_on, FB2_DUE_FROM, FB2_LATE_AFTER, "FB2", days)


def competing_offer(known_since: datetime.date, deadline: datetime.date, today: datetime.date,
                    days: WorkingDays) -> Window | None:
    """CO1: due as soon as the offer is known; CO3: late after the deadline less 3 working
    days, and no longer applicable after the deadline (None)."""
    if today > deadline:
        return None
    latest = days.before(deadline, CO3_LATE_WORKING_DAYS_BEFORE_DEADLINE)
    return Window(min(days.on_or_after(known_since), latest), latest, "CO1")


def check_in_budget(profile: Profile) -> int:
    """CI8: how many check-ins the interviews earn.

    1 for phone or video only; 2 once any interview was in person or an assessment
    centre; 3 with several rounds or several interviewers.
    """
    interviews = profile.interviews
    people = {person.name for interview in interviews for person in interview.interviewers}
    if len(interviews) > 1 or len(people) > 1:
        return 3
    if any(interview.kind in ("in-person", "assessment-centre") for interview in interviews):
        return 2
    return 1
