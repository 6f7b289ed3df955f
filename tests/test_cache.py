from __future__ import annotations

import pytest

import generator.extract as extract_module
from generator.cache import ExtractionCache, MergeCache
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


def _story_inputs():
    from generator.cluster import cluster

    articles = [make_article(b, f"a{i}") for i, b in enumerate(BODIES)]
    facts = {f.article_id: f for f in extract_articles(articles)}
    return articles, facts, cluster(articles, facts)


def test_merged_briefings_come_back_from_the_cache_unchanged(tmp_path, monkeypatch):
    import generator.build as build

    articles, facts, stories = _story_inputs()
    by_id = {a.id: a for a in articles}
    cache = MergeCache(tmp_path)
    first = build.merge_stories(stories, by_id, facts, cache)
    assert first == [build.merge(s, by_id, facts) for s in stories]
    merged = []
    monkeypatch.setattr(build, "merge", lambda story, *a: merged.append(story) or
                        pytest.fail("merged again"))
    assert build.merge_stories(stories, by_id, facts, cache) == first
    assert merged == []


def test_a_changed_article_changes_its_story_key():
    articles, _facts, stories = _story_inputs()
    by_id = {a.id: a for a in articles}
    story = stories[0]
    changed = dict(by_id)
    first = story.article_ids[0]
    changed[first] = by_id[first].model_copy(update={"sha256": "0" * 64})
    assert MergeCache.key(story, by_id) != MergeCache.key(story, changed)
    assert MergeCache.key(story, by_id) == MergeCache.key(story, dict(reversed(by_id.items())))


def test_unchanged_briefings_are_linked_not_dumped_again(tmp_path, monkeypatch):
    import generator.build as build

    articles, facts, stories = _story_inputs()
    briefings = build.merge_stories(stories, {a.id: a for a in articles}, facts, None)
    out, cache = tmp_path / "out", tmp_path / "cache"
    build.write_briefings(briefings, out, cache)
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    dumped = []
    real_dump = build.dump_yaml
    monkeypatch.setattr(build, "dump_yaml", lambda data: dumped.append(data) or real_dump(data))
    build.write_briefings(briefings, out, cache)
    assert dumped == [] and {p.name: p.read_bytes() for p in out.iterdir()} == first
    (out / f"{briefings[0].id}.yaml").write_text("edited by hand\n")  # a touched file is redone
    build.write_briefings(briefings, out, cache)
    assert len(dumped) == 1 and {p.name: p.read_bytes() for p in out.iterdir()} == first


def test_merge_cache_keeps_only_the_stories_of_the_last_run(tmp_path):
    import generator.build as build

    articles, facts, stories = _story_inputs()
    by_id = {a.id: a for a in articles}
    cache = MergeCache(tmp_path)
    (tmp_path / "old-code-version").mkdir()
    build.merge_stories(stories, by_id, facts, cache)
    assert len(list(tmp_path.rglob("*.json"))) == len(stories)
    build.merge_stories(stories[:1], by_id, facts, cache)
    assert [p.stem for p in tmp_path.rglob("*.json")] == [MergeCache.key(stories[0], by_id)]
    assert not (tmp_path / "old-code-version").exists()
