"""Grading free-text quiz answers: strict about facts, forgiving about form.

`grade_answer(given, answer, accepted_answers, known_entities=...)` returns a `Grade`
(`correct`, `credit`, `feedback`). The answer's type is inferred from the key:

* year / date: compared at the key's granularity ("Nov. 2007" = "November 2007" = "2007-11");
  a less precise answer is refused, a more precise one that agrees is accepted and said so;
  months must be words or ISO numbers (no "11/2007", which is ambiguous);
* number / ordinal: digits or words ("thirty-two" = 32, "2,000" = "two thousand",
  "32nd" = "thirty-second"); the value must be equal, never a typo away; a plain number is
  accepted for an ordinal key, an ordinal is refused for a count;
* acronym: exact letters only ("U.N." = "UN"; "FAFT" is not "FATF"); an acronym is never
  taken for its expansion or back, since a question often asks for one given the other;
* person: the full name, the family name alone, first name (or initial) and family name with
  or without middle names, any of these after titles ("Secretary Gates"); East Asian names
  with a hyphenated given name put the family name first ("Ban" for "Ban Ki-moon", not
  "Ki-moon"); order matters; the family name alone is refused if another known person has it;
* text: every significant word present, in any order; case, accents, punctuation, curly
  quotes, dashes and leading articles are ignored.

Words of 4-7 letters may have one typo, longer ones two (Damerau-Levenshtein); never words
with digits or acronyms, and never when the answer is (or is closer to) another known entity.
An answer accepted only thanks to a typo is correct with `TYPO_CREDIT` (0.9) instead of 1.0.

Grading costs time linear in the answer's length, and an answer longer than `LONGEST_ANSWER`
(2,000) characters, as given or once normalised, is refused without being read.
"""

from quizzes.grading.grader import TYPO_CREDIT, Grade, answer_kind, grade_answer

__all__ = ["TYPO_CREDIT", "Grade", "answer_kind", "grade_answer"]
