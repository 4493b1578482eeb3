"""When rule: a clause with a date becomes "When did/was ...?" with the date as answer."""

import pytest

from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.rules.when import drafts as when_drafts
from tests.generation.sites import asked, paragraph_sites


def test_when_question_inverts_past_tense_with_did(site):
    drafts = when_drafts(site("Edward Jenner tested his smallpox vaccine in May 1796."))

    assert asked(drafts) == [("When did Edward Jenner test his smallpox vaccine?", "May 1796")]


def test_when_question_keeps_the_auxiliary_of_a_passive(site):
    drafts = when_drafts(site("The Treaty of Versailles was signed in 1919."))

    assert asked(drafts) == [("When was the Treaty of Versailles signed?", "1919")]


def test_when_question_keeps_a_phrasal_complement_after_the_verb(site):
    drafts = when_drafts(site("The Panama Canal opened to shipping in August 1914."))

    assert asked(drafts) == [("When did the Panama Canal open to shipping?", "August 1914")]


@pytest.mark.parametrize(
    ("sentence", "prompt", "answer"),
    [
        (
            "Roald Amundsen reached the South Pole on 14 December 1911.",
            "When did Roald Amundsen reach the South Pole?",
            "14 December 1911",
        ),
        (
            "Neil Armstrong walked on the Moon in July 1969.",
            "When did Neil Armstrong walk on the Moon?",
            "July 1969",
        ),
        (
            "Tim Berners-Lee proposed the World Wide Web in March 1989.",
            "When did Tim Berners-Lee propose the World Wide Web?",
            "March 1989",
        ),
        (
            "The Berlin Wall fell on 9 November 1989.",
            "When did the Berlin Wall fall?",
            "9 November 1989",
        ),
    ],
)
def test_when_question_for_a_full_or_partial_date(site, sentence, prompt, answer):
    (draft,) = when_drafts(site(sentence))

    assert (draft.prompt, draft.answer) == (prompt, answer)
    assert draft.answer_type == AnswerType.DATE
    assert draft.accepted == []


def test_when_question_for_a_bare_year_accepts_in_year(site):
    (draft,) = when_drafts(site("Alexander Fleming discovered penicillin in 1928."))

    assert (draft.prompt, draft.answer) == (
        "When did Alexander Fleming discover penicillin?",
        "1928",
    )
    assert draft.kind == Kind.WHEN
    assert draft.answer_type == AnswerType.YEAR
    assert draft.accepted == ["in 1928"]


def test_when_question_keeps_the_place_but_not_the_date(site):
    drafts = when_drafts(site("The Football Association was formed in London in October 1863."))

    assert asked(drafts) == [
        ("When was the Football Association formed in London?", "October 1863")
    ]


def test_when_question_takes_its_subject_from_a_relative_clause_antecedent(site):
    sentence = "Louis Pasteur, who tested a rabies vaccine in July 1885, saved a boy."

    assert asked(when_drafts(site(sentence))) == [
        ("When did Louis Pasteur test a rabies vaccine?", "July 1885")
    ]


def test_when_question_from_a_which_clause_leaves_the_main_clause_out(site):
    sentence = "The Antarctic Treaty, which entered into force in 1961, bans military activity."

    assert asked(when_drafts(site(sentence))) == [
        ("When did the Antarctic Treaty enter into force?", "1961")
    ]


def test_when_question_for_a_reduced_relative_uses_was(site):
    sentence = "The Berlin Conference held in November 1884 divided Africa among European powers."

    assert asked(when_drafts(site(sentence))) == [
        ("When was the Berlin Conference held?", "November 1884")
    ]


def test_when_question_for_a_nominalised_action_uses_its_verb(site):
    sentence = (
        "The creation of the World Health Organization in April 1948 brought global health "
        "under one agency."
    )

    assert asked(when_drafts(site(sentence))) == [
        ("When was the World Health Organization created?", "April 1948")
    ]


def test_when_question_in_a_glossary_box_names_the_defined_term(site):
    definition = (
        "A committee that was established in February 1958 to coordinate Antarctic research."
    )

    assert asked(when_drafts(site(definition, term="SCAR"))) == [
        ("When was SCAR established?", "February 1958")
    ]


def test_when_question_keeps_a_proper_adjective_capitalised(site):
    sentence = "British navigator James Cook crossed the Antarctic Circle in January 1773."

    assert asked(when_drafts(site(sentence))) == [
        ("When did British navigator James Cook cross the Antarctic Circle?", "January 1773")
    ]


def test_when_question_keeps_first_before_the_verb(site):
    # Without "first" the question asks about an event that happens every year.
    drafts = when_drafts(site("The Tour de France was first held in 1903."))

    assert asked(drafts) == [("When was the Tour de France first held?", "1903")]


def test_when_question_keeps_what_identifies_the_subject(site):
    drafts = when_drafts(site("The first vaccine against measles was licensed in 1963."))

    assert asked(drafts) == [("When was the first vaccine against measles licensed?", "1963")]


def test_when_question_in_a_glossary_box_keeps_the_real_subject(site):
    # "that" is the object of "set up": Amundsen set the camp up, the camp set nothing up.
    definition = "A camp that Roald Amundsen set up at the South Pole in December 1911."
    drafts = when_drafts(site(definition, term="Polheim"))

    assert asked(drafts) in (
        [],
        [("When did Roald Amundsen set up Polheim at the South Pole?", "December 1911")],
    )


def test_when_question_for_an_intransitive_event_noun_stays_grammatical(site):
    drafts = when_drafts(site("The eruption of Krakatoa in 1883 killed thousands of people."))

    assert asked(drafts) in ([], [("When did the eruption of Krakatoa take place?", "1883")])


def test_refuses_when_subject_is_a_pronoun(site):
    assert when_drafts(site("He visited Paris in 1990.")) == []
    assert when_drafts(site("They reached the summit in May 1953.")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Other talks were held in May 2001.",
        "Such measures were introduced in 1998.",
        "This vaccine was licensed in 1955.",
        "Both teams played the final in 1930.",
    ],
)
def test_refuses_when_subject_points_back_to_an_earlier_sentence(site, sentence):
    assert when_drafts(site(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    ["The Wright brothers did not fly in 1902.", "The ship was not launched in 1901."],
)
def test_refuses_a_negated_clause(site, sentence):
    assert when_drafts(site(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The river flooded every year.",
        "The team trains today.",
        "The patients recovered last week.",
        "The Nile floods each summer.",
    ],
)
def test_refuses_a_vague_date(site, sentence):
    assert when_drafts(site(sentence)) == []


def test_refuses_a_date_that_is_not_a_point_in_time(site):
    # "When has the vaccine been used?" would not be answered by "1796".
    assert when_drafts(site("The vaccine has been used since 1796.")) == []


def test_refuses_a_possibility_stated_with_a_modal(site):
    sentence = "Eruptions can be gentle in 1980 or explosive, depending on the magma."
    assert when_drafts(site(sentence)) == []


def test_refuses_a_date_the_parser_attached_across_a_colon(site):
    sentence = (
        "Eruptions can be gentle, with rivers of lava, or explosive, with clouds of ash rising "
        "many kilometres into the sky: Mount St Helens in 1980 was one of the explosive kind."
    )
    assert all(draft.answer != "1980" for draft in when_drafts(site(sentence)))


# --- Garbled and unresolved questions are refused or resolved ----------------------------


def test_refuses_a_date_the_parser_gives_to_the_wrong_subject(site):
    # The year is the explorer's crossing, not the plans'.
    sentence = (
        "Plans for a railway date back to the colonial period, after Hernando Vargas crossed "
        "the valley in 1602, but serious work began only in the late nineteenth century."
    )
    prompts = [d.prompt for d in when_drafts(site(sentence)) if d.answer == "1602"]

    assert all(prompt.startswith("When did Hernando Vargas") for prompt in prompts)


def test_refuses_two_objects_run_together(site):
    sentence = (
        "Brazil launched the Amazon Research Programme in 2004, and the First Amazon "
        "Ministers' Conference was held in Manaus in March 2005."
    )
    prompts = [d.prompt for d in when_drafts(site(sentence))]

    assert all("Programme the" not in prompt for prompt in prompts)


def test_names_a_person_introduced_by_role(site):
    sentence = (
        "In 1896 the French physicist Henri Becquerel discovered radioactivity in uranium salts."
    )

    assert asked(when_drafts(site(sentence))) == [
        (
            "When did the French physicist Henri Becquerel discover radioactivity in uranium "
            "salts?",
            "1896",
        )
    ]


def test_names_a_person_from_an_apposition(site):
    sentence = "The surgeon in charge of the hospital, Joseph Lister, died in February 1912."

    assert asked(when_drafts(site(sentence))) == [("When did Joseph Lister die?", "February 1912")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The railway engineer became chief engineer in 1905.",
        "The company was declared bankrupt on 4 February 1889.",
        "When the miners met there on 20 May 1850, the camp was empty.",
        "A third was adopted on 8 December 2005.",
    ],
)
def test_refuses_a_question_that_points_back(site, sentence):
    assert when_drafts(site(sentence)) == []


def test_asks_a_passive_for_a_participle_set_off_by_a_comma(site):
    sentence = (
        "The long dispute ended with the Treaty of Lisbon, signed on 13 February 1668 by the "
        "envoys of both crowns."
    )

    assert (
        "When was the Treaty of Lisbon signed by the envoys of both crowns?",
        "13 February 1668",
    ) in asked(when_drafts(site(sentence)))


def test_drops_a_word_that_only_says_it_followed_from_before(site):
    sentence = "The resulting student exchange programme began in 1987."

    assert asked(when_drafts(site(sentence))) == [
        ("When did the student exchange programme begin?", "1987")
    ]


def test_refuses_a_clause_the_parser_gave_two_subjects(nlp):
    # The misparse spaCy makes of "Proposals ... date back to ..., after Balboa crossed the
    # isthmus in 1513": "crossed" as the root with both nouns as its subjects.
    from spacy.tokens import Doc, Span

    from quizzes.generation.drafts import Site
    from quizzes.generation.question import SourceRef

    words = ["Plans", "date", "back", ",", "after", "Vargas", "crossed", "the", "valley"]
    words += ["in", "1602", "."]
    heads = [6, 0, 1, 6, 6, 6, 6, 8, 6, 6, 9, 6]
    deps = ["nsubj", "pobj", "advmod", "punct", "mark", "nsubj", "ROOT", "det", "dobj"]
    deps += ["prep", "pobj", "punct"]
    tags = ["NNS", "NN", "RB", ",", "IN", "NNP", "VBD", "DT", "NN", "IN", "CD", "."]
    pos = ["NOUN", "NOUN", "ADV", "PUNCT", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "ADP"]
    pos += ["NUM", "PUNCT"]
    lemmas = ["plan", "date", "back", ",", "after", "Vargas", "cross", "the", "valley", "in"]
    lemmas += ["1602", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
        lemmas=lemmas,
        sent_starts=[True] + [False] * 11,
    )
    doc.ents = [Span(doc, 10, 11, label="DATE")]
    sent = doc[:]
    made = Site(
        sent=sent,
        source=SourceRef("1", "(a)", "Test", 0, 0, len(doc.text), doc.text),
        block_kind="paragraph",
    )

    assert when_drafts(made) == []


def _last_sentence_prompts(*paragraphs: str) -> list[str]:
    return [d.prompt for d in when_drafts(paragraph_sites(*paragraphs)[-1])]


def test_a_pronoun_subject_is_written_as_the_one_person_named_before():
    prompts = _last_sentence_prompts(
        "The Norwegian chemist Ingrid Solberg studied alpine lichens for two decades. "
        "In 1931 she published a survey of the Dovre plateau."
    )
    assert prompts == ["When did Ingrid Solberg publish a survey of the Dovre plateau?"]


def test_a_pronoun_subject_after_two_people_gives_no_question():
    prompts = _last_sentence_prompts(
        "Ingrid Solberg worked with the botanist Arne Dahl in Bergen. "
        "In 1931 she published a survey of the Dovre plateau."
    )
    assert prompts == []


def test_a_definite_kind_subject_is_written_as_the_name_given_before():
    prompts = _last_sentence_prompts(
        "Four kingdoms negotiated the Convention of Tarvik over two winters. "
        "The convention was ratified by the Danish parliament in March 1872."
    )
    assert prompts == ["When was the Convention of Tarvik ratified by the Danish parliament?"]


def test_it_after_two_named_things_gives_no_question():
    prompts = _last_sentence_prompts(
        "The Northern Alliance Bank financed the Selvan Company. It was dissolved in 1932."
    )
    assert prompts == []
