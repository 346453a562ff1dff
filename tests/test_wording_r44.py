"""Round 44's reading (issue 12, tests/corpus/r44): "SENCo" a post, not a first name; a
language list not read as "ROLE, EMPLOYER"; a second-language present and
typing slips as a letter says them; a question run on after a comma shown, not pasted; the
advert's "full time" not part of the role (G2, TY4, TY8)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.compose.naming import role_in_text, role_title
from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("highlight", "Speak Lithuanian, Russian and English", "speak Lithuanian, Russian and English"),
    ("highlight", "Spanish Tutor, Cervantes Institute",
     "have been a Spanish tutor at the Cervantes Institute"),
    ("highlight", "Volunteer, FLAC clinic", "have been a volunteer at the FLAC clinic"),
    ("highlight", "I am using Sage 50 and Excel every day (pivot tables, VLOOKUP)",
     "use Sage 50 and Excel every day"),
    ("discussed", "writing short notes for a childs EHCP review",
     "writing short notes for a child's EHCP review"),
    ("question", "overtime on sat's in December", "overtime on Saturdays in December"),
    ("discussed", "Active Directory basics, unlocking accts, group membership",
     "Active Directory basics, unlocking accounts and group membership"),
    ("learned", "They Do Alot Of Epoxy Floors In Winter When Outside Work Is Slow",
     "that they do a lot of epoxy floors in winter when outside work is slow"),
])
def test_G2_TY4_round_44_fields_read_as_a_letter_says_them(kind: Any, written: str,
                                                          text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_TY8_a_question_run_on_after_a_comma_is_shown_not_pasted() -> None:
    fitted = fit("question", "how TAs and the SENCo share updates, is it daily or weekly")
    assert (fitted.text, fitted.problem) == (
        None, "it runs a second question on after a comma ('..., is it daily or weekly'): "
              "write it as one whole question")


def test_G2_the_adverts_full_time_and_onsite_are_not_the_roles() -> None:
    role = "Office Administrator (accounts / reception) full time"
    assert (role_title(role), role_in_text(role)) == (
        "Office Administrator (accounts / reception)", "Office Administrator")
    assert role_title("Part-time Barista") == "Part-time Barista"
    assert role_title("IT Service Desk Analyst I (Tier 1) - onsite, Mon-Fri") == \
        "IT Service Desk Analyst I (Tier 1)"


def test_G2_the_SENCo_is_a_post_whose_holder_a_warning_asks_for() -> None:
    said = greeting(read_name("SENCo"), formal=False, country="GB")
    assert (said.name, said.note) == ("SENCo", 'The greeting is to "SENCo", a role, not a person '
                                      "by name: if you know who will read it, give their name "
                                      "under SENCo (name:, or salutation: as you would greet "
                                      "them) (G2).")


@pytest.mark.parametrize(("kind", "written", "text", "problem"), [
    ("learned", "the CNAs asked for self-scheduling last year but it never happened", None,
     "it reads as a sentence, not a topic: start it with 'that'"),
    ("discussed", "plating of 200 pax dessert for the wedding banquet",
     "the plating of 200 pax dessert for the wedding banquet", None),
    ("highlight", "6 yrs as export documentation clerk at Bidvest",
     "have 6 years of experience as an export documentation clerk at Bidvest", None),
])
def test_TY4_round_44_notes_read_or_shown(kind: Any, written: str, text: str | None,
                                          problem: str | None) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, problem)


def test_G2_a_name_marked_as_a_guess_is_said_to_be_one() -> None:
    said = greeting(read_name("Head of Post (Sunny?)"), formal=False, country=None)
    assert (said.name, said.note) == ("Sunny", 'The greeting uses Sunny, the name you marked as '
                                      'a guess after "Head of Post": if it is not their first '
                                      "name, add salutation: (the name to greet them by) under "
                                      "Head of Post (Sunny?) (G2).")


def test_G2_a_warning_names_the_line_of_a_person_from_an_earlier_round(invoke: Any) -> None:
    (path,) = (Path(__file__).parent / "corpus" / "r44").glob("g10-*.yaml")
    result = invoke("feedback-request", path, "--tone", "formal", "--today", "2026-12-03")
    found = [line for line in result.stderr.splitlines() if line.startswith("warning G2")]
    assert found and f"{path}:24: Add honorific:" in found[0], result.stderr
