"""Definitions: ask for the term from what the text says it is.

Glossary boxes: "FATF: An international framework that was created at 1989 G8 ... to fight
money laundering." -> "Which international framework was created at 1989 G8 ... ?" (FATF)
Copular definitions: "The troposphere is the lowest layer of the atmosphere." -> "What is the
name of the lowest layer of the atmosphere?" (troposphere)
Appositions: "..., the stratosphere, a dry layer that contains the ozone layer." -> "What is
the name of the dry layer that contains the ozone layer?" (stratosphere)
Kinds: "Mount Kea is a shield volcano" -> "What kind of volcano is Mount Kea?" (shield),
where the document uses "shield volcano" again (see ``definition_kinds``).
Naming: "The boundary is now called the tropopause" / "Geologists named the ocean
Panthalassa" -> "What is the boundary called?" / "What was the ocean named?"

"What is X?" has no answer a learner could type, so the term is always the key. Only terms
worth knowing: names, terms of several words the document repeats, and single words the
document repeats or the section title names, never a generic noun ("the treaty").
"""

from __future__ import annotations

from quizzes.generation import defined_terms, inversion, references, syntax
from quizzes.generation import definition_kinds as kinds
from quizzes.generation.drafts import NO_CONTEXT, DocumentContext, Draft, Site
from quizzes.generation.question import AnswerType, Kind

KIND = Kind.DEFINITION

MAX_QUESTION_WORDS = 30
QUOTES = {'"', "“", "”", "'"}
MAX_DEFINITION_WORDS = 25
NAMING_VERBS = {"call", "name", "know", "term", "dub"}
# "declared 2009 the Year of X": a name given by whoever declared it, asked with them.
DECLARING_VERBS = {"declare", "proclaim", "designate"}


def drafts(site: Site, context: DocumentContext = NO_CONTEXT) -> list[Draft]:
    if site.term:
        return _glossary(site) if site.first_in_block else []
    found = []
    for token in site.sent:
        draft = _copular(site, token, context) or _apposed(site, token, context)
        draft = draft or kinds.kind_of(site, token, context)
        draft = draft or _naming(site, token, context)
        if draft is not None:
            found.append(draft)
    return found


def _glossary(site: Site) -> list[Draft]:
    root = site.sent.root
    if root.pos_ != "NOUN":
        return []  # a full sentence, or a name ("The Union of ..., which ..."), not a class
    # Only the "A thing that does ..." shape: the relative clause is what the term does.
    relative = next((c for c in root.children if c.dep_ == "relcl"), None)
    if relative is None or not any(
        c.dep_ in syntax.SUBJECT_DEPS and c.lower_ in syntax.RELATIVE_PRONOUNS
        for c in relative.children
    ):
        return []
    head_words = [t for t in root.subtree if t.i <= root.i and t.dep_ not in {"det", "punct"}]
    if not head_words:
        return []
    clause = [
        t
        for t in syntax.subtree_without(root, {c.i for c in root.children if c.dep_ == "det"})
        if t.i > root.i
        and not (t.dep_ in syntax.SUBJECT_DEPS and t.lower_ in syntax.RELATIVE_PRONOUNS)
    ]
    clause_text = syntax.render(syntax.balanced(syntax.trim_punct(clause)))
    if clause_text.lower().startswith(("that ", "which ", "who ")):
        return []
    prompt = f"Which {syntax.render(head_words)} {clause_text}?"
    if len(prompt.split()) > MAX_QUESTION_WORDS or site.term.lower() in prompt.lower():
        return []
    return [_draft(site, prompt, site.term, "definition:glossary", 0.9)]


def _copular(site: Site, verb, context: DocumentContext) -> Draft | None:
    """ "The troposphere is the lowest layer of the atmosphere"."""
    if verb.lemma_ != "be" or verb.dep_ != "ROOT":
        return None
    subject = syntax.subject_of(verb)
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    if subject is None or attr is None or attr.pos_ != "NOUN" or attr.i < verb.i:
        return None
    description = _description(attr, _carried_on(verb, attr))
    if description is None:
        return None
    term = defined_terms.term(subject, site, context)
    if term is None:
        return None
    return _called(site, verb.lower_, description, term, "definition:copular")


def _apposed(site: Site, noun, context: DocumentContext) -> Draft | None:
    """ "..., the stratosphere, a dry layer that contains the ozone layer, ..."."""
    appos = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
    if appos is None or appos.pos_ != "NOUN" or appos.i == 0:
        return None
    term_end = max(t.i for t in syntax.noun_phrase(noun))
    if appos.doc[appos.left_edge.i - 1].text != "," or appos.left_edge.i != term_end + 2:
        return None  # "(Caltech)" and other brackets are names; the term must come just before
    if noun.ent_type_ in {"GPE", "LOC", "NORP"}:
        return None
    description = _description(appos)
    term = defined_terms.term(noun, site, context) if description else None
    if term is None:
        return None
    verb = "was" if _past(site.sent.root) else "is"
    return _called(site, verb, description, term, "definition:apposition")


def _naming(site: Site, verb, context: DocumentContext) -> Draft | None:
    """ "X is now called Y" -> "What is X called?"; "They named X Y" -> "What was X named?"."""
    declaring = verb.lemma_ in DECLARING_VERBS and verb.tag_ != "VBN"
    if verb.lemma_ not in NAMING_VERBS and not declaring or verb.pos_ != "VERB":
        return None
    if verb.tag_ == "VBN":
        named = syntax.subject_of(verb)
        name = next((c for c in verb.children if c.dep_ == "oprd"), None)
        if name is None:  # "known as the Moho"
            as_phrase = next((c for c in verb.children if c.lower_ == "as"), None)
            name = (
                next((c for c in as_phrase.children if c.dep_ == "pobj"), None)
                if as_phrase
                else None
            )
        auxes = [a for a in inversion.auxiliaries(verb) if a.dep_ == "auxpass"]
        be = auxes[0].lower_ if auxes else None
    else:
        named = next((c for c in verb.children if c.dep_ == "dobj"), None)
        name = next((c for c in verb.children if _gives_name(c)), None)
        if name is None and named is not None:
            name = next((c for c in named.children if c.dep_ == "appos"), None)
        be = "was" if verb.tag_ == "VBD" else "is"
    if named is None or name is None or be is None or named.lower_ in syntax.RELATIVE_PRONOUNS:
        return None
    if verb.tag_ == "VBN":  # the subject as written before the verb, coordination and all
        before = min([verb.i, *(a.i for a in inversion.auxiliaries(verb))])
        words = named.doc[named.left_edge.i : before]
        thing = syntax.balanced(syntax.trim_punct([t for t in words if t.dep_ != "advmod"]))
    else:
        thing = syntax.noun_phrase(named)
    year = named.like_num and named.ent_type_ == "DATE"  # "declared 2009 the ... Year"
    if (
        not thing
        or defined_terms.points_back(thing)
        or len(thing) < 2
        and not year
        or name.pos_ not in {"NOUN", "PROPN"}
        or declaring
        and name.pos_ != "PROPN"
    ):
        return None
    key = _name_text(name)
    if key is None or key.lower() in syntax.render(thing).lower():
        return None
    namer = _namer(site, verb) if verb.tag_ != "VBN" else None
    if declaring and namer is None:
        return None  # "What was 2009 declared?" says too little
    if namer is not None:  # "He named the supercontinent Pangaea": who named it is asked too
        object_text = f"the year {named.text}" if year else inversion.lower_first(thing)
        prompt = inversion.invert(verb, namer, object_text, "What")
    else:
        participle = "called" if verb.lemma_ in {"call", "know", "term", "dub"} else "named"
        prompt = f"What {be} {inversion.lower_first(thing)} {participle}?"
    if prompt is None:
        return None
    return _draft(site, prompt, key, "definition:naming", 0.8, _alternatives(name))


def _namer(site: Site, verb) -> str | None:
    """Who gave the name, as the question can print it: a name or a noun phrase that
    needs nothing before it, or the person a "he" or "she" stands for."""
    subject = syntax.subject_of(verb)
    if subject is None:
        return None
    if subject.pos_ == "PRON":
        return references.resolve(site, [subject])
    tokens = syntax.trim_punct(syntax.noun_phrase(subject, keep_conj=True))
    if not tokens or defined_terms.points_back(tokens):
        return None  # "their group": whose?
    if tokens[0].lower_ == "the" and subject.pos_ != "PROPN":
        return None  # "the five men": which?
    return inversion.lower_first(tokens)


def _gives_name(child) -> bool:
    """The name in "named X Y" (as the parser hangs it on the verb)."""
    return child.dep_ in {"oprd", "appos"} or child.dep_ == "npadvmod" and child.pos_ == "PROPN"


def _name_text(name) -> str | None:
    tokens = syntax.trim_punct(syntax.noun_phrase(name))
    while tokens and (tokens[0].dep_ == "det" or tokens[0].text in QUOTES):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in QUOTES:
        tokens = tokens[:-1]
    if not tokens or name.ent_type_ in defined_terms.NOT_TERMS or name.pos_ == "PRON":
        return None
    return syntax.render(tokens)


def _alternatives(name) -> list[str]:
    """ "the Mohorovičić discontinuity, or simply the Moho": both are right."""
    others = [c for c in name.children if c.dep_ == "conj"]
    return [text for c in others if (text := _name_text(c))]


def _carried_on(verb, attr) -> list:
    """ "is the rigid shell, made of the crust together with the upper mantle": the parser
    hangs "together with ..." (or "along with ...") on the verb; it belongs to the
    description, which it ends."""
    carried = []
    for child in verb.rights:
        if child.i <= attr.i or child.dep_ == "punct":
            continue
        linked = child.dep_ == "prep" and any(
            c.dep_ == "advmod" and c.i == child.i - 1 for c in child.children
        )
        if not linked or child.i - 1 != max(t.i for t in attr.subtree) + 1:
            return []
        carried += list(child.subtree)
    return carried


def _description(head, carried=()) -> list | None:
    """What the term is: the noun with its modifiers, cut to a readable length; only a
    description tied to something (a prepositional phrase, a clause) defines. A comma
    between the noun and a participle ("the shell, made of ...") is left out."""
    participles = {c.i - 1 for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"}
    words = [t for t in [*head.subtree, *carried] if not (t.i in participles and t.text == ",")]
    tokens = syntax.balanced(syntax.trim_punct(words))
    if len(tokens) > MAX_DEFINITION_WORDS:
        tokens = syntax.noun_phrase(head)
    ids = {t.i for t in tokens}
    tied = any(c.dep_ in {"prep", "relcl", "acl"} and c.i in ids for c in head.children)
    if not tied or len(tokens) > MAX_DEFINITION_WORDS or tokens[0].dep_ != "det":
        return None  # "an artificial waterway" alone; "notably the reform of ..."
    if any(t.lemma_ in NAMING_VERBS for t in tokens) or defined_terms.points_back(tokens):
        return None  # "a grant known as ...": a name, not a definition
    return tokens


def _past(verb) -> bool:
    return verb.tag_ in {"VBD", "VBN"} or any(a.tag_ == "VBD" for a in inversion.auxiliaries(verb))


def _called(site: Site, be: str, description: list, term: str, rule: str) -> Draft | None:
    text = syntax.render(description)
    if term.lower() in text.lower():
        return None
    described = inversion.lower_first(description)
    if described.startswith(("a ", "an ")):
        described = "the " + described.split(" ", 1)[1]  # the term names one thing
    prompt = f"What {be} the name of {described}?"
    return _draft(site, prompt, term, rule, 0.8)


def _draft(
    site: Site, prompt: str, answer: str, rule: str, confidence: float, accepted=()
) -> Draft | None:
    if len(prompt.split()) > MAX_QUESTION_WORDS:
        return None
    return Draft(
        kind=Kind.DEFINITION,
        prompt=prompt,
        answer=answer,
        answer_type=AnswerType.TERM,
        rule=rule,
        confidence=confidence,
        site=site,
        accepted=list(accepted),
    )
