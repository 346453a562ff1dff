"""Seams (G2): the words that show where text was pasted into a fixed sentence: doubled
punctuation, a capital in mid-sentence, a greeting to a title or a job word, and "I"
followed by something that is not a verb. Closed lists, so that the check needs no
dictionary and a real sentence is almost never taken for a seam."""

from __future__ import annotations

import msgspec

from followup.guidance.phrases.kinds import Severity


class Seam(msgspec.Struct, frozen=True):
    """One kind of seam: its rule and severity, what the finding says (`{words}` is the
    words shown, `{word}` the one at fault) and what to do, with the fix for a draft whose
    words come from the profile."""

    rule: str
    severity: Severity
    says: str
    suggestion: str
    from_profile: str


RULE = "G2"  # professional and polished: every seam is this rule's

# Severity: a greeting to a job word and a broken "I ..." sentence would hurt if sent
# (errors, as an empty greeting is); doubled punctuation and a stray capital look careless
# but read through (warnings, as a gap before a comma and capitals are).
PUNCTUATION = Seam(
    RULE, "warning", "Two punctuation marks where one belongs: \"{words}\".",
    "Keep one: \"{fixed}\".",
    "Reword the profile field that ends \"{field}\": leave out its closing \"{mark}\", "
    "since the draft's sentence has its own punctuation there.")
STRAY_SPACE = Seam(
    RULE, "warning", "A space before a punctuation mark: \"{words}\".",
    "Remove the space: \"{fixed}\".",
    "Remove the space: \"{fixed}\".")
CAPITAL = Seam(
    RULE, "warning", "\"{word}\" has a capital in the middle of a sentence: \"{words}\".",
    "Write it in lower case (\"{lower}\"), or rewrite the sentence.",
    "Reword the profile field that starts \"{field}\": it is pasted into the middle of a "
    "sentence, so begin it in lower case (\"{lower}\").")
GREETING_TITLE = Seam(
    RULE, "error", "The greeting is to a title with no name: \"{words}\".",
    "Add their surname: \"Dear {word} Shah,\", or greet them by first name.",
    "Give their full name in the profile (name:), or a salutation: such as \"{word} Shah\".")
GREETING_ROLE = Seam(
    RULE, "error",
    "The greeting is to \"{word}\", a piece of a job title, not a person: \"{words}\".",
    "Greet them by name (\"Dear Priya,\"), or write the title in full (\"Dear Hiring "
    "Manager,\").",
    "Give their name in the profile (name:, or salutation:), not a job title; or write the "
    "greeting in full (\"Dear Hiring Manager,\").")
BROKEN_I = Seam(
    RULE, "error", "\"I\" is followed by \"{word}\", not by a verb: \"{words}\".",
    "Rewrite the sentence so that \"I\" is followed by what you do or did: {example}.",
    "Reword the profile field that starts \"{field}\" so that it reads on from \"I\": "
    "begin it with a verb ({example}).")
CAPITAL_AFTER_I = Seam(
    RULE, "error", "\"{word}\" has a capital after \"I\": \"{words}\".",
    "Rewrite the sentence: \"I\" then a verb in lower case ({example}).",
    "Reword the profile field that starts \"{field}\" so that it reads on from \"I\": "
    "a verb in lower case ({example}).")
EXAMPLE_AM = "\"I am fluent in ...\""
EXAMPLE_HAVE = "\"I have five years of ...\""
EXAMPLE_DID = "\"I led ...\", \"I use ...\""

# ---------------------------------------------------------------- punctuation

# The marks that may not sit side by side ("!!" is emphasis's, not a seam's).
MARKS = ".,;:!?"
# Words whose full stop may be followed by a comma, colon or question mark ("e.g.,",
# "Ltd.,"), lower case and without their last full stop. A word with a full stop inside
# ("i.e", "Ph.D") or a single letter (an initial) is one too.
ABBREVIATIONS = frozenset({
    "etc", "eg", "ie", "cf", "al", "vs", "viz", "approx", "esp", "incl", "excl", "est", "ca",
    "ltd", "inc", "co", "corp", "plc", "llc", "llp", "bros", "dept", "govt", "univ", "assn",
    "dr", "mr", "mrs", "ms", "mx", "prof", "rev", "revd", "st", "jr", "sr", "no", "nos", "vol",
    "ed", "eds", "fig", "ref", "tel", "ext", "min", "max", "misc", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm",
})

# ---------------------------------------------------------------- a capital mid-sentence

# Words a pasted text starts with, which are never capitalised inside a sentence unless
# they begin a name ("The Guardian", "Our Lady": the next word is capitalised too, and is
# left alone). Not words that are also names ("May", "Will", "Can").
FUNCTION_WORDS = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "Our", "Their", "My", "Your", "His",
    "Her", "Its", "How", "What", "Why", "When", "Where", "Which", "Who", "Whether", "We",
    "They", "It", "There", "She", "He", "In", "On", "At", "For", "With", "About",
    "And", "But", "If", "By", "From", "To", "As", "After", "Before", "During", "Since",
    "While", "Because", "Some", "Many", "Most", "Each", "Every", "Both",
})
# After these, a capital is a label or a name: "the A team", "our About page". (The words
# of a name in the profile or of a recipient are names too: "meet An and Sam".)
DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its",
    "our", "their",
})
# "A" only after these, where a pasted text goes ("learn A new ..."): after other words it is
# mostly a label ("on ward A today", "option A is cheaper").
A_AFTER = frozenset({
    "about", "of", "on", "in", "at", "for", "with", "from", "to", "into", "that", "is", "was",
    "are", "were", "be", "been", "learn", "learning", "learned", "learnt", "hear", "hearing",
    "heard", "know", "knowing", "discuss", "discussing", "discussed", "mention", "mentioned",
    "see", "seeing", "saw", "seen", "enjoyed", "loved", "liked", "valued", "found", "including",
    "like", "regarding", "how", "why", "whether", "and", "but", "or",
})
# Words of the list that are names too ("An", "He"): a name when the next word is one of
# these ("met An and Sam", "spoke to He about it"), where the word would need a verb.
NAMES_TOO = frozenset({"An", "He"})
NAME_FOLLOWERS = frozenset({
    "and", "or", "to", "for", "about", "at", "in", "on", "from", "with", "by", "who", "said",
    "told", "yesterday", "today",
})
# "A" as a grade: "A levels", "A and B", "A grades".
A_FOLLOWERS = frozenset({
    "and", "or", "to", "grade", "grades", "level", "levels", "star", "stars", "student",
    "students", "team", "list", "lister", "listers", "road", "game", "side", "plus", "minus",
    "rating", "ranking", "class", "paper", "papers",
})

# ---------------------------------------------------------------- a greeting to a title

GREETING_WORDS = ("dear", "hi", "hello", "hey", "hiya", "greetings", "good morning",
                  "good afternoon", "good evening", "good day")
# An honorific alone ("Dear Dr.,"): "Sir" and "Madam" are whole greetings, these are not
# ("Doctor" and "Professor" alone are old forms of address, and whole).
# Abbreviated titles of office and rank too ("Dear Cllr,"): none is also a first name.
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "revd", "dame", "lord",
    "cllr", "hon", "fr", "sgt", "capt", "cmdr", "insp", "supt", "atty", "esq",
})
# A piece of a job title or a department alone ("Dear Hiring,", "Hi Recruitment,").
# "Team", "All", "Panel" and "Committee" greet a group, and "Chair", "Principal" and
# "Headteacher" are forms of address: whole.
ROLE_WORDS = frozenset({
    "hiring", "head", "manager", "managers", "recruitment", "recruiting", "recruiter",
    "recruiters", "talent", "director", "department", "lead", "officer", "coordinator",
    "co-ordinator", "administrator", "supervisor", "partner", "interviewer", "interviewers",
    "human", "resources", "careers", "admissions", "graduate", "graduates", "senior", "junior",
    "assistant", "associate", "executive", "specialist", "advisor", "adviser", "consultant",
    "analyst", "engineer", "designer", "developer", "teacher",
    # The first word of a label for a person or a stage ("Group exercise assessor").
    "group", "exercise", "operations", "programme", "program",
    "project", "product", "sales", "marketing", "finance", "division", "rooms", "workshop",
    "construction", "site", "store", "shift", "duty",
})

# ---------------------------------------------------------------- "I" and what follows

# After "I", words that show a fragment was pasted where a verb should be ("I fluent in
# Polish", "I the ...", "I my ...", "I twenty years ...").
I_DETERMINERS = frozenset({
    "the", "a", "an", "these", "those", "another", "my", "your", "his", "her", "its",
    "our", "their",
})
I_NUMBERS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand",
    "hundreds", "thousands", "dozens", "several",
})
# Adjectives CVs are written in, which are never verbs.
I_ADJECTIVES = frozenset({
    "fluent", "proficient", "passionate", "bilingual", "trilingual", "multilingual",
    "familiar", "confident", "comfortable", "responsible", "knowledgeable", "competent",
    "capable", "adept", "conversant", "versed", "well-versed", "enthusiastic", "eager", "keen",
    "able", "good", "excellent", "strong", "skilful", "skillful", "hardworking",
    "hard-working", "self-motivated", "detail-oriented", "results-driven", "driven",
    "native", "expert", "successful", "reliable", "creative", "analytical", "proactive",
    "flexible", "adaptable", "personable", "ambitious", "highly-skilled", "well-organised",
    "well-organized",
})
# Adjectives that are verbs too ("I experienced a setback"): a fragment only before these.
I_PARTICIPLES = frozenset({"experienced", "certified", "skilled", "accredited"})
I_PARTICIPLE_FOLLOWERS = frozenset({"in", "at", "with", "as"})
# "I over 10 years": a word that is a fragment only before a number.
I_BEFORE_NUMBERS = frozenset({"over", "around", "nearly", "approximately", "roughly"})
# Words that may stand between "I" and its verb: the word after them is looked at instead.
I_ADVERBS = frozenset({
    "also", "really", "currently", "recently", "previously", "even", "still", "now", "then",
    "once", "already", "always", "often", "just", "actually", "particularly", "especially",
    "personally", "too",
})
# Capitalised verbs that are names of products ("I Googled it").
I_BRAND_VERBS = frozenset({
    "Google", "Googled", "Skyped", "Zoomed", "FaceTimed", "Photoshopped", "Slacked",
    "Ubered", "Hoovered",
})
# Before "I", words that make it a numeral: "Phase I", "Type I", "World War I".
ROMAN_NOUNS = frozenset({
    "phase", "type", "stage", "part", "war", "level", "grade", "class", "volume", "vol",
    "chapter", "act", "article", "section", "schedule", "tier", "book", "series", "unit",
    "key", "year", "form", "category", "appendix", "annex", "band", "division", "league",
})
