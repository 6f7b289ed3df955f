"""Markdown → static site with MkDocs, into a temporary directory that replaces `site/` only
when the build succeeded.

Incremental builds: the rendered Markdown is kept in `<cache>/site/docs` with a manifest of
page keys. When the previous build is still valid (same code, configuration and theme, and
`site/` is the one it produced), only pages whose keys changed are rebuilt: MkDocs builds with
`dirty=True` into a new directory, with each unchanged output pointed at the old site's file (a
page whose output exists and is newer than its source is skipped, so it is never written);
afterwards the unchanged outputs are hard-linked into the new directory, and the search index
is re-assembled from the old index's entries for the pages that were not rebuilt. The old site
is never written to, and the result is byte for byte what a full build gives (tests check
both).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.errors import InputError, Problem
from generator.model import Briefing
from generator.render import render_site

SEARCH_INDEX = "search/search_index.json"
REBUILT_ALWAYS = ("sitemap.xml.gz", SEARCH_INDEX)  # besides the theme's static templates
MANIFEST_VERSION = 1


def fresh_sibling(target: Path) -> Path:
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


class _CountWarnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _not_the_dirty_notice(record: logging.LogRecord) -> bool:
    """MkDocs warns that dirty builds may leave navigation stale; ours rebuild every page
    whose content changed and keep the navigation bounded, so the notice is not a problem."""
    return not record.getMessage().startswith("A 'dirty' build is being performed")


# Markup on every briefing that nobody searches for: source badges (`s1`), the diagram's
# source (`graph LR`, `n0`), evidence summaries (`s1·s2`) and heading permalinks.
PAGEFIND_IGNORED = (".source-badge", ".mermaid", "details.evidence > summary", ".headerlink")


def _pagefind(site: Path) -> None:
    """Index the built site with Pagefind (the binary ships in the `pagefind[bin]` package)."""
    import subprocess
    import sys

    ignored = [arg for selector in PAGEFIND_IGNORED
               for arg in ("--exclude-selectors", selector)]
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), *ignored],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise InputError(Problem("pagefind", 0, "indexing failed: "
                                 + (result.stderr or result.stdout).strip()[-500:]))


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


@dataclass
class SiteState:
    """The docs directory of the last successful build and the manifest that describes it."""

    directory: Path

    @property
    def docs(self) -> Path:
        return self.directory / "docs"

    @property
    def manifest(self) -> Path:
        return self.directory / "manifest.json"

    def take(self, fingerprint: str, site: Path) -> dict[str, str]:
        """The page keys of the last build if it can be built on, else {}. The manifest is
        removed either way and written again only after a successful build, so a failed run
        can never leave a manifest that disagrees with the docs directory."""
        try:
            data = json.loads(self.manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        self.manifest.unlink(missing_ok=True)
        usable = (isinstance(data, dict) and data.get("version") == MANIFEST_VERSION
                  and data.get("fingerprint") == fingerprint and self.docs.is_dir()
                  and data.get("sitemap") == _file_digest(site / "sitemap.xml"))
        if not usable:
            shutil.rmtree(self.docs, ignore_errors=True)
            return {}
        return data["pages"]

    def save(self, fingerprint: str, pages: dict[str, str], site: Path) -> None:
        data = {"version": MANIFEST_VERSION, "fingerprint": fingerprint, "pages": pages,
                "sitemap": _file_digest(site / "sitemap.xml")}
        self.manifest.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")


def site_fingerprint(paths, search: str, strict: bool) -> str:
    """Everything besides the pages themselves that shapes the built site."""
    from importlib.metadata import version

    from generator.cache import package_fingerprint, tree_digest

    overrides = sorted(p.name for p in paths.overrides.glob("*.yaml")) \
        if paths.overrides.is_dir() else []
    theme = paths.config.parent / "site_src" / "theme"
    parts = [package_fingerprint(), _file_digest(paths.config), tree_digest(theme),
             search, str(strict), os.environ.get("REPO_URL", ""), json.dumps(overrides),
             str(paths.site.resolve()), version("mkdocs"), version("mkdocs-material")]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _dest(relative: str, config) -> str:
    from mkdocs.structure.files import File

    return File(relative, src_dir=None, dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls).dest_uri


def _unchanged_outputs(old_site: Path, skip: set[str]) -> list[str]:
    """Files of the old site that this build keeps as they are: all but those in `skip` (which
    will be written anew) and Pagefind's index (rebuilt whole)."""
    kept = []
    for root, _dirs, files in os.walk(old_site):
        relative_root = Path(root).relative_to(old_site)
        if relative_root.parts[:1] == ("pagefind",):
            continue
        kept += [r for r in ((relative_root / name).as_posix() for name in files)
                 if r not in skip]
    return kept


def _keep_unchanged_plugin(old_site: Path, kept: set[str]):
    """An MkDocs plugin that points each kept output at the old site's file when that file is
    newer than its source: MkDocs' dirty build then skips the page (or static file) and never
    writes it, so nothing is written outside the new directory. Outputs whose old file is
    older than the source keep their place in the new directory and are built anew."""
    from mkdocs.plugins import BasePlugin

    class KeepUnchanged(BasePlugin):
        def on_files(self, files, config):
            for file in files:
                old = old_site / file.dest_uri
                if file.dest_uri in kept and file.abs_src_path and \
                        old.stat().st_mtime > os.stat(file.abs_src_path).st_mtime:
                    file.abs_dest_path = str(old)
            return files

    return KeepUnchanged()


def _link_kept(old_site: Path, staging: Path, kept: list[str]) -> None:
    """Once the build is done, the kept outputs become hard links to the old site's files
    (unless the build wrote them anew)."""
    made: set[Path] = set()
    for relative in kept:
        target = staging / relative
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        try:
            os.link(old_site / relative, target)
        except FileExistsError:  # written by this build after all
            pass


def _merge_search_index(old_site: Path, staging: Path, config, rebuilt: set[str]) -> None:
    """The full site's search index: entries of rebuilt pages from this build, the others'
    from the previous one, in the order a full build writes them (the pages' order)."""
    from mkdocs.structure.files import get_files

    def by_page(path: Path) -> tuple[dict, dict[str, list]]:
        data = json.loads(path.read_text(encoding="utf-8"))
        grouped: dict[str, list] = {}
        for entry in data["docs"]:
            grouped.setdefault(entry["location"].split("#")[0], []).append(entry)
        return data, grouped

    _, old = by_page(old_site / SEARCH_INDEX)
    new_data, new = by_page(staging / SEARCH_INDEX)
    docs = []
    for file in get_files(config).documentation_pages():
        url = "" if file.url in (".", "./") else file.url  # as `Page.url` has it
        docs += (new if file.src_uri in rebuilt else old).get(url, [])
    index = {"config": new_data["config"], "docs": docs}
    (staging / SEARCH_INDEX).write_text(json.dumps(index, separators=(",", ":"), default=str),
                                        encoding="utf-8")


def build_site(briefings: list[Briefing], paths, strict: bool = True, search: str = "lunr",
               incremental: bool = True) -> Path:
    """Render Markdown and run `mkdocs build` into a temporary directory, then swap it in.

    `search="pagefind"` replaces the theme's search (one index loaded whole on first use) with
    Pagefind's (fetched in small chunks), for sites of many thousands of pages. With a cache
    directory and `incremental`, only pages that changed since the last build are rebuilt."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    epoch_was_set = "SOURCE_DATE_EPOCH" in os.environ
    if briefings and not epoch_was_set:
        # dates on the site (sitemap) come from the sources, not the clock
        newest = max(b.updated for b in briefings)
        os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime.combine(
            newest, dt.time(), tzinfo=dt.timezone.utc).timestamp()))
    state = SiteState(paths.cache / "site") if paths.cache and incremental else None
    work = None if state else Path(tempfile.mkdtemp(prefix="briefings-build-"))
    fingerprint = site_fingerprint(paths, search, strict) if state else ""
    previous = state.take(fingerprint, paths.site) if state else {}
    docs = state.docs if state else work / "docs"
    staging = fresh_sibling(paths.site)
    handler = _CountWarnings()
    mkdocs_logger = logging.getLogger("mkdocs")
    build_logger = logging.getLogger("mkdocs.commands.build")
    mkdocs_logger.addHandler(handler)
    build_logger.addFilter(_not_the_dirty_notice)
    try:
        pages = render_site(briefings, paths.templates, docs, paths.pages, search=search,
                            reuse=previous)
        extra = {"plugins": []} if search == "pagefind" else {}
        config = load_config(config_file=str(paths.config), docs_dir=str(docs),
                             site_dir=str(staging), strict=strict, **extra)
        dirty = bool(previous)
        if dirty:
            rebuilt = {rel for rel, key in pages.items() if previous.get(rel) != key}
            gone = set(previous) - set(pages)
            skip = {_dest(rel, config) for rel in rebuilt | gone}
            skip |= set(config.theme.static_templates) | set(REBUILT_ALWAYS)
            kept = _unchanged_outputs(paths.site, skip)
            config.plugins["keep-unchanged"] = _keep_unchanged_plugin(paths.site, set(kept))
        mkdocs_build(config, dirty=dirty)
        if dirty:
            _link_kept(paths.site, staging, kept)
            if search != "pagefind":
                _merge_search_index(paths.site, staging, config, rebuilt)
        if search == "pagefind":
            _pagefind(staging)
        if strict and handler.messages:
            raise InputError(Problem(str(paths.config), 0, "mkdocs reported warnings: "
                                     + "; ".join(handler.messages)))
        swap_into(staging, paths.site)
        if state:
            state.save(fingerprint, pages, paths.site)
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
        build_logger.removeFilter(_not_the_dirty_notice)
        if work:
            shutil.rmtree(work, ignore_errors=True)
    return paths.site
