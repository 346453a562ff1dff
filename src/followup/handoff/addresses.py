"""Checking the values bound for an email header or a mailto: link, by our own code.

Kept apart from the .eml code so that a mailto: link, which needs the same checks,
does not import the email package.
"""

from __future__ import annotations

import re

from followup.errors import HeaderError
from followup.headers import single_line
from followup.profile import ascii_domain, email_problem

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


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
    mailto: link would read as more (no comma, angle bracket, quote, space or ?). The rule
    is the profile's (profile.email_problem), so that an address a profile loads with is
    one every draft can carry."""
    check(what, email)
    if (problem := email_problem(email)) is not None:
        why = f" ({problem})" if problem else ""
        raise HeaderError(f"The {what} {email!r} is not a plain address such as "
                          f"jordan.lee@example.com{why}, so it cannot go into a draft's "
                          "header. Correct it in the profile.")
    local, _, domain = email.rpartition("@")
    return local, ascii_domain(domain) or ""
