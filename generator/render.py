"""Briefings → Markdown pages through Jinja templates.

Every value printed by a template goes through `md_escape` (the environment's `finalize`), so
article text can never become Markdown syntax, HTML or script. Templates that need markup get
it from `Markup` values built here. Templates run sandboxed with StrictUndefined, so a typo in a
template fails the build instead of printing nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from jinja2 import FileSystemLoader, StrictUndefined
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


def md_escape(value) -> str:
    """Text safe anywhere in Markdown (paragraph, table cell, list item) and in the HTML it
    becomes: special characters as HTML entities, line breaks folded."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    return text.translate(_TABLE)


def environment(templates: Path) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader(str(templates)),
        undefined=StrictUndefined,
        finalize=md_escape,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _briefing_view(briefing: Briefing) -> dict:
    """What the briefing template needs beyond the briefing: display names and links."""
    names = {a.id: a.name for a in briefing.who}
    names[UNKNOWN] = "Unknown speaker"
    roles = {a.id: a.role or "" for a in briefing.who}
    return {"b": briefing, "names": names, "roles": roles,
            "edited": {e.field.split(".")[0] for e in briefing.edits},
            "edited_actors": {e.field.split(".")[1] for e in briefing.edits
                              if e.field.startswith("who.")}}


class _Dumper(yaml.SafeDumper):
    """Plain YAML: no anchors or aliases, even when two values are the same object."""

    def ignore_aliases(self, data) -> bool:
        return True


def dump_yaml(data) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


def render_site(briefings: list[Briefing], templates: Path, docs: Path,
                pages: Path | None = None) -> list[Path]:
    """Write every page into `docs` (which must be empty or new); returns the written paths."""
    env = environment(templates)
    ordered = sorted(briefings, key=lambda b: (b.date, b.id), reverse=True)
    written: list[Path] = []

    def write(relative: str, content: str) -> None:
        path = docs / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)

    months: dict[str, list[Briefing]] = {}
    for briefing in ordered:
        months.setdefault(briefing.date.strftime("%Y-%m"), []).append(briefing)
    names_by_briefing = {b.id: [a.name for a in b.who[:4]] for b in ordered}
    write("index.md", env.get_template("index.md.j2").render(
        briefings=ordered[:50], months=sorted(months, reverse=True), parties=names_by_briefing))
    write("archive.md", env.get_template("archive.md.j2").render(
        months=[(m, months[m]) for m in sorted(months, reverse=True)]))
    template = env.get_template("briefing.md.j2")
    for briefing in ordered:
        write(f"briefings/{briefing.id}.md", template.render(**_briefing_view(briefing)))
        data = briefing.to_data()
        write(f"briefings/{briefing.id}.yaml", dump_yaml(briefing.model_dump(
            mode="python", by_alias=True, exclude_none=True)))
        write(f"briefings/{briefing.id}.json",
              json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")
    if pages and pages.is_dir():
        for page in sorted(pages.rglob("*.md")):
            write(page.relative_to(pages).as_posix(), page.read_text(encoding="utf-8"))
    return written
