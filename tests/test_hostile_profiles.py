"""Hostile and unusual input in profiles, candidate files, sent-logs, settings and dates
(issue 10): each ends in one message naming the file (and line and field where there is
one) with the fix, exit code 2, and soon; never a traceback, never "internal error".

The profiles are written here, in the shape of sample_profiles/big-beanz.yaml.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest

TODAY = "2026-11-17"
PROFILE = """\
candidate:
  name: Casey Morgan
  email: casey.morgan@example.com
  phone: "+44 7700 900456"
company: Harbour Tiles
role: Junior Buyer
style: standard
recruiter:
  name: Alex Reid
  email: alex.reid@hireline.example
  agency: Hireline
interviews:
  - date: 2026-11-16
    kind: video
    decision_by: 2026-11-23
    promise: let you know about the second round within a week
    interviewers:
      - name: Morgan Blake
        email: morgan.blake@harbourtiles.example
        title: Head of Buying
        discussed: the move to local suppliers
        learned: that buyers visit each supplier twice a year
        question: how the team plans the spring range
status: waiting
"""
CANDIDATE = "name: Casey Morgan\nemail: casey.morgan@example.com\n"
SHARED = ("candidate:\n  name: Casey Morgan\n  email: casey.morgan@example.com\n"
          '  phone: "+44 7700 900456"\n', "candidate: me.yaml\n")

# A "billion laughs": 9 levels of 10 aliases each, 10^9 values once expanded.
BOMB = "x0: &x0 [" + ", ".join(["ha"] * 10) + "]\n" + "".join(
    f"x{level}: &x{level} [{', '.join([f'*x{level - 1}'] * 10)}]\n" for level in range(1, 9))
BIG = "# " + "padding " * 40_000 + "\n"  # 320 KB, over the 256 KB limit
FIFO, FOLDER = "<fifo>", "<folder>"  # file contents that make a named pipe or a folder
LOG = "p.log.jsonl"
SETTINGS = "followup-home/settings.yaml"


class Case(NamedTuple):
    id: str
    edit: tuple[str, str] | None  # (old, new) in PROFILE, written as p.yaml
    message: str  # stderr after "Error: ", with {p} for the profile and {dir} its folder
    files: dict[str, str] = {}  # noqa: RUF012 (never changed) more files beside p.yaml
    args: tuple[str, ...] = ("thank-you", "{p}", "--today", TODAY)


BLANK = ("is blank: it holds only spaces or invisible characters\n"
         "  Give it a value, or leave the field out if it is optional.")
CONTROL = ("contains the control character U+{}\n  Remove it (it may have come in with "
           "pasted text): it could break an email header or a file name, or show the name in "
           "another order than written.")
ENCODED = ("contains an encoded word (=?...?=)\n  Write the text itself: a mail program would "
           "show =?...?= decoded, as other text than the profile's.")
EMAIL = "is not a valid email{}\n  Write a full address, such as jordan.lee@example.com."
DATE = ("{} is outside the dates followup plans with (1900-01-01 to 2999-12-31)\n"
        "  Check the year: write dates as YYYY-MM-DD, such as 2026-11-16.")
OPTION = ("Invalid value for '{}': {} is outside the dates followup plans with (1900-01-01 "
          "to 2999-12-31): check the year.")
LOG_FIX = ("\n  Each line is one JSON object that followup sent or followup replied wrote: "
           "correct the line, or delete it and record that event again.")
SPECIAL = "\n  Give the path of the {0} itself: followup reads only regular files."
TOO_BIG = ("is larger than 256 KB, the limit for a {0}\n"
           "  Check that this is the right file: a {0} is a few kilobytes.")
ALIASES = ("aliases (*name), with this one, repeat more than 256 KB of values\n"
           "  Write the values out instead: a profile needs few aliases, if any.")
PLAN = ("plan", "{p}", "--today", TODAY)

CASES = [
    # 1. alias bombs, and an alias inside what it stands for
    Case("alias-bomb", ("status: waiting\n", "status: waiting\n" + BOMB),
         "{p}:30: x5[0]: " + ALIASES),
    Case("alias-bomb-in-candidate-file", SHARED, "{dir}/me.yaml:8: candidate.x5[0]: " + ALIASES,
         {"me.yaml": CANDIDATE + BOMB}),
    Case("alias-bomb-of-long-text", ("status: waiting\n", 'status: waiting\nx: &x "'
                                     + "ha" * 20_000 + '"\ny: [' + "*x, " * 10 + "]\n"),
         "{p}:26: y[6]: " + ALIASES),
    Case("alias-bomb-names-the-line-of-its-key",  # not that of the mapping it is in
         ("question: how the team plans the spring range", "question: &c " + "w" * 140_000
          + "\n        honorific: *c\n        salutation: *c"),
         "{p}:25: interviews[0].interviewers[0].salutation: " + ALIASES),
    Case("alias-in-itself", ("    kind: video", "    kind: &loop [*loop]"),
         "{p}:14: interviews[0].kind[0]: an alias (*name) here stands for a mapping or list "
         "that holds it, which would never end\n  Write the value out instead of the alias."),
    # 2. files that are not small regular files
    Case("profile-is-a-fifo", None, "{dir}/q.yaml: is a named pipe (FIFO), not a profile file"
         + SPECIAL.format("profile file"), {"q.yaml": FIFO}, ("thank-you", "{dir}/q.yaml")),
    Case("profile-is-dev-zero", None, "/dev/zero: is a device, not a profile file"
         + SPECIAL.format("profile file"), args=("thank-you", "/dev/zero", "--today", TODAY)),
    Case("profile-is-a-folder", None, "{dir}/q.yaml: is a folder, not a profile file",
         {"q.yaml": FOLDER}, ("thank-you", "{dir}/q.yaml")),
    Case("profile-is-too-big", None, "{dir}/q.yaml: " + TOO_BIG.format("profile file"),
         {"q.yaml": PROFILE + BIG}, ("thank-you", "{dir}/q.yaml")),
    Case("candidate-is-a-fifo", SHARED, "{dir}/me.yaml: is a named pipe (FIFO), not a "
         "candidate file" + SPECIAL.format("candidate file"), {"me.yaml": FIFO}),
    Case("candidate-is-dev-null", ("candidate:\n  name: Casey Morgan", "candidate: /dev/null\n"
                                   "x:\n  name: Casey Morgan"),
         "/dev/null: is a device, not a candidate file" + SPECIAL.format("candidate file")),
    Case("candidate-is-too-big", SHARED, "{dir}/me.yaml: " + TOO_BIG.format("candidate file"),
         {"me.yaml": CANDIDATE + BIG}),
    Case("sent-log-is-a-fifo", None, "{dir}/p.log.jsonl: is a named pipe (FIFO), not a "
         "sent-log" + SPECIAL.format("sent-log"), {LOG: FIFO}, PLAN),
    Case("sent-log-is-too-big", None, "{dir}/p.log.jsonl: " + TOO_BIG.format("sent-log"),
         {LOG: '{"date":"2026-11-17","event":"replied"}\n' * 7000}, PLAN),
    Case("sent-log-is-a-folder", None, "{dir}/p.log.jsonl: is a folder, not a sent-log\n  "
         "followup keeps the sent-log of p.yaml in a file of this name: move or rename the "
         "folder.", {LOG: FOLDER}, PLAN),
    Case("sent-log-is-a-folder-when-recording", None, "{dir}/p.log.jsonl: is a folder, not a "
         "sent-log\n  followup keeps the sent-log of p.yaml in a file of this name: move or "
         "rename the folder.", {LOG: FOLDER}, ("sent", "{p}", "thank-you", "--date", TODAY)),
    Case("settings-is-a-fifo", None, "{dir}/followup-home/settings.yaml: is a named pipe (FIFO), "
         "not a settings file" + SPECIAL.format("settings file"), {SETTINGS: FIFO},
         ("thank-you", "{p}", "--today", TODAY, "--imap")),
    Case("settings-is-a-folder", None, "{dir}/followup-home/settings.yaml: is a folder, not a "
         "settings file", {SETTINGS: FOLDER}, ("thank-you", "{p}", "--today", TODAY, "--imap")),
    # 3. blank values
    Case("name-of-spaces", ("- name: Morgan Blake", '- name: "   "'),
         "{p}:18: interviews[0].interviewers[0].name: " + BLANK),
    Case("name-of-zero-width-spaces", ("- name: Morgan Blake", '- name: "\\u200b\\u2060\\ufeff"'),
         "{p}:18: interviews[0].interviewers[0].name: " + BLANK),
    Case("name-of-a-soft-hyphen", ("  name: Casey Morgan", '  name: "\\xad"'),
         "{p}:2: candidate.name: " + BLANK),
    Case("name-of-a-combining-mark", ("  name: Alex Reid", '  name: " \\u0301\\u200d "'),
         "{p}:9: recruiter.name: " + BLANK),
    Case("company-of-direction-marks", ("company: Harbour Tiles", 'company: "\\u200e\\u200f"'),
         "{p}:5: company: " + BLANK),
    *[Case(f"name-of-a-blank-filler-U+{code:04X}", ("- name: Morgan Blake",
                                                    f'- name: "\\u{code:04x}"'),
           "{p}:18: interviews[0].interviewers[0].name: " + BLANK)
      for code in (0x3164, 0x115F, 0x1160, 0xFFA0, 0x2800)],  # Hangul fillers, braille blank
    Case("free-text-of-spaces", ("question: how the team plans the spring range",
                                 'question: "\\u3000"'),
         "{p}:23: interviews[0].interviewers[0].question: " + BLANK),
    # 4. dates that leave the calendar followup plans with
    Case("interview-in-9999", ("date: 2026-11-16", "date: 9999-12-31"),
         "{p}:13: interviews[0].date: " + DATE.format("9999-12-31"), args=PLAN),
    Case("decision-by-9999", ("decision_by: 2026-11-23", "decision_by: 9999-12-31"),
         "{p}:15: interviews[0].decision_by: " + DATE.format("9999-12-31"), args=PLAN),
    Case("interview-in-year-1", ("date: 2026-11-16", "date: 0001-01-01"),
         "{p}:13: interviews[0].date: " + DATE.format("0001-01-01"), args=PLAN),
    Case("rejected-on-9999", ("status: waiting", "status: unsuccessful\nfeedback:\n"
                              "  rejected_on: 9999-12-31"),
         "{p}:26: feedback.rejected_on: " + DATE.format("9999-12-31"), args=PLAN),
    Case("deadline-9999", ("status: waiting", "status: waiting\ncompeting_offer:\n"
                           "  company: Acme Tiles\n  deadline: 9999-12-31"),
         "{p}:27: competing_offer.deadline: " + DATE.format("9999-12-31"), args=PLAN),
    Case("today-9999", None, OPTION.format("--today", "9999-12-31"),
         args=("plan", "{p}", "--today", "9999-12-31")),
    Case("today-year-1", None, OPTION.format("--today", "0001-01-01"),
         args=("thank-you", "{p}", "--today", "0001-01-01")),
    Case("sent-date-9999", None, OPTION.format("--date", "9999-12-31"),
         args=("sent", "{p}", "thank-you", "--date", "9999-12-31")),
    Case("log-entry-in-9999", None, "{dir}/p.log.jsonl:1: date: " + DATE.format("9999-12-31")
         .split("\n")[0] + LOG_FIX, {LOG: '{"date":"9999-12-31","event":"replied"}\n'}, PLAN),
    Case("log-decision-by-9999", None, "{dir}/p.log.jsonl:1: decision_by: "
         + DATE.format("9999-12-31").split("\n")[0] + LOG_FIX,
         {LOG: '{"date":"2026-11-17","event":"replied","decision_by":"9999-12-31"}\n'}, PLAN),
    # 5. addresses that no header could carry
    Case("email-two-dots", ("casey.morgan@example.com", "casey..morgan@example.com"),
         "{p}:3: candidate.email: 'casey..morgan@example.com' "
         + EMAIL.format(": two dots in a row")),
    Case("email-leading-dot", ("alex.reid@", ".alex.reid@"),
         "{p}:10: recruiter.email: '.alex.reid@hireline.example' "
         + EMAIL.format(": a dot cannot start or end the part before the @")),
    Case("email-trailing-dot", ("morgan.blake@", "morgan.blake.@"),
         "{p}:19: interviews[0].interviewers[0].email: 'morgan.blake.@harbourtiles.example' "
         + EMAIL.format(": a dot cannot start or end the part before the @")),
    Case("email-with-a-space", ("email: casey.morgan@example.com",
                                'email: "casey morgan@example.com"'),
         "{p}:3: candidate.email: 'casey morgan@example.com' "
         + EMAIL.format(": ' ' cannot be in the part before the @ of a plain address"),
         ),
    Case("email-with-a-comma", ("alex.reid@hireline.example", '"alex,reid@hireline.example"'),
         "{p}:10: recruiter.email: 'alex,reid@hireline.example' "
         + EMAIL.format(": ',' cannot be in the part before the @ of a plain address")),
    Case("email-with-angle-brackets", ("alex.reid@hireline.example",
                                       "<alex.reid@hireline.example>"),
         "{p}:10: recruiter.email: '<alex.reid@hireline.example>' "
         + EMAIL.format(": '<' cannot be in the part before the @ of a plain address")),
    Case("email-with-quotes", ("alex.reid@hireline.example", "'\"alex\"@hireline.example'"),
         "{p}:10: recruiter.email: '\"alex\"@hireline.example' "
         + EMAIL.format(": '\"' cannot be in the part before the @ of a plain address")),
    Case("email-encoded-word", ("alex.reid@hireline.example",
                                "=?utf-8?q?alex?=@hireline.example"),
         "{p}:10: recruiter.email: '=?utf-8?q?alex?=@hireline.example' "
         + EMAIL.format(": =? starts an encoded word, which has no place in an address")),
    Case("email-non-ascii-before-the-at", ("casey.morgan@", "cäsey.morgan@"),
         "{p}:3: candidate.email: 'cäsey.morgan@example.com' "
         + EMAIL.format(": 'ä' cannot be in the part before the @ of a plain address")),
    Case("email-domain-not-encodable", ("harbourtiles.example", "harbour\u202etiles.example"),
         "{p}:19: interviews[0].interviewers[0].email: "
         "'morgan.blake@harbour\\u202etiles.example' "
         + EMAIL.format(": the part after the @ is not a domain name such as example.com")),
    Case("email-too-long", ("alex.reid@hireline", "alex.reid@" + "h" * 60 + ".h" * 100),
         "{p}:10: recruiter.email: 'alex.reid@" + "h" * 60 + ".h" * 100 + ".example' "
         + EMAIL.format(": an address has at most 254 characters")),
    Case("email-in-a-shared-candidate-file", SHARED,
         "{dir}/me.yaml:2: candidate.email: 'casey..morgan@example.com' "
         + EMAIL.format(": two dots in a row"),
         {"me.yaml": CANDIDATE.replace("casey.morgan", "casey..morgan")}),
    Case("name-encoded-word", ("- name: Morgan Blake", "- name: =?utf-8?q?Morgan_Blake?="),
         "{p}:18: interviews[0].interviewers[0].name: " + ENCODED),
    # 6. control characters where a header or a file name takes the value
    Case("nul-in-a-name", ("  name: Casey Morgan", '  name: "Casey\\0Morgan"'),
         "{p}:2: candidate.name: " + CONTROL.format("0000")),
    Case("escape-in-a-company", ("company: Harbour Tiles", 'company: "Harbour\\e[31mTiles"'),
         "{p}:5: company: " + CONTROL.format("001B")),
    Case("delete-in-a-role", ("role: Junior Buyer", 'role: "Junior\\x7fBuyer"'),
         "{p}:6: role: " + CONTROL.format("007F")),
    Case("c1-control-in-a-title", ("title: Head of Buying", 'title: "Head of\\x9bBuying"'),
         "{p}:20: interviews[0].interviewers[0].title: " + CONTROL.format("009B")),
    Case("bidi-override-in-an-agency", ("agency: Hireline", 'agency: "Hire\\u202eline"'),
         "{p}:11: recruiter.agency: " + CONTROL.format("202E")),
    Case("bidi-isolate-in-a-salutation", ("title: Head of Buying",
                                          'salutation: "\\u2066Morgan\\u2069"'),
         "{p}:20: interviews[0].interviewers[0].salutation: " + CONTROL.format("2066")),
    Case("nul-in-a-competing-offer", ("status: waiting", 'status: waiting\ncompeting_offer:\n'
                                      '  company: "Acme\\0Tiles"\n  deadline: 2026-12-04'),
         "{p}:26: competing_offer.company: " + CONTROL.format("0000")),
    Case("raw-control-character-in-the-file", ("role: Junior Buyer", "role: Junior\x07Buyer"),
         "{p}:6: contains the control character U+0007\n  Remove it (it may have come in with "
         "pasted text): YAML allows no control character but tab and line breaks."),
    Case("line-break-keeps-its-message", ("- name: Morgan Blake", '- name: " Morgan\\nBlake "'),
         "{p}:18: interviews[0].interviewers[0].name: contains a line break\n  Write it on one "
         "line, without | or >: those keep a line break that would break an email header."),
    Case("list-as-a-key-beside-a-duplicated-key",
         ("status: waiting\n", "status: waiting\n? [x]\n: 1\nstatus: offer\n"),
         "{p}:27: status: appears twice in the same mapping\n  Keep one of the two entries."),
    # 7. an unknown key whose value starts on the next line: the key's line
    Case("unknown-key-names-its-own-line", ("    interviewers:", "    interveiwers:"),
         "{p}:17: interviews[0].interveiwers: unknown field\n  Did you mean 'interviewers'?"),
]


def _make(folder: Path, case: Case) -> list[str]:
    """The case's files in `folder`; its command line, paths filled in."""
    profile = folder / "p.yaml"
    text = PROFILE
    if case.edit:
        assert case.edit[0] in text
        text = text.replace(*case.edit, 1)
    profile.write_text(text, "utf-8")
    for name, content in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content == FIFO:
            os.mkfifo(path)
        elif content == FOLDER:
            path.mkdir()
        else:
            path.write_text(content, "utf-8")
    return [arg.format(p=profile, dir=folder) for arg in case.args]


def _needs(case: Case) -> Any:
    """Skips where the platform lacks what the case uses (named pipes, /dev)."""
    if FIFO in case.files.values() and not hasattr(os, "mkfifo"):
        return pytest.mark.skip(reason="no named pipes here")
    if "/dev/" in repr(case) and not Path("/dev/null").exists():
        return pytest.mark.skip(reason="no /dev here")
    return ()


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id, marks=_needs(case))
                                  for case in CASES])
def test_hostile_input_is_one_message_and_exit_2(invoke: Any, tmp_path: Path,
                                                 case: Case) -> None:
    args = _make(tmp_path, case)
    result = invoke(*args)
    expected = case.message.format(p=tmp_path / "p.yaml", dir=tmp_path)
    assert (result.exit_code, result.stdout) == (2, "")
    # click's usage errors come after two lines of usage
    assert result.stderr.split("\n\n")[-1] == f"Error: {expected}\n"


# Each would hang or exhaust memory if it were read or expanded: a real process, with a
# generous bound, so that a regression fails instead of stopping the suite.
GUARDED = ["alias-bomb", "alias-bomb-in-candidate-file", "profile-is-a-fifo",
           "profile-is-dev-zero", "candidate-is-a-fifo", "sent-log-is-a-fifo"]


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id, marks=_needs(case))
                                  for case in CASES if case.id in GUARDED])
def test_bombs_pipes_and_devices_end_within_seconds(tmp_path: Path, case: Case) -> None:
    args = _make(tmp_path, case)
    result = subprocess.run([sys.executable, "-m", "followup", *args], capture_output=True,
                            text=True, timeout=10, check=False)
    expected = case.message.format(p=tmp_path / "p.yaml", dir=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"Error: {expected}\n")


# ------------------------------------------------------------------ what still loads


def test_padding_is_stripped_so_that_to_finds_the_person(invoke: Any, tmp_path: Path) -> None:
    text = PROFILE
    for old, new in [("- name: Morgan Blake", '- name: "\\u00a0 Morgan Blake\\u200b "'),
                     ("email: casey.morgan@example.com", 'email: " casey.morgan@example.com\\t"'),
                     ("company: Harbour Tiles", 'company: "  Harbour Tiles  "')]:
        text = text.replace(old, new)
    path = tmp_path / "p.yaml"
    path.write_text(text, "utf-8")
    result = invoke("thank-you", path, "--today", TODAY, "--to", "Morgan Blake")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("To: Morgan Blake <morgan.blake@harbourtiles.example>\n")
    assert "\nDear Morgan,\n" in result.stdout
    assert "Harbour Tiles" in result.stdout
    assert "  Harbour" not in result.stdout and "Tiles  " not in result.stdout
    assert result.stdout.rstrip().endswith("casey.morgan@example.com")


def test_blank_fillers_around_a_name_are_padding(invoke: Any, tmp_path: Path) -> None:
    """A Hangul filler and a braille blank show nothing, though Unicode calls them a letter
    and a symbol: taken off like spaces, so that no draft greets an invisible character."""
    path = tmp_path / "p.yaml"
    path.write_text(PROFILE.replace("- name: Morgan Blake",
                                    '- name: "\\u3164Morgan Blake\\u2800"'), "utf-8")
    result = invoke("thank-you", path, "--today", TODAY)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("To: Morgan Blake <morgan.blake@harbourtiles.example>\n")
    assert "\nDear Morgan,\n" in result.stdout


def test_aliases_within_bounds_still_load(invoke: Any, tmp_path: Path) -> None:
    """An interviewer met twice, written once: an anchor, an alias and a merge key."""
    path = tmp_path / "p.yaml"
    path.write_text(PROFILE.replace("      - name: Morgan Blake", "      - &morgan\n"
                                    "        name: Morgan Blake").replace(
        "status: waiting", "  - date: 2026-11-16\n    kind: in-person\n    interviewers:\n"
        "      - *morgan\n      - <<: *morgan\n        name: Sam Blake\nstatus: waiting"),
        "utf-8")
    result = invoke("thank-you", path, "--today", TODAY, "--to", "Sam Blake")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("To: Sam Blake <morgan.blake@harbourtiles.example>\n")


def test_an_international_domain_loads_and_is_encoded_in_the_eml(invoke: Any,
                                                                  tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(PROFILE.replace("harbourtiles.example", "bücher.example"), "utf-8")
    result = invoke("thank-you", path, "--today", TODAY, "--format", "eml")
    assert result.exit_code == 0, result.stderr
    assert "\nTo: Morgan Blake <morgan.blake@xn--bcher-kva.example>\n" in result.stdout


def test_a_fifo_among_a_folders_profiles_is_named_and_the_others_planned(
        tmp_path: Path) -> None:
    """Planning a folder, a named pipe called *.yaml is refused unread, also by the second
    look that tells a shared candidate file from a broken profile."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    (tmp_path / "p.yaml").write_text(PROFILE, "utf-8")
    os.mkfifo(tmp_path / "trap.yaml")
    result = subprocess.run([sys.executable, "-m", "followup", "plan", str(tmp_path),
                             "--today", TODAY], capture_output=True, text=True, timeout=10,
                            check=False)
    assert result.returncode == 2
    assert "Harbour Tiles" in result.stdout
    assert result.stderr == (
        f"Error: {tmp_path / 'trap.yaml'}: is a named pipe (FIFO), not a profile file"
        + SPECIAL.format("profile file") + "\n1 profile could not be planned.\n")
