"""The user's settings: `settings.yaml` in the user's folder (FOLLOWUP_HOME, else the
platform's config folder). YAML, like the profiles, and just as strict: a misspelt key
is an error naming the file, line and field. For now it holds the IMAP account that
`--imap` saves drafts to:

    imap:
      host: imap.example.com
      user: jordan.lee@example.com
      security: tls            # tls (default, port 993) | starttls (port 143) |
                               # none (only for a server on this computer)
      port: 993                # default: by security
      password_env: FOLLOWUP_IMAP_PASSWORD   # the variable holding the password
      drafts: Drafts           # only if the server marks no folder as \\Drafts
      timeout: 30              # seconds
      ca_file: my-ca.pem       # only for a server with a private certificate authority

A password is never read from this file (nor from a profile): it comes from the
environment variable named by `password_env`, or is asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import msgspec

from followup import home
from followup.errors import FollowupError
from followup.profile import HEADER_TEXT, explain_text, yamlfile

FILE_NAME = "settings.yaml"
DEFAULT_PASSWORD_ENV = "FOLLOWUP_IMAP_PASSWORD"
Line = Annotated[str, msgspec.Meta(min_length=1, pattern=HEADER_TEXT)]
Port = Annotated[int, msgspec.Meta(ge=1, le=65535)]
Variable = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
                                       description="An environment variable's name.")]
Seconds = Annotated[float, msgspec.Meta(gt=0, le=600)]

EXAMPLE = """\
    imap:
      host: imap.example.com
      user: jordan.lee@example.com"""


class _Record(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Immutable, and strict: a misspelt key is an error, not a silent default."""


class Imap(_Record, frozen=True, kw_only=True):
    """The IMAP account whose Drafts folder `--imap` saves drafts to."""

    host: Line
    user: Line
    security: Literal["tls", "starttls", "none"] = "tls"
    port: Port | None = None
    password_env: Variable = DEFAULT_PASSWORD_ENV
    drafts: Line | None = None
    timeout: Seconds = 30.0
    ca_file: str | None = None

    @property
    def port_number(self) -> int:
        return self.port or (993 if self.security == "tls" else 143)


class Settings(_Record, frozen=True, kw_only=True):
    imap: Imap | None = None


def path() -> Path:
    return home.user_dir() / FILE_NAME


def load(file: Path | None = None) -> Settings:
    """The settings, or empty ones when there is no settings file."""
    file = file or path()
    if not file.exists():
        return Settings()
    document = yamlfile.read(file, "settings file")  # a pipe or device is refused
    data = document.data
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        raise document.refuse("the settings file is a mapping of sections, such as imap:",
                              fix=f"For example:\n{EXAMPLE}")
    imap = data.get("imap")
    if isinstance(imap, dict) and "password" in imap:
        raise document.refuse(
            "followup never reads a password from a file", ["imap", "password"],
            f"Remove it. Put the password in the environment variable "
            f"{imap.get('password_env') or DEFAULT_PASSWORD_ENV}, or type it when asked.")
    settings: Settings = yamlfile.convert(data, Settings, document,
                                          unmatched=explain_text)
    if settings.imap is not None and settings.imap.ca_file:
        ca_file = (file.parent / Path(settings.imap.ca_file).expanduser()).resolve()
        settings = msgspec.structs.replace(
            settings, imap=msgspec.structs.replace(settings.imap, ca_file=str(ca_file)))
    return settings


def imap_account(file: Path | None = None) -> Imap:
    """The IMAP account, or an error that shows where and how to set one up."""
    file = file or path()
    account = load(file).imap
    if account is None:
        raise FollowupError(f"No IMAP account is set up. Add one to {file}:\n{EXAMPLE}\n"
                            "  (security: tls is the default; see the README for the rest.)")
    return account
