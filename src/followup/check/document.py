"""What the checker takes and gives: a `Document` (one draft and what is known about it)
in, `Finding`s out, each with its rule, severity, line and words."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import msgspec

from followup.guidance import RULES
from followup.guidance.phrases.kinds import Severity

if TYPE_CHECKING:
    from followup.draft import Note


class Finding(msgspec.Struct, frozen=True):
    rule: str
    severity: Severity
    line: int | None  # None: about the draft as a whole
    column: int | None
    words: str  # the offending words, as written ("" when something is missing)
    message: str
    suggestion: str

    @property
    def reason(self) -> str:
        """The rule's one-line reason: the "why" of the finding."""
        return RULES[self.rule].reason


class Document(msgspec.Struct, frozen=True):
    """One draft to check, and what is known about it."""

    name: str  # how findings and other drafts refer to it: a file name, "the note to ..."
    body: str  # greeting, body, sign-off and signature
    subject: str | None = None
    situation: str | None = None
    situation_from: str = "unknown"  # given | file | guessed | unknown
    channel: str = "email"
    to: tuple[tuple[str, str | None], ...] = ()  # (name, email) of each recipient
    body_line: int = 1  # the line of the file the body starts on
    subject_line: int | None = None  # the line of the file the subject is on
    subject_column: int = 0  # where the subject starts on its line (0-based)
    file: str = ""  # the file it was read from ("-" for standard input), if any
    index: int = 1  # its place among the drafts in that file
    lines: str = "file"  # "file": line numbers are the file's; "body": the body's own

    @property
    def drafted(self) -> bool:
        """Whether the tool drafted it (checked as it composes), rather than a user's draft
        read from a file or standard input: only those have a `file`."""
        return not self.file


def count(findings: Iterable[Finding], severity: Severity) -> int:
    return sum(1 for finding in findings if finding.severity == severity)


def notes(findings: Iterable[Finding]) -> tuple[Note, ...]:
    """Findings as the warnings a drafting command prints with a draft."""
    from followup.draft import Note

    return tuple(Note(finding.rule, f"{finding.message} {finding.suggestion}",
                      error=finding.severity == "error")
                 for finding in findings)


def order(finding: Finding) -> tuple[int, int, int]:
    """How findings are sorted: by line and column (the whole draft's last), errors first."""
    return (finding.line if finding.line is not None else 1 << 30, finding.column or 0,
            0 if finding.severity == "error" else 1)


def applies(situations: tuple[str, ...], situation: str | None) -> bool:
    """Whether a list for these situations (() for all) applies to a draft's situation
    (None, unknown: every list does)."""
    return not situations or situation is None or situation in situations


def show(text: str) -> str:
    """Words as a finding shows them: spaces and line breaks as single spaces."""
    return " ".join(text.split())
