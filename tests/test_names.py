"""Names as people type them into a profile, how a draft greets them (G2, professional and
polished) and how the candidate signs: honorifics with and without full stops, names in one
case, roles and teams (and a name in brackets after one), family-name-first and compound
names, Irish and Dutch particles, letters after a name (a doctorate makes a "Dr"), and the
notes that name the profile field which would make an unsure greeting sure, presuming no
gender."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.profile.greetings import Greeting, Name, greeting
from followup.profile.names import read_name, signature_name

# ------------------------------------------------------------------ reading a name

# id, as written, the profile's honorific:, then
# (honorific, first, surname, full, role, certain)
NAMES = [
    # plain, and typed in one case or with stray spaces and stops
    ("plain", "Priya Shah", None, (None, "Priya", "Shah", "Priya Shah", False, True)),
    ("lower-case", "priya shah", None, (None, "Priya", "Shah", "Priya Shah", False, True)),
    ("capitals", "PRIYA SHAH", None, (None, "Priya", "Shah", "Priya Shah", False, True)),
    ("stray-stop", "Priya Shah.", None, (None, "Priya", "Shah", "Priya Shah", False, True)),
    ("stray-spaces", "  Priya   Shah ", None,
     (None, "Priya", "Shah", "Priya Shah", False, True)),
    ("in-quotes", '"Priya Shah"', None, (None, "Priya", "Shah", "Priya Shah", False, True)),
    ("surname-in-small-letters", "Priya shah", None,
     (None, "Priya", "Shah", "Priya Shah", False, True)),
    # honorifics written in the name
    ("dr-stop", "Dr. Anika Desai", None, ("Dr", "Anika", "Desai", "Anika Desai", False, True)),
    ("dr-no-stop", "Dr Anika Desai", None,
     ("Dr", "Anika", "Desai", "Anika Desai", False, True)),
    ("dr-lower-case", "dr anika desai", None,
     ("Dr", "Anika", "Desai", "Anika Desai", False, True)),
    ("dr-capitals", "DR. ANIKA DESAI", None,
     ("Dr", "Anika", "Desai", "Anika Desai", False, True)),
    ("dr-no-space", "Dr.Anika Desai", None,
     ("Dr", "Anika", "Desai", "Anika Desai", False, True)),
    ("ms-surname", "Ms Ashworth", None, ("Ms", None, "Ashworth", "Ashworth", False, False)),
    ("ms-stop-surname", "Ms. Ashworth", None,
     ("Ms", None, "Ashworth", "Ashworth", False, False)),
    ("dr-surname", "Dr. Okafor", None, ("Dr", None, "Okafor", "Okafor", False, False)),
    ("prof-stop", "Prof. Klaus Becker", None,
     ("Prof", "Klaus", "Becker", "Klaus Becker", False, True)),
    ("professor", "Professor Ingrid Holm", None,
     ("Professor", "Ingrid", "Holm", "Ingrid Holm", False, True)),
    ("mrs", "Mrs Joan Ashworth", None,
     ("Mrs", "Joan", "Ashworth", "Joan Ashworth", False, True)),
    ("miss", "Miss Ellie Park", None, ("Miss", "Ellie", "Park", "Ellie Park", False, True)),
    ("mx", "Mx Sam Rivera", None, ("Mx", "Sam", "Rivera", "Sam Rivera", False, True)),
    ("sir", "Sir John Pollard", None, ("Sir", "John", "Pollard", "John Pollard", False, True)),
    ("dame", "Dame Margaret Holt", None,
     ("Dame", "Margaret", "Holt", "Margaret Holt", False, True)),
    ("sir-first-name-only", "Sir Elton", None, ("Sir", "Elton", None, "Elton", False, True)),
    ("rev", "Rev. Sarah Jones", None, ("Rev", "Sarah", "Jones", "Sarah Jones", False, True)),
    ("couple", "Mr. & Mrs. Smith", None, ("Mr & Mrs", None, "Smith", "Smith", False, False)),
    ("two-titles", "Prof. Dr. Klaus Becker", None,
     ("Prof", "Klaus", "Becker", "Klaus Becker", False, True)),
    # the profile's honorific: field
    ("field-ms", "Helen Carter", "Ms", ("Ms", "Helen", "Carter", "Helen Carter", False, True)),
    ("field-with-stop", "Tom Baker", "Mr.", ("Mr", "Tom", "Baker", "Tom Baker", False, True)),
    ("field-lower-case", "Anika Desai", "dr",
     ("Dr", "Anika", "Desai", "Anika Desai", False, True)),
    ("field-wins-over-name", "Dr. Anika Desai", "Prof",
     ("Prof", "Anika", "Desai", "Anika Desai", False, True)),
    ("field-unlisted", "Lars Berg", "herr", ("Herr", "Lars", "Berg", "Lars Berg", False, True)),
    ("field-blank", "Lars Berg", "  ", (None, "Lars", "Berg", "Lars Berg", False, True)),
    # roles and teams used as names
    ("role-hiring-manager", "Hiring Manager", None,
     (None, None, None, "Hiring Manager", True, True)),
    ("role-head-of", "Head of Department", None,
     (None, None, None, "Head of Department", True, True)),
    ("role-the-team", "the recruitment team", None,
     (None, None, None, "the recruitment team", True, True)),
    ("role-hr", "HR", None, (None, None, None, "HR", True, True)),
    ("role-talent", "Talent Acquisition", None,
     (None, None, None, "Talent Acquisition", True, True)),
    ("role-lower-case", "hiring team", None, (None, None, None, "hiring team", True, True)),
    ("role-people", "People & Culture", None,
     (None, None, None, "People & Culture", True, True)),
    ("role-sir-or-madam", "Sir or Madam", None,
     (None, None, None, "Sir or Madam", True, True)),
    ("role-cto", "CTO", None, (None, None, None, "CTO", True, True)),
    # a person with their role beside the name
    ("role-in-brackets", "Priya Shah (Hiring Manager)", None,
     (None, "Priya", "Shah", "Priya Shah", False, True)),
    ("role-after-comma", "Priya Shah, Hiring Manager", None,
     (None, "Priya", "Shah", "Priya Shah", False, True)),
    ("role-before-colon", "HR: Tom Baker", None,
     (None, "Tom", "Baker", "Tom Baker", False, True)),
    ("firm-in-brackets", "Tom Baker (Hays)", None,
     (None, "Tom", "Baker", "Tom Baker", False, True)),
    ("nickname-in-quotes", 'Robert "Bob" Lyle', None,  # the given name too, for formal notes
     (None, "Bob", "Lyle", "Robert Lyle", False, True, "Robert")),
    ("nickname-in-brackets", "Elizabeth (Liz) Marsh", None,
     (None, "Liz", "Marsh", "Elizabeth Marsh", False, True, "Elizabeth")),
    # a role with a name in brackets: a role whose first name is not sure
    ("role-bracketed-name-with-doubt", "Clinic Director's assistant (Jess?)", None,
     (None, "Jess", None, "Clinic Director's assistant", True, False)),
    ("role-bracketed-maybe", "Practice manager (maybe Aoife)", None,
     (None, "Aoife", None, "Practice manager", True, False)),
    ("role-bracketed-name", "Office Manager (Priya)", None,
     (None, "Priya", None, "Office Manager", True, False)),
    ("role-bracketed-lower-case", "office manager (jess?)", None,
     (None, "Jess", None, "office manager", True, False)),
    ("role-bracketed-word-with-doubt", "Head of Department (Mark?)", None,
     (None, "Mark", None, "Head of Department", True, False)),
    ("role-bracketed-team", "Hiring Manager (Sales)", None,
     (None, None, None, "Hiring Manager", True, True)),
    ("role-bracketed-firm", "Recruiter (Hays)", None,
     (None, None, None, "Recruiter", True, True)),
    ("role-bracketed-firm-in-capitals", "Talent Team (IBM)", None,
     (None, None, None, "Talent Team", True, True)),
    # family name first
    ("zhang-wei", "Zhang Wei", None, (None, None, None, "Zhang Wei", False, False)),
    ("wang-fang", "Wang Fang", None, (None, None, None, "Wang Fang", False, False)),
    # Van and Thi mark a Vietnamese name's order: its last word is the given name (round 31)
    ("nguyen-van-an", "Nguyen Van An", None,
     (None, "An", "Nguyen", "Nguyen Van An", False, True)),
    ("nguyen-accents", "Nguyễn Văn An", None,
     (None, "An", "Nguyễn", "Nguyễn Văn An", False, True)),
    ("nguyen-minh", "Nguyen Minh", None, (None, None, None, "Nguyen Minh", False, False)),
    # a given name in hyphenated syllables after a common family name: a sure order
    ("kim-min-jun", "Kim Min-jun", None, (None, "Min-jun", "Kim", "Kim Min-jun", False, True)),
    ("tanaka-yuki", "Tanaka Yuki", None, (None, None, None, "Tanaka Yuki", False, False)),
    ("family-first-lower-case", "zhang wei", None,
     (None, None, None, "Zhang Wei", False, False)),
    ("family-name-in-capitals", "ZHANG Wei", None,
     (None, "Wei", "Zhang", "Zhang Wei", False, True)),
    ("vietnamese-in-capitals", "NGUYEN Van An", None,
     (None, "An", "Nguyen", "Nguyen Van An", False, True)),
    ("surname-comma-first", "Zhang, Wei", None,
     (None, "Wei", "Zhang", "Wei Zhang", False, True)),
    ("given-name-first", "Wei Zhang", None, (None, "Wei", "Zhang", "Wei Zhang", False, True)),
    ("lee-western-surname", "Lee Anderson", None,
     (None, "Lee", "Anderson", "Lee Anderson", False, True)),
    ("kim-western-hyphenated", "Kim Hale-Jones", None,
     (None, "Kim", "Hale-Jones", "Kim Hale-Jones", False, True)),
    ("two-family-names", "Kim Park", None, (None, None, None, "Kim Park", False, False)),
    ("western-surname-in-capitals", "Anika DESAI", None,
     (None, "Anika", "Desai", "Anika Desai", False, True)),
    ("short-family-name-in-capitals", "LI Na", None, (None, "Na", "Li", "Li Na", False, True)),
    ("initials-in-capitals", "AJ Rowe", None, (None, "AJ", "Rowe", "AJ Rowe", False, True)),
    ("dr-family-first", "Dr. Wang Fang", None, ("Dr", None, None, "Wang Fang", False, False)),
    ("han-script", "张伟", None, (None, None, None, "张伟", False, False)),
    # compound given names
    ("pair-mary-jane", "Mary Jane Smith", None,
     (None, "Mary Jane", "Smith", "Mary Jane Smith", False, True)),
    ("hyphenated-first", "Anne-Marie Duval", None,
     (None, "Anne-Marie", "Duval", "Anne-Marie Duval", False, True)),
    ("spanish-pair-two-surnames", "María José García López", None,
     (None, "María José", "García López", "María José García López", False, True)),
    ("pair-jean-paul", "Jean Paul Sartre", None,
     (None, "Jean Paul", "Sartre", "Jean Paul Sartre", False, True)),
    ("pair-then-particles", "Juan Carlos de la Fuente", None,
     (None, "Juan Carlos", "de la Fuente", "Juan Carlos de la Fuente", False, True)),
    ("middle-name-of-a-pair", "Emma Jane Brown", None,
     (None, None, "Brown", "Emma Jane Brown", False, False)),
    ("plain-middle-name", "Oliver James Hart", None,
     (None, "Oliver", "Hart", "Oliver James Hart", False, True)),
    ("middle-initial", "John A. Smith", None,
     (None, "John", "Smith", "John A. Smith", False, True)),
    # particles, apostrophes, Mc and Mac
    ("mc-lower-case", "mcdonald", None, (None, "McDonald", None, "McDonald", False, True)),
    ("o-apostrophe", "o'brien", None, (None, "O'Brien", None, "O'Brien", False, True)),
    ("particles-only", "van der berg", None,
     (None, None, "van der Berg", "van der Berg", False, False)),
    ("particles-with-first", "john van der berg", None,
     (None, "John", "van der Berg", "John van der Berg", False, True)),
    ("apostrophe-hyphen", "siobhán o'neill-byrne", None,
     (None, "Siobhán", "O'Neill-Byrne", "Siobhán O'Neill-Byrne", False, True)),
    ("mac-not-a-prefix", "ALAN MACHADO", None,
     (None, "Alan", "Machado", "Alan Machado", False, True)),
    ("mac-prefix", "fiona mackenzie", None,
     (None, "Fiona", "MacKenzie", "Fiona MacKenzie", False, True)),
    ("van-as-given-name", "Van Hollis", None,
     (None, "Van", "Hollis", "Van Hollis", False, True)),
    # suffixes and letters after the name
    ("phd", "Helen Carter PhD", None, ("Dr", "Helen", "Carter", "Helen Carter", False, True)),
    ("jr-stop", "Robert Lyle Jr.", None, (None, "Robert", "Lyle", "Robert Lyle", False, True)),
    ("obe", "Alan Pryce OBE", None, (None, "Alan", "Pryce", "Alan Pryce", False, True)),
    ("comma-mba", "Jane Doe, MBA", None, (None, "Jane", "Doe", "Jane Doe", False, True)),
    ("title-and-suffix", "Dr. Anika Desai, PhD", None,
     ("Dr", "Anika", "Desai", "Anika Desai", False, True)),
    ("suffix-lower-case", "helen carter phd", None,
     ("Dr", "Helen", "Carter", "Helen Carter", False, True)),
    ("pe-after-comma", "Dr. Lena Vasquez-Hart, P.E.", None,
     ("Dr", "Lena", "Vasquez-Hart", "Lena Vasquez-Hart", False, True)),
    ("pe-without-stops", "Tom Hale PE", None, (None, "Tom", "Hale", "Tom Hale", False, True)),
    ("rgn-then-comma-msc", "Anita Sharma RGN, MSc", None,
     (None, "Anita", "Sharma", "Anita Sharma", False, True)),
    ("comma-parts-rn-bsn", "Carla Mendes, RN, BSN", None,
     (None, "Carla", "Mendes", "Carla Mendes", False, True)),
    ("cpa", "Ruth Okafor, CPA", None, (None, "Ruth", "Okafor", "Ruth Okafor", False, True)),
    ("obe-lower-case", "alan pryce obe", None,
     (None, "Alan", "Pryce", "Alan Pryce", False, True)),
    ("ma-after-a-name", "Fiona Grant MA", None,
     (None, "Fiona", "Grant", "Fiona Grant", False, True)),
    ("irish-degree-and-membership", "Conor Ryan BE, MIEI", None,
     (None, "Conor", "Ryan", "Conor Ryan", False, True)),
    ("esq", "Owen Price, Esq.", None, (None, "Owen", "Price", "Owen Price", False, True)),
    ("generation", "Robert Greer III", None,
     (None, "Robert", "Greer", "Robert Greer", False, True)),
    ("ma-is-a-surname-too", "Wei MA", None, (None, "Wei", "Ma", "Wei Ma", False, True)),
    ("ra-is-a-surname", "Tom Ra", None, (None, "Tom", "Ra", "Tom Ra", False, True)),
    ("ed-after-comma-is-a-given-name", "Doe, Ed", None,
     (None, "Ed", "Doe", "Ed Doe", False, True)),
    # a doctorate after the name makes the honorific; a surgeon's FRCS or an MD does not
    ("phd-stops-after-comma", "Daniel Ruiz, Ph.D.", None,
     ("Dr", "Daniel", "Ruiz", "Daniel Ruiz", False, True)),
    ("dphil", "Imogen Hart DPhil", None, ("Dr", "Imogen", "Hart", "Imogen Hart", False, True)),
    ("edd-after-comma", "Hannah Cole, EdD", None,
     ("Dr", "Hannah", "Cole", "Hannah Cole", False, True)),
    ("phd-in-brackets", "Sarah Khan (PhD)", None,
     ("Dr", "Sarah", "Khan", "Sarah Khan", False, True)),
    ("mbbs", "Ahmed Khan MBBS", None, ("Dr", "Ahmed", "Khan", "Ahmed Khan", False, True)),
    ("surgeon-mbbs-frcs", "Ahmed Khan MBBS FRCS", None,
     (None, "Ahmed", "Khan", "Ahmed Khan", False, True)),
    ("md-may-be-a-director", "Priya Shah, MD", None,
     (None, "Priya", "Shah", "Priya Shah", False, True)),
    ("honorific-field-wins-over-phd", "Sarah Khan PhD", "Prof",
     ("Prof", "Sarah", "Khan", "Sarah Khan", False, True)),
    # Irish and Scottish particles start the surname
    ("irish-nic-giolla", "Dr. Aisling Nic Giolla Phádraig", None,
     ("Dr", "Aisling", "Nic Giolla Phádraig", "Aisling Nic Giolla Phádraig", False, True)),
    ("irish-lower-case", "aisling nic giolla phádraig", None,
     (None, "Aisling", "Nic Giolla Phádraig", "Aisling Nic Giolla Phádraig", False, True)),
    ("irish-o", "Mr Seán Ó Murchú", None,
     ("Mr", "Seán", "Ó Murchú", "Seán Ó Murchú", False, True)),
    ("irish-o-capitals", "SEÁN Ó MURCHÚ", None,
     (None, "Seán", "Ó Murchú", "Seán Ó Murchú", False, True)),
    ("irish-ni", "Niamh Ní Bhriain", None,
     (None, "Niamh", "Ní Bhriain", "Niamh Ní Bhriain", False, True)),
    ("irish-ui", "Máire Uí Bhriain", None,
     (None, "Máire", "Uí Bhriain", "Máire Uí Bhriain", False, True)),
    ("irish-mac-giolla", "Ciarán Mac Giolla Bhríde", None,
     (None, "Ciarán", "Mac Giolla Bhríde", "Ciarán Mac Giolla Bhríde", False, True)),
    ("mc-apart", "Eoin Mc Carthy", None,
     (None, "Eoin", "Mc Carthy", "Eoin Mc Carthy", False, True)),
    ("irish-surname-alone", "Ó Murchú", None,
     (None, None, "Ó Murchú", "Ó Murchú", False, False)),
    ("nic-as-a-given-name", "Nic Hollis", None,
     (None, "Nic", "Hollis", "Nic Hollis", False, True)),
    # Dutch, Afrikaans and Spanish particles stay with the surname, in small letters
    ("van-der-merwe", "Pieter van der Merwe", None,
     (None, "Pieter", "van der Merwe", "Pieter van der Merwe", False, True)),
    ("de-la-cruz-lower-case", "maria de la cruz", None,
     (None, "Maria", "de la Cruz", "Maria de la Cruz", False, True)),
    ("particles-in-capitals", "jan van DER BERG", None,
     (None, "Jan", "van der Berg", "Jan van der Berg", False, True)),
    ("surname-and-particles-in-capitals", "Rosa DE LA CRUZ", None,
     (None, "Rosa", "de la Cruz", "Rosa de la Cruz", False, True)),
    # initials and single names
    ("initial-only", "J. Smith", None, (None, None, "Smith", "J. Smith", False, False)),
    ("mrs-initial", "Mrs J. Patel", None, ("Mrs", None, "Patel", "J. Patel", False, False)),
    ("single-name", "Priya", None, (None, "Priya", None, "Priya", False, True)),
    ("single-name-capitals", "PRIYA", None, (None, "Priya", None, "Priya", False, True)),
    # nothing to greet
    ("title-only", "Dr.", None, ("Dr", None, None, "", False, False)),
    ("empty", "", None, (None, None, None, "", False, False)),
    ("punctuation-only", ",,,", None, (None, None, None, "", False, False)),
]


@pytest.mark.parametrize(("written", "honorific", "expected"),
                         [case[1:] for case in NAMES], ids=[case[0] for case in NAMES])
def test_read_name(written: str, honorific: str | None,
                   expected: tuple[str | None, ...]) -> None:
    assert read_name(written, honorific) == Name(written, *expected)


@pytest.mark.parametrize("written", ["Mr. & Mrs. Smith", "Mary and John Smith",
                                     "Smith, Jr., John", "Dr. & Mrs.", "(())", "A, B, C, D",
                                     "x (y) z (w)", "Jane Smith née Jones", "Priya & Tom"])
def test_odd_names_are_read_without_error(written: str) -> None:
    name = read_name(written)
    assert name.written == written
    assert greeting(name, formal=True, country="GB").name.strip()
    assert greeting(name, formal=False, country="US").name.strip()


# ------------------------------------------------------------------ greeting (G2)

# id, as written, honorific:, salutation:, formal, country, the greeting, a part of the note
# (the field it names) or None for no note
GREETINGS = [
    ("informal-first-name-gb", "Priya Shah", None, None, False, "GB", "Priya", None),
    # round 26: a double first name; a firm after "@"; letters after a name; patronyms
    ("double-first-name", "Mary Jo Kowalczyk", None, None, False, "US", "Mary Jo", None),
    ("double-first-name-lynn", "Tammy Lynn Brewer", None, None, False, "US", "Tammy Lynn",
     None),
    ("firm-after-at", "Kirsty @ VetStaff", None, None, False, "GB", "Kirsty", None),
    ("nursing-letters-formal", "Euan Baird RVN", "Mr", None, True, "GB", "Mr Baird", None),
    ("daughter-of-formal", "Ms. Priya d/o Ramasamy", None, None, True, "SG", "Ms Priya", None),
    ("son-of-informal", "Muhammad Faizal bin Rahman", None, None, False, "SG",
     "Muhammad Faizal", None),
    ("son-of-formal-asks-for-a-title", "Muhammad Faizal bin Rahman", None, None, True, "SG",
     "Muhammad Faizal bin Rahman", 'to greet them as "(title) Muhammad Faizal"'),
    # round 28: a name all in capitals with an initial; a first name before a role; India's
    # titles; "binte"
    ("capitals-and-initial", "TAMMY R. (HR)", None, None, False, "US", "Tammy", None),
    ("first-name-then-role", "MIKE - OPS MGR", None, None, False, "US", "Mike", None),
    ("shri", "Shri R. K. Kulkarni", None, None, True, "IN", "Shri Kulkarni", None),
    ("daughter-of-binte", "Dr Siti Nurhaliza binte Ahmad", None, None, True, "SG",
     "Dr Siti Nurhaliza", None),
    ("coach-first-name", "Coach Brendan", None, None, False, "AU", "Coach Brendan", None),
    ("chartered-accountant-sa", "Ms Thandeka Dlamini-Nkosi CA(SA)", None, None, True, "ZA",
     "Ms Dlamini-Nkosi", None),  # round 29: not "Ms CA"
    ("informal-first-name-us", "Priya Shah", None, None, False, "US", "Priya", None),
    ("informal-lower-case", "priya shah", None, None, False, "GB", "Priya", None),
    ("formal-no-honorific-gb", "Priya Shah", None, None, True, "GB", "Priya Shah",
     'honorific: (the title they use: Mr, Ms, Mx, Dr, ...) under Priya Shah to greet them as '
     '"(title) Shah"'),
    ("formal-no-honorific-us", "Priya Shah", None, None, True, "US", "Priya Shah",
     'honorific: (the title they use: Mr., Ms., Mx., Dr., ...) under Priya Shah'),
    ("formal-honorific-field-gb", "Priya Shah", "Ms", None, True, "GB", "Ms Shah", None),
    ("formal-honorific-field-us", "Priya Shah", "Ms", None, True, "US", "Ms. Shah", None),
    ("formal-dr-gb", "Dr. Anika Desai", None, None, True, "GB", "Dr Desai", None),
    ("formal-dr-us", "Dr. Anika Desai", None, None, True, "US", "Dr. Desai", None),
    ("formal-dr-canada", "Dr. Anika Desai", None, None, True, "CA", "Dr. Desai", None),
    ("formal-dr-australia", "Dr. Anika Desai", None, None, True, "AU", "Dr Desai", None),
    ("formal-dr-no-country", "Dr Anika Desai", None, None, True, None, "Dr Desai", None),
    ("informal-dr-first-name", "Dr. Anika Desai", None, None, False, "GB", "Anika", None),
    ("informal-ms-surname-gb", "Ms Ashworth", None, None, False, "GB", "Ms Ashworth", None),
    ("informal-ms-surname-us", "Ms Ashworth", None, None, False, "US", "Ms. Ashworth", None),
    ("informal-dr-surname-us", "Dr. Okafor", None, None, False, "US", "Dr. Okafor", None),
    ("formal-dr-surname-gb", "Dr. Okafor", None, None, True, "GB", "Dr Okafor", None),
    ("formal-prof-written-out", "Prof. Klaus Becker", None, None, True, "US",
     "Professor Becker", None),
    ("formal-prof-field", "Klaus Becker", "Prof", None, True, "GB", "Professor Becker", None),
    ("formal-sir-first-name", "Sir John Pollard", None, None, True, "GB", "Sir John", None),
    ("formal-dame-first-name", "Dame Margaret Holt", None, None, True, "US",
     "Dame Margaret", None),
    ("formal-couple-us", "Mr. & Mrs. Smith", None, None, True, "US", "Mr. & Mrs. Smith", None),
    ("formal-rev-us", "Rev. Sarah Jones", None, None, True, "US", "Rev. Jones", None),
    ("formal-mx-us", "Mx Sam Rivera", None, None, True, "US", "Mx. Rivera", None),
    ("formal-miss-takes-no-stop", "Miss Ellie Park", None, None, True, "US", "Miss Park", None),
    ("formal-unlisted-honorific", "María José García López", "Sra", None, True, "GB",
     "Sra García López", None),
    ("role-formal", "Hiring Manager", None, None, True, "GB", "Hiring Manager",
     "give their name under Hiring Manager (name:, or salutation:"),
    ("role-informal", "Head of Department", None, None, False, "US",
     "Head of Department", "give their name under Head of Department"),
    ("role-the-dropped", "the recruitment team", None, None, False, "GB",
     "Recruitment Team", '"Recruitment Team", a team'),
    ("role-hr", "HR", None, None, True, "US", "HR Team", '"HR Team", a team'),
    ("role-lower-case", "hr team", None, None, False, "GB", "HR Team", "under hr team"),
    ("role-capitals", "TALENT ACQUISITION", None, None, True, "GB",
     "Talent Acquisition Team", "under TALENT ACQUISITION"),
    ("family-first-informal", "Zhang Wei", None, None, False, "GB", "Zhang Wei",
     "or salutation: Wei to greet them by first name"),
    ("family-first-formal", "Zhang Wei", None, None, True, "US", "Zhang Wei",
     "salutation: (title) Zhang under Zhang Wei, with the title they use: Mr., Ms., Mx., Dr."),
    ("family-first-salutation", "Zhang Wei", None, "Wei", False, "GB", "Wei", None),
    ("family-name-in-capitals", "ZHANG Wei", None, None, False, "GB", "Wei", None),
    ("family-name-in-capitals-formal", "ZHANG Wei", "Mr", None, True, "US", "Mr. Zhang", None),
    ("surname-comma-first", "Zhang, Wei", None, None, False, "GB", "Wei", None),
    ("vietnamese-last-word", "Nguyen Van An", None, None, False, "GB", "An", None),
    ("vietnamese-unsure", "Nguyen Minh", None, None, False, "GB", "Nguyen Minh",
     "or salutation: Minh to greet them by first name"),
    ("korean-hyphenated", "Kim Min-jun", None, None, False, "US", "Min-jun", None),  # r35
    ("family-first-with-dr", "Dr. Wang Fang", None, None, True, "GB", "Dr Wang",
     "takes Wang for the family name, written first"),
    ("two-family-names", "Kim Park", None, None, False, "GB", "Kim Park",
     "or salutation: Park to greet them by first name"),
    ("lee-western", "Lee Anderson", None, None, False, "GB", "Lee", None),
    ("compound-unsure", "Emma Jane Brown", None, None, False, "GB", "Emma Jane Brown",
     "salutation: Emma (or Emma Jane) under Emma Jane Brown"),
    ("compound-pair", "Mary Jane Smith", None, None, False, "US", "Mary Jane", None),
    ("compound-hyphen", "Anne-Marie Duval", None, None, False, "GB", "Anne-Marie", None),
    ("phd-makes-dr", "Helen Carter PhD", None, None, True, "GB", "Dr Carter", None),
    ("single-name-formal", "Priya", None, None, True, "GB", "Priya",
     "salutation: (the title they use and their surname)"),
    ("particles-only", "van der berg", None, None, False, "GB", "van der Berg",
     "salutation: (the name to greet them by)"),
    ("initial-with-mrs", "Mrs J. Patel", None, None, False, "US", "Mrs. Patel", None),
    ("initial-without-honorific", "J. Smith", None, None, False, "GB", "J. Smith",
     "salutation: (the name to greet them by)"),
    ("nickname", 'Robert "Bob" Lyle', None, None, False, "GB", "Bob", None),
    ("role-beside-name", "Priya Shah (Hiring Manager)", None, None, False, "GB", "Priya", None),
    ("salutation-wins-formal", "Dr. Anika Desai", None, " Anika ", True, "US", "Anika", None),
    ("salutation-wins-over-role", "Hiring Manager", None, "Ms Rahman", True, "GB",
     "Ms Rahman", None),
    ("salutation-blank-ignored", "Priya Shah", None, "  ", False, "GB", "Priya", None),
    # letters after a name are no name; a doctorate is a Dr, with no note (US "Dr.")
    ("pe-informal", "Dr. Lena Vasquez-Hart, P.E.", None, None, False, "US", "Lena", None),
    ("pe-formal", "Dr. Lena Vasquez-Hart, P.E.", None, None, True, "US", "Dr. Vasquez-Hart",
     None),
    ("rgn-msc-formal", "Anita Sharma RGN, MSc", None, None, True, "GB", "Anita Sharma",
     '"(title) Sharma"'),
    ("phd-formal-us", "Sarah Khan PhD", None, None, True, "US", "Dr. Khan", None),
    ("phd-stops-formal-gb", "Daniel Ruiz, Ph.D.", None, None, True, "GB", "Dr Ruiz", None),
    ("phd-informal-first-name", "Sarah Khan PhD", None, None, False, "GB", "Sarah", None),
    ("md-suggests-dr", "Priya Shah, MD", None, None, True, "US", "Priya Shah",
     'honorific: Dr under Priya Shah, MD to greet them as "Dr. Shah"'),
    ("surgeon-asked", "Martin Doyle FRCS", None, None, True, "GB", "Martin Doyle",
     '"(title) Doyle"'),
    ("generation-asked", "Robert Greer III", None, None, True, "US", "Robert Greer",
     'honorific: (the title they use: Mr., Ms., Mx., Dr., ...) under Robert Greer III'),
    # particles stay with the surname
    ("irish-formal", "Dr. Aisling Nic Giolla Phádraig", None, None, True, "IE",
     "Dr Nic Giolla Phádraig", None),
    ("irish-informal", "Dr. Aisling Nic Giolla Phádraig", None, None, False, "IE", "Aisling",
     None),
    ("irish-o-formal", "Mr. Seán Ó Murchú", None, None, True, "IE", "Mr Ó Murchú", None),
    ("dutch-formal", "jan van DER BERG", "Mr", None, True, "NL", "Mr van der Berg", None),
    ("spanish-formal-us", "Maria de la Cruz", "Ms", None, True, "US", "Ms. de la Cruz", None),
    # the title a candidate gave, kept when formal (the lead's tone rule asks for formal)
    ("mrs-formal", "Mrs Judith Ormerod", None, None, True, "GB", "Mrs Ormerod", None),
    ("mrs-informal-first-name", "Mrs Judith Ormerod", None, None, False, "GB", "Judith", None),
    ("prof-formal", "Prof. Henrik Aalto", None, None, True, "FI", "Professor Aalto", None),
    ("prof-informal-first-name", "Prof. Henrik Aalto", None, None, False, "FI", "Henrik",
     None),
    ("honorific-field-with-stop-us", "Raymond Castillo", "Mr.", None, True, "US",
     "Mr. Castillo", None),
    ("honorific-field-informal", "Raymond Castillo", "Mr.", None, False, "US", "Raymond",
     None),
    ("dr-irish-formal", "Dr Gráinne Fitzgerald", None, None, True, "IE", "Dr Fitzgerald", None),
    # a role with a name in brackets is greeted by the name, never by the role
    ("role-bracketed-name", "Clinic Director's assistant (Jess?)", None, None, False, "CA",
     "Jess", "salutation: (the name to greet them by) under Clinic Director's assistant (Jess?)"),
    ("role-bracketed-name-formal", "Clinic Director's assistant (Jess?)", None, None, True,
     "CA", "Jess", "the name you marked as a guess"),  # round 44
    ("role-bracketed-name-salutation", "Clinic Director's assistant (Jess?)", None,
     "Jessica", False, "CA", "Jessica", None),
    ("role-bracketed-firm", "Recruiter (Hays)", None, None, False, "GB", "Recruiter",
     '"Recruiter", a role'),
    ("no-name", "", None, None, False, "GB", "Hiring Manager",
     "salutation: (the greeting to use)"),
    ("title-only", "Dr.", None, None, True, "US", "Hiring Manager",
     "salutation: (the greeting to use)"),
    # a description, not a name: no "Dear Facilities Guy"
    ("described", "the facilities guy (didn't get his name)", None, None, False, "US",
     "Sir or Madam", "describes them but is not a name"),
    ("described-formal", "HR lady", None, None, True, "GB", "Sir or Madam",
     "find their name (the invitation, the website, your contact there)"),
    ("role-unnamed", "Facilities Manager (didn't catch her name)", None, None, False, "GB",
     "Sir or Madam", "describes them but is not a name"),
    ("described-named-by-salutation", "the facilities guy", None, "Mr Okafor", False, "US",
     "Mr Okafor", None),
    ("role-is-no-description", "HR representative", None, None, False, "GB",
     "HR Representative", '"HR Representative", a role'),
    ("name-not-caught", "Trustee (didn't catch her name)", None, None, False, "GB",
     "Sir or Madam", "describes them but is not a name"),
    ("role-and-a-label", "Assessor - group exercise", None, None, True, "IE", "Assessor",
     '"Assessor", a role'),
    # a nickname's adjective is no first name
    ("nickname-big", "Big Mike", None, None, False, "US", "Mike", None),
    ("nickname-with-surname", "Big Mike Doherty", None, None, False, "US", "Mike", None),
    ("young-is-a-name", "Young Kim", None, None, False, "US", "Young", None),
]


@pytest.mark.parametrize(
    ("written", "honorific", "salutation", "formal", "country", "expected", "field"),
    [case[1:] for case in GREETINGS], ids=[case[0] for case in GREETINGS])
def test_G2_greeting(written: str, honorific: str | None, salutation: str | None, formal: bool,
                     country: str | None, expected: str, field: str | None) -> None:
    found = greeting(read_name(written, honorific), formal=formal, country=country,
                     salutation=salutation)
    assert found.name == expected
    if field is None:
        assert found.note is None
    else:
        assert found.note is not None
        assert field in found.note
        assert found.note.endswith("(G2).")


@pytest.mark.parametrize(("written", "formal", "note"), [
    ("Zhang Wei", False, "Is Zhang the family name, written first? Add honorific: (the title "
                         "they use: Mr, Ms, Mx, Dr, ...) under Zhang Wei to greet them as "
                         '"(title) Zhang", or salutation: Wei to greet them by first name (G2).'),
    ("Zhang Wei", True, "Is Zhang the surname? Add salutation: (title) Zhang under Zhang Wei, "
                        "with the title they use: Mr, Ms, Mx, Dr, ... (G2)."),
    ("Helen Carter", True, "Add honorific: (the title they use: Mr, Ms, Mx, Dr, ...) under "
                           'Helen Carter to greet them as "(title) Carter" (G2).'),
    ("Paul Whelan", True, "Add honorific: (the title they use: Mr, Ms, Mx, Dr, ...) under "
                          'Paul Whelan to greet them as "(title) Whelan" (G2).'),
    ("Robert Greer III", True, "Add honorific: (the title they use: Mr, Ms, Mx, Dr, ...) under "
                               'Robert Greer III to greet them as "(title) Greer" (G2).'),
    ("John Mensah M.D.", True, 'Add honorific: Dr under John Mensah M.D to greet them as "Dr '
                               "Mensah\", if their MD is a doctor's degree; else the title "
                               "they use (Mr, Ms, Mx, ...) (G2)."),
    ("Clinic Director's assistant (Jess?)", False,
     "The greeting uses Jess, the name you marked as a guess after \"Clinic Director's "
     "assistant\": if it is not their first name, add salutation: (the name to greet them "
     "by) under Clinic Director's assistant (Jess?) (G2)."),
    ("Emma Jane Brown", False, "Is Emma or Emma Jane the first name? Add salutation: Emma "
                               "(or Emma Jane) under Emma Jane Brown (G2)."),
    ("de la cruz", False, "The profile gives no first name for de la cruz: add salutation: "
                          "(the name to greet them by) under it (G2)."),
    ("Priya", True, "The profile gives no surname for Priya: for a formal greeting add "
                    "salutation: (the title they use and their surname) under it (G2)."),
], ids=["first-name-unsure", "surname-unsure", "no-honorific", "no-honorific-paul",
        "no-honorific-generation", "md", "role-bracketed-name", "compound", "no-first-name",
        "no-surname"])
def test_G2_notes_say_which_field_to_add(written: str, formal: bool, note: str) -> None:
    assert greeting(read_name(written), formal=formal, country="GB").note == note


@pytest.mark.parametrize("written", [
    "Paul Whelan", "Robert Greer III", "Helen Carter", "Zhang Wei", "Kim Min-jun", "Priya",
    "Anita Sharma RGN, MSc", "Martin Doyle FRCS", "Sam Rivera", "Seán Ó Murchú"])
@pytest.mark.parametrize("country", ["GB", "US"])
def test_G2_notes_presume_no_gender(written: str, country: str) -> None:
    """A note may list titles, Mr and Ms among them, but suggests no one of them."""
    note = greeting(read_name(written), formal=True, country=country).note
    assert note is not None
    assert re.search(r"\b(?:Mr|Ms|Mrs|Miss|Mx)\.? [A-Z]", note) is None
    if "title they use:" in note:  # the titles offered: all of them, none first for a reason
        assert "Mr" in note and "Ms" in note and "Mx" in note


def test_G2_a_traditional_panel_greets_everyone_the_same_way() -> None:
    """Formal: "Ms Ashworth" beside "Helen Carter" until Helen's honorific is given."""
    panel = [read_name("Ms Ashworth"), read_name("Helen Carter", "Ms")]
    assert [greeting(name, formal=True, country="GB") for name in panel] == [
        Greeting("Ms Ashworth"), Greeting("Ms Carter")]


# ------------------------------------------------------------------ signing

# id, as written, the profile's honorific:, how the person signs
SIGNATURES = [
    ("nickname-in-quotes", "Samantha 'Sam' Ortiz", None, "Samantha Ortiz"),
    ("nickname-in-double-quotes", 'Robert "Bob" Lyle', None, "Robert Lyle"),
    ("nickname-in-brackets", "Margaret (Peggy) Fairweather", None, "Margaret Fairweather"),
    ("own-title", "Dr. Nadia Farouk", None, "Nadia Farouk"),
    ("own-title-in-the-field", "Nadia Farouk", "Dr", "Nadia Farouk"),
    ("lower-case", "jess tran", None, "Jess Tran"),
    ("capitals", "KEVIN OSEI", None, "Kevin Osei"),
    ("typed-with-care", "Siobhán O'Brien", None, "Siobhán O'Brien"),
    ("mac-kept", "Fiona MacKenzie", None, "Fiona MacKenzie"),
    ("stray-stop", "Priya Shah.", None, "Priya Shah"),
    ("post-nominals", "Anita Sharma RGN, MSc", None, "Anita Sharma"),
    ("phd", "Sarah Khan PhD", None, "Sarah Khan"),
    ("title-and-letters", "Dr. Lena Vasquez-Hart, P.E.", None, "Lena Vasquez-Hart"),
    ("generation-kept", "Robert Greer III", None, "Robert Greer III"),
    ("generation-lower-case", "robert greer iii", None, "Robert Greer III"),
    ("generation-after-comma", "Marcus Bell, Jr.", None, "Marcus Bell Jr."),
    ("irish-lower-case", "seán ó murchú", None, "Seán Ó Murchú"),
    ("particles", "jan van DER BERG", None, "Jan van der Berg"),
    ("family-name-first", "Zhang Wei", None, "Zhang Wei"),
    ("surname-comma-first", "Ortiz, Samantha", None, "Samantha Ortiz"),
    ("single-name", "priya", None, "Priya"),
    ("han-script", "张伟", None, "张伟"),
    ("empty", "", None, ""),
]


@pytest.mark.parametrize(("written", "honorific", "signed"), [case[1:] for case in SIGNATURES],
                         ids=[case[0] for case in SIGNATURES])
def test_signature_name(written: str, honorific: str | None, signed: str) -> None:
    assert signature_name(read_name(written, honorific)) == signed


# ------------------------------------------------------------------ never fails

name_like = st.lists(st.sampled_from([
    "Dr.", "dr", "Ms", "Mr.", "&", "Prof", "Sir", "Priya", "SHAH", "shah", "Zhang", "Wei",
    "Nguyen", "van", "der", "de", "la", "O'Brien", "mc", "Mac", "-", ",", ".", "(", ")", '"',
    "PhD", "Jr.", "III", "Hiring", "Manager", "the", "team", "of", "Kim", "Min-jun", "Mary",
    "Jane", "José", "张", "\u200b", " ", "\t", "Lee", "A.", "née", "y", "and"]), max_size=8)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(written=st.one_of(st.text(max_size=60), name_like.map(" ".join),
                         name_like.map("".join)),
       honorific=st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["Dr.", "ms"])),
       salutation=st.one_of(st.none(), st.text(max_size=12)),
       formal=st.booleans(), country=st.sampled_from([None, "GB", "US", "CA", "us", "ZZ"]))
def test_G2_reading_and_greeting_never_fail_nor_greet_no_one(
        written: str, honorific: str | None, salutation: str | None, formal: bool,
        country: str | None) -> None:
    name = read_name(written, honorific)
    assert name.written == written
    assert name.full == name.full.strip()
    found = greeting(name, formal=formal, country=country, salutation=salutation)
    assert found.name.strip()
    if not (salutation and salutation.strip()):
        assert found.name == " ".join(found.name.split())  # one line, single spaces
    signed = signature_name(name)
    assert signed == " ".join(signed.split())


def test_nameparser_is_imported_only_when_a_name_is_read() -> None:
    probe = ("import sys\n"
             "import followup.profile.names as names\n"
             "before = 'nameparser' in sys.modules\n"
             "names.read_name('Priya Shah')\n"
             "print(before, 'nameparser' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["False", "True"]


# ------------------------------------------------------------------ how the candidate signs

# id, the profile's signature:, their name as signed, formal ->
# (the name a card or a voicemail gives, the signature an email ends with, a G2 note?)
SIGNINGS = [
    ("signature-name-wins", "Bao Ngoc Tran\n519-555-0148", "Tran Bao Ngoc", False,
     ("Bao Ngoc Tran", "Bao Ngoc Tran\n519-555-0148", False)),
    ("signature-name-wins-formal", "Bao Ngoc Tran\n519-555-0148", "Tran Bao Ngoc", True,
     ("Bao Ngoc Tran", "Bao Ngoc Tran\n519-555-0148", False)),
    ("after-own-sign-off", "Ngā mihi,\nAroha Te Rangi\n021 555 0199", "Aroha Te Rangi",
     False, ("Aroha Te Rangi", "Ngā mihi,\nAroha Te Rangi\n021 555 0199", False)),
    ("own-title-left-out", "Dr Ann Lee\nann@example.com", "Ann Lee", False,
     ("Ann Lee", "Dr Ann Lee\nann@example.com", False)),
    # one name alone: the user's own in a plain email; the full name on a card or a call
    ("one-name-plain", "Bex\nStage Manager | 07700 900781", "Bex Allardyce-Hart", False,
     ("Bex Allardyce-Hart", "Bex\nStage Manager | 07700 900781", False)),
    ("one-name-formal", "Bex\nStage Manager | 07700 900781", "Bex Allardyce-Hart", True,
     ("Bex Allardyce-Hart", "Bex Allardyce-Hart\nStage Manager | 07700 900781", True)),
    ("mononym", "Nadia\n07700 900111", "Nadia", True, ("Nadia", "Nadia\n07700 900111", False)),
    # no name line: the name as signed
    ("contact-line-first", "07700 900111 | jo@example.com", "Jo Marsh", True,
     ("Jo Marsh", "07700 900111 | jo@example.com", False)),
    ("no-signature", None, "Jo Marsh", True, ("Jo Marsh", None, False)),
]


@pytest.mark.parametrize(("signature", "signed", "formal", "expected"),
                         [case[1:] for case in SIGNINGS], ids=[case[0] for case in SIGNINGS])
def test_G2_the_candidate_signs_as_their_signature_does(
        signature: str | None, signed: str, formal: bool,
        expected: tuple[str, str | None, bool]) -> None:
    from followup.compose.recipients import signing
    from followup.profile import Candidate

    candidate = Candidate(name="Someone Else", email="me@example.com", signature=signature)
    found, notes = signing(candidate, signed, formal)
    assert (found.name, found.signature, bool(notes)) == expected
    if notes:
        (note,) = notes
        assert (note.rule, note.field) == ("G2", ("candidate", "signature"))
        assert note.message == ('A formal letter is signed with your full name: the draft '
                                'signs "Bex Allardyce-Hart" in place of your signature\'s '
                                '"Bex".')


SIGNED_PROFILE = """\
candidate:
  name: Tran Bao Ngoc
  email: baongoc@example.com
  signature: |
    {signature}
    519-555-0100
company: Lakeshore Foods
role: QC Technician
country: CA
interviews:
  - date: 2026-11-10
    kind: in-person
    interviewers:
      - name: Ms Dana Whitlock
status: waiting
"""


@pytest.mark.parametrize("tone", ["warm", "standard", "brief", "formal"])
@pytest.mark.parametrize(("signature", "card", "email"), [
    ("Bao Ngoc Tran", "Bao Ngoc Tran", "Bao Ngoc Tran"),
    ("Ngoc", "Tran Bao Ngoc", "Ngoc"),  # one name: the full one on a card and when formal
])
def test_G2_a_card_and_an_email_sign_as_the_signature_does(
        tmp_path: Path, tone: str, signature: str, card: str, email: str) -> None:
    import datetime

    from followup import drafting

    path = tmp_path / "profile.yaml"
    path.write_text(SIGNED_PROFILE.format(signature=signature), encoding="utf-8")
    signed = {}
    for channel in ("card", "email"):
        request = drafting.Request("thank-you", datetime.date(2026, 11, 10), ignore_timing=True,
                                   tone=tone, channel=channel)
        (draft,) = drafting.draft(path, request, warn=lambda _: None).drafts
        signed[channel] = draft.body.rstrip().splitlines()[-1 if channel == "card" else -2]
    formal_email = "Tran Bao Ngoc" if tone == "formal" and signature == "Ngoc" else email
    assert signed == {"card": card, "email": formal_email}
