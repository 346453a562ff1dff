"""The tone lists (CI5, G2, FB3, CO2): words that must not be in a draft, each list with
its rule, severity, what the words sound like and what to write instead."""

from __future__ import annotations

from followup.guidance.phrases.kinds import PhraseList

ULTIMATUM = PhraseList(
    "CO2", "error", "Reads as an ultimatum",
    "Tell them about the other offer and its deadline, say you would prefer this role, and "
    "ask about their timeline; never make it a condition.",
    (
        "unless you (can|could|are able to)? (give|make|send|offer|confirm|tell|let me know|"
        "get back|reply|respond|match|beat|improve|increase|decide|come back|move)",
        "otherwise (I will|I shall|I am going to|I have to|I must|I would have to|"
        "I will have to|I may have to|I will need to) (accept|take|go with|sign|say yes|"
        "withdraw)",
        "or (else)? (I will|I shall|I am going to|I will have to) (accept|take|go with|sign|"
        "withdraw)",
        "if (I do not|I can not|I have not) (hear|get|receive|heard) ... (I will|I shall|"
        "I am going to|I will have to|I have no choice but to|I must) (accept|take|go with|"
        "sign|withdraw|assume)",
        "if you (do not|can not|are unable to|are not able to|will not) ... (I will|I shall|"
        "I am going to|I will have to|I have no choice but to|I must) (accept|take|go with|"
        "sign|withdraw)",
        "(I have|I will have|I would have) no (choice|option) but to (accept|take|go with|sign)",
        "(can|could|will|would) you (match|beat|better|top|improve on) (their|the|this|that|"
        "it|my other)",
        "(match|beat|better|top) (their|the other|this|that|my other) (offer|salary|package)",
        "(I need|I require|I must have|I expect|I will need|I would need|I must receive|"
        "I have to have) (an|a|your) (answer|decision|reply|response|offer) (from you)? (by|"
        "before|within|no later than|today|tomorrow)",
        "(you will|you) (need|have) to (decide|let me know|give me an answer|make me an offer|"
        "make an offer|get back to me|respond|reply) (by|before|within|today|tomorrow)",
        "make (me)? an offer (by|before|within)",
        "(this is|it is) (your|the) (final|last) (chance|opportunity)",
        "take it or leave it",
    ),
    situations=("competing-offer",),
)

PERSONAL = PhraseList(
    "FB3", "error", "Takes the rejection personally",
    "Thank them for the decision, stay positive, and ask what you could work on.",
    (
        "(I do not|I can not|I fail to|I really do not|I still do not) (understand|see) why "
        "(I|you|my)",
        "(unfair|unjust|discriminat*)",
        "(it is|this is|that is|it was|that was|this was) (not|hardly) (fair|right)",
        "(your|their|the company's|the firm's) loss",
        "(you|you have|they|they have|your team|the panel) (made|are making|have made) (a|the)? "
        "(big|huge|serious|terrible|real)? mistake",
        "(I am|I was|I feel|I felt) (so|really|very|completely|absolutely|quite|a bit|"
        "a little)? (devastated|heartbroken|crushed|gutted|hurt|insulted|offended|humiliated)",
        "(reconsider|overturn|appeal|challenge) (the|your|this|my)? (decision|outcome|result|"
        "rejection)",
        "I (deserved|deserve|should have got|should have gotten|should have been given) (the|"
        "this|that)? (job|role|position|offer|place|it|better)",
        "(I was|I am|I have been) (clearly|obviously)? (the best|more qualified|better "
        "qualified|the strongest|the most qualified) (candidate|person|applicant|fit)?",
        "why (was I not|did I not|did you not|was my application|did you reject|have you "
        "rejected)",
    ),
    situations=("feedback-request",),
)

FRUSTRATION = PhraseList(
    "CI5", "error", "Sounds frustrated or blaming",
    "Leave out the frustration: say you remain interested and ask, simply, when you might "
    "hear about the next step.",
    (
        "still (have|has|had)? not (heard|had|received|got|gotten|seen)",
        "still (no|not a single|not any) (word|reply|response|news|answer|update|feedback|"
        "decision|contact|email|call)",
        "still nothing",
        # Waiting for them, not "still waiting to hear from two other firms".
        "(I am|I have been|I was) still waiting (. | ! | , | on you|for you|to hear (back|"
        "from you|about|whether|if|when|anything)|for (a|an|your|any)? (reply|response|answer|"
        "decision|news|update|feedback|word))",
        "(disappointingly|frustratingly|annoyingly)",
        "(this|it|that) is (getting|becoming)? (ridiculous|absurd|a joke)",
        "I (had)? expected better",
        "(this|it) is (now)? my (second|third|fourth|fifth|#) (email|message|attempt|time "
        "writing)",
        "the courtesy of (a|an|any) (reply|response|answer)",
        "(can|could|would) you (at least|even) (tell|let|reply|respond|acknowledge|confirm|"
        "have)",
        "(I am|I have been) (left)? waiting (for|since)? (weeks|ages|a long time|so long|"
        "long enough|far too long|forever)",
        "been waiting (for)? (weeks|ages|so long|a long time|long enough|forever)",
        "(I am|I was|I feel|I felt|I have been|I am getting|I am becoming) (a little|a bit|"
        "quite|very|really|rather|so|somewhat|extremely|increasingly|slightly)? "
        "(disappointed|frustrated|annoyed|upset|irritated|angry|fed up|let down|exasperated|"
        "impatient)",
        "(it is|this is|that is|it was|this was|it has been|this has been) (very|really|"
        "quite|a little|a bit|so|rather|extremely|somewhat)? (disappointing|frustrating|"
        "annoying|upsetting|unacceptable|unprofessional|rude)",
        "(disappointed|frustrated) (not to|to not|to still|that I have not|that I still|"
        "that no one|that nobody|by the (lack|delay|silence|wait)|with the (lack|delay|"
        "silence|wait))",
        "lack of (communication|response|reply|replies|contact|feedback|courtesy|respect|"
        "updates)",
        "(common|basic) courtesy",
        "(have|had) the courtesy",
        "(nobody|no one) (has|had|have)? (bothered|cared|had the decency|taken the time)",
        "(even|at least) a (simple|quick|short)? (reply|response|acknowledgement|yes or no)",
        "(left|kept) (me)? (in the dark|hanging)",
        "kept me waiting",
        "you (never|have not|did not|failed to|have failed to|neglected to) (reply|replied|"
        "respond|responded|get back|got back|answer|answered|call|called|email|emailed|"
        "follow up|followed up|acknowledge|acknowledged|write|written|come back)",
        "(ignored|ignoring) (me|my (emails|email|messages|message|calls|call|application))",
        "(I would have|I had) (expected|thought|hoped) ... by now",
        "(why|how come) (have I not|has no one|has nobody|have you not|did you not|"
        "did no one|is it taking|has it taken|is this taking|have not I|has not anyone|"
        "has not anybody|have not you|did not you|did not anyone|is nobody|is no one)",
        "taking (so|this|far too|too) long",
        "again and again",
        "(chasing|chase) (you|this) (up)? again",
    ),
)

BLAME = PhraseList(
    "CI5", "error", "Sounds frustrated or blaming",
    "Leave out what they said or what you said before: say you remain interested and ask, "
    "simply, when you might hear about the next step.",
    (
        "you (said|promised|told me|assured me|stated) (that)? (you|I|it|the decision|"
        "a decision|there) (would|will|should)",
        "you promised",
        "as I (already|previously|have already|have previously) (mentioned|said|stated|"
        "explained|wrote|noted)",
        "as (already|previously) (mentioned|said|stated|explained)",
        "as mentioned (before|previously|already|earlier|in my (last|previous|earlier) "
        "(email|message|note|mail))",
        # "As I mentioned in the interview" recalls the conversation; said on its own, or of
        # an earlier message, it reminds them that they have not answered.
        "as I (have)? (mentioned|said|stated|explained|wrote|noted) (, |. |before|previously|"
        "already|earlier|last time|last week|in my (last|previous|earlier|first|other) (email|"
        "message|note|letter|mail))",
        "like I (said|mentioned)",
        "as per my (last|previous|earlier) (email|message|note|mail)",
    ),
    # In a thank-you note, "you said you would be hiring two graduates" recalls the
    # interview; everywhere else it holds them to a promise.
    situations=("check-in", "feedback-request", "competing-offer", "recruiter-debrief",
                "withdraw"),
)

ASSUMING_THE_WORST = PhraseList(
    "CI5", "error", "Assumes the worst",
    "Silence is not bad news (G4): ask about the next step without guessing the answer.",
    (
        "I (guess|assume|suppose|suspect|take it|presume|gather|imagine|fear|am guessing|"
        "am assuming|expect) (that)? I ... not (get|got|gotten|been|make|made|pass|passed|"
        "succeed|succeeded|selected|chosen|successful|progress|progressed|hear|heard|"
        "shortlisted|considered|right|the right|a good fit|good enough|what (you|they) "
        "(were|are) (looking for|after))",
        "I (guess|assume|suppose|suspect|take it|presume|imagine|fear|am guessing|"
        "am assuming) (that)? I (was|have been|am) (unsuccessful|rejected|turned down)",
        "I (do not|did not) think I (got|get|made it|passed|was successful|have been "
        "successful|was (what|the))",
        "I (guess|assume|suppose|take it|presume|gather|imagine|fear|am guessing|"
        "am assuming) (that)? (the|this|that) (role|position|job|vacancy|place) (has|was|is|"
        "must have) (been)? (filled|gone|taken|offered)",
        "I (probably|obviously|clearly|must have) (did not|have not|was not|failed|blew|blown|"
        "messed|bombed|was rejected|have been rejected|did badly)",
        "(you have|you must have|you have probably|you probably|you have already|"
        "you must have already|you have clearly|you clearly) (chosen|picked|found|gone with|"
        "hired|selected|offered|decided on|moved on with) (someone|somebody|another|other|"
        "a different)",
        "(you have|you must have|you have probably|you probably|you have already|"
        "you must have already|you will have|you will have already) filled (the|this|that) "
        "(role|position|vacancy|post|job)",
        "no news is (bad|not good) news",
        "(forgotten|forgot) (about)? (me|my application)",
        "(the|your) silence (says|speaks|tells|means)",
    ),
)

DESPERATION = PhraseList(
    "G2", "error", "Sounds desperate",
    "Say what you would bring to the role and that you are interested, once, calmly.",
    (
        "I (really|desperately|badly|truly|urgently|so)? need (this|the) (job|role|position|"
        "opportunity|offer|work|internship|placement)",
        "(give|offer) me (a|one|another|this) (chance|shot|try)",
        "please (give|offer) me (the|this) opportunity",
        "please (hire|pick|choose|select) me",
        "(I will|I would) do (anything|whatever it takes)",
        "(I am|I) (begging|beg)",
        "(I am|I feel|I am getting|I am becoming) (so|really|quite|a bit|increasingly)? "
        "desperate",
        "desperately (want|need|hope|hoping|keen|looking)",
        "(this|the|this job|the job|this role|the role|this opportunity|it) (would)? (mean|"
        "means) (everything|the world) to me",
        "(my|the|you are my) (last|only) (hope|chance)",
        "(I have been|I am|I have) (unemployed|out of work|jobless)",
        "(I can not|I could not) afford to (lose|miss|turn down)",
        "(please)? do not (ignore|forget) (me|about me|my application)",
        "(I will|I would) (take|accept) (any|anything|whatever)",
        "(any|whatever) (job|role|position) (at all|you have)",
        "please please",
        "(losing|lost) sleep",
        "(I|I have) (applied|been rejected) (to|from|by)? (so many|hundreds|dozens|countless)",
    ),
)

PRESSURE = PhraseList(
    "G2", "error", "Puts pressure on them",
    "Ask, do not demand: \"Could you let me know when I might expect to hear?\" If you have a "
    "real deadline, state it as a fact and ask about their timeline.",
    (
        "asap",
        "a.s.a.p.",
        "urgent:",
        "(this|it|the matter|this matter|my request|this request|my situation|the situation) "
        "is (very|quite|rather|extremely|really|now|becoming|getting)? urgent",
        "urgent (reply|response|answer|decision|update|attention|matter|request|feedback|"
        "action)",
        "urgently (need|require|request|want|await|awaiting)",
        "(reply|response|answer|decision|update|feedback|action) urgently",
        "as a matter of urgency",
        "time is of the essence",
        "please (hurry|be quick)",
        "(I can not|I will not|I can not afford to) wait (forever|for ever|indefinitely|"
        "much longer|any longer)",
        "I am expecting (to hear from you|(an|a|your) (answer|reply|response|decision) "
        "(from you)?)",
        "(I need|I require|I must have|I expect|I will need|I would need|I must receive|"
        "I have to have|I want) (an|a|your) (answer|decision|reply|response|update|feedback) "
        "(from you)? "
        "(by|before|within|no later than|today|tomorrow|immediately|right away|now)",
        "(I need|I must|I have) to (know|hear|have an answer|have a decision|hear back) "
        "(from you)? (by|before|within|no later than|today|tomorrow|immediately|right away|"
        "now|this week)",
        "(please (reply|respond|answer|get back to me|come back to me|let me know)|"
        "get back to me|come back to me|reply to me|respond to me) (by|before|within|"
        "no later than|immediately|right away|straight away|at once|today|tomorrow|promptly|"
        "by return)",
        "I am (really|a little|a bit|quite|rather|somewhat)? in a (rush|hurry)",
        "(hurry|rush|speed) (up|things up|the process|your decision|the decision|a decision|"
        "this along|things along)",
        "do not keep me waiting",
        "the sooner the better",
        "(I will|I am going to|I shall) (withdraw|pull out|look elsewhere|go elsewhere|"
        "move on) (my application)? (if|unless)",
        "take my (skills|talents|experience|application) elsewhere",
        "(if|unless) (I do not|I can not|I have not) (hear|get|heard) ... (I will|I am going to|"
        "I shall) (withdraw|assume|look elsewhere|move on|take)",
    ),
)

FILLER = PhraseList(
    "G2", "warning", "Stock filler",
    "Start with the point: why you are writing, in your own words.",
    (
        "just (checking|check) in",
        "just (following|follow) up",
        "just (wanted|want) to (check|follow up|touch base|ping|circle back|bump)",
        "(touching|touch) base",
        "(circling|circle) back",
        "(bumping|bump) (this|my email|my message|up)",
        "(pinging|ping) (you|this)",
        "(hope|hoping) (this|my) (email|message|note) finds you well",
    ),
)

# In this order: where two lists find overlapping words, the earlier one reports them.
TONE: tuple[PhraseList, ...] = (ULTIMATUM, PERSONAL, FRUSTRATION, BLAME, ASSUMING_THE_WORST,
                                DESPERATION, PRESSURE, FILLER)
