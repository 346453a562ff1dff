"""Greetings the second reading found wrong (G2, professional and polished; issue 12, item
2): a role or a label used as a name is greeted whole, without the brackets or the comma
around it, and always with a note; a bare surname is kept but warned; a family name written
first is greeted after the honorific ("Ms Park"); the formal tone, and a traditional
employer, ask for the title they lack; a recruiter who sat on the panel is greeted as their
interviewer entry says; a traditional employer gets the honorific and surname in every tone.
Case by case (a name -> the greeting and its note) and in whole drafts."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from followup import drafting
from followup.draft import Draft
from followup.profile.honorifics import first_role, is_role
from followup.profile.names import greeting, read_name

TITLES = "Mr, Ms, Mx, Dr, ..."

# ------------------------------------------------------------------ a role as a name (G2)


@pytest.mark.parametrize(("written", "role"), [
    ("Head Chef", True), ("Assessor", True), ("Senior Partner", True),
    ("Deputy Head Teacher", True), ("Shift Lead", True), ("Lead Interviewer", True),
    ("Panel Chair", True), ("Team Leader", True),
    # a person whose surname is a job word, and given names, are people
    ("Anthony Head", False), ("Grace Partner", False), ("Okafor", False), ("Cook", False),
    ("Dean", False), ("Ward", False), ("Line", False), ("Marisol Quintero", False),
], ids=lambda value: str(value))
def test_G2_a_name_made_of_job_words_is_a_role(written: str, role: bool) -> None:
    assert is_role(written) is role


@pytest.mark.parametrize(("written", "part"), [
    ("Product Manager, Billing", "Product Manager"),
    ("Head of Lending / North West", "Head of Lending"),
    ("Clinical Lead - Outpatients", "Clinical Lead"),
    ("Hiring Manager", "Hiring Manager"),
])
def test_G2_a_role_is_greeted_by_its_first_part(written: str, part: str) -> None:
    assert first_role(written) == part


def _role_note(shown: str, kind: str, who: str) -> str:
    return (f'The greeting is to "{shown}", {kind}, not a person by name: if you know who '
            f"will read it, give their name under {who} (name:, or salutation: as you would "
            f"greet them) (G2).")


# id, as written, honorific:, salutation:, formal, country -> greeting, the exact note
GREETINGS = [
    ("role-brackets-dropped", "Assessor (case study)", None, None, False, "GB",
     "Assessor", _role_note("Assessor", "a role", "Assessor (case study)")),
    ("role-brackets-dropped-formal", "Panel Chair (Deputy Director, Policy)", None, None, True,
     "GB", "Panel Chair",
     _role_note("Panel Chair", "a role", "Panel Chair (Deputy Director, Policy)")),
    ("role-comma-dropped", "Lending Manager, Retail", None, None, False, "US",
     "Lending Manager", _role_note("Lending Manager", "a role", "Lending Manager, Retail")),
    ("role-job-words", "Head Chef", None, None, False, "CA", "Head Chef",
     _role_note("Head Chef", "a role", "Head Chef")),
    ("team", "Graduate Resourcing Team", None, None, True, "GB", "Graduate Resourcing Team",
     _role_note("Graduate Resourcing Team", "a team", "Graduate Resourcing Team")),
    ("head-of-a-team-is-a-role", "Head of Department", None, None, False, "GB",
     "Head of Department", _role_note("Head of Department", "a role", "Head of Department")),
    ("role-salutation-wins", "Head Chef", None, "Chef Morrow", False, "CA", "Chef Morrow",
     None),
    # one name alone: taken for a first name, with no note (most are: "Nadia", "Ravi"); the
    # formal greeting, which needs a surname, asks for one
    ("bare-name", "Okafor", None, None, False, "GB", "Okafor", None),
    ("bare-surname-formal", "Okafor", None, None, True, "GB", "Okafor",
     "The profile gives no surname for Okafor: for a formal greeting add salutation: (the "
     "title they use and their surname) under it (G2)."),
    ("bare-surname-honorific", "Okafor", "Dr", None, False, "GB", "Dr Okafor", None),
    ("bare-name-salutation", "Okafor", None, "Mr Okafor", False, "GB", "Mr Okafor", None),
    # a family name written first: the honorific goes with it
    ("family-first-honorific-in-name", "Ms Park Ji-woo", None, None, True, "GB", "Ms Park",
     'The greeting takes Park for the family name, written first ("Ms Park"): if it is not, '
     "add salutation: (how to greet them) under Ms Park Ji-woo (G2)."),
    ("family-first-honorific-field", "Park Ji-woo", "Ms", None, True, "US", "Ms. Park",
     'The greeting takes Park for the family name, written first ("Ms. Park"): if it is not, '
     "add salutation: (how to greet them) under Park Ji-woo (G2)."),
    ("family-first-no-honorific", "Sato Kenji", None, None, False, "AU", "Sato Kenji",
     "Is Kenji the first name? Add salutation: Kenji under Sato Kenji (G2)."),
    ("family-first-no-honorific-formal", "Sato Kenji", None, None, True, "AU", "Sato Kenji",
     f"Is Sato the surname? Add salutation: (title) Sato under Sato Kenji, with the title "
     f"they use: {TITLES} (G2)."),
    ("family-name-in-capitals-is-sure", "SATO Kenji", "Mr", None, True, "AU", "Mr Sato", None),
    # the formal tone with no honorific: the full name, and a note asking for the title
    ("formal-no-honorific", "Marisol Quintero", None, None, True, "GB", "Marisol Quintero",
     f"Add honorific: (the title they use: {TITLES}) under Marisol Quintero to greet them "
     'as "(title) Quintero" (G2).'),
    ("formal-compound-surname", "Niamh Ó Dálaigh-Reid", None, None, True, "IE",
     "Niamh Ó Dálaigh-Reid",
     f"Add honorific: (the title they use: {TITLES}) under Niamh Ó Dálaigh-Reid to greet "
     'them as "(title) Ó Dálaigh-Reid" (G2).'),
    ("plain-first-name-sure", "Marisol Quintero", None, None, False, "GB", "Marisol", None),
]


@pytest.mark.parametrize(
    ("written", "honorific", "salutation", "formal", "country", "expected", "note"),
    [case[1:] for case in GREETINGS], ids=[case[0] for case in GREETINGS])
def test_G2_greeting_and_note(written: str, honorific: str | None, salutation: str | None,
                              formal: bool, country: str, expected: str,
                              note: str | None) -> None:
    found = greeting(read_name(written, honorific), formal=formal, country=country,
                     salutation=salutation)
    assert (found.name, found.note) == (expected, note)
    assert "," not in found.name and "(" not in found.name


# ------------------------------------------------------------------ whole drafts (G2)

MODERN = """\
candidate:
  name: Imogen Thackeray
  email: imogen.thackeray@example.com
  phone: "07700 900417"
  highlights:
    - ran the month-end reconciliation for four branches
company: Harrowgate Mutual
role: Graduate Risk Analyst
country: GB
recruiter:
  name: Harrowgate Mutual Talent Team
  email: talent@harrowgate.example
interviews:
  - date: 2026-11-10
    kind: in-person
    decision_by: 2026-11-20
    interviewers:
      - name: Lending Manager, Retail
        main_contact: true
      - name: Assessor (case study)
      - name: Okafor
      - name: Marisol Quintero
      - name: Ms Park Ji-woo
status: waiting
"""
# the line of each person's name: in MODERN
LINES = {"Lending Manager": 18, "Assessor": 20, "Okafor": 21, "Marisol Quintero": 22,
         "Park Ji-woo": 23, "Talent Team": 11}

TRADITIONAL = """\
candidate:
  name: Imogen Thackeray
  email: imogen.thackeray@example.com
  phone: "07700 900417"
company: Ashby & Lorne
role: Trainee Actuary
style: traditional
country: GB
recruiter:
  name: Declan Farrelly
  email: declan.farrelly@ashbylorne.example
interviews:
  - date: 2026-11-10
    kind: in-person
    decision_by: 2026-11-20
    interviewers:
      - name: Mr Tobias Wren
        main_contact: true
      - name: Declan Farrelly
        salutation: Mr Farrelly
      - name: Harriet Voss
status: waiting
"""
TONES = ("warm", "standard", "brief", "formal")
TODAY = datetime.date(2026, 11, 11)


def _drafts(tmp_path: Path, text: str, situation: str, tone: str, channel: str,
            today: datetime.date = TODAY) -> list[Draft]:
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    request = drafting.Request(situation, today, every=situation == "thank-you",
                               ignore_timing=True, tone=tone, channel=channel)
    return drafting.draft(path, request, warn=lambda _: None).drafts


def _greeted(draft: Draft) -> str:
    """Who the draft's first line greets: "Dear X," "Hi X, it's ...", "Hello X, this is"."""
    first = draft.body.strip().splitlines()[0]
    found = re.match(r"(?:Dear|Hello|Hi|Good \w+) (.+?)(?:,|$)", first)
    assert found is not None, first
    return found[1]


def _g2(draft: Draft) -> list[str]:
    return [note.message for note in draft.warnings if note.rule == "G2" and "greet" in
            note.message]


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("channel", ["email", "card"])
def test_G2_thank_you_greetings_and_notes_in_every_tone(tmp_path: Path, tone: str,
                                                        channel: str) -> None:
    drafts = {draft.to[0].name: draft for draft in
              _drafts(tmp_path, MODERN, "thank-you", tone, channel)}
    formal = tone == "formal"
    expected = {"Lending Manager, Retail": "Lending Manager",
                "Assessor (case study)": "Assessor", "Okafor": "Okafor",
                "Marisol Quintero": "Marisol Quintero" if formal else "Marisol",
                "Ms Park Ji-woo": "Ms Park" if tone != "warm" else "Park Ji-woo"}
    assert {name: _greeted(draft) for name, draft in drafts.items()} == expected
    for name, key in [("Lending Manager, Retail", "Lending Manager"),
                      ("Assessor (case study)", "Assessor"), ("Okafor", "Okafor"),
                      ("Ms Park Ji-woo", "Park Ji-woo")]:
        notes = _g2(drafts[name])
        if name == "Okafor" and not formal:  # one name is taken for a first name
            assert notes == []
            continue
        assert len(notes) == 1, (name, notes)  # once, naming the line of their name:
        assert f"profile.yaml:{LINES[key]}:" in notes[0] and notes[0].endswith("(G2).")
    assert len(_g2(drafts["Marisol Quintero"])) == (1 if formal else 0)
    if formal:
        assert '"(title) Quintero"' in _g2(drafts["Marisol Quintero"])[0]


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("channel", ["email", "voicemail"])
def test_G2_a_team_recruiter_is_greeted_as_a_team_with_a_note(tmp_path: Path, tone: str,
                                                              channel: str) -> None:
    """The company's name before the team is left out ("Dear Talent Team"); the note says
    the recruiter's entry takes a name: (it has no salutation:)."""
    (draft,) = _drafts(tmp_path, MODERN, "check-in", tone, channel,
                       datetime.date(2026, 11, 23))
    assert _greeted(draft) == "Talent Team"
    (note,) = _g2(draft)
    assert note.endswith('The greeting is to "Talent Team", not a person by name: if you '
                         "know who will read it, write their name under recruiter: in place "
                         'of "Harrowgate Mutual Talent Team" (G2).')
    assert f"profile.yaml:{LINES['Talent Team']}:" in note


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize(("situation", "channel"), [
    ("check-in", "email"), ("check-in", "voicemail"), ("withdraw", "email")])
def test_G2_a_recruiter_on_the_panel_is_greeted_as_their_interviewer_entry_says(
        tmp_path: Path, tone: str, situation: str, channel: str) -> None:
    (draft,) = _drafts(tmp_path, TRADITIONAL, situation, tone, channel,
                       datetime.date(2026, 11, 23))
    assert _greeted(draft) == "Mr Farrelly"
    assert _g2(draft) == []


@pytest.mark.parametrize("tone", TONES)
def test_G2_a_traditional_employer_is_greeted_by_honorific_in_every_tone(
        tmp_path: Path, tone: str) -> None:
    """"Dear Mr Wren" even in the warm tone; Harriet Voss's title is unknown: her first name
    in the plain tones, her full name when formal, and a note asking for the title."""
    drafts = {draft.to[0].name: draft for draft in
              _drafts(tmp_path, TRADITIONAL, "thank-you", tone, "email")}
    assert _greeted(drafts["Mr Tobias Wren"]) == "Mr Wren"
    assert _g2(drafts["Mr Tobias Wren"]) == []
    assert _greeted(drafts["Harriet Voss"]) == ("Harriet Voss" if tone == "formal"
                                                else "Harriet")
    (note,) = _g2(drafts["Harriet Voss"])
    assert note.endswith(f"Add honorific: (the title they use: {TITLES}) under Harriet Voss "
                         'to greet them as "(title) Voss" (G2).')


@pytest.mark.parametrize("tone", TONES)
def test_G2_a_note_on_a_recruiter_on_the_panel_points_to_their_interviewer_entry(
        tmp_path: Path, tone: str) -> None:
    """Harriet Voss is the recruiter and sat on the panel: her interviewer entry takes
    honorific:, so a note asking for her title names that entry's line (21), not the
    recruiter's (10)."""
    text = TRADITIONAL.replace("  name: Declan Farrelly\n  email: declan",
                               "  name: Harriet Voss\n  email: declan")
    (draft,) = _drafts(tmp_path, text, "check-in", tone, "email", datetime.date(2026, 11, 23))
    assert _greeted(draft) == ("Harriet Voss" if tone == "formal" else "Harriet")
    (note,) = _g2(draft)
    assert "profile.yaml:21:" in note and "under Harriet Voss" in note


# The recruiter's entry has name: and no honorific: or salutation:, so its notes say how to
# write the name. (recruiter's name:, tone) -> the greeting, the note's end or None
RECRUITERS = [
    ("single-name", "Priyanka", "warm", "Priyanka", None),
    ("formal-no-title", "Tomás Ferreira", "formal", "Tomás Ferreira",
     'To greet the recruiter as "(title) Ferreira", write the title they use '
     f"({TITLES}) before their name under recruiter: (name: (title) Tomás Ferreira) (G2)."),
    ("plain-sure", "Tomás Ferreira", "warm", "Tomás", None),
    ("formal-title-in-name", "Ms Bea Ferreira", "formal", "Ms Ferreira", None),
    ("family-first-unsure", "Sato Kenji", "standard", "Sato Kenji",
     "It is not sure which is the recruiter's first name, so the greeting is \"Sato Kenji\": "
     "write the family name in capitals, or the first name in quotes after the name, under "
     "recruiter: (name: SATO Kenji) (G2)."),
    ("family-name-in-capitals", "SATO Kenji", "standard", "Kenji", None),
    ("no-way-to-be-sure-in-name", "王小明", "standard", "王小明", None),
]


@pytest.mark.parametrize(("written", "tone", "expected", "note"),
                         [case[1:] for case in RECRUITERS], ids=[case[0] for case in RECRUITERS])
def test_G2_a_recruiters_greeting_and_note(tmp_path: Path, written: str, tone: str,
                                           expected: str, note: str | None) -> None:
    text = MODERN.replace("  name: Harrowgate Mutual Talent Team\n", f"  name: {written}\n")
    (draft,) = _drafts(tmp_path, text, "check-in", tone, "email", datetime.date(2026, 11, 23))
    assert _greeted(draft) == expected
    notes = _g2(draft)
    if note is None:
        assert notes == []
    else:
        (found,) = notes
        assert found.endswith(note) and f"profile.yaml:{LINES['Talent Team']}:" in found
