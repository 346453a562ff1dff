"""What drafts say about dates, as of the day they are written (--today): a date already
past is never spoken of as ahead, a thank-you or debrief waits for its interview (TY2,
RC1), and the possessive of a name ending in s."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from followup.compose.situations import possessive

from .conftest import SAMPLES, edited_sample

TODAY = "2026-11-30"  # a Monday: the day the samples' promises had gone stale


# Interview dates, promised dates, rejections and deadlines, each behind, on and ahead of
# the day the draft is written; the sentence the draft says (or the paragraph without it).
INTERVIEW_TODAY = ("date: 2026-11-16", f"date: {TODAY}")
# Without a recruiter: with one, TY9's follow-up goes through them (the plan sends the
# check-ins there); an in-house one hears of the date (tests/test_wording_r21.py).
IN_HOUSE = ("recruiter:\n  name: Sam Patel\n  email: sam.patel@talentbridge.example\n"
            "  agency: TalentBridge\n", "")
DATED = [
    # TY9: the call is promised "after" the decision date only while that date is ahead.
    ("TY9-decision-ahead", "big-beanz",
     [IN_HOUSE, INTERVIEW_TODAY, ("decision_by: 2026-11-23", "decision_by: 2026-12-04")],
     ["thank-you"], "I understand a decision is due by Friday 4 December; if I have not heard "
                    "by then, I will be in touch."),
    ("TY9-decision-today", "big-beanz",
     [IN_HOUSE, INTERVIEW_TODAY, ("decision_by: 2026-11-23", f"decision_by: {TODAY}")],
     ["thank-you"], "I will be in touch in the next few days to hear how things stand."),
    # (Late, a thank-you is brief unless a tone is asked for: TY2.)
    ("TY9-decision-past", "big-beanz", [IN_HOUSE], ["thank-you", "--tone", "standard"],
     "I will give you a call in the next few days to hear how things stand."),
    ("TY9-decision-past-formal", "big-beanz", [IN_HOUSE], ["thank-you", "--tone", "formal"],
     "I shall telephone in the next few days to learn how matters stand."),
    ("TY9-decision-past-warm", "big-beanz", [IN_HOUSE], ["thank-you", "--tone", "warm"],
     "I'll give you a ring in the next few days to hear how things are going."),
    ("TY9-decision-past-brief", "big-beanz", [IN_HOUSE], ["thank-you", "--tone", "brief"],
     "I'll call in the next few days."),
    ("TY9-decision-past-panel", "panel-interview",
     [("decision_by: 2026-12-02", "decision_by: 2026-11-27")],
     ["thank-you", "--to", "Margaret Ashworth", "--tone", "standard"],
     "I will be in touch in the next few days to hear how things stand."),
    ("TY9-no-decision-date", "big-beanz", [IN_HOUSE, ("    decision_by: 2026-11-23\n", ""),
                                            ("    promise: let you know within a week when the "
                                             "face-to-face interview will be  # as said\n", "")],
     ["thank-you", "--tone", "standard"],
     "I will give you a call in a couple of weeks to see whether you need anything more from "
     "me."),

    # TY9: no call promised once the rejection has come; before it, the call stands.
    ("TY9-after-rejection", "unsuccessful", [], ["thank-you", "--tone", "standard"],
     "the Data Analyst Intern role. It was interesting to learn that interns present their "
     "project to the board in August.\n\nI appreciated being considered, I "
     "enjoyed learning about Northgate Analytics, and I would welcome the chance to apply again "
     "in the future.\n\nThank you again for your time, and I wish you and the team every "
     "success.\n\nBest wishes,\n"),
    ("TY9-before-rejection", "unsuccessful",
     [("date: 2026-11-10", f"date: {TODAY}"), ("rejected_on: 2026-11-13", "rejected_on: "
                                                 "2026-12-03")],
     ["thank-you"], "I will give you a call in a couple of weeks to see whether you need "
                    "anything more from me."),
    # FB1: the rejection's date once it has come, "today" on the day, none before it.
    ("FB-rejected-past", "unsuccessful", [], ["feedback-request"],
     "Thank you for letting me know on Friday 13 November about the outcome of my "
     "application for the Data Analyst Intern role."),
    ("FB-rejected-today", "unsuccessful", [("rejected_on: 2026-11-13", f"rejected_on: {TODAY}")],
     ["feedback-request"], "Thank you for letting me know today about the outcome of "
                           "my application for the Data Analyst Intern role."),
    ("FB-rejected-ahead-formal", "unsuccessful",
     [("rejected_on: 2026-11-13", "rejected_on: 2026-12-03")],
     ["feedback-request", "--tone", "formal"],
     "Thank you for informing me of the outcome of my application for the position of Data "
     "Analyst Intern. I valued"),
    # CO4: the deadline ahead, or today; CO1: an offer before the interview.
    ("CO-deadline-ahead", "competing-offer", [], ["competing-offer"],
     "I wanted to let you know that I have received an offer from another organization, and I "
     "have been asked to reply by Friday, December 4."),
    ("CO-deadline-today", "competing-offer", [("deadline: 2026-12-04", f"deadline: {TODAY}")],
     ["competing-offer"], "I wanted to let you know that I have received an offer from "
                          "another organization, and I have been asked to reply today, Monday, "
                          "November 30."),
    ("CO-deadline-today-brief", "competing-offer",
     [("deadline: 2026-12-04", f"deadline: {TODAY}")], ["competing-offer", "--tone", "brief"],
     "I've received another offer, with a reply due today, Monday, November 30."),
    ("CO-interview-ahead", "competing-offer",
     [("date: 2026-11-12", "date: 2026-12-03"), ("decision_by: 2026-11-26",
                                                 "decision_by: 2026-12-10")],
     ["competing-offer"], "I hope you are well. I am looking forward to our video interview "
                          "on Thursday, December 3 about the Junior Product Designer role."),
    ("CO-interview-ahead-warm", "competing-offer",
     [("date: 2026-11-12", "date: 2026-12-03"), ("decision_by: 2026-11-26",
                                                 "decision_by: 2026-12-10")],
     ["competing-offer", "--tone", "warm"],
     "I hope your week is off to a good start. I'm really looking forward to our video interview "
     "on Thursday, December 3 about the Junior Product Designer role."),
    ("CO-interview-today", "competing-offer", [("date: 2026-11-12", f"date: {TODAY}")],
     ["competing-offer"], "I hope you are well. Thank you again for our video interview "
                          "today about the Junior Product Designer role."),
    # RC1: "today's" interview on the day; after it, "the" interview.
    ("RC1-debrief-today", "big-beanz", [INTERVIEW_TODAY], ["recruiter-debrief"],
     "Here is my feedback on today's video interview with Priya Shah for the Business "
     "Development Graduate role at Big Beanz."),
    ("RC1-debrief-later", "big-beanz", [], ["recruiter-debrief"],
     "Here is my feedback on the video interview with Priya Shah for the Business "
     "Development Graduate role at Big Beanz."),
]


@pytest.mark.parametrize(("sample", "edits", "command", "expected"),
                         [case[1:] for case in DATED], ids=[case[0] for case in DATED])
def test_a_draft_words_each_date_as_of_the_day_it_is_written(
        invoke: Any, tmp_path: Path, sample: str, edits: list[tuple[str, str]],
        command: list[str], expected: str) -> None:
    result = invoke(command[0], edited_sample(tmp_path, sample, *edits), *command[1:],
                    "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert expected in result.stdout


def test_the_issue_case_no_call_promised_after_a_past_date(invoke: Any) -> None:
    """The sample drafted on 30 November: its decision date, 23 November, has passed. The
    note is late, so brief (TY2), and the follow-up goes through the agency (TY9)."""
    result = invoke("thank-you", SAMPLES / "big-beanz.yaml", "--today", TODAY)
    assert result.exit_code == 0
    assert "23 November" not in result.stdout
    assert result.stdout.split("\n\n")[3] == (
        "I built the society's volunteer rota in Airtable, cutting "
        "no-shows by a third. I'm keen to join Big Beanz. I'd like to hear about how the team "
        "measures success in the first 90 days. I'll stay in touch via TalentBridge.")


def test_CO3_a_notice_after_the_deadline_is_not_drafted(invoke: Any) -> None:
    path = SAMPLES / "competing-offer.yaml"
    result = invoke("competing-offer", path, "--today", "2026-12-05")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {path}: The Acme Foods offer's deadline, 2026-12-04, has passed: a notice "
        "no longer applies (CO3). If it was extended, change competing_offer.deadline in the "
        "profile.\n")
    on_the_day = invoke("competing-offer", path, "--today", "2026-12-04")
    assert on_the_day.exit_code == 0


# ------------------------------------------------------------ no past date spoken of as ahead

_DAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
# "by Friday 4 December", "after Friday, December 4": a day a draft looks forward to.
_AHEAD = re.compile(rf"\b(?:after|by) {_DAY},? (?:(\d+) {_MONTH}|{_MONTH} (\d+))")


# A promise quoted as past (CI11: "the plan was to let me know by Monday 23 November", "I
# was due to hear by ..."): its day is not looked forward to.
_REPORTED = re.compile(r"\b(?:was|were|would|planned)\b")


def _dates_ahead(text: str, today: datetime.date) -> list[datetime.date]:
    found = []
    for match in _AHEAD.finditer(text):
        sentence = text[:match.start()].rsplit(". ", 1)[-1]
        if _REPORTED.search(sentence):
            continue
        weekday, day, month = match[1], int(match[2] or match[5]), match[3] or match[4]
        # The year is the one near today on which that day and month fall on that weekday.
        found += [date for year in (today.year - 1, today.year, today.year + 1)
                  if (date := datetime.datetime.strptime(f"{day} {month} {year}",
                                                         "%d %B %Y").date()).strftime("%A")
                  == weekday]
    return found


SAMPLE_DATES = [(path.stem, offset) for path in sorted(SAMPLES.glob("*.yaml"))
                for offset in (0, 1, 10, 30)]


@pytest.mark.parametrize(("sample", "offset"), SAMPLE_DATES,
                         ids=[f"{sample}+{offset}" for sample, offset in SAMPLE_DATES])
def test_no_draft_looks_forward_to_a_day_already_past(invoke: Any, sample: str,
                                                      offset: int) -> None:
    """Every sample, situation and tone, drafted on the interview day and 1, 10 and 30 days
    after: every "by DAY" and "after DAY" in a draft is today or later."""
    path = SAMPLES / f"{sample}.yaml"
    interview = yaml.safe_load(path.read_text("utf-8"))["interviews"][-1]["date"]
    today = interview + datetime.timedelta(days=offset)
    drafted = 0
    for situation, extra in (("thank-you", ["--all"]), ("check-in", ["--ignore-timing"]),
                             ("feedback-request", []), ("competing-offer", []),
                             ("recruiter-debrief", []), ("withdraw", [])):
        for tone in ("standard", "formal", "warm", "brief"):
            result = invoke(situation, path, "--today", today, "--tone", tone, *extra)
            assert result.exit_code in (0, 2), result.output  # 2: the sample does not fit
            drafted += result.exit_code == 0
            for date in _dates_ahead(result.stdout, today):
                assert date >= today, f"{situation} {tone}: {date} in\n{result.stdout}"
    assert drafted >= 8


def test_the_date_finder_finds_both_spellings() -> None:
    today = datetime.date(2026, 11, 30)
    assert _dates_ahead("decide by Monday 23 November; call after Friday, December 4.",
                        today) == [datetime.date(2026, 11, 23), datetime.date(2026, 12, 4)]


# ------------------------------------------------------------ TY2, RC1: not before the interview


def test_TY2_a_thank_you_before_the_interview_is_refused(invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "panel-interview", ("date: 2026-11-18", "date: 2026-12-01"))
    result = invoke("thank-you", path, "--all", "--today", TODAY)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: {path}: too early for a thank-you: the interview with Ashworth & Lyle is on "
        "2026-12-01, after today (2026-11-30).\n  TY2: A thank-you follows the interview: "
        "send it that day or the next.\n  If the date is wrong, correct it in the profile; to "
        "draft it anyway, add --ignore-timing.\n")
    forced = invoke("thank-you", path, "--all", "--today", TODAY, "--ignore-timing")
    assert forced.exit_code == 0
    assert forced.stdout.count("Subject: Thank you: Trainee Solicitor interview\n") == 3
    on_the_day = invoke("thank-you", path, "--all", "--today", "2026-12-01")
    assert on_the_day.exit_code == 0


def test_RC1_a_debrief_before_the_interview_is_refused(invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", ("date: 2026-11-16", "date: 2026-12-01"))
    result = invoke("recruiter-debrief", path, "--today", TODAY)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: {path}: too early for a recruiter debrief: the video interview with Big "
        "Beanz is on 2026-12-01, after today (2026-11-30).\n  RC1: A debrief tells your "
        "recruiter how the interview went: send it on the day.\n  If the date is wrong, "
        "correct it in the profile; to draft it anyway, add --ignore-timing.\n")
    forced = invoke("recruiter-debrief", path, "--today", TODAY, "--ignore-timing")
    assert forced.exit_code == 0
    assert forced.stdout.startswith("To: Sam Patel <sam.patel@talentbridge.example>\n")


@pytest.mark.parametrize("situation", ["thank-you", "recruiter-debrief"])
def test_TY2_RC1_ignore_timing_is_in_the_help(invoke: Any, situation: str) -> None:
    help_text = " ".join(invoke(situation, "--help").stdout.split())
    assert "--ignore-timing Draft it even though the interview is dated after today" \
        in help_text


# ------------------------------------------------------------ notes: a rule, or a plain note

NO_EMAIL = ("The profile has no email address for Priya Shah: add email: under their name, "
            "or fill it in by hand.")
WITHDRAWN = ("Once it is sent, set status: withdrawn in the profile, so that no more "
             "follow-ups are suggested.")


def test_a_missing_email_is_a_plain_note_without_a_rule(invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz",
                         ("        email: priya.shah@bigbeanz.example\n", ""))
    text = invoke("thank-you", path, "--today", "2026-11-17")
    assert (text.exit_code, text.stderr) == (0, f"note: {NO_EMAIL}\n")
    data = json.loads(invoke("thank-you", path, "--today", "2026-11-17", "--format",
                             "json").stdout)
    assert data["warnings"] == [{"rule": None, "message": NO_EMAIL}]


def test_the_withdraw_tip_is_a_plain_note_no_rule_says_to_stop(invoke: Any) -> None:
    path = SAMPLES / "big-beanz.yaml"
    text = invoke("withdraw", path, "--today", TODAY)
    assert (text.exit_code, text.stderr) == (0, f"note: {WITHDRAWN}\n")
    data = json.loads(invoke("withdraw", path, "--today", TODAY, "--format", "json").stdout)
    assert data["tips"] == [{"rule": None, "message": WITHDRAWN}]


# ------------------------------------------------------------ possessives

@pytest.mark.parametrize(("name", "expected"), [
    ("Big Beanz", "Big Beanz's"), ("Acme Widgets", "Acme Widgets'"),
    ("Northgate Analytics", "Northgate Analytics'"), ("Ashworth & Lyle", "Ashworth & Lyle's"),
    ("AWS", "AWS's"), ("Lumen Health", "Lumen Health's"),
], ids=["z", "plural-s", "analytics", "ampersand", "capitals", "h"])
def test_possessive(name: str, expected: str) -> None:
    assert possessive(name) == expected


@pytest.mark.parametrize(("situation", "status", "message"), [
    ("check-in", "unsuccessful", "A check-in is for an application that is 'waiting'; Acme "
                                 "Widgets' status is 'unsuccessful'. To ask for feedback: "
                                 "followup feedback-request."),
    ("withdraw", "hired", "Acme Widgets' status is 'hired': you have the job; to leave it, "
                          "write to your manager instead."),
    ("feedback-request", "waiting", "Acme Widgets' status is 'waiting'. A feedback request "
                                    "follows a rejection: set status: unsuccessful, and add"),
])
def test_a_name_ending_in_s_takes_the_apostrophe_alone(invoke: Any, tmp_path: Path,
                                                       situation: str, status: str,
                                                       message: str) -> None:
    path = edited_sample(tmp_path, "big-beanz", ("company: Big Beanz", "company: Acme Widgets"),
                    ("status: waiting", f"status: {status}"))
    result = invoke(situation, path, "--today", TODAY)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}: {message}")
