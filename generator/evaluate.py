"""Score extraction against hand-annotated articles: precision, recall and F1 per field.

A gold directory holds `<name>.txt` articles (seed format) beside `<name>.yaml` annotations:
`quotes` (text, speaker, role), `actors` (id, kind, role), `offers` (by, to, what) and
`demands` (by, from, what).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.errors import InputError, Problem
from generator.extract import extract_articles
from generator.ingest import display_path, read_article
from generator.merge import normalise_for_match
from generator.model import ArticleFacts

FIELDS = ("quotes", "quote+speaker", "actors", "roles", "offers", "demands")
_STOP = frozenset("a an the of to in for and or on at by with its it this that from as is are be "
                  "was were will would more".split())


@dataclass
class Score:
    tp_pred: int = 0  # predictions that match gold
    tp_gold: int = 0  # gold items that were found
    predicted: int = 0
    gold: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_pred / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _tokens(text: str) -> list[str]:
    return normalise_for_match(text).split()


def _content(text: str) -> set[str]:
    return {w for w in _tokens(text) if w not in _STOP and len(w) > 1}


def quote_matches(gold: str, predicted: str) -> bool:
    g, p = normalise_for_match(gold), normalise_for_match(predicted)
    if not g or not p:
        return False
    if g == p or (min(len(g), len(p)) >= 8 and (g in p or p in g)):
        return True
    gt, pt = set(g.split()), set(p.split())
    common = len(gt & pt)
    return common > 0 and 2 * common / (len(gt) + len(pt)) >= 0.6


def phrase_matches(gold: str, predicted: str) -> bool:
    g, p = _content(gold), _content(predicted)
    return bool(g and p) and len(g & p) / min(len(g), len(p)) >= 0.5


def _match(gold: list, predicted: list, same) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, predicted index)."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if pi not in used and same(g, p):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def _add(score: Score, name: str, gold: list, predicted: list, same, show) -> list:
    pairs = _match(gold, predicted, same)
    score.gold += len(gold)
    score.predicted += len(predicted)
    score.tp_gold += len(pairs)
    score.tp_pred += len(pairs)
    found_gold = {g for g, _ in pairs}
    found_pred = {p for _, p in pairs}
    score.misses += [f"{name}: {show(g)}" for i, g in enumerate(gold) if i not in found_gold]
    score.false_hits += [f"{name}: {show(p)}" for i, p in enumerate(predicted)
                         if i not in found_pred]
    return pairs


def score_article(name: str, gold: dict, facts: ArticleFacts, scores: dict[str, Score]) -> None:
    gold_quotes = gold.get("quotes") or []
    predicted = [{"text": q.text, "speaker": q.speaker} for q in facts.quotes]
    _add(scores["quotes"], name, gold_quotes, predicted,
         lambda g, p: quote_matches(g["text"], p["text"]), lambda q: q["text"][:70])
    _add(scores["quote+speaker"], name, gold_quotes, predicted,
         lambda g, p: quote_matches(g["text"], p["text"]) and g["speaker"] == p["speaker"],
         lambda q: f"{q['speaker']}: {q['text'][:60]}")
    gold_actors = gold.get("actors") or []
    _add(scores["actors"], name, [a["id"] for a in gold_actors], [e.id for e in facts.entities],
         lambda g, p: g == p, str)
    gold_roles = [(a["id"], a["role"]) for a in gold_actors if a.get("role")]
    predicted_roles = [(e.id, e.role) for e in facts.entities if e.role]
    _add(scores["roles"], name, gold_roles, predicted_roles,
         lambda g, p: g[0] == p[0] and phrase_matches(g[1], p[1]), lambda r: f"{r[0]}: {r[1]}")
    for kind in ("offers", "demands"):
        gold_claims = gold.get(kind) or []
        predicted_claims = [{"by": c.by, "what": c.what} for c in getattr(facts, kind)]
        _add(scores[kind], name, gold_claims, predicted_claims,
             lambda g, p: g["by"] == p["by"] and phrase_matches(g["what"], p["what"]),
             lambda c: f"{c['by']}: {c['what'][:60]}")


def load_gold(directory: Path) -> list[tuple[Path, dict]]:
    if not directory.is_dir():
        raise InputError(Problem(display_path(directory), 1, "not a directory of gold articles"))
    items = []
    for text_path in sorted(directory.rglob("*.txt")):
        annotation = text_path.with_suffix(".yaml")
        if not annotation.exists():
            raise InputError(Problem(display_path(text_path), 1,
                                     f"no annotation {annotation.name} beside the article"))
        text = annotation.read_text(encoding="utf-8")
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise InputError(Problem(display_path(annotation), mark.line + 1 if mark else 1,
                                     f"invalid YAML: {exc}")) from None
        _check_annotation(annotation, text, data)
        items.append((text_path, data))
    return items


# The fields each annotated item must give as text, and all it may give.
_REQUIRED = {"quotes": ("text", "speaker"), "actors": ("id",), "offers": ("by", "what"),
             "demands": ("by", "what")}
_ALLOWED = {"quotes": {"text", "speaker", "role"}, "actors": {"id", "kind", "role"},
            "offers": {"by", "to", "what"}, "demands": {"by", "from", "what"}}


def _check_annotation(path: Path, text: str, data) -> None:
    """Every item of every section has its fields as text; a `what` with an unquoted comma
    (`what: 250,000 euros`) is the usual slip, and scoring it would fail far from the cause."""
    if not isinstance(data, dict):
        raise InputError(Problem(display_path(path), 1, "expected a mapping of sections"))
    root = yaml.compose(text)
    sections = {key.value: value for key, value in root.value} if root is not None else {}
    for section, fields in _REQUIRED.items():
        for index, item in enumerate(data.get(section) or []):
            line = sections[section].value[index].start_mark.line + 1
            if not isinstance(item, dict):
                raise InputError(Problem(display_path(path), line, f"{section}: not a mapping"))
            for name in fields:
                if not isinstance(item.get(name), str):
                    raise InputError(Problem(display_path(path), line, (
                        f"{section}: `{name}` must be text (quote it if it holds a comma "
                        "or a colon)")))
            unknown = sorted(str(key) for key in item if key not in _ALLOWED[section])
            if unknown:
                # `what: 4.5% and 15,000 crowns` unquoted reads as `what: 4.5% and 15` plus a
                # key `000 crowns`: scored silently against the wrong text
                raise InputError(Problem(display_path(path), line, (
                    f"{section}: unexpected field `{unknown[0]}` (a value with a comma must "
                    "be quoted)")))


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    articles: int
    stories: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(gold: dict[str, str], predicted: dict[str, str]) -> BCubed:
    """BCubed precision and recall of a clustering (item → cluster label) against gold labels."""
    items = sorted(gold)
    if not items:
        return BCubed(1.0, 1.0, 0, 0)
    precision = recall = 0.0
    for item in items:
        same_pred = {o for o in items if predicted[o] == predicted[item]}
        same_gold = {o for o in items if gold[o] == gold[item]}
        correct = len(same_pred & same_gold)
        precision += correct / len(same_pred)
        recall += correct / len(same_gold)
    return BCubed(precision / len(items), recall / len(items), len(items), len(set(gold.values())))


@dataclass
class Evaluation:
    fields: dict[str, Score]
    stories: BCubed | None


def evaluate(directory: Path) -> Evaluation:
    """Extraction scores over annotated articles, and BCubed over articles with a `story`."""
    from generator.cluster import cluster

    gold = load_gold(directory)
    articles = [read_article(path) for path, _ in gold]
    scores = {name: Score() for name in FIELDS}
    facts_by_id = {}
    labels = {}
    for (path, annotation), article, facts in zip(gold, articles, extract_articles(articles),
                                                  strict=True):
        facts_by_id[article.id] = facts
        if "story" in annotation:
            labels[article.id] = str(annotation["story"])
        if any(key in annotation for key in ("quotes", "actors", "offers", "demands")):
            score_article(path.stem, annotation, facts, scores)
    stories = None
    if labels:
        labelled = [a for a in articles if a.id in labels]
        predicted = {a: story.id for story in cluster(labelled, facts_by_id)
                     for a in story.article_ids}
        stories = bcubed(labels, predicted)
    return Evaluation(scores, stories)


def format_report(evaluation: Evaluation, details: bool = True) -> str:
    scores = evaluation.fields
    lines = [f"{'field':<15}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'found':>7}"]
    if evaluation.stories:
        b = evaluation.stories
        lines.append(f"{'stories':<15}{b.precision:>7.3f}{b.recall:>7.3f}{b.f1:>7.3f}"
                     f"{b.stories:>7}{b.articles:>7}   (BCubed; gold = stories, found = articles)")
    for name, s in scores.items():
        if not s.gold and not s.predicted:
            continue
        lines.append(f"{name:<15}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.gold:>7}"
                     f"{s.predicted:>7}")
    if details:
        for name, s in scores.items():
            if s.misses or s.false_hits:
                lines.append(f"\n[{name}]")
                lines += [f"  miss  {m}" for m in s.misses]
                lines += [f"  false {m}" for m in s.false_hits]
    return "\n".join(re.sub(r"\s+$", "", line) for line in lines)
