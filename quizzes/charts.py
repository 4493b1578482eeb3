"""Small inline SVG charts drawn on the server: daily accuracy and the review forecast.

Coordinates are those of the plot area; the template places it inside the margins that
hold the axes' labels. Each page shows the same data as a table too.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizzes.progress import Day, ForecastDay

WIDTH, HEIGHT, GAP, MIN_BAR = 600, 160, 2, 3
# Room around the plot area for the axes' labels and the legend.
MARGIN_LEFT, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_RIGHT = 44, 34, 28, 8
# A date under every week's first bar, so thirty days do not crowd the axis.
DATE_EVERY = 7


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: str = ""

    @property
    def center(self) -> float:
        return round(self.x + self.width / 2, 1)


@dataclass
class Tick:
    position: float
    label: str


@dataclass
class Chart:
    """A bar chart's plot area (``WIDTH`` x ``HEIGHT``) with its axes' ticks."""

    bars: list[Bar]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    width: int = WIDTH
    height: int = HEIGHT
    left: int = MARGIN_LEFT
    top: int = MARGIN_TOP

    @property
    def view_width(self) -> int:
        return self.left + self.width + MARGIN_RIGHT

    @property
    def view_height(self) -> int:
        return self.top + self.height + MARGIN_BOTTOM

    @property
    def baseline(self) -> int:
        return self.height


def _slot_width(count: int) -> float:
    return WIDTH / count


def accuracy_chart(days: list[Day]) -> list[Bar]:
    """One bar per day with answers, its height the share answered right."""
    if not days:
        return []
    width = _slot_width(len(days))
    bars = []
    for index, day in enumerate(days):
        if day.accuracy is None:
            continue
        # A day of only wrong answers still shows as a sliver, not as no activity.
        height = max(HEIGHT * day.accuracy / 100, MIN_BAR)
        bars.append(
            Bar(
                x=round(index * width + GAP / 2, 1),
                y=round(HEIGHT - height, 1),
                width=round(max(width - GAP, 1), 1),
                height=round(height, 1),
                label=f"{day.date:%d %b}: {day.accuracy}% of {day.answered}",
                value=str(day.accuracy),
            )
        )
    return bars


def _date_ticks(dates, *, every: int) -> list[Tick]:
    """A date under the first slot, every ``every``-th one after it, and the last."""
    dates = list(dates)
    width = _slot_width(len(dates))
    shown = set(range(0, len(dates), every)) | {len(dates) - 1}
    # The last date would overlap a shown date close before it.
    if len(dates) - 1 - max(shown - {len(dates) - 1}, default=-every) < every / 2:
        shown.discard(len(dates) - 1)
    return [
        Tick(round(index * width + width / 2, 1), f"{dates[index].day} {dates[index]:%b}")
        for index in sorted(shown)
    ]


def accuracy_figure(days: list[Day]) -> Chart | None:
    """The accuracy chart with a 0-100% axis and dates; None without any answers."""
    bars = accuracy_chart(days)
    if not bars:
        return None
    y_ticks = [
        Tick(round(HEIGHT * (1 - percent / 100), 1), f"{percent}%") for percent in (0, 50, 100)
    ]
    return Chart(
        bars=bars, x_ticks=_date_ticks([d.date for d in days], every=DATE_EVERY), y_ticks=y_ticks
    )


FORECAST_WIDTH, FORECAST_HEIGHT = 280, 100


def forecast_chart(days: list[ForecastDay]) -> Chart:
    """One bar per day, its height the cards due that day, scaled to the busiest day."""
    busiest = max((day.due for day in days), default=0) or 1
    width = FORECAST_WIDTH / len(days)
    bars = []
    for index, day in enumerate(days):
        height = FORECAST_HEIGHT * day.due / busiest
        bars.append(
            Bar(
                x=round(index * width + 4, 1),
                y=round(FORECAST_HEIGHT - height, 1),
                width=round(width - 8, 1),
                height=round(height, 1),
                label=f"{day.date:%a} {day.date.day} {day.date:%b}: {day.due} due",
                value=str(day.due),
            )
        )
    x_ticks = [
        Tick(round(index * width + width / 2, 1), "Today" if index == 0 else f"{day.date:%a}")
        for index, day in enumerate(days)
    ]
    return Chart(
        bars=bars,
        x_ticks=x_ticks,
        y_ticks=[],
        width=FORECAST_WIDTH,
        height=FORECAST_HEIGHT,
        left=4,
        top=16,
    )
