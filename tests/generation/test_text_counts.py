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


def test_a_phrase_is_found_only_as_whole_words():
    text = "Lake Ross froze. Rosslyn grew; the Ross-Smith map showed Lake Ross again."

    starts = text_counts.phrase_starts("Lake Ross", text)

    assert [text[s : s + 9] for s in starts] == ["Lake Ross", "Lake Ross"]
    assert text_counts.phrase_starts("Ross", "Rosslyn and Crossley") == []
