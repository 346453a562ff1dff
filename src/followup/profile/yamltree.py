"""The checks each value of a parsed YAML file gets, on its nodes before they become data:
no key twice in a mapping, text values without padding and not blank, and no text cut short
by what YAML takes for a comment. A problem is `Found` with the path of keys to its node,
for `yamlfile` to name the file, line and field."""

from __future__ import annotations

import re

import yaml

# Taken off both ends of every text value, so that every consumer sees it clean ("  Priya
# Shah " is found by --to "Priya Shah"): spaces of any width, and what shows nothing (zero-
# width space and joiners, direction marks, word joiner, BOM, soft hyphen, Hangul fillers,
# braille blank). Not line breaks: a name written with | keeps one, and is refused for it.
_BLANK_LETTERS = "\u115f\u1160\u3164\uffa0\u2800"
_PADDING = ("\t \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
            "\u202f\u205f\u3000\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\xad" + _BLANK_LETTERS)
_TEXT_TAG = "tag:yaml.org,2002:str"


class Found(Exception):
    """A problem at `node`; each level of check_tree on the way out adds its key or index,
    so that the field's name is made only for a message."""

    def __init__(self, node: yaml.Node, problem: str, fix: str, parts: list[str | int]) -> None:
        super().__init__(problem)
        self.node, self.problem, self.fix, self.parts = node, problem, fix, parts


def check_tree(node: yaml.Node, lines: list[str] | None = None) -> None:
    """Each node, as often as aliases name it (_check_aliases has bounded that):

    - two equal keys in a mapping are refused (PyYAML keeps the last; a file with both
      is a mistake);
    - text values lose the padding around them, and one with nothing else is blank;
    - an unquoted text cut short by " #" and a figure ("store #38") is refused: YAML
      took the rest of the line for a comment (`lines`: the file's, when it has " #").
    """
    if isinstance(node, yaml.ScalarNode):
        text = node.value
        end = node.end_mark
        if lines and not node.style and end.line < len(lines) and (  # plain: None or ""
                cut := _CUT.match(lines[end.line], end.column)):
            tail = " ".join(text.split()[-5:])
            tail = tail if tail == text else "... " + tail
            raise Found(node, f"stops at \"{tail}\": YAML reads \"{cut[1]}\" and what "
                               "follows as a comment", "Put the whole value in quotes: "
                               f"\"{text} {lines[end.line][cut.start(1):].strip()}\"", [])
        if text and node.tag == _TEXT_TAG:
            if text[0] in _PADDING or text[-1] in _PADDING:
                node.value = text = text.strip(_PADDING)
            if not text or (not text.isascii() and _invisible(text)):
                raise Found(node, "is blank: it holds only spaces or invisible characters",
                             "Give it a value, or leave the field out if it is optional.", [])
    elif isinstance(node, yaml.MappingNode):
        keys = [key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
        if len(set(keys)) != len(keys):
            seen: set[str] = set()
            for key, _ in node.value:
                if not isinstance(key, yaml.ScalarNode):
                    continue  # a list or a mapping as a key (which PyYAML refuses): no text
                if key.value in seen:
                    raise Found(key, "appears twice in the same mapping",
                                 "Keep one of the two entries.", [shown(key.value)])
                seen.add(key.value)
        for key, value in node.value:
            try:
                check_tree(value, lines)
            except Found as found:
                found.parts.insert(0, shown(key.value)
                                   if isinstance(key, yaml.ScalarNode) else "?")
                raise
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            try:
                check_tree(item, lines)
            except Found as found:
                found.parts.insert(0, index)
                raise


# A comment that is the value's own words: " #" then a figure ("from #38 to #9").
_CUT = re.compile(r"\s+(#\d\S*)")


def _invisible(text: str) -> bool:
    """Nothing in `text` shows: only spaces, formatting characters, combining marks (with
    nothing to combine with) and blank fillers. Control characters and line breaks are not
    invisible but refused where they matter, each with its own message."""
    if any(char.isalnum() and char not in _BLANK_LETTERS for char in text):
        return False  # the usual case, decided without loading unicodedata
    import unicodedata

    return all(char in _BLANK_LETTERS or unicodedata.category(char) in ("Cf", "Mn", "Me", "Zs")
               for char in text)


def shown(name: str) -> str:
    """A key as a message shows it: escaped if it holds characters a terminal would act on."""
    return name if name.isprintable() else repr(name)[1:-1]
