"""How a draft's sentences name the employer and the role (G2): "the Department for
Regional Growth" but "Leeds City Council"; "the position of Trainee Solicitor" but "the
2027 Analyst Programme"; "Research Assistant (Soil Nitrogen Programme)" for a role written
with its team after a comma; a name's possessive ("Acme Widgets'")."""

from __future__ import annotations

import re

from followup.words import without_asides

# Names of bodies that take "the" in a sentence: "join the Department for Regional Growth",
# "at the Federal Transit Grants Office", "the University of Limerick", "the NHS Graduate
# Management Training Scheme".
_BODY = re.compile(
    r"^(?:[\w'’.&-]+ )*?(?:Department|Ministry|Office|Institute|Institution|University|College|"
    r"School|Bank|Council|Board|Agency|Commission|Authority|Centre|Center|Society|Service|"
    r"Foundation|Trust|Museum|Library|Town|City|County|Borough|District|Village|"
    r"Municipality|Region|Province|State) (?:of|for|on)\b"
    r"|(?:Office|Department|Ministry|Agency|Commission|Authority|Council|Board|Institute|"
    r"Service|Directorate|Executive|Inspectorate|Scheme|Programme|Program)$")


# A local authority's proper name takes no "the": "Leeds City Council", "Cork County
# Council", "Wyndhamshire County Council" (but "the Arts Council", "the Highland Council").
_LOCAL_COUNCIL = re.compile(r"\b(?:City|County|Borough|District|Town|Parish|Shire|Municipal|"
                            r"Regional|Metropolitan|Unitary|Community) Council$")


# A firm's legal form, which a letter leaves to its letterhead: "Cindercone Labs, Inc.".
_LEGAL_FORM = re.compile(r"(?:,|\s+[-–—])?\s+(?:Inc\.?|INC\.?|Incorporated|P?LLC|L\.L\.C\.|LLP|"
                         r"Ltd\.?|LTD\.?|Limited|plc|PLC|(?:\(?Pty\)?|Pvt|Pte|Private)\.? "
                         r"(?:Ltd\.?|Limited)|Sdn\.? Bhd\.?|Bhd\.?|GmbH|AG|AS|ASA|AB|ApS|Oy|NV|"
                         r"DAC|CLG|S\.A\.|B\.V\.)$")  # "Co." is the name's


_SMALL = frozenset(("of", "and", "the", "for", "in", "on", "at", "to", "by", "a", "an", "&"))
_SHORTENED = frozenset(("st", "mt", "ltd", "bros", "dr", "mr", "mrs", "ms", "co"))  # not "ST"


def _capitalised(word: str, index: int) -> str:
    """A word of a name typed in small letters: "NHS" (no vowel), "of", "Trust"."""
    if index and word in _SMALL:
        return word
    if word in _SHORTENED:  # "St Aldric's"
        return word.capitalize()
    if len(word) <= 4 and not re.search(r"[aeiouy]", word) and word.isalpha():
        return word.upper()
    word = re.sub(r"[^\W\d_]", lambda letter: letter[0].upper(), word, count=1)  # "(Level"
    # each part after a hyphen too: "Tri-State", not "Co-Op" (round 38)
    return re.sub(r"(?<=[^\W\d_]{3}-)[^\W\d_]", lambda letter: letter[0].upper(), word)


def as_typed_name(text: str) -> str:
    """A company or role as a name is written when typed all in small letters ("st aldrics
    nhs foundation trust") or in caps lock ("BROOKFIELD DENTAL CARE"): "St Aldrics NHS
    Foundation Trust", "Brookfield Dental Care"; a short word in capitals is an acronym
    ("IT", "HR"). Anything else is as typed."""
    capitals = text.isupper() and sum(char.isalpha() for char in text) >= 6
    if not (text.islower() or capitals):
        return text
    return " ".join(word if capitals and _acronym(word) else _capitalised(word.lower(), index)
                    for index, word in enumerate(text.split(" ")))


def _acronym(word: str) -> bool:
    """A word in caps lock that stays in capitals: a short one that is no English word ("HSE",
    "NEOC", "IT"; not "THE", "FIRE")."""
    from followup.profile.capitals import unknown_short_word

    low = word.lower().strip("(),")
    return low.isalpha() and low not in _SMALL | _SHORTENED and (
        len(low) <= 2 or unknown_short_word(low))


def company_in_text(company: str) -> str:
    """The company as a sentence names it: a public body "the Department for ...", a firm
    or a local council as written, without its legal form ("Cindercone Labs"); a name
    that starts with "The" takes it in small letters mid-sentence, as every sentence has
    it ("join the Cathedral Church of St Columba")."""
    company = as_typed_name(company)  # "st aldrics nhs", "BROOKFIELD DENTAL CARE"
    company = _LEGAL_FORM.sub("", company) or company
    # its group, trust, branch, country or initials in brackets are the letterhead's, not
    # the sentence's: "Brindle Moor Academy (Oakfield Learning Trust)", "Cairngorm
    # Mountain (Scotland)", "Lakeshore Claims Software (LCS)"
    company = re.sub(r"\s*\([^()]+\)$", "", company) or company
    company = company.split(" / ")[0]  # its name twice: "Meddygfa Tŷ Gwyn / Tŷ Gwyn Surgery"
    # a public body and its branch or department, which a sentence leaves to the letterhead
    # (round 32's readers): "USDA Forest Service, Lewis and Clark National Forest", "City of
    # Winnipeg - Community Services", "Town of Pembrook - Recreation & Culture Dept."
    branch = re.fullmatch(r"([^,]+), ([^,]+)", company)
    if branch and _BODY.search(branch[1]):
        return company_in_text(branch[1])
    dashed = re.fullmatch(r"(.+?) [-–—] (.+)", company)
    if dashed and not re.search(r"[-–—]", dashed[2]):
        return company_in_text(dashed[1])
    if company.startswith("The ") and len(company.split()) > 2:  # "join the Cathedral Church"
        return "the" + company[3:]
    crown = company.startswith("HM ")  # "HM Courts & Tribunals Service", as the Crown names it
    if company[:4].lower() != "the " and _BODY.search(company) \
            and not _LOCAL_COUNCIL.search(company) and not crown:
        return f"the {company}"
    return company


# A role that is a scheme or an intake, not a post: "the 2027 Analyst Programme" (its last
# word, before any brackets: a "Youth Program Coordinator" holds a position).
_PROGRAMME = re.compile(r"\b(?:Programme|Program|Scheme|Intake|Internship|Apprenticeship|"
                        r"Placement|Fellowship|Traineeship|Cohort)\b(?:\s+\d{4})?"
                        r"(?:\s*\(.*\))?\s*$", re.IGNORECASE)


# The advert's terms in brackets, which a letter does without (the profile keeps them):
# "Barista (casual, weekends)", "Associate Solicitor (4+ PQE)", "Store Manager (Store #114)".
# The advert's terms of work, in brackets or after a dash: "(Permanent)", "- full time".
# Its length, hours, roster and grade too: "(12-month contract)", ", 37.5 hours", ", GS-7";
# and details listed in brackets: "(NEOC, Tallaght)", "(Seasonal, March to June)".
_WORK_TERMS = (r"permanent|temporary|fixed[- ]term|full[- ]time|part[- ]time|whole[- ]time|[pf]/t|"
               r"casual|seasonal|probationary|rotational|rotating shifts?|shift work|term time|"
               r"maternity cover|hybrid|(?:fully )?remote|on-?site|mon[- ]fri|fifo|dido|"
               r"(?:\d(?:\.\d+)? )?fte|"
               r"\d+(?:\.\d+)?[- ](?:hours?|hrs?|months?|mths?|weeks?|wks?|years?|yrs?)|ftc|"
               r"\d+[/:]\d+|\d+ on,? \d+ off|"  # a roster: "5 on 2 off" (round 45)
               r"(?:salary |pay )?(?:grade|band|level|scale) \w+|\w+ grade|"
               r"(?:GS|GL|APS|EL|WG)[- ]?\d[\d-]*")
_TERMS = re.compile(rf"\s*\((?=[^()]*\b(?:{_WORK_TERMS}|pqe|store #?\d+|welcome|considered|"
                    r"immediate start|contract|roster|based|x\s?\d+|ref|req|vacancy)\b)[^()]*\)",
                    re.IGNORECASE)


# "- remote after 90 days", ", 6-month contract (Mediterranean 2027)"
# "(Genomics). Band 6": after a full stop too (round 45), not "Sr."
_DASHED_TERMS = rf"(?i)(?:\s+[-–—]|,|(?<!\b[A-Z][a-z])\.)\s+(?:{_WORK_TERMS}|(?:\S+\s+){{0,3}}"\
    r"(?:req'?d|required|preferred|essential|desirable)(?!\w))\b.*$"  # "- CCHT req'd"


def _without_its_initials(role: str) -> str:
    """"Probation Services Officer (PSO)": the initials the advert gives a role are not
    said in a sentence."""
    short = re.search(r"\s*\(([A-Z]{2,6})\)", role)
    words = short and re.split(r"[\s-]+", role[:short.start()])  # "Engineer-in-Training (EIT)"
    if short and words and "".join(word[:1].upper() for word in words).endswith(short[1]):
        return role[:short.start()] + role[short.end():]
    return role


def role_title(role: str) -> str:
    """A role as a subject line names it (and a sentence, without its notes: `role_in_text`):
    "Research Assistant, Soil Nitrogen Programme" reads as two things in "the ... role", so
    its team goes in brackets: "Research Assistant (Soil Nitrogen Programme)"; after a dash
    too ("Store Manager - Square One location"). The advert's terms are left out (_TERMS),
    and a role with both a dash and brackets keeps the detail after its dash: "QC Analyst
    (Chemistry)" for "QC Analyst – Chemistry (Permanent)"; nor the grade after a slash (round
    42: "Bridge Inspector Trainee (NBIS) / Eng Tech I"); a language in capitals (round 43)."""
    role = _TERMS.sub("", as_typed_name(role) if role.isupper() else role).strip()  # "NURSE"
    role = re.sub(r"\s*\([^()]*, [^()]*\)", "", role)  # details listed: "(NEOC, Tallaght)"
    if _SMALL_LETTERS.search(role):  # "type designer, latin & greek"; only then the word
        from followup.profile.capitals import languages_in_capitals  # lists (start-up)

        role = languages_in_capitals(role)
    role = _without_its_initials(re.sub(_DASHED_TERMS, "", role))  # ", 37.5 hours", "(PSO)"
    role = re.sub(r"(?i)\s+(?:full|part)[- ]time$", "", role)  # "... full time" (round 44)
    role = re.sub(r"\s+/\s+[^/()]+ (?:I{1,3}|IV|V|\d{1,2})$", "", role)  # a grade: "/ Eng Tech I"
    # a note before its team: "Assistant Tea Taster (Trainee), Kolkata Auction" (round 43)
    role = re.sub(r"\s*\([^()]*\)(?=,\s)", "", role)
    if "(" in role and re.search(r" [-–—] |: ", role):
        role = without_asides(role)
    dashed, commas = re.split(r" [-–—] |: ", role), role.split(", ")  # "Assistant: Herbarium"
    # after a dash, the rest is its team or place, a comma and all: "Store Manager - Dublin, OH"
    parts = dashed if len(dashed) > 1 else commas
    if len(parts) != 2 or "(" in role:
        return role
    return f"{parts[0]} ({parts[1]})"


# A word typed in small letters that may be a language; not the small words of a title.
_SMALL_LETTERS = re.compile(r"(?<![\w'’-])(?!(?:of|and|the|in|for|to|at|on|with|a|an|or|de|la|"
                            r"du)\b)[a-z]")


def role_in_text(role: str) -> str:
    """A role as a sentence names it: its title (`role_title`) without the notes in its
    brackets (_NOTED)."""
    title = role_title(role)
    said = _NOTED.sub("", title).strip() or title
    # a title that alone names no post keeps its team: "Executive (Stores & Dispatch)" (r47)
    return title if said.lower() in _GENERIC_TITLES else said


_GENERIC_TITLES = frozenset(("executive", "officer", "assistant", "associate", "manager",
                           "coordinator", "administrator", "specialist", "analyst", "adviser",
                           "advisor", "consultant", "technician", "operative", "engineer",
                           "apprentice", "trainee", "intern", "graduate"))  # round 50


# G2: what a sentence does without, in the brackets of a role (round 36): a note
# ("(qualified)"), shorthand ("(P/T 0.8 FTE)", "(General/O&G)", "(Jan-Apr)") or a place
# or team of three words or more ("(Willow Creek Middle School)"); a stream stays:
# "Graduate Scheme (Finance)".
_NOTED = re.compile(r"\s*\((?:[^()A-Z][^()]*|[^()]*[/\d–-][^()]*|[^()\s]+(?:\s+[^()\s]+){2,})\)")


def position(role: str) -> str:
    """How a formal sentence names the role: "the position of Trainee Solicitor", but "the
    Graduate Area Manager Scheme" (a programme is no position)."""
    role = role_in_text(role)
    return f"the {role}" if _PROGRAMME.search(role) else f"the position of {role}"


def possessive(name: str) -> str:
    """The possessive of a name: "Big Beanz's", "AWS's" (capitals are read as letters), but
    "Acme Widgets'": a name ending in a lowercase s takes the apostrophe alone."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"
