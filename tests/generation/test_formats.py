"""Formats: which questions become multiple choice, and what their choices look like."""

from dataclasses import replace

import pytest

from quizzes.generation.distractors import Candidate, is_variant
from quizzes.generation.formats import with_formats
from quizzes.generation.question import (
    AnswerType,
    Format,
    GeneratedQuestion,
    Kind,
    SourceRef,
)

SOURCE = SourceRef(
    section_path="1/2/a",
    section_label="(a)",
    section_title="The International Geophysical Year",
    block=0,
    start=0,
    end=80,
    sentence="The Scientific Committee on Antarctic Research (SCAR) was established in 1958.",
)
EXPANSIONS = [
    Candidate("International Geophysical Year", AnswerType.TERM),
    Candidate("Antarctic Treaty Consultative Meeting", AnswerType.TERM),
    Candidate("British Antarctic Survey", AnswerType.TERM),
    Candidate("Committee for Environmental Protection", AnswerType.TERM),
]
# Long forms with the initials of SCAR: fair distractors for it.
LOOKALIKES = [
    Candidate("Standing Committee on Antarctic Reserves", AnswerType.TERM),
    Candidate("Scientific Council for Arctic Research", AnswerType.TERM),
    Candidate("Southern Cooperative Atmospheric Research", AnswerType.TERM),
]
EXPLORERS = [
    Candidate("Robert Falcon Scott", AnswerType.PERSON),
    Candidate("Ernest Shackleton", AnswerType.PERSON),
    Candidate("Douglas Mawson", AnswerType.PERSON),
    Candidate("James Clark Ross", AnswerType.PERSON),
    Candidate("Vivian Fuchs", AnswerType.PERSON),
]
PLACES = [
    Candidate("the Bay of Whales", AnswerType.PLACE),
    Candidate("Elephant Island", AnswerType.PLACE),
    Candidate("South Georgia", AnswerType.PLACE),
]


def question(
    prompt: str,
    answer: str,
    *,
    kind: Kind = Kind.WHEN,
    answer_type: AnswerType = AnswerType.YEAR,
    difficulty: float = 0.6,
) -> GeneratedQuestion:
    fmt = Format.FILL_BLANK if kind == Kind.FILL_BLANK else Format.SHORT_ANSWER
    return GeneratedQuestion(
        kind=kind,
        format=fmt,
        prompt=prompt,
        answer=answer,
        answer_type=answer_type,
        source=SOURCE,
        rule="test",
        score=0.9,
        difficulty=difficulty,
    )


def acronym_question() -> GeneratedQuestion:
    return question(
        "What does SCAR stand for?",
        "Scientific Committee on Antarctic Research",
        kind=Kind.ACRONYM,
        answer_type=AnswerType.TERM,
    )


def formatted(questions, pool, document_text=""):
    return with_formats(questions, pool, document_text)


def assert_sound_choices(q: GeneratedQuestion) -> None:
    assert q.format == Format.MULTIPLE_CHOICE
    assert len(q.choices) == 4
    assert len(set(q.choices)) == 4
    assert q.choices.count(q.answer) == 1


def test_acronym_becomes_multiple_choice_when_three_long_forms_share_its_initials():
    (q,) = formatted([acronym_question()], EXPANSIONS + LOOKALIKES)

    assert_sound_choices(q)
    assert set(q.choices) - {q.answer} == {c.text for c in LOOKALIKES}


def test_acronym_is_typed_when_only_the_key_has_its_initials():
    # Among "International Geophysical Year", "British Antarctic Survey", ... only the key
    # begins with S and C: multiple choice would give the answer away.
    (q,) = formatted([acronym_question()], EXPANSIONS)

    assert q.format == Format.SHORT_ANSWER
    assert q.choices == []


def test_multiple_choice_is_easier_than_typing_the_answer():
    (q,) = formatted([acronym_question()], LOOKALIKES)

    assert q.difficulty == pytest.approx(0.35)


def test_acronym_is_typed_when_a_long_form_shares_only_the_first_initials():
    partial = [
        *LOOKALIKES[:2],
        Candidate("Scientific Committee on Arctic Logistics", AnswerType.TERM),
    ]
    (q,) = formatted([acronym_question()], partial)

    assert q.format == Format.SHORT_ANSWER


def test_acronym_stays_short_answer_without_three_distractors():
    (q,) = formatted([acronym_question()], LOOKALIKES[:2])

    assert q.format == Format.SHORT_ANSWER
    assert q.choices == []


def test_a_distractor_is_never_another_spelling_of_the_answer():
    pool = [
        Candidate("SCAR", AnswerType.TERM),
        Candidate("the Scientific Committee on Antarctic Research", AnswerType.TERM),
        *LOOKALIKES,
    ]
    (q,) = formatted([acronym_question()], pool)

    assert_sound_choices(q)
    assert [c for c in q.choices if c != q.answer and is_variant(c, q.answer)] == []


def test_choices_keep_the_same_order_when_generated_again():
    first = formatted([acronym_question()], LOOKALIKES)[0].choices
    again = formatted([acronym_question()], LOOKALIKES)[0].choices

    assert first == again


def test_fill_blank_is_never_multiple_choice():
    blank = question(
        "_____ reached the South Pole on 14 December 1911.",
        "Roald Amundsen",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.PERSON,
    )
    (q,) = formatted([blank], EXPLORERS)

    assert q.format == Format.FILL_BLANK
    assert q.choices == []


def test_fill_blank_gets_a_false_statement_with_another_fact_of_the_same_type():
    blank = question(
        "_____ reached the South Pole on 14 December 1911.",
        "Roald Amundsen",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.PERSON,
    )
    (q,) = formatted([blank], EXPLORERS[:1])

    assert q.false_statement == "Robert Falcon Scott reached the South Pole on 14 December 1911."


def test_no_false_statement_that_the_document_itself_states():
    blank = question(
        "_____ reached the South Pole on 17 January 1912.",
        "Robert Falcon Scott",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.PERSON,
    )
    document = "Edward Wilson reached the South Pole on 17 January 1912."
    (q,) = formatted([blank], [Candidate("Edward Wilson", AnswerType.PERSON)], document)

    assert q.false_statement == ""


def test_a_phrase_answer_stays_short_answer():
    phrase = question(
        "What did the treaty reserve the continent for?",
        "peaceful purposes",
        kind=Kind.WHAT,
        answer_type=AnswerType.PHRASE,
    )
    (q,) = formatted([phrase], [Candidate("scientific research", AnswerType.PHRASE)] * 3)

    assert q.format == Format.SHORT_ANSWER


def test_about_one_question_in_three_becomes_multiple_choice():
    questions = [
        question(f"When did expedition number {n} leave the coast?", "1911") for n in range(90)
    ]
    result = formatted(questions, [])
    share = sum(q.format == Format.MULTIPLE_CHOICE for q in result) / len(result)

    assert 0.2 <= share <= 0.47
    for q in result:
        if q.format == Format.MULTIPLE_CHOICE:
            assert_sound_choices(q)
            assert all(choice.isdigit() and len(choice) == 4 for choice in q.choices)


def test_which_questions_become_multiple_choice_is_stable():
    questions = [
        question(f"When did expedition number {n} leave the coast?", "1911") for n in range(30)
    ]
    first = [(q.format, q.choices) for q in formatted(questions, [])]
    again = [(q.format, q.choices) for q in formatted(questions, [])]

    assert first == again


def test_a_person_is_offered_only_people_as_distractors():
    questions = [
        question(
            f"Who led expedition number {n} to the South Pole?",
            "Roald Amundsen",
            kind=Kind.WHO,
            answer_type=AnswerType.PERSON,
        )
        for n in range(30)
    ]
    chosen = [q for q in formatted(questions, EXPLORERS + PLACES) if q.choices]
    people = {c.text for c in EXPLORERS} | {"Roald Amundsen"}

    assert chosen
    for q in chosen:
        assert_sound_choices(q)
        assert set(q.choices) <= people


def concept(prompt: str, answer: str) -> GeneratedQuestion:
    return question(prompt, answer, kind=Kind.FILL_BLANK, answer_type=AnswerType.PHRASE)


def test_a_blanked_concept_becomes_multiple_choice_among_the_documents_concepts():
    concepts = [
        concept("Ships carried _____ to the base.", "frozen provisions"),
        concept("Teams relied on _____ for transport.", "sled dogs"),
        concept("The hut was heated by _____ all winter.", "seal blubber"),
        concept("Scientists measured _____ at the station.", "magnetic declination"),
    ]

    formatted = with_formats(concepts, [], "")

    assert [q.format for q in formatted] == [Format.MULTIPLE_CHOICE] * 4
    assert sorted(formatted[0].choices) == sorted(q.answer for q in concepts)


def test_concepts_with_the_answers_head_word_are_not_offered_as_distractors():
    """ "international cooperation" could be as true as "bilateral cooperation"."""
    concepts = [
        concept("Japan works through _____ in nuclear energy.", "bilateral cooperation"),
        concept("Peace needs _____ above all.", "international cooperation"),
        concept("Ships carried _____ to the base.", "frozen provisions"),
        concept("Teams relied on _____ for transport.", "sled dogs"),
        concept("The hut was heated by _____ all winter.", "seal blubber"),
    ]

    [first, *_] = with_formats(concepts, [], "")

    assert first.format == Format.MULTIPLE_CHOICE
    assert "international cooperation" not in first.choices


def test_a_blanked_concept_without_enough_fair_distractors_is_dropped():
    concepts = [
        concept("Japan works through _____ in nuclear energy.", "bilateral cooperation"),
        concept("Peace needs _____ above all.", "international cooperation"),
    ]

    assert with_formats(concepts, [], "") == []


def test_a_false_statement_never_names_someone_the_stem_already_names():
    blank = question(
        "In 1908 the surgeon _____ and the nurse Agnes Hunt opened a hospital in Oswestry.",
        "Robert Jones",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.PERSON,
    )
    pool = [
        Candidate("Agnes Hunt", AnswerType.PERSON),
        Candidate("Harold Gillies", AnswerType.PERSON),
    ]
    for seed_word in ("a", "b", "c", "d", "e"):
        (q,) = formatted([replace(blank, prompt=f"{blank.prompt} ({seed_word})")], pool)
        assert "Agnes Hunt and the nurse Agnes Hunt" not in q.false_statement
        assert "Harold Gillies" in q.false_statement


def test_a_which_question_is_offered_only_names_of_its_kind_or_stays_typed():
    pool = [
        Candidate("the Pact of Vire", AnswerType.LAW),
        Candidate("Article 12", AnswerType.LAW),
        Candidate("the Harbour Declaration", AnswerType.LAW),
        Candidate("the Pact of Osk", AnswerType.LAW),
    ]
    questions = [
        question(
            f"Which pact did town number {n} sign with its neighbour?",
            "the Pact of Arlen",
            kind=Kind.WHAT,
            answer_type=AnswerType.LAW,
        )
        for n in range(30)
    ]
    result = formatted(questions, pool)

    assert all(q.format == Format.SHORT_ANSWER for q in result)  # two pacts only
    more = [*pool, Candidate("the Pact of Tull", AnswerType.LAW)]
    chosen = [q for q in formatted(questions, more) if q.choices]
    assert chosen
    for q in chosen:
        assert set(q.choices) == {
            "the Pact of Arlen", "the Pact of Vire", "the Pact of Osk", "the Pact of Tull"
        }  # fmt: skip


def test_dates_offered_never_single_out_the_key():
    pool = [Candidate("12 August 1766", AnswerType.DATE), Candidate("1766", AnswerType.YEAR)]
    questions = [
        question(f"When did mill number {n} open?", "2 February 1766", answer_type=AnswerType.DATE)
        for n in range(30)
    ]
    chosen = [q for q in formatted(questions, pool) if q.choices]

    assert chosen
    for q in chosen:
        days = {c.rsplit(" ", 1)[0] for c in q.choices}
        years = [c.rsplit(" ", 1)[1] for c in q.choices]
        assert not (len(days) == 2 and years.count("1766") == 2), q.choices
