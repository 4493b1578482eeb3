"""Groups the text lists by name, so that "the five countries", "all four", "the islands'
residents" or "their combined area" can be written out.

A group is defined where the text gives its members: "The Lake Provinces consist of Arlen,
Bosk and Corvin" (a named group), or "Three Baltic ports handle the trade: Kiel, Rostock
and Lübeck" (a counted group). Afterwards

- "the three ports", "all three" mean the one group of three, and are written as its name
  or as its members ("Kiel, Rostock and Lübeck");
- "the provinces" means the one named group of the section whose members are of that kind
  (places for "provinces", people for "men");
- "their" after a sentence about the named group means the group.

Works on spaCy tokens; general English only. Resolution is timid: one group or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lemminflect import getLemma

from quizzes.generation.mentions import THING_LABELS, written_name
from quizzes.language.lexicon import ONES

# Verbs that list all the members of what they are said of.
CONSISTING = {"consist", "consists", "consisted", "comprise", "comprises", "comprised"}
# Kinds of place a group of named places may be called by.
PLACE_NOUNS = {
    "country", "state", "nation", "island", "territory", "region", "province", "city",
    "town", "village", "republic", "kingdom", "district", "county", "port", "land",
}  # fmt: skip
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PEOPLE_NOUNS = {"man", "woman", "person", "people", "member", "founder", "leader"}
# Words after a list that say it gives only some: "among others", "etc.", "and so on".
OPEN_ENDED = {"among", "etc", "etc.", "so", "amongst", "including", "for"}
NUMBER_WORDS = {word: value for value, word in enumerate(ONES)}


@dataclass(frozen=True)
class Group:
    """A set of named members: "the Lake Provinces" (Arlen, Bosk, Corvin)."""

    members: tuple[str, ...]
    name: str | None  # "the Lake Provinces"; None for "three Baltic ports: ..."
    noun: str | None  # what the text counted them as: "port"
    labels: frozenset  # the members' entity labels
    heads: frozenset  # the members' own head words, lower-cased lemmas ("island")

    # A group known only by a fuller phrase ("the five Baltic ports") has no members.
    size: int = 0
    # Whether the text has since counted something else with its number ("three prizes"):
    # a bare "all three" may then mean either.
    shared_count: bool = False

    @property
    def count(self) -> int:
        return len(self.members) or self.size

    def written(self) -> str:
        """Its name, or its members: "Kiel, Rostock and Lübeck"."""
        if self.name or not self.members:
            return self.name or ""
        return ", ".join(self.members[:-1]) + " and " + self.members[-1]

    def of_kind(self, noun: str) -> bool:
        """Whether "the <noun>s" can mean these members."""
        named_as = getLemma(self.name.split()[-1].lower(), upos="NOUN") if self.name else ()
        if noun == self.noun or noun in self.heads or noun in named_as:
            return True  # "the provinces" are the Lake Provinces
        if self.labels and self.labels <= PLACE_LABELS:
            return noun in PLACE_NOUNS
        return self.labels == {"PERSON"} and noun in PEOPLE_NOUNS


def defined_groups(sent) -> list[Group]:
    """The groups whose members the sentence lists."""
    found = [g for g in (_consisting(t) for t in sent if t.lower_ in CONSISTING) if g]
    counted = _counted_list(sent)
    return [*found, *([counted] if counted else []), *_counted_phrases(sent)]


def named_subject_group(sent) -> str | None:
    """The name of a group the sentence is about: "The Lake Provinces consist of ..."."""
    groups = [g for g in defined_groups(sent) if g.name]
    return groups[0].name if len(groups) == 1 else None


def plural_subject(sent, subject) -> str | None:
    """The name of the plural named thing the sentence is about ("The Kel Islands lie ...")
    when no other plural in it could be what a following "their" means."""
    named = named_subject_group(sent)
    if named is not None:
        return named
    if subject is None or not _plural_name_word(subject):
        return None
    ent = next((e for e in sent.ents if e.start <= subject.i < e.end), None)
    if ent is None or ent.label_ not in THING_LABELS:
        return None
    own = {t.i for t in subject.subtree}
    if any(t.tag_ in {"NNS", "NNPS"} and t.i not in own for t in sent):
        return None  # "The Kel Islands were settled by fishermen. Their ...": which?
    return written_name(ent)


def described_plurals(sent) -> list[tuple[str, str | None]]:
    """(plural noun, the phrase when a name makes it one) for each plural the sentence
    brings in with words of its own: "the Hansa towns" names the towns a later "the towns"
    means; "all four northern islands" or "the islands of Kel and Orm" leave a later "the
    islands" unsure (None)."""
    found = []
    for noun in sent:
        words = [c for c in noun.lefts if c.dep_ != "det"]
        if noun.tag_ != "NNS" or noun.pos_ != "NOUN":
            continue
        if not (words or any(c.dep_ == "prep" for c in noun.rights)):
            continue
        named = words and all(c.dep_ == "compound" and c.pos_ == "PROPN" for c in words)
        the = [c for c in noun.lefts if c.dep_ == "det" and c.lower_ == "the"]
        phrase = noun.doc[words[0].i : noun.i + 1].text if named and the else None
        found.append((noun.lower_, f"the {phrase}" if phrase else None))
    return found


def recounted(groups: tuple, sent) -> tuple:
    """The groups, each marked when the sentence counts something not of its kind with its
    number: after "The league created three prizes.", "all three" is no longer sure."""
    counted = [
        (count_of(c), noun.lemma_.lower())
        for noun in sent
        if noun.pos_ == "NOUN"
        for c in noun.children
        if c.dep_ == "nummod" and count_of(c)
    ]
    return tuple(
        replace(g, shared_count=True)
        if any(n == g.count and not g.of_kind(kind) for n, kind in counted)
        else g
        for g in groups
    )


def count_of(token) -> int | None:
    """The number a word writes: "five" or "5" -> 5."""
    if token.text.isdigit():
        return int(token.text)
    return NUMBER_WORDS.get(token.lower_)


def the_one(groups, *, count: int | None = None, noun: str | None = None) -> Group | None:
    """The one group of that size and kind, or None. A group whose members the text
    listed goes before one it only called by a fuller phrase: both are the same five."""
    fitting = {
        g
        for g in groups
        if (count is None or g.count == count) and (noun is None or g.of_kind(noun))
    }
    listed = {g for g in fitting if g.members}
    chosen = listed or fitting
    return chosen.pop() if len(chosen) == 1 else None


def _consisting(verb) -> Group | None:
    """ "The Lake Provinces consist of Arlen, Bosk and Corvin": the name just before the
    verb (a plural proper name), the members after it."""
    doc = verb.doc
    start = verb.i
    while start > verb.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == verb.i or not _plural_name_word(doc[verb.i - 1]):
        return None
    if start > verb.sent.start and doc[start - 1].lower_ == "the":
        start -= 1
    after = doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if after is not None and after.lower_ == "of":
        after = doc[after.i + 1] if after.i + 1 < verb.sent.end else None
    members = _members(_list_head(after))
    name = doc[start : verb.i].text
    name = "the" + name[3:] if name.startswith("The ") else name
    return _group(members, name, None) if members else None


def _counted_list(sent) -> Group | None:
    """ "Three Baltic ports handle the trade: Kiel, Rostock and Lübeck": a counted noun
    before a colon, and after it as many names as it counts, to the sentence's end."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i + 1 >= sent.end:
        return None
    members = _members(_list_head(colon.doc[colon.i + 1]))
    if not members or max(t.i for m in members for t in m) + 2 < sent.end:
        return None  # the list does not run to the sentence's end
    counted = [
        t
        for t in sent
        if t.i < colon.i and t.pos_ == "NOUN" and t.tag_ == "NNS"
        for c in t.children
        if c.dep_ == "nummod" and count_of(c) == len(members)
    ]
    if len(counted) != 1:
        return None
    return _group(members, None, counted[0].lemma_.lower())


def _list_head(token):
    """The head word of the name a list starts with: "the Kel Islands" -> "Islands"."""
    while token is not None and token.dep_ in {"det", "compound"} and token.head.i > token.i:
        token = token.head
    return token


def _counted_phrases(sent) -> list[Group]:
    """ "the five Baltic ports": a count, a proper name and the plural noun, which a later
    "the five ports" may stand for."""
    found = []
    for noun in sent:
        if noun.tag_ != "NNS" or noun.pos_ != "NOUN":
            continue
        lefts = list(noun.lefts)
        numbers = [t for t in lefts if t.dep_ == "nummod" and count_of(t)]
        if len(numbers) != 1 or not lefts or lefts[0].lower_ != "the":
            continue
        between = noun.doc[numbers[0].i + 1 : noun.i]
        if between and between[0].pos_ == "PROPN" and all(t.dep_ == "compound" for t in between):
            phrase = "the " + noun.doc[numbers[0].i : noun.i + 1].text
            found.append(
                Group(
                    (), phrase, noun.lemma_.lower(), frozenset(), frozenset(), count_of(numbers[0])
                )
            )
    return found


def _members(first) -> list[list] | None:
    """The names of a list that starts at ``first``: each its tokens ("the Kel Islands")."""
    if first is None or first.pos_ != "PROPN":
        return None
    heads = sorted([first, *first.conjuncts], key=lambda t: t.i)
    if len(heads) < 2 or any(h.pos_ != "PROPN" for h in heads):
        return None
    if _open_ended(heads[-1]):
        return None  # "..., Fernandina and San Cristóbal, among others": not all of them
    return [_name_tokens(h) for h in heads]


def _open_ended(last) -> bool:
    """Whether words after a list's last name say it is not all: "among others", "etc."."""
    following = [t.lower_ for t in last.doc[last.i + 1 : min(last.i + 4, last.sent.end)]]
    following = [w for w in following if w not in {",", "and", "."}]
    return bool(following) and following[0] in OPEN_ENDED


def _name_tokens(head) -> list:
    """ "the Kel Islands", "Viet Nam": the head and the words of the name before it."""
    lefts = [t for c in head.lefts if c.dep_ in {"det", "compound", "amod"} for t in c.subtree]
    return sorted([*lefts, head], key=lambda t: t.i)


def _group(members: list[list], name: str | None, noun: str | None) -> Group:
    heads = [m[-1] for m in members]
    return Group(
        members=tuple(m[0].doc[m[0].i : m[-1].i + 1].text for m in members),
        name=name,
        noun=noun,
        labels=frozenset(h.ent_type_ for h in heads if h.ent_type_),
        heads=frozenset(_singular(h) for h in heads),
    )


def _plural_name_word(token) -> bool:
    """ "Territories", "Lines": the plural last word of a name, however the tagger tagged it."""
    if token.tag_ == "NNPS":
        return True
    word = token.lower_
    return token.tag_ == "NNP" and word.endswith("s") and word not in getLemma(word, upos="NOUN")


def _singular(token) -> str:
    word = token.lemma_.lower()
    return word[:-1] if token.tag_ == "NNPS" and word.endswith("s") else word
