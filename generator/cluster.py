"""Group articles into stories (same event) and give each story a stable id.

Two articles are linked when their texts are similar (TF-IDF cosine over words and actor ids),
they share an actor, and their dates are within a window. Stories are the connected groups.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from generator.lexicon import slugify
from generator.model import Article, ArticleFacts, Story


@dataclass(frozen=True)
class ClusterOptions:
    window_days: int = 3
    threshold: float = 0.3


def _documents(articles: list[Article], facts: dict[str, ArticleFacts]) -> list[str]:
    docs = []
    for article in articles:
        actors = " ".join(f"actor_{e.id.replace('-', '_')}" for e in facts[article.id].entities
                          for _ in range(min(e.mentions, 3)))
        docs.append(f"{article.text}\n{actors}")
    return docs


def similarity_matrix(articles: list[Article], facts: dict[str, ArticleFacts]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    if len(articles) < 2:
        return [[1.0] * len(articles) for _ in articles]
    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        _documents(articles, facts))
    return cosine_similarity(vectors)


def _shared_actors(a: ArticleFacts, b: ArticleFacts) -> int:
    return len({e.id for e in a.entities} & {e.id for e in b.entities})


def cluster(articles: list[Article], facts: dict[str, ArticleFacts],
            options: ClusterOptions | None = None) -> list[Story]:
    options = options or ClusterOptions()
    ordered = sorted(articles, key=lambda a: (a.date, a.id))
    parent = list(range(len(ordered)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sims = similarity_matrix(ordered, facts)
    for i, a in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if (b.date - a.date).days > options.window_days:
                break
            if sims[i][j] >= options.threshold and _shared_actors(facts[a.id], facts[b.id]):
                parent[find(j)] = find(i)
    groups: dict[int, list[Article]] = {}
    for i, article in enumerate(ordered):
        groups.setdefault(find(i), []).append(article)
    stories = [_story(members, facts) for members in groups.values()]
    return _deduplicate_ids(sorted(stories, key=lambda s: s.id))


def _story(members: list[Article], facts: dict[str, ArticleFacts]) -> Story:
    first = members[0]
    return Story(id=story_id(first, facts[first.id]), article_ids=tuple(a.id for a in members))


def story_id(first: Article, facts: ArticleFacts) -> str:
    """`<first date>-<slug of the first article's two most-mentioned actors>`.

    It depends only on the earliest article, so adding later articles never changes it.
    """
    actors = sorted(facts.entities, key=lambda e: (-e.mentions, e.id))[:2]
    slug = "-".join(e.id for e in actors) or slugify(first.text[:60]) or "story"
    return f"{first.date.isoformat()}-{slug}"[:90].rstrip("-")


def _deduplicate_ids(stories: list[Story]) -> list[Story]:
    """Stories that would share an id get a suffix from their first article's id (stable)."""
    counts: dict[str, int] = {}
    for story in stories:
        counts[story.id] = counts.get(story.id, 0) + 1
    result = []
    for story in stories:
        if counts[story.id] > 1:
            digest = hashlib.sha256(story.article_ids[0].encode()).hexdigest()[:6]
            story = Story(id=f"{story.id}-{digest}", article_ids=story.article_ids)
        result.append(story)
    return result
