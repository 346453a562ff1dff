"""`followup check`: the tone, length and content of drafts, written by hand or by followup."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from followup.check import Document, Finding


@click.command("check", epilog="""\b
Examples:
  followup check my-draft.txt --situation check-in
  followup check outbox/*.txt --profile panel.yaml     # several notes: TY5 compares them
  followup thank-you big-beanz.yaml | followup check - --json
\b
Exit status: 0 no errors (warnings are fine), 1 errors, 2 a file that cannot be read
as a draft, or that names a situation or channel followup does not know.
\b
Limits: a file (or standard input) of at most 1 MB (1,000,000 bytes); JSON and email
messages no more deeply nested than a draft's (an email of at most 100 MIME parts).
Anything more is refused (exit 2): a draft is a few kilobytes. TY5 compares the first
20 thank-you notes of a run, each by its first 150 words.""")
@click.argument("files", nargs=-1, required=True, metavar="FILE|-...")
@click.option("--situation", "-s", metavar="SITUATION",
              help="What the draft is, as the drafting commands name it: thank-you, "
                   "check-in, competing-offer... (default: from the file, else guessed from "
                   "the text).")
@click.option("--profile", "-p", type=click.Path(path_type=Path), metavar="PROFILE",
              help="Check the content against this profile: the role, what you learned, a "
                   "highlight, the interviewer's question, the offer's deadline.")
@click.option("--channel", type=click.Choice(["email", "card", "voicemail"]),
              help="Email, note card or voicemail script: sets the length limit "
                   "(default: from the file, else email).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.pass_context
def check(ctx: click.Context, files: tuple[str, ...], situation: str | None,
          profile: Path | None, channel: str | None, as_json: bool) -> None:
    """Check drafts against the guidance: tone (CI5, G2, FB3), ultimatums (CO2), length
    (TY3, CI4, CI7), content (TY4, TY8, CI4, CO4), leftovers, and, across several thank-you
    notes, variety (TY5). Reads what followup writes (text, Markdown, JSON, HTML, .eml,
    mailto links) and hand-written drafts, or - for standard input."""
    import msgspec

    from followup import check as checker
    from followup import reader
    from followup.errors import FollowupError
    from followup.situations import CHANNELS, SITUATIONS

    if situation is not None and situation not in SITUATIONS:
        import difflib

        close = difflib.get_close_matches(situation, SITUATIONS, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise FollowupError(f"--situation {situation!r} is not a situation.{hint} Use one of: "
                            f"{', '.join(SITUATIONS)}.")
    if files.count("-") > 1:
        raise FollowupError("Standard input (-) can be read only once.")
    known = reader.Known(SITUATIONS, CHANNELS, frozenset(
        field for field, value in (("situation", situation), ("channel", channel)) if value))
    loaded = None
    if profile is not None:
        from followup import profile as profiles

        loaded = profiles.load(profile)
    documents: list[Document] = []
    for name in files:
        if name == "-":
            data = sys.stdin.buffer.read(reader.MAX_BYTES + 1)  # enough to refuse more
            found = reader.parse("-", data, known)
        else:
            found = reader.load(Path(name), known)
        documents += [checker.resolve(msgspec.structs.replace(
            document, channel=channel or document.channel), situation) for document in found]
    results = checker.check_all(documents, loaded)
    everything = [finding for findings in results for finding in findings]
    if as_json:
        click.echo(_json(documents, results), nl=False)
    else:
        click.echo(_text(documents, results), nl=False)
    if checker.count(everything, "error"):
        ctx.exit(1)


# ------------------------------------------------------------------ text


_FROM = {"given": "", "file": " (from the file)", "guessed": " (guessed; give --situation "
         "if that is wrong)"}


def _text(documents: list[Document], results: list[list[Finding]]) -> str:
    out = []
    for document, findings in zip(documents, results, strict=True):
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
    everything = [finding for findings in results for finding in findings]
    out.append(_summary(len(documents), everything))
    return "\n".join(out) + "\n"


def _heading(document: Document) -> str:
    from followup.guidance.lengths import limit_for

    situation = document.situation or "situation unknown (give --situation to check " \
        "length and content)"
    parts = [f"{document.name}: {situation}{_FROM.get(document.situation_from, '')}",
             document.channel]
    count = _words(document)
    limit = limit_for(document.situation, document.channel) if document.situation else None
    parts.append(f"{count} words" + (f" (at most {limit.max_words}, {limit.rule})"
                                     if limit else ""))
    if document.lines == "body":
        parts.append("line numbers count from the body")
    return ", ".join(parts)


def _words(document: Document) -> int:
    from followup import words

    return words.body_words(document.body)


def _summary(drafts: int, findings: list[Finding]) -> str:
    from followup.check import count

    errors, warnings = count(findings, "error"), count(findings, "warning")
    noun = "draft" if drafts == 1 else "drafts"
    if not errors and not warnings:
        return f"{drafts} {noun}: no errors or warnings."
    said = [f"{errors} error{'s' * (errors != 1)}" if errors else "no errors",
            f"{warnings} warning{'s' * (warnings != 1)}" if warnings else "no warnings"]
    return f"{drafts} {noun}: {', '.join(said)}."


# ------------------------------------------------------------------ JSON


def _json(documents: list[Document], results: list[list[Finding]]) -> str:
    import json

    from followup.check import count
    from followup.guidance.lengths import limit_for

    drafts: list[dict[str, Any]] = []
    for document, findings in zip(documents, results, strict=True):
        limit = limit_for(document.situation, document.channel) if document.situation else None
        drafts.append({
            "file": document.file, "draft": document.index, "name": document.name,
            "situation": document.situation, "situation_from": document.situation_from,
            "channel": document.channel, "subject": document.subject,
            "to": [{"name": name, "email": email} for name, email in document.to],
            "words": _words(document),
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
    everything = [finding for findings in results for finding in findings]
    return json.dumps({"drafts": drafts, "errors": count(everything, "error"),
                       "warnings": count(everything, "warning")},
                      indent=2, ensure_ascii=False) + "\n"
