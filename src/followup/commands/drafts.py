"""followup drafts: a draft in the outbox for every step due (or late) today, across a folder
of applications (made by followup.drafting.batch).

Late steps are drafted too: a late thank-you or check-in is still worth sending (the plan
says how late). Every draft is made, and every name checked, before the first file is
written: a profile that cannot be drafted is skipped by name, an existing file (without
--force) refuses the whole batch, and nothing is half-done. Each file is written whole or
not at all (files.write_new), the outbox synced to disk once when they are (drafts can
always be made again: no sync per file), and a reader of stdout that goes away (| head -1)
does not cut the batch short (cli.main).
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from followup.commands.options import resolve_today, today_option
from followup.vocabulary import BATCH_FORMATS

if TYPE_CHECKING:
    from followup.drafting.batch import Batch, Outgoing


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
              type=click.Choice(BATCH_FORMATS),
              help="text, markdown, or eml: a message that opens as a draft in a mail client.")
@click.option("--force", is_flag=True, help="Overwrite files of the same name in OUTBOX.")
def drafts(folder: Path, outbox: Path, today: datetime.date | None, format: str,
           force: bool) -> None:
    """Draft everything due today, or late, across the applications in FOLDER (searched
    recursively for profiles; or one profile): one file a message in OUTBOX, then a
    summary. The steps and their dates are those of followup plan; record what you send
    with followup sent, and it is not drafted again.

    Exit code 2 when a profile is broken or cannot be drafted (each is skipped and named
    on stderr, with why; the others are still drafted), or when a file cannot be written
    (a full disk: the error names it); 1 when a file is in the way (nothing is written)."""
    from followup.drafting.batch import prepare
    from followup.errors import Reported

    batch = prepare(folder, outbox, resolve_today(today), format, frozen=today)
    for warning in batch.warnings:
        click.echo(f"warning: {warning}", err=True)
    for reason in batch.skipped:
        click.echo(f"Skipped {reason}", err=True)
    _write(batch, force)
    click.echo(_counts(batch))
    if batch.exit_code:
        raise Reported(batch.exit_code)


def _write(batch: Batch, force: bool) -> None:
    """Every file of the batch, or none when one is in the way (without --force)."""
    from followup.errors import FollowupError, OutputExists
    from followup.files import sync_disks, write_new

    existing = [item.path for item in batch.outgoing if item.path.exists()]
    if existing and not force:
        more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
        raise OutputExists(f"{existing[0]} already exists{more}, so nothing was written. Use "
                           "--force to overwrite, or choose another --out.")
    try:
        for written, item in enumerate(batch.outgoing):
            try:
                write_new(item.path, item.content, force=force, sync=False)
            except FollowupError as error:  # a full disk: the files before it are whole
                if written:
                    error.args = (f"{error}\n  {written} of the {len(batch.outgoing)} drafts were "
                                  "written before it (listed above); run it again with --force "
                                  "to write them all.",)
                raise
            click.echo(f"Wrote {item.path}: {_what(item)}")
            for note in item.draft.warnings:  # labelled as the drafting commands label them
                click.echo(f"  {note.label('warning')}: {note.message}", err=True)
    finally:  # the outbox on disk, once, before the summary says it is written
        sync_disks()


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
