"""The tone corpus (issue 13): hand-written emails, bad and good, modelled on what careers
sites publish as what not to send and what to copy; each beside the sentences that must
change. The checker's figures on it are printed with every run and held to issue 13's
goal: 95% of bad emails caught by an error of the right rule on a bad sentence (CI5, FB3,
CO2 or G2 by situation), and no error on a good email.

The corpus is also what the phrases were written from, so this figure is the checker's
on what it has seen. Its figure on emails it has not seen is measured by writing a new set
and scoring it with tools/tone_rates.py --folder before it joins the corpus
(tests/corpus/README.md).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from followup import check
from followup.check import Document
from followup.vocabulary import SITUATIONS

from .tone_corpus import Scored, cases, rates, score

GOAL = 0.95  # issue 13: of bad emails caught, with an error of the right rule


@functools.cache
def _scored() -> tuple[Scored, ...]:
    return tuple(score(path) for path in cases())


def test_the_corpus_has_every_situation_and_enough_of_each_kind() -> None:
    scored = _scored()
    bad = [each for each in scored if each.bad]
    good = [each for each in scored if not each.bad]
    assert len(bad) >= 100 and len(good) >= 60
    assert {each.situation for each in bad} == {each.situation for each in good} == set(
        SITUATIONS)
    for path in cases():  # each bad sentence is on its line, as written
        case = json.loads(path.read_text("utf-8"))
        lines = path.with_name(path.name.replace(".expected.json", ".txt")).read_text(
            "utf-8").splitlines()
        for _, line, words in case["bad"]:
            assert words.lower() in lines[line - 1].lower(), (path.name, line, words)


def test_G2_CI5_FB3_CO2_the_checker_catches_bad_emails_and_spares_good_ones(
        capsys: pytest.CaptureFixture[str]) -> None:
    figures: dict[str, Any] = rates(list(_scored()))
    caught = figures["caught"] / figures["bad"]
    with capsys.disabled():  # printed with every run, not only when it fails
        print(
            f"\ntone corpus: bad emails caught {figures['caught']}/{figures['bad']} "
            f"({caught:.1%}; goal {GOAL:.0%}); bad sentences caught "
            f"{figures['spans_caught']}/{figures['spans']}; good emails with an error "
            f"{figures['good_with_error']}/{figures['good']}; other false errors "
            f"{figures['false_errors']}")
    assert figures["good_with_error"] == 0
    assert caught >= GOAL


README = Path(__file__).parents[1] / "README.md"


def _families() -> list[tuple[str, str, str, str]]:
    """The README's table of tone families: (family, example, situation, rule)."""
    text = README.read_text("utf-8")
    table = text[text.index("<!-- tone-families"):].split("\n\n")[0]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in table.splitlines()[3:]]
    return [(row[0], row[1], row[2], row[3]) for row in rows]


@pytest.mark.parametrize(("family", "example", "situation", "rule"), _families(),
                         ids=[row[0] for row in _families()])
def test_G2_CI5_FB3_CO2_the_readme_example_of_each_family_is_caught(
        family: str, example: str, situation: str, rule: str) -> None:
    document = Document(name="example.txt", body=f"Dear Sam,\n\n{example}\n\nBest,\nJo\n",
                        subject="Graduate Analyst interview", situation=situation,
                        situation_from="given", channel="email")
    errors = [(finding.rule, finding.line) for finding in check.check(document)
              if finding.severity == "error"]
    assert errors == [(rule, 3)], family


def test_the_readme_lists_every_family() -> None:
    """The table names the thirteen families of the fixed phrasings and cues, and the
    three of excess (oversharing, flattery, entitlement), each once."""
    families = [family for family, *_ in _families()]
    assert len(families) == len(set(families)) == 16
    assert {"oversharing", "flattery", "entitlement"} <= set(families)
