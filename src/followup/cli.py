"""The `followup` command: a click group whose commands are imported only when used.

Only this layer (and the modules under `commands/`) prints or exits. Core errors
(FollowupError) become `Error: ...` on stderr with their exit code; tracebacks
only with --debug.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import click

from followup import __version__

# command name -> "module:attribute" under followup.commands; imported on first use,
# so that start-up pays only for the command that runs.
COMMANDS = {
    "thank-you": "draft:thank_you",
    "check-in": "draft:check_in",
    "feedback-request": "draft:feedback_request",
    "competing-offer": "draft:competing_offer",
    "recruiter-debrief": "draft:recruiter_debrief",
    "withdraw": "draft:withdraw",
    "init": "setup:init",
    "schema": "setup:schema",
    "templates": "templates:templates",
    "check": "check:check",
    "sent": "log:sent",
    "replied": "log:replied",
    "log": "log:log",
    "plan": "plan:plan",
    "drafts": "drafts:drafts",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute = COMMANDS[name].split(":")
        command: click.Command = getattr(importlib.import_module(f"followup.commands.{module}"),
                                         attribute)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        from followup.errors import FollowupError

        try:
            return super().invoke(ctx)
        except FollowupError as error:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise _failure(str(error), error.exit_code) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except OSError as error:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise _failure(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "),
                           2) from None
        except Exception as error:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            raise _failure(f"internal error ({type(error).__name__}: {error}). Run again with "
                           "--debug for the details, and please report it.", 1) from None


class _BadInput(click.ClickException):
    exit_code = 2


class _Refused(click.ClickException):
    exit_code = 1


def _failure(message: str, exit_code: int) -> click.ClickException:
    """`Error: message` on stderr, with the exit code the error carries (click types
    exit_code as a class attribute, so each code is its own class)."""
    return (_BadInput if exit_code == 2 else _Refused)(message)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]},
             epilog="""\b
A typical week:
  followup init big-beanz.yaml             # start a profile (or --sample NAME)
  followup thank-you big-beanz.yaml --all  # one distinct note per interviewer
  followup sent big-beanz.yaml thank-you --to "Priya Shah"
  followup plan applications/              # what is due, when, and why
  followup check-in big-beanz.yaml --format eml --out outbox/
  followup check my-own-draft.txt --situation check-in
Run 'followup COMMAND --help' for a command's options and examples.""")
@click.version_option(__version__, prog_name="followup")
@click.option("--debug", is_flag=True, default=bool(os.environ.get("FOLLOWUP_DEBUG")),
              help="Show the full traceback when something goes wrong.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Draft the emails a job candidate sends after an interview, following the
    guidance on what to send, when, and in what tone. It never sends mail itself."""
    ctx.obj = {"debug": debug}


def main() -> None:
    cli(prog_name="followup")
