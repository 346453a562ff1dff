"""Usage slips of English written as a second language, each found by a pattern and said
back with what English says (G2, TY4): "2 millions words" ("2 million words"), "a
feedback", "for invoice the yachts" ("for invoicing"). Like `slips`, of which they are a
part, each is narrow: a slip wrongly seen costs the field."""

from __future__ import annotations

import re

# Round 31's second-language slips, each with what English says: "2 millions words", "a
# feedback", "am certified translator", "is made always", "one meeting by month".
USAGE = (
    (re.compile(r"\b(\d+|two|three|four|five|ten) (million|thousand|hundred|billion)s\b(?! of)",
                re.I), "{0}' is said '{1} {2}'"),
    (re.compile(r"\b(?:a|one) feedback\b", re.I), "{0}' is said 'feedback' (or 'some feedback')"),
    (re.compile(r"\b(am|been|is|was) ((?:certified|qualified|registered|licensed|chartered) "
                r"\w+(?:or|er|ist|ian|ant|nurse))\b", re.I), "{0}' needs 'a' ('{1} a {2}')"),
    (re.compile(r"\b(is|are|was|were) (\w+ed|made|done|given|taken|sent|kept) (always|usually|"
                r"often|never)\b", re.I), "{0}' is said '{1} {3} {2}'"),
    (re.compile(r"(?<!month )(?<!week )(?<!day )\bby (month|week|day|year)\b", re.I),
     "{0}' is said 'a {1}' ('once a {1}')"),
    # round 33: "shutdown two times in year", "with 91% mark", "for first year"
    (re.compile(r"\b(times|once|twice) in (year|month|week)\b", re.I), "{0}' is said '{1} a {2}'"),
    (re.compile(r"\bwith (\d+%) (mark|grade|score|average)\b", re.I),
     "{0}' needs 'a' ('with a {1} {2}')"),
    (re.compile(r"\b(for) (first|second|third|final|last) (year|month|week|term)\b", re.I),
     "{0}' needs 'the' ('{1} the {2} {3}')"),  # "in first year" is Irish and British usage
    (re.compile(r"\b(and) (minor|major) (in)\b", re.I), "{0}' needs 'a' ('{1} a {2} {3}')"),
    # round 34: "cost saving how to measure" (its "how to" after it), "at my grandfather farm",
    # "worked kiwifruit packhouse"
    (re.compile(r"\b(?!(?:know|knew|learn|learned|learnt|show|showed|shown|see|saw|explain|"
                r"explained|ask|asked|about|on|and|or|of|discuss|discussed|teach|taught|told|"
                r"decide|decided|wondering|unsure|sure|idea)\b)([a-z]+) (how to [a-z]+)$", re.I),
     "{0}' puts 'how to' after what it is about: write it as you would in the letter "
     "('{2} the ... {1}')"),
    (re.compile(r"\b(my|our|his|her) (grandfather|grandmother|father|mother|uncle|aunt|brother|"
                r"sister|cousin|family|parents) (farm|house|home|shop|business|restaurant|garage|"
                r"company|store|bakery|hotel|orchard|vineyard)\b", re.I),
     "{0}' needs 's' ('{1} {2}'s {3}')"),
    (re.compile(r"\b(worked) ((?!(?:as|at|in|for|on|with|the|a|an|my|our|their|two|three|"
                r"part|full|closely|hard|there|here)\b)\w+) (packhouse|warehouse|factory|farm|"
                r"kitchen|shop|restaurant|hotel|bar|site|mine|depot|vineyard|orchard)\b", re.I),
     "{0}' needs 'in a' ('{1} in a {2} {3}')"),
    # round 38: "the patient which was very nervous", "experience like dental hygienist",
    # "before come to Canada", "I must to learn it"
    (re.compile(r"\b(patient|client|customer|child|person|resident|guest|student|pupil|man|"
                r"woman|lady|colleague) which\b", re.I), "{0}' is said '{1} who'"),
    (re.compile(r"\b(experience|worked|work|job) like\b", re.I), "{0}' is said '{1} as'"),
    (re.compile(r"\b(before|after) (come|go|start|move|arrive|finish|leave|get)\b", re.I),
     "{0}' needs '-ing' ('{1} coming', '{1} starting')"),
    (re.compile(r"\bmust to\b", re.I), "{0}' is said 'must' (or 'have to')"),
    # round 42: "how is managed the berthing", "the system for invoice the yachts", "is
    # family-owned since 1978"
    (re.compile(r"\bhow (is|are|was|were) (\w+ed|done|made|run|kept) (the|a|an|our|their)\b",
                re.I), "{0}' is said 'how {3} ... {1} {2}'"),
    (re.compile(r"\bfor (invoice|check|manage|plan|book|order|record|report|track|clean|"
                r"repair|train|test|handle|process|count|load|fix) (the|a|an|all|our|their)\b",
                re.I), "{0}' needs the '-ing' form after 'for' ('for checking the ...')"),
    (re.compile(r"\bis ((?:[\w-]+ ){0,4}?)since ((?:19|20)\d\d)\b", re.I),  # "is a family
     # business since 1987" (round 47)
     "{0}' needs 'has been' ('has been {1}since {2}')"),
    (re.compile(r"\bare ((?:[\w-]+ ){0,4}?)since ((?:19|20)\d\d)\b", re.I),
     "{0}' needs 'have been' ('have been {1}since {2}')"),
)


def usage(fitted: str) -> str | None:
    """A USAGE slip, as a warning's reason with what English says."""
    for pattern, said in USAGE:
        if found := pattern.search(fitted):
            return "'" + said.format(found[0], *found.groups()) + ": write it as you would " \
                "in the letter"
    return None
