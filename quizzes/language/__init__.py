"""General English shared by question generation, distractors and grading.

Plain Python, no Django and no spaCy: `lexicon` holds the word lists (months, honorifics,
number words, law words, pronouns, small words), `text` the Unicode, case and accent
folding, and `dates`, `numbers` and `names` the parsers built on them. One copy of each,
so what generation writes and what grading reads agree.
"""
