"""Extraction results cached on disk, one JSON file per article.

The key is the article's sha256 plus a fingerprint of everything that shapes extraction: the
spaCy pipeline's name and version, the lexicon and the extractor's own source. Changing any of
them invalidates every entry; adding an article runs the model on that article only.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from generator.model import Article, ArticleFacts

DEFAULT_DIR = Path(".cache/extract")


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
        """Write atomically (temp file + rename), so a killed run never leaves half an entry."""
        path = self._path(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(facts.model_dump_json().encode())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
