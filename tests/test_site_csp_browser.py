"""In Chromium: pages built from hostile entries run none of their scripts, and the
Content-Security-Policy blocks an inline script that would slip past the sanitizer, reporting
that one violation and no other (the site's own scripts and Pagefind's WebAssembly are allowed).

Named to run after tests/test_search.py: the session's browser runs an event loop, and
``asyncio.run`` there cannot run beside it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.browser

SLUG = "hostile-entry"
PWN = "window.__pwned = (window.__pwned || []).concat"
HOSTILE = f"""---
title: {{en: "<script>{PWN}('title')</script>Doctors \\"><img src=x onerror={PWN}('title-img')>", fr: Des médecins, zh: 医生}}
summary: {{en: "<svg onload={PWN}('summary')></svg>A team.", fr: Une équipe., zh: 医疗队。}}
lang: en
date: 2023-07-14
region: tibet
authors: ["<img src=x onerror={PWN}('author')>"]
dateline: "<script>{PWN}('dateline')</script>"
source: "javascript:{PWN}('source')"
---

<script>{PWN}('script')</script>

<img src="https://invalid.example/x.png" onerror="{PWN}('img')"> <svg><script>{PWN}('svg')</script></svg>

<iframe src="javascript:{PWN}('iframe')"></iframe> <object data="javascript:{PWN}('object')"></object>

<div style="background:url(javascript:{PWN}('style'))" onclick="{PWN}('click')">styled</div>

<style>body {{ display: none }}</style> <base href="https://evil.example/"> <meta http-equiv="refresh" content="0;url=javascript:{PWN}('meta')">

[a link](javascript:{PWN}('link')) <a href="  javascript:{PWN}('href')">x</a>

A paragraph with attributes
{{: onclick="{PWN}('attr-list')" style="color:red" }}

<form action="javascript:{PWN}('form')"><button>go</button></form>
"""
RECORD = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(
  {directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample}));
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path, str], str]) -> tuple[Path, str]:
    work = tmp_path_factory.mktemp("csp")
    content = work / "content"
    shutil.copytree(ROOT / "content", content)
    (content / f"{SLUG}.md").write_text(HOSTILE, "utf-8")
    out = work / "_site"
    result = subprocess.run(
        [sys.executable, "build.py", "--content", str(content), "--output", str(out), "build"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    return out, serve(out, "/")


def visit(browser, url: str) -> tuple[list[str], list[dict], list[str]]:
    """What ran (``__pwned``), the policy's reports, and console errors, after loading ``url``."""
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.add_init_script(RECORD)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    scripted_links = page.evaluate("""() => {  // what a reader's clicks would fire, links and forms aside
      for (const el of document.querySelectorAll("main *:not(a, a *, form, form *)"))
        el.dispatchEvent(new MouseEvent("click", {bubbles: true}));
      return [...document.querySelectorAll("main a[href^='javascript' i]")].length;
    }""")
    ran = page.evaluate("window.__pwned || []") + ["javascript: link"] * scripted_links
    violations = page.evaluate("window.__violations")
    context.close()
    return ran, violations, errors


def test_every_page_carries_the_policy(hostile_site: tuple[Path, str]) -> None:
    out, _ = hostile_site
    pages = sorted(out.rglob("*.html"))
    assert pages
    policy = re.compile(r'<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\'; style-src \'self\';')
    assert [p for p in pages if not policy.search(p.read_text("utf-8"))] == []


@pytest.mark.parametrize("path", [f"en/entries/{SLUG}/", f"fr/entries/{SLUG}/", "en/", "en/regions/tibet/", "en/years/2023/"])
def test_a_page_built_from_hostile_entries_runs_no_script_of_theirs(browser, hostile_site: tuple[Path, str], path: str) -> None:
    _, base = hostile_site
    ran, violations, errors = visit(browser, base + path)
    assert ran == []
    assert violations == []  # the sanitizer left nothing for the policy to block
    assert errors == []


def test_search_still_runs_under_the_policy(browser, hostile_site: tuple[Path, str]) -> None:
    _, base = hostile_site
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(RECORD)
    page.goto(base + "en/search/?q=Tibet")
    page.locator("#search-results li").first.wait_for(timeout=30000)
    assert page.evaluate("window.__violations") == []
    context.close()


def test_an_inline_script_past_the_sanitizer_is_blocked_and_reported_once(browser, hostile_site: tuple[Path, str], tmp_path: Path, serve: Callable[[Path, str], str]) -> None:
    out, _ = hostile_site
    copy = tmp_path / "site"
    shutil.copytree(out, copy)
    page_file = copy / "en" / "entries" / SLUG / "index.html"
    html = page_file.read_text("utf-8")
    page_file.write_text(html.replace("</main>", f"<script>{PWN}('injected')</script></main>", 1), "utf-8")
    base = serve(copy, "/")
    ran, violations, _ = visit(browser, base + f"en/entries/{SLUG}/")
    assert ran == []
    assert [(v["directive"], v["blocked"]) for v in violations] == [("script-src-elem", "inline")]
    without = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page_file.read_text("utf-8"))
    page_file.write_text(without, "utf-8")
    assert visit(browser, base + f"en/entries/{SLUG}/")[0] == ["injected"]  # the policy is what stopped it
