"""Results cached on disk, one JSON file per entry, under one cache root (`.cache`):

- `extract/`: an article's facts, keyed by its sha256 plus a fingerprint of everything that
  shapes extraction (the spaCy pipeline's name and version, the lexicon, the extractor's own
  source). Changing any of them invalidates every entry; adding an article runs the model on
  that article only.
- `merge/`: a story's merged briefing (before overrides), keyed by its id and its articles'
  ids, files, dates and hashes, plus a fingerprint of the whole package; a story whose
  articles did not change is not merged again.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from generator.model import Article, ArticleFacts, Briefing, Story

DEFAULT_ROOT = Path(".cache")
DEFAULT_DIR = DEFAULT_ROOT / "extract"


@cache
def fingerprint() -> str:
    from generator.nlp import pipeline_version

    digest = hashlib.sha256(pipeline_version().encode())
    package = resources.files("generator")
    for name in ("data/lexicon.yaml", "lexicon.py", "nlp.py", "model.py"):
        digest.update(package.joinpath(name).read_bytes())
    for path in sorted(Path(str(package.joinpath("extract"))).glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def tree_digest(directory: Path, suffixes: frozenset[str] | None = None) -> str:
    """sha256 of every file below `directory` (of those suffixes, when given): relative paths
    and contents, in sorted order; a missing directory digests as empty."""
    digest = hashlib.sha256()
    if directory.is_dir():
        for path in sorted(p for p in directory.rglob("*") if p.is_file()
                           and (suffixes is None or p.suffix in suffixes)):
            digest.update(path.relative_to(directory).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def package_fingerprint() -> str:
    """Every source and data file of the package, plus the pipeline: any change to the code
    invalidates what was derived with it."""
    package = tree_digest(Path(str(resources.files("generator"))), frozenset({".py", ".yaml"}))
    return hashlib.sha256(f"{fingerprint()}\0{package}".encode()).hexdigest()[:16]


def _write_atomically(path: Path, data: bytes) -> None:
    """Temp file + rename, so a killed run never leaves half an entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class ExtractionCache:
    def __init__(self, directory: Path = DEFAULT_DIR):
        self.directory = directory / fingerprint()

    def _path(self, sha256: str) -> Path:
        return self.directory / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str, article_id: str) -> ArticleFacts | None:
        path = self._path(sha256)
        try:
            facts = ArticleFacts.model_validate_json(path.read_bytes())
        except (OSError, ValidationError, ValueError):
            return None
        return facts if facts.article_id == article_id else facts.model_copy(
            update={"article_id": article_id})

    def split(self, articles: list[Article]) -> tuple[dict[str, ArticleFacts], list[Article]]:
        """Facts already cached (by article id), and the articles still to extract."""
        cached = {}
        for article in articles:
            hit = self.get(article.sha256, article.id)
            if hit is not None:
                cached[article.id] = hit
        return cached, [a for a in articles if a.id not in cached]

    def put(self, sha256: str, facts: ArticleFacts) -> None:
        _write_atomically(self._path(sha256), facts.model_dump_json().encode())


class MergeCache:
    def __init__(self, directory: Path = DEFAULT_ROOT / "merge"):
        self.directory = directory / package_fingerprint()

    @staticmethod
    def key(story: Story, articles: dict[str, Article]) -> str:
        digest = hashlib.sha256(story.id.encode())
        for article_id in sorted(story.article_ids):
            a = articles[article_id]
            digest.update(f"\0{a.id}\0{a.file}\0{a.date}\0{a.dateline}\0{a.sha256}".encode())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Briefing | None:
        try:
            return Briefing.model_validate_json(self._path(key).read_bytes())
        except (OSError, ValidationError, ValueError):
            return None

    def put(self, key: str, briefing: Briefing) -> None:
        _write_atomically(self._path(key), briefing.model_dump_json(by_alias=True).encode())

    def keep_only(self, keys: set[str]) -> None:
        """Drop entries of stories that no longer exist and of earlier code versions, so the
        cache does not grow with every added article."""
        for other in self.directory.parent.glob("*"):
            if other != self.directory and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
        for path in self.directory.glob("*/*.json"):
            if path.stem not in keys:
                path.unlink(missing_ok=True)
