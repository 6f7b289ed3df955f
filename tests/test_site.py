"""Incremental site builds: only changed pages are rebuilt, the result is byte for byte a full
build, and the previous site is never written to."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.test_cli import _invoke, _project

STORIES = FIXTURES / "gold" / "stories"
HELD_BACK = ("s01c.txt", "s05b.txt")  # one joins an existing story, one starts a story


def _tree(directory: Path) -> dict[str, str]:
    return {p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def _inodes(directory: Path) -> dict[str, int]:
    return {p.relative_to(directory).as_posix(): p.stat().st_ino
            for p in directory.rglob("*") if p.is_file()}


def _with_articles(project: Path, names) -> Path:
    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    for name in names:
        shutil.copy(STORIES / name, project / "seeds" / name)
    return project


def _full_build(tmp_path: Path, names) -> Path:
    project = _with_articles(_project(tmp_path), names)
    assert _invoke(project, "build", "--no-cache").returncode == 0
    return project


ALL = sorted(p.name for p in STORIES.glob("*.txt"))


@pytest.fixture(scope="module")
def incremental(tmp_path_factory):
    """A project built without the held-back articles, then again with them."""
    project = _with_articles(_project(tmp_path_factory.mktemp("inc")),
                             [n for n in ALL if n not in HELD_BACK])
    assert _invoke(project, "build").returncode == 0
    before = _inodes(project / "site"), _tree(project / "site")
    for name in HELD_BACK:
        shutil.copy(STORIES / name, project / "seeds" / name)
    result = _invoke(project, "build")
    assert result.returncode == 0, result.stderr
    return project, before


def test_incremental_build_equals_a_full_build(incremental, tmp_path):
    project, _ = incremental
    full = _full_build(tmp_path, ALL)
    assert _tree(project / "site") == _tree(full / "site")
    assert _tree(project / "site_src" / "briefings") == _tree(full / "site_src" / "briefings")


def test_only_pages_that_changed_are_rebuilt(incremental):
    project, (inodes_before, _) = incremental
    after = _inodes(project / "site")
    kept = {path for path, inode in after.items() if inodes_before.get(path) == inode}
    rebuilt = set(after) - kept
    briefings = {p for p in after if p.startswith("briefings/") and p.endswith("index.html")}
    # most briefing pages are untouched; the home page and the search index are rebuilt
    assert len(briefings & kept) >= len(briefings) - 2
    assert {"index.html", "search/search_index.json", "sitemap.xml"} <= rebuilt
    assert any(p.startswith("briefings/") for p in rebuilt)


def test_incremental_build_after_removing_articles(incremental, tmp_path):
    project, _ = incremental
    fewer = [n for n in ALL if not n.startswith("s01")]  # a whole story disappears
    _with_articles(project, fewer)
    assert _invoke(project, "build").returncode == 0
    assert _tree(project / "site") == _tree(_full_build(tmp_path, fewer) / "site")


def test_a_changed_template_rebuilds_every_briefing(tmp_path):
    project = _with_articles(_project(tmp_path / "p"), ALL[:6])
    assert _invoke(project, "build").returncode == 0
    template = project / "templates" / "briefing.md.j2"
    template.write_text(template.read_text() + "\nEnd of briefing.\n")
    assert _invoke(project, "build").returncode == 0
    pages = sorted((project / "site" / "briefings").glob("*/index.html"))
    assert pages and all("End of briefing." in p.read_text() for p in pages)


def test_a_failed_incremental_build_leaves_the_old_site_alone(tmp_path, monkeypatch):
    import mkdocs.commands.build as mkdocs_build

    names = [n for n in ALL if n not in HELD_BACK]
    project = _with_articles(_project(tmp_path / "p"), names)
    assert _invoke(project, "build").returncode == 0
    before = _tree(project / "site")
    real_build = mkdocs_build.build

    def build_then_fail(config, **kwargs):
        real_build(config, **kwargs)
        for path in Path(config["site_dir"]).rglob("*.html"):  # scribble over every output
            path.write_text("half-written")
        raise KeyboardInterrupt

    for name in HELD_BACK:
        shutil.copy(STORIES / name, project / "seeds" / name)
    monkeypatch.setattr(mkdocs_build, "build", build_then_fail)
    assert _invoke(project, "build").returncode != 0
    assert _tree(project / "site") == before
    manifest = project / ".cache" / "site" / "manifest.json"
    assert not manifest.exists()  # the next build cannot trust the docs directory: full
    monkeypatch.setattr(mkdocs_build, "build", real_build)
    assert _invoke(project, "build").returncode == 0
    assert json.loads(manifest.read_text())["pages"]
    assert _tree(project / "site") == _tree(_full_build(tmp_path / "full", ALL) / "site")
