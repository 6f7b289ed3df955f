"""Descriptions that sources may disagree on: colours of a thing, counts of what a verb did,
and where and when an event verb happened. Conservative on purpose: a false discrepancy
misleads readers more than a missed one."""

from __future__ import annotations

from generator.extract.offers import prep_object
from generator.extract.parse import ParsedArticle
from generator.lexicon import load_lexicon
from generator.model import Description

COLOURS = frozenset(
    "black white red green blue yellow gold golden grey gray silver brown orange purple pink "
    "dark light navy khaki olive beige crimson maroon".split()
)
EVENT_VERBS = frozenset(
    "arrive meet land visit hold sign die crash strike kill open attack launch explode "
    "collapse start begin end".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_GENERIC_COUNTED = frozenset("year day week month time hour minute percent cent per".split())


def _counted(head):
    """`killing at least nine people` → ("people (kill)", ("9",)): a count of something a verb
    did, comparable across sources."""
    numbers = [c for c in head.children if c.dep_ == "nummod" and c.like_num]
    verb = head.head
    if len(numbers) != 1 or head.lemma_.lower() in _GENERIC_COUNTED or verb.pos_ != "VERB":
        return None
    if head.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return None
    raw = numbers[0].lower_.replace(",", "")
    value = _NUMBER_WORDS.get(raw, raw)
    return f"{head.lemma_.lower()} ({verb.lemma_.lower()})", (value,)


def extract_descriptions(parsed: ParsedArticle) -> list[Description]:
    """Things described with comparable attributes (colours, numbers): `train with green cars`."""
    found = []
    for offset, doc in parsed.docs:
        if not _may_describe(doc):
            continue
        for chunk in doc.noun_chunks:
            head = chunk.root
            if head.pos_ != "NOUN" or head.ent_type_:
                continue
            tokens = list(chunk)
            with_obj = prep_object(head, ("with",))
            if with_obj is None and chunk.end < len(doc) and doc[chunk.end].lower_ == "with":
                with_obj = next((c for c in doc[chunk.end].children if c.dep_ == "pobj"), None)
            if with_obj is not None:
                tokens += list(with_obj.subtree)
            attributes = sorted({t.lower_ for t in tokens if t.lower_ in COLOURS}
                                | {part for t in tokens for part in t.lower_.split("-")
                                   if part in COLOURS})
            about = head.lemma_.lower()
            if not attributes:
                counted = _counted(head)
                if counted is None:
                    continue
                about, attributes = counted
            if not attributes:
                continue
            start = offset + min(t.idx for t in tokens)
            end = offset + max(t.idx + len(t.text) for t in tokens)
            if parsed.in_quote(start):
                continue
            found.append((start, end, Description(about=about,
                                                  text=parsed.text[start:end],
                                                  attributes=tuple(attributes))))
    found += _where_and_when(parsed)
    return [d for s, e, d in found
            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in found)]


def _may_describe(doc) -> bool:
    """A colour word or a number somewhere in the paragraph, checked on the doc's arrays
    before its noun chunks (the expensive part) are built."""
    from spacy.attrs import LIKE_NUM, LOWER

    colours = {doc.vocab.strings[c] for c in COLOURS}
    return any(num or lower in colours or "-" in doc.vocab.strings[lower]
               for num, lower in doc.to_array([LIKE_NUM, LOWER]).tolist())


def _where_and_when(parsed: ParsedArticle):
    """`arrived in Vladivostok on Tuesday` → where (arrive): vladivostok; when (arrive): tuesday.
    Only event verbs, only cities and weekdays: values that two reports of one event share."""
    found = []
    for offset, doc in parsed.docs:
        for token in _event_verbs(doc):
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                    place = next((g for g in child.children if g.dep_ == "pobj"
                                  and g.ent_type_ == "GPE"), None)
                    if place is not None and not _is_country(place.text):
                        phrase = " ".join(t.text for t in place.subtree)
                        found.append(_described(parsed, offset, child, place,
                                                f"where ({token.lemma_.lower()})", phrase))
                day = child if child.lower_ in WEEKDAYS else next(
                    (g for g in child.children if g.lower_ in WEEKDAYS), None)
                if day is not None and child.dep_ in ("npadvmod", "prep"):
                    found.append(_described(parsed, offset, child, day,
                                            f"when ({token.lemma_.lower()})", day.lower_))
    return [f for f in found if f is not None]


def _event_verbs(doc):
    """Tokens that are event verbs, found on the doc's arrays: making a Token object for every
    word costs more than the rest of this extractor."""
    from spacy.attrs import POS
    from spacy.symbols import VERB

    verbs = (doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == VERB)
    return [t for t in verbs if t.lemma_.lower() in EVENT_VERBS]


def _is_country(name: str) -> bool:
    """Countries are too coarse to contradict a city (`in Russia` vs `in Vladivostok`)."""
    lex = load_lexicon()
    return lex.country(name) is not None and not lex.is_metonym(name)


def _described(parsed, offset, first, last, about, value):
    start = offset + min(first.idx, last.left_edge.idx)
    end = offset + max(t.idx + len(t.text) for t in last.subtree)
    if parsed.in_quote(start):
        return None
    return (start, end, Description(about=about, text=parsed.text[start:end],
                                    attributes=(value.lower(),)))
