"""Names as people type them into a profile, and how a draft greets them (G2, professional
and polished): honorifics with and without full stops, names in one case, roles and teams,
family-name-first and compound names, suffixes, and the notes that name the profile field
which would make an unsure greeting sure."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.profile.names import Greeting, Name, greeting, read_name

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
    ("nickname-in-quotes", 'Robert "Bob" Lyle', None,
     (None, "Bob", "Lyle", "Robert Lyle", False, True)),
    ("nickname-in-brackets", "Elizabeth (Liz) Marsh", None,
     (None, "Liz", "Marsh", "Elizabeth Marsh", False, True)),
    # family name first
    ("zhang-wei", "Zhang Wei", None, (None, None, None, "Zhang Wei", False, False)),
    ("wang-fang", "Wang Fang", None, (None, None, None, "Wang Fang", False, False)),
    ("nguyen-van-an", "Nguyen Van An", None,
     (None, None, None, "Nguyen Van An", False, False)),
    ("nguyen-accents", "Nguyễn Văn An", None,
     (None, None, None, "Nguyễn Văn An", False, False)),
    ("kim-min-jun", "Kim Min-jun", None, (None, None, None, "Kim Min-jun", False, False)),
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
    ("phd", "Helen Carter PhD", None, (None, "Helen", "Carter", "Helen Carter", False, True)),
    ("jr-stop", "Robert Lyle Jr.", None, (None, "Robert", "Lyle", "Robert Lyle", False, True)),
    ("obe", "Alan Pryce OBE", None, (None, "Alan", "Pryce", "Alan Pryce", False, True)),
    ("comma-mba", "Jane Doe, MBA", None, (None, "Jane", "Doe", "Jane Doe", False, True)),
    ("title-and-suffix", "Dr. Anika Desai, PhD", None,
     ("Dr", "Anika", "Desai", "Anika Desai", False, True)),
    ("suffix-lower-case", "helen carter phd", None,
     (None, "Helen", "Carter", "Helen Carter", False, True)),
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
                   expected: tuple[str | None, str | None, str | None, str, bool, bool]) -> None:
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
    ("informal-first-name-us", "Priya Shah", None, None, False, "US", "Priya", None),
    ("informal-lower-case", "priya shah", None, None, False, "GB", "Priya", None),
    ("formal-no-honorific-gb", "Priya Shah", None, None, True, "GB", "Priya Shah",
     'honorific: Ms (or Mr, Mx, Dr, ...) under Priya Shah to greet them as "Ms Shah"'),
    ("formal-no-honorific-us", "Priya Shah", None, None, True, "US", "Priya Shah",
     'honorific: Ms (or Mr, Mx, Dr, ...) under Priya Shah to greet them as "Ms. Shah"'),
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
    ("role-formal", "Hiring Manager", None, None, True, "GB", "Hiring Manager", None),
    ("role-informal", "Head of Department", None, None, False, "US",
     "Head of Department", None),
    ("role-the-dropped", "the recruitment team", None, None, False, "GB",
     "Recruitment Team", None),
    ("role-hr", "HR", None, None, True, "US", "HR", None),
    ("role-lower-case", "hr team", None, None, False, "GB", "HR Team", None),
    ("role-capitals", "TALENT ACQUISITION", None, None, True, "GB",
     "Talent Acquisition", None),
    ("family-first-informal", "Zhang Wei", None, None, False, "GB", "Zhang Wei",
     "salutation: Wei under Zhang Wei"),
    ("family-first-formal", "Zhang Wei", None, None, True, "US", "Zhang Wei",
     "salutation: Ms. Zhang (or Mr, Dr, ...) under Zhang Wei"),
    ("family-first-salutation", "Zhang Wei", None, "Wei", False, "GB", "Wei", None),
    ("family-name-in-capitals", "ZHANG Wei", None, None, False, "GB", "Wei", None),
    ("family-name-in-capitals-formal", "ZHANG Wei", "Mr", None, True, "US", "Mr. Zhang", None),
    ("surname-comma-first", "Zhang, Wei", None, None, False, "GB", "Wei", None),
    ("vietnamese-last-word", "Nguyen Van An", None, None, False, "GB", "Nguyen Van An",
     "salutation: An under Nguyen Van An"),
    ("korean-hyphenated", "Kim Min-jun", None, None, False, "US", "Kim Min-jun",
     "salutation: Min-jun under Kim Min-jun"),
    ("family-first-with-dr", "Dr. Wang Fang", None, None, True, "GB", "Dr Wang Fang",
     "salutation: Dr Wang under Dr. Wang Fang"),
    ("two-family-names", "Kim Park", None, None, False, "GB", "Kim Park",
     "salutation: Park under Kim Park"),
    ("lee-western", "Lee Anderson", None, None, False, "GB", "Lee", None),
    ("compound-unsure", "Emma Jane Brown", None, None, False, "GB", "Emma Jane Brown",
     "salutation: Emma (or Emma Jane) under Emma Jane Brown"),
    ("compound-pair", "Mary Jane Smith", None, None, False, "US", "Mary Jane", None),
    ("compound-hyphen", "Anne-Marie Duval", None, None, False, "GB", "Anne-Marie", None),
    ("suffix-dropped", "Helen Carter PhD", None, None, True, "GB", "Helen Carter",
     'honorific: Ms (or Mr, Mx, Dr, ...) under Helen Carter PhD to greet them as "Ms Carter"'),
    ("single-name-formal", "Priya", None, None, True, "GB", "Priya",
     "salutation: (such as Ms and the surname)"),
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
    ("no-name", "", None, None, False, "GB", "Hiring Manager",
     "salutation: (the greeting to use)"),
    ("title-only", "Dr.", None, None, True, "US", "Hiring Manager",
     "salutation: (the greeting to use)"),
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
    ("Zhang Wei", False, "Is Wei the first name? Add salutation: Wei under Zhang Wei (G2)."),
    ("Zhang Wei", True,
     "Is Zhang the surname? Add salutation: Ms Zhang (or Mr, Dr, ...) under Zhang Wei (G2)."),
    ("Helen Carter", True, 'Add honorific: Ms (or Mr, Mx, Dr, ...) under Helen Carter to greet '
                           'them as "Ms Carter" (G2).'),
    ("Emma Jane Brown", False, "Is Emma or Emma Jane the first name? Add salutation: Emma "
                               "(or Emma Jane) under Emma Jane Brown (G2)."),
    ("de la cruz", False, "The profile gives no first name for de la cruz: add salutation: "
                          "(the name to greet them by) under it (G2)."),
    ("Priya", True, "The profile gives no surname for Priya: for a formal greeting add "
                    "salutation: (such as Ms and the surname) under it (G2)."),
], ids=["first-name-unsure", "surname-unsure", "no-honorific", "compound", "no-first-name",
        "no-surname"])
def test_G2_notes_say_which_field_to_add(written: str, formal: bool, note: str) -> None:
    assert greeting(read_name(written), formal=formal, country="GB").note == note


def test_G2_a_traditional_panel_greets_everyone_the_same_way() -> None:
    """Formal: "Ms Ashworth" beside "Helen Carter" until Helen's honorific is given."""
    panel = [read_name("Ms Ashworth"), read_name("Helen Carter", "Ms")]
    assert [greeting(name, formal=True, country="GB") for name in panel] == [
        Greeting("Ms Ashworth"), Greeting("Ms Carter")]


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


def test_nameparser_is_imported_only_when_a_name_is_read() -> None:
    probe = ("import sys\n"
             "import followup.profile.names as names\n"
             "before = 'nameparser' in sys.modules\n"
             "names.read_name('Priya Shah')\n"
             "print(before, 'nameparser' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["False", "True"]
