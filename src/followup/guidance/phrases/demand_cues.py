"""The tone model's cues for demands (G2, CO2): a plea, a threat, a gift, guilt, leverage and
pressure, each as the kind of word that gives it away with what makes it hurt, in one
sentence (see `cues`, which reads these after its own)."""

from __future__ import annotations

import msgspec.structs as structs

from followup.guidance.phrases.demands import DEMANDS, PRESSURE
from followup.guidance.phrases.desperation import DESPERATION, GIFT, GUILT, THREAT
from followup.guidance.phrases.kinds import PhraseList, either_order

# A cue of a family that has fixed phrasings takes that family's rule and message
# (structs.replace): only its phrases are its own.

# A plea: the job as a need, the candidate's hardship as a reason.
PLEA = ("(desperate|desperately|begging|beg|plead|pleading|pleaded|lifeline|last hope|only hope|"
        "everything to me|the world to me|sleepless|lose sleep|losing sleep|lying awake|"
        "can not sleep|can not stop thinking|think about nothing else|thought about little else|"
        "(thinking|think|thought) about (it|this|the role|the job) (constantly|all the time|"
        "non-stop|every day)|obsess|obsessed|obsessing|obsessive|(refresh|refreshing) my inbox|"
        "checking my (phone|email|emails|inbox)|glued to|tenterhooks|(running out of|living off|"
        "eating into) (my)? savings|(pay|paying|cover|covering) (my|the) (rent|bills|mortgage)|"
        "can not afford|unemployed|out of work|any job|any role|anything at all|whatever it takes|"
        "(work|working|start|starting) (for free|unpaid|for nothing)|pay cut|heartbroken|"
        "devastated|crushed|do not know what I will do|can not take (another|any more|much more)|"
        "so many (rejections|knock-backs|knockbacks)|(hundreds|dozens) of (applications|"
        "rejections)|really need this|need this (one)? to work out|sick of (hearing from me|"
        "the sight of|my emails)|fight for me|need the money|(can not|"
        "not sure I can) face (starting|another|the whole|going through)|pinned (everything|"
        "all my hopes|my hopes) on|(all|everything) (is)? riding on|(what|anything) I can do "
        "to change your mind|put my mind at rest|please, please|the (minute|second|moment) "
        "you (hear|know|get) (anything|something|word))")

NEED = structs.replace(
    DESPERATION,
    phrases=either_order("(I|me|my)", PLEA),
)

# A threat: somewhere the candidate could take it, and the intent to.
CHANNEL = ("(Glassdoor|Trustpilot|(bad|negative|honest|poor|one-star|1-star|scathing) (review|"
           "reviews)|leave a review|formal complaint|(make|file|lodge|raise|submit|"
           "put in) a complaint|complain (to|about)|ombudsman|regulator|to (a|an|the)? "
           "(employment)? tribunal|tribunal (claim|case|proceedings)|legal action|"
           "legal advice|my (lawyer|solicitor|attorney)|take (this|it|you|the matter) to court|"
           "the press|journalist|journalists|social media|post about|warn (other|others|fellow)|"
           "(speak|talk|write|go|complain) to your (manager|boss|director|CEO|head office|"
           "superiors|line manager)|take (this|it) up with|over your head|(report|escalate) (this|"
           "it|you|the matter|my concerns)|(subject|data) access request|data protection request|"
           "(have|having|had) a word with (your|their) (manager|boss|director)|(feel|"
           "be) obliged to (mention|report|raise|tell|share|flag)|(hate|not want|"
           "prefer not) to have to (mention|raise|report|share|tell|escalate|flag|take)|the (easy|"
           "hard) way|(leave|leaving|write|writing|post|posting) (a|an)? (review|reviews)|(take|"
           "taking) my (CV|business) (to another|elsewhere)|(register|registering|sign up|"
           "signing up) with another agency|(go|going|approach|contact) (to)? (them|the "
           "client|the company|the employer) directly|cut out the (middle man|middleman|agency))")
INTENT = ("(I will|I will be|I shall|I may|I might|I would|I intend|I plan|I am going to|I have no "
          "choice|I will have to|I will be forced|I feel obliged|I reserve|unless|if you|"
          "if I do not|otherwise|consider|considering)")

THREAT_CUE = structs.replace(
    THREAT,
    phrases=either_order(INTENT, CHANNEL),
)

# A gift: something to eat, drink or use, given to them.
PRESENT = ("(gift|gifts|voucher|hamper|chocolates|flowers|bouquet|bottle|wine|champagne|prosecco|"
           "whisky|whiskey|cake|brownies|cookies|biscuits|doughnuts|donuts|pastries|tarts|"
           "a box of|a tray of|a basket of|a case of|a crate of|my treat|token of|as a thank you|"
           "in exchange|for your trouble|with your name on it|tickets (to|for) (the|a))")
# Said of a gift, with no verb of giving: "they are yours if you would like them".
GIFT_ITSELF = ("(shout you (a|lunch|dinner|drinks|a drink|a coffee)|(they are|it is) yours if you|"
               "(that|which) (are|is) yours|spare tickets|in it for you|(dinner|drinks|lunch|"
               "coffee) on me|I owe you (a|one))")
GIVEN = ("(send|sent|sending|left|leave|leaving|drop|dropped|dropping|bring|brought|buy|bought|"
         "courier|couriered|post|posted|deliver|delivered|delivering|on its way|for you|"
         "for the team|your way)")

GIFT_CUE = structs.replace(
    GIFT,
    phrases=(*either_order(GIVEN, PRESENT), GIFT_ITSELF,
             "(with your name on it|sweeten (the|your|things)|help (the|your) decision along)"),
)

# Guilt: what the candidate gave up, laid at their door.
SACRIFICE = ("(turned down|gave up|given up|cancelled|canceled|sacrificed|postponed|pulled out "
             "of|withdrew from|let ... lapse|took (a day|time|unpaid leave|annual leave|a "
             "morning|an afternoon|holiday)|lost (a day|pay|wages)|at my own expense)")
FOR_THEM = ("(for you|for this|for the interview|to attend|to be there|on your advice|while "
            "waiting|waiting for you|in the hope|because of you|for your process|holding "
            "out|to prepare|so (that)? I could)")

GUILT_CUE = structs.replace(
    GUILT,
    phrases=(
        f"I ... {SACRIFICE} ... {FOR_THEM}",
        "(after everything I|the least you could do|you owe me|I am owed|I think I deserve)",
        "(hoping|hope|trust) (it|that|this) (was not|is not) a mistake",
        "(counts|count|counted) for something",
        "(turned|turn|did turn) down (other|another|two|three|#|a|paid|supply|some) ... (work|"
        "offers|offer|interviews|shifts|contracts|jobs)",
        "my (kids|children|family|partner|wife|husband) (barely|hardly|did not|never) (saw|see|"
        "seen) me",
        "let (two|three|several|my|#)? (other)? (processes|applications|offers|opportunities) "
        "(lapse|go)",
        "(given|gave|spent|invested) (the process|you|this|your process) (a lot of|plenty "
        "of|enough|so much) (time|patience)",
        "(holding|held|kept|keeping|stalling|stalled) (them|others|the other (company|firm|"
        "employer|offer)) (off|at bay|waiting)? ... (loyalty|for you|out of)",
        "(return|repay|reciprocate) the (courtesy|favour|favor|loyalty)",
        "(would hate|hate) to think (that|it|this) (was|had been) (a mistake|for nothing|"
        "wasted)",
    ),
)

# Leverage: other suitors, or a price to beat.
RIVALS = ("(other|another|several|multiple|two|three|a number of) (offers|companies|firms|"
          "employers|organisations|organizations|places|businesses)")
KEEN = ("(interested in me|keen on me|keen to have me|want me|chasing me|circling|lined up|"
        "on the table|competing for me|snap me up|in demand)")
PRICE = ("(match|beat|outbid|improve on|better|counter) (their|the other|that|my other|the) "
         "(offer|package|salary|number|figure)")

LEVERAGE = PhraseList(
    "G2", "error", "Uses the other offer as leverage",
    "Tell them about the other offer and its deadline, say you would prefer this role, and "
    "ask about their timeline; never ask them to outbid it.",
    (*either_order(RIVALS, KEEN), PRICE,
     "(can|could|would|will|wants to|want to|able to|willing to|prepared to) (match|beat|"
     "better|top|outbid) (it|that|this|their|them)",
     "(put on the table|(best|final) (offer|number|figure)|now or never|not (to)? wait too "
     "long|factor (that|this|it) in|(direct|main|biggest|closest) competitor|(client|customer) "
     "(list|book|base) (across|with me|over))",
     "(above|more than|higher than|better than) (the|your) (range|offer|salary|figure|budget)",
     "(want|wish|like|need) to (match|beat|better|top) (it|that|this|their)?",
     "(whoever|whichever) (offers|puts|makes|pays|moves) ... (gets me|wins|first)",
     "better deal",
     "(can not|could not)? (hold|keep) (them|the other (company|firm|employer)) off",
     "at least match",
     "(it is|it's) (you|them) or (them|you)",
     "your (number|offer|figure) (started|starts|began|begins) with",
     "(come close to|get close to|get near) (their|the other|that) (offer|package|salary|bonus|"
     "sign-on|number)",
     "let me know what you (can|could|are able to|are willing to) do",
     "(likely|expected|about|going|set|poised) to (make|send|put) (me)? (an|a|their) offer ... "
     "(any day|any moment|this week|soon|shortly)",
     "(lose|losing|lost) me to (a|another|your|one of your) (competitor|rival|competitors|rivals)",
     "(contacts|clients|customers|accounts|network) (I would|I will|I could|I can) (be)? "
     "(bring|bringing) (with me)?",
     "(plus|with|and) a # ?% (bonus|sign-on|signing bonus|raise|uplift)",
     "(considerably|significantly|much|far|substantially) (better|bigger|higher|stronger) "
     "(package|offer|salary|deal|terms)"),
    rules=DEMANDS,
)


# Pressure: a reply demanded, by a time.
DEADLINE = ("(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|"
            "the end of|close of|COB|EOD|noon|#|this week|next week|the weekend)")
DEMAND = structs.replace(
    PRESSURE,
    phrases=(
        "(I need|I expect|I require|I must have|I would need|I will need|I want) (a|an|your) "
        f"(reply|answer|response|decision|update|confirmation|feedback|offer|call) ... (by|"
        f"before|within|no later than|on) {DEADLINE}",
        f"(I need|I would need|I will need|I expect) to (hear|know) (from you)? (by|before|"
        f"within|no later than) {DEADLINE}",
        "(expect|expecting) (a|your) (call|reply|answer|response|decision|offer) ... (by|on|"
        f"before) {DEADLINE}",
        "(I expect|I would expect|I will expect) (to receive|to hear|to get|to have|a reply|"
        "an answer|a response|it|feedback) ... (within|by|before|no later than)",
        "(I would ask|I must ask|I ask) (that)? you (send|reply|respond|confirm|provide|let me "
        "know|get back) ... (by|before|within|no later than|today)",
        "by return",
        "(need|want) a yes or (a)? no",
        "(giving|give) you (until|till)",
        "(I will|I shall) (assume|take it) (that)? (it is|it's) a no",
        "(I need|I will need|I would need) (a|an|your) (answer|decision|reply|response) (from "
        "you)? (this week|today|tomorrow|tonight)",
        "(confirm|reply|respond|let me know|get back to me|come back to me|back to me) (by|"
        "before) (close of play|close of business|end of (the)? day|COB|EOD|lunchtime|noon|"
        "tomorrow|tonight|today)",
        "(no|without (a|an)) (offer|answer|decision|news|word) (by|before) ... (pulling out|"
        "pull out|withdraw|walk away|look elsewhere)",
        "(please|kindly) (call|ring|phone|email|reply|respond|confirm|get back to me) (me)? "
        "(today|tonight|immediately|straight away|right away|asap|first thing)",
        "get back to me (with (a|your) (decision|answer|offer))? ... at the (very)? latest",
        "(I would|I want|I need) (also)? (like)? (the|my) (salary|offer|pay|package|contract) "
        "... "
        "(confirmed|in writing)",
        "(send|share|forward) (me)? (through|over)? (the|your) (panel's)? (scoring|score|"
        "scores|marking|interview notes|notes from the panel)",
        "if I (do not|can not) (receive|get|hear|have) (an|a|your) (offer|answer|decision|"
        "reply) (by|before)",
        "(I will need|I need|I want|I would like) (it|this|that|them) (in writing)? (by|"
        f"before|within|no later than) {DEADLINE}",
        "unless I (hear|get|receive|have) ... (by|before|within)",
        "need your (decision|answer|reply|response|feedback)",
        "(written)? confirmation (today|tonight|immediately|straight away|right away)",
        f"(I need|I must|I have to) (to)? know where I stand (by|before|within) {DEADLINE}",
        "(ring|call|phone|email|chase) (your office|you|the office|them) (each|every) (morning|"
        "afternoon|day|evening|hour)",
        "(calling|ringing|phoning|emailing|chasing) (you|your office)? (each|every) (morning|"
        "afternoon|day|evening|hour) until",
        "(can not|could not|will not) keep (them|the other (company|firm|employer)) waiting",
        f"(send|get|forward) (this|it|them|that) (through|over|across)? (to me)? (by|before) "
        f"{DEADLINE}",
        "(need|want|ask) you to (fast-track|expedite|rush|speed up|hurry)",
        "surely (that is|this is|it is|that would be|it would be) (doable|possible|not too "
        "much|achievable)",
        "(a ring|a call|a bell) (first thing)? (each|every) (morning|afternoon|day|evening)",
        "(I will|I shall) take (that|it|silence|no (reply|answer|offer)) as a no",
        "(that is|this is|it is) my final (position|word|answer|offer)",
        "(I will need|I need|I expect|I want) (detailed|full|written|a full) ... feedback ... "
        f"(by|before|within) {DEADLINE}",
    ),
)
