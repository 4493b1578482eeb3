"""Acronym rule: "Full Name (FN)" -> "What does FN stand for?" with the full name as answer."""

import pytest

from quizzes.generation.acronym_worth import REPEATED_CONFIDENCE
from quizzes.generation.drafts import DocumentContext
from quizzes.generation.question import AnswerType, Format, GeneratedQuestion, Kind, SourceRef
from quizzes.generation.ranking import MIN_SCORE, finalise
from quizzes.generation.rules.acronym import drafts as acronym_drafts
from quizzes.generation.rules.acronym import spelling_variants, with_counterpart_keys
from tests.generation.sites import asked


@pytest.mark.parametrize(
    ("sentence", "acronym", "expansion"),
    [
        (
            "The World Health Organization (WHO) was founded in 1948.",
            "WHO",
            "World Health Organization",
        ),
        (
            "The Scientific Committee on Antarctic Research (SCAR) coordinates research.",
            "SCAR",
            "Scientific Committee on Antarctic Research",
        ),
        (
            "The Union of European Football Associations (UEFA) organises the Champions League.",
            "UEFA",
            "Union of European Football Associations",
        ),
        (
            "The National Aeronautics and Space Administration (NASA) launched the probe.",
            "NASA",
            "National Aeronautics and Space Administration",
        ),
        (
            "The Intergovernmental Panel on Climate Change (IPCC) published its report.",
            "IPCC",
            "Intergovernmental Panel on Climate Change",
        ),
    ],
)
def test_acronym_question_asks_for_the_full_name(site, sentence, acronym, expansion):
    assert asked(acronym_drafts(site(sentence))) == [(f"What does {acronym} stand for?", expansion)]


def test_acronym_answer_keeps_the_lower_case_of_a_common_noun_phrase(site):
    drafts = acronym_drafts(site("Doctors use the polymerase chain reaction (PCR) to detect it."))

    assert asked(drafts) == [("What does PCR stand for?", "polymerase chain reaction")]


def test_acronym_answer_keeps_hyphenated_words_whole(site):
    drafts = acronym_drafts(site("The World Anti-Doping Agency (WADA) was set up in 1999."))

    assert asked(drafts) == [("What does WADA stand for?", "World Anti-Doping Agency")]


def test_acronym_from_a_foreign_name_skips_its_minor_words(site):
    sentence = (
        "The Fédération Internationale de Football Association (FIFA) was founded in Paris in 1904."
    )

    assert asked(acronym_drafts(site(sentence))) == [
        ("What does FIFA stand for?", "Fédération Internationale de Football Association")
    ]


def test_acronym_expansion_starts_at_the_first_matching_word_not_the_article(site):
    drafts = acronym_drafts(site("The team used a differential thermal analysis (DTA) rig."))

    assert asked(drafts) == [("What does DTA stand for?", "differential thermal analysis")]


def test_each_acronym_in_a_sentence_gets_its_own_question(site):
    sentence = (
        "The International Geophysical Year (IGY) led to the founding of the "
        "Scientific Committee on Antarctic Research (SCAR) in 1958."
    )

    assert asked(acronym_drafts(site(sentence))) == [
        ("What does IGY stand for?", "International Geophysical Year"),
        ("What does SCAR stand for?", "Scientific Committee on Antarctic Research"),
    ]


def test_acronym_draft_is_typed_as_a_term(site):
    (draft,) = acronym_drafts(site("Magnetic resonance imaging (MRI) uses strong magnetic fields."))

    assert draft.kind == Kind.ACRONYM
    assert draft.answer_type == AnswerType.TERM
    assert draft.answer == "Magnetic resonance imaging"


def test_acronym_answer_keeps_a_possessive_as_written(site):
    sentence = "The United Nations Children's Fund (UNICEF) bought vaccines for Africa."

    assert asked(acronym_drafts(site(sentence))) == [
        ("What does UNICEF stand for?", "United Nations Children's Fund")
    ]


def test_refuses_when_the_letters_do_not_match_the_words_before_the_bracket(site):
    sentence = "Signatories then signed the big agreement (NATO) in Washington."

    assert acronym_drafts(site(sentence)) == []


def test_refuses_an_acronym_from_another_language_than_the_name_before_it(site):
    # CERN abbreviates the French "Conseil Européen pour la Recherche Nucléaire".
    sentence = "Scientists at the European Organization for Nuclear Research (CERN) built it."

    assert acronym_drafts(site(sentence)) == []


def test_refuses_when_a_generic_noun_stands_before_the_bracket(site):
    assert acronym_drafts(site("The company (IBM) made computers for banks.")) == []


def test_refuses_a_lower_case_abbreviation(site):
    assert acronym_drafts(site("Doctors measured blood pressure (bp) every day.")) == []


def test_refuses_a_bracketed_reference_that_is_not_an_acronym(site):
    assert acronym_drafts(site("The agency reported 3 new cases (Table 2) last spring.")) == []


def test_refuses_a_single_capital_letter(site):
    assert acronym_drafts(site("Patients with hepatitis (B) were treated first.")) == []


def test_a_name_whose_acronym_stops_before_its_end_is_expanded_in_full(site):
    sentence = (
        "Relief is coordinated by the International Union of Mountain Rescue and Alpine "
        "Safety Services (IUMR)."
    )

    assert asked(acronym_drafts(site(sentence))) == [
        (
            "What does IUMR stand for?",
            "International Union of Mountain Rescue and Alpine Safety Services",
        )
    ]


def test_a_name_in_another_language_skips_its_articles_and_prepositions(site):
    sentence = "The archive is kept by the Instituto de la Memoria Histórica (IMH) in Madrid."

    assert asked(acronym_drafts(site(sentence))) == [
        ("What does IMH stand for?", "Instituto de la Memoria Histórica")
    ]


def test_a_clipped_short_form_is_expanded(site):
    sentence = "She studied at the Massachusetts Institute of Technology (Masstech) in 1990."

    assert asked(acronym_drafts(site(sentence))) == [
        ("What does Masstech stand for?", "Massachusetts Institute of Technology")
    ]


def test_a_bracketed_word_is_not_a_clipped_short_form(site):
    sentence = "Delegates met in the capital of France (Paris) in May."

    assert acronym_drafts(site(sentence)) == []


def context_of(text: str) -> DocumentContext:
    return DocumentContext(text=text)


def test_a_named_body_defined_once_ranks_below_one_the_document_uses_again(site):
    body = "The Royal Society for the Protection of Birds (RSPB) counted the geese."
    once = f"{body}\nThe count rose for the third year."
    again = f"{body}\nThe RSPB counted again in 2001."

    (defined_once,) = acronym_drafts(site(body), context_of(once))
    (used_again,) = acronym_drafts(site(body), context_of(again))

    assert MIN_SCORE < defined_once.confidence < used_again.confidence == REPEATED_CONFIDENCE


def test_a_unit_defined_once_to_count_a_number_is_a_side_detail_not_asked(site):
    sentence = "The tanker carried 8,000 cubic metres (CBM) of gas from Qatar."
    document = f"{sentence}\nThe crew returned in March."

    assert acronym_drafts(site(sentence), context_of(document)) == []


def test_a_common_phrase_defined_once_ranks_below_a_named_body(site):
    phrase = "Courts apply customary maritime law (CML) to salvage claims."
    body = "The Royal Society for the Protection of Birds (RSPB) counted the geese."
    document = f"{phrase}\n{body}\nThe count rose for the third year."

    (named,) = acronym_drafts(site(body), context_of(document))
    (common,) = acronym_drafts(site(phrase), context_of(document))

    assert MIN_SCORE <= common.confidence < named.confidence < REPEATED_CONFIDENCE


def test_a_unit_the_document_uses_again_is_asked(site):
    sentence = "The tanker carried 8,000 cubic metres (CBM) of gas from Qatar."
    document = f"{sentence}\nBy 2010 it carried 9,000 CBM a voyage.\nPrices fell."

    (draft,) = acronym_drafts(site(sentence), context_of(document))

    assert draft.confidence >= MIN_SCORE


def test_a_named_body_mentioned_once_is_still_asked(site):
    sentence = "The Royal Society for the Protection of Birds (RSPB) counted the geese."
    document = f"{sentence}\nThe count rose for the third year."

    (draft,) = acronym_drafts(site(sentence), context_of(document))

    assert draft.confidence >= MIN_SCORE


def test_a_body_cited_once_as_a_source_is_not_asked_but_one_the_sentence_is_about_is(site):
    cited = "According to the Bureau of Meteorology (BOM), the drought ended in May 2020."
    named = "The Bureau of Meteorology (BOM) declared the end of the drought in May 2020."
    document = f"{cited}\nFarmers replanted in June."

    (as_subject,) = acronym_drafts(site(named), context_of(document))

    assert acronym_drafts(site(cited), context_of(document)) == []
    assert as_subject.answer == "Bureau of Meteorology"
    assert as_subject.confidence > MIN_SCORE


def test_a_body_mentioned_once_to_qualify_another_noun_is_not_asked(site):
    sentence = "The ministers met at the first Nordic Council (NC) summit held in Oslo."
    document = f"{sentence}\nThey agreed on fishing quotas."

    assert acronym_drafts(site(sentence), context_of(document)) == []


def test_an_acronym_every_reader_knows_is_not_asked(site):
    sentence = "Schools bought new information technology (IT) equipment in 2004."
    document = f"{sentence}\nThe IT budget grew again in 2005."

    assert acronym_drafts(site(sentence), context_of(document)) == []


def test_a_name_the_document_spells_out_elsewhere_is_not_asked(site):
    sentence = "In 1902 the club became the Royal Botanic Society (RBS)."
    document = (
        f"{sentence}\nThe Royal Gardens opened in 1840. The Botanic Garden grew."
        "\nThe Society met in the Royal Botanic Garden; the Society printed seed lists."
    )

    assert acronym_drafts(site(sentence), context_of(document)) == []


def test_a_name_with_words_beyond_its_letters_is_asked_though_the_document_repeats_some(site):
    sentence = "In 1902 the club became the Royal Botanic Society of Kew and Richmond (RBS)."
    document = (
        f"{sentence}\nThe Royal Gardens opened in 1840. The Botanic Garden grew."
        "\nThe Society met in the Royal Botanic Garden; the Society printed seed lists."
    )

    (draft,) = acronym_drafts(site(sentence), context_of(document))

    assert draft.answer == "Royal Botanic Society of Kew and Richmond"


def test_a_plural_common_phrase_also_accepts_the_singular():
    assert spelling_variants("standard shipping containers") == ["standard shipping container"]
    assert spelling_variants("United Nations") == []


def test_a_source_the_document_names_again_is_asked(site):
    sentence = "According to the Bureau of Meteorology (BOM), the drought ended in May 2020."
    document = f"{sentence}\nThe BOM later revised its rainfall figures."

    (draft,) = acronym_drafts(site(sentence), context_of(document))

    assert draft.answer == "Bureau of Meteorology"


def test_an_acronym_used_again_in_the_plural_is_asked(site):
    sentence = "Each non-governmental organization (NGO) filed a report in 2011."
    document = f"{sentence}\nForty NGOs later withdrew."

    (draft,) = acronym_drafts(site(sentence), context_of(document))

    assert draft.answer == "non-governmental organization"


def test_a_body_mentioned_once_is_asked_where_the_section_title_names_it(site):
    body = "The Royal Society for the Protection of Birds (RSPB) counted the geese."
    document = f"{body}\nThe count rose for the third year."

    by_acronym = site(body, title="How the RSPB counts birds")
    by_name = site(body, title="The Royal Society for the Protection of Birds")

    assert asked(acronym_drafts(by_acronym, context_of(document))) == [
        ("What does RSPB stand for?", "Royal Society for the Protection of Birds")
    ]
    assert len(acronym_drafts(by_name, context_of(document))) == 1


def test_a_glossary_term_is_asked_though_the_document_never_repeats_it(site):
    sentence = "Gross domestic product (GDP) is the value of all goods made in a year."
    document = f"{sentence}\nThe harvest was poor."

    drafts = acronym_drafts(site(sentence, term="GDP"), context_of(document))

    assert asked(drafts) == [("What does GDP stand for?", "Gross domestic product")]


def test_an_acronym_the_document_uses_again_is_asked_with_full_confidence(site):
    sentence = "Shops fitted radio frequency identification (RFID) tags in 2004."
    document = f"{sentence}\nBy 2010 every shop used RFID readers."

    (draft,) = acronym_drafts(site(sentence), context_of(document))

    assert draft.answer == "radio frequency identification"
    assert draft.confidence == REPEATED_CONFIDENCE


def test_a_hyphenated_prefix_may_be_typed_without_its_hyphen(site):
    sentence = "The Council for Economic Co-operation in Africa (CECA) met in Accra."

    (draft,) = acronym_drafts(site(sentence))

    assert draft.answer == "Council for Economic Co-operation in Africa"
    assert draft.accepted == ["Council for Economic Cooperation in Africa"]


def generated(prompt: str, answer: str, kind: Kind) -> GeneratedQuestion:
    sentence = "The World Meteorological Organization (WMO) was founded in 1950."
    return GeneratedQuestion(
        kind=kind,
        format=Format.SHORT_ANSWER,
        prompt=prompt,
        answer=answer,
        answer_type=AnswerType.ORGANIZATION,
        source=SourceRef("1", "(a)", "Weather", 0, 0, len(sentence), sentence),
        rule="test",
        score=0.9,
        difficulty=0.5,
    )


def test_a_long_form_answer_also_accepts_the_acronym_and_back():
    expansion = generated(
        "What does WMO stand for?", "World Meteorological Organization", Kind.ACRONYM
    )
    by_long_form = generated(
        "Which body publishes the climate report?",
        "the World Meteorological Organization",
        Kind.WHAT,
    )
    by_acronym = generated("Which agency coordinates weather services?", "WMO", Kind.DEFINITION)

    with_counterpart_keys([expansion, by_long_form, by_acronym])

    assert by_long_form.accepted_answers == ["WMO"]
    assert by_acronym.accepted_answers == ["World Meteorological Organization"]
    assert expansion.accepted_answers == []  # the acronym is what it asks about


def test_an_acronym_question_is_not_taken_for_a_leak_of_its_own_answer(site):
    drafts = acronym_drafts(site("The Financial Action Task Force (FATF) fights money laundering."))

    assert [q.prompt for q in finalise(drafts)] == ["What does FATF stand for?"]


def test_a_country_abbreviated_in_the_long_form_may_be_written_in_full():
    assert spelling_variants("U.K. Hydrographic Office") == ["United Kingdom Hydrographic Office"]
