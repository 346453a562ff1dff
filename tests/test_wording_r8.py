"""Whole drafts from profiles written as people fill in forms (issue 12, seventh reading):
a field that reads whole but badly is left out with a warning naming it; someone described
rather than named is greeted "Sir or Madam"; TY9's call comes after the day their promise
names; a debrief does not report the recruiter's own promise back to them as the firm's,
nor open "here is my feedback" with nothing to tell. Each case is the exact output of the
command, with its exit code, on a frozen date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .test_dating import PROFILE

APPRENTICE = """\
# typed on a phone after the interview
candidate:
  name: Kyle Brennan
  email: kyle@example.com
  highlights:
    - install crew for 2 seasons at a sculpture park
    - Ran the stores yard at Dunmore Builders for a year
company: Hartley Electrical
role: Apprentice Electrician
country: GB
interviews:
  - date: 2026-11-24
    kind: in-person
    promise: Gary said they'd ring me end of next week either way
    interviewers:
      - name: Gary Holt
        email: gary@hartley.example
        discussed: the college day release thing
        learned: mostly new build housing
        question: How would I explain a fault to a customer?
      - name: the site guy (didn't get his name)
        discussed: Garda vetting and start dates
status: waiting
"""

AGENCY = """\
candidate:
  name: Dana Whitlock
  email: dana@example.com
company: Corrib Analytics
role: Data Analyst
country: IE
recruiter:
  name: Brendan Keogh
  email: brendan@hirewell.example
  agency: Hirewell
interviews:
  - date: 2026-11-24
    kind: video
    promise: Brendan will follow up w/ feedback early next week
    interviewers:
      - name: Orla Reilly
        email: orla@corrib.example
status: waiting
"""


def _run(invoke: Any, tmp_path: Path, text: str, *args: str) -> str:
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke(*args[:1], path, *args[1:])
    assert result.exit_code == 0, result.output
    return (result.stdout + "\n--- stderr\n" + result.stderr).replace(str(path), "PROFILE")


def test_G2_TY4_TY8_TY9_unfit_fields_left_out_a_description_greeted_the_call_dated(
        invoke: Any, golden: Any, tmp_path: Path) -> None:
    golden("wording/apprentice.thank-you.txt",
           _run(invoke, tmp_path, APPRENTICE, "thank-you", "--all", "--today", "2026-11-25"))


@pytest.mark.parametrize("tone", ["standard", "warm"])
def test_RC1_a_debrief_keeps_the_recruiters_own_promise_and_opens_plainly(
        invoke: Any, golden: Any, tmp_path: Path, tone: str) -> None:
    out = _run(invoke, tmp_path, AGENCY, "recruiter-debrief", "--today", "2026-11-24",
               "--tone", tone)
    assert "They said" not in out and "feedback on" not in out
    golden(f"wording/agency.recruiter-debrief.{tone}.txt", out)


WINERY = PROFILE.replace("PROMISE", 'Vince said he\'d "sleep on it" and get back to me Mon or Tues')


def test_CI11_a_promise_in_notes_is_chased_by_the_day_it_names(
        invoke: Any, golden: Any, tmp_path: Path) -> None:
    """"Mon or Tues" cannot be quoted, but its day can: the first check-in, after it, says
    the answer was due by then, and the warning says what the draft kept."""
    golden("wording/winery.check-in.txt",
           _run(invoke, tmp_path, WINERY, "check-in", "--today", "2026-12-04"))


def test_TY9_CI4_the_main_contact_is_one_who_can_be_written_to(
        invoke: Any, tmp_path: Path) -> None:
    """Listed first but with no email and no name, the site guy is not who the plan chases
    nor whose note promises the call: Gary is."""
    gary = APPRENTICE[APPRENTICE.index("      - name: Gary"):APPRENTICE.index("      - name: the")]
    guy = APPRENTICE[APPRENTICE.index("      - name: the"):APPRENTICE.index("status:")]
    path = tmp_path / "profile.yaml"
    path.write_text(APPRENTICE.replace(gary + guy, guy + gary), encoding="utf-8")
    plan = invoke("plan", path, "--today", "2026-11-25")
    assert plan.exit_code == 0, plan.output
    assert [line.split("  CI")[0].split()[-2:] for line in plan.stdout.splitlines()
            if "check-in" in line] == [["Gary", "Holt"]]
    notes = invoke("thank-you", path, "--all", "--today", "2026-11-25")
    assert notes.exit_code == 0, notes.output
    before, to_gary = notes.stdout.split("To: Gary Holt")
    assert "If I have not heard by Friday 4 December, I will give you a call." in to_gary
    assert "after Friday 4 December" not in before


def test_TY9_CO3_no_call_promised_after_another_offers_deadline(
        invoke: Any, tmp_path: Path) -> None:
    """Their answer is due before Christmas, the other offer on 7 December: the note to the
    main contact promises no call after Christmas, nor (rounds 44, 47: pushy the day after
    they said when they would decide) "in the next few days": the competing-offer notice is
    the next word (CO3)."""
    text = WINERY.replace("get back to me Mon or Tues", "decide before Christmas").replace(
        "status: waiting", "competing_offer:\n  company: Saltbush Estate\n  role: Events Lead"
        "\n  deadline: 2026-12-07\nstatus: waiting")
    body = _run(invoke, tmp_path, text, "thank-you", "--today", "2026-11-28").split(
        "--- stderr")[0]
    assert "next few days" not in body and "December" not in body and "call" not in body


def test_TY9_CO3_no_call_in_the_next_few_days_weeks_before_another_offers_deadline(
        invoke: Any, tmp_path: Path) -> None:
    """Round 16: the other offer's deadline three weeks away; "I will give you a call in the
    next few days" read as pushy. The note promises no call; the competing-offer notice
    tells them in time (CO1)."""
    text = WINERY.replace("get back to me Mon or Tues", "decide before Christmas").replace(
        "status: waiting", "competing_offer:\n  company: Saltbush Estate\n  role: Events Lead"
        "\n  deadline: 2026-12-20\nstatus: waiting")
    out = _run(invoke, tmp_path, text, "thank-you", "--today", "2026-11-28")
    body = out.split("--- stderr")[0]
    assert "next few days" not in body and "December" not in body and "call" not in body


def test_TY4_a_brief_note_that_learned_nothing_says_what_was_discussed(
        invoke: Any, tmp_path: Path) -> None:
    """The brief note carries one thing from the conversation: what was learned, else what
    was discussed, never nothing of it."""
    text = APPRENTICE.replace("        learned: mostly new build housing\n", "").replace(
        "the college day release thing", "the college day release and site hours")
    out = _run(invoke, tmp_path, text, "thank-you", "--to", "Gary Holt", "--tone", "brief",
               "--today", "2026-11-25")
    assert "the college day release and site hours" in out.split("--- stderr")[0]


def test_RC1_a_recruiter_on_the_panel_is_not_told_of_themselves(
        invoke: Any, tmp_path: Path) -> None:
    """The recruiter sat on the panel and promised the call as "Mr Keogh": the debrief to him
    names the rest of the panel and does not report his promise as the firm's."""
    text = AGENCY.replace(
        "promise: Brendan will follow up w/ feedback early next week",
        "promise: Mr Keogh will telephone all candidates early next week").replace(
        "        email: orla@corrib.example\n",
        "        email: orla@corrib.example\n"
        "      - name: Brendan Keogh\n        email: brendan@hirewell.example\n")
    out = _run(invoke, tmp_path, text, "recruiter-debrief", "--today", "2026-11-24")
    body = out.split("--- stderr")[0]
    assert "interview with Orla Reilly for the Data Analyst role" in body
    assert "They said" not in body and "Keogh" not in body.split("Dear Brendan,")[1]
