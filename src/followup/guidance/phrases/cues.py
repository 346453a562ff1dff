"""The tone model's cues (G2, CI5, FB3, CO2): what a bad sentence is made of, not what it
says word for word. A family is a kind of word that gives it away (a judgement of people,
a threat's channel, a gift, a plea) found in one sentence with what makes it hurt: who it
is aimed at, an intent, a condition. "The panel ... condescending", "I will ... review ...
Glassdoor", "left ... hamper ... for the team": in either order, within a sentence (`...`
is a gap of up to 60 characters that a full stop ends), so that the many ways of saying
it are one cue, and the words alone ("a condescending customer I calmed down", "I reviewed
the accounts") pass. The word lists are ours, written from what careers sites publish as
what not to send. The cues of attitude are here, those of demands in `demand_cues`; the
fixed phrasings of each family (`attitude`, `bitterness`, `hostility`, `demands`,
`desperation`) are read first, for their more precise messages.
"""

from __future__ import annotations

import msgspec.structs as structs

from followup.guidance.phrases.attitude import ATTITUDE
from followup.guidance.phrases.bitterness import ASSUMING_THE_WORST
from followup.guidance.phrases.demand_cues import (
    DEMAND,
    GIFT_CUE,
    GUILT_CUE,
    LEVERAGE,
    NEED,
    THREAT_CUE,
)
from followup.guidance.phrases.hostility import PASSIVE_AGGRESSION, SARCASM
from followup.guidance.phrases.kinds import PhraseList, either_order

# Who a judgement is aimed at: them, their people, their process.
THEM = ("(you|your|yourself|panel|panellist|panellists|panelist|panelists|interviewer|"
        "interviewers|recruiter|recruiters|HR|management|manager|director|company|organisation|"
        "organization|firm|process|procedure|he|she|they|his|her|their|everyone there|nobody|"
        "no one|tone|manner|attitude|behaviour|behavior|remarks|test|task|exercise|assessment|"
        "format|people|group|bunch|staff)")
# A judgement of people or a process that no one says to someone they want to work for.
JUDGEMENT = ("(rude|rudely|arrogant|condescending|patronising|patronizing|dismissive|"
             "unprofessional|incompetent|disorganised|disorganized|chaotic|shambolic|shambles|"
             "farce|circus|useless|pointless|hopeless|clueless|careless|sloppy|lazy|ignorant|"
             "disrespectful|disrespected|insulting|insulted|unacceptable|appalling|disgraceful|"
             "disgrace|pathetic|ridiculous|absurd|laughable|outrageous|toxic|biased|rigged|"
             "dishonest|misleading|misled|lied|idiot|idiots|idiotic|stupid|moron|morons|moronic|amateurish|"
             "shameful|ashamed|incompetence|rudeness|arrogance|fiasco|"
             "cowboy|cowboys|clowns|atrocious|abysmal|horrendous|exploitative|exploitation|unethical|"
             "bad at|poor at|hopeless at|terrible at|rudest|most (arrogant|unprofessional|"
             "disorganised|disorganized|condescending)|expect better|deserve better)")
# What they did, that no one says to them: skimmed the CV, on the phone, no clue.
SLIGHTS = ("((skimmed|barely read|did not read|had not read|never read|never looked at) my "
           "(resume|CV|application|portfolio)|(on|checking|looking at|glued to) (his|her|"
           "their) phone|(did not|does not|do not) (seem to)? have (a|any) clue|(no|not a) "
           "clue (what|how|about)|for the next candidate|for future candidates|(did not|does not|"
           "do not) seem to (know|understand|care|have read))")

CRITICISM = PhraseList(
    "G2", "error", "Criticises them",
    "Leave out what you think of them or their process: thank them, say you remain "
    "interested, and ask your question plainly.",
    (*either_order(THEM, JUDGEMENT), SLIGHTS),
    rules=ATTITUDE,
)

# Frustration in its idioms: the wait as an ordeal.
ORDEAL = ("((is|are|was) wearing (a bit|pretty|very|rather)? thin|(test|tested|testing|"
          "tried) my patience|yet another (pointless|wasted|wasteful)|doing my head in|"
          "driving me (mad|crazy|up the wall|round the bend)|end of my tether|wits' end|wits end|"
          "(losing|running out of|lost) (my)? patience|(sick|tired|fed up) (of|with) (waiting|"
          "chasing|wasting|these|your)|maddening|infuriating|exasperating|hard (not to be|to stay|"
          "to remain) (annoyed|frustrated|patient)|dragging on|dragged on|drag on|had enough of)")

FRUSTRATION_CUE = PhraseList(
    "G2", "error", "Sounds frustrated",
    "Leave out the frustration: say you remain interested and ask, simply, when you might "
    "hear about the next step.",
    (ORDEAL,),
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
         "get it|got it)|did not (make it|get it|do well|go well)|no (chance|hope)|(had|have) "
         "(an internal|an inside|their own|someone|somebody) ... (lined up|in mind|picked "
         "out|already)|(assume|take it|gather|guess) from the (quiet|silence|lack of)|not "
         "your (preferred|first|top) (candidate|choice))")

SELF_PITY = structs.replace(
    ASSUMING_THE_WORST,
    phrases=(
        f"{ASSUMED} ... {WORST}",
        "(even if|even though|if) (it is|the answer is|the news is) (bad|not good|a no|"
        "negative|disappointing)",
        "I (am|have got|have become|have grown) (used to|accustomed to) (not|no|rejection|"
        "being|hearing nothing|silence)",
        "(story of my life|(there is|there seems to be) no point|why do I bother|same old story)",
        "(rather|prefer to) (hear|have|know|get) (a no|the bad news|a rejection|the worst)",
        "confirm (what I (suspect|fear|think)|my (suspicions|fears))",
        "(probably|likely|clearly) not (near|at|anywhere near) the top",
        "(bottom|low|far down) (of|on) your list",
        "I (am|was) (just|simply|clearly|obviously)? not (good enough|cut out|up to it)",
        "made a (mess|hash|pig's ear) of",
        "(story of my (life|job search|year|career)|how it (goes|has gone|always goes) for "
        "me|just my luck|when the (rejection|no|bad news) comes)",
        "(something|what is) (fundamentally|seriously|deeply)? wrong with me",
        "not stand (much of a|a|any) chance",
        "(give|gave|go to|went to|going to) (it|the job|the role|the post) to (someone|an internal|"
        "an inside|a friend|their) ... anyway",
        "that is me out of the running",
        "(clearly|obviously|evidently) not (been)? (chosen|selected|successful|wanted|"
        "shortlisted|what you)",
        "(others|the others|other candidates|the other candidates|everyone else) (were|was) "
        "(far|much|so|clearly)? (better|stronger|more experienced|more prepared)",
    ),
)

# Their choice assumed before they have told you (after a rejection it is the news itself).
ASSUMED_CHOICE = structs.replace(
    ASSUMING_THE_WORST,
    phrases=("(you have|you have already) (gone with|chosen|picked|found|hired|offered it to|"
             "moved on with) (someone|somebody|another|a different)",),
    situations=("check-in", "thank-you", "competing-offer", "recruiter-debrief", "withdraw"),
)

# Bitterness: the decision or the process taken as a slight.
SLIGHT = ("((took|take|taking) (it|that|this|the _|the _ _) (rather|quite|very|a bit)? personally|"
          "(has|have|had) it in for me|out to get me|none of (that|this|it) (seemed to|seems to|"
          "appeared to)? matter|insult|insults|insulted|insulting|slap in the face|waste of (my|"
          "our) time|wasted my time|your loss|box-ticking|tick-box|stitch-up|done deal|"
          "jobs for the boys|who you know|my face (fits|did not fit)|I should have known|(wrong|"
          "poor|unfair|baffling|strange) decision|you will regret|baffled|baffling|makes no sense|"
          "does not make sense|can not understand why|bitter|bitterly|stings|rankles|"
          "deserve better|deserved better|earned better|never stood a chance|already decided|"
          "predetermined|(internal|preferred) candidate|(I was|I have been|I feel|"
          "I felt) (overlooked|passed over|written off|dismissed|brushed off|fobbed off|"
          "strung along|messed around|led on)|(take|took|taking|read) (it|this|that|"
          "the _) as a sign|wonder why I was (brought in|invited|interviewed|asked|shortlisted)|"
          "(writing|wrote|write) me off|(no longer|do not|did not|does not) (feel)? (my face fits|"
          "fit in)|(wrong|bad|poor) (call|choice)|(nobody|no one) else (on the shortlist|could|"
          "would)|(nice|good) to be (wanted|appreciated|valued) (somewhere|by someone|for once|"
          "elsewhere)|what more (I could|could I) have (shown|done|given|said)|(never|"
          "did not) (really)? (feel|felt) (wanted|welcome|valued|appreciated)|(a|as a) (dig|jibe|"
          "swipe|slight) at (me|my)|give (them|you|him|her) the satisfaction|(just|"
          "simply) (do not|does not) like (people|candidates|anyone) (from|like|with)|"
          "(hard|difficult|impossible) to (understand|see|accept|believe) how ... (preferred|"
          "chosen|picked|selected|ahead of me|over me)|what (they|he|she|the other candidate|"
          "the successful candidate) had that I (did not|lacked)|(less|fewer years of) "
          "experience ... (preferred|chosen|got the|was picked|was selected|over me)|values "
          "(candidates|applicants|people) (and their)? time|(might|may|could|should) (want to)? "
          "consider (telling|letting|informing|updating|treating) (people|candidates|"
          "applicants)|counted for (more|less) than (it|they|that) (evidently|apparently|"
          "clearly|actually)? did|(struggling|struggle|at a loss|fail) to (see|understand) "
          "how (my|I|the)|something about me (is not|does not) (working|work|right))")

BITTERNESS = PhraseList(
    "G2", "error", "Takes it personally",
    "Thank them for the decision, stay positive, and ask what you could work on.",
    (SLIGHT,),
    rules=ATTITUDE,
)

# Blame: what went wrong laid at their door.
FAULT = ("((your|their|the panel's|HR's|the interviewer's|the recruiter's) fault|not my fault|"
         "(you|they|the panel|HR) (are|were|is|was) to blame|because of (you|your|the panel|the "
         "interviewer)|if (only)? (you|your side|your team|the panel|the interviewer|the "
         "instructions|the brief) "
         "had (told|given|sent|explained|said|been|warned|read|listened|kept|stuck|followed|"
         "replied|responded|answered|communicated|bothered|moved|let)|would have gone "
         "better|no one told me|nobody told me|wrong (directions|address|time|room|details|"
         "information|link|brief)|(did not|never) (tell|give|send|explain|warn) me|started "
         "late|arrived late|ran late|(kept|keeps) (crashing|freezing|lagging|dropping)|"
         "poorly (organised|organized|run|explained|communicated|planned)|badly (organised|"
         "organized|run|planned)|not given (enough|any)|made it impossible|(that is|it is) on "
         "(you|your side|your end|them)|more interested in (his|her|their) (phone|laptop|"
         "screen|emails)|(brief|instructions|task|question|questions|requirements) (was|were|is|"
         "are) (unclear|confusing|vague|contradictory|misleading)|(panel|interviewer|"
         "interviewers|they|he|she|you|half the panel) (joined|arrived|started|turned up|"
         "logged on|showed up) late|(that|that one|this|this one|it) (is|was) on (you|your "
         "side|your end|them)|on you guys|(that|that one|this|it) (is|was) (really|all|entirely|"
         "squarely) on you|one's on you|(check|proofread|read) (these things|things|it|them) "
         "before (sending|you send)|(not sure|doubt|did not|never) ... (gave|give|given|got) "
         "(me)? a fair (go|chance|hearing|shot)|(that is|that was|it is|it was) down to (the|"
         "your|you)|had (you|your team|the panel|they|HR) not (rescheduled|cancelled|moved|"
         "changed|delayed)|(dropping|dropped|cut|cutting|froze|freezing|crashed|crashing) (out)? "
         "... on your (end|side)|"
         "moved the goalposts|(you|they|HR|the recruiter|someone) (could|should|might) have "
         "(warned|told|mentioned|said|let me know|prepared) ... (me|there would|it would|about)|"
         "because of the (briefing|brief|information|instructions|preparation|advice) (you|"
         "they|HR) (gave|sent|provided)|(was not|were not|not) given a fair (chance|go|hearing|"
         "shot)|(half|under|badly|poorly)-?prepared because (of|you)|dropped the ball|"
         "(would have been|it would be) (nice|good|helpful) to (be|have been) (properly|"
         "actually|better)? (briefed|told|informed|warned|prepared))")

BLAME_CUE = PhraseList(
    "G2", "error", "Blames them",
    "Leave out what went wrong on their side: say what you would like to add, or ask your "
    "question plainly.",
    (FAULT,),
    rules=ATTITUDE,
)

# Passive aggression: a reproach dressed as courtesy.
REPROACH = ("((per|as per) my (last|previous|earlier|email|message|note|letter)|more of a "
            "guideline|as I (said|mentioned|wrote|stated) "
            "(before|previously|already|earlier|last time)|(not sure|unsure) (if|whether) you "
            "(received|got|saw|read)|in case you (missed|overlooked|forgot)|(get|got|gets|"
            "getting) (round|around) to telling|(patiently|patient) as ever|ever patient|"
            "(expected|supposed) to (simply|just) wait|third time lucky|(more|far more|much "
            "more) (pressing|important|urgent) (things|matters|priorities)|(some|certain) (inboxes|"
            "people|companies|teams) (are|seem) (busier|slower|better) than others|(can not|"
            "could not) be "
            "expected to (reply|respond|answer)|actually (values|value|respects|respect|cares "
            "about|replies|bothers)|less valuable "
            "(than|to)|buried in your (inbox|emails|pile)|(when|whenever|if|once) "
            "you (finally|eventually|ever)|get (round|around) to|(vanished|disappeared|gone) "
            "into (thin air|a black hole|the void|the ether)|black hole|(are not|is not|are "
            "never|is never) (always)? (read|answered|opened)|"
            "(I am|I'm) (sure|certain) you (are|have been) "
            "(very|incredibly|extremely|terribly|so)? busy|I would have thought|"
            "I would have expected|(whenever|when|if|once|should) (someone|anyone|somebody|"
            "anybody|one of you) (is able to|are able to|can|could|finds|find|has|have) "
            "(spare|find|the time|a moment|a minute|a spare)|as I (mentioned|said|wrote|"
            "explained) in my (previous|last|earlier|other) (two|three|#|few|several)? "
            "(emails|messages|notes|email|message)|(this time|for once), unlike|no doubt "
            "(you are|you have been|you were) (busy|swamped|snowed under|tied up) with|(not|"
            "may not be|might not be) (high|very high|top|a priority) on (your|the|their|"
            "the council's|the firm's|the company's) (list|agenda|radar)|keeping candidates "
            "informed|(nice|good|helpful|polite) to (hear|be told|know) (it|that|this)? "
            "(directly|from you|first-hand))")

PASSIVE = structs.replace(
    PASSIVE_AGGRESSION,
    phrases=(REPROACH,),
)

# Sarcasm: praise or sympathy that means its opposite.
IRONY = ("(I can only imagine|must be nice|how (lovely|nice|kind|thoughtful|generous|"
         "considerate) of (you|them)|what a (surprise|shock)|thanks for nothing|quite "
         "something|so-called|supposedly|heaven forbid|god forbid|with all due respect|no "
         "offence|not holding my breath|better late than never|I live in hope|lol|haha|"
         "(clearly|obviously|evidently) (you|nobody|no one|someone) (do|does|did|have|has|"
         "are|is|were|was|can|could)|means something (different|else) (in|at|to)|(plenty "
         "of|lots of|ample) time to (memorise|memorize|admire|read|study|count|learn)|I "
         "would hate to see|not exactly (quick|fast|speedy|known for|a sprint|swift|prompt)|"
         "(does not|do not|did not) exactly|would have involved a|must have (a|been) (busy|"
         "lovely|nice)|I am sure (you|they) (had|have) (your|their|a) (reasons|reason)|ticks "
         "(all|every one of|each of) (your|the|their) (boxes|_ boxes)|runs on (a different|its "
         "own) (system|clock|timetable|calendar|time)|I am sure (it|the "
         "decision|that) was (very|perfectly|quite)? (straightforward|easy|simple)|until the "
         "next (Olympics|ice age|century|World Cup|millennium|decade)|(by|before) (the next "
         "ice age|I retire|the next (general)? election|a blue moon)|must be (some kind of|a) "
         "(genius|superhero|saint|miracle worker)|(what|how much) (he|she|they|you) actually "
         "(managed|bothered)|(by|via) (second-class post|carrier (pigeon|owl)|snail mail|pony "
         "express|smoke signal)|I will (treasure|cherish|frame)|(it is|it was) only my "
         "(career|life|livelihood|future|rent)|take all the time (you need|you like|in the "
         "world), of course|apparently (ticks|had|has|was|is) (every|all|the|more|better|"
         "perfect|ideal)|(magic|secret|missing) (ingredient|sauce|formula)|I am sure (they are|"
         "you will find (them|one|someone)|there is someone) (out there|somewhere)|for the "
         "price of one|(admiring|admire|studying|memorising|memorizing) (your|the) (lobby|"
         "reception|waiting room|carpet|ceiling|foyer)|(slowest|longest|slower) (carrier|"
         "process|post|courier|route|decision)|(perfect|ideal|flawless) (hire|candidate|"
         "person|choice) (for you|then)?, (then|I am sure|no doubt|clearly)|(filed|lost|"
         "buried) (with|among|under) the (planning applications|other|rest|recycling|junk)|"
         "(relieved|glad|happy) to have one (less|fewer) (file|email|candidate|thing)|I am sure "
         "(they|he|she) will bring (exactly)? the (fresh|new|youthful))")

IRONY_CUE = structs.replace(
    SARCASM,
    phrases=(IRONY,),
)

CUES: tuple[PhraseList, ...] = (
    CRITICISM, FRUSTRATION_CUE, BLAME_CUE, BITTERNESS, PASSIVE, IRONY_CUE, SELF_PITY,
    ASSUMED_CHOICE, NEED,
    THREAT_CUE, GIFT_CUE, GUILT_CUE, LEVERAGE, DEMAND)
