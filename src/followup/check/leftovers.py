"""Leftovers (G2): a greeting without a name, unfilled placeholders and gaps where a value
seems to be missing; the profile's own words excepted."""

from __future__ import annotations

import re

from followup import words
from followup.check.document import Finding, show
from followup.check.page import Page
from followup.guidance.phrases.form import EMPTY_GREETING, LEFTOVERS


def empty_greeting(line: str) -> bool:
    """G2: "Dear ," or "Hello None," (the pattern is compiled only for a line that ends with
    one of its last words: most greetings end with a name)."""
    rule = EMPTY_GREETING
    found = line.rstrip().rstrip(",:!").split()
    if not found or found[-1].translate(words.CASE_BLIND) not in rule.last_words:
        return False
    return re.match(rule.regex, line) is not None


def leftovers(page: Page) -> list[Finding]:
    findings = []
    first = page.layout.greeting
    if first is None:
        first = next((index for index, line in enumerate(page.lines) if line.strip()), None)
    empty = first is not None and empty_greeting(page.lines[first].strip()) \
        and not _greets_by_profile(page, page.lines[first])
    if empty and first is not None:
        rule = EMPTY_GREETING
        greeting_line, greeting_column = page.where(page.starts[first])
        findings.append(Finding(rule.rule, rule.severity, greeting_line, greeting_column,
                                page.lines[first].strip(), f"{rule.says}.", rule.suggestion))
    lowered = f"{page.document.subject or ''}\n{page.body}".lower()
    for pattern in LEFTOVERS:
        if pattern.hints and not any(hint in lowered for hint in pattern.hints):
            continue  # cannot match: not even compiled
        regex = re.compile(pattern.regex, re.MULTILINE)
        for part, text in (("subject", page.document.subject or ""), ("body", page.body)):
            for match in regex.finditer(text):
                if page.from_profile(match[0]):
                    continue  # the profile's own words, written on purpose
                line, column = page.subject_where(match.start()) if part == "subject" \
                    else page.where(match.start())
                if empty and part == "body" and line == findings[0].line:
                    continue  # the empty greeting says it already
                shown = show(match[0]) or match[0]
                findings.append(Finding(pattern.rule, pattern.severity, line, column, shown,
                                        f"{pattern.says}: \"{shown}\".", pattern.suggestion))
    return findings


def _greets_by_profile(page: Page, line: str) -> bool:
    """'Dear None,' is empty, unless the profile says that is their name."""
    name = re.sub(r"^\W*\w+\s*", "", line.strip())
    end = len(name)  # spaces and , : ! cut from the end by hand: `[\s,:!]+$` is quadratic
    while end and (name[end - 1].isspace() or name[end - 1] in ",:!"):
        end -= 1
    return end > 0 and page.from_profile(name[:end])
