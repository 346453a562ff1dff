"""The profile's words fitted into drafts, and drafts right for their situation (issue 12):
whole CLI outputs from sample profiles changed the way a user would change them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.compose.situations import company_in_text, position

from .conftest import SAMPLES, edited_sample

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
PANEL = SAMPLES / "panel-interview.yaml"


@pytest.mark.parametrize(("company", "in_text"), [
    ("Department for Regional Growth", "the Department for Regional Growth"),
    ("University of Limerick", "the University of Limerick"),
    ("Federal Transit Grants Office", "the Federal Transit Grants Office"),
    ("Bank of England", "the Bank of England"),
    ("The Grand Meridian Hotel", "the Grand Meridian Hotel"),
    ("Big Beanz", "Big Beanz"),
    ("Royal Mail", "Royal Mail"),
    ("Northvale NHS Foundation Trust", "Northvale NHS Foundation Trust"),
])
def test_G2_a_public_body_takes_the_in_a_sentence(company: str, in_text: str) -> None:
    assert company_in_text(company) == in_text


def test_G2_an_honorific_is_kept_in_every_tone_at_a_traditional_employer(invoke: Any) -> None:
    """A warm note to a senior person at a traditional firm is warm in its words, not in
    taking their first name."""
    def greeting(tone: str) -> str:
        result = invoke("thank-you", PANEL, "--to", "Ashworth", "--today", "2026-11-19",
                        "--tone", tone)
        assert result.exit_code == 0, result.stderr
        return result.stdout.split("\n\n")[1]
    assert [greeting(tone) for tone in ("standard", "formal", "brief", "warm")] == [
        "Dear Ms Ashworth,", "Dear Ms Ashworth,", "Dear Ms Ashworth,", "Dear Ms Ashworth,"]


def test_TY6_a_card_names_the_day_it_is_read_days_later(invoke: Any) -> None:
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17", "--channel", "card")
    assert "on Monday 16 November" in result.stdout and "yesterday" not in result.stdout


def test_TY7_a_phone_interview_is_a_call_never_a_meeting(invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", ("kind: video", "kind: phone"))
    for tone in ("standard", "formal", "warm", "brief"):
        result = invoke("thank-you", path, "--today", "2026-11-17", "--tone", tone)
        assert "meet" not in result.stdout.lower(), (tone, result.stdout)


def test_TY9_with_an_agency_the_follow_up_goes_through_the_recruiter(invoke: Any) -> None:
    result = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-17")
    assert "I will keep in touch with Sam Patel at TalentBridge about the next steps." \
        in result.stdout
    assert "call" not in result.stdout


def test_CO4_the_notice_to_an_agency_recruiter_asks_about_their_client(
        invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", (
        "status: waiting",
        "status: waiting\ncompeting_offer:\n  company: Acme Foods\n  deadline: 2026-11-27"))
    result = invoke("competing-offer", path, "--today", "2026-11-24")
    assert result.exit_code == 0, result.stderr
    assert "Thank you again for arranging the video interview on 16 November for the " \
           "Business Development Graduate role at Big Beanz." in result.stdout
    assert "Could you find out where Big Beanz is in their process" in result.stdout


def test_TY9_FB2_after_a_rejection_the_thank_you_is_gracious(invoke: Any) -> None:
    result = invoke("thank-you", SAMPLES / "unsuccessful.yaml", "--today", "2026-11-14",
                    "--tone", "standard")
    body = result.stdout
    assert "interested in" not in body and "in touch" not in body and "call" not in body
    assert "tip FB2: After a rejection, ask for feedback too: followup feedback-request." \
        in result.stderr


def test_TY4_TY5_a_highlight_the_panel_discussed_is_not_news(invoke: Any,
                                                            tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", (
        "discussed: the plan to sell office coffee subscriptions",
        "discussed: the volunteer rota I built in Airtable"))
    result = invoke("thank-you", path, "--today", "2026-11-17")
    assert "did not get to" not in result.stdout and "Airtable" in result.stdout


def test_CI11_a_promised_time_gives_way_to_the_decision_date(invoke: Any,
                                                           tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", (
        "promise: let you know within a week when the face-to-face interview will be",
        "promise: by the end of next week"))
    result = invoke("check-in", path, "--today", "2026-11-30", "--to", "Priya")
    assert "I understand I was due to hear by Monday 23 November, and I wanted to make sure " \
           "nothing had gone astray." in result.stdout


def test_TY2_a_late_thank_you_is_the_brief_kind(invoke: Any) -> None:
    late = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-30")
    brief = invoke("thank-you", BIG_BEANZ, "--today", "2026-11-30", "--tone", "brief")
    assert late.stdout == brief.stdout
    assert "Send it all the same, briefly." in late.stderr


def test_a_signature_with_its_own_sign_off_gets_no_second(invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", ('  phone: "+44 7700 900123"\n',
                                          '  phone: "+44 7700 900123"\n  signature: |\n'
                                          '    Ngā mihi,\n    Jordan\n'))
    result = invoke("thank-you", path, "--today", "2026-11-17")
    assert result.stdout.endswith("\n\nNgā mihi,\nJordan\n")
    assert "Best wishes" not in result.stdout


def test_TY4_a_field_that_cannot_be_fitted_is_left_out_with_its_line(invoke: Any,
                                                                    tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", (
        "learned: that new starters shadow customers for their first month",
        "learned: How long do new starters shadow customers?"))
    result = invoke("thank-you", path, "--today", "2026-11-17")
    assert result.exit_code == 0
    assert "shadow" not in result.stdout
    assert f"warning TY4: {path}:29: interviews[0].interviewers[0].learned: " in result.stderr


def test_a_placeholder_says_nothing_and_is_not_warned_of(invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", (
        "learned: that new starters shadow customers for their first month", "learned: n/a"))
    result = invoke("thank-you", path, "--today", "2026-11-17")
    assert "n/a" not in result.stdout and "learned" not in result.stderr


def test_TY6_the_card_tip_is_given_once_for_a_panel(invoke: Any) -> None:
    result = invoke("thank-you", PANEL, "--all", "--today", "2026-11-19")
    assert result.stderr.count("tip TY6") == 1


def test_CI11_a_promise_that_names_its_recipient_says_you(invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", (
        "promise: let you know within a week when the face-to-face interview will be",
        "promise: let Sam know within a week whether I am through"))
    result = invoke("check-in", path, "--today", "2026-11-30")
    assert "Dear Sam," in result.stdout
    assert "I understand they planned to let you know by Monday 23 November whether I am " \
           "through" in result.stdout


@pytest.mark.parametrize(("role", "named"), [
    ("Trainee Solicitor", "the position of Trainee Solicitor"),
    ("2027 Investment Banking Analyst Programme", "the 2027 Investment Banking Analyst Programme"),
    ("Graduate Area Manager Scheme", "the Graduate Area Manager Scheme"),
    ("Cadet Pilot Program 2027 Intake", "the Cadet Pilot Program 2027 Intake"),
    ("Summer Internship 2027", "the Summer Internship 2027"),
    ("Graduate Scheme (Finance)", "the Graduate Scheme (Finance)"),
    # the programme is where the post is, not the post (issue 12, round 12)
    ("Youth Program Coordinator (term, 18 months)",
     "the position of Youth Program Coordinator"),
    ("Scheme Manager", "the position of Scheme Manager"),
])
def test_G2_a_programme_is_no_position(role: str, named: str) -> None:
    assert position(role) == named
