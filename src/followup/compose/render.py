"""Rendering a template to a draft's subject and body: which template, its limits, and
every failure turned into a TemplateProblem that names the file and line.

A template is Markdown with YAML front matter (the contract, with every variable
and helper, is templates/README.md):

    ---
    situation: thank-you
    subject: "Thank you: {{ role }} interview"
    ---
    Dear {{ salutation }},
    ...

The environment templates run in is template_environment.py's, the helpers they call
template_helpers.py's. A template that would run for long or make a huge text is stopped
(the limits are in sandbox.py).
"""

from __future__ import annotations

import functools
import itertools
import re
from pathlib import Path
from typing import Any

import jinja2
import msgspec

from followup.compose import sandbox, template_names
from followup.compose.front_matter import TemplateInfo, front_matter_line
from followup.compose.template_environment import loader
from followup.compose.template_names import SUFFIX
from followup.errors import FollowupError, TemplateProblem
from followup.words import without_asides


class Rendered(msgspec.Struct, frozen=True):
    """A rendered draft: its subject (None if the template has none), body and front matter."""

    subject: str | None
    body: str
    info: TemplateInfo


def has_template(env: jinja2.Environment, name: str) -> bool:
    """Whether the user's or the bundled templates hold one of this name."""
    return loader(env).find(name) is not None


def template_info(env: jinja2.Environment, name: str) -> tuple[TemplateInfo, Path]:
    """A template's checked front matter and its file; TemplateProblem if it has none."""
    try:
        return loader(env).info(name)
    except jinja2.TemplateNotFound as error:
        raise TemplateProblem(f"no template named {error.name}") from None


def choose(env: jinja2.Environment, situation: str, given: str | Path) -> str:
    """The template name for --template: an existing file, else a template name, in full
    (thank-you.short.md.j2) or short (thank-you.short, or short for this situation)."""
    path = Path(given)
    if path.is_file():
        return loader(env).register_file(path)
    typed = template_names.typed_name(str(given))
    if typed is not None:
        for candidate in (typed, f"{situation}.{typed}"):
            if has_template(env, candidate):
                return candidate
    names = sorted(name.removesuffix(SUFFIX) for name in loader(env).names()
                   if name.startswith(f"{situation}."))
    raise TemplateProblem(
        f"--template {given}: no such file, and no template of that name. Templates for "
        f"{situation}: {', '.join(names) or 'none'} (followup templates list shows them all).")


def check_limits(info: TemplateInfo, path: Path, situation: str | None = None,
                 channel: str | None = None) -> None:
    """A template may set a stricter length limit than the guidance's, never a looser one."""
    from followup.guidance.lengths import limit_for

    channel = info.channel or channel or "email"
    guidance = limit_for(info.situation or situation or "", channel)
    if guidance is None:
        return
    for key, value, allowed in (("max_words", info.max_words, guidance.max_words),
                                ("max_paragraphs", info.max_paragraphs,
                                 guidance.max_paragraphs)):
        if value is not None and allowed is not None and value > allowed:
            line = front_matter_line(path.read_text(encoding="utf-8"), key)
            raise TemplateProblem(
                f"{path}:{line}: {key}: {value} is looser than the guidance's {allowed} for a "
                f"{info.situation or situation} {channel} ({guidance.rule}); a template "
                "may set a stricter limit, never a looser one.")


def compile_template(env: jinja2.Environment, name: str) -> TemplateInfo:
    """Check a template without rendering it: front matter, body and subject compile."""
    info, path = template_info(env, name)
    try:
        env.get_template(name)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(f"{error.filename or path}:{error.lineno}: {error.message}") \
            from None
    if info.subject is not None:
        try:
            env.get_template(f"subject:{name}")
        except jinja2.TemplateSyntaxError as error:
            line = front_matter_line(path.read_text(encoding="utf-8"), "subject")
            raise TemplateProblem(f"{path}:{line}: subject: {error.message}") from None
    return info


def render(env: jinja2.Environment, name: str, context: dict[str, Any]) -> Rendered:
    """Render one template by name (or `file:PATH`) to its subject and body."""
    info, path = template_info(env, name)
    body = tidy(named_once(_run(env, name, context, path), context.get("company"),
                           to_agency=bool(context.get("to_agency"))))
    if not body.strip():
        raise TemplateProblem(f"{path}: the draft came out empty: write its text below the "
                              "front matter, or check the conditions around it.")
    subject = None
    if info.subject is not None:
        subject = _run(env, f"subject:{name}", context, path).strip()
        subject = subject[:1].upper() + subject[1:]  # a role written in small letters first
    return Rendered(subject or None, body, info)


def _run(env: jinja2.Environment, name: str, context: dict[str, Any], path: Path) -> str:
    """Render, turning any failure into a TemplateProblem that names the file and line
    (for a subject, the line of subject: in the front matter)."""
    subject = name.startswith("subject:")

    def where() -> str:
        if not subject:
            return str(path)
        return f"{path}:{front_matter_line(path.read_text(encoding='utf-8'), 'subject')}: " \
            "subject"

    slow = env.too_slow if isinstance(env, sandbox.Sandbox) else {}
    if name in slow:  # a batch of drafts waits for a template's time limit once, not each time
        raise TemplateProblem(slow[name])
    try:
        localized = loader(env).localized(name, context.get("country"))  # US wording
        return env.get_template(localized).render(context)
    except FollowupError:
        raise
    except jinja2.TemplateSyntaxError as error:  # also an unknown filter or test
        if subject:
            raise TemplateProblem(f"{where()}: {error.message}") from None
        raise TemplateProblem(f"{error.filename or where()}:{error.lineno}: "
                              f"{error.message}") from None
    except Exception as error:  # undefined names, the sandbox, and Python's own errors
        from followup.compose.template_errors import problem_text, template_line

        line = None if subject else template_line(error)
        problem = f"{line or where()}: {problem_text(error)}"
        if str(error) == sandbox.TOO_SLOW:
            slow[name] = problem
        raise TemplateProblem(problem) from None


# A sentence's full stop after a text that ends with its own (a company "Calloway & Co.",
# "Yahoo!", a question): one mark, as in print. An ellipsis stays.
_STOP_AFTER_STOP = re.compile(r"(?<!\.)([.!?])\.(?!\.)")


def tidy(text: str) -> str:
    """Blank lines at most one at a time, no doubled, leading or trailing spaces (optional
    parts of a template leave them), one final newline; no full stop after another."""
    lines = [_STOP_AFTER_STOP.sub(r"\1", re.sub(r" {2,}", " ", line)).strip()
             for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


# How a note names the company after the first time: by what it is, from the words of its
# name ("the council", "the school", "the firm"); a business, "the company". A name that
# says neither ("Coláiste Naomh Pádraig") is written out again.
_KINDS = (  # (words of the name, what it is); None: the word itself, lower-cased
    (r"(?:Council|School|Academy|College|University|Department|Ministry|Trust|Bank|Hospital|"
     r"Practice|Hotel|Museum|Library|Studio|Clinic|Charity|Foundation|Institute|Authority|"
     r"Commission|Board|Agency|Airline)(?=s?\b)|Service(?=\b)", None),
    (r"(?:LLP|Solicitors|Partners|Associates|Architects|Accountants|Law)\b|& Co\.?$",
     "firm"),  # "Hale & Co", not "Bramble & Co Homewares", a shop
    (r"(?:Airways|Air Lines)\b", "airline"),
    (r"(?:Ledger|Gazette|Tribune|Chronicle|Herald)\b", "paper"),
    (r"Banking\b", "bank"),
    (r"(?:Veterinary|Vets|Surgery|Dental)\b", "practice"),
    (r"Medical Cent(?:er|re)\b", "hospital"),
    (r"(?:Co-?operative|Co-op)\b", "co-operative"),
)
_BUSINESS = (r"\b(?:Inc|Ltd|Limited|LLC|plc|PLC|Corp|Corporation|Company|GmbH|Pty|"
             r"Group|Holdings|Industries|Enterprises|Software|Solutions|Technologies|"
             r"Systems|Stores|Foods|Freight|Logistics|Outfitters|Consulting)\b")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The kinds and the business words, compiled when a long name first asks (a draft to
    "Big Beanz" never does)."""
    return (re.compile("|".join(rf"(?<!\w)({pattern})" for pattern, _ in _KINDS)),
            re.compile(_BUSINESS))


def second_mention(company: str) -> str | None:
    """What a note calls the company once it has named it: "the council" for Wyndhamshire
    County Council, "the firm" for Hale & Byrne LLP, "the company" for Fernleaf Software,
    Inc. (the last word of a kind in the name decides); None when the name says neither."""
    kind, business = _patterns()
    company = without_asides(company)  # the academy, not its trust in brackets
    kinds = list(kind.finditer(company))
    if not kinds:
        return "the company" if business.search(company) else None
    found = kinds[-1]
    group = found.lastindex or 1
    word = _KINDS[group - 1][1] or found[group].lower()
    if re.search(r"\bFood\s+Bank", company):  # a charity, not a bank
        return "the food bank"
    return f"the {word}"


def named_once(body: str, company: str | None, *, to_agency: bool = False) -> str:
    """A draft names the company once (issue 12: "Fernleaf Software, Inc." two or three
    times in a short note reads as a form letter), then as `second_mention` says: "the team
    at X" becomes "the team", "join X" "join the team" (or "join the council"), "you and
    X" "you and the team", "learning about X" "learning about your work" (or "the
    co-operative"), a mention that starts a sentence "The company". A short name
    ("Ledgerline Health") is said again, except in those phrases within a few sentences of
    the last mention ("... about Ledgerline Health. I am eager to join the team."), but
    not after "the team at" it ("join Boreal Air", not "the team" twice). To an
    agency recruiter, whose own team "the team" might be, the name is said again."""
    if not company:
        return body
    short = len(re.findall(r"\w+", company.removeprefix("the "))) < 3
    again = second_mention(company)
    # not inside a longer name ("Coral Sea Airways Cargo")
    found = re.compile(rf"(\bthe team at |\bjoin |\bjoining |\byou and |\blearning about )?(?<!\w)"
                       rf"{re.escape(company)}(?!\w| [A-Z][a-z])")
    mentions = list(found.finditer(body))
    pieces: list[str] = []
    done = 0
    for last, match in itertools.pairwise(mentions):
        before, lead = body[:match.start()].rstrip(" "), match[1] or ""
        if (short and (not lead or match.start() - last.end() > NEARBY)) or \
                before.lower().endswith((" the", "\nthe")):  # "the Coral Sea Airways team"
            continue
        if lead == "the team at ":
            said = "the team"
        elif lead in ("join ", "joining "):  # a name that says no kind: "join the team"; nor
            team = company if short and last[1] == "the team at " else "the team"  # round 37
            said = f"{lead}{again if again not in (None, 'the board') else team}"  # a seat
        elif lead == "you and ":
            said = "you and the team"
        elif lead == "learning about ":  # a withdrawal's thanks after its decision (round 35)
            said = f"{lead}{again or 'your work'}"
        elif again is None:
            said = match[0]
        elif not before or before[-1] in ".!?\n":  # it starts a sentence
            said = again[0].upper() + again[1:]
        else:
            said = again
        if to_agency and ("the team" in said or "your work" in said):
            continue
        pieces += [body[done:match.start()], said]
        done = match.end()
    return "".join([*pieces, body[done:]])


NEARBY = 400  # characters: a short name said again further on reads as a reminder, not a form


# ---------------------------------------------------------------- the words around a field

# TY4: the relevance tail ("..., which I think would be useful here") reads after a short
# claim of one clause; after a long highlight, a list, a sentence the candidate wrote in the
# first person ("I completed my QQI Level 5 ...") or a personal one ("looked after my mum at
# home before she passed"), it sounds like a form filling itself in, so the draft says none.
_TAIL_WORDS = 12
_CLAUSES = re.compile(r"[,;:()\[\]–—!?]| - ")
_PERSONAL = re.compile(r"\b(?:my (?:late )?(?:mum|mom|mother|dad|father|parents?|grand\w+|"
                       r"gran|nan|wife|husband|partner|son|daughter|children|kids|family|"
                       r"brother|sister)|passed away|passed|died|death|bereave\w*|illness|"
                       r"cancer|grief|funeral)\b", re.IGNORECASE)


def reads_with_tail(highlight: str | None, written: tuple[str, ...] = ()) -> bool:
    """Whether a fitted highlight takes the relevance tail: one short clause of the
    candidate's claims, not personal, and typed (among `written`, the profile's highlights
    as the candidate wrote them) neither as a first-person sentence nor with clauses."""
    if not highlight or len(highlight.split()) > _TAIL_WORDS or _CLAUSES.search(highlight):
        return False
    if _PERSONAL.search(highlight):
        return False
    start = " ".join(highlight.lower().split()[:3])
    return not any(start in typed.lower() and (
        re.match(r"\s*I(?:'m|'ve|\b)", typed) or _CLAUSES.search(typed.strip().rstrip(".!")))
        for typed in written)


# TY4: a `discussed` that names something done rather than talked about ("the lab tour",
# "the case study (...)", "a walk-through of two suites") is enjoyed as itself, not
# "discussed": the head noun of its first words is an activity, followed by nothing, a
# preposition or punctuation.
_ACTIVITY = re.compile(
    r"(?:(?:the|a|an|my|our|your|this)\s+)?"
    r"(?:(?!(?:of|to|for|about|with|and|or|how|why|what|when|where|who)\b)[\w'’-]+\s+){0,3}?"
    r"(?:group |written |practical )?(?:exercise|case study|test|testing|scenario|tour|"
    r"walk-?through|presentation|role-?play|task|simulation|in-tray|demonstration|"
    r"(?:coding|technical|design|final|panel) round|trial shift)s?"
    r"(?=\s*$|\s*[,;:(–—]|\s+-\s|\s+(?:of|on|about|for|with|in|at|around|where|that)\b)",
    re.IGNORECASE)


def is_activity(discussed: str | None) -> bool:
    """Whether `discussed` names an activity (a test, a tour, an exercise) that the
    candidate took part in, so that "I especially enjoyed the lab tour" reads and
    "discussing the lab tour" does not. The candidate's own ("my presentation") is talked
    about: "I especially enjoyed my presentation" would praise it."""
    return bool(discussed and _ACTIVITY.match(discussed)
                and not discussed.lower().startswith("my "))
