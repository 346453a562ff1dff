"""Every draft of every profile in a folder, in every situation, tone and channel, written
out for reading (issue 12: read the drafts as the person who receives them would).

Each profile is drafted on the day each situation is normally written: a thank-you and
a recruiter debrief the day after the latest interview, a check-in two weeks after it
(each attempt the interviews earn), a feedback request two days after the rejection, a
competing-offer notice three days before the offer's deadline, a withdrawal the day
after the interview. A situation that does not apply to a profile is skipped.

Usage: python tools/all_drafts.py PROFILES_FOLDER OUT_FOLDER
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterator
from pathlib import Path

from followup import drafting, handoff
from followup.errors import FollowupError
from followup.guidance.timing import check_in_budget
from followup.profile import Profile, load
from followup.vocabulary import TONES

CHANNELS = {"thank-you": ("email", "card"), "check-in": ("email", "voicemail")}


def drafting_days(profile: Profile, situation: str) -> list[tuple[datetime.date, int | None]]:
    """The days (and check-in attempts) a situation is drafted on."""
    interview = profile.latest_interview.date
    day = datetime.timedelta(days=1)
    if situation == "check-in":
        return [(interview + 14 * day * attempt, attempt)
                for attempt in range(1, check_in_budget(profile) + 1)]
    if situation == "feedback-request":
        rejected = profile.feedback.rejected_on if profile.feedback else interview + 10 * day
        return [(rejected + 2 * day, None)]
    if situation == "competing-offer":
        offer = profile.competing_offer
        return [(max(offer.deadline - 3 * day, interview + day), None)] if offer else []
    return [(interview + day, None)]


def every_draft(path: Path) -> Iterator[tuple[str, str]]:
    """(name, text) of each draft of the profile at `path`, text with its warnings."""
    profile = load(path)
    for situation in ("thank-you", "check-in", "feedback-request", "competing-offer",
                      "recruiter-debrief", "withdraw"):
        for today, attempt in drafting_days(profile, situation):
            for channel in CHANNELS.get(situation, ("email",)):
                for tone in TONES:
                    request = drafting.Request(
                        situation, today, every=situation == "thank-you", attempt=attempt,
                        ignore_timing=True, tone=tone, channel=channel)
                    try:
                        made = drafting.draft(path, request, warn=lambda _: None).drafts
                    except FollowupError:
                        continue  # does not apply to this profile
                    suffix = f".{attempt}" if attempt else ""
                    name = f"{situation}{suffix}.{channel}.{tone}"
                    yield name, _shown(made, today)


def _shown(drafts: list, today: datetime.date) -> str:
    parts = [f"(drafted on {today:%A %d %B %Y})\n"]
    for made in drafts:
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
        for name, text in every_draft(path):
            (target / f"{name}.txt").write_text(text, encoding="utf-8")
            count += 1
    print(f"{count} draft files in {out}")


if __name__ == "__main__":
    main()
