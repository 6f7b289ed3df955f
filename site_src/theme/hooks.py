"""MkDocs hook: a briefing's "edit" link opens its override file, where corrections belong
(a new one when the story has none yet). Needs `extra.edit_repo` (REPO_URL when building)."""

from __future__ import annotations

from pathlib import Path

OVERRIDES = "site_src/overrides"


def on_page_context(context, page, config, nav):
    repo = (config["extra"].get("edit_repo") or "").rstrip("/")
    page.edit_url = None
    if not repo or not page.file.src_uri.startswith("briefings/"):
        return context
    story_id = Path(page.file.src_uri).stem
    root = Path(config["config_file_path"]).parent
    if (root / OVERRIDES / f"{story_id}.yaml").exists():
        page.edit_url = f"{repo}/edit/main/{OVERRIDES}/{story_id}.yaml"
    else:
        page.edit_url = f"{repo}/new/main/{OVERRIDES}?filename={story_id}.yaml"
    return context
