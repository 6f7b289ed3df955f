"""The pipeline, step by step: ingest → extract → cluster → merge → overrides → write → render →
mkdocs. Output directories are replaced only when everything before succeeded."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import ExtractionCache
from generator.cluster import ClusterOptions, cluster, move_articles
from generator.errors import InputError, Problem
from generator.extract import extract_articles
from generator.ingest import load_articles
from generator.merge import merge
from generator.model import Article, ArticleFacts, Briefing
from generator.overrides import apply_overrides, load_overrides, load_story_moves
from generator.render import dump_yaml, render_site


@dataclass(frozen=True)
class Paths:
    seeds: Path = Path("seeds")
    overrides: Path = Path("site_src/overrides")
    out: Path = Path("site_src/briefings")
    templates: Path = Path("templates")
    pages: Path = Path("site_src/pages")
    site: Path = Path("site")
    config: Path = Path("mkdocs.yml")
    cache: Path | None = Path(".cache/extract")  # None: no extraction cache


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
    cache = ExtractionCache(paths.cache) if paths.cache else None
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
    briefings = [merge(story, by_id, facts) for story in stories]
    overrides, override_problems = load_overrides(paths.overrides)
    override_problems = move_problems + override_problems
    briefings, apply_problems = apply_overrides(briefings, overrides, by_id)
    problems += override_problems + apply_problems
    if fail_fast and problems:
        raise InputError(problems[0])
    return Generated(briefings, problems, articles)


def _fresh_sibling(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))


def swap_into(built: Path, target: Path) -> None:
    """Replace `target` by `built` (same file system); the old one is removed only afterwards."""
    backup = target.with_name(f".{target.name}.old")
    if backup.exists():
        shutil.rmtree(backup)
    if target.exists():
        target.rename(backup)
    built.rename(target)
    if backup.exists():
        shutil.rmtree(backup)


def write_briefings(briefings: list[Briefing], out: Path) -> list[Path]:
    """One `<id>.yaml` per briefing; the directory is swapped in whole."""
    staging = _fresh_sibling(out)
    try:
        for briefing in briefings:
            data = briefing.model_dump(mode="python", by_alias=True, exclude_none=True)
            (staging / f"{briefing.id}.yaml").write_text(dump_yaml(data), encoding="utf-8")
        swap_into(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(out.glob("*.yaml"))


class _CountWarnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _pagefind(site: Path) -> None:
    """Index the built site with Pagefind (the binary ships in the `pagefind[bin]` package)."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise InputError(Problem("pagefind", 0, "indexing failed: "
                                 + (result.stderr or result.stdout).strip()[-500:]))


def build_site(briefings: list[Briefing], paths: Paths, strict: bool = True,
               search: str = "lunr") -> Path:
    """Render Markdown and run `mkdocs build` into a temporary directory, then swap it in.

    `search="pagefind"` replaces the theme's search (one index loaded whole on first use) with
    Pagefind's (fetched in small chunks), for sites of many thousands of pages."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    epoch_was_set = "SOURCE_DATE_EPOCH" in os.environ
    if briefings and not epoch_was_set:
        # dates on the site (sitemap) come from the sources, not the clock
        newest = max(b.updated for b in briefings)
        os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime.combine(
            newest, dt.time(), tzinfo=dt.timezone.utc).timestamp()))
    work = Path(tempfile.mkdtemp(prefix="briefings-build-"))
    staging = _fresh_sibling(paths.site)
    handler = _CountWarnings()
    mkdocs_logger = logging.getLogger("mkdocs")
    mkdocs_logger.addHandler(handler)
    try:
        docs = work / "docs"
        render_site(briefings, paths.templates, docs, paths.pages, search=search)
        extra = {"plugins": []} if search == "pagefind" else {}
        config = load_config(config_file=str(paths.config), docs_dir=str(docs),
                             site_dir=str(staging), strict=strict, **extra)
        mkdocs_build(config)
        if search == "pagefind":
            _pagefind(staging)
        if strict and handler.messages:
            raise InputError(Problem(str(paths.config), 0, "mkdocs reported warnings: "
                                     + "; ".join(handler.messages)))
        swap_into(staging, paths.site)
    except MkDocsException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        details = "; ".join(handler.messages) or str(exc)
        raise InputError(Problem(str(paths.config), 0, f"mkdocs build failed: {details}")) \
            from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if not epoch_was_set:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        mkdocs_logger.removeHandler(handler)
        shutil.rmtree(work, ignore_errors=True)
    return paths.site
