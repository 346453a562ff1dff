"""How fast followup is where people wait, as ratios measured side by side (issue 14).

Each section runs its commands alternately, round after round, so that a shared machine's
noise hits them alike. A command's cost is the CPU time (user + system) of its process,
read with os.wait4; each round gives a ratio, and each line prints the median ratio with
the quartiles of the rounds (the spread) and the goal.

- start-up: one thank-you draft (text, and .eml) against the floor, importing click,
  jinja2 and yaml; and against mailmerge's one-message dry run when mailmerge is installed.
- batch: `followup drafts` over generated profiles, in text and in .eml, CPU per message
  beyond a one-profile run, against mailmerge's per Markdown message; and the batch's wall
  time against its CPU time (the cost of syncing the files written).
- plan: `followup plan` over N, 2N and 4N generated profiles: CPU per profile and the
  peak memory (max RSS) of each.
- check: `followup check` of a normal draft and of dense drafts of about 50 KB and 200 KB:
  CPU per KB beyond the normal draft's, which is the same at both sizes when checking is
  linear.

It installs nothing: run it with the Python of an install of followup (not an editable
one: a user's start-up reads compiled files from site-packages); mailmerge is looked for
beside that Python, on PATH, or given with --mailmerge. Each command gets its own
FOLLOWUP_HOME, warmed by one run first: the cache a user's second run finds.

Usage:
    python tools/benchmark.py [--rounds 15] [--profiles 300]
                              [--only start-up,batch,plan,check] [--mailmerge PATH]
                              [--against OTHER/bin/python] [--instructions]
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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/ is no package
from bench_inputs import TODAY, dense_draft, mailmerge_files, write_profiles

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_profiles" / "big-beanz.yaml"
SECTIONS = ("start-up", "batch", "plan", "check")


@dataclass(frozen=True)
class Cost:
    cpu: float  # seconds, user + system
    wall: float  # seconds
    peak: int  # max resident set, KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="rounds of each section")
    parser.add_argument("--profiles", type=int, default=300,
                        help="generated profiles in a batch (plan: N, 2N and 4N)")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"the sections to run, of {', '.join(SECTIONS)}")
    parser.add_argument("--mailmerge", help="the mailmerge command to compare with")
    parser.add_argument("--instructions", action="store_true",
                        help="start-up: also count instructions under valgrind's callgrind, "
                             "which a shared machine's noise does not change")
    parser.add_argument("--against", metavar="PYTHON",
                        help="start-up: also the draft of another install of followup (the "
                             "python of its virtual environment), as `before`")
    args = parser.parse_args()
    chosen = [name.strip() for name in args.only.split(",")]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section {', '.join(sorted(unknown))}; "
                     f"choose from {', '.join(SECTIONS)}")
    mailmerge = args.mailmerge or _beside_python("mailmerge") or shutil.which("mailmerge")
    print(f"followup: {_followup()[0]}  mailmerge: {mailmerge or 'not installed'}  "
          f"rounds: {args.rounds}")
    with tempfile.TemporaryDirectory() as scratch:
        bench = Bench(Path(scratch), mailmerge)
        for name in chosen:
            print(f"\n{name}")
            SECTION_RUNS[name](bench, args)


class Bench:
    """A scratch folder, a FOLLOWUP_HOME per command, and mailmerge if there is one."""

    def __init__(self, scratch: Path, mailmerge: str | None) -> None:
        self.scratch = scratch
        self.mailmerge = mailmerge

    def env(self, name: str) -> dict[str, str]:
        home = self.scratch / "homes" / name
        home.mkdir(parents=True, exist_ok=True)
        return dict(os.environ, FOLLOWUP_HOME=str(home))

    def rounds(self, commands: dict[str, tuple[str, ...]], rounds: int,
               before: Callable[[str], None] = lambda name: None) -> dict[str, list[Cost]]:
        """Each command once to warm its cache, then `rounds` rounds, interleaved."""
        costs: dict[str, list[Cost]] = {name: [] for name in commands}
        for name, command in commands.items():
            before(name)
            run(command, self.env(name))
        for _ in range(rounds):
            for name, command in commands.items():
                before(name)
                costs[name].append(run(command, self.env(name)))
        return costs


def run(command: tuple[str, ...], env: dict[str, str]) -> Cost:
    """Run `command` to its end; its CPU time, wall time and peak memory. A failure
    (an exit code other than 0, or 1 for a check with findings) stops the benchmark."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n"
                 f"{errors.decode(errors='replace')}")
    return Cost(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss)


def start_up(bench: Bench, args: argparse.Namespace) -> None:
    draft = (*_followup(), "thank-you", str(SAMPLE), "--today", TODAY)
    commands = {"floor": (sys.executable, "-c", "import click, jinja2, yaml"),
                "text": draft, "eml": (*draft, "--format", "eml")}
    if bench.mailmerge:
        commands["mailmerge"] = _mailmerge(bench, 1)
    if args.against:
        other = _followup(Path(args.against))
        commands["before"] = (*other, "thank-you", str(SAMPLE), "--today", TODAY)
        commands["before eml"] = (*commands["before"], "--format", "eml")
    costs = bench.rounds(commands, args.rounds)
    _medians(costs)
    _ratio("one draft (text) / floor", costs["text"], costs["floor"], "<= 1.25")
    _ratio("one draft (.eml) / floor", costs["eml"], costs["floor"], "<= 1.5")
    if bench.mailmerge:
        _ratio("one draft (text) / mailmerge", costs["text"], costs["mailmerge"], "<= 0.7")
    if args.against:
        _ratio("before (text) / floor", costs["before"], costs["floor"], "")
        _ratio("before (.eml) / floor", costs["before eml"], costs["floor"], "")
    if args.instructions:
        _instructions(bench, {name: command for name, command in commands.items()
                              if name != "mailmerge"})


def _instructions(bench: Bench, commands: dict[str, tuple[str, ...]]) -> None:
    """Instructions each command executes under callgrind, the mean of four hash seeds."""
    if shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind")
    counts = {}
    for name, command in commands.items():
        runs = [subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                                *command], env=dict(bench.env(name), PYTHONHASHSEED=seed),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               check=True).stderr for seed in "0123"]
        counts[name] = statistics.mean(int(run.rsplit("Collected :", 1)[1].split()[0])
                                       for run in runs)
        print(f"  {name:12} {counts[name] / 1e6:8.1f} M instructions")
    for name in (name for name in counts if name != "floor"):
        print(f"  {name + ' / floor':34} {counts[name] / counts['floor']:8.3f}  instructions")


def batch(bench: Bench, args: argparse.Namespace) -> None:
    many = write_profiles(bench.scratch / "batch", args.profiles)
    one = write_profiles(bench.scratch / "one", 1)
    out = bench.scratch / "outbox"

    def drafts(folder: Path, form: str) -> tuple[str, ...]:
        return (*_followup(), "drafts", str(folder), "--out", str(out / form / folder.name),
                "--format", form, "--today", TODAY)

    commands = {f"{form} {size}": drafts(folder, form)
                for form in ("text", "eml") for size, folder in (("1", one), ("N", many))}
    if bench.mailmerge:
        commands["mailmerge 1"] = _mailmerge(bench, 1)
        commands["mailmerge N"] = _mailmerge(bench, args.profiles)

    def empty_outbox(name: str) -> None:
        shutil.rmtree(out, ignore_errors=True)

    costs = bench.rounds(commands, max(3, args.rounds // 3), before=empty_outbox)
    drafted = {form: _count(form, drafts(many, form), bench) for form in ("text", "eml")}
    print(f"{args.profiles} profiles: {drafted['text']} messages in text, "
          f"{drafted['eml']} in .eml")
    _medians(costs)
    per = {form: _per_message(costs[f"{form} N"], costs[f"{form} 1"], drafted[form])
           for form in ("text", "eml")}
    for form, values in per.items():
        _spread(f"CPU per message ({form})", [v * 1000 for v in values], "ms")
    if bench.mailmerge:
        merged = _per_message(costs["mailmerge N"], costs["mailmerge 1"], args.profiles)
        _spread("CPU per message (mailmerge)", [v * 1000 for v in merged], "ms")
        for form in ("text", "eml"):
            _ratios(f"per message ({form}) / mailmerge",
                    [a / b for a, b in zip(per[form], merged, strict=True)], "<= 1.0")
    for form in ("text", "eml"):
        _ratios(f"batch ({form}) wall / CPU",
                [c.wall / c.cpu for c in costs[f"{form} N"]], "")


def plan(bench: Bench, args: argparse.Namespace) -> None:
    sizes = (args.profiles, 2 * args.profiles, 4 * args.profiles)
    commands = {}
    for size in sizes:
        folder = write_profiles(bench.scratch / f"plan{size}", size)
        commands[str(size)] = (*_followup(), "plan", str(folder), "--today", TODAY)
    costs = bench.rounds(commands, max(3, args.rounds // 3))
    for size in sizes:
        values = costs[str(size)]
        print(f"  {size:5} profiles: CPU {_median_ms(values):7.1f} ms, peak memory "
              f"{statistics.median(c.peak for c in values) / 1024:6.1f} MiB")
    (one, two, four) = (costs[str(size)] for size in sizes)
    first = [(b.cpu - a.cpu) / (sizes[1] - sizes[0]) * 1000 for a, b in zip(one, two, strict=True)]
    second = [(b.cpu - a.cpu) / (sizes[2] - sizes[1]) * 1000
              for a, b in zip(two, four, strict=True)]
    _spread(f"CPU a profile, {sizes[0]} to {sizes[1]}", first, "ms")
    _spread(f"CPU a profile, {sizes[1]} to {sizes[2]}", second, "ms")
    _ratios("the second / the first", [b / a for a, b in zip(first, second, strict=True)],
            "about 1 (linear)")
    growth = [(b.peak - a.peak) / (sizes[2] - sizes[0]) for a, b in zip(one, four, strict=True)]
    _spread(f"peak memory a profile, {sizes[0]} to {sizes[2]}", growth, "KiB")


def check(bench: Bench, args: argparse.Namespace) -> None:
    sizes = {"normal": 1, "50 KB": 50, "200 KB": 200}
    commands = {}
    for name, kilobytes in sizes.items():
        path = bench.scratch / f"draft-{kilobytes}.txt"
        path.write_text(dense_draft(kilobytes * 1000), encoding="utf-8")
        commands[name] = (*_followup(), "check", str(path), "--situation", "check-in")
    costs = bench.rounds(commands, args.rounds)
    _medians(costs)
    per_kb = {}
    for name in ("50 KB", "200 KB"):
        per_kb[name] = [(big.cpu - small.cpu) / (sizes[name] - 1) * 1000
                        for big, small in zip(costs[name], costs["normal"], strict=True)]
        _spread(f"check CPU per KB ({name})", per_kb[name], "ms")
    _ratios("per KB, 200 KB / 50 KB",
            [b / a for a, b in zip(per_kb["50 KB"], per_kb["200 KB"], strict=True)],
            "about 1 (linear)")


SECTION_RUNS: dict[str, Callable[[Bench, argparse.Namespace], None]] = {
    "start-up": start_up, "batch": batch, "plan": plan, "check": check}


def _followup(python: Path = Path(sys.executable)) -> tuple[str, ...]:
    """The `followup` command as a user runs it: the script installed beside the Python."""
    script = _beside_python("followup", python)
    return (script,) if script else (str(python), "-m", "followup")


def _beside_python(name: str, python: Path = Path(sys.executable)) -> str | None:
    path = python.parent / name
    return str(path) if path.exists() else None


def _mailmerge(bench: Bench, rows: int) -> tuple[str, ...]:
    template, database, config = mailmerge_files(bench.scratch / f"mailmerge{rows}", rows)
    assert bench.mailmerge is not None
    return (bench.mailmerge, "--template", str(template), "--database", str(database),
            "--config", str(config), "--dry-run", "--no-limit", "--output-format", "raw")


def _count(form: str, command: tuple[str, ...], bench: Bench) -> int:
    out = Path(command[command.index("--out") + 1])
    shutil.rmtree(out, ignore_errors=True)
    run(command, bench.env(f"{form} N"))
    return sum(1 for path in out.iterdir() if not path.name.startswith("."))


def _per_message(batch: list[Cost], one: list[Cost], messages: int) -> list[float]:
    """CPU a message beyond a one-message run: start-up counted once, not per message."""
    return [(b.cpu - o.cpu) / (messages - 1) for b, o in zip(batch, one, strict=True)]


def _medians(costs: dict[str, list[Cost]]) -> None:
    for name, values in costs.items():
        print(f"  {name:12} CPU {_median_ms(values):8.1f} ms   wall "
              f"{statistics.median(c.wall for c in values) * 1000:8.1f} ms")


def _median_ms(values: list[Cost]) -> float:
    return statistics.median(c.cpu for c in values) * 1000


def _ratio(label: str, numerators: list[Cost], denominators: list[Cost], goal: str) -> None:
    _ratios(label, [a.cpu / b.cpu for a, b in zip(numerators, denominators, strict=True)],
            goal)


def _ratios(label: str, ratios: list[float], goal: str) -> None:
    _spread(label, ratios, f"goal {goal}" if goal else "", digits=3)


def _spread(label: str, values: list[float], unit: str, digits: int = 3) -> None:
    """The median of the rounds, and their quartiles."""
    ordered = sorted(values)
    low, _, high = statistics.quantiles(ordered, n=4) if len(ordered) > 1 else ordered * 3
    print(f"  {label:34} {statistics.median(ordered):8.{digits}f} "
          f"(quartiles {low:.{digits}f} to {high:.{digits}f})  {unit}")


if __name__ == "__main__":
    main()
