"""A fill-in-the-blank stem: the clause of a sentence that carries one fact, not the whole
sentence with every other fact printed around the blank.

The sentence is cut along its parse, least informative parts first, until the stem is
short: brackets and fact-free openers ("For example,") always go; then clauses
(subordinate and coordinated ones), then asides on nouns (relative clauses,
appositions), then phrases before the subject. What someone said is never cut: "X stated
at the _____ session" without what was stated tests nothing worth knowing. When the fact
sits in a clause with its own subject ("..., and Foreign Minister Gemba said ..."), that
clause may stand alone. A stem that
stays too long, or whose subject only points back ("It", "the forum"), is refused.
"""

from __future__ import annotations

from quizzes.generation import references, syntax
from quizzes.generation.question import BLANK

TARGET_WORDS = 16  # cut until the stem is this short ...
MAX_WORDS = 25  # ... and refuse it if it cannot get under this
LEADING_TARGET_WORDS = 20  # the scene set before the subject goes only above this
NOUN_ASIDES = {"relcl", "appos", "acl"}
CLAUSE_PARTS = {"advcl", "conj", "parataxis"}
LEADING_PARTS = {"prep", "advmod", "npadvmod", "advcl", "ccomp"}
SUBORDINATORS = {"mark"}
COMMAS = {",", ";", "—", "–", ":"}
TIME_LABELS = {"DATE", "TIME"}
INDEFINITE_DETERMINERS = {"a", "an", "some", "several", "many", "few", "two", "no"}
# Verbs whose clause says nothing without what they relate to: "followed" (what?),
# "attended" (what?), "was represented" (at what?).
RELATIVE_VERBS = {
    "follow",
    "precede",
    "succeed",
    "respond",
    "reply",
    "attend",
    "participate",
    "represent",
    "accompany",
}
PASSIVE_RELATIVE_VERBS = {"represent"}
COMPLEMENTS = {"dobj", "prep", "dative", "attr", "xcomp", "ccomp", "oprd"}
ADJUNCT_PREPOSITIONS = {"in", "on", "at", "during", "near", "after", "before"}
AMOUNT_LABELS = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL"}
SETTING_LABELS = {"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"}
QUOTES = {'"', "“", "'", "‘"}
# Phrases that add a side fact to a verb or a noun: "in Lisbon", "by X", "with ...",
# "hosted by X", "on 3 May"; a by-phrase says who did it and stays.
SIDE_PARTS = {"prep", "npadvmod", "acl", "advcl"}


def cloze_stem(sent, start: int, end: int) -> str | None:
    """The stem that blanks doc[start:end] of the sentence ``sent``, or None."""
    answer = set(range(start, end))
    best = None
    for root in _possible_roots(sent, answer):
        if _misparsed(root):
            continue
        kept = _clause_tokens(root, sent) - _brackets_without(sent, answer)
        kept -= _after_colon(sent, answer) | _relative_asides(root, kept, answer)
        kept -= _fact_free_openers(root, kept, answer)
        kept -= _back_pointing_words(root, kept, answer)
        for cut, target in _cuts(root, kept, answer):
            if _words(kept, sent.doc, start, end) <= target:
                continue
            kept -= cut
        kept = _tidy(_closing_commas(kept, root, sent.doc), sent.doc)
        if not _stands_alone(root, kept, answer):
            continue
        words = _words(kept, sent.doc, start, end)
        if words <= MAX_WORDS and (best is None or words < best[0]):
            best = (words, kept)
        if words <= LEADING_TARGET_WORDS:
            break  # a clause deeper down would lose the main one's context
    return None if best is None else _render(best[1], sent.doc, start, end)


def _possible_roots(sent, answer: set[int]) -> list:
    """The sentence's root, then each clause on the way down to the answer that has a
    subject of its own and so can stand alone as a sentence."""
    roots = [sent.root]
    chain = []
    token = sent.doc[min(answer)]
    while token.i != sent.root.i and token.head.i != token.i:
        token = token.head
        chain.append(token)
    for clause in reversed(chain):
        # Not a reported clause ("pledged that Japan would ..."): alone it would state as
        # a fact what someone only said.
        if clause.i == sent.root.i or clause.dep_ not in CLAUSE_PARTS | {"relcl"}:
            continue
        subject = syntax.subject_of(clause)
        if clause.dep_ == "relcl" and clause.head.dep_ != "conj":
            continue  # only a main clause the parser hung on a noun ("and the astronomer X
            # published ...") stands alone; a real relative clause needs its noun
        if subject is not None and subject.lower_ not in syntax.RELATIVE_PRONOUNS:
            roots.append(clause)
    return roots


def _clause_tokens(root, sent) -> set[int]:
    """The root's subtree, without a subordinating word ("after", "when") heading it."""
    dropped = {c.i for c in root.children if c.dep_ in SUBORDINATORS}
    if root.i == sent.root.i:
        return {t.i for t in sent}
    return {t.i for t in syntax.subtree_without(root, dropped)}


def _brackets_without(sent, answer: set[int]) -> set[int]:
    """Bracketed asides that do not hold the answer: "(85 feet)", and "(EPAs)", which would
    give a blanked "Economic Partnership Agreements" away."""
    dropped: set[int] = set()
    opened = None
    for token in sent:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            inside = set(range(opened, token.i + 1))
            if not inside & answer:
                dropped |= inside
            opened = None
    return dropped


def _fact_free_openers(root, kept: set[int], answer: set[int]) -> set[int]:
    """Phrases before the subject that carry no fact ("For example,", "Moreover,", "In
    this context,") or point back ("At this meeting"): they only tie to what came before."""
    subject = syntax.subject_of(root)
    dropped: set[int] = set()
    for child in root.children:
        if subject is None or child.i > subject.i or child.dep_ not in LEADING_PARTS:
            continue
        phrase = {t.i for t in child.subtree}
        if phrase & answer or not phrase <= kept:
            continue
        tokens = list(child.subtree)
        factual = any(t.pos_ in {"PROPN", "NUM"} or t.ent_type_ for t in tokens)
        if not factual or references.deictic(tokens):
            dropped |= phrase | _commas_after(child)
    return dropped


def _back_pointing_words(root, kept: set[int], answer: set[int]) -> set[int]:
    """ "The resulting visa-free exchange programme": named as well without "resulting"."""
    subject = syntax.subject_of(root)
    if subject is None:
        return set()
    tokens = [t for t in subject.subtree if t.i in kept and t.i not in answer]
    return {t.i for t in tokens} - {t.i for t in references.without_back_pointing(tokens)}


def _cuts(root, kept: set[int], answer: set[int]):
    """Groups of tokens that may go, least informative first, one part at a time."""
    path = _path_to(root, answer)
    for group in (_clauses, _noun_asides):
        for part in sorted(group(root, kept, answer, path), key=len, reverse=True):
            yield part, TARGET_WORDS
    for part in _side_facts(root, kept, answer, path):
        yield part, TARGET_WORDS
    # A phrase before the subject sets the scene ("After the flood, ..."): it goes only
    # from a stem that stays long.
    for part in sorted(_leading(root, kept, answer, path), key=len, reverse=True):
        yield part, LEADING_TARGET_WORDS


def _path_to(root, answer: set[int]) -> set[int]:
    token = root.doc[min(answer)]
    path = {token.i}
    while token.i != root.i and token.head.i != token.i:
        token = token.head
        path.add(token.i)
    return path


def _after_colon(sent, answer: set[int]) -> set[int]:
    """What follows a colon after the answer: a list ("seven principles: humanity,
    impartiality, ...") or a second clause, each printing facts the blank does not need."""
    colon = next((t.i for t in sent if t.text == ":" and t.i > max(answer)), None)
    if colon is None or colon + 1 >= sent.end or sent.doc[colon + 1].text in QUOTES:
        return set()  # 'stated: "..."': what was said is never cut
    return set(range(colon, sent.end))


def _relative_asides(root, kept: set[int], answer: set[int]) -> set[int]:
    """ ", which then ruled the colony,": a relative clause set off by a comma adds a fact
    about its noun but is never needed to tell which noun is meant."""
    path = _path_to(root, answer)
    dropped: set[int] = set()
    for token in root.subtree:
        if token.dep_ == "relcl" and token.i not in path and _set_off(token):
            dropped |= _part(token, kept, answer)
    return dropped


def _side_facts(root, kept, answer, path):
    """Phrases on the way to the answer that print another fact around the blank: "in
    Lisbon", "with a budget of 40 million euros", "hosted by Mayor X", and the other
    members of a list the answer is titled in ("by Chancellor _____ and President X")."""
    subject = syntax.subject_of(root)
    answer_root = root.doc[min(answer) : max(answer) + 1].root
    after, before = [], []
    for token in root.subtree:
        if token.head.i not in path or token.i in path or token.i not in kept:
            continue
        if subject is not None and token.i < subject.i:
            continue  # phrases before the subject are the leading group's
        if token.dep_ == "conj" and token.head.i == answer_root.i:
            if answer_root.dep_ in syntax.SUBJECT_DEPS or not _titled_blank(answer_root, answer):
                continue  # "X and Y met": both are what the clause is about
        elif token.dep_ not in SIDE_PARTS or not _adjunct(token):
            continue
        if token.dep_ == "prep":  # the commas around it belong to the clause
            part = {t.i for t in token.subtree} & kept
        else:
            part = _part(token, kept, answer) | _conjunction_before(token)
        if not _holds_a_fact(token) or not part:
            continue
        (after if token.i > max(answer) else before).append(part)
    yield from sorted(after, key=len, reverse=True)
    yield from sorted(before, key=len, reverse=True)


def _adjunct(token) -> bool:
    """A phrase the clause reads well without: a verb's "in Lisbon", "with a grant of ...",
    "by X", or a participle set off by a comma; never part of a name ("the Ring of Fire")
    nor a complement ("marked it as a holiday", "moved to Lyon")."""
    if token.head.pos_ not in {"VERB", "AUX"}:
        return False
    if token.dep_ in {"acl", "advcl"}:
        return _set_off(token) and token.right_edge.i + 1 < len(token.doc)
    if token.dep_ == "prep":
        before = token.doc[token.i - 1]
        named = any(t.is_title and t.pos_ != "PROPN" for t in token.subtree)
        if before.pos_ == "PROPN" and named:
            return False  # "the Convention for ... in Armies in the Field": a title goes on
        labels = {t.ent_type_ for t in token.subtree}
        if token.lower_ == "with":
            return bool(labels & AMOUNT_LABELS)  # "with a grant of 12 million lats"
        # "in Lisbon", "on 3 May"; not "in talks with X", which says what was taken up.
        return token.lower_ in ADJUNCT_PREPOSITIONS and any(
            t.ent_type_ in SETTING_LABELS and not _through_with(t, token) for t in token.subtree
        )
    return token.dep_ == "npadvmod"


def _through_with(token, top) -> bool:
    while token.i != top.i:
        if token.lower_ == "with":
            return True
        token = token.head
    return False


def _holds_a_fact(token) -> bool:
    return any(t.pos_ in {"PROPN", "NUM"} or t.ent_type_ for t in token.subtree)


def _titled_blank(answer_root, answer: set[int]) -> bool:
    """ "Prime Minister _____": a title before the blank says who alone."""
    first = min(answer)
    return first > 0 and answer_root.doc[first - 1].pos_ == "PROPN"


def _noun_asides(root, kept, answer, path):
    subject = syntax.subject_of(root)
    for token in root.subtree:
        if token.dep_ not in NOUN_ASIDES or token.i in path or token.i not in kept:
            continue
        if not _set_off(token):
            # "the Japanese envoy Enomoto Takeaki", "a year in which ...", "his desire to
            # strengthen ...": part of what the noun means, not an aside.
            continue
        if token.dep_ == "appos" and subject is not None and token.head.i == subject.i:
            bare = [t for t in subject.subtree if t.i not in {u.i for u in token.subtree}]
            if token.pos_ == "PROPN" and not any(t.pos_ == "PROPN" for t in bare):
                continue  # "The engineer in charge, David Gaillard, died": the name says who
        yield _part(token, kept, answer)


def _clauses(root, kept, answer, path):
    for token in root.subtree:
        if token.head.i not in path or token.i in path or token.i not in kept:
            continue
        # A coordinated clause or predicate ("signed ... and in force from ..."), never a
        # member of a list of names.
        verbal = {token.pos_, token.head.pos_} & {"VERB", "AUX", "ADP"}
        if token.dep_ == "advcl" and not (_subordinated(token) or _set_off(token)):
            continue  # "working to reform the UN": the purpose is part of the fact
        if token.dep_ == "conj" and not _whole_clause(token):
            continue
        if token.dep_ in CLAUSE_PARTS and (verbal or token.dep_ != "conj"):
            yield _part(token, kept, answer) | _conjunction_before(token)
        elif token.dep_ == "prep" and _after_comma(token):
            yield _part(token, kept, answer)  # ", including regional conflicts ..."


def _leading(root, kept, answer, path):
    subject = syntax.subject_of(root)
    if subject is None:
        return
    for child in root.children:
        if child.i < subject.i and child.dep_ in LEADING_PARTS and child.i not in path:
            yield _part(child, kept, answer) | _commas_after(child)


def _part(token, kept: set[int], answer: set[int]) -> set[int]:
    """A subtree with the commas around it; nothing if it holds the answer."""
    part = {t.i for t in token.subtree}
    if part & answer:
        return set()
    doc = token.doc
    left, right = token.left_edge.i - 1, token.right_edge.i + 1
    # ", who ... ," goes with both commas; "a geologist who ... ," keeps the comma that
    # closes the outer aside.
    if left >= 0 and doc[left].text in COMMAS:
        part.add(left)
        if right < len(doc) and doc[right].text in {",", "—", "–"}:
            part.add(right)
    return part & kept


def _whole_clause(conj) -> bool:
    """A coordinated clause with its own subject, or a predicate in the same form as the
    one before it ("left ... and reached ..."); not "working to reform and strengthen",
    which the parser splits wrongly."""
    if conj.pos_ not in {"VERB", "AUX"}:
        return True
    return syntax.subject_of(conj) is not None or conj.tag_ == conj.head.tag_


def _subordinated(clause) -> bool:
    """A clause opened by "because", "while", "after" ...: it adds to the main clause."""
    return any(c.dep_ == "mark" and c.lower_ not in {"to", "that"} for c in clause.children)


def _set_off(token) -> bool:
    """An aside set off from its noun by a comma or a bracket, not a name right after it."""
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text in COMMAS | {"("}


def _commas_after(token) -> set[int]:
    following = token.right_edge.i + 1
    doc = token.doc
    return {following} if following < len(doc) and doc[following].text == "," else set()


def _conjunction_before(token) -> set[int]:
    """The "and"/"but" joining a coordinated clause to the one before it."""
    return {
        c.i for c in token.head.children if c.dep_ in {"cc", "preconj"} and c.i < token.left_edge.i
    } & set(range(token.left_edge.i - 3, token.left_edge.i))


def _after_comma(token) -> bool:
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].text == ","


def _closing_commas(kept: set[int], root, doc) -> set[int]:
    """Put back the comma that closed a cut aside when the sentence goes on with a new
    phrase: "took place in Leiden, Netherlands, chaired by ..." keeps its comma before
    "chaired"; "The engineer, Karl Lindau, died" joins subject and verb without one."""
    ordered = sorted(kept)
    restored = set(kept)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after - before < 4:
            continue  # nothing cut here, or too little to be an aside between commas
        opening, closing = doc[before + 1], doc[after - 1]
        if opening.text != "," or closing.text != "," or doc[before].is_punct:
            continue
        following = doc[after]
        joins_verb = following.i == root.i or (
            following.head.i == root.i and following.dep_ in {"aux", "auxpass", "neg"}
        )
        # The comma stays before a new phrase ("..., chaired by", "..., with"); a verb's
        # complement ("stated at the session that ...") takes none.
        complement = following.dep_ in {"mark", "dobj", "ccomp", "xcomp", "attr", "acomp"}
        if not joins_verb and not complement:
            restored.add(closing.i)
    return restored


def _misparsed(root) -> bool:
    """Two clauses joined by a colon or a semicolon and parsed as one: the verb has two
    subjects ("the chemist X obtained ...: a firm received ..."), or a clause before the
    colon hangs on the verb after it. Any cut of such a parse garbles one of them."""
    doc = root.doc
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1:
        return True
    for child in root.children:
        if child.dep_ in {"ccomp", "nsubj", "nsubjpass"} and child.right_edge.i < root.i:
            between = doc[child.right_edge.i + 1 : root.i]
            if any(t.text in {":", ";"} for t in between):
                return True
    return False


def _tidy(kept: set[int], doc) -> set[int]:
    """No punctuation left at the start, doubled, or before the end."""
    ordered = sorted(kept)
    tidy: list[int] = []
    for i in ordered:
        token = doc[i]
        if token.text in COMMAS and (not tidy or doc[tidy[-1]].text in COMMAS):
            continue
        tidy.append(i)
    while tidy and doc[tidy[-1]].is_punct and doc[tidy[-1]].text not in {")", '"', "”"}:
        tidy.pop()
    return set(tidy)


def _stands_alone(root, kept: set[int], answer: set[int]) -> bool:
    """The stem reads as a sentence on its own: its verb, a subject that names something
    (or is the blank), and no word pointing at the context."""
    if root.i not in kept:
        return False
    subject = syntax.subject_of(root)
    if subject is None:
        return root.dep_ == "ROOT" and root.pos_ == "AUX"  # "There were ..."
    subject_tokens = [t for t in subject.subtree if t.i in kept]
    if not {t.i for t in subject_tokens} & answer and references.unresolved(subject_tokens):
        return False
    others = [root.doc[i] for i in sorted(kept) if i not in answer]
    if references.deictic(others, antecedents=True):
        return False
    return not _mid_story(root, subject, kept, answer)


def _mid_story(root, subject, kept: set[int], answer: set[int]) -> bool:
    """A clause that starts in the middle of a story: "Investors had lost _____." (which
    investors?), "Two treaties followed on _____." (followed what?), "Spain was represented
    by _____." (at what?). It stands alone only if it names its topic elsewhere in it."""
    subject_ids = {t.i for t in subject.subtree} if subject is not None else set()
    if _lacks_complement(root, kept, answer):
        return True  # the missing "what" is never in the subject
    if subject is None or subject_ids & answer or not _past(root) or not _indefinite(subject):
        return False
    # The topic may be the blank itself ("Crews took seven years to dig the _____."), not
    # an amount or a date, which say nothing of what the story is.
    return not any(
        root.doc[i].pos_ == "PROPN" and root.doc[i].ent_type_ not in TIME_LABELS
        for i in kept - subject_ids
    )


def _past(verb) -> bool:
    """A past event, not a general truth ("Glaciers carve valleys")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children
    )


def _indefinite(subject) -> bool:
    """ "Volunteers", "Two ships", "A delegation": not yet introduced, unlike "the
    volunteers" or "Portugal"."""
    if any(c.dep_ in {"poss"} for c in subject.children):
        return False
    determiners = [c for c in subject.children if c.dep_ in {"det", "predet"}]
    if any(d.lower_ not in INDEFINITE_DETERMINERS for d in determiners):
        return False
    own_name = {subject.i} | {c.i for c in subject.children if c.dep_ == "compound"}
    placed = any(
        (t.pos_ == "PROPN" or t.ent_type_ and t.ent_type_ not in TIME_LABELS | AMOUNT_LABELS)
        and t.i not in own_name
        for t in subject.subtree
    )
    if placed:
        return False  # "Miners in Cornwall", "Danish voters": placed by a name
    counted = any(c.dep_ == "nummod" for c in subject.children)
    return subject.pos_ == "NOUN" or counted or bool(determiners)


def _lacks_complement(root, kept: set[int], answer: set[int]) -> bool:
    """A verb that only means something with what it relates to ("followed", "was
    represented") and whose only complement is the blank or a time."""
    lemma = root.lemma_.lower()
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in root.children)
    if lemma not in RELATIVE_VERBS or passive and lemma not in PASSIVE_RELATIVE_VERBS:
        return False
    for child in root.children:
        if child.dep_ not in COMPLEMENTS or child.i not in kept:
            continue
        phrase = {t.i for t in child.subtree}
        if phrase & answer or any(t.ent_type_ in TIME_LABELS for t in child.subtree):
            continue
        return False
    return True


def _words(kept: set[int], doc, start: int, end: int) -> int:
    """Words as a reader counts them: the rendered stem split on spaces."""
    return len(_render(_tidy(kept, doc), doc, start, end).split())


def _render(kept: set[int], doc, start: int, end: int) -> str:
    parts: list[str] = []
    ordered = sorted(i for i in kept if not start <= i < end)
    ordered = sorted([*ordered, start])
    for position, i in enumerate(ordered):
        text = BLANK if i == start else doc[i].text
        last = end - 1 if i == start else i
        following = ordered[position + 1] if position + 1 < len(ordered) else None
        if following is None:
            parts.append(text)
            break
        next_token = doc[following]
        if following == last + 1:
            space = doc[last].whitespace_
        else:
            space = "" if next_token.is_punct and next_token.text not in {"(", '"', "“"} else " "
        parts.append(text + space)
    stem = "".join(parts).strip()
    if not stem.rstrip('"”’').endswith((".", "?", "!")):
        stem += "."  # '... the "Exchange Year".' keeps its full stop after the quote
    return stem[0].upper() + stem[1:] if stem[0].islower() else stem
