"""The profile: one YAML file per application, loaded into typed, immutable values.

The format is a contract (DESIGN.md). Reading the YAML is yamlfile's, validation is
msgspec's, from the same types that `followup schema` prints; this module adds what the
types cannot say (the whole rule for an address, the dates followup plans with) and the
words for its patterns, each error at the file, line and field the user wrote.
"""

# No `from __future__ import annotations`: msgspec reads these types at the first load,
# and annotations kept as strings would be evaluated then, at every run (0.5% of a draft).
import datetime
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import msgspec

from followup.errors import ProfileError
from followup.vocabulary import Kind, Status, Style

if TYPE_CHECKING:
    from followup.profile import yamlfile

# Patterns that mean the same in Python and in JSON Schema's dialect (ECMA-262), so that
# editors validate as followup does: ^ and (?![\s\S]) for the ends, not \A and \Z (which
# ECMA-262 lacks) nor $, which in Python also matches before a final line break
# (`email: |` leaves one, and a value bound for a header must not carry it).
#
# An address as a header carries it: dot-separated atoms before the @ (no two dots in a
# row, none first or last, no =? of an encoded word), labels of any script after it (an
# international domain is encoded when written). The pattern is what an editor can check;
# `email_problem` is the whole rule, which the .eml and mailto: writers apply too.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
# A label: ASCII letters, digits and '-', or any letter past U+009F; written as what it is
# not, since a class holding the range U+00A0-U+FFFF takes milliseconds to compile.
_LABEL = r"[^\x00-\x2c./:-@\[-`{-\x9f]+"
EMAIL_PATTERN = rf"^(?![\s\S]*=\?){_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})+(?![\s\S])"
Email = Annotated[str, msgspec.Meta(pattern=EMAIL_PATTERN, description="An email address.")]
Text = Annotated[str, msgspec.Meta(min_length=1)]
# Names and the like reach email headers and file names, so they hold no line break (it
# would start a new header), no other control character (C0, DEL, C1), no bidirectional
# control (the text would show in another order than written) and no RFC 2047 encoded word
# (=?utf-8?q?...?=, which a mail program shows decoded, as other text). Refused here, with
# a line number, and again where headers are built. A tab is whitespace, and allowed.
CONTROLS = r"\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
HEADER_TEXT = rf"^(?![\s\S]*=\?[^?]*\?[BbQq]\?[^?]*\?=)[^{CONTROLS}]*(?![\s\S])"
Line = Annotated[str, msgspec.Meta(min_length=1, pattern=HEADER_TEXT)]
SUFFIXES = (".yaml", ".yml")  # what a profile file is called; folder scans look for these


def _described(kind: Any, description: str) -> msgspec.Meta:
    """The constraints of `kind` (an Annotated text type) with a description added."""
    meta = kind.__metadata__[0]
    return msgspec.Meta(min_length=meta.min_length, pattern=meta.pattern,
                        description=description)


Country = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$",
                                      description="ISO 3166 code, such as GB or US.")]


class _Record(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Immutable, and strict: a misspelt key is an error, not a silent default."""


class Candidate(_Record, frozen=True, kw_only=True):
    """You: the sender of every draft."""

    name: Line
    email: Email
    phone: str | None = None
    signature: str | None = None
    highlights: Annotated[tuple[Text, ...], msgspec.Meta(description=(
        "Skills or achievements you did not discuss (TY4), each as it follows \"I\" in a "
        "sentence: 'led the society's volunteer rota', 'am fluent in Polish', or a CV line "
        "such as 'Built the rota in Airtable'. One point each, in full words: one that would "
        "lose words to fit a sentence, or keeps shorthand, is left out with a warning."))] = ()

    @property
    def signature_lines(self) -> str:
        if self.signature:
            return self.signature.strip()
        return "\n".join(part for part in (self.name, self.phone, self.email) if part)


class Recruiter(_Record, frozen=True, kw_only=True):
    """The recruiter handling the application; with `agency`, an independent one (RC2)."""

    name: Line
    email: Email | None = None
    phone: str | None = None
    agency: Line | None = None


class Interviewer(_Record, frozen=True, kw_only=True):
    """Someone you met: each gets a distinct thank-you note (TY1, TY5)."""

    name: Annotated[str, _described(Line, (
        "Their name as they write it: 'Priya Shah', 'Dr Anika Desai'. A role such as "
        "'Hiring Manager' is greeted whole; when the first name is not the first word "
        "(Zhang Wei), say it with salutation:."))]
    email: Email | None = None
    title: Line | None = None
    honorific: Annotated[str, _described(Line, (
        "Mr, Mrs, Ms, Mx, Dr, Prof...: a formal note greets them by honorific and surname "
        "(Dear Ms Shah)."))] | None = None
    salutation: Annotated[str, _described(Line, (
        "How to greet them, exactly: 'Priya', 'Ms Shah', 'Professor Becker'. Default: the "
        "first name, or the honorific and surname in a formal note."))] | None = None
    discussed: Annotated[str, msgspec.Meta(description=(
        "A topic you talked about, in words that follow 'I enjoyed discussing': 'the plan "
        "to sell office coffee subscriptions'. One topic, in full words."))] | None = None
    learned: Annotated[str, msgspec.Meta(description=(
        "Something you learned, in words that follow 'It was good to learn': 'that new "
        "starters shadow customers', or 'about the mentoring scheme'. One point, in full "
        "words."))] | None = None
    question: Annotated[str, msgspec.Meta(description=(
        "A question to follow up with (TY8), in words that follow 'I would like to hear "
        "more about' ('how the team measures success'), or asked, with its question "
        "mark."))] | None = None
    main_contact: bool = False


class Interview(_Record, frozen=True, kw_only=True):
    """One interview or assessment, oldest first in the list."""

    date: datetime.date
    kind: Kind = "in-person"
    outside_hours: bool = False
    decision_by: datetime.date | None = None
    promise: Annotated[str, msgspec.Meta(description=(
        "What they said they would do, as they said it to you: 'let you know within a week "
        "when the face-to-face interview will be'."))] | None = None
    interviewers: tuple[Interviewer, ...] = ()

    @property
    def main_contact(self) -> Interviewer | None:
        """TY9: the interviewer marked `main_contact`, else the first one listed who can be
        written to (an `email:`), by name before a role typed as a name ("Team Leader -
        Claims"), else the first one listed."""
        from followup.profile.honorifics import is_role

        marked = [person for person in self.interviewers if person.main_contact]
        reachable = [person for person in self.interviewers if person.email]
        named = [person for person in reachable if not is_role(person.name)]
        everyone = marked or named or reachable or list(self.interviewers)
        return everyone[0] if everyone else None


class Feedback(_Record, frozen=True, kw_only=True):
    """After an unsuccessful outcome: when, and whether feedback was promised (FB1, FB2)."""

    rejected_on: datetime.date
    promised: bool = False


class CompetingOffer(_Record, frozen=True, kw_only=True):
    """Another offer, with the date it must be answered by (CO1-CO4)."""

    company: Line
    role: Line | None = None
    deadline: datetime.date


class Profile(_Record, frozen=True, kw_only=True):
    """One application: the candidate, the role, the interviews and where things stand."""

    candidate: Candidate
    company: Line
    role: Line
    style: Style = "standard"
    country: Country | None = None
    recruiter: Recruiter | None = None
    interviews: Annotated[tuple[Interview, ...], msgspec.Meta(min_length=1)]
    status: Status = "waiting"
    feedback: Feedback | None = None
    competing_offer: CompetingOffer | None = None

    @property
    def latest_interview(self) -> Interview:
        """The most recent interview (by date; the later entry of a tie)."""
        return max(reversed(self.interviews), key=lambda interview: interview.date)

    @property
    def main_contact(self) -> Interviewer | None:
        """TY9: the interviewer marked `main_contact` at the latest interview that marks one
        (the manager met first, who made the offer after a trial shift with others), else
        the one the latest promise names, else the latest interview's main contact."""
        dated = sorted(self.interviews, key=lambda interview: interview.date, reverse=True)
        return next((person for interview in dated for person in interview.interviewers
                     if person.main_contact), None) or self._promised_by(dated) or \
            self.latest_interview.main_contact

    def _promised_by(self, dated: list[Interview]) -> Interviewer | None:
        """The interviewer the latest promise names as the one to be in touch ("Trent said
        he'd be in touch", round 51), who may have been met at an earlier interview."""
        from followup.profile.honorifics import split_honorifics

        promise = self.latest_interview.promise or ""
        for person in (person for interview in dated for person in interview.interviewers
                       if person.email):
            first = (split_honorifics(person.name)[1].split() or [""])[0]
            if len(first) > 1 and re.search(rf"\b{re.escape(first)}(?:['’]ll| said| says| will|"
                                            rf" would| is going to| to)\b", promise):
                return person
        return None

    @property
    def go_between(self) -> str | None:
        """Whom to ask about the process: the recruiter, else the main contact."""
        contact = self.recruiter or self.main_contact
        return contact.name if contact is not None else None


# ---------------------------------------------------------------- loading


# The dates followup plans with: any application's, and far enough inside the calendar
# (which ends at 9999-12-31) that a window's few weeks, and public holidays, stay in it.
FIRST_DATE, LAST_DATE = datetime.date(1900, 1, 1), datetime.date(2999, 12, 31)


def date_problem(day: datetime.date) -> str | None:
    """Why followup cannot plan with `day`, or None: the one range for profiles, sent-logs
    and the --today and --date options."""
    if FIRST_DATE <= day <= LAST_DATE:
        return None
    return f"{day} is outside the dates followup plans with ({FIRST_DATE} to {LAST_DATE})"


def load(path: str | Path) -> Profile:
    """Read and validate one profile; any problem is a ProfileError naming file, line, field.
    A profile read before from the same bytes comes from the cache (stored)."""
    from followup.profile import stored
    from followup.profile.smallfile import read_file

    path = Path(path)
    raw = read_file(path, "profile file", missing=f"Create one with: followup init {path}")
    loaded = stored.kept(path, raw, Profile)
    if loaded is not None:
        return loaded
    loaded, shared = _parse(path, raw)
    if not shared:
        stored.keep(path, raw, loaded)
    return loaded


def _parse(path: Path, raw: bytes) -> tuple[Profile, bool]:
    """The profile in `raw`, checked, and whether it names a shared candidate file."""
    from followup.profile import yamlfile

    document = yamlfile.parse(path, raw)
    data = document.data
    if not isinstance(data, dict):
        raise document.refuse("a profile is a mapping of fields (candidate:, company:, role:, "
                              "interviews:, ...)",
                              fix="Start from a sample: followup init --sample big-beanz PATH")
    candidate = data.get("candidate")
    if isinstance(candidate, str):
        data = {**data, "candidate": _load_candidate(path.parent / candidate, document)}
    from followup.profile.tidying import tidied

    loaded: Profile = yamlfile.convert(tidied(data), Profile, document, unmatched=explain_text)
    _check_values(loaded, document, candidate_checked=isinstance(candidate, str))
    return loaded, isinstance(candidate, str)


def _load_candidate(path: Path, profile: "yamlfile.Document") -> dict[str, Any]:
    """`candidate: me.yaml` shares one candidate file between applications."""
    from followup.profile import yamlfile
    from followup.profile.smallfile import read_small

    try:
        raw = read_small(path, "candidate file")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        raise profile.refuse(f"no candidate file at {path}", ["candidate"],
                             "Give a path relative to the profile, or write the candidate "
                             "mapping (name:, email:) in place.") from None
    except OSError as error:
        raise ProfileError(path, f"cannot be read ({error.strerror})") from None
    # Planning a folder, many profiles share one file: parse and check it once a process
    # while its content is the same (the dict is only read, never changed).
    if raw in _checked_candidates:
        return _checked_candidates[raw]
    document = yamlfile.parse(path, raw, prefix="candidate")
    if not isinstance(document.data, dict):
        raise document.refuse("a candidate file is a mapping (name:, email:, ...)")
    candidate: Candidate = yamlfile.convert(document.data, Candidate, document,
                                            unmatched=explain_text)
    _check_emails([(["email"], candidate.email)], document)
    _checked_candidates[raw] = document.data
    return document.data


_checked_candidates: dict[bytes, dict[str, Any]] = {}


def _check_values(loaded: Profile, document: "yamlfile.Document",
                  candidate_checked: bool) -> None:
    """What the types cannot say: each email is one a header can carry (the rule the .eml
    and mailto: writers apply), each date one the plan can count from."""
    emails: list[tuple[list[str | int], str | None]] = []
    dates: list[tuple[list[str | int], datetime.date | None]] = []
    if not candidate_checked:  # a candidate file is checked as it is read
        emails.append((["candidate", "email"], loaded.candidate.email))
    if loaded.recruiter is not None:
        emails.append((["recruiter", "email"], loaded.recruiter.email))
    for number, interview in enumerate(loaded.interviews):
        dates += [(["interviews", number, "date"], interview.date),
                  (["interviews", number, "decision_by"], interview.decision_by)]
        emails += [(["interviews", number, "interviewers", index, "email"], person.email)
                   for index, person in enumerate(interview.interviewers)]
    if loaded.feedback is not None:
        dates.append((["feedback", "rejected_on"], loaded.feedback.rejected_on))
    if loaded.competing_offer is not None:
        dates.append((["competing_offer", "deadline"], loaded.competing_offer.deadline))
    _check_emails(emails, document)
    for parts, day in dates:
        if day is not None and (problem := date_problem(day)) is not None:
            raise document.refuse(problem, parts, "Check the year: write dates as YYYY-MM-DD, "
                                                  "such as 2026-11-16.")


def _check_emails(emails: list[tuple[list[str | int], str | None]],
                  document: "yamlfile.Document") -> None:
    for parts, email in emails:
        if email is not None and (problem := email_problem(email)) is not None:
            raise document.refuse(_not_an_email(email, problem), parts, _EMAIL_FIX)


_LOCAL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*")
_ASCII_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def email_problem(email: str) -> str | None:
    """Why `email` is not a plain local@domain address that a header or a mailto: link
    carries as it is, in words; None when it is one. The one rule for an address, at load
    and where drafts are written (handoff.addresses)."""
    local, _, domain = email.rpartition("@")
    if not local or not domain:
        return ""  # not an address at all: the message says what one looks like
    if len(email) > 254:  # RFC 5321's limit
        return "an address has at most 254 characters"
    if "=?" in local:
        return "=? starts an encoded word, which has no place in an address"
    if _LOCAL.fullmatch(local) is None:
        if ".." in local:
            return "two dots in a row"
        if local.startswith(".") or local.endswith("."):
            return "a dot cannot start or end the part before the @"
        odd = next(char for char in local if char != "." and not _LOCAL.fullmatch(char))
        return f"{odd!r} cannot be in the part before the @ of a plain address"
    labels = (ascii_domain(domain) or "").split(".")
    if len(labels) < 2 or not all(_ASCII_LABEL.fullmatch(label) for label in labels):
        return "the part after the @ is not a domain name such as example.com"
    return None


def ascii_domain(domain: str) -> str | None:
    """The domain as it is written in a header: an international one IDNA-encoded; None
    if it cannot be."""
    if domain.isascii():
        return domain
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None


def explain_text(value: str, problem: str, name: str) -> tuple[str, str | None] | None:
    """Why a text that its field's pattern refuses (msgspec's `problem`) is wrong, and the
    fix: for yamlfile.convert, about the patterns above. None: no better words than
    "is not a valid NAME"."""
    from followup.headers import LINE_BREAKS

    if any(char in LINE_BREAKS for char in value):  # a name or email written with |
        return "contains a line break", ("Write it on one line, without | or >: those keep a "
                                         "line break that would break an email header.")
    if repr(EMAIL_PATTERN) in problem:  # msgspec shows the pattern as Python's repr
        return _not_an_email(value, email_problem(value)), _EMAIL_FIX
    if repr(HEADER_TEXT) in problem:
        if control := re.search(f"[{CONTROLS}]", value):
            return (f"contains the control character U+{ord(control[0]):04X}",
                    "Remove it (it may have come in with pasted text): it could break an "
                    "email header or a file name, or show the name in another order than "
                    "written.")
        return "contains an encoded word (=?...?=)", ("Write the text itself: a mail program "
                                                      "would show =?...?= decoded, as other "
                                                      "text than the profile's.")
    if name == "country":
        return (f"{value!r} is not a valid country",
                "Use a two-letter ISO 3166 code in capitals, such as GB or US.")
    return None


def _not_an_email(value: str, reason: str | None) -> str:
    return f"{value!r} is not a valid email" + (f": {reason}" if reason else "")


_EMAIL_FIX = "Write a full address, such as jordan.lee@example.com."
