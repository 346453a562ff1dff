"""The fixed wording, by tone and situation (issue 12, third reading): what each phrase says
to whom, and that no note repeats itself. Each case is the input and the exact output."""

from __future__ import annotations

import collections
import datetime
import re
from pathlib import Path
from typing import Any

import pytest

from followup.compose import render
from followup.compose.situations import Options, company_in_text, targets
from followup.compose.template_environment import make_environment
from followup.profile import load

from .conftest import SAMPLES, edited_sample

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
PANEL = SAMPLES / "panel-interview.yaml"
TONES = ("standard", "formal", "warm", "brief")


@pytest.mark.parametrize(("company", "in_text"), [
    ("Wyndhamshire County Council", "Wyndhamshire County Council"),
    ("Leeds City Council", "Leeds City Council"),
    ("Waikato Regional Council", "Waikato Regional Council"),
    ("Arts Council", "the Arts Council"),
    ("Council for Rural Schools", "the Council for Rural Schools"),
    ("Department for Regional Growth", "the Department for Regional Growth"),
    ("Brandvold-Baptiste Institute for Molecular Medicine",
     "the Brandvold-Baptiste Institute for Molecular Medicine"),
    # a firm's legal form is its letterhead's, not a sentence's
    ("Cindercone Labs, Inc.", "Cindercone Labs"),
    ("Harlan Kovacs & Aberra LLP", "Harlan Kovacs & Aberra"),
    ("Hartcliffe Electrical Services Ltd", "Hartcliffe Electrical Services"),
    ("Norland Outdoor Supply Co.", "Norland Outdoor Supply Co."),
    ("The Cathedral Church of St Columba", "the Cathedral Church of St Columba"),
    ("The Salt Room", "the Salt Room"),
    ("NHS Graduate Management Training Scheme", "the NHS Graduate Management Training Scheme"),
    ("City of Winnipeg - Community Services", "the City of Winnipeg"),  # round 32
])
def test_G2_a_local_councils_name_takes_no_the(company: str, in_text: str) -> None:
    assert company_in_text(company) == in_text


@pytest.mark.parametrize(("company", "again"), [
    ("Wyndhamshire County Council", "the council"),
    ("St Brigid's Primary School, Brunswick", "the school"),
    ("Hale & Byrne LLP", "the firm"),
    ("Harbourgate Banking Group", "the bank"),
    ("Fellside Veterinary Group", "the practice"),
    ("Coral Sea Airways", "the airline"),
    ("The Columbus Ledger", "the paper"),
    ("Pūriri Studio", "the studio"),
    ("Fernleaf Software, Inc.", "the company"),
    ("Hartley & Moss Home Stores", "the company"),
    ("Calloway Brothers & Co.", "the firm"),
    ("Mercy Ridge Medical Center", "the hospital"),
    ("Coláiste Naomh Pádraig", None),  # says neither what it is nor that it is a business
])
def test_G2_a_second_mention_names_what_the_company_is(company: str, again: str | None) -> None:
    assert render.second_mention(company) == again


@pytest.mark.parametrize(("body", "named"), [
    ("Thank you for all you told me about Fernleaf Software, Inc.. I am keen to join "
     "Fernleaf Software, Inc., all the more so.",
     "Thank you for all you told me about Fernleaf Software, Inc.. I am keen to join "
     "the company, all the more so."),
    ("I hope to join Wyndhamshire County Council. Wyndhamshire County Council's plan is "
     "bold.",
     "I hope to join Wyndhamshire County Council. The council's plan is bold."),
    ("It was good to hear about Coral Sea Airways. I would love to join the team at Coral "
     "Sea Airways.",
     "It was good to hear about Coral Sea Airways. I would love to join the team."),
    # one mention, a name of one or two words, and a longer name stay as written
    ("I would like to join Coral Sea Airways.", "I would like to join Coral Sea Airways."),
    # round 21: a short name is said again, but not in "join X" a sentence after it
    ("Thanks, Big Beanz. I want to join Big Beanz.", "Thanks, Big Beanz. I want to join the "
                                                     "team."),
    ("Thanks, Big Beanz. I liked Big Beanz.", "Thanks, Big Beanz. I liked Big Beanz."),
    # a name that says no kind: "join" it is "join the team" (issue 12, round 3), else as written
    ("Thank you, Coláiste Naomh Pádraig. I want to join Coláiste Naomh Pádraig.",
     "Thank you, Coláiste Naomh Pádraig. I want to join the team."),
    ("Thank you, Coláiste Naomh Pádraig. I liked Coláiste Naomh Pádraig.",
     "Thank you, Coláiste Naomh Pádraig. I liked Coláiste Naomh Pádraig."),
    ("At Coral Sea Airways. Not Coral Sea Airways Cargo.",
     "At Coral Sea Airways. Not Coral Sea Airways Cargo."),
])
def test_G2_a_note_names_the_company_once(body: str, named: str) -> None:
    company = re.match(r".*?(Fernleaf Software, Inc\.|Wyndhamshire County Council|Coral Sea "
                       r"Airways|Big Beanz|Coláiste Naomh Pádraig)", body, re.DOTALL)
    assert company is not None
    assert render.named_once(body, company[1]) == named


def test_G2_a_formal_draft_signs_off_formally(invoke: Any, tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", ('  phone: "+44 7700 900123"\n',
                                                 '  phone: "+44 7700 900123"\n  signature: |\n'
                                                 '    Cheers,\n    Jordan\n'))
    formal = invoke("thank-you", path, "--today", "2026-11-17", "--tone", "formal")
    assert formal.stdout.endswith("\n\nYours sincerely,\nJordan Lee\n")
    assert f'warning G2: {path}:8: A formal letter signs off formally: the draft ends with ' \
        'its own sign-off in place of your signature\'s "Cheers,".' in formal.stderr
    standard = invoke("thank-you", path, "--today", "2026-11-17")
    assert standard.stdout.endswith("\n\nCheers,\nJordan\n")
    assert "signs off formally" not in standard.stderr


def test_G2_a_formal_sign_off_of_the_candidates_own_is_kept(invoke: Any,
                                                            tmp_path: Path) -> None:
    path = edited_sample(tmp_path, "big-beanz", ('  phone: "+44 7700 900123"\n',
                                                 '  phone: "+44 7700 900123"\n  signature: |\n'
                                                 '    Ngā mihi,\n    Jordan\n'))
    result = invoke("thank-you", path, "--today", "2026-11-17", "--tone", "formal")
    assert result.stdout.endswith("\n\nNgā mihi,\nJordan Lee\n")
    assert "signs off formally" not in result.stderr


def _check_in_ask(invoke: Any, path: Path, tone: str, attempt: str) -> str:
    result = invoke("check-in", path, "--today", "2026-12-21", "--tone", tone, "--attempt",
                    attempt, "--force")
    assert result.exit_code == 0, result.stderr
    return result.stdout.split("\n\n")[3]


@pytest.mark.parametrize(("role", "signature", "offer"), [
    ("Business Development Graduate", "",
     "If anything more from me would help, such as references, I would be glad to send it."),
    ("Graduate Architectural Designer", "",
     "If anything more from me would help, such as references or examples of my work, I "
     "would be glad to send it."),
    ("Business Development Graduate", "  signature: |\n    Jordan Lee\n    github.com/jlee\n",
     "If anything more from me would help, such as references or examples of my work, I "
     "would be glad to send it."),
])
def test_CI4_a_check_in_offers_examples_of_work_only_where_work_is_shown(
        invoke: Any, tmp_path: Path, role: str, signature: str, offer: str) -> None:
    path = edited_sample(tmp_path, "big-beanz",
                         ("role: Business Development Graduate", f"role: {role}"),
                         ('  phone: "+44 7700 900123"\n',
                          f'  phone: "+44 7700 900123"\n{signature}'))
    assert _check_in_ask(invoke, path, "standard", "1").endswith(offer)


@pytest.mark.parametrize(("tone", "ask"), [
    ("standard", "Is there any news on the next step, or a date by which they expect to "
                 "decide?"),
    ("formal", "Any update on the timeline for a decision would be most welcome."),
])
def test_CI4_a_check_in_to_an_agency_recruiter_asks_when_the_client_decides(
        invoke: Any, tone: str, ask: str) -> None:
    paragraph = _check_in_ask(invoke, BIG_BEANZ, tone, "3")
    assert ask in paragraph
    assert "organisation's work" not in paragraph and "your team" not in paragraph


@pytest.mark.parametrize(("tone", "thanks"), [
    # the decision before it named Big Beanz: not again at once (round 35)
    ("standard", "I enjoyed learning about your work, and I am grateful for the time you have "
                 "given me."),
    ("formal", "I am grateful for the consideration you have given my application, and I have "
               "greatly valued learning about your work."),
    ("warm", "I've enjoyed learning about your work, and I'm very grateful for your time and "
             "kindness."),
    ("brief", "I'm grateful for your time and consideration."),
])
def test_G2_a_withdrawal_thanks_the_reader_not_a_team(invoke: Any, tone: str,
                                                       thanks: str) -> None:
    result = invoke("withdraw", BIG_BEANZ, "--to", "Priya", "--today", "2026-11-24",
                    "--tone", tone)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split("\n\n")[3].startswith(thanks)


# ---------------------------------------------------------------- one note, every variant


def _notes(path: Path, today: datetime.date, tone: str, **extra: Any) -> list[str]:
    """The bodies of the thank-you notes of a profile in one tone, in each of the twelve
    variants the phrase lists' lengths (3, 4, 6) make, with `extra` variables."""
    env = make_environment(None)
    bodies = []
    for target in targets("thank-you", load(path), Options(today=today, every=True, tone=tone)):
        for variant in range(12):
            context = target.context | {"variant": variant, "panel": None} | extra
            body = render.render(env, "thank-you.md.j2", context).body
            bodies.append(body.split("\n\n", 1)[1].rsplit("\n\n", 1)[0])
    return bodies


# Words a reader notices when a short note says them twice.
_NOTICED = ("really", "lovely", "great", "pleasure", "enjoyed", "delighted", "grateful",
            "glad", "especially", "particularly", "excited", "love", "welcome", "interested",
            "position", "appreciated")


def _repeats(body: str) -> list[str]:
    sentences = [each for each in re.split(r"(?<=[.!?;])\s+", body) if each]
    openers = collections.Counter(" ".join(each.split()[:3]) for each in sentences
                                  if not re.match(r"Thank you (again|once)", each))
    found = [f"opens twice: {opener}" for opener, count in openers.items() if count > 1]
    found += [word for word in _NOTICED
              if len(re.findall(rf"\b{word}\b", body, re.IGNORECASE)) > 1]
    return found


@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("extra", [{}, {"by_phone": True}, {"met_before": True}],
                         ids=["in-person", "by-phone", "met-before"])
def test_G2_TY5_no_note_repeats_an_opener_or_a_noticed_word(tone: str,
                                                            extra: dict[str, Any]) -> None:
    for body in _notes(PANEL, datetime.date(2026, 11, 19), tone, **extra):
        assert _repeats(body) == [], body


@pytest.mark.parametrize(("tone", "variant", "sentence"), [
    ("brief", 0, "I'd like to hear about how trainees are matched to their secondment."),
    ("brief", 2, "I'd like to learn about how trainees are matched to their secondment."),
    ("brief", 3, "I won the regional client interviewing competition in 2025."),
    ("brief", 5, "As background, I won the regional client interviewing competition in 2025."),
    ("brief", 1, "Thanks, too, for meeting after hours."),
    ("formal", 0, "I should mention that I won the regional client interviewing competition "
                  "in 2025, which I believe would be of value here."),
    # the variant's own phrasing says "our conversation", said already: the next one
    ("formal", 2, "My interest in the role is stronger than ever."),
    ("warm", 2, "I'd be thrilled to join the team."),  # Ashworth & Lyle named a sentence before
])
def test_G2_a_phrase_reads_as_a_sentence(tone: str, variant: int, sentence: str) -> None:
    env = make_environment(None)
    main = targets("thank-you", load(PANEL), Options(today=datetime.date(2026, 11, 19),
                                                     to="Ashworth", tone=tone))[-1]
    alone = main.context | {"variant": variant, "panel": None}  # the variant, not the panel's
    body = render.render(env, "thank-you.md.j2", alone).body
    assert sentence in body


@pytest.mark.parametrize(("kind", "opening"), [
    ("in-person", "I really enjoyed seeing you again yesterday"),
    ("phone", "I really enjoyed meeting you yesterday"),  # only a call before: met now
])
def test_G2_a_later_round_with_the_same_person_is_not_a_first_meeting(
        invoke: Any, tmp_path: Path, kind: str, opening: str) -> None:
    path = edited_sample(tmp_path, "panel-interview", ("    kind: phone\n", f"    kind: {kind}\n"))
    notes = [body for body in _notes(path, datetime.date(2026, 11, 19), "warm")
             if body.startswith("I really enjoyed")]
    carter = [body for body in notes if "vacation scheme" in body]
    others = [body for body in notes if "vacation scheme" not in body]
    assert carter and all(body.startswith(opening) for body in carter)
    assert others and all(body.startswith("I really enjoyed meeting you") for body in others)
