"""The `followup` command: a click group whose commands are imported only when used.

Only this layer (and the modules under `commands/`) prints or exits, and a command
ends in one way only: it returns (exit code 0) or raises a FollowupError, which
LazyGroup.invoke turns into `Error: ...` on stderr with the error's exit code (Reported:
none, the command has said why). Exit codes: 0 done; 1 a finding or refusal to read;
2 bad input or usage; 3 an internal error (a bug: any other exception), which asks for
a report. Tracebacks only with --debug.
"""

from __future__ import annotations

import importlib
import io
import os
import sys
from typing import Any

import click

from followup import __version__

INTERNAL_ERROR = 3  # distinct from 1 (findings, refusals) and 2 (bad input)

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
        from followup.errors import FollowupError, Reported

        try:
            return super().invoke(ctx)
        except Reported as done:  # said already, even with --debug: no traceback
            raise click.exceptions.Exit(done.exit_code) from None
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
                           "--debug for the details, and please report it.",
                           INTERNAL_ERROR) from None


class _BadInput(click.ClickException):
    exit_code = 2


class _Refused(click.ClickException):
    exit_code = 1


class _Internal(click.ClickException):
    exit_code = INTERNAL_ERROR


def _failure(message: str, exit_code: int) -> click.ClickException:
    """`Error: message` on stderr, with the exit code the error carries (click types
    exit_code as a class attribute, so each code is its own class)."""
    return {1: _Refused, INTERNAL_ERROR: _Internal}.get(exit_code, _BadInput)(message)


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


class _Stopped(BaseException):
    """SIGTERM or SIGHUP, raised as an exception (as Ctrl-C raises KeyboardInterrupt) so
    that `finally` blocks run: files.write_new removes its temporary file. A
    BaseException: no `except Exception` on the way mistakes it for a failure."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


def _stop(number: int, frame: object) -> None:
    raise _Stopped(number)


class _Output(io.BufferedWriter):
    """The buffer under stdout or stderr, whose reader may go away (`followup drafts ...
    | head -1`): from then on, what is written there goes to os.devnull, and the work goes
    on to its end. The writing itself stays in C (io.FileIO), so that Ctrl-C cannot come
    between a write and its bookkeeping and have a line printed twice."""

    def write(self, data: Any) -> int:
        try:
            return super().write(data)
        except BrokenPipeError:
            self._to_devnull()
            return super().write(data)

    def flush(self) -> None:
        try:
            super().flush()
        except BrokenPipeError:
            self._to_devnull()
            super().flush()

    def _to_devnull(self) -> None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, self.fileno())
        os.close(devnull)


def _quiet_when_closed(name: str) -> None:
    """Python ignores SIGPIPE, so a closed pipe is a BrokenPipeError at the next write: on
    a pipe or file, sys.stdout (or stderr) becomes a stream that ignores it instead.
    Terminals, and Windows (whose console streams are of their own), are left as they are."""
    stream = getattr(sys, name)
    try:
        if os.name != "posix" or stream.isatty():
            return
        stream.flush()
        raw = io.FileIO(stream.fileno(), "w", closefd=False)
        quiet = io.TextIOWrapper(_Output(raw), encoding=stream.encoding, errors=stream.errors,
                                 line_buffering=stream.line_buffering,
                                 write_through=stream.write_through)
    except (AttributeError, OSError, ValueError):  # no real stream (a test's capture)
        return
    setattr(sys, name, quiet)


def main() -> None:
    """The `followup` program. The exit code is the work's: a reader of stdout that went
    away early (| head) is no failure of it, and is not reported."""
    import signal

    _quiet_when_closed("stdout")
    _quiet_when_closed("stderr")
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)
    try:
        cli(prog_name="followup")
    except _Stopped as stopped:  # cleaned up: now end as the signal would have ended it
        sys.stdout.flush()
        sys.stderr.flush()
        signal.signal(stopped.number, signal.SIG_DFL)
        os.kill(os.getpid(), stopped.number)
        sys.exit(128 + stopped.number)
