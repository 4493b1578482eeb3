"""Counting a term in a whole document once, however many sentences ask for it."""

import re

from quizzes.generation import text_counts


def test_count_matches_agrees_with_a_fresh_scan():
    text = "The Andean Pact met. The andean pact split. Andean Pacts differ."
    pattern = r"\bAndean Pact\b"
    expected = len(re.findall(pattern, text, flags=re.IGNORECASE))
    assert text_counts.count_matches(pattern, text, flags=re.IGNORECASE) == expected == 2
    assert text_counts.count_matches(pattern, text) == 1  # case matters without the flag


def test_a_repeated_count_does_not_scan_the_text_again(monkeypatch):
    text = "Glaciers carve valleys. Glaciers move slowly. " * 50
    pattern = r"\bGlaciers\b"
    first = text_counts.count_matches(pattern, text)
    scans = []
    monkeypatch.setattr(text_counts.re, "findall", lambda *a, **k: scans.append(a) or [])
    assert text_counts.count_matches(pattern, text) == first == 100
    assert scans == []
