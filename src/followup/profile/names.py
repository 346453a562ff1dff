"""People's names as a profile gives them, and how a draft greets them.

`read_name` reads "Dr. Anika Desai", "priya shah", "Zhang Wei" or "the recruitment team" into
honorific, first name and surname, saying whether the first name is sure; `greeting` gives
what follows "Dear ", with a note naming the profile field that would make it sure.
nameparser parses (suffixes, particles, "Surname, First", case); the rules here are those it
lacks: roles, family-name-first and compound given names, honorifics by country.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from followup.profile.forms import Greeting, Name

if TYPE_CHECKING:
    from nameparser.config import Constants


def word_set(text: str, separator: str | None = None) -> frozenset[str]:
    return frozenset(" ".join(item.split()) for item in text.split(separator))


RULE = "G2"  # professional and polished: what every greeting here is written to
HONORIFICS = {
    "mr": "Mr", "mister": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx",
    "dr": "Dr", "doctor": "Dr", "prof": "Prof", "professor": "Professor", "sir": "Sir",
    "dame": "Dame", "rev": "Rev", "revd": "Revd", "reverend": "Reverend", "lord": "Lord",
    "lady": "Lady"}
FIRST_NAME_HONORIFICS = frozenset({"Sir", "Dame"})  # Sir John, not Sir Smith
ABBREVIATIONS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Mx", "Rev"})  # "Dr." in the US and Canada
FULL_STOP_COUNTRIES = frozenset({"US", "CA"})
# Words that make a "name" a role or a team, greeted whole ("Dear Hiring Manager").
ROLE_WORDS = word_set("""manager managers team department dept recruitment recruiting
    recruiter recruiters hiring talent acquisition hr resources personnel resourcing staffing
    committee panel careers admissions people director officer coordinator administrator
    adviser advisor madam ceo cto cfo coo cio cpo vp svp evp""")
ROLE_SMALL_WORDS = word_set("of and the for at in to or &")
ROLE_ACRONYMS = word_set("hr it ta ux ui qa pr ceo cto cfo coo cio cpo vp svp evp emea apac")
# Very common family names of languages that write them first; Vietnamese ones apart,
# since a Vietnamese name is greeted by its last word ("Nguyen Van An": An).
VIETNAMESE_FAMILY_NAMES = word_set("nguyen tran le pham hoang huynh phan vu vo dang bui do ngo "
                                   "duong ly")
FAMILY_NAMES_FIRST = VIETNAMESE_FAMILY_NAMES | word_set("""wang li zhang liu chen yang huang
    zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang han feng deng
    cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng su lu ding ren shen yao jin
    wong chan cheung leung lau ng chow tsang lam ho kim lee park choi jung jeong kang cho yoon
    jang lim oh seo shin kwon hwang ahn yoo hong sato suzuki takahashi tanaka watanabe ito
    yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura
    hayashi shimizu saito""")
# A word of the syllables of romanised Chinese, Korean, Japanese or Vietnamese: when the
# rest of a name is not ("Lee Anderson", "Kim Smith"), its given name comes first.
EAST_ASIAN_SYLLABLES = re.compile(
    r"(?:(?:ch|sh|zh|ts|ng|nh|ph|th|tr|kh|gi|qu|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstvwxyz])?"
    r"[aeiouy]{1,3}(?:ng|nh|ch|[nmkptlh])?)+")
EAST_ASIAN_SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Given names used together as one first name; after a Spanish or Portuguese pair the
# words are surnames ("María José García López").
SPANISH_GIVEN_PAIRS = word_set("""maria jose, jose luis, juan carlos, juan pablo, jose maria,
    ana maria, luis miguel, jose antonio, jose manuel, juan jose, maria luisa, maria elena,
    maria jesus, maria teresa, miguel angel, juan manuel, maria fernanda, joao pedro,
    ana paula, luiz carlos""", ",")
GIVEN_PAIRS = SPANISH_GIVEN_PAIRS | word_set("""mary jane, mary ann, mary anne, mary beth,
    mary kate, mary lou, sarah jane, anne marie, ann marie, rose marie, anna maria,
    marie claire, marie louise, marie therese, jean paul, jean luc, jean pierre, jean claude,
    jean marc, jean francois, jean baptiste, jean michel, jean louis, billy bob""", ",")
GIVEN_PAIR_WORDS = frozenset(word for pair in GIVEN_PAIRS for word in pair.split())
PARTICLES = word_set("""van von der den de del della dei di da das dos do du la ter ten zu af
    av bin binti ibn al el""")
MAC_NAMES = word_set("""macdonald mackenzie maclean macleod macgregor macarthur mackay
    macmillan macintyre macaulay macpherson macneil macrae mackinnon macfarlane maclachlan""")
SEPARATORS = re.compile(r"\s*[,;:/|]\s*|\s+[-\u2013\u2014]\s+")
ASIDES = re.compile(r'\s*(?:\(([^()]*)\)|"([^"]*)"|\u201c([^\u201d]*)\u201d)\s*')
ONE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
WRAPPERS = {"(": ")", '"': '"', "\u201c": "\u201d", "'": "'"}


class Parsed(NamedTuple):
    """A name's words in given-name-first order, as typed and as case-fixed."""
    typed: list[str]
    cased: list[str]
    given_count: int  # words before the surname, as nameparser splits them
    comma: bool  # written "Surname, First"
    nickname: str | None


def read_name(written: str, honorific: str | None = None) -> Name:
    """A name as a profile writes it; `honorific:` wins over a title in the name."""
    text, aside = drop_asides(tidy(written))
    given_honorific = normal_honorific(honorific)
    if is_role(text := person_part(text)):
        return Name(written, given_honorific, None, None, text, role=True, certain=True)
    titled, rest = split_honorifics(text)
    found = given_honorific or titled
    if not rest:
        return Name(written, found, None, None, "", role=False, certain=False)
    parsed = parse(rest)
    words = chosen_words(parsed)
    first, surname, certain = name_parts(words, parsed, found)
    nickname = aside or parsed.nickname
    if nickname and words:  # the name they go by: 'Robert "Bob" Smith'
        first, certain = nickname, True
    return Name(written, found, first, surname, " ".join(words), role=False, certain=certain)


def tidy(text: str) -> str:
    """One space between words; no stray punctuation around the name, no wrapping quotes."""
    text = " ".join(text.split()).strip(" ,;:!?*\u2022-\u2013\u2014").rstrip(".").strip()
    while len(text) > 1 and WRAPPERS.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    return text


def drop_asides(text: str) -> tuple[str, str | None]:
    """The name without asides, and a nickname: a word in quotes, or in brackets inside
    the name ("Elizabeth (Liz) Taylor"); at the end ("Tom Baker (Hays)") it may be a firm."""
    nicknames: list[str] = []

    def drop(match: re.Match[str]) -> str:
        inner = " ".join((match.group(1) or match.group(2) or match.group(3) or "").split())
        quoted_or_inside = match.group(1) is None or 0 < match.start() < match.end() < len(text)
        if quoted_or_inside and ONE_WORD.fullmatch(inner) and not is_role(inner):
            nicknames.append(inner)
        return " "

    rest = " ".join(ASIDES.sub(drop, text).split())
    return (rest, nicknames[0] if nicknames else None) if rest else (text, None)


def person_part(text: str) -> str:
    """The person in "Priya Shah, Hiring Manager" or "HR: Tom Lee"; else the text whole."""
    parts = [part for part in SEPARATORS.split(text) if part]
    roles = [is_role(part) for part in parts]
    if not any(roles) or all(roles):
        return text
    person = [part for part, role in zip(parts, roles, strict=True) if not role]
    one_side = roles in (sorted(roles), sorted(roles, reverse=True))
    named = sum(len(part.split()) for part in person) >= 2  # not "Head of Talent, EMEA"
    return ", ".join(person) if one_side and named else text


def is_role(text: str) -> bool:
    """A role or team used as a name: "Hiring Manager", "Head of Department", "HR"."""
    words = re.findall(r"[a-z0-9&]+", fold(text).replace(".", ""))
    return bool(words) and (words[0] == "the" or "of" in words
                            or any(word in ROLE_WORDS for word in words))


def normal_honorific(honorific: str | None) -> str | None:
    """The profile's `honorific:` as stored: "dr." -> "Dr", "Prof" stays "Prof"."""
    titled, rest = split_honorifics(text := " ".join((honorific or "").split()))
    plain = text.replace(".", "").strip()
    return titled if titled and not rest else plain[:1].upper() + plain[1:] or None


def split_honorifics(text: str) -> tuple[str | None, str]:
    """("Dr", "Anika Desai") of "Dr. Anika Desai"; a couple is one ("Mr & Mrs")."""
    text = re.sub(r"^(mrs|mr|ms|mx|dr|prof|rev|revd)\.(?=[^\W\d_])", r"\1. ", text,
                  flags=re.IGNORECASE)
    tokens = text.split()
    taken: list[str] = []
    for index, token in enumerate(tokens):
        key = token.rstrip(".").casefold()
        if key in HONORIFICS:
            taken.append(HONORIFICS[key])
        elif key in ("&", "and") and taken and index + 1 < len(tokens) \
                and tokens[index + 1].rstrip(".").casefold() in HONORIFICS:
            taken.append("&")
        else:
            break
    honorific = (" ".join(taken) if "&" in taken else taken[0]) if taken else None
    return honorific, " ".join(tokens[len(taken):])


@functools.cache
def parser_constants() -> Constants:
    """nameparser without titles: they would take "Dean Smith" or "HR" for titles."""
    from nameparser.config import Constants
    return Constants(titles=(), first_name_titles=())


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
    family_first, particles_first = family_first_listed(typed), surname_only(typed)
    words = []
    for index, (word, cased) in enumerate(zip(typed, parsed.cased, strict=True)):
        if word.islower() or capitals or (marked and is_capitals(word)):
            if re.match(r"Mac[A-Z]", cased) and fold(cased) not in MAC_NAMES:
                cased = cased[0] + cased[1:].lower()  # Machado, Macey: not MacHado
            if family_first and cased.islower():
                cased = cased.capitalize()  # "Nguyen Van An": no particle in it
            word = cased.lower() if index == 0 and particles_first else cased  # "van der Berg"
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
    if block < 0:  # "Anika DESAI"
        return given_first(words[:block], words[block:])
    if family_first_listed(parsed.typed):
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
    if count in (0, len(words)):
        return 0
    return count if all(marks[:count]) else -count if all(marks[-count:]) else 0


def is_capitals(word: str) -> bool:
    """A word in capitals that is a name ("DESAI", "WU"), not initials ("AJ", "JFK")."""
    letters = "".join(char for char in word if char.isalpha())
    return len(letters) >= 2 and letters.isupper() and (
        fold(word) in FAMILY_NAMES_FIRST
        or (len(letters) >= 3 and re.search(r"[aeiouy]", fold(word)) is not None))


def family_first_listed(typed: list[str]) -> bool:
    """A common family name first, and words that could be given names after it."""
    if len(typed) < 2 or fold(typed[0]) not in FAMILY_NAMES_FIRST:
        return False
    syllables = [re.sub(r"['\u2019]", "", fold(word)) for word in typed[1:]]
    return all(word in FAMILY_NAMES_FIRST or all(  # "Min-jun", "Kar-wai": short parts pass
        (len(part) <= 3 and "-" in word) or (len(part) <= 12  # 12: bounded regex work
                                             and EAST_ASIAN_SYLLABLES.fullmatch(part))
        for part in word.split("-")) for word in syllables)


def surname_only(typed: list[str]) -> bool:
    """"van der Berg", "de la Cruz" ("Van Morrison", capitalised, keeps his given name)."""
    leading = typed[:-1]
    return (bool(leading) and all(fold(word) in PARTICLES for word in leading)
            and (len(leading) >= 2 or typed[0].islower()))


def fold(text: str) -> str:
    """Lower case without accents, to compare with the word lists: "Nguyễn" -> "nguyen"."""
    text = text.replace("\u0111", "d").replace("\u0110", "D")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def greeting(name: Name, *, formal: bool, country: str | None,
             salutation: str | None = None) -> Greeting:
    """Professional and polished (RULE): the profile's `salutation:`; a role whole; formally
    (formal tone, traditional style) honorific and surname; else the first name; where
    the profile leaves it unsure, the full name and a note."""
    if salutation and salutation.strip():
        return Greeting(salutation.strip())
    found = (Greeting(role_greeting(name.full)) if name.role else Greeting("") if not name.full
             else formal_greeting(name, country) if formal else informal_greeting(name, country))
    if found.name.strip():
        return found
    who = tidy(name.written) or "this person"
    return Greeting("Hiring Manager", f"The profile gives no name to greet {who} by: add "
                                      f"salutation: (the greeting to use) under it ({RULE}).")


def formal_greeting(name: Name, country: str | None) -> Greeting:
    """"Ms Ashworth", "Dr. Desai", "Professor Becker", "Sir John"; else the full name."""
    who, words = tidy(name.written), name.full.split()
    # a family name that may come first ("Zhang Wei"): its first word
    guess = words[0] if name.first is None and name.surname is None and len(words) > 1 else ""
    if name.honorific:
        shown = written_honorific(name.honorific, country)
        if name.honorific in FIRST_NAME_HONORIFICS and name.first:
            return Greeting(f"{shown} {name.first}")
        if name.surname:
            return Greeting(f"{shown} {name.surname}")
        return Greeting(f"{shown} {name.full}", guess and (
            f"Is {guess} the surname? Add salutation: {shown} {guess} under {who} ({RULE})."))
    ms = written_honorific("Ms", country)
    return Greeting(name.full, (
        f"Add honorific: Ms (or Mr, Mx, Dr, ...) under {who} to greet them as "
        f'"{ms} {name.surname}"' if name.surname else
        f"Is {guess} the surname? Add salutation: {ms} {guess} (or Mr, Dr, ...) under {who}"
        if guess else f"The profile gives no surname for {who}: for a formal greeting add "
                      f"salutation: (such as {ms} and the surname) under it") + f" ({RULE}).")


def informal_greeting(name: Name, country: str | None) -> Greeting:
    """The first name when sure; else honorific and surname; else the full name."""
    if name.first and name.certain:
        return Greeting(name.first)
    who, guesses = tidy(name.written), first_guesses(name)
    if name.honorific and name.surname and not guesses:  # "Ms Ashworth", "Mrs J. Patel"
        return Greeting(f"{written_honorific(name.honorific, country)} {name.surname}")
    other = "".join(f" (or {guess})" for guess in guesses[1:])
    return Greeting(name.full, f"Is {' or '.join(guesses)} the first name? Add salutation: "
                               f"{guesses[0]}{other} under {who} ({RULE})." if guesses else
                    f"The profile gives no first name for {who}: add salutation: (the name "
                    f"to greet them by) under it ({RULE}).")


def first_guesses(name: Name) -> list[str]:
    """An unsure name's likely first names: after a family name (a Vietnamese name's last
    word), or the first given name, alone or with the next."""
    words = name.full.split()
    if name.surname is None:  # "Zhang Wei"; "Nguyen Van An": An
        vietnamese = fold(words[0]) in VIETNAMESE_FAMILY_NAMES if words else False
        return [words[-1] if vietnamese else " ".join(words[1:])] if len(words) > 1 else []
    given = words[:len(words) - len(name.surname.split())]
    if not given or len(given[0].rstrip(".")) == 1:
        return []
    return [given[0], f"{given[0]} {given[1]}"] if len(given) > 1 else [given[0]]


def written_honorific(honorific: str, country: str | None) -> str:
    """Prof in full; "Dr." in the US and Canada, "Dr" elsewhere."""
    stop = (country or "").upper() in FULL_STOP_COUNTRIES
    return " ".join("Professor" if word == "Prof" else f"{word}." if stop
                    and word in ABBREVIATIONS else word for word in honorific.split())


def role_greeting(role: str) -> str:
    """A role as a greeting names it: "the recruitment team" -> "Recruitment Team"."""
    words = [word for word in (word.strip("()\"'\u201c\u201d") for word in role.split()) if word]
    words = words[1:] if words and words[0].casefold() == "the" else words
    one_case = (joined := " ".join(words)).islower() or joined.isupper()
    keys = [fold(word).replace(".", "") for word in words]
    return " ".join(
        key.upper() if key in ROLE_ACRONYMS else word.lower() if index and key in
        ROLE_SMALL_WORDS else word if word.isupper() and not one_case  # "EMEA"
        else word[:1].upper() + (word[1:].lower() if one_case else word[1:])
        for index, (word, key) in enumerate(zip(words, keys, strict=True)))
