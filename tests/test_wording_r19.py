"""Whole drafts from profiles written as people fill in forms (issue 12, round 19's
reading): pay and perks are not raised in a note to the employer but are told to the
agency recruiter (G2); a title given in one round greets the person in the next; a
voicemail greets no team by name, and a later one says it follows up (CI6) and the last
says why (CI10); a signature's aside is not signed; the advert's "(ECT welcome)" is not
part of the role; a subject starts with a capital. Each golden is the exact output of
the command, with its exit code, on a frozen date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .test_wording_r8 import _run  # the command's whole output, the profile's path as PROFILE

FRIDGIE = """\
# texts, lower case; an agency recruiter who gave his own guess at the decision
candidate:
  name: Corey Tremayne
  email: corey@example.com
  phone: "0409 555 812"
  highlights:
    - ARCtick licence + restricted electrical
    - leading hand on a 14 store supermarket refit rollout
company: Bluegum Cold Solutions
role: leading hand (ECT welcome)
country: AU
recruiter:
  name: Dion Wickramasinghe
  email: dion@westforce.example
  agency: Westforce Trades Recruitment
interviews:
  - date: 2026-11-26
    kind: in-person
    promise: Dion reckons they'll decide once the xmas roster is sorted
    interviewers:
      - name: Rob Kerr
        email: rob@bluegum.example
        main_contact: true
        discussed: the CO2 rack job at Joondalup
        learned: ute + fuel card + phone, $1200 tool allowance
        question: 38 hr week or 9 day fortnight?
status: waiting
"""

LAB = """\
# her own name family name first in capitals; a title written in the first round only
candidate:
  name: LIU Yanting
  email: yanting@example.com
  phone: "+1 604 555 0163"
  signature: |
    Yanting LIU (Liu is family name)
    MSc Molecular Biology
company: Fraser Delta Biosciences Institute
role: research technician
country: CA
recruiter:
  name: People & Capability
  email: jobs@fraserdelta.example
interviews:
  - date: 2026-10-29
    kind: video
    interviewers:
      - name: Dr. Nguyen Thi Thu Ha
        salutation: Dr. Nguyen
        email: nguyen@fraserdelta.example
  - date: 2026-11-06
    kind: in-person
    interviewers:
      - name: Dr. Nguyen Thi Thu Ha
        email: nguyen@fraserdelta.example
        main_contact: true
        learned: Technicians rotate the liquid nitrogen duty, one week each.
status: waiting
"""


def test_G2_TY4_TY8_pay_is_left_out_of_the_note_and_a_choice_is_no_question(
        invoke: Any, golden: Any, tmp_path: Path) -> None:
    """The note to Rob leaves out the ute and the tool allowance, and the hours asked as two
    choices, each with a warning at its field; the highlights read as things held."""
    out = _run(invoke, tmp_path, FRIDGIE, "thank-you", "--today", "2026-11-27")
    body = out.split("--- stderr")[0]
    assert "allowance" not in body and "fortnight" not in body
    assert "ARCtick licence and restricted electrical" in body
    assert "interviews[0].interviewers[0].learned: it is about pay or perks" in out
    golden("wording/fridgie.thank-you.txt", out)


@pytest.mark.parametrize("tone", ["standard", "formal"])
def test_RC1_the_debrief_tells_the_recruiter_of_the_pay_but_not_his_own_guess(
        invoke: Any, golden: Any, tmp_path: Path, tone: str) -> None:
    out = _run(invoke, tmp_path, FRIDGIE, "recruiter-debrief", "--today", "2026-11-26",
               "--tone", tone)
    body = out.split("--- stderr")[0]
    assert "$1200 tool allowance" in body and "roster" not in body
    assert "leading hand" in body.lower() and "ECT" not in body
    golden(f"wording/fridgie.recruiter-debrief.{tone}.txt", out)


def test_G2_a_title_written_in_one_round_greets_them_in_the_next(
        invoke: Any, tmp_path: Path) -> None:
    for tone in ("standard", "warm", "brief"):
        out = _run(invoke, tmp_path, LAB, "thank-you", "--today", "2026-11-07", "--tone", tone)
        assert "\nDear Dr. Nguyen,\n" in out, out
        assert "Is Ha the first name" not in out


def test_G2_the_name_line_of_a_signature_signs_without_its_aside(
        invoke: Any, tmp_path: Path) -> None:
    """A card is signed by the name alone: the signature's name line, not its aside (an
    email carries the signature as written)."""
    out = _run(invoke, tmp_path, LAB, "thank-you", "--today", "2026-11-07", "--channel", "card")
    assert out.split("--- stderr")[0].rstrip().endswith("\nYanting LIU"), out


def test_CI6_CI7_CI10_voicemails_to_a_team_follow_up_and_the_last_says_why(
        invoke: Any, golden: Any, tmp_path: Path) -> None:
    """No name for People & Capability (a team); the second says it follows up; the last
    (this profile's interviews earn three) says the candidate is looking elsewhere."""
    path = tmp_path / "profile.yaml"
    path.write_text(LAB, encoding="utf-8")
    scripts = []
    for attempt, today in ((1, "2026-11-20"), (2, "2026-11-27"), (3, "2026-12-04")):
        result = invoke("check-in", path, "--to", "People & Capability", "--channel",
                        "voicemail", "--attempt", attempt, "--today", today,
                        "--ignore-timing")
        assert result.exit_code == 0, result.output
        scripts.append(result.stdout)
    assert all(script.count("Hello, this is Yanting LIU") == 1 for script in scripts)
    assert "following up" not in scripts[0]
    assert "I'm following up on my earlier message." in scripts[1]
    assert "If the role has been filled, I'd be grateful to know." in scripts[2]
    golden("wording/lab.check-in.voicemails.txt", "\n".join(scripts))


def test_G2_a_subject_starts_with_a_capital(invoke: Any, tmp_path: Path) -> None:
    out = _run(invoke, tmp_path, LAB, "check-in", "--today", "2026-11-27", "--ignore-timing")
    assert "\nSubject: Research technician at the Fraser Delta Biosciences Institute: " \
           "next steps\n" in out, out


def test_TY4_what_was_learned_keeps_its_count_as_written(invoke: Any, tmp_path: Path) -> None:
    out = _run(invoke, tmp_path, LAB, "thank-you", "--today", "2026-11-07")
    assert "technicians rotate the liquid nitrogen duty, one week each." in out


@pytest.mark.parametrize(("highlight", "added"), [
    ("built the rota", "also built the rota"),
    ("am fluent in Polish", "am also fluent in Polish"),
    ("have completed a placement", "have also completed a placement"),
    ("have grown sales by 20%", "have also grown sales by 20%"),
    ("have 5 years of experience", "also have 5 years of experience"),
    ("hold Level C in French", "also hold Level C in French"),
    ("can drive a forklift", "can also drive a forklift"),
])
def test_TY4_a_brief_note_adds_its_highlight_with_also(highlight: str, added: str) -> None:
    """Round 19: "Notably, I ..." followed on from nothing; "I also ..." adds to the note,
    "also" after a helping verb and before any other."""
    from followup.compose.template_helpers import also

    assert also(highlight) == added


@pytest.mark.parametrize(("written", "read"), [
    ("The Residents who have Dementia and how the Night Staff settle them when they are "
     "Unsettled.", "The residents who have dementia and how the night staff settle them when "
     "they are unsettled."),
    ("Manual Handling and the Hoists.", "Manual handling and the hoists."),
    ("I cared for my Mother at home", "I cared for my mother at home"),
    # names kept: a run with "of" or "in", a name before what it names, a language, "PhD"
    ("I am a Chartered Member of the Chartered Institute of Housing",
     "I am a Chartered Member of the Chartered Institute of Housing"),
    ("Holder of the Certificate in Local Council Administration",
     "Holder of the Certificate in Local Council Administration"),
    ("We talked about the Discord bot I built", "We talked about the Discord bot I built"),
    ("co-producing with a Welsh-language company in the Autumn",
     "co-producing with a Welsh-language company in the autumn"),
    ("why I left the PhD track", "why I left the PhD track"),
    ("Sister Bernadette said the Residents love Bingo nights",
     "Sister Bernadette said the Residents love Bingo nights"),
    # round 20: a field in title case, small words and all; a name in title case kept
    ("Drivers Get Conflict Training For Difficult Passengers",
     "Drivers get conflict training for difficult passengers"),
    ("Speak Tongan And English", "Speak Tongan and English"),
    ("Citizens Advice Bureau Volunteer", "Citizens Advice Bureau Volunteer"),
])
def test_G2_capitals_for_things_are_written_small(written: str, read: str) -> None:
    from followup.profile.capitals import common_case

    assert common_case(written) == read



@pytest.mark.parametrize(("written", "problem"), [
    ("I am very honest person", "a word is missing before 'very honest person'"),
    ("I am team player", "a word is missing before 'team player'"),
    ("I done the manual handling trainer certificate", "its verb needs 'have'"),
])
def test_TY4_a_highlight_missing_a_word_is_left_out_saying_which(written: str,
                                                                 problem: str) -> None:
    """Round 20: a second-language or texted highlight ("I am very honest person") is left
    out with the word it lacks, not pasted into "I did not get to mention that I ..."."""
    from followup.profile.fields import fit

    fitted = fit("highlight", written)
    assert fitted.text is None and (fitted.problem or "").startswith(problem)


@pytest.mark.parametrize(("written", "formal"), [
    ("Chef Marco Benedetti", "Chef Benedetti"),
    ("Capt. (Retd) Hugh Penhaligon RN", "Captain Penhaligon"),
])
def test_G2_a_kitchen_title_or_a_rank_greets_in_full(written: str, formal: str) -> None:
    from followup.profile.greetings import greeting
    from followup.profile.names import read_name

    assert greeting(read_name(written), formal=True, country="GB").name == formal


def test_G2_letters_after_a_name_are_not_signed() -> None:
    from followup.profile.names import read_name, signature_name

    assert signature_name(read_name("Imogen Pascoe ACR")) == "Imogen Pascoe"


@pytest.mark.parametrize(("company", "named"), [
    ("st aldrics nhs foundation trust", "St Aldrics NHS Foundation Trust"),
    ("Brindle Moor Academy (Oakfield Learning Trust)", "Brindle Moor Academy"),
    ("Acme (UK)", "Acme"),  # round 30: "Cairngorm Mountain (Scotland) Ltd" too
])
def test_G2_an_employer_is_named_as_a_sentence_names_it(company: str, named: str) -> None:
    from followup.compose.naming import company_in_text

    assert company_in_text(company) == named


@pytest.mark.parametrize(("role", "named"), [
    ("Senior Vet Nurse (Surgical) - full time", "Senior Vet Nurse (Surgical)"),
    ("Area Manager (Hospice Shops x6)", "Area Manager"),
    ("Teacher of Science (ECT welcome)", "Teacher of Science"),
])
def test_G2_the_adverts_terms_are_not_part_of_the_role(role: str, named: str) -> None:
    from followup.compose.naming import role_in_text

    assert role_in_text(role) == named


@pytest.mark.parametrize(("learned", "left_out"), [
    ("ute + fuel card + phone", True),
    ("a $1200 tool allowance", True),
    ("staff discount of 30%", True),
    ("the app has 10k users", False),
    ("the desk handles 200 calls per hour", False),
    ("discounts drive most of the footfall", False),
])
def test_G2_pay_and_perks_are_not_raised_with_the_employer(learned: str, left_out: bool) -> None:
    from followup.profile.tact import unsaid_to_employer

    assert (unsaid_to_employer(learned) is not None) == left_out


@pytest.mark.parametrize(("sentence", "errors"), [
    ("I would add that I ran a tribunal for the union last year.", []),
    ("Otherwise I will take this to an employment tribunal.", ["G2"]),
])
def test_G2_a_tribunal_is_a_threat_only_when_they_are_taken_to_it(sentence: str,
                                                                  errors: list[str]) -> None:
    from followup import check
    from followup.check import Document

    document = Document(name="note.txt", body=f"Dear Sam,\n\n{sentence}\n\nBest,\nJo\n",
                        subject="Graduate Analyst interview", situation="thank-you",
                        situation_from="given", channel="email")
    assert [finding.rule for finding in check.check(document)
            if finding.severity == "error"] == errors


@pytest.mark.parametrize(("kind", "written", "fitted"), [
    ("highlight", "Hold A Dangerous Goods Endorsement", "hold a dangerous goods endorsement"),
    ("highlight", "Fluent Tongan And English", "am fluent in Tongan and English"),
    ("question", "Split Shifts How Many A Week", None),  # a topic run into a question
    ("question", "the rota and how it works", "the rota and how it works"),
    # a place keeps its capital; what is new takes "the"
    ("discussed", "New Zealand operations", "New Zealand operations"),
    ("discussed", "New York office", "the New York office"),
    ("discussed", "new bleep system and the porters app",
     "the new bleep system and the porters app"),
])
def test_TY4_TY8_a_field_in_title_case_reads_as_a_sentence_writes_it(
        kind: str, written: str, fitted: str | None) -> None:
    from followup.profile.fields import fit

    assert fit(kind, written).text == fitted


@pytest.mark.parametrize(("promise", "quoted"), [
    ("end of next week hopefully", "by Friday 27 November, hopefully"),
    ("let me know end of next week probably", "let me know by Friday 27 November, probably"),
    ("decide soon hopefully", "decide soon hopefully"),  # nothing dated: as written
])
def test_CI11_a_hedge_after_a_dated_promise_is_set_apart(promise: str, quoted: str) -> None:
    """Round 20: "let me know by Friday 27 November hopefully" ran the hedge into the date."""
    import datetime

    from followup.profile.dating import dated_promise

    assert dated_promise(promise, datetime.date(2026, 11, 19), datetime.date(2026, 12, 2),
                         "GB") == quoted


@pytest.mark.parametrize(("written", "greeted"), [
    ("Atty. Marcus J. Whitfield, Esq.", "Marcus Whitfield"),
    ("Marcus J. Whitfield", "Marcus Whitfield"),
    ("R. K. Sandhu", "R. K. Sandhu"),  # initials only: as written
])
def test_G2_a_formal_greeting_by_full_name_leaves_out_a_middle_initial(written: str,
                                                                       greeted: str) -> None:
    """Round 20: "Dear Marcus J. Whitfield," read as a form letter's mail merge."""
    from followup.profile.greetings import greeting
    from followup.profile.names import read_name

    assert greeting(read_name(written), formal=True, country="US").name == greeted
