import pytest
from django.db import IntegrityError

from classes import models, services
from classes.models import JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, new_join_code


def test_codes_are_short_and_drawn_from_unambiguous_characters():
    for _ in range(200):
        code = new_join_code()
        assert len(code) == JOIN_CODE_LENGTH == 6
        assert set(code) <= set(JOIN_CODE_ALPHABET)


def test_the_alphabet_has_no_characters_that_look_alike():
    assert not set("0O1lIL") & set(JOIN_CODE_ALPHABET)
    assert len(set(JOIN_CODE_ALPHABET)) == len(JOIN_CODE_ALPHABET)


def test_typed_codes_are_read_in_any_case_without_spaces_or_hyphens():
    assert models.normalize_join_code("  ab c-d\tef ") == "ABCDEF"


def test_a_taken_code_is_drawn_again(instructor, monkeypatch):
    """The unique constraint refuses a taken code; creation draws another."""
    first = services.create_class(name="First", instructor=instructor)
    codes = iter([first.join_code, first.join_code, "ZZZZZZ"])
    monkeypatch.setattr(services, "new_join_code", lambda: next(codes))
    second = services.create_class(name="Second", instructor=instructor)
    assert second.join_code == "ZZZZZZ"
    assert first.join_code != second.join_code


def test_the_database_refuses_two_classes_with_one_code(instructor):
    first = services.create_class(name="First", instructor=instructor)
    with pytest.raises(IntegrityError):
        models.Classroom.objects.create(name="Copy", join_code=first.join_code)
