"""Golden drafts from the corpus of profiles written as people write (tests/corpus): one
for each way a profile's words are fitted, frozen by their date. Each file is what
`followup` prints: the drafts, then their warnings and tips."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup import handoff

from .corpus_drafts import every_draft

CORPUS = Path(__file__).parent / "corpus" / "profiles"
CASES = [
    # profile stem, draft name: what it shows
    ("02-secondary-teacher-head-of-department", "thank-you.email.standard"),  # a role as a
    # name greeted whole; "Fluent in ..." as "I am fluent in ..."; a question asked
    ("03-staff-nurse-agency-family-name-first", "thank-you.email.standard"),  # family name
    # first: the full name and a note naming the salutation; TY9 through the agency
    ("04-store-manager-noun-phrases-offer", "thank-you.email.formal"),  # a noun-phrase
    # highlight ("have twenty years of experience ..."); Mr. J. Okafor as "Mr Okafor"
    ("06-sous-chef-all-lower-case-unsuccessful", "thank-you.email.standard"),  # names typed
    # in lower case, capitalised; after a rejection, the gracious kind
    ("10-lecturer-panel-of-four-long-answers", "thank-you.email.standard"),  # long answers
    # trimmed to TY3's length; Prof and PhD read
    ("12-investment-bank-superday-unsuccessful", "feedback-request.email.formal"),  # "& Co."
    # at a sentence's end, one full stop
    ("14-us-nurse-all-caps-badge-offer", "withdraw.email.standard"),  # US spelling; the
    # decline to an agency recruiter
    ("23-nhs-nurse-letters-after-name", "check-in.1.email.standard"),  # a promise written
    # as a time ("by the end of next week"), quoted with its date
    ("24-backend-engineer-nicknames-rounds", "check-in.2.email.standard"),  # the second
    # check-in follows up on the first
    ("05-junior-dev-three-rounds-evening-panel", "recruiter-debrief.email.standard"),  # the
    # panel named in a sentence; an outcome promise
    ("03-staff-nurse-agency-family-name-first", "check-in.1.voicemail.formal"),  # a voicemail
    ("28-us-assistant-store-manager-offer", "thank-you.card.standard"),  # a card, US
]


@pytest.mark.parametrize(("stem", "name"), CASES,
                         ids=[f"{stem[:2]}-{name}" for stem, name in CASES])
def test_golden_corpus_draft(golden: Any, stem: str, name: str,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CORPUS)  # warnings name the profile as given: the same in any clone
    found = {drafted.name: drafted for drafted in every_draft(Path(f"{stem}.yaml"))}
    assert name in found, sorted(found)
    drafted = found[name]
    parts = [f"(drafted on {drafted.today})\n"]
    for made in drafted.drafts:
        parts.append(handoff.format_drafts([made], "text", many=False))
        parts.extend(f"{note.label('warning')}: {note.message}\n" for note in made.warnings)
        parts.extend(f"{note.label('tip')}: {note.message}\n" for note in made.tips)
    golden(f"corpus/{stem[:2]}.{name}.txt", "\n".join(parts))
