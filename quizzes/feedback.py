"""What the quiz player says after an answer, beyond "Right." or "Not right.".

The grader's messages open with a verdict of their own ("Correct — watch the spelling",
"Not quite: the answer is 1989"); the page states the verdict and shows the key already,
so only what the message adds is kept ("Watch the spelling: Masahiko Koumura.").
"""

import re

from django.utils.html import format_html
from django.utils.safestring import SafeString

from quizzes.generation.question import BLANK, Kind
from quizzes.models import AttemptItem
from quizzes.models.attempts import Presentation

VERDICT_OPENINGS = ("Correct — ", "Correct: ", "Correct.", "Not quite: ")


def explanation(item: AttemptItem) -> str:
    """What the feedback adds to the verdict and the key; "" when it adds nothing."""
    if item.presentation == Presentation.TRUE_FALSE:
        return truth_sentence(item)
    text = item.feedback.strip()
    for opening in VERDICT_OPENINGS:
        if text.startswith(opening):
            text = text.removeprefix(opening).strip()
            break
    key = re.escape(item.shown_answer.strip().rstrip("."))
    text = re.sub(rf"(?:^|[:;,]\s*)the answer is {key}\.?$", "", text, flags=re.IGNORECASE)
    if not text:
        return ""
    if not text.endswith((".", "!", "?")):
        text += "."
    return text[0].upper() + text[1:]


def truth_sentence(item: AttemptItem) -> str:
    """Whether the true-or-false statement was true and, when it was not, what the text
    says instead: "The statement was false: Robert Gates, not Yoshiro Mori."."""
    if item.statement_is_true:
        return "The statement was true."
    if item.question.kind == Kind.TRUE_FALSE:
        # Written by an instructor as a whole sentence: there is no swapped name to show.
        return "The statement was false."
    key = item.shown_answer
    swapped = _swapped_words(item.statement, item.shown_prompt.replace(BLANK, key, 1))
    if swapped:
        return f"The statement was false: {key}, not {swapped}."
    return f"The statement was false: the text says {key}."


def _swapped_words(false_statement: str, true_statement: str) -> str:
    """The words of the false statement that stand where the true one has the key."""
    wrong, right = false_statement.split(), true_statement.split()
    start = 0
    while start < min(len(wrong), len(right)) and wrong[start] == right[start]:
        start += 1
    end = 0
    limit = min(len(wrong), len(right)) - start
    while end < limit and wrong[-1 - end] == right[-1 - end]:
        end += 1
    return " ".join(wrong[start : len(wrong) - end])


def marked_source(item: AttemptItem) -> SafeString | str:
    """The source sentence, escaped, with the answer marked in it (the whole sentence
    when the answer is not a stretch of it, as for "true" or "false")."""
    question = item.question
    block = question.block
    if block is None or question.source_start is None:
        return ""
    sentence = block.text[question.source_start : question.source_end]
    key = item.shown_answer.strip()
    found = sentence.lower().find(key.lower()) if key and question.kind != Kind.TRUE_FALSE else -1
    if found < 0:
        return format_html("<mark>{}</mark>", sentence)
    end = found + len(key)
    return format_html("{}<mark>{}</mark>{}", sentence[:found], sentence[found:end], sentence[end:])
