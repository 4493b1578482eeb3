"""Where- and when-questions from constructions the first rules missed: a past tense the
tagger read as a participle, a place and the wider place it lies in, a role beside a name,
the named object of a one-off act, a body meeting somewhere, a "where" clause, a landform
placed by its position, and a subject the parser lost."""

from quizzes.generation.rules.when import drafts as when_drafts
from quizzes.generation.rules.where import drafts as where_drafts
from tests.generation.sites import asked


def test_a_place_and_its_wider_place_are_asked_where_in_the_wider_place(site):
    sentence = (
        "The strongest cyclone ever measured struck near Chittagong in southern Bangladesh"
        " on 29 April 1991, with winds of 250 kilometres per hour."
    )
    (draft,) = where_drafts(site(sentence))

    assert (draft.prompt, draft.answer) == (
        "Where in southern Bangladesh did the strongest cyclone ever measured strike"
        " on 29 April 1991?",
        "Chittagong",
    )
    assert draft.accepted == ["near Chittagong", "Chittagong, Bangladesh"]


def test_a_past_tense_read_as_a_participle_keeps_the_superlative_and_leaves_the_aside(site):
    sentence = (
        "The strongest cyclone ever measured struck near Chittagong in southern Bangladesh"
        " on 29 April 1991, with winds of 250 kilometres per hour."
    )

    assert asked(when_drafts(site(sentence))) == [
        (
            "When did the strongest cyclone ever measured strike near Chittagong in southern"
            " Bangladesh?",
            "29 April 1991",
        )
    ]


def test_a_role_and_a_name_read_as_two_subjects_are_one_subject(site):
    sentence = (
        "In 1928 the Scottish biologist Alexander Fleming noticed that a mould killed bacteria."
    )

    assert asked(when_drafts(site(sentence))) == [
        (
            "When did the Scottish biologist Alexander Fleming notice that a mould killed"
            " bacteria?",
            "1928",
        )
    ]


def test_an_unnamed_subject_leaves_the_named_object_of_a_one_off_act_in_the_passive(site):
    made = site("In May 1889 it opened the Moulin Rouge in Paris to attract wealthy visitors.")

    assert asked(when_drafts(made)) == [("When was the Moulin Rouge opened in Paris?", "May 1889")]
    assert asked(where_drafts(made)) == [
        ("Where was the Moulin Rouge opened in May 1889?", "Paris")
    ]


def test_an_unnamed_subject_with_an_act_done_many_times_gives_no_question(site):
    assert when_drafts(site("In 1928 it won the Football League Cup.")) == []


def test_a_participle_after_a_name_and_a_comma_describes_that_name(site):
    sentence = (
        "Modern football began with the Laws of the Game, usually called the Cambridge Rules,"
        " drawn up at Cambridge in 1848."
    )

    assert asked(when_drafts(site(sentence))) == [
        ("When were the Cambridge Rules drawn up?", "1848")
    ]


def test_a_phrase_set_off_by_a_comma_after_the_clause_is_left_out(site):
    made = site(
        "The Fifth Symphony was first performed in Vienna in 1808, with the composer conducting."
    )

    assert asked(where_drafts(made)) == [
        ("Where was the Fifth Symphony first performed in 1808?", "Vienna")
    ]


def test_a_list_after_a_colon_is_left_out_of_a_when_question(site):
    sentence = (
        "In 1948 the General Assembly meeting in Paris adopted four texts: a declaration,"
        " a convention, a resolution and a plan."
    )

    assert asked(when_drafts(site(sentence))) == [
        ("When did the General Assembly meeting in Paris adopt four texts?", "1948")
    ]


def test_a_body_meeting_somewhere_is_asked_where_it_met_in_the_clause_year(site):
    sentence = "In 1948 the General Assembly meeting in Paris adopted four texts."

    assert asked(where_drafts(site(sentence))) == [
        ("Where did the General Assembly meet in 1948?", "Paris")
    ]


def test_a_body_meeting_somewhere_without_a_date_gives_no_question(site):
    assert where_drafts(site("The Budapest Opera meeting in Vienna performed a new work.")) == []


def test_a_where_clause_on_a_village_asks_in_which_village(site):
    sentence = "The pilgrims reached the village of Assisi, where Saint Francis founded his order."

    assert asked(where_drafts(site(sentence))) == [
        ("In which village did Saint Francis found his order?", "Assisi")
    ]


def test_a_where_clause_about_they_gives_no_question(site):
    sentence = "The pilgrims reached the village of Assisi, where they rested for a week."

    assert where_drafts(site(sentence)) == []


def test_a_landform_placed_by_its_position_is_asked_by_its_kind(site):
    sentence = "Early traders feared the passage round Cape Agulhas at the southern tip of Africa."

    assert asked(where_drafts(site(sentence))) == [
        ("Which cape lies at the southern tip of Africa?", "Cape Agulhas")
    ]


def test_a_position_between_several_places_gives_no_landform_question(site):
    sentence = "Traders crossed Lake Chad at the meeting point of Chad, Niger and Nigeria."

    assert [d for d in where_drafts(site(sentence)) if d.rule == "where:position"] == []


def test_it_in_a_second_clause_is_the_first_clause_s_named_subject(site):
    sentence = "Mount Kilimanjaro is a dormant volcano, and it rises above sea level in Tanzania."

    assert asked(where_drafts(site(sentence))) == [
        ("In which country does Mount Kilimanjaro rise above sea level?", "Tanzania")
    ]


def test_a_subject_the_parser_took_for_a_second_object_is_found_again(site):
    sentence = (
        "Brazil launched the Amazon Fund in 2008, and the First Amazon Summit was held in Belem"
        " in August 2009."
    )
    made = site(sentence)

    assert asked(when_drafts(made)) == [
        ("When did Brazil launch the Amazon Fund?", "2008"),
        ("When was the First Amazon Summit held in Belem?", "August 2009"),
    ]
    assert asked(where_drafts(made)) == [
        ("Where was the First Amazon Summit held in August 2009?", "Belem")
    ]


def test_who_signed_a_treaty_is_left_out_of_when_it_was_signed(site):
    sentence = (
        "The Treaty of Tordesillas was signed by the envoys of Castile and Portugal on 7 June 1494."
    )

    assert asked(when_drafts(site(sentence))) == [
        ("When was the Treaty of Tordesillas signed?", "7 June 1494")
    ]


def test_who_did_an_act_done_many_times_stays_in_the_question(site):
    sentence = "The 100 metres world record was broken by the sprinter Usain Bolt in August 2009."

    assert asked(when_drafts(site(sentence))) == [
        ("When was the 100 metres world record broken by the sprinter Usain Bolt?", "August 2009")
    ]


def test_a_dotted_abbreviation_after_a_place_is_part_of_the_key(site):
    (draft,) = where_drafts(site("The first state capitol opened in Albany, N.Y., in 1797."))

    assert (draft.prompt, draft.answer) == (
        "Where did the first state capitol open in 1797?",
        "Albany, N.Y.",
    )
    assert draft.accepted == ["Albany"]


def test_a_named_treaty_of_a_date_is_asked_when_it_was_concluded(site):
    sentence = (
        "Trade grew under the Anglo-Dutch Treaty of 1824 between Britain and the Netherlands."
    )

    assert asked(when_drafts(site(sentence))) == [
        ("When was the Anglo-Dutch Treaty between Britain and the Netherlands concluded?", "1824")
    ]


def test_a_treaty_of_a_date_with_no_other_name_gives_no_question(site):
    assert when_drafts(site("The dispute was settled by the Treaty of 1903.")) == []


def test_a_second_place_the_tagger_left_untyped_still_makes_two_places(site):
    assert (
        where_drafts(site("In 1215 King John sealed Magna Carta at Runnymede near Windsor.")) == []
    )


def test_a_main_verb_misread_as_a_participle_gives_no_passive_where_question(site):
    sentence = "The Berlin Philharmonic, touring abroad in 1900, played in Paris at the Fair."

    assert [d.prompt for d in where_drafts(site(sentence))] == []


def test_a_comma_closing_an_apposition_does_not_set_off_the_next_phrase(site):
    sentence = "In May 1921 the botanist Ynes Mexia set up her camp, Base Alpha, on the Rio Negro."

    prompts = [d.prompt for d in when_drafts(site(sentence))]

    assert prompts
    assert all(p.endswith("on the Rio Negro?") for p in prompts)


def test_a_where_question_keeps_the_name_beside_a_role(site):
    sentence = "In 1912 the German meteorologist Alfred Wegener lectured in Marburg."

    assert asked(where_drafts(site(sentence))) == [
        ("Where did the German meteorologist Alfred Wegener lecture in 1912?", "Marburg")
    ]


def test_a_name_ending_in_a_plural_after_for_is_still_one_thing(site):
    made = site("In 2008 it founded the Institute for Fiscal Studies in Madrid.")

    assert asked(when_drafts(made)) == [
        ("When was the Institute for Fiscal Studies founded in Madrid?", "2008")
    ]


def test_a_clause_set_at_an_unnamed_event_is_asked_where_with_the_event_date(site):
    sentence = (
        "At an informal summit in Geneva in November 1985, Ronald Reagan and Mikhail Gorbachev"
        " discussed nuclear arms."
    )

    assert asked(where_drafts(site(sentence))) == [
        (
            "Where did Ronald Reagan and Mikhail Gorbachev discuss nuclear arms in November 1985?",
            "Geneva",
        )
    ]


def test_it_after_a_place_in_the_first_clause_is_still_that_clause_s_subject(site):
    sentence = "The Bauhaus school was founded in Weimar in 1919, and it moved to Dessau in 1925."

    assert ("When did the Bauhaus school move to Dessau?", "1925") in asked(
        when_drafts(site(sentence))
    )


def test_it_after_a_named_object_in_the_first_clause_gives_no_question(site):
    sentence = "The Mid-Ocean Ridge borders Iceland, and it rises above sea level in Norway."

    assert where_drafts(site(sentence)) == []


def test_it_after_a_definite_noun_in_the_first_clause_gives_no_question(site):
    sentence = (
        "Jean Moulin chaired the council of the movement until 1943, and in 1944 it took"
        " the name National Council of the Resistance."
    )

    assert [q for q, _ in asked(when_drafts(site(sentence))) if "take" in q] == []
