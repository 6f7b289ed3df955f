from __future__ import annotations

import datetime as dt

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
    assert yaml.safe_load(front)["title"] == PAYLOAD  # front matter is data, never markup
    page = body
    html = Markdown(extensions=["tables", "admonition", "md_in_html"]).convert(page)
    assert "<script" not in html
    assert 'href="javascript' not in html
    assert "<strong>b</strong>" not in html
    assert "&lt;script&gt;" in html


@given(st.text(max_size=200))
def test_escaped_text_renders_back_to_itself(text):
    html = Markdown().convert(md_escape(text))
    import html as html_lib
    import re

    rendered = html_lib.unescape(re.sub(r"</?p>", "", html)).strip()
    assert rendered == " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())
