"""AssignmentGrade: a learner's submitted attempts at an assignment, summed up for the
gradebook, and filled from the attempts already submitted."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_grades(apps, schema_editor):
    """A row per (learner, assignment) with a submitted attempt, as
    ``AssignmentGrade.objects.rebuild`` makes it (the models here are the historical
    ones, without that method)."""
    Attempt = apps.get_model("quizzes", "Attempt")
    AssignmentGrade = apps.get_model("classes", "AssignmentGrade")
    attempts = (
        Attempt.objects.filter(assignment__isnull=False, submitted_at__isnull=False)
        .order_by("learner_id", "assignment_id", "started_at", "pk")
        .values_list("learner_id", "assignment_id", "correct_count", "question_count")
    )
    grades = {}
    for learner_id, assignment_id, correct, questions in attempts.iterator(chunk_size=5000):
        grade = grades.setdefault(
            (learner_id, assignment_id),
            AssignmentGrade(
                learner_id=learner_id, assignment_id=assignment_id, submitted=0, scored=0
            ),
        )
        grade.submitted += 1
        if not questions:
            continue
        score = 100 * correct / questions
        if not grade.scored:
            grade.first_score = grade.best_score = score
            grade.score_sum = 0.0
        grade.scored += 1
        grade.last_score = score
        grade.best_score = max(grade.best_score, score)
        grade.score_sum += score
    AssignmentGrade.objects.bulk_create(grades.values(), batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ('classes', '0005_assignment_options'),
        ("quizzes", "0007_attempt_item_answers_index"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='AssignmentGrade',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('submitted', models.PositiveIntegerField(help_text='Submitted attempts.')),
                ('scored', models.PositiveIntegerField(help_text='Submitted attempts with questions.')),
                ('first_score', models.FloatField(null=True)),
                ('last_score', models.FloatField(null=True)),
                ('best_score', models.FloatField(null=True)),
                ('score_sum', models.FloatField(default=0.0)),
                ('assignment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='grades', to='classes.assignment')),
                ('learner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='assignment_grades', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('learner', 'assignment'), name='classes_one_grade_per_learner'), models.CheckConstraint(condition=models.Q(('scored__lte', models.F('submitted')), ('submitted__gt', 0)), name='grade_has_attempts')],
            },
        ),
        migrations.RunPython(fill_grades, migrations.RunPython.noop, elidable=True),
    ]
