"""Reading a clause for a wh-question: which noun a participle describes, which parses
mix two clauses, and which coordinated phrases say something else; and repairs of common
misparses: a past tense tagged as a participle, a role and a name read as two subjects, a
subject taken for another clause's object, "it" standing for the first clause's subject.
Phrases set off by the verb's comma are asides a question leaves out."""

from __future__ import annotations

from lemminflect import getInflection

from quizzes.generation import inversion, syntax
from quizzes.language.lexicon import PHRASAL_VERBS


def coordinated_phrases(verb) -> set[int]:
    """ "signed ... by X and in force from 12 December 1956": the second phrase says
    something else about the noun, not how it was signed."""
    dropped = set()
    for child in verb.children:
        for part in child.children:
            if part.dep_ == "conj" and part.pos_ in {"ADP", "VERB"}:
                dropped.add(part.i)
            if part.dep_ == "cc" and any(
                c.dep_ == "conj" and c.pos_ in {"ADP", "VERB"} for c in child.children
            ):
                dropped.add(part.i)
    return dropped


def participle_noun(verb):
    """The noun a past participle describes: "the Committee held in May 2007", or, set off
    by a comma, "led to the Treaty of Saint Petersburg, signed on 7 May 1875" (which the
    parser hangs on the main verb)."""
    if verb.tag_ != "VBN" or syntax.subject_of(verb) is not None or inversion.auxiliaries(verb):
        return None
    if verb.dep_ == "acl":
        return verb.head
    # "..., usually called the Treaty of Kiel, signed on ...": a participle after a name
    # and a comma, whatever the parser hung it on.
    if verb.dep_ not in {"advcl", "conj"} or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    noun = verb.doc[verb.i - 2]
    # Up from "Petersburg" in "the Treaty of Saint Petersburg" to "Treaty".
    while noun.dep_ in {"compound", "pobj"} and noun.head.i != noun.i:
        if noun.dep_ == "compound":
            noun = noun.head
        elif noun.head.lower_ == "of" and noun.head.head.pos_ in {"NOUN", "PROPN"}:
            noun = noun.head.head
        else:
            break
    return noun if noun.pos_ == "PROPN" else None


def garbled(verb) -> bool:
    """A parse that joins two clauses into one, so the question would mix them.

    Two subjects ("Proposals ..., after Balboa crossed the isthmus in 1513": the date is
    Balboa's, not the proposals'); a subordinating word after the subject; two direct
    objects apart ("launched the Program in 2007, and the Meeting ..."): a run-on object.
    """
    subjects = [c for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS]
    if len(subjects) > 1 and role_and_name(verb) is None:
        return True
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if marks and (verb.dep_ == "ROOT" or any(s.i < m.i for s in subjects for m in marks)):
        return True
    strays = stray_subject_words(verb)
    objects = sorted(
        (c for c in verb.children if c.dep_ == "dobj" and c.i not in strays), key=lambda c: c.i
    )
    return any(
        later.left_edge.i > earlier.right_edge.i + 1
        for earlier, later in zip(objects, objects[1:], strict=False)
    )


def role_and_name(verb) -> list | None:
    """ "the German chemist Fritz Haber proposed ...": the parser may make the role and the
    name two subjects of one verb; read side by side they are one subject, the role
    apposed to the name. Returns the words of both, or None."""
    subjects = [c for c in verb.children if c.dep_ in syntax.SUBJECT_DEPS]
    if len(subjects) != 2:
        return None
    role, name = sorted(subjects, key=lambda t: t.i)
    if role.pos_ != "NOUN" or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    role_words = syntax.noun_phrase(role)
    name_words = syntax.noun_phrase(name)
    if not role_words or not name_words or role_words[-1].i + 1 != name_words[0].i:
        return None
    return [*role_words, *name_words]


def invert(verb, subject_text: str, rest_text: str, wh: str) -> str | None:
    """``inversion.invert``, reading a participle that has a subject and no auxiliary as
    the simple past the tagger mistook it for ("The storm struck near ..." -> "Where did
    the storm strike?"). A form that can only be a participle ("taken") is refused: its
    auxiliary is missing, not its tense."""
    if verb.tag_ != "VBN" or inversion.auxiliaries(verb) or syntax.subject_of(verb) is None:
        return inversion.invert(verb, subject_text, rest_text, wh)
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lower_ not in getInflection(verb.lemma_, tag="VBD"):
        return None
    base = getInflection(verb.lemma_, tag="VB")
    adverbs = [
        c.text
        for c in verb.children
        if c.dep_ == "advmod"
        and c.i < verb.i
        and c.i > syntax.subject_of(verb).i
        and c.lower_ not in inversion.DISCOURSE_ADVERBS
    ]
    base_form = base[0] if base else verb.lemma_
    return inversion.question_text(wh, "did", subject_text, *adverbs, base_form, rest_text)


SHORT_SCOPE_TOKENS = 3


def with_superlative_scope(noun, tokens: list) -> list:
    """ "the largest earthquake ever recorded": a superlative needs the short participle
    that says among what; "the largest earthquake" alone is another claim."""
    if not any(c.tag_ == "JJS" for c in noun.children):
        return tokens
    scope = [
        t
        for c in noun.children
        if c.dep_ == "acl" and c.i > noun.i and c.tag_ == "VBN"
        for t in c.subtree
    ]
    if not scope or len(scope) > SHORT_SCOPE_TOKENS or scope[0].i != max(t.i for t in tokens) + 1:
        return tokens
    return [*tokens, *scope]


def trailing_asides(verb) -> set[int]:
    """Phrases a comma sets off after the verb's object: "struck near X on <date>, with
    winds of 250 km/h" says more about the event, not which one it was."""
    return {
        c.i
        for c in verb.children
        if c.i > verb.i
        and c.dep_ in {"prep", "advcl"}
        and c.left_edge.i > 0
        and c.doc[c.left_edge.i - 1].text == ","
        # The verb's own comma; not the one closing an apposition ("his camp, Framheim, on")
        and c.doc[c.left_edge.i - 1].head.i == verb.i
    }


def coordinated_subject(verb) -> list | None:
    """ "The Nile floods each summer, and it carries silt": "it" in the second of two
    joined clauses is the first clause's named subject, when nothing else it could mean
    stands between them. The words of that subject, or None."""
    pronoun = syntax.subject_of(verb)
    if verb.dep_ != "conj" or pronoun is None or pronoun.lower_ not in {"it", "they"}:
        return None
    first = syntax.subject_of(verb.head)
    if first is None or first.pos_ not in {"PROPN", "NOUN"}:
        return None
    plural = first.tag_ in {"NNPS", "NNS"}
    if plural != (pronoun.lower_ == "they"):
        return None
    tokens = syntax.noun_phrase(first)
    if not any(t.pos_ == "PROPN" for t in tokens):
        return None  # "The school grew, and it ...": which school?
    between = first.doc[max(t.i for t in tokens) + 1 : pronoun.i]
    # Only places and dates may stand between ("founded in Weimar in 1919, and it ..."):
    # any other noun ("president of the committee ..., and it") could be what "it" means.
    if first.ent_type_ == "PERSON" or any(_other_candidate(t) for t in between):
        return None
    return tokens


def stray_subject(verb):
    """ "Norway launched the Plan in 2007, and the Council was held in May": the parser may
    take the second clause's subject for another object of the first verb and leave the
    second verb without one. The noun right before the verb's auxiliary, after "and", is
    that subject; None otherwise."""
    auxes = inversion.auxiliaries(verb)
    if syntax.subject_of(verb) is not None or not auxes or verb.dep_ != "conj":
        return None
    noun = verb.doc[auxes[0].i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "dobj" or noun.head.i != verb.head.i:
        return None
    before = verb.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return noun if before is not None and before.dep_ == "cc" else None


def stray_subject_words(verb) -> set[int]:
    """The words of the stray subjects (see ``stray_subject``) the parser hung on ``verb``
    as objects: they belong to the next clause, not to this one's question."""
    return {
        t.i for c in verb.children if (stray := stray_subject(c)) is not None for t in stray.subtree
    }


def _other_candidate(token) -> bool:
    """A word "it" or "they" could stand for besides the first subject: a pronoun, a name
    or a definite noun ("the committee"); not a place or a date in a prepositional phrase
    ("founded in Weimar in 1919"), nor an indefinite or bare noun ("a rate of 2 cm")."""
    if token.pos_ == "PRON":
        return True
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
        return False
    in_prep = token.dep_ == "pobj"
    if in_prep and token.ent_type_ in {"GPE", "LOC", "FAC", "DATE"}:
        return False
    definite = any(
        c.dep_ in {"det", "poss"} and c.lower_ != "a" and c.lower_ != "an" for c in token.children
    )
    return token.pos_ == "PROPN" or definite


def with_single_verb(question: str, verb) -> str:
    """ "When did Ada go back to Oslo?" -> "When did Ada return to Oslo?": a phrasal verb
    the question writes as its plain single-word equivalent (``PHRASAL_VERBS``), in the
    form the question gave the phrasal verb (bare after "did", as written after "had")."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < verb.sent.end else None
    if after is None or after.dep_ not in {"prt", "advmod"} or after.head.i != verb.i:
        return question
    single = PHRASAL_VERBS.get((verb.lemma_.lower(), after.lower_))
    if single is None:
        return question
    supported = len(question.split()) > 1 and question.split()[1] in {"did", "does", "do"}
    written, tag = (inversion.base_form(verb), "VB") if supported else (verb.text, verb.tag_)
    forms = getInflection(single, tag=tag)
    phrasal = f" {written} {after.text} "
    if not forms or question.count(phrasal) != 1:
        return question
    return question.replace(phrasal, f" {forms[0]} ")
