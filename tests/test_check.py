"""The checker's core: each rule on small drafts, both ways, and the phrase language."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import msgspec
import pytest

from followup import check, drafting, matching, profile, words
from followup.check import Document, Finding
from followup.check.situation import guess_situation, resolve
from followup.compose.situations import Options
from followup.guidance import RULES
from followup.guidance.phrases import form
from followup.guidance.phrases.content import CONTENT, PROFILE_CONTENT
from followup.guidance.phrases.form import (
    EMPHASIS,
    EMPTY_GREETING,
    SUBJECT_RULE,
    VARIETY,
)
from followup.guidance.phrases.signals import SITUATION_SIGNALS
from followup.guidance.phrases.tone import FRUSTRATION, PRESSURE, TONE

from .conftest import SAMPLES

SUBJECT = "Graduate Analyst at Northbridge: next steps"


def draft(body: str, situation: str | None = "check-in", *, subject: str | None = SUBJECT,
          channel: str = "email", **fields: Any) -> Document:
    """A document as a file would give it: subject on line 1, the body from line 3."""
    return Document(name="draft.txt", body=body, subject=subject, situation=situation,
                    channel=channel, body_line=3, subject_line=None if subject is None else 1,
                    subject_column=9, **fields)


def found(document: Document, profile: profile.Profile | None = None) -> list[tuple[Any, ...]]:
    return [(f.rule, f.severity, f.line, f.words) for f in check.check(document, profile)]


def tone(sentence: str, situation: str | None = "check-in") -> list[tuple[str, str, str]]:
    """The tone findings (rule, severity, words) of one sentence in an otherwise good
    draft."""
    body = (f"Dear Sam,\n\n{sentence} I remain very interested in the role. Could you let me "
            "know when I might expect to hear about the next step?\n\nBest wishes,\nJo\n")
    if situation == "competing-offer":
        body = body.replace("I remain", "I have been asked to reply by Friday. I remain")
    if situation == "thank-you":
        body = body.replace("I remain", "Thank you for your time. I remain")
    return [(f.rule, f.severity, f.words) for f in check.check(draft(body, situation))
            if f.rule in ("CI5", "G2", "FB3", "CO2")]


# ------------------------------------------------------------------ tone, both ways

FLAGGED = [
    # (rule, severity, situation, sentence, offending words)
    ("CI5", "error", "check-in", "I still haven’t heard anything.", "still haven’t heard"),
    ("CI5", "error", "check-in", "I still have not received a reply.", "still have not received"),
    ("CI5", "error", "check-in", "You said you would call me last week.", "You said you would"),
    ("CI5", "error", "check-in", "As I mentioned in my previous email, I am free.",
     "As I mentioned in my previous email"),
    ("CI5", "error", "check-in", "As I already said, I am free.", "As I already said"),
    ("CI5", "error", "check-in", "I am disappointed not to have heard.", "I am disappointed"),
    ("CI5", "error", "check-in", "I'm a bit frustrated.", "I'm a bit frustrated"),
    ("CI5", "error", "check-in", "It's very frustrating.", "It's very frustrating"),
    ("CI5", "error", "check-in", "I've been waiting for weeks.", "I've been waiting for weeks"),
    ("CI5", "error", "check-in", "You didn't reply to my email.", "You didn't reply"),
    ("CI5", "error", "check-in", "I guess I didn't get it.", "I guess I didn't get"),
    ("CI5", "error", "check-in", "I assume the position has been filled.",
     "I assume the position has been filled"),
    ("CI5", "error", "check-in", "You have probably chosen someone else.",
     "You have probably chosen someone"),
    ("FB3", "error", "feedback-request", "I was so upset.", "I was so upset"),
    ("G2", "error", "check-in", "Please reply ASAP.", "ASAP"),
    ("G2", "error", "check-in", "This is urgent.", "This is urgent"),
    ("G2", "error", "check-in", "I need an urgent reply.", "urgent reply"),
    ("G2", "error", "check-in", "I need an answer by Friday.", "I need an answer by"),
    ("G2", "error", "check-in", "Please get back to me by tomorrow.", "Please get back to me by"),
    ("G2", "error", "check-in", "Please reply by Thursday.", "Please reply by"),
    ("G2", "error", "check-in", "I'm in a rush to hear back.", "I'm in a rush"),
    ("G2", "error", "check-in", "I really need this job.", "I really need this job"),
    ("G2", "error", "check-in", "Please give me a chance.", "give me a chance"),
    ("G2", "error", "check-in", "I am begging you.", "I am begging"),
    ("G2", "warning", "check-in", "Just checking in on this.", "Just checking in"),
    ("G2", "warning", "check-in", "I wanted to touch base.", "touch base"),
    ("G2", "warning", "check-in", "Circling back on my application.", "Circling back"),
    ("FB3", "error", "feedback-request", "I don't understand why I was rejected.",
     "I don't understand why I"),
    ("FB3", "error", "feedback-request", "The decision was unfair.", "unfair"),
    ("FB3", "error", "feedback-request", "Your loss.", "Your loss"),
    ("CO2", "error", "competing-offer", "Unless you can give me an offer by Monday, I will accept.",
     "Unless you can give"),
    ("CO2", "error", "competing-offer", "Otherwise I will accept their offer.",
     "Otherwise I will accept"),
    ("CO2", "error", "competing-offer", "Can you match their offer?", "Can you match their"),
    ("CO2", "error", "competing-offer", "I need a decision from you by Monday.",
     "I need a decision from you by"),
    ("CO2", "error", "competing-offer",
     "If I don't hear from you by Monday I'll accept the other one.",
     "If I don't hear from you by Monday I'll accept"),
    ("CO2", "error", "competing-offer", "I'd need a decision from you by Thursday.",
     "I'd need a decision from you by"),
    # Variants a first version missed: the contraction turned round, words for feelings and
    # reminders, pressure without the usual words.
    ("CI5", "error", "check-in", "Why haven't I heard anything?", "Why haven't I"),
    ("CI5", "error", "check-in", "I'm getting impatient.", "I'm getting impatient"),
    ("CI5", "error", "check-in", "Disappointingly, there is no news.", "Disappointingly"),
    ("CI5", "error", "check-in", "As I said, I am free.", "As I said"),
    ("CI5", "error", "check-in", "Like I said, I am free.", "Like I said"),
    ("CI5", "error", "check-in", "As mentioned previously, I am free.",
     "As mentioned previously"),
    ("CI5", "error", "check-in", "This is my third email.", "This is my third email"),
    ("CI5", "error", "check-in", "I'd appreciate the courtesy of a reply.",
     "the courtesy of a reply"),
    ("CI5", "error", "check-in", "Can you at least tell me where things are?",
     "Can you at least tell"),
    ("CI5", "error", "check-in", "This is getting ridiculous.", "This is getting ridiculous"),
    ("CI5", "error", "check-in", "I'm still waiting.", "I'm still waiting"),
    ("CI5", "error", "check-in", "I am still waiting for a response.",
     "I am still waiting for a response"),
    ("CI5", "error", "check-in", "I take it I was unsuccessful.", "I take it I was unsuccessful"),
    ("CI5", "error", "check-in", "I'm sure you've already filled the role.",
     "you've already filled the role"),
    ("CI5", "error", "check-in", "I don't think I got the job.", "I don't think I got"),
    ("CI5", "error", "check-in", "I suspect I wasn't successful.",
     "I suspect I wasn't successful"),
    ("G2", "error", "check-in", "Time is of the essence.", "Time is of the essence"),
    ("G2", "error", "check-in", "So please hurry.", "please hurry"),
    ("G2", "error", "check-in", "I can't wait forever.", "I can't wait forever"),
    ("G2", "error", "check-in", "I'm expecting to hear from you this week.",
     "I'm expecting to hear from you"),
    ("G2", "error", "check-in", "I'd do anything for this role.", "I'd do anything"),
]


@pytest.mark.parametrize(("rule", "severity", "situation", "sentence", "words"), FLAGGED,
                         ids=[f"{case[0]}-{case[4]}" for case in FLAGGED])
def test_tone_flags(rule: str, severity: str, situation: str, sentence: str,
                    words: str) -> None:
    assert tone(sentence, situation) == [(rule, severity, words)]


# Polite sentences that merely contain a trigger word: context and negation.
NOT_FLAGGED = [
    ("G2", "I was delighted to hear the team is not in a rush."),
    ("G2", "I enjoyed hearing about the urgent care project you described."),
    ("G2", "This is not urgent at all."),
    ("G2", "I don't need an urgent reply."),
    ("G2", "There is no need to hurry things along."),
    ("G2", "I can start immediately."),
    ("G2", "I could send the references as soon as possible."),
    ("G2", "I would welcome the chance to show what I can do."),
    ("G2", "I need to give them an answer by Friday."),
    ("G2", "Could you let me know by Thursday?"),
    ("CI5", "We discussed how to win back disappointed customers."),
    ("CI5", "As I mentioned in the interview, I led the society's rota."),
    ("CI5", "I know you are still waiting on approval from the board."),
    ("CI5", "Sorry to have kept you waiting."),
    ("CI5", "Not only was I impressed, I was inspired."),
    ("CI5", "I have not heard back yet, so I wanted to check."),
    ("CI5", "As promised, here are my references."),
    ("CO2", "I would happily wait unless you need more time."),
    ("CO2", "Could you let me know whether a decision is possible by then?"),
    ("CO2", "I must give them my answer by Friday."),
    ("CI5", "I'm still waiting to hear from two other firms, but this role is my first choice."),
    ("CI5", "As I mentioned on the phone, I can start in June."),
    ("CI5", "I was not disappointed at all."),
    ("G2", "I'm expecting to hear from the other company on Friday."),
    ("G2", "I managed an urgent product recall at my last job."),
    ("CI5", "I don't think I mentioned that I speak Spanish."),
]


@pytest.mark.parametrize(("rule", "sentence"), NOT_FLAGGED,
                         ids=[f"{case[0]}-{case[1][:30]}" for case in NOT_FLAGGED])
def test_tone_passes_polite_sentences(rule: str, sentence: str) -> None:
    situation = "competing-offer" if rule == "CO2" else "check-in"
    assert tone(sentence, situation) == []


@pytest.mark.parametrize(("negated", "plain"), [
    ("This is not urgent.", "This is urgent."),
    ("I do not need an urgent reply.", "I need an urgent reply."),
    ("There is no need to hurry things along.", "Please hurry things along."),
    ("No urgent reply is needed.", "An urgent reply is needed."),
], ids=["G2-not-urgent", "G2-not-need", "G2-no-need-to-hurry", "G2-no"])
def test_G2_negation_both_ways(negated: str, plain: str) -> None:
    assert tone(negated) == []
    assert [rule for rule, _, _ in tone(plain)] == ["G2"]


def test_G2_negation_stops_at_the_clause() -> None:
    assert tone("I am not being pushy, but this is urgent.") == [
        ("G2", "error", "this is urgent")]
    assert tone("No pressure, but I need an answer by Friday.") == [
        ("G2", "error", "I need an answer by")]


def test_CI5_blame_applies_outside_thank_you_notes() -> None:
    """ "You said you would be hiring" in a thank-you recalls the interview; in a check-in,
    "you said you would" holds them to a promise."""
    sentence = "You said you would be hiring two graduates, and as I mentioned, I can start soon."
    assert tone(sentence, "thank-you") == []
    assert tone(sentence, "check-in") == [("CI5", "error", "You said you would"),
                                          ("CI5", "error", "as I mentioned")]


def test_G2_names_in_the_profile_are_not_tone(tmp_path: Path) -> None:
    path = tmp_path / "urgent.yaml"
    path.write_text((SAMPLES / "big-beanz.yaml").read_text("utf-8").replace(
        "role: Business Development Graduate", "role: Urgent Response Coordinator"), "utf-8")
    body = ("Dear Sam,\n\nI remain very interested in the Urgent Response Coordinator role. "
            "Could you let me know about the next step? I need an urgent response.\n\n"
            "Best,\nJo\n")
    document = draft(body, "check-in")
    assert [f.words for f in check.check(document)] == ["Urgent Response", "urgent response"]
    assert [f.words for f in check.check(document, profile.load(path))] == [
        "urgent response"]


def test_G2_CI5_the_profiles_own_words_are_quoted_not_judged(tmp_path: Path) -> None:
    """A draft that quotes what the user recorded ("learned: that the team answers urgent
    tickets ASAP") is not pressing anyone; the same words of the draft's own are."""
    path = tmp_path / "asap.yaml"
    path.write_text((SAMPLES / "big-beanz.yaml").read_text("utf-8").replace(
        "learned: that new starters shadow customers for their first month",
        "learned: that the support team answers urgent tickets ASAP, and is still not "
        "disappointed by the volume"), "utf-8")
    body = ("Dear Priya,\n\nThank you for meeting me. I was glad to learn that the support "
            "team answers urgent tickets ASAP, and is still not disappointed by the volume. I "
            "am very keen on the role. Please reply ASAP.\n\nBest wishes,\nJordan\n")
    document = draft(body, "thank-you")
    assert [(f.rule, f.line, f.column) for f in check.check(document) if f.words == "ASAP"] \
        == [("G2", 5, 92), ("G2", 5, 184)]
    assert [(f.rule, f.line, f.column) for f in check.check(document, profile.load(path))
            if f.rule in ("G2", "CI5")] == [("G2", 5, 184)]


def test_G2_a_promise_said_back_is_quoted_not_judged(tmp_path: Path) -> None:
    """The check-in says the profile's `promise` back ("let you know ASAP" as "let me know
    ASAP"): still the interviewer's words, not the candidate pressing (found by the
    property tests)."""
    path = tmp_path / "promise.yaml"
    path.write_text((SAMPLES / "big-beanz.yaml").read_text("utf-8").replace(
        "promise: let you know within a week when the face-to-face interview will be",
        "promise: let you know ASAP"), "utf-8")
    made = drafting.compose("check-in", profile.load(path),
                            Options(today=datetime.date(2026, 11, 30)))[0]
    assert "they planned to let me know ASAP" in made.body  # to the agency recruiter
    assert made.warnings == ()


@pytest.mark.parametrize(("sentence", "situation", "rule"), [
    ("Your loss.", "feedback-request", "FB3"), ("Your loss.", "check-in", "CI5"),
    ("Your loss.", "withdraw", "G2"), ("Your loss.", None, "G2"),
    ("Otherwise I will accept their offer.", "competing-offer", "CO2"),
    ("Otherwise I will accept their offer.", "thank-you", "G2"),
    ("Otherwise I will accept their offer.", None, "G2"),
])
def test_G2_CI5_FB3_CO2_the_words_hurt_everywhere_under_the_situations_rule(
        sentence: str, situation: str | None, rule: str) -> None:
    """Issue 13: bitterness is FB3 in a feedback request, CI5 in a check-in, G2 elsewhere;
    an ultimatum is CO2 in a competing-offer notice and G2 elsewhere."""
    assert [finding[0] for finding in tone(sentence, situation)] == [rule]


def test_G2_exclamation_marks_more_than_one() -> None:
    body = "Dear Sam,\n\nThank you!\n\nI loved it! Really!\n\nBest,\nJo\n"
    assert [(f.rule, f.severity, f.line, f.column, f.words) for f in
            check.check(draft(body, None)) if "exclamation" in f.message] == [
        ("G2", "warning", 7, 11, "I loved it!")]
    assert [f for f in check.check(draft("Dear Sam,\n\nThank you!\n", None))
            if "exclamation" in f.message] == []


@pytest.mark.parametrize(("text", "shouted"), [
    ("I am VERY keen on the role.", ["VERY"]),
    ("PLEASE LET ME KNOW soon.", ["PLEASE LET ME KNOW"]),
    ("I worked for the NHS in the UK on IT and HR systems.", []),
    ("I used SQL, AWS and JSON at KPMG.", []),
    ("I AM free on Monday.", []),
], ids=["G2-emphasis-word", "G2-run", "G2-acronyms", "G2-acronyms-2", "G2-short-run"])
def test_G2_capitals(text: str, shouted: list[str]) -> None:
    body = f"Dear Sam,\n\n{text}\n\nBest,\nJo\n"
    assert [f.words for f in check.check(draft(body, None)) if "Capitals" in f.message] == \
        shouted


def test_G2_capitals_in_the_profile_or_the_name_are_not_shouting(tmp_path: Path) -> None:
    path = tmp_path / "caps.yaml"
    path.write_text((SAMPLES / "big-beanz.yaml").read_text("utf-8").replace(
        "company: Big Beanz", "company: BIG BEANZ"), "utf-8")
    loaded = profile.load(path)
    body = "Dear PRIYA SHAH,\n\nI enjoyed BIG BEANZ.\n\nBest,\nJo\n"
    document = draft(body, None, to=(("PRIYA SHAH", None),))
    assert [f.words for f in check.check(document) if "Capitals" in f.message] == [
        "BIG BEANZ"]
    assert [f.words for f in check.check(document, loaded) if "Capitals" in f.message] == []


def test_G2_the_signature_is_not_checked_but_the_sign_off_is() -> None:
    body = ("Dear Sam,\n\nThank you for your time.\n\nCheers!!\nJO URGENT-SMITH\n"
            "Desperate Housewives Ltd\n")
    assert found(draft(body, None)) == [("G2", "warning", 7, "Cheers!!")]


# ------------------------------------------------------------------ leftovers and subject (G2)

LEFTOVERS = [
    ("Dear {{ name }},", "{{ name }}"),
    ("Dear [Name],", "[Name]"),
    ("Dear <first name>,", "<first name>"),
    ("Dear {name},", "{name}"),
    ("Dear Sam, TODO", "TODO"),
    ("Dear Sam, ____", "____"),
    ("Dear Sam, [insert company]", "[insert company]"),
]


@pytest.mark.parametrize(("line", "words"), LEFTOVERS, ids=[case[1] for case in LEFTOVERS])
def test_G2_leftover_placeholders(line: str, words: str) -> None:
    body = f"{line}\n\nThank you for your time.\n\nBest,\nJo\n"
    assert found(draft(body, None)) == [("G2", "error", 3, words)]


@pytest.mark.parametrize("text", [
    "See [my portfolio](https://example.com/jo) for the designs.",
    "Write to me at <jo@example.com> or on <https://example.com>.",
    "My grade was 2:1 [sic] and I used <b>bold</b> once.",
    "The project was in Q3 2025.",
], ids=["G2-markdown-link", "G2-angle-address", "G2-sic-and-html", "G2-plain"])
def test_G2_not_leftovers(text: str) -> None:
    body = f"Dear Sam,\n\n{text}\n\nBest,\nJo\n"
    assert found(draft(body, None)) == []


@pytest.mark.parametrize("greeting", ["Dear ,", "Dear,", "Hi ,", "Dear None,", "Hello undefined,"])
def test_G2_empty_salutation(greeting: str) -> None:
    body = f"{greeting}\n\nThank you for your time.\n\nBest,\nJo\n"
    assert found(draft(body, None)) == [("G2", "error", 3, greeting)]


@pytest.mark.parametrize("greeting", ["Hello,", "Good morning,", "Hi all,", "Dear Hiring Team,"])
def test_G2_greetings_without_a_name_are_not_empty(greeting: str) -> None:
    body = f"{greeting}\n\nThank you for your time.\n\nBest,\nJo\n"
    assert found(draft(body, None)) == []


def test_G2_a_name_from_the_profile_is_not_an_empty_greeting(tmp_path: Path) -> None:
    path = tmp_path / "odd.yaml"
    path.write_text((SAMPLES / "big-beanz.yaml").read_text("utf-8").replace(
        "        title: Head of Sales", "        title: Head of Sales\n        salutation: None"),
        "utf-8")
    body = "Dear None,\n\nThank you for your time.\n\nBest,\nJo\n"
    assert found(draft(body, None), profile.load(path)) == []


@pytest.mark.parametrize(("subject", "expected"), [
    (None, [("G2", "warning", None, "")]),
    ("", [("G2", "warning", 1, "")]),
    ("Following up", [("G2", "warning", 1, "Following up")]),
    ("Following up - thanks!", [("G2", "warning", 1, "Following up - thanks!")]),
    ("Re: Quick question", [("G2", "warning", 1, "Re: Quick question")]),
    ("Thank you for your time", [("G2", "warning", 1, "Thank you for your time")]),
    ("Thank you: Graduate Analyst interview", []),
    ("Feedback on my Paralegal application", []),
    # issue 13: a reply about something not given, to get opened
    ("Re: Offer details", [("G2", "error", 1, "Re: Offer details")]),
    ("RE: RE: Paralegal interview", [("G2", "error", 1, "RE: RE: Paralegal interview")]),
    ("Re: Paralegal interview on 3 November", []),
], ids=["G2-missing", "G2-empty", "G2-following-up", "G2-following-up-dash",
         "G2-quick-question", "G2-thank-you",
        "G2-specific", "G2-specific-feedback", "G2-fake-reply-offer", "G2-fake-reply-twice",
        "G2-a-real-reply"])
def test_G2_subject(subject: str | None, expected: list[tuple[Any, ...]]) -> None:
    body = "Dear Sam,\n\nThank you for your time.\n\nBest,\nJo\n"
    assert found(draft(body, None, subject=subject)) == expected


def test_G2_a_card_or_voicemail_needs_no_subject() -> None:
    body = "Dear Sam,\n\nThank you for your time.\n\nBest,\nJo\n"
    assert found(draft(body, None, subject=None, channel="card")) == []


# ------------------------------------------------------------------ length (TY3, CI4, CI7)


def _body(words_in_paragraphs: list[int]) -> str:
    paragraphs = [" ".join(f"word{n}" for n in range(count)) + "." for count in
                  words_in_paragraphs]
    return "Dear Sam,\n\n" + "\n\n".join(paragraphs) + "\n\nBest wishes,\nJo Bloggs\n"


LENGTHS = [
    # (situation, channel, words per paragraph, expected (rule, severity, line))
    ("thank-you", "email", [75, 75], []),
    ("thank-you", "email", [75, 76], [("TY3", "warning", 7)]),
    ("thank-you", "email", [50, 50, 50, 10], [("TY3", "warning", 11), ("TY3", "warning", 11)]),
    ("thank-you", "email", [40, 40, 40, 40, 40], [("TY3", "warning", 11), ("TY3", "warning", 11)]),
    ("thank-you", "email", [30, 30, 30, 30], [("TY3", "warning", 11)]),
    ("thank-you", "email", [200, 26], [("TY3", "error", 5)]),
    ("thank-you", "card", [90], []),
    ("thank-you", "card", [91], [("TY3", "warning", 5)]),
    ("check-in", "email", [60, 60], []),
    ("check-in", "email", [60, 61], [("CI4", "warning", 7)]),
    ("check-in", "email", [100, 81], [("CI4", "error", 7)]),
    ("check-in", "voicemail", [75], []),
    ("check-in", "voicemail", [76], [("CI7", "warning", 5)]),
    ("feedback-request", "email", [300], []),
]


@pytest.mark.parametrize(("situation", "channel", "sizes", "expected"), LENGTHS,
                         ids=[f"{limit[3][0][0] if limit[3] else 'ok'}-{limit[0]}-{limit[1]}-"
                              f"{sum(limit[2])}" for limit in LENGTHS])
def test_length_TY3_CI4_CI7(situation: str, channel: str, sizes: list[int],
                            expected: list[tuple[Any, ...]]) -> None:
    document = draft(_body(sizes), situation, channel=channel, subject=None)
    findings = [f for f in check.check(document) if f.rule in ("TY3", "CI4", "CI7")
                and "body" in f.message]
    assert [(f.rule, f.severity, f.line) for f in findings] == expected


def test_TY3_length_message_counts_the_body_only() -> None:
    findings = check.check(draft(_body([75, 76]), "thank-you", subject=None, channel="card"))
    assert [(f.message, f.suggestion) for f in findings if f.rule == "TY3"] == [
        ("The body is 151 words; TY3 asks for at most 90 (greeting and sign-off not counted).",
         "Cut about 61 words; the limit is passed on this line.")]


def test_TY3_compose_reports_the_length_once(tmp_path: Path) -> None:
    """Drafting applies the guidance's limit through the checker only: one TY3 finding,
    not one from the drafting code and another from the checker."""
    template = tmp_path / "long.md.j2"
    template.write_text("---\nsituation: thank-you\nsubject: \"Thank you: {{ role }}\"\n---\n"
                        "Dear {{ salutation }},\n\nThank you for meeting me about the {{ role }} "
                        "role. I am very keen on it." + " It was a good day." * 40 +
                        "\n\nBest wishes,\n{{ candidate.name }}\n", encoding="utf-8")
    loaded = profile.load(SAMPLES / "unsuccessful.yaml")
    made = drafting.compose("thank-you", loaded, Options(today=datetime.date(2026, 11, 19)),
                            template_file=template)[0]
    assert [note.message for note in made.warnings if note.rule == "TY3"] == [
        "The body is 217 words; TY3 asks for at most 150 (greeting and sign-off not counted). "
        "Cut about 67 words; the limit is passed on this line."]


# ------------------------------------------------------------------ content (TY4, TY8, CI4, CO4)


@pytest.mark.parametrize(("situation", "body", "missing"), [
    ("thank-you", "Thank you for your time. I am very keen on the role.", []),
    ("thank-you", "It was good to meet you. I am very keen on the role.",
     [("TY4", "Does not thank them.")]),
    ("thank-you", "Thank you for your time. I am no longer interested in the role.",
     [("TY4", "Does not say you are interested in the role.")]),
    ("check-in", "I remain very interested. Is there any news on the next step?", []),
    ("check-in", "I remain very interested.", [("CI4", "Does not ask about the next step.")]),
    ("check-in", "Is there any update?",
     [("CI4", "Does not remind them that you are interested.")]),
    ("competing-offer", "I have another offer and must reply by 4 December. This role is my "
     "first choice: what is your timeline?", []),
    ("competing-offer", "I have another offer. This role is my first choice: what is your "
     "timeline?", [("CO4", "Does not state when you must answer the other offer.")]),
    ("competing-offer", "I have another offer and must reply by 4 December.",
     [("CO4", "Does not reaffirm your interest in this role."),
      ("CO4", "Does not ask about their timeline.")]),
    # issue 13: interest said in other words is interest
    ("competing-offer", "I have another offer and must reply by 4 December. Lumen Health is "
     "my preferred option: what is your timeline?", []),
    ("thank-you", "Thank you for your time. This role really means a great deal to me.", []),
], ids=["TY4-ok", "TY4-no-thanks", "TY4-negated-interest", "CI4-ok", "CI4-no-next-step",
        "CI4-no-interest", "CO4-ok", "CO4-no-deadline", "CO4-no-interest-no-timeline",
        "CO4-preferred-option", "TY4-means-a-great-deal"])
def test_content_without_a_profile(situation: str, body: str,
                                   missing: list[tuple[str, str]]) -> None:
    document = draft(f"Dear Sam,\n\n{body}\n\nBest,\nJo\n", situation,
                     subject="Graduate Analyst: an update")
    assert [(f.rule, f.message) for f in check.check(document)] == missing


BIG_BEANZ_NOTE = (
    "Dear Priya,\n\nThank you for meeting me about the Business Development Graduate role. "
    "{learned}\n\n{highlight} I am very keen to join.{question}\n\nBest wishes,\nJordan Lee\n")


@pytest.mark.parametrize(("learned", "highlight", "question", "missing"), [
    ("I loved hearing that new starters shadow customers in their first month.",
     "I built a volunteer rota in Airtable for my society, cutting no-shows by a third.",
     " I'd love to hear how you measure success in the first 90 days.", []),
    ("", "I built a volunteer rota in Airtable for my society, cutting no-shows by a third.",
     " What does success look like in the first year?", ["TY4"]),
    ("I loved hearing that new starters shadow customers in their first month.", "", "",
     ["TY8", "TY4"]),
], ids=["TY4-TY8-all-there", "TY4-no-learned-TY8-own-question", "TY4-TY8-no-highlight-no-question"])
def test_TY4_TY8_content_with_the_profile(learned: str, highlight: str, question: str,
                                          missing: list[str]) -> None:
    loaded = profile.load(SAMPLES / "big-beanz.yaml")
    body = BIG_BEANZ_NOTE.format(learned=learned, highlight=highlight, question=question)
    document = draft(body, "thank-you", subject="Thank you: Business Development Graduate")
    assert [f.rule for f in check.check(document, loaded)] == missing


def test_TY4_names_the_role_or_company_with_the_profile() -> None:
    loaded = profile.load(SAMPLES / "unsuccessful.yaml")
    body = ("Dear Tom,\n\nThank you for the assessment centre. Learning that interns present "
            "their project to the board in August was great. I automated the lab's weekly "
            "reporting in Python. I am very keen.\n\nBest,\nSam\n")
    document = draft(body, "thank-you", subject="Thank you: assessment centre")
    assert [f.message for f in check.check(document, loaded)] == [
        "Names neither the role nor the company (Data Analyst Intern, Northgate Analytics)."]
    named = body.replace("the assessment centre", "the Northgate assessment centre")
    assert check.check(draft(named, "thank-you", subject="Thank you"), loaded)[1:] == []


def test_TY4_the_role_without_the_adverts_terms_in_brackets_names_it() -> None:
    """Round 14: drafts say "the Data Analyst Intern role" for "Data Analyst Intern (12
    months, fixed term)"; so may a hand-written note."""
    loaded = msgspec.structs.replace(profile.load(SAMPLES / "unsuccessful.yaml"),
                                     role="Data Analyst Intern (12 months, fixed term)",
                                     company="Northgate")
    body = ("Dear Tom,\n\nThank you for the assessment centre for the Data Analyst Intern role. "
            "Learning that interns present their project to the board in August was great. I "
            "automated the lab's weekly reporting in Python. I am very keen.\n\nBest,\nSam\n")
    assert check.check(draft(body, "thank-you", subject="Thank you"), loaded)[1:] == []
    vague = body.replace("the Data Analyst Intern role", "the position")
    assert [f.message for f in check.check(draft(vague, "thank-you", subject="Thank you"),
                                           loaded)][1:] == [
        "Names neither the role nor the company (Data Analyst Intern (12 months, fixed term), "
        "Northgate)."]


def test_TY4_TY8_use_the_recipients_own_values() -> None:
    loaded = profile.load(SAMPLES / "panel-interview.yaml")
    body = ("Dear Mr Okafor,\n\nThank you for meeting me about the Trainee Solicitor role. I was "
            "glad to hear that the property team drafts its own precedent bank. I won the "
            "regional client interviewing competition in 2025. I am very keen.\n\nYours "
            "sincerely,\nAoife\n")
    to_okafor = draft(body, "thank-you", subject="Thank you: Trainee Solicitor interview",
                      to=(("David Okafor", "david.okafor@ashworthlyle.example"),))
    assert check.check(to_okafor, loaded) == []  # he has no question in the profile
    to_margaret = draft(body.replace("Mr Okafor", "Ms Ashworth"), "thank-you",
                        subject="Thank you: Trainee Solicitor interview")
    assert [(f.rule, f.message) for f in check.check(to_margaret, loaded)] == [
        ("TY4", "Does not mention what you learned in the interview: that trainees sit in "
                "four seats, one of them with a client secondment."),
        ("TY8", "Does not ask the question that follows on from the interview: how trainees "
                "are matched to their secondment.")]


@pytest.mark.parametrize(("sentence", "ok"), [
    ("I have been asked to reply by 4 December.", True),
    ("I have been asked to reply by December 4th.", True),
    ("I have been asked to reply by Friday.", True),
    ("I have been asked to reply by 2026-12-04.", True),
    ("I have been asked to reply by 12/4.", True),
    ("I have been asked to reply by 5 December.", False),
    ("I have been asked to reply soon.", False),
], ids=["CO4-day-month", "CO4-month-day", "CO4-weekday", "CO4-iso", "CO4-us", "CO4-wrong",
        "CO4-none"])
def test_CO4_deadline_with_the_profile(sentence: str, ok: bool) -> None:
    loaded = profile.load(SAMPLES / "competing-offer.yaml")
    body = (f"Dear Daniel,\n\nI have received another offer. {sentence} I remain very "
            "interested in the role: what is your timeline?\n\nBest,\nMaya\n")
    findings = check.check(draft(body, "competing-offer", subject="Junior Product Designer"),
                           loaded)
    assert [f.message for f in findings] == ([] if ok else [
        "Does not give the other offer's deadline, 2026-12-04."])


# ------------------------------------------------------------------ variety (TY5)


def _note(name: str, opening: str, middle: str, email: str | None = None) -> Document:
    body = (f"Dear {name},\n\n{opening} {middle}\n\nI am very keen to join the team, and "
            "thank you again.\n\nBest wishes,\nJo\n")
    return Document(name=f"note to {name}", body=body, subject="Thank you: Analyst interview",
                    situation="thank-you", to=((name, email),))


def test_TY5_same_opening_and_too_alike() -> None:
    first = _note("Ann", "Thank you for meeting me today.", "I enjoyed the tour of the lab.")
    second = _note("Bo", "Thank you for meeting me today.", "I enjoyed the tour of the lab.")
    third = _note("Cy", "It was a pleasure to hear about the audit work.",
                  "Learning how the graduate rotations work made the role even more appealing "
                  "to me, and I hope to hear about the next stage.")
    results = check.check_all([first, second, third])
    assert results[0] == [] and results[2] == []
    assert [(f.rule, f.severity, f.line, f.words, f.message) for f in results[1]] == [
        ("TY5", "warning", None, "", "Reads too much like note to Ann: word similarity 1.00, "
                                     "above 0.7."),
        ("TY5", "warning", 3, "Thank you for meeting me today.",
         "Opens with the same sentence as note to Ann."),
    ][::-1]


def test_TY5_openings_that_differ_only_in_the_name_are_the_same() -> None:
    first = _note("Ann", "Thank you, Ann, for meeting me today.", "I enjoyed the tour.")
    second = _note("Bo", "Thank you, Bo, for meeting me today!", "Your account of the audit "
                   "work and the rotations was fascinating, and I hope to hear more soon.")
    assert [(f.rule, f.line, f.words) for f in check.check_all([first, second])[1]] == [
        ("TY5", 3, "Thank you, Bo, for meeting me today!")]
    third = _note("Cy", "Thank you, Cy, for meeting me yesterday.", "I enjoyed the tour.")
    assert [f.words for f in check.check_all([first, third])[1] if f.line is not None] == []


def test_TY5_other_companies_are_not_compared() -> None:
    first = _note("Ann", "Thank you for meeting me today.", "I enjoyed it.", "ann@one.example")
    second = _note("Bo", "Thank you for meeting me today.", "I enjoyed it.", "bo@two.example")
    assert check.check_all([first, second]) == [[], []]


def test_TY5_compose_flags_panel_notes_that_share_an_opening(tmp_path: Path) -> None:
    template = tmp_path / "same.md.j2"
    template.write_text("---\nsituation: thank-you\nsubject: \"Thank you: {{ role }}\"\n---\n"
                        "Dear {{ salutation }},\n\nThank you for meeting me about the "
                        "{{ role }} role at {{ company }}. I am very interested in it.\n\n"
                        "Best wishes,\n{{ candidate.name }}\n", encoding="utf-8")
    loaded = profile.load(SAMPLES / "panel-interview.yaml")
    notes = drafting.compose("thank-you", loaded, Options(today=datetime.date(2026, 11, 19),
                                                          every=True),
                             template_file=template)
    assert [[note.rule for note in draft.warnings if note.rule == "TY5"] for draft in notes] == [
        [], ["TY5", "TY5"], ["TY5", "TY5", "TY5", "TY5"]]
    assert notes[1].warnings[0].message.startswith(
        "Opens with the same sentence as the note to Margaret Ashworth.")


# ------------------------------------------------------------------ every draft is checked


def test_compose_adds_the_checkers_findings_as_warnings_CI5_G2_CI4(tmp_path: Path) -> None:
    template = tmp_path / "pushy.md.j2"
    template.write_text("---\nsituation: check-in\nsubject: Following up\n---\n"
                        "Dear {{ salutation }},\n\nI still haven't heard about the {{ role }} "
                        "role. Please reply ASAP.\n\nBest wishes,\n{{ candidate.name }}\n",
                        encoding="utf-8")
    loaded = profile.load(SAMPLES / "big-beanz.yaml")
    made = drafting.compose("check-in", loaded, Options(today=datetime.date(2026, 11, 30)),
                            template_file=template)[0]
    assert [(note.rule, note.message) for note in made.warnings] == [
        ("CI5", "Sounds frustrated or blaming: \"still haven't heard\". "
                + FRUSTRATION.suggestion),
        ("G2", "Puts pressure on them: \"ASAP\". " + PRESSURE.suggestion),
        ("G2", "The subject is generic: \"Following up\". Name the role (and, for a check-in, "
               "what you are asking): \"Business Development Graduate at Big Beanz: next steps\"."),
        ("CI4", "Does not remind them that you are interested. Add a sentence such as "
                "\"I remain very interested in the role.\""),
        ("CI4", "Does not ask about the next step. Ask when you might expect to hear about "
                "the next step.")]


def test_every_finding_has_a_known_rule_and_reason() -> None:
    rules = {phrase_list.rule for phrase_list in TONE}
    rules |= {cue.rule for cue in CONTENT}
    rules |= {requirement.rule for requirement in PROFILE_CONTENT.values()}
    rules |= {pattern.rule for pattern in form.LEFTOVERS}
    rules |= {EMPHASIS.rule, VARIETY.rule, SUBJECT_RULE,
              EMPTY_GREETING.rule}
    assert rules <= set(RULES)
    assert Finding("CI5", "error", 1, 1, "x", "m", "s").reason == RULES["CI5"].reason


# ------------------------------------------------------------------ the situation


@pytest.mark.parametrize(("subject", "body", "situation"), [
    ("Thank you: Analyst interview", "Thank you for meeting me today.", "thank-you"),
    ("Analyst: next steps", "I have not heard back since the interview.", "check-in"),
    ("Feedback on my application", "Thank you for letting me know the outcome.",
     "feedback-request"),
    ("An update on my timing", "I have received an offer from another company.",
     "competing-offer"),
    ("Withdrawing my application", "I have decided to withdraw my application.", "withdraw"),
    (None, "Hello.", None),
    (None, "Thank you for your time. I have received another offer.", "competing-offer"),
], ids=["thank-you", "check-in", "feedback-request", "competing-offer", "withdraw", "unknown",
        "a-tie-goes-to-the-more-specific"])
def test_guess_situation(subject: str | None, body: str, situation: str | None) -> None:
    assert guess_situation(subject, body) == situation


def test_resolve_prefers_given_then_file_then_guess() -> None:
    document = Document(name="x", body="Thank you for meeting me.", situation="check-in",
                        situation_from="file")
    assert (resolve(document, "thank-you").situation_from,
            resolve(document).situation, resolve(
                Document(name="x", body="Thank you for meeting me.")).situation_from) == (
        "given", "check-in", "guessed")


def test_G2_without_a_situation_only_tone_and_leftovers_are_checked() -> None:
    body = "Dear Sam,\n\n" + " ".join(["word"] * 300) + " ASAP.\n\nBest,\nJo\n"
    assert found(draft(body, None)) == [("G2", "error", 5, "ASAP")]


# ------------------------------------------------------------------ the phrase language


@pytest.mark.parametrize(("phrase", "text", "matches"), [
    ("still (have|has)? not heard", "I still haven’t heard, she still hasn't heard",
     ["still haven’t heard", "still hasn't heard"]),
    ("disappoint*", "Disappointing and disappointed", ["Disappointing", "disappointed"]),
    ("follow up", "a follow-up and a follow\nup", ["follow-up", "follow\nup"]),
    ("# (December|Dec)", "by 4th December or 12 Dec", ["4th December", "12 Dec"]),
    ("#-#-#", "on 2026-12-04", ["2026-12-04"]),
    ("if I do not hear ... I will accept", "If I don't hear back, I will accept. If I do not "
     "hear. I will accept", ["If I don't hear back, I will accept"]),
    ("urgent:", "URGENT: see urgent care", ["URGENT:"]),
    ("I am (really)? keen", "I'm keen, I am really keen", ["I'm keen", "I am really keen"]),
    ("_ offer", "an offer", ["an offer"]),
    ("can not", "I cannot, I can't, I can not", ["cannot", "can't", "can not"]),
    # a long group is tried by its first words: a prefix, a group that may be empty, and
    # a gap inside an alternative still match as they would one by one
    ("(rude|arrogant|idiot*|a (total)? waste|(very)? smug|(quite)? (so)? glib|you ... lazy) "
     "panel", "idiotic panel, a total waste panel, smug panel, so glib panel, you were lazy "
     "panel, polite panel", ["idiotic panel", "a total waste panel", "smug panel",
                             "so glib panel", "you were lazy panel"]),
    ("you ... (rude|arrogant|condescending|dismissive|smug|lazy)", "You were kind. Then you "
     "were smug, and you. Rude", ["you were smug"]),
], ids=["contractions", "wildcard", "hyphen-and-line-break", "number", "iso-date", "gap",
        "punctuation", "optional", "any-word", "cannot", "long-group", "gap-in-one-sentence"])
def test_phrase_language(phrase: str, text: str, matches: list[str]) -> None:
    assert [match.text for match in matching.find([phrase], text)] == matches


@pytest.mark.parametrize("phrase", ["(a|b", "a)", "? a", "... a", "(a|b?)?", "#*"])
def test_phrase_language_refuses_broken_phrases(phrase: str) -> None:
    with pytest.raises(matching.PhraseError):
        matching.parse(phrase)


def test_every_phrase_list_compiles_and_has_no_duplicates() -> None:
    lists = [phrase_list.phrases for phrase_list in TONE]
    lists += [cue.phrases for cue in CONTENT] + list(SITUATION_SIGNALS.values())
    for phrases in lists:
        assert len(set(phrases)) == len(phrases)
        matching.PhraseSet(phrases)


def test_words_layout_of_hand_written_drafts() -> None:
    assert words.split("Priya,\n\nThanks for today.\n\nThanks, Jordan\n") == words.Parts(
        "Priya,", "Thanks for today.", "Thanks, Jordan")
    assert words.split("Dear Dr. Jane Smith,\n\nBody.\n\nJordan Lee\n+44 1\nj@x.com\n") == \
        words.Parts("Dear Dr. Jane Smith,", "Body.", "Jordan Lee\n+44 1\nj@x.com")
    assert words.split("Hi Priya. Hope you are well.\n\nMore.\n").greeting == ""


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("Although I was disappointed not to be offered the role, I enjoyed the day.", []),
    ("Although I was very disappointed, I understand the decision.", []),
    ("I was disappointed not to be selected, but I learned a lot.", []),
    ("I was disappointed to hear the news.", []),
    ("I am disappointed not to have heard from you.", ["I am disappointed"]),
    ("I'm really disappointed and a bit gutted.", ["I'm really disappointed"]),
    ("Although it was a long wait, I am frustrated by the silence.", ["I am frustrated"]),
])
def test_FB3_a_concession_about_oneself_is_no_bitterness(sentence: str,
                                                          flagged: list[str]) -> None:
    """Issue 13: disappointment granted on the way to a gracious point ("Although I was
    disappointed not to be offered the role, I ...") is not aimed at them; said of them,
    or with nothing gracious after it, it is."""
    assert [words for _, _, words in tone(sentence, "feedback-request")] == flagged


def test_G2_a_postscript_under_the_signature_is_checked() -> None:
    """Issue 13: the signature (names, numbers) is not judged, but a P.S. under it is the
    candidate's words again."""
    body = ("Dear Sam,\n\nI remain very interested. Is there any news on the next step?\n\n"
            "Best,\nJo Smith\n07700 900123\n\nP.S. I need an answer by Friday.\n")
    assert [(rule, words) for rule, _, _, words in found(draft(body, "check-in"))] == [
        ("G2", "I need an answer by")]


def test_CI5_no_doubt_is_no_negation() -> None:
    """"They will no doubt give it to an internal candidate anyway" assumes the worst:
    "no doubt" does not negate what follows, as "no" alone would."""
    assert [finding[0] for finding in tone(
        "They will no doubt give it to an internal candidate anyway.", "check-in")] == ["CI5"]
