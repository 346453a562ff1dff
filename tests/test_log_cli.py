"""followup sent, replied and log: whole outputs, exit codes, and the profile left alone."""

from __future__ import annotations

import datetime
import json
import shutil
import typing
from pathlib import Path
from typing import Any

import pytest

from followup import sentlog, vocabulary
from followup.commands import log as log_commands

from .conftest import SAMPLES


@pytest.fixture
def big_beanz(tmp_path: Path) -> Path:
    path = tmp_path / "big-beanz.yaml"
    shutil.copyfile(SAMPLES / "big-beanz.yaml", path)
    return path


@pytest.fixture
def panel(tmp_path: Path) -> Path:
    path = tmp_path / "ashworth.yaml"
    shutil.copyfile(SAMPLES / "panel-interview.yaml", path)
    return path


def _log(profile: Path) -> str:
    return profile.with_name(profile.stem + ".log.jsonl").read_text("utf-8")


def test_situations_spelt_out_for_help_are_the_drafting_ones() -> None:
    assert log_commands.SITUATIONS == vocabulary.SITUATIONS


def test_channels_spelt_out_for_help_are_the_log_ones() -> None:
    assert typing.get_args(sentlog.Channel) == log_commands.CONTACT_CHANNELS


# ---------------------------------------------------------------- sent


def test_sent_records_a_thank_you_and_leaves_the_profile_byte_for_byte(invoke: Any,
                                                                        big_beanz: Path) -> None:
    before = big_beanz.read_bytes()
    result = invoke("sent", big_beanz, "thank-you", "--date", "2026-11-16")
    assert (result.exit_code, result.stderr) == (0, "")
    log_file = big_beanz.with_name("big-beanz.log.jsonl")
    assert result.stdout == (f"Recorded in {log_file}: thank-you to Priya Shah by email on "
                             "2026-11-16.\n")
    assert _log(big_beanz) == ('{"date":"2026-11-16","event":"sent","situation":"thank-you",'
                               '"to":"Priya Shah"}\n')
    assert big_beanz.read_bytes() == before


@pytest.mark.parametrize(("situation", "extra", "to"), [
    ("check-in", [], "Sam Patel"),  # the recruiter, as drafting chooses
    ("check-in", ["--to", "shah"], "Priya Shah"),  # a surname, in any case
    ("recruiter-debrief", [], "Sam Patel"),
    ("feedback-request", ["--to", "Priya"], "Priya Shah"),
])
def test_sent_finds_the_recipient_as_drafting_does(invoke: Any, big_beanz: Path, situation: str,
                                                   extra: list[str], to: str) -> None:
    result = invoke("sent", big_beanz, situation, "--date", "2026-11-26", "--channel", "phone",
                    *extra)
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(f": {situation} to {to} by phone on 2026-11-26.\n")
    assert json.loads(_log(big_beanz)) == {"date": "2026-11-26", "event": "sent",
                                           "situation": situation, "to": to,
                                           "channel": "phone"}


def test_sent_thank_you_to_an_interviewer_of_an_earlier_round(invoke: Any, panel: Path) -> None:
    result = invoke("sent", panel, "thank-you", "--to", "Carter", "--date", "2026-10-28")
    assert result.exit_code == 0, result.output
    assert '"to":"Helen Carter"' in _log(panel)


def test_sent_thank_you_to_a_panel_needs_to(invoke: Any, panel: Path) -> None:
    result = invoke("sent", panel, "thank-you", "--date", "2026-11-19")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        f"Error: {panel}: Whom did the thank-you go to? The interview on 2026-11-18 had 3 "
        "interviewers (Margaret Ashworth, David Okafor, Helen Carter): record each note on "
        "its own, with --to NAME.\n")
    assert not panel.with_name("ashworth.log.jsonl").exists()


def test_sent_to_someone_not_in_the_profile_lists_who_is(invoke: Any, big_beanz: Path) -> None:
    result = invoke("sent", big_beanz, "check-in", "--to", "Bob")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: {big_beanz}: --to 'Bob' is not in the profile's recruiter "
                             "and interviewers. Names there: Sam Patel, Priya Shah.\n")
    assert not big_beanz.with_name("big-beanz.log.jsonl").exists()


def test_sent_a_name_that_fits_two_people_asks_for_the_full_name(invoke: Any,
                                                                  panel: Path) -> None:
    text = panel.read_text("utf-8").replace("name: David Okafor", "name: Helen Okafor")
    panel.write_text(text, "utf-8")
    result = invoke("sent", panel, "thank-you", "--to", "Helen")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {panel}: --to 'Helen' fits more than one person in the "
                             "profile's interviewers: Margaret Ashworth, Helen Okafor, Helen "
                             "Carter. Give the full name.\n")


def test_sent_an_unknown_situation(invoke: Any, big_beanz: Path) -> None:
    result = invoke("sent", big_beanz, "thanks")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "Usage: cli sent [OPTIONS] PROFILE SITUATION\n"
        "Try 'cli sent --help' for help.\n\n"
        "Error: Invalid value for 'SITUATION': 'thanks' is not one of 'thank-you', 'check-in', "
        "'feedback-request', 'competing-offer', 'recruiter-debrief', 'withdraw'.\n")


def test_sent_a_bad_date(invoke: Any, big_beanz: Path) -> None:
    result = invoke("sent", big_beanz, "thank-you", "--date", "16/11/2026")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith(
        "Error: Invalid value for '--date': '16/11/2026' is not a date: write it as "
        "YYYY-MM-DD, such as 2026-11-16.\n")


def test_sent_a_date_in_the_future(invoke: Any, big_beanz: Path) -> None:
    today = datetime.date.today()
    result = invoke("sent", big_beanz, "thank-you", "--date", "2999-01-01")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: --date 2999-01-01 is in the future (today is {today}): "
                             "record what has happened, once it has.\n")
    assert not big_beanz.with_name("big-beanz.log.jsonl").exists()


def test_sent_dates_it_today_by_default(invoke: Any, big_beanz: Path) -> None:
    before = datetime.date.today()
    result = invoke("sent", big_beanz, "thank-you")
    assert result.exit_code == 0, result.output
    recorded = json.loads(_log(big_beanz))["date"]
    assert recorded in {before.isoformat(), datetime.date.today().isoformat()}
    assert result.stdout.endswith(f"by email on {recorded}.\n")


def test_sent_with_a_broken_profile_writes_nothing(invoke: Any, big_beanz: Path) -> None:
    big_beanz.write_text(big_beanz.read_text("utf-8").replace("kind: video", "kind: zoom"),
                         "utf-8")
    result = invoke("sent", big_beanz, "thank-you", "--date", "2026-11-16")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (f"Error: {big_beanz}:20: interviews[0].kind: 'zoom' is not "
                             "allowed\n  Use one of: phone, video, in-person, "
                             "assessment-centre.\n")
    assert not big_beanz.with_name("big-beanz.log.jsonl").exists()


def test_sent_to_a_missing_profile(invoke: Any, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    result = invoke("sent", missing, "thank-you")
    assert result.exit_code == 2
    assert result.stderr == (f"Error: {missing}: no such file\n"
                             f"  Create one with: followup init {missing}\n")
    assert not (tmp_path / "nowhere.log.jsonl").exists()


# ---------------------------------------------------------------- replied


def test_replied_records_a_new_promised_date_CI12(invoke: Any, big_beanz: Path) -> None:
    before = big_beanz.read_bytes()
    result = invoke("replied", big_beanz, "--date", "2026-11-27", "--decision-by", "2026-12-04")
    assert (result.exit_code, result.stderr) == (0, "")
    log_file = big_beanz.with_name("big-beanz.log.jsonl")
    assert result.stdout == (f"Recorded in {log_file}: a reply on 2026-11-27, with a new "
                             "decision date of 2026-12-04 (CI12: check-ins now count from "
                             "it).\n")
    assert _log(big_beanz) == '{"date":"2026-11-27","event":"replied","decision_by":"2026-12-04"}\n'
    assert big_beanz.read_bytes() == before


def test_replied_without_a_new_date(invoke: Any, big_beanz: Path) -> None:
    result = invoke("replied", big_beanz, "--date", "2026-11-27")
    assert result.exit_code == 0
    assert result.stdout.endswith(": a reply on 2026-11-27.\n")
    assert _log(big_beanz) == '{"date":"2026-11-27","event":"replied"}\n'


def test_replied_a_promised_date_before_the_reply_is_refused_CI12(invoke: Any,
                                                                   big_beanz: Path) -> None:
    result = invoke("replied", big_beanz, "--date", "2026-11-27", "--decision-by", "2026-11-20")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == ("Error: --decision-by 2026-11-20 is before the reply (2026-11-27): "
                             "give the date they promised to get back by, on or after the "
                             "reply.\n")
    assert not big_beanz.with_name("big-beanz.log.jsonl").exists()


def test_replied_in_the_future(invoke: Any, big_beanz: Path) -> None:
    result = invoke("replied", big_beanz, "--date", "2999-01-01")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --date 2999-01-01 is in the future (today is ")


# ---------------------------------------------------------------- log


def _history(invoke: Any, profile: Path) -> None:
    for args in (["sent", profile, "check-in", "--date", "2026-11-26", "--channel", "phone"],
                 ["replied", profile, "--date", "2026-11-27", "--decision-by", "2026-12-04"],
                 ["sent", profile, "thank-you", "--date", "2026-11-16"]):  # recorded late
        assert invoke(*args).exit_code == 0


def test_log_shows_the_history_by_date(invoke: Any, big_beanz: Path) -> None:
    _history(invoke, big_beanz)
    result = invoke("log", big_beanz)
    assert (result.exit_code, result.stderr) == (0, "")
    log_file = big_beanz.with_name("big-beanz.log.jsonl")
    assert result.stdout == (
        f"{log_file}: 2 contacts, 1 reply\n"
        "Date        Event    Situation  To          Channel  New decision date\n"
        "2026-11-16  sent     thank-you  Priya Shah  email\n"
        "2026-11-26  sent     check-in   Sam Patel   phone\n"
        "2026-11-27  replied                                  2026-12-04\n")


def test_log_json_for_scripts(invoke: Any, big_beanz: Path) -> None:
    _history(invoke, big_beanz)
    result = invoke("log", big_beanz, "--json")
    assert (result.exit_code, result.stderr) == (0, "")
    assert json.loads(result.stdout) == {
        "profile": str(big_beanz),
        "log": str(big_beanz.with_name("big-beanz.log.jsonl")),
        "entries": [
            {"date": "2026-11-16", "event": "sent", "situation": "thank-you",
             "to": "Priya Shah", "channel": "email", "decision_by": None},
            {"date": "2026-11-26", "event": "sent", "situation": "check-in",
             "to": "Sam Patel", "channel": "phone", "decision_by": None},
            {"date": "2026-11-27", "event": "replied", "situation": None, "to": None,
             "channel": None, "decision_by": "2026-12-04"},
        ]}


def test_log_with_nothing_recorded(invoke: Any, big_beanz: Path) -> None:
    result = invoke("log", big_beanz)
    assert result.exit_code == 0
    assert result.stdout == (f"Nothing recorded for {big_beanz} yet. Record what you send "
                             f"with: followup sent {big_beanz} SITUATION\n")
    assert json.loads(invoke("log", big_beanz, "--json").stdout)["entries"] == []


def test_log_of_a_missing_profile(invoke: Any, tmp_path: Path) -> None:
    result = invoke("log", tmp_path / "nowhere.yaml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert f"Error: Invalid value for 'PROFILE': File '{tmp_path / 'nowhere.yaml'}' does not " \
           "exist." in result.stderr


def test_an_unfinished_line_is_a_warning_and_the_next_record_ends_it(invoke: Any,
                                                                      big_beanz: Path) -> None:
    assert invoke("sent", big_beanz, "thank-you", "--date", "2026-11-16").exit_code == 0
    log_file = big_beanz.with_name("big-beanz.log.jsonl")
    with log_file.open("ab") as log:
        log.write(b'{"date":"2026-11-26","ev')  # a crash mid-write
    warning = (f"warning: {log_file}:2: skipped an unfinished entry, left by a write that was "
               'interrupted: {"date":"2026-11-26","ev. If followup log does not show that '
               "contact, record it again; delete the line to stop this warning.\n")
    shown = invoke("log", big_beanz)
    assert (shown.exit_code, shown.stderr) == (0, warning)
    assert shown.stdout.endswith("\n2026-11-16  sent   thank-you  Priya Shah  email\n")
    again = invoke("sent", big_beanz, "check-in", "--date", "2026-11-26")
    assert (again.exit_code, again.stderr) == (0, warning)
    assert log_file.read_text("utf-8").splitlines()[1:] == [
        '{"date":"2026-11-26","ev',
        '{"date":"2026-11-26","event":"sent","situation":"check-in","to":"Sam Patel"}']
    assert invoke("log", big_beanz).stdout.count("\n2026-11-") == 2


def test_a_damaged_log_is_an_error_and_nothing_more_is_written(invoke: Any,
                                                                big_beanz: Path) -> None:
    log_file = big_beanz.with_name("big-beanz.log.jsonl")
    log_file.write_text('{"date":"2026-11-16","event":"sent","situation":"thank-you",'
                        '"to":"Priya Shah"}\n'
                        '{"date":"2026-11-26","event":"sent","situation":"chase"}\n', "utf-8")
    before = log_file.read_bytes()
    expected = (f"Error: {log_file}:2: situation: 'chase' is not a situation: use one of "
                "thank-you, check-in, feedback-request, competing-offer, recruiter-debrief, "
                "withdraw\n  Each line is one JSON object that followup sent or followup "
                "replied wrote: correct the line, or delete it and record that event again.\n")
    for args in (["log", big_beanz], ["sent", big_beanz, "check-in", "--date", "2026-11-27"],
                 ["replied", big_beanz, "--date", "2026-11-27"]):
        result = invoke(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", expected)
    assert log_file.read_bytes() == before


@pytest.mark.parametrize(("line", "field", "problem"), [
    ('{"date":"2026-11-26","event":"sent","situation":"check-in"}', "to",
     "a sent entry needs the person it went to, as the profile names them"),
    ('{"date":"2026-11-27","event":"replied","situation":"check-in"}', "situation",
     "a replied entry has no situation: it records a reply (and any new decision_by), and the "
     "contacts you made are sent entries"),
], ids=["sent-check-in-without-to", "replied-with-a-situation"])
def test_a_line_without_its_fields_is_an_error_exit_2(invoke: Any, big_beanz: Path, line: str,
                                                      field: str, problem: str) -> None:
    log_file = big_beanz.with_name("big-beanz.log.jsonl")
    log_file.write_text(line + "\n", "utf-8")
    expected = (f"Error: {log_file}:1: {field}: {problem}\n  Each line is one JSON object that "
                "followup sent or followup replied wrote: correct the line, or delete it and "
                "record that event again.\n")
    for args in (["log", big_beanz], ["plan", big_beanz, "--today", "2026-11-30"]):
        result = invoke(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", expected)


def test_sent_and_replied_refuse_a_log_two_profiles_would_share(invoke: Any,
                                                               big_beanz: Path) -> None:
    other = big_beanz.with_name("big-beanz.yml")
    shutil.copyfile(big_beanz, other)
    log_file = big_beanz.with_name("big-beanz.log.jsonl")
    expected = (f"Error: {log_file}: {big_beanz} and {other} would share this sent-log, and "
                "followup could not tell whose entries were whose\n  Rename one of the two "
                "profiles (or delete it, if it is an old copy); until then followup sent and "
                "replied record nothing for either.\n")
    for args in (["sent", big_beanz, "thank-you", "--date", "2026-11-16"],
                 ["sent", other, "thank-you", "--date", "2026-11-16"],
                 ["replied", other, "--date", "2026-11-16"]):
        result = invoke(*args)
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", expected)
    assert not log_file.exists()
    other.unlink()
    assert invoke("sent", big_beanz, "thank-you", "--date", "2026-11-16").exit_code == 0
