"""The drafting commands: thank-you, check-in, feedback-request, competing-offer,
recruiter-debrief, withdraw."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import click

from followup.commands.options import resolve_today, today_option
from followup.vocabulary import CHANNELS, FORMATS, TONES

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

F = Callable[..., Any]


def complete_people(ctx: click.Context, param: click.Parameter,
                    incomplete: str) -> list[CompletionItem]:
    """Shell completion of --to: the interviewers of the latest interview and the recruiter
    of the profile on the command line, whose full name or one of its words begins with
    what is typed. Nothing, and not a word, when there is no profile yet or it cannot be
    read: completion must never get in the way."""
    from click.shell_completion import CompletionItem

    from followup import profile as profiles

    shell = _completing(ctx)
    try:
        # click has it for `--to=Da`; for `--to Da`, it has to be looked for
        path = ctx.params.get("profile") or _profile_before_the_option(ctx, shell)
        loaded = profiles.load(path) if path else None
    except Exception:  # missing, unreadable or broken: the draft command will say why
        return []
    if loaded is None:
        return []
    people = {person.name: person.title or "interviewer"
              for person in loaded.latest_interview.interviewers}
    if loaded.recruiter is not None:
        agency = loaded.recruiter.agency
        people.setdefault(loaded.recruiter.name, f"recruiter, {agency}" if agency else "recruiter")
    typed = incomplete.casefold()
    return [CompletionItem(_escaped(name) if shell == "bash" else name, help=role)
            for name, role in people.items()
            if any(word.casefold().startswith(typed) for word in (name, *name.split()))]


def _completing(ctx: click.Context) -> str:
    """The shell being completed for (bash, zsh, fish), from the variable click reads."""
    import os

    return os.environ.get(_variable(ctx), "").partition("_")[0]


def _variable(ctx: click.Context) -> str:
    program = ctx.find_root().info_name or ""
    return f"_{program}_COMPLETE".replace("-", "_").upper()  # as click names it


def _escaped(name: str) -> str:
    """click's bash script puts a value on the command line as it is, where zsh and fish
    quote it: `David\\ Okafor`, or the space would end the value. Its `read` (without -r)
    takes one level of backslashes off first, hence two."""
    import re

    return re.sub(r"([^\w@%+=:,./-])", r"\\\\\1", name)


def _profile_before_the_option(ctx: click.Context, shell: str) -> str | None:
    """click parses the words before `--to` as a whole, and drops them all when `--to` has
    no value yet, as it never has while its value is completed: parse them again without
    it. The words come from the shell, through click's own reading of them."""
    from click.shell_completion import get_completion_class

    root = ctx.find_root()
    completion = get_completion_class(shell)
    if completion is None or ctx.info_name is None:
        return None
    words, _ = completion(root.command, {}, root.info_name or "",
                          _variable(ctx)).get_completion_args()
    if ctx.info_name not in words or not words[-1].startswith("-"):
        return None
    own = words[words.index(ctx.info_name) + 1:-1]
    with ctx.command.make_context(ctx.info_name, own, parent=ctx.parent,
                                  resilient_parsing=True) as again:
        found = again.params.get("profile")
    return str(found) if found else None


def draft_options(function: F) -> F:
    """The options every drafting command shares."""
    decorators = [
        click.argument("profile", type=click.Path(path_type=Path)),
        click.option("--to", metavar="NAME", shell_complete=complete_people,
                     help="Who the draft is for, by full name, first name or surname (default: the "
                          "recruiter, else the main interviewer of the latest interview)."),
        today_option,
        click.option("--format", "-f", "format", default="text", show_default=True,
                     type=click.Choice(FORMATS),
                     help="How to print it: eml is a message that opens as a draft in a mail "
                          "client, mailto a link that starts one."),
        click.option("--out", "-o", type=click.Path(), metavar="PATH",
                     help="Write to this file, or into this folder, one file a draft, "
                          "if it is one or ends with /."),
        click.option("--force", is_flag=True, help="Overwrite a file that --out would replace."),
        click.option("--open", "open_", is_flag=True,
                     help="Open the .eml, mailto: link or HTML in your mail client or browser "
                          "(without --out, files go in a new temporary folder)."),
        click.option("--copy", is_flag=True,
                     help="Put the body on the clipboard; print the recipients and subject."),
        click.option("--imap", is_flag=True,
                     help="Save the drafts in your Drafts folder on your IMAP server (set up in "
                          "settings.yaml in your followup folder; see the README)."),
        click.option("--tone", type=click.Choice(TONES),
                     help="Wording: standard, formal, warm, or brief (half the length). "
                          "Default: the template's own, else formal for style: traditional, "
                          "else standard."),
        click.option("--channel", type=click.Choice(CHANNELS),
                     help="email (the default), a handwritten note card (thank-you, TY6) or "
                          "a voicemail script (check-in, CI7)."),
        click.option("--template", metavar="NAME|FILE",
                     help="Use this template file, or one of your templates by name (such as "
                          "thank-you.short: see followup templates list)."),
    ]
    for decorator in reversed(decorators):
        function = decorator(function)
    return function


def _ignore_timing(why: str) -> Callable[[F], F]:
    return click.option("--ignore-timing", is_flag=True, help=f"Draft it even though {why}.")


class _Command(NamedTuple):
    """What tells one drafting command from another: its help, examples and own options."""

    help: str
    examples: tuple[str, ...]
    options: tuple[Callable[[F], F], ...] = ()


COMMANDS = {
    "thank-you": _Command(
        "Draft a thank-you note to an interviewer of the latest interview (TY1-TY9): brief, "
        "specific, and different for each person on a panel. One for an interview dated "
        "after today is refused (TY2: a thank-you follows the interview).",
        ("followup thank-you big-beanz.yaml", "followup thank-you panel.yaml --all --out outbox/",
         'followup thank-you panel.yaml --to "David Okafor" --channel card'),
        (click.option("--all", "every", is_flag=True,
                      help="One distinct note to each interviewer of the latest interview "
                           "(TY1, TY5)."),
         _ignore_timing("the interview is dated after today (TY2)"))),
    "check-in": _Command(
        "Draft a polite check-in when a promised answer is overdue (CI4, CI10, CI11). Before "
        "the check-in is due (see followup plan) it is refused, with the date it becomes due "
        "(G4).",
        ("followup check-in big-beanz.yaml",
         "followup check-in big-beanz.yaml --attempt 2 --format markdown",
         "followup check-in big-beanz.yaml --today 2026-11-24 --ignore-timing"),
        (click.option("--attempt", type=click.IntRange(min=1), metavar="N",
                      help="Which check-in this is (default: the next one the sent-log shows); "
                           "the last one the interviews earn says you will move on (CI8, "
                           "CI10)."),
         _ignore_timing("the plan says it is too early (G4)"))),
    "feedback-request": _Command(
        "Draft a request for feedback after an unsuccessful process (FB1-FB3).",
        ("followup feedback-request unsuccessful.yaml",
         'followup feedback-request unsuccessful.yaml --to "Tom Becker" --out feedback.txt')),
    "competing-offer": _Command(
        "Draft a notice that another offer has arrived, with its deadline: interest, and "
        "never an ultimatum (CO1-CO4).",
        ("followup competing-offer lumen.yaml",
         "followup competing-offer lumen.yaml --format json")),
    "recruiter-debrief": _Command(
        "Draft your feedback on the interview for your agency recruiter, on the day (RC1), "
        "ending with what only they can ask: how many candidates, when the next round is (RC2). "
        "One for an interview dated after today is refused.",
        ("followup recruiter-debrief big-beanz.yaml --today 2026-11-16",
         "followup recruiter-debrief big-beanz.yaml --tone brief --format markdown"),
        (_ignore_timing("the interview is dated after today (RC1)"),)),
    "withdraw": _Command(
        "Draft a polite withdrawal of your application (or, with status: offer, a gracious no "
        "to the offer): brief, grateful, no reasons needed.",
        ("followup withdraw big-beanz.yaml",
         'followup withdraw big-beanz.yaml --to "Priya Shah" --tone warm')),
}


def _build(situation: str) -> click.Command:
    """The click command that drafts `situation`: the shared options, then its own."""
    spec = COMMANDS[situation]

    def command(**options: Any) -> None:
        _draft(situation, **options)

    for decorator in reversed((draft_options, *spec.options)):
        command = decorator(command)
    epilog = "\b\nExamples:\n" + "\n".join(f"  {example}" for example in spec.examples)
    return click.command(situation, help=spec.help, epilog=epilog)(command)


def __getattr__(name: str) -> click.Command:
    """Each drafting command is built on first use: a draft pays for the one command that
    runs, not for all six with their dozen options each."""
    situation = name.replace("_", "-")
    if situation not in COMMANDS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    command = _build(situation)
    globals()[name] = command  # built once
    return command


def _draft(situation: str, *, profile: Path, to: str | None, today: datetime.date | None,
           format: str, out: str | None, force: bool, tone: str | None, channel: str | None,
           template: str | None, every: bool = False, attempt: int | None = None,
           ignore_timing: bool = False, open_: bool = False, copy: bool = False,
           imap: bool = False) -> None:
    """Draft, print or write (or hand off), show the notes, and exit as the core decides."""
    from followup import drafting, handoff

    request = drafting.Request(situation, resolve_today(today), to=to, every=every,
                               attempt=attempt, ignore_timing=ignore_timing, tone=tone,
                               channel=channel, template=template)
    drafted = drafting.draft(profile, request, warn=_warn)
    many = every or len(drafted.drafts) > 1
    if out is None and not (format == "eml" or open_ or copy or imap):  # the usual print
        click.echo(handoff.format_drafts(drafted.drafts, format, many=many), nl=False)
    else:  # files, or the mail client (imported only then)
        from followup.commands.deliver import deliver

        deliver(drafted.drafts, drafted.profile.company, format=format, out=out, force=force,
                open_=open_, copy=copy, imap=imap, frozen=today, many=many)
    _show_notes(drafted.drafts)
    if drafted.refusal is not None:
        raise drafted.refusal


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def _show_notes(drafts: list[Any]) -> None:
    """Warnings and tips on stderr, so that stdout holds only drafts; a note that every
    draft shares is shown once."""
    seen: dict[tuple[str, str], list[str]] = {}
    for draft in drafts:
        for kind, notes in (("warning", draft.warnings), ("tip", draft.tips)):
            for note in notes:
                seen.setdefault((note.label(kind), note.message), []).append(draft.to[0].name)
    for (label, message), names in seen.items():
        who = f" ({', '.join(names)})" if len(names) < len(drafts) else ""
        click.echo(f"{label}{who}: {message}", err=True)
