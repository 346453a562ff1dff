"""followup templates list|show|path|edit: the user's own templates beside the bundled ones."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import click

from followup.errors import FollowupError, Reported, TemplateProblem

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

PHRASES_NAMES = ("phrases", "phrases.yaml")


def _complete_names(ctx: click.Context, param: click.Parameter,
                    incomplete: str) -> list[CompletionItem]:
    """Shell completion of a template's NAME: the bundled ones, yours, and phrases."""
    from click.shell_completion import CompletionItem

    from followup import home
    from followup.compose.template_loader import Loader
    from followup.compose.template_names import SUFFIX

    names = {"phrases"}
    with contextlib.suppress(OSError):  # a folder of yours that cannot be read: no names
        names.update(name.removesuffix(SUFFIX) for name in
                     Loader([home.user_templates(), home.bundled_templates()]).names())
    return [CompletionItem(name) for name in sorted(names) if name.startswith(incomplete)]


@click.group("templates", epilog="""\b
Examples:
  followup templates list
  followup templates show thank-you
  followup templates edit thank-you          # your own version replaces the bundled one
  followup templates edit thank-you.short    # a new template: --template thank-you.short
  followup templates edit phrases            # your own openings, closings and so on
  followup templates path""")
def templates() -> None:
    """Your own templates: a file in your templates folder with the name of a bundled
    template replaces it; a new name (thank-you.short) is another template for that
    situation, used with --template NAME. The contract is the README.md of the bundled
    templates folder (followup templates path --bundled)."""


@templates.command("list", epilog="""\b
Examples:
  followup templates list""")
def list_() -> None:
    """Every template, bundled and yours: which of yours replace a bundled one, and which
    are invalid, with the reason. Exits 1 when one of yours is invalid."""
    from followup import home
    from followup.commands.table import aligned
    from followup.compose.listing import listing

    listed = listing(home.user_templates())
    for index, line in enumerate(aligned(listed.rows)):
        click.echo(f"    {listed.problems[index]}" if index in listed.problems else line)
    click.echo(f"\nYour templates folder: {home.user_templates()}")
    if listed.problems:
        count = len(listed.problems)
        click.echo(f"{count} of your templates {'is' if count == 1 else 'are'} invalid: fix "
                   "with followup templates edit NAME.", err=True)
        raise Reported(1)


@templates.command("show", epilog="""\b
Examples:
  followup templates show thank-you
  followup templates show thank-you --bundled > my-thank-you.md.j2
  followup templates show phrases""")
@click.argument("name", shell_complete=_complete_names)
@click.option("--bundled", is_flag=True, help="The bundled template, even if yours replaces it.")
def show(name: str, bundled: bool) -> None:
    """Print a template's source (yours if you have one, else the bundled one); its file
    goes to stderr."""
    path = _existing(name, bundled=bundled)
    click.echo(f"# {path}", err=True)
    click.echo(path.read_text(encoding="utf-8"), nl=False)


@templates.command("path", epilog="""\b
Examples:
  followup templates path
  ls "$(followup templates path)\"""")
@click.option("--bundled", is_flag=True, help="The folder of the bundled templates instead.")
def path(bundled: bool) -> None:
    """Print the folder of your templates (FOLLOWUP_HOME/templates, else the platform's
    config folder); it need not exist yet."""
    from followup import home

    click.echo(str(home.bundled_templates() if bundled else home.user_templates()))


@templates.command("edit", epilog="""\b
Examples:
  followup templates edit thank-you
  followup templates edit check-in.voicemail
  followup templates edit thank-you.short
  EDITOR=nano followup templates edit phrases""")
@click.argument("name", shell_complete=_complete_names)
def edit(name: str) -> None:
    """Open your version of a template in $VISUAL or $EDITOR, copying the bundled one first
    if you have none (a new name starts from its situation's template), then check it.
    A problem is reported (exit 2) and your file is kept as it is."""
    from followup import home
    from followup.compose.catalogue import check_file
    from followup.files import write_new

    file_name = _file_name(name)
    user = home.user_templates() / file_name
    if not user.exists():
        start = _starting_point(file_name)
        write_new(user, _adapted(start.read_text(encoding="utf-8"), file_name))
        click.echo(f"Copied {start} to {user}")
    before = user.read_text(encoding="utf-8")
    try:
        click.edit(filename=str(user))
    except click.ClickException as error:
        raise FollowupError(f"{error.message}. Your file is kept: {user}") from None
    problem = check_file(home.user_templates(), file_name)
    if problem:
        raise TemplateProblem(f"{problem}\n  Your file is kept: fix it with followup templates "
                              f"edit {name}")
    text = user.read_text(encoding="utf-8")
    bundled = home.bundled_templates() / file_name
    if bundled.is_file() and bundled.read_text(encoding="utf-8") == text:
        click.echo(f"Saved {user}: valid, and the same as the bundled one (delete it to "
                   "follow the bundled template as it changes).")
    else:
        click.echo(f"Saved {user}{' (unchanged)' if text == before else ''}: valid.")


# ------------------------------------------------------------------ names to files


def _file_name(name: str) -> str:
    from followup.compose.template_names import typed_name
    from followup.compose.template_phrases import PHRASES

    if name in PHRASES_NAMES:
        return PHRASES
    file_name = typed_name(name)
    if file_name is None:
        raise FollowupError(f"{name!r} is not a template name: give a name such as thank-you "
                            "or thank-you.short (followup templates list shows them).")
    return file_name


def _existing(name: str, *, bundled: bool) -> Path:
    from followup import home

    file_name = _file_name(name)
    folders = [home.bundled_templates()] if bundled else \
        [home.user_templates(), home.bundled_templates()]
    for folder in folders:
        if (folder / file_name).is_file():
            return folder / file_name
    raise FollowupError(f"no {'bundled ' if bundled else ''}template named {name}. "
                        f"{_known()}")


def _starting_point(file_name: str) -> Path:
    """The bundled file a new user file starts from: the same name, else the template its
    name's situation and channel use (thank-you.card.short starts from thank-you.card)."""
    from followup import home
    from followup.compose.template_names import default_name, name_parts
    from followup.vocabulary import SITUATIONS

    bundled = home.bundled_templates()
    if (bundled / file_name).is_file():
        return bundled / file_name
    situation, channel = name_parts(file_name)
    if situation is not None:
        base = bundled / default_name(situation, channel or "email")
        if base.is_file():
            return base
        return bundled / default_name(situation)
    raise FollowupError(f"no template named {file_name.removesuffix('.md.j2')}. A new template "
                        f"is named after its situation, such as thank-you.short "
                        f"(situations: {', '.join(SITUATIONS)}). {_known()}")


def _adapted(source: str, file_name: str) -> str:
    """A bundled template's source for a new name: its front matter's channel set to the
    name's (and no subject off email), so that a card can start from the email."""
    import re

    from followup.compose.template_names import name_parts

    channel = name_parts(file_name)[1]
    if channel is None:
        return source
    source = re.sub(r"(?m)^channel:.*$", f"channel: {channel}", source, count=1)
    if channel != "email":
        source = re.sub(r"(?m)^subject:.*\n", "", source, count=1)
    return source


def _known() -> str:
    from followup import home
    from followup.compose.template_environment import loader, make_environment

    names = sorted(name.removesuffix(".md.j2") for name in
                   loader(make_environment(home.user_templates())).names())
    return f"Templates: {', '.join(names)}, phrases."
