"""Tone (CI5, G2, FB3, CO2): the phrases of each tone list found in the subject and body,
unless negated, quoted from the profile or, in a draft the tool made, reported as what they
said; overlapping words are reported once."""

from __future__ import annotations

import re

from followup import matching
from followup.check.document import Finding, applies, show
from followup.check.page import Page
from followup.guidance.phrases.tone import TONE

# What they said they would do, reported in the tool's own frame: "the plan was to get back
# to me by Monday" says back their promise and demands nothing (CI11's wording in a
# check-in). Written by hand, the words are the user's and judged as they stand.
_REPORTED = re.compile(r"\b(?:(?:plan|intention|idea) was to|(?:(?:said|told me|(?:was|were) told|"
                       r"mentioned|understand) (?:that )?(?:you|they|he|she) (?:would|planned to|"
                       r"intended to)|know (?:that )?(?:you|they) planned to))\s*$", re.IGNORECASE)
_BEFORE = 60  # characters: the same clause
# A concession about oneself ("Although I was disappointed, I ..."), or disappointment at
# the outcome or in oneself ("I was disappointed not to be offered the role", "..., but I
# appreciate ...", "... in how I handled it"): a feeling the candidate grants on the way to
# a gracious point, not aimed at them (issue 13).
_CONCEDED = re.compile(r"\b(?:although|though|while|whilst|naturally|of course)\s*,?\s*$",
                       re.IGNORECASE)
_AT_THE_OUTCOME = re.compile(r"\s*(?:not to (?:have )?(?:be|been|get|got|gotten|go|gone|move|"
                             r"moved|progress|progressed|secure|secured)|to (?:hear|learn|read)|"
                             r"(?:by|with|at) (?:the|your) (?:news|outcome|result|decision)|"
                             r",?\s*(?:but|because I|as I)\b|\s*(?:in|with) (?:myself|my own|"
                             r"my (?:answers?|performance|interview|presentation)|how I))",
                             re.IGNORECASE)


def tone(page: Page) -> list[Finding]:
    findings = []
    taken = page.taken
    for phrase_list in TONE:
        if not applies(phrase_list.situations, page.document.situation):
            continue
        for part, text, raw in (("subject", page.subject, page.document.subject or ""),
                                ("body", page.prepared, page.checked)):
            for match in matching.find(phrase_list.phrases, text):
                # A phrase may end at a comma or full stop ("As I said,"): not shown.
                shown = show(match.text).rstrip(",.;!")
                end = match.start + len(match.text.rstrip().rstrip(",.;!"))
                if taken[part].find(1, match.start, end) >= 0 or (
                        page.document.drafted and reported(raw, match.start)) \
                        or conceded(raw, match.start, end) \
                        or page.quotes_profile(part, match.start, end) \
                        or page.pasted_from_profile(part, match.start, end):
                    continue
                taken[part][match.start:end] = b"\x01" * (end - match.start)
                line, column = page.subject_where(match.start) if part == "subject" else \
                    page.where(match.start)
                findings.append(Finding(
                    phrase_list.rule_in(page.document.situation), phrase_list.severity, line,
                    column, shown,
                    f"{phrase_list.says}: \"{shown}\".", phrase_list.suggestion))
    return findings


def conceded(text: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are a feeling of the candidate's own, granted
    in a concession or felt at the outcome."""
    words = text[start:end].lower()
    return words.startswith(("i ", "i'm ", "i’m ")) and (
        bool(_CONCEDED.search(text[max(0, start - _BEFORE):start]))
        or (words.endswith("disappointed") and bool(_AT_THE_OUTCOME.match(text, end))))


def reported(text: str, start: int) -> bool:
    """Whether the words at `start` follow a frame that reports what they said."""
    return bool(_REPORTED.search(text[max(0, start - _BEFORE):start]))
