"""Typed models passed between pipeline steps.

Article → ArticleFacts → Story → Briefing. The briefing models *are* the YAML contract
(`briefing-format.md`): files are written from them and the JSON Schema comes from them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1
UNKNOWN = "unknown"

Kind = Literal["person", "organization", "country", "group"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# ── ingest ──────────────────────────────────────────────────────────────────


class Article(_Frozen):
    """One cleaned input article. `text` is what every quote and evidence must be verbatim in."""

    id: str
    file: str
    date: dt.date
    text: str
    sha256: str
    dateline: str | None = None


# ── extract ─────────────────────────────────────────────────────────────────


class Entity(_Frozen):
    id: str
    name: str
    kind: Kind
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: int = 1


class Quote(_Frozen):
    text: str
    speaker: str = UNKNOWN  # entity id or "unknown"
    expert: bool = False
    start: int = 0  # offset of the quote in the article text
    voice_of: str | None = None  # for an unnamed spokesperson, the body they speak for


class Claim(_Frozen):
    """An offer or a demand: `counterpart` is `to` for offers and `from` for demands."""

    by: str
    counterpart: str | None = None
    what: str
    evidence: str


class Description(_Frozen):
    """How one source describes a thing (used to find discrepancies between sources)."""

    about: str  # head noun lemma, e.g. "train"
    text: str  # the verbatim phrase
    attributes: tuple[str, ...]  # the comparable attribute words (colours, numbers)


class ArticleFacts(_Frozen):
    article_id: str
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    offers: tuple[Claim, ...] = ()
    demands: tuple[Claim, ...] = ()
    sentences: tuple[str, ...] = ()
    descriptions: tuple[Description, ...] = ()
    agencies: tuple[str, ...] = ()


class Story(_Frozen):
    id: str
    article_ids: tuple[str, ...]


# ── briefing (the contract) ─────────────────────────────────────────────────


class Evidence(_Frozen):
    source: str
    text: str


class Fact(_Frozen):
    text: str
    sources: list[str]


class Actor(_Frozen):
    id: str
    name: str
    kind: Kind
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = Field(default_factory=list)
    sources: list[str]


class Offer(_Frozen):
    by: str
    to: str | None = None
    what: str
    evidence: list[Evidence] = Field(min_length=1)


class Demand(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    by: str
    from_: str | None = Field(default=None, alias="from")
    what: str
    evidence: list[Evidence] = Field(min_length=1)


class QuoteItem(_Frozen):
    speaker: str
    quote: str
    sources: list[str]
    # the wording in other sources where it differs (spelling, punctuation): verbatim there
    variants: list[Evidence] = Field(default_factory=list)

    def text_in(self, source: str) -> str:
        """The verbatim wording of this quote in `source`."""
        return next((v.text for v in self.variants if v.source == source), self.quote)


class Claimed(_Frozen):
    source: str
    text: str


class Discrepancy(_Frozen):
    about: str
    claims: list[Claimed] = Field(min_length=2)


class Coverage(_Frozen):
    source: str
    only_here: list[str]


class Edit(_Frozen):
    field: str
    action: Literal["set", "patch", "remove", "add", "merge"]
    note: str


class Source(_Frozen):
    id: str
    file: str
    date: dt.date
    dateline: str | None = None
    agencies: list[str] = Field(default_factory=list)
    sha256: str


class Briefing(_Frozen):
    schema_: int = Field(default=SCHEMA_VERSION, alias="schema")
    id: str
    title: str
    date: dt.date
    updated: dt.date
    summary: str
    what: list[Fact] = Field(default_factory=list)
    who: list[Actor] = Field(default_factory=list)
    offers: list[Offer] = Field(default_factory=list)
    demands: list[Demand] = Field(default_factory=list)
    expert_views: list[QuoteItem] = Field(default_factory=list)
    statements: list[QuoteItem] = Field(default_factory=list)
    discrepancies: list[Discrepancy] = Field(default_factory=list)
    coverage: list[Coverage] = Field(default_factory=list)
    edits: list[Edit] = Field(default_factory=list)
    sources: list[Source]

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @cached_property
    def digest(self) -> str:
        """sha256 of the whole briefing: equal digests, equal files and pages. Kept, since the
        YAML writer and the renderer both ask."""
        return hashlib.sha256(self.model_dump_json(by_alias=True).encode()).hexdigest()

    def to_data(self) -> dict:
        """Plain data in contract order, with `schema`/`from` spelled as in the contract."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.who if a.id == actor_id), None)
