"""Hostile inputs: every case gives a briefing or a `file:line: message`, never a traceback,
and one bad input never stops the others."""

from __future__ import annotations

import base64
import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from generator.ingest import read_article
from tests.conftest import FIXTURES
from tests.test_cli import _invoke, _project

CASES = yaml.safe_load((FIXTURES / "hostile" / "cases.yaml").read_text(encoding="utf-8"))["cases"]
GOOD = " date 2024-05-01 Mayor Ana Lopes opened the new bridge in Porto on Wednesday.\n"


def _content(case: dict) -> bytes:
    if "content_base64" in case:
        return base64.b64decode(case["content_base64"])
    if "generate" in case:
        spec = case["generate"]
        body = spec["repeat"] * (spec["bytes"] // len(spec["repeat"]) + 1)
        return (" date 2024-05-01 " + body).encode()
    return case["content"].encode("utf-8")


def test_corpus_has_enough_cases():
    assert len(CASES) >= 50
    assert len({c["name"] for c in CASES}) == len(CASES)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """All cases in one seeds folder beside a good article, generated once."""
    project = tmp_path_factory.mktemp("hostile")
    seeds = project / "seeds"
    seeds.mkdir()
    (seeds / "000_good.txt").write_text(GOOD, encoding="utf-8")
    for case in CASES:
        (seeds / case["name"]).write_bytes(_content(case))
    return project, _invoke(project, "generate")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_outcome(hostile_run, case):
    project, result = hostile_run
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines()
              if line.startswith(f"seeds/{case['name']}:")]
    if case["expect"] == "error":
        assert len(errors) == 1, result.stderr
        assert errors[0].startswith(f"seeds/{case['name']}:{case['line']}: ")
        assert case["message"] in errors[0]
    else:
        assert errors == []
        article = read_article(project / "seeds" / case["name"])
        briefings = [yaml.safe_load(p.read_text(encoding="utf-8"))
                     for p in (project / "site_src" / "briefings").glob("*.yaml")]
        mine = [b for b in briefings if any(s["file"].endswith(case["name"]) for s in b["sources"])]
        assert len(mine) == 1, "a readable article ends up in exactly one briefing"
        source = next(s["id"] for s in mine[0]["sources"] if s["file"].endswith(case["name"]))
        for quote in mine[0]["expert_views"] + mine[0]["statements"]:
            if source in quote["sources"]:
                assert quote["quote"] in article.text or any(
                    v["text"] in article.text for v in quote.get("variants", []))


def test_bad_inputs_exit_non_zero_with_a_summary(hostile_run):
    _project_dir, result = hostile_run
    assert result.returncode == 1
    assert "problem(s)" in result.stderr


def test_fail_fast_stops_at_the_first_problem(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a_bad.txt").write_text("no header\n")
    (seeds / "b_bad.txt").write_text("no header either\n")
    result = _invoke(tmp_path, "generate", "--fail-fast")
    assert result.returncode == 2
    assert "seeds/a_bad.txt:1:" in result.stderr and "b_bad.txt" not in result.stderr
    assert not (tmp_path / "site_src" / "briefings").exists()


def test_many_tiny_articles(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(5000):
        (seeds / f"{i:05d}.txt").write_text(
            f" date 2024-{i % 12 + 1:02d}-{i % 28 + 1:02d} Item {i} was filed by clerk {i}.\n")
    result = _invoke(tmp_path, "generate")
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(list((tmp_path / "site_src" / "briefings").glob("*.yaml"))) >= 1


def _tree_digest(directory: Path) -> dict[str, str]:
    return {p.relative_to(directory).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


def test_build_is_deterministic_across_runs_and_input_order(tmp_path):
    first = _project(tmp_path / "one")
    assert _invoke(first, "build").returncode == 0
    second = _project(tmp_path / "two")
    shutil.rmtree(second / "seeds")
    (second / "seeds").mkdir()
    for path in sorted((first / "seeds").iterdir(), reverse=True):  # written in reverse order
        (second / "seeds" / path.name).write_bytes(path.read_bytes())
    assert _invoke(second, "build").returncode == 0
    assert _tree_digest(first / "site_src" / "briefings") == _tree_digest(
        second / "site_src" / "briefings")
    assert _tree_digest(first / "site") == _tree_digest(second / "site")


def test_failed_build_leaves_the_previous_site_intact(tmp_path, monkeypatch):
    project = _project(tmp_path)
    assert _invoke(project, "build").returncode == 0
    before = _tree_digest(project / "site"), _tree_digest(project / "site_src" / "briefings")

    import mkdocs.commands.build as mkdocs_build

    def broken(config, **kwargs):
        (Path(config["site_dir"]) / "index.html").write_text("half-written")
        raise KeyboardInterrupt  # killed in the last step

    monkeypatch.setattr(mkdocs_build, "build", broken)
    assert _invoke(project, "build").returncode != 0
    assert _tree_digest(project / "site") == before[0]
    assert not [p for p in project.iterdir() if p.name.startswith(".site.tmp")]
