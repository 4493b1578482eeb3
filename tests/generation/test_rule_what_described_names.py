"""A long name given a short one: the question describes the long name by what was done
with it and when, instead of writing it out."""

from quizzes.generation.rules.what import drafts as what_drafts


def also_called(site) -> list[tuple[str, str]]:
    return [(d.prompt, d.answer) for d in what_drafts(site) if d.rule == "what:also_called"]


def test_a_long_name_is_described_by_its_occasion_and_date(site):
    sentence = (
        "At the 3rd Kessar Forum in Orm in May 2004 the ministers adopted the Joint Statement "
        "on Trade and Fisheries Cooperation for the Northern Seas, usually called the Orm "
        "Statement."
    )
    assert also_called(site(sentence)) == [
        (
            "What is the joint statement adopted at the 3rd Kessar Forum in May 2004 usually"
            " called?",
            "Orm Statement",
        )
    ]


def test_the_occasion_keeps_its_whole_name_but_not_the_place_that_names_the_key(site):
    sentence = (
        "At the Second Congress on Fisheries in Orm in June 1998, the delegates adopted the "
        "Charter for the Protection of Coastal Waters and Inland Lakes, usually called the "
        "Orm Charter."
    )
    assert also_called(site(sentence)) == [
        (
            "What is the charter adopted at the Second Congress on Fisheries in June 1998"
            " usually called?",
            "Orm Charter",
        )
    ]


def test_a_short_name_is_written_out(site):
    sentence = "The Vienna Observatory, commonly known as the Old Tower, opened in 1756."
    assert also_called(site(sentence)) == [
        ("What is the Vienna Observatory commonly known as?", "Old Tower")
    ]


def test_a_name_beginning_after_a_verb_phrase_is_not_extended_past_it(site):
    sentence = (
        "Trade between the two ports began with the Treaty of Commerce and Navigation, "
        "usually called the Treaty of Varna, signed on 2 May 1790."
    )
    assert also_called(site(sentence)) == [
        ("What is the Treaty of Commerce and Navigation usually called?", "Treaty of Varna")
    ]


def test_the_tail_of_a_longer_name_is_not_taken_for_the_name(site):
    sentence = (
        "The board approved the Plan for Renewal of Harbours and Docks for the Northern "
        "Coast, usually called the Coast Plan."
    )
    assert all(
        not q.startswith("What is the Northern Coast") for q, _ in also_called(site(sentence))
    )
