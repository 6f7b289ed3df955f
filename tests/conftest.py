from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.extract import extract_article
from generator.ingest import clean_text, sha256_of
from generator.model import Article, ArticleFacts

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def make_article(body: str, article_id: str = "a1", date: str = "2024-03-01") -> Article:
    text = clean_text(body)
    return Article(id=article_id, file=f"seeds/{article_id}.txt", date=dt.date.fromisoformat(date),
                   text=text, sha256=sha256_of(body.encode()))


def facts_of(body: str, article_id: str = "a1") -> ArticleFacts:
    return extract_article(make_article(body, article_id))


def speakers(facts: ArticleFacts) -> dict[str, str]:
    """First words of each quote → speaker id."""
    return {" ".join(q.text.split()[:3]): q.speaker for q in facts.quotes}


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "seeds"
