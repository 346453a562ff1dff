"""`followup plan`: what to send, when, and why, for one application or a folder of them."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from followup.commands.options import resolve_today, today_option

if TYPE_CHECKING:
    from followup.plan import Application

HEADERS = ("STATUS", "FROM", "BY", "APPLICATION", "SEND", "TO", "RULE", "WHY")


@click.command("plan", epilog="""\b
Statuses, most pressing first: late (the window has passed: send it
now), due (send it now), upcoming (not yet: FROM is the first day),
move-on (stop chasing), done (the sent-log records it). Dates fall
on working days (G5).

\b
Examples:
  followup plan big-beanz.yaml
  followup plan applications/ --today 2026-11-30
  followup plan applications/ --json
  followup plan applications/ --ics followup.ics --force""")
@click.argument("target", metavar="PROFILE|FOLDER", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Print a list of applications, each with its steps and advice, as JSON.")
@click.option("--ics", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
              help="Also write calendar reminders: an all-day event with an alarm for every "
                   "due or upcoming step (G3); import the file again to update them.")
@today_option
@click.option("--force", is_flag=True, help="Overwrite the --ics file if it exists.")
def plan(target: Path, as_json: bool, ics: Path | None, today: datetime.date | None,
         force: bool) -> None:
    """Show what to send, when, and why, for a profile or every profile in a FOLDER
    (searched recursively): each step's status, its window (from, by), the recipient,
    the rule of the guidance and a one-line reason. The sent-log beside each profile
    (followup sent, followup replied) marks steps done and moves the check-ins on.

    Exit code 2 when a profile in the folder is broken (each is reported on stderr with
    its file, line and field; the others are still planned)."""
    from followup.errors import Reported
    from followup.plan.applications import plan_all

    day = resolve_today(today)
    planned = plan_all(target, day)
    if ics is not None:
        _write_calendar(ics, planned.applications, day, frozen=today is not None, force=force)
    for warning in planned.warnings:
        click.echo(f"warning: {warning}", err=True)
    output = as_json_text(planned.applications) if as_json else table(planned.applications)
    click.echo(output, nl=False)
    for problem in planned.problems:
        click.echo(f"Error: {problem}", err=True)
    if planned.problems:
        count = len(planned.problems)
        click.echo(f"{count} profile{'s' if count > 1 else ''} could not be planned.", err=True)
        raise Reported(2)


def table(applications: Sequence[Application]) -> str:
    """Every step of every application, late first, then due, upcoming, move-on, done; by
    date within each; then the advice and a count."""
    from followup.commands.table import aligned
    from followup.plan import STATUS_ORDER, action_order

    rows = sorted(((action_order(step), index, position, application.company, step)
                   for index, application in enumerate(applications)
                   for position, step in enumerate(application.steps)),
                  key=lambda row: row[:3])
    if not rows:
        return ""
    cells = [HEADERS, *((step.status, str(step.earliest), str(step.latest), company,
                         step.situation, step.to or "-", step.rule, step.reason)
                        for *_, company, step in rows)]
    lines = aligned(cells)
    advice = [f"  {application.company} ({item.rule}): {item.message}"
              for application in applications for item in application.advice]
    if advice:
        lines += ["", "Advice:", *advice]
    statuses = [step.status for *_, step in rows]
    counts = ", ".join(f"{statuses.count(status)} {status}" for status in STATUS_ORDER
                       if status in statuses)
    many = len(applications) != 1
    lines += ["", f"{len(applications)} application{'s' if many else ''}: {counts}."]
    return "\n".join(lines) + "\n"


def as_json_text(applications: Sequence[Application]) -> str:
    """The --json contract: profile, company, role, steps (situation, to, status, earliest,
    latest, rule, reason; dates as YYYY-MM-DD) and advice ({rule, message}). msgspec
    writes it as json.dumps(indent=2) would, several times faster for a large folder."""
    import msgspec

    data = [{"profile": application.profile, "company": application.company,
             "role": application.role,
             "steps": [{"situation": step.situation, "to": step.to, "status": step.status,
                        "earliest": step.earliest.isoformat(),
                        "latest": step.latest.isoformat(), "rule": step.rule,
                        "reason": step.reason} for step in application.steps],
             "advice": [{"rule": item.rule, "message": item.message}
                        for item in application.advice]}
            for application in applications]
    return msgspec.json.format(msgspec.json.encode(data), indent=2).decode("utf-8") + "\n"


def _write_calendar(path: Path, applications: Sequence[Application], today: datetime.date,
                    *, frozen: bool, force: bool) -> None:
    """G3: the reminders, written atomically; never over a file without --force. With
    --today, DTSTAMP is that day, so the same input gives the same bytes."""
    from followup.errors import OutputExists
    from followup.files import write_new
    from followup.plan import reminders

    utc = datetime.timezone.utc
    stamp = (datetime.datetime.combine(today, datetime.time(), utc) if frozen
             else datetime.datetime.now(utc).replace(microsecond=0))
    data = reminders.calendar(applications, today, stamp)
    try:
        write_new(path, data, force=force)
    except OutputExists:
        raise OutputExists(f"{path} already exists. Use --force to overwrite it, or choose "
                           "another --ics file.") from None
    count = reminders.count(applications)
    click.echo(f"Wrote {path}: {count} reminder{'' if count == 1 else 's'}.", err=True)
