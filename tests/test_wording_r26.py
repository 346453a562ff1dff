"""Rounds 26 and 27's readings (issue 12, tests/corpus/r26 and r27), and what earlier
rounds' readers noticed: second-language and spoken slips left out with the words to change
(G2, TY4); CV lines and office English fitted ("Having 2.5 years ...", "Kindly note that I
am having ..."); names (Afrikaans and Malay titles and patronyms, a firm after "@", double
first names); a weekend job not thanked for the weekend (TY7); "Yours faithfully" to a named
reader (G2); the last check-in claims no other applications (CI10); the tool's own
competing-offer notice asks their timeline (CO4). Goldens are the command's whole output on
a frozen date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from followup.profile.fields import fit

from .test_wording_r8 import _run  # the command's whole output, the profile's path as PROFILE

PARALEGAL = """\
candidate:
  name: Anri Coetzee
  email: anri@example.com
company: Van der Linde Du Plessis
role: Paralegal
country: ZA
interviews:
  - date: 2026-11-18
    kind: in-person
    interviewers:
      - name: Me. Elsabé Du Plessis
        email: elsabe@example.com
        main_contact: true
      - name: Mnr. J.P. van der Linde
        email: jp@example.com
      - name: Mev Annatjie Louw
        email: annatjie@example.com
status: waiting
"""


def test_G2_afrikaans_titles_are_greeted_in_english_in_an_english_letter(
        invoke: Any, tmp_path: Path) -> None:
    out = _run(invoke, tmp_path, PARALEGAL, "thank-you", "--all", "--today", "2026-11-19",
               "--tone", "formal")
    greetings = [line for line in out.splitlines() if line.startswith("Dear ")]
    assert greetings == ["Dear Ms Du Plessis,", "Dear Mr van der Linde,", "Dear Mrs Louw,"]
    assert "honorific" not in out  # the title was given: no warning asks for one
    assert "To: Me. Elsabé Du Plessis <elsabe@example.com>" in out  # the header as written


@pytest.mark.parametrize(("kind", "written", "text"), [
    # TY8: a question typed in a statement's order, its verb last, is asked
    ("question", "how many hours a weekend is it", "How many hours a weekend is it?"),
    # TY4: a CV's "Having ..." is what the candidate has
    ("highlight", "Having 2.5 years experience as CTA in Phase III trials",
     "have 2.5 years' experience as CTA in Phase III trials"),
    ("highlight", "having led a team of 5 nurses", "have led a team of 5 nurses"),
    # TY4: a CV's "Can speak ..." is the candidate's, and a list of languages reads whole
    ("highlight", "Can speak English, Mandarin, Hokkien and basic Japanese (JLPT N4)",
     "can speak English, Mandarin, Hokkien and basic Japanese (JLPT N4)"),
    # TY4: "have done" with a past date is "did"
    ("highlight", "Have completed the QQI Level 5 Certificate in Office Administration in May "
     "2026", "completed the QQI Level 5 Certificate in Office Administration in May 2026"),
    # G2: a language typed in small letters has its capital ("polish" only where not a verb)
    ("discussed", "voice over casting for the polish dub",
     "the voice over casting for the Polish dub"),
    ("highlight", "fluent in spanish and english", "am fluent in Spanish and English"),
    # TY4: an office's "Kindly note that I am having ..." is what the candidate has
    ("highlight", "Kindly note that I am having good knowledge of MedDRA coding.",
     "have good knowledge of MedDRA coding"),
    ("discussed", "regarding my final year project on ADR monitoring",
     "my final year project on ADR monitoring"),
    # TY4: a CV line of two verbs is what the candidate does, not a noun
    # G2: text-speak with one reading written out (round 28)
    ("question", "wat happens if some1 calls in sick", "what happens if someone calls in sick"),
    ("question", "wat time do u start in summer", "What time do you start in summer?"),
    ("highlight", "Program and run 5-axis Haas and Mazak machines",
     "program and run 5-axis Haas and Mazak machines"),
    # G2: a quarter typed small is a quarter (round 29)
    ("discussed", "q1 campaign for the winter trips", "the Q1 campaign for the winter trips"),
    # G2: "from hotel to airline" is a change of trade, said bare ("in hotel" is a slip)
    ("discussed", "why I want to change from hotel to airline",
     "why I want to change from hotel to airline"),
    # TY4: a list cut at its comma is joined whole (round 29's readers: "one point")
    ("highlight", "Worked rotating early, late and night shifts for the last six years.",
     "worked rotating early, late and night shifts for the last six years"),
    ("highlight", "Speak Polish, English and some Russian",
     "speak Polish, English and some Russian"),
    ("highlight", "Fluent in English, isiZulu and Sesotho",
     "am fluent in English, isiZulu and Sesotho"),
    # TY4: "issues" after two nouns is a noun, not their verb
    ("discussed", "the patient retention issues in rural sites",
     "the patient retention issues in rural sites"),
])
def test_TY4_TY8_fields_typed_the_way_people_type_them_are_fitted(kind: Any, written: str,
                                                                  text: str) -> None:
    assert fit(kind, written).text == text


@pytest.mark.parametrize(("kind", "written", "says"), [
    # G2: text-speak with one reading is written out (round 28); what is left is judged
    ("highlight", "good w people n fast learner", "'and fast learner' needs 'a'"),
    ("highlight", "did 2 yrs of kayaking lol", "'lol' is a chat's aside"),
    ("highlight", "got excellence 4 my kayak", "'4 my' is text-speak ('4' for 'for')"),
    ("learned", "they will be inform by the 11th", "'be inform' needs 'informed'"),
    ("learned", "they are hiring 60 operators in this year", "'in this year' should read"),
    ("learned", "the training is 15 weeks and include the safety procedures",
     "'and include' needs its verb to agree ('and includes')"),
    ("learned", "there is two phlebotomist per shift", "'there is two' needs 'are'"),
    ("highlight", "have class B air brake endorsement also", "'also' at the end"),
    ("highlight", "worked 30 years on the boats so know every bit of the island",
     "'so know' needs its subject ('so I know')"),
    ("question", "the team size after restructure is how many", "'is how many' asks in a "
     "statement's order"),
    ("learned", "they will move to SAP Ariba next year Q2", "'next year Q2' reads 'Q2 next year'"),
    ("highlight", "I have do the QC of other linguists for 3 years", "'have do' needs 'done'"),
    ("highlight", "Presented poster on millet diets in IDA national conference",
     "'presented poster' needs 'a'"),
    ("discussed", "shift handover and how is done the daily revenue report in Opera",
     "'how is done' asks in a question's order"),  # round 29
    ("highlight", "fluent portuguese + ok spanish", "'ok Spanish' is how it is said"),
    ("discussed", "why I leave my last job", "'I leave my last' needs the past ('I left')"),
    ("highlight", "rebuilt cummins engines at the shop, like 15 of them", "'like 15' is how"),
    ("discussed", "how we done the CAPA", "'we done' should read 'we did'"),
    ("discussed", "the stock audit I done in March", "'I done' should read 'I did'"),
    ("learned", "that company is having own phase I unit",
     "'having own' should read 'having its own'"),
])
def test_G2_TY4_text_speak_and_slips_are_left_out_with_the_words_to_change(
        kind: Any, written: str, says: str) -> None:
    fitted = fit(kind, written)
    assert fitted.text is None and (fitted.problem or "").startswith(says), fitted


@pytest.mark.parametrize("ask", [
    "I understand Acme hopes to decide by Thursday 3 December; could you check whether that "
    "still stands?",
    "I know Acme is hoping to decide by Thursday 3 December; could you check that's still the "
    "plan?",
    "Could you check that Acme still plans to decide by Thursday 3 December?",
])
def test_CO4_asking_whether_their_date_still_stands_asks_their_timeline(
        invoke: Any, tmp_path: Path, ask: str) -> None:
    """The tool's own competing-offer notices (round 26) were told they did not ask."""
    path = tmp_path / "notice.txt"
    path.write_text("Dear Pieter-Jan,\n\nI've received another offer, with a reply due by Friday "
                    "4 December. I remain very interested in the Analyst role at Acme.\n\n"
                    f"{ask}\n\nKind regards,\nLindiwe\n", encoding="utf-8")
    result = invoke("check", path, "--situation", "competing-offer")
    found = result.output.replace(str(path), "NOTICE")
    assert "CO4" not in found and "no errors, 1 warning" in found, found  # its subject (G2)


R26 = Path(__file__).parent / "corpus" / "r26"


def _corpus_run(invoke: Any, stem: str, *args: str, folder: Path = R26) -> str:
    """The whole output of a command on a round's profile (26's unless told), with its
    exit code."""
    (path,) = folder.glob(f"{stem}-*.yaml")
    result = invoke(args[0], path, *args[1:])
    out = f"exit {result.exit_code}\n{result.stdout}\n--- stderr\n{result.stderr}"
    return out.replace(str(path), "PROFILE")


def test_TY7_a_weekend_job_met_at_the_weekend_is_not_thanked_for_the_weekend(
        invoke: Any, golden: Any) -> None:
    """z11: a Sunday interview for "Team Member (weekends)" is their working day; and the
    17-year-old's "good w people n fast learner" is left out, its text-speak written out and
    its missing "a" named (G2)."""
    out = _corpus_run(invoke, "z11", "thank-you", "--all", "--today", "2026-11-23")
    notes = out.split("--- stderr")[0].replace("Team Member (weekends)", "")
    assert out.startswith("exit 0\n") and notes.count("weekend") == 1  # in the question only
    assert "good w people" not in out.split("--- stderr")[0] and "fast learner" in out
    assert "How many hours a weekend is it?" in out  # TY8: asked, not "about how ... is it"
    golden("wording/r26-z11.thank-you.txt", out)


def test_G2_CI10_faithfully_to_a_named_reader_and_the_last_check_in_claims_nothing(
        invoke: Any, golden: Any) -> None:
    """z06: the signature's "Yours faithfully" closes letters to people greeted by name as
    "Yours sincerely" (G2), with a warning; the last check-in asks to know if the role is
    filled (CI10), claiming no other applications the profile does not mention."""
    out = _corpus_run(invoke, "z06", "check-in", "--attempt", "3", "--today", "2026-11-27",
                      "--ignore-timing")
    assert out.startswith("exit 0\n") and "\nYours sincerely,\n" in out
    assert "Yours faithfully" in out.split("--- stderr")[1]  # the warning names it
    assert "If the position has since been filled" in out
    assert "other" not in out.split("--- stderr")[0]
    golden("wording/r26-z06.check-in.3.txt", out)


def test_a_feedback_request_after_two_rounds_asks_about_the_interviews(invoke: Any) -> None:
    out = _corpus_run(invoke, "z10", "feedback-request", "--today", "2026-11-25")
    assert out.startswith("exit 0\n") and "feedback on my interviews" in out, out


def test_G2_a_voicemail_has_no_note_on_a_greeting_or_an_email_it_does_not_use(
        invoke: Any) -> None:
    out = _corpus_run(invoke, "z11", "check-in", "--today", "2026-12-07", "--ignore-timing",
                      "--channel", "voicemail")
    assert out.startswith("exit 0\nTo: the duty manager\n"), out
    assert "Duty Manager" not in out and "no email address" not in out


R27 = Path(__file__).parent / "corpus" / "r27"


def test_TY4_round_27_office_english_and_a_cv_line_of_two_verbs(
        invoke: Any, golden: Any) -> None:
    """Round 27's reading: z09's "Kindly note that I am having good knowledge of ..." is
    "I have good knowledge of ...", and "regarding my final year project" is the project
    (TY4); z12's "Program and run 5-axis ..." is what he does (TY4)."""
    outputs = []
    for stem, today in (("z09", "2026-11-27"), ("z12", "2026-11-06")):
        (path,) = R27.glob(f"{stem}-*.yaml")
        result = invoke("thank-you", path, "--all", "--today", today)
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    notes = "\n".join(outputs)
    for slip in ("kindly note", "am having", "how to regard", "have program"):
        assert slip not in notes
    assert "I have good knowledge of MedDRA coding and ICSR processing" in notes
    golden("wording/r27.thank-you.txt", notes)


ODD = """\
candidate:
  name: Zoë Ødegård
  email: me@example.com
company: Ashworth & Lyle
role: ANY
interviews:
  - date: 2026-10-01
    kind: phone
    interviewers:
      - name: A
        email: a@example.com
        question: how
status: waiting
"""


def test_G2_a_role_called_any_is_the_users_words_and_a_one_word_question_is_read(
        invoke: Any, tmp_path: Path) -> None:
    """Found by the property tests: "the ANY role" is not the tool sounding desperate (the
    role is the profile's), a question of one word does not fail, and an interviewer called
    "A" is not every "a" in the note."""
    for situation in ("thank-you", "check-in"):
        out = _run(invoke, tmp_path, ODD, situation, "--today", "2026-10-20")
        assert "error" not in out and "Traceback" not in out, out


def test_a_check_in_goes_to_someone_the_profile_can_write_to(invoke: Any) -> None:
    """z09 (round 27): the main contact has no email; HR, on the same panel, has one."""
    (path,) = R27.glob("z09-*.yaml")
    result = invoke("check-in", path, "--today", "2026-12-14", "--ignore-timing")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("To: Ms. Lakshmi <careers@veritasds.example>\n")
    assert "no email address" not in result.stderr


@pytest.mark.parametrize(("role", "in_text"), [
    ("Senior Subtitler (EN>ES Latam), Remote", "Senior Subtitler (EN>ES Latam)"),  # round 28
    ("Barista - Remote", "Barista"),
    ("Remote Sensing Analyst", "Remote Sensing Analyst"),
    ("Store Manager - Dublin, OH", "Store Manager (Dublin, OH)"),
    ("Medical Coder I (Outpatient) - remote after 90 days", "Medical Coder I (Outpatient)"),
])
def test_G2_the_adverts_terms_are_not_part_of_the_role_title(role: str,
                                                                     in_text: str) -> None:
    from followup.compose.naming import role_title

    assert role_title(role) == in_text


SIGNED = """\
candidate:
  name: Mr. Thabo S. Mokoena
  email: thabo@example.com
  phone: "082 555 0199"
  signature: |
    Kind Regards,,
    Thabo Mokoena
company: Van Wyk Mahlangu
role: Tax Consultant
country: ZA
interviews:
  - date: 2026-11-25
    kind: in-person
    interviewers:
      - name: Ms Thandeka Pillay
        email: thandeka@example.com
status: waiting
"""


def test_G2_CI7_a_doubled_comma_after_the_sign_off_and_a_middle_initial_said_aloud(
        invoke: Any, tmp_path: Path) -> None:
    """Round 28: "Kind Regards,," signs with one comma; a voicemail says "Thabo Mokoena"."""
    email = _run(invoke, tmp_path, SIGNED, "check-in", "--today", "2026-12-14",
                 "--ignore-timing")
    assert "\nKind Regards,\nThabo Mokoena\n" in email and ",," not in email
    voicemail = _run(invoke, tmp_path, SIGNED, "check-in", "--today", "2026-12-14",
                     "--ignore-timing", "--channel", "voicemail")
    assert "this is Thabo Mokoena, calling" in voicemail and "S. Mokoena" not in voicemail
    shouted = _run(invoke, tmp_path, SIGNED.replace("    Thabo Mokoena\n", "    THABO MOKOENA\n"),
                   "check-in", "--today", "2026-12-14", "--ignore-timing")
    assert "\nKind Regards,\nThabo Mokoena\n" in shouted  # round 29: a name line in capitals


def test_TY4_a_note_with_nothing_of_the_conversation_says_so_naming_the_line(
        invoke: Any, tmp_path: Path) -> None:
    """Round 29's readers found notes of stock phrases alone, once every field was left
    out, and nothing told the user: each such note gets a warning at its interviewer's line."""
    out = _run(invoke, tmp_path, PARALEGAL, "thank-you", "--all", "--today", "2026-11-19")
    found = [line for line in out.splitlines() if "says nothing of your conversation" in line]
    assert len(found) == 3 and all("TY4" in line for line in found), found
    assert "PROFILE:11: The note to Me. Elsabé Du Plessis says nothing" in found[0]
