"""The pipeline, step by step: ingest → extract → cluster → merge → overrides → write → render →
mkdocs (`generator.site`). Output directories are replaced only when everything before
succeeded."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import ExtractionCache, MergeCache
from generator.cluster import ClusterOptions, cluster, move_articles
from generator.errors import InputError, Problem
from generator.extract import extract_articles
from generator.ingest import load_articles
from generator.merge import merge
from generator.model import Article, ArticleFacts, Briefing, Story
from generator.overrides import apply_overrides, load_overrides, load_story_moves
from generator.render import dump_yaml
from generator.site import fresh_sibling, swap_into


@dataclass(frozen=True)
class Paths:
    seeds: Path = Path("seeds")
    overrides: Path = Path("site_src/overrides")
    out: Path = Path("site_src/briefings")
    templates: Path = Path("templates")
    pages: Path = Path("site_src/pages")
    site: Path = Path("site")
    config: Path = Path("mkdocs.yml")
    cache: Path | None = Path(".cache")  # extraction, merge and site caches; None: no cache


@dataclass
class Generated:
    briefings: list[Briefing]
    problems: list[Problem] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


Progress = Callable[[Iterable[ArticleFacts], int], Iterable[ArticleFacts]]


def _no_progress(items: Iterable[ArticleFacts], _total: int) -> Iterable[ArticleFacts]:
    return items


def generate(paths: Paths, fail_fast: bool = False, progress: Progress = _no_progress,
             cluster_options: ClusterOptions | None = None, jobs: int = 1,
             scheduler: str | None = None) -> Generated:
    """Articles → briefings. `scheduler`: a Dask scheduler address to extract on a cluster."""
    articles, problems = load_articles(paths.seeds, fail_fast=fail_fast)
    cache = ExtractionCache(paths.cache / "extract") if paths.cache else None
    if scheduler:
        from generator.distributed import extract_on_cluster

        extracted = extract_on_cluster(articles, scheduler, cache=cache)
    else:
        extracted = extract_articles(articles, cache=cache, n_process=jobs)
    facts = {f.article_id: f for f in progress(extracted, len(articles))}
    stories = cluster(articles, facts, cluster_options)
    moves, move_problems = load_story_moves(paths.overrides)
    if moves:
        spec, file, lines = moves
        stories, unmatched = move_articles(stories, spec.move, articles, facts)
        move_problems += [Problem(file, lines.get(("move", i), 1), f"move: {why}")
                          for i, why in unmatched]
    by_id = {a.id: a for a in articles}
    briefings = merge_stories(stories, by_id, facts,
                              MergeCache(paths.cache / "merge") if paths.cache else None)
    overrides, override_problems = load_overrides(paths.overrides)
    override_problems = move_problems + override_problems
    briefings, apply_problems = apply_overrides(briefings, overrides, by_id)
    problems += override_problems + apply_problems
    if fail_fast and problems:
        raise InputError(problems[0])
    return Generated(briefings, problems, articles)


def merge_stories(stories: list[Story], articles: dict[str, Article],
                  facts: dict[str, ArticleFacts], cache: MergeCache | None) -> list[Briefing]:
    """One briefing per story; a story whose articles are unchanged comes from the cache."""
    briefings, keys = [], set()
    for story in stories:
        key = cache.key(story, articles) if cache else ""
        briefing = cache.get(key) if cache else None
        if briefing is None:
            briefing = merge(story, articles, facts)
            if cache:
                cache.put(key, briefing)
        briefings.append(briefing)
        keys.add(key)
    if cache:
        cache.keep_only(keys)
    return briefings


def _stamp(path: Path) -> list[int]:
    info = path.stat()
    return [info.st_size, info.st_mtime_ns]


def write_briefings(briefings: list[Briefing], out: Path, cache: Path | None = None) -> list[Path]:
    """One `<id>.yaml` per briefing; the directory is swapped in whole.

    With a cache directory, a briefing identical to the one written last time (and whose file
    was not touched since) is hard-linked from the old directory instead of dumped again. The
    old directory's files are never written to."""
    record = cache / "briefings.json" if cache else None
    try:
        previous = json.loads(record.read_text(encoding="utf-8")) if record else {}
    except (OSError, ValueError):
        previous = {}
    if record:
        record.unlink(missing_ok=True)  # written again only after a successful swap
    digests: dict[str, str] = {}
    staging = fresh_sibling(out)
    try:
        for briefing in briefings:
            digest = briefing.digest
            digests[briefing.id] = digest
            old, new = out / f"{briefing.id}.yaml", staging / f"{briefing.id}.yaml"
            if old.is_file() and previous.get(briefing.id) == [digest, *_stamp(old)]:
                os.link(old, new)
                continue
            data = briefing.model_dump(mode="python", by_alias=True, exclude_none=True)
            new.write_text(dump_yaml(data), encoding="utf-8")
        swap_into(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if record:
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps({i: [d, *_stamp(out / f"{i}.yaml")]
                                      for i, d in sorted(digests.items())}), encoding="utf-8")
    return sorted(out.glob("*.yaml"))
