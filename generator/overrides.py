"""Editors' corrections (`site_src/overrides/<story id>.yaml`), validated at load and applied
after every generation. A correction that no longer matches anything is a problem reported
with its file and line, never silently dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from generator.errors import Problem
from generator.ingest import display_path
from generator.merge import normalise_for_match
from generator.model import (
    UNKNOWN,
    Actor,
    Article,
    Briefing,
    Demand,
    Discrepancy,
    Edit,
    Kind,
    Offer,
    QuoteItem,
)

SETTABLE = ("title", "summary")
ACTOR_FIELDS = ("name", "kind", "role", "affiliation", "aliases")
REMOVABLE = ("statements", "expert_views", "offers", "demands", "discrepancies")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RemoveSpec(_Strict):
    statements: list[str] = Field(default_factory=list)
    expert_views: list[str] = Field(default_factory=list)
    offers: list[str] = Field(default_factory=list)
    demands: list[str] = Field(default_factory=list)
    discrepancies: list[str] = Field(default_factory=list)


class AddSpec(_Strict):
    who: list[Actor] = Field(default_factory=list)
    offers: list[Offer] = Field(default_factory=list)
    demands: list[Demand] = Field(default_factory=list)
    statements: list[QuoteItem] = Field(default_factory=list)
    expert_views: list[QuoteItem] = Field(default_factory=list)
    discrepancies: list[Discrepancy] = Field(default_factory=list)


class ItemPatch(_Strict):
    """New values for one generated item's scalar fields."""

    what: str | None = None
    to: str | None = None
    from_: str | None = Field(default=None, alias="from")
    speaker: str | None = None
    about: str | None = None


class PatchSpec(_Strict):
    """Items by readable key (as for `remove`) → new scalar values."""

    offers: dict[str, ItemPatch] = Field(default_factory=dict)
    demands: dict[str, ItemPatch] = Field(default_factory=dict)
    statements: dict[str, ItemPatch] = Field(default_factory=dict)
    expert_views: dict[str, ItemPatch] = Field(default_factory=dict)


PATCHABLE = {"offers": ("what", "to"), "demands": ("what", "from_"),
             "statements": ("speaker",), "expert_views": ("speaker",)}


class ActorPatch(_Strict):
    name: str | None = None
    kind: Kind | None = None
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] | None = None


class Override(_Strict):
    """One story's corrections. Only `note` is required."""

    note: str = Field(min_length=1)
    set: dict[str, str] = Field(default_factory=dict)
    who: dict[str, ActorPatch | None] = Field(default_factory=dict)
    merge: list[list[str]] = Field(default_factory=list)
    patch: PatchSpec = Field(default_factory=PatchSpec)
    remove: RemoveSpec = Field(default_factory=RemoveSpec)
    add: AddSpec = Field(default_factory=AddSpec)


@dataclass(frozen=True)
class LoadedOverride:
    story_id: str
    file: str
    override: Override
    lines: dict[tuple, int]

    def line(self, *path) -> int:
        """Line of the deepest known key along `path` (1 when nothing matches)."""
        for end in range(len(path), 0, -1):
            if tuple(path[:end]) in self.lines:
                return self.lines[tuple(path[:end])]
        return 1


# ── loading ────────────────────────────────────────────────────────────────


def _node_lines(node, path: tuple, lines: dict, problems: list, file: str) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            if name in seen:
                problems.append(Problem(file, key.start_mark.line + 1, f"duplicate key {name!r}"))
            seen.add(name)
            lines[path + (name,)] = key.start_mark.line + 1
            _node_lines(value, path + (name,), lines, problems, file)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _node_lines(item, path + (index,), lines, problems, file)


def parse_override_text(text: str, file: str) -> tuple[dict | None, dict, list[Problem]]:
    """Safe YAML with line numbers; anchors, aliases, custom tags and tabs are refused."""
    problems: list[Problem] = []
    source_lines = text.splitlines()

    def source(line: int) -> str | None:
        return source_lines[line - 1] if 0 < line <= len(source_lines) else None

    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line = event.start_mark.line + 1
                return None, {}, [Problem(file, line, "anchors and aliases are not allowed in "
                                          "overrides; write the value out", source(line))]
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or "invalid YAML"
        if "\t" in (source(line) or ""):
            what += " (tabs are not allowed for indentation; use spaces)"
        return None, {}, [Problem(file, line, f"invalid YAML: {what}", source(line))]
    except yaml.YAMLError as exc:
        return None, {}, [Problem(file, 1, f"invalid YAML: {exc}")]
    lines: dict[tuple, int] = {}
    if node is not None:
        _node_lines(node, (), lines, problems, file)
    return data, lines, problems


def _validation_problems(exc: ValidationError, file: str, lines: dict) -> list[Problem]:
    problems = []
    for error in exc.errors():
        path = tuple(error["loc"])
        line = 1
        for end in range(len(path), 0, -1):
            if path[:end] in lines:
                line = lines[path[:end]]
                break
        where = ".".join(str(p) for p in path) or "(top level)"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown key; expected one of the keys in the override format"
        problems.append(Problem(file, line, f"{where}: {message}"))
    return problems


def load_override(path: Path) -> tuple[LoadedOverride | None, list[Problem]]:
    file = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(file, 1, f"cannot read override: {exc}")]
    data, lines, problems = parse_override_text(text, file)
    if data is None and not problems:
        problems = [Problem(file, 1, "empty override; expected at least `note:`")]
    if problems:
        return None, problems
    if not isinstance(data, dict):
        return None, [Problem(file, 1, "an override must be a mapping of keys (note, set, who, "
                              "merge, remove, add)")]
    try:
        override = Override.model_validate(data)
    except ValidationError as exc:
        return None, _validation_problems(exc, file, lines)
    return LoadedOverride(path.stem, file, override, lines), []


STORIES_FILE = "_stories.yaml"


class StoryMove(_Strict):
    article: str = Field(min_length=1)
    to: str = Field(min_length=1)  # a story id, or "new" for a story of its own


class StoriesOverride(_Strict):
    """`_stories.yaml`: move articles between stories (split or merge stories)."""

    note: str = Field(min_length=1)
    move: list[StoryMove] = Field(default_factory=list)


def load_story_moves(directory: Path) -> tuple[tuple[StoriesOverride, str, dict] | None,
                                                 list[Problem]]:
    path = directory / STORIES_FILE
    if not path.is_file():
        return None, []
    file = display_path(path)
    data, lines, problems = parse_override_text(path.read_text(encoding="utf-8"), file)
    if problems:
        return None, problems
    try:
        return (StoriesOverride.model_validate(data or {}), file, lines), []
    except ValidationError as exc:
        return None, _validation_problems(exc, file, lines)


def load_overrides(directory: Path) -> tuple[list[LoadedOverride], list[Problem]]:
    if not directory.is_dir():
        return [], []
    loaded, problems = [], []
    paths = sorted(directory.glob("*.yaml")) + sorted(directory.glob("*.yml"))
    for path in (p for p in paths if p.name != STORIES_FILE):
        item, found = load_override(path)
        problems += found
        if item:
            loaded.append(item)
    return loaded, problems


# ── applying ───────────────────────────────────────────────────────────────


def quote_key_matches(key: str, text: str) -> bool:
    wanted = normalise_for_match(key)
    return bool(wanted) and normalise_for_match(text).startswith(wanted)


def claim_key_matches(key: str, by: str, what: str) -> bool:
    """`north-korea: artillery shells` matches by + the first words of `what`."""
    who, _, words = key.partition(":")
    return who.strip() == by and quote_key_matches(words, what)


def _verbatim_in(text: str, source_id: str, briefing: Briefing,
                 articles: dict[str, Article]) -> bool:
    source = next((s for s in briefing.sources if s.id == source_id), None)
    if source is None:
        return False
    article = next((a for a in articles.values() if a.file == source.file
                    and a.sha256 == source.sha256), None)
    return article is not None and _normal_ws(text) in _normal_ws(article.text)


def _normal_ws(text: str) -> str:
    text = text.translate(str.maketrans("‘’“”", "''\"\""))
    return " ".join(text.split())


class _Applier:
    def __init__(self, briefing: Briefing, loaded: LoadedOverride, articles: dict[str, Article]):
        self.data = briefing.model_dump(by_alias=False)
        self.briefing = briefing
        self.loaded = loaded
        self.note = loaded.override.note
        self.articles = articles
        self.problems: list[Problem] = []
        self.edits: list[Edit] = []

    def problem(self, message: str, *path) -> None:
        self.problems.append(Problem(self.loaded.file, self.loaded.line(*path), message))

    def edit(self, field: str, action: str) -> None:
        self.edits.append(Edit(field=field, action=action, note=self.note))

    def actor_ids(self) -> set[str]:
        return {a["id"] for a in self.data["who"]}

    def replace_ids(self, old: str, new: str | None) -> None:
        """Point every reference to `old` at `new` (None removes the items that need one)."""
        for key in ("expert_views", "statements"):
            for item in self.data[key]:
                if item["speaker"] == old:
                    item["speaker"] = new or UNKNOWN
        for key, other in (("offers", "to"), ("demands", "from_")):
            kept = []
            for item in self.data[key]:
                if item["by"] == old:
                    if new is None:
                        continue
                    item["by"] = new
                if item.get(other) == old:
                    item[other] = new
                kept.append(item)
            self.data[key] = kept
        for actor in self.data["who"]:
            if actor.get("affiliation") == old:
                actor["affiliation"] = new
        for cover in self.data["coverage"]:
            cover["only_here"] = [new if i == old else i for i in cover["only_here"] if
                                  new is not None or i != old]
        self.data["coverage"] = [c for c in self.data["coverage"] if c["only_here"]]

    def apply_set(self) -> None:
        for key, value in self.loaded.override.set.items():
            if key not in SETTABLE:
                self.problem(f"set.{key}: only {', '.join(SETTABLE)} can be set", "set", key)
                continue
            self.data[key] = value
            self.edit(key, "set")

    def apply_merge(self) -> None:
        for index, group in enumerate(self.loaded.override.merge):
            if len(group) < 2:
                self.problem("merge: each entry lists two or more actor ids", "merge", index)
                continue
            missing = [i for i in group if i not in self.actor_ids()]
            if missing:
                self.problem(f"merge: {', '.join(missing)} no longer matches any actor in "
                             f"{self.briefing.id}", "merge", index)
                continue
            keep = next(a for a in self.data["who"] if a["id"] == group[0])
            for other_id in group[1:]:
                other = next(a for a in self.data["who"] if a["id"] == other_id)
                keep["aliases"] = sorted(set(keep["aliases"]) | set(other["aliases"])
                                         | {other["name"]} - {keep["name"]})
                keep["sources"] = sorted(set(keep["sources"]) | set(other["sources"]),
                                         key=lambda s: int(s[1:]) if s[1:].isdigit() else 0)
                self.data["who"] = [a for a in self.data["who"] if a["id"] != other_id]
                self.replace_ids(other_id, group[0])
            self.edit(f"who.{group[0]}", "merge")

    def apply_who(self) -> None:
        for actor_id, patch in self.loaded.override.who.items():
            if actor_id not in self.actor_ids():
                self.problem(f"who.{actor_id}: no longer matches any actor in "
                             f"{self.briefing.id}", "who", actor_id)
                continue
            if patch is None:
                self.data["who"] = [a for a in self.data["who"] if a["id"] != actor_id]
                self.replace_ids(actor_id, None)
                self.edit(f"who.{actor_id}", "remove")
                continue
            actor = next(a for a in self.data["who"] if a["id"] == actor_id)
            for key, value in patch.model_dump(exclude_unset=True).items():
                actor[key] = value
                self.edit(f"who.{actor_id}.{key}", "patch")

    def apply_patch(self) -> None:
        spec = self.loaded.override.patch
        ids = self.actor_ids() | {UNKNOWN}
        for key, fields in PATCHABLE.items():
            for wanted, patch in getattr(spec, key).items():
                matches = [i for i in self.data[key] if self._removal_matches(key, wanted, i)]
                if not matches:
                    self.problem(f"patch.{key}: {wanted!r} no longer matches any item in "
                                 f"{self.briefing.id}", "patch", key, wanted)
                    continue
                values = patch.model_dump(exclude_unset=True)
                wrong = [f for f in values if f not in fields]
                bad_ids = [v for f, v in values.items() if f in ("to", "from_", "speaker")
                           and v not in ids]
                if wrong or bad_ids:
                    self.problem(f"patch.{key}: {', '.join(wrong) or ', '.join(bad_ids)}: "
                                 f"expected one of {', '.join(f.rstrip('_') for f in fields)} "
                                 "with actor ids that exist", "patch", key, wanted)
                    continue
                for item in matches:
                    item.update(values)
                self.edit(key, "patch")

    def apply_remove(self) -> None:
        spec = self.loaded.override.remove
        for key in REMOVABLE:
            for index, wanted in enumerate(getattr(spec, key)):
                items = self.data[key]
                kept = [i for i in items if not self._removal_matches(key, wanted, i)]
                if len(kept) == len(items):
                    self.problem(f"remove.{key}: {wanted!r} no longer matches any item in "
                                 f"{self.briefing.id}", "remove", key, index)
                    continue
                self.data[key] = kept
                self.edit(key, "remove")

    @staticmethod
    def _removal_matches(key: str, wanted: str, item: dict) -> bool:
        if key in ("statements", "expert_views"):
            return quote_key_matches(wanted, item["quote"])
        if key in ("offers", "demands"):
            return claim_key_matches(wanted, item["by"], item["what"])
        return item["about"] == wanted

    def apply_add(self) -> None:
        spec = self.loaded.override.add
        for index, actor in enumerate(spec.who):
            if actor.id in self.actor_ids():
                self.problem(f"add.who: {actor.id} already exists; patch it under `who:`",
                             "add", "who", index)
                continue
            self.data["who"].append(actor.model_dump())
            self.edit(f"who.{actor.id}", "add")
        ids = self.actor_ids() | {UNKNOWN}
        for key in ("offers", "demands", "statements", "expert_views", "discrepancies"):
            for index, item in enumerate(getattr(spec, key)):
                if self._valid_addition(key, item, ids, index):
                    self.data[key].append(item.model_dump())
                    self.edit(key, "add")

    def _valid_addition(self, key: str, item, ids: set[str], index: int) -> bool:
        path = ("add", key, index)
        refs = []
        if key in ("offers", "demands"):
            refs = [item.by, getattr(item, "to", None) if key == "offers" else item.from_]
            texts = [(e.source, e.text) for e in item.evidence]
        elif key in ("statements", "expert_views"):
            refs = [item.speaker]
            texts = [(s, item.quote) for s in item.sources]
        else:
            texts = [(c.source, c.text) for c in item.claims]
        bad = [r for r in refs if r and r not in ids]
        if bad:
            self.problem(f"add.{key}: {', '.join(bad)} is not an actor of {self.briefing.id} "
                         "(add it under add.who first)", *path)
            return False
        for source, text in texts:
            if not _verbatim_in(text, source, self.briefing, self.articles):
                self.problem(f"add.{key}: {text[:60]!r} is not verbatim in source {source}",
                             *path)
                return False
        return True

    def result(self) -> Briefing:
        self.data["edits"] = [e.model_dump() for e in self.briefing.edits] + [
            e.model_dump() for e in self.edits]
        return Briefing.model_validate(self.data)


def apply_override(briefing: Briefing, loaded: LoadedOverride,
                   articles: dict[str, Article]) -> tuple[Briefing, list[Problem]]:
    applier = _Applier(briefing, loaded, articles)
    applier.apply_set()
    applier.apply_merge()
    applier.apply_who()
    applier.apply_patch()
    applier.apply_remove()
    applier.apply_add()
    return applier.result(), applier.problems


def apply_overrides(briefings: list[Briefing], overrides: list[LoadedOverride],
                    articles: dict[str, Article]) -> tuple[list[Briefing], list[Problem]]:
    by_story = {o.story_id: o for o in overrides}
    problems: list[Problem] = []
    known = {b.id for b in briefings}
    for loaded in overrides:
        if loaded.story_id not in known:
            problems.append(Problem(loaded.file, 1, f"story id {loaded.story_id!r} no longer "
                                    "matches any briefing (was the story renamed or split?)"))
    result = []
    for briefing in briefings:
        loaded = by_story.get(briefing.id)
        if loaded is None:
            result.append(briefing)
            continue
        updated, found = apply_override(briefing, loaded, articles)
        problems += found
        result.append(updated)
    return result, problems


def override_template(briefing: Briefing) -> str:
    """A new override file for `briefing`, with commented examples taken from it."""
    first_quote = (briefing.statements or briefing.expert_views or [None])[0]
    first_actor = briefing.who[0].id if briefing.who else "actor-id"
    lines = [
        "# yaml-language-server: $schema=../../schema/override.schema.json",
        f"# Corrections for {briefing.id}. Every key but `note` is optional.",
        "note: why these corrections are needed",
        "# set:",
        f"#   title: {briefing.title}",
        "# who:",
        f"#   {first_actor}: {{role: corrected role}}",
        "# merge:",
        "#   - [kept-id, absorbed-id]",
        "# remove:",
    ]
    if first_quote:
        words = " ".join(first_quote.quote.split()[:6])
        lines.append(f"#   statements: [{words!r}]")
    if briefing.offers:
        offer = briefing.offers[0]
        lines.append(f"#   offers: [\"{offer.by}: {' '.join(offer.what.split()[:3])}\"]")
    lines += ["# add:", "#   offers:",
              "#     - {by: actor-id, to: actor-id, what: short phrase,",
              "#        evidence: [{source: s1, text: \"a verbatim sentence from s1\"}]}"]
    return "\n".join(re.sub(r"\s+$", "", line) for line in lines) + "\n"
