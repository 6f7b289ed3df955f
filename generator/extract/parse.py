"""One article, segmented and parsed once: paragraphs, quotations, sentences and spaCy docs."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from generator.extract.segment import (
    QuoteSpan,
    Sentence,
    Span,
    askers,
    find_quotes,
    paragraphs,
    sentences,
    speaker_labels,
)
from generator.nlp import MAX_CHUNK


@dataclass(frozen=True)
class ParsedArticle:
    text: str
    paras: list[Span]
    quotes: list[QuoteSpan]
    sentences: list[Sentence]
    docs: list[tuple[int, object]]  # (offset in text, spaCy Doc)

    def __post_init__(self) -> None:
        # start offsets of docs, tokens and paragraphs, for binary search (set once, here)
        object.__setattr__(self, "_doc_starts", [offset for offset, _doc in self.docs])
        object.__setattr__(self, "_para_starts", [para.start for para in self.paras])
        object.__setattr__(self, "_token_starts", [[t.idx for t in doc] for _o, doc in self.docs])
        # a transcript's speaker labels and which of them ask, read once for every rule
        labels = speaker_labels(self.text, self.paras)
        object.__setattr__(self, "labels", labels)
        object.__setattr__(self, "questioners", askers(self.text, self.paras, labels)
                           if labels else frozenset())

    def tokens(self, start: int, end: int) -> Iterator[tuple[int, object]]:
        """(absolute offset, token) for every token starting inside [start, end)."""
        first = max(0, bisect.bisect_right(self._doc_starts, start) - 1)
        for index in range(first, len(self.docs)):
            offset, doc = self.docs[index]
            if offset >= end:
                break
            starts = self._token_starts[index]
            lo = bisect.bisect_left(starts, start - offset)
            hi = bisect.bisect_left(starts, end - offset)
            for token in doc[lo:hi]:
                yield offset + token.idx, token

    def token_before(self, offset: int) -> tuple[int, object] | None:
        """(offset of its doc, token) for the last token starting before `offset`: across a
        paragraph break, the last of the paragraph before."""
        index = bisect.bisect_left(self._doc_starts, offset) - 1
        while index >= 0:
            doc_offset, doc = self.docs[index]
            at = bisect.bisect_left(self._token_starts[index], offset - doc_offset) - 1
            if at >= 0:
                return doc_offset, doc[at]
            index -= 1
        return None

    def subject_before(self, offset: int, across_paragraphs: bool = False
                       ) -> tuple[int, object] | None:
        """(offset of its doc, token) for the main subject (the root's `nsubj` or `nsubjpass`)
        of the sentence before the one starting at `offset`; unless `across_paragraphs`, None
        for the first sentence of a paragraph."""
        last = self.token_before(offset)
        if last is None:
            return None
        doc_offset, token = last
        if not across_paragraphs and \
                doc_offset != self._doc_starts[bisect.bisect_right(self._doc_starts, offset) - 1]:
            return None
        root = token.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            or next((c for c in root.children if c.dep_ == "advmod" and c.i == root.sent.start
                     and c.text[:1].isupper() and c.i + 1 < len(c.doc)
                     and c.doc[c.i + 1].text == ","), None)  # `Tunely, which has …, said`:
        # the name the parser read as an adverb
        return (doc_offset, subject) if subject is not None else None

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph holding `offset` (len(paras) when none does)."""
        index = bisect.bisect_right(self._para_starts, offset) - 1
        if index >= 0 and offset <= self.paras[index].end:
            return index
        return len(self.paras)

    def previous_paragraph_start(self, offset: int) -> int:
        """Where the paragraph before the one holding `offset` starts (for the first paragraph,
        its own start): the reach of `the country`, `he` and the like."""
        return self.paras[max(0, self.paragraph_at(offset) - 1)].start

    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def in_quote(self, offset: int) -> bool:
        return any(q.start <= offset < q.end for q in self.quotes)


def chunks(text: str, paras: list[Span]) -> list[tuple[int, str]]:
    """Paragraph texts with their offsets; very long paragraphs cut into MAX_CHUNK pieces."""
    pieces = []
    for para in paras:
        start = para.start
        while para.end - start > MAX_CHUNK:
            cut = text.rfind(". ", start, start + MAX_CHUNK)
            cut = cut + 1 if cut > start else start + MAX_CHUNK
            pieces.append((start, text[start:cut]))
            start = cut
            while start < para.end and text[start] == " ":
                start += 1
        if start < para.end:
            pieces.append((start, text[start:para.end]))
    return pieces


def segment(text: str) -> tuple[list[Span], list[QuoteSpan], list[Sentence]]:
    paras = paragraphs(text)
    quotes = find_quotes(text, paras)
    return paras, quotes, sentences(text, paras, quotes)

