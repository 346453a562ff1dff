"""The corpus: hand-written drafts, good and bad, each with the exact findings expected."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from followup.check.files import check_files

from .conftest import SAMPLES

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(CORPUS.glob("*.expected.json"))


def _draft_file(expected: Path) -> Path:
    stem = expected.name.removesuffix(".expected.json")
    found = [path for path in CORPUS.iterdir() if path.name.startswith(f"{stem}.")
             and path != expected]
    assert len(found) == 1, f"{expected.name}: one draft file expected, found {found}"
    return found[0]


def test_the_corpus_is_big_and_has_good_and_bad_drafts() -> None:
    findings = [json.loads(path.read_text("utf-8"))["drafts"] for path in CASES]
    clean = [drafts for drafts in findings if not any(d["findings"] for d in drafts)]
    assert len(CASES) >= 40
    assert 10 <= len(clean) <= len(CASES) - 25
    kinds = {_draft_file(path).suffix for path in CASES}
    assert kinds == {".txt", ".md", ".json", ".eml", ".html"}


def _case_id(expected: Path) -> str:
    """The draft's name and the rule IDs of its expected findings ("clean" if none)."""
    drafts = json.loads(expected.read_text("utf-8"))["drafts"]
    rules = sorted({finding[0] for draft in drafts for finding in draft["findings"]})
    return f"{expected.name.removesuffix('.expected.json')}-{'-'.join(rules) or 'clean'}"


@pytest.mark.parametrize("expected", CASES, ids=[_case_id(path) for path in CASES])
def test_corpus_draft(expected: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case: dict[str, Any] = json.loads(expected.read_text("utf-8"))
    options = case.get("options", {})
    draft = _draft_file(expected)
    # Checked as `followup check NAME` run in the corpus folder checks it: findings name
    # the file.
    monkeypatch.chdir(CORPUS)
    report = check_files(
        [draft.name], situation=options.get("situation"), channel=options.get("channel"),
        profile=SAMPLES / f"{options['profile']}.yaml" if options.get("profile") else None)
    # A finding about something missing has no words: its message says what is missing.
    got = [{"situation": document.situation, "situation_from": document.situation_from,
            "findings": [[f.rule, f.severity, f.line, f.words or f.message] for f in findings]}
           for document, findings in zip(report.documents, report.findings, strict=True)]
    assert got == case["drafts"]
