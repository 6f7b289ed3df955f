"""Per-article extraction on a Dask distributed cluster.

Each article is one task; workers load the spaCy pipeline once (per process) and send back
plain JSON, so results are byte-for-byte those of a local run. Cached articles never leave
this machine.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.cache import ExtractionCache
from generator.errors import InputError, Problem
from generator.model import Article, ArticleFacts


def extract_task(article_json: str) -> str:
    """Runs on a worker: Article JSON in, ArticleFacts JSON out."""
    from generator.extract import extract_article

    return extract_article(Article.model_validate_json(article_json)).model_dump_json()


def _run_on_cluster(articles: list[Article], scheduler: str) -> dict[str, str]:
    from distributed import Client

    try:
        client = Client(scheduler, set_as_default=False, timeout="20s")
    except OSError as exc:
        raise InputError(Problem("--scheduler", 0, f"cannot reach the Dask scheduler at "
                                 f"{scheduler}: {exc}")) from None
    with client:
        futures = client.map(extract_task, [a.model_dump_json() for a in articles],
                             key=[f"extract-{a.sha256}" for a in articles])
        return dict(zip((a.id for a in articles), client.gather(futures), strict=True))


def extract_on_cluster(articles: list[Article], scheduler: str,
                       cache: ExtractionCache | None = None) -> Iterator[ArticleFacts]:
    cached, missing = cache.split(articles) if cache is not None else ({}, articles)
    results = _run_on_cluster(missing, scheduler) if missing else {}
    for article in articles:
        if article.id in cached:
            yield cached[article.id]
            continue
        facts = ArticleFacts.model_validate_json(results[article.id])
        if cache is not None:
            cache.put(article.sha256, facts)
        yield facts
