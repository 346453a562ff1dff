"""The golden drafts (every one, in one table), and the four situations drafted from every
sample with each rule they follow."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import msgspec
import pytest

from followup import drafting, profile, words
from followup.compose.situations import Options
from followup.draft import Draft
from followup.guidance.lengths import limit_for

from .conftest import FROZEN, GOLDEN, SAMPLES
from .isolation import assert_the_profiles_own_reason, drafted

# Every golden draft: its file in tests/golden/drafts/, named SAMPLE.SITUATION[.VARIANT].SUFFIX
# for the command SITUATION on sample_profiles/SAMPLE.yaml; the date it is written on; the
# other options. Each date is one on which the plan would have the draft sent: the
# interview day for a recruiter debrief (RC1), the day after it for thank-you notes (TY2),
# after the promised date for check-ins.
GOLDEN_DRAFTS = [
    ("big-beanz.thank-you.txt", "2026-11-17", []),
    ("big-beanz.thank-you.md", "2026-11-17", ["--format", "markdown"]),
    ("big-beanz.thank-you.json", "2026-11-17", ["--format", "json"]),
    ("big-beanz.thank-you.formal.txt", "2026-11-17", ["--tone", "formal"]),
    ("big-beanz.thank-you.warm.txt", "2026-11-17", ["--tone", "warm"]),
    ("big-beanz.thank-you.brief.txt", "2026-11-17", ["--tone", "brief"]),
    ("big-beanz.check-in.txt", "2026-12-07", []),
    ("big-beanz.check-in.voicemail.txt", "2026-12-07", ["--channel", "voicemail"]),
    ("big-beanz.recruiter-debrief.txt", "2026-11-16", []),
    ("big-beanz.recruiter-debrief.brief.txt", "2026-11-16", ["--tone", "brief"]),
    ("big-beanz.withdraw.txt", "2026-11-24", []),
    ("panel-interview.thank-you.txt", "2026-11-19", ["--all"]),
    ("panel-interview.thank-you.card.txt", "2026-11-19", ["--all", "--channel", "card"]),
    ("panel-interview.thank-you.brief.txt", "2026-11-19", ["--all", "--tone", "brief"]),
    ("panel-interview.check-in.txt", "2026-12-07", []),
    ("panel-interview.check-in.voicemail.txt", "2026-12-07", ["--channel", "voicemail"]),
    ("panel-interview.check-in.warm.txt", "2026-12-14", ["--tone", "warm", "--attempt", "3"]),
    ("unsuccessful.thank-you.txt", "2026-11-10", []),
    ("unsuccessful.feedback-request.txt", "2026-11-24", []),
    ("unsuccessful.feedback-request.warm.txt", "2026-11-24", ["--tone", "warm"]),
    ("competing-offer.thank-you.txt", "2026-11-13", []),
    ("competing-offer.check-in.txt", "2026-12-07", []),
    ("competing-offer.competing-offer.txt", "2026-11-24", []),
    ("competing-offer.competing-offer.brief.txt", "2026-11-24", ["--tone", "brief"]),
    ("competing-offer.withdraw.formal.txt", "2026-11-24", ["--tone", "formal"]),
]


@pytest.mark.parametrize(("name", "today", "extra"), GOLDEN_DRAFTS,
                         ids=[case[0] for case in GOLDEN_DRAFTS])
def test_golden_draft(invoke: Any, golden: Any, name: str, today: str, extra: list[str]) -> None:
    sample, situation = name.split(".")[:2]
    result = invoke(situation, SAMPLES / f"{sample}.yaml", "--today", today, *extra)
    assert result.exit_code == 0, result.stderr
    golden(f"drafts/{name}", result.stdout)


def test_every_golden_draft_file_is_checked() -> None:
    """No golden file left behind: each is in the table, or checked by the one test that
    drafts from an edited profile (test_templates_matrix, withdrawing with an offer)."""
    checked = {name for name, _, _ in GOLDEN_DRAFTS} | {"big-beanz-offer.withdraw.txt"}
    assert sorted(path.name for path in (GOLDEN / "drafts").iterdir()) == sorted(checked)


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


# (sample, situation, channel, check-in attempt): every case the samples are drafted in,
# keys only; each test drafts its case (isolation.drafted, once a session).
CASES = [(path.stem, situation, channel, attempt)
         for path in sorted(SAMPLES.glob("*.yaml"))
         for situation in ("thank-you", "check-in", "feedback-request", "competing-offer")
         for channel in (("email", "card") if situation == "thank-you" else ("email",))
         for attempt in ((1, 2, 3) if situation == "check-in" else (None,))]
IDS = ["/".join(map(str, case)) for case in CASES]


def _every_draft(sample: str, situation: str, channel: str,
                 attempt: int | None) -> tuple[Draft, ...] | str:
    """The case's drafts, or why the sample has none."""
    # A competing-offer notice only while the deadline (4 December) is ahead (CO3).
    today = datetime.date(2026, 11, 24) if situation == "competing-offer" else \
        datetime.date(2026, 12, 7)
    options = Options(today=today, every=True, channel=channel) \
        if situation == "thank-you" else Options(today=today)
    return drafted(SAMPLES / f"{sample}.yaml", situation,
                   msgspec.structs.replace(options, attempt=attempt))


def _drafts_of(case: tuple[str, str, str, int | None]) -> tuple[Draft, ...]:
    """The case's drafts; a case the sample does not support has none, for its own reason."""
    outcome = _every_draft(*case)
    if isinstance(outcome, str):
        assert_the_profiles_own_reason(outcome)
        return ()
    return outcome


def test_every_situation_renders_from_some_sample() -> None:
    drafts = {case: _drafts_of(case) for case in CASES}
    rendered = {case[1] for case, found in drafts.items() if found}
    assert rendered == {"thank-you", "check-in", "feedback-request", "competing-offer"}
    assert sum(map(len, drafts.values())) >= 20


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_length_limits_TY3_CI4(case: tuple[str, str, str, int | None]) -> None:
    for draft in _drafts_of(case):
        limit = limit_for(draft.situation, draft.channel)
        body = words.split(draft.body).body
        if limit is not None:
            assert draft.words == len(words.words(body)) <= limit.max_words
            if limit.max_paragraphs:
                assert len(words.paragraphs(body)) <= limit.max_paragraphs
        assert not [note for note in draft.warnings if note.rule in ("TY3", "CI4")]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_no_placeholder_leaks(case: tuple[str, str, str, int | None]) -> None:
    for draft in _drafts_of(case):
        text = f"{draft.subject or ''}\n{draft.body}"
        for leak in ("{{", "}}", "{%", "None", "[Name]", "<company>", "  ", " ,", " ."):
            assert leak not in text, (draft.to[0].name, leak)
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
    sentence = "If the position has since been filled"  # the formal tone (TY6)
    assert sentence not in first.body and sentence in last.body


def test_CI8_CI9_attempt_past_the_budget_warns() -> None:
    draft = _drafts("big-beanz", "check-in", "2026-12-14", attempt=2)[0]
    assert [(note.rule, note.message) for note in draft.warnings] == [
        ("CI9", "This would be check-in 2, past the 1 that the interviews earn (CI8): the "
                "guidance says to move on.")]


def test_CI11_a_missed_promise_is_mentioned_once_its_date_has_passed() -> None:
    # "within a week" of 16 November, quoted on 30 November, is given its date.
    # (to the agency recruiter, whose plan it was not: "they planned")
    promise = "they planned to let me know by Monday 23 November when the face-to-face " \
              "interview will be"
    assert promise in _drafts("big-beanz", "check-in", "2026-11-30")[0].body
    assert "planned" not in _drafts("big-beanz", "check-in", "2026-11-23")[0].body


def test_check_in_goes_to_the_recruiter_when_there_is_one() -> None:
    assert _drafts("big-beanz", "check-in", "2026-11-30")[0].to[0].name == "Sam Patel"
    assert _drafts("big-beanz", "check-in", "2026-11-30", to="priya")[0].to[0].name == \
        "Priya Shah"


@pytest.mark.parametrize(("promised", "sentence"), [
    (True, "I was glad to hear that feedback on my"),           # FB1
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
    # CO4's timeline: the decision date the profile gives, before the deadline, asked after
    assert "I understand you hope to decide by Thursday, November 26; could you let me know " \
           "whether that still stands?" in body
    for ultimatum in ("unless", "otherwise", "need an answer", "must"):
        assert ultimatum not in body.lower()
