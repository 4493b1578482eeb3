"""The progress page's charts: accuracy with axes, days studied, review forecast, and
mastery grouped by document (the view's other checks are in test_dashboard_view.py)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from quizzes import progress
from quizzes.attempts import record_answer, start_attempt, submit_attempt
from quizzes.charts import accuracy_figure, forecast_chart
from quizzes.models import ReviewCard
from quizzes.progress import Day, ForecastDay
from tests.attempts.conftest import many_questions
from tests.attempts.test_dashboard_view import history
from tests.conftest import add_questions

URL = reverse("quizzes:dashboard")


def test_accuracy_figure_has_percent_and_date_axes():
    start = dt.date(2026, 11, 1)
    days = [Day(start + dt.timedelta(days=n), answered=4, correct=n % 5) for n in range(30)]
    chart = accuracy_figure(days)
    assert [tick.label for tick in chart.y_ticks] == ["0%", "50%", "100%"]
    assert [tick.label for tick in chart.x_ticks] == [
        "1 Nov",
        "8 Nov",
        "15 Nov",
        "22 Nov",
        "29 Nov",
    ]
    assert chart.bars[1].value == "25"


def test_accuracy_figure_is_none_without_answers():
    assert accuracy_figure([Day(dt.date(2026, 11, 1), answered=0, correct=0)]) is None


def test_forecast_bars_scale_to_the_busiest_day():
    today = dt.date(2026, 11, 2)
    days = [
        ForecastDay(today + dt.timedelta(days=n), due=[4, 0, 2, 0, 0, 0, 1][n]) for n in range(7)
    ]
    chart = forecast_chart(days)
    heights = [bar.height for bar in chart.bars]
    assert heights[0] == chart.height
    assert heights[2] == chart.height / 2
    assert heights[1] == 0
    assert chart.x_ticks[0].label == "Today"
    assert chart.x_ticks[1].label == "Tue"


def test_calendar_counts_answers_per_day_in_weeks_from_monday(learner, crime_section):
    today = timezone.localdate()
    history(learner, crime_section, attempts=1, per_attempt=3, days_ago=2)
    calendar = progress.study_calendar(learner, today=today)
    assert len(calendar.weeks) == progress.CALENDAR_WEEKS
    assert all(week[0].date.weekday() == 0 for week in calendar.weeks)
    days = {day.date: day for week in calendar.weeks for day in week}
    studied = days[today - dt.timedelta(days=2)]
    assert studied.answered == 3
    assert studied.label == f"{studied.date.day} {studied.date:%b}: 3 answers"
    assert studied.level == 1
    assert calendar.days_studied == 1
    assert all(day.future == (day.date > today) for day in days.values())


@pytest.mark.parametrize(("answered", "level"), [(0, 0), (1, 1), (4, 1), (5, 2), (10, 3), (25, 4)])
def test_calendar_shades_by_answers(answered, level):
    assert progress.CalendarDay(dt.date(2026, 11, 3), answered).level == level


def test_forecast_counts_cards_due_each_day_overdue_ones_today(learner, crime_section):
    questions = many_questions(crime_section, 5)
    now = timezone.now()
    for question, days_ahead in zip(questions, [-3, 0, 1, 1, 9], strict=True):
        ReviewCard.objects.create(
            learner=learner, question=question, due=now + dt.timedelta(days=days_ahead), state=2
        )
    forecast = progress.review_forecast(learner)
    assert [day.due for day in forecast] == [2, 2, 0, 0, 0, 0, 0]
    assert forecast[0].date == timezone.localdate()


def test_page_shows_the_charts_with_labels(client, learner, crime_section):
    history(learner, crime_section, attempts=1, per_attempt=4, days_ago=1)
    ReviewCard.objects.create(
        learner=learner,
        question=crime_section.questions.first(),
        due=timezone.now() + dt.timedelta(days=1),
        state=2,
    )
    client.force_login(learner)

    html = client.get(URL).content.decode()

    assert 'role="img" aria-labelledby="trend-title" aria-describedby="trend-desc"' in html
    assert '<desc id="trend-desc">' in html
    assert ">100%</text>" in html
    assert ">0%</text>" in html
    assert "Answers right that day (%)" in html, "the legend"
    assert ">50</text>" in html, "the bar's value (2 of 4 right)"
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    assert f"{yesterday.day} {yesterday:%b}: 4 answers" in html, "the calendar day's label"
    assert "Cards due each day" in html
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    assert f'<th scope="row">{tomorrow:%a} {tomorrow.day} {tomorrow:%b}</th><td>1</td>' in html


def test_mastery_names_each_document_once(client, learner, seed_document, make_document):
    crime = seed_document.sections.get(path="3/1/c")
    other = seed_document.sections.get(path="3/1/a")
    synthetic = make_document(slug="synthetic", sections_per_part=1)
    third = synthetic.sections.filter(children__isnull=True).first()
    for section in (crime, other, third):
        add_questions(section, 1)
        attempt = start_attempt(learner=learner, questions=section.questions.all(), title="Q")
        for item in attempt.items.all():
            record_answer(item=item, given=item.question.answer)
        submit_attempt(attempt=attempt)
    client.force_login(learner)

    html = client.get(URL).content.decode()

    title = escape(seed_document.title)
    assert html.count(f'<h3 class="h5 mt-3">{title}</h3>') == 1
    assert html.count(f"({title})") == 0, "no title repeated in the rows"
    assert f'<h3 class="h5 mt-3">{escape(synthetic.title)}</h3>' in html
    flashcards = reverse("quizzes:flashcards", args=[seed_document.slug, crime.path])
    assert f'href="{flashcards}"' in html


@pytest.mark.parametrize("cards", [1, 30])
def test_query_count_is_constant_in_cards_and_days(
    client, learner, crime_section, django_assert_max_num_queries, cards
):
    """The calendar and the forecast are one grouped query each, not one per day or card."""
    for days_ago in range(0, cards, 3):
        history(learner, crime_section, attempts=1, per_attempt=1, days_ago=days_ago)
    now = timezone.now()
    for number, question in enumerate(many_questions(crime_section, cards, tag=" (cards)")):
        ReviewCard.objects.create(
            learner=learner, question=question, due=now + dt.timedelta(days=number % 7), state=2
        )
    client.force_login(learner)
    with django_assert_max_num_queries(16):
        assert client.get(URL).status_code == 200
