"""grade_answer: strict about the fact asked for, forgiving about how it is written."""

import dataclasses

import pytest

from quizzes.grading import TYPO_CREDIT, Grade, answer_kind, grade_answer

ACCEPT, REJECT = True, False

CASES = [
    # Normalisation: case, Unicode, accents, whitespace, punctuation, leading articles.
    pytest.param(
        "the United Nations", "United Nations", (), (), ACCEPT, id="leading-article-ignored"
    ),
    pytest.param("united nations", "United Nations", (), (), ACCEPT, id="case-ignored"),
    pytest.param("Guerin", "Guérin", (), (), ACCEPT, id="accent-missing-in-answer-accepted"),
    pytest.param("Guérin", "Guerin", (), (), ACCEPT, id="accent-added-in-answer-accepted"),
    pytest.param(
        "Japan’s Self–Defense Forces",
        "Japan's Self-Defense Forces",
        (),
        (),
        ACCEPT,
        id="curly-apostrophe-and-en-dash-normalised",
    ),
    pytest.param(
        "  Financial   Action Task Force. ",
        "Financial Action Task Force",
        (),
        (),
        ACCEPT,
        id="extra-whitespace-and-full-stop-ignored",
    ),
    pytest.param("ＡＳＥＡＮ", "ASEAN", (), (), ACCEPT, id="full-width-letters-nfkc-normalised"),
    pytest.param(
        "Asia Pacific region", "Asia-Pacific region", (), (), ACCEPT, id="hyphen-or-space"
    ),
    pytest.param(
        "US-Japan alliance", "Japan-US alliance", (), (), ACCEPT, id="text-word-order-free"
    ),
    pytest.param(
        "Security Council of the United Nations",
        "United Nations Security Council",
        (),
        (),
        ACCEPT,
        id="text-stopwords-and-order-ignored",
    ),
    pytest.param(
        "Financial Task Force",
        "Financial Action Task Force",
        (),
        (),
        REJECT,
        id="missing-significant-word-refused",
    ),
    pytest.param(
        "United Nations Security Council",
        "United Nations",
        (),
        (),
        REJECT,
        id="extra-significant-words-refused",
    ),
    pytest.param("Korea", "Japan", (), (), REJECT, id="different-country-refused"),
    # Accepted answers get the same normalisation.
    pytest.param("UN", "United Nations", ("UN",), (), ACCEPT, id="accepted-acronym"),
    pytest.param(
        "the U.N.", "United Nations", ("UN",), (), ACCEPT, id="accepted-answer-normalised"
    ),
    pytest.param(
        "7 countries", "Seven", ("Seven countries",), (), ACCEPT, id="accepted-answer-with-noun"
    ),
    pytest.param("7 dogs", "Seven", ("Seven countries",), (), REJECT, id="number-with-wrong-noun"),
    # Acronyms: exact letters, never a typo, never swapped for their expansion.
    pytest.param("fatf", "FATF", (), (), ACCEPT, id="acronym-case-ignored"),
    pytest.param("the F.A.T.F.", "FATF", (), (), ACCEPT, id="acronym-dots-and-article-ignored"),
    pytest.param("FAFT", "FATF", (), (), REJECT, id="acronym-transposed-letters-refused"),
    pytest.param("APEK", "APEC", (), (), REJECT, id="acronym-one-letter-off-refused"),
    pytest.param("G7", "G8", (), (), REJECT, id="acronym-with-other-digit-refused"),
    pytest.param(
        "FATF",
        "Financial Action Task Force",
        (),
        (),
        REJECT,
        id="acronym-not-taken-for-its-expansion",
    ),
    pytest.param(
        "Financial Action Task Force",
        "FATF",
        (),
        (),
        REJECT,
        id="expansion-not-taken-for-its-acronym",
    ),
    pytest.param(
        "Financial Action Task Force",
        "FATF",
        ("Financial Action Task Force",),
        (),
        ACCEPT,
        id="expansion-accepted-when-listed",
    ),
    pytest.param("Japan-UK alliance", "Japan-US alliance", (), (), REJECT, id="acronym-word-exact"),
    # Numbers in digits or words; never a different number.
    pytest.param("thirty-two", "32", (), (), ACCEPT, id="number-in-words-for-digits"),
    pytest.param("32", "thirty-two", (), (), ACCEPT, id="digits-for-number-in-words"),
    pytest.param("7", "Seven", (), (), ACCEPT, id="digit-for-capitalised-word"),
    pytest.param("2000", "2,000", (), (), ACCEPT, id="thousands-comma-ignored"),
    pytest.param("two thousand", "2,000", (), (), ACCEPT, id="thousand-in-words"),
    pytest.param("one hundred and five", "105", (), (), ACCEPT, id="hundred-and-in-words"),
    pytest.param("1.5 million", "1,500,000", (), (), ACCEPT, id="decimal-with-scale-word"),
    pytest.param("32 per cent", "32%", (), (), ACCEPT, id="percent-sign-or-words"),
    pytest.param("2,000 troops", "about 2,000 troops", (), (), ACCEPT, id="hedge-optional"),
    pytest.param("about 2000", "about 2,000 troops", (), (), ACCEPT, id="counted-noun-optional"),
    pytest.param("33", "32", (), (), REJECT, id="next-number-refused"),
    pytest.param("thirty-three", "32", (), (), REJECT, id="next-number-in-words-refused"),
    pytest.param("thirty-tow", "32", (), (), REJECT, id="typo-in-number-word-refused"),
    pytest.param("20000", "2,000", (), (), REJECT, id="extra-zero-refused"),
    pytest.param("32 or 33", "32", (), (), REJECT, id="two-numbers-refused"),
    pytest.param("less than 2,000", "about 2,000 troops", (), (), REJECT, id="other-hedge-refused"),
    # Ordinals.
    pytest.param("32nd", "thirty-second", (), (), ACCEPT, id="ordinal-digits-for-words"),
    pytest.param("thirty-second", "32nd", (), (), ACCEPT, id="ordinal-words-for-digits"),
    pytest.param("the 34th", "34th G8 Summit", (), (), ACCEPT, id="ordinal-without-its-noun"),
    pytest.param("34", "34th", (), (), ACCEPT, id="plain-number-for-ordinal-key"),
    pytest.param("first", "1st", (), (), ACCEPT, id="first-for-1st"),
    pytest.param("33rd", "thirty-second", (), (), REJECT, id="next-ordinal-refused"),
    pytest.param("32nd", "32", (), (), REJECT, id="ordinal-for-a-count-refused"),
    # Years and dates at the key's granularity.
    pytest.param("in 1989", "1989", (), (), ACCEPT, id="year-with-in"),
    pytest.param("Nov. 2007", "November 2007", (), (), ACCEPT, id="month-abbreviation-with-dot"),
    pytest.param("nov 2007", "November 2007", (), (), ACCEPT, id="month-abbreviation-lower-case"),
    pytest.param("2007-11", "November 2007", (), (), ACCEPT, id="iso-year-month"),
    pytest.param("11 September 2001", "September 11, 2001", (), (), ACCEPT, id="day-month-order"),
    pytest.param("Sept 11 2001", "September 11, 2001", (), (), ACCEPT, id="sept-without-comma"),
    pytest.param(
        "the 11th of September, 2001",
        "September 11, 2001",
        (),
        (),
        ACCEPT,
        id="ordinal-day-of-month",
    ),
    pytest.param("2001-09-11", "September 11, 2001", (), (), ACCEPT, id="iso-full-date"),
    pytest.param("14 November 2007", "November 2007", (), (), ACCEPT, id="finer-date-agreeing"),
    pytest.param("9 November 1989", "1989", (), (), ACCEPT, id="full-date-for-a-year"),
    pytest.param("1990", "1989", (), (), REJECT, id="next-year-refused"),
    pytest.param("2007", "November 2007", (), (), REJECT, id="year-alone-too-vague"),
    pytest.param("November", "November 2007", (), (), REJECT, id="month-without-year-too-vague"),
    pytest.param("December 2007", "November 2007", (), (), REJECT, id="other-month-refused"),
    pytest.param("14 December 2007", "November 2007", (), (), REJECT, id="finer-date-disagreeing"),
    pytest.param("11/2007", "November 2007", (), (), REJECT, id="numeric-month-slash-refused"),
    pytest.param("9/11/2001", "September 11, 2001", (), (), REJECT, id="ambiguous-slash-date"),
    pytest.param("September 12, 2001", "September 11, 2001", (), (), REJECT, id="next-day-refused"),
    # People: surname alone, titles, initials, East Asian order.
    pytest.param("Gates", "Robert Gates", (), (), ACCEPT, id="surname-alone-accepted"),
    pytest.param("Mr. Gates", "Robert Gates", (), (), ACCEPT, id="mr-and-surname"),
    pytest.param("Secretary Gates", "Robert Gates", (), (), ACCEPT, id="office-title-and-surname"),
    pytest.param("Dr Jenner", "Edward Jenner", (), (), ACCEPT, id="dr-without-dot-and-surname"),
    pytest.param("Minister Koumura", "Masahiko Koumura", (), (), ACCEPT, id="minister-and-surname"),
    pytest.param("Robert M. Gates", "Robert Gates", (), (), ACCEPT, id="middle-initial-added"),
    pytest.param("Robert Gates", "Robert M. Gates", (), (), ACCEPT, id="middle-initial-omitted"),
    pytest.param("Coubertin", "Pierre de Coubertin", (), (), ACCEPT, id="surname-without-particle"),
    pytest.param("Berners-Lee", "Tim Berners-Lee", (), (), ACCEPT, id="hyphenated-surname"),
    pytest.param("Ban", "Ban Ki-moon", (), (), ACCEPT, id="east-asian-family-name-first"),
    pytest.param(
        "Secretary-General Ban", "Ban Ki-moon", (), (), ACCEPT, id="east-asian-title-and-family"
    ),
    pytest.param("Ban Ki Moon", "Ban Ki-moon", (), (), ACCEPT, id="east-asian-given-name-spaced"),
    pytest.param(
        "Gates",
        "Robert Gates",
        (),
        ("Secretary Gates", "Robert M. Gates"),
        ACCEPT,
        id="surname-alone-with-same-person-known",
    ),
    pytest.param(
        "Tanaka", "Tanaka Hiroshi", ("Tanaka",), (), ACCEPT, id="family-first-by-accepted-word"
    ),
    pytest.param(
        "Minister Tanaka", "Tanaka Hiroshi", ("Tanaka",), (), ACCEPT, id="family-first-titled"
    ),
    pytest.param(
        "Hiroshi", "Tanaka Hiroshi", ("Tanaka",), (), REJECT, id="family-first-given-refused"
    ),
    pytest.param("Ki-moon", "Ban Ki-moon", (), (), REJECT, id="east-asian-given-name-refused"),
    pytest.param("Ki-moon Ban", "Ban Ki-moon", (), (), REJECT, id="east-asian-order-reversed"),
    pytest.param("Gates Robert", "Robert Gates", (), (), REJECT, id="name-order-reversed"),
    pytest.param("Robert", "Robert Gates", (), (), REJECT, id="first-name-alone-refused"),
    pytest.param("Bill Gates", "Robert Gates", (), (), REJECT, id="other-first-name-refused"),
    pytest.param("Robert J. Gates", "Robert M. Gates", (), (), REJECT, id="other-middle-initial"),
    pytest.param("Lee", "Tim Berners-Lee", (), (), REJECT, id="half-hyphenated-surname-refused"),
    pytest.param(
        "Gates", "Robert Gates", (), ("Bill Gates",), REJECT, id="surname-shared-by-known-person"
    ),
    # Typos: scaled to word length, never turning into another known entity.
    pytest.param("Koumra", "Masahiko Koumura", (), (), ACCEPT, id="surname-one-letter-missing"),
    pytest.param("Secretary Gtaes", "Robert Gates", (), (), ACCEPT, id="title-and-swapped-letters"),
    pytest.param(
        "Finacial Action Task Force",
        "Financial Action Task Force",
        (),
        (),
        ACCEPT,
        id="long-word-typo-in-multiword-answer",
    ),
    pytest.param(
        "Intergovernmental Panel on Climate Chnage",
        "Intergovernmental Panel on Climate Change",
        (),
        (),
        ACCEPT,
        id="transposition-is-one-edit",
    ),
    pytest.param(
        "World Health Organisation",
        "World Health Organization",
        (),
        (),
        ACCEPT,
        id="british-spelling-as-one-edit",
    ),
    pytest.param("Kyoto Protocl", "Kyoto Protocol", (), (), ACCEPT, id="one-edit-in-8-letters"),
    pytest.param("Irak", "Iraq", (), ("Iran",), ACCEPT, id="typo-as-close-to-key-as-to-entity"),
    pytest.param("Kuomra", "Masahiko Koumura", (), (), REJECT, id="two-edits-in-7-letters"),
    pytest.param("Bam", "Ban Ki-moon", (), (), REJECT, id="no-typo-in-3-letter-name"),
    pytest.param("Iran", "Iraq", (), ("Iran",), REJECT, id="typo-equal-to-known-entity"),
    pytest.param("Mali", "Bali", (), ("Mali",), REJECT, id="typo-equal-to-known-place"),
    pytest.param(
        "Austrai", "Australia", (), ("Austria",), REJECT, id="typo-closer-to-known-entity"
    ),
]


@pytest.mark.parametrize(("given", "answer", "accepted", "known", "expected"), CASES)
def test_grade_answer(given, answer, accepted, known, expected):
    grade = grade_answer(given, answer, accepted, known_entities=known)

    assert grade.correct is expected, grade.feedback
    assert (grade.credit > 0) is expected
    assert 0.0 <= grade.credit <= 1.0


def test_the_table_rejects_at_least_a_third_of_its_answers():
    rejected = [case for case in CASES if case.values[-1] is REJECT]

    assert len(CASES) >= 60
    assert len(rejected) * 3 >= len(CASES)


@pytest.mark.parametrize(
    ("given", "answer", "known", "feedback"),
    [
        pytest.param("the United Nations", "United Nations", (), "Correct.", id="exact"),
        pytest.param(
            "Gates",
            "Robert Gates",
            (),
            "Correct: 'Gates' is accepted for Robert Gates.",
            id="short-form-of-a-name",
        ),
        pytest.param(
            "14 November 2007",
            "November 2007",
            (),
            "Correct — more precise than needed: the answer is November 2007.",
            id="finer-date",
        ),
        pytest.param(
            "Dec 2007",
            "November 2007",
            (),
            "Not quite: the answer is November 2007.",
            id="wrong",
        ),
        pytest.param(
            "2007",
            "November 2007",
            (),
            "Not precise enough: the answer is November 2007.",
            id="less-precise-date",
        ),
        pytest.param("Iran", "Iraq", ("Iran",), "Not quite: that is Iran, not Iraq.", id="entity"),
        pytest.param(
            "Austrai",
            "Australia",
            ("Austria",),
            "Not quite: that looks like Austria, not Australia.",
            id="lookalike-entity",
        ),
        pytest.param(
            "Gates",
            "Robert Gates",
            ("Bill Gates",),
            "Not quite: 'Gates' could also be Bill Gates; the answer is Robert Gates.",
            id="namesake",
        ),
        pytest.param("  ", "1989", (), "No answer given: the answer is 1989.", id="blank"),
        pytest.param(
            "U.S",
            "U.N.",
            (),
            "Not quite: the answer is U.N.",
            id="no-double-full-stop",
        ),
    ],
)
def test_feedback_is_one_short_sentence(given, answer, known, feedback):
    assert grade_answer(given, answer, known_entities=known).feedback == feedback


def test_a_typo_is_correct_with_reduced_credit_and_the_right_spelling():
    grade = grade_answer("Koumra", "Masahiko Koumura")

    assert grade == Grade(True, TYPO_CREDIT, "Correct — watch the spelling: Koumura.")
    assert 0.0 < TYPO_CREDIT < 1.0


def test_a_typo_against_an_accepted_answer_shows_that_spelling():
    grade = grade_answer("Finacial Action Task Force", "FATF", ["Financial Action Task Force"])

    assert grade.correct
    assert grade.credit == TYPO_CREDIT
    assert grade.feedback == "Correct — watch the spelling: Financial Action Task Force."


def test_an_exact_answer_beats_a_typo_match_on_another_key():
    grade = grade_answer("Seoul", "Seoul", ["Soul"])

    assert (grade.correct, grade.credit, grade.feedback) == (True, 1.0, "Correct.")


def test_wrong_answers_get_no_credit():
    assert grade_answer("1990", "1989").credit == 0.0


def test_grade_is_frozen_and_credit_bounded():
    grade = grade_answer("1989", "1989")

    with pytest.raises(dataclasses.FrozenInstanceError):
        grade.correct = False  # type: ignore[misc]
    with pytest.raises(ValueError, match="credit"):
        Grade(True, 1.5, "Correct.")


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        pytest.param("1989", "year", id="year"),
        pytest.param("November 2007", "date", id="date"),
        pytest.param("2,000", "number", id="number"),
        pytest.param("thirty-second", "ordinal", id="ordinal"),
        pytest.param("FATF", "acronym", id="acronym"),
        pytest.param("Robert Gates", "person", id="person"),
        pytest.param("Ban Ki-moon", "person", id="east-asian-person"),
        pytest.param("North Korea", "text", id="country-not-a-person"),
        pytest.param("Financial Action Task Force", "text", id="organisation-not-a-person"),
        pytest.param("Magnetic Resonance Imaging", "text", id="term-not-a-person"),
    ],
)
def test_answer_type_is_inferred_from_the_key(answer, kind):
    assert answer_kind(answer) == kind


def test_a_country_is_not_accepted_from_its_last_word():
    assert not grade_answer("Korea", "North Korea").correct


def test_a_caller_may_force_the_answer_type():
    assert not grade_answer("two thousand", "2000").correct  # read as a year
    assert grade_answer("two thousand", "2000", answer_type="number").correct
    assert grade_answer("Charlie", "Checkpoint Charlie").correct  # looks like a person
    assert not grade_answer("Charlie", "Checkpoint Charlie", answer_type="place").correct
    assert grade_answer("Checkpoint Charlie", "Checkpoint Charlie", answer_type="place").correct
