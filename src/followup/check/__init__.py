"""The draft checker: findings over any draft, each with its rule, severity, line and words.

Pure: a `Document` (the text of one draft and what is known about it) and, when
given, the profile it was written from, in; a sorted list of `Finding`s out.
The rules' data (phrase lists, cues, leftovers, subjects) live in
`guidance/phrases/` and the length limits in `guidance/lengths.py`; this
package only applies them, one module a family of checks: `tone`, `emphasis`,
`leftovers`, `subject`, `length`, `content` and `variety` (TY5), over a `page`
(the document taken apart once); `checks` runs them all. `followup check` calls
`files.check_files` (the files read by `followup.check.reader`, then checked) and
prints its `report`; `drafting.compose` checks every draft it renders.
"""

from __future__ import annotations

from followup.check.checks import check, check_all
from followup.check.document import Document, Finding, count, notes
from followup.check.leftovers import empty_greeting
from followup.check.mentions import mentions
from followup.check.variety import variety

__all__ = ["Document", "Finding", "check", "check_all", "count", "empty_greeting", "mentions",
           "notes", "variety"]
