"""Names of things that are not people or places: titled works, laws, plans, bodies.

"the Lisbon Strategy", "the Treaty of Rome", "the International Committee of the Red
Cross": a capitalised phrase whose head is a general English noun saying what kind of thing
it names ("strategy", "treaty", "committee"), or a name spaCy tags as a work, a law or an
event. Works on spaCy tokens; the lexicon holds general English only.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizzes.generation import syntax
from quizzes.generation.question import AnswerType
from quizzes.language.lexicon import ARTICLES, NAME_LINK_WORDS

# Kinds of named things, by the head noun a name ends in (or starts with: "Treaty of ...").
LAW_HEADS = {
    "act",
    "accord",
    "agreement",
    "bill",
    "charter",
    "code",
    "constitution",
    "convention",
    "covenant",
    "declaration",
    "law",
    "pact",
    "protocol",
    "resolution",
    "statement",
    "statute",
    "treaty",
}
ORGANIZATION_HEADS = {
    "agency",
    "alliance",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "federation",
    "foundation",
    "fund",
    "institute",
    "league",
    "mission",
    "office",
    "organisation",
    "organization",
    "party",
    "society",
    "union",
}
EVENT_HEADS = {"conference", "congress", "summit", "forum", "games", "festival", "exhibition"}
TERM_HEADS = {
    "manifesto",
    "novel",
    "opera",
    "symphony",
    "theorem",
    "theory",
    "agenda",
    "award",
    "doctrine",
    "framework",
    "initiative",
    "medal",
    "plan",
    "policy",
    "prize",
    "programme",
    "program",
    "project",
    "report",
    "roadmap",
    "scheme",
    "strategy",
    "vision",
}
HEAD_TYPES = (
    dict.fromkeys(LAW_HEADS, AnswerType.LAW)
    | dict.fromkeys(ORGANIZATION_HEADS, AnswerType.ORGANIZATION)
    | dict.fromkeys(EVENT_HEADS, AnswerType.EVENT)
    | dict.fromkeys(TERM_HEADS, AnswerType.TERM)
)
# Entities that are named things of these kinds even when their head is a proper name
# ("Silent Spring", "Magna Carta"): asked "What did X publish?".
TITLE_LABELS = {"WORK_OF_ART", "LAW", "EVENT"}
TITLE_TYPES = {"WORK_OF_ART": AnswerType.TERM, "LAW": AnswerType.LAW, "EVENT": AnswerType.EVENT}
# Common nouns for a titled work: "a book titled ...", "the report entitled ...".
WORK_NOUNS = {
    "book",
    "novel",
    "poem",
    "play",
    "essay",
    "paper",
    "article",
    "report",
    "study",
    "treatise",
    "pamphlet",
    "memoir",
    "film",
    "album",
    "song",
    "opera",
    "painting",
    "symphony",
    "volume",
    "work",
}
TITLING_VERBS = {"title", "entitle", "call", "name"}
SMALL_WORDS = NAME_LINK_WORDS | {"a", "an", "at"}
# Particles inside names from other languages: "Autoridad del Canal de Panamá".
SMALL_WORDS |= {"de", "del", "della", "des", "di", "da", "du", "la", "le", "van", "von", "der"}


@dataclass(frozen=True)
class NamedThing:
    tokens: list  # the name's words, without a leading article
    kind: str  # the general noun for what it is ("strategy"), or "" for a bare title
    answer_type: AnswerType

    @property
    def text(self) -> str:
        return syntax.render(self.tokens).strip('"“”')

    def accepted(self) -> list[str]:
        """The name with "the", without a leading "first", and the acronym the text gives in
        brackets after it."""
        first = self.tokens[0]
        written_with_the = first.i > 0 and first.doc[first.i - 1].lower_ == "the"
        found = [f"the {self.text}"] if written_with_the else []
        if first.ent_type_ == "ORDINAL" and first.text.islower() and len(self.tokens) > 2:
            found.append(syntax.render(self.tokens[1:]))  # "Nobel Peace Prize" for the first
        doc, end = first.doc, self.tokens[-1].i
        bracket = doc[end + 1 : end + 4]
        bracketed = len(bracket) == 3 and bracket[0].text == "(" and bracket[2].text == ")"
        if bracketed and _is_acronym(bracket[1]):
            found.append(bracket[1].text)
        return found


def named_thing(token) -> NamedThing | None:
    """The name a noun heads when it is a named thing, not a person or a place."""
    if token.ent_type_ in {"PERSON", "GPE", "LOC", "NORP", "DATE", "CARDINAL", "MONEY"}:
        return None
    if any(
        c.dep_ == "conj" and (c.pos_ == "PROPN" or c.lemma_ == token.lemma_) for c in token.children
    ):
        return None  # "the Tokyo Declaration and the Action Plan": which one?
    tokens = _name_tokens(token)
    if tokens is None:
        return None
    head_word = token.lower_ if token.lower_ in HEAD_TYPES else token.lemma_.lower()
    if head_word in HEAD_TYPES:
        if not token.text[:1].isupper() or not _named_beyond_head(tokens, token):
            return None  # "the Convention": a reference back, not a name
        return NamedThing(tokens, token.lower_, HEAD_TYPES[head_word])
    if token.ent_type_ in TITLE_LABELS and token.text[:1].isupper():
        return NamedThing(tokens, "", TITLE_TYPES[token.ent_type_])
    return None


def _name_tokens(token) -> list | None:
    """The name's words: the unbroken title-case stretch around its head, without its
    article or an acronym in brackets. The parser often hangs a long name's tail on the
    verb ("signed the Convention for ... in Armies in the Field"), so the words are read
    left to right, not from the tree."""
    doc = token.doc
    inside = {t.i for t in token.subtree}
    start = token.i
    while start - 1 in inside and _name_word(doc[start - 1]) and doc[start - 1].dep_ != "det":
        start -= 1
    end = token.i
    sent_end = token.sent.end
    while end + 1 < sent_end and _continues_name(doc, end + 1):
        end += 1
    tokens = [t for t in doc[start : end + 1] if t.text not in QUOTES]
    while tokens and (tokens[-1].lower_ in SMALL_WORDS or tokens[-1].is_punct):
        tokens.pop()
    while tokens and (tokens[0].lower_ in SMALL_WORDS or tokens[0].is_punct):
        tokens.pop(0)
    return tokens if len(tokens) >= 2 else None


def _continues_name(doc, i: int) -> bool:
    """Whether the word at ``i`` still belongs to the name before it: a name word, "the"
    before a capital, or a preposition that does not open a place or a date ("in Rome",
    "in 1998" say where and when, not what)."""
    word = doc[i]
    following = doc[i + 1] if i + 1 < len(doc) else None
    if word.lower_ == "the":
        return following is not None and following.text[:1].isupper()
    opens_adjunct = following is None or following.ent_type_ in OUTSIDE_NAME or following.like_num
    if word.pos_ == "ADP" and word.lower_ not in {"of", "for", "on"} and opens_adjunct:
        return False
    return _name_word(word) or _listed(doc, i)


# Entities after a preposition that place or date the clause instead of naming the thing.
OUTSIDE_NAME = {"GPE", "LOC", "FAC", "DATE", "TIME", "PERSON", "NORP", "CARDINAL"}


def name_before(token) -> list | None:
    """The title-case name ending at ``token`` ("the Treaty of Commerce, Navigation and
    Delimitation"), with its "the"; None when a lowercase word or nothing precedes."""
    doc = token.doc
    if token.text == ")":  # skip an acronym in brackets: "... de Panamá (ACP),"
        opening = next((t for t in reversed(doc[: token.i]) if t.text == "("), None)
        if opening is None or opening.i < 1:
            return None
        token = doc[opening.i - 1]
    if not _name_word(token) or token.lower_ in SMALL_WORDS:
        return None
    start = token.i
    sent_start = token.sent.start
    while start - 1 >= sent_start and (_name_word(doc[start - 1]) or _listed(doc, start - 1)):
        start -= 1
    while doc[start].lower_ in SMALL_WORDS - {"the"} or doc[start].is_punct:
        start += 1
    if start > sent_start and doc[start - 1].lower_ == "the":
        start -= 1
    tokens = list(doc[start : token.i + 1])
    return tokens if any(t.text[:1].isupper() for t in tokens) else None


QUOTES = {'"', "“", "”", "*"}


def _name_word(token) -> bool:
    """A word that may stand inside a name: capitalised, a number, a hyphen, a small word."""
    if token.text in QUOTES or token.text in {"-", "'s"}:
        return True
    if token.lower_ in SMALL_WORDS - ARTICLES or token.like_num:
        return True
    return token.is_alpha and token.text[:1].isupper() and token.i != token.sent.start


def _listed(doc, i: int) -> bool:
    """A comma inside a listed name: "Commerce, Navigation and Delimitation"."""
    following = doc[i + 1] if i + 1 < len(doc) else None
    return (
        doc[i].text == ","
        and following is not None
        and following.text[:1].isupper()
        and following.dep_ == "conj"
    )


def _named_beyond_head(tokens: list, head) -> bool:
    """Something besides the kind word names it: "Lisbon Strategy", "Treaty of Rome"."""
    return any(
        t.i != head.i and (t.pos_ == "PROPN" or t.like_num) and t.lower_ not in HEAD_TYPES
        for t in tokens
    )


def _is_acronym(token) -> bool:
    core = token.text[:-1] if token.text.endswith("s") else token.text
    return 2 <= len(core) <= 8 and core.isalpha() and core.isupper()


def titled_work(noun):
    """ "a book titled Silent Spring" -> (the title's tokens, "book"), or None."""
    if noun.lemma_.lower() not in WORK_NOUNS or noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ != "acl" or child.lemma_.lower() not in TITLING_VERBS or child.tag_ != "VBN":
            continue
        title = next((c for c in child.children if c.dep_ in {"oprd", "dobj", "attr"}), None)
        if title is None:
            continue
        tokens = [t for t in title.subtree if t.text not in {'"', "“", "”", "*", ","}]
        unbroken = bool(tokens) and tokens[-1].i - tokens[0].i + 1 == len(tokens)
        if unbroken and all(_title_word(t) for t in tokens if t.is_alpha):
            return tokens, noun.lemma_.lower(), child
    return None


def _title_word(token) -> bool:
    return token.text[:1].isupper() or token.lower_ in SMALL_WORDS
