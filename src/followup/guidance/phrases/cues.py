"""The tone model's cues (G2, CI5, FB3, CO2): what a bad sentence is made of, not what it
says word for word. A family is a kind of word that gives it away (a judgement of people,
a threat's channel, a gift, a plea) found in one sentence with what makes it hurt: who it
is aimed at, an intent, a condition. "The panel ... condescending", "I will ... review ...
Glassdoor", "left ... hamper ... for the team": in either order, within a sentence (`...`
is a gap of up to 60 characters that a full stop ends), so that the many ways of saying
it are one cue, and the words alone ("a condescending customer I calmed down", "I reviewed
the accounts") pass. The word lists are ours, written from what careers sites publish as
what not to send; the fixed phrasings of each family are in `attitude` and `demands`,
which the checker reads first (their messages are more precise).
"""

from __future__ import annotations

from followup.guidance.phrases.attitude import ATTITUDE
from followup.guidance.phrases.demands import DEMANDS
from followup.guidance.phrases.kinds import PhraseList


def _both_ways(first: str, second: str) -> tuple[str, str]:
    """`first` then `second` in one sentence, and the other way round."""
    return f"{first} ... {second}", f"{second} ... {first}"


# Who a judgement is aimed at: them, their people, their process.
THEM = ("(you|your|yourself|panel|panellist*|panelist*|interviewer*|recruiter*|HR|"
        "management|manager|director|company|organisation|organization|firm|process|"
        "procedure|he|she|they|his|her|their|everyone there|nobody|no one)")
# A judgement of people or a process that no one says to someone they want to work for.
JUDGEMENT = ("(rude|rudely|arrogant|condescending|patronising|patronizing|dismissive|"
             "unprofessional|incompetent|disorganised|disorganized|chaotic|shambolic|shambles|"
             "farce|circus|useless|pointless|hopeless|clueless|careless|sloppy|lazy|ignorant|"
             "disrespectful|disrespected|insulting|insulted|unacceptable|appalling|disgraceful|"
             "disgrace|pathetic|ridiculous|absurd|laughable|outrageous|toxic|biased|rigged|"
             "dishonest|misleading|misled|lied|idiot*|stupid|moron*|amateurish|"
             "shameful|ashamed|incompetence|rudeness|arrogance|fiasco|"
             "cowboy*|clowns|atrocious|abysmal|horrendous)")

CRITICISM = PhraseList(
    "G2", "error", "Criticises them",
    "Leave out what you think of them or their process: thank them, say you remain "
    "interested, and ask your question plainly.",
    _both_ways(THEM, JUDGEMENT),
    rules=ATTITUDE,
)

# Self-pity and assuming the worst: a verdict on oneself or on one's chances.
ASSUMED = ("(I|I have|my chances|my application)")
WORST = ("(probably|presumably|obviously|clearly|must have|no doubt|I suspect|I fear|I assume|"
         "I guess|I imagine|I take it|I gather|I am guessing|I am assuming|I am sure) ... "
         "(someone else|somebody else|another candidate|other candidates|unsuccessful|"
         "rejected|filled|blew|blown|messed up|lost out|weaker|weakest|bad news|the worst|"
         "written off|passed over|out of the running|not (good enough|what you|the right|"
         "successful|selected|chosen|shortlisted|in the running|a good fit|make it|made it|"
         "get it|got it)|did not (make it|get it|do well|go well)|no (chance|hope))")

SELF_PITY = PhraseList(
    "G2", "error", "Assumes the worst",
    "Silence is not bad news (G4): ask about the next step without guessing the answer.",
    (
        f"{ASSUMED} ... {WORST}",
        "(even if|even though|if) (it is|the answer is|the news is) (bad|not good|a no|"
        "negative|disappointing)",
        "I (am|have got|have become|have grown) (used to|accustomed to) (not|no|rejection|"
        "being|hearing nothing|silence)",
        "(story of my life|(there is|there seems to be) no point|why do I bother|same old story)",
    ),
    rules=ATTITUDE,
)

# A plea: the job as a need, the candidate's hardship as a reason.
PLEA = ("(desperate|desperately|begging|beg|plead*|lifeline|last hope|only hope|"
        "everything to me|the world to me|sleepless|lose sleep|losing sleep|lying awake|"
        "can not sleep|can not stop thinking|think about nothing else|thought about little "
        "else|(thinking|think|thought) about (it|this|the role|the job) (constantly|all the "
        "time|non-stop|every day)|obsess*|refresh* my inbox|checking my (phone|email|emails|"
        "inbox)|glued to|tenterhooks|(running out of|living off|eating into) (my)? savings|"
        "(pay|paying|cover|covering) (my|the) (rent|bills|mortgage)|can not afford|"
        "unemployed|out of work|any job|any role|anything at all|whatever it takes|"
        "(work|working|start|starting) (for free|unpaid|for nothing)|pay cut|heartbroken|"
        "devastated|crushed|do not know what I will do|can not take (another|any more|"
        "much more)|so many (rejections|knock-backs|knockbacks)|(hundreds|dozens) of "
        "(applications|rejections))")

NEED = PhraseList(
    "G2", "error", "Sounds desperate",
    "Say what you would bring to the role and that you are interested, once, calmly.",
    _both_ways("(I|me|my)", PLEA),
)

# A threat: somewhere the candidate could take it, and the intent to.
CHANNEL = ("(Glassdoor|Trustpilot|(bad|negative|honest|poor|one-star|1-star|scathing) "
           "review*|leave a review|formal complaint|(make|file|lodge|raise|submit|put in) a "
           "complaint|complain (to|about)|ombudsman|regulator|tribunal|legal action|legal "
           "advice|my (lawyer|solicitor|attorney)|take (this|it|you|the matter) to court|"
           "the press|journalist*|social media|post about|warn (other|others|fellow)|"
           "(speak|talk|write|go|complain) to your (manager|boss|director|CEO|head office|"
           "superiors|line manager)|take (this|it) up with|over your head|(report|escalate) "
           "(this|it|you|the matter|my concerns))")
INTENT = ("(I will|I shall|I may|I might|I would|I intend|I plan|I am going to|I have no "
          "choice|I will have to|I will be forced|I feel obliged|I reserve|unless|if you|"
          "if I do not|otherwise|consider|considering)")

THREAT_CUE = PhraseList(
    "G2", "error", "Reads as a threat",
    "Leave it out: a threat (a review, a complaint, going over their head) ends the "
    "conversation. Ask your question politely.",
    _both_ways(INTENT, CHANNEL),
)

# A gift: something to eat, drink or use, given to them.
PRESENT = ("(gift|gifts|voucher|hamper|chocolates|flowers|bouquet|bottle|wine|champagne|"
           "prosecco|whisky|whiskey|tickets|cake|brownies|cookies|biscuits|doughnuts|donuts|"
           "pastries|my treat|token of|as a thank you|in exchange|for your trouble)")
GIVEN = ("(send|sent|sending|left|leave|leaving|drop|dropped|dropping|bring|brought|buy|"
         "bought|courier*|post|posted|deliver*|on its way|for you|for the team|your way)")

GIFT_CUE = PhraseList(
    "G2", "error", "Offers a gift",
    "Send no gifts or incentives: they read as an attempt to buy a decision.",
    _both_ways(GIVEN, PRESENT),
)

# Guilt: what the candidate gave up, laid at their door.
SACRIFICE = ("(turned down|gave up|given up|cancelled|canceled|sacrificed|postponed|pulled out "
             "of|withdrew from|let ... lapse|took (a day|time|unpaid leave|annual leave|a "
             "morning|an afternoon|holiday)|lost (a day|pay|wages)|at my own expense)")
FOR_THEM = ("(for you|for this|for the interview|to attend|to be there|on your advice|while "
            "waiting|waiting for you|in the hope|because of you|for your process)")

GUILT_CUE = PhraseList(
    "G2", "error", "Tries to make them feel guilty",
    "Leave out what it cost you: they owe you nothing for it. Say you remain interested.",
    (
        f"I ... {SACRIFICE} ... {FOR_THEM}",
        "(after everything I|the least you could do|you owe me|I am owed|I think I deserve)",
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
    (*_both_ways(RIVALS, KEEN), PRICE),
    rules=DEMANDS,
)

# Bitterness: the decision or the process taken as a slight.
SLIGHT = ("(insult*|slap in the face|waste of (my|our) time|wasted my time|your loss|"
          "box-ticking|tick-box|stitch-up|done deal|jobs for the boys|who you know|my face "
          "(fits|did not fit)|I should have known|(wrong|poor|unfair|baffling|strange) "
          "decision|you will regret|baffl*|makes no sense|does not make sense|can not "
          "understand why|bitter|bitterly|stings|rankles|deserve better|deserved better|"
          "earned better|never stood a chance|already decided|predetermined|(internal|"
          "preferred) candidate|(I was|I have been|I feel|I felt) (overlooked|passed over|"
          "written off|dismissed|brushed off|fobbed off|strung along|messed around|"
          "led on))")

BITTERNESS = PhraseList(
    "G2", "error", "Takes it personally",
    "Thank them for the decision, stay positive, and ask what you could work on.",
    (SLIGHT,),
    rules=ATTITUDE,
)

# Blame: what went wrong laid at their door.
FAULT = ("((your|their|the panel's|HR's|the interviewer's|the recruiter's) fault|not my fault|"
         "(you|they|the panel|HR) (are|were|is|was) to blame|because of (you|your|the panel|the "
         "interviewer)|if (only)? (you|the panel|the interviewer|the instructions|the brief) "
         "had (told|given|sent|explained|said|been|warned|read|listened)|would have gone "
         "better|no one told me|nobody told me|wrong (directions|address|time|room|details|"
         "information|link|brief)|(did not|never) (tell|give|send|explain|warn) me|started "
         "late|arrived late|ran late|(kept|keeps) (crashing|freezing|lagging|dropping)|"
         "poorly (organised|organized|run|explained|communicated|planned)|badly (organised|"
         "organized|run|planned)|not given (enough|any)|"
         "moved the goalposts)")

BLAME_CUE = PhraseList(
    "G2", "error", "Blames them",
    "Leave out what went wrong on their side: say what you would like to add, or ask your "
    "question plainly.",
    (FAULT,),
    situations=("check-in", "feedback-request", "competing-offer", "recruiter-debrief",
                "withdraw", "thank-you"),
    rules=ATTITUDE,
)

# Passive aggression: a reproach dressed as courtesy.
REPROACH = ("((per|as per) my (last|previous|earlier)|as I (said|mentioned|wrote|stated) "
            "(before|previously|already|earlier|last time)|(not sure|unsure|wondering) "
            "(if|whether) you (received|got|saw|read)|in case (you|it) (missed|got|was|slipped|"
            "fell|went)|(buried|lost) in (your|the|a) (inbox|emails|pile)|(when|whenever|if) "
            "you (finally|eventually|ever) (get|find|have|manage)|get (round|around) to|"
            "(gentle|friendly|kind) reminder|(I am|I'm) (sure|certain) you (are|have been) "
            "(very|incredibly|extremely|terribly|so)? busy|I would have thought|"
            "I would have expected)")

PASSIVE = PhraseList(
    "G2", "error", "Sounds passive-aggressive",
    "Ask once, kindly, as if this were your first message: \"Could you let me know when I "
    "might expect to hear?\"",
    (REPROACH,),
    rules=ATTITUDE,
)

# Sarcasm: praise or sympathy that means its opposite.
IRONY = ("(I can only imagine|must be nice|how (lovely|nice|kind|thoughtful|generous|"
         "considerate) of (you|them)|what a (surprise|shock)|thanks for nothing|quite "
         "something|so-called|supposedly|heaven forbid|god forbid|with all due respect|no "
         "offence|not holding my breath|better late than never|I live in hope|lol|haha|"
         "(clearly|obviously|evidently) (you|nobody|no one|someone) (do|does|did|have|has|"
         "are|is|were|was|can|could))")

IRONY_CUE = PhraseList(
    "G2", "error", "Sounds sarcastic",
    "Say plainly what you want to know; sarcasm reads as contempt in writing.",
    (IRONY,),
    rules=ATTITUDE,
)

# Pressure: a reply demanded, by a time.
DEADLINE = ("(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|"
            "the end of|close of|COB|EOD|noon|#|this week|next week|the weekend)")
DEMAND = PhraseList(
    "G2", "error", "Puts pressure on them",
    "Ask, do not demand: \"Could you let me know when I might expect to hear?\" If you have a "
    "real deadline, state it as a fact and ask about their timeline.",
    (
        "(I need|I expect|I require|I must have|I would need|I will need|I want) (a|an|your) "
        f"(reply|answer|response|decision|update|confirmation|feedback|offer|call) ... (by|"
        f"before|within|no later than|on) {DEADLINE}",
        f"(I need|I would need|I will need|I expect) to (hear|know) (from you)? (by|before|"
        f"within|no later than) {DEADLINE}",
        "(expect|expecting) (a|your) (call|reply|answer|response|decision|offer) ... (by|on|"
        f"before) {DEADLINE}",
    ),
    rules=DEMANDS,
)

CUES: tuple[PhraseList, ...] = (CRITICISM, BLAME_CUE, BITTERNESS, PASSIVE, IRONY_CUE,
                                SELF_PITY, NEED, THREAT_CUE, GIFT_CUE, GUILT_CUE, LEVERAGE,
                                DEMAND)
