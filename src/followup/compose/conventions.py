"""Conventions by country, in one table (BY_COUNTRY): the spelling and usage of the bundled
wording, the order of a date's month and day, and the serial comma; and how a sentence names
the company and the role (`company_in_text`, `position`).

The bundled templates and phrases.yaml are written in British English, which British,
Irish, Australian, New Zealand and all other profiles keep. For a country that writes
American English (the US, its territories, the Philippines) or Canadian English (CA: -ize
and North American usage, but colour and centre), `localize` rewrites the wording of a
bundled template's Jinja2 source before it is compiled: its literal text, and the quoted
text an expression prints (`{{ "again " if attempt > 1 }}`), never names, keys or
comparisons (`say("learned")`, `kind == "assessment-centre"`), nor comments. A variable's
value is the profile's own text and is never touched: a company called "Royal Centre for
the Arts" stays as written. `localize_word` does the same for the words the code puts into
drafts (vocabulary.MEETINGS' "assessment centre").

Swaps are of whole words and phrases ("centre", never inside "epicentre"), keep the
capitals of what they replace ("Organisation" -> "Organization"), and are indexed the
first time a profile of that convention asks: a British draft pays one dict lookup.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import msgspec

# Groups of swaps, British -> American (TABLE): a convention makes some of them.
NA_SPELLING = "north-american spelling"  # organise -> organize, programme, whilst
US_SPELLING = "american spelling"  # colour -> color, centre -> center, travelling, enrol
NA_USAGE = "north-american usage"  # I shall -> I will, reach me on -> at, Yours sincerely
US_USAGE = "american usage"  # keen to -> eager to


class Convention(msgspec.Struct, frozen=True):
    """How a country's drafts are written, besides what the templates say."""

    name: str  # also the prefix of the loader's names for templates localized to it
    month_first: bool  # 'Monday, November 16' rather than 'Monday 16 November'
    serial_comma: bool  # 'Priya, Sam, and Tom'
    groups: frozenset[str]  # the groups of swaps made to the bundled (British) wording

    def localize(self, source: str) -> str:
        """A template's (or phrase's) Jinja2 source with its wording in this convention."""
        if not self.groups:
            return source
        index = _index(self.name)
        pieces, done = [], 0
        for start, end in _wording_spans(source):
            text, new = source[start:end], _swapped(source, index, (start, end))
            quote = source[start - 1] if start and source[start - 1] in "'\"" else None
            if new != text and not (quote and new.count(quote) > text.count(quote)):
                pieces += [source[done:start], new]
                done = end
        return "".join([*pieces, source[done:]])

    def localize_word(self, text: str) -> str:
        """Plain text (no Jinja2) in this convention: 'assessment centre' -> '... center'."""
        return _swapped(text, _index(self.name)) if self.groups else text


BRITISH = Convention("british", month_first=False, serial_comma=False, groups=frozenset())
AMERICAN = Convention("american", month_first=True, serial_comma=True,
                      groups=frozenset((NA_SPELLING, US_SPELLING, NA_USAGE, US_USAGE)))
# Canadian English spells -ize, program and judgment as Americans do, but keeps colour,
# centre, travelling, enrol, licence and practise; its usage is North American, and so is
# a letter's date ("Wednesday, November 18": round 26's readers found the British order odd).
CANADIAN = Convention("canadian", month_first=True, serial_comma=False,
                      groups=frozenset((NA_SPELLING, NA_USAGE)))
# The countries that do not write British English. The US territories have ISO codes of
# their own; Philippine English follows American spelling and dates.
BY_COUNTRY = {country: AMERICAN for country in ("US", "PR", "GU", "VI", "AS", "MP", "UM", "PH")}
BY_COUNTRY["CA"] = CANADIAN
CONVENTIONS = {convention.name: convention for convention in (AMERICAN, CANADIAN)}


def of(country: str | None) -> Convention:
    """The conventions of a profile's `country` (British if it has none)."""
    return BY_COUNTRY.get(country or "", BRITISH)


def localize(source: str, country: str | None) -> str:
    """The Jinja2 source of a bundled template or phrase, worded for `country`."""
    return of(country).localize(source)


@functools.lru_cache(maxsize=256)
def localize_word(text: str, country: str | None) -> str:
    """A word or phrase the code puts into drafts, worded for `country`."""
    return of(country).localize_word(text)


# ---------------------------------------------------------------- the table

# The swaps, British/American, under the name of their group. "stem/stem + endings" adds
# each ending to both stems ("." for the stem alone); ";" parts entries on a line. Only
# forms that differ are listed: "analyses" is also the plural of "analysis", and
# "emphasis" a noun of both. The longest phrase that fits wins ("I shall telephone"
# before "I shall"). A text, read the first time a convention is used: a British draft
# never reads it.
TABLE = """
north-american spelling:
    organis/organiz + e ed es ing er ers ation ations ational
    realis/realiz + e ed es ing ation;  recognis/recogniz + e ed es ing able
    prioritis/prioritiz + e ed es ing ation;  apologis/apologiz + e ed es ing
    specialis/specializ + e ed es ing ation ations;  emphasis/emphasiz + e ed es ing
    summaris/summariz + e ed es ing;  finalis/finaliz + e ed es ing
    familiaris/familiariz + e ed ing;  utilis/utiliz + e ed es ing ation
    optimis/optimiz + e ed es ing ation;  analys/analyz + e ed ing
    enquir/inquir + e ed es ing y ies;  programme/program + . s
    judgement/judgment + . s;  acknowledgement/acknowledgment + . s
    learnt/learned;  spelt/spelled;  whilst/while;  amongst/among
american spelling:
    behaviour/behavior + . s al;  colour/color + . s ed ful;  honour/honor + . s ed ing able
    favour/favor + . s ed ing able ably ite ites;  endeavour/endeavor + . s ed ing
    neighbour/neighbor + . s hood;  rumour/rumor + . s;  humour/humor
    centre/center + . s;  centred/centered;  theatre/theater + . s
    travell/travel + ing ed er ers;  cancell/cancel + ed ing;  labell/label + ed ing
    modell/model + ed ing;  focuss/focus + ed ing;  counsell/counsel + ing or ors
    marvellous/marvelous;  enrol/enroll + . s;  enrolment/enrollment + . s
    fulfil/fulfill + . s;  fulfilment/fulfillment;  skilful/skillful + . ly
    instalment/installment + . s;  defence/defense;  ageing/aging;  towards/toward
    licence/license + . s;  practis/practic + e ed es ing;  per cent/percent
north-american usage:
    I shall/I will;  we shall/we will;  shall be/will be;  shall not/will not
    Shall I/Should I;  shall we/should we;  I should like/I would like
    I should be grateful/I would be grateful;  I should be glad/I would be glad
    I should be most grateful/I would be most grateful;  I should welcome/I would welcome
    I should be very grateful/I would be very grateful;  I should be happy/I would be happy
    I should be pleased/I would be pleased;  I should be delighted/I would be delighted
    I should be interested/I would be interested
    I shall telephone/I will call;  I will telephone/I will call;  I'll telephone/I'll call
    I telephoned/I called;  to telephone/to call;  telephone you/call you
    telephone me/call me;  give you a ring/give you a call;  give me a ring/give me a call
    ring you/call you;  ring me/call me;  ring me on/call me at;  reach me on/reach me at
    be reached on/be reached at;  call me on/call me at;  contact me on/contact me at
    can get me on/can reach me at;  my mobile/my cell;  mobile number/cell number
    mobile phone/cell phone;  on/at;  in future/in the future
    Yours sincerely/Sincerely;  Yours faithfully/Sincerely
    CV/résumé;  CVs/résumés;  curriculum vitae/résumé
    at the weekend/on the weekend;  at weekends/on weekends
    a fortnight's time/two weeks;  a fortnight/two weeks;  fortnight/two weeks
    fortnight's/two weeks';  fortnightly/every two weeks;  mum/mom;  mums/moms
    straight away/right away;  the post of/the position of
    for the post/for the position;  this post/this position
    on holiday/on vacation;  annual leave/vacation;  maths/math
    glad of the opportunity/glad to have the opportunity;  May I thank you/Thank you
    I should perhaps add/I should add;  in due course/soon
    assessment centre/assessment day;  assessment centres/assessment days
american usage:
    keen to/eager to;  keener to/more eager to;  keen on/excited about
    keener on/more excited about;  as keen as ever/as eager as ever
    timetable/schedule;  timetables/schedules;  through the net/through the cracks
    I quite understand/I completely understand
"""
# What must follow a phrase for it to be swapped: a telephone number, as written or as a
# template prints it (`{{ candidate.phone }}`, `"..." ~ candidate.phone`), not "reach me on
# Monday" nor "on {{ interview.date | longdate }}"; "in future" as an adverb, not in "in
# future applications".
_PHONE_NEXT = r"""[ \t]*(?:[+(]|\{\{[-+]?\s*[\w.]*phone\b|["']\s*~\s*[\w.]*phone\b)"""
_NUMBER_NEXT = rf"{_PHONE_NEXT}|[ \t]*(?:\d|$)"
FOLLOWED_BY = {
    "ring me on": _NUMBER_NEXT, "reach me on": _NUMBER_NEXT, "be reached on": _NUMBER_NEXT,
    "call me on": _NUMBER_NEXT, "contact me on": _NUMBER_NEXT, "can get me on": _NUMBER_NEXT,
    "on": _PHONE_NEXT, "in future": r"(?![ \t]+\w)",
}


def swaps(convention: Convention) -> list[tuple[str, str]]:
    """Every (British, American) swap a convention makes, in the order of the table."""
    found, group = [], ""
    for line in TABLE.splitlines():
        if not line.startswith(" "):
            group = line.rstrip(":")
        elif group in convention.groups:
            for entry in line.split(";"):
                pair, _, endings = entry.strip().partition(" + ")
                british, american = pair.split("/")
                found += [(british + ending.strip("."), american + ending.strip("."))
                          for ending in (endings or ".").split()]
    return found


# ---------------------------------------------------------------- swapping

# Patterns are compiled when first used: a British draft never does.
_WORD = r"\w+(?:['’]\w+)*"
_GAP = r"[ \t]+"


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
Swap = tuple[tuple[str, ...], str, str, re.Pattern[str] | None]


@functools.cache
def _index(name: str) -> dict[str, list[Swap]]:
    """A convention's swaps by their first word, lowercased; the longest first."""
    index: dict[str, list[Swap]] = {}
    for british, american in swaps(CONVENTIONS[name]):
        words = tuple(_folded(word) for word in british.split())
        after = FOLLOWED_BY.get(british)
        index.setdefault(words[0], []).append(
            (words, british, american, _compiled(after) if after else None))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def _folded(word: str) -> str:
    return word.lower().replace("’", "'")


def _swapped(text: str, index: dict[str, list[Swap]], span: tuple[int, int] | None = None
             ) -> str:
    """The span of text (all of it by default) with every swap of the index made, whole
    words only; what must follow a phrase is read in all of text (a tag, a quote)."""
    first, last = span or (0, len(text))
    words = list(_compiled(_WORD).finditer(text, first, last))
    pieces, done, at = [], first, 0
    while at < len(words):
        found = _swap_at(text, words, at, index)
        if found is None:
            at += 1
            continue
        count, british, american, suffix = found
        start, end = words[at].start(), words[at + count - 1].end()
        written = " ".join(text[start:end - len(suffix)].replace("’", "'").split())
        new = _cased(written, british, american, text[first:start]) + suffix
        pieces += [text[done:start], new.replace("'", "’") if "’" in text[start:end] else new]
        done, at = end, at + count
    return "".join([*pieces, text[done:last]]) if pieces else text[first:last]


def _swap_at(text: str, words: list[re.Match[str]], at: int,
             index: dict[str, list[Swap]]) -> tuple[int, str, str, str] | None:
    """The longest swap whose words start at words[at], each apart by spaces only: its
    number of words, its British and American forms, and the "'s" a last word had."""
    first = _folded(words[at][0])
    candidates = index.get(first, [])
    if first.endswith("'s"):  # the organisation's values
        candidates = candidates + index.get(first[:-2], [])
    for wanted, british, american, after in candidates:
        count = len(wanted)
        if at + count > len(words):
            continue
        found = [_folded(match[0]) for match in words[at:at + count]]
        suffix = ""
        if found[-1] == wanted[-1] + "'s":
            suffix = words[at + count - 1][0][len(wanted[-1]):]
            found[-1] = wanted[-1]
        if found != list(wanted):
            continue
        if not all(_compiled(_GAP).fullmatch(text, words[each - 1].end(), words[each].start())
                   for each in range(at + 1, at + count)):
            continue
        if after is not None and not after.match(text, words[at + count - 1].end()):
            continue
        return count, british, american, suffix
    return None


def _cased(found: str, british: str, american: str, before: str) -> str:
    """The American form with the capitals of what it replaces: as the table has it,
    Capitalised, ALL CAPS or Title Case; odd capitals are left as written, and so is
    an acronym in other capitals than its own ('CVS' is not 'CVs')."""
    if sum(char.isupper() for char in british.split()[0]) > 1 and found != british:
        return found
    if found == british:
        # 'CV' -> 'résumé', but a sentence's first word keeps its capital
        if british[:1].isupper() and american[:1].islower() \
                and re.search(r"(?:^|[.!?]\s+)\Z", before):
            return american[:1].upper() + american[1:]
        return american
    if found == british[:1].upper() + british[1:]:
        return american[:1].upper() + american[1:]
    if found == british[:1].lower() + british[1:]:
        return american[:1].lower() + american[1:]
    if found.isupper():
        return american.upper()
    if all(word[:1].isupper() and not any(map(str.isupper, word[1:])) for word in found.split()):
        return " ".join(word[:1].upper() + word[1:] for word in american.split())
    return found


# ---------------------------------------------------------------- a template's wording

_OPENING = r"\{[{%#]"
_RAW = r"\{%[-+]?\s*raw\s*[-+]?%\}"
_END_RAW = r"\{%[-+]?\s*endraw\s*[-+]?%\}"
_TAG_TOKEN = (r"""\s*(?:("[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*')"""
              r"|(\w+)|(\*\*|//|[=!<>]=|\S))")
# A quoted text is wording when an expression prints it: the value of `{{ }}` or of a
# `set`, a branch of a conditional, a part of a concatenation. After a name or "(" of a
# call it is an argument or key (say("learned")), beside "==" or "in" a value compared
# (kind == "assessment-centre"): those are left as written.
_PRINTED_AFTER = frozenset(("", "else", "~", "+"))
_PRINTED_BEFORE = frozenset(("", "if", "else", "~", "+", "|", ")"))
_KEYWORDS = frozenset(("if", "else", "and", "or", "not", "in", "is"))


def _wording_spans(source: str) -> Iterator[tuple[int, int]]:
    """Where a Jinja2 source's wording is, in order: its literal text, its raw blocks, and
    the quoted text its expressions print. The rest is left as written from a tag that is
    not closed (Jinja2 reports it)."""
    at = 0
    while (opening := _compiled(_OPENING).search(source, at)) is not None:
        yield at, opening.start()
        raw = _compiled(_RAW).match(source, opening.start())
        if raw:
            end = _compiled(_END_RAW).search(source, raw.end())
            if end is None:
                return
            yield raw.end(), end.start()
            at = end.end()
        elif opening[0] == "{#":
            at = source.find("#}", opening.end()) + 2
            if at < 2:
                return
        else:
            tokens, at = _tag(source, opening.end(), "}}" if opening[0] == "{{" else "%}")
            if at < 0:
                return
            yield from _printed(tokens, printing=opening[0] == "{{")
    yield at, len(source)


def _tag(source: str, at: int, closing: str) -> tuple[list[tuple[str, int, int]], int]:
    """The tokens inside a tag (text, start, end), and where the tag ends (-1: never)."""
    tokens: list[tuple[str, int, int]] = []
    opened = at
    while (token := _compiled(_TAG_TOKEN).match(source, at)) is not None:
        group = token.lastindex or 0
        text, start = token[group], token.start(group)
        if source.startswith(closing, start):
            return tokens, start + 2
        if text in ("-", "+") and source.startswith(closing, start + 1):
            return tokens, start + 3
        if start != opened or text not in ("-", "+"):  # `{{-` is whitespace control
            tokens.append((text, start, token.end()))
        at = token.end()
    return tokens, -1


def _printed(tokens: list[tuple[str, int, int]], printing: bool) -> Iterator[tuple[int, int]]:
    """The insides of the quoted texts among a tag's tokens that it prints."""
    texts = [text for text, _, _ in tokens]
    for at, (text, start, end) in enumerate(tokens):
        if text[0] not in "'\"" or "\\" in text:
            continue
        before = texts[at - 1] if at else ("" if printing else "%")
        after = texts[at + 1] if at + 1 < len(texts) else ""
        callee = texts[at - 2] if at >= 2 else ""
        called = callee in (")", "]") or (
            (callee[-1:].isalnum() or callee[-1:] == "_") and callee not in _KEYWORDS)
        grouped = before == "(" and not called
        assigned = before == "=" and at == 3 and texts[0] == "set"
        if (before in _PRINTED_AFTER or grouped or assigned) and after in _PRINTED_BEFORE:
            yield start + 1, end - 1
