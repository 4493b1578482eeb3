"""What-questions on a thing introduced as "a <kind> known as <Name>"."""

from quizzes.generation.rules.what import drafts as what_drafts


def known_as(site) -> list[tuple[str, str]]:
    return [(d.prompt, d.answer) for d in what_drafts(site) if d.rule == "what:known_as"]


def test_a_kind_known_as_a_name_is_asked_with_the_clause_that_acts_on_it(site):
    sentence = "In 1962 the Kessar Trade Council signed a deal known as the Orm Accord."
    assert known_as(site(sentence)) == [
        ("What was the deal the Kessar Trade Council signed in 1962 known as?", "Orm Accord")
    ]


def test_a_subject_sharing_a_word_with_the_name_is_left_out(site):
    sentence = "In 1711 the Orm Bank obtained from the crown a loan known as the Orm Credit Scheme."
    assert known_as(site(sentence)) == [
        ("What was the loan obtained from the crown in 1711 known as?", "Orm Credit Scheme")
    ]


def test_an_object_the_parser_hung_on_a_relative_clause_belongs_to_the_clause_above(site):
    sentence = (
        "In 1711 the Orm Bank obtained from Savoy, which then ruled Nice, "
        "a loan known as the Orm Credit Scheme: the crown repaid it within ten years."
    )
    assert ("What was the loan obtained from Savoy in 1711 known as?", "Orm Credit Scheme") in (
        known_as(site(sentence))
    )


def test_an_unnamed_subject_is_refused(site):
    assert known_as(site("In 1804 the composer wrote a symphony called the Eroica.")) == []


def test_an_undated_clause_is_refused(site):
    assert known_as(site("The Kessar Trade Council signed a deal known as the Orm Accord.")) == []
