"""What-questions on a thing introduced by its kind and named beside it ("a new compound,
the blue pigment"), and on a nationality said of a group's members."""

from quizzes.generation.rules.what import drafts as what_drafts


def asked(site) -> list[tuple[str, str]]:
    return [(draft.prompt, draft.answer) for draft in what_drafts(site)]


def test_an_indefinite_object_named_after_a_comma_is_asked_by_its_kind(site):
    sentence = "In 1928 the Kessar laboratory isolated a new compound, the blue pigment."
    assert ("What new compound did the Kessar laboratory isolate in 1928?", "blue pigment") in (
        asked(site(sentence))
    )


def test_an_ordinal_subject_takes_the_noun_the_clause_before_counted(site):
    sentence = (
        "Three symphonies followed in 1801, and a fourth introduced a new movement, "
        "the scherzo finale."
    )
    assert ("What new movement did the fourth symphony introduce?", "scherzo finale") in (
        asked(site(sentence))
    )


def test_an_ordinal_subject_without_a_counted_noun_is_refused(site):
    sentence = (
        "Symphonies followed in 1801, and a fourth introduced a new movement, the scherzo finale."
    )
    assert not [q for q, a in asked(site(sentence)) if a == "scherzo finale"]


def test_a_bare_noun_beside_the_kind_is_no_name(site):
    assert not [
        q for q, a in asked(site("In 1950 the couple adopted a child, the boy.")) if a == "boy"
    ]


def test_an_apposed_phrase_repeating_the_kind_would_give_the_key_away(site):
    sentence = "In 1955 Jonas Salk developed a vaccine, the first effective polio vaccine."
    assert not [q for q, _ in asked(site(sentence)) if q.startswith("What vaccine")]


def test_a_nationality_of_members_names_the_group_its_stands_for(site):
    sentence = (
        "The Kessar Orchestra was founded in 1880: its players have always been Austrian nationals."
    )
    questions = asked(site(sentence))
    assert (
        "What nationality have the players of the Kessar Orchestra always held?",
        "Austrian",
    ) in questions


def test_a_nationality_of_a_bare_possessive_is_refused(site):
    assert not [q for q, _ in asked(site("Her parents were Irish citizens.")) if "nationality" in q]


def test_a_nationality_with_a_time_limit_is_refused(site):
    sentence = (
        "The Kessar Orchestra was founded in 1880: its players were Austrian citizens until 1938."
    )
    assert not [q for q, _ in asked(site(sentence)) if "nationality" in q]


def test_a_nationality_held_mostly_is_refused(site):
    sentence = "The Kessar Club was founded in 1880: its members were mostly Austrian citizens."
    assert not [q for q, _ in asked(site(sentence)) if "nationality" in q]


def test_a_pointing_phrase_beside_the_kind_is_no_name(site):
    sentence = "In 1744 Leonhard Euler found a solution, the same answer."
    assert not [q for q, _ in asked(site(sentence)) if q.startswith("What solution")]


def test_a_person_beside_the_kind_is_left_to_the_who_questions(site):
    sentence = "In 1888 the Vienna Court Orchestra hired a conductor, Gustav Mahler."
    assert not [q for q, _ in asked(site(sentence)) if q.startswith("What conductor")]


def test_a_name_may_hold_a_preposition_before_a_capitalised_word(site):
    sentence = "In 1915 Albert Kessar received a major award, the Order of Merit."
    expected = ("What major award did Albert Kessar receive in 1915?", "Order of Merit")
    assert expected in asked(site(sentence))
