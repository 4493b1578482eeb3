import django.db.models.functions.text
from django.db import migrations, models
from django.db.models import Count
from django.db.models.functions import Lower

import accounts.models


def refuse_case_duplicates(apps, schema_editor):
    """Stop with the clashing names rather than fail on the constraint with a bare error.

    Accounts are never renamed or merged behind the operator's back: they rename one of
    each pair in the admin (or with the shell) and migrate again.
    """
    User = apps.get_model("accounts", "User")
    clashes = (
        User.objects.using(schema_editor.connection.alias)
        .annotate(folded=Lower("username"))
        .values("folded")
        .annotate(accounts=Count("id"))
        .filter(accounts__gt=1)
        .values_list("folded", flat=True)
    )
    names = sorted(clashes)
    if names:
        raise RuntimeError(
            "Usernames must differ by more than case, but these are shared by several "
            f"accounts: {', '.join(names)}. Rename all but one of each, then migrate again."
        )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.AlterModelManagers(
            name="user",
            managers=[
                ("objects", accounts.models.UserManager()),
            ],
        ),
        migrations.RunPython(refuse_case_duplicates, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("username"),
                name="accounts_user_username_ci_unique",
                violation_error_message="A user with that username already exists.",
            ),
        ),
    ]
