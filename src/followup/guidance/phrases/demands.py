"""The tone lists of demands (G2, CO2): pressure, ultimatums and leverage, which sound
demanding (G2); in a competing-offer notice they are leverage (CO2)."""

from __future__ import annotations

from followup.guidance.phrases.kinds import PhraseList

# The rule each situation names for a demand, where it is not G2.
DEMANDS = (("competing-offer", "CO2"),)

# What a candidate threatens to do if they do not act: "otherwise I will accept the other
# offer", "by Wednesday, I am going to pull out".
_CONSEQUENCE = ("accept|sign|go with|take (the other|their|the offer|the role|the job|"
                "the position|it|that offer|their offer|another|the alternative|the contract)|"
                "say yes|withdraw|withdrawing|pull out|pulling out|walk away|look elsewhere|"
                "looking elsewhere|go elsewhere|move on|moving on|stop waiting|"
                "consider (myself|my application)|pursue (other|my|things)|accepting|"
                "going with|signing")

ULTIMATUM = PhraseList(
    "G2", "error", "Reads as an ultimatum",
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
        # A consequence promised if they do not act: "if not, I shall accept the other role".
        "(if not|failing that|failing which|otherwise|or else|else) ,? (I will|I shall|"
        "I am going to|I will have to|I would have to|I will be forced to|I will need to|"
        "I may have to|I have to|I must|I will just) (" + _CONSEQUENCE + ")",
        # "if they don't have a second interview booked by next Wednesday, I'm going to pull
        # out": a date, a comma, and what the candidate will then do.
        "(if|unless) (they|the|he|she|there|it|a|an|no|nothing|nobody|no one|we) ... (by|"
        "before) _? _? _? _? ,? (I will|I shall|I am going to|"
        "I will have to|I will be forced to|I will just) (" + _CONSEQUENCE + ")",
        "(pull|pulling) out and (pursue|look|go|explore|focus|take|try) (things|other|"
        "elsewhere|my|on my own|it)",
        "(if|unless) (you|I) ... ,? (I will be|I am going to be|I will just be) (signing|"
        "accepting|taking (their|the other|it)|going with|withdrawing|pulling out|moving on|"
        "looking elsewhere)",
        "I (would|will|do)? (expect|need|want|require|be looking for) (a|an|your)? "
        "(comparable|matching|similar|competitive|equivalent|better|higher|improved|stronger) "
        "(package|offer|salary|figure|number|terms) (if|to|before|for me to)",
        "pursue (things|matters|it|my search|other (options|roles|opportunities)) (on my own|"
        "myself|directly|direct)",
        # An offer made a condition of staying in the process, or of the candidate's answer.
        "for me to (stay|remain|continue|keep going|carry on) (in|with) (your|the|this) "
        "(process|running|application|recruitment)",
        "(the|your) (numbers|number|package|offer|salary|pay|compensation|figure|figures|"
        "terms|money|base|base salary|rate|day rate|remuneration) (would|will|may)? (need|"
        "needs|has|have) to (improve|go up|increase|rise|be higher|be better|come up|match|"
        "beat|reflect)",
        "I (would|will|do|shall)? (expect|need|want|require|have to see|need to see|"
        "would need to see|will need to see) (any|anything|an|your|the|a|any offer|"
        "your offer) ... to (reflect|match|beat|exceed|better|top|compete with|"
        "be (in line|comparable|competitive) with) (that|this|it|theirs|their offer|"
        "their package|their salary|the other offer|the other package|those|them)",
        "(match|matches|matching|beat|beats|better|top|exceed|exceeds) (or (beat|exceed|better|"
        "improve on))? (theirs|their offer|their package|their number|the other offer|"
        "the competing offer|my other offer|that offer|that package|that figure|that number)",
        "(whether|if) you (intend|plan|are going|mean|want) to (make|give|extend) me (an|"
        "a|the)? offer",
    ),
    rules=DEMANDS,
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
        # A reply demanded by a date: "confirm by Friday whether", "I will need to hear by".
        "(you|kindly) (could|can|would|will|to)? (confirm|tell me|update me|"
        "get back to me|come back to me|reply|respond|decide|advise me|inform me|"
        "give me an answer|give me a decision) (by|no later than) (tomorrow|today|tonight|"
        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the end of|end of|close of|"
        "COB|EOD|noon|midday) _? _? _? (whether|if) (I|you|my|there is|there will)",
        "(I will|I would|I shall|I am going to|I|I really|I just) (need|must|have) to (know|hear|"
        "hear back|hear from you|find out|have an answer|have a decision|have your decision) "
        "(where I stand|one way or the other|either way|your decision|the outcome|something)? "
        "(by|before|within|no later than|today|tomorrow|immediately|right away|this week|"
        "at the latest)",
        "(back to me|to me|from you|please reply|please respond|let me know) (by|before) ... "
        "at the (very)? latest",
        "(decision|answer|reply|response|confirmation|update|feedback|action) (needed|required) "
        "(this week|today|tomorrow|tonight|asap|urgently|immediately|now|this month|"
        "before the weekend|within # (days|hours|working days)|from you (by|before))",
        # Orders to a recruiter: "I need you to get me an answer from them by tomorrow".
        "(I need|I expect|I want|I require|I must have) you to (get|find|chase|push|press|make|"
        "ensure|secure|obtain|hurry|force|sort|land|lean|fight|come back)",
        "(push|press|pressure|lean on|hound|badger|hassle) (them|him|her|the client|"
        "the hiring manager|the company|the employer|_) (hard|harder|into|to decide)",
        "(I am|I) (relying|counting|depending|banking) on you to (make|get|land|secure|sort|"
        "push|deliver|close|pull)",
        # Hurry or lose me: "you may want to move fast if you're interested".
        "(you|you may|you might|you will|you would|you could|you should|you) (want|need|wish|"
        "have) to (move|act|decide|be|get|make (a|your) (move|decision|offer)) (fast|quickly|"
        "quick|soon|swiftly|promptly|faster|sooner|sharpish)",
        "(if|should) you (are|were) (still)? serious about (me|hiring me|having me|"
        "my application|bringing me)",
        "(before|or) (someone|somebody|another company|another firm|another employer|"
        "somebody else|someone else) (snaps|snap|scoops|scoop|grabs|grab|takes|gets|hires|"
        "signs) me",
        "(snap|snapped|snaps|snapping|scoop|scooped) me up",
        "(suggest|recommend|advise|urge) (that)? you (move|act|decide|hurry|get a move on) "
        "(fast|quickly|quick|soon|swiftly|promptly|now)?",
        "I (will not|would not|am not going to) be (on the market|available|free|around) (for)? "
        "(long|much longer|forever)",
        "(two|three|several|multiple|other|a few|a couple of|more) (offers|options) (on the "
        "table|lined up|in hand)",
        "(you|you will|you may|you might|you could|you risk|risk) (lose|lost|losing|miss out on|"
        "missing out on) me",
        # Boasting of other interest or offers, to hurry them or raise the price.
        "(is not|are not|is hardly|are hardly|is far from|are far from) the only (place|"
        "company|one|ones|firm|organisation|organization|employer|employers|people|team|agency|"
        "business|companies|firms) (keen|interested|that wants|who wants|that want|who want|"
        "wanting|after me|chasing|looking|in the market|to want|to be interested)",
        "(a lot|a fair bit|a fair amount|plenty|lots|a great deal|quite a bit|quite a lot|"
        "strong|significant|huge|high|considerable) of (interest|demand) (in|for) (me|"
        "my profile|my skills|my experience|my background|my CV|my services|people like me)",
        "(I am|I am very|I am quite|I am currently|I am rather) (much)? in (high|great|strong)? "
        "demand",
        "(other|several|multiple|many|lots of|plenty of) (companies|employers|firms|"
        "organisations|organizations|places|agencies|people|teams|businesses) (are|have been)? "
        "(interested in me|keen on me|keen to (have|hire|get|sign) me|chasing me|competing for "
        "me|after me|courting me|fighting over me|lining up)",
        "I (have|have got|have had|am getting|am fielding) (no shortage of|plenty of|lots of|"
        "a lot of) (options|offers|suitors|interest)",
        "no shortage of (offers|suitors|interest in (me|my)|options)",
        "(I am|I am also|I am now) expecting (another|a second|a third|more|further|two more|"
        "other|yet another) (one|offer|offers)",
        "(more|other|further|two|three|several|multiple) offers (lined up|coming|on the way|"
        "in the pipeline|to come)",
        "your best (and final)? (offer|number|figure|package|price|rate|terms|deal)",
        "best and final",
        "(compare|weigh|stack|line up) (them|the offers|all three|all of them|the three|"
        "both|both offers|the two|all the offers|all) ... side by side",
        "(bidding war|highest bidder)",
        "(you|please) (can|could|would|will|to)? (make|give|send|put together|come back with|"
        "offer) (me)? (a|an|your)? (counter offer|counteroffer|better offer|improved offer|"
        "higher offer|stronger offer|revised offer|sweetened offer)",
    ),
    rules=DEMANDS,
)
