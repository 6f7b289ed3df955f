"""Benchmark: extraction throughput, cold and incremental builds, site build cost, memory and
search index size, on a deterministic synthetic corpus. All numbers in a table come from one
run on one machine; compare the ratios, not the seconds.

    python benchmarks/run.py                 # N = 100, 1000, 5000
    python benchmarks/run.py --sizes 100 --results /tmp/r.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIRST = ["Ana", "Luis", "Marta", "Jonas", "Nina", "Omar", "Priya", "Karl", "Leyla", "Tomas",
         "Helen", "Ravi", "Sofia", "Peter", "Aiko", "Carla", "Daniel", "Ines", "Mei", "Yusuf"]
LAST = ["Rojas", "Campos", "Quispe", "Weber", "Petrova", "Haddad", "Nair", "Vogel", "Aliyeva",
        "Berg", "Ward", "Menon", "Lind", "Otieno", "Tanaka", "Mendes", "Okafor", "Duarte", "Lin",
        "Kaya"]
COUNTRIES = ["Chile", "Peru", "Norway", "Kenya", "Japan", "Brazil", "Canada", "Egypt", "Poland",
             "Vietnam", "Ghana", "Turkey", "India", "Mexico", "Sweden", "Nigeria"]
ORGS = ["Meridian Institute", "Baltic Policy Centre", "Andean University", "Harbour Bank",
        "Pacific Research Forum", "Northern Security Institute"]
GOODS = ["drones", "grain", "fertiliser", "patrol boats", "gas", "vaccines", "loans",
         "spare parts", "copper", "rail technology"]
TOPICS = ["trade", "energy", "border", "water", "security", "fisheries", "mining", "transport"]


def synthetic_corpus(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """(file name, text) pairs: stories of about three articles from different outlets."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    files = []
    story = 0
    while len(files) < n:
        a, b = rng.sample(COUNTRIES, 2)
        leader = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        expert = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        org, good, topic = rng.choice(ORGS), rng.choice(GOODS), rng.choice(TOPICS)
        day = start + dt.timedelta(days=story * 5 % 700)
        for outlet in range(rng.randint(2, 4)):
            if len(files) >= n:
                break
            text = (
                f" date {(day + dt.timedelta(days=outlet % 2)).isoformat()} "
                f"{a}'s President {leader} arrived in {b} on Monday for talks on {topic}, "
                f"officials said.\n\n"
                f'"We came to build a partnership on {topic} that lasts," {leader} told '
                f"reporters after the meeting.\n\n"
                f"{a} will supply {good} to {b} under the draft, according to a document "
                f"seen by reporters. {b} wants lower tariffs on its exports in return.\n\n"
                f'"The plan is ambitious but the money is unclear," said {expert}, an analyst '
                f'at the {org}. "Nobody has said who pays," {expert.split()[1]} added.\n\n'
                f"Story {story} outlet {outlet}: talks continue on {topic} and {good}.\n"
            )
            files.append((f"{len(files):05d}_s{story}_o{outlet}.txt", text))
        story += 1
    return files


def _write_corpus(directory: Path, files) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in files:
        (directory / name).write_text(text, encoding="utf-8")


def _words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def _timed(func):
    start = time.perf_counter()
    value = func()
    return time.perf_counter() - start, value


def _plain_site(directory: Path, pages: int) -> Path:
    """A plain MkDocs project of `pages` pages with the same theme and a bounded nav."""
    docs = directory / "docs"
    (docs / "p").mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\n" + "Plain page. " * 50)
    for i in range(pages):
        (docs / "p" / f"{i}.md").write_text(f"# Page {i}\n\n" + "Some words on a page. " * 80)
    config = directory / "mkdocs.yml"
    config.write_text("site_name: plain\ntheme:\n  name: material\n  font: false\n"
                      "plugins: [search]\nnav: [{Home: index.md}]\nnot_in_nav: /p/*\n")
    return config


def _same_pages_site(project: Path, directory: Path) -> Path:
    """The pages this tool rendered, built by MkDocs alone: same Markdown, theme, extensions
    and nav, without our render step, hooks, theme overrides or incremental machinery."""
    shutil.copytree(project / ".cache" / "site" / "docs", directory / "docs")
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^hooks:\n(?:  - .*\n)+", "", text)
    text = re.sub(r"(?m)^  custom_dir: .*\n", "", text)
    text = re.sub(r"(?m)^docs_dir: .*$", "docs_dir: docs", text)
    config = directory / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def _mkdocs_build(config: Path) -> float:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    cfg = load_config(config_file=str(config), site_dir=str(config.parent / "site"))
    return _timed(lambda: build(cfg))[0]


def measure(n: int, work: Path) -> dict:
    from generator.build import Paths, generate, write_briefings
    from generator.extract import extract_articles
    from generator.extract.parse import chunks, segment
    from generator.ingest import load_articles
    from generator.nlp import load_nlp
    from generator.site import build_site

    project = work / f"n{n}"
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copytree(ROOT / "site_src" / "pages", project / "site_src" / "pages")
    shutil.copytree(ROOT / "site_src" / "theme", project / "site_src" / "theme")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    files = synthetic_corpus(n + 1)
    _write_corpus(project / "seeds", files[:n])
    previous = Path.cwd()
    os.chdir(project)
    try:
        paths = Paths()
        articles, _ = load_articles(paths.seeds)
        texts = [t for a in articles for _o, t in chunks(a.text, segment(a.text)[0])]
        nlp = load_nlp()
        raw_s, _ = _timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=64)))
        ours_s, _ = _timed(lambda: list(extract_articles(articles)))
        words = _words(texts)

        def build():
            result = generate(paths)
            write_briefings(result.briefings, paths.out, paths.cache)
            build_site(result.briefings, paths)
            return result

        shutil.rmtree(".cache", ignore_errors=True)
        cold_s, result = _timed(build)
        render_s, _ = _timed(lambda: build_site(result.briefings, paths, incremental=False))
        pages = sum(1 for _ in Path("site").rglob("index.html"))
        index_bytes = (Path("site") / "search" / "search_index.json").stat().st_size
        _write_corpus(paths.seeds, files[n:n + 1])
        rebuild_s, _ = _timed(build)
        pagefind_bytes = _pagefind_first_load(result.briefings, paths)
    finally:
        os.chdir(previous)
    plain_s = _mkdocs_build(_plain_site(work / f"plain{n}", pages))
    same_s = _mkdocs_build(_same_pages_site(project, work / f"same{n}"))
    return {
        "n": n, "words": words, "raw_wps": words / raw_s, "ours_wps": words / ours_s,
        "cold_s": cold_s, "rebuild_s": rebuild_s, "render_s": render_s, "plain_s": plain_s,
        "same_s": same_s,
        "pages": pages, "index_bytes": index_bytes, "pagefind_bytes": pagefind_bytes,
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _pagefind_first_load(briefings, paths) -> int | None:
    """Index bytes a browser loads before the first Pagefind results: the entry and meta
    files, the English WebAssembly and one index chunk (the largest, to be safe). The UI and
    runtime scripts (about 180 KB before compression) load once and are cached; they are not
    index data and are not counted, as lunr's search scripts are not."""
    from generator.site import build_site

    try:
        build_site(briefings, paths, search="pagefind", incremental=False)
    except Exception:  # noqa: BLE001 — Pagefind not installed: no number
        return None
    root = Path("site") / "pagefind"
    upfront = [p for p in root.iterdir() if p.name == "pagefind-entry.json"
               or p.suffix == ".pf_meta" or p.name == "wasm.en.pagefind"]
    index = root / "index"
    chunks = [p.stat().st_size for p in index.iterdir()] if index.is_dir() else [0]
    return sum(p.stat().st_size for p in upfront) + max(chunks)


def table(rows: list[dict]) -> str:
    lines = [
        "| N | words | spaCy words/s | ours words/s | ours/spaCy | cold build s | rebuild +1 s "
        "| rebuild/cold | pages | render+build s | plain build s | ratio | same pages s "
        "| ratio | per-page ms | peak RSS MiB | lunr index KB | Pagefind first load KB |",
        "|" + " --- |" * 18,
    ]
    for r in rows:
        lines.append(
            f"| {r['n']} | {r['words']} | {r['raw_wps']:.0f} | {r['ours_wps']:.0f} "
            f"| {r['ours_wps'] / r['raw_wps']:.2f} | {r['cold_s']:.1f} | {r['rebuild_s']:.1f} "
            f"| {r['rebuild_s'] / r['cold_s']:.2f} | {r['pages']} | {r['render_s']:.1f} "
            f"| {r['plain_s']:.1f} | {r['render_s'] / r['plain_s']:.2f} "
            f"| {r['same_s']:.1f} | {r['render_s'] / r['same_s']:.2f} "
            f"| {1000 * r['render_s'] / r['pages']:.1f} | {r['rss_mib']:.0f} "
            f"| {r['index_bytes'] / 1024:.0f} "
            f"| {'n/a' if r['pagefind_bytes'] is None else round(r['pagefind_bytes'] / 1024)} |")
    return "\n".join(lines)


def machine() -> str:
    import spacy

    return (f"{platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()},"
            f" spaCy {spacy.__version__}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefings-bench-") as work:
        for n in args.sizes:
            rows.append(measure(n, Path(work)))
            print(table(rows[-1:]), flush=True)
    report = table(rows)
    print(report)
    # the written analysis below the table (its `## ` sections) is kept
    previous = args.results.read_text(encoding="utf-8") if args.results.exists() else ""
    analysis = previous[previous.index("\n## "):] if "\n## " in previous else "\n"
    args.results.write_text(
        "# Benchmark results\n\n"
        f"Measured {dt.date.today().isoformat()} by `python benchmarks/run.py` on {machine()}."
        " One run; the machine is shared, so compare ratios within a row, not seconds across"
        " runs.\n\n" + report + "\n" + analysis, encoding="utf-8")


if __name__ == "__main__":
    main()
