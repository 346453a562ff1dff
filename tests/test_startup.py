"""Start-up work that a draft skips or reads back, and proof that skipping changes nothing:
lazily built commands, leftover patterns searched only when their hints are there,
case-blind patterns on folded text, and the phrase lists and templates read back from
the cache folder as they were made."""

from __future__ import annotations

import datetime
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from followup import cache, check, drafting, matching, profile, words
from followup.compose import template_environment
from followup.compose.situations import Options
from followup.errors import ProfileError
from followup.guidance.phrases.content import CONTENT
from followup.guidance.phrases.form import EMPTY_GREETING, LEFTOVERS
from followup.guidance.phrases.signals import SITUATION_SIGNALS
from followup.guidance.phrases.tone import TONE

from .conftest import SAMPLES

BIG_BEANZ = SAMPLES / "big-beanz.yaml"

# ------------------------------------------------------------------ what a draft loads


def _loaded_by(*args: str) -> list[str]:
    """Run `followup ARGS` in a fresh interpreter; the plan module and the drafting
    commands it had built, as `name` lines after the draft."""
    probe = ("import sys\n"
             "from followup.cli import cli\n"
             "from followup.commands import draft\n"
             f"try:\n    cli({list(args)!r}, prog_name='followup')\n"
             "except SystemExit:\n    pass\n"
             "print('plan' if 'followup.plan' in sys.modules else 'no plan')\n"
             "print(*[name for situation in draft.COMMANDS\n"
             "        if (name := situation.replace('-', '_')) in vars(draft)])\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    return result.stdout.splitlines()[-2:]


@pytest.mark.parametrize(("today", "plan"), [("2026-11-17", "no plan"), ("2026-11-18", "plan")],
                         ids=["TY2-on-time", "TY2-late"])
def test_TY2_a_thank_you_builds_one_command_and_loads_the_plan_only_when_late(
        today: str, plan: str) -> None:
    assert _loaded_by("thank-you", str(BIG_BEANZ), "--today", today) == [plan, "thank_you"]


def test_every_drafting_command_is_built_on_first_use() -> None:
    from followup.commands import draft

    for situation in draft.COMMANDS:
        name = situation.replace("-", "_")
        command = getattr(draft, name)
        assert command is getattr(draft, name)  # built once
        assert command.name == name.replace("_", "-")
    with pytest.raises(AttributeError):
        draft.no_such_command  # noqa: B018


def test_TY2_a_late_thank_you_from_python_dash_m_is_as_in_process(invoke: Any) -> None:
    """The plan, loaded only for a note that may be late, still gives the warning."""
    args = ["thank-you", str(BIG_BEANZ), "--today", "2026-11-18"]
    result = subprocess.run([sys.executable, "-m", "followup", *args], capture_output=True,
                            text=True, check=False)
    expected = invoke(*args)
    assert result.returncode == expected.exit_code == 0
    assert result.stdout == expected.stdout
    assert result.stderr == expected.stderr
    assert result.stderr.startswith("warning TY2: This thank-you is late")


# ------------------------------------------------------------------ leftovers (G2)

# Each alternative of each leftover pattern, matched: the hints must be in every match.
LEFTOVER_MATCHES = [
    (0, "Dear {{ name }},", "{{ name }}"),
    (0, "Hello {% if x %}", "{% if x %}"),
    (0, "Dear {first_name},", "{first_name}"),
    (0, "at [Company Name].", "[Company Name]"),
    (0, "Dear <First Name>,", "<First Name>"),
    (0, "Dear <Ms O’Neil>,", "<Ms O’Neil>"),
    (0, "Call me on TODO", "TODO"),
    (0, "Start date TBD.", "TBD"),
    (0, "Salary TBC.", "TBC"),
    (0, "FIXME: the role", "FIXME"),
    (0, "At XXXX Ltd", "XXXX"),
    (0, "INSERT the team", "INSERT"),
    (0, "Sign here: ______", "______"),
    (0, "LOREM IPSUM dolor", "LOREM IPSUM"),
    (0, "Dear %NAME%,", "%NAME%"),
    (1, "I met Sam , who", " ,"),
    (1, "the role .", " ."),
    (1, "as we said ; then", " ;"),
    (1, "as below :\nmore", " :"),
    (1, "my portfolio ( )", "( )"),
]


@pytest.mark.parametrize(("index", "text", "matched"), LEFTOVER_MATCHES,
                         ids=[f"G2-{case[2].strip()}" for case in LEFTOVER_MATCHES])
def test_G2_every_leftover_match_holds_one_of_its_hints(index: int, text: str,
                                                         matched: str) -> None:
    pattern = LEFTOVERS[index]
    found = [match[0] for match in re.finditer(pattern.regex, text, re.MULTILINE)]
    assert matched.strip() in [each.strip() for each in found]
    for each in found:
        assert any(hint in each.lower() for hint in pattern.hints), each


def test_G2_leftover_hints_hold_over_the_whole_corpus() -> None:
    """What the patterns find in every corpus draft, they find only where a hint is."""
    texts = [path.read_text("utf-8") for path in (Path(__file__).parent / "corpus").glob("*")
             if path.suffix in (".txt", ".md", ".eml")]
    assert len(texts) >= 50
    matches = 0
    for pattern in LEFTOVERS:
        for text in texts:
            for match in re.finditer(pattern.regex, text, re.MULTILINE):
                matches += 1
                assert any(hint in match[0].lower() for hint in pattern.hints), match[0]
    assert matches  # the corpus has leftovers to find


@pytest.mark.parametrize(("body", "count"), [
    ("Dear {{ name }},\n\nThank you, [Name], for the tour of .\n\nBest,\nJo\n", 3),
    ("Dear Sam,\n\nSee you at <venue> on TBC ( ).\n\nBest,\nJo\n", 3),
    ("Dear Sam,\n\nThank you for your time.\n\nBest,\nJo\n", 0),
], ids=["G2-placeholders-and-gap", "G2-hinted-others", "G2-none"])
def test_G2_leftovers_are_found_as_the_patterns_find_them(body: str, count: int) -> None:
    expected = [" ".join(match[0].split()) or match[0] for pattern in LEFTOVERS
                for match in re.finditer(pattern.regex, body, re.MULTILINE)]
    found = check.check(check.Document(name="x", body=body, subject="Thank you: the role"))
    leftovers = [finding.words for finding in found
                 if finding.message.startswith((LEFTOVERS[0].says, LEFTOVERS[1].says))]
    assert sorted(leftovers) == sorted(expected)
    assert len(expected) == count


@pytest.mark.parametrize(("line", "empty"), [
    ("Dear ,", True), ("Dear,", True), ("DEAR:", True), ("Hi ,", True), ("Hey !", True),
    ("Dear None,", True), ("Hello undefined,", True), ("Good morning null", True),
    ("good EVENING ,", True), ("H\u0130 ,", True), ("Dear \u00a0 ,", True),
    ("Hello,", False), ("Dear Priya,", False), ("Dear NONE,", False), ("Hi ,,", False),
], ids=lambda case: f"G2-{case!r}" if isinstance(case, str) else "")
def test_G2_empty_greetings_end_with_one_of_the_patterns_last_words(line: str,
                                                                     empty: bool) -> None:
    rule = EMPTY_GREETING
    assert bool(re.match(rule.regex, line)) is empty
    if empty:
        last = line.rstrip().rstrip(",:!").split()[-1]
        assert last.translate(words.CASE_BLIND) in rule.last_words
    assert check.empty_greeting(line) is empty


# ------------------------------------------------------------------ case-blind patterns


def test_case_blind_folding_is_what_ignorecase_matches() -> None:
    """Every character `re.IGNORECASE` matches with an ASCII letter folds to that letter,
    and no other character folds to one; one character for one."""
    every = "".join(map(chr, range(0x110000)))
    folded = every.translate(words.CASE_BLIND)
    assert len(folded) == len(every)
    changed = {char: fold for char, fold in zip(every, folded, strict=True) if char != fold}
    assert len(changed) == 30  # A-Z and four others
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = set(re.findall(letter, every, re.IGNORECASE))
        assert {char for char, fold in changed.items() if fold == letter} | {letter} == \
            matched, letter


@pytest.mark.parametrize(("text", "normalized"), [
    ("I CAN'T wait", "I can not wait"),
    ("She Won't", "She will not"),
    ("DON'T Panic", "DO not Panic"),
    ("It's here; THAT'S it", "It is here; THAT is it"),
    ("I'M keen, They’Re sure", "I am keen, They are sure"),
    ("İt's fine", "İt is fine"),
    ("I Cannot", "I can not"),
], ids=["upper", "title", "upper-nt", "is", "tails", "dotted-capital-i", "cannot"])
def test_contractions_are_spelt_out_in_any_case(text: str, normalized: str) -> None:
    result = matching.normalize(text)
    assert result.text == normalized
    assert len(result.origin) == len(result.text) + 1


@pytest.mark.parametrize(("line", "greets"), [
    ("DEAR PRIYA,", True), ("Good Morning Dr. Shah:", True), ("Hİ Sam,", True),
    ("HELLO all", True), ("Thanks for today.", False), ("Hiring update", False),
], ids=["upper", "title", "dotted-capital-i", "no-comma", "sentence", "hiring"])
def test_greetings_are_found_in_any_case(line: str, greets: bool) -> None:
    assert words.is_greeting(line) is greets


# ------------------------------------------------------------------ read back from the cache


def _all_lists() -> list[tuple[str, ...]]:
    lists = [phrase_list.phrases for phrase_list in TONE]
    return lists + [cue.phrases for cue in CONTENT] + list(SITUATION_SIGNALS.values())


def _matches(text: str) -> list[list[tuple[int, int, str]]]:
    return [[(match.start, match.end, match.text) for match in matching.find(phrases, text)]
            for phrases in _all_lists()]


TEXT = ("I'm still waiting to hear back, and this is urgent: I need an answer by Friday 4 "
        "December. Just checking in! Thank you for meeting me; I remain very interested in "
        "the next steps. Unless you can match their offer I will accept it.")


def test_phrase_lists_read_back_from_the_cache_match_as_parsed(user_home: Path) -> None:
    matching.compile_phrases.cache_clear()
    parsed = _matches(TEXT)
    assert any(parsed)
    kept = list((user_home / "cache" / "checker").glob("*.marshal"))
    assert len(kept) == len(set(_all_lists()))
    matching.compile_phrases.cache_clear()
    assert _matches(TEXT) == parsed  # read back, each phrase decoded when needed
    matching.compile_phrases.cache_clear()


def test_a_damaged_phrase_in_the_cache_is_parsed_again(user_home: Path) -> None:
    matching.compile_phrases.cache_clear()
    parsed = _matches(TEXT)
    for path in (user_home / "cache" / "checker").glob("*.marshal"):
        stamp, entries = marshal.loads(path.read_bytes())
        cache.store("checker", path.stem, stamp,
                    [[firsts, needs, b"not a pickle"] for firsts, needs, _ in entries])
    matching.compile_phrases.cache_clear()
    assert _matches(TEXT) == parsed
    matching.compile_phrases.cache_clear()


def _draft_bodies() -> list[str]:
    loaded = profile.load(SAMPLES / "panel-interview.yaml")
    env = template_environment.make_environment()
    made = drafting.compose("thank-you", loaded, Options(today=datetime.date(2026, 11, 19),
                                                         every=True), env=env)
    return [draft.body for draft in made]


def test_templates_read_back_from_the_cache_render_as_compiled(user_home: Path) -> None:
    compiled = _draft_bodies()
    kept = list((user_home / "cache" / "jinja").glob("*"))
    assert kept
    assert _draft_bodies() == compiled
    for path in kept:  # damaged: compiled again, and the same drafts
        path.write_bytes(path.read_bytes()[:40])
    assert _draft_bodies() == compiled
    assert all(path.stat().st_size > 40 for path in kept)  # and written anew


# ------------------------------------------------------------------ profiles and front matter kept


def _imports_yaml(*args: str, home: Path) -> bool:
    """Whether `followup ARGS`, run in a fresh interpreter, imported the YAML library."""
    probe = ("import sys\n"
             "from followup.cli import cli\n"
             f"try:\n    cli({list(args)!r}, prog_name='followup')\n"
             "except SystemExit:\n    pass\n"
             "print('yaml' if 'yaml' in sys.modules else 'no yaml')\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, env={**os.environ, "FOLLOWUP_HOME": str(home)})
    return result.stdout.splitlines()[-1] == "yaml"


def test_a_draft_from_a_profile_and_templates_read_before_parses_no_yaml(tmp_path: Path) -> None:
    args = ("thank-you", str(BIG_BEANZ), "--today", "2026-11-17")
    assert _imports_yaml(*args, home=tmp_path)  # the first run reads and keeps them
    assert not _imports_yaml(*args, home=tmp_path)


def test_a_profile_read_back_from_the_cache_is_the_one_parsed(user_home: Path,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(BIG_BEANZ.read_bytes())
    parsed = profile.load(path)
    assert len(list((user_home / "cache" / "profiles").glob("*.marshal"))) == 1
    assert profile.load(path) == parsed
    for kept in (user_home / "cache" / "profiles").glob("*.marshal"):  # damaged: read again
        stamp, _ = marshal.loads(kept.read_bytes())
        cache.store("profiles", kept.stem, stamp, b"\x93not msgpack")
    assert profile.load(path) == parsed


def test_an_edited_profile_is_read_again_and_a_broken_one_still_refused(user_home: Path,
                                                                         tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(BIG_BEANZ.read_bytes())
    assert profile.load(path).company == "Big Beanz"
    path.write_bytes(BIG_BEANZ.read_bytes().replace(b"company: Big Beanz", b"company: Bean Co"))
    assert profile.load(path).company == "Bean Co"
    path.write_bytes(BIG_BEANZ.read_bytes().replace(b"company: Big Beanz", b"company: [x"))
    with pytest.raises(ProfileError, match=r"p\.yaml:11: YAML syntax"):
        profile.load(path)


def test_a_profile_with_a_shared_candidate_file_is_not_kept(user_home: Path,
                                                             tmp_path: Path) -> None:
    """Its meaning is in two files: the candidate file may change while it does not."""
    (tmp_path / "me.yaml").write_text("name: Jordan Lee\nemail: jordan@example.com\n",
                                      encoding="utf-8")
    text = BIG_BEANZ.read_text(encoding="utf-8")
    head, rest = text.split("candidate:\n", 1)
    path = tmp_path / "p.yaml"
    path.write_text(head + "candidate: me.yaml\n" + rest[rest.index("company:"):],
                    encoding="utf-8")
    assert profile.load(path).candidate.email == "jordan@example.com"
    (tmp_path / "me.yaml").write_text("name: Jordan Lee\nemail: jordan.lee@example.org\n",
                                      encoding="utf-8")
    assert profile.load(path).candidate.email == "jordan.lee@example.org"
    assert not list((user_home / "cache" / "profiles").glob("*.marshal"))


def test_front_matter_read_back_from_the_cache_is_the_one_parsed(user_home: Path) -> None:
    from followup.compose.front_matter import read_front_matter

    source = "---\nsituation: thank-you\nsubject: Thanks\ntone: warm\n---\nHello\n"
    parsed = read_front_matter(source, Path("t.md.j2"), None)
    assert parsed == read_front_matter(source, Path("t.md.j2"), None)
    assert parsed[0].tone == "warm" and parsed[1] == "\n" * 5 + "Hello\n"
    assert list((user_home / "cache" / "front-matter").glob("*.marshal"))
