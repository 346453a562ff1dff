"""No profile, however odd, makes followup fail with an internal error (issue 10).

Hypothesis writes profiles with whitespace, invisible and control characters, huge and empty
values, extreme dates and odd addresses, and runs every drafting command and `plan` on each,
in process. Each must end as a draft (0), a refusal (1) or a bad-input message (2), never a
traceback or "internal error".

The example count is FOLLOWUP_HYPOTHESIS_EXAMPLES (default 100, so that the suite stays quick);
a long run: FOLLOWUP_HYPOTHESIS_EXAMPLES=5000 python -m pytest tests/test_property_hostile.py
"""

from __future__ import annotations

import datetime
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from followup.cli import cli
from followup.compose import template_environment

EXAMPLES = int(os.environ.get("FOLLOWUP_HYPOTHESIS_EXAMPLES", "100"))
TODAY = "2026-11-24"

# Characters people and programs put in form fields without meaning to.
ODD = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0301", "\u202e",
       "\u2066", "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\t", "\r", "\n", " ",
       "\u00a0", "\u3000", "=?utf-8?q?", "?=", "{{", "}}", "{%", "<", ">", "&", '"', "'",
       ",", ";", ":", "\\", "/", "..", "@", "ß", "Ł", "张", "😀")
odd_text = st.lists(st.sampled_from(ODD) | st.characters(codec="utf-8"),
                    max_size=8).map("".join)
plain_words = st.sampled_from(["Priya Shah", "Dr. Helen Carter", "Head of Sales", "Zhang Wei",
                               "O'Neill", "María-José García", "HR", "the hiring team"])
nasty_text = st.one_of(odd_text, st.just(""), st.integers(200, 6000).map(lambda n: "x" * n),
                       st.builds(lambda a, b: f"{a}{b}", plain_words, odd_text),
                       st.builds(lambda a, b: f"{b}{a}{b}", plain_words, odd_text))
nasty_email = st.one_of(
    st.sampled_from(["a..b@x.example", ".a@x.example", "a.@x.example", "a b@x.example",
                     "=?utf-8?q?a?=@x.example", "a@x", "@x.example", "a@", "a@@x.example",
                     "a\x00@x.example", "ab@x.example\n", "a<b>@x.example", '"a b"@x.example',
                     "ä@bücher.example", " priya@x.example ", ""]),
    st.integers(64, 400).map(lambda n: f"a@{'x' * n}.example"),
    st.builds(lambda local: f"{local}@example.com", odd_text))
nasty_date = st.one_of(st.dates(min_value=datetime.date(1, 1, 1)),
                       st.sampled_from([datetime.date(9999, 12, 31), datetime.date(1, 1, 1),
                                        datetime.date(9999, 12, 1)]))
near_date = st.dates(min_value=datetime.date(2026, 9, 1), max_value=datetime.date(2027, 1, 31))


def mostly(usual: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """One value in twenty odd: most fields of a profile are fine, so that the odd ones reach
    the drafting and planning code instead of stopping every profile at loading."""
    return st.integers(0, 19).flatmap(lambda n: odd if n == 0 else usual)


text = mostly(plain_words, nasty_text)
email = mostly(st.just("priya.shah@bigbeanz.example"), nasty_email)
date = mostly(near_date, nasty_date)


def _iso(day: datetime.date) -> str:
    return day.isoformat()


person = st.fixed_dictionaries(
    {"name": text},
    optional={"email": email, "title": text, "salutation": text, "honorific": text,
              "discussed": text, "learned": text, "question": text,
              "main_contact": st.booleans()})
interview = st.fixed_dictionaries(
    {"date": date.map(_iso),
     "interviewers": mostly(st.lists(person, min_size=1, max_size=3), st.just([]))},
    optional={"kind": st.sampled_from(["phone", "video", "in-person", "assessment-centre"]),
              "decision_by": date.map(_iso), "promise": text,
              "outside_hours": st.booleans()})
profiles = st.fixed_dictionaries(
    {"candidate": st.fixed_dictionaries(
        {"name": text, "email": email},
        optional={"phone": text, "signature": text, "highlights": st.lists(text, max_size=3)}),
     "company": text, "role": text,
     "interviews": mostly(st.lists(interview, min_size=1, max_size=3), st.just([]))},
    optional={"style": st.sampled_from(["standard", "traditional"]),
              "country": st.sampled_from(["GB", "US", "DE", "XX"]),
              "status": st.sampled_from(["waiting", "unsuccessful", "offer", "withdrawn",
                                         "hired"]),
              "recruiter": st.fixed_dictionaries({"name": text}, optional={
                  "email": email, "agency": text, "phone": text}),
              "feedback": st.fixed_dictionaries({"rejected_on": date.map(_iso)},
                                                optional={"promised": st.booleans()}),
              "competing_offer": st.fixed_dictionaries(
                  {"company": text, "deadline": date.map(_iso)}, optional={"role": text})})

COMMANDS: list[list[str]] = [
    ["thank-you", "--all"], ["thank-you", "--format", "eml"],
    ["check-in", "--ignore-timing", "--format", "json"], ["feedback-request"],
    ["competing-offer", "--format", "html"], ["recruiter-debrief"],
    ["withdraw", "--format", "mailto"], ["plan", "--json"],
]


@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(data=profiles)
def test_no_profile_gives_an_internal_error(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        path = Path(folder) / "odd.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        template_environment.environment.cache_clear()
        runner = CliRunner(env={"FOLLOWUP_HOME": str(home), "FOLLOWUP_DEBUG": ""})
        for command in COMMANDS:
            result = runner.invoke(cli, [command[0], str(path), "--today", TODAY,
                                         *command[1:]])
            event(f"{command[0]}: exit {result.exit_code}")
            said = f"{command}: exit {result.exit_code}\n{result.output}"
            assert isinstance(result.exception, SystemExit | None), said
            assert result.exit_code in (0, 1, 2), said
            assert "internal error" not in result.output, said
            assert "Traceback" not in result.output, said
