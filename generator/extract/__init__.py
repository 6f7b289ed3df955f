"""Per-article extraction: Article → ArticleFacts. Independent of every other article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from generator.extract.entities import build_table
from generator.extract.offers import extract_claims, extract_descriptions
from generator.extract.parse import ParsedArticle, assemble, chunks, segment
from generator.extract.quotes import extract_quotes
from generator.lexicon import load_lexicon
from generator.model import Article, ArticleFacts
from generator.nlp import load_nlp

__all__ = ["extract_article", "extract_articles", "facts_from_parsed"]


def facts_from_parsed(article_id: str, parsed: ParsedArticle) -> ArticleFacts:
    lex = load_lexicon()
    table = build_table(parsed, lex)
    quotes = extract_quotes(parsed, table, lex)
    offers, demands = extract_claims(parsed, table, lex)
    sentences = tuple(parsed.text[s.start:s.end].strip() for s in parsed.sentences)
    return ArticleFacts(
        article_id=article_id,
        entities=tuple(table.entities[k] for k in sorted(table.entities)),
        quotes=tuple(quotes),
        offers=tuple(offers),
        demands=tuple(demands),
        sentences=sentences,
        descriptions=tuple(extract_descriptions(parsed)),
        agencies=table.agencies,
    )


def extract_articles(articles: Iterable[Article], batch_size: int = 64) -> Iterator[ArticleFacts]:
    """Parse paragraphs of all articles in one streamed `nlp.pipe`, then extract each article."""
    nlp = load_nlp()
    for article in articles:
        paras, _quotes, _sentences = segment(article.text)
        pieces = chunks(article.text, paras)
        docs = list(zip([o for o, _ in pieces],
                        nlp.pipe([t for _, t in pieces], batch_size=batch_size), strict=True))
        yield facts_from_parsed(article.id, assemble(article.text, docs))


def extract_article(article: Article) -> ArticleFacts:
    return next(extract_articles([article]))
