"""Every draft of every profile in a folder, in every situation, tone and channel, written
out for reading (issue 12: read the drafts as the person who receives them would). The
days each situation is drafted on are tests/corpus_drafts.py's.

Usage: python tools/all_drafts.py PROFILES_FOLDER OUT_FOLDER
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.corpus_drafts import Drafted, every_draft

from followup import handoff


def shown(drafted: Drafted) -> str:
    """The drafts as followup prints them, with the day and every warning and tip."""
    parts = [f"(drafted on {drafted.today:%A %d %B %Y})\n"]
    for made in drafted.drafts:
        parts.append(handoff.format_drafts([made], "text", many=False))
        parts.extend(f"  {note.label('warning')}: {note.message}\n" for note in made.warnings)
        parts.extend(f"  {note.label('tip')}: {note.message}\n" for note in made.tips)
    return "\n".join(parts)


def main() -> None:
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    count = 0
    for path in sorted(folder.glob("*.yaml")):
        target = out / path.stem
        target.mkdir(parents=True, exist_ok=True)
        for drafted in every_draft(path):
            (target / f"{drafted.name}.txt").write_text(shown(drafted), encoding="utf-8")
            count += 1
    print(f"{count} draft files in {out}")


if __name__ == "__main__":
    main()
