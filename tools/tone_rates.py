"""The tone checker's figures on tests/corpus/tone (issue 13): bad emails caught, good
emails with an error, and, with -v, each miss and false error.

Usage: python tools/tone_rates.py [-v] [--half dev|held-out] [--folder FOLDER]

With --half, only the odd-numbered emails (dev: the ones to study when writing phrases) or
the even-numbered ones (held-out: to measure whether the phrases generalise). With
--folder, the emails of another folder in the same shape (a new set, unread).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.tone_corpus import cases, rates, score


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else None
    folder = Path(sys.argv[sys.argv.index("--folder") + 1]) if "--folder" in sys.argv else None
    chosen = [path for path in (cases(folder) if folder else cases()) if half is None
              or (int(path.name[:3]) % 2 == 1) == (half == "dev")]
    scored = [score(path) for path in chosen]
    figures = rates(scored)
    print(f"bad emails caught: {figures['caught']}/{figures['bad']} "
          f"({100 * figures['caught'] / max(1, figures['bad']):.1f}%); bad sentences caught: "
          f"{figures['spans_caught']}/{figures['spans']}")
    print(f"good emails with an error: {figures['good_with_error']}/{figures['good']}; "
          f"false errors in all: {figures['false_errors']}; right place, wrong rule: "
          f"{figures['wrong_rule']}")
    by_family: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for each in scored:
        if each.bad:
            by_family[each.family][0] += bool(each.caught)
            by_family[each.family][1] += 1
    print("by family: " + ", ".join(f"{family} {hit}/{total}"
                                    for family, (hit, total) in sorted(by_family.items())))
    if verbose:
        for each in scored:
            for row in each.bad:
                if row not in each.caught:
                    print(f"MISS {each.name}: {row[0]} line {row[1]}: {row[2]!r}")
            for finding in each.false + each.wrong_rule:
                kind = "WRONG RULE" if finding in each.wrong_rule else "FALSE"
                print(f"{kind} {each.name}: {finding.rule} line {finding.line}: "
                      f"{finding.words!r} ({finding.message})")


if __name__ == "__main__":
    main()
