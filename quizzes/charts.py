"""A small inline SVG bar chart of daily accuracy; the page shows the same data as a table."""

from __future__ import annotations

from dataclasses import dataclass

from quizzes.progress import Day

WIDTH, HEIGHT, GAP, MIN_BAR = 600, 160, 2, 3


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str


def accuracy_chart(days: list[Day]) -> list[Bar]:
    """One bar per day with answers, its height the share answered right."""
    if not days:
        return []
    width = WIDTH / len(days)
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
            )
        )
    return bars
