"""Group articles into stories (same event) and give each story a stable id.

Two articles are linked when their texts are similar (TF-IDF cosine over words and actor ids),
they share an actor, and their dates are within a window. Stories are the connected groups.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from generator.lexicon import slugify, stop_words
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


_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def tfidf_vectors(documents: list[str]):
    """L2-normalised TF-IDF rows (CSR): lower-cased words of two or more letters, stop words
    left out, sublinear term frequency (1 + ln tf) and smoothed idf (ln((1+n)/(1+df)) + 1)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    stops = stop_words()
    vocabulary: dict[str, int] = {}
    rows, cols, counts = [], [], []
    for row, document in enumerate(documents):
        terms = Counter(t for t in _TOKEN.findall(document.lower()) if t not in stops)
        for term, count in terms.items():
            rows.append(row)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(count)
    matrix = csr_matrix((np.log(np.asarray(counts, dtype=float)) + 1.0, (rows, cols)),
                        shape=(len(documents), len(vocabulary)))
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(vocabulary))
    matrix = matrix @ _diagonal(np.log((1 + len(documents)) / (1 + df)) + 1.0)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return _diagonal(1.0 / norms) @ matrix


def _diagonal(values):
    from scipy.sparse import diags

    return diags(values, format="csr")


def similar_pairs(articles: list[Article], facts: dict[str, ArticleFacts],
                  threshold: float) -> list[tuple[int, int]]:
    """Index pairs (i < j) whose TF-IDF cosine similarity reaches `threshold` (sparse, so
    thousands of articles stay cheap)."""
    if len(articles) < 2:
        return []
    vectors = tfidf_vectors(_documents(articles, facts))
    sims = (vectors @ vectors.T).tocoo()
    keep = (sims.row < sims.col) & (sims.data >= threshold)
    return sorted(zip(sims.row[keep].tolist(), sims.col[keep].tolist(), strict=True))


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

    for i, j in similar_pairs(ordered, facts, options.threshold):
        a, b = ordered[i], ordered[j]
        if abs((b.date - a.date).days) <= options.window_days and _shared_actors(
                facts[a.id], facts[b.id]):
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
    """Stories that would share an id: the one whose first article sorts first keeps it, the
    others get a suffix from their first article's id (stable)."""
    keeper: dict[str, str] = {}
    for story in stories:
        current = keeper.get(story.id)
        if current is None or story.article_ids[0] < current:
            keeper[story.id] = story.article_ids[0]
    result = []
    for story in stories:
        if keeper[story.id] != story.article_ids[0]:
            digest = hashlib.sha256(story.article_ids[0].encode()).hexdigest()[:6]
            story = Story(id=f"{story.id}-{digest}", article_ids=story.article_ids)
        result.append(story)
    return result


def move_articles(stories: list[Story], moves, articles: list[Article],
                  facts: dict[str, ArticleFacts]) -> tuple[list[Story], list[tuple[int, str]]]:
    """Apply editors' moves (`article` → story id or "new"); returns stories and the indexes of
    moves that matched nothing, with why."""
    by_id = {a.id: a for a in articles}
    members = {s.id: list(s.article_ids) for s in stories}
    unmatched = []
    for index, move in enumerate(moves):
        if move.article not in by_id:
            unmatched.append((index, f"article {move.article!r} no longer exists"))
            continue
        if move.to != "new" and move.to not in members:
            unmatched.append((index, f"story {move.to!r} no longer exists"))
            continue
        for ids in members.values():
            if move.article in ids:
                ids.remove(move.article)
        if move.to == "new":
            members[f"new-{index}"] = [move.article]
        else:
            members[move.to].append(move.article)
    result = []
    for story_id, ids in members.items():
        if not ids:
            continue
        ordered = sorted((by_id[i] for i in ids), key=lambda a: (a.date, a.id))
        keep = story_id if not story_id.startswith("new-") and any(
            s.id == story_id and s.article_ids[0] == ordered[0].id for s in stories) else None
        story = _story(ordered, facts)
        result.append(Story(id=keep or story.id, article_ids=story.article_ids))
    return _deduplicate_ids(sorted(result, key=lambda s: s.id)), unmatched
