"""People's names as a profile gives them ("Dr. Anika Desai", "Zhang Wei", "the recruitment
team"), read into honorific, first name and surname (`read_name`), and how one signs
(`greetings` says what follows "Dear "). nameparser parses; the rules here are those it
lacks: roles, family names first, compound given names, particles, patronyms, brackets,
initials."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from followup.profile.forms import WORD_NAMES, Name
from followup.profile.honorifics import (
    FIRST_NAME_HONORIFICS,
    HONORIFICS,
    JOB_WORDS,
    ROLE_SMALL_WORDS,
    SEPARATORS,
    degree_honorific,
    doubts_name,
    first_role,
    fold,
    generation,
    is_letters,
    is_role,
    normal_honorific,
    split_honorifics,
    split_post_nominals,
    word_set,
)

if TYPE_CHECKING:
    from nameparser.config import Constants

# Common family names written first; Vietnamese apart: greeted by the last word (Nguyen Van An).
VIETNAMESE_FAMILY_NAMES = word_set("nguyen tran le pham hoang huynh phan vu vo dang bui do ngo "
                                   "duong ly")
FAMILY_NAMES_FIRST = VIETNAMESE_FAMILY_NAMES | word_set("""wang li zhang liu chen yang huang
    zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng
    cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng su lu ding ren shen yao jin
    wong chan cheung leung lau ng chow tsang lam ho kim lee park choi jung jeong kang cho yoon
    jang lim oh seo shin kwon hwang ahn yoo hong sato suzuki takahashi tanaka watanabe ito
    yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura
    hayashi shimizu saito tan ong goh teo koh yeo chua toh tay neo quek seah phua khoo yap""")
# A word of the syllables of romanised Chinese, Korean, Japanese or Vietnamese: when the
# rest of a name is not ("Lee Anderson", "Kim Smith"), its given name comes first.
EAST_ASIAN_SYLLABLES = re.compile(
    r"(?:(?:ch|sh|zh|ts|ng|nh|ph|th|tr|kh|gi|qu|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstvwxyz])?"
    r"[aeiouy]{1,3}(?:ng|nh|ch|[nmkptlhcw])?)+")  # "Siew", "Chew" (round 45)
EAST_ASIAN_SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
WELSH_PARTICLES = word_set("ap ab ferch verch")  # patronyms: "Rhodri ap Gwilym" is Mr ap Gwilym
NICKNAMED = word_set("big little lil wee")  # "Big Mike" is greeted as Mike
GOES_BY = word_set("bob bobby bill billy ted ned jack liz beth betty peggy molly sally tony sandy")
GIVEN_WORDS = GOES_BY | WORD_NAMES  # first names that are words too: "Foreman (Dale)"
PATRONYMS = word_set("bin binti binte bte d/o s/o a/l a/p")  # "son of": no surname after it
# Given names used as one first name; after a Spanish pair, surnames ("María José García").
SPANISH_GIVEN_PAIRS = word_set("""maria jose, jose luis, juan carlos, juan pablo, jose maria,
    ana maria, luis miguel, jose antonio, jose manuel, juan jose, maria luisa, maria elena,
    maria jesus, maria teresa, miguel angel, juan manuel, maria fernanda, joao pedro,
    ana paula, luiz carlos""", ",")
GIVEN_PAIRS = SPANISH_GIVEN_PAIRS | word_set("""mary jane, mary ann, mary anne, mary beth,
    mary kate, mary lou, mary jo, mary ellen, sarah jane, anne marie, ann marie, rose marie,
    anna maria, marie claire, marie louise, marie therese, jean paul, jean luc, jean pierre,
    jean claude, jean marc, jean francois, jean baptiste, jean michel, jean louis, billy bob,
    billie jo, betty jo, lee ann, tammy lynn, peggy sue, betty lou, ella mae, mary kay""", ",")
GIVEN_PAIR_WORDS = frozenset(word for pair in GIVEN_PAIRS for word in pair.split())
PARTICLES = word_set("""van von der den de del della dei di da das dos do du la ter ten zu af
    av bin binti ibn al el""") | WELSH_PARTICLES
# Particles that start a surname, capitalised: Irish and Scottish ("Nic Giolla Phádraig";
# compared with accents: "O" is often an initial, "Ní" never a given name), and Lakota.
LEADING_PARTICLES = word_set("mac mc nic ní ni ó ua uí ui mhic giolla") | word_set(
    "two three four five six many red white black")  # "Ruth Two Bulls": Dr Two Bulls
GAELIC_SURNAME_STARTS = word_set("ó ní uí ua mhic")
MAC_NAMES = word_set("""macdonald mackenzie maclean macleod macgregor macarthur mackay
    macmillan macintyre macaulay macpherson macneil macrae mackinnon macfarlane maclachlan""")
ASIDES = re.compile(r'\s*(?:\(([^()]*)\)|"([^"]*)"|\u201c([^\u201d]*)\u201d)\s*')
ONE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
INITIALS = re.compile(r"[^\W\d_]\.?|(?:[^\W\d_]\.){1,3}[^\W\d_]?\.?")  # "J", "T.M.", "j.k"
WRAPPERS = {"(": ")", '"': '"', "\u201c": "\u201d", "'": "'"}
# A name in brackets after a role, perhaps with a doubt: "(Jess?)", "(maybe Jess)".
BRACKETED_NAME = re.compile(
    r"(?:(?P<hedge>maybe|possibly|probably|perhaps|i think(?: it'?s)?|name(?: is)?:?|called"
    r"|named)\s+)?(?P<word>[^\W\d_][\w'\u2019-]*)\s*(?P<doubt>\?*)", re.IGNORECASE)
NOT_FIRST_NAMES = word_set("ltd inc llc plc co group agency uk us usa emea apac admin ops hq")


class Parsed(NamedTuple):
    """A name's words in given-name-first order, as typed and as case-fixed."""
    typed: list[str]
    cased: list[str]
    given_count: int  # words before the surname, as nameparser splits them
    comma: bool  # written "Surname, First"
    nickname: str | None


class Asides(NamedTuple):
    """A name without its asides; the nickname among them; what brackets at the end hold."""
    rest: str
    nickname: str | None
    last: str | None


# Ranks of two words, said before a name as a title: "Charge Nurse Riley".
RANKS = frozenset(("charge nurse", "staff nurse", "ward sister", "ward manager", "station officer",
                   "watch manager", "crew manager", "head teacher", "deputy head"))


def read_name(written: str, honorific: str | None = None) -> Name:
    """A name as a profile writes it; `honorific:` wins over a title in it, that over a
    doctorate after it ("Sarah Khan PhD": Dr); "Director's PA (Jess?)": a role, Jess unsure."""
    text, aside, last = drop_asides(tidy(written))
    given_honorific = normal_honorific(honorific)
    text = person_part(text)
    said = text.split()  # a post and who holds it: "Shop Foreman (Dale)", "Head Chef Marco"
    post = bool({fold(word) for word in said[-1:]} & JOB_WORDS and bracketed_first_name(last)) \
        or (len(said) > 2 and all(fold(word) in JOB_WORDS for word in said[:-1]))
    if is_role(text) or doubts_name(written) or post:  # "Trustee (didn't catch"
        first = bracketed_first_name(last)
        return Name(written, given_honorific, first, None, first_role(text), role=True,
                    certain=first is None)
    titled, rest = split_honorifics(text)
    rank, named = " ".join(rest.split()[:2]), rest.split()[2:]  # "Charge Nurse Tom Riley":
    if not titled and fold(rank) in RANKS:  # a rank of two words (round 57)
        if not named:  # the rank alone is a post, greeted whole: never "Dear Charge"
            return Name(written, given_honorific, None, None, rank.title(), role=True,
                        certain=True)
        titled, rest = (rank.title(), " ".join(named)) if fold(named[0]).rstrip(".") not in \
            HONORIFICS else split_honorifics(" ".join(named))  # "Head Teacher Mrs Jones"
    held, *after = rest.split() or [""]  # "Principal Kowalczyk": a post, a surname (r55)
    if not titled and len(after) == 1 and fold(held) in JOB_WORDS and after[0].istitle() \
            and fold(after[0]) not in JOB_WORDS | GIVEN_WORDS:
        titled, rest = held.capitalize(), after[0]
    # a rank of two words: "Chief Deputy R. A. Pennington" is Chief Deputy Pennington
    while titled and len(rest.split()) > 1 and fold(rest.split()[0]) in JOB_WORDS:
        titled, rest = f"{titled} {rest.split()[0].capitalize()}", rest.split(" ", 1)[1]
    rest, letters = split_post_nominals(rest)
    if last and all(is_letters(word, after_comma=True) for word in last.split()):
        letters += last.split()  # "Sarah Khan (PhD)"
    found = given_honorific or titled or degree_honorific(letters)
    if not rest:
        return Name(written, found, None, None, "", role=False, certain=False)
    parsed = parse(rest)
    words = chosen_words(parsed)
    first, surname, certain = name_parts(words, parsed, found)
    if len(words) > 1 and not INITIALS.fullmatch(words[0]) and all(
            INITIALS.fullmatch(word) for word in words[1:]) and (  # "Mr Tay K. H.": Mr Tay;
            len(words) > 2 or fold(words[0]) in FAMILY_NAMES_FIRST):  # "Tyler M.": Tyler
        first, surname, certain = None, words[0], False
    if marker := next((at for at, word in enumerate(words) if fold(word) in PATRONYMS), 0):
        words[marker] = words[marker].lower()  # "Ms Priya d/o Ramasamy" is Ms Priya
        first, surname, certain = " ".join(words[:marker]), None, True
    if first and INITIALS.fullmatch(first) and (found or surname):  # "Ms T.M. Sekhukhune",
        first, certain = None, False  # "T.J. Brandvold": not "Dear T.M." (round 42)
    if len(words) > 1 and fold(words[0]) in NICKNAMED:  # "Big Mike": Mike
        first, surname, certain = words[1], " ".join(words[2:]) or None, True
    # the name they go by: 'Elizabeth (Liz) Taylor', a Western name after a family-first one
    # ("WONG Ka-Ming (Kevin)"); not a mate's 'Seán "Jigger"'
    western = family_first(parsed.typed) and bracketed_first_name(last, western=True)
    nickname = aside or parsed.nickname or western
    if nickname and words and (fold(nickname) in GOES_BY or western or
                               _initial(nickname) == _initial(first or words[0])):
        if nickname.islower():  # "deccie": Deccie, as the name is
            nickname = "-".join(part.capitalize() for part in nickname.split("-"))
        return Name(written, found, nickname, surname, " ".join(words), role=False,
                    certain=True, given=None if western else first or words[0])
    return Name(written, found, first, surname, " ".join(words), role=False, certain=certain)


def _initial(name: str) -> str:
    """A name's first sound, as a nickname keeps it: "Con" of "Konstantinos" (round 58)."""
    letter = fold(name)[:1]
    return "c" if letter == "k" else letter


def tidy(text: str) -> str:
    """One space between words; no stray punctuation ("J.K." kept whole) or wrapping quotes."""
    text = " ".join(text.split()).strip(" ,;:!?*\u2022-\u2013\u2014")
    text = text if INITIALS.fullmatch(text) and "." in text[:-1] else text.rstrip(".").strip()
    while len(text) > 1 and WRAPPERS.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    text = re.sub(r"(?<=\w)\s+@\s*[^@\s][^@]*$", "", text)  # "Kirsty @ VetStaff": her firm
    return re.sub(r"^((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)\s+from\s+(?:the\s+)?[\w&]+(?:\s+[\w&]+)?"
                  r"$", r"\1", text)  # "Shazia from HR": her team (round 55)


def drop_asides(text: str) -> Asides:
    """The name without asides; a nickname ("Elizabeth (Liz) Taylor"); brackets at the end."""
    nicknames: list[str] = []
    ends: list[str] = []

    def drop(match: re.Match[str]) -> str:
        inner = " ".join((match.group(1) or match.group(2) or match.group(3) or "").split())
        quoted_or_inside = match.group(1) is None or 0 < match.start() < match.end() < len(text)
        if quoted_or_inside and ONE_WORD.fullmatch(inner) and not is_role(inner):
            nicknames.append(inner)
        elif match.group(1) is not None and match.end() == len(text):
            ends.append(inner)
        return " "

    rest = " ".join(ASIDES.sub(drop, text).split())
    if not rest and nicknames:  # '"Nico" (senior tech)': the name they go by is all there is
        return Asides(nicknames[0], None, ends[0] if ends else None)  # (round 54)
    return Asides(rest, nicknames[0] if nicknames else None, ends[0] if ends else None) if rest \
        else Asides(text, None, None)


def bracketed_first_name(inner: str | None, *, western: bool = False) -> str | None:
    """The name in brackets after a role: "Jess?", "maybe Jess", "Jess"; one word that may be
    a first name. Bare, an English word ("Sales") or capitals ("IBM") needs a "?"; not after
    a family-first name, where a word with a capital is the Western name ("LIANG Hao
    (Harry)", round 54)."""
    match = BRACKETED_NAME.fullmatch(inner or "")
    if match is None:
        return None
    word, hedged = match["word"], bool(match["hedge"] or match["doubt"])
    key = fold(word)
    if len(key) < 2 or is_role(word) or is_letters(word, after_comma=True) or key in (
            HONORIFICS.keys() | PARTICLES | ROLE_SMALL_WORDS | NOT_FIRST_NAMES):
        return None
    one_case = word.isupper() or word.islower()
    if not hedged and key not in GIVEN_WORDS:
        from followup.profile.wordforms import readings
        if word.isupper() or (readings(key) and not (western and word.istitle())):
            return None
    return "-".join(part.capitalize() for part in word.split("-")) if one_case else word


def person_part(text: str) -> str:
    """The person in "Priya Shah, Hiring Manager" or "HR: Tom Lee"; else the text whole."""
    parts = [part for part in SEPARATORS.split(text) if part]
    roles = [is_role(part) for part in parts]
    if not any(roles) or all(roles):
        return text
    person = [part for part, role in zip(parts, roles, strict=True) if not role]
    one_side = roles in (sorted(roles), sorted(roles, reverse=True))
    from followup.profile.wordforms import is_name  # "Mike", not "Retail"
    named = sum(len(part.split()) for part in person) >= 2 or (  # not "Head of Talent, EMEA"
        len(person) == 1 and " " not in person[0] and is_name(person[0]) and (
            not person[0].isupper() or text.isupper()))  # "MIKE - OPS MGR": Mike
    if all(part.islower() for part in person):  # "Assessor - group exercise": its role
        return next(part for part, role in zip(parts, roles, strict=True) if role)
    return ", ".join(person) if one_side and named else text


@functools.cache
def parser_constants() -> Constants:
    """nameparser without titles or letters (`honorifics` reads them), with Irish particles."""
    from nameparser.config import CONSTANTS, Constants
    prefixes = {str(prefix) for prefix in CONSTANTS.prefixes} | LEADING_PARTICLES | WELSH_PARTICLES
    return Constants(titles=(), first_name_titles=(), suffix_acronyms=(), prefixes=prefixes)


def parse(text: str) -> Parsed:
    """The words of a name with no honorific, suffixes dropped, in given-name-first order."""
    from nameparser import HumanName  # ~50 ms on first import: only when names are read
    parsed = HumanName(text, constants=parser_constants())
    given, family = f"{parsed.first} {parsed.middle}".split(), parsed.last.split()
    nickname = parsed.nickname or None
    parsed.capitalize(force=True)
    cased = f"{parsed.first} {parsed.middle}".split() + parsed.last.split()
    typed = given + family
    comma = "," in text and bool(given) and text.split(",")[0].split() == family
    return Parsed(typed, cased if len(cased) == len(typed) else typed, len(given), comma,
                  nickname)


def chosen_words(parsed: Parsed) -> list[str]:
    """The words as typed, case-fixed where typed lazily: a word in small letters, a name
    all in capitals, a surname in capitals ("ZHANG Wei", "Anika DESAI")."""
    typed = parsed.typed
    capitals, marked = " ".join(typed).isupper(), capitals_block(typed) != 0
    capitals = capitals and not re.fullmatch(r"[A-Z]{2}", " ".join(typed))  # "AJ": initials
    family_first, particles_first = family_first_listed(typed), surname_only(typed)
    words = []
    for index, (word, cased) in enumerate(zip(typed, parsed.cased, strict=True)):
        if word.islower() or capitals or (marked and (is_capitals(word) or (
                word.isupper() and is_particle(word)))):  # "Rosa DE LA CRUZ"
            if re.match(r"Mac[A-Z]", cased) and fold(cased) not in MAC_NAMES:
                cased = cased[0] + cased[1:].lower()  # Machado, Macey: not MacHado
            if (family_first and cased.islower()) or cased.casefold() in LEADING_PARTICLES:
                cased = cased.capitalize()  # "Nguyen Van An", "Nic Giolla": not "van"
            elif index == 0 and particles_first:
                cased = cased.lower()  # "van der Berg"
            word = cased
        words.append(word)
    return words


def name_parts(words: list[str], parsed: Parsed,
               honorific: str | None) -> tuple[str | None, str | None, bool]:
    """(first name, surname, whether the first name is sure) of a name's words."""
    if not words or EAST_ASIAN_SCRIPTS.search(" ".join(words)):
        return None, None, False
    if len(words) == 1:  # a given name; after an honorific a surname, but Sir John
        sure = honorific is None or honorific in FIRST_NAME_HONORIFICS
        return (words[0], None, True) if sure else (None, words[0], False)
    if parsed.comma:
        return given_first(words[:parsed.given_count], words[parsed.given_count:])
    block = capitals_block(parsed.typed)
    if block > 0:  # "ZHANG Wei": the family name first, and known
        given = words[block:]
        first = given[-1] if fold(words[0]) in VIETNAMESE_FAMILY_NAMES else " ".join(given)
        return first, " ".join(words[:block]), True
    if block < 0:  # "Anika DESAI"; "jan van DER BERG": the particles before it too
        start = len(words) + block
        while start > 1 and is_particle(parsed.typed[start - 1]):
            start -= 1
        return given_first(words[:start], words[start:])
    if family_first_listed(parsed.typed):
        if len(words) == 3 and fold(words[1]) in ("thi", "van"):  # "Nguyen Thi Lan": surely Lan
            return words[2], words[0], fold(words[0]) in VIETNAMESE_FAMILY_NAMES
        if len(words) == 2 and re.fullmatch(r"[^\W\d_]{1,3}-[^\W\d_]{1,4}", words[1]):
            return words[1], words[0], True  # "Park Ji-hoon", "Wong Ka-Ming": surely given
        return None, None, False
    if parsed.given_count == 0 or surname_only(parsed.typed):
        return None, " ".join(words), False
    return given_first(words[:parsed.given_count], words[parsed.given_count:])


def given_first(given: list[str], family: list[str]) -> tuple[str | None, str | None, bool]:
    """One given name, or a known pair ("Mary Jane"), is sure; else the first, unless the
    next is a pair's ("Emma Jane Brown": Emma or Emma Jane?)."""
    surname = " ".join(family) or None
    if not given or len(given[0].rstrip(".")) == 1:  # "J. Smith"
        return None, surname, False
    if len(given) == 1:  # "Mary Jane" alone: a pair, or Mary of the Janes?
        sure = surname is None or fold(f"{given[0]} {surname}") not in GIVEN_PAIRS
        return given[0] if sure else None, surname, sure
    pair = fold(f"{given[0]} {given[1]}")
    if pair in GIVEN_PAIRS:
        if pair in SPANISH_GIVEN_PAIRS:
            surname = " ".join(given[2:] + family) or None
        return f"{given[0]} {given[1]}", surname, True
    sure = fold(given[1]) not in GIVEN_PAIR_WORDS
    return given[0] if sure else None, surname, sure


def capitals_block(words: list[str]) -> int:
    """How many words at the start (> 0) or end (< 0) are a surname in capitals."""
    marks = [is_capitals(word) for word in words]
    count = sum(marks)
    if count in (0, len(words)) or " ".join(words).isupper():  # "TAMMY R.": all in capitals
        return 0
    return count if all(marks[:count]) else -count if all(marks[-count:]) else 0


def is_capitals(word: str) -> bool:
    """A word in capitals that is a name ("DESAI", "WU"), not initials ("AJ", "JFK")."""
    letters = "".join(char for char in word if char.isalpha())
    return len(letters) >= 2 and letters.isupper() and (
        fold(word) in FAMILY_NAMES_FIRST
        or (len(letters) >= 3 and re.search(r"[aeiouy]", fold(word)) is not None))


def family_first(typed: list[str]) -> bool:
    """A family name first, in capitals ("ZHANG Wei") or a common one ("Wong Ka-Ming")."""
    return capitals_block(typed) > 0 or family_first_listed(typed)


def family_first_listed(typed: list[str]) -> bool:
    """A common family name first, and words that could be given names after it."""
    if len(typed) < 2 or fold(typed[0]) not in FAMILY_NAMES_FIRST or (
            fold(typed[-1]) in VIETNAMESE_FAMILY_NAMES - {fold(typed[0])} and fold(
                typed[0]) not in VIETNAMESE_FAMILY_NAMES):  # "Kim Nguyen": Nguyen last
        return False
    syllables = [re.sub(r"['\u2019]", "", fold(word)) for word in typed[1:]]
    return all(word in FAMILY_NAMES_FIRST or all(  # "Min-jun", "Kar-wai": short parts pass
        (len(part) <= 3 and "-" in word) or (len(part) <= 12  # 12: bounded regex work
                                             and EAST_ASIAN_SYLLABLES.fullmatch(part))
        for part in word.split("-")) for word in syllables)


def surname_only(typed: list[str]) -> bool:
    """"van der Berg", "de la Cruz", "Ó Murchú"; capitalised, "Van Morrison" and "Nic
    Hollis" keep their given names."""
    leading = typed[:-1]
    return (bool(leading) and all(is_particle(word) for word in leading)
            and (len(leading) >= 2 or (typed[0].islower() and fold(typed[0]) in PARTICLES)
                 or typed[0].casefold() in GAELIC_SURNAME_STARTS))


def is_particle(word: str) -> bool:
    return fold(word) in PARTICLES or word.casefold() in LEADING_PARTICLES


def signature_name(name: Name) -> str:
    """How a person signs: the full name without honorific, nickname quotes or letters
    after it ("Dr. Nadia Farouk": Nadia Farouk), case-fixed when typed in one case, with a
    generation, which is part of the name ("Robert Greer III"); a Western name given after a
    family-first one with the family name ("Harry Liang"); a role as written."""
    if name.role or not name.full:
        return name.full or tidy(name.written)
    if name.first and name.surname and name.given is None and name.first not in name.full:
        return f"{name.first} {name.surname}"  # "LIANG Hao (Harry)" signs as he is known
    suffix = generation(name.written)
    return f"{name.full} {suffix}" if suffix else name.full
