"""Checking: every family of checks over one document, or over several with the thank-you
notes compared (TY5); the findings of each document sorted by place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from followup.check.content import content, profile_content
from followup.check.document import Document, Finding, order
from followup.check.emphasis import emphasis
from followup.check.leftovers import leftovers
from followup.check.length import length
from followup.check.page import Page, ProfileTexts
from followup.check.seams import seams
from followup.check.subject import subject
from followup.check.tone import tone

if TYPE_CHECKING:
    from followup.profile import Profile


def check_all(documents: Sequence[Document],
              profile: Profile | None = None) -> list[list[Finding]]:
    """The findings of each document, and of the thank-you notes against each other
    (TY5): one sorted list a document."""
    known = ProfileTexts(profile)
    found = [_check(document, profile, known) for document in documents]
    if len(documents) > 1:  # one note has none to be compared with
        from followup.check.variety import variety

        for index, finding in variety(documents, known):
            found[index].append(finding)
    return [sorted(findings, key=order) for findings in found]


def check(document: Document, profile: Profile | None = None) -> list[Finding]:
    return sorted(_check(document, profile, ProfileTexts(profile)), key=order)


def _check(document: Document, profile: Profile | None, known: ProfileTexts) -> list[Finding]:
    page = Page(document, known)
    findings = tone(page)
    findings += emphasis(page)
    findings += leftovers(page)
    findings += seams(page)
    findings += subject(page, profile)
    findings += length(page)
    findings += content(page, profile)
    if profile is not None:
        findings += profile_content(page, profile)
    return findings
