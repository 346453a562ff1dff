"""Guarding email headers: a line break in a header value would start a new header.

Checked by our own code, whatever the Python version's email package does.
"""

from __future__ import annotations

from followup.errors import HeaderError

# Every character str.splitlines() breaks on: some mail software does the same.
LINE_BREAKS = "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def single_line(what: str, value: str) -> str:
    """`value`, if it holds no line break; otherwise a HeaderError naming `what`."""
    if any(char in LINE_BREAKS for char in value):
        raise HeaderError(
            f"The {what} would contain a line break: {value!r}. A line break in an email "
            "header can add headers of its own, so it is refused. Write the value on one "
            "line in the profile or template.")
    return value
