"""The shorthand of notes (G2): what `parts` writes out in full ("approx. 40 grads" is
"around 40 graduates", "Fri/Sat" is "Friday and Saturday", "SC (Special Constable)" is
"Special Constable"), and what `sendable` keeps out of a letter because guessing what it
stands for would put words in the candidate's mouth ("thurs", "oops": `first_note`)."""

import re

from followup.profile.dating import MONTHS as MONTHS_IN_FULL
from followup.profile.wordforms import CLOSED, bare, readings

# G2: the shorthand of notes, written out ("approx. 40 grads" -> "around 40 graduates"), and
# typing slips put right.
SHORTHAND = {"approx.": "around", "approx": "around", "grads": "graduates", "grad": "graduate",
             "dept": "department", "dept.": "department", "depts": "departments", "w/": "with",
             "incl.": "including", "incl": "including", "avg.": "average", "atm": "at the moment",
             "mgmt": "management", "govt": "government", "esp.": "especially", "thru": "through",
             "ppl": "people", "whats": "what's", "whos": "who's", "dont": "don't",
             "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "theyd": "they'd",
             "theyre": "they're", "theyve": "they've", "thats": "that's", "ive": "I've",
             "im": "I'm", "hes": "he's", "shes": "she's", "wasnt": "wasn't", "arent": "aren't",
             "couldnt": "couldn't", "wouldnt": "wouldn't", "youre": "you're", "wont": "won't",
             "theres": "there's", "theyll": "they'll", "youll": "you'll",
             "cant": "can't", "abt": "about", "occ": "occupational",
             "cert": "certificate", "certs": "certificates", "hosp": "hospital",
             "insp": "inspection", "vs": "versus", "vs.": "versus",
             # text-speak with one reading (round 28: a 17-year-old's notes, else all lost)
             "u": "you", "ur": "your", "n": "and", "b4": "before", "wat": "what", "w": "with",
             "tmrw": "tomorrow", "some1": "someone", "2day": "today",
             # typing slips a spell-checker would mark, which have one reading (round 23)
             "teh": "the", "recieve": "receive", "recieved": "received",
             "definately": "definitely", "managment": "management", "seperate": "separate",
             "occured": "occurred", "untill": "until", "thier": "their", "beleive": "believe",
             "acheive": "achieve", "acheived": "achieved", "buisness": "business",
             "enviroment": "environment", "goverment": "government",
             "experiance": "experience", "oppurtunity": "opportunity", "childs": "child's",
             "sat's": "Saturdays", "alot": "a lot", "acct": "account", "accts": "accounts",
             "accomodation": "accommodation", "accomadation": "accommodation",  # round 33
             "neccessary": "necessary", "necessery": "necessary", "refered": "referred",
             "uk": "UK", "xmas": "Christmas", "wpm": "words a minute",  # round 46
             "kids": "children",  # round 47: a letter's word for them, one reading
             # days and months typed small ("tuesdays"); not "may", "march" or "august"
             **{day: day.capitalize() for name in ("monday", "tuesday", "wednesday", "thursday",
                                                   "friday", "saturday", "sunday")
                for day in (name, name + "s")},
             **{month: month.capitalize() for month in (
                 "january", "february", "april", "june", "july", "september", "october",
                 "november", "december")}}
UNITS = {"yr": "year", "yrs": "year", "wk": "week", "wks": "week", "mth": "month",
         "mths": "month", "mos": "month", "hr": "hour", "hrs": "hour", "h": "hour", "min": "minute",
         "mins": "minute"}

def units(match: re.Match[str]) -> str:
    """"3 yrs" -> "3 years"; "12hr shifts" -> "12-hour shifts"; "2-wk course" -> "2-week
    course"."""
    count, unit, after = match[1], UNITS[match[3].lower()], match[4] or ""
    if (unit in ("hour", "minute") or match[2] == "-") and after and bare(after) not in CLOSED \
            and (readings(bare(after)) & {"NOUN", "VBG"} or after.strip().isupper()):
        return f"{count}-{unit}{after}"
    return f"{count} {unit}{'' if count == '1' else 's'}{after}"


# The shorthand of notes to self that `parts` does not write out: a letter cannot carry it,
# and guessing what it stands for would put words in the candidate's mouth. Days and months
# in any case ("Wed Dec 2"); the rest as typed in lower case ("R" is a language, "u" is not).
DATES = frozenset(("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat",
                   "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                   "oct", "nov", "dec"))
NOTES = frozenset((
    "oops", "lol", "haha", "tbh", "imo", "btw", "fyi", "asap", "pls", "plz", "thx",
    "r", "cos", "coz", "gonna", "wanna", "gotta", "kinda", "sorta", "yeah", "yep", "nope",
    "poss", "prob", "probs", "def", "defo", "w/o", "b/c", "bc", "mgr", "yr", "mth",
    "wk", "hr", "tho", "convo", "pres", "prezzo", "rec", "recs", "im", "id", "etc", "ish",
    "nb", "aka", "eta", "tbc", "tbd", "approx", "x", "eng", "qs", "info", "yoy", "YOY",
    "QOQ", "sys", "hols", "NYE", "fav", "fave", "faves", "favs", "perm", "temp",
    # text-speak, and a sign's shorthand (round 21)
    "wot", "any1", "every1", "no1", "gr8", "2moro", "2morrow",
    "l8r", "thnx", "cuz", "bcoz", "bcz", "dat", "dis", "wen", "wud", "cud", "shud", "ctr",
    "msg", "ya", "mln", "mn", "bn", "pref", "prefs",  # round 26: "1,2 mln words"
    "Dip"))  # round 54: "Dip. Creative Technologies", a diploma's name cut short

# Spoken words a letter does not use (G2): "the college day release thing", "(he's a
# sparky)". Unlike shorthand, nothing writes them out: only the user knows what they mean.
SPOKEN = frozenset(("thing", "stuff", "guy", "guys", "bloke", "blokes", "sparky", "sparkies",
                    "chippy", "brickie", "dude", "mate", "mates", "telly", "loads", "heaps",
                    "lads", "rads"))

# A remark to oneself in a note (round 34: "you are also from Kraków and small world").
REMARKS = re.compile(r"\b(?:small world|fun fact|who knew|go figure|what a coincidence)\b", re.I)
# What a promise may add after a comma that its date says already: "by Friday, either way".
OUTCOMES = frozenset(("either way", "one way or the other", "whatever the outcome",
                      "yes or no", "good or bad", "successful or not", "good news or bad"))

# A note to self in brackets, which no letter carries: "(ask %)", "(check cost?)", "(TODO)";
# not after a "!" or "?", which say the field is notes already.
TO_SELF = re.compile(r"(?<![!?\s])\s*\((?:\s*(?:ask|check|todo|to do|tbc|tbd|confirm|chase|"
                     r"find out|remember|note|nb|lol|haha)(?=[\s:)])|[^()]*[?!])[^()]*\)"
                     # after a dash at the end: "... - check if worth mentioning??" (round 42)
                     r"|\s+[-–—]+\s+(?:check|ask|confirm|todo|tbc|not sure)\b[^()]*[?!]$",
                     re.IGNORECASE)  # not "(check-in desk)"

# A month cut short after a word that says when ("late Nov", "by Dec.", "the Feb cohort"),
# written out: one reading, unlike "Dec" alone in a note, which `sendable` keeps out.
MONTH_NAMES = {month[:3].lower(): month for month in MONTHS_IN_FULL}  # "aug": "August"
_WHEN_IN = re.compile(r"\b(early|mid|late|end of|start of|in|by|until|from|since|before|after|"
                      r"during|the|this|next|last|\d{1,2}(?:st|nd|rd|th)?) (jan|feb|mar|apr|jun|"
                      r"jul|aug|sept?|oct|nov|"
                      r"dec)\b\.?(?!\w)", re.IGNORECASE)


_TENS = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (one|two|three|"
                   r"four|five|six|seven|eight|nine)\b", re.IGNORECASE)


def as_in_letters(text: str) -> str:
    """A note's words as a letter writes them: "twenty two years" -> "twenty-two years"
    (round 35); a parent named as at home is "my dad" ("the year dad was sick", round 36);
    an acronym's plural has no apostrophe ("the turnaround times for AFO's": "AFOs", round
    39), which reads as "AFO is"; a certificate's number is in capitals ("Certificate III");
    a count of the first days has its "the" ("for first 30 days", round 41), and how long
    something has been going on its "for" ("been glazing for 22 years"), and a length before
    a noun its hyphen ("12-hour shifts", round 42)."""
    text = _PARENT.sub(_owned, _TENS.sub(r"\1-\2", text))
    text = _FIRST_FEW.sub(r"\1 the \2", text)
    text = _HOW_LONG.sub(r"\1 for \2", text)
    text = re.sub(r"\b[Yy]r (?=\d\b)", "year ", text)  # "in yr 1"
    text = re.sub(r"\b(yrs?|years?|mths|months?) [Ee]xp\b\.?", r"\1 experience", text)
    text = re.sub(r"\b[Ee]xp\.?(?= (?:in|as|with|at)\b)", "experience",
                  text)  # "5 yrs exp in retail", "exp as barista": not "exp. 2028" (round 43)
    text = re.sub(r"\b(Civil|Mechanical|Electrical|Chemical|Structural|Software|Environmental|"
                  r"Electronic|Aerospace|Biomedical) Eng\b\.?", r"\1 Engineering", text)
    text = _COUNTED.sub(lambda found: f"{found[1]}-{found[2]} " if found[3] not in CLOSED and
                        "NOUN" in readings(found[3]) else found[0], text)  # "12-hour shifts"
    text = re.sub(r"\b((?:[Cc]ert(?:ificate)?|[Ll]evel) )(iv|v?i{1,3})\b",  # "certificate iii"
                  lambda found: found[1] + found[2].upper(), text)
    return re.sub(r"\b([A-Z]{2,})['’]s(?=[,.;:!?)]|$| (?:and|or|for|in|on|at|with|to)\b)",
                  r"\1s", text)


_FIRST_FEW = re.compile(r"\b(for|in|during|over|within|after|of|throughout) ((?:first|last|next) "
                        r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|couple)\b)")
_HOW_LONG = re.compile(r"\b(been \w+ing) ((?:\d+|two|three|four|five|six|seven|eight|nine|ten) "
                      r"(?:years|yrs|months|mths|weeks|wks|seasons)\b)")  # "been glazing 22 yrs"
_COUNTED = re.compile(r"\b(\d+|two|three|four|five|six|eight|ten|twelve) (hour|minute|day|week|"
                      r"month|year|mile|metre|kilometre) (?=([a-z]+)\b)")
_PARENT = re.compile(r"(\w+[\w'’]*\s+)?\b(dad|mum|mam|mom)\b")
_OWNERS = frozenset(("my", "our", "his", "her", "their", "your", "a", "the", "whose", "and"))


def _owned(found: re.Match[str]) -> str:
    before = found[1] or ""
    owner = before.strip().lower()  # "with Davo's dad" is Davo's (round 42)
    return found[0] if owner in _OWNERS or owner.endswith(("'s", "’s")) else \
        f"{before}my {found[2]}"


def months_in_full(text: str) -> str:
    """"finish uni in late Nov" -> "finish uni in late November"; days paired by a slash or a
    dash too: "on Fri/Sat nights" -> "on Friday and Saturday nights", "Mon-Fri" -> "Monday to
    Friday" (round 36)."""
    text = _DAY_PAIR.sub(lambda pair: f"{_DAYS[pair[1][:3].lower()]} "
                         f"{'and' if pair[2] == '/' else 'to'} {_DAYS[pair[3][:3].lower()]}",
                         text)
    text = _DAY_DATED.sub(lambda day: _DAYS[day[1][:3].lower()] + " ", text)  # "Wed 9th"
    text = _MONTH_PAIR.sub(lambda pair: f"{MONTH_NAMES[pair[1][:3].lower()]} to "
                           f"{MONTH_NAMES[pair[2][:3].lower()]}", text)  # "Jan-Feb" (r51)
    text = _MONTH_YEAR.sub(lambda month: MONTH_NAMES[month[1][:3].lower()], text)  # "Sept 2025"
    return _WHEN_IN.sub(lambda said: f"{said[1]} {MONTH_NAMES[said[2][:3].lower()]}", text)


_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
_MONTH_PAIR = re.compile(rf"\b{_MONTH}\.?\s*[–-]\s*{_MONTH}\b\.?", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\b\.?(?=\s+(?:19|20)\d\d\b)", re.IGNORECASE)  # (round 55)
_DAYS = {day[:3]: day.capitalize() for day in (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}
_DAY = r"(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_DAY_PAIR = re.compile(rf"\b{_DAY}\.?\s*([/–-])\s*{_DAY}\b\.?", re.IGNORECASE)
_DAY_DATED = re.compile(rf"\b{_DAY}\.?\s+(?=\d{{1,2}}(?:st|nd|rd|th)?\b)", re.IGNORECASE)


WORD = re.compile(r"[^\W_][\w'’.&/-]*")  # a word of a note: "depo", "Q&A", "w/", "12hr"
MONTHS = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
WORDS_TOO = frozenset(("sat", "sun", "wed", "mar", "may"))


def first_note(text: str, *, questions: bool = False) -> str | None:
    """The first word of `text` that is a note to self (`NOTES`: "thurs", "oops", "vs"),
    "5x", "~25%" or hours ("7-3.30"), a short mixed-case abbreviation ("HoF"), or an
    exclamation or question mark inside a statement."""
    if "!" in text or (not questions and "?" in text):
        return "!" if "!" in text else "?"
    # "Dec 4", "4 Dec": a date, as written in letters too; "Dec" alone is a note's
    text = re.sub(rf"\b(?:{MONTHS})\.? \d{{1,2}}\b|\b\d{{1,2}} (?:{MONTHS})\b", " ", text)
    for word in WORD.findall(text):
        core = word.strip(".,;:'’\"()")
        # "Thurs", "oct"; "sat", "wed" and "sun" are words too, shorthand only with a capital
        dated = any(part.lower() in DATES and not (part[:1].isupper() and word.endswith(".")) and
                    (part[:1].isupper() or part not in WORDS_TOO)
                    for part in core.split("-"))  # "Mar-May" too
        if re.fullmatch(r"\d+x|x\d+|~\S*|\d{1,2}(?:[.:]\d\d)?[-–]\d{1,2}[.:]\d\d|"
                        r"\d{1,2}[.:]\d\d[-–]\d{1,2}", core.lower()) or dated or \
                core in NOTES or (re.fullmatch(r"[A-Z][a-z][A-Z]", core) and not re.search(
                    rf"\b{core} [A-Z][a-z]", text)):  # "HoF"; not "MiX Telematics" (round 46)
            return str(word)
    plus = re.search(r"\b[a-z]{3,}\+(?![\w+])", text)  # "staff+", not "CySA+" or "C++"
    return plus[0] if plus else "~" if "~" in text else None


# Words a note joins with a slash: "the shark ray/wobbegongs", "(feeding/husbandry/logbooks)";
# not names ("French/English"), numbers, "and/or", "he/she", nor shorthand ("w/o", "km/h").
_SLASHED = re.compile(r"(?<![\w/])[a-z]{3,}(?:/[a-z]{3,})+(?![\w/])")
_KEPT_SLASHED = frozenset(("and/or", "either/or", "his/her", "him/her", "he/she", "she/he",
                           "s/he", "they/them", "she/her", "he/him"))


def joined_slashes(text: str) -> str:
    """G2: words a note joins with a slash, joined as a letter does: "the shark ray/wobbegongs"
    -> "the shark ray and wobbegongs" (round 37)."""
    def joined(found: re.Match[str]) -> str:
        if found[0] in _KEPT_SLASHED:
            return found[0]
        items = found[0].split("/")
        return f"{', '.join(items[:-1])} and {items[-1]}"
    return _SLASHED.sub(joined, text) if "/" in text and " and " not in text else text  # not
    # "lockout and tagout and working in the hoistway" (round 38)


# An acronym and its meaning after it in brackets: "SC (Special Constable)"; after a word
# ("a volunteer SC"), not a credential that leads ("ARCO (Associate of ...), 2019").
_EXPANDED = re.compile(r"(?<=\w )([A-Z]{2,6})s?\s+\(([A-Za-z][A-Za-z&' -]*)\)")


def spelled_out(text: str) -> str:
    """G2: an acronym given with its meaning says the meaning, as a letter would: "a volunteer
    SC (Special Constable)" is "a volunteer Special Constable"."""
    if "(" not in text:
        return text

    def meaning(match: re.Match[str]) -> str:
        said = match[2].strip()
        initials = "".join(word[0] for word in re.split(r"[\s-]+", said) if word and
                           word.lower() not in ("of", "and", "&", "the", "for", "in"))
        return said if initials.upper() == match[1] else match[0]
    return _EXPANDED.sub(meaning, text)
