"""The checker on the tool's own drafts, round 3: greetings with initials and particles
counted as greetings (TY3), the profile's own words pasted into a draft the tool made left
unjudged (G2), a question quoted whole (TY8), and greetings to an abbreviated title or a
label's first word (G2)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from followup import check, drafting, profile, words
from followup.check import Document
from followup.compose.situations import Options

from .conftest import SAMPLES

# ------------------------------------------------------------------ TY3: the greeting line

GREETING_LINES = [
    # (line, is a greeting)
    ("Dear J.T.,", True),
    ("Dear R.J. Okonkwo-Baptiste,", True),
    ("Hi K.L.", True),
    ("Dear Mr. O'Neill-Ní Bhriain,", True),
    ("Dear Ms van der Meulen,", True),
    ("Dear Dr. da Silva Jr.,", True),
    ("Hello A. B. Quayle:", True),
    ("Dear J.-P. Lefèvre,", True),
    ("Good afternoon Prof. Ó Dálaigh -", True),
    ("Dear Ms. D'Souza-Kaur,", True),
    ("Hi, thanks for yesterday.", False),
    ("Hello from the whole team at the depot.", False),
    ("Dear me, what a week it has been.", False),
]


@pytest.mark.parametrize(("line", "greets"), GREETING_LINES,
                         ids=[line for line, _ in GREETING_LINES])
def test_TY3_a_greeting_with_initials_dots_hyphens_or_particles_is_a_greeting(
        line: str, greets: bool) -> None:
    assert words.is_greeting(line) is greets


def _paragraphs(greeting: str, count: int) -> Document:
    paragraphs = [
        "Thank you for meeting me yesterday about the Analyst role at Northbridge.",
        "I enjoyed hearing how the team plans its quarter.",
        "I should add that I ran the survey for the student union.",
        "I am very interested in the role and hope to hear from you.",
    ][:count]
    body = f"{greeting}\n\n" + "\n\n".join(paragraphs) + "\n\nBest wishes,\nJo Quayle\n"
    return Document(name="draft.txt", body=body, subject="Thank you: Analyst interview",
                    situation="thank-you", body_line=3, subject_line=1, subject_column=9)


def _paragraph_findings(document: Document) -> list[str]:
    return [finding.message for finding in check.check(document)
            if finding.rule == "TY3" and "paragraphs" in finding.message]


@pytest.mark.parametrize("greeting", [line for line, greets in GREETING_LINES if greets])
def test_TY3_three_paragraphs_after_any_greeting_are_three(greeting: str) -> None:
    assert _paragraph_findings(_paragraphs(greeting, 3)) == []
    assert _paragraph_findings(_paragraphs(greeting, 4)) == [
        "The body has 4 paragraphs; TY3 asks for at most 3."]


# ------------------------------------------------------------------ G2: the profile's words


def _profile(tmp_path: Path, promise: str, question: str | None = None) -> profile.Profile:
    text = (SAMPLES / "big-beanz.yaml").read_text("utf-8").replace(
        "promise: let you know within a week when the face-to-face interview will be",
        f"promise: {promise}")
    if question is not None:
        text = text.replace(
            "question: how the team measures success in the first 90 days",
            f"question: {question}")
    path = tmp_path / "profile.yaml"
    path.write_text(text, "utf-8")
    return profile.load(path)


def _check_in(sentence: str, **fields: Any) -> Document:
    body = (f"Dear Sam,\n\nI am writing about the Business Development Graduate role. "
            f"{sentence} I remain very interested in the role. Could you let me know when I "
            "might expect to hear about the next step?\n\nBest wishes,\nJordan Lee\n")
    return Document(name="the note to Sam Patel", body=body, situation="check-in",
                    subject="Business Development Graduate: next steps", **fields)


PASTED = [
    # (promise in the profile, sentence of the draft, tone words flagged in a draft the tool
    # made, and in the same draft read from a file)
    ("Sam to circle back w/ feedback early next week",
     "I understand the plan was to circle back with feedback in the week of 23 November.",
     [], ["circle back"]),
    ("will touch base on Friday re next steps",
     "I understand you would touch base on Friday 20 November.",
     [], ["touch base"]),
    ("Sam to circle back w/ feedback early next week",  # the words, but not the profile's
     "I wanted to circle back to ask about timing.",
     ["circle back"], ["circle back"]),
    ("let you know within a week",  # filler the profile never said
     "I am just checking in on timing.",
     ["just checking in"], ["just checking in"]),
    ("circle back",  # the whole field, quoted: unjudged in any draft
     "I understand the plan was: circle back.",
     [], []),
    ("we will get back to you within ten days",  # CI11 reports it, dated: no demand
     "I understand the plan was to get back to me by Monday 7 December.",
     [], ["get back to me by"]),
]


@pytest.mark.parametrize(("promise", "sentence", "drafted", "read"), PASTED,
                         ids=["promise-with-next-word", "promise-with-word-before",
                              "same-phrase-other-words", "not-in-profile", "whole-field",
                              "promise-reported-with-its-date"])
def test_G2_the_profiles_words_in_a_draft_the_tool_made_are_not_its_tone(
        tmp_path: Path, promise: str, sentence: str, drafted: list[str],
        read: list[str]) -> None:
    loaded = _profile(tmp_path, promise)
    made = _check_in(sentence)
    from_file = _check_in(sentence, file="draft.txt")
    assert made.drafted and not from_file.drafted
    assert [f.words for f in check.check(made, loaded) if f.rule == "G2"] == drafted
    assert [f.words for f in check.check(from_file, loaded) if f.rule == "G2"] == read


def test_G2_a_check_in_drafted_from_a_promise_with_stock_words_warns_of_none(
        tmp_path: Path) -> None:
    loaded = _profile(tmp_path, "Priya to circle back w/ feedback early next week")
    made = drafting.compose("check-in", loaded, Options(today=datetime.date(2026, 11, 30)))[0]
    assert "circle back" in made.body
    assert [note for note in made.warnings if "circle back" in str(note)] == []


# ------------------------------------------------------------------ TY8: the question quoted


def test_TY8_the_question_is_quoted_with_its_question_mark(tmp_path: Path) -> None:
    loaded = _profile(tmp_path, "let you know within a week",
                      question="How does the team split new and old accounts?")
    body = ("Dear Priya,\n\nThank you for meeting me about the Business Development Graduate "
            "role at Big Beanz. I was glad to learn that new starters shadow customers for "
            "their first month. I am very keen on the role.\n\nBest wishes,\nJordan Lee\n")
    document = Document(name="the note to Priya Shah", body=body, situation="thank-you",
                        subject="Thank you: Business Development Graduate interview",
                        to=(("Priya Shah", "priya.shah@bigbeanz.example"),))
    assert [f.message for f in check.check(document, loaded) if f.rule == "TY8"] == [
        "Does not ask the question that follows on from the interview: How does the team "
        "split new and old accounts?"]


# ------------------------------------------------------------------ G2: the greeting's word

GREETINGS = [
    # (greeting, G2 severity, or None: a whole greeting)
    ("Dear Cllr,", "error"),
    ("Dear Fr.,", "error"),
    ("Hello Capt.,", "error"),
    ("Dear Group,", "error"),
    ("Hi Operations,", "error"),
    ("Dear Cllr Okafor,", None),
    ("Dear Gen,", None),  # a first name
    ("Dear Group Exercise Assessor,", None),
]


@pytest.mark.parametrize(("greeting", "severity"), GREETINGS,
                         ids=[greeting for greeting, _ in GREETINGS])
def test_G2_a_greeting_to_an_abbreviated_title_or_a_labels_first_word(
        greeting: str, severity: str | None) -> None:
    body = f"{greeting}\n\nThank you for meeting me today.\n\nBest wishes,\nJo Lee\n"
    document = Document(name="draft.txt", body=body, situation="thank-you",
                        subject="Thank you: Analyst interview", file="draft.txt")
    found = [(f.severity, f.words) for f in check.check(document)
             if f.rule == "G2" and f.words == greeting]
    assert found == ([(severity, greeting)] if severity else [])


# ------------------------------------------------------------------ TY4: after an offer

OFFER_SENTENCES = [
    # (a thank-you's sentence after an offer, whether it says you are interested)
    ("I was delighted to receive your offer, and I look forward to the details.", True),
    ("Thank you for the offer; I look forward to receiving the contract.", True),
    ("Your offer was such exciting news; thank you for it.", True),
    ("Receiving the offer was wonderful news.", True),
    ("I am thrilled to accept the offer.", True),
    ("Thank you also for the offer.", False),
    ("I was not pleased to receive the offer.", False),
]


@pytest.mark.parametrize(("sentence", "interested"), OFFER_SENTENCES,
                         ids=[sentence for sentence, _ in OFFER_SENTENCES])
def test_TY4_gladness_at_an_offer_says_you_are_interested(sentence: str,
                                                           interested: bool) -> None:
    body = (f"Dear Sam,\n\nThank you for meeting me on Monday. {sentence}\n\n"
            "Best wishes,\nJo Lee\n")
    document = Document(name="draft.txt", body=body, situation="thank-you",
                        subject="Thank you: Analyst interview", file="draft.txt")
    missing = [f for f in check.check(document)
               if f.message == "Does not say you are interested in the role."]
    assert (missing == []) is interested


def test_TY4_a_thank_you_after_an_offer_is_not_asked_for_a_highlight(tmp_path: Path) -> None:
    """After an offer the note thanks for it and sells nothing more (as the template writes
    it); while waiting, the same note is asked for a highlight."""
    body = ("Dear Priya,\n\nThank you for meeting me about the Business Development Graduate "
            "role at Big Beanz. I was glad to learn that new starters shadow customers for "
            "their first month. I was delighted to receive your offer, and I look forward to "
            "the details. I would like to hear how the team measures success in the first 90 "
            "days.\n\nBest wishes,\nJordan Lee\n")
    document = Document(name="the note to Priya Shah", body=body, situation="thank-you",
                        subject="Thank you: Business Development Graduate interview",
                        to=(("Priya Shah", "priya.shah@bigbeanz.example"),))
    text = (SAMPLES / "big-beanz.yaml").read_text("utf-8")
    for status, expected in (("waiting", ["Does not mention a skill or achievement you did "
                                          "not discuss: Built the society's volunteer rota "
                                          "in Airtable, cutting no-shows by a third."]),
                             ("offer", [])):
        path = tmp_path / f"{status}.yaml"
        path.write_text(text.replace("status: waiting", f"status: {status}"), "utf-8")
        assert [f.message for f in check.check(document, profile.load(path))
                if f.rule == "TY4"] == expected


# ------------------------------------------------------------------ TY5: the same point twice

REPEATS = [
    # (a sentence in both notes to one panel, the TY5 repeat found on the second)
    ("I should add that I built the society's volunteer rota in Airtable, cutting no-shows "
     "by a third.",
     "I should add that I built the society's volunteer rota in Airtable, cutting no-shows "
     "by a third."),
    ("I am very interested in this opportunity and would be delighted to join Big Beanz.",
     None),  # the notes' own courtesy, not the profile's point
    ("I built the rota.", None),  # too short to be a repeat worth a warning
]


@pytest.mark.parametrize(("sentence", "repeated"), REPEATS,
                         ids=["highlight-twice", "courtesy-twice", "short"])
def test_TY5_a_profile_point_in_the_same_words_in_two_notes(
        tmp_path: Path, sentence: str, repeated: str | None) -> None:
    loaded = _profile(tmp_path, "let you know within a week")
    notes = [Document(
        name=f"the note to {name}", situation="thank-you", subject="Thank you",
        to=((name, f"{name.lower()}@bigbeanz.example"),),
        body=(f"Dear {name},\n\nThank you for meeting me {when}. {sentence}\n\n"
              "Best wishes,\nJordan Lee\n"))
        for name, when in (("Priya", "on Monday"), ("Alex", "this week"))]
    def repeats(loaded: profile.Profile | None) -> list[str]:
        return [f.words for f in check.check_all(notes, loaded)[1]
                if f.rule == "TY5" and f.message.startswith("Says the same")]

    assert repeats(loaded) == ([repeated] if repeated else [])
    assert repeats(None) == []  # without the profile, nothing tells its words
