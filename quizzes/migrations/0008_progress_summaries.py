"""Summaries of learners' answers for the dashboard (AnswerSlot, LatestAnswer), filled
from the answers of submitted attempts, and partial indexes on the attempts still open
or holding their marks back."""

from datetime import timedelta

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_summaries(apps, schema_editor):
    """What ``quizzes.models.progress.rebuild`` makes, with the historical models: per
    learner and quarter hour the answers of submitted attempts (and those whose reviews
    are scheduled: their marks are shown), per learner and question the latest of those."""
    AttemptItem = apps.get_model("quizzes", "AttemptItem")
    AnswerSlot = apps.get_model("quizzes", "AnswerSlot")
    LatestAnswer = apps.get_model("quizzes", "LatestAnswer")
    rows = (
        AttemptItem.objects.filter(attempt__submitted_at__isnull=False, answered_at__isnull=False)
        .order_by()
        .values_list(
            "pk",
            "attempt__learner_id",
            "question_id",
            "answered_at",
            "correct",
            "attempt__reviews_scheduled_at",
        )
    )
    slots = {}
    latest = {}
    for pk, learner_id, question_id, answered_at, correct, released_at in rows.iterator(
        chunk_size=5000
    ):
        start = answered_at - timedelta(
            minutes=answered_at.minute % 15,
            seconds=answered_at.second,
            microseconds=answered_at.microsecond,
        )
        slot = slots.setdefault(
            (learner_id, start),
            AnswerSlot(learner_id=learner_id, starts_at=start, answered=0, marked=0),
        )
        slot.answered += 1
        if released_at is None:
            continue
        slot.marked += 1
        slot.marked_correct += bool(correct)
        held = latest.get((learner_id, question_id))
        if held is None or (answered_at, pk) > (held.answered_at, held.item_id):
            latest[learner_id, question_id] = LatestAnswer(
                learner_id=learner_id,
                question_id=question_id,
                item_id=pk,
                answered_at=answered_at,
                correct=correct,
            )
    AnswerSlot.objects.bulk_create(slots.values(), batch_size=2000)
    LatestAnswer.objects.bulk_create(latest.values(), batch_size=2000)


class Migration(migrations.Migration):

    dependencies = [
        ('classes', '0006_assignment_grade'),
        ('quizzes', '0007_attempt_item_answers_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='AnswerSlot',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('starts_at', models.DateTimeField()),
                ('answered', models.PositiveIntegerField(default=0)),
                ('marked', models.PositiveIntegerField(default=0)),
                ('marked_correct', models.PositiveIntegerField(default=0)),
            ],
        ),
        migrations.CreateModel(
            name='LatestAnswer',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('answered_at', models.DateTimeField()),
                ('correct', models.BooleanField()),
            ],
        ),
        migrations.AddIndex(
            model_name='attempt',
            index=models.Index(condition=models.Q(('submitted_at__isnull', True)), fields=['learner'], name='attempt_open_by_learner_idx'),
        ),
        migrations.AddIndex(
            model_name='attempt',
            index=models.Index(condition=models.Q(('submitted_at__isnull', True)), fields=['assignment'], name='attempt_open_by_assignment_idx'),
        ),
        migrations.AddIndex(
            model_name='attempt',
            index=models.Index(condition=models.Q(('reviews_scheduled_at__isnull', True), ('submitted_at__isnull', False)), fields=['learner'], name='attempt_marks_pending_idx'),
        ),
        migrations.AddField(
            model_name='answerslot',
            name='learner',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='answer_slots', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='latestanswer',
            name='item',
            field=models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='quizzes.attemptitem'),
        ),
        migrations.AddField(
            model_name='latestanswer',
            name='learner',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='latest_answers', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='latestanswer',
            name='question',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='latest_answers', to='quizzes.question'),
        ),
        migrations.AddConstraint(
            model_name='answerslot',
            constraint=models.UniqueConstraint(fields=('learner', 'starts_at'), name='answer_slot_unique'),
        ),
        migrations.AddConstraint(
            model_name='answerslot',
            constraint=models.CheckConstraint(condition=models.Q(('marked_correct__lte', models.F('marked'))), name='answer_slot_correct_within_marked'),
        ),
        migrations.AddConstraint(
            model_name='latestanswer',
            constraint=models.UniqueConstraint(fields=('learner', 'question'), name='latest_answer_unique'),
        ),
        migrations.AddIndex(
            model_name="attempt",
            index=models.Index(
                condition=models.Q(("assignment__isnull", False)),
                fields=["learner", "assignment"],
                name="attempt_assignments_idx",
            ),
        ),
        migrations.RunPython(fill_summaries, migrations.RunPython.noop, elidable=True),
    ]
