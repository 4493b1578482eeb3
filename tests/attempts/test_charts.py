import datetime as dt

from quizzes.charts import HEIGHT, MIN_BAR, accuracy_chart
from quizzes.progress import Day


def test_one_bar_per_active_day_scaled_to_accuracy():
    start = dt.date(2026, 11, 1)
    days = [
        Day(start, answered=4, correct=4),
        Day(start + dt.timedelta(days=1), answered=0, correct=0),
        Day(start + dt.timedelta(days=2), answered=4, correct=1),
    ]
    full, quarter = accuracy_chart(days)
    assert full.height == HEIGHT
    assert quarter.height == HEIGHT / 4
    assert quarter.x > full.x
    assert quarter.label == "03 Nov: 25% of 4"


def test_a_day_of_only_wrong_answers_still_shows():
    [bar] = accuracy_chart([Day(dt.date(2026, 11, 1), answered=3, correct=0)])
    assert bar.height == MIN_BAR
