"""Conventions by country (compose/conventions.py): the swaps of the bundled British wording
into American and Canadian English, case by case; the template text they never touch (Jinja2
tags, names, comparisons, profile values, the user's own templates and phrases); dates and
lists by country; and every bundled situation, channel, tone and phrasing drafted for a US,
a Canadian and a British profile, none with a spelling of another convention."""

from __future__ import annotations

import datetime
import itertools
import math
import re
from pathlib import Path
from typing import Any, get_args

import jinja2
import msgspec
import pytest
import yaml

from followup import drafting, home, profile
from followup.compose import conventions, render, situations, template_environment
from followup.compose.conventions import AMERICAN, BRITISH, CANADIAN, localize, localize_word
from followup.compose.situations import Options
from followup.compose.template_helpers import listing, longdate, when
from followup.compose.template_names import default_name
from followup.errors import NotApplicable
from followup.guidance.timing import check_in_budget
from followup.vocabulary import TONES, Kind, Status, Style

from .conftest import BUNDLED_PAIRS, ROOT, SAMPLES

# ------------------------------------------------------------------ the table, case by case

# (text, country, expected): sentences and fragments as the bundled wording (or a user)
# might write them.
SWAPPED = [
    ("an offer from another organisation.", "US", "an offer from another organization."),
    ("an offer from another organisation.", "CA", "an offer from another organization."),
    ("an offer from another organisation.", "GB", "an offer from another organisation."),
    ("an offer from another organisation.", "IE", "an offer from another organisation."),
    ("an offer from another organisation.", "AU", "an offer from another organisation."),
    ("an offer from another organisation.", None, "an offer from another organisation."),
    ("an offer from another organisation.", "PR", "an offer from another organization."),
    ("Organisation", "US", "Organization"),
    ("ORGANISATION", "US", "ORGANIZATION"),
    ("OrGanisation", "US", "OrGanisation"),  # odd capitals: left as written
    ("the assessment centre", "US", "the assessment day"),  # round 40: what it is called
    ("the assessment centre", "CA", "the assessment day"),
    ("the test centre", "US", "the test center"),
    ("the test centre", "CA", "the test centre"),
    ("The Assessment Centre", "US", "The Assessment Day"),
    ("The Test Centre", "US", "The Test Center"),
    ("my favourite colour", "US", "my favorite color"),
    ("my favourite colour", "CA", "my favourite colour"),
    ("I shall telephone in a couple of weeks.", "US", "I will call in a couple of weeks."),
    ("I shall telephone in a couple of weeks.", "CA", "I will call in a couple of weeks."),
    ("I shall be in touch after that date.", "US", "I will be in touch after that date."),
    ("Shall I send it?", "US", "Should I send it?"),
    ("I'll give you a ring next week.", "US", "I'll give you a call next week."),
    ("I’ll telephone on Friday.", "US", "I’ll call on Friday."),
    ("You can reach me on ", "US", "You can reach me at "),
    ("You can reach me on +1 555 0142.", "US", "You can reach me at +1 555 0142."),
    ("You can reach me on Monday.", "US", "You can reach me on Monday."),
    ("Call me on +44 7700 900123, or on 0161 496 0000.", "US",
     "Call me at +44 7700 900123, or on 0161 496 0000."),  # 'on 16 November' is a date
    ("We met on 16 November.", "US", "We met on 16 November."),
    ("I can be reached on 07700 900123", "US", "I can be reached at 07700 900123"),
    ("to apply again in future.", "US", "to apply again in the future."),
    ("In future, I will", "US", "In the future, I will"),
    ("it will help in future applications", "US", "it will help in future applications"),
    ("Yours sincerely", "US", "Sincerely"),
    ("Yours sincerely", "CA", "Sincerely"),
    ("Yours sincerely", "GB", "Yours sincerely"),
    ("YOURS SINCERELY", "US", "SINCERELY"),
    ("Kind regards", "US", "Kind regards"),
    ("Best wishes", "US", "Best wishes"),
    ("CV attached. I attach my CV and two CVs.", "US",
     "Résumé attached. I attach my résumé and two résumés."),
    ("busy at the weekend", "US", "busy on the weekend"),
    ("in a fortnight's time", "US", "in two weeks"),
    ("within a fortnight", "US", "within two weeks"),
    ("my Mum", "US", "my Mom"),
    ("I should be most grateful for it.", "US", "I would be most grateful for it."),
    ("I should mention that", "US", "I should mention that"),
    ("I am keen to join the team.", "US", "I am eager to join the team."),
    ("I am keen to join the team.", "CA", "I am keen to join the team."),
    ("even keener on the role", "US", "even more excited about the role"),
    ("I quite understand if not.", "US", "I completely understand if not."),
    ("the organisation's values", "US", "the organization's values"),
    ("the organisation’s values", "US", "the organization’s values"),
    ("a well-organised team", "US", "a well-organized team"),
    ("I have analysed the analyses", "US", "I have analyzed the analyses"),
    ("practise my skills", "US", "practice my skills"),
    ("practise my skills", "CA", "practise my skills"),
    ("a driving licence", "US", "a driving license"),
    ("whilst travelling amongst friends", "US", "while traveling among friends"),
    ("whilst travelling amongst friends", "CA", "while travelling among friends"),
    ("what I learnt", "US", "what I learned"),
    ("fifty per cent", "US", "fifty percent"),
    ("fifty per cent", "CA", "fifty per cent"),
]
# Whole words only: never inside a longer word, nor across a line break.
WHOLE_WORDS = [
    ("the epicentre of it", "the epicentre of it"),
    ("a centrepiece", "a centrepiece"),
    ("Programmers", "Programmers"),
    ("organisations", "organizations"),
    ("organisationally", "organisationally"),
    ("CVS pharmacy", "CVS pharmacy"),
    ("my_centre", "my_centre"),
    ("centre2", "centre2"),
    ("I shall\ntelephone", "I will\ntelephone"),
    ("reach me\non 555", "reach me\non 555"),
    ("in  future.", "in the future."),  # spaces between words, not lines
]


@pytest.mark.parametrize(("text", "country", "expected"), SWAPPED,
                         ids=[f"{country}-{text}" for text, country, _ in SWAPPED])
def test_swaps_keep_the_capitals_of_what_they_replace(text: str, country: str | None,
                                                      expected: str) -> None:
    assert localize_word(text, country) == expected
    assert localize(text, country) == expected  # text without tags is all wording


@pytest.mark.parametrize(("text", "expected"), WHOLE_WORDS, ids=[case[0] for case in WHOLE_WORDS])
def test_swaps_are_of_whole_words(text: str, expected: str) -> None:
    assert localize_word(text, "US") == expected


SWAPS = conventions.swaps(AMERICAN)


def _next(british: str) -> str:
    """What follows a swap in these tests: a telephone number for those made before one."""
    return " +1 555 0100" if british in conventions.FOLLOWED_BY else ""


@pytest.mark.parametrize(("british", "american"), SWAPS, ids=[british for british, _ in SWAPS])
def test_every_american_swap_as_the_table_has_it_and_capitalised(british: str,
                                                                 american: str) -> None:
    after = _next(british)
    assert localize_word(f"({british}{after}", "US") == f"({american}{after}"
    if british[0].islower():
        assert localize_word(british + after, "US") == american + after
        assert localize_word(british[0].upper() + british[1:] + after, "US") == \
            american[0].upper() + american[1:] + after
    assert localize_word(f"({american}{after}", "US") == f"({american}{after}"  # once
    assert localize_word(f"({british}{after}", "GB") == f"({british}{after}"


def test_canadian_swaps_are_american_ones_and_the_others_are_kept() -> None:
    canadian = conventions.swaps(CANADIAN)
    assert set(canadian) < set(SWAPS)
    for british, american in SWAPS:
        expected = american if (british, american) in canadian else british
        after = _next(british)
        assert localize_word(f"({british}{after}", "CA") == f"({expected}{after}"


def test_the_table_has_each_british_form_once() -> None:
    britons = [british.lower() for british, _ in SWAPS]
    assert len(britons) == len(set(britons))
    assert BRITISH.groups == frozenset()


@pytest.mark.parametrize(("country", "convention"), [
    ("US", AMERICAN), ("PR", AMERICAN), ("PH", AMERICAN), ("CA", CANADIAN), ("GB", BRITISH),
    ("IE", BRITISH), ("AU", BRITISH), ("NZ", BRITISH), ("IN", BRITISH), (None, BRITISH),
], ids=lambda case: str(case) if not isinstance(case, conventions.Convention) else case.name)
def test_each_country_has_its_convention(country: str | None,
                                         convention: conventions.Convention) -> None:
    assert conventions.of(country) is convention


# ------------------------------------------------------------------ what is never touched

# (Jinja2 source, the same for a US profile): literal text and printed quoted text are
# wording; names, keys, call arguments, comparisons and comments are not.
TAGS = [
    ("text", "Our organisation", "Our organization"),
    ("variable", "{{ organisation }} centre", "{{ organisation }} center"),
    ("attribute", "{{ interview.centre }}", "{{ interview.centre }}"),
    ("comment", "{# the organisation #}organisation", "{# the organisation #}organization"),
    ("phrase key", '{{ say("behaviour") }}', '{{ say("behaviour") }}'),
    ("comparison", '{% if kind == "assessment-centre" %}centre{% endif %}',
     '{% if kind == "assessment-centre" %}center{% endif %}'),
    ("compared first", '{{ "centre" in meeting }}', '{{ "centre" in meeting }}'),
    ("keyword argument", '{{ people | map(attribute="colour") | join }}',
     '{{ people | map(attribute="colour") | join }}'),
    ("filter argument", '{{ x | default("the organisation") }}',
     '{{ x | default("the organisation") }}'),
    ("list item", '{{ ["centre"] | first }}', '{{ ["centre"] | first }}'),
    ("printed", '{{ "the centre" }}', '{{ "the center" }}'),
    ("conditional", "{{ 'our centre' if met else 'the organisation' }}",
     "{{ 'our center' if met else 'the organization' }}"),
    ("concatenated", '{{ "I attended " ~ meeting | article ~ " centre" }}',
     '{{ "I attended " ~ meeting | article ~ " center" }}'),
    ("grouped", '{{ ("my colour" if a else "no colour") ~ x }}',
     '{{ ("my color" if a else "no color") ~ x }}'),
    ("set", '{% set closing = "Yours sincerely" %}', '{% set closing = "Sincerely" %}'),
    ("set with a call", '{% set x = say("colour") %}', '{% set x = say("colour") %}'),
    ("whitespace control", '{{- "colour" -}} {%- if a -%}colour{%+ endif +%}',
     '{{- "color" -}} {%- if a -%}color{%+ endif +%}'),
    ("escaped quote", r"{{ 'the centre\'s' }}", r"{{ 'the centre\'s' }}"),
    ("braces in a string", '{{ "a }} centre" }} centre', '{{ "a }} center" }} center'),
    ("raw block", "{% raw %}colour {{ colour }}{% endraw %}",
     "{% raw %}color {{ color }}{% endraw %}"),
    ("unclosed tag", "colour {{ colour centre", "color {{ colour centre"),
    ("phrase across a tag", "I shall{% if a %} telephone{% endif %}",
     "I will{% if a %} telephone{% endif %}"),
    ("number after a tag", "reach me on {{ candidate.phone }}",
     "reach me at {{ candidate.phone }}"),
    ("number again", "that is {{ candidate.name }}, on {{ candidate.phone }}.",
     "that is {{ candidate.name }}, at {{ candidate.phone }}."),
    ("number concatenated", '{{ "You can reach me on " ~ candidate.phone }}',
     '{{ "You can reach me at " ~ candidate.phone }}'),
    ("date after a tag", "the {{ meeting }} on {{ interview.date | longdate }}",
     "the {{ meeting }} on {{ interview.date | longdate }}"),
    ("other value after a tag", "reach me on {{ contact }}", "reach me on {{ contact }}"),
]


@pytest.mark.parametrize(("source", "expected"), [case[1:] for case in TAGS],
                         ids=[case[0] for case in TAGS])
def test_only_wording_is_swapped_never_names_keys_or_comparisons(source: str,
                                                                 expected: str) -> None:
    assert localize(source, "US") == expected
    assert localize(source, "GB") == source


def test_every_bundled_phrase_localized_still_compiles() -> None:
    """A swap never breaks a phrase's Jinja2 (a quote, a brace), nor adds a line."""
    data = yaml.safe_load((ROOT / "templates" / "phrases.yaml").read_text("utf-8"))
    env = template_environment.make_environment()
    entries = [option for lists in data.values() for entry in lists.values()
               for options in (entry.values() if isinstance(entry, dict) else [entry])
               for option in options]
    assert entries
    for option in entries:
        for country in ("US", "CA"):
            localized = localize(option, country)
            env.parse(localized)
            assert localized.count("\n") == option.count("\n")


PROFILE_VALUES = """\
candidate:
  name: Jo Organiser
  email: jo@example.com
  phone: "+1 555 0100"
  highlights:
    - Organised the colour programme at the Royal Centre for the Arts
company: Royal Centre for the Arts
role: Programme Coordinator, Behaviour Unit
country: US
interviews:
  - date: 2026-11-10
    kind: assessment-centre
    interviewers:
      - name: Pat Lee
        email: pat@centre.example
        discussed: the centre's favourite programme
status: waiting
"""


def test_profile_values_are_printed_as_written(tmp_path: Path) -> None:
    path = tmp_path / "arts.yaml"
    path.write_text(PROFILE_VALUES, "utf-8")
    drafts = drafting.compose("thank-you", profile.load(path),
                              Options(today=datetime.date(2026, 11, 11), tone="formal"))
    text = drafts[0].subject or ""
    body = drafts[0].body
    assert "Programme Coordinator (Behaviour Unit)" in text + body  # its team in brackets
    assert "Royal Centre for the Arts" in body
    assert "Sincerely," in body and "Yours sincerely" not in body


def _user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "phrases.yaml").write_text(
        "common:\n  sign_off:\n    formal: [Yours sincerely from the organisation]\n", "utf-8")
    (folder / "withdraw.md.j2").write_text(
        "---\nsituation: withdraw\nsubject: The programme\n---\nDear {{ salutation }},\n\n"
        "I shall withdraw from the programme.\n\n{{ say('sign_off') }},\n"
        "{{ candidate.name }}\n", "utf-8")
    return folder


def test_the_users_own_templates_and_phrases_are_left_as_written(tmp_path: Path) -> None:
    loaded = profile.load(_copy(tmp_path, "competing-offer", "US"))
    env = template_environment.make_environment(_user_folder(tmp_path))
    drafts = drafting.compose("withdraw", loaded, Options(today=datetime.date(2026, 11, 24),
                                                          tone="formal"), env=env)
    assert drafts[0].subject == "The programme"
    assert "I shall withdraw from the programme." in drafts[0].body
    assert "Yours sincerely from the organisation," in drafts[0].body


@pytest.mark.parametrize(("name", "country", "served"), [
    ("thank-you.md.j2", "GB", "thank-you.md.j2"),
    ("thank-you.md.j2", None, "thank-you.md.j2"),
    ("thank-you.md.j2", "US", "american:thank-you.md.j2"),
    ("subject:thank-you.md.j2", "CA", "canadian:subject:thank-you.md.j2"),
    ("phrase:withdraw/thanks/formal/0", "US", "american:phrase:withdraw/thanks/formal/0"),
    ("phrase:withdraw/thanks/formal/0", "GB", "phrase:withdraw/thanks/formal/0"),
    ("withdraw.md.j2", "US", "withdraw.md.j2"),  # the user's own
    ("subject:withdraw.md.j2", "US", "subject:withdraw.md.j2"),
    ("phrase:withdraw/sign_off/formal/0", "US", "phrase:withdraw/sign_off/formal/0"),
    ("no-such.md.j2", "US", "no-such.md.j2"),
], ids=lambda case: str(case))
def test_bundled_wording_is_loaded_under_a_name_of_its_convention(
        tmp_path: Path, name: str, country: str | None, served: str) -> None:
    env = template_environment.make_environment(_user_folder(tmp_path))
    loader = template_environment.loader(env)
    assert loader.localized(name, country) == served


def test_each_convention_is_compiled_and_kept_apart(tmp_path: Path) -> None:
    """British, American, then both again, each from a fresh environment over the same
    bytecode cache: each convention's templates are kept under names of their own, and
    read back as they were made."""
    american = profile.load(_copy(tmp_path, "competing-offer", "US"))
    british = profile.load(_copy(tmp_path, "competing-offer", "GB"))
    options = Options(today=datetime.date(2026, 11, 24), tone="formal")
    kept = home.cache_dir() / "jinja"

    def body(loaded: profile.Profile) -> str:
        env = template_environment.make_environment()
        return drafting.compose("withdraw", loaded, options, env=env)[0].body

    gb = body(british)
    kept_for_gb = set(kept.iterdir())
    us = body(american)
    kept_for_both = set(kept.iterdir())
    assert kept_for_gb < kept_for_both
    assert (body(british), body(american)) == (gb, us)
    assert set(kept.iterdir()) == kept_for_both
    bundled = yaml.safe_load((ROOT / "templates" / "phrases.yaml").read_text("utf-8"))
    sign_off = bundled["common"]["sign_off"]["formal"][0]
    assert f"\n{sign_off},\n" in gb
    assert f"\n{localize(sign_off, 'US')},\n" in us


def test_a_bundled_template_is_localized_when_served_by_its_conventions_name() -> None:
    env = template_environment.make_environment()
    loader = template_environment.loader(env)
    source, _, _ = loader.get_source(env, "thank-you.md.j2")
    american, filename, _ = loader.get_source(env, "american:thank-you.md.j2")
    assert american == localize(source, "US")
    assert Path(filename).parent == loader.bundled_folder
    with pytest.raises(jinja2.TemplateNotFound):
        loader.get_source(env, "american:no-such.md.j2")


# ------------------------------------------------------------------ dates and lists

MONDAY = datetime.date(2026, 11, 16)
DATES = [
    ("US", "Monday, November 16", "on November 16", "Priya, Sam, and Tom"),
    ("PR", "Monday, November 16", "on November 16", "Priya, Sam, and Tom"),
    ("CA", "Monday, November 16", "on November 16", "Priya, Sam and Tom"),  # round 26
    ("GB", "Monday 16 November", "on 16 November", "Priya, Sam and Tom"),
    ("IE", "Monday 16 November", "on 16 November", "Priya, Sam and Tom"),
    ("AU", "Monday 16 November", "on 16 November", "Priya, Sam and Tom"),
    (None, "Monday 16 November", "on 16 November", "Priya, Sam and Tom"),
]


@pytest.mark.parametrize(("country", "long", "said", "listed"), DATES,
                         ids=[str(case[0]) for case in DATES])
def test_dates_and_lists_follow_the_country(country: str | None, long: str, said: str,
                                            listed: str) -> None:
    assert longdate(MONDAY, country) == long
    assert when(MONDAY, MONDAY + datetime.timedelta(days=10), country) == said
    assert when(MONDAY, MONDAY + datetime.timedelta(days=3), country) == "on Monday"
    assert when(MONDAY, MONDAY + datetime.timedelta(days=1), country) == "yesterday"
    assert when(MONDAY, MONDAY, country) == "today"
    assert listing(["Priya", "Sam", "Tom"], country) == listed
    assert listing(["Priya", "Sam"], country) == "Priya and Sam"


# ------------------------------------------------------------------ every bundled draft

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Spellings and usage a draft of each convention must not have (unless the profile's own
# text has them: a value is printed as written).
BRITISH_ONLY = [
    r"\borganis", r"\bcentre", r"\bprogramme", r"\bbehaviour", r"\bfavour", r"\bcolour",
    r"\bhonour", r"\banalys(e|ed|ing)\b", r"\brealis", r"\brecognis", r"\bapologis",
    r"\bprioritis", r"\bspecialis", r"\bwhilst\b", r"\bamongst\b", r"\blearnt\b",
    r"\btravell", r"\bjudgement", r"\benrol\b", r"\bYours sincerely\b", r"\bI shall\b",
    r"\bshall be\b", r"\btelephone\b", r"\breach me on\b", r"\breached on\b",
    r"\bin future\b(?! \w)", r"\ba ring\b", r"\bfortnight", r"\bCVs?\b", r"\bat the weekend\b",
    r"\bget me on\b", r"\bon \+\d", rf"\b\d{{1,2}} ({MONTHS})\b",
    r"\bout-of-hours\b", r"\bglad of the opportunity\b",
]
AMERICAN_ONLY = [
    r"\borganiz", r"\bcenter", r"\bprograms?\b", r"\bbehavior", r"\bfavor", r"\bcolor",
    r"\bhonor", r"\banalyz", r"\brealiz", r"\brecogniz", r"\bapologiz", r"\bprioritiz",
    r"\btraveling", r"\bjudgment", r"\benroll\b", r"(?m)^Sincerely,", r"\brésumé",
    r"\breach me at\b", r"\breached at\b", r"\bon the weekend\b", r"\btoward\b",
    r"\bpercent\b", r"\bvacation\b", r"\bMom\b", rf"\b({MONTHS}) \d{{1,2}}\b",
]
CANADIAN_FOREIGN = [
    r"\borganis", r"\brealis", r"\brecognis", r"\banalys(e|ed|ing)\b", r"\bprioritis",
    r"\bapologis", r"\bprogramme", r"\bjudgement", r"\bwhilst\b", r"\bamongst\b",
    r"\blearnt\b", r"\bYours sincerely\b", r"\bI shall\b", r"\btelephone\b",
    r"\breach me on\b", r"\bon \+\d", r"\bfortnight", r"\bCVs?\b", r"\bcenter",
    r"\bbehavior", r"\bfavor", r"\bcolor", r"\bhonor", r"\btraveling",
    r"\bout-of-hours\b", r"\bglad of the opportunity\b",
]
FOREIGN = {"US": BRITISH_ONLY, "GB": AMERICAN_ONLY, "CA": CANADIAN_FOREIGN}
STEMS = sorted(path.stem for path in SAMPLES.glob("*.yaml"))
EVERY_DRAFT = [pytest.param(country, stem, id=f"{country}-{stem}")
               for country in FOREIGN for stem in STEMS]


def _copy(folder: Path, stem: str, country: str) -> Path:
    """A sample profile, moved to `country`."""
    text = (SAMPLES / f"{stem}.yaml").read_text("utf-8")
    path = folder / f"{stem}.{country}.yaml"
    path.write_text(re.sub(r"(?m)^country: .*$", f"country: {country}", text), "utf-8")
    return path


CLOSED_LISTS = {*get_args(Kind), *get_args(Style), *get_args(Status)}


def _profile_texts(loaded: profile.Profile) -> list[str]:
    """Every text the profile holds, printed as written where a draft prints it (not the
    words of its closed lists: an assessment-centre is named by the code)."""
    def walk(value: Any) -> list[str]:
        if isinstance(value, str):
            return [] if value in CLOSED_LISTS else [value]
        if isinstance(value, dict):
            return [text for item in value.values() for text in walk(item)]
        if isinstance(value, (list, tuple)):
            return [text for item in value for text in walk(item)]
        return []
    return walk(msgspec.to_builtins(loaded))


def _cycle() -> int:
    """After this many variants every list's choice repeats (and the thank-you template's
    three orders)."""
    data = yaml.safe_load((ROOT / "templates" / "phrases.yaml").read_text("utf-8"))
    return math.lcm(3, *(len(options) for lists in data.values() for entry in lists.values()
                         for options in (entry.values() if isinstance(entry, dict) else [entry])))


def _every_rendering(loaded: profile.Profile) -> list[tuple[str, str]]:
    """(name, subject and body) of every bundled situation, channel and tone, with every
    phrasing (variant) and check-in attempt, on the day the plan would send it."""
    env = template_environment.make_environment()
    interview = loaded.latest_interview.date
    days = {"thank-you": interview + datetime.timedelta(days=1), "recruiter-debrief": interview}
    rendered = []
    for (situation, channel), tone in itertools.product(BUNDLED_PAIRS, TONES):
        attempts = range(1, check_in_budget(loaded) + 1) if situation == "check-in" else [None]
        for attempt in attempts:
            options = Options(today=days.get(situation, datetime.date(2026, 11, 30)),
                              every=situation == "thank-you", tone=tone, channel=channel,
                              attempt=attempt)
            try:
                targets = situations.targets(situation, loaded, options)
            except NotApplicable:
                continue
            for target, variant in itertools.product(targets, range(_cycle())):
                made = render.render(env, default_name(situation, channel),
                                     target.context | {"variant": variant, "panel": None})
                rendered.append((f"{situation}/{channel}/{tone}/{attempt}/{variant}",
                                 f"{made.subject or ''}\n{made.body}"))
    return rendered


@pytest.mark.parametrize(("country", "stem"), EVERY_DRAFT)
def test_no_draft_has_a_spelling_of_another_convention(tmp_path: Path, country: str,
                                                       stem: str) -> None:
    loaded = profile.load(_copy(tmp_path, stem, country))
    values = _profile_texts(loaded)
    # A pattern found in the profile's own text may be printed from it, as written.
    patterns = [re.compile(pattern) for pattern in FOREIGN[country]
                if not any(re.search(pattern, value) for value in values)]
    rendered = _every_rendering(loaded)
    assert len(rendered) >= 24  # a sample fits at least one situation, in every tone
    found = sorted({(name, match[0]) for name, text in rendered for pattern in patterns
                    for match in [pattern.search(text)] if match})
    assert found == []
