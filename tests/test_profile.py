"""Loading profiles: the samples load, and every kind of bad input names file, line, field."""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

import msgspec
import pytest

from followup import profile
from followup.errors import ProfileError

from .conftest import SAMPLES

BIG_BEANZ = (SAMPLES / "big-beanz.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("*.yaml")), ids=lambda path: path.stem)
def test_every_sample_loads(sample: Path) -> None:
    loaded = profile.load(sample)
    assert loaded.interviews and loaded.candidate.name


def test_big_beanz_is_read_as_written() -> None:
    loaded = profile.load(SAMPLES / "big-beanz.yaml")
    interview = loaded.latest_interview
    assert (loaded.company, loaded.role, loaded.country) == (
        "Big Beanz", "Business Development Graduate", "GB")
    assert interview.date == datetime.date(2026, 11, 16)
    assert interview.decision_by == datetime.date(2026, 11, 23)
    assert interview.kind == "video"
    assert [person.name for person in interview.interviewers] == ["Priya Shah"]
    assert loaded.recruiter is not None and loaded.recruiter.agency == "TalentBridge"
    assert loaded.candidate.signature_lines == "Jordan Lee\n+44 7700 900123\njordan.lee@example.com"


def test_profiles_are_immutable() -> None:
    loaded = profile.load(SAMPLES / "big-beanz.yaml")
    with pytest.raises(AttributeError):
        loaded.company = "Other"  # type: ignore[misc]
    assert isinstance(loaded.interviews, tuple)


def test_latest_interview_is_the_most_recent_by_date(tmp_path: Path) -> None:
    text = (SAMPLES / "panel-interview.yaml").read_text(encoding="utf-8")
    loaded = profile.load(_write(tmp_path, text))
    assert loaded.latest_interview.date == datetime.date(2026, 11, 18)
    assert loaded.latest_interview.main_contact is not None
    assert loaded.latest_interview.main_contact.name == "Margaret Ashworth"


def test_candidate_may_be_a_shared_file(tmp_path: Path) -> None:
    (tmp_path / "me.yaml").write_text("name: Jordan Lee\nemail: jordan.lee@example.com\n",
                                      encoding="utf-8")
    text = BIG_BEANZ.replace(BIG_BEANZ[BIG_BEANZ.index("candidate:"):BIG_BEANZ.index("company:")],
                             "candidate: me.yaml\n")
    loaded = profile.load(_write(tmp_path, text))
    assert loaded.candidate == profile.Candidate(name="Jordan Lee",
                                                 email="jordan.lee@example.com")


def test_errors_in_a_shared_candidate_file_name_that_file(tmp_path: Path) -> None:
    (tmp_path / "me.yaml").write_text("name: Jordan Lee\nemial: jordan.lee@example.com\n",
                                      encoding="utf-8")
    text = BIG_BEANZ.replace(BIG_BEANZ[BIG_BEANZ.index("candidate:"):BIG_BEANZ.index("company:")],
                             "candidate: me.yaml\n")
    with pytest.raises(ProfileError) as caught:
        profile.load(_write(tmp_path, text))
    assert str(caught.value) == (f"{tmp_path / 'me.yaml'}:2: candidate.emial: unknown field\n"
                                 "  Did you mean 'email'?")


def _write(folder: Path, text: str, name: str = "profile.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# (case, edit of the Big Beanz sample, line, field, the whole message after "file:line: ")
BAD_PROFILES = [
    ("unknown key", ("  phone:", "  phnoe:"), 7, "candidate.phnoe",
     "unknown field\n  Did you mean 'phone'?"),
    ("unknown key, nothing close", ("status: waiting", "status: waiting\nmood: fine"), 32, "mood",
     "unknown field\n  Known fields here: candidate, company, role, style, country, recruiter, "
     "interviews, status, feedback, competing_offer."),
    ("bad date", ("decision_by: 2026-11-23", "decision_by: 2026-13-01"), 22,
     "interviews[0].decision_by",
     "'2026-13-01' is not a date\n  Write dates as YYYY-MM-DD, such as 2026-11-16."),
    ("date in words", ("- date: 2026-11-16", "- date: 16 November"), 19, "interviews[0].date",
     "'16 November' is not a date\n  Write dates as YYYY-MM-DD, such as 2026-11-16."),
    ("misspelt choice", ("kind: video", "kind: vidoe"), 20, "interviews[0].kind",
     "'vidoe' is not allowed\n  Did you mean 'video'? "
     "Use one of: phone, video, in-person, assessment-centre."),
    ("missing field", ("  name: Jordan Lee\n", ""), 5, "candidate.name",
     "missing, and required\n  Add 'name:' here."),
    ("missing top-level field", ("role: Business Development Graduate\n", ""), 4, "role",
     "missing, and required\n  Add 'role:' here."),
    ("number for text", ("company: Big Beanz", "company: 42"), 10, "company",
     "expected text, got a whole number\n  YAML reads this as a number: put the value in quotes."),
    ("Norway problem", ("country: GB", "country: NO"), 13, "country",
     "expected text or nothing, got true or false\n  YAML reads yes, no, on, off, true and "
     "false as true or false: put the value in quotes."),
    ("bad country", ("country: GB", "country: gb"), 13, "country",
     "'gb' is not a valid country\n"
     "  Use a two-letter ISO 3166 code in capitals, such as GB or US."),
    ("bad email", ("priya.shah@bigbeanz.example", "priya"), 26,
     "interviews[0].interviewers[0].email",
     "'priya' is not a valid email\n  Write a full address, such as jordan.lee@example.com."),
    ("no interviews", ("interviews:\n", "interviews: []\nx:\n"), 18, "interviews",
     "needs at least one entry"),
    ("empty name", ("company: Big Beanz", 'company: ""'), 10, "company",
     "is empty\n  Give it a value, or leave the field out if it is optional."),
    ("line break in a name", ("      - name: Priya Shah", "      - name: |\n          Priya Shah"),
     25, "interviews[0].interviewers[0].name",
     "contains a line break\n  Write it on one line, without | or >: those keep a line break "
     "that would break an email header."),
    ("text for a mapping",
     ("      - name: Priya Shah", "      - Priya Shah\n      - name: Priya Shah"), 25,
     "interviews[0].interviewers[0]",
     "expected a mapping (key: value lines), got text"),
    ("text for a flag", ("outside_hours: false", "outside_hours: sometimes"), 21,
     "interviews[0].outside_hours", "expected true or false, got text"),
    ("duplicate key", ("status: waiting", "status: waiting\ncompany: Other"), 32, "company",
     "appears twice in the same mapping\n  Keep one of the two entries."),
    # "#9" starts a YAML comment: the value would stop at "to" without a word said
    ("a figure after ' #'", ("cutting no-shows by a third", "moving the society from #9 to "
                             "#2 in the union's rankings"), 9, "candidate.highlights[0]",
     'stops at "... Airtable, moving the society from": YAML reads "#9" and what follows '
     'as a comment\n  Put the whole value in quotes: "Built the society\'s volunteer rota in '
     "Airtable, moving the society from #9 to #2 in the union's rankings\""),
    ("missing candidate file",
     ("candidate:\n  name: Jordan Lee", "candidate: me.yaml\nx:\n  name: Jordan Lee"), 4,
     "candidate", "no candidate file at {dir}/me.yaml\n  Give a path relative to the profile, "
     "or write the candidate mapping (name:, email:) in place."),
]


@pytest.mark.parametrize(("edit", "line", "field", "message"), [case[1:] for case in BAD_PROFILES],
                         ids=[case[0] for case in BAD_PROFILES])
def test_bad_profile_names_file_line_and_field(tmp_path: Path, edit: tuple[str, str], line: int,
                                               field: str, message: str) -> None:
    old, new = edit
    assert old in BIG_BEANZ
    path = _write(tmp_path, BIG_BEANZ.replace(old, new, 1))
    with pytest.raises(ProfileError) as caught:
        profile.load(path)
    error = caught.value
    assert (error.line, error.field) == (line, field)
    assert str(error) == f"{path}:{line}: {field}: " + message.format(dir=tmp_path)


BAD_FILES = [
    ("YAML syntax", "company: [Big Beanz\nrole: x\n",
     "{path}:2: YAML syntax: while parsing a flow sequence did not find expected ',' or ']'"
     "\n  Check the indentation and quote values that contain ': ' or start "
     "with a special character."),
    ("a list, not a mapping", "- a\n- b\n",
     "{path}:1: a profile is a mapping of fields (candidate:, company:, role:, interviews:, "
     "...)\n  Start from a sample: followup init --sample big-beanz PATH"),
    ("empty file", "",
     "{path}: a profile is a mapping of fields (candidate:, company:, role:, interviews:, "
     "...)\n  Start from a sample: followup init --sample big-beanz PATH"),
]


@pytest.mark.parametrize(("text", "message"), [case[1:] for case in BAD_FILES],
                         ids=[case[0] for case in BAD_FILES])
def test_bad_file(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ProfileError) as caught:
        profile.load(path)
    assert str(caught.value) == message.format(path=path)


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("company: Big Beanz\nrole: Caf\xe9 manager\n".encode("latin-1"))
    with pytest.raises(ProfileError) as caught:
        profile.load(path)
    assert str(caught.value) == f"{path}:2: is not UTF-8 text\n  Save the file with UTF-8 encoding."


def test_missing_file_suggests_init(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(ProfileError) as caught:
        profile.load(path)
    assert str(caught.value) == f"{path}: no such file\n  Create one with: followup init {path}"


def test_folder_is_not_a_profile(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as caught:
        profile.load(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not a profile file"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, BIG_BEANZ)

    real_open = os.open

    def refuse(file: Any, flags: int, *args: Any) -> int:  # as a mode-000 file does, even
        if Path(file) == path:  # where tests run as root
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ProfileError) as caught:
        profile.load(path)
    assert str(caught.value) == f"{path}: cannot be read (Permission denied)"


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    path = _write(tmp_path, BIG_BEANZ.replace("company: Big Beanz",
                                              "company: !!python/object/apply:os.system [id]"))
    with pytest.raises(ProfileError, match="could not determine a constructor"):
        profile.load(path)


def test_schema_types_reject_unknown_keys_everywhere() -> None:
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert({"name": "A", "email": "a@b.co", "extra": 1}, profile.Candidate)
