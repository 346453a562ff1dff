"""Calendar reminders (G3): an iCalendar file with an all-day event and an alarm for every
step that is due or upcoming.

Each event's UID comes from the application (profile file name, company, role), the
situation, the recipient and the attempt, never from the date: importing the file
again, after the plan has moved on, updates the events instead of adding copies.
`icalendar` is optional and imported only here.
"""

from __future__ import annotations

import datetime
import hashlib
import shlex
from collections.abc import Sequence
from pathlib import Path

from followup.errors import FollowupError
from followup.plan import Application, Step

REMINDED = ("due", "upcoming")
ALARM_AT = datetime.timedelta(hours=9)  # on the event's day, at 09:00 local time
UID_DOMAIN = "followup.invalid"  # RFC 5545 suggests a domain; this one can belong to no one


def uid(application: Application, step: Step) -> str:
    key = "\x1f".join([Path(application.profile).name, application.company, application.role,
                       step.situation, step.to or "", str(step.attempt)])
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@{UID_DOMAIN}"


def calendar(applications: Sequence[Application], today: datetime.date,
             stamp: datetime.datetime) -> bytes:
    """The .ics bytes. A due step is put on `today` (its window is open: remind now), an
    upcoming one on the first day of its window; `stamp` is DTSTAMP (UTC)."""
    try:
        from icalendar import Alarm, Calendar, Event
    except ImportError:
        raise FollowupError("--ics needs the icalendar package, which is not installed. "
                            "Install it: pip install icalendar") from None
    ical = Calendar()
    ical.add("prodid", "-//followup//plan//EN")
    ical.add("version", "2.0")
    ical.add("calscale", "GREGORIAN")
    for application in applications:
        for step in application.steps:
            if step.status not in REMINDED:
                continue
            day = max(step.earliest, today)
            summary = _summary(application, step)
            event = Event()
            event.add("uid", uid(application, step))
            event.add("dtstamp", stamp)
            event.add("dtstart", day)
            event.add("dtend", day + datetime.timedelta(days=1))
            event.add("summary", summary)
            event.add("description", _description(application, step))
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary)
            alarm.add("trigger", ALARM_AT)
            event.add_component(alarm)
            ical.add_component(event)
    data: bytes = ical.to_ical()
    return data


def count(applications: Sequence[Application]) -> int:
    return sum(step.status in REMINDED for application in applications
               for step in application.steps)


def _summary(application: Application, step: Step) -> str:
    if step.situation == "move-on":
        return f"Move on from {application.company} if nothing has come"
    to = f" to {step.to}" if step.to else ""
    return f"{application.company}: send the {step.situation}{to}"


def _description(application: Application, step: Step) -> str:
    window = (f"on {step.earliest}" if step.earliest == step.latest
              else f"from {step.earliest} to {step.latest}")
    command = ""
    if step.situation != "move-on":
        # A command to paste into any terminal: the profile's full path, quoted for a shell.
        profile = shlex.quote(str(Path(application.profile).resolve()))
        to = f" --to {shlex.quote(step.to)}" if step.situation == "thank-you" and step.to \
            else ""
        command = f"\nDraft it: followup {step.situation} {profile}{to}"
    return f"{step.reason} ({step.rule})\nWhen: {window}.{command}"
