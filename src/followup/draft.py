"""The Draft: what a rendered email is, whichever way it leaves the tool."""

from __future__ import annotations

import msgspec

from followup.headers import single_line


class Address(msgspec.Struct, frozen=True):
    name: str
    email: str | None = None

    def __post_init__(self) -> None:
        single_line("recipient's name", self.name)
        if self.email is not None:
            single_line("recipient's email address", self.email)

    def __str__(self) -> str:
        """As a To: line shows it: a name holding a comma or the like is quoted, so that
        the line reads back as one recipient ("Shah, Priya" <p@x.example>)."""
        name = self.name
        if any(char in name for char in ',;:<>@()"\\'):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{self.email}>" if self.email else name


class Note(msgspec.Struct, frozen=True):
    """A warning or tip shown with a draft, tied to the rule it comes from."""

    rule: str | None  # None: a plain note about the profile, not a rule of the guidance
    message: str
    error: bool = False  # a checker error: it would hurt the candidate if sent
    # The profile field it is about (("interviews", 0, "promise")), for drafting to name
    # its line; () when it is about no one field.
    field: tuple[str | int, ...] = ()

    def label(self, kind: str) -> str:
        """How it is introduced: 'warning TY2', 'tip FB4', 'error CO2' (`kind` is warning
        or tip); with no rule behind it, not a finding but a plain 'note'."""
        if self.error:
            return f"error {self.rule}" if self.rule else "error"
        return f"{kind} {self.rule}" if self.rule else "note"


class Draft(msgspec.Struct, frozen=True, kw_only=True):
    situation: str
    channel: str
    to: tuple[Address, ...]
    cc: tuple[Address, ...] = ()
    sender: Address
    subject: str | None
    body: str
    words: int
    warnings: tuple[Note, ...] = ()
    tips: tuple[Note, ...] = ()

    def __post_init__(self) -> None:
        if self.subject is not None:
            single_line("subject", self.subject)
