"""TY4: a highlight written in the shapes of a CV line that are not a sentence, read as the
words after "I" ("I did not get to mention that I {text}."), or left out with a warning that
shows the user's own words rewritten; and the checker, which finds a highlight a draft carries
in the words it was fitted to.

Each case is the exact reading: the form, and the text (None when the highlight is left out).
The lines are written for these tests, in the shapes CV advice pages give: "ROLE, ORGANISATION",
a deed written after its object ("licence held"), a measure that went down, a language and
its level, a course finished, an event run and what it raised, a named credential, a result
after a comma.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from followup import check, profile
from followup.check import Document
from followup.profile.fields import read_field as fit  # the reading, before `sendable`
from followup.profile.parts import before_dash_list, result_piece

from .conftest import SAMPLES

Case = tuple[str, str, str, str | None]  # id, as written, form, text


def params(cases: list[Case]) -> list[object]:
    return [pytest.param(written, form, text, id=name) for name, written, form, text in cases]


# "ROLE, ORGANISATION (detail)": the role says what was done there, or the candidate has been
# that role at the place; "the" before a place named by a common noun ("the ... clinic").
ROLE_LINES: list[Case] = [
    ("winner", "Winner, Bristol Hackathon 2024", "clause", "won the Bristol Hackathon 2024"),
    ("runner-up", "Runner-up, Scottish Young Engineers Challenge 2024", "clause",
     "was runner-up in the Scottish Young Engineers Challenge 2024"),
    ("speaker-at-a-name", "Speaker, DjangoCon Europe 2025", "clause",
     "spoke at DjangoCon Europe 2025"),
    ("finalist-lowercase-place", "Finalist, Hult Prize regional round", "clause",
     "was a finalist in the Hult Prize regional round"),
    ("volunteer-with-aside", "Volunteer, Citizens Advice drop-in clinic (two years)", "clause",
     "have been a volunteer at the Citizens Advice drop-in clinic (two years)"),
    ("mentor-at-a-name", "Mentor, Code First Girls", "clause",
     "have been a mentor at Code First Girls"),
    ("office-of", "Treasurer, Hull University Rowing Club", "clause",
     "have been treasurer of the Hull University Rowing Club"),
    ("university-of", "Student ambassador, University of Leeds", "clause",
     "have been a student ambassador at the University of Leeds"),
    ("role-place-and-time", "Team lead, Tesco Express, 2 years", "clause",
     "have been a team lead at Tesco Express for 2 years"),
    # Not a place: a qualification, or a degree, after the role.
    ("role-then-credential", "Shift lead, NVQ Level 2, customer service", "noun",
     "am a shift lead"),
    ("role-then-degree", "Graduate teacher, BSc/MTeach", "noun", "am a graduate teacher"),
    # A place named by common nouns only, when it ends in what an organisation is called.
    ("office-of-a-team", "Captain, university hockey team", "clause",
     "have been captain of the university hockey team"),
    ("founder", "Founder, campus coding society", "clause", "founded the campus coding society"),
]


@pytest.mark.parametrize(("written", "form", "text"), params(ROLE_LINES))
def test_TY4_a_role_and_its_place_read_as_what_was_done_there(written: str, form: str,
                                                              text: str | None) -> None:
    assert_reads(written, form, text)


# A deed written after its object, as notes are: a licence held, exams passed, a measure that
# went down; a language and how well it is spoken; a course finished; an event run; a named
# credential held; an award "of the Month".
SHAPES: list[Case] = [
    ("held", "PPL held, 65 hrs dual", "clause", "hold a PPL"),
    ("passed-plural", "ACCA papers passed in full", "clause",
     "have passed the ACCA papers in full"),
    ("passed-first-attempt", "Driving test passed, first attempt", "clause",
     "have passed a driving test, at the first attempt"),
    ("measure-down", "Waste down from 12% to 7% across two sites", "clause",
     "brought waste down from 12% to 7% across two sites"),
    ("measure-down-by", "Response time down by half", "clause",
     "brought response time down by half"),
    ("measure-reduced", "Customer complaints reduced by 40%", "clause",
     "reduced customer complaints by 40%"),
    ("language-aside", "portuguese (fluent)", "clause", "speak Portuguese (fluent)"),
    ("languages-levels", "Conversational Italian and basic German", "clause",
     "speak conversational Italian and basic German"),
    ("language-alone", "Polish", "clause", "speak Polish"),
    ("elective", "Elective in tropical medicine", "noun",
     "have completed an elective in tropical medicine"),
    ("event-raised", "Quiz night for the rugby club, £1,200 raised", "clause",
     "organised a quiz night for the rugby club, raising £1,200"),
    ("event-bake-sale", "Charity bake sale, £350 raised", "clause",
     "organised a charity bake sale, raising £350"),
    ("named-level", "FoodSafe Level 1", "noun", "hold FoodSafe Level 1"),
    ("named-certificate", "Certificate of Competency (Shift Boss) QLD", "noun",
     "hold a Certificate of Competency (Shift Boss) QLD"),
    ("award-of-the-month", "Employee of the Month, May 2024", "clause",
     "won Employee of the Month"),
    ("top-percent", "Top 10% in the final-year cohort", "clause",
     "was in the top 10% in the final-year cohort"),
    # round 14: a measure kept under a level, a time spent in a post, a post held by its
    # acronym ("I have a shrink", "I have 14 months as", "I have a DSM" before)
    ("measure-kept-under", "Shrink under 1% two years in a row", "clause",
     "kept shrink under 1% two years in a row"),
    ("measure-kept-above", "Attendance above 98% all year", "clause",
     "kept attendance above 98% all year"),
    ("months-as", "14 months as Lab Analyst in a contract testing lab", "noun",
     "have 14 months of experience as a Lab Analyst in a contract testing lab"),
    ("weeks-on", "6 weeks on a building site", "noun",
     "have 6 weeks of experience on a building site"),
    ("weeks-work-experience", "2 weeks work experience at a tyre place", "noun",
     "have 2 weeks work experience at a tyre place"),
    ("post-by-acronym", "DSM on the book for a 14-week tour", "clause",
     "was DSM on the book for a 14-week tour"),
    ("post-by-acronym-for", "SM on 3 mid-scale tours (6-8 venues each)", "clause",
     "was SM on 3 mid-scale tours (6-8 venues each)"),
    # round 16: a place in a contest was won ("I am finalist in the moot" before)
    ("placing", "Finalist in the faculty's upper-year appellate moot (2025)", "clause",
     "was a finalist in the faculty's upper-year appellate moot (2025)"),
]


@pytest.mark.parametrize(("written", "form", "text"), params(SHAPES))
def test_TY4_a_cv_shape_reads_after_I(written: str, form: str, text: str | None) -> None:
    assert_reads(written, form, text)


# What follows the first piece: a list after a dash whole or not at all; a rate "with" the
# deed; a deed that reads after "have completed ... and"; one that does not, left out.
PIECES: list[Case] = [
    ("dash-list-left-out", "Night porter at a 90-room hotel, 2 years – check-ins, audits, "
     "security", "noun", "have been a night porter at a 90-room hotel for 2 years"),
    ("dash-verbs-kept", "Led a team of 5 – recruited, trained, rostered", "clause",
     "led a team of 5, recruited, trained and rostered"),
    ("rate-with", "Led the stocktake team (12 ppl), 98.5% count accuracy", "clause",
     "led the stocktake team (12 people), with 98.5% count accuracy"),
    ("completed-and-built", "Placement in audit, built a sampling tool in Excel", "noun",
     "have completed a placement in audit and built a sampling tool in Excel"),
    ("completed-not-and-ran", "Placement in audit, ran the stock count", "noun",
     "have completed a placement in audit"),
]


@pytest.mark.parametrize(("written", "form", "text"), params(PIECES))
def test_TY4_what_a_cv_line_adds_joins_whole_or_not_at_all(written: str, form: str,
                                                           text: str | None) -> None:
    assert_reads(written, form, text)


# "have experience in" only before a field of work; a thing named with a year, or "the ...",
# is left out, and the warning's example is the user's own words after a verb.
LEFT_OUT = [
    ("Regional netball league 2023", "it names a thing but not what you did with it",
     "Took part in regional netball league 2023"),
    ("The annual budget report 2025", "it names a thing but not what you did with it",
     "Took part in the annual budget report 2025"),
    ("Quarterly sales report for the board", "it names a thing but not what you did with it",
     "Worked on quarterly sales report for the board"),
]


@pytest.mark.parametrize(("written", "problem", "example"), LEFT_OUT)
def test_TY4_a_thing_without_a_deed_is_left_out_with_the_users_words(
        written: str, problem: str, example: str) -> None:
    fitted = fit("highlight", written)
    assert (fitted.text, fitted.problem, fitted.example) == (None, problem, example)


@pytest.mark.parametrize(("written", "text"), [
    ("Stock control", "have experience in stock control"),
    ("Data analysis (Excel, R)", "have experience in data analysis (Excel, R)"),
])
def test_TY4_a_field_of_work_still_takes_have_experience_in(written: str, text: str) -> None:
    assert fit("highlight", written).text == text


@pytest.mark.parametrize(("words", "expected"), [
    ("£6,400 raised", "raising £6,400"), ("$12k saved", "saving $12k"),
    ("99.6% pick accuracy", "with 99.6% pick accuracy"), ("first sitting", "at the first sitting"),
    ("2nd attempt", "at the second attempt"), ("180 covers", None), ("14% YoY", None),
])
def test_TY4_result_piece(words: str, expected: str | None) -> None:
    assert result_piece(words.split()) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("Ramp agent – ground ops, pushback, marshalling", "Ramp agent"),
    ("Led a team – recruited, trained", "Led a team – recruited, trained"),
    ("Internship – grid connection applications", "Internship – grid connection applications"),
])
def test_TY4_a_list_after_a_dash_is_kept_whole_or_left_out(words: str, expected: str) -> None:
    assert " ".join(before_dash_list(words.split())) == expected


def assert_reads(written: str, form: str, text: str | None) -> None:
    fitted = fit("highlight", written)
    assert (fitted.form, fitted.text) == (form, text)
    assert (fitted.problem, fitted.example) == ((None, None) if text else (fitted.problem,
                                                                           fitted.example))


# ------------------------------------------------------------------ the checker (TY4)

NOTE = ("Dear Priya,\n\nThank you for meeting me about the Business Development Graduate role. "
        "I loved hearing that new starters shadow customers for their first month.\n\n"
        "{highlight} I am very keen to join. I'd love to hear how the team measures success in "
        "the first 90 days.\n\nBest wishes,\nJordan Lee\n")


@pytest.mark.parametrize(("highlight", "sentence", "warned"), [
    ("Summer internship in credit risk, built a loan-loss model in Power BI and presented it "
     "to the risk committee", "I did not get to mention that I have completed a summer "
     "internship in credit risk.", False),
    ("Migrated 40+ services to k8s; on-call lead for the platform team (2024-25)",
     "I did not get to mention that I migrated 40+ services to k8s.", False),
    ("Migrated 40+ services to Kubernetes with no downtime", "I also enjoy hill walking.",
     True),
], ids=["TY4-fitted-internship", "TY4-fitted-first-piece", "TY4-not-carried"])
def test_TY4_a_draft_carrying_the_fitted_highlight_is_not_warned(
        tmp_path: Path, highlight: str, sentence: str, warned: bool) -> None:
    data = yaml.safe_load((SAMPLES / "big-beanz.yaml").read_text("utf-8"))
    data["candidate"]["highlights"] = [highlight]
    path = tmp_path / "profile.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    document = Document(name="draft.txt", body=NOTE.format(highlight=sentence),
                        subject="Thank you: Business Development Graduate",
                        situation="thank-you", channel="email", body_line=3, subject_line=1,
                        subject_column=9)
    messages = [finding.message for finding in check.check(document, profile.load(path))]
    assert any("skill or achievement" in message for message in messages) == warned, messages
