"""The four situations drafted from every sample: golden drafts, and each rule they follow."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest

from followup import drafting, profile, words
from followup.draft import Draft
from followup.guidance.lengths import limit_for
from followup.situations import Options

from .conftest import FROZEN, SAMPLES
from .isolation import in_empty_home

# (sample, situation, date the draft is written on, extra options). Each date is one on
# which the plan would have the draft sent: the day after the interview for thank-you
# notes, after the promised date for check-ins.
GOLDEN_DRAFTS = [
    ("big-beanz", "thank-you", "2026-11-17", []),
    ("big-beanz", "check-in", "2026-12-07", []),
    ("panel-interview", "thank-you", "2026-11-19", ["--all"]),
    ("panel-interview", "thank-you.card", "2026-11-19", ["--all", "--channel", "card"]),
    ("panel-interview", "check-in", "2026-12-07", []),
    ("unsuccessful", "thank-you", "2026-11-10", []),
    ("unsuccessful", "feedback-request", "2026-11-24", []),
    ("competing-offer", "thank-you", "2026-11-13", []),
    ("competing-offer", "check-in", "2026-12-07", []),
    ("competing-offer", "competing-offer", "2026-11-24", []),
]


@pytest.mark.parametrize(("sample", "name", "today", "extra"), GOLDEN_DRAFTS,
                         ids=[f"{case[0]}-{case[1]}" for case in GOLDEN_DRAFTS])
def test_golden_draft(invoke: Any, golden: Any, sample: str, name: str, today: str,
                      extra: list[str]) -> None:
    situation = name.split(".")[0]
    result = invoke(situation, SAMPLES / f"{sample}.yaml", "--today", today, *extra)
    assert result.exit_code == 0, result.output
    golden(f"drafts/{sample}.{name}.txt", result.stdout)


def test_golden_markdown_and_json(invoke: Any, golden: Any) -> None:
    path = SAMPLES / "big-beanz.yaml"
    markdown = invoke("thank-you", path, "--today", "2026-11-17", "--format", "markdown")
    golden("drafts/big-beanz.thank-you.md", markdown.stdout)
    json = invoke("thank-you", path, "--today", "2026-11-17", "--format", "json")
    golden("drafts/big-beanz.thank-you.json", json.stdout)
    assert (markdown.exit_code, json.exit_code) == (0, 0)


NOT_APPLICABLE = [
    ("unsuccessful", "check-in",
     "A check-in is for an application that is 'waiting'; Northgate Analytics' status is "
     "'unsuccessful'. To ask for feedback: followup feedback-request."),
    ("big-beanz", "feedback-request",
     "Big Beanz's status is 'waiting'. A feedback request follows a rejection: set status: "
     "unsuccessful, and add\n    feedback:\n      rejected_on: YYYY-MM-DD\n      promised: "
     "true   # if they offered feedback"),
    ("big-beanz", "competing-offer",
     "The profile records no other offer. Add one:\n    competing_offer:\n      company: Acme "
     "Foods\n      role: Graduate Sales Associate\n      deadline: YYYY-MM-DD"),
]


@pytest.mark.parametrize(("sample", "situation", "message"), NOT_APPLICABLE,
                         ids=[f"{case[0]}-{case[1]}" for case in NOT_APPLICABLE])
def test_situation_the_profile_cannot_support(invoke: Any, sample: str, situation: str,
                                              message: str) -> None:
    path = SAMPLES / f"{sample}.yaml"
    result = invoke(situation, path, "--today", FROZEN)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}: {message}\n"


def test_thank_you_needs_interviewer_names(invoke: Any, tmp_path: Path) -> None:
    text = (SAMPLES / "big-beanz.yaml").read_text(encoding="utf-8")
    start, end = text.index("    interviewers:"), text.index("status:")
    path = tmp_path / "nobody.yaml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    result = invoke("thank-you", path, "--today", FROZEN)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}: The interview on 2026-11-16 lists no interviewers, so there is no one "
        "to thank. Add them to the profile under that interview:\n    interviewers:\n"
        "      - name: Priya Shah\n        email: priya.shah@example.com\n")


# ------------------------------------------------------------ every draft, every sample


def _every_draft() -> list[tuple[str, Draft]]:
    drafts = []
    for path in sorted(SAMPLES.glob("*.yaml")):
        loaded = profile.load(path)
        for situation in ("thank-you", "check-in", "feedback-request", "competing-offer"):
            for channel in ("email", "card"):
                if channel == "card" and situation != "thank-you":
                    continue
                # A competing-offer notice only while the deadline (4 December) is ahead (CO3).
                today = datetime.date(2026, 11, 24) if situation == "competing-offer" else \
                    datetime.date(2026, 12, 7)
                options = Options(today=today, every=True, channel=channel) \
                    if situation == "thank-you" else Options(today=today)
                for attempt in (1, 2, 3) if situation == "check-in" else (None,):
                    try:
                        found = drafting.compose(situation, loaded,
                                                 options._replace(attempt=attempt))
                    except drafting.NotApplicable:
                        continue
                    drafts += [(f"{path.stem}/{situation}/{channel}/{attempt}", draft)
                               for draft in found]
    return drafts


EVERY_DRAFT = in_empty_home(_every_draft)
IDS = [name for name, _ in EVERY_DRAFT]


def test_every_situation_renders_from_some_sample() -> None:
    rendered = {name.split("/")[1] for name in IDS}
    assert rendered == {"thank-you", "check-in", "feedback-request", "competing-offer"}
    assert len(EVERY_DRAFT) >= 20


@pytest.mark.parametrize("draft", [draft for _, draft in EVERY_DRAFT], ids=IDS)
def test_length_limits_TY3_CI4(draft: Draft) -> None:
    limit = limit_for(draft.situation, draft.channel)
    body = words.split(draft.body).body
    if limit is not None:
        assert draft.words == len(words.words(body)) <= limit.max_words
        if limit.max_paragraphs:
            assert len(words.paragraphs(body)) <= limit.max_paragraphs
    assert not [note for note in draft.warnings if note.rule in ("TY3", "CI4")]


@pytest.mark.parametrize("draft", [draft for _, draft in EVERY_DRAFT], ids=IDS)
def test_no_placeholder_leaks(draft: Draft) -> None:
    text = f"{draft.subject or ''}\n{draft.body}"
    for leak in ("{{", "}}", "{%", "None", "[Name]", "<company>", "  ", " ,", " ."):
        assert leak not in text
    assert re.match(r"Dear \S", draft.body)
    assert draft.body.endswith("\n") and not draft.body.endswith("\n\n")
    assert draft.body.count(",\n") >= 2  # greeting and sign-off each end a line


# ------------------------------------------------------------ the rules, one by one


def _drafts(sample: str, situation: str, today: str = "2026-11-19", **options: Any) -> list[Draft]:
    return drafting.compose(situation, profile.load(SAMPLES / f"{sample}.yaml"),
                            Options(today=datetime.date.fromisoformat(today), **options))


def test_TY1_one_note_for_each_interviewer() -> None:
    notes = _drafts("panel-interview", "thank-you", every=True)
    assert [note.to[0].name for note in notes] == [
        "Margaret Ashworth", "David Okafor", "Helen Carter"]


def test_TY1_several_interviewers_need_all_or_to(invoke: Any) -> None:
    result = invoke("thank-you", SAMPLES / "panel-interview.yaml", "--today", FROZEN)
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: The interview on 2026-11-18 had 3 interviewers (Margaret Ashworth, David "
        "Okafor, Helen Carter). Thank each of them (TY1): use --all for one note each, or "
        "--to NAME for one.\n")


def test_TY4_names_what_was_learned_and_a_highlight() -> None:
    note = _drafts("big-beanz", "thank-you", "2026-11-17")[0]
    assert "that new starters shadow customers for their first month" in note.body
    assert "I built the society's volunteer rota in Airtable" in note.body
    assert "Thank you" in note.body and "interested" in note.body


def test_TY5_panel_notes_differ_in_opening_and_wording() -> None:
    notes = _drafts("panel-interview", "thank-you", every=True)
    openings = [words.first_sentence(note.body) for note in notes]
    assert len(set(openings)) == len(notes)
    for index, first in enumerate(notes):
        for second in notes[index + 1:]:
            assert words.similarity(first.body, second.body) <= 0.7


def test_TY5_the_same_profile_gives_the_same_notes() -> None:
    assert _drafts("panel-interview", "thank-you", every=True) == \
        _drafts("panel-interview", "thank-you", every=True)


def test_TY6_traditional_style_is_formal_and_suggests_a_card(invoke: Any) -> None:
    result = invoke("thank-you", SAMPLES / "panel-interview.yaml", "--to", "Okafor",
                    "--today", "2026-11-19")
    assert "Dear Mr Okafor," in result.stdout and "Yours sincerely," in result.stdout
    assert result.stderr == ("tip TY6: A very traditional organisation may appreciate a "
                             "handwritten note card: add --channel card for its text.\n")
    card = _drafts("panel-interview", "thank-you", channel="card", to="Margaret")[0]
    assert card.subject is None and card.body.startswith("Dear Ms Ashworth,")
    assert card.body.endswith("Yours sincerely,\nAoife Ní Bhriain\n")


def test_TY7_thanks_for_meeting_outside_hours() -> None:
    outside = "outside"
    assert all(outside in note.body
               for note in _drafts("panel-interview", "thank-you", every=True))
    assert outside not in _drafts("big-beanz", "thank-you")[0].body


def test_TY8_asks_the_interviewers_question() -> None:
    notes = {note.to[0].name: note.body
             for note in _drafts("panel-interview", "thank-you", every=True)}
    assert "how trainees are matched to their secondment" in notes["Margaret Ashworth"]
    assert "when the vacation scheme dates for next summer are set" in notes["Helen Carter"]


def test_TY9_promise_to_follow_up_only_to_the_main_contact() -> None:
    notes = {note.to[0].name: note.body
             for note in _drafts("panel-interview", "thank-you", every=True)}
    promise = "Wednesday 2 December"
    assert [name for name, body in notes.items() if promise in body] == ["Margaret Ashworth"]


def test_CI4_check_in_asks_about_the_next_step() -> None:
    body = _drafts("big-beanz", "check-in", "2026-11-30")[0].body
    assert "when I might expect to hear about the next step" in body
    assert "I remain very interested" in body


def test_CI10_last_attempt_says_you_will_move_on() -> None:
    first, last = (_drafts("panel-interview", "check-in", "2026-12-14", attempt=attempt)[0]
                   for attempt in (1, 3))
    sentence = "I am starting to pursue other opportunities"
    assert sentence not in first.body and sentence in last.body


def test_CI8_CI9_attempt_past_the_budget_warns() -> None:
    draft = _drafts("big-beanz", "check-in", "2026-12-14", attempt=2)[0]
    assert [(note.rule, note.message) for note in draft.warnings] == [
        ("CI9", "This would be check-in 2, past the 1 that the interviews earn (CI8): the "
                "guidance says to move on.")]


def test_CI11_a_missed_promise_is_mentioned_once_its_date_has_passed() -> None:
    promise = "let me know within a week when the face-to-face interview will be"
    assert promise in _drafts("big-beanz", "check-in", "2026-11-30")[0].body
    assert promise not in _drafts("big-beanz", "check-in", "2026-11-23")[0].body


def test_check_in_goes_to_the_recruiter_when_there_is_one() -> None:
    assert _drafts("big-beanz", "check-in", "2026-11-30")[0].to[0].name == "Sam Patel"
    assert _drafts("big-beanz", "check-in", "2026-11-30", to="priya")[0].to[0].name == \
        "Priya Shah"


@pytest.mark.parametrize(("promised", "sentence"), [
    (True, "You kindly offered to share feedback"),           # FB1
    (False, "I would be very grateful for any feedback"),     # FB2
], ids=["FB1-promised", "FB2-not-promised"])
def test_FB1_FB2_feedback_request(tmp_path: Path, promised: bool, sentence: str) -> None:
    text = (SAMPLES / "unsuccessful.yaml").read_text(encoding="utf-8")
    path = tmp_path / "profile.yaml"
    path.write_text(text.replace("promised: true", f"promised: {str(promised).lower()}"),
                    encoding="utf-8")
    draft = drafting.compose("feedback-request", profile.load(path),
                             Options(today=datetime.date(2026, 11, 24)))[0]
    assert sentence in draft.body
    assert [note.rule for note in draft.tips] == ["FB4"]


def test_CO4_states_the_deadline_and_interest_CO2_without_ultimatum() -> None:
    body = _drafts("competing-offer", "competing-offer", "2026-11-24")[0].body
    assert "reply by Friday, December 4" in body
    assert "I remain very interested in the Junior Product Designer role" in body
    assert "where you are in your process" in body
    for ultimatum in ("unless", "otherwise", "need an answer", "must"):
        assert ultimatum not in body.lower()
