"""Whether a field, read whole, is fit to say in a thank-you note (G2 TY4 TY8). A note's
frames praise what was discussed ("I especially enjoyed discussing ...", "... was a
highlight for me"), welcome what was learned and ask the question; some topics read
badly in them however well they are written: the paperwork of hiring praised as a
conversation, a misfortune welcomed as news, the interviewer's own question asked back
(a worry of theirs is said as understood: `compose.fitting.WORRY`).
Such a field is left out, with a warning saying why; pay and perks are left out only of what
is said to the employer (a debrief tells the agency recruiter of them).
"""

from __future__ import annotations

import re

# The paperwork of hiring: a note does not thank anyone for discussing it (G2).
PAPERWORK = re.compile(  # not "shadow him on a survey before the start date" (round 42)
    r"\b(?:vetting|police checks?|background checks?|reference checks?|references|"
    r"(?<!before the )(?<!after the )(?:start(?:ing)?|joining) dates?|salary|salaries|"
    r"pay (?:rates?|range|scales?|bands?)|notice period|"
    r"comp(?:ensation)? (?:bands?|package|range)|relocation|bonus(?:es)?|equity|stock options|"
    r"pensions?|benefits package|CTC|reasons? for (?:change|leaving)|stipends?|"
    r"paperwork|right to work|visas?|work permits?|licen[cs]e abstract|driver'?s abstract|"
    r"DBS|PVG|criminal record|why I (?:leave|left|am leaving|quit) my (?:last |current |old )?"
    r"(?:job|role|employer)|when (?:I|I'd|I would|I could|I can) start|bond period)\b", re.I)
# Pay and perks: a note that welcomes them reads as what the candidate is in it for (G2);
# they are for when terms are discussed (an offer, or one already made: round 53).
PAY = re.compile(  # a sum of money, or a perk by name ("10k users" and "calls per hour" are not)
    r"[$£€]\s?\d|\b(?:allowances?|fuel cards?|company (?:car|vehicle|phone|truck|van|ute)s?|"
    r"perks?|pay ?rises?|hourly rates?|overtime rates?|penalty rates|annual leave|holiday "
    r"entitlement|days'? (?:annual )?leave|sign(?:ing)?-on bonus|(?:staff|employee) "
    r"discounts?|free (?:meals|parking|lunch(?:es)?|food|films|tickets)|study leave|bonus(?:es)?|"
    r"stipends?|salar(?:y|ies)|wages?|pay (?:scales?|bands?|rates?)|commission (?:structure|"
    r"rates?)|on commission|(?:still |be |get |getting )paid(?! (?:training|internship)))"
    r"\b|\d+\s?% off\b", re.I)
# A misfortune of theirs, which a note cannot call a highlight or welcome as news (G2).
MISFORTUNE = re.compile(
    r"\b(?:scares?|ransomware|breach(?:es)?|cyber-?attacks?|hack(?:ed|ing)?|outages?|"
    r"redundanc(?:y|ies)|lay-?offs?|laid off|(?:job|budget|funding) cuts|closures?|"
    r"deficits?|special measures|flood(?:ed|ing)?|"
    r"deaths?|died|passed away|bereavement|lawsuits?|fraud|scandals?|bankrupt(?:cy)?|"
    r"crisis|tragedy)\b"
    # ... unless it names the work on such things ("flood exclusions", "fraud detection")
    r"(?! (?:exclusions?|risks?|defen[cs]es|prevention|detection|cover|claims?|insurance|"
    r"modell?ing|management|response|planning|recovery|controls?|protection|awareness|red "
    r"flags?|indicators?|cases|checks|investigations?|patterns|team|training|intervention|"
    r"support|line|workers?|care))",  # "CPI crisis training" (round 56)
    re.I)
# An interview's exercise, whose misfortune is made up: "the mock call with the client whose
# basement flooded" (round 37).
EXERCISE = re.compile(r"\b(?:mock|role[- ]?plays?|scenarios?|case stud(?:y|ies)|exercises?|"
                      r"simulat\w*|practical)\b", re.I)
# An interview question the candidate answered ("a time I had to let someone go"), which
# a note cannot call interesting or a highlight (G2).
ANSWERED = re.compile(r"\b(?:a|the) (?:time|situation|occasion) (?:when |where )?(?:I|you)\b",
                      re.I)
# The candidate's own case or work ("a tricky consent I handled"), which the same frames
# would praise: self-praise (G2).
OWN_CASE = re.compile(r"\b(?:a|the) (?:\w+ ){1,3}I (?:handled|led|managed|ran|worked on|dealt "
                      r"with)\b|\b(?:seminar|talk|presentation|lecture|poster)\b.* (?:on|about) "
                      r"my\b", re.I)  # "the 30-minute seminar and Q&A on my postdoc work"
# TY8: a question they asked the candidate ("How would I explain a by-law to ..."), which a
# note would ask them back.
THEIRS = re.compile(
    r"^(?:(?:how|what) (?:would|will|do|did|should|could|might) I (?:explain|handle|deal|"
    r"approach|manage|respond|react|prioriti[sz]e|resolve|cope|motivate|describe|convince|"
    r"persuade|calm|de-escalate|sell|do if)\b|tell me about|describe a time|give (?:me )?an "
    r"example|talk me through|walk me through|why do you want|why should we|what are your "
    r"(?:strengths|weaknesses)|where do you see yourself)", re.I)


# G2: a weak spot of the candidate's own, which a thank-you does not bring back up.
WEAK_SPOT = re.compile(r"\b(?:gaps? (?:on|in) my (?:CV|resume|résumé|employment|work history)|"
                       r"my (?:lack of|limited) (?:experience|knowledge)|my weakness(?:es)?)\b",
                       re.I)
# TY4: "the team is only 3 officers": a note to self's reaction, said to the manager of it.
ONLY = re.compile(r"\bonly\s+(?:\d+|one|two|three|four|five|six|a (?:few|couple|handful))\b",
                  re.IGNORECASE)


def problem(kind: str, fitted: str) -> str | None:
    """Why a note cannot say `fitted` (the words its frames take), or None when it can."""
    if kind in ("discussed", "question") and (paperwork := PAPERWORK.search(fitted)):
        return (f"it is about pay or the paperwork of hiring ('{paperwork[0]}'), which a "
                "thank-you note does not raise: keep it for when terms are discussed, and write "
                f"{'a question' if kind == 'question' else 'what you talked about'} of the work")
    if kind == "discussed" and ANSWERED.search(fitted):
        return ("it is an interview question you answered, which a note cannot call "
                "interesting: write what you talked about (the topic, not the question)")
    if kind == "discussed" and OWN_CASE.search(fitted):
        return ("it is about your own work, which a note cannot call interesting or a "
                "highlight: write the topic it was about")
    if kind == "discussed" and (weak := WEAK_SPOT.search(fitted)) and not re.search(
            r"\b(?:how|why|explain\w*|ready|return\w*)\b", fitted, re.I):  # the answer to it
        return (f"it names a weak spot of yours ('{weak[0]}'), which a thank-you note does not "
                "bring back up: write what you said about it (what you did, why you are ready)")
    if kind in ("discussed", "learned") and (misfortune := MISFORTUNE.search(fitted)) and not (
            kind == "discussed" and EXERCISE.search(fitted)):  # a mock call's flood: the work
        return (f"it is about a misfortune ('{misfortune[0]}'), which a thank-you note cannot "
                "call a highlight or good news: write which part of the work you talked about")
    if kind == "learned" and (small := ONLY.search(fitted)):
        return (f"'{small[0]}' is your own reaction, which whoever runs it may read as a "
                "judgement: write what you learned as a fact")
    if kind == "question" and THEIRS.match(fitted):
        return ("it reads as a question they asked you, which a note would ask them back: "
                "write the question you want to ask them")
    if kind == "question" and (doubt := NOT_CHOSEN.search(fitted)):
        return (f"it asks what happens if you are not chosen ('{doubt[0]}'), which a thank-you "
                "note does not raise: ask a question about the work itself")
    return None


# TY8: a question about failing ("whether unsuccessful candidates can resit FEAST"), which
# a thank-you that bids for the role does not ask (round 35).
NOT_CHOSEN = re.compile(r"\b(?:unsuccessful|resits?|re-?apply|reapplication|rejected|if I "
                        r"(?:don'?t|do not|fail|am not))\b", re.I)


def unsaid_to_employer(fitted: str) -> str | None:
    """Why a note to the employer cannot say `fitted` though a debrief may (G2): pay and
    perks; None when it can."""
    if pay := PAY.search(fitted):
        return (f"it is about pay or perks ('{pay[0].strip()}'), which a thank-you note does "
                "not raise: keep them for when terms are discussed, and write what you "
                "learned of the work")
    return None
