"""`followup plan` on the command line, its calendar file, and drafting that respects it."""

from __future__ import annotations

import datetime
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from followup import drafting, profile, sentlog, workdays
from followup.compose.situations import Options
from followup.handoff import format_drafts
from followup.sentlog import Entry

from .conftest import FROZEN, ROOT, SAMPLES

SAMPLE_NAMES = sorted(path.stem for path in SAMPLES.glob("*.yaml"))
BIG_BEANZ = SAMPLES / "big-beanz.yaml"


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


@pytest.fixture
def in_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative paths, so that the golden files do not hold this machine's folders."""
    monkeypatch.chdir(ROOT)


@pytest.fixture
def own_copy(tmp_path: Path) -> Any:
    """own_copy(sample, to=NAME): a sample profile in a folder of the test's own."""
    def make(sample: str, to: str | None = None) -> Path:
        target = tmp_path / "apps" / (to or f"{sample}.yaml")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SAMPLES / f"{sample}.yaml", target)
        return target
    return make


def record(path: Path, date: str, situation: str, to: str) -> None:
    sentlog.append(path, Entry(date=day(date), event="sent", situation=situation, to=to))


# ---------------------------------------------------------------- output


@pytest.mark.parametrize("sample", SAMPLE_NAMES)
def test_plan_json_of_every_sample(invoke: Any, golden: Any, in_repository: None,
                                   sample: str) -> None:
    result = invoke("plan", f"sample_profiles/{sample}.yaml", "--json", "--today", FROZEN)
    assert (result.exit_code, result.stderr) == (0, "")
    golden(f"plan/{sample}.json", result.stdout)
    applications = json.loads(result.stdout)
    assert [list(application) for application in applications] == \
        [["profile", "company", "role", "steps", "advice"]]
    assert {tuple(step) for step in applications[0]["steps"]} == \
        {("situation", "to", "status", "earliest", "latest", "rule", "reason")}


def test_plan_table_of_the_samples_folder(invoke: Any, golden: Any, in_repository: None) -> None:
    result = invoke("plan", "sample_profiles", "--today", FROZEN)
    assert (result.exit_code, result.stderr) == (0, "")
    golden("plan/samples.txt", result.stdout)
    statuses = [line.split()[0] for line in result.stdout.splitlines()[1:] if line.strip()][:-1]
    assert statuses == sorted(statuses, key=["late", "due", "upcoming"].index)


def test_plan_table_follows_the_sent_log(invoke: Any, own_copy: Any) -> None:
    path = own_copy("big-beanz")
    for situation, to in (("thank-you", "Priya"), ("recruiter-debrief", "Sam")):
        assert invoke("sent", path, situation, "--to", to, "--date", "2026-11-16").exit_code == 0
    record(path, "2026-11-26", "check-in", "Sam Patel")
    result = invoke("plan", path, "--today", "2026-12-02")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "STATUS    FROM        BY          APPLICATION  SEND               TO          RULE  WHY\n"
        "upcoming  2026-12-03  2026-12-03  Big Beanz    move-on            -           CI9   "
        "The 1 check-in the interviews earn is sent (CI8): if nothing comes by 2026-12-03, "
        "move on.\n"
        "done      2026-11-16  2026-11-17  Big Beanz    thank-you          Priya Shah  TY2   "
        "Sent on 2026-11-16.\n"
        "done      2026-11-16  2026-11-16  Big Beanz    recruiter-debrief  Sam Patel   RC1   "
        "Sent on 2026-11-16.\n"
        "done      2026-11-26  2026-11-30  Big Beanz    check-in           Sam Patel   CI11  "
        "Sent on 2026-11-26.\n"
        "\n"
        "1 application: 1 upcoming, 3 done.\n")
    moved_on = invoke("plan", path, "--today", "2026-12-03", "--json")
    first = json.loads(moved_on.stdout)[0]["steps"][0]
    assert (first["situation"], first["status"], first["rule"]) == ("move-on", "move-on", "CI9")


def test_tables_align_every_column_but_the_last() -> None:
    """The one table layout of plan, log and templates list."""
    from followup.commands.table import aligned

    assert aligned([("STATUS", "TO", "WHY"), ("due", "Priya Shah", "Thank her."),
                    ("move-on", "-", "")]) == [
        "STATUS   TO          WHY",
        "due      Priya Shah  Thank her.",
        "move-on  -"]


def test_plan_CI12_a_reply_with_a_new_date(invoke: Any, own_copy: Any) -> None:
    path = own_copy("big-beanz")
    record(path, "2026-11-26", "check-in", "Sam Patel")
    assert invoke("replied", path, "--date", "2026-11-27", "--decision-by", "2026-12-04"
                  ).exit_code == 0
    result = invoke("plan", path, "--today", "2026-12-07", "--json")
    check_in = [step for step in json.loads(result.stdout)[0]["steps"]
                if step["situation"] == "check-in" and step["status"] != "done"]
    assert check_in == [{
        "situation": "check-in", "to": "Sam Patel", "status": "due", "earliest": "2026-12-07",
        "latest": "2026-12-11", "rule": "CI12",
        "reason": "They replied on 2026-11-27 with a new date, 2026-12-04: follow up several "
                  "days after it. Check-in 1 of 1 (CI8), the last (CI10)."}]


# ---------------------------------------------------------------- folders and errors


def test_folder_scan_reports_a_broken_profile_and_plans_the_others(invoke: Any, own_copy: Any,
                                                                   tmp_path: Path) -> None:
    apps = tmp_path / "apps"
    own_copy("big-beanz")
    shared = apps / "shared" / "maya.yaml"  # a candidate file that profiles share
    shared.parent.mkdir()
    shared.write_text("name: Maya Chen\nemail: maya.chen@example.com\n", "utf-8")
    lumen = own_copy("competing-offer", "2027/lumen.yml")
    text = lumen.read_text("utf-8")
    start, end = text.index("candidate:"), text.index("company:")
    lumen.write_text(text[:start] + "candidate: ../shared/maya.yaml\n" + text[end:], "utf-8")
    northgate = own_copy("unsuccessful", "northgate.yaml")
    text = northgate.read_text("utf-8")
    start, end = text.index("candidate:"), text.index("company:")
    northgate.write_text(f'{text[:start]}candidate: "{shared}"  # the same person\n{text[end:]}',
                         "utf-8")
    broken = own_copy("big-beanz", "zz/broken.yaml")
    broken.write_text(broken.read_text("utf-8").replace("kind: video", "kind: zoom"), "utf-8")
    record(apps / "big-beanz.yaml", "2026-11-16", "thank-you", "Priya Shah")
    (apps / ".hidden.yaml").write_text("not: a profile\n", "utf-8")
    (apps / "notes.txt").write_text("call Sam on Monday\n", "utf-8")

    result = invoke("plan", apps, "--today", FROZEN, "--json")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {broken}:20: interviews[0].kind: 'zoom' is not allowed\n"
        "  Use one of: phone, video, in-person, assessment-centre.\n"
        "1 profile could not be planned.\n")
    planned = json.loads(result.stdout)
    assert [(item["profile"], item["company"]) for item in planned] == [
        (str(apps / "big-beanz.yaml"), "Big Beanz"), (str(northgate), "Northgate Analytics"),
        (str(lumen), "Lumen Health")]
    assert [step["status"] for step in planned[0]["steps"]
            if step["situation"] == "thank-you"] == ["done"]


def test_a_broken_shared_candidate_file_is_reported_through_its_profile(
        invoke: Any, own_copy: Any, tmp_path: Path) -> None:
    profile_path = own_copy("big-beanz")
    text = profile_path.read_text("utf-8")
    start, end = text.index("candidate:"), text.index("company:")
    profile_path.write_text(text[:start] + "candidate: me.yaml\n" + text[end:], "utf-8")
    me = tmp_path / "apps" / "me.yaml"
    me.write_text("name: Jordan Lee\nemail: not-an-address\n", "utf-8")
    result = invoke("plan", tmp_path / "apps", "--today", FROZEN)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {me}:2: candidate.email: 'not-an-address' is not a valid email\n"
        "  Write a full address, such as jordan.lee@example.com.\n"
        "1 profile could not be planned.\n")


def test_folder_scan_reports_two_profiles_that_would_share_a_log(invoke: Any, own_copy: Any,
                                                                  tmp_path: Path) -> None:
    """x.yaml and x.yml would share x.log.jsonl: with no log yet, both are planned and the
    clash is a warning, said once; once a log exists, whose it is cannot be told: both are
    errors (exit 2), and the other profiles are still planned."""
    yaml_file = own_copy("big-beanz", "acme.yaml")
    yml_file = own_copy("panel-interview", "acme.yml")
    own_copy("unsuccessful")
    log_file = tmp_path / "apps" / "acme.log.jsonl"
    result = invoke("plan", tmp_path / "apps", "--today", FROZEN, "--json")
    assert result.exit_code == 0
    assert result.stderr == (
        f"warning: {log_file}: {yaml_file} and {yml_file} would share this sent-log, and "
        "followup could not tell whose entries were whose. Rename one of the two profiles (or "
        "delete it, if it is an old copy); until then followup sent and replied record nothing "
        "for either.\n")
    assert [item["company"] for item in json.loads(result.stdout)] == \
        ["Big Beanz", "Ashworth & Lyle", "Northgate Analytics"]

    log_file.write_text('{"date":"2026-11-16","event":"replied"}\n', "utf-8")
    shared = invoke("plan", tmp_path / "apps", "--today", FROZEN, "--json")
    assert shared.exit_code == 2
    error = (f"Error: {log_file}: {yaml_file} and {yml_file} share this sent-log, so followup "
             "cannot tell whose entries these are\n  Rename the profile that these entries are "
             "not for (or delete it, if it is an old copy); until then neither is planned, and "
             "followup sent and replied record nothing for either.\n")
    assert shared.stderr == f"{error}{error}2 profiles could not be planned.\n"
    assert [item["company"] for item in json.loads(shared.stdout)] == ["Northgate Analytics"]


@pytest.mark.parametrize(("target", "message"), [
    ("missing.yaml", "Error: {path}: no such file\n  Create one with: followup init {path}\n"),
    ("empty", "Error: {path}: no profiles (*.yaml, *.yml) in this folder. Start one with: "
              "followup init {path}/company.yaml\n"),
])
def test_bad_target_exit_2(invoke: Any, tmp_path: Path, target: str, message: str) -> None:
    path = tmp_path / target
    if target == "empty":
        path.mkdir()
    result = invoke("plan", path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == message.format(path=path)


@pytest.fixture
def fresh_holidays() -> Iterator[None]:
    workdays._public_holidays.cache_clear()
    yield
    workdays._public_holidays.cache_clear()


def test_G5_unknown_country_names_file_line_and_field(invoke: Any, own_copy: Any,
                                                     fresh_holidays: None) -> None:
    path = own_copy("big-beanz")
    path.write_text(path.read_text("utf-8").replace("country: GB", "country: ZZ"), "utf-8")
    result = invoke("plan", path, "--today", FROZEN)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {path}:13: country: no public holidays are known for 'ZZ'\n"
        "  Use the country's ISO 3166 code, such as GB or US, or remove country: to count "
        "weekends only.\n")


def test_G5_holidays_package_missing(invoke: Any, monkeypatch: pytest.MonkeyPatch,
                                     fresh_holidays: None) -> None:
    monkeypatch.setitem(sys.modules, "holidays", None)
    result = invoke("plan", BIG_BEANZ, "--today", FROZEN)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {BIG_BEANZ}:13: country: GB's public holidays (G5) need the holidays package, "
        "which is not installed\n  Install it: pip install holidays, or remove "
        "country: to count weekends only.\n")


# ---------------------------------------------------------------- G3: --ics


def _events(path: Path) -> list[Any]:
    from icalendar import Calendar

    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_G3_ics_one_event_per_due_or_upcoming_step(invoke: Any, tmp_path: Path,
                                                   in_repository: None) -> None:
    ics = tmp_path / "followup.ics"
    result = invoke("plan", "sample_profiles", "--today", FROZEN, "--ics", ics)
    assert result.exit_code == 0
    assert result.stderr == f"Wrote {ics}: 5 reminders.\n"
    table = invoke("plan", "sample_profiles", "--today", FROZEN).stdout
    assert result.stdout == table
    pending = [line.split() for line in table.splitlines()
               if line.startswith(("due ", "upcoming "))]
    events = _events(ics)
    assert len(events) == len(pending) == 5
    assert len({str(event["uid"]) for event in events}) == 5
    summaries = {str(event["summary"]): event for event in events}
    check_in = summaries["Big Beanz: send the check-in to Sam Patel"]
    assert check_in.decoded("dtstart") == day("2026-11-26")  # upcoming: its first day
    assert check_in.decoded("dtend") == day("2026-11-27")  # all day
    alarm = check_in.subcomponents[0]
    assert (str(alarm["action"]), alarm.decoded("trigger")) == \
        ("DISPLAY", datetime.timedelta(hours=9))
    assert str(check_in["description"]).endswith(
        "(CI11)\nWhen: from 2026-11-26 to 2026-11-30.\n"
        f"Draft it: followup check-in {ROOT / 'sample_profiles' / 'big-beanz.yaml'}")
    feedback = summaries["Northgate Analytics: send the feedback-request to Tom Becker"]
    assert feedback.decoded("dtstart") == FROZEN  # due: remind today


def test_G3_ics_uids_are_stable_and_bytes_reproducible(invoke: Any, tmp_path: Path,
                                                       in_repository: None) -> None:
    first, second, later = (tmp_path / name for name in ("1.ics", "2.ics", "later.ics"))
    invoke("plan", "sample_profiles", "--today", FROZEN, "--ics", first)
    invoke("plan", "sample_profiles", "--today", FROZEN, "--ics", second)
    assert first.read_bytes() == second.read_bytes()
    invoke("plan", "sample_profiles", "--today", "2026-11-25", "--ics", later)
    uids = {str(event["summary"]): str(event["uid"]) for event in _events(first)}
    moved = {str(event["summary"]): str(event["uid"]) for event in _events(later)}
    assert moved == uids  # the same steps are pending a day later: the same events


def test_G3_ics_never_overwritten_without_force(invoke: Any, tmp_path: Path) -> None:
    ics = tmp_path / "calendar" / "followup.ics"
    ics.parent.mkdir()
    ics.write_text("mine\n", "utf-8")
    refused = invoke("plan", BIG_BEANZ, "--today", FROZEN, "--ics", ics)
    assert (refused.exit_code, refused.stdout) == (1, "")
    assert refused.stderr == (f"Error: {ics} already exists. Use --force to overwrite it, or "
                              "choose another --ics file.\n")
    assert ics.read_text("utf-8") == "mine\n"
    forced = invoke("plan", BIG_BEANZ, "--today", FROZEN, "--ics", ics, "--force")
    assert forced.exit_code == 0 and len(_events(ics)) == 1
    assert [path.name for path in ics.parent.iterdir()] == ["followup.ics"]  # no temporary


def test_G3_ics_without_icalendar(invoke: Any, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    ics = tmp_path / "followup.ics"
    result = invoke("plan", BIG_BEANZ, "--today", FROZEN, "--ics", ics)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("Error: --ics needs the icalendar package, which is not "
                             "installed. Install it: pip install icalendar\n")
    assert not ics.exists()


# ---------------------------------------------------------------- drafting respects the plan


@pytest.mark.parametrize(("today", "exit_code"), [("2026-11-25", 1), ("2026-11-26", 0)],
                         ids=["G4-CI11-day-before-refused", "G4-CI11-first-day-drafted"])
def test_G4_check_in_refused_before_it_is_due(invoke: Any, today: str, exit_code: int) -> None:
    result = invoke("check-in", BIG_BEANZ, "--today", today)
    assert result.exit_code == exit_code
    if exit_code:
        assert result.stdout == ""
        assert result.stderr == (
            f"Error: {BIG_BEANZ}: too early for a check-in with Big Beanz: it is due from "
            "2026-11-26.\n  CI11: The step promised by 2026-11-23 has not come: ask several "
            "days after it; you may have slipped through a crack. Check-in 1 of 1 (CI8), the "
            "last (CI10).\n  A day or two of silence is not bad news (G4). To draft it anyway, "
            "add --ignore-timing.\n")
    else:
        assert result.stdout.startswith("To: Sam Patel <sam.patel@talentbridge.example>\n")


def test_G4_ignore_timing_drafts_it_unchanged(invoke: Any) -> None:
    result = invoke("check-in", BIG_BEANZ, "--today", "2026-11-24", "--ignore-timing")
    assert (result.exit_code, result.stderr) == (0, "")
    drafts = drafting.compose("check-in", profile.load(BIG_BEANZ),
                              Options(today=FROZEN, attempt=1))
    assert result.stdout == format_drafts(drafts, "text", many=False)


def test_G4_CI6_attempt_defaults_to_the_next_from_the_log(invoke: Any, own_copy: Any) -> None:
    path = own_copy("panel-interview")  # three check-ins earned (CI8)
    record(path, "2026-12-07", "check-in", "Margaret Ashworth")
    early = invoke("check-in", path, "--today", "2026-12-10")
    assert early.exit_code == 1
    assert early.stderr.startswith(
        f"Error: {path}: too early for a check-in with Ashworth & Lyle: it is due from "
        "2026-12-14.\n  CI6: Check-in 1 on 2026-12-07 is unanswered: space the next a week to "
        "ten days after it. Check-in 2 of 3 (CI8), the last unless they answer (CI9, CI10).\n")
    default = invoke("check-in", path, "--today", "2026-12-14")
    second = invoke("check-in", path, "--today", "2026-12-14", "--attempt", "2")
    first = invoke("check-in", path, "--today", "2026-12-14", "--attempt", "1")
    assert default.exit_code == second.exit_code == first.exit_code == 0
    assert default.stdout == second.stdout != first.stdout


@pytest.mark.parametrize("final", [True, False], ids=["CI10-worded-last", "CI10-not-last"])
def test_CI9_CI10_the_second_unanswered_check_in_is_worded_as_the_last(
        invoke: Any, own_copy: Any, final: bool) -> None:
    """Three check-ins earned (CI8), but two unanswered ones mean moving on (CI9): the
    second is the last, and says so (CI10), unless they answered the first."""
    path = own_copy("panel-interview")
    record(path, "2026-12-07", "check-in", "Margaret Ashworth")
    if not final:
        sentlog.append(path, Entry(date=day("2026-12-08"), event="replied"))
    result = invoke("check-in", path, "--today", "2026-12-18")
    assert (result.exit_code, result.stderr) == (0, "")
    drafts = drafting.compose("check-in", profile.load(path),
                              Options(today=datetime.date(2026, 12, 18), attempt=2,
                                      final=final))
    assert result.stdout == format_drafts(drafts, "text", many=False)
    other = drafting.compose("check-in", profile.load(path),
                             Options(today=datetime.date(2026, 12, 18), attempt=2,
                                     final=not final))
    assert drafts[0].body != other[0].body


def test_CI9_two_unanswered_check_ins_warn_to_move_on(invoke: Any, own_copy: Any) -> None:
    path = own_copy("panel-interview")
    record(path, "2026-12-07", "check-in", "Margaret Ashworth")
    record(path, "2026-12-15", "check-in", "Margaret Ashworth")
    result = invoke("check-in", path, "--today", "2026-12-23")
    assert result.exit_code == 0
    assert result.stderr == ("warning CI9: The plan says to move on: 2 check-ins are "
                             "unanswered: if nothing comes by 2026-12-22, move on.\n")


def test_CI9_a_check_in_past_the_budget_is_drafted_with_a_warning(invoke: Any,
                                                                  own_copy: Any) -> None:
    path = own_copy("big-beanz")
    record(path, "2026-11-26", "check-in", "Sam Patel")
    result = invoke("check-in", path, "--today", "2026-12-07")
    assert result.exit_code == 0
    assert result.stderr == ("warning CI9: This would be check-in 2, past the 1 that the "
                             "interviews earn (CI8): the guidance says to move on.\n")


@pytest.mark.parametrize(("today", "warned"), [("2026-11-17", False), ("2026-11-18", True)],
                         ids=["TY2-last-day", "TY2-day-after-late"])
def test_TY2_late_thank_you_is_drafted_with_a_warning(invoke: Any, today: str,
                                                      warned: bool) -> None:
    result = invoke("thank-you", BIG_BEANZ, "--today", today)
    assert result.exit_code == 0
    assert result.stdout.startswith("To: Priya Shah <priya.shah@bigbeanz.example>\n")
    assert result.stderr == ("warning TY2: This thank-you is late: the interview was on "
                             "2026-11-16, and a thank-you is best sent by 2026-11-17. Send it "
                             "all the same, briefly.\n" if warned else "")
    as_json = invoke("thank-you", BIG_BEANZ, "--today", today, "--format", "json")
    assert [note["rule"] for note in json.loads(as_json.stdout)["warnings"]] == \
        (["TY2"] if warned else [])


# ---------------------------------------------------------------- performance


@pytest.mark.slow
def test_a_thousand_profiles_are_planned_in_seconds(tmp_path: Path) -> None:
    """Under a second on a quiet machine here; the bound is loose, for slower ones. Half the
    profiles share a candidate file, which sits in the folder and is not a profile."""
    folder = tmp_path / "apps"
    (folder / "shared").mkdir(parents=True)
    (folder / "shared" / "me.yaml").write_text("name: Jordan Lee\nemail: jordan.lee@example.com\n",
                                              "utf-8")
    texts = [path.read_text("utf-8") for path in sorted(SAMPLES.glob("*.yaml"))]
    for number in range(1000):
        group = folder / f"group-{number % 10}"
        group.mkdir(exist_ok=True)
        text = texts[number % len(texts)].replace("company: ", f"company: No. {number} ", 1)
        if number % 2:
            start, end = text.index("candidate:"), text.index("company:")
            text = f"{text[:start]}candidate: ../shared/me.yaml\n{text[end:]}"
        (group / f"application-{number:04d}.yaml").write_text(text, "utf-8")
    command = [sys.executable, "-m", "followup", "plan", str(folder), "--json",
               "--today", str(FROZEN)]
    subprocess.run(command, capture_output=True, check=True)  # holidays into the cache
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, check=True)
    elapsed = time.perf_counter() - start
    assert len(json.loads(result.stdout)) == 1000
    assert result.stderr == b""
    assert elapsed < 6, f"{elapsed:.2f} s"
