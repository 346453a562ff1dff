"""The plan's values: a step (one message to send, or the point to move on), advice, and
an application's plan; the order of action; and how a step is made from its window and
what the sent-log records."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

import msgspec

if TYPE_CHECKING:
    from followup.guidance.timing import Window
    from followup.profile import Profile
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


def action_order(step: Step) -> tuple[int, datetime.date]:
    """Late, due, upcoming, move-on, done; then by date: the last day of a late or due
    step (the most overdue first), the first day of the others."""
    when = step.latest if step.status in ("late", "due") else step.earliest
    return STATUS_ORDER.index(step.status), when


def status_on(today: datetime.date, window: Window) -> Status:
    if today < window.earliest:
        return "upcoming"
    return "due" if today <= window.latest else "late"


def sent_on(log: Sequence[Entry], situation: str, to: str | None,
            since: datetime.date) -> datetime.date | None:
    """The first time the log records `situation` sent (to `to`, if given) since `since`."""
    wanted = to.casefold() if to else None
    for entry in log:
        if (entry.event == "sent" and entry.situation == situation and entry.date >= since
                and (wanted is None or (entry.to or "").casefold() == wanted)):
            return entry.date
    return None


def step(situation: str, to: str | None, window: Window, today: datetime.date,
         sent: datetime.date | None, reason: str, *, attempt: int = 1, final: bool = False,
         rule: str | None = None) -> Step:
    """A step in its window: done when `sent`, else due, upcoming or late as of `today`."""
    if sent is not None:
        status: Status = "done"
        reason = f"Sent on {sent}."
    else:
        status = status_on(today, window)
    return Step(situation=situation, to=to, status=status, earliest=window.earliest,
                latest=window.latest, rule=rule or window.rule, reason=reason, attempt=attempt,
                final=final)


def move_on(today: datetime.date, day: datetime.date, reason: str, attempt: int, *,
            not_before: datetime.date | None = None) -> Step:
    """CI9: stop chasing this application (an upcoming step until the day comes).
    `attempt` is the check-in it would have been, for a draft forced past the budget, and
    `not_before` the first day such a draft would be spaced from the last contact (CI6)."""
    return Step(situation="move-on", to=None, status="move-on" if today >= day else "upcoming",
                earliest=day, latest=day, rule="CI9", reason=reason, attempt=attempt,
                not_before=not_before)


def recipient(profile: Profile) -> str | None:
    """Whom a check-in, offer notice or feedback request goes to: drafting's default (the
    recruiter, else the main contact); None with neither."""
    from followup.compose.recipients import contact
    from followup.errors import NotApplicable

    try:
        return contact(profile).name
    except NotApplicable:
        return None
