"""The drafting commands: thank-you, check-in, feedback-request, competing-offer."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from followup.commands.options import resolve_today, today_option

F = Callable[..., Any]


def draft_options(function: F) -> F:
    """The options every drafting command shares."""
    decorators = [
        click.argument("profile", type=click.Path(path_type=Path)),
        click.option("--to", metavar="NAME",
                     help="Who the draft is for, by full name, first name or surname (default: the "
                          "recruiter, else the main interviewer of the latest interview)."),
        today_option,
        click.option("--format", "-f", "format", default="text", show_default=True,
                     type=click.Choice(["text", "markdown", "json"]), help="How to print it."),
        click.option("--out", "-o", type=click.Path(), metavar="PATH",
                     help="Write to this file, or into this folder, one file a draft, "
                          "if it is one or ends with /."),
        click.option("--force", is_flag=True, help="Overwrite a file that --out would replace."),
        click.option("--tone", type=click.Choice(["standard", "formal"]),
                     help="Wording (default: formal for style: traditional, else standard)."),
        click.option("--channel", type=click.Choice(["email", "card"]), default="email",
                     show_default=True, help="An email, or a handwritten note card (TY6)."),
        click.option("--template", type=click.Path(path_type=Path, dir_okay=False, exists=True),
                     help="Render this template file instead of the situation's own."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


@click.command("thank-you", epilog="""\b
Examples:
  followup thank-you big-beanz.yaml
  followup thank-you panel.yaml --all --out outbox/
  followup thank-you panel.yaml --to "David Okafor" --channel card""")
@draft_options
@click.option("--all", "every", is_flag=True,
              help="One distinct note to each interviewer of the latest interview (TY1, TY5).")
def thank_you(**options: Any) -> None:
    """Draft a thank-you note to an interviewer of the latest interview (TY1-TY9):
    brief, specific, and different for each person on a panel."""
    _draft("thank-you", **options)


@click.command("check-in", epilog="""\b
Examples:
  followup check-in big-beanz.yaml
  followup check-in big-beanz.yaml --attempt 2 --format markdown""")
@draft_options
@click.option("--attempt", type=click.IntRange(min=1), metavar="N",
              help="Which check-in this is (default 1); the last one the interviews earn "
                   "says you will move on (CI8, CI10).")
def check_in(**options: Any) -> None:
    """Draft a polite check-in when a promised answer is overdue (CI4, CI10, CI11)."""
    _draft("check-in", **options)


@click.command("feedback-request", epilog="""\b
Examples:
  followup feedback-request unsuccessful.yaml
  followup feedback-request unsuccessful.yaml --to "Tom Becker" --out feedback.txt""")
@draft_options
def feedback_request(**options: Any) -> None:
    """Draft a request for feedback after an unsuccessful process (FB1-FB3)."""
    _draft("feedback-request", **options)


@click.command("competing-offer", epilog="""\b
Examples:
  followup competing-offer lumen.yaml
  followup competing-offer lumen.yaml --format json""")
@draft_options
def competing_offer(**options: Any) -> None:
    """Draft a notice that another offer has arrived, with its deadline: interest, and
    never an ultimatum (CO1-CO4)."""
    _draft("competing-offer", **options)


def _draft(situation: str, *, profile: Path, to: str | None, today: datetime.date | None,
           format: str, out: str | None, force: bool, tone: str | None, channel: str,
           template: Path | None, every: bool = False, attempt: int | None = None) -> None:
    from followup import drafting, handoff
    from followup import profile as profiles
    from followup.errors import NotApplicable
    from followup.situations import Options

    loaded = profiles.load(profile)
    options = Options(today=resolve_today(today), to=to, every=every, attempt=attempt,
                      tone=tone, channel=channel)
    try:
        drafts = drafting.compose(situation, loaded, options, template_file=template)
    except NotApplicable as error:
        raise NotApplicable(f"{profile}: {error}") from None
    many = every or len(drafts) > 1
    if out is None:
        click.echo(handoff.format_drafts(drafts, format, many=many), nl=False)
    elif Path(out).is_dir() or out.endswith(("/", "\\")):  # a folder: one file a draft
        for draft in drafts:
            path = Path(out) / handoff.file_name(draft, loaded.company, format)
            _write(path, handoff.format_drafts([draft], format, many=False), force)
    else:
        _write(Path(out), handoff.format_drafts(drafts, format, many=many), force)
    _show_notes(drafts)


def _show_notes(drafts: list[Any]) -> None:
    """Warnings and tips on stderr, so that stdout holds only drafts; a note that every
    draft shares is shown once."""
    seen: dict[tuple[str, str | None, str], list[str]] = {}
    for draft in drafts:
        for kind, notes in (("warning", draft.warnings), ("tip", draft.tips)):
            for note in notes:
                seen.setdefault((kind, note.rule, note.message), []).append(draft.to[0].name)
    for (kind, rule, message), names in seen.items():
        label = f"{kind} {rule}" if rule else kind
        who = f" ({', '.join(names)})" if len(names) < len(drafts) else ""
        click.echo(f"{label}{who}: {message}", err=True)


def _write(path: Path, text: str, force: bool) -> None:
    from followup.files import write_new

    write_new(path, text, force=force)
    click.echo(f"Wrote {path}")
