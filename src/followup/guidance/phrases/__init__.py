"""The checker's rules as data: phrase lists, content cues, leftovers and subjects.

Each list is tied to one rule ID of GUIDANCE.md and carries its severity, what it
says about the words it finds, and what to do instead. To extend a list, add a
phrase; to add a list, add an entry to TONE. Phrases are written in the small
phrase language of `followup.matching` (whole words, any case; `word*` for any
ending; `(a|b)` alternatives; `?` optional; `_` one word; `#` a number; `...` a
gap inside a sentence). Contractions need no second spelling: "haven't" and
"have not" are one phrase, and curly apostrophes are straight ones.

Context, not single words: a list names who says what ("I am disappointed",
"this is urgent", "urgent reply"), so that "disappointed customers" and "the
urgent care project" pass. A phrase is dropped when a negation comes just before
it in the same clause ("this is not urgent"); see `followup.matching`.

Severity: an error is something that would hurt the candidate if it were sent
(frustration, pressure, desperation, an ultimatum, taking a rejection
personally, a leftover placeholder or empty greeting); a warning is worth a
second look (filler, exclamation marks, capitals, length, missing content, a
generic subject, notes that are too alike). `followup check` exits 1 on errors.

The data is kept one family a module: `kinds` (the shapes), `tone` (with `attitude` and
`demands`), `content`, `form` (emphasis, leftovers, subjects, variety) and `signals`
(guessing the situation).
"""
