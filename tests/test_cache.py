from __future__ import annotations

import generator.extract as extract_module
from generator.cache import ExtractionCache
from generator.extract import extract_articles
from tests.conftest import make_article

BODIES = [
    '"We will build the bridge," Mayor Ana Lopes said in Porto on Monday.',
    'Norway will supply drones to Ukraine, the ministry said. "It is urgent," Jonas Gahr said.',
    '"Prices will rise," said Nina Petrova, an economist at the Baltic Institute.',
]


class _Spy:
    """Wraps the real pipeline and records which texts went through it."""

    def __init__(self, real):
        self.real = real
        self.texts: list[str] = []

    def pipe(self, items, **kwargs):
        items = list(items)
        self.texts += [text for text, _context in items]
        return self.real.pipe(items, **kwargs)


def test_cached_articles_skip_the_model_and_new_ones_do_not(tmp_path, monkeypatch):
    articles = [make_article(b, f"a{i}") for i, b in enumerate(BODIES[:2])]
    cache = ExtractionCache(tmp_path)
    first = list(extract_articles(articles, cache=cache))
    spy = _Spy(extract_module.load_nlp())
    monkeypatch.setattr(extract_module, "load_nlp", lambda: spy)
    assert list(extract_articles(articles, cache=cache)) == first
    assert spy.texts == []
    new = make_article(BODIES[2], "a2")
    result = list(extract_articles([*articles, new], cache=cache))
    assert result[:2] == first and result[2].article_id == "a2"
    assert spy.texts == [new.text]


def test_cache_entry_follows_a_renamed_file(tmp_path):
    cache = ExtractionCache(tmp_path)
    article = make_article(BODIES[0], "old-name")
    facts = list(extract_articles([article], cache=cache))[0]
    renamed = article.model_copy(update={"id": "new-name"})
    again = cache.get(renamed.sha256, renamed.id)
    assert again.article_id == "new-name" and again.quotes == facts.quotes


def test_worker_processes_give_the_same_facts():
    articles = [make_article(b, f"a{i}") for i, b in enumerate(BODIES * 2)]
    assert list(extract_articles(articles, n_process=2, batch_size=2)) == list(
        extract_articles(articles))
