"""End to end through the command line, in a temporary project copy."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import ROOT


def _project(tmp_path: Path) -> Path:
    for name in ("seeds", "templates", "site_src/pages", "site_src/theme"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "site_src" / "overrides").mkdir(parents=True)
    return tmp_path


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def _invoke(project: Path, *args: str) -> Ran:
    """Run the CLI in this process (spaCy loads once) from inside `project`."""
    previous = Path.cwd()
    os.chdir(project)
    try:
        result = CliRunner().invoke(main, list(args))
    finally:
        os.chdir(previous)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout, result.stderr)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = _project(tmp_path_factory.mktemp("project"))
    result = _invoke(project, "build")
    assert result.returncode == 0, result.stderr
    return project


def _briefing(project: Path) -> dict:
    files = sorted((project / "site_src" / "briefings").glob("*.yaml"))
    assert len(files) == 1, "the two seed articles are one story"
    return yaml.safe_load(files[0].read_text())


def test_build_writes_yaml_and_site(built):
    data = _briefing(built)
    assert (built / "site" / "index.html").exists()
    page = built / "site" / "briefings" / data["id"] / "index.html"
    html = page.read_text()
    assert "Dempsey" in html and "Peskov" in html
    assert (built / "site" / "search" / "search_index.json").exists()
    assert [s["id"] for s in data["sources"]] == ["s1", "s2"]


def test_seed_briefing_names_the_actors_with_affiliations(built):
    data = _briefing(built)
    who = {a["id"]: a for a in data["who"]}
    for person, org in [("joseph-dempsey", "international-institute-for-strategic-studies"),
                        ("yang-moo-jin", "university-of-north-korean-studies"),
                        ("cho-han-bum", "korea-institute-for-national-unification"),
                        ("park-won-gon", "ewha-university"),
                        ("dmitry-peskov", "russia")]:
        assert who[person]["affiliation"] == org
        assert org in who
    assert {"kim-jong-un", "vladimir-putin", "north-korea", "russia", "united-states"} <= set(who)


def test_seed_offers_and_demands(built):
    data = _briefing(built)
    assert any(o["by"] == "north-korea" and o.get("to") == "russia"
               and "artillery shells" in o["what"] for o in data["offers"])
    assert any(d["by"] == "north-korea" and d.get("from") == "russia"
               and any(w in d["what"] for w in ("food", "fertiliser", "energy", "technolog"))
               for d in data["demands"])


def test_every_quote_and_evidence_is_verbatim_in_its_source(built):
    data = _briefing(built)
    from generator.ingest import read_article

    texts = {s["id"]: read_article(built / s["file"]).text for s in data["sources"]}
    ids = {a["id"] for a in data["who"]} | {"unknown"}
    for item in data["expert_views"] + data["statements"]:
        variants = {v["source"]: v["text"] for v in item.get("variants", [])}
        assert item["speaker"] in ids
        for source in item["sources"]:
            assert variants.get(source, item["quote"]) in texts[source]
    for item in data["offers"] + data["demands"]:
        for evidence in item["evidence"]:
            assert evidence["text"] in texts[evidence["source"]]


def test_no_template_noise_reaches_yaml_or_site(built):
    for path in list((built / "site_src" / "briefings").glob("*.yaml")) + list(
            (built / "site").rglob("*.html")):
        text = path.read_text()
        assert "adFree" not in text
        if path.suffix == ".yaml":
            assert "{{" not in text and "}}" not in text


def test_generate_is_deterministic(built, tmp_path):
    project = _project(tmp_path)
    assert _invoke(project, "generate").returncode == 0
    digest = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
              for p in (project / "site_src" / "briefings").glob("*.yaml")}
    expected = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in (built / "site_src" / "briefings").glob("*.yaml")}
    assert digest == expected


def test_bad_article_is_reported_with_file_and_line_and_others_still_build(tmp_path):
    project = _project(tmp_path)
    (project / "seeds" / "zz_bad.txt").write_text("no header here\n", encoding="utf-8")
    result = _invoke(project, "generate")
    assert result.returncode == 1
    assert "seeds/zz_bad.txt:1: missing header" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(list((project / "site_src" / "briefings").glob("*.yaml"))) == 1
    check = _invoke(project, "check")
    assert check.returncode == 1 and "seeds/zz_bad.txt:1:" in check.stdout


def test_every_command_has_help():
    runner = CliRunner()
    for command in main.commands:
        result = runner.invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_workflows_are_valid():
    checker = Path(sys.executable).with_name("check-jsonschema")
    workflows = sorted(str(p) for p in (ROOT / ".github" / "workflows").glob("*.yml"))
    result = subprocess.run([str(checker), "--builtin-schema", "vendor.github-workflows",
                             *workflows], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    publish = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text())
    assert publish["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = [s.get("uses", "") for job in publish["jobs"].values() for s in job["steps"]]
    assert any(s.startswith("actions/upload-pages-artifact") for s in steps)
    assert any(s.startswith("actions/deploy-pages") for s in steps)


def test_mkdocs_config_keeps_fonts_off():
    config = (ROOT / "mkdocs.yml").read_text()
    assert "font: false" in config


def test_seed_story_merges_sources_with_provenance(built):
    data = _briefing(built)
    quotes = data["expert_views"] + data["statements"]
    for speaker, start in [("cho-han-bum", "Russia is a food export country"),
                           ("joseph-dempsey", "North Korea likely represents")]:
        items = [q for q in quotes if q["speaker"] == speaker and q["quote"].startswith(start)]
        assert len(items) == 1 and items[0]["sources"] == ["s1", "s2"]
    train = [d for d in data["discrepancies"] if d["about"] == "train"]
    assert len(train) == 1
    assert {c["source"] for c in train[0]["claims"]} == {"s1", "s2"}
    only = {c["source"]: c["only_here"] for c in data["coverage"]}
    assert "yang-moo-jin" in only["s1"]
    assert {"dmitry-peskov", "park-won-gon"} <= set(only["s2"])


def test_real_entry_point_reports_errors_without_traceback(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "x.txt").write_bytes(b"\xff\xfe not text")
    result = subprocess.run([sys.executable, "-m", "generator", "check", "--seeds", "seeds"],
                            cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 1
    assert "seeds/x.txt:1: not valid UTF-8" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_serve_rebuilds_when_an_article_is_added(tmp_path):
    import re
    import time
    import urllib.request

    project = _project(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--port", "0", "--interval", "0.2"],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines = []
        while not any("serving http" in line for line in lines):
            lines.append(process.stdout.readline())
            assert process.poll() is None, "".join(lines)
        base = re.search(r"(http://127\.0\.0\.1:\d+/)", lines[-1]).group(1)
        assert b"Latest briefings" in urllib.request.urlopen(base, timeout=10).read()
        (project / "seeds" / "900_new.txt").write_text(
            " date 2024-02-02 Floods in Valencia forced 3,000 people from their homes, the "
            "regional government said on Friday.", encoding="utf-8")
        deadline = time.monotonic() + 120
        while "built 2 briefing(s)" not in process.stdout.readline():
            assert time.monotonic() < deadline
        assert b"Valencia" in urllib.request.urlopen(base, timeout=10).read()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_entity_page_lists_quotes_and_links_back(built):
    page = (built / "site" / "entities" / "joseph-dempsey" / "index.html").read_text()
    assert "North Korea likely represents the largest stockpiles" in page
    assert "key technologies, knowledge and manufacturing capacity" in page
    assert "../../briefings/2023-09-12-north-korea-russia/" in page
    briefing = (built / "site" / "briefings" / "2023-09-12-north-korea-russia" /
                "index.html").read_text()
    assert "../../entities/joseph-dempsey/" in briefing


def test_headings_are_in_order_and_tables_have_header_rows(built):
    import re

    for path in (built / "site").rglob("index.html"):
        html = path.read_text()
        article = html[html.find("<article"):html.find("</article>")]
        levels = [int(h) for h in re.findall(r"<h([1-6])[ >]", article)]
        assert levels and levels[0] == 1, path
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), (path, levels)
        for table in re.findall(r"<table>.*?</table>", article, flags=re.S):
            assert "<thead>" in table and "<th" in table, path
