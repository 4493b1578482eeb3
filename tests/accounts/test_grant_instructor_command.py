import pytest
from django.core.management import CommandError, call_command


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("grant_instructor", *args, stdout=out)
    return out.getvalue()


def test_it_makes_a_learner_an_instructor(learner):
    assert "leo is now an instructor" in run("leo")
    learner.refresh_from_db()
    assert learner.is_instructor


def test_the_username_is_matched_whatever_its_case(learner):
    run("LEO")
    learner.refresh_from_db()
    assert learner.is_instructor


def test_revoke_takes_the_role_away(instructor):
    assert "no longer an instructor" in run("ines", "--revoke")
    instructor.refresh_from_db()
    assert not instructor.is_instructor


def test_granting_twice_says_nothing_changed(instructor):
    assert "already an instructor; nothing changed" in run("ines")


def test_an_unknown_user_is_a_clear_error(db):
    with pytest.raises(CommandError, match="No user is called 'nobody'"):
        run("nobody")
