"""Quiz assembly over invented questions: which ones one quiz serves together."""

from __future__ import annotations

import random
from collections import Counter
from itertools import count

import pytest

from quizzes.generation.assembly import Candidate, Span, choose

_sentences = count()


def question(
    prompt: str,
    answer: str,
    *,
    score: float = 0.5,
    kind: str = "what",
    accepted: tuple[str, ...] = (),
    source: Span | None = None,
    section: str = "1",
    statements: tuple[str, ...] = (),
) -> Candidate[str]:
    """A candidate whose item is its prompt; by default on a sentence of its own."""
    if source is None:
        source = Span(block=f"paragraph {next(_sentences)}", start=0, end=80)
    return Candidate(
        item=prompt,
        score=score,
        kind=kind,
        answer=answer,
        accepted=accepted,
        stems=(prompt, *statements),
        source=source,
        section=section,
    )


def served(candidates, number: int, seed: int = 0) -> list[str]:
    return [chosen.item for chosen in choose(candidates, number, rng=random.Random(seed))]


def test_two_questions_on_one_sentence_are_never_served_together():
    sentence = Span(block="glacier paragraph", start=120, end=214)
    height = question(
        "How high is the ice wall of the Ross Ice Shelf?", "50 metres", source=sentence
    )
    explorer = question(
        "Who first sailed along the ice wall in 1841?", "James Clark Ross", source=sentence
    )

    for seed in range(20):
        assert len(served([height, explorer], 2, seed)) == 1


def test_the_best_of_two_questions_on_one_sentence_is_the_one_served():
    sentence = Span(block="court paragraph", start=0, end=90)
    weak = question("The court sat in _____ that year.", "Leiden", score=0.4, source=sentence)
    strong = question("How many judges sat on the court?", "seven", score=0.9, source=sentence)

    assert served([weak, strong], 2) == [strong.item]


def test_overlapping_citations_in_one_block_count_as_one_sentence():
    whole = question(
        "When did the dam open?", "1936", source=Span(block="dam paragraph", start=0, end=100)
    )
    part = question(
        "Which river does the dam hold back?", "the Colorado", source=Span("dam paragraph", 40, 60)
    )
    elsewhere = question(
        "How tall is the dam?", "221 metres", source=Span(block="dam paragraph", start=100, end=160)
    )

    assert len(served([whole, part, elsewhere], 3)) == 2
    assert elsewhere.item in served([whole, part, elsewhere], 3)


def test_an_item_whose_stem_shows_another_items_answer_is_not_served_with_it():
    asked = question("Who discovered penicillin in 1928?", "Alexander Fleming", score=0.9)
    giveaway = question("In which year did Alexander Fleming discover penicillin?", "1928")

    for seed in range(20):
        assert len(served([asked, giveaway], 2, seed)) == 1


def test_the_answer_counts_whatever_its_case_and_punctuation():
    asked = question("Which treaty ended the war?", "the Treaty of Ghent", score=0.9)
    giveaway = question("When was the treaty of Ghent signed?", "1814")

    assert served([asked, giveaway], 2) == [asked.item]


def test_a_long_accepted_answer_in_another_stem_is_a_giveaway_too():
    asked = question(
        "Who led the first expedition to the South Pole?",
        "Roald Amundsen",
        accepted=("Amundsen",),
        score=0.9,
    )
    giveaway = question("Which ship carried Amundsen south?", "Fram")

    assert served([asked, giveaway], 2) == [asked.item]


def test_short_accepted_answers_and_parts_of_words_are_no_giveaway():
    # "one" is a key's number in words and a word of any sentence; "Ross" is in "across".
    number = question("How many moons does Earth have?", "1", accepted=("one",), score=0.9)
    explorer = question("Who named the ice shelf?", "Ross", score=0.8)
    common = question("Which one of the gases is heaviest?", "radon")
    inside = question("Which strait do ferries cross from across the bay?", "Menai")

    assert len(served([number, explorer, common, inside], 4)) == 4


def test_a_true_or_false_statement_that_prints_another_answer_is_a_giveaway():
    blank = question(
        "The Magna Carta was sealed at _____ in 1215.",
        "Runnymede",
        score=0.9,
        statements=(
            "The Magna Carta was sealed at Runnymede in 1215.",
            "The Magna Carta was sealed at Windsor in 1215.",
        ),
    )
    where = question("Where did King John meet the barons?", "Runnymede")
    year = question("In which year did King John meet the barons?", "1215")

    assert served([blank, where, year], 3) == [blank.item]


def test_best_ranked_questions_come_first():
    bank = [
        question(f"When was bridge {number} opened?", str(1900 + number), score=number / 10)
        for number in range(1, 10)
    ]

    assert set(served(bank, 3)) == {bank[8].item, bank[7].item, bank[6].item}


def test_served_items_keep_the_order_they_were_given_in():
    bank = [
        question(f"When was bridge {number} opened?", str(1900 + number), score=0.9 - number / 20)
        for number in range(5)
    ]
    shuffled = random.Random(4).sample(bank, len(bank))

    assert served(shuffled, 5) == [candidate.item for candidate in shuffled]


def test_equally_ranked_questions_take_turns_between_quizzes():
    bank = [
        question(f"What is element {number} called?", f"element {number}", score=0.7)
        for number in range(12)
    ]

    quizzes = {tuple(served(bank, 4, seed)) for seed in range(10)}

    assert len(quizzes) > 1


def test_kinds_are_spread_over_a_quiz():
    whens = [
        question(
            f"When did the {number}th eruption happen?", str(1700 + number), kind="when", score=0.8
        )
        for number in range(10)
    ]
    whos = [
        question(f"Who measured eruption {number}?", f"observer {number}", kind="who", score=0.7)
        for number in range(10)
    ]

    quiz = choose(whens + whos, 6, rng=random.Random(1))

    assert Counter(chosen.kind for chosen in quiz) == {"when": 3, "who": 3}


def test_a_kind_fills_the_quiz_when_the_others_run_out():
    whens = [
        question(
            f"When did the {number}th eruption happen?", str(1700 + number), kind="when", score=0.8
        )
        for number in range(10)
    ]
    who = question("Who measured the eruptions?", "the observatory", kind="who", score=0.6)

    quiz = choose([*whens, who], 6, rng=random.Random(1))

    assert Counter(chosen.kind for chosen in quiz) == {"when": 5, "who": 1}


def test_sections_take_turns():
    first = [
        question(f"What did article {number} of part one say?", f"rule {number}", score=0.9)
        for number in range(8)
    ]
    second = [
        question(f"What did article {number} of part two say?", f"law {number}", section="2")
        for number in range(8)
    ]

    quiz = choose(first + second, 6, rng=random.Random(2))

    assert Counter(chosen.section for chosen in quiz) == {"1": 3, "2": 3}


def test_paragraphs_are_spread_when_ranks_are_close():
    crowded = [
        question(
            f"Which port is number {n}?", f"port {n}", source=Span("ports", n * 10, n * 10 + 9)
        )
        for n in range(4)
    ]
    other = question("Which canal links the two seas?", "the Kiel Canal", score=0.48)

    assert other.item in served([*crowded, other], 3)


@pytest.mark.parametrize("wanted", [5, 50])
def test_fewer_items_come_back_when_the_rules_leave_fewer(wanted):
    sentence = Span(block="one sentence", start=0, end=60)
    bank = [
        question(f"Which planet is number {n}?", f"planet {n}", source=sentence) for n in range(4)
    ]
    bank.append(question("Which star is nearest?", "Proxima Centauri"))

    assert len(served(bank, wanted)) == 2


def test_nothing_to_choose_from_gives_an_empty_quiz():
    assert served([], 10) == []
    assert served([question("Which gas do plants take in?", "carbon dioxide")], 0) == []


def test_questions_without_a_source_sentence_are_only_checked_for_giveaways():
    written = [
        Candidate(item=f"Written {n}", score=0.9, kind="what", answer=f"key {n}", stems=(f"{n}?",))
        for n in range(3)
    ]
    giveaway = Candidate(item="Giveaway", score=0.5, kind="what", answer="x", stems=("key 1?",))

    assert served([*written, giveaway], 5) == [candidate.item for candidate in written]
