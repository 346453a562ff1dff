"""The subject (G2): an email without one, or with one that does not say which application
it is; the fix proposes a subject from the profile or from the draft's own words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from followup import words
from followup.check.document import Finding
from followup.check.page import Page
from followup.guidance.phrases import form

if TYPE_CHECKING:
    from followup.profile import Profile


def subject(page: Page, profile: Profile | None) -> list[Finding]:
    if page.document.channel != "email":
        return []
    given = page.document.subject
    if given is None or not given.strip():
        return [Finding(form.SUBJECT_RULE, "warning", page.document.subject_line, None, "",
                        form.NO_SUBJECT,
                        form.NO_SUBJECT_FIX.format(subject=_proposed_subject(page, profile)))]
    line, column = page.subject_where(0)
    if re.match(form.FAKE_REPLY, given, re.IGNORECASE):
        return [Finding(form.SUBJECT_RULE, "error", line, column, given.strip(),
                        form.FAKE_REPLY_SAYS.format(subject=given.strip()),
                        form.FAKE_REPLY_FIX.format(subject=_proposed_subject(page, profile)))]
    meaningful = [word for word in words.words(given.lower())
                  if word not in form.GENERIC_SUBJECT_WORDS]
    if meaningful:
        return []
    return [Finding(form.SUBJECT_RULE, "warning", line, column, given.strip(),
                    form.GENERIC_SUBJECT.format(subject=given.strip()),
                    form.GENERIC_SUBJECT_FIX.format(subject=_proposed_subject(page, profile)))]


def _proposed_subject(page: Page, profile: Profile | None) -> str:
    """A subject for this draft's application: the profile's role and company, else those
    the draft names, else a template with the role to fill in."""
    if profile is not None:
        role, company = profile.role, profile.company
    else:
        text = page.body_part[:form.SUBJECT_SEARCH]
        role, company = _named(form.ROLE_PATTERNS, text), _named(form.COMPANY_PATTERNS, text)
    shape = form.SUBJECTS.get(page.document.situation or "", form.SUBJECTS[""])
    return shape.format(role=" ".join(role.split()) or form.UNKNOWN_ROLE,
                        at=f" at {' '.join(company.split())}" if company.strip() else "")


def _named(patterns: tuple[str, ...], text: str) -> str:
    """The name the first of `patterns` to match finds in `text` ("" for none), without a
    possessive: "at Acme's office" names Acme."""
    for pattern in patterns:
        found = re.search(pattern, text)
        if found:
            return re.sub(r"['’]s$", "", found["name"])
    return ""
