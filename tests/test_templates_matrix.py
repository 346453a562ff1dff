"""Every situation, tone and channel from every sample passes the checker, whichever
phrasings a profile's notes take; what tones and channels change; the new situations
(recruiter-debrief, withdraw) and the voicemail script."""

from __future__ import annotations

import datetime
import itertools
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from followup import check, drafting, profile, words
from followup.compose import render, situations, template_environment, template_names
from followup.compose.dialling import dialled
from followup.compose.situations import Options
from followup.draft import Draft
from followup.errors import NotApplicable
from followup.guidance.lengths import BRIEF_HALVES, LIMITS, LengthLimit, limit_for
from followup.guidance.timing import check_in_budget
from followup.vocabulary import CHANNELS, SITUATIONS, TONES

from .conftest import BUNDLED_PAIRS, ROOT, SAMPLES
from .isolation import assert_the_profiles_own_reason, drafted, load_once

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
# The day each situation is drafted on: the plan's day for it (the interview day for a
# recruiter debrief, RC1; the next day for thank-you notes, TY2), else after the
# promised dates have passed.
DAYS_AFTER_INTERVIEW = {"recruiter-debrief": 0, "thank-you": 1}
# Besides the samples, profiles that take the templates' other branches: an offer to
# decline, an agency recruiter for a panel, feedback that was not promised, no recruiter,
# and a profile with none of the optional fields.
VARIANTS = {
    "big-beanz-offer": ("big-beanz", "status: waiting", "status: offer"),
    "big-beanz-no-recruiter": ("big-beanz", "recruiter:\n  name: Sam Patel\n  email: "
                               "sam.patel@talentbridge.example\n  agency: TalentBridge\n", ""),
    "panel-interview-agency": ("panel-interview", "style: traditional\n",
                               "style: traditional\nrecruiter:\n  name: Kim Hart\n"
                               "  email: kim@lawstaff.example\n  agency: LawStaff\n"),
    "unsuccessful-not-promised": ("unsuccessful", "promised: true", "promised: false"),
}
BARE = """\
candidate: {name: Alex Kim, email: alex.kim@example.com, phone: "555 0100"}
company: Widgets Ltd
role: Analyst
recruiter: {name: Robin Fox, email: robin.fox@staffers.example, agency: Staffers}
interviews:
  - date: 2026-11-02
    kind: phone
    interviewers: [{name: Pat Lee, email: pat.lee@widgets.example}]
status: waiting
competing_offer: {company: Other Co, role: Analyst, deadline: 2026-12-10}
"""


STEMS = [*(path.stem for path in sorted(SAMPLES.glob("*.yaml"))), *VARIANTS, "bare"]


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each profile's file, by STEMS: the samples, and the variants above (written to a
    temporary folder to be loaded)."""
    folder = tmp_path_factory.mktemp("variants")
    texts = {name: (SAMPLES / f"{sample}.yaml").read_text("utf-8").replace(old, new)
             for name, (sample, old, new) in VARIANTS.items()} | {"bare": BARE}
    for name, text in texts.items():
        (folder / f"{name}.yaml").write_text(text, "utf-8")
    return {stem: (folder if stem in texts else SAMPLES) / f"{stem}.yaml" for stem in STEMS}


def _today(situation: str, loaded: profile.Profile) -> datetime.date:
    if situation in DAYS_AFTER_INTERVIEW:
        return loaded.latest_interview.date + datetime.timedelta(
            days=DAYS_AFTER_INTERVIEW[situation])
    return datetime.date(2026, 11, 30)


def _attempts(situation: str, loaded: profile.Profile) -> list[int | None]:
    """Check-ins: every attempt the interviews earn (CI8), the last one saying so (CI10)."""
    return list(range(1, check_in_budget(loaded) + 1)) if situation == "check-in" else [None]


Outcome = tuple[str, Options, tuple[Draft, ...] | str]


def _outcomes(stem: str, path: Path, situation: str, channel: str, tone: str) -> list[Outcome]:
    """One profile, situation, channel and tone, for each attempt: its name, its options,
    and the drafts or why there are none."""
    cases, loaded = [], load_once(path)
    for attempt in _attempts(situation, loaded):
        options = Options(today=_today(situation, loaded), every=situation == "thank-you",
                          tone=tone, channel=channel, attempt=attempt)
        name = f"{stem}/{situation}/{channel}/{tone}" + (f"/attempt-{attempt}" if attempt else "")
        cases.append((name, options, drafted(path, situation, options)))
    return cases


def _everything(profiles: dict[str, Path]) -> list[Outcome]:
    """Every profile, situation, channel and tone: the drafts, or why there are none."""
    return [case for (stem, path), situation, channel, tone in itertools.product(
                profiles.items(), SITUATIONS, CHANNELS, TONES)
            for case in _outcomes(stem, path, situation, channel, tone)]


def test_every_situation_channel_and_tone_renders_from_some_sample(
        profiles: dict[str, Path]) -> None:
    rendered = [name.split("/") for name, _, drafts in _everything(profiles)
                if not isinstance(drafts, str)]
    assert {tuple(parts[1:4]) for parts in rendered} == \
        {(*pair, tone) for pair in BUNDLED_PAIRS for tone in TONES}
    assert {parts[0] for parts in rendered} == set(STEMS)


def test_every_other_situation_and_channel_is_refused_with_the_way_to_add_it(
        profiles: dict[str, Path]) -> None:
    """The rest of situation x channel x tone: one sentence naming the channels that exist
    and the command that starts a template of one's own, never a traceback or a blank."""
    for name, options, outcome in _everything(profiles):
        situation = name.split("/")[1]
        refused = isinstance(outcome, str) and outcome.startswith("There is no ")
        if (situation, options.channel) in BUNDLED_PAIRS:
            assert not refused, name  # drafts, or a reason of the profile's own
            continue
        others = " or ".join(channel for channel in CHANNELS
                             if (situation, channel) in BUNDLED_PAIRS)
        assert outcome == (
            f"There is no {options.channel} template for {situation}. Use --channel {others}, "
            f"or write one: followup templates edit {situation}.{options.channel}"), name


# Every profile, and each situation and channel with a bundled template, in every tone.
MATRIX = [(stem, *pair, tone) for stem in STEMS for pair in BUNDLED_PAIRS for tone in TONES]


@pytest.mark.parametrize(("stem", "situation", "channel", "tone"), MATRIX,
                         ids=["/".join(case) for case in MATRIX])
def test_every_combination_passes_the_checker_and_the_length_limits_TY3_CI4_CI7(
        profiles: dict[str, Path], stem: str, situation: str, channel: str, tone: str) -> None:
    limit = limit_for(situation, channel, tone)  # the brief tone's halved limits included
    for name, _, drafts in _outcomes(stem, profiles[stem], situation, channel, tone):
        if isinstance(drafts, str):
            assert_the_profiles_own_reason(drafts)
            continue
        documents = [check.Document(name=draft.to[0].name, body=draft.body,
                                    subject=draft.subject, situation=situation,
                                    situation_from="given", channel=channel,
                                    to=tuple((person.name, person.email) for person in draft.to))
                     for draft in drafts]
        findings = check.check_all(documents, load_once(profiles[stem]))  # content rules too
        assert findings == [[] for _ in drafts], name
        for draft in drafts:
            body = words.split(draft.body).body
            if limit is not None:
                assert len(words.words(body)) <= limit.max_words, name
                assert not limit.max_paragraphs or \
                    len(words.paragraphs(body)) <= limit.max_paragraphs, name
            # G2: the formal tone greets by title and surname, and asks for a title the
            # sample does not give ("Dear Priya Shah,": add honorific:); nothing else.
            asked = [note for note in draft.warnings if note.rule == "G2" and tone == "formal"
                     and "title" in note.message]
            # TY4: the bare profile, with nothing of the conversation, is told so
            bare = [note for note in draft.warnings if stem == "bare" and note.rule == "TY4"
                    and "says nothing of your conversation" in note.message]
            assert [note.rule for note in draft.warnings
                    if note not in asked and note not in bare] == [], name
            assert (draft.subject is None) == (channel != "email"), name


# ------------------------------------------------------------------ every phrasing (TY5)

def _cycle(situation: str) -> int:
    """After this many variants the choices repeat: each list takes entry `variant % its
    length`, and the thank-you template has three orders (`variant % 3`)."""
    phrases = yaml.safe_load((ROOT / "templates" / "phrases.yaml").read_text("utf-8"))
    lists = [*phrases[situation].values(), *phrases["common"].values()]
    return math.lcm(3, *(len(options) for entry in lists
                         for options in (entry.values() if isinstance(entry, dict) else [entry])))


def _every_phrasing(profiles: dict[str, Path], situation: str, channel: str,
                    tone: str) -> list[tuple[str, profile.Profile, situations.Target, str,
                                             str | None]]:
    """The draft for every `variant` in a whole cycle, from every profile: every choice of
    phrasings a profile can get."""
    env = template_environment.make_environment(None)
    name = template_names.default_name(situation, channel)
    drafts = []
    for stem, path in profiles.items():
        loaded = load_once(path)
        for attempt in _attempts(situation, loaded):
            options = Options(today=_today(situation, loaded), every=situation == "thank-you",
                              tone=tone, channel=channel, attempt=attempt)
            try:
                targets = situations.targets(situation, loaded, options)
            except NotApplicable:
                continue
            for target, variant in itertools.product(targets, range(_cycle(situation))):
                alone = target.context | {"variant": variant, "panel": None}  # TY5 apart
                rendered = render.render(env, name, alone)
                drafts.append((f"{stem} variant {variant}", loaded, target, rendered.body,
                               rendered.subject))
    return drafts


COMBINATIONS = [(*pair, tone) for pair in BUNDLED_PAIRS for tone in TONES]


@pytest.mark.parametrize(("situation", "channel", "tone"), COMBINATIONS,
                         ids=["/".join(combination) for combination in COMBINATIONS])
def test_TY5_every_phrasing_a_profile_may_get_passes_the_checker(
        profiles: dict[str, Path], situation: str, channel: str, tone: str) -> None:
    """Which entry of each phrases.yaml list a draft takes depends on the profile (TY5, and
    the attempt for a check-in); whichever it takes, the draft passes the checker and its
    length limit, so that the samples do not pass by luck."""
    limit = limit_for(situation, channel, tone)
    drafts = _every_phrasing(profiles, situation, channel, tone)
    assert drafts
    for label, loaded, target, body, subject in drafts:
        document = check.Document(name=label, body=body, subject=subject, situation=situation,
                                  situation_from="given", channel=channel,
                                  to=tuple((person.name, person.email) for person in target.to))
        assert check.check_all([document], loaded) == [[]], (label, body)
        if limit is not None:
            assert len(words.words(words.split(body).body)) <= limit.max_words, (label, body)


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


@pytest.mark.parametrize(("situation", "channel"), BUNDLED_PAIRS,
                         ids=[f"{s}-{c}" for s, c in BUNDLED_PAIRS])
def test_tones_change_the_wording_not_only_the_greeting(situation: str, channel: str) -> None:
    bodies = {tone: words.split(_first_fitting(situation, channel, tone).body).body
              for tone in TONES}
    for first, second in itertools.combinations(TONES, 2):
        assert bodies[first] != bodies[second], (first, second)
    # brief is the shortest
    counts = {tone: len(words.words(body)) for tone, body in bodies.items()}
    assert counts["brief"] == min(counts.values()) and counts["brief"] < counts["standard"]


def test_brief_tone_about_halves_every_email(profiles: dict[str, Path]) -> None:
    """What --tone brief does to the drafts themselves, not only to the limits: every email
    comes out at most 60% of the standard tone's length (a card or a voicemail, already
    short and holding the name and number, shrinks less). Notes to a panel are measured
    together: each takes phrasings the notes before it did not (TY5), so one standard note
    may be short where another is long."""
    counts: dict[tuple[str, ...], dict[str, list[int]]] = {}
    for name, _, drafts in _everything(profiles):
        if isinstance(drafts, str):
            continue
        stem, situation, channel, tone, *attempt = name.split("/")
        counts.setdefault((stem, situation, channel, *attempt), {})[tone] = [
            len(words.words(words.split(draft.body).body)) for draft in drafts]
    emails = {case: tones for case, tones in counts.items() if case[2] == "email"}
    assert len(emails) > 20
    for case, tones in emails.items():
        assert len(tones["brief"]) == len(tones["standard"]), case
        assert sum(tones["brief"]) <= 0.6 * sum(tones["standard"]), (case, tones)


def test_brief_tone_halves_the_TY3_CI4_limits_and_keeps_CI7s() -> None:
    for (situation, channel), limit in LIMITS.items():
        brief = limit_for(situation, channel, "brief")
        assert brief is not None
        if limit.rule in BRIEF_HALVES:
            assert brief.max_words == round(limit.max_words / 2)
        else:
            assert brief == limit
    assert limit_for("thank-you", "email", "brief") == LengthLimit("TY3", 75, 2)
    assert limit_for("thank-you", "card", "brief") == LengthLimit("TY3", 45)
    assert limit_for("check-in", "email", "brief") == LengthLimit("CI4", 60)
    assert limit_for("check-in", "voicemail", "brief") == LengthLimit("CI7", 75)
    assert limit_for("thank-you", "email", "warm") == limit_for("thank-you")


def test_brief_tone_over_its_limit_warns_TY3(invoke: Any, tmp_path: Path) -> None:
    # A role of many words is in every sentence that names it: no part left out can save it.
    text = BIG_BEANZ.read_text("utf-8").replace(
        "role: Business Development Graduate",
        "role: Graduate Business Development Associate for Office Coffee Subscriptions, "
        "Corporate Catering Accounts, Vending Partnerships and Regional Wholesale Customers "
        "across the North West, the Midlands, Yorkshire, the North East, Cumbria, Scotland, "
        "Northern Ireland and the Isle of Man, reporting to the Head of Sales and the Board")
    path = tmp_path / "long.yaml"
    path.write_text(text, "utf-8")
    result = invoke("thank-you", path, "--today", "2026-11-17", "--tone", "brief")
    assert result.exit_code == 0
    over = [line for line in result.stderr.splitlines() if line.startswith("warning TY3")]
    assert len(over) == 1 and over[0].endswith(" words; the brief tone's limit is 75. Trim it.")
    assert int(over[0].split()[5]) > 75


def test_formal_is_the_default_for_traditional_style_TY6(invoke: Any) -> None:
    panel = SAMPLES / "panel-interview.yaml"
    default = invoke("check-in", panel, "--today", "2026-12-07")
    formal = invoke("check-in", panel, "--today", "2026-12-07", "--tone", "formal")
    standard = invoke("check-in", panel, "--today", "2026-12-07", "--tone", "standard")
    assert default.stdout == formal.stdout != standard.stdout
    # G2: the honorific the profile gives is kept in every tone at a traditional employer.
    assert "Dear Ms Ashworth," in formal.stdout and "Dear Ms Ashworth," in standard.stdout
    warm = invoke("check-in", panel, "--today", "2026-12-07", "--tone", "warm")
    assert "Dear Ms Ashworth," in warm.stdout


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
        # said as dialled at home: "07700 900123" for "+44 7700 900123"
        dialled_number = dialled(str(loaded.candidate.phone), loaded.country)
        assert dialled_number != loaded.candidate.phone or not loaded.country
        assert script.body.count(dialled_number) == 2
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
    # RC2; after what they said would happen, whether it holds (not "the next round")
    assert "how many candidates" in last and "whether that timing still holds" in last


def test_RC2_debrief_names_every_interviewer(tmp_path: Path) -> None:
    text = (SAMPLES / "panel-interview.yaml").read_text("utf-8").replace(
        "style: traditional\n", "style: traditional\nrecruiter:\n  name: Kim Hart\n"
        "  email: kim@lawstaff.example\n  agency: LawStaff\n")
    path = tmp_path / "panel-agency.yaml"
    path.write_text(text, "utf-8")
    draft = drafting.compose("recruiter-debrief", profile.load(path),
                             Options(today=datetime.date(2026, 11, 18)))[0]
    assert draft.body.startswith(
        "Dear Kim,\n\nPlease find below my feedback on today's interview with Margaret "
        "Ashworth, David Okafor and Helen Carter for the position of Trainee Solicitor at "
        "Ashworth & Lyle.")


def test_TY1_all_leaves_out_an_interviewer_with_no_name_and_no_address(
        invoke: Any, tmp_path: Path) -> None:
    """Round 17: --all wrote "Dear Workshop," and "Dear Sir or Madam," to people a note
    could not reach. It drafts for the others and says why not; --to still drafts for
    them, if the user asks."""
    path = tmp_path / "unnamed.yaml"
    path.write_text(BIG_BEANZ.read_text("utf-8").replace(
        "status: waiting\n", "      - name: Workshop Controller\nstatus: waiting\n"), "utf-8")
    result = invoke("thank-you", path, "--all", "--today", "2026-11-16")
    assert result.exit_code == 0
    assert [line for line in result.stdout.splitlines() if line.startswith("To:")] == [
        "To: Priya Shah <priya.shah@bigbeanz.example>"]
    assert ('warning TY1: No thank-you to "Workshop Controller": the profile has neither '
            "their name nor their email address. Ask Sam Patel for both") in result.stderr
    asked = invoke("thank-you", path, "--to", "Workshop Controller", "--today", "2026-11-16")
    assert "Dear Workshop Controller," in asked.stdout and "warning TY1" not in asked.stderr


def test_RC1_a_debrief_does_not_report_back_what_the_recruiter_is_noted_saying(
        tmp_path: Path) -> None:
    """Round 15: "They said I should hear by Friday" to Sam, whose own words the profile
    notes ("Sam: ..."); a check-in to Sam still says when the answer was due (CI11)."""
    text = BIG_BEANZ.read_text("utf-8").replace(
        "promise: let you know within a week when the face-to-face interview will be",
        "promise: \"Sam: decision w/in a week, prob sooner\"")
    path = tmp_path / "noted.yaml"
    path.write_text(text, "utf-8")
    loaded = profile.load(path)
    debrief = drafting.compose("recruiter-debrief", loaded,
                               Options(today=datetime.date(2026, 11, 16)))[0]
    assert "They said" not in debrief.body and "decision" not in debrief.body
    check_in = drafting.compose("check-in", loaded, Options(today=datetime.date(2026, 12, 1)))
    assert "I understand I was due to hear by Monday 23 November" in check_in[0].body


def test_RC1_a_debrief_to_a_recruiter_who_sat_on_the_panel_does_not_retell_it(
        tmp_path: Path) -> None:
    """Round 14: "We talked about ..." to the recruiter who was in the room; and a role
    for a name keeps its article and acronym ("the GM", not "GM")."""
    text = BIG_BEANZ.read_text("utf-8").replace(
        "status: waiting\n", "      - name: the GM (did not catch her name)\n"
        "      - name: Sam Patel\n        email: sam.patel@talentbridge.example\n"
        "status: waiting\n")
    path = tmp_path / "recruiter-on-panel.yaml"
    path.write_text(text, "utf-8")
    draft = drafting.compose("recruiter-debrief", profile.load(path),
                             Options(today=datetime.date(2026, 11, 16)))[0]
    assert words.split(draft.body).body.split("\n\n")[0] == (
        "Thank you for setting up today's video interview with Priya Shah and the GM for the "
        "Business Development Graduate role at Big Beanz; I wanted to let you know how it "
        "went. I enjoyed the conversation and came away very interested in the role. They "
        "said they would let me know within a week when the face-to-face interview will be.")
    alone = drafting.compose("recruiter-debrief", profile.load(BIG_BEANZ),
                             Options(today=datetime.date(2026, 11, 16)))[0]
    assert "We talked about the plan to sell office coffee subscriptions" in alone.body


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
    assert result.stderr == ("note: Once it is sent, set status: withdrawn in the profile, "
                             "so that no more follow-ups are suggested.\n")


def test_withdraw_with_an_offer_declines_it(invoke: Any, golden: Any, tmp_path: Path) -> None:
    path = tmp_path / "offer.yaml"
    path.write_text(BIG_BEANZ.read_text("utf-8").replace("status: waiting", "status: offer"),
                    "utf-8")
    result = invoke("withdraw", path, "--today", "2026-11-24")
    assert result.exit_code == 0, result.stderr
    # To the agency recruiter, who passed the offer on: the offer is the client's.
    assert "\nSubject: Declining the offer: Business Development Graduate\n" in result.stdout
    assert "Thank you for all your help with the Business Development Graduate role at Big " \
           "Beanz, and for passing on their offer. After careful thought, I have decided not " \
           "to accept it." in result.stdout
    golden("drafts/big-beanz-offer.withdraw.txt", result.stdout)
    # To the company itself, the offer was theirs.
    direct = invoke("withdraw", path, "--today", "2026-11-24", "--to", "Priya")
    assert "\nSubject: Your offer: Business Development Graduate\n" in direct.stdout
    assert "Thank you very much for offering me the Business Development Graduate role at Big " \
           "Beanz. After careful thought, I have decided not to accept it." in direct.stdout


def test_withdraw_after_a_rejection_is_not_applicable(invoke: Any) -> None:
    path = SAMPLES / "unsuccessful.yaml"
    result = invoke("withdraw", path)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {path}: Northgate Analytics' status is 'unsuccessful': they have already "
        "decided, so there is nothing to withdraw. To ask for feedback: followup "
        "feedback-request.\n")

