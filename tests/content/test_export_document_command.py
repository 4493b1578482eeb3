import json

from tests.content.helpers import run_manage


def test_exports_the_section_tree_as_json(seed_document, capsys):
    assert run_manage("export_document", seed_document.slug, "--format", "json") == 0
    exported = json.loads(capsys.readouterr().out)

    assert exported["slug"] == "bluebook-2008-ch3"
    assert exported["title"] == "Japan's Foreign Policy in Major Diplomatic Fields"
    [chapter] = exported["sections"]
    assert (chapter["label"], chapter["kind"], chapter["path"]) == ("3", "chapter", "3")
    [part] = chapter["children"]
    assert [s["label"] for s in part["children"]] == [
        "(a)",
        "(b)",
        "(c)",
        "(d)",
        "(e)",
        "(f)",
        "(g)",
    ]
    crime = part["children"][2]
    assert set(crime) == {
        "label",
        "title",
        "kind",
        "path",
        "paragraphs",
        "glossary",
        "captions",
        "children",
    }
    assert crime["path"] == "3/1/c"
    assert len(crime["paragraphs"]) == 1
    assert crime["glossary"][0]["term"] == "FATF"
    assert crime["glossary"][0]["definition"].startswith("An international framework")
    assert part["children"][4]["captions"][0].startswith("Minister for Foreign Affairs Koumura")


def test_unknown_slug_is_a_clear_error(db, capsys):
    assert run_manage("export_document", "no-such-document") == 1
    assert "No document with slug 'no-such-document'" in capsys.readouterr().err
