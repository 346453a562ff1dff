"""What `followup check` found in a run of files (`Report`), and how it prints it: as text,
one heading a draft and three lines a finding, or as JSON."""

from __future__ import annotations

from typing import Any

import msgspec

from followup import words
from followup.check.document import Document, Finding, count
from followup.guidance.lengths import limit_for


class Report(msgspec.Struct, frozen=True):
    """The drafts of a run, in the order read, and the findings of each."""

    documents: list[Document]
    findings: list[list[Finding]]

    @property
    def errors(self) -> int:
        return sum(count(findings, "error") for findings in self.findings)

    @property
    def warnings(self) -> int:
        return sum(count(findings, "warning") for findings in self.findings)


# ------------------------------------------------------------------ text


_FROM = {"given": "", "file": " (from the file)", "guessed": " (guessed; give --situation "
         "if that is wrong)"}


def text(report: Report) -> str:
    out = []
    for document, findings in zip(report.documents, report.findings, strict=True):
        out.append(_heading(document))
        where = document.file if document.lines == "file" and document.file not in ("", "-") \
            else document.name
        for finding in findings:
            place = document.name  # a finding about the whole draft names the draft
            if finding.line is not None:
                place = f"{where}:{finding.line}" + (f":{finding.column}" if finding.column
                                                     else "")
            out.append(f"{place}: {finding.severity} {finding.rule}: {finding.message}")
            out.append(f"  Why: {finding.reason}")
            out.append(f"  Fix: {finding.suggestion}")
    out.append(_summary(len(report.documents), report.errors, report.warnings))
    return "\n".join(out) + "\n"


def _heading(document: Document) -> str:
    situation = document.situation or "situation unknown (give --situation to check " \
        "length and content)"
    parts = [f"{document.name}: {situation}{_FROM.get(document.situation_from, '')}",
             document.channel]
    limit = limit_for(document.situation, document.channel) if document.situation else None
    parts.append(f"{words.body_words(document.body)} words" + (
        f" (at most {limit.max_words}, {limit.rule})" if limit else ""))
    if document.lines == "body":
        parts.append("line numbers count from the body")
    return ", ".join(parts)


def _summary(drafts: int, errors: int, warnings: int) -> str:
    noun = "draft" if drafts == 1 else "drafts"
    if not errors and not warnings:
        return f"{drafts} {noun}: no errors or warnings."
    said = [f"{errors} error{'s' * (errors != 1)}" if errors else "no errors",
            f"{warnings} warning{'s' * (warnings != 1)}" if warnings else "no warnings"]
    return f"{drafts} {noun}: {', '.join(said)}."


# ------------------------------------------------------------------ JSON


def to_json(report: Report) -> str:
    import json

    drafts: list[dict[str, Any]] = []
    for document, findings in zip(report.documents, report.findings, strict=True):
        limit = limit_for(document.situation, document.channel) if document.situation else None
        drafts.append({
            "file": document.file, "draft": document.index, "name": document.name,
            "situation": document.situation, "situation_from": document.situation_from,
            "channel": document.channel, "subject": document.subject,
            "to": [{"name": name, "email": email} for name, email in document.to],
            "words": words.body_words(document.body),
            "limit": None if limit is None else {"rule": limit.rule,
                                                 "max_words": limit.max_words,
                                                 "max_paragraphs": limit.max_paragraphs},
            "lines": document.lines,
            "findings": [{"rule": finding.rule, "severity": finding.severity,
                          "line": finding.line, "column": finding.column,
                          "words": finding.words, "message": finding.message,
                          "suggestion": finding.suggestion, "reason": finding.reason}
                         for finding in findings],
        })
    return json.dumps({"drafts": drafts, "errors": report.errors,
                       "warnings": report.warnings}, indent=2, ensure_ascii=False) + "\n"
