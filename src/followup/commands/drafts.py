"""followup drafts: a draft in the outbox for every step due (or late) today, across a folder
of applications.

Late steps are drafted too: a late thank-you or check-in is still worth sending (the plan
says how late). Each file is named for the day and what it is, as `followup check-in
--out FOLDER/` names it with the date in front, so that a day's batch sorts together and
a batch the next day does not collide with one left unsent:

    2026-11-30-big-beanz-check-in-sam-patel.txt

Every draft is made, and every name checked, before the first file is written: a
profile that cannot be drafted is skipped by name, an existing file (without --force)
refuses the whole batch, and nothing is half-done. Each file is written whole or not at
all (files.write_new), and a reader of stdout that goes away (| head -1) does not cut the
batch short (cli.main).
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import click

from followup.commands.options import resolve_today, today_option

if TYPE_CHECKING:
    from followup.draft import Draft
    from followup.plan import Step

# The statuses drafted: due, and late (still worth sending, later than it should be).
DRAFTED = ("due", "late")
FORMATS = ("text", "markdown", "eml")


class Outgoing(NamedTuple):
    """One file to write: where, what, and the step of which application it is for."""

    path: Path
    content: str
    profile: str
    step: Step
    draft: Draft


class Batch(NamedTuple):
    outgoing: list[Outgoing]
    skipped: list[str]  # why: a profile or log that could not be read, a step not drafted
    idle: list[str]  # the profiles planned with nothing due today
    warnings: list[str]  # from the sent-logs: an unfinished line skipped


@click.command("drafts", epilog="""\b
Examples:
  followup drafts applications/ --out outbox/
  followup drafts applications/ --out outbox/ --format eml
  followup drafts applications/ --out outbox/ --today 2026-11-30 --force""")
@click.argument("folder", type=click.Path(exists=True, path_type=Path))
@click.option("--out", "-o", "outbox", required=True, metavar="OUTBOX",
              type=click.Path(file_okay=False, path_type=Path),
              help="The folder to write the drafts into (made if missing).")
@today_option
@click.option("--format", "-f", "format", default="text", show_default=True,
              type=click.Choice(FORMATS),
              help="text, markdown, or eml: a message that opens as a draft in a mail client.")
@click.option("--force", is_flag=True, help="Overwrite files of the same name in OUTBOX.")
@click.pass_context
def drafts(ctx: click.Context, folder: Path, outbox: Path, today: datetime.date | None,
           format: str, force: bool) -> None:
    """Draft everything due today, or late, across the applications in FOLDER (searched
    recursively for profiles; or one profile): one file a message in OUTBOX, then a
    summary. The steps and their dates are those of followup plan; record what you send
    with followup sent, and it is not drafted again.

    Exit code 2 when a profile is broken or cannot be drafted (each is skipped and named
    on stderr, with why; the others are still drafted), or when a file cannot be written
    (a full disk: the error names it); 1 when a file is in the way (nothing is written)."""
    from followup.errors import FollowupError, OutputExists
    from followup.files import write_new

    batch = prepare(folder, outbox, resolve_today(today), format, frozen=today)
    existing = [item.path for item in batch.outgoing if item.path.exists()]
    for warning in batch.warnings:
        click.echo(f"warning: {warning}", err=True)
    for reason in batch.skipped:
        click.echo(f"Skipped {reason}", err=True)
    if existing and not force:
        more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
        raise OutputExists(f"{existing[0]} already exists{more}, so nothing was written. Use "
                           "--force to overwrite, or choose another --out.")
    for written, item in enumerate(batch.outgoing):
        try:
            write_new(item.path, item.content, force=force)
        except FollowupError as error:  # a full disk: the files before it are whole
            if written:
                error.args = (f"{error}\n  {written} of the {len(batch.outgoing)} drafts were "
                              "written before it (listed above); run it again with --force "
                              "to write them all.",)
            raise
        click.echo(f"Wrote {item.path}: {_what(item)}")
        for note in item.draft.warnings:  # labelled as the drafting commands label them
            click.echo(f"  {note.label('warning')}: {note.message}", err=True)
    click.echo(_counts(batch))
    if batch.skipped:
        ctx.exit(2)


def prepare(target: Path, outbox: Path, today: datetime.date, format: str,
            frozen: datetime.date | None) -> Batch:
    """Every draft due in the folder (or the one profile) `target`, made and named, nothing
    written. The applications are found and planned as followup plan does; `frozen` is
    --today, which makes an .eml's Date and Message-ID reproducible."""
    from followup import applications, drafting, handoff
    from followup.errors import FollowupError
    from followup.situations import Options

    planned = applications.plan_all(target, today)
    outgoing: list[Outgoing] = []
    skipped = [str(problem) for problem in planned.problems]
    idle: list[str] = []
    taken: set[str] = set()  # the batch's file names so far
    for application, loaded, _ in planned.each:
        steps = [step for step in application.steps
                 if step.status in DRAFTED and step.situation != "move-on"]
        if not steps:
            idle.append(application.profile)
            continue
        for step in steps:
            check_in = step.situation == "check-in"
            options = Options(today=today, to=step.to, channel="email",
                              attempt=step.attempt if check_in else None,
                              final=step.final if check_in else None)
            try:  # a profile that cannot be drafted (or made an .eml) is skipped, by name
                made = drafting.compose(step.situation, loaded, options)
                contents = [handoff.format_drafts([draft], format, many=False, today=frozen)
                            for draft in made]
            except FollowupError as error:
                skipped.append(f"{application.profile}: {step.situation}: {error}")
                continue
            names = handoff.file_names(made, loaded.company, format, prefix=f"{today}-",
                                       taken=taken)
            taken.update(names)
            outgoing += [Outgoing(outbox / name, content, application.profile, step, draft)
                         for draft, name, content in zip(made, names, contents, strict=True)]
    return Batch(outgoing, skipped, idle, planned.warnings)


def _what(item: Outgoing) -> str:
    step = item.step
    when = (f"late: it was due by {step.latest}" if step.status == "late"
            else f"due by {step.latest}")
    return f"{step.situation} to {item.draft.to[0].name}, {when} ({step.rule})"


def _counts(batch: Batch) -> str:
    def plural(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    drafted = len({item.profile for item in batch.outgoing})
    parts = [f"{plural(len(batch.outgoing), 'draft')} written for "
             f"{plural(drafted, 'application')}",
             f"{len(batch.idle)} with nothing due today"]
    if batch.skipped:
        parts.append(f"{len(batch.skipped)} skipped")
    return "; ".join(parts) + "."
