"""The tone corpus (tests/corpus/tone): hand-written emails, bad and good, each beside the
sentences a careers adviser says must change (`bad`: rule, line, words). Checked here as
`followup check FILE --situation S` checks them, and scored: a bad email is caught when an
error of the right rule falls on one of its bad sentences' words; any other error, in a
bad email or a good one, is a false error. Shared by the corpus test and tools/tone_rates.py.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from followup.check.document import Finding
from followup.check.files import check_files

TONE = Path(__file__).parent / "corpus" / "tone"


@dataclass
class Scored:
    """One email checked: its expected bad spans, which were caught, and false errors."""

    name: str
    situation: str
    family: str
    bad: list[tuple[str, int, str]]
    caught: list[tuple[str, int, str]] = field(default_factory=list)
    false: list[Finding] = field(default_factory=list)
    wrong_rule: list[Finding] = field(default_factory=list)


def cases(folder: Path = TONE) -> list[Path]:
    return sorted(folder.glob("*.expected.json"))


def _span(lines: list[str], line: int | None, words: str) -> tuple[int, int] | None:
    """Where `words` are on `line` (1-based), as a character interval, or None."""
    if line is None or not 0 < line <= len(lines):
        return None
    start = lines[line - 1].lower().find(words.lower())
    return None if start < 0 else (start, start + len(words))


def _sentence(lines: list[str], line: int, span: tuple[int, int]) -> tuple[int, int]:
    """The sentence of `line` that holds `span`: an error anywhere in a bad sentence, of the
    right rule, catches it (the corpus marks the shortest words that carry the fault)."""
    text = lines[line - 1]
    ends = [match.end() for match in re.finditer(r"[.!?]+(?:\s+|$)", text)]
    start = max((end for end in ends if end <= span[0]), default=0)
    stop = min((end for end in ends if end >= span[1]), default=len(text))
    return start, stop


def score(expected: Path) -> Scored:
    case = json.loads(expected.read_text("utf-8"))
    email = expected.with_name(expected.name.removesuffix(".expected.json") + ".txt")
    lines = email.read_text("utf-8").splitlines()
    report = check_files([str(email)], situation=case["situation"])
    scored = Scored(email.stem, case["situation"], case["family"],
                    [(rule, line, words) for rule, line, words in case["bad"]])
    spans = [(row, _sentence(lines, row[1], span) if span else None)
             for row in scored.bad for span in [_span(lines, row[1], row[2])]]
    for finding in (f for f in report.findings[0] if f.severity == "error"):
        found = _span(lines, finding.line, finding.words) if finding.words else None
        hits = [row for row, span in spans if span and found and row[1] == finding.line
                and found[0] < span[1] and span[0] < found[1]]
        right = [row for row in hits if row[0] == finding.rule]
        if right:
            scored.caught += [row for row in right if row not in scored.caught]
        elif hits:
            scored.wrong_rule.append(finding)
        else:
            scored.false.append(finding)
    return scored


def rates(scored: list[Scored]) -> dict[str, float | int]:
    """The figures of issue 13: bad emails caught (by an error of the right rule on a bad
    sentence), bad sentences caught, and emails with a false error (good ones, and all)."""
    bad = [each for each in scored if each.bad]
    good = [each for each in scored if not each.bad]
    spans = sum(len(each.bad) for each in bad)
    return {
        "bad": len(bad), "good": len(good),
        "caught": sum(bool(each.caught) for each in bad),
        "spans": spans, "spans_caught": sum(len(each.caught) for each in bad),
        "good_with_error": sum(bool(each.false or each.wrong_rule) for each in good),
        "false_errors": sum(len(each.false) for each in scored),
        "wrong_rule": sum(len(each.wrong_rule) for each in scored),
    }
