"""Every draft of every corpus profile (tests/corpus/profiles, and the profiles kept unseen
until a reading measured the drafts: unseen, fresh, r3 to r29; all written the way people
fill in forms), in every situation, tone, channel and check-in attempt, holds to the guidance:
no seam where profile text was pasted into a sentence (G2: doubled punctuation, a capital
in mid-sentence, a greeting to a title or a role word, "I" before a noun), no checker
error, and the length limits of its situation, channel and tone (TY3, CI4, CI7)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from followup import check, words
from followup.check import Document
from followup.guidance.lengths import limit_for
from followup.guidance.phrases import seams
from followup.profile import load

from .corpus_drafts import Drafted, every_draft

CORPUS = Path(__file__).parent / "corpus"
FOLDERS = ("profiles", "unseen", "fresh", *(f"r{n}" for n in range(3, 60)))
PROFILES = sorted(path for folder in FOLDERS for path in (CORPUS / folder).glob("*.yaml"))
# What each kind of seam finding says, before its quoted words.
SEAM_MESSAGES = tuple(kind.says.split("{")[0] for kind in vars(seams).values()
                      if isinstance(kind, seams.Seam))


@functools.cache
def _drafted(path: Path) -> list[Drafted]:
    return list(every_draft(path))


def _documents(drafted: Drafted) -> list[Document]:
    return [Document(name=draft.to[0].name, body=draft.body, subject=draft.subject,
                     situation=drafted.situation, situation_from="given",
                     channel=drafted.channel,
                     to=tuple((person.name, person.email) for person in draft.to))
            for draft in drafted.drafts]


@pytest.mark.parametrize("path", PROFILES, ids=[path.stem for path in PROFILES])
def test_G2_TY3_CI4_CI7_every_corpus_draft_fits_its_sentences_and_limits(path: Path) -> None:
    profile = load(path)
    drafted = _drafted(path)
    # at least the thank-you by email and card and one more, in 4 tones; once withdrawn,
    # only the withdrawal (a thank-you would still bid for the role); once hired, only the
    # thank-you (nothing to chase nor to withdraw from); none with no one met
    met = any(interview.interviewers for interview in profile.interviews)
    least = {"withdrawn": 4, "hired": 8}.get(profile.status, 12)
    assert len(drafted) >= (least if met else 0)
    if profile.status == "withdrawn":
        assert {each.situation for each in drafted} == {"withdraw"}
    problems = []
    for each in drafted:
        limit = limit_for(each.situation, each.channel, each.tone)
        found = check.check_all(_documents(each), profile)
        for draft, findings in zip(each.drafts, found, strict=True):
            where = f"{each.name} to {draft.to[0].name}"
            problems += [f"{where}: {finding.severity} {finding.rule}: {finding.message}"
                         for finding in findings if finding.severity == "error"
                         or finding.message.startswith(SEAM_MESSAGES)]
            body = words.split(draft.body).body
            if limit is not None and len(words.words(body)) > limit.max_words:
                problems.append(f"{where}: {len(words.words(body))} words, over "
                                f"{limit.max_words} ({limit.rule})")
    assert problems == []


def test_the_corpus_covers_every_situation_tone_and_channel() -> None:
    seen = {(each.situation, each.channel, each.tone)
            for path in PROFILES for each in _drafted(path)}
    assert len(seen) == 8 * 4  # 6 situations by email, a card and a voicemail; 4 tones


@pytest.mark.parametrize("path", PROFILES, ids=[path.stem for path in PROFILES])
def test_TY5_a_thank_you_says_our_call_once(path: Path) -> None:
    """"Our call confirmed ... Thank you once more for our call.": the words for the
    interview itself are said once a note, whichever phrasings its variant picks."""
    repeated = [f"{each.name} to {draft.to[0].name}: {talk!r}"
                for each in _drafted(path) if each.situation == "thank-you"
                for draft in each.drafts
                for talk in ("our conversation", "our call", "our meeting")
                if draft.body.lower().count(talk) > 1]
    assert repeated == []
