"""The built site in a real browser (Debian's chromium driven by Playwright), served on
127.0.0.1: search works, pages load nothing from other hosts, article text never runs."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from tests.test_cli import _invoke, _project

STORY = "2023-09-12-north-korea-russia"
CHROMIUM = next((p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and
                 Path(p).exists()), None)


def _require_browser() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: `make test` installs it with apt-get")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return CHROMIUM


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = _require_browser()
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"])
        yield browser
        browser.close()


def _serve(directory: Path):
    handler = functools.partial(_Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def seeds_site(tmp_path_factory):
    project = _project(tmp_path_factory.mktemp("browser"))
    assert _invoke(project, "build").returncode == 0
    server, base = _serve(project / "site")
    yield project / "site", base
    server.shutdown()


def _search(browser, base: str, words: str):
    """Type `words` into the theme's search box; returns the page and the seeds' result link."""
    page = browser.new_page()
    page.goto(f"{base}/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially(words, delay=30)
    result = page.locator(f".md-search-result__item a[href*='{STORY}']").first
    result.wait_for(timeout=15000)
    return page, result


def test_search_finds_the_briefing_and_clicks_through(browser, seeds_site):
    page, result = _search(browser, seeds_site[1], "Dempsey")
    assert "Kim Jong Un" in page.locator(".md-search-result").inner_text()
    result.click()
    page.wait_for_url(f"**/briefings/{STORY}/**", timeout=15000)
    assert page.locator("h1").first.inner_text().startswith("North Korea")
    page.close()


@pytest.mark.parametrize("words", ["pendulum diplomacy", "artillery shells", "Peskov"])
def test_search_by_quote_words_topics_and_names(browser, seeds_site, words):
    page, _result = _search(browser, seeds_site[1], words)
    page.close()


def _pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).parent.as_posix() for p in site.rglob("index.html"))


def test_no_page_loads_anything_from_another_host(browser, seeds_site):
    site, base = seeds_site
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in _pages(site):
        page.goto(f"{base}/{'' if path == '.' else path + '/'}")
        page.wait_for_load_state("networkidle")
    page.close()
    foreign = [u for u in requested if not u.startswith(base) and not u.startswith("data:")]
    assert foreign == []
    assert any("mermaid" in u for u in requested), "the graph page loads the bundled Mermaid"


def test_mermaid_graph_renders_offers_both_ways(browser, seeds_site):
    site, base = seeds_site
    source = (site / "briefings" / STORY / "index.html").read_text(encoding="utf-8")
    graph = source[source.index('class="mermaid"'):]
    graph = graph[:graph.index("</pre>")]
    assert "artillery shells" in graph
    assert "technolog" in graph or "food" in graph
    page = browser.new_page()
    page.goto(f"{base}/briefings/{STORY}/")
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "document.querySelector('.mermaid') && "
        "document.querySelector('.mermaid').getBoundingClientRect().height > 100",
        timeout=15000)  # rendered (the theme draws it in a closed shadow root)
    page.close()


PAYLOADS = [
    ('<script>window.__pwned=1</script> "We want <script>window.__pwned=2</script> peace," '
     'said Ana Ruiz, a professor at the <img src=x onerror="window.__pwned=3"> University.'),
    ('Read [this](javascript:window.__pwned=4) and <a href="javascript:window.__pwned=5">that'
     '</a>. <svg onload=window.__pwned=6> "Click <img src=x onerror=window.__pwned=7>," said '
     'Mayor Ana Ruiz. {{ 7*7 }} {% raw %}'),
]


def test_injected_article_text_never_runs(browser, tmp_path):
    project = _project(tmp_path)
    for index, payload in enumerate(PAYLOADS):
        (project / "seeds" / f"90{index}_payload.txt").write_text(
            f" date 2024-06-0{index + 1} {payload}\n", encoding="utf-8")
    assert _invoke(project, "build").returncode == 0
    server, base = _serve(project / "site")
    try:
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        shown = ""
        for path in _pages(project / "site"):
            page.goto(f"{base}/{'' if path == '.' else path + '/'}")
            page.wait_for_load_state("networkidle")
            assert page.evaluate("window.__pwned") is None, path
            if path.startswith("briefings/"):
                shown += page.locator("article").inner_text()
        for link in page.locator("a[href^='javascript']").all():
            pytest.fail(f"a javascript: link reached the page: {link.get_attribute('href')}")
        assert dialogs == []
        assert "<script>window.__pwned=1</script>" in shown  # shown as text
        page.close()
    finally:
        server.shutdown()


def test_pagefind_search_finds_the_briefing(browser, tmp_path):
    project = _project(tmp_path)
    assert _invoke(project, "build", "--search", "pagefind").returncode == 0
    assert (project / "site" / "pagefind" / "pagefind-ui.js").exists()
    server, base = _serve(project / "site")
    try:
        page = browser.new_page()
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.goto(f"{base}/find/")
        page.locator(".pagefind-ui__search-input").press_sequentially("Dempsey", delay=30)
        page.locator(f".pagefind-ui__result-link[href*='{STORY}']").first.wait_for(
            timeout=15000)
        assert all(u.startswith(base) or u.startswith("data:") for u in requested)
        first_load = sum((project / "site" / u[len(base) + 1:].split("?")[0]).stat().st_size
                         for u in requested if "/pagefind/" in u and not u.endswith("/"))
        assert first_load < 400_000
        # the diagram's source (`graph LR`) is markup, not content: it is not indexed
        assert "graph LR" in (project / "site" / "briefings" / STORY / "index.html").read_text()
        search = page.locator(".pagefind-ui__search-input")
        search.fill("")
        search.press_sequentially("graph", delay=30)
        page.locator(".pagefind-ui__message", has_text="No results").wait_for(timeout=15000)
        page.close()
    finally:
        server.shutdown()
