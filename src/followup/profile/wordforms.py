"""English word forms, for reading a profile's free text (`profile.fields`): what a word can
be, where a sentence's subject and verb are, a noun phrase's head, "a" or "an"; lemminflect
gives the word classes (imported on first use, ~0.2 s), and the closed ones are listed here."""

from __future__ import annotations

import functools
import re
from typing import Any


def words_of(text: str) -> frozenset[str]:
    return frozenset(text.split())


def phrases_of(text: str) -> frozenset[str]:
    return frozenset(text.split("|"))


DETERMINERS = words_of("a an the this that these those my our your their his her its each every "
                       "some any no another both all")
SUBJECTS = words_of("i we you they he she it we've we're they've they're you're he's she's it's")
AUXILIARIES = words_of("is are was were am be been has have had do does did will would can could "
                       "should shall may might must isn't aren't wasn't weren't don't doesn't "
                       "didn't won't can't")
PREPOSITIONS = words_of("of in on at for with to from by about as into over under across within "
                        "without through during including like per via than after before around "
                        "between among towards until behind beside near beyond throughout "
                        "alongside upon inside outside onto toward")
WH_WORDS = words_of("how what why where when who whom whose which whether if")
NUMBERS = words_of("one two three four five six seven eight nine ten twelve twenty thirty forty "
                   "fifty hundred several few many half")
SUBJECTLESS = words_of("am have had was can could will do did")  # a CV's "Am a Welsh speaker"
CLOSED = DETERMINERS | SUBJECTS | AUXILIARIES | PREPOSITIONS | WH_WORDS | NUMBERS | {"and", "or"}
OBJECTS, HAVING = words_of("me us them"), words_of("experience knowledge expertise training")
# Tools named by English words, kept as names when capitalised ("Excel", not "excel").
SOFTWARE = words_of("excel word access outlook teams zoom slack notion tableau oracle python java "
                    "ruby swift rust sage xero canva figma jira")
# Nouns without an article ("experience"), and heads that take one though bare ("a degree").
MASS = words_of("experience knowledge expertise training attention communication service work "
                "management leadership teamwork research data feedback advice support stock cash "
                "software progression development culture staff fatigue safety wellbeing morale "
                "overtime")
ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ship)$|^(?:" +  # no "the":
                      "|".join(MASS) + ")$")  # "enrolment targets versus funding", "fatigue and"
CREDENTIALS = words_of("licence license ticket certificate certification cert degree diploma award "
                       "qualification distinction scholarship prize record background passion "
                       "understanding grasp eye placement internship apprenticeship secondment "
                       "clerkship traineeship fellowship ba bsc ma msc phd mba beng meng llb llm "
                       "be bs bsn bfa mfa hnd hnc nvq btec gcse accreditation")
# Participles that describe a person ("a certified first-aider") as often as an act.
DESCRIBING = words_of("certified qualified chartered registered licensed accredited experienced "
                      "skilled trained published proven seasoned motivated organised organized "
                      "dedicated committed")
PEOPLE = words_of("nurse coach chef graduate fellow member professional apprentice midwife "
                  "paramedic barista student agent guide medic master person champion lead rep "
                  "ambassador buddy trustee president vice-president chair chairperson captain "
                  "secretary prefect representative convenor candidate cook trainee intern "
                  "cadet pilot scout hand deckhand farmhand")
PLACES = words_of("new north south east west great upper lower san santa saint st red royal")
# Plural nouns that modify another ("sales team", "5 years experience"): not subjects.
PLURAL_MODIFIERS = words_of("sales goods arts news systems events operations services sports "
                            "savings accounts products years months weeks days hours maths")
ABBREVIATIONS = words_of("e.g. i.e. etc. dr. mr. mrs. ms. st. approx. vs. no. inc. ltd. co. jr. "
                         "prof. dept. incl. esp. a.m. p.m. yrs. hrs. avg. ave. est. min. max. "
                         "ref. tel. ext. reg. c. jan. feb. mar. apr. jun. jul. aug. sep. insp. "
                         "sept. oct. nov. dec. mon. tue. tues. wed. thu. thur. thurs. fri. sat. "
                         "sun. poss. prob. wk. wks. mth. mths. exp. reimb. govt. mgmt. cert. cat.")
# Marks `parts` leaves on a word an aside was set apart from: punctuation, as far as reading goes.
MARKS = "".join(chr(0xE000 + index) for index in range(16))
PUNCTUATION = "\"'“”‘’()[]{}.,;:!?…-–—*•/&+ " + MARKS
# Words that say how often, after which an ambiguous word is a verb ("the menu changes weekly").
FREQUENCY = words_of("every each once twice daily weekly monthly yearly annually")


@functools.cache
def lemminflect() -> Any:
    """lemminflect, imported on first use: it costs ~0.2 s."""
    import lemminflect as module  # type: ignore[import-untyped]

    return module


def bare(word: str) -> str:
    return word.strip(PUNCTUATION).replace("’", "'").lower()


def is_acronym(word: str) -> bool:
    """"IT", "BE", "AWS": not the pronoun, verb or word they spell."""
    core = word.strip(PUNCTUATION)
    return len(core) > 1 and core.isupper()


@functools.lru_cache(maxsize=8192)
def readings(word: str) -> frozenset[str]:
    """What a lower-case word can be: PAST (VBD or VBN), VBD (a past that is no participle:
    "went"), VBG, VBZ, BASE, NOUN, PLURAL, ADJ, DESCRIBES (an adjective first: "good", not
    "stock"), ADV. A word lemminflect lacks is read by its ending or its last part."""
    lemmas, found = lemminflect().getAllLemmas(word), set()
    if not lemmas:
        if "-" in word:  # "hard-working" describes
            last = readings(word.rsplit("-", 1)[1])
            return frozenset({"ADJ", "DESCRIBES"}) if last & {"PAST", "VBG"} else last
        ending = re.search(r"(ing)$|(?:ity|ness|[st]ion|ment|ship|ism)$|(?:line|over|flow|load|"
                           r"^rota)(s?)$|(ual|ical|ous|ive)$", word)  # "timelines", "handover"
        return frozenset() if not ending else frozenset({"NOUN", "VBG"} if ending[1] else {"ADJ"}
            if ending[3] else {"NOUN", "PLURAL"} if ending[2] else {"NOUN"})  # "trilingual": ADJ
    for lemma in lemmas.get("VERB", ()) + lemmas.get("AUX", ()):
        forms = lemminflect().getAllInflections(lemma, upos="VERB")
        participle = word in forms.get("VBN", ()) + lemminflect().getInflection(lemma, "VBN")
        if participle or word in forms.get("VBD", ()):
            found |= {"PAST"} if participle else {"PAST", "VBD"}
        found |= {name for tag, name in (("VBG", "VBG"), ("VBZ", "VBZ"), ("VB", "BASE"),
                                         ("VBP", "BASE")) if word in forms.get(tag, ())}
    if not found and "VERB" in lemmas:  # a form the tables leave out: "proven"
        found.add("PAST" if word.endswith(("ed", "en", "wn", "t")) else "BASE")
    if "NOUN" in lemmas:
        found |= {"NOUN"} if word in lemmas["NOUN"] else {"NOUN", "PLURAL"}
    if "ADJ" in lemmas:  # gradable ("better") or never a noun: an adjective first
        graded = "NOUN" not in lemmas or "JJR" in lemminflect().getAllInflections(word, "ADJ")
        found |= {"ADJ", "DESCRIBES"} if graded else {"ADJ"}
    return frozenset(found | ({"ADV"} & set(lemmas)))


def base_form(word: str) -> str:
    """A verb's base form ("speaks", "sending": "speak", "send")."""
    lemmas = lemminflect().getAllLemmas(word)
    return str((lemmas.get("VERB") or lemmas.get("AUX") or (word,))[0])


@functools.lru_cache(maxsize=8192)
def is_name(token: str) -> bool:
    """A word kept capitalised: I, an acronym, a name ("Python", "Airtable", "Polish")."""
    core = token.strip(PUNCTUATION)
    if not core[:1].isupper():
        return False
    if core == "I" or re.match(r"[A-Z]-", core) or any(  # "A-level"
            char.isupper() or char.isdigit() for char in core[1:]):
        return True
    low = core.lower().split("-")[0]
    if low in CLOSED:
        return False
    # lemminflect knows some capitalised words as names: "Python", but "Good" and "Proven" too.
    return low in SOFTWARE or not readings(low) or (
        bool(lemminflect().getAllLemmas(core, upos="PROPN")) and readings(low) <= {"NOUN", "BASE"})


def lower_first(text: str) -> str:
    """Lower the first letter, but not a name's, nor a noun's before a capital ("Opera PMS")."""
    first, _, rest = text.partition(" ")
    tags = readings(bare(first))
    second, _, rest = rest.partition(" ")
    third = rest.partition(" ")[0]
    common = second[:1].isupper() and second != "I" and not is_name(second)
    titled = bare(first) not in CLOSED and not first.endswith(",") and first[:1].isupper() and (
        (second[:1].isupper() and third[:1].isupper()) or  # "Mental Health First Aid"
        (second[:1].isupper() and second != "I" and "NOUN" in tags and
         not tags & {"PAST", "VBZ", "VBG", "ADJ"}) or
        # "Reading Recovery trained", "Complete Streets project"; not "Teaching Science to"
        (not tags & {"PAST", "VBZ"} and common and bare(third) not in CLOSED) or
        (second == "of" and third[:1].isupper() and not is_name(third)) or  # "Head of Year"
        (bare(first) in PLACES and is_name(second)) or  # "New Zealand", "South Tyneside"
        # "Grade 8 organ", "Level 3 barista cert"; not "Lead 5 volunteers"
        ("NOUN" in tags and not tags & {"PAST", "VBZ", "VBG"} and bool(re.fullmatch(
            r"\d{1,2}|[IVX]{1,4}", second.rstrip(","))) and "PLURAL" not in readings(bare(third))))
    return text if not text or titled or is_name(first) else text[0].lower() + text[1:]


def capital_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def article(word: str) -> str:
    """'a' or 'an', by how the word is said ("an MSc", "a university", "an hour")."""
    core = word.strip(PUNCTUATION).split(" ")[0].strip(PUNCTUATION)
    if core[:1].isupper() and core[1:2].isupper():
        if said_as_a_word(core):  # "a NEWS2 champion", "a NASA grant"
            return "an" if core[0] in "AEIO" else "a"
        return "an" if core[0] in "AEFHILMNORSX" else "a"  # said letter by letter: "an MSc"
    low = core.lower()
    if low.startswith(("uni", "use", "usu", "eu", "one", "once", "ute", "uti", "ura", "uro")):
        return "a"
    silent_h = low.startswith(("hour", "heir", "honest", "honou", "honor"))  # "an honorarium"
    return "an" if low[:1] in tuple("aeiou8") or silent_h else "a"


ONSETS = phrases_of("b|c|d|f|g|h|j|k|l|m|n|p|r|s|t|v|w|y|z|bl|br|ch|cl|cr|dr|fl|fr|gl|gr|pl|pr|"
                    "sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|wh|str|spr|scr")
CODAS = phrases_of("|b|c|d|f|g|k|l|m|n|p|r|s|t|x|z|ck|ct|ft|ld|lt|mp|nd|ng|nk|ns|nt|rd|rk|rs|"
                   "rt|sk|sp|st|ts|sh|ch|th|q")


def said_as_a_word(acronym: str) -> bool:
    """An acronym said as a word ("NEWS", "NASA", "SCUBA"), not letter by letter ("NHS",
    "FRCO", "NIHR"): four letters or more, a sayable start and end, no long consonant run."""
    letters = re.sub(r"[^a-z]", "", acronym.lower())
    if len(letters) < 4 or not re.search(r"[aeiou]", letters):
        return False
    syllables = re.split(r"[aeiouy]+|(?<=[aeiou])w", letters)
    onset, coda = syllables[0], syllables[-1]
    return (onset in ONSETS or not onset) and coda in CODAS and all(
        len(run) <= 3 for run in syllables[1:-1])


def is_number(word: str) -> bool:
    return word in NUMBERS or bool(re.fullmatch(r"[£$€]?\d[\d,.]*[%km+]?", word))


def finite_verb(words: list[str]) -> int | None:
    """Where the verb after a subject at the start is ("The team [is] moving", "New starters
    [shadow] customers"); None when the text has no subject of its own."""
    for index, word in enumerate(words[:8]):
        low = bare(word)
        if index and is_finite(words, index):
            return index
        tags = readings(low)
        ahead = bare(words[index - 1]) if index else "of"  # "half [the] team"; not "of [their]"
        if low in WH_WORDS or ((low in DETERMINERS or low in SUBJECTS) and ahead != "of" and
                               "NOUN" in (readings(ahead) or {"NOUN"}) and not is_number(ahead)):
            return None  # "the negotiations [the team ran]", "the steinway [he is rebuilding]"
        subject = (low in DETERMINERS or low in SUBJECTS or is_number(low) or low in ("and", "of")
                   or low.endswith("'s") or is_name(word) or bool(tags & {"NOUN", "ADJ", "VBG"})
                   or not tags)
        counted = index == 0 and low in ("around", "about", "over", "nearly", "almost") and \
            is_number(bare(words[1]) if len(words) > 1 else "")  # "around 30 interns join"
        if index and low in PREPOSITIONS - {"of"} and "NOUN" in readings(bare(words[index - 1])):
            return next((later for later in range(index + 2, min(index + 5, len(words))) if (
                "VBD" in readings(bare(words[later])) or bare(words[later]) in AUXILIARIES)
                and "NOUN" in readings(bare(words[later - 1])) and bare(words[later - 1]) not in
                CLOSED), None)  # "enrollment in band went", not "a scheme that was upheld"
        if not (subject or counted) or word.endswith((",", ";", ":")) or (
                low in PREPOSITIONS - {"of"} and not counted):
            return None
    return None


def is_finite(words: list[str], index: int) -> bool:
    low, before = bare(words[index]), bare(words[index - 1])
    after = bare(words[index + 1]) if index + 1 < len(words) else ""
    before_tags, tags = readings(before), readings(low)
    if (before in DETERMINERS or before in PREPOSITIONS | {"and", "to"} or low in PREPOSITIONS
            - {"like"} | {"up", "out"} or words[index - 1].endswith(("'", "’")) or (  # "over"
                words[index][:1].isupper() and words[index - 1][:1].isupper() and before not in
                SUBJECTS)):  # a name's word: "City & Guilds Level 2"
        return False
    if low in AUXILIARIES:
        return True
    if is_acronym(words[index - 1]):
        before = before.upper()  # "IT support": not "it"
    if re.fullmatch(r"[A-Z]{2,}s", words[index - 1]) or (not before_tags and re.fullmatch(
            r"[a-z]{3,}[^su]s", before)):  # "HCAs help", "the techs text": a plural
        before_tags = frozenset({"NOUN", "PLURAL"})
    if not (before in SUBJECTS or "NOUN" in before_tags or is_name(words[index - 1])):
        return False
    plural = before not in PLURAL_MODIFIERS and ("PLURAL" in before_tags or (
        index > 1 and is_number(bare(words[index - 2])) and bare(words[index - 2]) not in (
            "1", "one")))  # "30 staff work"
    opens = (after in DETERMINERS or after in SUBJECTS or after in OBJECTS or is_number(after)
             or after in ("that", "to", "into") or "PLURAL" in readings(after))
    if ("ADJ" in before_tags and "NOUN" in readings(after) and not opens and index + 2 < len(
            words)) or (before in PLURAL_MODIFIERS and index > 1 and is_number(words[index - 2])):
        return False  # "PA local earned income tax" (a participle), "18 months bar and floor"
    if plural and tags == {"NOUN"} and after in DETERMINERS and "PLURAL" in before_tags:
        return True  # "the techs text the office": a verb English lists as a noun only
    if plural and tags >= {"BASE", "PAST"} and not tags & {"VBD", "NOUN", "ADJ"}:
        return True  # "samples come in": after a plural, "come" is no participle
    if "VBD" in tags or ("PAST" in tags and not tags & {"NOUN", "ADJ"}):
        # not "the plans made for next year", nor "Reading Recovery trained"
        return "VBD" in tags or (after not in PREPOSITIONS - {"to", "into"} and after != "")
    if "VBZ" in tags and not plural:  # "The team handles", not "my R scripts", "WCAG 2.2 AA audits"
        plain = not any(bare(word) == "and" or is_number(bare(word)) for word in words[:index])
        if "NOUN" in tags and (after in FREQUENCY or after in DETERMINERS or (
                index == 1 and plain_singular(words[0]) and not is_name(words[0]) and (
                    after in PREPOSITIONS or is_number(after)))):
            return True  # "the menu changes every season", "kitchen closes at 10pm"
        if "NOUN" in tags and (not after or after == "and" or words[index].endswith(",") or
                               readings(after) & {"VBG", "PAST"} == readings(after) != set()
                               or (low in ("issues", "problems", "rates", "times", "costs")
                                   and (index > 2 or after in PREPOSITIONS))):  # "times for"
            return False  # "the new GNSS base stations", "the patient retention issues in"
        return "NOUN" not in tags or (
            (bare(words[0]) in DETERMINERS or is_name(words[0])) and plain)
    if "BASE" in tags and (plural or before in SUBJECTS or not tags & {"NOUN", "ADJ"}):
        return "NOUN" not in tags or opens or after in PREPOSITIONS or readings(after) == {"ADV"}
    return False


def noun_head(words: list[str]) -> str:
    """The last word of the first noun phrase: before a preposition, a comma or a bracket."""
    head = words[0]
    for word in words:
        if bare(word) in PREPOSITIONS or word.startswith("(") or word.lower() in ABBREVIATIONS:
            break
        head = word
        if word.endswith((",", ";", ":")):
            break
    return head


def plain_singular(word: str) -> bool:
    """A singular noun that takes an article ("a degree", "an MSc"), not "experience"."""
    low, acronym = bare(word), sum(char.isupper() for char in word) > 1
    return ("PLURAL" not in readings(low) and low not in MASS and (acronym or not is_name(word))
            and not low.endswith(("ing", "ship", "ness", "ism", "ion", "ment", "ity", "ics")))


def is_person(word: str) -> bool:
    low = bare(word)
    return low in PEOPLE or (low.endswith(("er", "or", "ist", "ian", "ant")) and len(low) > 4
                             and "PLURAL" not in readings(low))


def is_question(words: list[str], asked: bool) -> bool:
    """A direct question: "Is there...", "How does the team...", "... is it", or a question
    word and "?" without a statement's subject after it ("how [often] the team works?")."""
    first, second = bare(words[0]), bare(words[1]) if len(words) > 1 else ""
    subject = second in DETERMINERS or second in SUBJECTS or second == "there"
    if first in AUXILIARIES:  # "Do chefs", but not "Can drive a forklift"
        return bool(second) and (subject or "PLURAL" in readings(second) or asked or
                                 is_name(words[1]) or any(  # "Do new hires go out"
            "PLURAL" in readings(bare(words[index])) and "BASE" in readings(bare(words[index + 1]))
            and readings(second) & {"ADJ", "NOUN"} for index in range(2, min(4, len(words) - 1))))
    if re.fullmatch(r"(?:what|how|who|where|when|why)(?:'s|'re|s)", first):
        return True  # "What's", and "whats" typed without the apostrophe
    if first not in WH_WORDS - {"whether", "if"}:
        return False
    last = 2 if first == "how" and second not in ("many", "much", "long", "often") else 4
    for index in range(1, min(last, len(words) - 1)):  # "What training do [volunteers] get"
        verb, after = bare(words[index]), bare(words[index + 1])  # not "what the techs do with"
        if (verb in ("do", "does", "did") and after not in PREPOSITIONS) or (verb in AUXILIARIES
                and (after in DETERMINERS or after in SUBJECTS or "NOUN" in readings(after))):
            return True
    if len(words) > 2 and bare(words[-2]) in AUXILIARIES and bare(words[-1]) in ("it", "there",
                                                                              "they"):
        return True  # "how many hours a weekend is it"
    return asked and not (subject or (first == "how" and bool({*words[2:3]} & DETERMINERS)))


def topic(words: list[str]) -> str:
    """A noun phrase as a topic, with "the" before a bare singular ("the mentoring scheme")."""
    text, head = lower_first(" ".join(words)), noun_head(words)
    before = [bare(word) for word in words[:words.index(head) + 1]]
    gerund = "VBG" in readings(before[0]) and any("PLURAL" in readings(word) for word in before)
    gerund = gerund or (len(before) == 1 and head.endswith(","))  # "hybrid, 2 days a week"
    if (any(word in DETERMINERS or word in SUBJECTS or "'" in word or is_number(word)
            for word in before) or before[0] in WH_WORDS or not plain_singular(head)
            or "PAST" in readings(before[0]) or before[0] in ("approx", "around", "about", "over")
            or gerund or (len(before) == 1 and readings(before[0]) & {"ADJ", "NOUN"} == {"ADJ"})
            or ({"and", "or", "versus", "vs"} & {*before} and ABSTRACT.search(before[0]))):
        return text  # "keeping volunteers coming back", "wholesale", "fatigue and handover"
    return "the " + text


def swap_persons(text: str, table: dict[str, str]) -> str:
    """Pronouns said by the other side, said back ("let you know" -> "let me know")."""
    pattern = (r"\b(?:" + "|".join(table) + r")\b").replace("'", "['’]")
    return re.sub(pattern, lambda match: table[match[0].lower().replace("’", "'")], text,
                  flags=re.I)


TO_ME = {"you": "me", "your": "my", "yours": "mine", "yourself": "myself"}
TO_YOU = {"we": "you", "our": "your", "ours": "yours", "us": "you", "we're": "you're",
          "we've": "you've", "we'll": "you'll"}

# TY4, CV lines (`highlights`): languages, with their capital ("spanish" -> "speak Spanish").
LANGUAGES = words_of(
    "english irish welsh gaelic french spanish german italian portuguese dutch polish russian "
    "ukrainian czech slovak hungarian romanian bulgarian greek turkish arabic hebrew persian "
    "farsi urdu hindi punjabi bengali gujarati tamil telugu marathi mandarin cantonese chinese "
    "japanese korean vietnamese thai indonesian malay tagalog filipino swahili somali amharic "
    "yoruba igbo hausa zulu xhosa afrikaans swedish norwegian danish finnish icelandic "
    "lithuanian latvian estonian croatian serbian slovenian albanian māori maori samoan tongan "
    "auslan bsl asl latin catalan basque galician hokkien teochew hakka kannada malayalam "
    "isizulu isixhosa sesotho setswana sepedi xitsonga tshivenda siswati bahasa indonesia")
FLUENCY = words_of("conversational basic native intermediate advanced business working "
                   "elementary beginner bilingual")  # before a language: "speak basic Thai"
MOSTLY = words_of("mostly mainly largely chiefly usually typically")  # an aside: ", mostly on"
# A deed written after its object in notes ("RPL held"): "hold an RPL", "have passed the ...".
DONE = words_of("held passed obtained achieved gained awarded completed earned done")
# A measure that went down or up ("food cost down from 34%"), or was made to ("costs cut by").
MEASURED = {word: word for word in words_of("reduced cut lowered increased raised improved "
                                            "doubled halved tripled boosted")} | {"grown": "grew"}
# Credentials one holds when named ("hold a Certificate of Competency", "hold FoodSafe Level 2").
HELD = words_of("licence license ticket certificate certification cert qualification diploma "
                "card passport record")
# Things made, not fields worked in: "have experience in a sales report" says nothing.
THINGS = words_of("report guide handbook manual paper article newsletter proposal bid brochure "
                  "leaflet website app dashboard tool model database spreadsheet podcast blog")


def spoken(words: list[str]) -> str | None:
    """Languages, and how well: "spanish" -> "speak Spanish"; "conversational Spanish" ->
    "speak conversational Spanish"; "Polish and Irish" -> "speak Polish and Irish"."""
    said = [bare(word) for word in words]
    if not set(said) & LANGUAGES or not set(said) <= LANGUAGES | FLUENCY | {"and", "or"}:
        return None
    named = " ".join(word.upper() if bare(word) in ("bsl", "asl") else word[:1].upper() + word[1:]
                     if bare(word) in LANGUAGES else word.lower() for word in words)
    bilingual = said[0] == "bilingual"  # "am bilingual in English and Spanish"
    return f"am bilingual in {named.partition(' ')[2]}" if bilingual else "speak " + named
