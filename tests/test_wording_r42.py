"""Round 42's reading (issue 12, tests/corpus/r42): wrong warnings on fields that read well
("the old steinway he is rebuilding", "about the contract she is working on", "schools,
churches and people's homes", "before the start date", "(NBIS Safety Insp.) in yr 1"), and
fields fitted as a letter writes them ("is a plan to ...", "EIT passed Aug 2026", "ZERO
RECORDABLE INCIDENTS", "12 hour shifts", "with Davo's dad"); second-language slips shown,
not pasted (G2, TY4, TY8); a role's two titles, initials and a role as a greeting (G2)."""

from __future__ import annotations

from typing import Any

import pytest

from followup.compose.naming import company_in_text, role_in_text, role_title
from followup.profile.addressed import one_to_you
from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.honorifics import is_role
from followup.profile.names import read_name


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("discussed", "the old steinway he is rebuilding for the school hall",
     "the old steinway he is rebuilding for the school hall"),
    ("learned", "about the museum loan contract she is working on for the turret clock",
     "about the museum loan contract she is working on for the turret clock"),
    ("learned", "that most of the tuning is done on site at schools, churches and people's homes",
     "that most of the tuning is done on site at schools, churches and people's homes"),
    ("question", "Would I be able to shadow him on a survey before the start date?",
     "Would I be able to shadow him on a survey before the start date?"),
    ("learned", "new hires do the 2-wk FHWA NHI course (NBIS Safety Insp.) in yr 1",
     "that new hires do the 2-week FHWA NHI course in year 1"),
    ("discussed", "scour critical bridges / underwater insp. (dive team subcontracted)",
     "scour critical bridges and underwater inspection (dive team subcontracted)"),
    ("learned", "is a plan to increase the cruise ship calls to 12 in the season",
     "that there is a plan to increase the cruise ship calls to 12 in the season"),
    ("learned", "He's been glazing 22 yrs and started as an apprentice with Davo's dad",
     "that he's been glazing for 22 years and started as an apprentice with Davo's dad"),
    ("learned", "that the cellar team works 12 hour shifts in March and April",
     "that the cellar team works 12-hour shifts in March and April"),
    ("highlight", "EIT passed Aug 2026", "passed the EIT in August 2026"),
    ("highlight", "ZERO RECORDABLE INCIDENTS SINCE 2019",
     "have had zero recordable incidents since 2019"),
    ("highlight", "did a winter in Svalbard w/ the research station - check if worth "
                  "mentioning??", "did a winter in Svalbard with the research station"),
    ("highlight", "Completed the Cert. in Regulatory Affairs (Medical Devices) at night",
     "completed the certificate in Regulatory Affairs (Medical Devices) at night"),
    ("discussed", "measuring up for the shopfront and how you cant be out by more than 2mm",
     "the measuring up for the shopfront and how you can't be out by more than 2mm"),
])
def test_G2_TY4_TY8_round_42_fields_read_as_written(kind: Any, written: str, text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


@pytest.mark.parametrize(("kind", "written", "problem"), [
    ("discussed", "the new pontoon and how is managed the berthing of fishing fleet",
     "'how is managed the' is said 'how the ... is managed'"),
    ("discussed", "the harbour dues and the system for invoice the visiting yachts",
     "'for invoice the' needs the '-ing' form after 'for'"),
    ("learned", "that the company is family-owned since 1978",
     "'is family-owned since 1978' needs 'has been' ('has been family-owned since 1978')"),
    ("learned", "that we are based here since 2019", "'are based here since 2019' needs 'have "
                                                     "been'"),
    ("question", "how soon trainees go out on rope access jobs?",
     "it ends in '?', but its words are not in a question's order"),
    ("question", "what is the start date?", "it is about pay or the paperwork of hiring"),
])
def test_G2_TY8_round_42_slips_are_shown_not_pasted(kind: Any, written: str,
                                                    problem: str) -> None:
    fitted = fit(kind, written)
    assert fitted.text is None and fitted.problem and fitted.problem.startswith(problem)


def test_TY4_a_she_after_a_possessive_is_theirs() -> None:
    text = "my dog's recall and how she behaves around stock"
    assert one_to_you(text) == text  # not "how you behave around stock"
    assert one_to_you("the steinway he is rebuilding") == "the steinway you are rebuilding"


@pytest.mark.parametrize(("role", "title", "in_text"), [
    ("Bridge Inspector Trainee (NBIS) / Eng Tech I", "Bridge Inspector Trainee (NBIS)",
     "Bridge Inspector Trainee (NBIS)"),
    ("Regulatory Affairs Associate (MDR/IVDR) - 12 mth FTC / Hybrid",
     "Regulatory Affairs Associate (MDR/IVDR)", "Regulatory Affairs Associate"),
    # two titles of one job stay (round 30: "Lounge Pianist / Vocalist")
    ("Groundsperson / Maintenance Officer", "Groundsperson / Maintenance Officer",
     "Groundsperson / Maintenance Officer"),
])
def test_G2_a_role_is_named_without_its_grade_or_terms(role: str, title: str,
                                                      in_text: str) -> None:
    assert (role_title(role), role_in_text(role)) == (title, in_text)


def test_G2_a_legal_form_and_a_role_as_a_name() -> None:
    assert company_in_text("Ridgeline Engineering Group, PLLC") == "Ridgeline Engineering Group"
    assert is_role("Lead Play Specialist")


def test_G2_initials_are_no_first_name_to_greet() -> None:
    found = greeting(read_name("T.M. Sawatzky"), formal=False, country="CA")
    assert found.name == "T.M. Sawatzky"
    assert found.note == ('If they go by "T.M.", add salutation: T.M. under T.M. Sawatzky; if '
                          "not, give their first name there (G2).")


def _corpus_run(invoke: Any, stem: str, *args: str) -> str:
    """The whole output of a command on a round-42 profile, with its exit code."""
    from pathlib import Path

    from .test_wording_r26 import _corpus_run as run_in

    return run_in(invoke, stem, *args, folder=Path(__file__).parent / "corpus" / "r42")


def test_CI11_an_agencys_us_is_you_to_the_agency(invoke: Any) -> None:
    """j09: "come back to us by the end of next week", written by a candidate whose agency
    set up the interview: to the agency's recruiter, "come back to you"; the role's terms
    ("- 12 mth FTC / Hybrid") are not in the subject."""
    out = _corpus_run(invoke, "j09", "recruiter-debrief", "--today", "2026-11-26")
    assert out.startswith("exit 0\n")
    assert "They said they would come back to you by Friday 4 December." in out
    assert "Subject: " in out and "FTC" not in out and "Hybrid" not in out


def test_TY5_a_brief_panel_opens_three_ways(invoke: Any, golden: Any) -> None:
    """j10: three brief notes after an assessment day open three ways (no TY5 warning), and
    name the firm without its legal form ("PLLC")."""
    out = _corpus_run(invoke, "j10", "thank-you", "--all", "--tone", "brief", "--today",
                      "2026-11-20")
    assert out.startswith("exit 0\n") and "TY5" not in out
    assert "PLLC" not in out and "Dear Dr. Raman," in out
    golden("wording/r42-j10.thank-you.brief.txt", out)
