"""How a draft looks rather than what it says (G2, TY5): emphasis, leftover placeholders,
the greeting, the subject, and how alike thank-you notes may read."""

from __future__ import annotations

from followup.guidance.phrases.kinds import Emphasis, Pattern, Variety

# ---------------------------------------------------------------- emphasis (G2)

EMPHASIS = Emphasis("G2", "warning", max_exclamations=1, min_shouted_letters=6)

# Capitalised words that are names, not shouting (a profile's own words are exempt too).
ACRONYMS = frozenset({
    "AI", "API", "AWS", "BA", "BBC", "BSC", "CEO", "CFO", "COO", "CTO", "CV", "CVS",
    "CSS", "CSR", "DEI", "DM", "EMEA", "ESG", "EU", "EY", "GCSE", "GDPR", "GP", "HMRC", "HR",
    "HSBC", "HTML", "IBM", "ICT", "ID", "II", "III", "IT", "IV", "JSON", "KPI", "KPIS", "KPMG",
    "LLB", "LLM", "LLP", "LTD", "MA", "MBA", "MD", "MP", "MSC", "NASA", "NGO", "NHS",
    "NY", "OK", "PA", "PDF", "PHD", "PM", "PPE", "PR", "PWC", "QA", "SEO", "SME",
    "SQL", "STEM", "TV", "UCAS", "UI", "UK", "UN", "UNICEF", "US", "USA", "UX", "VAT", "VP"
})
EMPHASIS_WORDS = frozenset({
    "VERY", "REALLY", "PLEASE", "NEED", "MUST", "NOW", "STILL", "NEVER", "ALWAYS", "URGENT",
    "IMMEDIATELY", "ANY", "AGAIN", "NOT", "SO", "TRULY", "EXTREMELY", "HUGELY", "HUGE",
    "IMPORTANT", "ABSOLUTELY", "DEFINITELY", "TOTALLY", "LOVE", "LOVED", "THANK", "THANKS",
    "EXCITED", "KEEN", "ONLY", "EVER", "ALL", "EVERYTHING", "NOTHING", "NO", "YES"
})

# ---------------------------------------------------------------- leftovers and subjects (G2)

LEFTOVERS: tuple[Pattern, ...] = (
    Pattern("G2", "error", "An unfilled placeholder", "Fill it in, or delete it.",
            # Inside {{ }} and {% %}, anything up to the close on its line, but not another
            # opening: `.*?` here would scan the rest of the line from every "{{" (quadratic).
            r"\{\{(?:[^{}\n]|\{(?!\{)|\}(?!\}))*\}\}|\{%(?:[^{%\n]|\{(?!%)|%(?!\}))*%\}"
            r"|\{[A-Za-z_][\w .'-]{0,40}\}"
            r"|\[(?!sic\]|x\]|\s\]|\^)[^\[\]\n]*[A-Za-z][^\[\]\n]{0,40}\](?!\()"
            r"|<(?!(?:a|b|i|u|p|br|hr|em|strong|span|div|ul|ol|li|code|pre|small|sup|sub|"
            r"blockquote)>)[A-Za-z][A-Za-z _'’.-]{0,40}>"
            r"|\b(?:TODO|TBD|TBC|FIXME|XXX+|INSERT)\b|_{3,}|(?i:lorem ipsum)|%[A-Za-z_]+%",
            hints=("{", "[", "<", "todo", "tbd", "tbc", "fixme", "xxx", "insert", "___",
                   "lorem", "%")),
    Pattern("G2", "warning", "A gap where something seems to be missing",
            "Check the sentence: a value may be missing before this punctuation.",
            r"(?<=\w) [,.;:](?=\s|$)|\(\s*\)", hints=(" ,", " .", " ;", " :", "(")),
)
EMPTY_GREETING = Pattern(
    "G2", "error", "The greeting has no name", "Write the name: \"Dear Priya,\".",
    # "Hello," is a greeting; "Hello ," is not. No two runs of spaces may meet (`\s*[,:!]?\s*`
    # would try every split of a long run: quadratic).
    r"^(?i:dear)\s*(?:[,:!]\s*)?$|^(?i:dear|hi|hello|hey|good (?:morning|afternoon|evening))"
    r"\s+(?:(?:None|null|undefined)\s*)?(?:[,:!]\s*)?$",
    last_words=("dear", "hi", "hello", "hey", "morning", "afternoon", "evening", "none", "null",
                "undefined"))

SUBJECT_RULE = "G2"
# A subject dressed as a reply about something not given ("Re: Offer details", "RE: RE:
# Contract"): a trick to get opened that reads as presumption (issue 13). A real reply
# keeps their subject, which names the role.
FAKE_REPLY = (r"^\s*(?:(?:re|fwd?)\s*:\s*){2,}|^\s*(?:re|fwd?)\s*:\s*(?=.*\b(?:offers?|"
              r"contracts?|acceptance|start date|as promised|agreed|signed|approved|"
              r"confirmed|confirmation)\b)")
FAKE_REPLY_SAYS = ("The subject dresses the email as a reply about something you have not "
                   "been given: \"{subject}\".")
FAKE_REPLY_FIX = "Write what the email is about, as a new subject: \"{subject}\"."
NO_SUBJECT = "The email has no subject."
NO_SUBJECT_FIX = "Add one that names the role: \"{subject}\"."
GENERIC_SUBJECT = "The subject is generic: \"{subject}\"."
GENERIC_SUBJECT_FIX = "Name the role (and, for a check-in, what you are asking): \"{subject}\"."
# The subject those fixes propose, by situation, as the bundled templates word theirs: {role}
# and {at} (" at Company", or nothing) from the profile given with --profile, else from the
# draft's own words, else UNKNOWN_ROLE to fill in.
SUBJECTS = {
    "thank-you": "Thank you: {role} interview",
    "check-in": "{role}{at}: next steps",
    "feedback-request": "Feedback on my {role} application",
    "competing-offer": "{role} application: an update on my timing",
    "recruiter-debrief": "{role} interview{at}: my feedback",
    "withdraw": "Withdrawing my application: {role}",
    "": "{role} interview{at}",  # situation unknown
}
UNKNOWN_ROLE = "<role>"
# Where a draft names them, searched in the first SUBJECT_SEARCH characters of its body
# (on the case it is written in): "the Product Designer role", "the role of Head of Sales",
# "at Lumen Health", "join Ashworth & Lyle". Capitalised words only: "the same role" is none.
SUBJECT_SEARCH = 2000
_TITLE = r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|and|for|in|&)\s+)?[A-Z][\w'’&-]*){0,5}"
ROLE_PATTERNS = (
    rf"\b(?:[Tt]he|[Ff]or|[Mm]y|[Yy]our)\s+(?P<name>{_TITLE})\s+(?:role|position|post|job|"
    r"vacancy|opening|internship|placement|apprenticeship)\b",
    rf"\b(?:role|position|post) of\s+(?:an?\s+)?(?P<name>{_TITLE})",
)
COMPANY_PATTERNS = (
    r"\b(?:at|join|joining)\s+(?P<name>[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*){0,3})",
)
# A subject made only of these words says nothing about which application it is.
GENERIC_SUBJECT_WORDS = frozenset({
    "a", "about", "again", "an", "and", "any", "application", "apply", "checking", "check",
    "feedback", "follow", "following", "for", "from", "hello", "hey", "hi", "i", "in",
    "interview", "interviews", "is", "job", "just", "me", "my", "news", "no", "of", "on", "our",
    "position", "post", "question", "quick", "re", "fwd", "fw", "reaching", "reminder",
    "regarding", "request", "role", "status", "subject", "thank", "thanks", "the", "time", "to",
    "today", "touching", "base", "up", "update", "updates", "yesterday", "you", "your",
    "follow-up", "re:", "last", "week", "checking-in", "greetings", "note", "hope", "well"
})

# ---------------------------------------------------------------- variety (TY5)

VARIETY = Variety("TY5", "warning", 0.7, max_notes=20, max_words=150)
