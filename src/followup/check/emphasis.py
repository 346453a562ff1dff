"""Emphasis (G2): more than one exclamation mark, and words in capitals that are not
acronyms, names or the profile's own words."""

from __future__ import annotations

import re

from followup.check.document import Finding, show
from followup.check.page import Page
from followup.guidance.phrases.form import ACRONYMS, EMPHASIS, EMPHASIS_WORDS

_SHOUTED = re.compile(r"[^\W\d_][\w'’]*")
_EXCLAMATION = re.compile("!")


def emphasis(page: Page) -> list[Finding]:
    """G2: more than one exclamation mark; words in capitals (not acronyms or names)."""
    rule = EMPHASIS
    findings = []
    marks = [("subject", match.start()) for match in _EXCLAMATION.finditer(
        page.document.subject or "")]
    marks += [("body", match.start()) for match in _EXCLAMATION.finditer(page.checked)]
    if len(marks) > rule.max_exclamations:
        part, offset = marks[rule.max_exclamations]
        text = (page.document.subject or "") if part == "subject" else page.checked
        line, column = page.subject_where(offset) if part == "subject" else \
            page.where(offset)
        findings.append(Finding(
            rule.rule, rule.severity, line, column, _sentence_around(text, offset),
            f"{len(marks)} exclamation marks: at most {rule.max_exclamations} reads as "
            "professional.", "Keep one at most, where you thank them."))
    names = {word.upper() for name, _ in page.document.to for word in name.split()}
    for part, text in (("subject", page.document.subject or ""), ("body", page.checked)):
        for start, shouted in _shouting(text, names, page):
            if page.taken[part][start]:
                continue  # "URGENT:" is pressure already
            line, column = page.subject_where(start) if part == "subject" else \
                page.where(start)
            findings.append(Finding(
                rule.rule, rule.severity, line, column, shouted,
                f"Capitals read as shouting: \"{shouted}\".",
                "Write it in ordinary case; let the words carry the emphasis."))
    return findings


def _shouting(text: str, names: set[str], page: Page) -> list[tuple[int, str]]:
    runs: list[list[re.Match[str]]] = []
    previous_end = -1
    for match in _SHOUTED.finditer(text):
        word = match[0]
        capital = word.isupper() and len(word) >= 2 and word.upper() not in ACRONYMS \
            and word not in names and not page.from_profile(word)
        if word in ("I", "A") and runs and previous_end >= 0:
            continue  # "I" and "A" neither start nor break a run
        if capital and runs and previous_end >= 0 and \
                re.fullmatch(r"[ ,'’-]*", text[previous_end:match.start()]):
            runs[-1].append(match)
        elif capital:
            runs.append([match])
        previous_end = match.end() if capital else -1
    found = []
    for run in runs:
        letters = sum(len(match[0]) for match in run)
        if (len(run) >= 2 and letters >= EMPHASIS.min_shouted_letters) or \
                (len(run) == 1 and run[0][0] in EMPHASIS_WORDS):
            start, end = run[0].start(), run[-1].end()
            found.append((start, text[start:end]))
    return found


def _sentence_around(text: str, offset: int) -> str:
    """The sentence that ends with the exclamation mark at `offset`."""
    first = offset
    while first > 0 and text[first - 1] in "!?":
        first -= 1
    start = max(text.rfind(char, 0, first) for char in ".!?\n") + 1
    return show(text[start:offset + 1])
