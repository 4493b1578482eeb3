"""config.static_storage: production's static files storage."""

import json

from config.static_storage import StaticFilesStorage


def write_manifest(root, paths: dict[str, str]) -> None:
    manifest = {"paths": paths, "version": "1.1", "hash": "0"}
    (root / "staticfiles.json").write_text(json.dumps(manifest))


def test_pages_link_the_hashed_file_the_manifest_names(tmp_path):
    write_manifest(tmp_path, {"css/site.css": "css/site.0123abcd.css"})
    storage = StaticFilesStorage(location=tmp_path, base_url="/static/")
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css", "asked again"


def test_each_file_keeps_its_own_address(tmp_path):
    write_manifest(
        tmp_path, {"css/site.css": "css/site.0123abcd.css", "js/player.js": "js/player.4567ef.js"}
    )
    storage = StaticFilesStorage(location=tmp_path, base_url="/static/")
    assert storage.url("js/player.js") == "/static/js/player.4567ef.js"
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
