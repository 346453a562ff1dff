"""The situations: for each, who a draft goes to and what its template is given.

Pure: from a profile and the options, the targets to render (recipients and
template variables), or a NotApplicable that says what the profile lacks.
"""

from __future__ import annotations

import datetime
import zlib
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from followup.draft import Address, Note
from followup.errors import FollowupError, NotApplicable
from followup.guidance.timing import check_in_budget
from followup.profile import Interview, Interviewer, Profile, Recruiter

_Person = TypeVar("_Person", Interviewer, Recruiter, Interviewer | Recruiter)

SITUATIONS = ("thank-you", "check-in", "feedback-request", "competing-offer")
TONES = ("standard", "formal")


class Options(NamedTuple):
    today: datetime.date
    to: str | None = None
    every: bool = False
    attempt: int | None = None
    tone: str | None = None
    channel: str = "email"


class Target(NamedTuple):
    """One draft to render: its recipients and the template variables."""

    to: tuple[Address, ...]
    context: dict[str, Any]
    warnings: tuple[Note, ...] = ()
    tips: tuple[Note, ...] = ()


def targets(situation: str, profile: Profile, options: Options) -> list[Target]:
    builders: dict[str, Callable[[Profile, Options], list[Target]]] = {
        "thank-you": _thank_you, "check-in": _check_in,
        "feedback-request": _feedback_request, "competing-offer": _competing_offer,
    }
    if situation not in builders:
        raise FollowupError(f"unknown situation {situation!r}: use one of {', '.join(SITUATIONS)}")
    if options.every and situation != "thank-you":
        raise FollowupError("--all is for thank-you notes, one to each interviewer (TY1); "
                            "use --to NAME to choose who this draft goes to.")
    return builders[situation](profile, options)


# ---------------------------------------------------------------- each situation


def _thank_you(profile: Profile, options: Options) -> list[Target]:
    """TY1: one note to each interviewer of the latest interview."""
    interview = profile.latest_interview
    people = list(interview.interviewers)
    if not people:
        raise NotApplicable(
            f"The interview on {interview.date} lists no interviewers, so there is no one to "
            "thank. Add them to the profile under that interview:\n"
            "    interviewers:\n      - name: Priya Shah\n        email: priya.shah@example.com")
    if options.to:
        people = [_find(options.to, people, f"the interview on {interview.date}")]
    elif len(people) > 1 and not options.every:
        names = ", ".join(person.name for person in people)
        raise FollowupError(f"The interview on {interview.date} had {len(people)} interviewers "
                            f"({names}). Thank each of them (TY1): use --all for one note each, "
                            "or --to NAME for one.")
    # TY5: notes to several people of one interview differ, the same way every time.
    offset = zlib.crc32(f"{profile.company}|{interview.date}".encode())
    highlights = profile.candidate.highlights
    targets = []
    for person in people:
        index = interview.interviewers.index(person)
        is_main = person is interview.main_contact
        context = _base("thank-you", profile, options, interview, person) | {
            "interviewer": person,
            "variant": offset + index,
            "main_contact": is_main,  # TY9: the follow-up promise goes in this note only
            "highlight": highlights[index % len(highlights)] if highlights else None,
        }
        warnings = [] if person.email else [_no_email(person.name)]
        tips = []
        if profile.style == "traditional" and options.channel == "email":
            tips.append(Note("TY6", "A very traditional organisation may appreciate a handwritten "
                                    "note card: add --channel card for its text."))
        if len(people) > 1 and len(interview.interviewers) > _OPENINGS_FOR_VARIETY:
            warnings.append(Note("TY5", "More interviewers than opening phrases: some notes "
                                        "share an opening. Vary them by hand."))
        targets.append(Target((_address(person),), context,
                              tuple(warnings), tuple(tips)))
    return targets


_OPENINGS_FOR_VARIETY = 6


def _check_in(profile: Profile, options: Options) -> list[Target]:
    """CI4: remind them of your interest, ask about the next step; CI10 on the last attempt."""
    if profile.status != "waiting":
        raise NotApplicable(_status_problem(profile, "check-in", "waiting"))
    person = _contact(profile, options)
    budget = check_in_budget(profile)
    attempt = options.attempt or 1
    interview = profile.latest_interview
    warnings = [] if person.email else [_no_email(person.name)]
    if attempt > budget:
        warnings.append(Note("CI9", f"This would be check-in {attempt}, past the {budget} that "
                                    "the interviews earn (CI8): the guidance says to move on."))
    promise_passed = bool(interview.promise and interview.decision_by
                          and interview.decision_by < options.today)
    context = _base("check-in", profile, options, interview, person) | {
        "attempt": attempt, "budget": budget, "final": attempt >= budget,
        "promise_passed": promise_passed,  # CI11: a promised step that did not arrive
    }
    return [Target((_address(person),), context, tuple(warnings))]


def _feedback_request(profile: Profile, options: Options) -> list[Target]:
    """FB1 (promised feedback that has not come), FB2 (ask anyway), FB3 (stay positive)."""
    if profile.status != "unsuccessful" and profile.feedback is None:
        raise NotApplicable(
            f"{profile.company}'s status is '{profile.status}'. A feedback request follows a "
            "rejection: set status: unsuccessful, and add\n"
            "    feedback:\n      rejected_on: YYYY-MM-DD\n      promised: true   # if they "
            "offered feedback")
    person = _contact(profile, options)
    context = _base("feedback-request", profile, options, profile.latest_interview, person) | {
        "feedback": profile.feedback,
        "promised": bool(profile.feedback and profile.feedback.promised),
    }
    warnings = [] if person.email else [_no_email(person.name)]
    tips = [Note("FB4", "If the feedback you get is vague, book time with a careers adviser "
                        "to reflect on what went well and what to work on.")]
    return [Target((_address(person),), context, tuple(warnings),
                   tuple(tips))]


def _competing_offer(profile: Profile, options: Options) -> list[Target]:
    """CO1 tell them; CO2 never an ultimatum; CO3 in good time; CO4 interest, deadline,
    their timeline."""
    offer = profile.competing_offer
    if offer is None:
        raise NotApplicable(
            "The profile records no other offer. Add one:\n"
            "    competing_offer:\n      company: Acme Foods\n      role: Graduate Sales "
            "Associate\n      deadline: YYYY-MM-DD")
    if profile.status != "waiting":
        raise NotApplicable(_status_problem(profile, "competing-offer notice", "waiting"))
    person = _contact(profile, options)
    warnings = [] if person.email else [_no_email(person.name)]
    if offer.deadline < options.today:
        warnings.append(Note("CO3", f"The other offer's deadline, {offer.deadline}, has passed: "
                                    "update the profile if it was extended."))
    context = _base("competing-offer", profile, options, profile.latest_interview,
                    person) | {"offer": offer}
    return [Target((_address(person),), context, tuple(warnings))]


# ---------------------------------------------------------------- shared pieces


def _base(situation: str, profile: Profile, options: Options, interview: Interview,
          person: Interviewer | Recruiter) -> dict[str, Any]:
    tone = options.tone or ("formal" if profile.style == "traditional" else "standard")
    return {
        "situation": situation, "candidate": profile.candidate, "company": profile.company,
        "role": profile.role, "style": profile.style, "country": profile.country, "tone": tone,
        "channel": options.channel, "today": options.today, "interview": interview,
        "interviews": profile.interviews, "recruiter": profile.recruiter,
        "recipient": person, "salutation": salutation(person, formal=tone == "formal"),
        "met_recipient": any(person.name == other.name for other in interview.interviewers),
        "variant": 0, "main_contact": False, "highlight": None, "offer": None,
        "feedback": None, "attempt": 1, "final": False,
    }


def salutation(person: Interviewer | Recruiter, *, formal: bool) -> str:
    """The profile's `salutation`; else the first name, or for a formal note the honorific
    and surname (or, with no honorific known, the full name)."""
    if isinstance(person, Interviewer):
        if person.salutation:
            return person.salutation
        if formal and person.honorific:
            return f"{person.honorific} {person.name.split()[-1]}"
    return person.name if formal else person.name.split()[0]


def _contact(profile: Profile, options: Options) -> Interviewer | Recruiter:
    """Who a check-in, feedback request or offer notice goes to: --to, else the recruiter,
    else the main contact of the latest interview."""
    everyone: list[Interviewer | Recruiter] = [
        person for interview in reversed(profile.interviews) for person in interview.interviewers]
    if profile.recruiter:
        everyone.insert(0, profile.recruiter)
    if options.to:
        return _find(options.to, everyone, "the profile's recruiter and interviewers")
    main = profile.latest_interview.main_contact
    if profile.recruiter:
        return profile.recruiter
    if main is None:
        raise NotApplicable("The profile names no recruiter and no interviewer to write to. "
                            "Add a recruiter: (name:, email:) or interviewers: to the latest "
                            "interview.")
    return main


def _find(name: str, people: list[_Person], where: str) -> _Person:
    wanted = name.casefold().strip()
    exact = [person for person in people if person.name.casefold() == wanted]
    part = [person for person in people if wanted in person.name.casefold().split()]
    found = exact or part
    if found and len({person.name for person in found}) == 1:
        return found[0]
    names = ", ".join(dict.fromkeys(person.name for person in people))
    if found:
        raise FollowupError(f"--to {name!r} fits more than one person in {where}: {names}. "
                            "Give the full name.")
    raise FollowupError(f"--to {name!r} is not in {where}. Names there: {names}.")


def _address(person: Interviewer | Recruiter) -> Address:
    return Address(person.name, person.email)


def _no_email(name: str) -> Note:
    return Note(None, f"The profile has no email address for {name}: add email: under their "
                      "name, or fill it in by hand.")


def _status_problem(profile: Profile, what: str, needed: str) -> str:
    hint = {"unsuccessful": " To ask for feedback: followup feedback-request.",
            "offer": "", "hired": "", "withdrawn": ""}.get(profile.status, "")
    return (f"A {what} is for an application that is '{needed}'; {profile.company}'s status is "
            f"'{profile.status}'.{hint}")

