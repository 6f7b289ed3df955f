from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cluster import cluster, tfidf_vectors
from generator.extract import extract_article
from tests.conftest import make_article

SUMMIT_A = ("Chile's President Ana Rojas arrived in Lima on Monday for a summit with Peru's "
            "President Luis Campos on lithium mining and border trade. The two leaders will sign "
            "a lithium agreement, officials said.")
SUMMIT_B = ("Peru's President Luis Campos welcomed Chile's President Ana Rojas in Lima for "
            "talks on lithium mining and trade across the border. A lithium deal is expected.")
SUMMIT_C = ("Ana Rojas and Luis Campos signed the lithium agreement in Lima on Wednesday, ending "
            "a three-day summit on mining and border trade between Chile and Peru.")
FLOOD = ("Floods in northern Italy forced 3,000 people from their homes, the civil protection "
         "agency said. Rain is expected to continue in Emilia-Romagna.")
LATER = ("Chile's President Ana Rojas criticised Peru's new tariffs on copper imports, a month "
         "after the lithium summit in Lima with President Luis Campos.")


def _run(items):
    articles = [make_article(body, aid, date) for aid, date, body in items]
    facts = {a.id: extract_article(a) for a in articles}
    return cluster(articles, facts), articles, facts


def test_same_event_groups_and_other_events_stay_apart():
    stories, _a, _f = _run([("a", "2024-03-04", SUMMIT_A), ("b", "2024-03-04", SUMMIT_B),
                            ("c", "2024-03-06", SUMMIT_C), ("d", "2024-03-05", FLOOD),
                            ("e", "2024-04-08", LATER)])
    groups = sorted(sorted(s.article_ids) for s in stories)
    assert groups == [["a", "b", "c"], ["d"], ["e"]]


def test_story_ids_are_stable_when_articles_are_added_in_any_order():
    items = [("a", "2024-03-04", SUMMIT_A), ("b", "2024-03-04", SUMMIT_B),
             ("c", "2024-03-06", SUMMIT_C), ("d", "2024-03-05", FLOOD)]
    full, _a, _f = _run(items)
    expected = {s.id: sorted(s.article_ids) for s in full}
    rng = random.Random(7)
    for _ in range(3):
        shuffled = items[:]
        rng.shuffle(shuffled)
        stories, _a, _f = _run(shuffled)
        assert {s.id: sorted(s.article_ids) for s in stories} == expected
    first_only, _a, _f = _run(items[:1])
    summit_id = next(i for i, members in expected.items() if "a" in members)
    assert first_only[0].id == summit_id


def test_story_ids_are_safe_file_names():
    stories, _a, _f = _run([("x", "2024-01-01", "../../etc/passwd « Ωmega » said Zoë Ørsted.")])
    story_id = stories[0].id
    assert "/" not in story_id and ".." not in story_id
    assert story_id.isascii()


def test_adding_later_articles_one_by_one_never_renames_a_story():
    items = sorted([("a", "2024-03-04", SUMMIT_A), ("b", "2024-03-04", SUMMIT_B),
                    ("d", "2024-03-05", FLOOD), ("c", "2024-03-06", SUMMIT_C),
                    ("e", "2024-04-08", LATER)], key=lambda i: (i[1], i[0]))
    seen: dict[str, str] = {}  # article id → id of its story when first seen
    for n in range(1, len(items) + 1):
        stories, _a, _f = _run(items[:n])
        for story in stories:
            for article_id in story.article_ids:
                assert seen.setdefault(article_id, story.id) == story.id


@given(st.lists(st.text(alphabet="abcde fghij.,'\n", max_size=60), min_size=1, max_size=8))
@settings(max_examples=60, deadline=None)
def test_tfidf_rows_are_unit_length_or_empty(documents):
    import numpy as np

    vectors = tfidf_vectors(documents)
    norms = np.sqrt(np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel())
    assert vectors.shape[0] == len(documents)
    assert all(abs(n - 1) < 1e-9 or n == 0 for n in norms)


def test_tfidf_similarity_ignores_stop_words_and_case():
    vectors = tfidf_vectors(["The ministry said the tanks were old",
                             "tanks OLD ministry said", "the and of were", "bridge collapse"])
    sims = (vectors @ vectors.T).toarray()
    assert sims[0][1] > 0.99  # only stop words tell them apart
    assert sims[2].sum() == 0  # nothing but stop words: an empty row
    assert sims[0][3] == 0
