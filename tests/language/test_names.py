"""The one reader of people's names, used by the grader and the generator alike."""

import pytest

from quizzes.language.names import family_name, parse_person


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Rosalind Franklin", "Franklin"),
        ("Dr. Rosalind Franklin", "Franklin"),
        ("Ludwig van Beethoven", "Beethoven"),
        ("Martin Luther King Jr.", "King"),
        ("Ban Ki-moon", "Ban"),
        ("Mr. Ban Ki-moon", "Ban"),
        ("Napoleon III", "Napoleon"),
    ],
)
def test_the_family_name_is_read_without_titles_or_suffixes(name, family):
    assert family_name(name) == family


def test_a_place_is_not_read_as_a_person_unless_the_caller_knows_better():
    assert parse_person("Lake Victoria") is None
    assert parse_person("Lake Victoria", force=True) is not None


def test_a_family_name_first_order_can_be_told():
    person = parse_person("Hor Namhong", family_first=True)
    assert person.surnames == {"hor": "Hor"}
