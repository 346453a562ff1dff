"""The profile's words fitted into a draft: each free-text field in the form its sentences
take (as `profile.fields` read it), the highlight each note of a panel carries (TY4, TY5),
a promise quoted after its day with its date (CI11), and a warning, at the field, for
each one left out because it cannot be fitted."""

from __future__ import annotations

import datetime
import re
from typing import Any

from followup.compose.template_helpers import longdate
from followup.draft import Note
from followup.profile import Interview, Interviewer, Profile, Recruiter
from followup.profile.dating import (
    after_written_date,
    decided_by,
    month_part,
    named_holiday,
    promised_day,
)
from followup.profile.forms import SOMEONE, WORD_NAMES, FieldKind, Fitted, Name
from followup.profile.reading import Reading, discussed
from followup.profile.smallfile import field_name

Keys = tuple[str | int, ...]
_RULES: dict[FieldKind, str] = {"discussed": "TY4", "learned": "TY4", "highlight": "TY4",
                                "question": "TY8", "promise": "CI11"}


def unsaid_to_them(fitted: Fitted) -> str | None:
    """Why a field a debrief may tell the recruiter is left out of a note to the employer."""
    if not fitted.unsaid_to_them:
        return None
    from followup.profile import tact  # only for a field left out

    if pay := tact.unsaid_to_employer(fitted.text or ""):
        return f"{pay}; the draft leaves it out."
    return ("it says 'he', 'she' or 'you', who may be the person the note is to; the draft "
            "leaves it out. Name who you mean.")


# TY4: a worry of theirs, which a note cannot call good to learn: it says it understood it
# ("It helped me to understand that you are 4 PCSOs short", round 36); discussing how to
# fix one is the work itself (`tact` leaves a misfortune out).
WORRY = re.compile(r"\b(?:backlogs?|concern(?:ed|s)?|worried|struggl\w*|behind schedule|"
                   r"over budget|turnover|no (?:climate control|budget|funding|money)|"
                   r"short(?:[- ]staffed)?|shortages?|understaffed|vacanc(?:y|ies)|burn-?out|"
                   r"overstretched|stretched|pressures?|difficult|tough|problems?|"
                   r"dropped|fell|fallen|declin\w*|down from|went from \d+ to|lost|loss(?:es)?|"
                   r"died|die-?off|mortality|damaged|bleach\w*|failed|failures?|closures?|"
                   r"redundanc\w*|layoffs?|maternity|paternity|parental leave|sick leave|"
                   r"retir\w+)\b", re.I)  # "the nursery lost 15%" (r45), "maternity leave" (r47)


def _news(fitted: Fitted | None, said: str | None) -> str:
    """TY4: what kind of news the learned fact is, for its sentence: "hard" news for them,
    "personal" (the interviewer's own story, said to them: "that you started out as a PCSO
    yourself"), else ""."""
    if fitted is None or not said:
        return ""
    if WORRY.search(said):
        return "hard"
    theirs = re.match(r"(?:that )?(?:you|they|we)\b", fitted.text or "", re.I)
    return "personal" if said.startswith("that you") and not theirs else ""


class Fitting:
    """The fitted words of one draft, and the warnings for those left out."""

    def __init__(self, profile: Profile, reading: Reading) -> None:
        self.profile, self.reading = profile, reading
        self.notes: list[Note] = []
        self._small_names: list[tuple[str, str]] | None = None  # `names_in_capitals`

    def field(self, kind: FieldKind, written: str | None, keys: Keys,
              kept: str = "the draft leaves it out") -> Fitted | None:
        """The field as read when it fits its sentences; None (with a warning saying why,
        and what the draft `kept` of it) when not."""
        fitted = self.reading.fitted(kind, written)
        if fitted is None:
            return None
        if fitted.text is None and fitted.problem is None:
            return None  # a placeholder ("n/a"): nothing was meant, nothing to warn about
        if fitted.text is None:
            example = f" It reads best written like this: {fitted.example}" if fitted.example \
                and not SOMEONE.search(fitted.example) else ""  # not "he", to him (round 37)
            self.notes.append(Note(
                _RULES[kind], f"{field_name('', keys)}: {fitted.problem or 'it does not fit'}; "
                              f"{kept}.{example}", field=keys))
            return None
        return fitted

    def person(self, person: Interviewer | None, keys: Keys, *,
               to_them: bool) -> dict[str, Any]:
        """What a note says of an interviewer: the topic discussed, what was learned, the
        question to ask (TY4, TY8); None where the profile has nothing that fits. Said to
        someone at the employer (`to_them`), the employer's "they" is "you" (`addressed`);
        a debrief tells the agency recruiter as it was read ("they run game days")."""
        if person is None:
            return {"discussed": None, "learned": None, "question": None,
                    "question_asked": False, "own_topic": False, "learned_news": ""}
        kinds: tuple[FieldKind, ...] = ("discussed", "learned", "question")
        found = {kind: self.field(kind, getattr(person, kind), (*keys, kind)) for kind in kinds}
        for kind, fitted in found.items():
            if to_them and fitted is not None and (why := unsaid_to_them(fitted)):
                self.notes.append(Note(_RULES[kind], f"{field_name('', (*keys, kind))}: {why}",
                                       field=(*keys, kind)))
                found[kind] = None
        question = found["question"]
        said: dict[str, str | None] = {
            kind: self.names_in_capitals((to_them and fitted.to_them) or fitted.text)
            if fitted else None for kind, fitted in found.items()}
        if to_them:  # "that Sam started as a volunteer", to Sam: "that you started ..."
            from followup.compose.recipients import person_name

            name = person_name(person, self.reading)
            said = {kind: text and said_to(text, name) for kind, text in said.items()}
        topic = (said["discussed"] or "").split()  # TY4: about the candidate, or long
        own = len(topic) > 12 or any(re.fullmatch(r"I(?:['’](?:d|m|ve|ll))?|my|me|myself", word)
                                     for word in topic)  # "how I'd handle ...": own
        news = _news(found["learned"], said["learned"])
        if news == "hard" and (said["learned"] or "").startswith("about "):
            said["learned"] = f"more {said['learned']}"  # "to understand more about ..."
        return {**said, "question_asked": bool(question and question.form == "question"),
                "own_topic": own, "learned_news": news}

    def promise(self, interview: Interview, keys: Keys, today: datetime.date,
                to: Name, *, recruiter: bool, debrief: bool = False
                ) -> tuple[str | None, str | None]:
        """What they said would happen, said back to `to` ("let you know"), and its form: an
        action they would take ("let me know within a week"), a time ("by Friday") or an
        outcome ("I would hear within two weeks"); a time relative to the interview day
        turned into its date when quoted on a later day ("by Friday 20 November"). Not a
        `recruiter`'s own promise ("Brendan will follow up"), as if the firm had made it, nor
        in a `debrief` what they are noted as saying ("Mackenzie: decision by Friday")."""
        if not interview.promise or (recruiter and made_by(interview.promise, to, noted=debrief)):
            return None, None
        # the date the plan keeps (CI2), also for words that cannot be quoted ("Mon or Tues")
        decided = decided_by(interview, self.profile.country)
        when = f"by {longdate(decided, self.profile.country)}" if decided else None
        if decided and not interview.decision_by and (part := month_part(interview.promise)):
            when = f"in {part}"  # "probably mid-December": not made a day they never said
        elif decided and not interview.decision_by and (held := named_holiday(interview.promise)):
            when = held  # "after Thanksgiving": their words, not the tool's reckoning
        elif decided and not interview.decision_by and after_written_date(interview.promise):
            when = f"after {longdate(decided, self.profile.country)}"  # "... thereafter"
        fitted = self.field("promise", interview.promise, (*keys, "promise"),
                            f"the draft leaves its words out; the plan keeps its date ({when})"
                            if when else
                            "the draft leaves it out")
        # the decision_by given wins over a day the words would name a week from it ("by
        # Friday", said on a Thursday, where decision_by is the Friday after; "early next
        # week" spans its week, and stands)
        named = interview.decision_by and promised_day(interview.promise, interview.date,
                                                       self.profile.country)
        if fitted is None or fitted.text is None or (interview.decision_by and (
                fitted.form == "time" or (named and abs(named - interview.decision_by).days > 5))):
            return (when, "time") if when else (None, None)
        said = said_to(self.reading.promise(fitted.text, interview.date, today), to)
        said = re.sub(r",?\s+at the (?:very )?latest\b", "", said)  # said back to them, their
        # "at the latest" reads as the candidate's deadline (round 54)
        recruiter_entry = self.profile.recruiter
        if re.search(r"\b(?:we|us|our)\b", interview.promise, re.I) and not (
                recruiter and recruiter_entry and recruiter_entry.agency):
            # "hear from us", "we should know": to the employer, "you"
            said = re.sub(r"^they would\b", "you would", re.sub(r"\bfrom them\b", "from you", said))
        elif re.search(r"\b(?:us|our)\b", interview.promise, re.I):  # the agency and me, said to
            said = re.sub(r"\b(to|let) them\b", r"\1 you", said)  # it: "come back to you" (r42)
        if not recruiter and SOMEONE.search(said):  # "once he's spoken to the college", to him:
            from followup.profile.addressed import one_to_you  # "once you've spoken" (round 37)

            said = one_to_you(said) or said
        if decided == today:  # quoted on its own day: "by the end of today" (round 38)
            said = said.replace(f"by {longdate(today, self.profile.country)}", "by the end of "
                                "today")
        return said, fitted.form

    def names_in_capitals(self, text: str | None) -> str | None:
        """G2: the names of the profile's people typed small in a field, as they are written
        ("jonno did his apprenticeship with steve's dad": Jonno, Steve; round 45)."""
        if not text:
            return text
        if self._small_names is None:
            self._small_names = self._names_typed_small()
        for small, name in self._small_names:
            text = re.sub(rf"(?<![\w'-]){small}(?![\w-])", name, text)
        return text

    def _names_typed_small(self) -> list[tuple[str, str]]:
        """The profile's people's names in small letters and as written, read once a draft;
        only a name that is no word ("will", "mark")."""
        from followup.compose.recipients import person_name
        from followup.profile.wordforms import readings

        people: list[Interviewer | Recruiter] = [
            *(each for interview in self.profile.interviews for each in interview.interviewers),
            *([self.profile.recruiter] if self.profile.recruiter else [])]
        names = [person_name(person, self.reading) for person in people]
        words = {word for name in names for word in (name.first, name.surname, name.given)
                 if word and len(word) > 2 and word.isalpha() and word[0].isupper()}
        return [(word.lower(), word) for word in sorted(words) if not readings(word.lower())]

    def highlights(self, interview: Interview) -> list[str | None]:
        """TY4, TY5: the highlight of each interviewer's note: one not discussed in this round
        or an earlier one, each its own, the nearest to what they talked about first
        (`matching`); when there are fewer than the panel, some notes go without (the same
        sentence in two notes to one panel reads as a form letter)."""
        from followup.compose.matching import assign

        written, usable = [], []
        so_far = self.profile.interviews[:self.profile.interviews.index(interview) + 1]
        for index, highlight in enumerate(self.profile.candidate.highlights):
            fitted = self.field("highlight", highlight, ("candidate", "highlights", index))
            if fitted is not None and fitted.text and not fitted.unsaid_to_them and \
                    not discussed(highlight, so_far):
                written.append(highlight)
                usable.append(fitted.to_them or fitted.text)  # to the employer: "your"
        return [None if which is None else usable[which]
                for which in assign(interview.interviewers, written)]


def said_to(text: str, name: Name) -> str:
    """A promise that names the person it is sent to says "you" to them: "let Gemma know",
    in the check-in to Gemma, is "let you know"; "ring Tash", in the debrief to Tash, "ring
    you"; "Gemma's decision", "your decision"; as written, in any case ("call brent") or
    with the honorific ("Ms Carter"). A credit to them ("(per Ravi)") goes."""
    them = _called(name) if _may_name(text, name) else ""
    if not them:
        return text
    text = re.sub(rf",?\s*\(?\b(?i:per|via|according to)\s+(?:{them})\b\)?", "", text)
    text = re.sub(rf"(?<![\w'-])(?:{them})['’]s(?![\w'-])", "your", text)
    return re.sub(rf"(?<![\w'-])(?:{them})(?![\w'-])", "you", text)


def made_by(written: str | None, name: Name, *, noted: bool = False) -> bool:
    """Whether a promise is the recipient's own ("Brendan will follow up w/ feedback", in
    the debrief to Brendan): a draft to them does not report it back as the firm's. With
    `noted`, a note of what they said counts too ("Mackenzie: decision w/in 2 wks")."""
    them = _called(name) if written and _may_name(written, name) else ""
    said = r"\s*[:–—-]|" if noted else ""
    return bool(written and them and re.match(
        rf"\s*(?:{them})(?:{said}\s+(?:will|would|to|said|says|is going to|reckons|thinks|"
        rf"expects|hopes|mentioned|told me)\b|['’]ll\b)", written))


def _may_name(text: str, name: Name) -> bool:
    """Whether `text` has a word of the name at all: most promises name nobody, and the
    patterns of _called are made for each person (a batch drafts for hundreds)."""
    folded = text.casefold()
    return any(part.casefold() in folded for part in (name.first, _family(name), name.written)
               if part)


def _family(name: Name) -> str | None:
    """The family name, or the first word of a name with an honorific whose family name the
    reading could not be sure of ("Ms Quek Hui Ling", greeted Ms Quek; round 54)."""
    return name.surname or (name.full.split()[0] if name.honorific and name.full else None)


def _called(name: Name) -> str:
    """A pattern for what a person is called (full, first, as written, a title and the
    surname); in lower case too, but a name that is also a word only as written ("call
    brent", not "will call" to Will); "" for a role."""
    if name.role:
        return ""
    called = sorted({str(each) for each in (
        name.full, name.first, name.written,
        f"{name.honorific} {name.surname}" if name.honorific and name.surname else None)
        if each}, key=len, reverse=True)
    family = _family(name)  # "Mr Trevelyan will telephone", to Jonathan Trevelyan
    titled = [rf"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor)\.?\s+{re.escape(family)}"] \
        if family else []
    return "|".join([each if each.lower().split()[0] in WORD_NAMES or len(each) < 3  # "A", "Jo"
                     else f"(?i:{each})"
                     for each in map(re.escape, called)] + titled)


# CI4 (offer any further information): a role whose work is shown, or a profile that
# points to a portfolio, is offered "examples of my work"; any other, references.
_WORK_SHOWN = re.compile(r"\b(?:architect\w*|design(?:er)?|journalist|reporter|writer|"
                         r"copywriter|editor|illustrator|photographer|animator|artist|"
                         r"developer|programmer|software)\b", re.IGNORECASE)
_PORTFOLIO = re.compile(r"\b(?:github|gitlab|behance|dribbble|showreel|my portfolio|"
                        r"portfolio(?: at| on|:)|writing samples?|bylines?)\b", re.IGNORECASE)


def shows_work(profile: Profile) -> bool:
    """CI4: whether the candidate's work can be shown (a portfolio, a role whose work is
    seen), so that a check-in offers examples of it."""
    candidate = profile.candidate
    return bool(_WORK_SHOWN.search(profile.role) or _PORTFOLIO.search(
        " ".join((candidate.signature or "", *candidate.highlights))))
