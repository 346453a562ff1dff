"""Round 30's reading (issue 12, tests/corpus/r30): a role or an employer pasted from the
advert whole ("Night Shift Supervisor, 2027 Kiwifruit Season (Seasonal, March to June)",
"Cairngorm Mountain (Scotland) Ltd") named as a sentence names it (G2); notes to a panel
after an offer that shared a sentence (TY5) or waited for a reply already come (TY9); a rank
or a post typed as a name ("Engine Captain") greeted whole, and a Lakota surname ("Ruth Two
Bulls") kept whole (G2); a note with nothing of the conversation that blamed the user for
an empty field they had filled (TY4); the brief call promised only if no word has come
(TY9). Goldens are the command's whole output on a frozen date."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest

from followup.compose.naming import company_in_text, role_title
from followup.profile.honorifics import is_role
from followup.profile.names import read_name

from .test_wording_r26 import _corpus_run as _run_in

R30 = Path(__file__).parent / "corpus" / "r30"


def _corpus_run(invoke: Any, stem: str, *args: str) -> str:
    """The whole output of a command on a round-30 profile, with its exit code."""
    return _run_in(invoke, stem, *args, folder=R30)


@pytest.mark.parametrize(("role", "in_text"), [
    ("Night Shift Supervisor, 2027 Kiwifruit Season (Seasonal, March to June)",
     "Night Shift Supervisor (2027 Kiwifruit Season)"),
    ("Probation Services Officer (PSO), Nottingham City Delivery Unit",
     "Probation Services Officer (Nottingham City Delivery Unit)"),
    ("Building Supervisor (Caretaker), 37.5 hours", "Building Supervisor (Caretaker)"),
    ("Plant Operator (FIFO 8/6 roster, Perth based)", "Plant Operator"),
    ("Lounge Pianist / Vocalist, 6-month contract (Mediterranean 2027)",
     "Lounge Pianist / Vocalist"),
    ("Data Officer (12-month contract)", "Data Officer"),
    ("Forestry Technician (Engine), GS-0462-06, Permanent Seasonal",
     "Forestry Technician (Engine)"),
    ("Shift Lead (Nights), 0.8 FTE", "Shift Lead (Nights)"),
    ("Policy Officer, APS 5", "Policy Officer"),
    ("Pipeline Integrity Engineer-in-Training (EIT)", "Pipeline Integrity Engineer-in-Training"),
    # a team, an intake or a place stays
    ("Procurement Officer, Contract Management", "Procurement Officer (Contract Management)"),
    ("Trainee Solicitor (September 2027 intake)", "Trainee Solicitor (September 2027 intake)"),
    ("Gas Engineer (GSE 2)", "Gas Engineer (GSE 2)"),
])
def test_G2_the_adverts_season_hours_roster_and_grade_are_not_the_roles(
        role: str, in_text: str) -> None:
    assert role_title(role) == in_text


@pytest.mark.parametrize(("company", "in_text"), [
    ("Cairngorm Mountain (Scotland) Ltd", "Cairngorm Mountain"),
    ("Bay Coolstore (Te Puke) Ltd", "Bay Coolstore"),
    ("USDA Forest Service, Lewis and Clark National Forest", "the USDA Forest Service"),
    ("Town of Pembrook - Recreation & Culture Dept.", "the Town of Pembrook"),  # round 32
    ("Albatross Polar Expeditions AS", "Albatross Polar Expeditions"),
    ("Smith, Jones and Co", "Smith, Jones and Co"),  # a firm's name with a comma: as written
])
def test_G2_an_employers_brackets_and_branch_are_the_letterheads(company: str,
                                                                 in_text: str) -> None:
    assert company_in_text(company) == in_text


@pytest.mark.parametrize(("name", "role"), [
    ("Engine Captain", True), ("Fire Chief", True), ("Mine Superintendent", True),
    ("Shift Supervisor", True), ("Head Ranger", True),
    ("Captain Ahab", False), ("Chief Hollis", False), ("Nora Foreman", False),
    ("Jack Warden", False),
])
def test_G2_a_post_typed_as_a_name_is_a_role(name: str, role: bool) -> None:
    assert is_role(name) is role


@pytest.mark.parametrize(("name", "first", "surname"), [
    ("Dr. Ruth Two Bulls", "Ruth", "Two Bulls"),
    ("RUTH TWO BULLS", "Ruth", "Two Bulls"),
    ("Joseph Red Cloud", "Joseph", "Red Cloud"),
    ("Dr Mary Anne Smith", "Mary Anne", "Smith"),
])
def test_G2_a_lakota_surname_is_kept_whole(name: str, first: str, surname: str) -> None:
    read = read_name(name)
    assert (read.first, read.surname) == (first, surname)


def test_TY5_TY9_notes_to_a_panel_after_an_offer_share_no_sentence(invoke: Any,
                                                                  golden: Any) -> None:
    """z01: three notes after an offer; before, two of them closed on the same sentence and
    the brief ones said "I was delighted to receive the offer." three times; nor does any
    wait to "hear from" them, the offer made."""
    for tone in ("standard", "formal", "warm", "brief"):
        out = _corpus_run(invoke, "z01", "thank-you", "--all", "--today", "2026-11-25",
                          "--tone", tone)
        notes = out.split("--- stderr")[0].split("\nTo: ")[1:]
        assert len(notes) == 3, out
        sentences = [set(re.split(r"(?<=[.!?])\s+", note.split("\n\n", 2)[2])) for note in notes]
        shared = (sentences[0] & sentences[1]) | (sentences[1] & sentences[2]) \
            | (sentences[0] & sentences[2])
        assert not {line for line in shared if len(line.split()) > 3
                    and "\n" not in line}, (tone, shared)  # the sign-off aside
        assert "hearing from you" not in out and "consideration" not in out, tone
        assert "Kiwifruit Season (Seasonal" not in out and "(Te Puke)" not in out
        if tone == "standard":
            golden("wording/r30-z01.thank-you.txt", out)


def test_G2_TY4_a_post_greeted_whole_and_a_lakota_surname_formally(invoke: Any,
                                                                   golden: Any) -> None:
    out = _corpus_run(invoke, "z02", "thank-you", "--all", "--today", "2026-11-21",
                      "--tone", "formal")
    assert out.startswith("exit 0\n")
    assert "Dear Engine Captain,\n" in out and "Dear Dr. Two Bulls,\n" in out
    assert "GS-0462" not in out.split("--- stderr")[0].split("Subject:", 1)[1]
    golden("wording/r30-z02.thank-you.formal.txt", out)


def _z03(tmp_path: Path, learned: str) -> Path:
    """z03 with Tunde's learned: as given and one highlight, which the main contact's note
    takes (round 43: "Level 3 safeguarding" now fits, and would go in Tunde's note)."""
    (path,) = R30.glob("z03-*.yaml")
    edited = tmp_path / "profile.yaml"
    edited.write_text(path.read_text(encoding="utf-8").replace(
        "    - Level 3 safeguarding\n", "").replace('learned: "-"', learned), encoding="utf-8")
    return edited


def test_TY4_a_field_filled_but_left_out_is_not_called_empty(invoke: Any, tmp_path: Path) -> None:
    """z03: Tunde's learned: is a bare "-", an empty field (add one); Gail's discussed: "??
    the bit about OASys" is used; z04's fields fit, so no note says nothing."""
    edited = _z03(tmp_path, 'learned: "-"')
    result = invoke("thank-you", edited, "--all", "--today", "2026-11-27")
    found = [line for line in result.stderr.splitlines()
             if "says nothing of your conversation" in line]
    assert len(found) == 1 and "The note to Tunde Adebayo" in found[0], found
    assert "add discussed: or learned: for them" in found[0] and f"{edited}:21:" in found[0]


def test_TY4_a_field_that_did_not_fit_is_named_not_asked_for(invoke: Any, tmp_path: Path) -> None:
    result = invoke("thank-you", _z03(tmp_path, "learned: lol idk"), "--all", "--today",
                    "2026-11-27")
    found = [line for line in result.stderr.splitlines() if "says nothing of your" in line]
    assert found and "what you wrote under learned: is left out (the warning above says " \
        "why)" in found[0], result.stderr


# ---------------------------------------------------------------- round 31's reading (r31)

R31 = Path(__file__).parent / "corpus" / "r31"


@pytest.mark.parametrize(("kind", "written", "text"), [
    # an abbreviation's full stop ends no sentence ("exp.", "reimb.")
    ("question", "Is there tuition reimb. for the Class IV?",
     "Is there tuition reimb. for the Class IV?"),
    # a short aside after a comma goes, as in brackets
    ("highlight", "Hold an Ohio Class III Water Treatment license, exp. 2028",
     "hold an Ohio Class III Water Treatment license"),
    ("highlight", "hold a chemcert ticket, current til 2029", "hold a chemcert ticket"),
    ("highlight", "HOLD PHECC CFR ADVANCED CERT, RENEWED JUNE 2026",
     "hold PHECC CFR advanced certificate"),  # round 37: "CERT" written out
    ("learned", "that the governors want a three-year budget forecast, not just the one-year plan",
     "that the governors want a three-year budget forecast, not just the one-year plan"),
    # a registered title is what the candidate is; a licence class is held
    ("highlight", "Nationally Registered EMT, exp. 2028", "am a Nationally Registered EMT"),
    ("highlight", "CDL Class B", "hold a CDL Class B"),
    ("highlight", "TYPE 65 WPM", "type 65 wpm"),
    # "over" is no verb; "the reading room" is no gerund's object; a title-cased field
    # with "1890s" in it is lowered whole
    ("discussed", "staffing ratios over the summer holidays and relief teacher costs",
     "staffing ratios over the summer holidays and relief teacher costs"),
    ("learned", "The Reading Room Moves To The New Building In 2028",
     "that the reading room moves to the new building in 2028"),
    ("learned", "That The Studio Still Uses A Nipping Press From The 1890s.",
     "that the studio still uses a nipping press from the 1890s"),
    ("highlight", "RYA Powerboat Level 2 and Yachtmaster Offshore (commercially endorsed)",
     "hold RYA Powerboat Level 2 and Yachtmaster Offshore (commercially endorsed)"),
    ("discussed", "the mixer breakdowns. lots of them.", "the mixer breakdowns"),
    ("discussed", "SCADA alarms during the Aug. storm and how I'd triage them",
     "SCADA alarms during the August storm and how I'd triage them"),  # "alarms" no verb
    # a promise and its aside, or what comes after it: what they would do
    ("promise", "We will be in touch within three weeks, once the board has met.",
     "be in touch within three weeks, once the board had met"),
    ("promise", "You'll hear from HR the first week of December. Background check after that.",
     "I would hear from HR the first week of December"),
    ("promise", "Let me know in 2 weeks. Also said they liked me.", "let me know in 2 weeks"),
    # a participle after a comma says more of the noun before it: an aside, kept
    ("learned", "that every centre has its own pepeha, written with the families",
     "that every centre has its own pepeha, written with the families"),
    ("discussed", "the new depot, built in 2024", "the new depot (built in 2024)"),
    ("discussed", "cane pruning vs spur pruning on the old vines",
     "cane pruning versus spur pruning on the old vines"),  # "vs" has one reading
    ("learned", "approx. 40 MGD plant, upgraded to UV disinfection Oct. 2025", None),  # figure
    ("highlight", "served as electrician's mate on a destroyer",  # a trade's mate, not a pal
     "served as electrician's mate on a destroyer"),
    # round 32: a credential's "current" after a comma, a year after a comma, a capital "N"
    ("highlight", "ChemCert accreditation, current", "have a current ChemCert accreditation"),
    ("learned", "new irrigation system tender, 2027",
     "about the new irrigation system tender in 2027"),
    ("discussed", "The CSA Z662 annex N integrity management program.",
     "the CSA Z662 annex N integrity management program"),  # not "annex And"
    ("highlight", "Cert IV Sports Turf Management",
     "have a Certificate IV in Sports Turf Management"),
    # two adjectives before a noun are one point, not two ("a full, clean driving licence")
    ("highlight", "Have a full, clean driving licence and am happy to drive the private ambulance.",
     "have a full clean driving licence and am happy to drive the private ambulance"),
    ("highlight", "Led a small, busy team of 6", "led a small busy team of 6"),
    ("highlight", "friendly, reliable and punctual", "am friendly, reliable and punctual"),
    # TY8: a question typed without its mark, its verb first (round 32)
    ("question", "do seasonal staff get trained on the extraction plant or just field work",
     "Do seasonal staff get trained on the extraction plant or just field work?"),
    ("highlight", "Hold a full Cat. C licence as well as Cat. B.",
     "hold a full Cat. C licence as well as Cat. B"),  # one sentence, its labels as written
])
def test_G2_TY4_TY8_fields_round_31_are_fitted(kind: Any, written: str, text: str | None) -> None:
    """Each fitted as written here, or (None) left out with its reason."""
    from followup.profile.fields import fit

    fitted = fit(kind, written)
    assert fitted.text == text and (fitted.problem is None) == (text is not None), fitted


@pytest.mark.parametrize(("promise", "read"), [
    ("said tentative offers go out by December 11",
     ("outcome", "tentative offers would go out by December 11", None, None)),
    ("Decision and contracts out by mid-November",
     ("outcome", "the decision and contracts would be out by mid-November", None, None)),
    ("Feedback will follow next week", ("outcome", "feedback would follow next week", None,
                                        None)),
])
def test_CI11_a_promise_noted_in_the_present_says_what_would_happen(promise: str,
                                                                    read: tuple[Any]) -> None:
    from followup.profile.promises import read_promise

    assert read_promise(promise) == read


@pytest.mark.parametrize(("said_on", "day"), [
    (datetime.date(2026, 11, 12), "Friday 20 November"),  # a Thursday: not the next day
    (datetime.date(2026, 11, 14), "Friday 20 November"),  # a Saturday: the coming week's
    (datetime.date(2026, 11, 16), "Friday 27 November"),
])
def test_TY9_friday_next_week_is_the_friday_of_next_week(said_on: datetime.date,
                                                         day: str) -> None:
    from followup.profile.dating import dated_promise

    assert dated_promise("The Chair will telephone by Friday next week.", said_on,
                         datetime.date(2026, 12, 1), "GB") == f"The Chair will telephone by {day}."


@pytest.mark.parametrize(("name", "shown"), [
    ("Mrs P. Hadley", "Mrs Hadley"), ("Dr R.J. Haverford", "Dr Haverford"),
    ("Mrs Kulkarni", "Mrs Kulkarni"), ("Mrs Priya Shah", "Priya Shah"),
    ("PUBLICJOBS CAMPAIGN TEAM", "the Publicjobs campaign team"), ("HR", "HR"),
])
def test_G2_a_person_named_in_a_sentence(name: str, shown: str) -> None:
    from followup.compose.recipients import display_name

    assert display_name(read_name(name), "Publicjobs") == shown


@pytest.mark.parametrize(("name", "first", "surname", "sure"), [
    ("Nguyen Thi Lan", "Lan", "Nguyen", True),  # Thi and Van say the order
    ("Nguyen Van An", "An", "Nguyen", True),
    ("Nguyen Minh", None, None, False),  # still asked
    ("Tran Minh Duc", None, None, False),  # "Duc" a Vietnamese syllable: asked, not "Dear Tran"
    ("Chief Hollis", None, "Hollis", False),  # a rank: Chief Hollis
])
def test_G2_vietnamese_order_and_a_chief(name: str, first: str | None, surname: str | None,
                                         sure: bool) -> None:
    read = read_name(name)
    assert (read.first, read.surname, read.certain) == (first, surname, sure)


@pytest.mark.parametrize(("company", "in_text"), [
    ("HSE NATIONAL AMBULANCE SERVICE", "the HSE National Ambulance Service"),
    ("BROOKFIELD DENTAL CARE", "Brookfield Dental Care"),
])
def test_G2_an_acronym_typed_in_caps_lock_stays_in_capitals(company: str, in_text: str) -> None:
    assert company_in_text(company) == in_text


@pytest.mark.parametrize(("role", "in_text"), [
    ("EMERGENCY CALL TAKER (NEOC, TALLAGHT) - PERMANENT WHOLE-TIME", "Emergency Call Taker"),
    ("Firefighter/EMT (Probationary), Shift Work 48/96", "Firefighter/EMT"),
    ("Water Treatment Plant Operator II (Rotating Shifts), Grade III",
     "Water Treatment Plant Operator II"),
    ("Deckhand / Tender Driver, Rotational 10:10", "Deckhand / Tender Driver"),
    ("Shift Lead (Nights)", "Shift Lead (Nights)"),
])
def test_G2_round_31_roles_without_the_adverts_terms(role: str, in_text: str) -> None:
    assert role_title(role) == in_text


def test_G2_CI7_TY5_round_31_headers_voicemails_and_verbs(invoke: Any) -> None:
    """v12: a nickname in quotes is left out of the To: header, which would show it
    escaped; v01: letters after the name that no list knows are not said in a voicemail;
    v07: the verb of the opening is not said again of the topic."""
    (v12,) = R31.glob("v12-*.yaml")
    result = invoke("thank-you", v12, "--all", "--today", "2026-11-28")
    assert "\\\"" not in result.stdout and "To: Wayne McAllister\n" in result.stdout
    assert "Dear Lan,\n" in result.stdout
    (v01,) = R31.glob("v01-*.yaml")
    result = invoke("check-in", v01, "--channel", "voicemail", "--today", "2026-12-14",
                    "--ignore-timing")
    assert result.exit_code == 0 and "Simon Achterberg," in result.stdout
    assert "ACMA" not in result.stdout
    (v07,) = R31.glob("v07-*.yaml")
    for tone in ("standard", "formal", "warm"):
        result = invoke("thank-you", v07, "--all", "--today", "2026-11-04", "--tone", tone)
        for note in result.stdout.split("\nTo: "):
            body = note.split("\n\n", 2)[-1].lower().rsplit("\n\n", 1)[0]  # no sign-off
            opening = body.split(". ")[0]
            for verb in ("discuss", "talk"):
                if verb in opening:
                    assert verb not in body[len(opening):], (tone, note)


@pytest.mark.parametrize(("text", "reason"), [
    ("translated more than 2 millions words", "'2 millions' is said '2 million'"),
    ("Is it possible to have a feedback on my test?",
     "'a feedback' is said 'feedback' (or 'some feedback')"),
    ("have been certified translator with OTTIAQ since 2016",
     "'been certified translator' needs 'a' ('been a certified translator')"),
    ("that the revision is made always by a second translator",
     "'is made always' is said 'is always made'"),
    ("that the team meets with one meeting by month", "'by month' is said 'a month'"),
    # English as it is: nothing to say
    ("a 3 million budget", None), ("that feedback is always given", None),
    ("am a certified translator", None), ("thousands of users", None),
    ("how the rota changes day by day", None),
])
def test_G2_TY4_second_language_slips_of_round_31_are_named(text: str,
                                                           reason: str | None) -> None:
    from followup.profile.slips import slip

    found = slip(text)
    assert (found is None) if reason is None else (found or "").startswith(reason), found


def test_TY5_a_formal_note_that_opened_on_meeting_them_does_not_close_on_it(
        invoke: Any) -> None:
    """v02 (round 31): "the opportunity to meet you ..." then "It was a great pleasure to
    meet you." closed the same note."""
    (v02,) = R31.glob("v02-*.yaml")
    result = invoke("thank-you", v02, "--all", "--today", "2026-11-06", "--tone", "formal",
                    "--ignore-timing")
    notes = result.stdout.split("\nTo: ")
    assert any("opportunity to meet you" in note for note in notes), result.stdout
    assert all(note.count("meet you") <= 1 for note in notes), result.stdout


@pytest.mark.parametrize(("name", "first"), [
    ('Seán "Jigger" Ó Móráin', "Seán"),  # a mate's nickname is not for a thank-you (round 32)
    ('Wayne "Macca" McAllister', "Wayne"),
    ("Mairéad (Mags) Ní Chonaill", "Mags"),  # a short form of the name they go by
    ('Robert "Bob" Kowalczyk', "Bob"), ("Elizabeth (Liz) Taylor", "Liz"),
])
def test_G2_a_nickname_is_used_when_it_is_a_form_of_the_name(name: str, first: str) -> None:
    assert read_name(name).first == first


def test_G2_a_board_is_joined_as_a_team_not_as_a_seat() -> None:
    """w02 (round 32): "I'd love to join the board." told a County Board's secretary that
    the candidate wanted a seat on it."""
    from followup.compose.render import named_once

    body = ("I enjoyed learning about the Kilcorran GAA County Board. I would love to join "
            "the Kilcorran GAA County Board.")
    assert named_once(body, "the Kilcorran GAA County Board").endswith("to join the team.")
    assert named_once("about Wyndhamshire County Council. I would love to join Wyndhamshire "
                      "County Council.", "Wyndhamshire County Council").endswith("the council.")
