"""A drafting command's work, as values: the profile loaded, the plan's gate passed (G4,
TY2, RC1), the drafts composed and checked, the timing notes added (TY2, CI9), and the
exit decision. The command parses its options into a Request, prints what comes back,
and exits as it says."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from pathlib import Path

import msgspec

from followup.compose.situations import Options
from followup.draft import Draft, Note
from followup.drafting.composing import compose, default_channel
from followup.errors import NotApplicable, Refusal
from followup.guidance.timing import surely_on_time
from followup.profile import Profile, load


class Request(msgspec.Struct, frozen=True):
    """What a drafting command asks for: its situation and options (None: the default)."""

    situation: str
    today: datetime.date
    to: str | None = None
    every: bool = False  # --all: one to each interviewer (thank-you, TY1)
    attempt: int | None = None
    ignore_timing: bool = False
    tone: str | None = None
    channel: str | None = None
    template: str | None = None


class Drafted(msgspec.Struct, frozen=True):
    """The drafts, each with its warnings and tips, and how the command ends once they are
    out: `refusal` is None, or the checker errors that make it exit 1."""

    profile: Profile
    drafts: list[Draft]
    refusal: Refusal | None


def draft(path: Path, request: Request, *, warn: Callable[[str], object]) -> Drafted:
    """The drafts `request` asks for from the profile at `path`. A refusal of the plan
    (too early) or a problem of the profile is raised; `warn` is given the sent-log's
    warnings (an unfinished line skipped) as soon as they are read, before any of these."""
    loaded = load(path)
    attempt, final, note = _timing(path, loaded, request, warn)
    if request.situation == "thank-you":
        note = _late_thank_you(path, loaded, request.today)
    options = Options(today=request.today, to=request.to, every=request.every,
                      attempt=attempt, final=final, tone=request.tone,
                      channel=request.channel or default_channel(request.situation,
                                                                 request.template),
                      late=request.situation == "thank-you" and note is not None)  # TY2
    try:
        drafts = compose(request.situation, loaded, options, template=request.template)
    except NotApplicable as error:
        raise NotApplicable(f"{path}: {error}") from None
    drafts = _at_their_lines(path, drafts)
    if note is not None:
        drafts = [msgspec.structs.replace(made, warnings=(*made.warnings, note))
                  for made in drafts]
    return Drafted(loaded, drafts, checker_refusal(drafts))


def _at_their_lines(path: Path, drafts: list[Draft]) -> list[Draft]:
    """A note about one field of the profile names the file and the line it is on (the
    file read again only when there is such a note)."""
    if not any(note.field for made in drafts for note in made.warnings):
        return drafts
    from followup.profile import yamlfile

    root = yamlfile.read(path, "profile file").root

    def placed(note: Note) -> Note:
        if not note.field:
            return note
        line = yamlfile.line_of(root, note.field)
        where = f"{path}:{line}" if line else str(path)
        return msgspec.structs.replace(note, message=f"{where}: {note.message}", field=())

    return [msgspec.structs.replace(made, warnings=tuple(map(placed, made.warnings)))
            for made in drafts]


def _timing(path: Path, profile: Profile, request: Request,
            warn: Callable[[str], object]) -> tuple[int | None, bool | None, Note | None]:
    """The plan's gate: the check-in's attempt, whether it is the last (None: by the
    budget) and its CI9 note. The plan, and its holiday calendars, are loaded only when
    the gate may refuse or note something: not for a note after its interview."""
    today = request.today
    if not request.ignore_timing and profile.latest_interview.date > today:
        from followup.plan import refuse_before_interview  # TY2, RC1

        refuse_before_interview(request.situation, profile, today, path)
    if request.situation != "check-in" or profile.status != "waiting":
        return request.attempt, None, None  # drafting says why a check-in does not apply
    from followup import sentlog
    from followup.plan import check_in_timing, plan

    log = sentlog.read_log(path)
    for warning in log.warnings:
        warn(warning)
    application = plan(profile, log.entries, today, path)
    gate = check_in_timing(application, profile, today, request.attempt,
                           ignore_timing=request.ignore_timing)
    return gate.attempt, gate.final, gate.note


def _late_thank_you(path: Path, profile: Profile, today: datetime.date) -> Note | None:
    """TY2: a thank-you after its window is drafted all the same, with a warning."""
    if surely_on_time(profile.latest_interview.date, today):
        return None  # without loading the plan
    from followup.plan import late_thank_you

    return late_thank_you(profile, today, path)


def checker_refusal(drafts: Sequence[Draft]) -> Refusal | None:
    """Checker errors in a draft: it is printed or written all the same, but should not be
    sent as it is, so the command then exits 1, as followup check does."""
    errors = sum(note.error for made in drafts for note in made.warnings)
    if not errors:
        return None
    return Refusal(f"{errors} checker error{'s' if errors > 1 else ''} above: edit the "
                   "draft before you send it, or the template that made it.")
