"""Briefings → Markdown pages through Jinja templates.

Every value printed by a template goes through `md_escape` (the environment's `finalize`), so
article text can never become Markdown syntax, HTML or script. Templates that need markup get
it from `Markup` values built here. Templates run sandboxed with StrictUndefined, so a typo in a
template fails the build instead of printing nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import yaml
from jinja2 import FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from generator.model import UNKNOWN, Briefing

_MD_ENTITIES = {
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\\": "&#92;", "`": "&#96;", "*": "&#42;",
    "_": "&#95;", "[": "&#91;", "]": "&#93;", "{": "&#123;", "}": "&#125;", "|": "&#124;",
    "#": "&#35;", "!": "&#33;", "~": "&#126;", "^": "&#94;", "=": "&#61;", "+": "&#43;",
    ":": "&#58;", "$": "&#36;", '"': "&quot;",
}
_TABLE = str.maketrans(_MD_ENTITIES)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ORDERED_MARKER = re.compile(r"^(\d+)([.)])(?=\s|$)")


def md_escape(value) -> str:
    """Text safe anywhere in Markdown (paragraph, table cell, list item) and in the HTML it
    becomes: special characters as HTML entities, line breaks folded."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = " ".join(_CONTROL.sub(" ", str(value)).split()).translate(_TABLE)
    # a value that starts a line must not start a list (`- 0`, `1986. A year`)
    text = re.sub(r"^-", "&#45;", text)
    return _ORDERED_MARKER.sub(lambda m: m.group(1) + ("&#46;" if m.group(2) == "." else "&#41;"),
                               text)


def _bytecode_cache() -> FileSystemBytecodeCache:
    """Templates compiled once and reused while their source is unchanged; the directory is
    keyed by the package (whose code sets this environment's options)."""
    import tempfile

    from generator.cache import package_fingerprint

    directory = Path(tempfile.gettempdir()) / f"briefings-templates-{package_fingerprint()}"
    directory.mkdir(exist_ok=True)
    return FileSystemBytecodeCache(str(directory))


def environment(templates: Path) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(templates)),
        undefined=StrictUndefined,
        finalize=md_escape,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters["by_text"] = by_text
    return env


def by_text(items) -> list[tuple[str, list[str]]]:
    """Evidence grouped by wording, in order of first appearance: a sentence that several
    sources carry word for word is shown once, with all their badges."""
    grouped: dict[str, list[str]] = {}
    for item in items:
        grouped.setdefault(item.text, []).append(item.source)
    return list(grouped.items())


def _link(name: str, target: str) -> Markup:
    return Markup(f"[{md_escape(name)}]({target})")


def _entity_links(briefing: Briefing, prefix: str) -> dict[str, Markup]:
    links = {a.id: _link(a.name, f"{prefix}{a.id}.md") for a in briefing.who}
    links[UNKNOWN] = Markup("<em>Unknown speaker</em>")
    return links


def _mermaid_label(text: str, limit: int = 40) -> str:
    """Text for a quoted Mermaid label: no quotes, brackets or line breaks survive as syntax."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "".join(_MERMAID_ESCAPES.get(ch, ch) for ch in text)


_MERMAID_ESCAPES = {'"': "#quot;", "<": "#lt;", ">": "#gt;", "`": "#96;", "|": "#124;",
                    "[": "#91;", "]": "#93;", "{": "#123;", "}": "#125;", "#": "#35;",
                    "&": "#38;", ";": "#59;", "\\": "#92;"}


def mermaid_graph(briefing: Briefing) -> Markup | None:
    """Who offers what to whom (solid) and who wants what from whom (dotted), goods-flow
    direction: a demand by A from B is drawn B ⇢ A."""
    names = {a.id: a.name for a in briefing.who}
    edges = []
    for offer in briefing.offers:
        if offer.to in names:
            edges.append((offer.by, offer.to, "-->", offer.what))
    for demand in briefing.demands:
        if demand.from_ in names:
            edges.append((demand.from_, demand.by, "-.->", f"wanted: {demand.what}"))
    if not edges:
        return None
    node = {actor_id: f"n{i}" for i, actor_id in enumerate(names)}
    used = sorted({e[0] for e in edges} | {e[1] for e in edges}, key=list(names).index)
    lines = ["graph LR"]
    lines += [f'  {node[a]}["{_mermaid_label(names[a])}"]' for a in used]
    lines += [f'  {node[a]} {arrow}|"{_mermaid_label(what)}"| {node[b]}'
              for a, b, arrow, what in edges]
    return Markup("```mermaid\n" + "\n".join(lines) + "\n```")


def _briefing_view(briefing: Briefing) -> dict:
    """What the briefing template needs beyond the briefing: display names and links."""
    names = {a.id: a.name for a in briefing.who}
    names[UNKNOWN] = "Unknown speaker"
    roles = {a.id: a.role or "" for a in briefing.who}
    return {"b": briefing, "names": names, "roles": roles,
            "links": _entity_links(briefing, "../entities/"),
            "graph": mermaid_graph(briefing),
            "edited": {e.field.split(".")[0] for e in briefing.edits},
            "edited_actors": {e.field.split(".")[1] for e in briefing.edits
                              if e.field.startswith("who.")}}


def first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(?:\s|$)", text)
    return match.group(1) if match else text


ENTITY_LIST_LIMIT = 30
ENTITY_LISTS = ("briefings", "quotes", "offers_made", "offers_received", "demands_made",
                "demands_received")


def entity_views(briefings: list[Briefing]) -> list[dict]:
    """One view per actor seen in any briefing: roles, briefings, quotes, offers, demands."""
    views: dict[str, dict] = {}
    for b in sorted(briefings, key=lambda b: (b.date, b.id), reverse=True):
        for actor in b.who:
            view = views.setdefault(actor.id, {
                "id": actor.id, "name": actor.name, "kind": actor.kind, "roles": [],
                "briefings": [], "quotes": [], "offers_made": [], "offers_received": [],
                "demands_made": [], "demands_received": []})
            if actor.role and actor.role not in view["roles"]:
                view["roles"].append(actor.role)
            view["briefings"].append(b)
        for quote in b.expert_views + b.statements:
            if quote.speaker in views:
                views[quote.speaker]["quotes"].append((b, quote))
        for offer in b.offers:
            if offer.by in views:
                views[offer.by]["offers_made"].append((b, offer))
            if offer.to in views:
                views[offer.to]["offers_received"].append((b, offer))
        for demand in b.demands:
            if demand.by in views:
                views[demand.by]["demands_made"].append((b, demand))
            if demand.from_ in views:
                views[demand.from_]["demands_received"].append((b, demand))
    for view in views.values():
        view["total"] = {key: len(view[key]) for key in ENTITY_LISTS}
        for key in ENTITY_LISTS:  # newest first; long lists are cut so pages stay small
            view[key] = view[key][:ENTITY_LIST_LIMIT]
        view["roles"] = view["roles"][:5]
        names = {}
        for b in view["briefings"]:
            names.update({a.id: a.name for a in b.who})
        for key in ENTITY_LISTS[1:]:
            for b, _item in view[key]:
                names.update({a.id: a.name for a in b.who})
        view["names"] = names
    return sorted(views.values(), key=lambda v: (v["kind"], v["name"].lower(), v["id"]))


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """Plain YAML: no anchors or aliases, even when two values are the same object. (libyaml's
    emitter when PyYAML has it: ten times faster, same output.)"""

    def ignore_aliases(self, data) -> bool:
        return True


def dump_yaml(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


def _digest(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def _entity_key(view: dict, digests: dict[str, str], salt: str) -> str:
    """What an entity page shows is fixed by its actor and the briefings its lists come from."""
    lists = {key: [digests[b.id] for b, _item in view[key]] for key in ENTITY_LISTS[1:]}
    signature = [view["id"], view["name"], view["kind"], view["roles"], view["total"], lists,
                 [digests[b.id] for b in view["briefings"]]]
    return _digest(salt, json.dumps(signature, sort_keys=True))


def render_site(briefings: list[Briefing], templates: Path, docs: Path,
                pages: Path | None = None, search: str = "lunr",
                reuse: dict[str, str] | None = None) -> dict[str, str]:
    """Write every page into `docs`; returns {path relative to `docs`: key}, where a key
    changes whenever the page's content does.

    `reuse`: the keys of an earlier render into the same `docs`. A briefing or entity page whose
    key is unchanged is not rendered again, and no file is rewritten with identical content, so
    unchanged pages keep their modification times (which `mkdocs build --dirty` relies on).
    Files of the earlier render that are no longer part of the site are deleted."""
    from generator.cache import package_fingerprint, tree_digest

    env = environment(templates)
    reuse = reuse or {}
    salt = _digest(package_fingerprint(), tree_digest(templates), search)
    ordered = sorted(briefings, key=lambda b: (b.date, b.id), reverse=True)
    keys: dict[str, str] = {}

    def fresh(relative: str, key: str) -> bool:
        keys[relative] = key
        return reuse.get(relative) != key or not (docs / relative).is_file()

    def put(relative: str, content: str | bytes, key: str | None = None) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        if fresh(relative, key or _digest(salt, data)):
            path = docs / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

    digests = {b.id: b.digest for b in ordered}
    months: dict[str, list[Briefing]] = {}
    feed_items = ordered[:50]
    for briefing in ordered:
        months.setdefault(briefing.date.strftime("%Y-%m"), []).append(briefing)
    names_by_briefing = {b.id: [a.name for a in b.who[:4]] for b in ordered}
    put("index.md", env.get_template("index.md.j2").render(
        briefings=ordered[:50], months=sorted(months, reverse=True), parties=names_by_briefing,
        lead={b.id: first_sentence(b.summary) for b in ordered}, search=search))
    if search == "pagefind":
        put("find.md", env.get_template("find.md.j2").render())
    entities = entity_views(ordered)
    put("entities/index.md", env.get_template("entities.md.j2").render(entities=entities))
    entity_template = env.get_template("entity.md.j2")
    for view in entities:
        relative = f"entities/{view['id']}.md"
        key = _entity_key(view, digests, salt)
        if fresh(relative, key):
            put(relative, entity_template.render(e=view), key)
    put("feed.xml", atom_feed(feed_items))
    put("feed.json", json_feed(feed_items))
    put("archive.md", env.get_template("archive.md.j2").render(
        months=[(m, months[m]) for m in sorted(months, reverse=True)]))
    template = env.get_template("briefing.md.j2")
    for briefing in ordered:
        stem, key = f"briefings/{briefing.id}", _digest(salt, digests[briefing.id])
        if fresh(f"{stem}.md", key):
            put(f"{stem}.md", template.render(**_briefing_view(briefing)), key)
        if fresh(f"{stem}.yaml", key):
            put(f"{stem}.yaml", dump_yaml(briefing.model_dump(
                mode="python", by_alias=True, exclude_none=True)), key)
        if fresh(f"{stem}.json", key):
            put(f"{stem}.json", json.dumps(briefing.to_data(), ensure_ascii=False, indent=2,
                                           sort_keys=False) + "\n", key)
    if pages and pages.is_dir():
        for page in sorted(p for p in pages.rglob("*") if p.is_file()):
            put(page.relative_to(pages).as_posix(), page.read_bytes())
    for relative in set(reuse) - set(keys):
        (docs / relative).unlink(missing_ok=True)
    return dict(sorted(keys.items()))


FEED_TITLE = "Briefings"


def _entry_id(briefing: Briefing) -> str:
    return f"tag:briefings,{briefing.date.isoformat()}:{briefing.id}"


def atom_feed(briefings: list[Briefing]) -> str:
    """Atom 1.0 (RFC 4287) feed of the latest briefings; times come from source dates."""
    from xml.etree import ElementTree as ET

    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    updated = max((b.updated for b in briefings), default=None)
    stamp = f"{(updated.isoformat() if updated else '1970-01-01')}T00:00:00Z"
    ET.SubElement(feed, f"{{{ns}}}id").text = "tag:briefings,2023:feed"
    ET.SubElement(feed, f"{{{ns}}}title").text = FEED_TITLE
    ET.SubElement(feed, f"{{{ns}}}updated").text = stamp
    ET.SubElement(feed, f"{{{ns}}}link", rel="self", href="feed.xml")
    ET.SubElement(ET.SubElement(feed, f"{{{ns}}}author"), f"{{{ns}}}name").text = FEED_TITLE
    for b in briefings:
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        ET.SubElement(entry, f"{{{ns}}}id").text = _entry_id(b)
        ET.SubElement(entry, f"{{{ns}}}title").text = b.title
        ET.SubElement(entry, f"{{{ns}}}updated").text = f"{b.updated.isoformat()}T00:00:00Z"
        ET.SubElement(entry, f"{{{ns}}}published").text = f"{b.date.isoformat()}T00:00:00Z"
        ET.SubElement(entry, f"{{{ns}}}link", rel="alternate", href=f"briefings/{b.id}/")
        ET.SubElement(entry, f"{{{ns}}}summary").text = b.summary
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def json_feed(briefings: list[Briefing]) -> str:
    """JSON Feed 1.1 of the latest briefings."""
    items = [{
        "id": _entry_id(b),
        "url": f"briefings/{b.id}/",
        "title": b.title,
        "content_text": b.summary,
        "summary": first_sentence(b.summary),
        "date_published": f"{b.date.isoformat()}T00:00:00Z",
        "date_modified": f"{b.updated.isoformat()}T00:00:00Z",
        "tags": [a.name for a in b.who[:6]],
    } for b in briefings]
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": FEED_TITLE,
            "feed_url": "feed.json", "items": items}
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"
