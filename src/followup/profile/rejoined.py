"""A field its reading cut at a comma, rejoined (TY4): the pieces after the comma that belong
to the same sentence as the first ("Safe Pass, IPAF, first aid"; "through the mounting room,
the loans desk and the seed bank"; "the hours, usually 7am until the last stop"; "..., because
of nurse vacancies"). Without them `sendable` would leave the whole field out as half quoted,
and warn that a good field does not fit (round 54: a third of those warnings were false).

Only shapes that read as one sentence in every reading of round 54's labelled fields are
rejoined: a short list, a list the comma cut inside a clause, a clause that hangs on what
comes before it, an aside on a topic. A second clause with a subject of its own ("..., all
foam must be CMHR") or a fact of its own after a clause ("..., no hybrid") stays out.
"""

from __future__ import annotations

import re

from followup.profile.kept import lost_words
from followup.profile.wordforms import AUXILIARIES, SUBJECTS, WH_WORDS, bare, finite_verb, readings

_JOINS = frozenset(("and", "or", "but", "&", "plus"))
# What a clause that hangs on the piece before it starts with.
_HANGS = WH_WORDS | {"because", "which", "who", "where", "when", "whether", "if", "so"}
# An aside's adverb, after a topic only: "caseload, mostly ICBC clients"; after a clause it
# is a note of its own ("the menu changes every season, mostly local produce").
_ASIDES = frozenset(("especially", "particularly", "including", "mainly", "mostly", "usually",
                     "even", "no", "never"))  # "Clean driving record, no tickets in ten years"
_ITEM_WORDS = 8  # a piece longer than this is a sentence of its own
_LIST_WORDS = 5  # a short list's items: "Terraform, Go, Python"
# A highlight's frames that a list of things may follow: "have a Safe Pass, IPAF and first
# aid"; not "have board packs, AGM logistics" (round 54).
_HOLDS = re.compile(r"(?:have|hold) (?:a|an|my|experience)\b")


def rejoined(kind: str, written: str, fitted: str) -> str | None:
    """`fitted`, which stands for the first piece of `written`, with the pieces after it
    joined on ("and" before a list's last item); None when they do not belong to it."""
    text = written.strip()
    if kind not in ("highlight", "discussed", "learned") or re.search(
            r"[;:\n!?]|\s[-–—]+\s", text):  # a dash, a colon or a semicolon: `sendable`'s
        return None
    first, *rest = _pieces(text.rstrip(".").strip())
    if not rest or lost_words(first, fitted) or _last_word(first) != _last_word(fitted):
        return None
    kinds = [_piece_kind(piece, first) for piece in rest]
    if None in kinds:
        return None
    if "item" in kinds and not _listed(kind, first, rest, kinds, fitted):
        return None
    joined = fitted
    for index, (piece, kind_of) in enumerate(zip(rest, kinds, strict=True)):
        ends_list = index == len(rest) - 1 and len(rest) > 1 and kind_of == "item"
        marked = re.search(r"\b(?:and|or|plus)\b|&", piece)  # "..., the glasshouses and ..."
        joined += f"{', ' if marked or not ends_list else ' and '}{piece}"
    return joined


def _pieces(text: str) -> list[str]:
    """The text at its commas, but those in brackets or in a figure ("1,400")."""
    pieces, depth, current = [], 0, ""
    for at, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0 and not text[at + 1:at + 2].isdigit():
            pieces.append(current.strip())
            current = ""
        else:
            current += char
    return [piece for piece in [*pieces, current.strip()] if piece]


def _last_word(text: str) -> str:
    return re.sub(r"\W+$", "", text.split()[-1]).lower()


def _verbless(words: list[str]) -> bool:
    return finite_verb(words) is None and not any(
        bare(word) in SUBJECTS | AUXILIARIES or (readings(bare(word)) & {"VBD", "VBZ"} and not
                                                 readings(bare(word)) & {"NOUN", "ADJ"})
        for word in words)


def _piece_kind(piece: str, first: str) -> str | None:
    """"aside" (a clause that hangs on what comes before, or an aside on a topic), "item"
    (a thing named), or None (a sentence of its own)."""
    words = piece.split()
    body = words[1:] if bare(words[0]) in _JOINS else words
    if not body:
        return None
    head = bare(body[0])
    if head in _HANGS or (head in _ASIDES and _verbless(first.split())):
        return "aside"
    return "item" if len(body) <= _ITEM_WORDS and _verbless(body) else None


def _listed(kind: str, first: str, rest: list[str], kinds: list[str | None],
            fitted: str) -> bool:
    """Whether the named things after the first piece are items of one list: a list the
    comma cut inside a clause, or a short list of things with its end marked ("and") or
    of three or more (a figure among them is a note's, not a list's)."""
    if any(re.search(r"\d", piece) for piece, kind_of in zip(rest, kinds, strict=True)
           if kind_of == "item"):
        return False
    words = first.split()
    if _continued(words, rest):
        return True
    short = len(words) <= _LIST_WORDS and _verbless(words) and kinds[0] == "item" and all(
        len(piece.split()) <= _LIST_WORDS for piece in rest)
    ended = len(rest) > 1 or re.search(r"\b(?:and|or)\b|&", rest[-1]) is not None
    holds = kind != "highlight" or _HOLDS.match(fitted) is not None
    return kind != "learned" and short and ended and holds


def _continued(words: list[str], rest: list[str]) -> bool:
    """A list inside a clause that the comma cut, its end marked with "and": items alike
    in form ("through the mounting room, the loans desk and the seed bank"; "for WNV, SLEV
    and WEEV"; "speak Lithuanian, Russian and some Polish"), or after "between"."""
    if len(words) < 2 or not re.search(r"\b(?:and|or)\b", rest[-1]):
        return False
    last, heads = words[-1], {bare(piece.split()[0]) for piece in rest}
    if "between" in map(bare, words[-4:]) or (len(rest) > 1 and heads in ({"the"}, {"a"})):
        return True  # "between drop off, pick up and the drive thru"; "in each area, the
        # walled garden, the arboretum and the nursery"
    article = next((bare(word) for word in reversed(words[-3:-1])
                    if bare(word) in ("the", "a", "an")), "")
    return all(
        (article and bare(piece.split()[0]) == article)
        or (last[:1].isupper() and piece[:1].isupper())
        or ("VBG" in readings(bare(last)) and "VBG" in readings(bare(piece.split()[0])))
        for piece in rest)
