"""Templates that would run away (CPU, memory, a text without end) are stopped within the
limits of templates/README.md, with a message naming the template's file and line, exit 2;
`templates list` stays quick with them; and a cache folder that cannot be written, or
holds damaged files, is never an error."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from followup.compose import sandbox, text_limits

from .conftest import SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"
DRAFT = ["thank-you", str(BIG_BEANZ), "--today", "2026-11-17"]
TOO_LONG = "would make a text of more than 100,000 characters, the most a template may make."
TOO_SLOW = ("the template ran for more than 1 second, the longest a template may run: look for "
            "a loop inside a loop, or a macro that calls itself.")
TOO_MUCH = ("the template made more than 1,000,000 characters of text in all, the most a "
            "template may make: look for a loop that makes a text longer each time.")
LONG_TEXT = '{% set s = "x" * 50000 %}'  # half the longest text a template may make
# Ten thousand references to one text of 50,000 characters: small to hold, long to print.
MANY_LONG = '{% set l = range(10**4) | map(attribute="x", default="Ab" * 25000) | list %}'

# (case, template, line and message after "Error: {path}:"); each stops in well under a
# second, before the text or the work it asks for is made.
STOPPED = [
    ("nested loops writing", "{% for a in range(10**5) %}{% for b in range(10**5) %}x"
     "{% endfor %}{% endfor %}\n", f"1: writing this {TOO_LONG}"),
    ("nested loops too long", "{% for a in range(10**6) %}{% for b in range(10**6) %}x"
     "{% endfor %}{% endfor %}\n",
     "1: Range too big. The sandbox blocks ranges larger than MAX_RANGE (100000)."),
    ("replace into a huge text", 'Dear\n{{ ("x"*1000) | replace("x", "x"*1000) '
     '| replace("x", "x"*1000) }}\n', f"2: replace {TOO_LONG}"),
    ("replace of constants", "{{ 'xxxxxxxxxx' | replace('x', 'xxxxxxxxxx') | replace('x', "
     "'xxxxxxxxxx') | replace('x', 'xxxxxxxxxx') | replace('x', 'xxxxxxxxxx') | replace('x', "
     "'xxxxxxxxxx') }}\n", f"1: replace {TOO_LONG}"),  # worked out while compiling, else
    ("str.replace", '{{ ("x"*1000).replace("x", "x"*1000).replace("x", "x"*1000) }}\n',
     f"1: replace {TOO_LONG}"),
    ("doubling through a namespace", 'Dear\n{% set ns = namespace(s="x") %}\n'
     "{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}\n{{ ns.s }}\n",
     f"3: '~' {TOO_LONG}"),
    ("doubling through a macro", "{% macro d(s, n) %}{% if n %}{{ d(s ~ s, n - 1) }}"
     "{% else %}{{ s }}{% endif %}{% endmacro %}\n\n{{ d('x', 40) }}\n", f"1: '~' {TOO_LONG}"),
    ("doubling a list", "{% set ns = namespace(l=[1]) %}{% for i in range(40) %}"
     "{% set ns.l = ns.l + ns.l %}{% endfor %}\n", f"1: '+' {TOO_LONG}"),
    ("lipsum", "Dear\n\n{{ lipsum(n=10**7) }}\n", f"3: lipsum {TOO_LONG}"),
    ("repeated text", "{{ 'x' * 10**9 }}\n",
     "1: the repeated text would be too long for a template."),
    ("repeated references", f"{LONG_TEXT}{{{{ [s] * 3 }}}}\n",
     "1: the repeated text would be too long for a template."),
    ("printf width", '{{ "%999999999d" % 1 }}\n', f"1: '%' {TOO_LONG}"),
    ("printf width from a value", '{{ "%*d" % (999999999, 1) }}\n', f"1: '%' {TOO_LONG}"),
    ("format filter width", '{{ "%999999999d" | format(1) }}\n', f"1: format {TOO_LONG}"),
    ("str.format width", '{{ "{:>999999999}".format(1) }}\n', f"1: format {TOO_LONG}"),
    ("str.format nested width", '{{ "{:>{}}".format(1, 999999999) }}\n',
     f"1: format {TOO_LONG}"),
    ("str.format precision", '{{ "{:.999999999f}".format(1.5) }}\n', f"1: format {TOO_LONG}"),
    # Named as the template wrote it, not as the sandbox's own function ("formatted").
    ("str.format of a long list", f"{LONG_TEXT}{{{{ '{{}}'.format([s, s, s]) }}}}\n",
     f"1: format {TOO_LONG}"),
    ("format_map of a long list", f"{LONG_TEXT}{{{{ '{{a}}'.format_map({{'a': [s, s, s]}}) }}}}\n",
     f"1: format_map {TOO_LONG}"),
    ("str.format of a field used again", f"{LONG_TEXT}{{{{ '{{a}}{{a}}{{a}}'.format(a=s) }}}}\n",
     f"1: format {TOO_LONG}"),
    ("join of a huge range", '{{ range(100000) | join(",") }}\n', f"1: join {TOO_LONG}"),
    ("str.join of a huge range", '{{ ",".join(range(100000) | map("string")) }}\n',
     f"1: join {TOO_LONG}"),
    ("join of long texts", f"{LONG_TEXT}{{{{ [s, s, s] | join }}}}\n", f"1: join {TOO_LONG}"),
    ("printing a list of long texts", f"{LONG_TEXT}\n{{{{ [s, s, s] }}}}\n",
     f"2: printing this {TOO_LONG}"),
    ("a list of long texts joined by ~", f"{LONG_TEXT}{{{{ 'a' ~ [s, s, s] }}}}\n",
     f"1: '~' {TOO_LONG}"),
    ("a list of long texts given to a filter", f"{LONG_TEXT}{{{{ [s, s, s] | upper }}}}\n",
     f"1: upper {TOO_LONG}"),
    ("center", '{{ "x" | center(10**9) }}\n', f"1: center {TOO_LONG}"),
    ("str.ljust", '{{ "x".ljust(10**9) }}\n', f"1: ljust {TOO_LONG}"),
    ("indent", '{{ "a" | indent(10**9, true) }}\n', f"1: indent {TOO_LONG}"),
    ("expandtabs", '{{ ("\t" * 50000).expandtabs(tabsize=100000) }}\n',
     f"1: expandtabs {TOO_LONG}"),
    ("translate", '{{ ("x" * 1000).translate({120: "y" * 1000}) }}\n',
     f"1: translate {TOO_LONG}"),
    ("batch padding", '{{ [1] | batch(10**9, "x") | list }}\n', f"1: batch {TOO_LONG}"),
    ("slice", "{{ [1] | slice(10**9) | list }}\n", f"1: slice {TOO_LONG}"),
    ("tojson indent", "{{ [1] | tojson(10**9) }}\n", f"1: tojson {TOO_LONG}"),
    # A list is measured where it is made into text, and sort, unique, min, max and
    # groupby make lowered copies of every text they compare.
    ("sorting many long texts", f"{MANY_LONG}{{{{ l | sort | first | length }}}}\n",
     f"1: sort {TOO_LONG}"),
    ("unique of many long texts", f"{MANY_LONG}{{{{ l | unique | list | length }}}}\n",
     f"1: unique {TOO_LONG}"),
    ("adding up lists", '{% set m = range(1000) | list %}{{ range(10**4) | map(attribute="x", '
     'default=m) | sum(start=[]) | length }}\n', f"1: sum {TOO_LONG}"),
    ("squaring a number", "{% set a = 10**60 %}{% set b = a*a %}{% set c = b*b %}"
     "{% set d = c*c %}{% set e = d*d %}{% set f = e*e %}{% set g = f*f %}{% set h = g*g %}"
     "{% set i = h*h %}{% set j = i*i %}{% set k = j*j %}{% set l = k*k %}{{ l }}\n",
     "1: the number would be too large for a template."),
    ("powers of powers", "{% set a = 10 ** 60 %}\n{% set b = a ** 60 %}\n{{ b ** 60 }}\n",
     "3: the power 60 is too large for a template."),
    ("a long text at every turn", '{% for i in range(100000) %}{% set t = ("x" * 50000) ~ i %}'
     "{% endfor %}\n", f"1: {TOO_MUCH}"),
    ("a macro writing without end", "{% macro m() %}{% for i in range(100000) %}"
     "{{ ('x' * 99990) ~ i }}{% endfor %}{% endmacro %}\n{{ m() }}\n", f"1: {TOO_MUCH}"),
    ("a recursive macro", "{% macro f() %}{{ f() }}{% endmacro %}\n{{ f() }}\n",
     "1: the template calls itself without end"),
    ("macros calling each other", "Dear\n{% macro a() %}{{ b() }}{% endmacro %}"
     "{% macro b() %}{{ a() }}{% endmacro %}{{ a() }}\n",
     "2: the template calls itself without end"),
]


@pytest.mark.parametrize(("case", "template", "message"), STOPPED,
                         ids=[case for case, _, _ in STOPPED])
def test_a_runaway_template_is_stopped_before_it_makes_the_text(
        invoke: Any, tmp_path: Path, case: str, template: str, message: str) -> None:
    path = tmp_path / "mine.md.j2"
    path.write_text(template, "utf-8")
    result = invoke(*DRAFT, "--template", path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}:{message}\n"


def _followup(*args: str, home: Path, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    """`followup ARGS` in its own process, so that a limit that no longer holds fails the
    test at `timeout` instead of hanging it."""
    return subprocess.run([sys.executable, "-m", "followup", *args], capture_output=True,
                          text=True, timeout=timeout, check=False,
                          env={**os.environ, "FOLLOWUP_HOME": str(home)})


def _memory_capped() -> None:
    import resource

    cap = 400 * 2**20  # a draft needs about a hundred megabytes
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


# (case, template, line and message): texts of hundreds of megabytes if made (before they
# were measured, each ran out of the memory allowed here), refused before they are made.
HUGE = [
    ("printf of one value used again", '{{ ("%(a)s" * 16000) % {"a": "x" * 50000} }}\n',
     f"1: '%' {TOO_LONG}"),
    ("printf widths", '{{ ("%50000d" * 7000) % ((1,) * 7000) }}\n', f"1: '%' {TOO_LONG}"),
    ("format filter of one value used again",
     '{{ ("%(a)s" * 16000) | format(a="x" * 50000) }}\n', f"1: format {TOO_LONG}"),
    ("str.format widths", '{{ ("{0:>99999}" * 5000).format(1) }}\n', f"1: format {TOO_LONG}"),
    ("printf on bytes", '{{ "%900000000d".encode() % 1 }}\n', f"1: '%' {TOO_LONG}"),
    ("a long key in a message", f"{MANY_LONG}{{{{ {{}}[(1, l)] }}}}\n",
     "1: dict object has no such element"),
]


@pytest.mark.skipif(sys.platform == "win32", reason="memory limits are POSIX")
@pytest.mark.parametrize(("case", "template", "message"), HUGE, ids=[case for case, _, _ in HUGE])
def test_a_huge_text_is_refused_before_it_is_made(
        user_home: Path, tmp_path: Path, case: str, template: str, message: str) -> None:
    path = tmp_path / "mine.md.j2"
    path.write_text(template, "utf-8")
    result = subprocess.run([sys.executable, "-m", "followup", *DRAFT, "--template", str(path)],
                            capture_output=True, text=True, timeout=30, check=False,
                            preexec_fn=_memory_capped,
                            env={**os.environ, "FOLLOWUP_HOME": str(user_home)})
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}:{message}\n"


def test_every_filter_the_sandbox_estimates_has_an_estimate() -> None:
    """sandbox.py decides which filters to estimate without reading text_limits.py (a
    normal draft never loads it); the two lists must agree."""
    assert set(text_limits.FILTER_SIZES) == sandbox.ESTIMATED


def test_a_normal_draft_never_loads_the_size_estimates(user_home: Path) -> None:
    probe = ("import sys\nfrom followup.cli import cli\n"
             f"try:\n    cli({[*DRAFT]!r}, prog_name='followup')\nexcept SystemExit:\n    pass\n"
             "print('followup.compose.text_limits' in sys.modules, file=sys.stderr)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=20, check=True,
                            env={**os.environ, "FOLLOWUP_HOME": str(user_home)})
    assert result.stderr == "False\n"


# `{% import %}` makes a module whose body prints when the module does: that body is a text
# the template writes, stopped in the imported file at the same limit.
IMPORTED = "{% for i in range(100000) %}LLLLLLLLLLLLLLLLLLLL{% endfor %}\n"
PRINTING_A_MODULE = ["{{ m | wordcount }}", "{{ m | string }}", "{{ m ~ '' }}",
                     "{{ '%s' % m }}", "{{ '{}'.format(m) }}", "{{ m }}"]


@pytest.mark.parametrize("printing", PRINTING_A_MODULE)
def test_an_imported_template_is_held_to_the_limits(
        invoke: Any, user_home: Path, tmp_path: Path, printing: str) -> None:
    imported = _mine(user_home, "thank-you.big.md.j2", IMPORTED)
    path = tmp_path / "mine.md.j2"
    path.write_text(f"Dear\n{{% import 'thank-you.big.md.j2' as m %}}{printing}\n", "utf-8")
    result = invoke(*DRAFT, "--template", path)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {imported}:1: writing this {TOO_LONG}\n"


def test_a_template_that_would_compile_for_long_is_stopped_in_about_a_second(
        user_home: Path, tmp_path: Path) -> None:
    """Jinja2 works out constant filters while compiling: sixty `urlize` of a long text
    took over ten seconds there, before rendering began. Compiling stops at the time limit,
    and the rest is left to the rendering, which stops at its own: at the time limit, or at
    the limit of text made in all, whichever the machine's speed reaches first (CI has seen
    both). Either is the same promise kept: an error at the template's line, no draft, well
    inside the minute the test waits."""
    path = tmp_path / "mine.md.j2"
    path.write_text("Dear\n{{ '" + "x " * 40000 + "'" + " | urlize" * 60 + " }}\n", "utf-8")
    result = _followup(*DRAFT, "--template", str(path), home=user_home, timeout=60)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr in (f"Error: {path}:2: {TOO_SLOW}\n", f"Error: {path}:2: {TOO_MUCH}\n")


# (case, template, line and message): work without text, stopped by the time limit.
SLOW = [
    ("nested loops", "Dear\n{% for a in range(10**5) %}{% for b in range(10**5) %}"
     "{% endfor %}{% endfor %}\n", f"2: {TOO_SLOW}"),
    ("a macro calling itself twice", "{% macro f(n) %}{% if n < 40 %}{{ f(n + 1) }}"
     "{{ f(n + 1) }}{% endif %}{% endmacro %}\n\n{{ f(0) }}\n", f"1: {TOO_SLOW}"),
]


@pytest.mark.parametrize(("case", "template", "message"), SLOW,
                         ids=[case for case, _, _ in SLOW])
def test_a_template_that_burns_time_is_stopped_after_a_second(
        user_home: Path, tmp_path: Path, case: str, template: str, message: str) -> None:
    path = tmp_path / "mine.md.j2"
    path.write_text(template, "utf-8")
    result = _followup(*DRAFT, "--template", str(path), home=user_home)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}:{message}\n"


def _mine(user_home: Path, name: str, text: str) -> Path:
    folder = user_home / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, "utf-8")
    return folder / name


NESTED = "{% for a in range(10**5) %}{% for b in range(10**5) %}{% endfor %}{% endfor %}"


def test_a_phrase_that_burns_time_is_named_in_phrases_yaml(user_home: Path) -> None:
    phrases = _mine(user_home, "phrases.yaml", f'thank-you:\n  openings:\n    - "{NESTED}Hi"\n')
    result = _followup(*DRAFT, home=user_home)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"Error: {phrases}:3: thank-you.openings[0]: {TOO_SLOW}\n"


def test_a_template_that_includes_itself_is_stopped(invoke: Any, user_home: Path) -> None:
    path = _mine(user_home, "thank-you.loop.md.j2",
                 'Dear\n{% include "thank-you.loop.md.j2" %}{% include "thank-you.loop.md.j2" %}\n')
    result = invoke(*DRAFT, "--template", "loop")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"Error: {path}:2: the template calls itself without end\n"


def test_templates_list_stops_a_template_at_its_first_time_out(user_home: Path) -> None:
    """It renders your templates from the samples in every tone, each rendering within its
    own second as when drafting, and the first that runs out shows the template invalid."""
    slow = _mine(user_home, "thank-you.slow.md.j2", f"Dear\n{NESTED}\n")
    lorem = _mine(user_home, "thank-you.lorem.md.j2", "Dear\n{{ lipsum(n=10**7) }}\n")
    phrases = _mine(user_home, "phrases.yaml", f'common:\n  busy:\n    - "{NESTED}"\n')
    result = _followup("templates", "list", home=user_home, timeout=15)
    assert result.returncode == 1
    shown = result.stdout.splitlines()
    sample = "(rendering the sample big-beanz, tone standard)"
    assert f"    {slow}:2: {TOO_SLOW} {sample}" in shown
    assert f"    {lorem}:2: lipsum {TOO_LONG} {sample}" in shown
    assert f"    {phrases}:3: common.busy[0]: {TOO_SLOW}" in shown
    assert result.stderr == "3 of your templates are invalid: fix with followup templates " \
                            "edit NAME.\n"


def test_templates_list_tries_a_slow_template_on_fewer_samples_without_calling_it_invalid(
        user_home: Path) -> None:
    """A million loop turns take about a tenth of a second: a draft's rendering is well
    within its second, though the 24 renderings that check a thank-you template are not
    (they shared one second, and the template was listed as invalid)."""
    _mine(user_home, "thank-you.slowish.md.j2", "Dear {{ salutation }},\n"
          "{% for a in range(1000) %}{% for b in range(1000) %}{% endfor %}{% endfor %}\n"
          "Thank you for your time.\n")
    result = _followup("templates", "list", home=user_home, timeout=30)
    assert (result.returncode, result.stderr) == (0, "")
    assert "thank-you.slowish   thank-you          email      yours (use: --template " \
           "thank-you.slowish)" in result.stdout.splitlines()


PANEL = """\
candidate:
  name: Alex Morgan
  email: alex.morgan@example.com
company: Big Panel
role: Analyst
interviews:
  - date: 2026-11-16
    kind: video
    interviewers:
{interviewers}status: waiting
"""
TALK = "we talked about the rota and the new till system " * 600  # about 29,000 characters
PANEL_TEMPLATE = """\
{% macro names(people) %}{{ people | map(attribute="name") | sort | join(", ") }}{% endmacro %}
Dear {{ salutation }},

We were {{ interview.interviewers | length }}: {{ names(interview.interviewers) }}, and {{
(interview.interviewers | sort(attribute="name") | first).name }} first.
"""


def test_a_long_profile_is_measured_only_where_it_is_made_into_text(
        invoke: Any, user_home: Path, tmp_path: Path) -> None:
    """A valid profile of 118 KB: its interviewers print as more than 100,000 characters,
    but counting, sorting, mapping them or giving them to a macro makes no such text (it
    was 'length would make a text of more than 100,000 characters')."""
    people = "".join(f"      - name: {name}\n        discussed: {TALK.strip()}\n"
                     for name in ("Priya Shah", "Sam Reed", "Tom Okafor", "Ana Silva"))
    profile = tmp_path / "panel.yaml"
    profile.write_text(PANEL.format(interviewers=people), "utf-8")
    assert 100_000 < profile.stat().st_size < 256 * 1024
    template = tmp_path / "panel.md.j2"
    template.write_text(PANEL_TEMPLATE, "utf-8")
    result = invoke("thank-you", profile, "--today", "2026-11-17", "--to", "Sam Reed",
                    "--template", template)
    assert result.exit_code == 0, result.stderr
    assert "We were 4: Ana Silva, Priya Shah, Sam Reed, Tom Okafor, and Ana Silva first." \
        in result.stdout.splitlines()


PROFILE = """\
candidate:
  name: Alex Morgan
  email: alex.morgan@example.com
company: Firm {number}
role: Analyst
interviews:
  - date: 2026-11-16
    kind: video
    interviewers:
      - name: Sam Reed
status: waiting
"""


def test_a_batch_waits_for_a_slow_template_once(user_home: Path, tmp_path: Path) -> None:
    """The first draft that stops it names it, the others are refused at once: ten
    profiles take about a second, not ten."""
    path = _mine(user_home, "thank-you.md.j2", f"Dear\n{NESTED}\n")
    profiles = tmp_path / "applications"
    profiles.mkdir()
    for number in range(10):
        (profiles / f"firm-{number}.yaml").write_text(PROFILE.format(number=number), "utf-8")
    result = _followup("drafts", str(profiles), "--out", str(tmp_path / "out"),
                       "--today", "2026-11-17", home=user_home, timeout=6)
    assert (result.returncode, result.stderr.count(f"{path}:2: {TOO_SLOW}")) == (2, 10)


# ------------------------------------------------------------------ the cache folder


def _plain_draft(home: Path) -> subprocess.CompletedProcess[str]:
    result = _followup(*DRAFT, home=home)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """The draft as written with a cache folder that works."""
    return _plain_draft(tmp_path_factory.mktemp("home"))


@pytest.mark.parametrize("blocked", ["cache", "cache/jinja", "cache/phrases"])
def test_a_file_where_the_cache_folder_should_be_is_no_error(
        user_home: Path, expected: subprocess.CompletedProcess[str], blocked: str) -> None:
    (user_home / blocked).parent.mkdir(parents=True, exist_ok=True)
    (user_home / blocked).write_text("not a folder", "utf-8")
    result = _plain_draft(user_home)
    assert (result.stdout, result.stderr) == (expected.stdout, expected.stderr)


def _full_disk() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # every write to a file fails (EFBIG)


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_a_cache_that_cannot_be_written_is_no_error_and_leaves_nothing_behind(
        user_home: Path, expected: subprocess.CompletedProcess[str]) -> None:
    """As a full disk does, even for root (which a read-only folder would not stop). It was
    'Error: .../thank-you.md.j2: [Errno 27] File too large', blaming the bundled template."""
    result = subprocess.run([sys.executable, "-m", "followup", *DRAFT], capture_output=True,
                            text=True, timeout=20, check=False, preexec_fn=_full_disk,
                            env={**os.environ, "FOLLOWUP_HOME": str(user_home)})
    assert (result.returncode, result.stdout, result.stderr) == (0, expected.stdout,
                                                                 expected.stderr)
    left = [path for path in (user_home / "cache").rglob("*") if path.is_file()]
    assert left == []  # no half-written file or temporary file


DAMAGE = {
    "truncated": lambda data: data[:len(data) // 2],
    "empty": lambda data: b"",
    "garbage": lambda data: bytes(range(256)) * 4,
    "other data": lambda data: marshal.dumps([1, 2, 3]),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_cache_files_are_read_as_missing_and_written_anew(
        user_home: Path, expected: subprocess.CompletedProcess[str], damage: str) -> None:
    _plain_draft(user_home)
    kept = [path for path in (user_home / "cache").rglob("*") if path.is_file()]
    assert {path.parent.name for path in kept} >= {"jinja", "phrases", "checker"}
    for path in kept:
        path.write_bytes(DAMAGE[damage](path.read_bytes()))
    result = _plain_draft(user_home)
    assert (result.stdout, result.stderr) == (expected.stdout, expected.stderr)
    assert _plain_draft(user_home).stdout == expected.stdout
    assert all(path.stat().st_size > 0 for path in kept)
