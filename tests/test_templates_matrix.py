"""Every situation, tone and channel from every sample passes the checker; what tones and
channels change; the new situations (recruiter-debrief, withdraw) and the voicemail script."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path
from typing import Any

import pytest

from followup import check, drafting, profile, words
from followup.draft import Draft
from followup.errors import NotApplicable
from followup.guidance.lengths import BRIEF_HALVES, LIMITS, limit_for
from followup.guidance.timing import check_in_budget
from followup.situations import CHANNELS, SITUATIONS, TONES, Options

from .conftest import SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
# The day each situation is drafted on: the plan's day for it (the interview day for a
# recruiter debrief, RC1; the next day for thank-you notes, TY2), else after the
# promised dates have passed.
DAYS_AFTER_INTERVIEW = {"recruiter-debrief": 0, "thank-you": 1}


def _today(situation: str, loaded: profile.Profile) -> datetime.date:
    if situation in DAYS_AFTER_INTERVIEW:
        return loaded.latest_interview.date + datetime.timedelta(
            days=DAYS_AFTER_INTERVIEW[situation])
    return datetime.date(2026, 11, 30)


def _matrix() -> list[tuple[str, profile.Profile, Options, list[Draft]]]:
    cases = []
    for path in sorted(SAMPLES.glob("*.yaml")):
        loaded = profile.load(path)
        for situation, channel, tone in itertools.product(SITUATIONS, CHANNELS, TONES):
            # check-ins: every attempt the interviews earn (CI8), the last one saying so (CI10)
            attempts = range(1, check_in_budget(loaded) + 1) if situation == "check-in" \
                else [None]
            for attempt in attempts:
                options = Options(today=_today(situation, loaded), every=situation == "thank-you",
                                  tone=tone, channel=channel, attempt=attempt)
                try:
                    drafts = drafting.compose(situation, loaded, options)
                except NotApplicable:
                    continue
                name = f"{path.stem}/{situation}/{channel}/{tone}" + \
                    (f"/attempt-{attempt}" if attempt else "")
                cases.append((name, loaded, options, drafts))
    return cases


MATRIX = _matrix()


def test_every_situation_channel_and_tone_renders_from_some_sample() -> None:
    rendered = {tuple(name.split("/")[1:4]) for name, *_ in MATRIX}
    expected = {(situation, channel, tone) for situation, channel in [
        *((situation, "email") for situation in SITUATIONS),
        ("thank-you", "card"), ("check-in", "voicemail")] for tone in TONES}
    assert rendered == expected


@pytest.mark.parametrize(("name", "loaded", "options", "drafts"), MATRIX,
                         ids=[case[0] for case in MATRIX])
def test_every_combination_passes_the_checker_and_the_length_limits(
        name: str, loaded: profile.Profile, options: Options, drafts: list[Draft]) -> None:
    situation, channel, tone = name.split("/")[1:4]
    documents = [check.Document(name=draft.to[0].name, body=draft.body, subject=draft.subject,
                                situation=situation, situation_from="given", channel=channel,
                                to=tuple((person.name, person.email) for person in draft.to))
                 for draft in drafts]
    findings = check.check_all(documents, loaded)  # with the profile: content rules too
    assert findings == [[] for _ in drafts]
    limit = limit_for(situation, channel, tone)  # the brief tone's halved limits included
    for draft in drafts:
        body = words.split(draft.body).body
        if limit is not None:
            assert len(words.words(body)) <= limit.max_words
            assert not limit.max_paragraphs or \
                len(words.paragraphs(body)) <= limit.max_paragraphs
        assert [note.rule for note in draft.warnings] == []
        assert (draft.subject is None) == (channel != "email")


# ------------------------------------------------------------------ tones


def _first_fitting(situation: str, channel: str, tone: str) -> Draft:
    """The first draft of the first sample that the situation applies to."""
    for path in sorted(SAMPLES.glob("*.yaml")):
        loaded = profile.load(path)
        options = Options(today=_today(situation, loaded), tone=tone, channel=channel,
                          every=situation == "thank-you")
        try:
            return drafting.compose(situation, loaded, options)[0]
        except NotApplicable:
            continue
    raise AssertionError(f"no sample fits {situation} {channel}")


SITUATION_CHANNELS = [(situation, "email") for situation in SITUATIONS] + [
    ("thank-you", "card"), ("check-in", "voicemail")]


@pytest.mark.parametrize(("situation", "channel"), SITUATION_CHANNELS,
                         ids=[f"{s}-{c}" for s, c in SITUATION_CHANNELS])
def test_tones_change_the_wording_not_only_the_greeting(situation: str, channel: str) -> None:
    bodies = {tone: words.split(_first_fitting(situation, channel, tone).body).body
              for tone in TONES}
    for first, second in itertools.combinations(TONES, 2):
        assert bodies[first] != bodies[second], (first, second)
    # brief is the shortest
    counts = {tone: len(words.words(body)) for tone, body in bodies.items()}
    assert counts["brief"] == min(counts.values()) and counts["brief"] < counts["standard"]


def test_brief_tone_halves_the_TY3_CI4_limits_and_keeps_CI7s() -> None:
    for (situation, channel), limit in LIMITS.items():
        brief = limit_for(situation, channel, "brief")
        assert brief is not None
        if limit.rule in BRIEF_HALVES:
            assert brief.max_words == round(limit.max_words / 2)
        else:
            assert brief == limit
    assert limit_for("thank-you", "email", "brief") == ("TY3", 75, 2)
    assert limit_for("thank-you", "card", "brief") == ("TY3", 45, None)
    assert limit_for("check-in", "email", "brief") == ("CI4", 60, None)
    assert limit_for("check-in", "voicemail", "brief") == ("CI7", 75, None)
    assert limit_for("thank-you", "email", "warm") == limit_for("thank-you")


def test_brief_tone_over_its_limit_warns_TY3(invoke: Any, tmp_path: Path) -> None:
    text = BIG_BEANZ.read_text("utf-8").replace(
        "learned: that new starters shadow customers for their first month",
        "learned: that new starters shadow customers for their first month, then spend a "
        "week with each of the sales, marketing and account management teams before they "
        "take on accounts of their own in the spring")
    path = tmp_path / "long.yaml"
    path.write_text(text, "utf-8")
    result = invoke("thank-you", path, "--today", "2026-11-17", "--tone", "brief")
    assert result.exit_code == 0
    assert result.stderr == "warning TY3: The body has 91 words; the brief tone's limit is 75. " \
                            "Trim it.\n"


def test_formal_is_the_default_for_traditional_style_TY6(invoke: Any) -> None:
    panel = SAMPLES / "panel-interview.yaml"
    default = invoke("check-in", panel, "--today", "2026-12-07")
    formal = invoke("check-in", panel, "--today", "2026-12-07", "--tone", "formal")
    standard = invoke("check-in", panel, "--today", "2026-12-07", "--tone", "standard")
    assert default.stdout == formal.stdout != standard.stdout
    assert "Dear Ms Ashworth," in formal.stdout and "Dear Margaret," in standard.stdout


def test_the_cli_offers_every_tone_and_channel() -> None:
    from followup.commands import draft

    assert draft.TONES == TONES and draft.CHANNELS == CHANNELS


# ------------------------------------------------------------------ the voicemail script (CI7)


@pytest.mark.parametrize("tone", TONES)
def test_CI7_voicemail_is_one_short_message_with_name_and_number_twice(tone: str) -> None:
    for path in ("big-beanz", "panel-interview", "competing-offer"):
        loaded = profile.load(SAMPLES / f"{path}.yaml")
        script = drafting.compose("check-in", loaded, Options(
            today=datetime.date(2026, 12, 7), tone=tone, channel="voicemail"))[0]
        assert script.subject is None and script.channel == "voicemail"
        assert script.body.count("\n") == 1  # one paragraph: one message
        assert len(words.words(script.body)) <= 75
        assert script.body.count(loaded.candidate.name) == 2
        assert script.body.count(str(loaded.candidate.phone)) == 2
        assert loaded.role in script.body


def test_CI7_voicemail_needs_the_candidates_phone(invoke: Any, tmp_path: Path) -> None:
    path = tmp_path / "no-phone.yaml"
    path.write_text(BIG_BEANZ.read_text("utf-8").replace('  phone: "+44 7700 900123"\n', ""),
                    "utf-8")
    result = invoke("check-in", path, "--channel", "voicemail", "--today", "2026-12-07")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}: A voicemail script says your phone number, and the profile has none. "
        "Add it under candidate:\n    phone: \"+44 7700 900123\"\n")


# ------------------------------------------------------------------ recruiter debrief (RC1, RC2)


def test_RC1_debrief_on_the_interview_day_RC2_ends_with_the_questions() -> None:
    draft = drafting.compose("recruiter-debrief", profile.load(BIG_BEANZ),
                             Options(today=datetime.date(2026, 11, 16)))[0]
    assert [str(person) for person in draft.to] == ["Sam Patel <sam.patel@talentbridge.example>"]
    body = words.split(draft.body).body
    assert "today's video interview with Priya Shah" in body
    last = words.paragraphs(body)[-1]
    assert "how many candidates" in last and "next round" in last


def test_RC2_debrief_names_every_interviewer(tmp_path: Path) -> None:
    text = (SAMPLES / "panel-interview.yaml").read_text("utf-8").replace(
        "style: traditional\n", "style: traditional\nrecruiter:\n  name: Kim Hart\n"
        "  email: kim@lawstaff.example\n  agency: LawStaff\n")
    path = tmp_path / "panel-agency.yaml"
    path.write_text(text, "utf-8")
    draft = drafting.compose("recruiter-debrief", profile.load(path),
                             Options(today=datetime.date(2026, 11, 18)))[0]
    assert draft.body.startswith(
        "Dear Kim Hart,\n\nPlease find below my feedback on today's interview with Margaret "
        "Ashworth, David Okafor and Helen Carter for the position of Trainee Solicitor at "
        "Ashworth & Lyle.")


@pytest.mark.parametrize(("edit", "message"), [
    (lambda text: text.replace("recruiter:\n  name: Sam Patel\n  email: sam.patel@talentbridge"
                               ".example\n  agency: TalentBridge\n", ""),
     "A recruiter debrief is for a recruiter at an agency, and the profile names no recruiter. "
     "Add one:\n    recruiter:\n      name: Sam Patel\n      email: sam.patel@talentbridge."
     "example\n      agency: TalentBridge"),
    (lambda text: text.replace("  agency: TalentBridge\n", ""),
     "A recruiter debrief is for a recruiter at an agency (RC2), and Sam Patel has no agency: "
     "in the profile. If they work for one, add it under recruiter:\n      agency: "
     "TalentBridge\nA recruiter at the company itself gets a thank-you note instead."),
], ids=["RC2-no-recruiter", "RC2-no-agency"])
def test_RC2_debrief_needs_an_agency_recruiter(invoke: Any, tmp_path: Path, edit: Any,
                                               message: str) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(edit(BIG_BEANZ.read_text("utf-8")), "utf-8")
    result = invoke("recruiter-debrief", path, "--today", "2026-11-16")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}: {message}\n"


# ------------------------------------------------------------------ withdraw


def test_withdraw_is_gracious_and_gives_no_reason(invoke: Any) -> None:
    result = invoke("withdraw", BIG_BEANZ)
    assert result.exit_code == 0
    assert "I have decided to withdraw my application" in result.stdout
    for reason in ("because", "another offer", "accepted", "salary", "unfortunately"):
        assert reason not in result.stdout.lower()
    assert result.stderr == ("tip: Once it is sent, set status: withdrawn in the profile, so "
                             "that no more follow-ups are suggested.\n")


def test_withdraw_with_an_offer_declines_it(tmp_path: Path) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text(BIG_BEANZ.read_text("utf-8").replace("status: waiting", "status: offer"),
                    "utf-8")
    draft = drafting.compose("withdraw", profile.load(path),
                             Options(today=datetime.date(2026, 11, 24)))[0]
    assert draft.subject == "Your offer: Business Development Graduate"
    assert "Thank you very much for offering me the Business Development Graduate role at Big " \
           "Beanz. After careful thought, I have decided not to accept it." in draft.body


def test_withdraw_after_a_rejection_is_not_applicable(invoke: Any) -> None:
    path = SAMPLES / "unsuccessful.yaml"
    result = invoke("withdraw", path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}: Northgate Analytics's status is 'unsuccessful': they have already "
        "decided, so there is nothing to withdraw. To ask for feedback: followup "
        "feedback-request.\n")


# ------------------------------------------------------------------ golden drafts

GOLDEN = [
    ("big-beanz", "recruiter-debrief", "2026-11-16", []),
    ("big-beanz", "withdraw", "2026-11-24", []),
    ("big-beanz", "check-in.voicemail", "2026-12-07", ["--channel", "voicemail"]),
    ("big-beanz", "thank-you.formal", "2026-11-17", ["--tone", "formal"]),
    ("big-beanz", "thank-you.warm", "2026-11-17", ["--tone", "warm"]),
    ("big-beanz", "thank-you.brief", "2026-11-17", ["--tone", "brief"]),
    ("big-beanz", "recruiter-debrief.brief", "2026-11-16", ["--tone", "brief"]),
    ("panel-interview", "thank-you.brief", "2026-11-19", ["--all", "--tone", "brief"]),
    ("panel-interview", "check-in.voicemail", "2026-12-07", ["--channel", "voicemail"]),
    ("panel-interview", "check-in.warm", "2026-12-14", ["--tone", "warm", "--attempt", "3"]),
    ("unsuccessful", "feedback-request.warm", "2026-11-24", ["--tone", "warm"]),
    ("competing-offer", "competing-offer.brief", "2026-11-24", ["--tone", "brief"]),
    ("competing-offer", "withdraw.formal", "2026-11-24", ["--tone", "formal"]),
]


@pytest.mark.parametrize(("sample", "name", "today", "extra"), GOLDEN,
                         ids=[f"{case[0]}-{case[1]}" for case in GOLDEN])
def test_golden_draft(invoke: Any, golden: Any, sample: str, name: str, today: str,
                      extra: list[str]) -> None:
    result = invoke(name.split(".")[0], SAMPLES / f"{sample}.yaml", "--today", today, *extra)
    assert result.exit_code == 0, result.stderr
    golden(f"drafts/{sample}.{name}.txt", result.stdout)
