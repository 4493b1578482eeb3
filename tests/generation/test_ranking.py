"""Ranking: drop drafts that mislead (leaks, unsupported answers, low scores), merge duplicates."""

from collections import Counter
from dataclasses import replace

import pytest

from quizzes.generation.drafts import DocumentContext, Draft
from quizzes.generation.question import AnswerType, Format, Kind
from quizzes.generation.ranking import MIN_SCORE, finalise, leaks, normalise
from quizzes.generation.rules import fill_blank
from quizzes.generation.side_details import is_side_detail
from tests.generation.conftest import make_site


def cloze_drafts(site, counts):
    """The fill-in-the-blank rule on one sentence, with the document's entity counts."""
    return fill_blank.drafts(site, DocumentContext(frequency=counts))


SENTENCE = "Roald Amundsen reached the South Pole on 14 December 1911 with four companions."


@pytest.fixture
def draft(site):
    """``draft(prompt, answer, ...)`` -> a Draft about SENTENCE (or ``sentence``)."""

    def make(
        prompt: str,
        answer: str,
        *,
        kind: Kind = Kind.WHEN,
        answer_type: AnswerType = AnswerType.DATE,
        confidence: float = 0.9,
        accepted: list[str] | None = None,
        sentence: str = SENTENCE,
    ) -> Draft:
        return Draft(
            kind=kind,
            prompt=prompt,
            answer=answer,
            answer_type=answer_type,
            rule="test",
            confidence=confidence,
            site=site(sentence),
            accepted=accepted or [],
        )

    return make


def test_finalise_keeps_a_sound_question_with_its_source(draft):
    made = draft("When did Roald Amundsen reach the South Pole?", "14 December 1911")
    (question,) = finalise([made])

    assert (question.prompt, question.answer) == (
        "When did Roald Amundsen reach the South Pole?",
        "14 December 1911",
    )
    assert question.kind == Kind.WHEN
    assert question.format == Format.SHORT_ANSWER
    assert question.source == made.site.source
    assert question.score == pytest.approx(0.9)


def test_finalise_gives_a_cloze_the_fill_blank_format(draft):
    made = draft(
        "_____ reached the South Pole on 14 December 1911 with four companions.",
        "Roald Amundsen",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.PERSON,
    )

    assert [q.format for q in finalise([made])] == [Format.FILL_BLANK]


def test_finalise_drops_a_question_that_contains_its_answer(draft):
    made = draft(
        "Who, with four companions, did Roald Amundsen lead to the South Pole?",
        "Roald Amundsen",
        kind=Kind.WHO,
        answer_type=AnswerType.PERSON,
    )

    assert finalise([made]) == []


def test_leak_ignores_case_and_punctuation(draft):
    made = draft("Which pole did roald-amundsen reach first?", "Roald Amundsen", kind=Kind.WHAT)

    assert leaks(made)


def test_leak_matches_whole_words_only(draft):
    # "US" must not be found inside "virus" or "companions".
    made = draft(
        "Which virus did the companions carry to the pole?",
        "US",
        kind=Kind.WHAT,
        sentence="The companions carried the US flag to the pole in 1911.",
    )

    assert not leaks(made)


def test_leak_includes_the_answers_distinctive_last_word(site):
    # The surname in the prompt gives the blanked name away.
    sentence = (
        "Roald Amundsen reached the pole in December 1911, and Amundsen's party returned "
        "safely to the coast."
    )
    drafts = cloze_drafts(site(sentence), Counter())
    person = [d for d in drafts if d.answer == "Roald Amundsen"]

    assert person
    assert [d.prompt for d in person if not leaks(d)] == []
    assert "Roald Amundsen" not in {q.answer for q in finalise(drafts)}


def test_finalise_drops_an_answer_the_sentence_does_not_contain(draft):
    made = draft("When did Roald Amundsen reach the South Pole?", "17 January 1912")

    assert finalise([made]) == []


def test_finalise_drops_an_empty_answer(draft):
    assert finalise([draft("When did Roald Amundsen reach the South Pole?", "  ")]) == []


def test_finalise_merges_questions_that_differ_only_in_case_and_punctuation(draft):
    weaker = draft(
        "When did Roald Amundsen reach the South Pole?", "14 December 1911", confidence=0.6
    )
    stronger = draft("when did Roald Amundsen reach the South-Pole ?", "14 December 1911")

    (question,) = finalise([weaker, stronger])

    assert question.prompt == stronger.prompt
    assert question.score == pytest.approx(0.9)


def test_finalise_keeps_different_questions_on_the_same_sentence(draft):
    when = draft("When did Roald Amundsen reach the South Pole?", "14 December 1911")
    who = draft(
        "Who reached the South Pole on 14 December 1911?",
        "Roald Amundsen",
        kind=Kind.WHO,
        answer_type=AnswerType.PERSON,
        confidence=0.85,
    )

    assert [q.kind for q in finalise([who, when])] == [Kind.WHEN, Kind.WHO]


def test_finalise_drops_a_draft_below_the_score_threshold(draft):
    unsure = draft(
        "When did Roald Amundsen reach the South Pole?", "14 December 1911", confidence=0.35
    )

    assert finalise([unsure]) == []
    assert MIN_SCORE > 0.35


def test_finalise_keeps_a_draft_just_above_the_score_threshold(draft):
    sure_enough = draft(
        "When did Roald Amundsen reach the South Pole?", "14 December 1911", confidence=0.45
    )

    assert [q.score for q in finalise([sure_enough])] == [pytest.approx(0.45)]


def test_a_long_question_loses_score_and_can_fall_below_the_threshold(draft):
    long_prompt = (
        "When did the Norwegian explorer Roald Amundsen, who had left the Bay of Whales with "
        "four companions, finally reach the geographic South Pole?"
    )
    (long_question,) = finalise([draft(long_prompt, "14 December 1911", confidence=0.9)])

    assert long_question.score < 0.9
    assert finalise([draft(long_prompt, "14 December 1911", confidence=0.35)]) == []


def test_a_question_loses_score_steeply_beyond_twenty_words(draft):
    def score_of(words: int) -> float:
        prompt = "When did Roald Amundsen reach the pole " + "far " * (words - 8) + "south?"
        (question,) = finalise([draft(prompt, "14 December 1911", confidence=0.9)])
        return question.score

    # Five words more cost far more past twenty words than before it.
    assert score_of(20) - score_of(25) > 3 * (score_of(15) - score_of(20))
    assert (
        finalise(
            [draft("When did " + "Amundsen " * 40 + "arrive?", "14 December 1911", confidence=0.9)]
        )
        == []
    )


def test_a_blank_on_a_common_phrase_ranks_below_a_blank_on_a_name(draft):
    sentence = "Roald Amundsen relied on sled dogs to reach the South Pole in 1911."
    phrase = draft(
        "Roald Amundsen relied on _____ to reach the South Pole in 1911.",
        "sled dogs",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.PHRASE,
        confidence=0.75,
        sentence=sentence,
    )
    name = draft(
        "_____ relied on sled dogs to reach the South Pole in 1911.",
        "Roald Amundsen",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.PERSON,
        confidence=0.75,
        sentence=sentence,
    )

    assert [q.answer for q in finalise([phrase, name])] == ["Roald Amundsen", "sled dogs"]


def test_a_fact_the_section_title_names_ranks_higher(site):
    sentence = "Roald Amundsen reached the South Pole before Robert Scott in December 1911."

    def score_in(title: str) -> float:
        made = site(sentence)
        made.source = replace(made.source, section_title=title)
        (question,) = finalise(
            [
                Draft(
                    kind=Kind.WHO,
                    prompt="Who reached the South Pole before Robert Scott in December 1911?",
                    answer="Roald Amundsen",
                    answer_type=AnswerType.PERSON,
                    rule="test",
                    confidence=0.8,
                    site=made,
                )
            ]
        )
        return question.score

    assert score_in("Amundsen's race to the pole") > score_in("Polar exploration")


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("The states signed the _____ (EPAs) with the union.", "Economic Partnership Agreements"),
        ("Which body sets the Common Fisheries Policy (CFP)?", "CFP"),
        ("The members of the North Atlantic Treaty Organization met in _____.", "NATO"),
        ("The Organisation for Economic Co-operation and Development is called the _____.", "OECD"),
    ],
)
def test_leak_catches_an_acronym_and_its_long_form(draft, prompt, answer):
    made = draft(prompt, answer, kind=Kind.FILL_BLANK, answer_type=AnswerType.TERM)

    assert leaks(made)


def test_leak_ignores_initials_of_other_words(draft):
    made = draft(
        "The states signed the _____ with the EU in 2008.",
        "Economic Partnership Agreements",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.TERM,
    )

    assert not leaks(made)


def test_a_cloze_may_be_longer_than_a_question_before_losing_score(draft):
    prompt = "_____ reached the South Pole on 14 December 1911 with four companions."
    (question,) = finalise(
        [draft(prompt, "Roald Amundsen", kind=Kind.FILL_BLANK, answer_type=AnswerType.PERSON)]
    )

    assert question.score == pytest.approx(0.9)


def test_finalise_orders_questions_best_first(draft):
    drafts = [
        draft("Who reached the South Pole on 14 December 1911?", "Roald Amundsen", confidence=0.5),
        draft("When did Roald Amundsen reach the South Pole?", "14 December 1911", confidence=0.9),
        draft("How many companions went with Roald Amundsen?", "four", confidence=0.7),
    ]

    assert [q.score for q in finalise(drafts)] == [0.9, 0.7, 0.5]


def test_accepted_answers_never_repeat_the_answer(draft):
    made = draft(
        "In which year did Roald Amundsen reach the South Pole?",
        "1911",
        answer_type=AnswerType.YEAR,
        accepted=["1911", "in 1911"],
    )

    assert [q.accepted_answers for q in finalise([made])] == [["in 1911"]]


def test_normalise_keeps_only_lower_case_words_and_numbers():
    assert normalise("When did  Amundsen reach the South-Pole (1911)?") == (
        "when did amundsen reach the south pole 1911"
    )


def test_a_blank_on_a_persons_affiliation_is_a_side_detail():
    sentence = (
        "In 1931 Lena Ames and Tom Brook of the Royal Institute of Science photographed the comet."
    )
    site = make_site(sentence)
    affiliation = Draft(
        Kind.FILL_BLANK,
        "In 1931 Lena Ames and Tom Brook of the _____ photographed the comet.",
        "Royal Institute of Science",
        AnswerType.ORGANIZATION,
        "fill_blank:entity",
        0.9,
        site,
    )
    finding = Draft(
        Kind.FILL_BLANK,
        "In 1931 Lena Ames and Tom Brook of the Royal Institute of Science photographed the _____.",
        "comet",
        AnswerType.TERM,
        "fill_blank:entity",
        0.9,
        site,
    )

    assert is_side_detail(affiliation)
    assert not is_side_detail(finding)
    assert [q.answer for q in finalise([affiliation])] == []


def test_a_place_after_a_persons_name_is_not_an_affiliation():
    site = make_site("In 1931 Lena Ames photographed the comet from Mount Wilson.")
    draft = Draft(
        Kind.FILL_BLANK,
        "In 1931 Lena Ames photographed the comet from _____.",
        "Mount Wilson",
        AnswerType.PLACE,
        "fill_blank:entity",
        0.9,
        site,
    )

    assert not is_side_detail(draft)


@pytest.mark.parametrize("kind", list(Kind))
def test_finalise_refuses_a_description_that_leans_on_context_for_every_kind(draft, kind):
    sentence = "The committee met in Harwick on 3 May 1904 to approve the budget."
    prompt = "When did the committee meet in Harwick to approve the budget?"
    if kind == Kind.FILL_BLANK:
        prompt = "The committee met in Harwick on _____ to approve the budget."
    made = draft(prompt, "3 May 1904", kind=kind, sentence=sentence)
    assert finalise([made]) == []
    named = "The Harwick Rowing Club met on 3 May 1904 to approve its budget."
    kept = draft(
        prompt.replace("the committee", "the Harwick Rowing Club")
        .replace("The committee", "The Harwick Rowing Club")
        .replace(" in Harwick", "")
        .replace("the budget", "its budget"),
        "3 May 1904",
        kind=kind,
        sentence=named,
    )
    assert len(finalise([kept])) == 1


def test_a_name_written_in_its_other_number_leaks(draft):
    made = draft(
        "The Balearic Islands lie east of Spain, and ferries link all the _____.",
        "Balearics",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.PLACE,
        sentence="The Balearic Islands lie east of Spain, and ferries link all the Balearics.",
    )

    assert leaks(made)


def test_finalise_keeps_the_question_when_a_blank_asks_the_same_date(draft):
    asked = draft("When did Roald Amundsen reach the South Pole?", "14 December 1911")
    blanked = draft(
        "Roald Amundsen reached the South Pole on _____ with four companions.",
        "14 December 1911",
        kind=Kind.FILL_BLANK,
    )
    named = draft(
        "_____ reached the South Pole on 14 December 1911 with four companions.",
        "Roald Amundsen",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.PERSON,
    )

    kept = finalise([asked, blanked, named])

    assert sorted((q.kind, q.answer) for q in kept) == [
        (Kind.FILL_BLANK, "Roald Amundsen"),
        (Kind.WHEN, "14 December 1911"),
    ]


def test_finalise_keeps_the_how_many_question_when_a_blank_asks_the_same_count(draft):
    sentence = "Forty-four nations signed the Bretton Woods agreement in July 1944."
    asked = draft(
        "How many nations signed the Bretton Woods agreement?",
        "Forty-four",
        kind=Kind.HOW_MANY,
        answer_type=AnswerType.NUMBER,
        sentence=sentence,
    )
    blanked = draft(
        "_____ nations signed the Bretton Woods agreement in July 1944.",
        "Forty-four",
        kind=Kind.FILL_BLANK,
        answer_type=AnswerType.NUMBER,
        sentence=sentence,
    )

    assert [q.kind for q in finalise([asked, blanked])] == [Kind.HOW_MANY]


def test_one_fact_of_one_sentence_asked_in_two_wordings_is_kept_once(draft):
    plain = draft("Who reached the South Pole first?", "Roald Amundsen", kind=Kind.WHO)
    roled = draft(
        "Which Norwegian explorer reached the South Pole on 14 December 1911?",
        "Roald Amundsen",
        kind=Kind.WHAT,
        confidence=0.8,
    )

    (kept,) = finalise([roled, plain])

    assert kept.prompt == "Who reached the South Pole first?"


def test_an_acronym_stays_beside_a_question_with_its_long_form_as_answer(draft):
    sentence = "In 1958 Congress created the National Space Agency (NSA) in Houston."
    which = draft(
        "Which agency did Congress create in Houston in 1958?",
        "National Space Agency",
        kind=Kind.WHAT,
        sentence=sentence,
    )
    acronym = draft(
        "What does NSA stand for?", "National Space Agency", kind=Kind.ACRONYM, sentence=sentence
    )

    assert len(finalise([which, acronym])) == 2


def test_a_dangling_also_is_left_out_of_the_question(draft):
    sentence = "Roald Amundsen also reached the South Pole on 14 December 1911."
    also = draft(
        "Roald Amundsen also reached the South Pole on _____.",
        "14 December 1911",
        kind=Kind.FILL_BLANK,
        sentence=sentence,
    )

    (question,) = finalise([also])

    assert question.prompt == "Roald Amundsen reached the South Pole on _____."


def test_also_stays_where_it_belongs_to_a_name(draft):
    sentence = "The Rift Valley, also called the Kenyan Trough, runs through Kenya."
    also = draft(
        "What is the Rift Valley also called?",
        "Kenyan Trough",
        kind=Kind.WHAT,
        answer_type=AnswerType.PLACE,
        sentence=sentence,
    )

    (question,) = finalise([also])

    assert question.prompt == "What is the Rift Valley also called?"
