"""Read article files, validate the ` date YYYY-MM-DD ` header and clean the body.

Everything later is verbatim with respect to the *cleaned* text produced here, so cleaning only
removes noise (template tags, invisible characters, doubled punctuation left by removed text)
and never rewrites words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from generator.errors import InputError, Problem
from generator.model import Article

MAX_BYTES = 2_000_000  # a news article is rarely over 50 KB; past this it is not one

_HEADER = re.compile(r"^[ \t]*date[ \t]+(\S+)(?:[ \t]+|$)")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TEMPLATE_TAG = re.compile(r"\{\{.{0,200}?\}\}|\{%.{0,200}?%\}|\{#.{0,200}?#\}", re.S)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DOUBLED_COMMA = re.compile(r",(?:[ \t]*,)+")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+(?=[,;.](?:\s|$))")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
DATELINE = re.compile(  # `SEOUL -`, `WASHINGTON (Reuters) —`, `VIENNA, Oct 6 (Reuters) -`
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.]+(?:[ /-][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.]+){0,3})"  # also
    # `ASHGABAT/BEIJING`, `BELÉM`
    r"(?:,\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.]+(?:\s[A-Z][A-Za-z.]+)?(?:\s\d{1,2})?)?"
    r"\s*(?:\((?P<agency>[A-Za-z .-]{2,30})\))?\s*[-–—]{1,2}\s+"
)
_SENTENCE_END = ('.', '!', '?', '"', '”', ':', '’', "'")


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, file: str) -> str:
    """Strict UTF-8 (a BOM is allowed); a bad byte is reported with its line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        raise InputError(
            Problem(file, line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                    f"{exc.start}); save the article as UTF-8 text")
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(Problem(file, line, "binary data (NUL byte); expected plain UTF-8 text"))
    return text


def parse_header(text: str, file: str) -> tuple[dt.date, str]:
    """Split ` date YYYY-MM-DD <body…>` into the date and the rest of the text."""
    first_line = text.split("\n", 1)[0]
    if not text.strip():
        raise InputError(Problem(file, 1, "empty file; expected a first line starting with "
                                 "' date YYYY-MM-DD ' followed by the article"))
    match = _HEADER.match(first_line)
    if not match:
        raise InputError(Problem(file, 1, "missing header; expected the first line to start with "
                                 "' date YYYY-MM-DD '", first_line))
    raw_date = match.group(1)
    if not _ISO_DATE.match(raw_date):
        raise InputError(Problem(file, 1, f"malformed date {raw_date!r}; expected YYYY-MM-DD",
                                 first_line))
    try:
        date = dt.date.fromisoformat(raw_date)
    except ValueError:
        raise InputError(Problem(file, 1, f"impossible date {raw_date!r}; expected a real "
                                 "calendar date as YYYY-MM-DD", first_line)) from None
    return date, text[match.end():]


_BULLET = re.compile(r"^[-•*–]\s+\S")  # `- a 6.5% pay rise`: an item of a list


def _join_lines(block: str) -> list[str]:
    """A block's lines are one paragraph, unless a line ends a sentence (then it ends one);
    each item of a list is a paragraph of its own."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in block.split("\n"):
        line = line.strip()
        if not line:
            continue
        if _BULLET.match(line) and current:
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
        if line.endswith(_SENTENCE_END):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def clean_text(body: str) -> str:
    """Normalise a body to paragraphs separated by one blank line, noise removed."""
    text = unicodedata.normalize("NFC", body.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _TEMPLATE_TAG.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = _DOUBLED_COMMA.sub(",", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        paragraphs.extend(_join_lines(block))
    return "\n\n".join(p for p in paragraphs if p)


def split_dateline(text: str) -> tuple[str | None, str | None, str]:
    """`SEOUL - …` or `WASHINGTON (Reuters) — …` → ("SEOUL", None, "…")."""
    match = DATELINE.match(text)
    if not match:
        return None, None, text
    return match.group("place"), match.group("agency"), text[match.end():]


def display_path(path: Path) -> str:
    """The path as a user would type it: relative to the working directory when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path.as_posix()
    return Path(rel).as_posix() if not rel.startswith("..") else path.as_posix()


def parse_article(data: bytes, file: str) -> Article:
    if len(data) > MAX_BYTES:
        raise InputError(Problem(file, 1, f"file is {len(data)} bytes; the limit is {MAX_BYTES}"))
    text = decode(data, file)
    date, body = parse_header(text, file)
    place, _agency, body = split_dateline(body.lstrip())
    cleaned = clean_text(body)
    if not re.search(r"\w", cleaned):
        raise InputError(Problem(file, 1, "no article text after the date header"))
    return Article(
        id=Path(file).stem,
        file=file,
        date=date,
        text=cleaned,
        sha256=sha256_of(data),
        dateline=place,
    )


def read_article(path: Path) -> Article:
    file = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(Problem(file, 1, f"cannot read file: {exc.strerror}")) from None
    return parse_article(data, file)


def article_paths(seeds: Path) -> list[Path]:
    """Article files in a stable order (by name): `*.txt`, hidden files skipped."""
    if not seeds.is_dir():
        raise InputError(Problem(display_path(seeds), 1, "not a directory of articles"))
    return sorted(
        (p for p in seeds.iterdir() if p.suffix == ".txt" and not p.name.startswith(".")
         and p.is_file()),
        key=lambda p: p.name,
    )


def iter_articles(seeds: Path) -> Iterator[Article | InputError]:
    """Every article in `seeds`, or the error that stopped it; one bad file never stops the rest."""
    for path in article_paths(seeds):
        try:
            yield read_article(path)
        except InputError as exc:
            yield exc


def load_articles(seeds: Path, fail_fast: bool = False) -> tuple[list[Article], list[Problem]]:
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for item in iter_articles(seeds):
        if isinstance(item, InputError):
            if fail_fast:
                raise item
            problems.extend(item.problems)
            continue
        if item.sha256 in seen:
            problem = Problem(item.file, 1, f"same content as {seen[item.sha256]}; skipped")
            if fail_fast:
                raise InputError(problem)
            problems.append(problem)
            continue
        seen[item.sha256] = item.file
        articles.append(item)
    return articles, problems
