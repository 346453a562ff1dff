"""Checking the values bound for an email header or a mailto: link, by our own code.

Kept apart from the .eml code so that a mailto: link, which needs the same checks,
does not import the email package.
"""

from __future__ import annotations

import re

from followup.errors import HeaderError
from followup.headers import single_line

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LOCAL = re.compile(r"\A[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z")
_LABEL = re.compile(r"\A[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\Z")


def check(what: str, value: str) -> str:
    """A header value as our code allows it: one line, no control characters."""
    single_line(what, value)
    if match := _CONTROL.search(value):
        raise HeaderError(f"The {what} contains a control character "
                          f"({match[0].encode('unicode_escape').decode()}): {value!r}. "
                          "Remove it from the profile or template.")
    return value


def address_parts(what: str, email: str) -> tuple[str, str]:
    """`local@domain`, checked for a header: a plain address, nothing that a header or a
    mailto: link would read as more (no comma, angle bracket, quote, space or ?)."""
    check(what, email)
    local, at, domain = email.rpartition("@")
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if domain else ""
    except UnicodeError:
        ascii_domain = ""
    labels = ascii_domain.split(".")
    if not (at and _LOCAL.match(local) and len(labels) > 1
            and all(_LABEL.match(label) for label in labels)):
        raise HeaderError(f"The {what} {email!r} is not a plain address such as "
                          "jordan.lee@example.com, so it cannot go into a draft's header. "
                          "Correct it in the profile.")
    return local, ascii_domain
