"""The tone model's cues of excess (G2, CO2): saying too much of oneself (an illness, a
divorce), of them (praise too large to be meant), or of what one is owed (the job presumed,
the terms dictated). Like `cues`, a kind of word with what makes it hurt, in one sentence;
`cues` reads these after its own."""

from __future__ import annotations

from followup.guidance.phrases.demands import DEMANDS
from followup.guidance.phrases.kinds import PhraseList

# What no letter to an employer needs: the candidate's health, marriage, treatment, debts,
# or a family member's illness. Possessed ("my anxiety"), not a field worked in ("I have
# supported patients with anxiety").
PRIVATE = ("my (divorce|separation|diagnosis|medication|meds|antidepressants|anxiety|depression|"
           "mental health|counsellor|counselor|therapist|therapy|GP|cancer|chemo|chemotherapy|"
           "miscarriage|IVF|breakdown|panic attacks|illness|debts|overdraft|bank balance)")
TOLD = ("(I|I have|I had) (was|have been|had been|am|got|just been|recently been)? (diagnosed|"
        "divorced|hospitalised|hospitalized|signed off|on medication|in therapy|in counselling|"
        "in counseling|in rehab)")
FAMILY_ILL = ("my (husband|wife|partner|mother|father|mum|mom|dad|son|daughter|child|brother|"
              "sister) (was|has been|had been|is|got)? (just|recently)? (diagnosed|in hospital|"
              "hospitalised|hospitalized|rushed to hospital)")
DISTRESS = ("((has been|have been|was|am|is|been) (in bits|falling apart|a wreck|a mess)|"
            "(barely|hardly|just about) (keeping|holding) (it|myself|things) together|(going "
            "through|in the middle of|dealing with) (a|an|my)? (difficult|painful|messy|"
            "horrible|awful|bitter)? (separation|divorce|break-up|breakup|bereavement)|(have "
            "not|has not|not) been sleeping|can not (sleep|stop crying))")

OVERSHARING = PhraseList(
    "G2", "error", "Shares more than a letter to an employer needs",
    "Leave out the personal detail: \"for personal reasons\" or \"a family matter\" says "
    "enough, and keeps the letter about the role.",
    (PRIVATE, TOLD, FAMILY_ILL, DISTRESS),
)

# Praise too large to be meant: a superlative of them, or awe.
ADMIRED = ("(inspiring|impressive|brilliant|amazing|incredible|talented|gifted|remarkable|"
           "visionary|extraordinary|outstanding|wonderful|exceptional|genuine)")
FLATTERY = PhraseList(
    "G2", "error", "Flatters them",
    "Thank them for something specific they told you; praise that large reads as "
    "insincere.",
    (f"(the most|by far the most|easily the most|quite simply the most) {ADMIRED} _? (leader|"
     "person|manager|interviewer|professional|individual|people|team|boss|panel|mind|mentor) "
     "... (I have|I will|I had|I am|ever) (ever)? (met|worked|come across|encountered|known|"
     "seen|meet)",
     "(a privilege|an honour|an honor|a dream) (just|simply|merely)? to (sit in|be in the same "
     "room|share a room|be interviewed by|be considered by|be in your presence)",
     "(in awe of|worship|idolise|idolize|look up to you as a) (you|your)?",
     "(you are|you are simply|you are truly) (a legend|a genius|an icon|a hero|my hero|my role "
     "model)",
     "(learned|learnt) more (in|from) (that|our|the|one) (hour|conversation|interview|meeting) "
     "than (in|from) (years|a decade|my whole|my entire)"),
)

# What the candidate takes as owed: the job, the terms, their time.
OWED = ("((largely|merely|just|simply|mostly|surely|really only) a formality|the least (I am|"
        "I was) owed|(I am|I was|I felt|I feel) (clearly|obviously|somewhat|rather|probably)? "
        "overqualified|I (think I)? deserve (the|this|an|a) (job|role|offer|post|position)|"
        "(open|start|come in|begin) at the (very)? top of the (band|range|scale)|(I would|I will|"
        "I shall|I do|I) (also)? expect (the|your|an|my) (offer|package|salary|pay|contract|"
        "terms) to|(I would|I will|I shall) expect (you|them) to (match|meet|open|start|offer|"
        "pay|cover|reflect)|(assume|assuming|take it|taking it) (that)? the (job|role|offer|"
        "position) is (mine|in the bag|a given)|(when|once) I (start|join|take up the role), "
        "I will (need|expect|want)|(ready|set|all set|raring) to go (when|once) I (start|join)|"
        "(what|which|any) (paperwork|forms|documents|details) you (need|will need|would need) "
        "from me|(will not|would not|not) (move|go) (forward|ahead) for less than|(I have|I "
        "have now) done my (part|bit)|(the rest|it) is (on you|up to you) to (close|get|"
        "sort|deliver)|(expect|deserve) the courtesy of)")

ENTITLEMENT = PhraseList(
    "G2", "error", "Presumes on them",
    "Leave out what you expect of them: say why the role suits you, and let them make the "
    "offer before you discuss its terms.",
    (OWED,),
    rules=DEMANDS,
)

EXCESS: tuple[PhraseList, ...] = (OVERSHARING, FLATTERY, ENTITLEMENT)
