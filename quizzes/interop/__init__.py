"""Question banks in other tools' formats: Moodle's GIFT, Moodle XML and Aiken, CSV and
Anki decks. Plain Python, no Django: each module turns ``ExchangedQuestion`` records into
a file and, for the formats that come back in, a file into records and a list of the
questions it holds that this app cannot represent (``Skipped``).
"""

from quizzes.interop.record import ExchangedQuestion, FormatError, ParseResult, Skipped

__all__ = ["ExchangedQuestion", "FormatError", "ParseResult", "Skipped"]
