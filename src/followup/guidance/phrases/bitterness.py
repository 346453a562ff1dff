"""The tone lists of bitterness (G2, CI5, FB3): assuming the worst and self-pity, and a
rejection taken personally; the rule is the situation's (`attitude.ATTITUDE`)."""

from __future__ import annotations

from followup.guidance.phrases.attitude import ATTITUDE
from followup.guidance.phrases.kinds import PhraseList

ASSUMING_THE_WORST = PhraseList(
    "G2", "error", "Assumes the worst",
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
        # Guessed, not told: "you must have found someone" (after a rejection, "you have
        # gone with another candidate" is the news itself).
        "(you must have|you have probably|you probably|you must have already|you have "
        "clearly|you clearly) (chosen|picked|found|gone with|"
        "hired|selected|offered|decided on|moved on with) (someone|somebody|another|other|"
        "a different)",
        "(you must have|you have probably|you probably|you must have already|you will have|"
        "you will have already|you have already) filled (the|this|that) "
        "(role|position|vacancy|post|job)",
        "no news is (bad|not good) news",
        "(forgotten|forgot) (about)? (me|my application)",
        "(the|your) silence (says|speaks|tells|means)",
        # Running oneself down, or expecting to be passed over (self-pity).
        "(I (know|realise|realize|am aware|suspect|imagine|am sure|think|expect) (that)?)? I (was|"
        "am) (probably|likely|clearly|obviously|definitely|surely|no doubt)? (one of)? the "
        "(weaker|weakest|worst|lesser|least (experienced|qualified|impressive|strong|"
        "competitive|suitable))",
        "(I was|I am|I know I was|I know I am) (probably|clearly|obviously|definitely|likely)? "
        "not the (strongest|best|most (experienced|qualified|impressive|polished|confident))",
        "(I am|I have got|I have gotten|I have become|I have grown|I am getting|I am growing|"
        "I get) (so|quite|pretty|"
        "fairly|very|well)? (used|accustomed) to (not hearing|being (ignored|rejected|turned "
        "down|overlooked|passed over|ghosted|let down)|hearing nothing|no (reply|replies|"
        "response|responses)|rejection|rejections|silence|getting no|nobody|no one)",
        "(so|too) many (knock-backs|knockbacks|knock backs|rejections|setbacks|disappointments|"
        "no's|nos|failed applications|unsuccessful applications)",
        "(rejection|knock-back|knockback) after (rejection|knock-back|knockback)",
        "I (will|would|will not|would not) (not)? be (at all|too|very|remotely|in the least)? "
        "surprised if (I|I have|I am|my|the answer|the news|it is|you|they|the panel) ... "
        "(not|no|unsuccessful|rejected|someone else|another|elsewhere|turned down|no further)",
        "(it|that) (will|would|will not|would not) (not)? (come as|be) (a|much of a|any|no)? "
        "surprise if (I|my)",
        "(probably|must have|definitely|surely|likely|may have|might have|has|have|will have|"
        "just|that|this|which) (sank|sunk|killed|ruined|blown|blew|scuppered|torpedoed|dashed|"
        "wrecked) my (chances|chance|shot|application|candidacy)",
        "cost me the (job|role|position|offer|place)",
        "(I (think|fear|suspect|reckon|guess|feel|am sure|know) (that)?)? I (have|had|well and "
        "truly|completely|totally|really|just)? (blown|blew|bombed|botched|fluffed|flunked|"
        "screwed up|messed up|ruined) (it|that|the (interview|chance|opportunity|whole thing)|"
        "my (chance|chances|shot)|everything)",
        "(already|probably|must|will|would) (have|has)? (got|gotten)? (someone|somebody|"
        "a candidate|their candidate) (else)? (lined up|in mind|earmarked|pencilled in|"
        "penciled in|picked out)",
        "(someone|somebody|an internal candidate|another candidate) (else)? (already)? "
        "(lined up|earmarked|pencilled in|penciled in)",
        "(you have|you must have|they have|they must have|you have probably|they have probably|"
        "you have already|they have already|they probably|you probably|they would have|"
        "you would have|you will have|they will have) (moved on|found (your|their|the right) "
        "(person|candidate|someone|hire))",
        "(I am|I was|I know I am|I know I was|I am probably|I was probably|I am clearly|"
        "I was clearly) (not|never|hardly) (good|qualified|experienced|smart|clever|strong|"
        "talented) enough (. | , | ! |for (the|this|you|them|a|your|it)|to (get|be|make|land|"
        "compete|win))",
        "(the)? story of my life",
        "nothing ever (works|goes|turns) (out)? (for me|my way)",
        "never (goes|go|turns out|turn out|seems to go|works out|work out) (for me|my way)",
        "I (always|usually|inevitably|invariably) (get|end up|come|seem to (get|end up|come)) "
        "(rejected|passed over|overlooked|turned down|second|runner-up|the runner-up)",
        "(another|one more) (rejection|no|knock-back|knockback) (to add|for the pile|for my "
        "collection|on the pile)",
        "(should|might as well|may as well|had better|ought to) (just)? (give up|stop applying|"
        "stop trying)",
        "I was (never|not|not ever) (going to|likely to) (get|be|make|land) (it|the job|the role|"
        "the position|picked|chosen|selected|successful|the cut)",
        "(clearly|obviously|evidently|apparently) (I|my application|my experience|my CV|my "
        "background) (was|were|is|am) not (what|good enough|the right|right|a good fit|suitable|"
        "enough|strong enough|impressive)",
        "(I am|I have been) (taking|reading|treating|interpreting) (the|your|this) silence as",
        "I (do not|no longer|did not) (really|even|honestly)? (expect|expected) (to hear|a reply|"
        "a response|an answer|anything) (back)? (. | , |at all|any more|anymore|from you (. | , |"
        "at all))",
        "(into|in|down) (a|the) (black hole|void|abyss)",
        "(was|were|am) (never|not|clearly never|obviously never|clearly not) (really|even)? (in "
        "the running|in with a chance|in contention|a serious (candidate|contender)|seriously "
        "considered|going to be considered)",
    ),
    rules=ATTITUDE,
)

PERSONAL = PhraseList(
    "G2", "error", "Takes the rejection personally",
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
        "(I|I felt I|I feel I|I think I|I believe I|I felt that I|I feel that I) (had|have)? "
        "(earned|deserved|merited) (better|more|a (proper|better|fuller|real|personal|"
        "more personal)|at least|the courtesy)",
        "(just|only|merely|a mere|nothing but|more than|better than|than) (a|one)? (two|one|three|"
        "#) (line|sentence|word) (email|reply|response|rejection|message|note|letter)",
        "(it is|this is|that is|it was|that was|this was|it felt|it feels|which is|which was) "
        "(a little|a bit|rather|quite|frankly|honestly|really|very|somewhat|pretty|more than a "
        "little)? (insulting|demeaning|humiliating|degrading|galling|a slap in the face|"
        "a kick in the teeth|hard to swallow|a bitter pill)",
        "(lose|lost|losing|beaten|passed over|overlooked) (out)? (to|for|in favour of|in favor of) "
        "(a|an|someone|somebody|some) (new|recent|fresh|younger|less|more junior|junior|"
        "inexperienced|grad|graduate|kid)",
        "(half|fully|already|always|kind of|sort of)? expected (to be|I would be) (passed over|"
        "rejected|turned down|overlooked|ignored|knocked back|unsuccessful|let down)",
        "(passed over|overlooked|rejected|turned down|ignored|knocked back) (again|once again|"
        "yet again|as usual|as always|like last time|one more time)",
        "(it|that|this|which) (still|really|honestly|rather|does|did|kind of|sort of)? (stings|"
        "stung|rankles|rankled|smarts|grates|galls|galled)",
        "(it|that|this|which) still (hurts|hurt|bothers me|upsets me|annoys me)",
        "I (am|was|feel|felt|remain) still? (a little|a bit|quite|rather|somewhat|really)? "
        "(bitter|sore|smarting|stung|resentful|aggrieved|hard done by|cheated|robbed|slighted|"
        "wronged)",
        "(was|is|had been|seemed|seems|felt like|feels like) (already|always|clearly|obviously)? "
        "a (done deal|foregone conclusion|stitch-up|stitch up) (from the start|all along|"
        "before)?",
        "(apparently|obviously|clearly|evidently) ... (was not|is not|were not|are not|did not "
        "count as) (enough|good enough|sufficient|what you wanted)",
        "(treat|treated|treats|treating) (me|us|candidates|applicants|people) like (dirt|rubbish|"
        "garbage|cattle|a number|numbers|an idiot|idiots|a child|children|a nobody)",
        "(felt|feel|made to feel) like (just|nothing but)? (a number|a nobody|an afterthought)",
        "good luck (finding|getting|replacing me with) (someone|anyone|anybody|another "
        "candidate) (as|more|half as|better|with my|who can|who will)",
        "(I find it|I found it|I still find it) (incredibly|very|really|rather|quite|frankly)? "
        "(hard|difficult) to (believe|accept|understand) (that)? (my|you|someone|anyone|the "
        "panel|another|the other|the successful)",
        "(form|generic|template|canned|automated|standard|stock|copy-and-paste|copy and paste|"
        "cookie-cutter) (rejection|rejection email|rejection letter|brush-off)",
        "(just|only|merely) a form (letter|email)",  # not "rather than a form email"
        "(I still believe|I still think|I still feel|I remain convinced|I was convinced|"
        "I genuinely thought|I really thought|I honestly thought|I truly thought|I had thought) "
        "(that)? (I|my _|my _ _) (was|were|would have been) (a|the|an)? (very|really|perfectly|"
        "reasonably)? (good|strong|perfect|ideal|excellent|great|natural|obvious|right|best) "
        "(match|fit|candidate|person|choice)",
        "(I am|I was|I feel|I felt|I remain|I was left|I am left|I have been) (so|really|very|"
        "completely|absolutely|quite|a bit|a little|frankly|honestly|utterly|somewhat|rather)? "
        "(baffled|bewildered|dumbfounded|flabbergasted|mystified|blindsided|cheated|robbed|"
        "slighted|wronged|aggrieved|hard done by)",
        "(I am|I was|I felt|I was left) (so|really|very|completely|absolutely|quite|a bit|a little|"
        "frankly|honestly|utterly|somewhat|rather)? (shocked|stunned|floored|taken aback|"
        "surprised|puzzled|confused) (by|at|to (hear|learn|read|receive|get|be "
        "told)) (that)? (the|your|this|that|I|my)? (decision|news|outcome|result|rejection|"
        "feedback|email|I was not|I had not|I did not|I was unsuccessful|I was rejected)",
        "(the|this|your|that) (decision|outcome|result|choice|rejection) (is|was|seems|seemed|"
        "feels|felt) (frankly|simply|just|quite|very|really|completely|utterly|clearly|rather)? "
        "(wrong|a mistake|unjust|baffling|bizarre|absurd|ridiculous|mystifying|hard to "
        "(understand|accept|swallow)|difficult to (understand|accept)|short-sighted|"
        "shortsighted|a big mistake)",
        "I (can not|could not|do not|still can not|really can not) (believe|accept|fathom|"
        "comprehend) (that)? (you|the panel|they|someone|anyone) (chose|went|picked|hired|"
        "rejected|turned|would|did|have|could|preferred)",
        "(demand|insist on|am owed|deserve|am entitled to) (an|a (full|proper|detailed|clear))? "
        "(explanation|justification)",
        "(feedback|reason|reasons|decision|explanation|comment|comments|reasoning) (makes|made|"
        "make) (no|little) sense",
        "I (disagree|strongly disagree|do not agree|could not disagree more|can not agree) (with)? "
        "(the|your|that|this) (feedback|decision|assessment|verdict|outcome|reasoning|rejection)",
        "(slap in the face|kick in the teeth|punch in the gut|bitter pill|insult to injury)",
        "(gave|give|given|offered|handed) (it|the (job|role|position|post|offer|place)) to "
        "(someone|somebody|a|an) (less|with less|younger|cheaper|more junior|inexperienced|new|"
        "fresh|with no|without)",
        "(beaten|lost out|lose out|losing out|passed over|rejected) (by|to|for|in favour of) "
        "(someone|somebody|a candidate|an applicant|a person) with (half|less|a fraction of|far "
        "less|much less|fewer|no)",
        "(with|has|had|have) (half|a fraction of|a quarter of) (my|the) (experience|"
        "qualifications|years|skills)",
        "(hope|trust) you (do not|will not) (come to)? regret",
        "(you will|you may|you might|they will) (come to)? regret (it|this|that|your|the|not)",
        "(experience|loyalty|hard work|qualifications|commitment) (does not|do not|no longer) "
        "(count|matter|mean) (for)? (much|anything|a thing|very much)",
        "(wanted|want|preferred|prefer|went for|chose|picked) (someone|somebody|a candidate) "
        "(younger|cheaper|less experienced|with less experience)",
        "(all about|just|really|clearly|obviously|it is) who you know",
        "(jobs for the boys|old boys|old boys' network|nepotism|favouritism|favoritism)",
        "more (experience|qualified|experienced) than (the (person|candidate|successful|one|"
        "other)|whoever|him|her|them)",
    ),
    rules=ATTITUDE,
)
