"""'Official Development Assistance (ODA)' -> 'What does ODA stand for?'

Every acronym the text defines (its long form written just before it in brackets) is
asked, unless the document itself spells the long form out; how high it ranks is
``acronym_worth``'s judgement: an acronym the document leans on first, one it defines
once lower, one every reader knows ("UN") last.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from quizzes.generation import acronym_worth
from quizzes.generation.distractors.countries import country_of
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.other_names import plain_name
from quizzes.generation.question import AnswerType, GeneratedQuestion, Kind
from quizzes.language.lexicon import NAME_LINK_WORDS

KIND = Kind.ACRONYM

ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]{1,9}$")
STAND_FOR = re.compile(r"What does (?P<acronym>\S+) stand for\?")
# Small words an acronym usually skips, in English and in the languages names most often
# come from ("Autoridad del Canal de Panamá (ACP)").
MINOR_WORDS = NAME_LINK_WORDS | {
    "at",
    "&",
    "-",
    "de",
    "del",
    "des",
    "du",
    "la",
    "le",
    "les",
    "der",
    "die",
    "das",
    "von",
    "y",
    "et",
}


def expansion_for(acronym: str, words: list[str]) -> list[str] | None:
    """The shortest run of words ending before the bracket whose letters spell the acronym.

    Words whose initials spell the acronym come first ("Financial Action Task Force (FATF)");
    else letters are matched from the end, each inside a word, and the acronym's first letter
    must start the first word, so "UN peacekeeping operations (PKO)" gives
    "peacekeeping operations".
    Failing that, a proper name whose first words' initials spell the acronym ("International
    Federation of Red Cross and Red Crescent Societies (IFRC)"), or whose words' beginnings
    make a clipped form ("California Institute of Technology (Caltech)").
    """
    letters = [c.lower() for c in acronym if c.isalpha()]
    if len(letters) < 2:
        return None
    candidates = [
        words[-size:]
        for size in range(1, min(len(words), 2 * len(letters) + 4) + 1)
        if _may_start(words[-size], letters)
    ]
    shortest_first = sorted(candidates, key=len)
    for candidate in shortest_first:
        if _initials_spell(letters, candidate):
            return candidate
    for candidate in shortest_first:
        if len(candidate) > len(letters) + 4:
            break
        if _spells(letters, candidate) and _content_words_used(letters, candidate):
            return candidate
    for candidate in shortest_first:
        if _initials_lead(letters, candidate) or _clipped(acronym, candidate):
            return candidate
    return None


def _may_start(word: str, letters: list[str]) -> bool:
    return word.lower() not in MINOR_WORDS and word[:1].isalpha() and word[0].lower() == letters[0]


def _spells(letters: list[str], words: list[str]) -> bool:
    """First letter starts the phrase; the others appear in order after it."""
    text = " ".join(words).lower()
    if not text.startswith(letters[0]):
        return False
    position = len(text)
    for letter in reversed(letters[1:]):
        position = text.rfind(letter, 1, position)
        if position < 1:
            return False
    return True


def _content_words(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in MINOR_WORDS]


def _content_words_used(letters: list[str], words: list[str]) -> bool:
    """Every content word must give at least one letter: no padding words in the expansion."""
    return len(_content_words(words)) <= len(letters)


def _is_proper_name(words: list[str]) -> bool:
    return all(w[:1].isupper() for w in _content_words(words))


def _initials_spell(letters: list[str], words: list[str]) -> bool:
    """Each content word gives the acronym its first letter ("Council for Economic
    Co-operation in Africa (CECA)"), a hyphenated word maybe one for each part."""
    content = _content_words(words)
    whole = [w[0].lower() for w in content]
    parts = [p[0].lower() for w in content for p in w.split("-") if p]
    return letters in (whole, parts)


def _initials_lead(letters: list[str], words: list[str]) -> bool:
    """A name whose acronym stops before its end: the initials of its first content words
    spell the acronym, and at most as many words again follow."""
    content = _content_words(words)
    if not _is_proper_name(words) or len(content) > 2 * len(letters):
        return False
    return [w[0].lower() for w in content[: len(letters)]] == letters


def _clipped(short: str, words: list[str]) -> bool:
    """ "Caltech": one capital, no English word, made of the first letters (two or more) of
    the name's first and last words and maybe words between."""
    content = _content_words(words)
    if (
        sum(c.isupper() for c in short) != 1
        or len(content) < 2
        or not _is_proper_name(words)
        or getAllLemmas(short.lower())
    ):
        return False
    return _made_of_beginnings(short.lower(), [w.lower() for w in content])


def _made_of_beginnings(rest: str, words: list[str]) -> bool:
    """``rest`` is a beginning of the first word followed by beginnings of later words,
    the last of them the last word; words in between may be skipped."""
    first, later = words[0], words[1:]
    for size in range(min(len(first), len(rest)), 1, -1):
        if rest[:size] != first[:size]:
            continue
        remainder = rest[size:]
        if not remainder and not later:
            return True
        if remainder and any(
            _made_of_beginnings(remainder, later[skip:]) for skip in range(len(later))
        ):
            return True
    return False


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    drafts = []
    tokens = list(site.sent)
    for index, token in enumerate(tokens):
        if token.text != "(" or index + 2 >= len(tokens) or tokens[index + 2].text != ")":
            continue
        acronym = tokens[index + 1].text
        if not ACRONYM.match(acronym):
            continue
        # Words as written, so "Children's" and "Co-operation" stay whole.
        before = site.sent.doc[site.sent.start : token.i].text
        words = [w.strip(",;:\"'") for w in before.split()]
        expansion = expansion_for(acronym, [w for w in words if w])
        if expansion is None:
            continue
        if sum(c.isupper() for c in acronym) < 2 and not _clipped(acronym, expansion):
            continue  # "(Paris)" is no acronym; "(Caltech)" is
        answer = " ".join(expansion)
        after = tokens[index + 3] if index + 3 < len(tokens) else None
        confidence = acronym_worth.worth(
            acronym,
            answer,
            _content_words(expansion),
            site,
            context,
            in_passing=acronym_worth.cited_in_passing(words, expansion, after),
        )
        if confidence is None:
            continue
        drafts.append(
            Draft(
                kind=Kind.ACRONYM,
                prompt=f"What does {acronym} stand for?",
                answer=answer,
                answer_type=AnswerType.TERM,
                rule="acronym",
                confidence=confidence,
                site=site,
                accepted=spelling_variants(answer),
            )
        )
    return drafts


def spelling_variants(long_form: str) -> list[str]:
    """Other ways to write the long form a learner may type: "Co-operation" as "Cooperation".

    A prefix joined by a hyphen ("co-", "re-", "non-") is often written without it; "and" and
    "&", and hyphens between whole words, the grader already treats as equal.
    """
    joined = re.sub(r"\b([A-Za-z]{2,3})-(?=[a-z])", r"\1", long_form)
    variants = [joined] if joined != long_form else []
    singular = _singular_phrase(long_form)
    spelled = _country_spelled_out(long_form)
    return variants + [v for v in (singular, spelled) if v]


def _country_spelled_out(long_form: str) -> str | None:
    """ "U.S. Geological Survey" -> "United States Geological Survey": a country written
    as an abbreviation inside the long form may be written in full."""
    words = long_form.split()
    for position, word in enumerate(words):
        country = country_of(word) if word.replace(".", "").isupper() and len(word) > 1 else None
        if country:
            name = re.sub(r"^the ", "", country)
            return " ".join([*words[:position], name, *words[position + 1 :]])
    return None


def _singular_phrase(long_form: str) -> str | None:
    """ "twenty-foot equivalent units" -> "... unit": a unit or a kind of thing in the
    plural is as right in the singular; a name ("United Nations") is not changed."""
    *rest, last = long_form.split()
    if not rest or not last.islower() or not last.endswith("s"):
        return None
    lemma = next(iter(getAllLemmas(last).get("NOUN", ())), None)
    return " ".join([*rest, lemma]) if lemma and lemma != last else None


def with_counterpart_keys(questions: list[GeneratedQuestion]) -> list[GeneratedQuestion]:
    """Accept an acronym for its long form and the long form for the acronym, in every
    question of the document except those asking what an acronym stands for."""
    pairs: dict[str, str] = {}
    for question in questions:
        asked = STAND_FOR.fullmatch(question.prompt)
        if question.kind == Kind.ACRONYM and asked:
            pairs[plain_name(asked["acronym"])] = question.answer
            pairs[plain_name(question.answer)] = asked["acronym"]
    for question in questions:
        counterpart = pairs.get(plain_name(question.answer))
        if question.kind == Kind.ACRONYM or counterpart is None:
            continue
        if counterpart not in question.accepted_answers:
            question.accepted_answers = [*question.accepted_answers, counterpart]
    return questions
