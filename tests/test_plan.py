"""The plan engine: dated scenarios for every timing rule, at the day before, the first
day, the last day and the day after its window; the sent-log; the profile's status."""

from __future__ import annotations

import datetime
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup import plan
from followup.errors import Refusal
from followup.guidance import timing
from followup.plan import Application, Step
from followup.profile import Profile
from followup.sentlog import Entry

# 2026-11-16 is a Monday.
PERSON = {"name": "Priya Shah", "email": "priya.shah@bigbeanz.example"}
RECRUITER = {"name": "Sam Patel", "email": "sam.patel@talentbridge.example",
             "agency": "TalentBridge"}


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def make(**fields: Any) -> Profile:
    """A profile: one video interview on Monday 2026-11-16 with Priya Shah, unless changed."""
    interview = {"date": "2026-11-16", "kind": "video", "interviewers": [PERSON]}
    interview.update(fields.pop("interview", {}))
    data = {"candidate": {"name": "Jordan Lee", "email": "jordan.lee@example.com"},
            "company": "Big Beanz", "role": "Graduate", "interviews": [interview], **fields}
    return msgspec.convert(data, Profile)


def sent(date: str, situation: str, to: str = "Priya Shah") -> Entry:
    return Entry(date=day(date), event="sent", situation=situation, to=to)


def replied(date: str, decision_by: str | None = None) -> Entry:
    return Entry(date=day(date), event="replied",
                 decision_by=day(decision_by) if decision_by else None)


def planned(profile: Profile, today: str, log: tuple[Entry, ...] = ()) -> Application:
    return plan.plan(profile, log, day(today), "big-beanz.yaml")


def step(application: Application, situation: str) -> Step:
    found = [item for item in application.steps
             if item.situation == situation and item.status != "done"]
    assert len(found) == 1, application.steps
    return found[0]


# (id with the rule, profile, log, situation, earliest, latest, rule, {date: status}): the
# dates checked are the day before the window, its first day, its last day, the day after.
SCENARIOS: list[tuple[str, Profile, tuple[Entry, ...], str, str, str, str, dict[str, str]]] = [
    ("TY2-weekday", make(), (), "thank-you", "2026-11-16", "2026-11-17", "TY2",
     {"2026-11-15": "upcoming", "2026-11-16": "due", "2026-11-17": "due",
      "2026-11-18": "late"}),
    ("TY2-G5-weekend", make(interview={"date": "2026-11-20"}), (), "thank-you", "2026-11-20",
     "2026-11-23", "TY2",
     {"2026-11-19": "upcoming", "2026-11-20": "due", "2026-11-21": "due", "2026-11-23": "due",
      "2026-11-24": "late"}),
    ("TY2-G5-holiday-GB", make(country="GB", interview={"date": "2026-12-24"}), (),
     "thank-you", "2026-12-24", "2026-12-29", "TY2",
     {"2026-12-23": "upcoming", "2026-12-24": "due", "2026-12-28": "due", "2026-12-29": "due",
      "2026-12-30": "late"}),
    ("TY2-G5-no-country-no-holiday", make(interview={"date": "2026-12-24"}), (), "thank-you",
     "2026-12-24", "2026-12-25", "TY2",
     {"2026-12-23": "upcoming", "2026-12-24": "due", "2026-12-25": "due",
      "2026-12-26": "late"}),
    ("RC1", make(recruiter=RECRUITER), (), "recruiter-debrief", "2026-11-16", "2026-11-16",
     "RC1", {"2026-11-15": "upcoming", "2026-11-16": "due", "2026-11-17": "late"}),
    ("CI2", make(interview={"decision_by": "2026-11-23"}), (), "check-in", "2026-11-26",
     "2026-11-30", "CI2",
     {"2026-11-25": "upcoming", "2026-11-26": "due", "2026-11-30": "due",
      "2026-12-01": "late"}),
    ("CI11-promise-passed", make(interview={"decision_by": "2026-11-23",
                                            "promise": "say when the next round is"}),
     (), "check-in", "2026-11-26", "2026-11-30", "CI11",
     {"2026-11-25": "upcoming", "2026-11-26": "due", "2026-11-30": "due",
      "2026-12-01": "late"}),
    ("CI3", make(interview={"date": "2026-11-02"}), (), "check-in", "2026-11-16", "2026-11-23",
     "CI3", {"2026-11-15": "upcoming", "2026-11-16": "due", "2026-11-23": "due",
             "2026-11-24": "late"}),
    ("CI6-second-attempt", make(interview={"kind": "in-person", "decision_by": "2026-11-23"}),
     (sent("2026-11-26", "check-in"),), "check-in", "2026-12-03", "2026-12-07", "CI6",
     {"2026-12-02": "upcoming", "2026-12-03": "due", "2026-12-07": "due",
      "2026-12-08": "late"}),
    ("CI12-reply-with-new-date", make(interview={"decision_by": "2026-11-23"}),
     (sent("2026-11-26", "check-in"), replied("2026-11-27", "2026-12-04")), "check-in",
     "2026-12-07", "2026-12-11", "CI12",
     {"2026-12-06": "upcoming", "2026-12-07": "due", "2026-12-11": "due",
      "2026-12-12": "late"}),
    ("CI12-reply-without-date", make(interview={"kind": "in-person",
                                                "decision_by": "2026-11-23"}),
     (sent("2026-11-26", "check-in"), replied("2026-11-30")), "check-in", "2026-12-07",
     "2026-12-10", "CI12",
     {"2026-12-04": "upcoming", "2026-12-07": "due", "2026-12-10": "due",
      "2026-12-11": "late"}),
    ("RC3-spacing-after-debrief", make(recruiter=RECRUITER,
                                       interview={"decision_by": "2026-11-17"}),
     (sent("2026-11-19", "recruiter-debrief", "Sam Patel"),), "check-in", "2026-11-26",
     "2026-11-30", "RC3",
     {"2026-11-25": "upcoming", "2026-11-26": "due", "2026-11-30": "due",
      "2026-12-01": "late"}),
    # CI6: any contact with the check-in's recipient spaces the next check-in, not only a
    # check-in; a thank-you or debrief in its own window (TY2, RC1) does not.
    ("CI6-spacing-after-a-competing-offer-notice",
     make(interview={"decision_by": "2026-11-17"},
          competing_offer={"company": "Acme Foods", "deadline": "2026-12-18"}),
     (sent("2026-11-19", "competing-offer"),), "check-in", "2026-11-26", "2026-11-30", "CI6",
     {"2026-11-25": "upcoming", "2026-11-26": "due", "2026-11-30": "due",
      "2026-12-01": "late"}),
    ("CI6-spacing-after-a-late-thank-you", make(interview={"decision_by": "2026-11-17"}),
     (sent("2026-11-18", "thank-you"),), "check-in", "2026-11-25", "2026-11-30", "CI6",
     {"2026-11-24": "upcoming", "2026-11-25": "due", "2026-11-30": "due",
      "2026-12-01": "late"}),
    ("CI6-TY2-no-spacing-after-a-thank-you-in-its-window",
     make(interview={"decision_by": "2026-11-17"}), (sent("2026-11-17", "thank-you"),),
     "check-in", "2026-11-20", "2026-11-24", "CI2",
     {"2026-11-19": "upcoming", "2026-11-20": "due", "2026-11-24": "due",
      "2026-11-25": "late"}),
    ("CI6-RC1-no-spacing-after-a-debrief-on-the-day",
     make(recruiter=RECRUITER, interview={"decision_by": "2026-11-17"}),
     (sent("2026-11-16", "recruiter-debrief", "Sam Patel"),), "check-in", "2026-11-20",
     "2026-11-24", "CI2",
     {"2026-11-19": "upcoming", "2026-11-20": "due", "2026-11-24": "due",
      "2026-11-25": "late"}),
    ("RC3-spacing-after-a-competing-offer-notice",
     make(recruiter=RECRUITER, interview={"decision_by": "2026-11-17"},
          competing_offer={"company": "Acme Foods", "deadline": "2026-12-18"}),
     (sent("2026-11-19", "competing-offer", "Sam Patel"),), "check-in", "2026-11-26",
     "2026-11-30", "RC3",
     {"2026-11-25": "upcoming", "2026-11-26": "due", "2026-11-30": "due",
      "2026-12-01": "late"}),
    ("FB1-promised", make(status="unsuccessful",
                          feedback={"rejected_on": "2026-11-13", "promised": True}),
     (), "feedback-request", "2026-11-20", "2026-11-27", "FB1",
     {"2026-11-19": "upcoming", "2026-11-20": "due", "2026-11-27": "due",
      "2026-11-28": "late"}),
    ("FB2-not-promised-G5", make(status="unsuccessful", feedback={"rejected_on": "2026-11-13"}),
     (), "feedback-request", "2026-11-16", "2026-11-20", "FB2",
     {"2026-11-14": "upcoming", "2026-11-16": "due", "2026-11-20": "due",
      "2026-11-21": "late"}),
    ("CO1-CO3", make(competing_offer={"company": "Acme Foods", "deadline": "2026-12-04"}),
     (), "competing-offer", "2026-11-16", "2026-12-01", "CO1",
     {"2026-11-16": "due", "2026-12-01": "due"}),
    ("CO3-late", make(competing_offer={"company": "Acme Foods", "deadline": "2026-12-04"}),
     (), "competing-offer", "2026-11-16", "2026-12-01", "CO3",
     {"2026-12-02": "late", "2026-12-04": "late"}),
    ("CO3-G5-holiday-GB", make(country="GB", interview={"date": "2026-12-14"},
                               competing_offer={"company": "Acme Foods",
                                                "deadline": "2026-12-30"}),
     (), "competing-offer", "2026-12-14", "2026-12-23", "CO1",
     {"2026-12-14": "due", "2026-12-23": "due"}),
    ("CO3-G5-holiday-GB-late", make(country="GB", interview={"date": "2026-12-14"},
                                    competing_offer={"company": "Acme Foods",
                                                     "deadline": "2026-12-30"}),
     (), "competing-offer", "2026-12-14", "2026-12-23", "CO3",
     {"2026-12-24": "late", "2026-12-30": "late"}),
]


@pytest.mark.parametrize(("profile", "log", "situation", "earliest", "latest", "rule", "dates"),
                         [case[1:] for case in SCENARIOS], ids=[case[0] for case in SCENARIOS])
def test_window_boundaries(profile: Profile, log: tuple[Entry, ...], situation: str,
                           earliest: str, latest: str, rule: str, dates: dict[str, str]) -> None:
    for today, status in dates.items():
        found = step(planned(profile, today, log), situation)
        assert (found.status, str(found.earliest), str(found.latest), found.rule) == \
            (status, earliest, latest, rule), today


def test_CI6_a_contact_with_someone_else_does_not_space_the_check_in() -> None:
    """The check-in goes to the recruiter: a late thank-you to the interviewer is not a
    contact with them."""
    profile = make(recruiter=RECRUITER, interview={"decision_by": "2026-11-17"})
    found = step(planned(profile, "2026-11-20", (sent("2026-11-19", "thank-you"),)),
                 "check-in")
    assert (found.to, found.status, str(found.earliest), found.rule) == \
        ("Sam Patel", "due", "2026-11-20", "CI2")


def test_CI6_RC3_the_reason_names_the_contact() -> None:
    offer = {"company": "Acme Foods", "deadline": "2026-12-18"}
    alone = make(interview={"decision_by": "2026-11-17"}, competing_offer=offer)
    found = step(planned(alone, "2026-11-24", (sent("2026-11-19", "competing-offer"),)),
                 "check-in")
    assert found.reason == (
        "You wrote to Priya Shah on 2026-11-19 (competing-offer): space the check-in a week "
        "to ten days after it, as after any contact. Check-in 1 of 1 (CI8), the last (CI10).")
    agency = make(recruiter=RECRUITER, interview={"decision_by": "2026-11-17"},
                  competing_offer=offer)
    found = step(planned(agency, "2026-11-24",
                         (sent("2026-11-19", "competing-offer", "Sam Patel"),)), "check-in")
    assert found.reason == (
        "You wrote to Sam Patel on 2026-11-19 (competing-offer): space the check-in a week to "
        "ten days after it, and do not pester a recruiter. Check-in 1 of 1 (CI8), the last "
        "(CI10).")


def test_CI3_CI6_CI9_reasons_say_the_numbers_of_guidance_timing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The words in a reason come from the numbers in guidance/timing.py: change a number,
    and the reason changes with the window."""
    monkeypatch.setattr(timing, "CI3_DUE_FROM", 7)
    monkeypatch.setattr(timing, "CI3_LATE_AFTER", 10)
    monkeypatch.setattr(timing, "CI6_DUE_FROM", 14)
    monkeypatch.setattr(timing, "CI6_LATE_AFTER", 21)
    monkeypatch.setattr(timing, "CI9_MOVE_ON_AFTER_FIRST_UNANSWERED", 28)
    first = step(planned(make(), "2026-11-20"), "check-in")
    assert (str(first.earliest), first.rule) == ("2026-11-23", "CI3")
    assert first.reason.startswith("No date promised: check in a week to ten days after the "
                                   "interview on 2026-11-16.")
    in_person = make(interview={"kind": "in-person", "decision_by": "2026-11-23"})
    log = (sent("2026-11-26", "check-in"),)
    second = step(planned(in_person, "2026-12-01", log), "check-in")
    assert (str(second.earliest), second.rule) == ("2026-12-10", "CI6")
    assert second.reason.startswith("Check-in 1 on 2026-11-26 is unanswered: space the next "
                                    "two to three weeks after it.")
    silence = step(planned(in_person, "2026-12-24", log), "move-on")
    assert silence.reason == ("Four weeks without an answer since the check-in on "
                              "2026-11-26: move on.")


def test_CI11_counts_only_once_the_promised_date_has_passed() -> None:
    profile = make(interview={"decision_by": "2026-11-23", "promise": "say when"})
    assert step(planned(profile, "2026-11-23"), "check-in").rule == "CI2"
    assert step(planned(profile, "2026-11-24"), "check-in").rule == "CI11"


def test_CO3_not_applicable_after_the_deadline() -> None:
    profile = make(competing_offer={"company": "Acme Foods", "deadline": "2026-12-04"})
    assert step(planned(profile, "2026-12-04"), "competing-offer").status == "late"
    after = planned(profile, "2026-12-07")
    assert [item.situation for item in after.steps if item.situation == "competing-offer"] == []
    assert after.advice[-1] == plan.Advice(
        "CO3", "The Acme Foods offer's deadline, 2026-12-04, has passed: a notice no longer "
               "applies. If it was extended, change competing_offer.deadline.")


def test_CO1_done_when_the_log_records_it() -> None:
    profile = make(competing_offer={"company": "Acme Foods", "deadline": "2026-12-04"})
    found = planned(profile, "2026-12-10", (sent("2026-11-24", "competing-offer"),))
    offer = [item for item in found.steps if item.situation == "competing-offer"]
    assert [(item.status, item.reason) for item in offer] == [("done", "Sent on 2026-11-24.")]


# ---------------------------------------------------------------- CI9: moving on


@pytest.mark.parametrize(("profile", "log", "move_on", "before"), [
    # CI8 budget 1 (video) spent by one check-in: move on 7 days after it.
    (make(interview={"decision_by": "2026-11-23"}), (sent("2026-11-26", "check-in"),),
     "2026-12-03", None),
    # budget 3 (two interviewers), two check-ins unanswered: 7 days after the last.
    (make(interview={"decision_by": "2026-11-23",
                     "interviewers": [PERSON, {"name": "Tom Becker"}]}),
     (sent("2026-11-26", "check-in"), sent("2026-12-03", "check-in")), "2026-12-10", None),
    # budget 2, one check-in unanswered for three weeks: the second is late, then move on.
    (make(interview={"kind": "in-person", "decision_by": "2026-11-23"}),
     (sent("2026-11-26", "check-in"),), "2026-12-17", "late"),
], ids=["CI9-CI8-budget-spent", "CI9-two-unanswered", "CI9-three-weeks-of-silence"])
def test_CI9_move_on(profile: Profile, log: tuple[Entry, ...], move_on: str,
                     before: str | None) -> None:
    the_day = day(move_on)
    day_before = planned(profile, str(the_day - datetime.timedelta(days=1)), log)
    on_the_day = planned(profile, move_on, log)
    day_after = planned(profile, str(the_day + datetime.timedelta(days=1)), log)
    if before is None:  # no check-in left: an upcoming move-on
        assert [(item.situation, item.status) for item in day_before.steps
                if item.status != "done"] == [("move-on", "upcoming")]
    else:
        assert step(day_before, "check-in").status == before
    for application in (on_the_day, day_after):
        move = step(application, "move-on")
        assert (move.status, str(move.earliest), move.rule) == ("move-on", move_on, "CI9")
        assert [item.situation for item in application.steps if item.status != "done"] == \
            ["move-on"]


def test_CI12_a_reply_with_a_new_date_restores_a_spent_budget() -> None:
    profile = make(interview={"decision_by": "2026-11-23"})  # video: budget 1
    log = (sent("2026-11-26", "check-in"),)
    assert step(planned(profile, "2026-11-30", log), "move-on").status == "upcoming"
    again = planned(profile, "2026-12-07", (*log, replied("2026-11-27", "2026-12-04")))
    check_in = step(again, "check-in")
    assert (check_in.status, check_in.attempt, check_in.rule) == ("due", 1, "CI12")
    assert plan.next_check_in(again) == check_in


def test_CI12_a_reply_before_the_promised_date_keeps_it() -> None:
    profile = make(interview={"decision_by": "2026-12-04"})
    found = step(planned(profile, "2026-11-30", (replied("2026-11-27"),)), "check-in")
    assert (str(found.earliest), str(found.latest), found.rule) == \
        ("2026-12-07", "2026-12-11", "CI2")


def test_CI12_a_check_in_on_the_day_of_a_reply_was_answered_by_it() -> None:
    profile = make(interview={"kind": "in-person", "decision_by": "2026-11-23"})
    log = (sent("2026-11-26", "check-in"), replied("2026-11-26"))
    found = planned(profile, "2026-12-01", log)
    assert step(found, "check-in").attempt == 2  # counted for the budget (CI8)...
    assert [item.situation for item in planned(profile, "2026-12-17", log).steps
            if item.status != "done"] == ["check-in"]  # ...but not unanswered (CI9)


def test_CI1_advice_when_no_decision_date_is_known() -> None:
    advice = plan.Advice("CI1", "No decision date is known: ask when they expect to decide, "
                                "and record it (followup replied --decision-by DATE).")
    assert planned(make(), "2026-11-24").advice == (advice,)
    assert planned(make(interview={"decision_by": "2026-11-23"}), "2026-11-24").advice == ()
    dateless = planned(make(interview={"decision_by": "2026-11-23"}), "2026-12-01",
                       (replied("2026-11-27"),))
    assert [item.rule for item in dateless.advice] == ["CI1"]
    assert dateless.advice[0].message.startswith("They replied on 2026-11-27 without a date")


def test_CI8_the_last_check_in_says_so_CI10() -> None:
    reasons = [step(planned(make(interview={"decision_by": "2026-11-23"}), "2026-11-26"),
                    "check-in").reason,
               step(planned(make(interview={"decision_by": "2026-11-23",
                                            "kind": "in-person"}), "2026-11-26"),
                    "check-in").reason]
    assert reasons[0].endswith(" Check-in 1 of 1 (CI8), the last (CI10).")
    assert reasons[1].endswith(" Check-in 1 of 2 (CI8).")


# ---------------------------------------------------------------- the sent-log


def test_TY1_a_thank_you_to_each_interviewer_done_when_logged() -> None:
    profile = make(interview={"interviewers": [PERSON, {"name": "Tom Becker"}]})
    found = planned(profile, "2026-11-17", (sent("2026-11-16", "thank-you", "priya shah"),))
    thanks = [(item.to, item.status, item.reason) for item in found.steps
              if item.situation == "thank-you"]
    assert thanks == [("Tom Becker", "due", "Thank them for the interview on 2026-11-16, that "
                                            "day or the next."),
                      ("Priya Shah", "done", "Sent on 2026-11-16.")]


def test_TY1_a_thank_you_for_an_earlier_round_does_not_count() -> None:
    profile = make(interviews=[
        {"date": "2026-11-02", "kind": "phone", "interviewers": [PERSON]},
        {"date": "2026-11-16", "kind": "video", "interviewers": [PERSON]}])
    found = planned(profile, "2026-11-18", (sent("2026-11-02", "thank-you"),))
    assert step(found, "thank-you").status == "late"


def test_RC1_only_for_an_agency_recruiter() -> None:
    in_house = make(recruiter={"name": "Sam Patel", "email": "sam@bigbeanz.example"})
    assert "recruiter-debrief" not in [item.situation
                                       for item in planned(in_house, "2026-11-16").steps]


def test_check_ins_go_to_the_recruiter_else_the_main_contact() -> None:
    assert step(planned(make(recruiter=RECRUITER), "2026-11-30"), "check-in").to == "Sam Patel"
    assert step(planned(make(), "2026-11-30"), "check-in").to == "Priya Shah"


def test_an_earlier_round_of_check_ins_does_not_count() -> None:
    profile = make(interviews=[
        {"date": "2026-11-02", "kind": "phone", "interviewers": [PERSON]},
        {"date": "2026-11-16", "kind": "video", "interviewers": [PERSON],
         "decision_by": "2026-11-23"}])
    found = planned(profile, "2026-11-26", (sent("2026-11-10", "check-in"),))
    assert (step(found, "check-in").attempt, step(found, "check-in").status) == (1, "due")


# ---------------------------------------------------------------- status, G1, G4


@pytest.mark.parametrize(("status", "reason"), [
    ("offer", "You have an offer: nothing to chase. Answer it (followup withdraw drafts a "
              "gracious no)."),
    ("hired", "You have the job: nothing to chase."),
    ("withdrawn", "You withdrew: nothing to chase."),
])
def test_G1_nothing_to_chase_is_a_move_on(status: str, reason: str) -> None:
    found = planned(make(status=status), "2026-11-24")
    assert found.steps == (Step(situation="move-on", to=None, status="move-on",
                                earliest=day("2026-11-24"), latest=day("2026-11-24"),
                                rule="G1", reason=reason),)


def test_G1_after_the_feedback_request_move_on() -> None:
    profile = make(status="unsuccessful", feedback={"rejected_on": "2026-11-13"})
    found = planned(profile, "2026-11-24", (sent("2026-11-16", "feedback-request"),))
    assert [(item.situation, item.status, item.rule) for item in found.steps] == \
        [("move-on", "move-on", "G1"), ("feedback-request", "done", "FB2")]


def test_FB2_without_a_rejection_date_times_it_from_the_interview() -> None:
    found = planned(make(status="unsuccessful"), "2026-11-24")
    request = step(found, "feedback-request")
    assert (str(request.earliest), str(request.latest), request.status) == \
        ("2026-11-17", "2026-11-23", "late")
    assert [item.rule for item in found.advice] == ["FB2"]


LOG_EVENTS = st.lists(st.tuples(
    st.integers(min_value=-5, max_value=60),
    st.sampled_from(["thank-you", "check-in", "recruiter-debrief", "competing-offer",
                     "feedback-request", "replied", "replied-with-date"]),
    st.integers(min_value=0, max_value=20)), max_size=8)


@settings(max_examples=150, deadline=None)
@given(events=LOG_EVENTS, today=st.integers(min_value=-3, max_value=90),
       status=st.sampled_from(["waiting", "unsuccessful", "offer", "withdrawn", "hired"]),
       decision=st.one_of(st.none(), st.integers(min_value=0, max_value=20)))
def test_G1_every_application_always_has_a_next_step(events: list[tuple[int, str, int]],
                                                     today: int, status: str,
                                                     decision: int | None) -> None:
    start = day("2026-11-16")
    interview = {"decision_by": str(start + datetime.timedelta(days=decision))} if decision \
        is not None else {}
    profile = make(status=status, recruiter=RECRUITER, interview=interview,
                   competing_offer={"company": "Acme Foods", "deadline": "2026-12-18"})
    log = []
    for offset, kind, later in events:
        when = start + datetime.timedelta(days=offset)
        if kind.startswith("replied"):
            new = when + datetime.timedelta(days=later) if kind.endswith("date") else None
            log.append(Entry(date=when, event="replied", decision_by=new))
        else:
            log.append(Entry(date=when, event="sent", situation=kind, to="Sam Patel"))
    found = plan.plan(profile, log, start + datetime.timedelta(days=today), "x.yaml")
    pending = [item for item in found.steps if item.status != "done"]
    assert pending, found
    assert all(item.earliest <= item.latest for item in found.steps)
    order = [plan.action_order(item) for item in found.steps]
    assert order == sorted(order)


def test_G4_a_check_in_before_its_window_is_refused() -> None:
    profile = make(interview={"decision_by": "2026-11-23"})
    early = planned(profile, "2026-11-25")
    with pytest.raises(Refusal) as refused:
        plan.refuse_early_check_in(early, day("2026-11-25"))
    assert str(refused.value) == (
        "big-beanz.yaml: too early for a check-in with Big Beanz: it is due from 2026-11-26.\n"
        "  CI2: Promised an answer by 2026-11-23: follow up several days after it. Check-in 1 "
        "of 1 (CI8), the last (CI10).\n  A day or two of silence is not bad news (G4). To "
        "draft it anyway, add --ignore-timing.")
    plan.refuse_early_check_in(planned(profile, "2026-11-26"), day("2026-11-26"))  # due


@pytest.mark.parametrize(("today", "refused"), [("2026-11-27", True), ("2026-12-02", True),
                                                ("2026-12-03", False)],
                         ids=["CI6-G4-day-after", "CI6-G4-last-day-before", "CI6-first-day"])
def test_CI6_G4_a_check_in_past_the_budget_is_still_spaced(today: str, refused: bool) -> None:
    """Past the point of moving on (CI9) a check-in is drafted with a warning, but never the
    day after the last one: the same spacing as any other (CI6)."""
    profile = make(interview={"decision_by": "2026-11-23"})  # video: budget 1
    application = planned(profile, today, (sent("2026-11-26", "check-in"),))
    if not refused:
        plan.refuse_early_check_in(application, day(today))
        return
    with pytest.raises(Refusal) as refusal:
        plan.refuse_early_check_in(application, day(today))
    assert str(refusal.value).startswith(
        "big-beanz.yaml: too early for a check-in with Big Beanz: it is due from 2026-12-03.\n"
        "  CI6: Space check-ins a week to ten days apart, even one past the point of moving "
        "on. The 1 check-in the interviews earn is sent (CI8)")


@pytest.mark.parametrize("order", ["sent-first", "replied-first"])
def test_CI9_CI12_a_reply_on_the_day_of_a_check_in_answers_it_whatever_the_order(
        order: str) -> None:
    profile = make(interview={"decision_by": "2026-11-23", "kind": "in-person"},
                   recruiter=None)  # budget 2
    first, second, reply = (sent("2026-11-26", "check-in"), sent("2026-12-07", "check-in"),
                            replied("2026-12-07"))
    log = (first, second, reply) if order == "sent-first" else (first, reply, second)
    found = step(planned(profile, "2026-12-30", log), "move-on")
    assert (found.rule, str(found.earliest)) == ("CI9", "2026-12-14")
    assert found.reason.startswith("The 2 check-ins the interviews earn are sent (CI8)")


def test_TY2_RC1_a_reply_on_the_interview_day_leaves_the_thank_you_and_debrief() -> None:
    profile = make(recruiter={"name": "Sam Patel", "agency": "TalentBridge"})
    application = planned(profile, "2026-11-16", (replied("2026-11-16"),))
    assert step(application, "thank-you").status == "due"
    assert step(application, "recruiter-debrief").status == "due"


def test_TY2_RC1_no_stale_thank_you_or_debrief_once_the_check_in_window_opens() -> None:
    profile = make(interview={"decision_by": "2026-11-23"},
                   recruiter={"name": "Sam Patel", "agency": "TalentBridge"})
    before = planned(profile, "2026-11-25")
    assert [item.situation for item in before.steps] == \
        ["recruiter-debrief", "thank-you", "check-in"]
    opened = planned(profile, "2026-11-26")
    assert [item.situation for item in opened.steps] == ["check-in"]


def test_TY2_late_thank_you_warning() -> None:
    profile = make(interview={"date": "2026-11-20"})  # a Friday: late after Monday (G5)
    assert plan.late_thank_you(profile, day("2026-11-23"), "x.yaml") is None
    late = plan.late_thank_you(profile, day("2026-11-24"), "x.yaml")
    assert late is not None and late.rule == "TY2"
    assert late.message == ("This thank-you is late: the interview was on 2026-11-20, and a "
                            "thank-you is best sent by 2026-11-23. Send it all the same, "
                            "briefly.")


def test_TY2_RC1_an_unsent_thank_you_lapses_once_the_conversation_moves_on() -> None:
    profile = make(recruiter=RECRUITER, interview={"decision_by": "2026-11-23"})
    before = planned(profile, "2026-11-25")
    assert [item.status for item in before.steps
            if item.situation in ("thank-you", "recruiter-debrief")] == ["late", "late"]
    after = planned(profile, "2026-11-25", (sent("2026-11-24", "check-in", "Sam Patel"),))
    assert [item.situation for item in after.steps] == ["move-on", "check-in"]


def test_TY1_no_thank_you_is_planned_to_someone_with_no_name_and_no_address() -> None:
    """Round 17: "Dear Workshop,", "Dear Assessor," to someone a note cannot reach. The plan
    thanks the others and says how to find them; an address (or a name) brings them back."""
    unnamed = {"name": "Assessor"}
    application = planned(make(interview={"interviewers": [PERSON, unnamed]}), "2026-11-16")
    assert [item.to for item in application.steps if item.situation == "thank-you"] == [
        "Priya Shah"]
    assert [(item.rule, item.message) for item in application.advice
            if item.rule == "TY1"] == [("TY1", (
                'No thank-you to "Assessor": the profile has neither their name nor their email '
                "address. Ask Priya Shah for both and give them under that interviewer (name:, "
                "email:), or thank them in your note to the person you were in touch with."))]
    addressed = {"name": "Assessor", "email": "assessor@bigbeanz.example"}
    again = planned(make(interview={"interviewers": [PERSON, addressed]}), "2026-11-16")
    assert [item.to for item in again.steps if item.situation == "thank-you"] == [
        "Priya Shah", "Assessor"]
