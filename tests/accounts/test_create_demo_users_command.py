import re

from django.contrib.auth import authenticate

from tests.content.helpers import run_manage


def test_creates_an_instructor_and_a_learner_with_printed_passwords(db, settings, capsys):
    settings.DEBUG = True
    assert run_manage("create_demo_users") == 0
    passwords = dict(re.findall(r"demo user '(\w+)' with password (\S+)", capsys.readouterr().out))
    assert set(passwords) == {"instructor", "learner"}
    instructor = authenticate(username="instructor", password=passwords["instructor"])
    learner = authenticate(username="learner", password=passwords["learner"])
    assert instructor.can_manage_content
    assert not learner.can_manage_content


def test_running_again_keeps_passwords_and_prints_none(db, settings, capsys):
    settings.DEBUG = True
    run_manage("create_demo_users")
    capsys.readouterr()
    run_manage("create_demo_users")
    out = capsys.readouterr().out
    assert "with password" not in out
    assert "exists" in out


def test_does_nothing_without_debug(db, settings, capsys, django_user_model):
    settings.DEBUG = False
    run_manage("create_demo_users")
    assert not django_user_model.objects.exists()
    assert "development only" in capsys.readouterr().err
