"""`followup check`: the tone, length and content of drafts, written by hand or by followup."""

from __future__ import annotations

from pathlib import Path

import click

from followup.vocabulary import CHANNELS


@click.command("check", epilog="""\b
Examples:
  followup check my-draft.txt --situation check-in
  followup check outbox/*.txt --profile panel.yaml     # several notes: TY5 compares them
  followup thank-you big-beanz.yaml | followup check - --json
\b
Exit status: 0 no errors (warnings are fine), 1 errors, 2 a file that cannot be read
as a draft, or that names a situation or channel followup does not know.
\b
Limits: a file (or standard input) of at most 1 MB (1,000,000 bytes); JSON and email
messages no more deeply nested than a draft's (an email of at most 100 MIME parts).
Anything more is refused (exit 2): a draft is a few kilobytes. TY5 compares the first
20 thank-you notes of a run, each by its first 150 words.""")
@click.argument("files", nargs=-1, required=True, metavar="FILE|-...")
@click.option("--situation", "-s", metavar="SITUATION",
              help="What the draft is, as the drafting commands name it: thank-you, "
                   "check-in, competing-offer... (default: from the file, else guessed from "
                   "the text).")
@click.option("--profile", "-p", type=click.Path(path_type=Path), metavar="PROFILE",
              help="Check the content against this profile: the role, what you learned, a "
                   "highlight, the interviewer's question, the offer's deadline.")
@click.option("--channel", type=click.Choice(CHANNELS),
              help="Email, note card or voicemail script: sets the length limit "
                   "(default: from the file, else email).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
def check(files: tuple[str, ...], situation: str | None,
          profile: Path | None, channel: str | None, as_json: bool) -> None:
    """Check drafts against the guidance: tone (CI5, G2, FB3), ultimatums (CO2), length
    (TY3, CI4, CI7), content (TY4, TY8, CI4, CO4), leftovers, and, across several thank-you
    notes, variety (TY5). Reads what followup writes (text, Markdown, JSON, HTML, .eml,
    mailto links) and hand-written drafts, or - for standard input."""
    from followup.check.files import check_files
    from followup.check.report import text, to_json
    from followup.errors import Reported

    report = check_files(files, situation=situation, channel=channel, profile=profile)
    click.echo(to_json(report) if as_json else text(report), nl=False)
    if report.errors:
        raise Reported(1)
