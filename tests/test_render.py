from __future__ import annotations

import datetime as dt
import html as html_lib
import re

import yaml
from hypothesis import given
from hypothesis import strategies as st
from markdown import Markdown

from generator.model import Actor, Briefing, QuoteItem, Source
from generator.render import md_escape, render_site
from tests.conftest import ROOT

PAYLOAD = '<script>window.__pwned=1</script> [x](javascript:alert(1)) **b** # h | {{ x }}'


def _briefing(text: str) -> Briefing:
    return Briefing(
        id="2024-01-01-test", title=text, date=dt.date(2024, 1, 1), updated=dt.date(2024, 1, 1),
        summary=text,
        who=[Actor(id="x", name=text, kind="person", role=text, sources=["s1"])],
        statements=[QuoteItem(speaker="x", quote=text, sources=["s1"])],
        sources=[Source(id="s1", file="seeds/x.txt", date=dt.date(2024, 1, 1), sha256="0")],
    )


def test_article_text_never_becomes_markup(tmp_path):
    render_site([_briefing(PAYLOAD)], ROOT / "templates", tmp_path)
    page = (tmp_path / "briefings" / "2024-01-01-test.md").read_text()
    front, body = page.split("---\n", 2)[1:]
    # front matter is data, HTML-escaped because the theme prints the title as it is
    title = yaml.safe_load(front)["title"]
    assert "<" not in title and html_lib.unescape(title) == PAYLOAD
    page = body
    html = Markdown(extensions=["tables", "admonition", "md_in_html"]).convert(page)
    assert "<script" not in html
    assert 'href="javascript' not in html
    assert "<strong>b</strong>" not in html
    assert "&lt;script&gt;" in html


@given(st.text(max_size=200))
def test_escaped_text_renders_back_to_itself(text):
    html = Markdown().convert(md_escape(text))
    rendered = html_lib.unescape(re.sub(r"</?p>", "", html)).strip()
    assert rendered == " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())


def test_feeds_follow_their_specs(tmp_path):
    import json
    from xml.etree import ElementTree as ET

    render_site([_briefing(PAYLOAD)], ROOT / "templates", tmp_path)
    atom = ET.fromstring((tmp_path / "feed.xml").read_text())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert atom.tag == "{http://www.w3.org/2005/Atom}feed"
    for required in ("a:id", "a:title", "a:updated", "a:author/a:name"):
        assert atom.find(required, ns) is not None
    entry = atom.find("a:entry", ns)
    for required in ("a:id", "a:title", "a:updated", "a:link", "a:summary"):
        assert entry.find(required, ns) is not None
    assert entry.find("a:title", ns).text == PAYLOAD  # text, not markup
    assert entry.find("a:id", ns).text.startswith("tag:")
    feed = json.loads((tmp_path / "feed.json").read_text())
    assert feed["version"] == "https://jsonfeed.org/version/1.1" and feed["title"]
    assert all(item["id"] and ("content_text" in item or "content_html" in item)
               for item in feed["items"])


def test_entity_pages_list_quotes_and_link_back(tmp_path):
    render_site([_briefing("Plain words here")], ROOT / "templates", tmp_path)
    page = (tmp_path / "entities" / "x.md").read_text()
    assert "Plain words here" in page
    assert "../briefings/2024-01-01-test.md" in page
    briefing = (tmp_path / "briefings" / "2024-01-01-test.md").read_text()
    assert "](../entities/x.md)" in briefing


def test_mermaid_labels_cannot_break_out():
    from generator.render import _mermaid_label

    label = _mermaid_label('a"]; click n0 "javascript:alert(1)"|<b>', limit=200)
    assert not set('"[]|<>;') & set(re.sub(r"#\w+;", "", label))


def test_evidence_carried_word_for_word_by_several_sources_is_shown_once(tmp_path):
    from generator.model import Evidence, Offer

    sentence = "Norway will send drones to Chile."
    briefing = _briefing("Drones").model_copy(update={"offers": [Offer(
        by="x", what="drones", evidence=[Evidence(source="s1", text=sentence),
                                         Evidence(source="s2", text=sentence),
                                         Evidence(source="s3", text="Drones are on the way.")])]})
    render_site([briefing], ROOT / "templates", tmp_path)
    page = (tmp_path / "briefings" / "2024-01-01-test.md").read_text()
    evidence = re.search(r'<details class="evidence">.*?</details>', page).group(0)
    assert evidence.count(sentence) == 1 and evidence.count("Drones are on the way.") == 1
    assert re.findall(r'class="source-badge">([^<]*)<', evidence) == ["s1 · s2", "s3"]
