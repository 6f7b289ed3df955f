"""One story's articles and facts → one Briefing: actors unified, items deduplicated across
sources with provenance, discrepancies and coverage found, summary picked from the sources."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from generator.cluster import tfidf_vectors
from generator.model import (
    UNKNOWN,
    Actor,
    Article,
    ArticleFacts,
    Briefing,
    Claim,
    Claimed,
    Coverage,
    Demand,
    Discrepancy,
    Entity,
    Evidence,
    Fact,
    Offer,
    QuoteItem,
    Source,
    Story,
)

SAME_TEXT = 0.88  # similarity above which two quotes or claims are the same item
_SPELLING = [(re.compile(r"is(e|es|ed|ing|ation)\b"), r"iz\1"), (re.compile(r"our\b"), "or"),
             (re.compile(r"ou?red\b"), "ored"), (re.compile(r"\band\b"), ",")]


def normalise_for_match(text: str) -> str:
    """Lower-case, quote- and spelling-insensitive form used to find the same item twice."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    for pattern, repl in _SPELLING:
        text = pattern.sub(repl, text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def same_text(a: str, b: str) -> bool:
    na, nb = normalise_for_match(a), normalise_for_match(b)
    if not na or not nb:
        return False
    if na == nb or (min(len(na), len(nb)) > 20 and (na in nb or nb in na)):
        return True
    return SequenceMatcher(None, na, nb, autojunk=False).ratio() >= SAME_TEXT


# ── actors ──────────────────────────────────────────────────────────────────


def _canonical_ids(entities: list[Entity]) -> dict[str, str]:
    """Fold `dempsey` into `joseph-dempsey` and `wagner` into `wagner-group` across sources."""
    names = {e.id: e for e in entities}
    mapping = {}
    for entity in entities:
        words = entity.name.split()
        longer = [
            other for other in names.values()
            if other.id != entity.id and other.kind == entity.kind
            and len(other.name.split()) > len(words)
            and (all(w in other.name.split() for w in words) if entity.kind == "person"
                 else other.name.split()[: len(words)] == words)
        ]
        if longer:
            target = sorted(longer, key=lambda e: (-e.mentions, e.id))[0]
            mapping[entity.id] = target.id
        else:
            mapping[entity.id] = entity.id
    return mapping


def _merge_actors(facts: list[tuple[str, ArticleFacts]]) -> tuple[list[Actor], dict[str, str]]:
    everything = [e for _s, f in facts for e in f.entities]
    # one representative per id for the folding decision: the most-mentioned
    by_id: dict[str, Entity] = {}
    for entity in everything:
        current = by_id.get(entity.id)
        if current is None or entity.mentions > current.mentions:
            by_id[entity.id] = entity
    mapping = _canonical_ids(list(by_id.values()))
    actors: dict[str, dict] = {}
    for source, article_facts in facts:
        for entity in article_facts.entities:
            target = mapping[entity.id]
            canonical = by_id[target]
            entry = actors.setdefault(target, {
                "id": target, "name": canonical.name, "kind": canonical.kind, "role": None,
                "affiliation": None, "aliases": set(), "sources": [], "mentions": 0})
            entry["aliases"].update(entity.aliases)
            if entity.name != canonical.name:
                entry["aliases"].add(entity.name)
            if entry["role"] is None and entity.role:
                entry["role"] = entity.role
                entry["affiliation"] = entity.affiliation
            if entry["affiliation"] is None and entity.affiliation:
                entry["affiliation"] = entity.affiliation
            if source not in entry["sources"]:
                entry["sources"].append(source)
            entry["mentions"] += entity.mentions
    result = []
    for entry in actors.values():
        affiliation = mapping.get(entry["affiliation"] or "", entry["affiliation"])
        result.append(Actor(
            id=entry["id"], name=entry["name"], kind=entry["kind"], role=entry["role"],
            affiliation=affiliation if affiliation in actors and affiliation != entry["id"]
            else None,
            aliases=sorted(a for a in entry["aliases"] if a != entry["name"]),
            sources=entry["sources"],
        ))
    order = {e["id"]: (-len(e["sources"]), -e["mentions"], e["id"]) for e in actors.values()}
    result.sort(key=lambda a: order[a.id])
    return result, mapping


# ── quotes, offers, demands ─────────────────────────────────────────────────


def _merge_quotes(facts, mapping) -> tuple[list[QuoteItem], list[QuoteItem], list[Discrepancy]]:
    items: list[dict] = []
    conflicts: list[Discrepancy] = []
    for source, article_facts in facts:
        for quote in article_facts.quotes:
            speaker = mapping.get(quote.speaker, quote.speaker)
            similar = [i for i in items if same_text(i["quote"], quote.text)]
            match = next((i for i in similar
                          if i["speaker"] == speaker or UNKNOWN in (i["speaker"], speaker)), None)
            other = next((i for i in similar if UNKNOWN not in (i["speaker"], speaker)
                          and i["speaker"] != speaker), None)
            if match is None and other is not None:
                words = " ".join(quote.text.split()[:8])
                conflicts.append(Discrepancy(about=f"who said “{words}…”", claims=[
                    Claimed(source=other["sources"][0], text=other["speaker"]),
                    Claimed(source=source, text=speaker)]))
            if match:
                if source not in match["sources"]:
                    match["sources"].append(source)
                    if quote.text != match["quote"]:
                        match["variants"].append(Evidence(source=source, text=quote.text))
                if match["speaker"] == UNKNOWN:
                    match["speaker"] = speaker
                match["expert"] = match["expert"] or quote.expert
                continue
            items.append({"speaker": speaker, "quote": quote.text, "sources": [source],
                          "expert": quote.expert, "variants": []})
    quotes = [(i.pop("expert"), QuoteItem(**i)) for i in items]
    return ([q for expert, q in quotes if expert], [q for expert, q in quotes if not expert],
            conflicts)


def _merge_claims(facts, mapping, kind: str) -> list[dict]:
    items: list[dict] = []
    for source, article_facts in facts:
        claims: tuple[Claim, ...] = getattr(article_facts, kind)
        for claim in claims:
            by = mapping.get(claim.by, claim.by)
            counterpart = mapping.get(claim.counterpart, claim.counterpart)
            match = next((i for i in items if i["by"] == by and same_text(i["what"], claim.what)),
                         None)
            evidence = Evidence(source=source, text=claim.evidence)
            if match:
                if counterpart and not match["counterpart"]:
                    match["counterpart"] = counterpart
                if not any(e.source == source and e.text == claim.evidence
                           for e in match["evidence"]):
                    match["evidence"].append(evidence)
                continue
            items.append({"by": by, "counterpart": counterpart, "what": claim.what,
                          "evidence": [evidence]})
    return items


# ── facts, summary, title ───────────────────────────────────────────────────

_QUOTE_MARKS = re.compile(r"[“”\"]")


def _candidate_sentences(facts) -> list[tuple[str, str, int]]:
    found = []
    for source, article_facts in facts:
        for position, sentence in enumerate(article_facts.sentences):
            words = sentence.split()
            if sentence.endswith("?") or len(words) < 7 or len(words) > 60:
                continue
            if _QUOTE_MARKS.search(sentence) or sentence.endswith(":"):
                continue
            found.append((source, sentence, position))
    return found


def key_facts(facts, limit: int = 6) -> list[Fact]:
    """The most central sentences across sources (TF-IDF centroid), each fact once."""
    import numpy as np

    candidates = _candidate_sentences(facts)
    if not candidates:
        return []
    matrix = tfidf_vectors([c[1] for c in candidates])  # rows of unit length
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    length = float(np.linalg.norm(centroid)) or 1.0
    centrality = matrix @ (centroid / length)
    pairwise = (matrix @ matrix.T).toarray()
    scores = [float(centrality[i]) + (0.25 if c[2] == 0 else 0.1 if c[2] < 3 else 0)
              for i, c in enumerate(candidates)]
    order = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i][0],
                                                          candidates[i][2]))
    chosen: list[int] = []
    for i in order:
        if any(pairwise[i][j] >= 0.35 for j in chosen):
            continue
        chosen.append(i)
        if len(chosen) == limit:
            break
    result = []
    for i in chosen:
        sources = sorted({candidates[j][0] for j in range(len(candidates))
                          if j == i or pairwise[i][j] >= 0.35}, key=_source_key)
        result.append(Fact(text=candidates[i][1], sources=sources))
    return result


def _source_key(source_id: str) -> int:
    return int(source_id[1:]) if source_id[1:].isdigit() else 0


def make_title(first_sentence: str) -> str:
    """A headline from the lead: its main clause, at most about 14 words."""
    title = re.split(r",\s+(?:as|while|after|amid|with|where|which)\s|;|\s[–—]\s",
                     first_sentence)[0]
    words = title.rstrip(".").split()
    if len(words) > 14:
        cut = next((i for i in range(8, 14) if words[i].lower() in {"ahead", "as", "on", "after",
                                                                     "amid", "in", "for"}), 14)
        words = words[:cut]
    return " ".join(words).rstrip(",;:")


# ── discrepancies and coverage ─────────────────────────────────────────────


def discrepancies(facts) -> list[Discrepancy]:
    """Same thing, described with different colours or numbers by different sources."""
    by_about: dict[str, dict[str, list]] = {}
    for source, article_facts in facts:
        for description in article_facts.descriptions:
            by_about.setdefault(description.about, {}).setdefault(source, []).append(description)
    found = []
    for about, per_source in sorted(by_about.items()):
        if len(per_source) < 2 or any(len(d) > 1 for d in per_source.values()):
            continue
        claims = [(s, d[0]) for s, d in sorted(per_source.items(), key=lambda kv:
                                                _source_key(kv[0]))]
        sets = [set(d.attributes) for _s, d in claims]
        if all(a == sets[0] for a in sets):
            continue
        if any(a <= b or b <= a for i, a in enumerate(sets) for b in sets[i + 1:]):
            continue
        found.append(Discrepancy(about=about, claims=[Claimed(source=s, text=d.text)
                                                      for s, d in claims]))
    return found


def coverage(actors: list[Actor], sources: list[Source], quotes: list[QuoteItem],
             offers: list[Offer], demands: list[Demand]) -> list[Coverage]:
    """Per source: the actors (ids), quotes and offers/demands (short texts) no other carries."""
    if len(sources) < 2:
        return []
    names = {a.id: a.name for a in actors}
    result = []
    for source in sources:
        only = sorted(a.id for a in actors if a.sources == [source.id])
        only += [f"quote by {names.get(q.speaker, 'unknown speaker')}: "
                 f"{' '.join(q.quote.split()[:8])}…" for q in quotes if q.sources == [source.id]]
        for label, claims in (("offer", offers), ("demand", demands)):
            only += [f"{label} by {names.get(c.by, c.by)}: {c.what}" for c in claims
                     if {e.source for e in c.evidence} == {source.id}]
        if only:
            result.append(Coverage(source=source.id, only_here=only))
    return result


# ── the briefing ────────────────────────────────────────────────────────────


def merge(story: Story, articles: dict[str, Article],
          facts: dict[str, ArticleFacts]) -> Briefing:
    members = sorted((articles[a] for a in story.article_ids), key=lambda a: (a.date, a.id))
    sources = [
        Source(id=f"s{i}", file=a.file, date=a.date, dateline=a.dateline,
               agencies=list(facts[a.id].agencies), sha256=a.sha256)
        for i, a in enumerate(members, start=1)
    ]
    sourced = [(s.id, facts[a.id]) for s, a in zip(sources, members, strict=True)]
    actors, mapping = _merge_actors(sourced)
    experts, statements, speaker_conflicts = _merge_quotes(sourced, mapping)
    offers = [Offer(by=i["by"], to=i["counterpart"], what=i["what"], evidence=i["evidence"])
              for i in _merge_claims(sourced, mapping, "offers")]
    demands = [Demand(by=i["by"], **{"from": i["counterpart"]}, what=i["what"],
                      evidence=i["evidence"])
               for i in _merge_claims(sourced, mapping, "demands")]
    what = key_facts(sourced)
    first_sentences = facts[members[0].id].sentences
    title = make_title(first_sentences[0]) if first_sentences else story.id
    summary = " ".join(f.text for f in what[:3]) or title
    return Briefing(
        id=story.id, title=title, date=members[0].date, updated=members[-1].date,
        summary=summary, what=what, who=actors, offers=offers, demands=demands,
        expert_views=experts, statements=statements,
        discrepancies=discrepancies(sourced) + speaker_conflicts,
        coverage=coverage(actors, sources, experts + statements, offers, demands),
        sources=sources,
    )
