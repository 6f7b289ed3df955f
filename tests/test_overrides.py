"""Editors' overrides, driven through the command line on a copy of the project."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml

from generator.overrides import parse_override_text
from tests.test_cli import _invoke, _project

STORY = "2023-09-12-north-korea-russia"


def _digest(directory: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(directory).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = _project(tmp_path_factory.mktemp("overrides"))
    assert _invoke(project, "build").returncode == 0
    return project


def _briefing(project: Path) -> dict:
    return yaml.safe_load((project / "site_src" / "briefings" / f"{STORY}.yaml").read_text())


def _write_override(project: Path, text: str, name: str = STORY) -> Path:
    path = project / "site_src" / "overrides" / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
note: Dempsey's title per the institute; the pariah quote is a paraphrase
who:
  joseph-dempsey: {role: senior fellow for defence and military analysis}
remove:
  statements: ["international pariah"]
"""


def test_edits_apply_show_and_survive_regeneration(project):
    _write_override(project, GOOD)
    result = _invoke(project, "build")
    assert result.returncode == 0, result.stderr
    data = _briefing(project)
    who = {a["id"]: a for a in data["who"]}
    assert who["joseph-dempsey"]["role"] == "senior fellow for defence and military analysis"
    assert not any(q["quote"].startswith("international pariah") for q in data["statements"])
    fields = {(e["field"], e["action"]) for e in data["edits"]}
    assert ("who.joseph-dempsey.role", "patch") in fields and ("statements", "remove") in fields
    assert all(e["note"].startswith("Dempsey's title") for e in data["edits"])
    page = (project / "site" / "briefings" / STORY / "index.html").read_text()
    assert "✎ edited" in page and "Corrections" in page
    download = yaml.safe_load((project / "site" / "briefings" / f"{STORY}.yaml").read_text())
    assert download["edits"] == data["edits"]

    (project / "seeds" / "900_unrelated.txt").write_text(
        " date 2023-10-30 Floods in Valencia forced 3,000 people from their homes, the "
        "regional government said on Monday.", encoding="utf-8")
    assert _invoke(project, "build").returncode == 0
    again = _briefing(project)
    assert {a["id"]: a for a in again["who"]}["joseph-dempsey"]["role"].startswith("senior")
    assert again["edits"] == data["edits"]
    assert len(list((project / "site_src" / "briefings").glob("*.yaml"))) == 2


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("note: x\ncolour: red\n", 2, "unknown key"),
        ("note: x\nwho:\n  joseph-dempsey: {role: a}\n   bad: indentation\n", 4, "invalid YAML"),
        ("note: x\nremove:\n  statements: [\"This quote was never said\"]\n", 3,
         "no longer matches"),
        ("note: x\nwho:\n  nobody-at-all: {role: a}\n", 3, "no longer matches"),
        ("note: x\nadd:\n  statements:\n    - {speaker: russia, quote: invented words, "
         "sources: [s1]}\n", 4, "not verbatim"),
        ("note: x\nset: &a {title: t}\nwho: *a\n", 2, "anchors and aliases"),
        ("note: x\nnote: y\n", 2, "duplicate key"),
        ("note: !!python/object:os.system x\n", 1, "invalid YAML"),
        ("note: x\nwho:\n\tjoseph-dempsey: {role: a}\n", 3, "tabs"),
    ],
)
def test_broken_override_fails_with_file_and_line_and_keeps_the_site(project, text, line,
                                                                     message):
    before = _digest(project / "site"), _digest(project / "site_src" / "briefings")
    path = _write_override(project, text)
    try:
        result = _invoke(project, "build")
        assert result.returncode != 0
        assert f"site_src/overrides/{STORY}.yaml:{line}: " in result.stderr
        assert message in result.stderr
        assert "Traceback" not in result.stderr
        assert (_digest(project / "site"), _digest(project / "site_src" / "briefings")) == before
        check = _invoke(project, "check")
        assert check.returncode == 1 and f"{STORY}.yaml:{line}:" in check.stdout
    finally:
        path.unlink()


def test_override_for_a_story_that_no_longer_exists_is_reported(project):
    path = _write_override(project, "note: old story\n", name="2020-01-01-gone")
    try:
        result = _invoke(project, "check")
        assert result.returncode == 1
        assert "2020-01-01-gone.yaml:1: story id '2020-01-01-gone' no longer matches" in \
            result.stdout
    finally:
        path.unlink()


def test_articles_can_be_moved_between_stories(project):
    path = project / "site_src" / "overrides" / "_stories.yaml"
    path.write_text("note: the second outlet covers a different angle\nmove:\n"
                    "  - {article: 002_d4ecd9298d3a2df7, to: new}\n", encoding="utf-8")
    try:
        assert _invoke(project, "generate").returncode == 0
        ids = sorted(p.stem for p in (project / "site_src" / "briefings").glob("*.yaml"))
        assert STORY in ids and len(ids) == 3  # the seeds split in two, plus the unrelated one
        path.write_text("note: x\nmove:\n  - {article: no-such-article, to: new}\n")
        result = _invoke(project, "check")
        assert result.returncode == 1 and "_stories.yaml:3: move:" in result.stdout
    finally:
        path.unlink()
        assert _invoke(project, "generate").returncode == 0


def test_scaffold_and_schema(project, tmp_path):
    (project / "site_src" / "overrides" / f"{STORY}.yaml").unlink(missing_ok=True)
    result = _invoke(project, "override", "new", STORY)
    assert result.returncode == 0, result.stderr
    text = (project / "site_src" / "overrides" / f"{STORY}.yaml").read_text()
    assert text.startswith("# yaml-language-server: $schema=")
    assert _invoke(project, "check").returncode == 0
    assert _invoke(project, "override", "new", STORY).returncode == 2  # never overwrites
    assert _invoke(project, "schema", "--out", str(tmp_path)).returncode == 0
    schema = yaml.safe_load((tmp_path / "override.schema.json").read_text())
    assert schema["required"] == ["note"] and "remove" in schema["properties"]


def test_yaml_parser_reports_lines():
    data, lines, problems = parse_override_text("note: a\nwho:\n  x: {role: b}\n", "f.yaml")
    assert not problems and lines[("who", "x")] == 3 and data["who"]["x"]["role"] == "b"


def test_briefing_edit_link_opens_its_override_file(project, monkeypatch):
    monkeypatch.setenv("REPO_URL", "https://github.com/example/briefings")
    assert _invoke(project, "build").returncode == 0
    page = (project / "site" / "briefings" / STORY / "index.html").read_text()
    assert f"site_src/overrides?filename={STORY}.yaml" in page or \
        f"edit/main/site_src/overrides/{STORY}.yaml" in page
    assert "api.github.com" not in page


def test_patch_replaces_an_offers_what_by_readable_key(project):
    path = _write_override(project, "note: shells, not artillery in general\npatch:\n"
                           "  offers:\n    \"north-korea: artillery shells\": "
                           "{what: 152 mm artillery shells}\n")
    try:
        assert _invoke(project, "generate").returncode == 0
        data = _briefing(project)
        assert any(o["what"] == "152 mm artillery shells" for o in data["offers"])
        assert ("offers", "patch") in {(e["field"], e["action"]) for e in data["edits"]}
        path.write_text("note: x\npatch:\n  offers:\n    \"north-korea: artillery\": "
                        "{speaker: russia}\n")
        result = _invoke(project, "check")
        assert result.returncode == 1 and f"{STORY}.yaml:4: patch.offers" in result.stdout
    finally:
        path.unlink()


def test_scaffold_refuses_paths_as_story_ids(project):
    for story_id in ("../../etc/passwd", "/etc/passwd", ".hidden"):
        result = _invoke(project, "override", "new", story_id)
        assert result.returncode == 2 and "Traceback" not in result.stderr
    assert not (project / "etc").exists()


def test_yaml_bombs_are_refused_quickly():
    bomb = "note: x\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a]\n" \
        "c: &c [*b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c]\n"
    data, _lines, problems = parse_override_text(bomb, "bomb.yaml")
    assert data is None and problems[0].line == 2 and "anchors" in problems[0].message
