"""Start-up of a draft against the floor of importing click, jinja2 and yaml.

Runs the two commands alternately (so machine noise hits both alike) and prints
the medians and their ratio. Usage: python tools/startup.py [RUNS]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "sample_profiles" / "big-beanz.yaml"
COMMANDS = {
    "import click, jinja2, yaml": [sys.executable, "-c", "import click, jinja2, yaml"],
    "followup thank-you": [sys.executable, "-m", "followup", "thank-you", str(SAMPLE),
                           "--today", "2026-11-17"],
}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, command in COMMANDS.items():
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - start)
    floor, draft = (statistics.median(values) for values in times.values())
    for name, values in times.items():
        print(f"{name:28} median {statistics.median(values) * 1000:6.1f} ms  "
              f"min {min(values) * 1000:6.1f} ms")
    print(f"ratio (medians) {draft / floor:.2f}; ratio (minimums) "
          f"{min(times['followup thank-you']) / min(times['import click, jinja2, yaml']):.2f}")


if __name__ == "__main__":
    main()
