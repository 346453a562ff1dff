"""The draft checker: findings over any draft, each with its rule, severity, line and words.

Pure: a `Document` (the text of one draft and what is known about it) and, when
given, the profile it was written from, in; a sorted list of `Finding`s out.
The rules' data (phrase lists, cues, leftovers, subjects) live in
`guidance/phrases.py` and the length limits in `guidance/lengths.py`; this
module only applies them. `followup check` reads files into Documents
(`followup.reader`); `drafting.compose` checks every draft it renders.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from followup import matching, words
from followup.guidance import RULES
from followup.guidance import phrases as data
from followup.guidance.lengths import ERROR_FACTOR, limit_for
from followup.guidance.phrases import Severity

if TYPE_CHECKING:
    import datetime

    from followup.draft import Note
    from followup.profile import Interviewer, Profile

class Finding(msgspec.Struct, frozen=True):
    rule: str
    severity: Severity
    line: int | None  # None: about the draft as a whole
    column: int | None
    words: str  # the offending words, as written ("" when something is missing)
    message: str
    suggestion: str

    @property
    def reason(self) -> str:
        """The rule's one-line reason: the "why" of the finding."""
        return RULES[self.rule].reason


class Document(msgspec.Struct, frozen=True):
    """One draft to check, and what is known about it."""

    name: str  # how findings and other drafts refer to it: a file name, "the note to ..."
    body: str  # greeting, body, sign-off and signature
    subject: str | None = None
    situation: str | None = None
    situation_from: str = "unknown"  # given | file | guessed | unknown
    channel: str = "email"
    to: tuple[tuple[str, str | None], ...] = ()  # (name, email) of each recipient
    body_line: int = 1  # the line of the file the body starts on
    subject_line: int | None = None  # the line of the file the subject is on
    subject_column: int = 0  # where the subject starts on its line (0-based)
    file: str = ""  # the file it was read from ("-" for standard input), if any
    index: int = 1  # its place among the drafts in that file
    lines: str = "file"  # "file": line numbers are the file's; "body": the body's own


def count(findings: Iterable[Finding], severity: Severity) -> int:
    return sum(1 for finding in findings if finding.severity == severity)


def notes(findings: Iterable[Finding]) -> tuple[Note, ...]:
    """Findings as the warnings a drafting command prints with a draft."""
    from followup.draft import Note

    return tuple(Note(finding.rule, f"{finding.message} {finding.suggestion}",
                      error=finding.severity == "error")
                 for finding in findings)


# ------------------------------------------------------------------ the situation


def guess_situation(subject: str | None, body: str) -> str | None:
    """The situation whose signal phrases the draft has most of (the subject counts
    twice); the more specific situation wins a tie; None when nothing points anywhere."""
    prepared_body = matching.prepare(body)
    prepared_subject = matching.prepare(subject or "")
    scores = {}
    for situation, signals in data.SITUATION_SIGNALS.items():
        scores[situation] = (  # "I have not heard back" still says it is a check-in
            len(list(matching.find(signals, prepared_body, negatable=False))) +
            2 * len(list(matching.find(signals, prepared_subject, negatable=False))))
    best = max(scores.values())
    return next(name for name, score in scores.items() if score == best) if best else None


def resolve(document: Document, situation: str | None = None) -> Document:
    """The document with its situation: as given, else from the file, else guessed."""
    if situation:
        return msgspec.structs.replace(document, situation=situation, situation_from="given")
    if document.situation:
        return document
    guessed = guess_situation(document.subject, document.body)
    return msgspec.structs.replace(document, situation=guessed,
                                   situation_from="guessed" if guessed else "unknown")


# ------------------------------------------------------------------ checking


def check_all(documents: Sequence[Document],
              profile: Profile | None = None) -> list[list[Finding]]:
    """The findings of each document, and of the thank-you notes against each other
    (TY5): one sorted list a document."""
    known = _Known(profile)
    found = [_check(document, profile, known) for document in documents]
    for index, finding in variety(documents):
        found[index].append(finding)
    return [sorted(findings, key=_order) for findings in found]


def check(document: Document, profile: Profile | None = None) -> list[Finding]:
    return sorted(_check(document, profile, _Known(profile)), key=_order)


def _order(finding: Finding) -> tuple[int, int, int]:
    return (finding.line if finding.line is not None else 1 << 30, finding.column or 0,
            0 if finding.severity == "error" else 1)


class _Known:
    """What a profile says, gathered once for all its drafts."""

    def __init__(self, profile: Profile | None) -> None:
        self.texts = _profile_strings(profile) if profile else []
        self._quoted: list[re.Pattern[str]] | None = None

    def quoted(self) -> list[re.Pattern[str]]:
        """Each text of the profile as a pattern that finds it in a draft, in any case,
        with any spacing or punctuation between its words, and with "you" and "me" either
        way round (a template says "let you know" back as "let me know"). Built on first
        use: only a tone finding asks."""
        if self._quoted is None:
            self._quoted = []
            for text in self.texts:
                found = [_PERSON if word.lower() in _PEOPLE else re.escape(word)
                         for word in re.findall(r"\w+", text)]
                if found:
                    self._quoted.append(re.compile(
                        r"(?<!\w)" + r"\W+".join(found) + r"(?!\w)", re.IGNORECASE))
        return self._quoted


_PEOPLE = ("you", "your", "yours", "me", "my", "mine")
_PERSON = f"(?:{'|'.join(_PEOPLE)})"


class _Draft:
    """A document taken apart once for all the checks."""

    def __init__(self, document: Document, known: _Known) -> None:
        self.document = document
        self.body = document.body
        self.lines = self.body.split("\n")
        self.layout = words.layout(self.body)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)
        first, end = self.layout.body
        self.body_part = "\n".join(self.lines[first:end])
        self.body_offset = self.starts[first]
        # The sign-off line is checked; the signature under it (names, numbers) is not.
        signature = self.layout.sign_off
        cut = self.starts[signature + 1] - 1 if signature is not None and \
            signature + 1 < len(self.lines) else len(self.body)
        self.checked = self.body[:cut] + re.sub(r"\S", " ", self.body[cut:])
        self.prepared = matching.prepare(self.checked)
        self.subject = matching.prepare(document.subject or "")
        self.profile_text = known.texts
        self.known = known
        # Characters a tone finding has reported, by part (1: taken): no second finding
        # for them. Flags, not a list of spans searched for each match (quadratic).
        self.taken = {"subject": bytearray(len(document.subject or "")),
                      "body": bytearray(len(self.checked))}
        self._from_profile: dict[str, bool] = {}
        self._quotes: dict[str, tuple[list[int], list[int]]] = {}

    def where(self, offset: int) -> tuple[int, int]:
        """Line and column (1-based) of a body offset, as in the file."""
        line = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.document.body_line + line, offset - self.starts[line] + 1

    def subject_where(self, offset: int) -> tuple[int | None, int | None]:
        if self.document.subject_line is None:
            return None, None
        return self.document.subject_line, self.document.subject_column + offset + 1

    def from_profile(self, text: str) -> bool:
        if text not in self._from_profile:  # asked again for each repeated word
            self._from_profile[text] = any(text in value for value in self.profile_text)
        return self._from_profile[text]

    def quotes_profile(self, part: str, start: int, end: int) -> bool:
        """Whether the words at [start, end) of the subject or body lie inside a text the
        profile gives: a name ("Urgent Response Coordinator"), or what the user recorded
        ("that the team answers urgent tickets ASAP"). The user wrote those on purpose,
        and a draft that quotes them is not pressing anyone."""
        if not self.known.texts:
            return False
        if part not in self._quotes:  # found once a part, not once a tone finding
            text = (self.document.subject or "") if part == "subject" else self.checked
            spans = sorted(found.span() for pattern in self.known.quoted()
                           for found in pattern.finditer(text))
            ends = list(itertools.accumulate((stop for _, stop in spans), max))
            self._quotes[part] = ([begin for begin, _ in spans], ends)
        starts, ends = self._quotes[part]
        before = bisect.bisect_right(starts, start)  # the quotes that begin at or before it
        return before > 0 and ends[before - 1] >= end


def _check(document: Document, profile: Profile | None, known: _Known) -> list[Finding]:
    draft = _Draft(document, known)
    findings = _tone(draft)
    findings += _emphasis(draft)
    findings += _leftovers(draft)
    findings += _subject(draft, profile)
    findings += _length(draft)
    findings += _content(draft, profile)
    if profile is not None:
        findings += _profile_content(draft, profile)
    return findings


def _applies(situations: tuple[str, ...], situation: str | None) -> bool:
    return not situations or situation is None or situation in situations


def _show(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------------------------ tone (CI5, G2, FB3, CO2)


def _tone(draft: _Draft) -> list[Finding]:
    findings = []
    taken = draft.taken
    for phrase_list in data.TONE:
        if not _applies(phrase_list.situations, draft.document.situation):
            continue
        for part, text in (("subject", draft.subject), ("body", draft.prepared)):
            for match in matching.find(phrase_list.phrases, text):
                # A phrase may end at a comma or full stop ("As I said,"): not shown.
                shown = _show(match.text).rstrip(",.;!")
                end = match.start + len(match.text.rstrip().rstrip(",.;!"))
                if taken[part].find(1, match.start, end) >= 0 \
                        or draft.quotes_profile(part, match.start, end):
                    continue
                taken[part][match.start:end] = b"\x01" * (end - match.start)
                line, column = draft.subject_where(match.start) if part == "subject" else \
                    draft.where(match.start)
                findings.append(Finding(
                    phrase_list.rule, phrase_list.severity, line, column, shown,
                    f"{phrase_list.says}: \"{shown}\".", phrase_list.suggestion))
    return findings


_SHOUTED = re.compile(r"[^\W\d_][\w'’]*")
_EXCLAMATION = re.compile("!")


def _emphasis(draft: _Draft) -> list[Finding]:
    """G2: more than one exclamation mark; words in capitals (not acronyms or names)."""
    rule = data.EMPHASIS
    findings = []
    marks = [("subject", match.start()) for match in _EXCLAMATION.finditer(
        draft.document.subject or "")]
    marks += [("body", match.start()) for match in _EXCLAMATION.finditer(draft.checked)]
    if len(marks) > rule.max_exclamations:
        part, offset = marks[rule.max_exclamations]
        text = (draft.document.subject or "") if part == "subject" else draft.checked
        line, column = draft.subject_where(offset) if part == "subject" else \
            draft.where(offset)
        findings.append(Finding(
            rule.rule, rule.severity, line, column, _sentence_around(text, offset),
            f"{len(marks)} exclamation marks: at most {rule.max_exclamations} reads as "
            "professional.", "Keep one at most, where you thank them."))
    names = {word.upper() for name, _ in draft.document.to for word in name.split()}
    for part, text in (("subject", draft.document.subject or ""), ("body", draft.checked)):
        for start, shouted in _shouting(text, names, draft):
            if draft.taken[part][start]:
                continue  # "URGENT:" is pressure already
            line, column = draft.subject_where(start) if part == "subject" else \
                draft.where(start)
            findings.append(Finding(
                rule.rule, rule.severity, line, column, shouted,
                f"Capitals read as shouting: \"{shouted}\".",
                "Write it in ordinary case; let the words carry the emphasis."))
    return findings


def _shouting(text: str, names: set[str], draft: _Draft) -> list[tuple[int, str]]:
    runs: list[list[re.Match[str]]] = []
    previous_end = -1
    for match in _SHOUTED.finditer(text):
        word = match[0]
        capital = word.isupper() and len(word) >= 2 and word.upper() not in data.ACRONYMS \
            and word not in names and not draft.from_profile(word)
        if word in ("I", "A") and runs and previous_end >= 0:
            continue  # "I" and "A" neither start nor break a run
        if capital and runs and previous_end >= 0 and \
                re.fullmatch(r"[ ,'’-]*", text[previous_end:match.start()]):
            runs[-1].append(match)
        elif capital:
            runs.append([match])
        previous_end = match.end() if capital else -1
    found = []
    for run in runs:
        letters = sum(len(match[0]) for match in run)
        if (len(run) >= 2 and letters >= data.EMPHASIS.min_shouted_letters) or \
                (len(run) == 1 and run[0][0] in data.EMPHASIS_WORDS):
            start, end = run[0].start(), run[-1].end()
            found.append((start, text[start:end]))
    return found


def _sentence_around(text: str, offset: int) -> str:
    """The sentence that ends with the exclamation mark at `offset`."""
    first = offset
    while first > 0 and text[first - 1] in "!?":
        first -= 1
    start = max(text.rfind(char, 0, first) for char in ".!?\n") + 1
    return _show(text[start:offset + 1])


# ------------------------------------------------------------------ leftovers and subject (G2)


def _empty_greeting(line: str) -> bool:
    """G2: "Dear ," or "Hello None," (the pattern is compiled only for a line that ends with
    one of its last words: most greetings end with a name)."""
    rule = data.EMPTY_GREETING
    found = line.rstrip().rstrip(",:!").split()
    if not found or found[-1].translate(words.CASE_BLIND) not in rule.last_words:
        return False
    return re.match(rule.regex, line) is not None


def _leftovers(draft: _Draft) -> list[Finding]:
    findings = []
    first = draft.layout.greeting
    if first is None:
        first = next((index for index, line in enumerate(draft.lines) if line.strip()), None)
    empty = first is not None and _empty_greeting(draft.lines[first].strip()) \
        and not _greets_by_profile(draft, draft.lines[first])
    if empty and first is not None:
        rule = data.EMPTY_GREETING
        greeting_line, greeting_column = draft.where(draft.starts[first])
        findings.append(Finding(rule.rule, rule.severity, greeting_line, greeting_column,
                                draft.lines[first].strip(), f"{rule.says}.", rule.suggestion))
    lowered = f"{draft.document.subject or ''}\n{draft.body}".lower()
    for pattern in data.LEFTOVERS:
        if pattern.hints and not any(hint in lowered for hint in pattern.hints):
            continue  # cannot match: not even compiled
        regex = re.compile(pattern.regex, re.MULTILINE)
        for part, text in (("subject", draft.document.subject or ""), ("body", draft.body)):
            for match in regex.finditer(text):
                if draft.from_profile(match[0]):
                    continue  # the profile's own words, written on purpose
                line, column = draft.subject_where(match.start()) if part == "subject" \
                    else draft.where(match.start())
                if empty and part == "body" and line == findings[0].line:
                    continue  # the empty greeting says it already
                shown = _show(match[0]) or match[0]
                findings.append(Finding(pattern.rule, pattern.severity, line, column, shown,
                                        f"{pattern.says}: \"{shown}\".", pattern.suggestion))
    return findings


def _greets_by_profile(draft: _Draft, line: str) -> bool:
    """'Dear None,' is empty, unless the profile says that is their name."""
    name = re.sub(r"^\W*\w+\s*", "", line.strip())
    end = len(name)  # spaces and , : ! cut from the end by hand: `[\s,:!]+$` is quadratic
    while end and (name[end - 1].isspace() or name[end - 1] in ",:!"):
        end -= 1
    return end > 0 and draft.from_profile(name[:end])


def _subject(draft: _Draft, profile: Profile | None) -> list[Finding]:
    if draft.document.channel != "email":
        return []
    subject = draft.document.subject
    if subject is None or not subject.strip():
        return [Finding(data.SUBJECT_RULE, "warning", draft.document.subject_line, None, "",
                        data.NO_SUBJECT,
                        data.NO_SUBJECT_FIX.format(subject=_proposed_subject(draft, profile)))]
    meaningful = [word for word in words.words(subject.lower())
                  if word not in data.GENERIC_SUBJECT_WORDS]
    if meaningful:
        return []
    line, column = draft.subject_where(0)
    return [Finding(data.SUBJECT_RULE, "warning", line, column, subject.strip(),
                    data.GENERIC_SUBJECT.format(subject=subject.strip()),
                    data.GENERIC_SUBJECT_FIX.format(subject=_proposed_subject(draft, profile)))]


def _proposed_subject(draft: _Draft, profile: Profile | None) -> str:
    """A subject for this draft's application: the profile's role and company, else those
    the draft names, else a template with the role to fill in."""
    if profile is not None:
        role, company = profile.role, profile.company
    else:
        text = draft.body_part[:data.SUBJECT_SEARCH]
        role, company = _named(data.ROLE_PATTERNS, text), _named(data.COMPANY_PATTERNS, text)
    form = data.SUBJECTS.get(draft.document.situation or "", data.SUBJECTS[""])
    return form.format(role=" ".join(role.split()) or data.UNKNOWN_ROLE,
                       at=f" at {' '.join(company.split())}" if company.strip() else "")


def _named(patterns: tuple[str, ...], text: str) -> str:
    """The name the first of `patterns` to match finds in `text` ("" for none), without a
    possessive: "at Acme's office" names Acme."""
    for pattern in patterns:
        found = re.search(pattern, text)
        if found:
            return re.sub(r"['’]s$", "", found["name"])
    return ""


# ------------------------------------------------------------------ length (TY3, CI4, CI7)


def _length(draft: _Draft) -> list[Finding]:
    situation = draft.document.situation
    limit = limit_for(situation, draft.document.channel) if situation else None
    if limit is None:
        return []
    findings = []
    found = list(words.word_spans(draft.body_part))
    if len(found) > limit.max_words:
        over = found[limit.max_words]
        line, column = draft.where(draft.body_offset + over.start())
        severity: Severity = "error" if len(found) > limit.max_words * ERROR_FACTOR else \
            "warning"
        findings.append(Finding(
            limit.rule, severity, line, column, "",
            f"The body is {len(found)} words; {limit.rule} asks for at most {limit.max_words} "
            "(greeting and sign-off not counted).",
            f"Cut about {len(found) - limit.max_words} words; the limit is passed on this "
            "line."))
    blocks = _paragraph_starts(draft.body_part)
    if limit.max_paragraphs and len(blocks) > limit.max_paragraphs:
        line, column = draft.where(draft.body_offset + blocks[limit.max_paragraphs])
        findings.append(Finding(
            limit.rule, "warning", line, column, "",
            f"The body has {len(blocks)} paragraphs; {limit.rule} asks for at most "
            f"{limit.max_paragraphs}.", "Merge or cut paragraphs from here on."))
    return findings


def _paragraph_starts(text: str) -> list[int]:
    """Where each paragraph (as words.paragraphs counts them) begins."""
    starts, offset, blank = [], 0, True
    for line in text.split("\n"):
        if line.strip():
            if blank:
                starts.append(offset + len(line) - len(line.lstrip()))
            blank = False
        else:
            blank = True
        offset += len(line) + 1
    return starts


# ------------------------------------------------------------------ content (TY4, TY8, CI4, CO4)


def _content(draft: _Draft, profile: Profile | None) -> list[Finding]:
    situation = draft.document.situation
    if situation is None:
        return []
    exact = {"deadline"} if profile is not None and profile.competing_offer else set()
    body = matching.within(draft.prepared, draft.body_offset,
                           draft.body_offset + len(draft.body_part))
    return [Finding(cue.rule, "warning", None, None, "", cue.missing, cue.suggestion)
            for cue in data.CONTENT
            if situation in cue.situations and cue.instead not in exact
            and next(matching.find(cue.phrases, body), None) is None]


def _profile_content(draft: _Draft, profile: Profile) -> list[Finding]:
    document = draft.document
    findings = []
    text = _stems(draft.body_part)
    wanted = {key: requirement for key, requirement in data.PROFILE_CONTENT.items()
              if document.situation in requirement.situations
              and document.channel in requirement.channels}

    def missing(key: str, value: str) -> None:
        requirement = wanted[key]
        findings.append(Finding(requirement.rule, "warning", None, None, "",
                                requirement.missing.format(value=value),
                                requirement.suggestion))

    if "role" in wanted and not (mentions(text, profile.role) or
                                 mentions(text, profile.company)):
        missing("role", f"{profile.role}, {profile.company}")
    people = _recipients(document, draft, profile)
    for key, attribute in (("learned", "learned"), ("question", "question")):
        values = [getattr(person, attribute) for person in people if getattr(person, attribute)]
        if key in wanted and values and not any(mentions(text, value) for value in values):
            if key == "question" and "?" in draft.body_part:
                continue  # a question of their own follows the rule too
            missing(key, values[0])
    highlights = profile.candidate.highlights
    if "highlight" in wanted and highlights and \
            not any(mentions(text, value) for value in highlights):
        missing("highlight", highlights[0] if len(highlights) == 1 else
                f"one of {len(highlights)} highlights")
    offer = profile.competing_offer
    if "deadline" in wanted and offer is not None and \
            not _names_date(draft.body_part, offer.deadline):
        missing("deadline", offer.deadline.isoformat())
    return findings


def _recipients(document: Document, draft: _Draft, profile: Profile) -> list[Interviewer]:
    """The interviewers of the latest interview the draft is to; all of them when that
    cannot be told."""
    people = list(profile.latest_interview.interviewers)
    emails = {email.lower() for _, email in document.to if email}
    names = {_fold(name) for name, _ in document.to if name}
    greeting = draft.lines[draft.layout.greeting] if draft.layout.greeting is not None else ""
    chosen = [person for person in people if (person.email and person.email.lower() in emails)
              or _fold(person.name) in names]
    if not chosen and greeting:
        said = set(_fold(greeting).replace(",", " ").split())
        chosen = [person for person in people
                  if set(_fold(person.salutation or "").split()) & said
                  or set(_fold(person.name).split()) & said]
    return chosen if len(chosen) == 1 else people


_STOPWORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "how", "i",
    "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "so", "that", "the", "their",
    "them", "they", "this", "to", "was", "we", "were", "what", "when", "where", "which", "who",
    "will", "with", "you", "your"
})


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _stems(text: str) -> set[str]:
    return {word[:5] for word in re.findall(r"\w+", _fold(text))}


def mentions(stems: set[str], value: str, share: float = 0.5) -> bool:
    """Whether a text (as its word stems) mentions `value`: at least `share` of its words
    that carry meaning, compared by their first five letters ("shadowing" is "shadow")."""
    wanted = {word[:5] for word in re.findall(r"\w+", _fold(value))
              if word not in _STOPWORDS and (len(word) > 2 or word.isdigit())}
    if not wanted:
        wanted = {word[:5] for word in re.findall(r"\w+", _fold(value))}
    return not wanted or len(wanted & stems) >= share * len(wanted)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _names_date(text: str, day: datetime.date) -> bool:
    """Whether `text` gives `day`: 4 December, December 4th, Friday, 2026-12-04, 4/12, 12/4."""
    month = _MONTHS[day.month - 1]
    month_names = f"(?:{month}|{month[:3]}\\.?)" if len(month) > 3 else month
    number = f"0?{day.day}(?:st|nd|rd|th)?"
    patterns = (f"\\b{number}\\s+(?:of\\s+)?{month_names}\\b",
                f"\\b{month_names}\\s+{number}\\b", f"\\b{_DAYS[day.weekday()]}\\b",
                f"\\b{day.isoformat()}\\b", f"\\b0?{day.day}/0?{day.month}\\b",
                f"\\b0?{day.month}/0?{day.day}\\b")
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def _profile_strings(profile: Profile) -> list[str]:
    """Every text the profile holds: words the user wrote on purpose."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(msgspec.to_builtins(profile))
    return found


# ------------------------------------------------------------------ variety (TY5)


def variety(documents: Sequence[Document]) -> list[tuple[int, Finding]]:
    """Thank-you notes that open alike or read too alike: a finding on the later note of
    each pair. Notes whose recipients' email domains differ (other companies) are not
    compared. The first `max_notes` notes are compared (a finding on the next says so), each
    by its first `max_words` words: the work grows with the square of both."""
    rule = data.VARIETY
    notes = [index for index, document in enumerate(documents)
             if document.situation == "thank-you"]
    compared = [(index, _Note(documents[index])) for index in notes[:rule.max_notes]]
    found = []
    for position, (second_index, second) in enumerate(compared):
        for _, first in compared[:position]:
            if first.domains and second.domains and not first.domains & second.domains:
                continue  # other companies
            names = first.names | second.names
            opening = _opening(second.opening, names)
            if opening and opening == _opening(first.opening, names):
                found.append((second_index, Finding(
                    rule.rule, rule.severity, second.body_line, 1,
                    _show(second.opening_text),
                    f"Opens with the same sentence as {first.document.name}.",
                    "Open each note differently: start from something you discussed with "
                    "this person.")))
            ratio = words.similarity_above(first.words, second.words, rule.max_similarity)
            if ratio is not None:
                found.append((second_index, Finding(
                    rule.rule, rule.severity, None, None, "",
                    f"Reads too much like {first.document.name}: word similarity {ratio:.2f}, "
                    f"above {rule.max_similarity}.",
                    "Make each note personal: what you discussed with them, what you "
                    "learned, your question.")))
    if len(notes) > rule.max_notes:
        found.append((notes[rule.max_notes], Finding(
            rule.rule, rule.severity, None, None, "",
            f"Not compared with the other notes: {rule.rule} compares the first "
            f"{rule.max_notes} thank-you notes of a run, and this is note "
            f"{rule.max_notes + 1} of {len(notes)}.",
            "Check each panel's notes together, in a run of their own.")))
    return found


class _Note:
    """A thank-you note as TY5 compares it, worked out once for all its pairs."""

    def __init__(self, document: Document) -> None:
        self.document = document
        parts = words.split(document.body)
        self.opening_text = words.first_sentence(document.body)
        self.opening = re.findall(r"\w+", _fold(self.opening_text))
        # The words of the recipients' names and of the greeting.
        self.names = set(re.findall(r"\w+", _fold(" ".join(
            [parts.greeting, *(name for name, _ in document.to)]))))
        self.domains = {email.rsplit("@", 1)[-1].lower() for _, email in document.to if email}
        self.words = [word.lower()
                      for word in words.words(parts.body)[:data.VARIETY.max_words]]
        self.body_line = document.body_line + words.layout(document.body).body[0]


def _opening(sentence: list[str], names: set[str]) -> list[str]:
    """An opening sentence (its words, folded) as TY5 compares it: case, spacing and
    punctuation aside, and without the two recipients' names, so that "Thank you, Ann, for
    meeting me" opens like "Thank you, Bo, for meeting me"."""
    return [word for word in sentence if word not in names]
