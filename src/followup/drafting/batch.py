"""followup drafts' batch: a draft for every step due (or late) today across a folder of
applications, made and named, nothing written yet.

The steps are those of the plan (applications.plan_all), whose timing is the gate here:
only due and late steps are drafted, each as its step says (recipient, attempt, the last
check-in). Each file is named for the day and what it is, as `followup check-in --out
FOLDER/` names it with the date in front, so that a day's batch sorts together and a
batch the next day does not collide with one left unsent:

    2026-11-30-big-beanz-check-in-sam-patel.txt
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from followup.compose.situations import Options
from followup.draft import Draft
from followup.drafting.composing import compose

if TYPE_CHECKING:
    from followup.plan.steps import Step
    from followup.profile import Profile

# The statuses drafted: due, and late (still worth sending, later than it should be).
DRAFTED = ("due", "late")


class Outgoing(NamedTuple):
    """One file to write: where, what, and the step of which application it is for."""

    path: Path
    content: str
    profile: str
    step: Step
    draft: Draft


class Batch(NamedTuple):
    outgoing: list[Outgoing]
    skipped: list[str]  # why: a profile or log that could not be read, a step not drafted
    idle: list[str]  # the profiles planned with nothing due today
    warnings: list[str]  # from the sent-logs: an unfinished line skipped

    @property
    def exit_code(self) -> int:
        """2 when a profile or step was skipped (the others are still drafted), else 0."""
        return 2 if self.skipped else 0


def draft_step(profile: Profile, step: Step, today: datetime.date) -> list[Draft]:
    """The drafts of one step of the plan: to its recipient, by email, and for a check-in
    the attempt the plan counts and whether it is the last (CI8, CI10)."""
    check_in = step.situation == "check-in"
    options = Options(today=today, to=step.to, channel="email",
                      attempt=step.attempt if check_in else None,
                      final=step.final if check_in else None,
                      late=step.situation == "thank-you" and step.status == "late")  # TY2
    return compose(step.situation, profile, options)


def prepare(target: Path, outbox: Path, today: datetime.date, format: str,
            frozen: datetime.date | None) -> Batch:
    """Every draft due in the folder (or the one profile) `target`, made and named, nothing
    written. The applications are found and planned as followup plan does; `frozen` is
    --today, which makes an .eml's Date and Message-ID reproducible."""
    from followup import handoff
    from followup.errors import FollowupError
    from followup.plan import applications

    planned = applications.plan_all(target, today, keep_profiles=True)
    outgoing: list[Outgoing] = []
    skipped = [str(problem) for problem in planned.problems]
    idle: list[str] = []
    taken: set[str] = set()  # the batch's file names so far
    for application in planned.applications:
        loaded = planned.profiles[application.profile]
        steps = [step for step in application.steps
                 if step.status in DRAFTED and step.situation != "move-on"]
        if not steps:
            idle.append(application.profile)
            continue
        for step in steps:
            try:  # a profile that cannot be drafted (or made an .eml) is skipped, by name
                made = draft_step(loaded, step, today)
                contents = [handoff.format_drafts([draft], format, many=False, today=frozen)
                            for draft in made]
            except FollowupError as error:
                skipped.append(f"{application.profile}: {step.situation}: {error}")
                continue
            names = handoff.file_names(made, loaded.company, format, prefix=f"{today}-",
                                       taken=taken)
            taken.update(names)
            outgoing += [Outgoing(outbox / name, content, application.profile, step, draft)
                         for draft, name, content in zip(made, names, contents, strict=True)]
    return Batch(outgoing, skipped, idle, planned.warnings)
