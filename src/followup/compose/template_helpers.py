"""The helpers a template calls: the filters (when, longdate, listing, clause, to_me,
article) and `say`, which picks a phrasing from phrases.yaml (templates/README.md lists
them all).

Each filter checks what it is given, so that a mistake reads as the template's ("when
expects a date") rather than as Python's ('NoneType' object has no attribute 'strip').
"""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Callable, Iterable
from typing import Any

import jinja2

from followup.compose import conventions, sandbox
from followup.compose.panel import Panel
from followup.compose.template_loader import Loader
from followup.compose.template_phrases import MissingPhrases, Phrases
from followup.errors import FollowupError, TemplateProblem


def longdate(day: datetime.date, country: str | None = None) -> str:
    """'Monday 16 November', or 'Monday, November 16' in the US (conventions.py)."""
    if conventions.of(country).month_first:
        return f"{day:%A}, {day:%B} {day.day}"
    return f"{day:%A} {day.day} {day:%B}"


def when(day: datetime.date, today: datetime.date, country: str | None = None) -> str:
    """How a note refers to a day: 'today', 'yesterday', 'on Monday' or 'on 16 November'."""
    days = (today - day).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    if 1 < days < 7:
        return f"on {day:%A}"
    month_first = conventions.of(country).month_first
    return "on " + (f"{day:%B} {day.day}" if month_first else f"{day.day} {day:%B}")


def to_me(promise: str) -> str:
    """A promise as told to the candidate ('let you know') as said back ('let me know')."""
    swaps = {"you": "me", "your": "my", "yours": "mine", "You": "Me", "Your": "My"}
    return re.sub(r"\b(you|your|yours|You|Your)\b", lambda match: swaps[match[1]], promise)


def clause(text: str) -> str:
    """'Built the rota.' -> 'built the rota', to follow 'I'; 'AI tools' keeps its capitals."""
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


# A helping verb "also" follows; after any other verb it goes before ("also built"). A
# string, compiled when a brief note first asks (re's own cache), not at every start-up.
_HELPERS = (r"(?:am|was|were|can|could|will|would|(?:have|had) (?=(?:been|held|led|won|had|"
            r"done|taught|spent|run|built|grown|written|given|taken|shown|made|got|seen|drawn|"
            r"sold|kept|brought|begun|\w+ed)\b))\b ?")


def also(highlight: str) -> str:
    """'built the rota' as 'also built the rota', 'am fluent in Polish' as 'am also fluent
    in Polish', 'have completed a placement' as 'have also completed a placement', to follow
    "I" where a note adds it to what came before ('I also built the rota')."""
    helper = re.match(_HELPERS, highlight)
    if helper:
        return f"{helper[0].rstrip()} also {highlight[helper.end():]}"
    return f"also {highlight}"


def listing(items: Iterable[Any], country: str | None = None) -> str:
    """'Priya', 'Priya and Sam', 'Priya, Sam and Tom' ('Priya, Sam, and Tom' in the US)."""
    names = [str(item) for item in items]
    if len(names) < 3:
        return " and ".join(names)
    comma = "," if conventions.of(country).serial_comma else ""
    return f"{', '.join(names[:-1])}{comma} and {names[-1]}"


def article(noun: str) -> str:
    """'a video interview', 'an interview', 'an assessment centre'."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def _given(helper: str, value: Any, kind: type | tuple[type, ...], what: str) -> None:
    """A helper's input checked, so that a mistake reads as the template's, not as Python's
    ('NoneType' object has no attribute 'strip'). Text is iterable, but never a list here."""
    if value is None:
        raise jinja2.TemplateRuntimeError(
            f"{helper} was given an empty value (None): guard it with {{% if ... %}}")
    if not isinstance(value, kind) or (isinstance(value, str) and kind is not str):
        raise jinja2.TemplateRuntimeError(f"{helper} expects {what}, not {value!r}")


@jinja2.pass_context
def _when(context: jinja2.runtime.Context, day: datetime.date) -> str:
    _given("when", day, datetime.date, "a date, such as interview.date")
    if context.get("channel") == "card":  # read days later, when "yesterday" is not
        return "on " + longdate(day, context["country"])
    return when(day, context["today"], context["country"])


@jinja2.pass_context
def _longdate(context: jinja2.runtime.Context, day: datetime.date) -> str:
    _given("longdate", day, datetime.date, "a date, such as offer.deadline")
    return longdate(day, context["country"])


@jinja2.pass_context
def _listing(context: jinja2.runtime.Context, items: Iterable[Any]) -> str:
    _given("listing", items, Iterable, "a list, such as interview.interviewers | "
                                       "map(attribute=\"name\")")
    return listing(items, context["country"])


@jinja2.pass_context
def _dialled(context: jinja2.runtime.Context, phone: str) -> str:
    from followup.compose.dialling import dialled

    _given("dialled", phone, str, "text, such as candidate.phone")
    return dialled(phone, context["country"])


def _text_filter(name: str, function: Callable[[str], str], example: str) -> Callable[[Any], str]:
    def checked(text: Any) -> str:
        _given(name, text, str, f"text, such as {example}")
        return function(text)
    return checked


def filters() -> dict[str, Callable[..., str]]:
    """The filters templates may use besides Jinja2's own, by name."""
    return {"clause": _text_filter("clause", clause, "highlight"),
            "also": _text_filter("also", also, "highlight"),
            "to_me": _text_filter("to_me", to_me, "interview.promise"),
            "article": _text_filter("article", article, "meeting"),
            "when": _when, "longdate": _longdate, "listing": _listing, "dialled": _dialled}


@jinja2.pass_context
def say(context: jinja2.runtime.Context, key: str, avoid: str = "", unsaid: str = "") -> str:
    """One of several phrasings from phrases.yaml, for the draft's tone, picked by its
    `variant` so that notes to several people differ (TY5), and rendered with the
    template's variables, its wording (if bundled) localized for the profile's country.
    With `avoid` (a variable's name), the next phrasing that does not print it, if any:
    "Thank you once more for our call" is not said after "Our call confirmed ..."; with
    `unsaid` (a word's start), the next whose words do not say it: not "discuss" twice; in
    a thank-you, one that echoes no word the note has said (`panel.echoes`).
    A mistake in a phrase names phrases.yaml, the list and entry."""
    loader = context.environment.loader
    assert isinstance(loader, Loader)
    try:
        phrases = loader.phrase_list(context["situation"], str(key), context["tone"])
    except MissingPhrases as error:  # so that the message names the template's line
        raise jinja2.TemplateRuntimeError(str(error)) from None
    count = len(phrases.options)
    steps = [step % count for step in range(context["variant"], context["variant"] + count)]
    if avoid:
        steps = [step for step in steps if not _prints(phrases.options[step], avoid)] or steps
    panel = context.get("panel")
    if isinstance(panel, Panel):  # TY5: not what a note before it to the panel says
        steps = [step for step in steps if step not in panel.before(key)] or steps
    rendered: dict[int, str] = {}  # each entry rendered once, however often it is weighed

    def phrase(step: int) -> str:
        if step not in rendered:
            rendered[step] = _phrase(context, loader, phrases, str(key), step)
        return rendered[step]

    def first(order: list[int], fits: Callable[[str], bool]) -> tuple[int, str] | None:
        return next(((step, phrase(step)) for step in order if fits(phrase(step))), None)

    chosen, said = steps[0], phrase(steps[0])
    if isinstance(panel, Panel) and panel.echoes(said):  # not "very kind ... very useful"
        chosen, said = first(steps[1:], lambda text: not panel.echoes(text)) or (chosen, said)
    says = re.compile(r"\b" + re.escape(unsaid), re.IGNORECASE)  # "discuss": "discussing" too
    if unsaid and says.search(said):  # the one before it first: the next note's is after
        chosen, said = first(steps[:0:-1], lambda text: not says.search(text)) or (chosen, said)
    if isinstance(panel, Panel):
        panel.chose(key, chosen, said)
    return said


def _prints(phrase: str, name: str) -> bool:
    """Whether a phrase's {{ ... }} print the variable `name`, not a word of a string in
    them: {{ talk }}, but not {{ "talk through" if ... }}."""
    return any(re.search(rf"\b{re.escape(name)}\b", re.sub(r"\"[^\"]*\"|'[^']*'", "", code))
               for code in re.findall(r"\{\{(.*?)\}\}", phrase))


def _phrase(context: jinja2.runtime.Context, loader: Loader, phrases: Phrases, key: str,
            index: int) -> str:
    """Entry `index` of a list of phrasings, rendered; a mistake in it named."""
    situation, tone = context["situation"], context["tone"]
    name = loader.localized(f"phrase:{situation}/{key}/{tone}/{index}", context.get("country"))
    started = time.monotonic()
    try:
        return context.environment.get_template(name).render(context.get_all())
    except FollowupError:
        raise
    except sandbox.Stopped as error:
        # The time or the text of the whole draft ran out: the template's doing (a loop
        # around say()) unless the phrase took most of the time itself.
        if str(error) == sandbox.TOO_MUCH or (
                str(error) == sandbox.TOO_SLOW
                and time.monotonic() - started < sandbox.SECONDS / 2):
            raise sandbox.Stopped(str(error)) from None  # named at the template's say() line
        raise TemplateProblem(f"{loader.phrase_where(phrases, index)}: {error}") from None
    except jinja2.TemplateSyntaxError as error:
        raise TemplateProblem(f"{loader.phrase_where(phrases, index)}: {error.message}") \
            from None
    except Exception as error:  # a runtime error of the phrase's own
        from followup.compose.template_errors import problem_text

        raise TemplateProblem(f"{loader.phrase_where(phrases, index)}: {problem_text(error)}") \
            from None
