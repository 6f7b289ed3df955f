"""Per-article extraction: Article → ArticleFacts. Independent of every other article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from generator.cache import ExtractionCache
from generator.extract.descriptions import extract_descriptions
from generator.extract.entities import (
    asked_about_only,
    build_table,
    headline_only,
    setting_only,
)
from generator.extract.offers import extract_claims
from generator.extract.parse import ParsedArticle, chunks, segment
from generator.extract.quotes import extract_quotes
from generator.lexicon import load_lexicon
from generator.model import Article, ArticleFacts
from generator.nlp import load_nlp

__all__ = ["extract_article", "extract_articles", "facts_from_parsed"]


def facts_from_parsed(article_id: str, parsed: ParsedArticle) -> ArticleFacts:
    lex = load_lexicon()
    table = build_table(parsed, lex)
    quotes = extract_quotes(parsed, table, lex)
    offers, demands = extract_claims(parsed, table, lex, quotes)
    sentences = tuple(parsed.text[s.start:s.end].strip() for s in parsed.sentences)
    parties = {q.speaker for q in quotes} | {e.affiliation for e in table.entities.values()} | {
        c.by for c in offers + demands} | {c.counterpart for c in offers + demands}
    dropped = table.unnamed - parties  # (a group made for a claim that was then left out)
    dropped |= headline_only(parsed, table) - parties
    dropped |= asked_about_only(parsed, table) - parties
    dropped |= setting_only(parsed, table, lex) - parties
    return ArticleFacts(
        article_id=article_id,
        entities=tuple(table.entities[k] for k in sorted(table.entities) if k not in dropped),
        quotes=tuple(quotes),
        offers=tuple(offers),
        demands=tuple(demands),
        sentences=sentences,
        descriptions=tuple(extract_descriptions(parsed)),
        agencies=table.agencies,
    )


def _parse_missing(articles: list[Article], n_process: int, batch_size: int):
    """(article, ParsedArticle) in input order; all paragraphs go through one `nlp.pipe`, so
    batching and worker processes span articles and memory stays flat."""
    nlp = load_nlp()
    segments = {}

    def pieces():
        for index, article in enumerate(articles):
            segments[index] = segment(article.text)
            for offset, text in chunks(article.text, segments[index][0]):
                yield text, (index, offset)

    current, docs = None, []
    for doc, (index, offset) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size,
                                         n_process=n_process):
        if current is not None and index != current:
            yield articles[current], _assemble(articles[current], segments.pop(current), docs)
            docs = []
        current = index
        docs.append((offset, doc))
    if current is not None:
        yield articles[current], _assemble(articles[current], segments.pop(current), docs)


def _assemble(article: Article, segmented, docs) -> ParsedArticle:
    paras, quotes, sentences = segmented
    return ParsedArticle(article.text, paras, quotes, sentences, docs)


def extract_articles(articles: Iterable[Article], cache: ExtractionCache | None = None,
                     n_process: int = 1, batch_size: int = 64) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order; cached results skip the model entirely."""
    articles = list(articles)
    cached, missing = cache.split(articles) if cache is not None else ({}, articles)
    parsed = _parse_missing(missing, n_process, batch_size)
    for article in articles:
        if article.id in cached:
            yield cached[article.id]
            continue
        parsed_article, parse = next(parsed)
        facts = facts_from_parsed(parsed_article.id, parse)
        if cache is not None:
            cache.put(parsed_article.sha256, facts)
        yield facts


def extract_article(article: Article) -> ArticleFacts:
    return next(extract_articles([article]))
