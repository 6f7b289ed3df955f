"""One article, segmented and parsed once: paragraphs, quotations, sentences and spaCy docs."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.extract.segment import QuoteSpan, Sentence, Span, find_quotes, paragraphs, sentences
from generator.nlp import MAX_CHUNK


@dataclass(frozen=True)
class ParsedArticle:
    text: str
    paras: list[Span]
    quotes: list[QuoteSpan]
    sentences: list[Sentence]
    docs: list[tuple[int, object]]  # (offset in text, spaCy Doc)

    def tokens(self, start: int, end: int) -> Iterator[tuple[int, object]]:
        """(absolute offset, token) for every token starting inside [start, end)."""
        for offset, doc in self.docs:
            if offset >= end or offset + len(doc.text) <= start:
                continue
            span = doc.char_span(max(0, start - offset), min(len(doc.text), end - offset),
                                 alignment_mode="expand")
            for token in span if span is not None else doc:
                position = offset + token.idx
                if start <= position < end:
                    yield position, token

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

