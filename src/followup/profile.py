"""The profile: one YAML file per application, loaded into typed, immutable values.

The format is a contract (DESIGN.md). Validation is msgspec's, from the same types
that `followup schema` prints; this module's other job is to turn msgspec's
JSON-path errors back into the file, line and field the user wrote.
"""

from __future__ import annotations

import datetime
import errno
import os
import re
import stat
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import msgspec
import yaml

from followup.errors import ProfileError

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
Kind = Literal["phone", "video", "in-person", "assessment-centre"]
Style = Literal["standard", "traditional"]
Status = Literal["waiting", "unsuccessful", "offer", "withdrawn", "hired"]
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
    highlights: tuple[Text, ...] = ()

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

    name: Line
    email: Email | None = None
    title: Line | None = None
    honorific: Line | None = None
    salutation: Line | None = None
    discussed: str | None = None
    learned: str | None = None
    question: str | None = None
    main_contact: bool = False


class Interview(_Record, frozen=True, kw_only=True):
    """One interview or assessment, oldest first in the list."""

    date: datetime.date
    kind: Kind = "in-person"
    outside_hours: bool = False
    decision_by: datetime.date | None = None
    promise: str | None = None
    interviewers: tuple[Interviewer, ...] = ()

    @property
    def main_contact(self) -> Interviewer | None:
        """TY9: the interviewer marked `main_contact`, else the first one listed."""
        marked = [person for person in self.interviewers if person.main_contact]
        everyone = marked or list(self.interviewers)
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


# ---------------------------------------------------------------- loading


_LIBYAML = hasattr(yaml, "CSafeLoader")


class _Loader(yaml.CSafeLoader if _LIBYAML else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML, except dates stay text so that msgspec checks them (a bad date
    then gets a line and field instead of a ValueError from deep inside PyYAML)."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {
        first: [(tag, pattern) for tag, pattern in resolvers
                if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


# A profile is a few kilobytes. Past this a file is not one (or is a trap): refused before it
# is parsed, and the same bound holds for what aliases (*name) would make of a small file.
# Not more: YAML of one-character values ([1,1,1,...]) parses at about 100,000 values a
# second, so that the worst file of this size is still refused within a second or two.
MAX_BYTES = 256 * 1024
SIZE_LIMIT = "256 KB"
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
    """Read and validate one profile; any problem is a ProfileError naming file, line, field."""
    path = Path(path)
    data, root = _read_yaml(path)
    if not isinstance(data, dict):
        raise ProfileError(path, "a profile is a mapping of fields (candidate:, company:, role:, "
                           "interviews:, ...)", line=_line(root),
                           fix="Start from a sample: followup init --sample big-beanz PATH")
    candidate = data.get("candidate")
    if isinstance(candidate, str):
        data = {**data, "candidate": _load_candidate(path.parent / candidate, path, root)}
    loaded: Profile = _convert(data, Profile, path, root)
    _check_values(loaded, path, root, candidate_checked=isinstance(candidate, str))
    return loaded


def _load_candidate(path: Path, profile_path: Path,
                    profile_root: yaml.Node | None) -> dict[str, Any]:
    """`candidate: me.yaml` shares one candidate file between applications."""
    try:
        raw = read_small(path, "candidate file")
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        raise ProfileError(profile_path, f"no candidate file at {path}",
                           line=_line(profile_root, ["candidate"]), field="candidate",
                           fix="Give a path relative to the profile, or write the candidate "
                               "mapping (name:, email:) in place.") from None
    except OSError as error:
        raise ProfileError(path, f"cannot be read ({error.strerror})") from None
    # Planning a folder, many profiles share one file: parse and check it once a process
    # while its content is the same (the dict is only read, never changed).
    if raw in _checked_candidates:
        return _checked_candidates[raw]
    data, root = _parse_yaml(path, raw, prefix="candidate")
    if not isinstance(data, dict):
        raise ProfileError(path, "a candidate file is a mapping (name:, email:, ...)",
                           line=_line(root), field="candidate")
    candidate: Candidate = _convert(data, Candidate, path, root, prefix="candidate")
    _check_emails([(["email"], candidate.email)], path, root, prefix="candidate")
    _checked_candidates[raw] = data
    return data


_checked_candidates: dict[bytes, dict[str, Any]] = {}


def read_small(path: Path, what: str, error: type[ProfileError] = ProfileError) -> bytes:
    """The bytes of `path`, a regular file of at most MAX_BYTES. A pipe or a device (read
    forever, or never) is refused without reading it, and a bigger file after reading only
    past the limit: each an `error` naming the file. A missing, unreadable file or a folder
    is the OSError (IsADirectoryError), for the caller to word."""
    special = f"Give the path of the {what} itself: followup reads only regular files."
    if kind := _special(os.stat(path).st_mode):
        raise error(path, f"is {kind}, not a {what}", fix=special)
    descriptor = os.open(path, _READ_FLAGS)
    try:
        status = os.fstat(descriptor)
        if kind := _special(status.st_mode):  # replaced since: a pipe opened without waiting
            raise error(path, f"is {kind}, not a {what}", fix=special)
        chunks: list[bytes] = []
        size, want = 0, min(status.st_size, MAX_BYTES) + 1  # the whole file, in one read
        while size <= MAX_BYTES and (chunk := os.read(descriptor, want)):
            chunks.append(chunk)
            size += len(chunk)
            want = MAX_BYTES + 1 - size  # more than it said (/proc), up to the limit
    finally:
        os.close(descriptor)
    if size > MAX_BYTES:
        raise error(path, f"is larger than {SIZE_LIMIT}, the limit for a {what}",
                    fix=f"Check that this is the right file: a {what} is a few kilobytes.")
    return b"".join(chunks)


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _special(mode: int) -> str | None:
    """What a file that is not a regular one is, in words (a folder is an OSError)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a socket" if stat.S_ISSOCK(mode) else "not a regular file"


def _read_yaml(path: Path, what: str = "profile file") -> tuple[Any, yaml.Node | None]:
    try:
        raw = read_small(path, what)
    except IsADirectoryError:
        raise ProfileError(path, f"is a folder, not a {what}") from None
    except FileNotFoundError:
        raise ProfileError(path, "no such file",
                           fix=f"Create one with: followup init {path}") from None
    except OSError as error:
        raise ProfileError(path, f"cannot be read ({error.strerror})") from None
    return _parse_yaml(path, raw)


def _parse_yaml(path: Path, raw: bytes, prefix: str = "") -> tuple[Any, yaml.Node | None]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ProfileError(path, "is not UTF-8 text", line=line,
                           fix="Save the file with UTF-8 encoding.") from None
    loader = None
    try:
        loader = _Loader(text)
        root = loader.get_single_node()
        if root is not None:
            if "*" in text:  # aliases: what they would expand to, before any walk over it
                _check_aliases(path, root, prefix)
            _check_tree(root)
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(filter(None, [error.context, error.problem]))
        raise ProfileError(path, f"YAML syntax: {problem}",
                           line=mark.line + 1 if mark else None,
                           fix="Check the indentation and quote values that contain ': ' "
                               "or start with a special character.") from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow in a file
        at = error.position  # libyaml counts bytes of UTF-8, PyYAML characters
        line = (text.encode()[:at].count(b"\n") if _LIBYAML else text[:at].count("\n")) + 1
        raise ProfileError(path, f"contains the control character U+{error.character:04X}",
                           line=line,
                           fix="Remove it (it may have come in with pasted text): YAML allows "
                               "no control character but tab and line breaks.") from None
    except yaml.YAMLError as error:
        raise ProfileError(path, f"YAML: {error}") from None
    except (ValueError, OverflowError) as error:  # a value of an explicit tag (!!timestamp)
        raise ProfileError(path, f"YAML: a value cannot be read ({error})") from None
    except _Found as found:
        raise ProfileError(path, found.problem, line=_line(found.node),
                           field=_field(prefix, found.parts) or None, fix=found.fix) from None
    except RecursionError:  # nested deeper than any profile, and than Python's stack
        raise ProfileError(path, "YAML: nested too deeply",
                           fix="A profile nests a few levels deep: check the brackets and the "
                               "indentation.") from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, root


# Taken off both ends of every text value, so that every consumer sees it clean ("  Priya
# Shah " is found by --to "Priya Shah"): spaces of any width, and characters that show
# nothing (zero-width space and joiners, direction marks, word joiner, BOM, soft hyphen).
# Not line breaks: a name written with | keeps its line break, and is refused for it.
_PADDING = ("\t \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
            "\u202f\u205f\u3000\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\xad")
_TEXT_TAG = "tag:yaml.org,2002:str"


def _check_aliases(path: Path, root: yaml.Node, prefix: str) -> None:
    """What the aliases (*name) of a document would expand to, measured with each node once
    (by identity): refused past MAX_BYTES, and when an alias names a mapping or list it is
    in. Built, such a document (a "billion laughs") would take all memory and time, and so
    would every walk over it. Without recursion: the nesting is the document's."""
    size: dict[int, int] = {}  # id(node): its size with aliases expanded, once measured
    repeated = 0  # the size that aliases add, so far
    stack: list[list[Any]] = []  # [node, its children, the next one, size so far], root first
    on_stack: set[int] = set()

    def push(node: yaml.Node) -> None:
        children = node.value
        if isinstance(node, yaml.MappingNode):  # key, value, key, value, ...
            children = [child for pair in children for child in pair]
        stack.append([node, children, 0, 1])
        on_stack.add(id(node))

    def refuse(problem: str, line: int | None, fix: str) -> ProfileError:
        return ProfileError(path, problem, line=line, field=_field_at(stack, prefix) or None,
                            fix=fix)

    push(root)
    while stack:
        frame = stack[-1]
        node, children = frame[0], frame[1]
        while frame[2] < len(children):
            child = children[frame[2]]
            frame[2] += 1
            if id(child) in size:  # met before: an alias repeats all of it here
                frame[3] += size[id(child)]
                repeated += size[id(child)]
                if repeated > MAX_BYTES:
                    raise refuse(f"aliases (*name), with this one, repeat more than "
                                 f"{SIZE_LIMIT} of values", _line(node),
                                 "Write the values out instead: a profile needs few aliases, "
                                 "if any.")
            elif id(child) in on_stack:
                raise refuse("an alias (*name) here stands for a mapping or list that holds "
                             "it, which would never end", _line(node),
                             "Write the value out instead of the alias.")
            elif isinstance(child, yaml.ScalarNode):
                size[id(child)] = len(child.value) or 1
                frame[3] += size[id(child)]
            else:
                push(child)
                break  # measure the child first
        else:
            stack.pop()
            on_stack.discard(id(node))
            size[id(node)] = frame[3]
            if stack:
                stack[-1][3] += frame[3]


def _field_at(stack: list[list[Any]], prefix: str) -> str:
    """The field of the node each collection on the stack was last at, as messages name it."""
    field = prefix
    for node, children, position, _ in stack:
        if isinstance(node, yaml.MappingNode):
            key = children[(position - 1) & ~1]  # the key of the pair
            name = _shown(key.value) if isinstance(key, yaml.ScalarNode) else "?"
            field = f"{field}.{name}" if field else name
        else:
            field = f"{field}[{position - 1}]"
    return field


class _Found(Exception):
    """A problem at `node`; each level of _check_tree on the way out adds its key or index,
    so that the field's name is made only for a message."""

    def __init__(self, node: yaml.Node, problem: str, fix: str, parts: list[str | int]) -> None:
        super().__init__(problem)
        self.node, self.problem, self.fix, self.parts = node, problem, fix, parts


def _check_tree(node: yaml.Node) -> None:
    """Each node, as often as aliases name it (_check_aliases has bounded that):

    - two equal keys in a mapping are refused (PyYAML keeps the last; a profile with both
      is a mistake);
    - text values lose the padding around them, and one with nothing else is blank.
    """
    if isinstance(node, yaml.ScalarNode):
        text = node.value
        if text and node.tag == _TEXT_TAG:
            if text[0] in _PADDING or text[-1] in _PADDING:
                node.value = text = text.strip(_PADDING)
            if not text or (not text.isascii() and _invisible(text)):
                raise _Found(node, "is blank: it holds only spaces or invisible characters",
                             "Give it a value, or leave the field out if it is optional.", [])
    elif isinstance(node, yaml.MappingNode):
        keys = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
        if len(set(keys)) != len(keys):
            seen: set[str] = set()
            for key, _ in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value in seen:
                    raise _Found(key, "appears twice in the same mapping",
                                 "Keep one of the two entries.", [_shown(key.value)])
                seen.add(key.value)
        for key, value in node.value:
            try:
                _check_tree(value)
            except _Found as found:
                found.parts.insert(0, _shown(key.value)
                                   if isinstance(key, yaml.ScalarNode) else "?")
                raise
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            try:
                _check_tree(item)
            except _Found as found:
                found.parts.insert(0, index)
                raise


def _invisible(text: str) -> bool:
    """Nothing in `text` shows: only spaces, formatting characters and combining marks
    (with nothing to combine with). Control characters and line breaks are not invisible
    but refused where they matter, each with its own message."""
    if any(char.isalnum() for char in text):
        return False  # the usual case, decided without loading unicodedata
    import unicodedata

    return all(unicodedata.category(char) in ("Cf", "Mn", "Me", "Zs") for char in text)


def _shown(name: str) -> str:
    """A key as a message shows it: escaped if it holds characters a terminal would act on."""
    return name if name.isprintable() else repr(name)[1:-1]


def _check_values(loaded: Profile, path: Path, root: yaml.Node | None,
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
    _check_emails(emails, path, root)
    for parts, day in dates:
        if day is not None and (problem := date_problem(day)) is not None:
            raise ProfileError(path, problem, line=_line(root, parts), field=_field("", parts),
                               fix="Check the year: write dates as YYYY-MM-DD, such as "
                                   "2026-11-16.")


def _check_emails(emails: list[tuple[list[str | int], str | None]], path: Path,
                  root: yaml.Node | None, prefix: str = "") -> None:
    for parts, email in emails:
        if email is not None and (problem := email_problem(email)) is not None:
            from followup.profile_errors import bad_email

            raise bad_email(email, problem, path, root, parts, prefix)


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


def _convert(data: dict[str, Any], kind: type[Any], path: Path, root: yaml.Node | None,
             prefix: str = "") -> Any:
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as error:
        from followup.profile_errors import explain

        raise explain(str(error), kind, path, root, prefix) from None


def _field(prefix: str, parts: list[str | int]) -> str:
    """The field at `parts` below `prefix`, as messages name it: interviews[0].date."""
    text = prefix
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _line(root: yaml.Node | None, parts: list[str | int] | None = None) -> int | None:
    """1-based line of the node at `parts` (keys and indexes) below `root`.

    Where the path leaves the file (a missing field), the line of the deepest node found.
    """
    node = root
    for part in parts or []:
        child = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            child = next((value for key, value in node.value if key.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            child = node.value[part] if part < len(node.value) else None
        if child is None:
            break
        node = child
    return node.start_mark.line + 1 if node is not None else None
