"""Round 45's reading (issue 12, tests/corpus/r45): "Dr. Menon - CSO" and "Mr Tay K. H." are
greeted by surname, "Goh Siew Ping" has her family name first; a name typed small stays a
name; "she" in the note to her is "you", and a second verb agrees; "next to next week" is the
week after next; second-language slips are shown, not pasted (G2, TY4, TY8, TY9, CI2)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from followup.compose.naming import role_title
from followup.profile.dating import promised_day
from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name
from followup.profile.slips import slip


@pytest.mark.parametrize(("written", "formal", "plain"), [
    ("Dr. Menon - CSO", "Dr Menon", "Dr Menon"),  # the post after a dash is no surname
    ("Dr. Goh Siew Ping", "Dr Goh", "Goh Siew Ping"),  # "Siew": a syllable of her given name
    ("Mr Tay K. H.", "Mr Tay", "Mr Tay"),  # initials after a family name: not "Dear Tay,"
    ("Mdm Rosnah bte Ismail", "Mdm Rosnah", "Rosnah"),
])
def test_G2_names_with_a_post_a_family_name_first_or_initials_after(
        written: str, formal: str, plain: str) -> None:
    name = read_name(written)
    assert (greeting(name, formal=True, country="SG").name,
            greeting(name, formal=False, country="SG").name) == (formal, plain)


@pytest.mark.parametrize(("kind", "written", "text"), [
    # TY4: the second verb agrees with "you"; a "she" after "the department" is still her
    ("learned", "He sits in Boston and comes to Hyderabad site every quarter",
     "that you sit in Boston and come to Hyderabad site every quarter"),
    ("learned", "he started as a tech and now manages 3 sites",
     "that you started as a tech and now manage 3 sites"),
    ("learned", "The dept has 31 faculty and she is the only other full time admin",
     "that the department has 31 faculty and you are the only other full-time admin"),
    ("highlight", "I speak Punjabi and Hindi, and some of their residents do too",
     "speak Punjabi and Hindi, and some of your residents do too"),
])
def test_TY4_said_to_them(kind: Any, written: str, text: str) -> None:
    assert fit(kind, written).to_them == text


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("learned", "jonno did his apprenticeship with steve's dad in 2009",
     "that jonno did his apprenticeship with steve's dad in 2009"),  # not "the jonno"
    ("highlight", "During my internship I databased 4 800 specimens, including "
                  "georeferencing old labels from the 1920s.",
     "databased 4 800 specimens during my internship, including georeferencing old labels "
     "from the 1920s"),
    ("highlight", "Collected on two field trips", "collected on two field trips"),
    ("learned", "a part time job at weekends", "about a part-time job at weekends"),
    ("learned", "I work full time in the bakery", "that I work full time in the bakery"),
    ("promise", "we'll be in touch by Monday once your references are back.",
     "be in touch by Monday once my references were back"),  # TY9: said back, in the past
])
def test_TY4_TY9_round_45_fields_read_as_a_letter_says_them(kind: Any, written: str,
                                                            text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


@pytest.mark.parametrize(("written", "problem"), [
    ("worked 4 years as cashier in big supermarket",
     "'as cashier' needs 'a' ('as a cashier'): write it as you would in the letter"),
    ("how I will help customer who is angry",
     "'help customer' needs 'a' or 'the' ('help a customer'): write it as you would in the "
     "letter"),
    ("3 years in small bakery",
     "'in small bakery' needs 'a' or 'the' ('in a small bakery'): write it as you would in the "
     "letter"),
])
def test_TY4_a_second_languages_missing_article_is_shown(written: str, problem: str) -> None:
    assert slip(written) == problem


@pytest.mark.parametrize("written", [
    "how I would handle a crew member who won't follow a safety briefing",
    "worked as head of the unit", "such as customer service", "in good company",
])
def test_TY4_an_article_is_not_asked_for_where_english_has_none(written: str) -> None:
    assert slip(written) is None


def test_TY4_a_note_trailing_after_a_comma_is_quoted_as_written() -> None:
    from followup.profile.sendable import problem  # not "working on" whatever it says

    assert problem("highlight", "Payroll experience, covering three sites",
                   "have experience in payroll, covering three sites") == (
        "a note trails after a comma ('..., covering ...'): write it as a sentence")


@pytest.mark.parametrize(("written", "day"), [
    ("Once CSO gives his nod Pooja will reach out, next to next week max.", "2026-12-11"),
    ("we'll come back to you after the background check, normally 5 - 7 working days",
     "2026-12-08"),
])
def test_CI2_TY9_next_to_next_week_and_a_usual_span_are_dated(written: str, day: str) -> None:
    said_on = datetime.date(2026, 11, 27)  # a Friday
    assert promised_day(written, said_on, "IN") == datetime.date.fromisoformat(day)


@pytest.mark.parametrize(("role", "title"), [
    ("Multi-Drop Delivery Driver (3.5t van) - Warrington, 5 on 2 off",
     "Multi-Drop Delivery Driver (Warrington)"),
    ('Scientific Assistant: Herbarium (Post Ref. 14/2026), Salary level 6',
     "Scientific Assistant (Herbarium)"),
    ("Trainee Clinical Scientist (STP) - Clinical Bioinformatics (Genomics). Band 6",
     "Trainee Clinical Scientist (Clinical Bioinformatics)"),
])
def test_G2_the_adverts_roster_grade_and_reference_leave_the_role(role: str, title: str) -> None:
    assert role_title(role) == title


@pytest.mark.parametrize(("written", "text"), [
    # TY9: who said it is no part of the promise, nor a mate's "I" the candidate's
    ('steve - "i\'ll give you a bell early next week"', "give me a bell early next week"),
    ("HR - will call by Monday", "call by Monday"),
    # a condition written first goes after what they would do
    ("following Garda vetting and references, we will contact all candidates within three weeks",
     "I would be contacted within three weeks following Garda vetting and references"),
])
def test_TY9_a_promise_without_who_said_it_and_its_condition_after_it(written: str,
                                                                      text: str) -> None:
    fitted = fit("promise", written)
    assert (fitted.text, fitted.problem, fitted.written) == (text, None, written)


def test_TY9_who_said_it_stays_when_the_promise_names_them_again() -> None:
    # "Becky - client will let her know": "her" is Becky, whom a check-in goes to
    assert fit("promise", "Becky - client will let her know by Friday").text is None


@pytest.mark.parametrize(("kind", "written", "problem"), [
    ("discussed", "security clearance & medical check, take abt 2 to 3 weeks",
     "only part of it fits one sentence ('take abt 2 to 3 weeks' does not), and half a field "
     "would misquote you: give one point per field, as a short phrase or a whole sentence"),
    ("question", "Can new RO join the mass spawning survey in April or not",
     "'or not' at the end is how it is said: leave it off, as a letter would ask"),
    ("learned", "the nursery lost about 15% of fragments during last NE monsoon",
     "'during last NE' needs 'the' ('during the last NE'): write it as you would in the "
     "letter"),
])
def test_TY4_TY8_notes_a_letter_cannot_carry_are_shown(kind: Any, written: str,
                                                       problem: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (None, problem)


@pytest.mark.parametrize("written", ["\u2028", '"', "Jo - ", "following x, we will"])
def test_TY9_a_promise_made_ready_to_read_is_read_once(written: str) -> None:
    # no endless reading of what as_said leaves (a hostile profile's "\u2028" did)
    assert fit("promise", written).written == written.strip()
