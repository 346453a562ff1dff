"""Start-up of a draft against the floor of importing click, jinja2 and yaml, and, with
--against, against another install of followup (an older version in its own virtual
environment), side by side.

Wall-clock: the commands run alternately, round after round, so that the machine's noise
hits them alike; each round gives a ratio, and the median ratio is printed with the
quartiles of the rounds (the spread). Instructions (--instructions, needs valgrind): the
instructions each command executes, under callgrind, averaged over four hash seeds; a
count that shared machines do not disturb.

Each Python gets its own FOLLOWUP_HOME, warmed by one run first: the cache of compiled
templates and phrase lists is what a user's second run finds.

Usage:
    python tools/startup.py [--runs 30] [--against /path/to/old/venv/bin/python]
                            [--instructions]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "sample_profiles" / "big-beanz.yaml"
FLOOR = ("-c", "import click, jinja2, yaml")
DRAFT = ("-m", "followup", "thank-you", str(SAMPLE), "--today", "2026-11-17")
SEEDS = ("0", "1", "2", "3")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="rounds of wall-clock timing")
    parser.add_argument("--against", metavar="PYTHON",
                        help="the python of another install to compare with")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions under valgrind's callgrind")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        commands = {"floor": (sys.executable, *FLOOR), "draft": (sys.executable, *DRAFT)}
        homes = {"floor": scratch, "draft": os.path.join(scratch, "this")}
        if args.against:
            commands["other"] = (args.against, *DRAFT)
            homes["other"] = os.path.join(scratch, "other")
        for name in commands:  # warm each install's cache once
            _run(commands[name], homes[name])
        _wall_clock(commands, homes, args.runs)
        if args.instructions:
            _instructions(commands, homes)


def _wall_clock(commands: dict[str, tuple[str, ...]], homes: dict[str, str],
                runs: int) -> None:
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            start = time.perf_counter()
            _run(command, homes[name])
            times[name].append(time.perf_counter() - start)
    for name, values in times.items():
        print(f"{name:6} median {statistics.median(values) * 1000:6.1f} ms  "
              f"min {min(values) * 1000:6.1f} ms  ({' '.join(commands[name][1:3])})")
    _ratio("draft / floor", times["draft"], times["floor"])
    if "other" in times:
        _ratio("draft / other install", times["draft"], times["other"])


def _ratio(label: str, numerators: list[float], denominators: list[float]) -> None:
    """The median of the rounds' ratios, and their quartiles."""
    ratios = sorted(a / b for a, b in zip(numerators, denominators, strict=True))
    low, _, high = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
    print(f"{label:22} {statistics.median(ratios):.3f} (quartiles {low:.3f} to {high:.3f}, "
          f"{len(ratios)} rounds)")


def _instructions(commands: dict[str, tuple[str, ...]], homes: dict[str, str]) -> None:
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind")
    counts = {name: statistics.mean(_count(command, homes[name], seed) for seed in SEEDS)
              for name, command in commands.items()}
    for name, count in counts.items():
        print(f"{name:6} {count / 1e6:8.1f} M instructions")
    print(f"draft / floor          {counts['draft'] / counts['floor']:.3f}")
    if "other" in counts:
        print(f"draft / other install  {counts['draft'] / counts['other']:.3f}")


def _count(command: tuple[str, ...], home: str, seed: str) -> int:
    found = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=_environment(home, seed), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True, check=True).stderr
    return int(found.rsplit("Collected :", 1)[1].split()[0])


def _run(command: tuple[str, ...], home: str) -> None:
    subprocess.run(command, env=_environment(home), stdout=subprocess.DEVNULL, check=True)


def _environment(home: str, seed: str | None = None) -> dict[str, str]:
    environment = dict(os.environ, FOLLOWUP_HOME=home)
    if seed is not None:
        environment["PYTHONHASHSEED"] = seed
    return environment


if __name__ == "__main__":
    main()
