"""Round 43's reading (issue 12, tests/corpus/r43): fields a letter writes another way
than the form ("I am speaking Portuguese, Spanish and English fluent", "grade 8 piano",
"5 yrs exp in retail mgmt", "Led team of 5", "DBS checked", "exp. 2028", "theres a");
"how big is the team" a question (TY8); a list never taken for an aside and cut (TY4);
"we'll decide in january" promised by its last day and said as the month, "after the Board
meeting on 15th Dec" after it, "revert" and "Once ..., we will ..." (CI2, CI11, TY9); a role
"(Trainee), Kolkata Auction", "Leading Hand (Robbo)", "Cr.", "Prof. Sir" (G2)."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from followup.compose.naming import role_in_text, role_title
from followup.compose.panel import echoed
from followup.profile.dating import after_written_date, month_part, promised_day
from followup.profile.fields import fit
from followup.profile.greetings import greeting
from followup.profile.names import read_name
from followup.profile.sendable import problem


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("highlight", "I am speaking Portuguese, Spanish and English fluent",
     "am fluent in Portuguese, Spanish and English"),
    ("highlight", "speak English fluent", "am fluent in English"),
    ("highlight", "I speak Polish and Irish fluently", "am fluent in Polish and Irish"),
    ("highlight", "I am speaking Portuguese", "speak Portuguese"),
    ("highlight", "grade 8 piano with distinction", "have Grade 8 piano with distinction"),
    ("highlight", "5 yrs exp in retail mgmt", "have 5 years' experience in retail management"),
    ("highlight", "exp in HGV driving", "have experience in HGV driving"),
    ("highlight", "Led team of 5", "led a team of 5"),
    ("highlight", "Trained team of 12 new starters", "trained a team of 12 new starters"),
    ("highlight", "Ran shop on my own on Sundays", "ran the shop on my own on Sundays"),
    ("highlight", "Bilingual English/Spanish", "am bilingual in English and Spanish"),
    ("highlight", "DBS checked", "have a DBS check"),
    ("highlight", "Enhanced DBS", "have an enhanced DBS check"),
    ("highlight", "First aid cert, exp. 2028", "have a first aid certificate"),
    ("highlight", "Forklift licence (exp 2027)", "have a forklift licence"),
    ("learned", "theres a new CRM coming in jan", "that there is a new CRM coming in January"),
    ("question", "how big is the team", "How big is the team?"),
    ("question", "How flexible are the hours?", "How flexible are the hours?"),
    ("question", "how graduates are supported", "how graduates are supported"),
    ("learned", "That graduates rotate through three teams over two years, hydrology first.",
     "that graduates rotate through three teams over two years, hydrology first"),
])
def test_G2_TY4_TY8_round_43_fields_read_as_a_letter_says_them(kind: Any, written: str,
                                                          text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


@pytest.mark.parametrize(("promise", "day", "said"), [
    ("realistically we'll decide in january, we all disappear for the holidays",
     datetime.date(2027, 1, 31), "January"),
    ("interviews during December", datetime.date(2026, 12, 31), "December"),
    ("board meets in March 2027 then offers", datetime.date(2027, 3, 31), "March"),
    ("probably mid-December", datetime.date(2026, 12, 20), "mid-December"),
    ("in January 5th", datetime.date(2027, 1, 5), None),
])
def test_CI2_TY9_a_month_promised_is_its_last_day_said_as_the_month(
        promise: str, day: datetime.date, said: str | None) -> None:
    assert promised_day(promise, datetime.date(2026, 11, 30), "GB") == day
    assert month_part(promise) == said


def test_TY4_a_list_after_the_last_comma_is_no_aside_to_drop() -> None:
    """"..., Spanish and English" ends a list: a reading that kept only its first item
    would misquote the candidate; "..., exp. 2028" is an aside and may go."""
    assert problem("highlight", "Speak Portuguese, Spanish and English",
                   "speak Portuguese") == (
        "only part of it fits one sentence ('Spanish and English' does not), and half a field "
        "would misquote you: give one point per field, as a short phrase or a whole sentence")
    assert problem("highlight", "Hold a forklift licence, exp. 2028",
                   "hold a forklift licence") is None


@pytest.mark.parametrize(("role", "title", "in_text"), [
    ("Assistant Tea Taster (Trainee), Kolkata Auction", "Assistant Tea Taster (Kolkata Auction)",
     "Assistant Tea Taster (Kolkata Auction)"),
    ("type designer (junior-mid), latin & greek", "type designer (Latin & Greek)",
     "type designer"),
    ("english teacher", "English teacher", "English teacher"),
])
def test_G2_a_role_as_a_sentence_names_it(role: str, title: str, in_text: str) -> None:
    assert (role_title(role), role_in_text(role)) == (title, in_text)


@pytest.mark.parametrize(("written", "formal", "informal"), [
    ("Leading Hand (Robbo)", "Robbo", "Robbo"),  # a post and who holds it
    ("Leading Hand", "Leading Hand", "Leading Hand"),  # a post: no "Dear Leading"
    ("Cr. Wiremu Haddon", "Councillor Haddon", "Wiremu"),  # NZ and Australia's councillor
    ("Prof. Sir Alasdair Munro", "Sir Alasdair", "Alasdair"),  # a knight as one
    ("Professor Dame Sue Black", "Dame Sue", "Sue"),
])
def test_G2_round_43_names_greeted(written: str, formal: str, informal: str) -> None:
    name = read_name(written)
    assert greeting(name, formal=True, country="NZ").name == formal
    assert greeting(name, formal=False, country="NZ").name == informal


@pytest.mark.parametrize(("kind", "written", "text"), [
    ("highlight", "Done my B.Sc. (Agri) from Assam Agricultural University, Jorhat with 8.4 "
                  "CGPA.", "completed my B.Sc. (Agri) from Assam Agricultural University"),
    ("promise", "we will revert after the Board meeting on 15th Dec",
     "get back to me after the Board meeting on 15th December"),
    ("promise", "Once the background check and the Live Scan fingerprints come back, we will "
                "contact you about next steps.",
     "contact me about next steps once the background check and the Live Scan fingerprints "
     "come back"),
])
def test_CI11_G2_TY4_round_43_notes_in_one_sentence(kind: Any, written: str, text: str) -> None:
    fitted = fit(kind, written)
    assert (fitted.text, fitted.problem) == (text, None)


def test_CI2_an_answer_after_a_meeting_on_a_date_is_after_that_date() -> None:
    assert after_written_date("we will revert after the Board meeting on 15th Dec")
    assert not after_written_date("after the interview we decide by 4 December")


def test_TY5_your_time_is_thanked_for_once_a_note() -> None:
    """"... thank you for your time." then "Thank you again for your time.": the closing
    is another where the list has one (the goldens in-house.thank-you.warm, 03 and
    r36-s07 show it whole)."""
    assert "time" in echoed("It was a pleasure to speak with you; thank you for your time.")
    assert "time" not in echoed("We met at the same time as the other candidates.")
