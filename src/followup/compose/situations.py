"""The situations: from a profile and the options, the targets to render (recipients, from
recipients.py, and template variables), or a NotApplicable saying what the profile lacks."""

from __future__ import annotations

import datetime
import re
import zlib
from collections.abc import Callable
from typing import Any

import msgspec

from followup.compose.awaited import awaited_checks
from followup.compose.conventions import localize_word
from followup.compose.fitting import Fitting, shows_work
from followup.compose.greeted import greeting_for, profile_keys
from followup.compose.naming import company_in_text, position, possessive, role_in_text, role_title
from followup.compose.panel import Panel
from followup.compose.recipients import (
    address,
    contact,
    display_name,
    email_warnings,
    find_person,
    interviewers_to_thank,
    met_before,
    person_name,
    reachable,
    sign_off,
    unthanked,
)
from followup.draft import Address, Note
from followup.errors import FollowupError, NotApplicable
from followup.guidance.timing import check_in_budget
from followup.profile import Interview, Interviewer, Profile, Recruiter
from followup.profile.dating import decided_by
from followup.profile.reading import Reading, read
from followup.vocabulary import MEETINGS, SITUATIONS

__all__ = ["Options", "Target", "company_in_text", "position", "possessive", "targets"]


class Options(msgspec.Struct, frozen=True):
    today: datetime.date
    to: str | None = None
    every: bool = False
    attempt: int | None = None
    final: bool | None = None  # CI10: the plan's word on whether this check-in is the last
    tone: str | None = None
    channel: str = "email"
    late: bool = False  # TY2: a thank-you after its window is the brief kind


class Target(msgspec.Struct, frozen=True):
    """One draft to render: its recipients and the template variables."""

    to: tuple[Address, ...]
    context: dict[str, Any]
    warnings: tuple[Note, ...] = ()
    tips: tuple[Note, ...] = ()
    shown: bool = True  # False: a note before --to's, rendered for its wording only (TY5)


def targets(situation: str, profile: Profile, options: Options) -> list[Target]:
    builders: dict[str, Callable[[Profile, Options], list[Target]]] = {
        "thank-you": _thank_you, "check-in": _check_in, "feedback-request": _feedback_request,
        "competing-offer": _competing_offer, "recruiter-debrief": _recruiter_debrief,
        "withdraw": _withdraw}
    if situation not in builders:
        raise FollowupError(f"unknown situation {situation!r}: use one of {', '.join(SITUATIONS)}")
    if options.every and situation != "thank-you":
        raise FollowupError("--all is for thank-you notes, one to each interviewer (TY1); "
                            "use --to NAME to choose who this draft goes to.")
    if options.channel == "voicemail" and not profile.candidate.phone:
        raise NotApplicable(  # CI7: the message says who is calling and how to call back
            "A voicemail script says your phone number, and the profile has none. Add it "
            "under candidate:\n    phone: \"+44 7700 900123\"")
    return builders[situation](profile, options)


# ---------------------------------------------------------------- each situation


def _thank_you(profile: Profile, options: Options) -> list[Target]:
    """TY1: one note to each interviewer of the latest interview."""
    if profile.status == "withdrawn":  # the withdrawal thanks them; a note would still bid
        raise NotApplicable(f"{_whose(profile)} status is 'withdrawn': a thank-you "
                            "note would say you still want the role. Your withdrawal thanks "
                            "them (followup withdraw).")
    interview = profile.latest_interview
    people = interviewers_to_thank(interview, options.to, options.every)
    # TY5: notes to several people of one interview differ, the same way every time.
    offset = zlib.crc32(f"{profile.company}|{interview.date}".encode())
    reading = read(profile)
    panel = Fitting(profile, reading)
    highlights = panel.highlights(interview)
    from followup.compose.render import is_activity, reads_with_tail
    # TY9: no call "in a couple of weeks" when they said "by the end of next week"
    decided = decided_by(interview, profile.country)
    round_index = profile.interviews.index(interview)
    targets: list[Target] = []
    chosen: dict[tuple[int, str], int] = {}  # TY5: the entries each note's say() took
    main = profile.main_contact  # TY9: may have been met at an earlier interview
    for person in [*_panel_before(interview, people, options), *people]:
        index, first = interview.interviewers.index(person), not any(
            target.shown for target in targets)
        is_main = main is not None and person.name == main.name  # met again in a later round
        context, notes = _base("thank-you", profile, options, interview, person, reading)
        context |= {
            "interviewer": person,
            "variant": offset + index, "panel": Panel(chosen, len(targets)),
            "main_contact": is_main,  # TY9: the follow-up promise goes in this note only
            "decided_by": decided,
            "highlight": highlights[index],  # TY4: and the tail only where it reads
            "highlight_tail": reads_with_tail(highlights[index], profile.candidate.highlights),
            "activity": is_activity(context["discussed"]),
        }
        by_email = email_warnings(reachable(profile, person)) if options.channel == "email" else []
        once = [note for note in notes if first or note.field != ("candidate", "signature")]
        # the panel's highlights are left out of a card anyway: no warning about them there
        told = panel.notes if first and options.channel != "card" else ()
        left = unthanked(profile, people) if options.every and first else []
        warnings = [*once, *told, *by_email, *left]
        if not context["rejected"] and not any(  # TY4: a note of stock phrases alone
                context[key] for key in ("discussed", "learned", "question", "highlight")):
            warnings.append(_says_nothing(person, profile_keys(interview, person, round_index)))
        tips = []
        if profile.style == "traditional" and options.channel == "email":
            tips.append(Note("TY6", "A very traditional organisation may appreciate a handwritten "
                                    "note card: add --channel card for its text."))
        if context["rejected"]:
            tips.append(Note("FB2", "After a rejection, ask for feedback too: followup "
                                    "feedback-request."))
        # TY5's check that notes open differently is the checker's, on the drafts themselves.
        targets.append(Target((address(reachable(profile, person)),), context, tuple(warnings),
                              tuple(tips), shown=person in people))
    return targets


def _panel_before(interview: Interview, people: list[Interviewer],
                  options: Options) -> list[Interviewer]:
    """TY5: the notes that --all gives before --to's one, which decide its wording (each
    note takes phrasings the ones before it did not): the note to one interviewer is the
    one --all gives them."""
    if not options.to or len(interview.interviewers) < 2:
        return []
    panel = interviewers_to_thank(interview, None, True)
    return panel[:panel.index(people[0])] if people[0] in panel else []


def _check_in(profile: Profile, options: Options) -> list[Target]:
    """CI4: remind them of your interest, ask about the next step; CI10 on the last attempt."""
    if profile.status != "waiting":
        raise NotApplicable(_status_problem(profile, "check-in", "waiting"))
    person = contact(profile, options.to)
    budget = check_in_budget(profile)
    attempt = options.attempt or 1
    interview = profile.latest_interview
    warnings = email_warnings(person) if options.channel != "voicemail" else []
    if attempt > budget:
        warnings.append(Note("CI9", f"This would be check-in {attempt}, past the {budget} that "
                                    "the interviews earn (CI8): the guidance says to move on."))
    decided = decided_by(interview, profile.country)
    promise_passed = bool(interview.promise and decided and decided < options.today)
    context, notes = _base("check-in", profile, options, interview, person, read(profile))
    warnings = [*notes, *warnings]
    context |= {
        "attempt": attempt, "budget": budget,
        "final": attempt >= budget if options.final is None else options.final,
        # CI11: a promised step that did not arrive (and that the draft can quote)
        "promise_passed": promise_passed and context["promise"] is not None,
        "variant": attempt - 1,  # a second attempt is worded differently from the first
        "references_awaited": "reference" in (interview.promise or "").lower(),  # not offered
        "checks": awaited_checks(interview.promise),  # CI4: an offer's checks, not "next step"
    }
    return [Target((address(person),), context, tuple(warnings))]


def _feedback_request(profile: Profile, options: Options) -> list[Target]:
    """FB1 (promised feedback that has not come), FB2 (ask anyway), FB3 (stay positive)."""
    if profile.status != "unsuccessful" and profile.feedback is None:
        raise NotApplicable(
            f"{_whose(profile)} status is '{profile.status}'. A feedback request "
            "follows a rejection: set status: unsuccessful, and add\n"
            "    feedback:\n      rejected_on: YYYY-MM-DD\n      promised: true   # if they "
            "offered feedback")
    person = contact(profile, options.to)
    context, notes = _base("feedback-request", profile, options, profile.latest_interview,
                           person, read(profile))
    context |= {
        "feedback": profile.feedback,
        "promised": bool(profile.feedback and profile.feedback.promised),
        # feedback on every round, not the last one's kind ("my video interview" of two)
        "interviewed": "interviews" if len(profile.interviews) > 1 else context["meeting"],
    }
    warnings = [*notes, *email_warnings(person)]
    tips = [Note("FB4", "If the feedback you get is vague, book time with a careers adviser "
                        "to reflect on what went well and what to work on.")]
    return [Target((address(person),), context, tuple(warnings), tuple(tips))]


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
    if offer.deadline < options.today:  # CO3: no draft may speak of a past day as ahead
        raise NotApplicable(
            f"The {offer.company} offer's deadline, {offer.deadline}, has passed: a notice no "
            "longer applies (CO3). If it was extended, change competing_offer.deadline in the "
            "profile.")
    person = contact(profile, options.to)
    context, notes = _base("competing-offer", profile, options, profile.latest_interview,
                           person, read(profile))
    context |= {"offer": offer}
    warnings = [*notes, *email_warnings(person)]
    return [Target((address(person),), context, tuple(warnings))]


def _recruiter_debrief(profile: Profile, options: Options) -> list[Target]:
    """RC1: your feedback on the interview to an agency recruiter, promptly; RC2: ask them
    what you cannot ask the company (how many candidates, when the next round is)."""
    recruiter = profile.recruiter
    if recruiter is None:
        raise NotApplicable("A recruiter debrief is for a recruiter at an agency, and the "
                            "profile names no recruiter. Add one:\n    recruiter:\n      name: "
                            "Sam Patel\n      email: sam.patel@talentbridge.example\n      "
                            "agency: TalentBridge")
    if recruiter.agency is None:
        raise NotApplicable(
            f"A recruiter debrief is for a recruiter at an agency (RC2), and {recruiter.name} "
            "has no agency: in the profile. If they work for one, add it under recruiter:\n"
            "      agency: TalentBridge\n"
            "A recruiter at the company itself gets a thank-you note instead.")
    if options.to:
        find_person(options.to, [recruiter], "the profile's recruiter (a debrief goes to them)")
    if profile.status != "waiting":
        raise NotApplicable(_status_problem(profile, "recruiter debrief", "waiting"))
    interview = profile.latest_interview
    context, notes = _base("recruiter-debrief", profile, options, interview, recruiter,
                           read(profile))
    if any(person.name == recruiter.name for person in interview.interviewers):
        context |= {"discussed": None, "learned": None}  # RC1: they heard it: no retelling
    warnings = [*notes, *email_warnings(recruiter)]
    return [Target((address(recruiter),), context, tuple(warnings))]


_WITHDRAWABLE = ("waiting", "offer", "withdrawn")


def _withdraw(profile: Profile, options: Options) -> list[Target]:
    """A polite withdrawal (or a declined offer): gracious and brief, no reason needed."""
    if profile.status not in _WITHDRAWABLE:
        what = {"unsuccessful": "they have already decided, so there is nothing to withdraw. "
                               "To ask for feedback: followup feedback-request.",
                "hired": "you have the job; to leave it, write to your manager instead."}
        raise NotApplicable(f"{_whose(profile)} status is '{profile.status}': "
                            f"{what[profile.status]}")
    person = contact(profile, options.to)
    context, notes = _base("withdraw", profile, options, profile.latest_interview, person,
                           read(profile))
    context |= {
        "offered": profile.status == "offer",  # declining an offer rather than withdrawing
    }
    warnings = [*notes, *email_warnings(person)]
    # A plain note, not a rule's tip: no rule of the guidance says to stop following up
    tips = [] if profile.status == "withdrawn" else [
        Note(None, "Once it is sent, set status: withdrawn in the profile, so that no more "
                   "follow-ups are suggested.")]
    return [Target((address(person),), context, tuple(warnings), tuple(tips))]


# ---------------------------------------------------------------- shared pieces


def _panel(interview: Interview, person: Interviewer | Recruiter, reading: Reading) -> list[str]:
    """The panel's names, but the person written to when others sat on it too (RC1)."""
    others = [other for other in interview.interviewers if other.name != person.name]
    return [display_name(person_name(other, reading))
            for other in others or interview.interviewers]


def _base(situation: str, profile: Profile, options: Options, interview: Interview,
          person: Interviewer | Recruiter, reading: Reading) -> tuple[dict[str, Any], list[Note]]:
    """The variables every template has (templates/README.md lists them): those a
    situation does not use are None, False or 0, so that a template may test any of them;
    and the warnings of the words fitted (a field left out, a greeting not certain)."""
    tone = options.tone or ("brief" if options.late else None) or (
        "formal" if profile.style == "traditional" else "standard")
    fitting = Fitting(profile, reading)
    index = profile.interviews.index(interview)
    # A debrief tells the recruiter about the main contact's conversation.
    speaker = person if isinstance(person, Interviewer) else \
        interview.main_contact if situation == "recruiter-debrief" else None
    # Only the notes that tell of the interview fit its fields (and warn about them).
    tells = situation in ("thank-you", "recruiter-debrief")
    about = fitting.person(speaker if tells else None, profile_keys(interview, speaker, index),
                           to_them=situation == "thank-you")
    greeting, notes = greeting_for(profile, person, reading, tone, interview, index)
    notes = [] if greeting.role and options.channel == "voicemail" else notes  # greets none
    promise, promise_form = fitting.promise(interview, ("interviews", index), options.today,
                                            person_name(person, reading),
                                            recruiter=isinstance(person, Recruiter),
                                            debrief=situation == "recruiter-debrief") \
        if situation in ("check-in", "recruiter-debrief") else (None, None)
    rejected = profile.status == "unsuccessful" and (
        (feedback := profile.feedback) is None or feedback.rejected_on <= options.today)
    agency = profile.recruiter if profile.recruiter and profile.recruiter.agency else None
    candidate, own_sign_off, signed_notes = sign_off(  # a voicemail is not signed
        profile, reading, tone == "formal", None if options.channel == "voicemail" else greeting)
    context = {
        "situation": situation, "candidate": candidate,
        "company": company_in_text(profile.company), "role": role_in_text(profile.role),
        "role_title": role_title(profile.role), "position": position(profile.role),
        "style": profile.style, "country": profile.country, "tone": tone,
        "channel": options.channel, "today": options.today, "status": profile.status,
        "interview": interview, "interviews": profile.interviews,
        "meeting": localize_word(MEETINGS[interview.kind], profile.country),
        "by_phone": interview.kind == "phone", "talk": _TALKS[interview.kind],
        "after_hours": _after_hours(interview, profile.role),
        "recruiter": _agency_in_text(profile.recruiter), "agency": agency,
        "recruiter_name": profile.recruiter
        and display_name(person_name(profile.recruiter, reading), profile.company),
        "to_agency": agency is not None and person is agency,
        "recipient": person, "salutation": greeting.name, "to_role": greeting.role,
        "met_recipient": any(person.name == other.name for other in interview.interviewers),
        "met_before": met_before(profile, interview, person),
        "portfolio": shows_work(profile),
        "interviewer_names": _panel(interview, person, reading),
        "interviewer": None, "variant": 0, "panel": None, "main_contact": False,
        "highlight": None,
        **about, "promise": promise, "promise_form": promise_form,
        "rejected": rejected, "waiting": profile.status == "waiting" or (
            profile.status == "unsuccessful" and not rejected),
        "week_part": _WEEK_PARTS[options.today.weekday()],
        "offer": profile.competing_offer, "feedback": profile.feedback, "promised": False,
        "attempt": 1, "budget": check_in_budget(profile), "final": False,
        "promise_passed": False, "offered": False, "highlight_tail": False, "activity": False,
        "trim": 0,  # how many optional sentences to leave out, to fit the length limit
        "own_sign_off": own_sign_off, "references_awaited": False, "checks": None,
    }
    return context, [*notes, *fitting.notes, *signed_notes]


# What the note thanks for: a call is no conversation in person, an assessment day none at all.
_TALKS = {"phone": "our call", "video": "our call", "in-person": "our conversation",
          "assessment-centre": "the assessment day"}
_WEEK_PARTS = ("start", "start", "middle", "end", "end", "weekend", "weekend")


def _agency_in_text(recruiter: Recruiter | None) -> Recruiter | None:
    """The recruiter, their agency as a sentence names it ("truckstaff solutions": Truckstaff
    Solutions; "VetStaff Scotland Ltd": VetStaff Scotland), as the company is (G2)."""
    if recruiter is None or not recruiter.agency:
        return recruiter
    return msgspec.structs.replace(recruiter, agency=company_in_text(recruiter.agency))


def _says_nothing(person: Interviewer, keys: tuple[str | int, ...]) -> Note:
    """TY4: a note of stock phrases alone, its fields empty or none of them fitting a sentence."""
    written = [key for key in ("discussed", "learned", "question")
               if re.search(r"[^\W\d_]", getattr(person, key) or "")]  # not "-" nor "??"
    fix = (f"what you wrote under {' and '.join(key + ':' for key in written)} is left out "
           "(the warning above says why); say one thing" if written else  # round 38
           "add discussed: or learned: for them,")
    return Note("TY4", f"The note to {person.name} says nothing of your conversation: {fix} "
                       "in a few plain words (\"the night shift rota\").",
                field=(*keys, written[0] if written else "name"))


def _after_hours(interview: Interview, role: str) -> bool:
    """TY7: met outside their working hours; not at the weekend for a weekend job, nor at
    all for a job of nights or shifts, whose hours they are (round 35: a sleep lab's night
    technologist thanked for giving up time on his own shift)."""
    weekend_job = re.search(r"\b(?:weekends?|saturdays?|sundays?)\b", role, re.IGNORECASE)
    shift_job = re.search(r"\b(?:nights?|overnight|evenings?|shifts?|rotating|24/7)\b", role,
                          re.IGNORECASE)
    return interview.outside_hours and not shift_job and not (
        interview.date.weekday() >= 5 and weekend_job)


def _status_problem(profile: Profile, what: str, needed: str) -> str:
    hint = {"unsuccessful": " To ask for feedback: followup feedback-request.",
            "offer": "", "hired": "", "withdrawn": ""}.get(profile.status, "")
    return (f"A {what} is for an application that is '{needed}'; {_whose(profile, start=False)} "
            f"status is '{profile.status}'.{hint}")


def _whose(profile: Profile, *, start: bool = True) -> str:
    """The employer's possessive as a message names it: "Kaiwaka Bay Holiday Park's" for
    "kaiwaka bay holiday park" (G2), with a capital at the start of a sentence."""
    named = possessive(company_in_text(profile.company))
    return named[:1].upper() + named[1:] if start else named
