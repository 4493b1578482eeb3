"""Who did it and to what: agents of passives (two in one sentence, bodies, a representation
and its occasion), people the tagger mistook for bodies, lists of named objects, quoted
descriptions of a thing the paragraph named, offices written without "the", and a kind
word shared by a question and its key."""

from dataclasses import replace

from quizzes.generation.drafts import Draft
from quizzes.generation.question import AnswerType, Kind
from quizzes.generation.ranking import leaks
from quizzes.generation.rules.what import drafts as what_drafts
from quizzes.generation.rules.who import drafts as who_drafts
from quizzes.generation.self_contained import self_contained
from tests.generation.sites import asked, paragraph_sites


def last_sentence(text: str):
    return paragraph_sites(text)[-1]


def test_a_representative_is_asked_with_the_signing_the_sentence_before_told_of():
    site = last_sentence(
        "The Treaty of Lund was signed in Lund on 2 May 1690. "
        "Norway was represented by the envoy Karl Dahl and Sweden by the diplomats Erik "
        "Berg and Olof Lind."
    )
    questions = asked(who_drafts(site))
    assert (
        "Which envoy represented Norway at the signing of the Treaty of Lund?",
        "Karl Dahl",
    ) in questions
    assert (
        "Which two diplomats represented Sweden at the signing of the Treaty of Lund?",
        "Erik Berg and Olof Lind",
    ) in questions


def test_a_representative_is_asked_at_the_congress_the_sentence_before_named():
    site = last_sentence(
        "The Lund Congress opened in March 1690. Norway was represented by the envoy Karl Dahl."
    )
    assert ("Which envoy represented Norway at the Lund Congress?", "Karl Dahl") in asked(
        who_drafts(site)
    )


def test_a_representative_without_an_occasion_is_not_asked(site):
    drafts = who_drafts(site("Norway was represented by the envoy Karl Dahl."))
    assert [d for d in drafts if "represented" in d.prompt] == []


def test_a_name_the_tagger_took_for_a_body_is_a_person_when_a_role_introduces_it():
    site = last_sentence(
        "Anna Berg taught chemistry in Bern. "
        "In 1908 she shared the Holm Prize with the Swiss peace campaigner Odile Marchand."
    )
    assert (
        "With which Swiss peace campaigner did Anna Berg share the Holm Prize in 1908?",
        "Odile Marchand",
    ) in asked(who_drafts(site))


def test_a_name_apposed_to_a_definite_role_is_asked_as_that_role(site):
    sentence = (
        "The Varna Mill Company was incorporated in 1881 under Lucien de Morlaix, the "
        "designer of the Velm Bridge."
    )
    assert ("Who was the designer of the Velm Bridge?", "Lucien de Morlaix") in asked(
        who_drafts(site(sentence))
    )


def test_an_office_written_without_its_article_is_asked_with_the_year(site):
    sentence = "In 1952 Anna Lind, head of the Geneva Water Board, proposed a dam on the Arve."
    assert ("Who was head of the Geneva Water Board in 1952?", "Anna Lind") in asked(
        who_drafts(site(sentence))
    )


def test_a_named_body_doing_what_a_passive_says_is_asked_by_its_kind(site):
    drafts = what_drafts(
        site("In 1990 the Lake Tarn reserve was bought by the Northern Wildlife Trust.")
    )
    assert ("Which trust bought the Lake Tarn reserve in 1990?", "Northern Wildlife Trust") in (
        asked(drafts)
    )


def test_a_body_acting_on_an_unnamed_thing_is_not_asked(site):
    drafts = what_drafts(site("In 1990 the land was bought by the Northern Wildlife Trust."))
    assert [d for d in drafts if d.rule == "what:agent"] == []


def test_names_coordinated_as_an_object_are_asked_together_in_either_order(site):
    sentence = (
        "In 1921 the Alva Company agreed to sell the Rosmer Mill and the Hale Mill to Brenton."
    )
    drafts = [d for d in what_drafts(site(sentence)) if d.rule == "what:coordinated"]
    assert asked(drafts) == [
        (
            "What did the Alva Company agree to sell to Brenton in 1921?",
            "Rosmer Mill and the Hale Mill",
        )
    ]
    assert "Hale Mill and Rosmer Mill" in drafts[0].accepted


def test_names_sharing_a_kind_are_asked_by_that_kind_in_the_plural(site):
    sentence = "In 2004 the Nordic Council adopted the Oslo Declaration and the Bergen Declaration."
    assert (
        "Which declarations did the Nordic Council adopt in 2004?",
        "Oslo Declaration and the Bergen Declaration",
    ) in asked(what_drafts(site(sentence)))


def test_a_list_of_names_is_not_asked_when_one_of_them_stands_in_the_question(site):
    sentence = "The Varna Charter opened Varna, Tisel and Orsk to foreign ships."
    assert [d for d in what_drafts(site(sentence)) if d.rule == "what:coordinated"] == []


def test_a_quoted_description_of_a_thing_the_paragraph_named_is_asked_with_its_name():
    site = last_sentence(
        "The Lund Summit opened in May 1990. "
        'Chancellor Erik Holm called the summit "a turning point".'
    )
    drafts = [d for d in what_drafts(site) if d.rule == "what:described"]
    assert [self_contained(d.prompt, site) for d in drafts] == [
        "How did Chancellor Erik Holm describe the Lund Summit?"
    ]


def test_a_quoted_description_of_an_unnamed_thing_is_left_to_the_final_filter_to_refuse():
    site = last_sentence('Chancellor Erik Holm called the strike "a disgrace".')
    drafts = [d for d in what_drafts(site) if d.rule == "what:described"]
    assert drafts
    assert all(self_contained(d.prompt, site) is None for d in drafts)


def test_a_kind_noun_read_as_written_when_the_parser_splits_the_name(site):
    sentence = (
        "The new dock opened on 3 May 1998, when the container ship MSC Nordic Star entered "
        "the Velm basin."
    )
    drafts = [d for d in what_drafts(site(sentence)) if d.rule == "what:kind_subject"]
    assert [d.answer for d in drafts] == ["MSC Nordic Star"]
    assert drafts[0].prompt.startswith("Which container ship entered the Velm basin")


def test_a_kind_word_shared_by_question_and_key_gives_nothing_away(site):
    made = Draft(
        kind=Kind.WHAT,
        prompt="What is the Joint Declaration on Coastal Fisheries usually called?",
        answer="Varna Declaration",
        answer_type=AnswerType.LAW,
        rule="test",
        confidence=0.8,
        site=site(
            "The Joint Declaration on Coastal Fisheries, usually called the Varna Declaration."
        ),
    )
    assert not leaks(made)
    assert leaks(replace(made, prompt="What is the Varna Joint Declaration usually called?"))


def test_a_named_body_as_the_subject_of_a_dated_clause_is_asked_by_its_kind(site):
    sentence = "In 1950 the Orsa Valley Foundation funded a new virus laboratory in Basel."
    assert (
        "Which foundation funded a new virus laboratory in Basel in 1950?",
        "Orsa Valley Foundation",
    ) in asked(what_drafts(site(sentence)))


def test_a_body_reporting_something_is_not_asked_about(site):
    sentence = "In 2005 the Central Bank of Tarsk noted that inflation had fallen to 2 percent."
    assert [d for d in what_drafts(site(sentence)) if d.rule == "what:body_subject"] == []


def test_a_state_named_like_a_body_is_asked_as_a_country(site):
    sentence = "On 3 March 1988 the Union of Andean Republics went to war with Peru."
    assert (
        "Which country went to war with Peru on 3 March 1988?",
        "Union of Andean Republics",
    ) in (asked(what_drafts(site(sentence))))


def test_the_tail_of_a_longer_name_is_not_asked_as_the_body(site):
    sentence = "The Forests and Upland waters Survey Office mapped the Velm glaciers in 1931."
    assert [d for d in what_drafts(site(sentence)) if d.rule == "what:body_subject"] == []


def test_places_standing_for_their_teams_are_not_asked_as_what_was_beaten(site):
    sentence = "In 1962 Brazil beat Portugal and Uruguay in the final rounds."
    assert [d for d in what_drafts(site(sentence)) if d.rule == "what:coordinated"] == []


def test_the_person_a_thing_is_named_after_is_asked_by_the_role_given(site):
    sentence = "The Velm Glacier was named after the Norwegian explorer Fridtjof Olsen."
    assert ("After which Norwegian explorer was the Velm Glacier named?", "Fridtjof Olsen") in (
        asked(who_drafts(site(sentence)))
    )


def test_a_thing_named_after_someone_must_itself_be_named(site):
    sentence = "In 1906 the disease was named after the German physician Alois Brenner."
    assert [d for d in who_drafts(site(sentence)) if d.rule.startswith("who:eponym")] == []


def test_the_agent_of_a_passive_keeps_the_date_written_before_the_clause(site):
    sentence = "In 1887 the Kessar Bridge was opened by the engineer Hanna Lind."
    assert ("Which engineer opened the Kessar Bridge in 1887?", "Hanna Lind") in asked(
        who_drafts(site(sentence))
    )


def test_do_support_takes_the_dictionary_form_of_the_verb(site):
    sentence = "The Oslo Chamber Orchestra premiered the Velm Symphony in 1935."
    assert ("Which symphony did the Oslo Chamber Orchestra premiere in 1935?", "Velm Symphony") in (
        asked(what_drafts(site(sentence)))
    )


def test_a_party_named_by_its_nationality_is_a_subject_a_question_can_state(site):
    sentence = "In 1921 the Danish side agreed to transfer the Orva Islands and Tisel to Norway."
    assert (
        "What did the Danish side agree to transfer to Norway in 1921?",
        "Orva Islands and Tisel",
    ) in asked(what_drafts(site(sentence)))


def test_a_body_is_not_asked_when_its_object_is_named_beside_it(site):
    sentence = "In 1888 the Vienna Court Orchestra hired a conductor, Gustav Mahler."
    prompts = [d.prompt for d in what_drafts(site(sentence))]
    assert not [p for p in prompts if p.startswith("Which orchestra")]
