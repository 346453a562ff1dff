"""The one exception family of followup; the CLI turns it into a message and an exit code.

Every command that ends other than with success raises one of these (cli.py translates
them in one place): 2 bad input, 1 a refusal or finding to read, and Reported for an end
whose reasons the command has printed already. An exception of any other kind is a bug:
the CLI calls it an internal error, with exit code 3 (cli.INTERNAL_ERROR)."""

from __future__ import annotations


class FollowupError(Exception):
    """Something the user can act on. `exit_code` 2 is bad input, 1 a refusal to read."""

    exit_code = 2


class ProfileError(FollowupError):
    """A profile that cannot be used: names the file, the line and the field."""

    def __init__(self, path: object, problem: str, *, line: int | None = None,
                 field: str | None = None, fix: str | None = None) -> None:
        self.path, self.line, self.field, self.problem, self.fix = path, line, field, problem, fix
        where = f"{path}:{line}" if line else f"{path}"
        message = f"{where}: {field}: {problem}" if field else f"{where}: {problem}"
        super().__init__(f"{message}\n  {fix}" if fix else message)


class NotApplicable(FollowupError):
    """The profile lacks what a situation needs; the message says what to add."""


class HeaderError(FollowupError):
    """A value bound for an email header would break the header (a line break)."""


class TemplateProblem(FollowupError):
    """A template that cannot be rendered: names the template file and line."""


class OutputExists(FollowupError):
    """Refused to overwrite a file without --force."""

    exit_code = 1


class Refusal(FollowupError):
    """Not an input error, but the tool will not do it now (say, too early to chase)."""

    exit_code = 1


class HandoffFailed(FollowupError):
    """The draft is fine, but the way out failed: no opener or clipboard tool, an IMAP
    server that refused or did not answer. Exit 1: the message says what to do instead."""

    exit_code = 1


class Reported(FollowupError):
    """The command has printed why it fails (a batch's skipped profiles, a checker's
    findings, invalid templates): end with `exit_code`, and no more words."""

    def __init__(self, exit_code: int) -> None:
        super().__init__(f"exit code {exit_code}")
        self.exit_code = exit_code
