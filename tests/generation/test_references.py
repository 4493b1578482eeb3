"""Resolving "he", "it" and "the treaty" from the sentences before, as the engine does."""

from __future__ import annotations

from quizzes.generation import references
from quizzes.generation.drafts import Site
from tests.generation.sites import paragraph_sites


def subject_reference(site: Site) -> str | None:
    """What the main clause's subject of the site's sentence resolves to."""
    root = site.sent.root
    subject = next(c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"})
    tokens = list(subject.subtree)
    return references.resolve(site, tokens)


def test_she_is_the_one_person_the_sentence_before_named():
    sites = paragraph_sites(
        "The Norwegian chemist Ingrid Solberg studied alpine lichens. "
        "She published her first survey in 1931."
    )
    assert subject_reference(sites[1]) == "Ingrid Solberg"


def test_a_family_name_stands_for_the_full_name_given_earlier():
    sites = paragraph_sites(
        "Tomas Keller trained as a glassblower in Prague. Keller moved to Vienna in 1890. "
        "He opened a workshop there two years later."
    )
    assert subject_reference(sites[2]) == "Tomas Keller"


def test_he_after_two_people_is_left_unresolved():
    sites = paragraph_sites(
        "Ingrid Solberg met Arne Dahl in Bergen. He later founded a laboratory in 1935."
    )
    assert subject_reference(sites[1]) is None


def test_he_after_an_unnamed_role_is_left_unresolved():
    sites = paragraph_sites(
        "Arne Dahl drafted a plan for the harbour. The governor rejected it. "
        "He appealed to the council in 1936."
    )
    assert subject_reference(sites[2]) is None


def test_a_new_paragraph_forgets_the_people_of_the_last_one():
    sites = paragraph_sites(
        "Arne Dahl drafted a plan for the harbour.",
        "He appealed to the council in 1936.",
    )
    assert subject_reference(sites[1]) is None


def test_it_continues_the_named_subject_of_the_sentence_before():
    sites = paragraph_sites(
        "The Halvor Bridge was designed by Norwegian engineers. It was opened in 1958."
    )
    assert subject_reference(sites[1]) == "the Halvor Bridge"


def test_it_after_a_second_thing_is_left_unresolved():
    sites = paragraph_sites(
        "The Northern Alliance Bank financed the Selvan Company. It was dissolved in 1932."
    )
    assert subject_reference(sites[1]) is None


def test_it_continues_the_subject_past_nouns_that_only_describe_it():
    sites = paragraph_sites(
        "The Halvor Bridge is a suspension bridge that crosses the Selva River and joins "
        "the towns of Arn and Bel. It is about 1,200 metres long."
    )
    assert subject_reference(sites[1]) == "the Halvor Bridge"


def test_it_after_a_thing_the_predicate_brings_in_is_left_unresolved():
    described = paragraph_sites(
        "The Halvor Bridge is a bridge that replaced the Selva Ferry. It was closed in 1958."
    )
    brought_in = paragraph_sites(
        "The Halvor Bridge is the successor of the Selva Ferry. It was closed in 1958."
    )
    assert subject_reference(described[1]) == "the Halvor Bridge"
    assert subject_reference(brought_in[1]) is None


def test_it_without_a_named_subject_before_or_as_a_dummy_is_left_unresolved():
    unnamed = paragraph_sites("Engineers tested a new bridge design. It was opened in 1958.")
    dummy = paragraph_sites(
        "The Valdor Company built the mill. It is unlikely that the mill survived."
    )
    assert subject_reference(unnamed[1]) is None
    assert subject_reference(dummy[1]) is None


def test_the_kind_of_a_named_thing_stands_for_its_name():
    sites = paragraph_sites(
        "Delegates signed the Convention of Tarvik in 1871. "
        "The convention set customs duties on grain."
    )
    assert subject_reference(sites[1]) == "the Convention of Tarvik"


def test_the_kind_after_two_names_of_that_kind_is_left_unresolved():
    sites = paragraph_sites(
        "Delegates signed the Convention of Tarvik in 1871 and the Convention of Losby in "
        "1874. The convention set customs duties on grain."
    )
    assert subject_reference(sites[1]) is None


def test_the_section_title_names_what_the_kind_means():
    titled = paragraph_sites(
        "The convention was ratified by four states.", title="The Convention of Tarvik"
    )
    untitled = paragraph_sites("The convention was ratified by four states.", title="Trade")
    assert subject_reference(titled[0]) == "the Convention of Tarvik"
    assert subject_reference(untitled[0]) is None


def test_they_is_never_resolved():
    sites = paragraph_sites(
        "The Halvor Bridge Company hired forty masons. They finished the piers in 1957."
    )
    assert subject_reference(sites[1]) is None


def test_he_after_he_and_another_person_is_left_unresolved():
    sites = paragraph_sites(
        "Tomas Keller trained as a glassblower in Prague. "
        "In 1890 he founded a studio with the painter Lena Marsh. He died in 1921."
    )
    assert subject_reference(sites[1]) == "Tomas Keller"
    assert subject_reference(sites[2]) is None


# --- The final check on every question (self_contained) ---------------------------------

from quizzes.generation.self_contained import self_contained  # noqa: E402


def test_the_kind_of_a_thing_named_before_is_written_out():
    sites = paragraph_sites(
        "The Treaty of Valmora ended the salt dispute between two mountain duchies. "
        "The treaty was signed in 1722 in a monastery."
    )
    assert (
        self_contained("When was the treaty signed?", sites[1])
        == "When was the Treaty of Valmora signed?"
    )


def test_a_description_with_no_antecedent_is_refused():
    sites = paragraph_sites(
        "Two rival engineers proposed bridges over the gorge. "
        "The project cost 40 million crowns and took nine years."
    )
    assert self_contained("How much did the project cost?", sites[1]) is None


def test_plural_islands_take_the_one_plural_name_of_the_paragraph_or_are_refused():
    named = paragraph_sites(
        "Fishermen settled the Corvel Islands in the 1600s. "
        "The islands' residents voted to join the republic in 1921."
    )
    unnamed = paragraph_sites(
        "Fishermen settled several islands in the 1600s. "
        "The islands' residents voted to join the republic in 1921."
    )
    prompt = "When did the islands' residents vote to join?"
    assert self_contained(prompt, named[1]) == (
        "When did the Corvel Islands' residents vote to join?"
    )
    assert self_contained(prompt, unnamed[1]) is None


def test_a_name_restriction_or_general_knowledge_is_enough():
    sites = paragraph_sites(
        "The chemist Ilse Brandt studied the crystals of the Harz mountains that glow at "
        "night, and she became the first woman in the world to lead the society."
    )
    prompt = "Who studied the crystals of the Harz mountains that glow at night?"
    assert self_contained(prompt, sites[0]) == prompt


def test_a_relational_noun_needs_its_complement():
    sites = paragraph_sites(
        "The lighthouse belonged to the navy until 1968. In 1968 the town assumed full control."
    )
    assert self_contained("When did the town assume full control?", sites[1]) is None
    kept = paragraph_sites("In 1968 Port Ellery assumed full control of the lighthouse.")
    assert self_contained("When did Port Ellery assume full control of the _____?", kept[0])


def test_there_and_since_then_are_refused_but_not_existential_there():
    sites = paragraph_sites(
        "The abbey burned in 1510. Monks lived there for a century. "
        "There were eleven chapels in the abbey of Saint Morin."
    )
    assert self_contained("How long did monks live there?", sites[1]) is None
    prompt = "There were _____ chapels in the abbey of Saint Morin."
    assert self_contained(prompt, sites[2]) == prompt


def test_a_blank_after_the_noun_is_its_name():
    sites = paragraph_sites("The explorer Mara Vidal crossed the desert of Tanez in 1901.")
    prompt = "The explorer _____ crossed the desert of Tanez in 1901."
    assert self_contained(prompt, sites[0]) == prompt


def test_a_predicate_description_points_at_nothing():
    sites = paragraph_sites("Lake Orvin is the deepest freshwater lake in the valley of Sarn.")
    prompt = "What is the deepest freshwater lake?"
    assert self_contained("_____ is the deepest freshwater lake.", sites[0])
    assert self_contained(prompt, sites[0]) == prompt


def test_a_nationality_before_a_role_does_not_name_the_person():
    (site,) = paragraph_sites("In 1896 the Italian physicist Guglielmo Marconi sent a signal.")
    subject = next(t for t in site.sent if t.dep_ == "nsubj")
    role = [t for t in subject.subtree if t.dep_ != "appos" and t.head.dep_ != "appos"]

    named = references.named_subject(subject, [t for t in role if t.ent_type_ != "PERSON"])

    assert [t.text for t in named][-2:] == ["Guglielmo", "Marconi"]
    assert references.unresolved([t for t in role if t.ent_type_ != "PERSON"])


def test_a_nationality_names_the_country_it_stands_for():
    (site,) = paragraph_sites("The Ottoman side agreed to the new quota in 1921.")
    subject = next(t for t in site.sent if t.dep_ == "nsubj")

    assert not references.unresolved(list(subject.subtree))
