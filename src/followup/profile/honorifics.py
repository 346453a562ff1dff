"""Honorifics and the letters after a name, and the greetings that need no name reading.

The tables; reading them off a name ("Dr. Anika Desai", "Lena Vasquez-Hart, P.E.", "Sarah
Khan PhD", whose doctorate makes her "Dr"); writing one by country ("Dr." in the US and
Canada); the formal greeting ("Dr Desai", "Professor Becker", "Sir John") with the notes
that ask for what it lacks, none presuming a gender; a role greeted whole ("Recruitment
Team"). `names` reads the rest of a name and builds on this module, which needs none of it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from followup.profile.forms import Greeting, Name


def word_set(text: str, separator: str | None = None) -> frozenset[str]:
    return frozenset(" ".join(item.split()) for item in text.split(separator))


RULE = "G2"  # professional and polished: what every greeting here is written to
HONORIFICS = {
    "mr": "Mr", "mister": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx",
    "dr": "Dr", "doctor": "Dr", "prof": "Prof", "professor": "Professor", "sir": "Sir",
    "dame": "Dame", "rev": "Rev", "revd": "Revd", "reverend": "Reverend", "lord": "Lord",
    "lady": "Lady", "mme": "Mme", "madame": "Madame", "mlle": "Mlle",  # French: Quebec
    "mnr": "Mr", "me": "Ms", "mev": "Mrs",  # Afrikaans, in English in an English letter
    "shri": "Shri", "sri": "Sri", "smt": "Smt", "mdm": "Mdm", "aunty": "Aunty",  # kept as said
    # titles of office, rank or religion ("Cllr Rhodri ap Gwilym", "Sr. Mary": a sister)
    "cllr": "Cllr", "cr": "Cllr", "councillor": "Councillor", "councilor": "Councilor",
    "judge": "Judge", "fr": "Fr", "father": "Father", "sr": "Sister", "sister": "Sister",
    "canon": "Canon", "rabbi": "Rabbi", "imam": "Imam", "pastor": "Pastor", "capt": "Captain",
    "chief": "Chief", "captain": "Captain", "sgt": "Sergeant", "sergeant": "Sergeant",
    "colonel": "Colonel", "lt": "Lieutenant", "cdr": "Commander", "cmdr": "Commander",
    "major": "Major", "insp": "Inspector", "inspector": "Inspector", "pc": "PC", "ds": "DS",
    "chef": "Chef", "coach": "Coach", "pak": "Pak", "bu": "Bu", "ibu": "Ibu"}  # not "col"
MINISTERS = frozenset({"Rev", "Revd", "Reverend"})
FIRST_NAME_HONORIFICS = frozenset({"Sir", "Dame", "Pak", "Bu", "Ibu", "Aunty"})  # Sir John
ABBREVIATIONS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Mx", "Rev", "Fr"})  # "Dr." in the US
# and Canada; ranks are written in full in a greeting ("Dear Captain Penhaligon")
FULL_STOP_COUNTRIES = frozenset({"US", "CA"})
# Words that make a "name" a role or a team, greeted whole ("Dear Hiring Manager").
ROLE_WORDS = word_set("""manager managers team department dept recruitment recruiting
    recruiter recruiters hiring talent acquisition hr resources personnel resourcing staffing
    committee panel careers jobs vacancies applications inbox mailbox enquiries admissions
    people director officer coordinator administrator
    adviser advisor madam ceo cto cfo coo cio cpo cso cmo chro vp svp evp gm agm hrbp mgr exec
    senco sendco member members board trustee trustees governor governors""")
# Words of job titles that are rarely a whole name: a "name" made only of these (and of
# ROLE_WORDS and small words) is a role ("Head Chef", "Assessor", "Senior Partner"), but
# "Anthony Head" is a person. No common name alone ("Cook", "Ward", "Line") is one.
JOB_WORDS = word_set("""head chef lead leading leader chair chairperson chairman chairwoman assessor
    assessors interviewer interviewers supervisor partner principal headteacher headmaster
    headmistress owner founder president editor engineer consultant specialist analyst senior
    junior deputy assistant associate chief executive general area regional store site shift
    practice clinical technical product project programme program sales operations ops supervisory
    finance marketing engineering nursing unit group graduate teacher lecturer tutor ranger
    designer developer architect scientist researcher producer counsel solicitor attorney
    lawyer accountant auditor buyer planner inspector representative rep dispatcher clerk appraiser
    secretary receptionist foreman forewoman superintendent controller sous workshop warden hand
    registrar managing""")
POSTS_LAST = word_set("captain sergeant lieutenant commander chief skipper superintendent "
                      "supervisor dispatcher receptionist assessor specialist therapist leader")
# The last word of a team or a mailbox ("Resourcing Team"), but not after "of" ("Head of
# Department" is one person).
TEAM_WORDS = word_set("""team teams department dept hr resourcing recruitment recruiting
    talent acquisition resources personnel staffing committee panel careers admissions people
    culture office""")
# A role's shorthand, written out where a greeting names the role: "Ops Manager" (round 54).
_ROLE_WORDS_CUT = {"Ops": "Operations", "Asst": "Assistant", "Mgr": "Manager", "Dept": "Department"}
SEPARATORS = re.compile(r"\s*[,;:/|]\s*|\s+[-\u2013\u2014]\s+")
# A role greeted whole ("Dear Recruitment Team"): its small words and acronyms.
ROLE_SMALL_WORDS = word_set("of and the for at in to or &")
ROLE_ACRONYMS = word_set("hr it ta ux ui qa pr ceo cto cfo coo cio cpo vp svp evp emea apac "
                         "gm agm md hrbp cso cmo chro")
# What a note offers when nothing says which title a person uses: in no order of preference.
TITLES_OFFERED = ("Mr", "Ms", "Mx", "Dr")
# Letters after a name, in the form compared (folded, no full stops): "P.E." and "PE" are
# "pe". These are never a name in any case ("helen carter phd"); nameparser's longer list
# counts too where they are written as letters are (capitals, stops, "PhD").
POST_NOMINALS = word_set("""phd dphil msc mba rgn rmn rn bsn msn lpn cna aprn fnp crna dnp
    cpa frcs frcsi frcsed frcp frcpi mrcp mrcs mrcgp frcgp mbbs mbchb mbbch bmbs md dds dmd
    obe mbe cbe kbe dbe esq bsc beng meng ceng peng pe llb llm jd mphil mres mph mpa mfa edd
    psyd pharmd dpt dvm mcsp hcpc frics mrics riba aia cfa acca aca fca cima cipd mcipd pmp
    shrm-cp sphr lcsw lpc qc kc be miei mice miet ieng fcca hdip pgdip acr mrtpi fslcc cilca
    fma amrtpi cmgr cmi fcipd chartpsychol rn fhea mciob mcih rvn rvt cvt lvt rmn rnld ca
    ca(sa) cpc rhit mrcvs frcvs mvb bvsc bvms bvetmed""")  # a vet's (round 53)
# Letters that are also names ("Ed", "Do", "Pa"): letters only after a comma or with stops.
NAME_LIKE_LETTERS = word_set("ed do pa ra om lt ho mc cd ea")
# Degrees whose holders are greeted "Dr"; medical ones not when a surgeon's fellowship says
# "Mr" or "Ms" is the custom (FRCS). "MD" may be a managing director: a note suggests Dr.
DOCTORATES = word_set("""phd dphil edd psyd dsc scd dba dnp drph dpt pharmd dds dmd dvm thd dmin
    dma mdphd""")
MEDICAL_DEGREES = word_set("mbbs mbchb mbbch bmbs")
SURGEONS = word_set("frcs frcsi frcsed")
DOCTOR_OR_DIRECTOR = "md"
# A generation after the surname: part of the name, not letters after it ("Jr.", "III").
GENERATIONS = re.compile(r"(?<=\w)[\s,]+(jr|sr|jnr|snr|ii|iii|iv)(\.?)(?![\w'])",
                         re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without accents, to compare with the word lists: "Nguyễn" -> "nguyen"."""
    text = text.replace("\u0111", "d").replace("\u0110", "D")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def split_honorifics(text: str) -> tuple[str | None, str]:
    """("Dr", "Anika Desai") of "Dr. Anika Desai"; ("Cllr", "Rhodri ap Gwilym")."""
    text = re.sub(r"^(mrs|mr|ms|mx|dr|prof|rev|revd|cllr|fr|sr)\.(?=[^\W\d_])", r"\1. ", text,
                  flags=re.IGNORECASE)
    tokens = text.split()
    if len(tokens) > 1 and tokens[0].casefold() == "the" \
            and tokens[1].rstrip(".").casefold() in HONORIFICS:
        tokens = tokens[1:]  # "The Revd Canon Peter Hale", "The Hon."
    taken: list[str] = []
    for index, token in enumerate(tokens):
        key = token.rstrip(".").casefold()
        if key in HONORIFICS or (key == "col" and taken == ["Lieutenant"]):
            taken.append(HONORIFICS.get(key, "Colonel"))
        elif key in ("&", "and") and taken and index + 1 < len(tokens) \
                and tokens[index + 1].rstrip(".").casefold() in HONORIFICS:
            taken.append("&")
        else:
            break
    # a couple is one, as is "Lt Col"; a minister is greeted by the title after "Revd" ("The
    # Revd Dr Amy Cole": Dr Cole), a knight as one ("Prof Sir Ian": Sir Ian); else the first
    joined = "&" in taken or (taken[:1] == ["Lieutenant"] and len(taken) == 2)
    first = next((at for at, title in enumerate(taken) if title in ("Sir", "Dame")), 1 if len(
        taken) > 1 and taken[0] in MINISTERS and "&" not in taken else 0)
    honorific = (" ".join(taken) if joined else taken[first]) if taken else None
    return honorific, " ".join(tokens[len(taken):])


def normal_honorific(honorific: str | None) -> str | None:
    """The profile's `honorific:` as stored: "dr." -> "Dr", "Prof" stays "Prof"."""
    titled, rest = split_honorifics(text := " ".join((honorific or "").split()))
    plain = text.replace(".", "").strip()
    return titled if titled and not rest else plain[:1].upper() + plain[1:] or None


@functools.cache
def listed_letters() -> frozenset[str]:
    """Every post-nominal known: ours and nameparser's ("CFA", "PMP", "LCSW-C")."""
    from nameparser.config import CONSTANTS
    return POST_NOMINALS | frozenset(str(item) for item in CONSTANTS.suffix_acronyms)


def letters_key(word: str) -> str:
    return fold(word).replace(".", "")


def written_as_letters(word: str) -> bool:
    """Stops inside ("P.E", "Ph.D") or capitals inside small letters ("PhD", "MSc")."""
    letters = [char for char in word if char.isalpha()]
    stops = "." in word.strip(".") and len(letters) >= 2
    inner_capital = any(char.isupper() for char in letters[1:]) and any(
        char.islower() for char in letters)
    return stops or inner_capital


def is_letters(word: str, *, after_comma: bool, capitals_stand_out: bool = False) -> bool:
    """A post-nominal: one of ours in any case, or one of nameparser's written as letters;
    capitals ("PE") after a comma or amid a name not in capitals; "ED" needs stops or a comma."""
    key = letters_key(word)
    if len(key) < 2 or not key.replace("-", "").isalnum():
        return False
    if key in NAME_LIKE_LETTERS:
        return (after_comma and word.isupper()) or "." in word.strip(".")
    if key in POST_NOMINALS or (written_as_letters(word) and key in listed_letters()):
        return True
    return word.isupper() and key in listed_letters() and (after_comma or capitals_stand_out)


def split_post_nominals(text: str) -> tuple[str, list[str]]:
    """("Lena Vasquez-Hart", ["P.E"]) of "Lena Vasquez-Hart, P.E": comma parts after the
    first made only of letters after a name ("RN, BSN"), then such words at the end of what
    is left ("Anita Sharma RGN"), leaving two words of name ("Wei MA" is a name), or one
    when written as letters are ("Khan PhD")."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    letters: list[str] = []
    while len(parts) > 1 and all(is_letters(word, after_comma=True)
                                 for word in parts[-1].split()):
        letters[:0] = parts.pop().split()
    words = [part.split() for part in parts]
    count = sum(len(part) for part in words)
    capitals = all(word.isupper() for part in words for word in part)
    last = words[-1] if words else []
    while last and count > 1:
        word = last[-1]  # "Khan PhD" is a surname and letters; "Hale PE" may be a name
        if not (is_letters(word, after_comma=False, capitals_stand_out=not capitals)
                and (count > 2 or written_as_letters(word))):
            break
        letters.insert(0, last.pop())
        count -= 1
    return ", ".join(" ".join(part) for part in words if part), letters


def degree_honorific(letters: list[str]) -> str | None:
    """"Dr" when the letters after a name are a doctorate (PhD, DPhil, EdD), or a medical
    degree (MBBS) without a surgeon's fellowship (FRCS: "Mr" or "Ms" by custom)."""
    keys = {letters_key(word) for word in letters}
    if keys & DOCTORATES or (keys & MEDICAL_DEGREES and not keys & SURGEONS):
        return "Dr"
    return None


def doctor_or_director(written: str) -> bool:
    """"MD" after a name ("Priya Shah, M.D."): a doctor, or a managing director."""
    letters = split_post_nominals(split_honorifics(written)[1])[1]
    return any(letters_key(word) == DOCTOR_OR_DIRECTOR for word in letters)


def generation(written: str) -> str | None:
    """The generation a name gives, as signed: "jr" -> "Jr", "iii" -> "III"."""
    found = GENERATIONS.search(written)
    if found is None:
        return None
    word = found[1].upper() if found[1].casefold().startswith("i") else found[1].capitalize()
    return word + found[2]


def written_honorific(honorific: str, country: str | None) -> str:
    """Prof and Cllr in full; "Dr." in the US and Canada, "Dr" elsewhere."""
    stop = (country or "").upper() in FULL_STOP_COUNTRIES
    return " ".join({"Prof": "Professor", "Cllr": "Councillor"}.get(word) or (
        f"{word}." if stop and word in ABBREVIATIONS else word) for word in honorific.split())


def titles_offered(country: str | None, titles: tuple[str, ...] = TITLES_OFFERED) -> str:
    """"Mr, Ms, Mx, Dr, ..." as the country writes them ("Mr., Ms., ..." in the US)."""
    return ", ".join(written_honorific(title, country) for title in titles) + ", ..."


def formal_greeting(name: Name, who: str, country: str | None) -> Greeting:
    """"Ms Ashworth", "Dr. Desai", "Professor Becker", "Sir John"; else the full name and a
    note asking for the title they use (`who`: the name as the profile writes it)."""
    words = name.full.split()
    if name.first and name.surname and len(name.surname.strip(".")) == 1:  # "Tyler M."
        if name.honorific and (country or "").upper() == "IN":  # an initial in place of a
            named = " ".join(word for word in words if len(word.strip(".")) > 1)  # surname, as
            return Greeting(f"{written_honorific(name.honorific, country)} {named}")  # is usual
        return Greeting(name.first, f"Only the initial of {who}'s surname is given: write it "
                                    f"in full under name: for a formal greeting ({RULE}).")
    # a family name that may come first ("Zhang Wei"): its first word
    guess = words[0] if name.first is None and name.surname is None and len(words) > 1 else ""
    if name.honorific:
        shown = written_honorific(name.honorific, country)
        if name.honorific in FIRST_NAME_HONORIFICS and name.first:
            return Greeting(f"{shown} {name.first}")
        if name.surname or (name.first and name.certain):  # "Ms Priya" of "Priya d/o ..."
            return Greeting(f"{shown} {name.surname or name.first}")
        if guess:  # "Ms Kim Soo-jin": the family name written first is greeted
            return Greeting(f"{shown} {guess}", (
                f'The greeting takes {guess} for the family name, written first ("{shown} '
                f'{guess}"): if it is not, add salutation: (how to greet them) under {who} '
                f"({RULE})."))
        return Greeting(f"{shown} {name.full}")
    titles = titles_offered(country)
    whole = f"{name.first} {name.surname}" if name.first and name.surname and re.search(
        r" [A-Z]\.? ", name.full) else name.full  # "Dear Marcus Whitfield": no middle initial
    if name.surname and doctor_or_director(who):
        dr, others = written_honorific("Dr", country), titles_offered(country, ("Mr", "Ms", "Mx"))
        return Greeting(whole, f'Add honorific: Dr under {who} to greet them as "{dr} '
                                   f'{name.surname}", if their MD is a doctor\'s degree; else '
                                   f"the title they use ({others}) ({RULE}).")
    return Greeting(whole, (
        f"Add honorific: (the title they use: {titles}) under {who} to greet them as "
        f'"(title) {name.surname or name.first}"'  # or a patronym's "(title) Muhammad Faizal"
        if name.surname or " " in (name.first or "") else
        f"Is {guess} the surname? Add salutation: (title) {guess} under {who}, with the "
        f"title they use: {titles}" if guess else
        f"The profile gives no surname for {who}: for a formal greeting add salutation: "
        f"(the title they use and their surname) under it") + f" ({RULE}).")


MAILBOXES = word_set("inbox mailbox jobs careers vacancies applications enquiries")
TEAM_WORK = word_set("recruitment recruiting resourcing talent acquisition hr people staffing "
                     "capability culture")  # "People & Capability", "People and Culture"


def role_greeting(role: str) -> str:
    """A role as a greeting names it: "the recruitment team" -> "Recruitment Team"; a label
    in sentence case by its job words at the end ("Group exercise assessor": Assessor)."""
    words = [word for word in (word.strip("()\"'\u201c\u201d") for word in role.split()) if word]
    words = words[1:] if words and words[0].casefold() == "the" else words
    if len(words) > 1 and fold(words[-1]) in ("sir", "madam", "ma'am"):  # "Project Manager sir"
        words = words[:-1]
    if sentence_label(words) and "of" not in (keys := [fold(word) for word in words]):
        from followup.guidance.phrases.seams import ROLE_WORDS as LONE_ROLE_WORDS
        head = len(words)
        while head > 0 and keys[head - 1] in JOB_WORDS | ROLE_WORDS:
            head -= 1
        # never a piece of a title alone, which reads as a broken greeting ("Dear Manager,")
        words = words[head:] if len(words) - head > 1 or keys[-1] not in LONE_ROLE_WORDS \
            else words
    one_case = (joined := " ".join(words)).islower() or joined.isupper()
    keys = [fold(word).replace(".", "") for word in words]
    shown = " ".join(
        key.upper() if key in ROLE_ACRONYMS else word.lower() if index and key in
        ROLE_SMALL_WORDS else word if word.isupper() and not one_case  # "EMEA"
        else word[:1].upper() + (word[1:].lower() if one_case else word[1:])
        for index, (word, key) in enumerate(zip(words, keys, strict=True)))
    # a mailbox is read by a team: "Dear Jobs Inbox," -> "Dear Hiring Team,"; "Dear Graduate
    # Recruitment," -> "Dear Graduate Recruitment Team,"
    if keys and keys[-1] in MAILBOXES:
        return "Hiring Team"
    team = keys and keys[-1] in TEAM_WORK and "of" not in keys  # not "Head of Talent"
    return f"{shown} Team" if team else shown


# A "name" that describes someone met but not named: "the facilities guy (didn't get his
# name)", "HR lady"; no greeting can be made of it.
DESCRIBED = word_set("guy lady bloke chap fella fellow dude gal girl man woman person someone "
                     "somebody gentleman lad")
NAME_DOUBT = re.compile(r"\b(?:didn'?t|did not|don'?t|do not|never) (?:get|catch|know|got|"
                        r"caught)\b|\bno name\b|\bname\?", re.I)


def unaddressed(name: str, email: str | None) -> bool:
    """TY1: an interviewer known only by a role or a description ("Assessor", "the GM
    (didn't catch her name)") and with no address: no thank-you can reach them as it
    stands, so none is planned or drafted with --all; the advice says how to find them."""
    if email is not None or re.search(r"\(\s*[A-Z][a-z]+\s*\?", name):
        return False  # an address, or a name guessed: "Workshop manager (Kev?)"
    # only words of roles before any bracket: not "Dave (HR)", nor "Rev. Dr Harriet Osei";
    # or a description whose name was not caught, but for a name alone ("Bob (didn't catch
    # last name)")
    words = re.findall(r"[a-z]+", fold(name.split("(")[0]).replace("'s", ""))
    roles = JOB_WORDS | ROLE_WORDS | TEAM_WORDS | ROLE_SMALL_WORDS
    if doubts_name(name):
        return not (len(words) == 1 and words[0] not in roles)
    return bool(words) and all(word in roles for word in words)


def unaddressed_advice(name: str, contact: str | None) -> str:
    """What to do about an `unaddressed` interviewer: ask `contact`, recruiter or main contact."""
    ask = contact if contact != name else None
    who = f"Ask {ask} for" if ask else "Find"
    return (f"No thank-you to \"{name}\": the profile has neither their name nor their "
            f"email address. {who} both and give them under that interviewer (name:, "
            "email:), or thank them in your note to the person you were in touch with.")


def is_described(written: str) -> bool:
    """G2: whether a role-like "name" only describes the person, and no greeting can use it."""
    words = re.findall(r"[a-z]+", fold(written))
    return doubts_name(written) or any(word in DESCRIBED for word in words)


def doubts_name(written: str) -> bool:
    """Whether the profile says the name was not caught ("Trustee (didn't catch her name)")."""
    return bool(NAME_DOUBT.search(written.replace("’", "'")))


def is_role(text: str) -> bool:
    """A role or team used as a name: "Hiring Manager", "Head of Department", "HR", one
    made only of job words ("Head Chef", "Assessor"), and a label in sentence case that ends
    in one ("Group exercise assessor"); a team's "&" ("AP Learning & Support", round 54)."""
    words = re.findall(r"[a-z0-9&]+", fold(text).replace(".", ""))
    titled = len(words) > 1 and words[1] in HONORIFICS  # "The Revd Peter Hale" is a person
    team = "&" in words and words[0] not in HONORIFICS  # not "Mr & Mrs Smith"
    return bool(words) and ((words[0] == "the" and not titled) or "of" in words or team
                            or " ".join(words[-2:]) == "in charge"  # "Ranger in Charge"
                            or any(word in ROLE_WORDS for word in words)
                            or (len(words) > 1 and bool(set(words[1:]) & POSTS_LAST)
                                and words[0] not in HONORIFICS)
                            or all(word in JOB_WORDS | ROLE_SMALL_WORDS for word in words)
                            or sentence_label(text.split()))


def sentence_label(words: list[str]) -> bool:
    """G2: words typed as a phrase, not a name: the first capitalised, the rest in small
    letters, the last a job word ("Group exercise assessor"; never "Anthony Head")."""
    return (len(words) >= 2 and words[0][:1].isupper() and not words[0].isupper()
            and all(word.islower() for word in words[1:])
            and fold(words[-1]).strip(".,") in JOB_WORDS | ROLE_WORDS)


def first_role(text: str) -> str:
    """A role as a greeting may name it: its first part, never a comma inside ("Product
    Manager, Billing": Product Manager), its shorthand written out ("Ops": Operations)."""
    parts = [part for part in SEPARATORS.split(text) if part]
    at = next((index for index, part in enumerate(parts) if is_role(part)), None)
    role = text if at is None else parts[at] if " " in parts[at] or at + 1 == len(parts) else \
        f"{parts[at]} of {parts[at + 1]}"  # "Director, Human Resources": not "Dear Director"
    return re.sub(r"\b(Ops|Asst|Mgr|Dept)\b\.?", lambda cut: _ROLE_WORDS_CUT[cut[1]], role)



def role_note(greeted: str, who: str) -> str:
    """G2: a draft greets a role or a team whole, and says which field names the person."""
    keys = re.findall(r"[a-z0-9&]+", fold(greeted))
    kind = "a team" if keys and keys[-1] in TEAM_WORDS and "of" not in keys else "a role"
    return (f'The greeting is to "{greeted}", {kind}, not a person by name: if you know who '
            f"will read it, give their name under {who} (name:, or salutation: as you would "
            f"greet them) ({RULE}).")
