"""Every draft of a profile: each situation on the day it is normally written, in each
tone and channel, each check-in attempt the interviews earn. Shared by the corpus tests
and tools/all_drafts.py (which writes them out for reading).

The days: a thank-you, a debrief and a withdrawal the day after the latest interview (a
thank-you for an offer, or its decline, the day after the offer was due, when the profile
says when); the check-ins three days after the promised date (`decision_by`, or the day
the promise names) or two weeks after the interview (and after a competing-offer notice's
window), then a week apart, never in the Christmas week, and a feedback request two days
after the rejection, each on a working day (G5); a competing-offer notice three working
days before the offer's deadline."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import msgspec

from followup import drafting
from followup.draft import Draft
from followup.errors import FollowupError
from followup.guidance.timing import Window, check_in_budget
from followup.plan.check_ins import after_the_holidays
from followup.profile import Profile, load
from followup.profile.dating import decided_by
from followup.vocabulary import SITUATIONS, TONES
from followup.workdays import WorkingDays

CHANNELS = {"thank-you": ("email", "card"), "check-in": ("email", "voicemail")}
DAY = datetime.timedelta(days=1)


class Drafted(msgspec.Struct, frozen=True):
    """The drafts of one request, and what it was."""

    name: str  # SITUATION[.ATTEMPT].CHANNEL.TONE
    today: datetime.date
    situation: str
    channel: str
    tone: str
    drafts: list[Draft]


def drafting_days(profile: Profile, situation: str) -> list[tuple[datetime.date, int | None]]:
    """The days (and check-in attempts) a situation is drafted on."""
    interview = profile.latest_interview.date
    working = WorkingDays(profile.country).on_or_after  # G5: sent on working days
    if situation == "check-in":  # CI2, CI3: after the promised date, else two weeks; CI6
        first = decided_by(profile.latest_interview, profile.country)
        start = first + 3 * DAY if first else interview + 14 * DAY
        if profile.competing_offer:  # CO4: after the competing-offer notice's window
            notice = WorkingDays(profile.country).before(profile.competing_offer.deadline, 3)
            start = max(start, notice + DAY)
        days: list[datetime.date] = []
        for _ in range(check_in_budget(profile)):  # a week apart (CI6), none at Christmas (G5)
            day = working(days[-1] + 7 * DAY if days else start)
            days.append(after_the_holidays(Window(day, day, "CI6"),
                                           WorkingDays(profile.country)).earliest)
        return [(day, attempt) for attempt, day in enumerate(days, 1)]
    if situation == "feedback-request":
        rejected = profile.feedback.rejected_on if profile.feedback else interview + 10 * DAY
        return [(working(rejected + 2 * DAY), None)]
    if situation == "competing-offer":
        offer = profile.competing_offer
        if not offer:  # CO4: three working days before its deadline (round 44: not a Saturday)
            return []
        return [(max(WorkingDays(profile.country).before(offer.deadline, 3),
                     working(interview + DAY)), None)]
    decided = decided_by(profile.latest_interview, profile.country)
    if situation in ("thank-you", "withdraw") and profile.status in ("offer", "hired") and \
            decided:
        # An offer known on the day after the interview, when it was due by a later day,
        # is one the candidate could not have had: thank for it, or decline it, the day
        # after it was due.
        return [(working(max(interview, decided) + DAY), None)]  # G5 (round 45: not a Saturday)
    return [(interview + DAY, None)]


def every_draft(path: Path) -> Iterator[Drafted]:
    """Each request that applies to the profile at `path`, drafted (timing ignored: the
    day is chosen above); a situation that does not apply is skipped."""
    profile = load(path)
    for situation in SITUATIONS:
        for today, attempt in drafting_days(profile, situation):
            for channel in CHANNELS.get(situation, ("email",)):
                for tone in TONES:
                    request = drafting.Request(
                        situation, today, every=situation == "thank-you", attempt=attempt,
                        ignore_timing=True, tone=tone, channel=channel)
                    try:
                        made = drafting.draft(path, request, warn=lambda _: None).drafts
                    except FollowupError:
                        continue  # does not apply to this profile
                    suffix = f".{attempt}" if attempt else ""
                    yield Drafted(f"{situation}{suffix}.{channel}.{tone}", today, situation,
                                  channel, tone, made)
