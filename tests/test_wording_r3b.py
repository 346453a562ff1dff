"""The fixed wording around the profile's words (issue 12, third reading, round 2): a
sentence reads well whether or not the one before it was left out; what the note thanks for
fits the interview's kind and the application's status; a fact learned is taken in with a
neutral verb. Each case is the input and the exact output."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from followup.compose import render
from followup.compose.naming import company_in_text, role_title
from followup.compose.situations import Options, targets
from followup.compose.template_environment import make_environment
from followup.profile import load

from .conftest import ROOT, SAMPLES, edited_sample

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
PANEL = SAMPLES / "panel-interview.yaml"
DAY_AFTER = datetime.date(2026, 11, 17)  # Big Beanz's video interview was on the 16th
PHRASES = yaml.safe_load((ROOT / "templates" / "phrases.yaml").read_text("utf-8"))


def _body(path: Path, tone: str, variant: int, **extra: Any) -> str:
    """The body of the thank-you to the profile's first interviewer, between the greeting
    and the sign-off, in one variant, with `extra` template variables."""
    target = targets("thank-you", load(path), Options(today=DAY_AFTER, tone=tone))[0]
    body = render.render(make_environment(None), "thank-you.md.j2",
                         target.context | {"variant": variant, "panel": None} | extra).body
    return body.split("\n\n", 1)[1].rsplit("\n\n", 1)[0]


# ---------------------------------------------------------------- TY4, TY8: no orphan links

_CONNECTOR = re.compile(r"^(?:Also|In addition|Additionally|Furthermore|Moreover)\b|"
                        r"^One more question|^A further question")


@pytest.mark.parametrize("key", ["highlight", "question_asked", "question"])
def test_TY4_TY8_a_brief_phrase_links_to_nothing_that_may_be_left_out(key: str) -> None:
    """The brief note leaves out what was discussed: a phrase after it may open a paragraph."""
    brief = PHRASES["thank-you"][key]["brief"]
    assert [phrase for phrase in brief if _CONNECTOR.search(phrase)] == []


@pytest.mark.parametrize(("variant", "paragraph"), [
    (0, "I built the society's volunteer rota in Airtable, cutting "
        "no-shows by a third. I'm keen to join Big Beanz. One question: How does the team "
        "measure success? I'll stay in touch via TalentBridge."),
    (1, "I should add that I built the society's volunteer rota in Airtable, cutting no-shows "
        "by a third. I'm very interested in the role. A question, if I may: How "
        "does the team measure success? I'll keep in touch through TalentBridge."),
    (2, "As background, I built the society's volunteer rota in Airtable, cutting "
        "no-shows by a third. I hope to join Big Beanz. May I ask: How does the team measure "
        "success? I'll stay in touch via TalentBridge."),
])
def test_TY4_TY8_a_brief_note_without_what_was_learned_opens_its_paragraph_plainly(
        variant: int, paragraph: str) -> None:
    body = _body(BIG_BEANZ, "brief", variant, learned=None, question_asked=True,
                 question="How does the team measure success?")
    assert body.split("\n\n")[1] == paragraph


# ---------------------------------------------------------------- TY4: the relevance tail


@pytest.mark.parametrize(("highlight", "typed", "tail"), [
    ("am fluent in Polish", "Fluent in Polish", True),
    ("led the society's rota", "Led the society's rota.", True),
    ("chaired the treasury working group through the 2025 refinancing",
     "Chaired the treasury working group through the 2025 refinancing", True),
    # long: more than twelve words
    ("ran the weekend rota for a team of twenty volunteers across three sites in the city",
     "Ran the weekend rota for a team of twenty volunteers across three sites in the city",
     False),
    # more than one clause, as fitted or as typed
    ("built the rota in Airtable, cutting no-shows by a third",
     "Built the rota in Airtable, cutting no-shows by a third", False),
    ("drafted the revised Standing Orders and adopted them in 2025",
     "Drafted the revised Standing Orders, adopted in 2025.", False),
    ("hold a commercial dive certificate (Part II)",
     "Hold a commercial dive certificate (Part II)", False),
    # written by the candidate as a whole first-person sentence
    ("trained six new carers on the moving and handling policy",
     "I trained six new carers on the moving and handling policy.", False),
    # personal
    ("looked after my dad at home for two years", "Looked after my dad at home for two years",
     False),
    ("cared for a neighbour until she died", "Cared for a neighbour until she died", False),
    (None, "", False),
])
def test_TY4_the_relevance_tail_follows_only_a_short_claim(highlight: str | None, typed: str,
                                                           tail: bool) -> None:
    assert render.reads_with_tail(highlight, (typed,)) is tail


@pytest.mark.parametrize(("tone", "variant", "tail", "sentence"), [
    ("standard", 0, True, "You may also like to know that I am fluent in Polish, which I think "
                          "would be useful here."),
    ("standard", 0, False, "You may also like to know that I am fluent in Polish."),
    ("formal", 0, True, "I should mention that I am fluent in Polish, which I believe would be "
                        "of value here."),
    ("formal", 0, False, "I should mention that I am fluent in Polish."),
    ("warm", 0, False, "It might help to know that I am fluent in Polish."),
    ("standard", 2, False, "It is perhaps worth adding that I am fluent in Polish."),
])
def test_TY4_a_highlight_takes_the_tail_only_where_it_reads(tone: str, variant: int, tail: bool,
                                                            sentence: str) -> None:
    body = _body(BIG_BEANZ, tone, variant, highlight="am fluent in Polish",
                 highlight_tail=tail)
    assert sentence in body
    assert tail or "here." not in body


def test_TY4_a_personal_highlight_in_a_profile_gets_no_tail(tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", (
        "    - Built the society's volunteer rota in Airtable, cutting no-shows by a third\n",
        "    - I looked after my mum at home for three years\n"))
    body = _body(path, "standard", 0)
    assert "You may also like to know that I looked after my mum at home for three years. " \
           in body


# ---------------------------------------------------------------- TY4: after an offer


@pytest.mark.parametrize(("tone", "variant", "paragraphs"), [
    ("standard", 0, ["Thank you for taking the time to speak with me yesterday about the "
                     "Business Development Graduate role. I especially enjoyed discussing the "
                     "plan to sell office coffee subscriptions. It was good to learn that new "
                     "starters shadow customers for their first month.",
                     "I was excited to receive your offer, and I look forward to the "
                     "details."]),
    ("formal", 1, ["I am most grateful for the time you gave me yesterday to discuss the "
                   "Business Development Graduate position at Big Beanz. I was delighted to "
                   "receive your kind offer of the position, and I look forward with interest "
                   "to receiving the details.",
                   "It was useful to learn that new starters shadow customers for their "
                   "first month. I particularly valued our conversation about the plan to "
                   "sell office coffee subscriptions."]),  # not "discuss" twice (round 31)
    ("brief", 0, ["Thank you for meeting me yesterday about the Business Development "
                  "Graduate role. It was useful to learn that new starters shadow customers "
                  "for their first month.",
                  "Thank you for the offer: I'm thrilled. I'd like to hear about how the "
                  "team measures success in the first 90 days."]),
])
def test_TY4_after_an_offer_the_note_thanks_for_it_and_pitches_nothing(
        tmp_path: Path, tone: str, variant: int, paragraphs: list[str]) -> None:
    path = edited_sample(tmp_path, "big-beanz", ("status: waiting", "status: offer"))
    body = _body(path, tone, variant)
    assert body.split("\n\n")[:2] == paragraphs
    assert "Airtable" not in body and "in touch" not in body
    assert "interested in" not in body and "join" not in body


# ---------------------------------------------------------------- G2: what the note thanks for


@pytest.mark.parametrize(("kind", "variant", "opening"), [
    ("in-person", 2, "Our conversation yesterday was a real pleasure; thank you for making "
                     "me feel so welcome at Big Beanz."),
    ("video", 2, "Our call yesterday about the Business Development Graduate role was a real "
                 "pleasure; thank you for putting me so at ease."),
    ("phone", 2, "Our call yesterday about the Business Development Graduate role was a real "
                 "pleasure; thank you for putting me so at ease."),
    ("assessment-centre", 2, "The assessment day yesterday was a real pleasure; thank you "
                             "for making me feel so welcome at Big Beanz."),
    ("video", 3, "Thank you for such a friendly and interesting call yesterday about the "
                 "Business Development Graduate role."),
    ("assessment-centre", 3, "Thank you for your part in such a well-run assessment day "
                             "yesterday for the Business Development Graduate role."),
    ("assessment-centre", 5, "Thank you for your time yesterday; the assessment day was a "
                             "lovely introduction to life at Big Beanz."),
])
def test_G2_a_warm_opening_thanks_for_what_took_place(tmp_path: Path, kind: str, variant: int,
                                                      opening: str) -> None:
    path = edited_sample(tmp_path, "big-beanz", ("    kind: video\n", f"    kind: {kind}\n"))
    assert _body(path, "warm", variant).startswith(opening + " ")


@pytest.mark.parametrize(("kind", "tone", "variant", "opening"), [
    ("video", "brief", 1, "Thank you for your time yesterday and for telling me about Big "
                          "Beanz."),
    ("in-person", "brief", 1, "Thank you for your time yesterday at Big Beanz."),
    ("assessment-centre", "brief", 3, "Thank you for the Business Development Graduate "
                                      "assessment day yesterday."),
    ("phone", "brief", 3, "Thank you for our call yesterday about the Business Development "
                          "Graduate role."),
    ("assessment-centre", "standard", 4, "I enjoyed the Business Development Graduate "
                                         "assessment day yesterday, and I am grateful for your "
                                         "time."),
])
def test_G2_an_opening_names_the_call_or_the_assessment_day(
        tmp_path: Path, kind: str, tone: str, variant: int, opening: str) -> None:
    path = edited_sample(tmp_path, "big-beanz", ("    kind: video\n", f"    kind: {kind}\n"))
    assert _body(path, tone, variant).startswith(opening)


@pytest.mark.parametrize(("kind", "sentence"), [
    ("video", "Our call confirmed how much I would like to join the team."),
    ("in-person", "Our conversation confirmed how much I would like to join the team."),
    ("assessment-centre", "The assessment day confirmed how much I would like to join the "
                          "team."),
])
def test_G2_the_interest_sentence_names_what_took_place(tmp_path: Path, kind: str,
                                                        sentence: str) -> None:
    path = edited_sample(tmp_path, "big-beanz", ("    kind: video\n", f"    kind: {kind}\n"))
    assert sentence in _body(path, "standard", 1)


# ---------------------------------------------------------------- TY4: an activity, not a topic


@pytest.mark.parametrize(("discussed", "activity"), [
    ("the lab tour (above all the new sequencing room)", True),
    ("the case study (choosing between two suppliers)", True),
    ("a walk-through of two hotel suites", True),
    ("the group exercise", True),
    ("the presentation on retail margins", True),
    ("the system design round", True),
    ("the aptitude testing", True),
    ("the diversion scenario", True),
    ("the plan to sell office coffee subscriptions", False),
    ("my final-year project and how we measured picking time", False),
    ("test results from the new line", False),
    ("the test kitchen menu", False),
    ("a round of hiring", False),
    ("my approach to the presentation", False),  # the head noun is "approach"
    ("my presentation on a 90-day plan", False),  # the candidate's own: talked about, not praised
    ("the results of the test", False),
    (None, False),
])
def test_TY4_an_activity_is_told_from_a_topic(discussed: str | None, activity: bool) -> None:
    assert render.is_activity(discussed) is activity


@pytest.mark.parametrize(("kind", "discussed", "tone", "variant", "sentence"), [
    ("in-person", "the lab tour", "standard", 0, "I especially enjoyed the lab tour."),
    ("in-person", "the lab tour", "warm", 1, "The lab tour was a highlight for me."),
    ("in-person", "the lab tour", "formal", 1, "I was glad of the opportunity to take part in "
                                               "the lab tour."),
    ("in-person", "the rota", "standard", 0, "I especially enjoyed discussing the rota."),
    ("assessment-centre", "a plant expansion plan", "standard", 0,
     "I especially enjoyed talking through a plant expansion plan."),
    ("assessment-centre", "a plant expansion plan", "warm", 1,
     "I valued talking through a plant expansion plan."),
    ("in-person", "the rota", "warm", 1, "I valued our chat about the rota."),
    ("assessment-centre", "the group exercise", "formal", 0,
     "I particularly valued the group exercise."),
])
def test_TY4_what_was_discussed_is_framed_by_what_it_was(
        tmp_path: Path, kind: str, discussed: str, tone: str, variant: int,
        sentence: str) -> None:
    path = edited_sample(tmp_path, "big-beanz", ("    kind: video\n", f"    kind: {kind}\n"))
    body = _body(path, tone, variant, discussed=discussed,
                 activity=render.is_activity(discussed))
    assert sentence in body


# ---------------------------------------------------------------- TY4: a neutral verb for a fact

_GUSHING = re.compile(r"\b(?:delighted|fascinated|lov\w+|thrilled|glad|pleased|pleasure|"
                      r"excit\w+|keener|appealing)\b", re.IGNORECASE)


@pytest.mark.parametrize("tone", ["standard", "formal", "warm", "brief"])
def test_TY4_what_was_learned_is_never_gushed_over(tone: str) -> None:
    """It may be pay, a perk or bad news ("some carers drive over an hour between calls")."""
    phrases = PHRASES["thank-you"]["learned"][tone]
    assert [phrase for phrase in phrases if _GUSHING.search(phrase)] == []


@pytest.mark.parametrize(("tone", "variant", "sentence"), [
    ("standard", 0, "It was good to learn that the post is Grade 9."),
    ("standard", 1, "It was helpful to hear that the post is Grade 9."),
    ("formal", 3, "I was interested to learn that the post is Grade 9."),
    ("warm", 0, "I found it so helpful to hear that the post is Grade 9."),
    ("warm", 2, "I appreciated hearing that the post is Grade 9."),
    ("standard", 2, "It was interesting to learn that the post is Grade 9."),
    ("brief", 0, "It was useful to learn that the post is Grade 9."),
])
def test_TY4_a_fact_learned_is_taken_in_neutrally(tone: str, variant: int,
                                                  sentence: str) -> None:
    body = _body(BIG_BEANZ, tone, variant, learned="that the post is Grade 9")
    assert sentence in body


# ---------------------------------------------------------------- G2: the name, not again


@pytest.mark.parametrize(("body", "company", "named"), [
    ("Thank you for all you told me about Great Lakes Provisions. I am eager to join Great "
     "Lakes Provisions, all the more so.", "Great Lakes Provisions",
     "Thank you for all you told me about Great Lakes Provisions. I am eager to join the "
     "team, all the more so."),
    ("It was lovely to hear about Pennine Gate Housing. I'd love to join Pennine Gate Housing.",
     "Pennine Gate Housing",
     "It was lovely to hear about Pennine Gate Housing. I'd love to join the team."),
    # what the name says it is comes first: "join the council"
    ("Thank you, Leeds City Council. I hope to join Leeds City Council.", "Leeds City Council",
     "Thank you, Leeds City Council. I hope to join the council."),
    # a mention that is not "join" stays as written when the name says no kind
    ("I enjoyed meeting Pennine Gate Housing. Pennine Gate Housing's plans are bold.",
     "Pennine Gate Housing",
     "I enjoyed meeting Pennine Gate Housing. Pennine Gate Housing's plans are bold."),
])
def test_G2_joining_a_company_named_before_is_joining_the_team(body: str, company: str,
                                                               named: str) -> None:
    assert render.named_once(body, company) == named


# ---------------------------------------------------------------- TY6: the card tip, once


def test_TY6_the_card_tip_is_printed_once_for_a_panel(invoke: Any) -> None:
    result = invoke("thank-you", PANEL, "--all", "--today", "2026-11-19")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("tip TY6: A very traditional organisation may appreciate a "
                               "handwritten note card") == 1


# ---------------------------------------------------------------- round 5 of the reading

def test_TY4_after_an_offer_only_the_main_contact_is_thanked_for_it(invoke: Any,
                                                                     tmp_path: Path) -> None:
    """The Senior Partner made the offer and is thanked for it; the rest of the panel hear
    that the candidate is glad of it, with no thanks for an offer they did not make, and no
    pitch or interest as if nothing had been decided (issue 12, round 12)."""
    path = edited_sample(tmp_path, "panel-interview", ("status: waiting", "status: offer"))
    result = invoke("thank-you", path, "--all", "--today", "2026-11-19", "--format", "json")
    notes = {note["to"][0]["name"]: note["body"] for note in json.loads(result.stdout)}
    assert re.search(r"\b(?:thank you for|your|your kind) offer\b", notes["Margaret Ashworth"])
    for name in ("David Okafor", "Helen Carter"):
        offer = next(sentence for sentence in re.split(r"(?<=\.)\s+", notes[name])
                     if "offer" in sentence)
        assert offer.startswith(("I was honoured to receive the offer", "The offer that",
                                  "I was very pleased to hear of the offer")), \
            (name, offer)
        assert "thank" not in offer.lower() and "strengthened my interest" not in notes[name]
    assert result.stderr.count("Does not say you are interested") == 0


@pytest.mark.parametrize(("role", "in_text"), [
    ("Research Assistant, Soil Nitrogen Programme",
     "Research Assistant (Soil Nitrogen Programme)"),
    ("Senior Backend Engineer, Billing", "Senior Backend Engineer (Billing)"),
    ("Analyst, Risk, EMEA", "Analyst, Risk, EMEA"),  # more than one comma: as written
    ("Trainee Solicitor (September 2027 intake)", "Trainee Solicitor (September 2027 intake)"),
    ("Deputy Store Manager", "Deputy Store Manager"),
    # after a dash, the rest whole, a place's comma and all
    ("Store Manager - Square One location", "Store Manager (Square One location)"),
    ("Store Manager - Dublin, OH", "Store Manager (Dublin, OH)"),
    ("Senior Officer - Planning - Grade 9", "Senior Officer (Planning)"),  # its grade: round 30
    # round 14: the advert's terms are the profile's; with a dash too, its detail is kept
    ("Barista (casual, weekends)", "Barista"),
    ("Freshwater Scientist (2-year fixed term)", "Freshwater Scientist"),
    ("Associate Solicitor – Family (4+ PQE)", "Associate Solicitor (Family)"),
    ("Store Manager - Chandler (Store #114)", "Store Manager (Chandler)"),
    ("Deputy Stage Manager (on the book) - Spring Season", "Deputy Stage Manager (Spring Season)"),
    ("Frontend Developer (React)", "Frontend Developer (React)"),
])
def test_G2_a_role_with_its_team_after_a_comma_reads_in_its_title(role: str,
                                                                  in_text: str) -> None:
    assert role_title(role) == in_text


def test_G2_the_recruiter_on_the_panel_is_thanked_at_the_recruiter_address(
        invoke: Any, tmp_path: Path) -> None:
    """Her address is under recruiter:, not repeated under her interviewer entry."""
    path = edited_sample(tmp_path, "panel-interview", (
        "      - name: Helen Carter\n        honorific: Mrs  # a formal note greets her as Mrs "
        "Carter\n        email: helen.carter@ashworthlyle.example\n        title: Graduate "
        "Recruitment Manager\n        learned:",
        "      - name: Helen Carter\n        honorific: Mrs\n        title: Graduate "
        "Recruitment Manager\n        learned:"), ("status: waiting", "recruiter:\n  name: Helen "
                                                  "Carter\n  email: hc@ashworthlyle.example\n"
                                                  "status: waiting"))
    result = invoke("thank-you", path, "--to", "Carter", "--today", "2026-11-19")
    assert result.stdout.startswith("To: Helen Carter <hc@ashworthlyle.example>\n")
    assert "no email address" not in result.stderr


def test_TY4_a_highlight_discussed_in_an_earlier_round_is_not_news(invoke: Any,
                                                                   tmp_path: Path) -> None:
    """The pro bono rota came up in the phone screen: the panel's notes do not say "I did not
    get to mention" it, and the checker does not ask for it."""
    path = edited_sample(tmp_path, "panel-interview", (
        "        title: Graduate Recruitment Manager\n  - date: 2026-11-18",
        "        title: Graduate Recruitment Manager\n        discussed: the pro bono "
        "clinic's intake rota I led\n  - date: 2026-11-18"))
    result = invoke("thank-you", path, "--all", "--today", "2026-11-19", "--format", "json")
    notes = json.loads(result.stdout)
    assert len(notes) == 3 and not any("pro bono" in note["body"] for note in notes)
    assert "tenancy deposits" in notes[0]["body"] + notes[1]["body"] + notes[2]["body"]



def test_G2_a_town_or_city_of_somewhere_takes_the() -> None:
    assert company_in_text("Town of Caledon Ridge") == "the Town of Caledon Ridge"
    assert company_in_text("Leeds City Council") == "Leeds City Council"


def test_TY4_a_card_carries_no_highlight_and_no_warning_about_one(invoke: Any,
                                                                   tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "panel-interview", (
        "    - Won the regional client interviewing competition in 2025",
        "    - Forklift licence, 2 yrs reach truck"))
    email = invoke("thank-you", path, "--all", "--today", "2026-11-19")
    card = invoke("thank-you", path, "--all", "--today", "2026-11-19", "--channel", "card")
    assert "highlights[1]" in email.stderr
    assert "highlights[1]" not in card.stderr
