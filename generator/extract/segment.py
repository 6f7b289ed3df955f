"""Paragraphs, quotation spans and quote-aware sentences of a cleaned article (no NLP model).

Offsets are character offsets into the article text, so every span can be sliced back out
verbatim.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

OPENERS = {"“": "”", "«": "»", "„": "”", '"': '"'}
CLOSERS = {"”", "»", '"'}
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sen rep gov st jr sr no inc corp co ltd vs etc jan feb mar apr "
    "jun jul aug sep sept oct nov dec u.s u.k u.n e.u fig vol dept est capt sgt maj adm ft mt "
    "approx a.m p.m".split()
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class QuoteSpan:
    """Content of one quotation (marks excluded); `open_end` = no closing mark in its paragraph."""

    start: int
    end: int
    paragraph: int
    open_end: bool = False
    label: str | None = None  # transcripts: the speaker label the paragraph starts with


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def paragraphs(text: str) -> list[Span]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        spans.append(Span(match.start(), match.end()))
    return spans


def find_quotes(text: str, paras: list[Span]) -> list[QuoteSpan]:
    """Double-quoted spans per paragraph; curly or straight, unbalanced marks recovered.

    Articles without any double quotation marks fall back to curly single quotes (‘…’).
    """
    uses_double = any(c in text for c in "“”\"«»„")
    quotes: list[QuoteSpan] = []
    labelled = transcript_turns(text, paras) or unlabelled_answers(text, paras)
    for index, para in enumerate(paras):
        if index in labelled:
            quotes.append(labelled[index])
        elif uses_double:
            quotes.extend(_double_quotes(text, para, index))
            if index > 0 and not any(c in text[para.start:para.end] for c in "“”\"«»„"):
                quotes.extend(_introduced_single_quotes(text, para, index))
        else:
            quotes.extend(_single_quotes(text, para, index))
    return [q for q in quotes if re.search(r"\w", text[q.start:q.end])]


# (letters of any alphabet, checked to be capitals: `ŠEFČOVIČ:` as well as `RUTO:`)
_TURN = re.compile(r"([^\W\d_](?:[^\W_]|['’.-])*(?: [^\W_](?:[^\W_]|['’.-])+){0,3}):"
                   r"[ \t]+(?=\S)")  # (also `MÉDI1 TV:`, `BBC 5 LIVE:`)
NOT_SPEAKERS = frozenset({"Q", "QUESTION", "INTERVIEWER", "MODERATOR", "REPORTER", "PRESENTER",
                          "HOST", "ANCHOR",
                          "UPDATE", "EDITOR'S NOTE", "NOTE", "CORRECTION", "WATCH", "READ MORE"})


def _turn(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """A speaker label in capitals opening text[start:end] (not `Note: …`)."""
    match = _TURN.match(text, start, len(text) if end is None else end)
    return match if match and match.group(1).isupper() else None


def _named_turn(text: str, start: int, end: int) -> re.Match | None:
    """A label written as a name (`Sarabia: No. We suspended it …`): every word capitalised.
    Whether it is a speaker is left to `speaker_labels`, which asks more of it."""
    match = _TURN.match(text, start, end)
    return match if match and all(w[:1].isupper() for w in match.group(1).split()) else None


def speaker_labels(text: str, paras: list[Span]) -> dict[int, re.Match]:
    """Paragraphs of a transcript that open with a capitalised speaker label and a colon
    (`RUTO: …`, `QUESTION: …`); only when there are two or more, so a lone `NOTE:` is not a
    transcript."""
    found, quoting = {}, {}
    named = _recurring_names(text, paras)
    for index, para in enumerate(paras):
        match = _turn(text, para.start, para.end) or named.get(index)
        if match and not any(c in text[para.start:para.end] for c in "“”\"«»„"):
            found[index] = match
        elif match:
            quoting[index] = match  # a turn that quotes someone, if the label speaks elsewhere
    if len(found) < 2:
        return {}
    speakers = {m.group(1) for m in found.values()}
    found.update({i: m for i, m in quoting.items() if m.group(1) in speakers})
    return dict(sorted(found.items()))


def _recurring_names(text: str, paras: list[Span]) -> dict[int, re.Match]:
    """Labels written as names (`Sarabia:`) that open two paragraphs or more and whose words
    the article also writes outside its labels (`Finance Minister Laura Sarabia spoke to …`):
    a transcript's speaker, where a lone `Note:` or a recurring `Update:` is not."""
    labels = {i: m for i, p in enumerate(paras)
              if (m := _named_turn(text, p.start, p.end)) and not m.group(1).isupper()}
    counts = Counter(m.group(1) for m in labels.values())
    at_labels = {m.start(1) for m in labels.values()}
    speakers = {label for label, count in counts.items()
                if count >= 2 and label.upper() not in NOT_SPEAKERS and any(
                    m.start() not in at_labels
                    for m in re.finditer(rf"\b{re.escape(label)}\b", text))}
    return {i: m for i, m in labels.items() if m.group(1) in speakers}


def askers(text: str, paras: list[Span], labels: dict[int, re.Match]) -> set[str]:
    """Labels of a transcript's questions: the usual ones (`Q`, `REPORTER`) and an outlet's
    own (`DR:`, `FT:`) whose turns are mostly questions. `labels`: `speaker_labels`."""
    return set(NOT_SPEAKERS) | _interviewers(text, paras, labels)


def transcript_turns(text: str, paras: list[Span]) -> dict[int, QuoteSpan]:
    """Each speaker's turn in a transcript is a quotation of that speaker (`A:` answers are
    the interviewee's); questions and editorial labels are not quotations."""
    labels = speaker_labels(text, paras)
    asking = _interviewers(text, paras, labels) | _narrators(text, paras, labels)
    return {i: QuoteSpan(m.end(), paras[i].end, i, label=m.group(1))
            for i, m in labels.items() if m.group(1) not in NOT_SPEAKERS | asking}


def unlabelled_answers(text: str, paras: list[Span]) -> dict[int, QuoteSpan]:
    """An interview set as questions and answers without labels (`What are you asking the
    supermarkets for?` / `A fair price. We want …`): each answer paragraph is a quotation of
    the guest the article introduces (labelled `A`). Only with two questions or more, each a
    paragraph of its own, and answers that mostly speak in the first person and quote nobody
    (an explainer's answers speak of others)."""
    questions = [i for i, p in enumerate(paras) if i > 0 and _lone_question(text[p.start:p.end])]
    if len(questions) < 2:
        return {}
    answers: dict[int, QuoteSpan] = {}
    first_person = []
    for index, question in enumerate(questions):
        following = range(question + 1, questions[index + 1] if index + 1 < len(questions)
                          else len(paras))
        said = [text[paras[j].start:paras[j].end] for j in following]
        if any(mark in turn for turn in said for mark in "“”\"«»„"):
            return {}
        first_person.append(any(_FIRST_PERSON.search(turn) for turn in said))
        answers.update({j: QuoteSpan(paras[j].start, paras[j].end, j, label="A")
                        for j in following})
    return answers if answers and _mostly(first_person) else {}


def _lone_question(paragraph: str) -> bool:
    words = paragraph.split()
    return paragraph.rstrip().endswith("?") and len(words) <= 30 and not _turn(paragraph)


_ANSWERS = frozenset({"A", "ANSWER"})
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my|we|We|our|Our|us)\b")


def _narrators(text: str, paras: list[Span], labels: dict[int, re.Match]) -> set[str]:
    """`A:` of an explainer's questions and answers (`Q: What do the doctors want? A: The
    union wants …`) is the outlet answering, not a guest: no answer says `I` or `we`."""
    turns: dict[str, list[str]] = {}
    for index, match in labels.items():
        turns.setdefault(match.group(1), []).append(text[match.end():paras[index].end])
    return {label for label, said in turns.items()
            if label in _ANSWERS and not any(_FIRST_PERSON.search(turn) for turn in said)}


def _interviewers(text: str, paras: list[Span], labels: dict[int, re.Match]) -> set[str]:
    """Labels whose turns are mostly questions (`FT: What is Kenya asking the IMF for?`), where
    another's are mostly answers: the interviewer's, however the outlet names itself. An
    interviewer also puts a claim to the guest now and then (`They want the derogation kept.`)."""
    questions: dict[str, list[bool]] = {}
    for index, match in labels.items():
        turn = text[match.end():paras[index].end].rstrip()
        questions.setdefault(match.group(1), []).append(turn.endswith("?"))
    asking = {label for label, asked in questions.items()
              if _mostly(asked) and any(not _mostly(other) for other in questions.values())}
    first = next(iter(questions), None)
    if not asking and len(questions) == 2 and any(questions[first]) and not any(
            any(asked) for label, asked in questions.items() if label != first):
        asking = {first}  # a presenter who opens with a question and then presses the guest
        # with claims (`They want a guarantee.`): the only one of two who ever asks
    return asking


def _mostly(asked: list[bool]) -> bool:
    return 2 * sum(asked) > len(asked)


def _double_quotes(text: str, para: Span, index: int) -> list[QuoteSpan]:
    found: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(para.start, para.end):
        char = text[i]
        if open_at is None:
            if char in OPENERS:
                open_at = i + 1
            continue
        if char in CLOSERS or (char == "“" and text[open_at - 1] == '"'):
            found.append(QuoteSpan(open_at, i, index))
            open_at = None
        elif char == "“":
            # a second opening mark: the first was never closed; restart here
            open_at = i + 1
    if open_at is not None and open_at < para.end:
        found.append(QuoteSpan(open_at, para.end, index, open_end=True))
    return found


def _single_quotes(text: str, para: Span, index: int) -> list[QuoteSpan]:
    found: list[QuoteSpan] = []
    for match in re.finditer(r"‘([^‘]+?)’(?!\w)", text[para.start:para.end]):
        found.append(QuoteSpan(para.start + match.start(1), para.start + match.end(1), index))
    return found


# `Its president said: 'Players should not have to choose …'`: a whole sentence in single
# marks after a colon (an apostrophe between letters is no mark)
_INTRODUCED_SINGLE = re.compile(r"(?<=:\s)['‘]([A-Z](?:[^'‘’\n]|(?<=\w)['’](?=\w))*?[.!?])['’]"
                                r"(?!\w)")


def _introduced_single_quotes(text: str, para: Span, index: int) -> list[QuoteSpan]:
    """Single-marked quotations after a colon, in a paragraph of an article that otherwise
    uses double marks (some outlets and wires switch)."""
    return [QuoteSpan(para.start + m.start(1), para.start + m.end(1), index)
            for m in _INTRODUCED_SINGLE.finditer(text[para.start:para.end])]


def _is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentences(text: str, paras: list[Span], quotes: list[QuoteSpan]) -> list[Sentence]:
    """Split paragraphs at `.`, `!`, `?` outside quotations (a quotation ending a sentence
    inside its marks ends the sentence when a capital follows)."""
    inside = bytearray(len(text))
    for q in quotes:
        inside[q.start:q.end] = b"\x01" * (q.end - q.start)
    result: list[Sentence] = []
    for index, para in enumerate(paras):
        start = para.start
        i = para.start
        while i < para.end:
            char = text[i]
            boundary = None
            if not inside[i] and char in ".!?":
                j = i + 1
                while j < para.end and text[j] in "”\"’')»":
                    j += 1
                ends = char != "." or not _is_abbreviation(text, i)
                if j < para.end and text[j] == " " and ends:
                    k = j + 1
                    if k < para.end and (text[k].isupper() or text[k].isdigit()
                                         or text[k] in "“\"‘'«("):
                        boundary = j
            elif inside[i] and char in ".!?" and i + 1 < para.end and not inside[i + 1]:
                # a quotation ending with a full stop: `…integrated.” Next sentence`
                j = i + 1
                while j < para.end and text[j] in "”\"»":
                    j += 1
                if j < para.end - 1 and text[j] == " " and (
                        text[j + 1].isupper() or text[j + 1] in "“\"«"):
                    boundary = j
            if boundary is not None:
                result.append(Sentence(start, boundary, index))
                start = boundary + 1
                i = boundary + 1
                continue
            i += 1
        if start < para.end:
            result.append(Sentence(start, para.end, index))
    return [s for s in result if text[s.start:s.end].strip()]
