"""The sent-log commands: sent and replied record what happened, log shows it."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from followup.commands.draft import complete_people
from followup.commands.options import DATE, resolve_today
from followup.vocabulary import CONTACT_CHANNELS, SITUATIONS

if TYPE_CHECKING:
    from followup import sentlog


@click.command("sent", epilog="""\b
Examples:
  followup sent big-beanz.yaml thank-you
  followup sent panel.yaml thank-you --to Okafor --date 2026-11-18 --channel card
  followup sent big-beanz.yaml check-in --channel phone""")
@click.argument("profile", type=click.Path(path_type=Path))
@click.argument("situation", type=click.Choice(SITUATIONS), metavar="SITUATION")
@click.option("--to", metavar="NAME", shell_complete=complete_people,
              help="Whom it went to, by full name, first name or surname (default: whom the "
                   "draft goes to: the recruiter, else the main interviewer; for a "
                   "thank-you, the one interviewer of the latest interview).")
@click.option("--date", type=DATE, metavar="DATE", help="When, YYYY-MM-DD (default: today).")
@click.option("--channel", type=click.Choice(CONTACT_CHANNELS), default="email",
              show_default=True, help="How: by email, a phone call, a voicemail or a card.")
def sent(profile: Path, situation: str, to: str | None, date: datetime.date | None,
         channel: str) -> None:
    """Record that you sent SITUATION (thank-you, check-in, feedback-request,
    competing-offer, recruiter-debrief or withdraw), so that the plan counts it: the
    next check-in is spaced from it (CI6), and the budget spent (CI8, CI9).

    The record goes in a log beside the profile (big-beanz.log.jsonl for
    big-beanz.yaml); the profile itself is never changed."""
    from followup import profile as profiles
    from followup import sentlog
    from followup.compose.recipients import recipient
    from followup.errors import FollowupError

    loaded = profiles.load(profile)
    when = _not_future(date, "--date")
    sentlog.refuse_shared(profile)  # x.yaml and x.yml: whose log would it be?
    _show_warnings(sentlog.read_log(profile))  # a damaged log stops here, before the write
    try:
        name = recipient(loaded, situation, to)
    except FollowupError as error:
        raise FollowupError(f"{profile}: {error}") from None
    entry = sentlog.Entry(date=when, event="sent", situation=situation, to=name,
                          channel=cast("sentlog.Channel", channel))
    path = sentlog.append(profile, entry)
    click.echo(f"Recorded in {path}: {situation} to {name} by {channel} on {when}.")


@click.command("replied", epilog="""\b
Examples:
  followup replied big-beanz.yaml
  followup replied big-beanz.yaml --date 2026-11-25 --decision-by 2026-12-02""")
@click.argument("profile", type=click.Path(path_type=Path))
@click.option("--date", type=DATE, metavar="DATE",
              help="When the reply came, YYYY-MM-DD (default: today).")
@click.option("--decision-by", type=DATE, metavar="DATE",
              help="A new date they promised to decide or get back by: check-ins then "
                   "count from it (CI12, CI2).")
def replied(profile: Path, date: datetime.date | None,
            decision_by: datetime.date | None) -> None:
    """Record a reply from the company or recruiter, and any new date they promised (CI12:
    a reply resets the clock). The record goes in the log beside the profile."""
    from followup import profile as profiles
    from followup import sentlog
    from followup.errors import FollowupError

    profiles.load(profile)
    when = _not_future(date, "--date")
    if decision_by is not None and decision_by < when:  # CI12: the new date starts CI2 again
        raise FollowupError(
            f"--decision-by {decision_by} is before the reply ({when}): give the date they "
            "promised to get back by, on or after the reply.")
    sentlog.refuse_shared(profile)
    _show_warnings(sentlog.read_log(profile))
    path = sentlog.append(profile, sentlog.Entry(date=when, event="replied",
                                                 decision_by=decision_by))
    promised = (f", with a new decision date of {decision_by} (CI12: check-ins now count "
                "from it)" if decision_by else "")
    click.echo(f"Recorded in {path}: a reply on {when}{promised}.")


@click.command("log", epilog="""\b
Examples:
  followup log big-beanz.yaml
  followup log big-beanz.yaml --json""")
@click.argument("profile", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON for scripts: the profile, the log file and its entries.")
def log(profile: Path, as_json: bool) -> None:
    """Show what followup sent and replied have recorded for a profile, oldest first."""
    from followup import sentlog

    recorded = sentlog.read_log(profile)
    _show_warnings(recorded)
    # by date; entries of one day keep the order they were recorded in
    entries = sorted(recorded.entries, key=lambda entry: entry.date)
    if as_json:
        import json

        data = {"profile": str(profile), "log": str(recorded.path),
                "entries": [_as_dict(entry) for entry in entries]}
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    elif not entries:
        click.echo(f"Nothing recorded for {profile} yet. Record what you send with: "
                   f"followup sent {profile} SITUATION")
    else:
        click.echo(_table(recorded.path, entries))


def _not_future(date: datetime.date | None, option: str) -> datetime.date:
    today = resolve_today(None)
    if date is not None and date > today:
        from followup.errors import FollowupError

        raise FollowupError(f"{option} {date} is in the future (today is {today}): record "
                            "what has happened, once it has.")
    return date or today


def _show_warnings(recorded: Any) -> None:
    for warning in recorded.warnings:
        click.echo(f"warning: {warning}", err=True)


def _as_dict(entry: Any) -> dict[str, Any]:
    """Every field, null where it does not apply: a contract for scripts."""
    sent = entry.event == "sent"
    return {"date": entry.date.isoformat(), "event": entry.event,
            "situation": entry.situation, "to": entry.to,
            "channel": entry.channel if sent else None,
            "decision_by": entry.decision_by.isoformat() if entry.decision_by else None}


def _table(path: Path, entries: list[Any]) -> str:
    contacts = sum(entry.event == "sent" for entry in entries)
    replies = len(entries) - contacts
    head = (f"{path}: {contacts} contact{'s' * (contacts != 1)}, "
            f"{replies} repl{'y' if replies == 1 else 'ies'}")
    rows = [["Date", "Event", "Situation", "To", "Channel", "New decision date"]]
    for entry in entries:
        row = _as_dict(entry)
        rows.append([row[key] or "" for key in ("date", "event", "situation", "to",
                                                "channel", "decision_by")])
    from followup.commands.table import aligned

    return "\n".join([head, *aligned(rows)])
