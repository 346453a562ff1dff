"""Length (TY3, CI4, CI7): the body's words and paragraphs against the limits of its
situation and channel (guidance.lengths); far over the limit is an error."""

from __future__ import annotations

from followup import words
from followup.check.document import Finding
from followup.check.page import Page
from followup.guidance.lengths import ERROR_FACTOR, limit_for
from followup.guidance.phrases.kinds import Severity


def length(page: Page) -> list[Finding]:
    situation = page.document.situation
    limit = limit_for(situation, page.document.channel) if situation else None
    if limit is None:
        return []
    findings = []
    found = list(words.word_spans(page.body_part))
    if len(found) > limit.max_words:
        over = found[limit.max_words]
        line, column = page.where(page.body_offset + over.start())
        severity: Severity = "error" if len(found) > limit.max_words * ERROR_FACTOR else \
            "warning"
        findings.append(Finding(
            limit.rule, severity, line, column, "",
            f"The body is {len(found)} words; {limit.rule} asks for at most {limit.max_words} "
            "(greeting and sign-off not counted).",
            f"Cut about {len(found) - limit.max_words} words; the limit is passed on this "
            "line."))
    blocks = _paragraph_starts(page.body_part)
    if limit.max_paragraphs and len(blocks) > limit.max_paragraphs:
        line, column = page.where(page.body_offset + blocks[limit.max_paragraphs])
        findings.append(Finding(
            limit.rule, "warning", line, column, "",
            f"The body has {len(blocks)} paragraphs; {limit.rule} asks for at most "
            f"{limit.max_paragraphs}.", "Merge or cut paragraphs from here on."))
    return findings


def _paragraph_starts(text: str) -> list[int]:
    """Where each paragraph (as words.paragraphs counts them) begins."""
    starts, offset, blank = [], 0, True
    for line in text.split("\n"):
        if line.strip():
            if blank:
                starts.append(offset + len(line) - len(line.lstrip()))
            blank = False
        else:
            blank = True
        offset += len(line) + 1
    return starts
