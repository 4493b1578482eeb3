"""What the sentences before a sentence named, so that "he", "it" or "the treaty" can be
written out in a question that has to stand on its own.

The engine carries one ``Discourse`` through the document, advancing it once per
sentence (``after``), so the record costs one pass over the document. Resolution is
deliberately timid: one candidate or nothing. A wrong name in a question is worse than
no question.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from quizzes.generation import event_nouns, groups, mentions, syntax, unnamed_events
from quizzes.generation.mentions import PEOPLE_AND_NUMBERS, THING_LABELS

PERSON_PRONOUNS = {"he", "she"}
THING_PRONOUNS = {"it"}
# Subjects that mention someone without naming them: after "The emperor refused." a
# "he" could be the emperor or the person named before.
UNNAMED_PEOPLE_PRONOUNS = {"they", "we", "i", "you"}
# Filed under its head for a thing the paragraph brought in without a name ("a new canal"):
# a later "the canal" may mean it, so no name is written in.
UNNAMED = "?"
# Nouns that need their "of X": "full control" of what, "the transfer" of what.
RELATIONAL_NOUNS = {"control", "handover", "transfer", "sovereignty", "ownership", "custody"}
COMPLEMENT_LINKS = {"of", "over"}


@dataclass(frozen=True)
class Discourse:
    """The names the preceding sentences gave, most recent last."""

    title: str = ""
    # The document's own title: "Panama Canal" is what its "the canal" means by default.
    document_title: str = ""
    # Full names of the people the latest sentence of the paragraph that mentioned people
    # named; None when it mentioned someone without a name ("the emperor", "they").
    people: tuple[str, ...] | None = ()
    # Family name -> full name, for a person the paragraph names in full and then short.
    full_names: dict = field(default_factory=dict)
    # Head noun -> the distinct names with that head, in the paragraph and the document.
    block_things: dict = field(default_factory=dict)
    document_things: dict = field(default_factory=dict)
    # The previous sentence's subject when it was a named thing: what "it" continues.
    subject_thing: str | None = None
    # Names (lower-cased) the tagger seems to have cut short ("the International Committee
    # for Relief | to the Wounded"): they count as candidates but are never written in.
    doubtful: frozenset = frozenset()
    # Relational noun -> what the section said it is of: "control of the canal".
    complements: dict = field(default_factory=dict)
    # A class of bodies -> how the document named it: "national societies" -> "national
    # Red Cross societies".
    classes: dict = field(default_factory=dict)
    # What the previous sentence of the paragraph told as done: "the signing" after it.
    previous_events: tuple = ()
    # Groups whose members the text listed (``groups``), in the section and the document,
    # and the plural named thing the previous sentence was about: what "their" means.
    section_groups: tuple = ()
    document_groups: tuple = ()
    subject_group: str | None = None

    def next_section(self, title: str) -> Discourse:
        """A new section: full names and named things carry over ("Dunant" is still Henry
        Dunant, "the canal" still the one canal the document named)."""
        return Discourse(
            title=title,
            document_title=self.document_title,
            full_names=self.full_names,
            document_things=self.document_things,
            doubtful=self.doubtful,
            classes=self.classes,
            document_groups=self.document_groups,
        )

    def next_block(self) -> Discourse:
        """A new paragraph: people and "it" start afresh; named things stay in reach."""
        return Discourse(
            title=self.title,
            document_title=self.document_title,
            full_names=self.full_names,
            document_things=self.document_things,
            doubtful=self.doubtful,
            complements=self.complements,
            classes=self.classes,
            section_groups=self.section_groups,
            document_groups=self.document_groups,
        )

    def after(self, sent) -> Discourse:
        """The record once ``sent`` has been read."""
        people, full_names = self._people_after(sent)
        block_things, document_things = self.block_things, self.document_things
        doubtful, classes = self.doubtful, self.classes
        for words, name in unnamed_events.named_classes(sent):
            classes = _with_name(classes, words, name)
        for head in mentions.introduced_kinds(sent):
            block_things = _with_name(block_things, head, UNNAMED)
        for word, phrase in groups.described_plurals(sent):  # "the Hansa towns"
            block_things = _with_name(block_things, word, phrase or UNNAMED)
        listed = tuple(groups.defined_groups(sent))
        for head, name, sound in mentions.named_things(sent):
            block_things = _with_name(block_things, head, name)
            document_things = _with_name(document_things, head, name)
            if not sound:
                doubtful = doubtful | {name.lower()}
        return replace(
            self,
            people=people,
            full_names=full_names,
            block_things=block_things,
            document_things=document_things,
            subject_thing=self._subject_thing_after(sent),
            doubtful=doubtful,
            complements=self._complements_after(sent),
            classes=classes,
            previous_events=event_nouns.events_of(sent, full_names),
            section_groups=groups.recounted(self.section_groups, sent) + listed,
            document_groups=self.document_groups + listed,
            subject_group=groups.plural_subject(sent, syntax.subject_of(sent.root)),
        )

    def _complements_after(self, sent) -> dict:
        complements = self.complements
        for noun in sent:
            if noun.lemma_.lower() not in RELATIONAL_NOUNS or noun.pos_ != "NOUN":
                continue
            of = next((c for c in noun.children if c.lower_ in COMPLEMENT_LINKS), None)
            thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if thing is not None:  # an unnamed "control of the islands" blocks the rest
                name = self._name_of(thing) or "?"
                complements = _with_name(complements, noun.lemma_.lower(), name)
        return complements

    def _name_of(self, noun) -> str | None:
        """The name of the thing a noun of the sentence stands for, as the record knows it."""
        ent = _entity_of(noun)
        if ent is not None:
            return mentions.written_name(ent) if ent.label_ in THING_LABELS else None
        lefts = list(noun.lefts)
        if noun.tag_ == "NN" and [t.lower_ for t in lefts] == ["the"]:
            return self.thing(noun.lemma_.lower())
        return None

    def class_name(self, words: str) -> str | None:
        """The one way the document named a class of bodies ("national societies")."""
        names = self.classes.get(words, ())
        return names[0] if len(names) == 1 else None

    def complement(self, relational: str) -> str | None:
        """The one thing the section said "control" or "the transfer" was of, or None."""
        names = self.complements.get(relational, ())
        return names[0] if len(names) == 1 and names[0] != "?" else None

    def _people_after(self, sent) -> tuple[tuple[str, ...] | None, dict]:
        full_names = self.full_names
        for ent in sent.ents:
            words = ent.text.split()
            if ent.label_ == "PERSON" and len(words) >= 2:
                full_names = {**full_names, words[-1]: ent.text}
        named = people_named(sent, full_names, before=sent.end)
        subject = syntax.subject_of(sent.root)
        if named and subject is not None and subject.lower_ in PERSON_PRONOUNS and self.people:
            # "He shared the prize with X.": the next "he" may be either of them.
            named = list(dict.fromkeys([*self.people, *named]))
        if named:
            return tuple(named), full_names
        if subject is not None and _unnamed_person(subject):
            return None, full_names
        return self.people, full_names

    def _subject_thing_after(self, sent) -> str | None:
        subject = syntax.subject_of(sent.root)
        if subject is None:
            return None
        if subject.lower_ in THING_PRONOUNS:
            return self.subject_thing  # "It opened in 1914. It is 82 km long."
        ent = _entity_of(subject)
        if ent is None or ent.label_ not in THING_LABELS or subject.tag_ != "NNP":
            return None
        if _rival_things(sent, subject):
            return None  # "The war tested the committee. It ...": the war or the committee?
        return mentions.written_name(ent)

    def plural_thing(self, word: str) -> str | None:
        """The one named plural thing the paragraph gave for "the <word>" ("the islands" ->
        "the Kel Islands"), or None."""
        names = self.block_things.get(word, ())
        if len(names) != 1 or names[0].lower() in self.doubtful | {UNNAMED}:
            return None
        return names[0] if names[0].split()[-1].lower() == word else None

    def person(self) -> str | None:
        """The one person "he" or "she" can mean here, or None."""
        if not self.people or len(self.people) != 1:
            return None
        name = self.people[0]
        return name if len(name.split()) >= 2 else None

    def names_any(self, head: str) -> bool:
        """Whether the document so far, or a title, named anything "the <head>" could mean."""
        return bool(
            set(self.block_things.get(head, ())) - {UNNAMED}
            or self.document_things.get(head)
            or mentions.title_name(self.title, head)
            or mentions.title_name(self.document_title, head)
        )

    def thing(self, head: str) -> str | None:
        """The one named thing "the <head>" can mean here, or None.

        A document titled "Panama Canal" is about that canal: its "the canal" means it
        wherever the paragraph names no other canal and the section's title no other, even
        after the document mentioned other canals in passing."""
        titled = mentions.title_name(self.document_title, head)
        if titled is not None:
            section = mentions.title_name(self.title, head)
            named = [*self.block_things.get(head, ()), *([section] if section else [])]
            return titled if all(mentions.same_name(n, titled) for n in named) else None
        for names in (self.block_things.get(head, ()), self.document_things.get(head, ())):
            if len(names) == 1:
                return None if names[0].lower() in self.doubtful | {UNNAMED} else names[0]
            if names:
                return None  # two treaties named: which one?
        return mentions.title_name(self.title, head)


EMPTY = Discourse()


def people_named(sent, full_names: dict, *, before: int) -> list[str]:
    """The distinct people the sentence names before token ``before``, in full where the
    text gave the full name: the tagger's people, and family names it left untagged
    ("Back in Geneva, Dunant could not forget ...")."""
    named: list[str] = []
    for ent in sent.ents:
        if ent.label_ == "PERSON" and ent.end <= before:
            named.append(full_names.get(ent.text, ent.text))
    for token in sent:
        if token.i < before and not token.ent_type_ and token.text in full_names:
            named.append(full_names[token.text])
    return list(dict.fromkeys(named))


def _with_name(things: dict, head: str, name: str) -> dict:
    names = things.get(head, ())
    if name.lower() in (n.lower() for n in names):
        return things
    return {**things, head: (*names, name)}


def _rival_things(sent, subject) -> bool:
    """Whether the sentence mentions another single thing a following "it" could mean.

    Nouns inside a relative or participle clause ("X is a waterway that crosses the
    isthmus") describe; an "it" after them goes on about the subject. An object of the main
    verb competes with it ("The war tested the committee."), and so does a complement of
    what the subject is said to be ("Lake Orm is the source of the Selva River. It ...").
    """
    own = {t.i for t in subject.subtree} | _described(sent)
    return any(
        t.i not in own
        and t.tag_ in {"NN", "NNP"}
        and t.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "dative"}
        and t.ent_type_ not in PEOPLE_AND_NUMBERS
        for t in sent
    )


def _described(sent) -> set[int]:
    """The tokens of the sentence's relative and participle clauses ("a waterway that
    crosses the isthmus", "a grant known as ..."): words that describe, not bring in."""
    clauses = [t for t in sent if t.dep_ in {"relcl", "acl"}]
    return {t.i for clause in clauses for t in clause.subtree}


def _unnamed_person(subject) -> bool:
    from quizzes.generation.references import ROLE_NOUNS  # role words live there

    if subject.lower_ in UNNAMED_PEOPLE_PRONOUNS:
        return True
    # "The emperor refused.": a "he" after it may mean him; "Soldiers died." leaves "he" alone.
    return subject.tag_ == "NN" and subject.lemma_.lower() in ROLE_NOUNS


def _entity_of(token):
    return next((ent for ent in token.sent.ents if ent.start <= token.i < ent.end), None)
