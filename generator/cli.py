"""Command line: thin wrappers over the pipeline in `build.py`."""

from __future__ import annotations

import functools
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import click

from generator.build import Generated, Paths, generate, write_briefings
from generator.errors import InputError, Problem
from generator.site import build_site


@dataclass(frozen=True)
class Inputs:
    """The options every pipeline command shares: where inputs are and how to extract."""

    seeds: Path
    overrides: Path
    out: Path
    cache: Path | None
    jobs: int
    scheduler: str | None

    def paths(self, **more) -> Paths:
        return Paths(seeds=self.seeds, overrides=self.overrides, out=self.out,
                     cache=self.cache, **more)

    def generate(self, paths: Paths, **options) -> Generated:
        return generate(paths, jobs=self.jobs, scheduler=self.scheduler, **options)


def _input_options(func):
    """Adds the shared options and passes them to the command as one `inputs` argument."""

    @click.option("--seeds", type=click.Path(path_type=Path), default=Paths.seeds,
                  show_default=True, help="Directory of article files (*.txt).")
    @click.option("--overrides", type=click.Path(path_type=Path), default=Paths.overrides,
                  show_default=True, help="Directory of editors' override files.")
    @click.option("--out", type=click.Path(path_type=Path), default=Paths.out,
                  show_default=True, help="Where briefing YAML files are written.")
    @click.option("--cache-dir", type=click.Path(path_type=Path), default=Paths.cache,
                  show_default=True,
                  help="Cache root: facts per article, merged stories, the last site build.")
    @click.option("--no-cache", is_flag=True,
                  help="Extract and merge everything again; build the whole site.")
    @click.option("--jobs", type=click.IntRange(1), default=1, show_default=True,
                  help="Processes for spaCy (worth it from a few hundred new articles).")
    @click.option("--executor", type=click.Choice(["local", "dask"]), default="local",
                  show_default=True, help="Where articles are extracted.")
    @click.option("--scheduler", metavar="ADDRESS",
                  help="Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --executor dask).")
    @functools.wraps(func)
    def wrapper(*args, seeds, overrides, out, cache_dir, no_cache, jobs, executor, scheduler,
                **kwargs):
        if executor == "dask" and not scheduler:
            raise click.UsageError("--executor dask needs --scheduler ADDRESS")
        inputs = Inputs(seeds, overrides, out, None if no_cache else cache_dir, jobs,
                        scheduler if executor == "dask" else None)
        return func(*args, inputs=inputs, **kwargs)

    return wrapper


def _report(problems: list[Problem], quiet: bool) -> None:
    for problem in problems:
        click.echo(problem.format(), err=True)
    if problems and not quiet:
        click.echo(f"{len(problems)} problem(s); the inputs named above were skipped or not "
                   "applied.", err=True)


def _progress(ctx: click.Context):
    if ctx.obj.get("quiet") or not sys.stderr.isatty():
        return lambda items, _total: items

    def show(items, total):
        with click.progressbar(items, length=total, label="Extracting", file=sys.stderr) as bar:
            yield from bar

    return show


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except InputError as exc:
            click.echo(exc.format_message(), err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group)
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("-v", "--verbose", is_flag=True, help="Print what each step does.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: bool) -> None:
    """Turn news articles into sourced briefings and a searchable static site."""
    ctx.ensure_object(dict)
    ctx.obj.update(quiet=quiet, verbose=verbose)
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not verbose:
        logging.getLogger("mkdocs").setLevel(logging.WARNING)


@main.command("generate")
@_input_options
@click.option("--fail-fast", is_flag=True, help="Stop at the first bad article or override.")
@click.pass_context
def generate_command(ctx, inputs: Inputs, fail_fast: bool) -> None:
    """Write one <id>.yaml briefing per story."""
    result = inputs.generate(inputs.paths(), fail_fast=fail_fast, progress=_progress(ctx))
    written = write_briefings(result.briefings, inputs.out, inputs.cache)
    if not ctx.obj["quiet"]:
        click.echo(f"{len(written)} briefing(s) from {len(result.articles)} article(s) → "
                   f"{inputs.out}")
    _report(result.problems, ctx.obj["quiet"])
    if result.problems:
        ctx.exit(1)


@main.command("build")
@_input_options
@click.option("--site", type=click.Path(path_type=Path), default=Paths.site, show_default=True,
              help="Where the static site is built.")
@click.option("--config", type=click.Path(path_type=Path), default=Paths.config,
              show_default=True, help="MkDocs configuration.")
@click.option("--templates", type=click.Path(path_type=Path), default=Paths.templates,
              show_default=True, help="Jinja templates for the pages.")
@click.option("--strict/--no-strict", default=True, show_default=True,
              help="Fail on any warning or override that no longer matches.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first bad article or override.")
@click.option("--search", type=click.Choice(["lunr", "pagefind"]), default="lunr",
              show_default=True,
              help="Search index: the theme's built-in one, or Pagefind for large sites.")
@click.pass_context
def build_command(ctx, inputs: Inputs, site, config, templates, strict, fail_fast, search):
    """Generate briefings, render pages and build the site with MkDocs."""
    paths = inputs.paths(site=site, config=config, templates=templates)
    result = inputs.generate(paths, fail_fast=fail_fast, progress=_progress(ctx))
    override_problems = [p for p in result.problems if Path(p.file).suffix in (".yaml", ".yml")]
    if strict and override_problems:
        _report(result.problems, ctx.obj["quiet"])
        click.echo("build --strict: not building while overrides do not apply; the previous "
                   "site is unchanged.", err=True)
        ctx.exit(1)
    write_briefings(result.briefings, inputs.out, inputs.cache)
    build_site(result.briefings, paths, strict=strict, search=search)
    if not ctx.obj["quiet"]:
        click.echo(f"{len(result.briefings)} briefing(s) → {site}/")
    _report(result.problems, ctx.obj["quiet"])
    if result.problems:
        ctx.exit(1)


@main.command("check")
@_input_options
@click.pass_context
def check_command(ctx, inputs: Inputs) -> None:
    """Validate articles and overrides; print every problem as file:line: message."""
    result = inputs.generate(inputs.paths())
    for problem in result.problems:
        click.echo(problem.format())
    if result.problems:
        ctx.exit(1)
    if not ctx.obj["quiet"]:
        click.echo(f"ok: {len(result.articles)} article(s), {len(result.briefings)} "
                   "briefing(s), overrides apply cleanly")


@main.command("eval")
@click.option("--gold", type=click.Path(path_type=Path), required=True,
              help="Directory of annotated articles (<name>.txt beside <name>.yaml).")
@click.option("--details/--no-details", default=True, show_default=True,
              help="List every miss and false hit after the scores.")
def eval_command(gold: Path, details: bool) -> None:
    """Score extraction against annotated articles: P/R/F1 per field."""
    from generator.evaluate import evaluate, format_report

    click.echo(format_report(evaluate(gold), details=details))


@main.command("schema")
@click.option("--out", type=click.Path(path_type=Path), default=Path("schema"),
              show_default=True, help="Directory for the JSON Schema files.")
@click.pass_context
def schema_command(ctx, out: Path) -> None:
    """Write JSON Schemas for briefings and overrides (generated from the models)."""
    import json

    from generator.model import Briefing
    from generator.overrides import Override, StoriesOverride

    out.mkdir(parents=True, exist_ok=True)
    for name, model in (("briefing", Briefing), ("override", Override),
                        ("stories-override", StoriesOverride)):
        schema = model.model_json_schema(by_alias=True)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        (out / f"{name}.schema.json").write_text(json.dumps(schema, indent=2, sort_keys=True)
                                                 + "\n", encoding="utf-8")
    if not ctx.obj["quiet"]:
        click.echo(f"schemas → {out}/")


@main.group("override")
def override_group() -> None:
    """Work with editors' override files."""


@override_group.command("new")
@click.argument("story_id")
@click.option("--out", type=click.Path(path_type=Path), default=Paths.out, show_default=True,
              help="Where the generated briefings are.")
@click.option("--overrides", type=click.Path(path_type=Path), default=Paths.overrides,
              show_default=True, help="Directory of override files.")
def override_new(story_id: str, out: Path, overrides: Path) -> None:
    """Create site_src/overrides/STORY_ID.yaml with commented examples from the briefing."""
    import yaml

    from generator.model import Briefing
    from generator.overrides import override_template

    source = out / f"{story_id}.yaml"
    if "/" in story_id or story_id.startswith(".") or not source.is_file():
        raise InputError(Problem(str(source), 1, f"no generated briefing {story_id!r}; run "
                                 "`python -m generator generate` and use an id from " + str(out)))
    target = overrides / f"{story_id}.yaml"
    if target.exists():
        raise InputError(Problem(str(target), 1, "an override for this story already exists; "
                                 "edit it instead"))
    briefing = Briefing.model_validate(yaml.safe_load(source.read_text(encoding="utf-8")))
    overrides.mkdir(parents=True, exist_ok=True)
    target.write_text(override_template(briefing), encoding="utf-8")
    click.echo(f"created {target}")


@main.command("serve")
@_input_options
@click.option("--site", type=click.Path(path_type=Path), default=Paths.site, show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--interval", type=float, default=1.0, show_default=True,
              help="Seconds between checks for changed inputs.")
@click.pass_context
def serve_command(ctx, inputs: Inputs, site, port, interval):
    """Build, serve the site on 127.0.0.1, and rebuild when seeds, overrides or templates
    change (a failed rebuild keeps the last good site)."""
    import functools
    import http.server
    import threading
    import time

    paths = inputs.paths(site=site)

    def snapshot() -> dict:
        watched = [paths.seeds, paths.overrides, paths.templates, paths.pages, paths.config]
        return {p: p.stat().st_mtime_ns for root in watched if root.exists()
                for p in ([root] if root.is_file() else sorted(root.rglob("*")))}

    def rebuild() -> None:
        try:
            result = inputs.generate(paths)
            write_briefings(result.briefings, inputs.out, inputs.cache)
            build_site(result.briefings, paths, strict=False)
            _report(result.problems, ctx.obj["quiet"])
            click.echo(f"built {len(result.briefings)} briefing(s)")
        except InputError as exc:
            click.echo(exc.format_message(), err=True)

    rebuild()
    site_root = site.resolve()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site_root), **kwargs)

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    click.echo(f"serving http://127.0.0.1:{server.server_address[1]}/ (Ctrl+C to stop)")
    seen = snapshot()
    try:
        while True:
            time.sleep(interval)
            current = snapshot()
            if current != seen:
                seen = current
                rebuild()
    except KeyboardInterrupt:
        server.shutdown()
