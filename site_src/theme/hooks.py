"""MkDocs hooks: a briefing's "edit" link opens its override file, where corrections belong
(a new one when the story has none yet; needs `extra.edit_repo`, REPO_URL when building), and
the theme's templates are compiled once, not on every build."""

from __future__ import annotations

from pathlib import Path

OVERRIDES = "site_src/overrides"


def on_env(env, config, files):
    """Keep compiled theme templates between builds (Jinja checks each source's checksum), so
    a rebuild does not spend most of a second compiling Material's templates again."""
    import tempfile
    from importlib.metadata import version

    from jinja2 import FileSystemBytecodeCache

    # one directory per theme and MkDocs version: compiled code also depends on their settings
    cache = Path(tempfile.gettempdir()) / (
        f"briefings-theme-{version('mkdocs')}-{version('mkdocs-material')}")
    cache.mkdir(exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env


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
