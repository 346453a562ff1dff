"""Where finished drafts go: --out (a file, or a folder with one file a draft), or the
mail client: --format eml, --open, --copy, --imap. The drafting commands
(commands/draft.py) print plain drafts to stdout themselves, and hand them to `deliver`
for anything else.
"""

from __future__ import annotations

import datetime
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import click

from followup.draft import Draft
from followup.errors import FollowupError


def deliver(drafts: Sequence[Draft], company: str, *, format: str, out: str | None,
            force: bool, open_: bool, copy: bool, imap: bool, frozen: datetime.date | None,
            many: bool) -> None:
    """Print, write or hand off the drafts. `frozen` is --today when given: it makes an
    .eml's Date and Message-ID reproducible; `many` asks for JSON's list even of one."""
    _check_combination(format, out, open_, copy, imap)
    if copy:
        _copy(drafts)
    elif imap:
        _imap(drafts, frozen)
    else:
        targets = _emit(drafts, company, format, out, force, frozen, many=many, to_files=open_)
        if open_:
            _open(targets)


def _check_combination(format: str, out: str | None, open_: bool, copy: bool,
                       imap: bool) -> None:
    if copy and (out or open_ or imap):
        raise click.UsageError("--copy puts one draft on the clipboard; it does not combine "
                               "with --out, --open or --imap.")
    if copy and format not in ("text", "markdown"):
        raise click.UsageError(f"--copy copies the draft's text; leave out --format {format}.")
    if imap and (out or open_):
        raise click.UsageError("--imap saves the drafts in your Drafts folder on the server; "
                               "it does not combine with --out or --open.")
    if imap and format not in ("text", "eml"):
        raise click.UsageError(f"--imap saves an email message; leave out --format {format}.")
    if open_ and format not in ("eml", "mailto", "html"):
        raise click.UsageError("--open hands an .eml draft, a mailto: link or an HTML page to "
                               "your mail client or browser: add --format eml (or mailto, "
                               "or html).")


def _emit(drafts: Sequence[Draft], company: str, format: str, out: str | None, force: bool,
          frozen: datetime.date | None, *, many: bool, to_files: bool) -> list[str]:
    """Print or write the drafts; returns what --open should open: the files written, or
    for mailto: the links. With --open and no --out, .eml and HTML files go into a new
    temporary folder (left there: the mail client reads them after this has ended)."""
    from followup import handoff

    if format == "mailto":
        links = [handoff.format_drafts([draft], format, many=False) for draft in drafts]
        if out is None:
            click.echo("".join(links), nl=False)
        else:
            _write_all(_out_files(drafts, company, format, out, many=many, frozen=frozen),
                       force)
        return [link.strip() for link in links]
    if out is None and not to_files:
        text = handoff.format_drafts(drafts, format, many=many, today=frozen)
        # an .eml as bytes: its CRLF line ends must reach stdout untranslated
        click.echo(text.encode("ascii") if format == "eml" else text, nl=False)
        return []
    if out is None:
        out = tempfile.mkdtemp(prefix="followup-") + os.sep
    files = _out_files(drafts, company, format, out, many=many, frozen=frozen)
    _write_all(files, force)
    return [str(path) for path, _ in files]


def _out_files(drafts: Sequence[Draft], company: str, format: str, out: str, *, many: bool,
               frozen: datetime.date | None) -> list[tuple[Path, str]]:
    """--out: into a folder (one that exists, or a path ending with /), one file a draft;
    else all of them in the one file. Each file's path and content, all made before any
    is written."""
    from followup import handoff

    if Path(out).is_dir() or out.endswith(("/", "\\")):
        names = handoff.file_names(drafts, company, format)
        return [(Path(out) / name, handoff.format_drafts([draft], format, many=False,
                                                         today=frozen))
                for name, draft in zip(names, drafts, strict=True)]
    return [(Path(out), handoff.format_drafts(drafts, format, many=many, today=frozen))]


def _write_all(files: list[tuple[Path, str]], force: bool) -> None:
    from followup.files import write_new

    for path, text in files:
        write_new(path, text, force=force)
        click.echo(f"Wrote {path}")


def _open(targets: list[str]) -> None:
    from followup.handoff import opener

    for target in targets:
        name = opener.open_target(target)
        shown = "the mailto: link" if target.startswith("mailto:") else target
        click.echo(f"Opened {shown} with {name}.", err=True)


def _copy(drafts: Sequence[Draft]) -> None:
    from followup.handoff import clipboard

    if len(drafts) != 1:
        raise click.UsageError(f"--copy puts one draft on the clipboard, and there are "
                               f"{len(drafts)}: choose one with --to NAME.")
    draft = drafts[0]
    copied = clipboard.copy(draft.body)
    click.echo(f"To: {', '.join(map(str, draft.to))}")
    if draft.cc:
        click.echo(f"Cc: {', '.join(map(str, draft.cc))}")
    click.echo(f"Subject: {draft.subject}" if draft.subject is not None
               else f"Channel: {draft.channel} (no subject)")
    checked = "" if copied.verified else " (it could not be read back to check)"
    click.echo(f"The body ({draft.words} words) is on the clipboard, copied with "
               f"{copied.tool}{checked}.")


def _imap(drafts: Sequence[Draft], frozen: datetime.date | None) -> None:
    from followup import settings
    from followup.handoff import eml, imap

    if drafts[0].channel != "email":
        raise FollowupError(f"--imap saves emails; this draft is for a {drafts[0].channel}. "
                            "Use --channel email.")
    account = settings.imap_account()
    messages = []
    for draft in drafts:  # every message is made, and checked, before connecting
        when = eml.stamp(draft, frozen)
        messages.append((eml.message(draft, when), when.date))
    password = os.environ.get(account.password_env)
    if password is None:
        password = _ask_password(account.user, account.host, account.password_env)
    saved = imap.save_drafts(account, password, messages)
    what = "the draft" if saved.number == 1 else f"{saved.number} drafts"
    click.echo(f"Saved {what} in the folder {saved.folder!r} on {saved.host}, as drafts to "
               f"open, check and send from your mail client:")
    for draft in drafts:
        click.echo(f"  {draft.subject} (to {', '.join(person.name for person in draft.to)})")


def _ask_password(user: str, host: str, variable: str) -> str:
    """The password, typed at a hidden prompt on the terminal. With no terminal at all
    (cron, CI), getpass reads a line from standard input and says that input may
    be echoed; Python's own warning about it, a source line that reads like a traceback,
    is not shown."""
    import getpass
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", getpass.GetPassWarning)
            password: str = click.prompt(f"IMAP password for {user} on {host} (or set "
                                         f"{variable})", hide_input=True, err=True)
    except click.Abort:
        raise FollowupError(f"No IMAP password: set the environment variable {variable}, "
                            "or type it when asked.") from None
    return password

