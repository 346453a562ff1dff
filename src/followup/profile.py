"""The profile: one YAML file per application, loaded into typed, immutable values.

The format is a contract (DESIGN.md). Validation is msgspec's, from the same types
that `followup schema` prints; this module's other job is to turn msgspec's
JSON-path errors back into the file, line and field the user wrote.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import msgspec
import yaml

from followup.errors import ProfileError

# Patterns that mean the same in Python and in JSON Schema's dialect (ECMA-262), so that
# editors validate as followup does: ^ and (?![\s\S]) for the ends, not \A and \Z (which
# ECMA-262 lacks) nor $, which in Python also matches before a final line break
# (`email: |` leaves one, and a value bound for a header must not carry it).
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+(?![\s\S])"
Email = Annotated[str, msgspec.Meta(pattern=EMAIL_PATTERN, description="An email address.")]
Text = Annotated[str, msgspec.Meta(min_length=1)]
# Names and the like can reach an email header, where a line break would start a
# new header: refused here, with a line number, and again where headers are built.
LINE_BREAK_FREE = r"^[^\r\n\v\f\x1c-\x1e\x85\u2028\u2029]*(?![\s\S])"
Line = Annotated[str, msgspec.Meta(min_length=1, pattern=LINE_BREAK_FREE)]
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


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML, except dates stay text so that msgspec checks them (a bad date
    then gets a line and field instead of a ValueError from deep inside PyYAML)."""

    yaml_implicit_resolvers: ClassVar[dict[Any, Any]] = {
        first: [(tag, pattern) for tag, pattern in resolvers
                if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


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
    return loaded


def _load_candidate(path: Path, profile_path: Path,
                    profile_root: yaml.Node | None) -> dict[str, Any]:
    """`candidate: me.yaml` shares one candidate file between applications."""
    if not path.is_file():
        raise ProfileError(profile_path, f"no candidate file at {path}",
                           line=_line(profile_root, ["candidate"]), field="candidate",
                           fix="Give a path relative to the profile, or write the candidate "
                               "mapping (name:, email:) in place.")
    # Planning a folder, many profiles share one file: parse and check it once a process
    # while its content is the same (the dict is only read, never changed).
    try:
        key: bytes | None = path.read_bytes()
    except OSError:
        key = None  # _read_yaml says what is wrong
    if key in _checked_candidates:
        return _checked_candidates[key]
    data, root = _read_yaml(path)
    if not isinstance(data, dict):
        raise ProfileError(path, "a candidate file is a mapping (name:, email:, ...)",
                           line=_line(root), field="candidate")
    _convert(data, Candidate, path, root, prefix="candidate")
    if key is not None:
        _checked_candidates[key] = data
    return data


_checked_candidates: dict[bytes, dict[str, Any]] = {}


def _read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ProfileError(path, "is a folder, not a profile file") from None
    except FileNotFoundError:
        raise ProfileError(path, "no such file",
                           fix=f"Create one with: followup init {path}") from None
    except OSError as error:
        raise ProfileError(path, f"cannot be read ({error.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ProfileError(path, "is not UTF-8 text", line=line,
                           fix="Save the file with UTF-8 encoding.") from None
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        _refuse_duplicate_keys(path, root)
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(filter(None, [error.context, error.problem]))
        raise ProfileError(path, f"YAML syntax: {problem}",
                           line=mark.line + 1 if mark else None,
                           fix="Check the indentation and quote values that contain ': ' "
                               "or start with a special character.") from None
    except yaml.YAMLError as error:
        raise ProfileError(path, f"YAML: {error}") from None
    finally:
        loader.dispose()
    return data, root


def _refuse_duplicate_keys(path: Path, node: yaml.Node | None, trail: str = "") -> None:
    """PyYAML keeps the last of two equal keys; a profile with both is a mistake."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            field = f"{trail}.{name}" if trail else name
            if name in seen:
                raise ProfileError(path, "appears twice in the same mapping", line=_line(key),
                                   field=field, fix="Keep one of the two entries.")
            seen.add(name)
            _refuse_duplicate_keys(path, value, field)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _refuse_duplicate_keys(path, item, f"{trail}[{index}]")


def _convert(data: dict[str, Any], kind: type[Any], path: Path, root: yaml.Node | None,
             prefix: str = "") -> Any:
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as error:
        from followup.profile_errors import explain

        raise explain(str(error), kind, path, root, prefix) from None


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
