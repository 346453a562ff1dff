"""Finding the checker's phrases in a draft: a small phrase language, contractions, negation.

The phrase lists (guidance/phrases/) are written in this language:

    words        whole words, in any case, one after another (spaces, line breaks or a
                 hyphen between them; no other punctuation)
    word*        any ending: `disappoint*` matches disappointed, disappointing
    (a|b c)      one of the alternatives, each one or more words
    item?        the word or (group) before the `?` may be absent
    _            any one word
    #            a number, perhaps with st, nd, rd or th: `# (December|Dec)`, `#/#`
    ...          a gap of up to 60 characters inside one sentence
    : . / !      punctuation written next to a word must follow it: `urgent:`

Contractions equal their long forms, in phrases and drafts alike: "haven't" is
"have not", "I'm" is "I am", "can't" and "cannot" are "can not", "it's" is
"it is"; curly apostrophes are straight ones. So a list names each phrase once.

Negation: a match is dropped when one of "not", "no", "never", "without",
"nothing", "nobody", "hardly", "neither", "nor" stands among the three words
before it in the same clause (no comma, semicolon, colon, sentence end, dash,
bracket or "but" in between): "this is not urgent", "I don't need an answer by
Friday". "not only" and "not just" are not negation. A phrase that is bad *with*
its negation says so itself ("still have not heard", "can not afford to lose").

Matching works on words, not regular expressions: Python's `re` took several
times longer to compile these lists, and every draft command checks what it
renders. A list is parsed once per process; for each text, the phrases whose
required words are absent are ruled out before any matching is tried.

One module a step: `text` (contractions spelt out, tokens, a prepared text),
`language` (the parser and its nodes, plain tuples), `engine` (a node against tokens),
`phrase_set` (a list, its index and matcher), `kept` (the parsed lists in the cache
folder) and `search` (`find`, negation).
"""

from __future__ import annotations

from followup.matching.engine import GAP_CHARACTERS
from followup.matching.language import Node, PhraseError, parse
from followup.matching.phrase_set import Matcher, PhraseSet, compile_phrases
from followup.matching.search import NEGATION_WINDOW, NEGATORS, Match, find, negated, within
from followup.matching.text import Normalized, Text, Token, normalize, prepare, tokens

__all__ = [
    "GAP_CHARACTERS", "NEGATION_WINDOW", "NEGATORS", "Match", "Matcher", "Node", "Normalized",
    "PhraseError", "PhraseSet", "Text", "Token", "compile_phrases", "find", "negated",
    "normalize", "parse", "prepare", "tokens", "within",
]
