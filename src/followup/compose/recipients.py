"""Who a draft goes to, and how it greets them.

Drafting's rules for recipients: the interviewers a thank-you thanks (TY1), the contact
of a check-in, feedback request or offer notice (--to, else the recruiter, else the main
contact), the person `--to NAME` means, the salutation; and the same rules for the
sent-log, which records whom a contact went to.
"""

from __future__ import annotations

import re
from typing import TypeVar

import msgspec

from followup.draft import Address, Note
from followup.errors import FollowupError, NotApplicable
from followup.profile import Candidate, Interview, Interviewer, Profile, Recruiter
from followup.profile.forms import Greeting, Name
from followup.profile.reading import Reading
from followup.words import is_sign_off, without_asides

_Person = TypeVar("_Person", Interviewer, Recruiter, Interviewer | Recruiter)


def interviewers_to_thank(interview: Interview, to: str | None,
                          every: bool) -> list[Interviewer]:
    """TY1: whom the thank-you notes of an interview go to: --to NAME's one, or with --all
    every interviewer; an interview of one interviewer needs neither."""
    people = list(interview.interviewers)
    if not people:
        raise NotApplicable(
            f"The interview on {interview.date} lists no interviewers, so there is no one to "
            "thank. Add them to the profile under that interview:\n"
            "    interviewers:\n      - name: Priya Shah\n        email: priya.shah@example.com")
    if to:
        return [find_person(to, people, f"the interview on {interview.date}")]
    if len(people) > 1 and not every:
        names = ", ".join(person.name for person in people)
        raise FollowupError(f"The interview on {interview.date} had {len(people)} interviewers "
                            f"({names}). Thank each of them (TY1): use --all for one note each, "
                            "or --to NAME for one.")
    if not every:
        return people
    # TY1: with --all, a note to each interviewer a note can reach (a warning names the
    # others, as the plan's advice does); --to NAME drafts for anyone
    from followup.profile.honorifics import unaddressed

    return [person for person in people if not unaddressed(person.name, person.email)] or people


def unthanked(profile: Profile, people: list[Interviewer]) -> list[Note]:
    """TY1: the interviewers --all leaves out, with no name and no address: what to do."""
    from followup.profile.honorifics import unaddressed, unaddressed_advice

    return [Note("TY1", unaddressed_advice(person.name, profile.go_between))
            for person in profile.latest_interview.interviewers
            if person not in people and unaddressed(person.name, person.email)]


def contact(profile: Profile, to: str | None = None) -> Interviewer | Recruiter:
    """Who a check-in, feedback request or offer notice goes to: --to, else the recruiter,
    else the main contact of the latest interview, or, when the profile has no address for
    them, the first on that panel it has one for (an email needs somewhere to go)."""
    everyone: list[Interviewer | Recruiter] = [
        person for interview in reversed(profile.interviews) for person in interview.interviewers]
    if profile.recruiter:
        everyone.insert(0, profile.recruiter)
    if to:
        return find_person(to, everyone, "the profile's recruiter and interviewers")
    main = profile.main_contact
    if profile.recruiter:
        return profile.recruiter
    if main is None:
        raise NotApplicable("The profile names no recruiter and no interviewer to write to. "
                            "Add a recruiter: (name:, email:) or interviewers: to the latest "
                            "interview.")
    return main if main.email else next(
        (person for person in profile.latest_interview.interviewers if person.email), main)


def find_person(name: str, people: list[_Person], where: str) -> _Person:
    """The one person `name` (full name, first name or surname) means, or an error that
    lists who is there."""
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


def salutation(person: Interviewer | Recruiter, reading: Reading, *, formal: bool,
               ask_title: bool = False, company: str = "",
               country: str | None = None) -> Greeting:
    """How a draft greets `person` (G2): the profile's `salutation`, else as the name model
    says for the tone (a role whole, honorific and surname when formal, the first name
    when it is certain), with a note when a profile field would make it certain; with
    `ask_title` (the formal tone, a traditional employer) one asking for their title. A
    role or team is greeted without the company's name before it ("Talent Team")."""
    found = reading.person(person.name, *_honorific_and_salutation(person))
    chosen = found.formal if formal else found.plain
    shown, note = chosen.name, chosen.note or (found.formal.note if ask_title else None)
    name = found.name
    if ask_title and name.given and shown == name.first:  # formally "Dear Garry", never
        shown = name.given  # the nickname he goes by ("Dear Gazza")
    if not note:  # sure, or as the profile's salutation: says; the name modules unread
        return Greeting(shown, role=name.role)
    from followup.profile.honorifics import is_role, role_note  # only for a note
    if name.role and not name.first and company and shown.casefold().startswith(
            company.casefold() + " ") and is_role(rest := shown[len(company):].strip()):
        shown, note = rest, role_note(rest, person.name.strip())  # "Talent Team"
    if isinstance(person, Recruiter):  # the recruiter's entry has name: alone
        note = _recruiter_note(name, shown, country)
    return Greeting(shown, note, name.role)


def greets_formally(name: Name, tone: str, traditional: bool) -> bool:
    """G2: the honorific and surname whenever a title is known, in every tone (round 45: a
    warm "Dear Patricia" to "Dr. Patricia Oyelaran" read as too familiar); untitled, the
    first name, but the full name formally to a traditional firm."""
    # untitled, a traditional panel is greeted alike: "Dear Chinedu Okafor" beside "Dear Cllr
    # O'Hare"; a modern one, met, by first name even formally ("Dear Angela Fry" reads as a
    # form letter), with a note asking for the title
    return name.honorific is not None or (traditional and tone != "warm")


# A signature's line that is a name: words of letters ("Bao Ngoc Tran", "Bex", "J. Lee") alone.
_NAME_LINE = re.compile(r"[^\W\d_][^\W\d_'\u2019.-]*(?:[ '\u2019.-]+[^\W\d_]+)*\.?")


def opens_with_sign_off(line: str) -> bool:
    """Whether a signature's first line is a sign-off of its own: a few words and a comma
    ("Ngā mihi,"), or one known without it ("Cheers", "Thanks & Regards")."""
    line = line.strip()
    return (line.endswith(",") and len(line.split()) <= 4) or is_sign_off(line)


def signing(candidate: Candidate, signed: str, formal: bool) -> tuple[Candidate, list[Note]]:
    """The candidate as a draft signs: `name` (a card's, a voicemail's) is the name line of
    their `signature:` (after a sign-off of its own), which is how they sign ("Bao Ngoc
    Tran", not the profile's "Tran Bao Ngoc"), else `signed`, their name as signed; and
    `signed` where that line is one name alone ("Bex"), which does not say who writes. A
    formal letter (G2) is signed with the full name in place of such a line, with a note."""
    lines = (candidate.signature or "").strip().splitlines()
    at = 1 if lines and opens_with_sign_off(lines[0]) else 0
    if at < len(lines) and lines[at].isupper() and _NAME_LINE.fullmatch(lines[at].strip()):
        from followup.compose.naming import as_typed_name  # "DWAYNE T PRUITT": "Dwayne T
        from followup.profile.names import read_name  # Pruitt", "NCCCO Tower Crane Certified"
        lines[at:] = [read_name(lines[at]).full or lines[at], *(
            as_typed_name(line) if line.isupper() else line for line in lines[at + 1:])]
        candidate = msgspec.structs.replace(candidate, signature="\n".join(lines))
    # an aside is for the reader of the letter: "Yanting LIU (Liu is family name)"
    line = " ".join(without_asides(lines[at]).split()) if at < len(lines) else ""
    if not _NAME_LINE.fullmatch(line) or len(line.split()) > 5:
        return msgspec.structs.replace(candidate, name=signed), []
    from followup.profile.honorifics import split_honorifics, split_post_nominals
    line = split_post_nominals(split_honorifics(line)[1])[0] or line  # not "Dr Ann Lee"
    extra = line[len(signed):].split() if line.startswith(signed + " ") else []
    if extra and all(word.isupper() and len(word) <= 6 for word in extra):
        line = signed  # letters no list knows, after the name: "Simon Achterberg ACMA"
    if len(line.split()) > 1 or len(signed.split()) == 1:
        return msgspec.structs.replace(candidate, name=line), []
    if not formal:
        return msgspec.structs.replace(candidate, name=signed), []
    lines[at] = signed
    note = Note("G2", f'A formal letter is signed with your full name: the draft signs '
                      f'"{signed}" in place of your signature\'s "{line}".',
                field=("candidate", "signature"))
    return msgspec.structs.replace(candidate, name=signed, signature="\n".join(lines)), [note]


# G2: sign-offs too casual for a formal letter ("Cheers,", "Thanks!", "Best,"); any other
# the candidate writes ("Ngā mihi,", "Kind regards,") is theirs to keep.
_CASUAL_SIGN_OFF = re.compile(r"(?:cheers|thanks|thx|ta|best|all the best|talk soon|speak "
                              r"soon|take care|warmly|love|x+|xo+)\W*$", re.IGNORECASE)


def sign_off(profile: Profile, reading: Reading, formal: bool,
             greeted: Greeting | None) -> tuple[Candidate, bool, list[Note]]:
    """The candidate as the draft signs (`signing`), whether their signature starts with a
    sign-off of its own (`opens_with_sign_off`: the draft then adds none), and a note when a
    formal draft puts its own for a casual one, or "sincerely" for "faithfully" to a person
    greeted by name (G2: "faithfully" is for "Dear Sir or Madam"). No greeting: a voicemail,
    which is not signed."""
    formal = formal and greeted is not None
    named = greeted is not None and not greeted.role and greeted.name != "Sir or Madam"
    candidate, signed = signing(profile.candidate,
                                reading.person(profile.candidate.name).signed, formal)
    if greeted is None:  # said aloud, without a middle initial: "Thabo Mokoena", not "Thabo S."
        candidate = msgspec.structs.replace(candidate, name=re.sub(
            r"(?<=\w) (?:[A-Z]\. ?)+(?=[A-Z][a-z])", " ", candidate.name))
    lines = (candidate.signature or "").strip().splitlines()
    first = lines[0].strip() if lines else ""
    if re.fullmatch(r"[^,]+,,+", first):  # "Kind Regards,,": one comma (G2)
        first = lines[0] = first.rstrip(",") + ","
        candidate = msgspec.structs.replace(candidate, signature="\n".join(lines))
    if not opens_with_sign_off(first):
        return candidate, False, signed
    if named and first.rstrip(",").casefold() == "yours faithfully":
        lines[0] = "Yours sincerely,"
        note = Note("G2", 'Your signature closes "Yours faithfully", which is for "Dear Sir or '
                          'Madam": to someone greeted by name, the draft closes "Yours '
                          'sincerely".', field=("candidate", "signature"))
        return msgspec.structs.replace(candidate, signature="\n".join(lines)), True, [
            *signed, note]
    if not formal or not _CASUAL_SIGN_OFF.fullmatch(first):
        return candidate, True, signed
    rest = "\n".join(lines[1:]).strip() or candidate.name
    note = Note("G2", f"A formal letter signs off formally: the draft ends with its own "
                      f"sign-off in place of your signature's \"{first}\".",
                field=("candidate", "signature"))
    return msgspec.structs.replace(candidate, signature=rest), False, [*signed, note]


def _recruiter_note(name: Name, shown: str, country: str | None) -> str | None:
    """G2 for the recruiter, whose entry has name: and no honorific: or salutation:, so the
    note says how to write the name to make the greeting sure."""
    from followup.profile.honorifics import RULE, titles_offered

    who = name.written.strip()
    if name.role:
        return (f'The greeting is to "{shown}", not a person by name: if you know who will '
                f'read it, write their name under recruiter: in place of "{who}" ({RULE}).')
    if name.first and name.certain and not name.surname:
        return (f"Only one name is given for the recruiter, {who}, and the greeting takes it "
                f"for a first name: write their full name under recruiter: (name:) ({RULE}).")
    if name.certain and name.surname:
        return (f'To greet the recruiter as "(title) {name.surname}", write the title they use '
                f"({titles_offered(country)}) before their name under recruiter: (name: "
                f"(title) {name.full}) ({RULE}).")
    words = name.full.split()
    if len(words) < 2 or (name.surname is None and words[0].upper() == words[0].lower()):
        return None  # "王小明": no way to write it in name: alone that makes it sure
    capitals = f"{words[0].upper()} {' '.join(words[1:])}"
    if name.surname is None and shown != name.full:  # "Ms Quek Hui Ling", greeted "Ms Quek":
        return (f'The greeting takes {words[0]} for the family name, written first ("{shown}"): '
                f"if it is not, write the family name in capitals under recruiter: (name: "
                f"{capitals}) ({RULE}).")  # as the interviewers' note says it (round 54)
    example = capitals if name.surname is None else f'{name.full} "(first name)"'
    return (f"followup cannot tell which is the recruiter's first name, so the greeting is "
            f'"{shown}": write the family name in capitals, or the first name in quotes after '
            f"the name, under recruiter: (name: {example}) ({RULE}).")


def panel_entry(profile: Profile, person: Interviewer | Recruiter) -> tuple[
        Interviewer | Recruiter, tuple[str | int, ...] | None]:
    """Whom a greeting reads: a recruiter who also sat on a panel by their interviewer entry
    (its salutation: or honorific:), an interviewer met in several rounds by the entry that
    says how to greet them (written once is enough), with where that entry is; anyone else
    as they are."""
    if isinstance(person, Interviewer) and (person.salutation or person.honorific):
        return person, None
    for number, interview in enumerate(profile.interviews):
        for place, other in enumerate(interview.interviewers):
            if isinstance(person, Recruiter) and other.name == person.name:
                return other, ("interviews", number, "interviewers", place)
            if isinstance(person, Interviewer) and other is not person and _same_person(
                    other, person) and (other.salutation or other.honorific or _titled(
                        other, person)):
                return other, ("interviews", number, "interviewers", place)
    return person, None


def met_before(profile: Profile, interview: Interview, person: Interviewer | Recruiter) -> bool:
    """Met (not only spoken with) in an earlier round: "lovely to see you again"."""
    return any(person.name == other.name for earlier in profile.interviews
               if earlier is not interview and earlier.date <= interview.date
               and earlier.kind != "phone" for other in earlier.interviewers)


def _same_person(one: Interviewer, other: Interviewer) -> bool:
    """The same interviewer in two rounds: the same address, or the same name but for a
    title before it ("Ms. Colette Rainville", then "Colette Rainville"); read without the
    name modules, which a draft to someone certain never imports."""
    if one.email and one.email.casefold() == (other.email or "").casefold():
        return True
    first, second = one.name.casefold(), other.name.casefold()
    return first == second or first.endswith(" " + second) or second.endswith(" " + first)


def _titled(person: Interviewer, than: Interviewer) -> bool:
    """Whether `person`'s name says more than `than`'s: a title before it."""
    return len(person.name) > len(than.name) and person.name.endswith(" " + than.name)


def reachable(profile: Profile, person: Interviewer) -> Interviewer:
    """An interviewer with an address: their own, or their recruiter entry's when they are
    the recruiter who sat on the panel (the address need not be written twice)."""
    recruiter = profile.recruiter
    if person.email or recruiter is None or not recruiter.email or \
            recruiter.name.strip().casefold() != person.name.strip().casefold():
        return person
    return msgspec.structs.replace(person, email=recruiter.email)


def person_name(person: Interviewer | Recruiter, reading: Reading) -> Name:
    return reading.person(person.name, *_honorific_and_salutation(person)).name


def _honorific_and_salutation(person: Interviewer | Recruiter) -> tuple[str | None, str | None]:
    if isinstance(person, Interviewer):
        return person.honorific, person.salutation
    return None, None


def display_name(name: Name, company: str = "") -> str:
    """A person as a sentence names them: the full name ("Mrs Kulkarni" when that is all
    there is), or a role as "the hiring manager", its acronyms kept ("the regional HR
    manager", "the GM" as written; "HR" alone stays)."""
    if not name.role:  # a surname alone keeps its title ("Mrs Kulkarni", not "Kulkarni"),
        initials = name.surname and name.full.removesuffix(name.surname)  # "Mrs P. Hadley" too
        alone = name.honorific and name.surname and re.fullmatch(r"(?:[A-Z]\. ?)*", initials or "")
        if alone:
            return f"{name.honorific} {name.surname}"
        adopted = name.first and name.surname and name.first not in name.full.split() and \
            name.full.startswith(name.surname + " ")  # "LIU Jianguo (James)": "James Liu"
        return f"{name.first} {name.surname}" if adopted else name.full
    role = name.full.removeprefix("the ").removeprefix("The ")
    if role.isupper() and role == name.full:  # "HR" as written; "CAMPAIGN TEAM" in its case
        if " " not in role:
            return role
        from followup.compose.naming import as_typed_name
        role = as_typed_name(role)
    return "the " + " ".join(word if word.isupper() or word in company.split() else word.lower()
                             for word in role.split())  # "the Coral Sea Airways talent team"


def address(person: Interviewer | Recruiter) -> Address:
    """Where the draft goes, the name as the reader sees it: as typed, unless typed all in
    small letters or all in capitals ("gus villarreal": Gus Villarreal), or with a nickname
    in quotes, which a header would show escaped ('Wayne "Macca" McAllister'), or a note in
    brackets ("Dr Hamish Carew (Pod)", round 38) (G2)."""
    name = person.name
    if name.islower() or (name.isupper() and sum(char.isalpha() for char in name) > 3) or \
            re.search(r"[\"“”()]", name):
        from followup.profile.names import read_name
        read = read_name(name)
        if not read.role and read.full:
            name = f"{read.honorific} {read.full}" if read.honorific else read.full
    return Address(name, person.email)


def email_warnings(person: Interviewer | Recruiter) -> list[Note]:
    """A plain note when the profile has no address for `person`, not a finding: no rule
    of the guidance behind it."""
    if person.email:
        return []
    return [Note(None, f"The profile has no email address for {person.name}: add email: under "
                       "their name, or fill it in by hand.")]


def recipient(profile: Profile, situation: str, to: str | None) -> str:
    """Whom a contact went to, as the profile names them: `to` matched the way drafting
    matches --to (full name, first name or surname), or the recipient drafting would choose.

    Broader than drafting on one point: a thank-you may be recorded for an interviewer of
    any interview, not only the latest, since it may be recorded after the next round."""
    latest = profile.latest_interview.interviewers
    if situation == "thank-you":
        people = [person for interview in reversed(profile.interviews)
                  for person in interview.interviewers]
        if to:
            return find_person(to, people, "the profile's interviewers").name
        if len(latest) == 1:
            return latest[0].name
        names = ", ".join(person.name for person in latest) or "none"
        raise FollowupError(f"Whom did the thank-you go to? The interview on "
                            f"{profile.latest_interview.date} had {len(latest)} interviewers "
                            f"({names}): record each note on its own, with --to NAME.")
    if situation == "recruiter-debrief":
        if profile.recruiter is None:
            raise FollowupError("A recruiter debrief goes to the recruiter, and the profile "
                                "names none: add recruiter: (name:, email:) to the profile.")
        if to:
            find_person(to, [profile.recruiter], "the profile's recruiter")
        return profile.recruiter.name
    # as drafting's default: the recruiter, else the main contact of the latest interview
    return contact(profile, to).name
