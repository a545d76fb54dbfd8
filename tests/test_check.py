"""``python build.py check``: every error of ``tests/broken/`` (one file per error), its line and
its exact message; CI-friendly output; the real archive passes."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from aid_archive import validate

BROKEN = ROOT / "tests" / "broken"
EXPECTED = {
    "Not_A_Slug.md": ["1: slug: file name 'Not_A_Slug' is not a slug; expected lowercase letters, digits and '-'"],
    "bad-url.md": ["7: url: 'www.people.com.cn/n1/2023/0714.html' is not a web address; expected an http:// or https:// URL, or null"],
    "broken-link.md": ["11: body: link '/en/entries/unknown-region-typo/' points to no entry: there is no content/unknown-region-typo.md; did you mean 'unknown-region'?"],
    "empty-body.md": ["8: body: is empty; expected the article's text after the front matter"],
    "full-width-colon.md": ["6: region: is followed by a full-width colon '：'; write an ASCII colon and a space (': ')"],
    "impossible-date.md": ["5: date: '2023-02-30' is not a date; expected YYYY-MM-DD, YYYY-MM, YYYY or null"],
    "invalid-yaml.md": ["8: front matter: is not valid YAML (did not find expected ',' or ']'); check quotes, colons and indentation"],
    "link-to-markdown-file.md": ["11: body: link 'empty-body.md' points to a Markdown file; link to the entry's page instead, e.g. /en/entries/empty-body/"],
    "missing-title.md": ["2: title: is missing; expected map en/fr/zh"],
    "missing-translation.md": ["2: warning: title.fr: is not translated yet; the site shows a devised one meanwhile (`build.py translations export` lists it)"],
    "no-front-matter.md": ["1: front matter: missing; the file must start with '---', YAML fields, then '---'"],
    "placeholder-left.md": [
        "9: tags: 'free-clinics' is not a known tag; expected 'free-clinic' (see vocab/)",
        "12: body: still holds the placeholder 'TODO'; write the text, or set draft: true",
    ],
    "relative-link.md": [
        "9: body: link '../unknown-tag/' points to content/unknown-tag.md, which has errors; fix that entry first",
        "9: body: link '../unknown-regoin/' points to no entry: there is no content/unknown-regoin.md; did you mean 'unknown-region'?",
    ],
    "unclosed-front-matter.md": ["7: front matter: is not closed; expected a '---' line here, after the last field and before the article"],
    "unknown-region.md": ["6: region: 'xinjang' is not a known region; expected 'xinjiang' (see vocab/)"],
    "unknown-tag.md": ["7: tags: 'free-clinics' is not a known tag; expected 'free-clinic' (see vocab/)"],
}


def check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "build.py", *args, "check"], cwd=ROOT, capture_output=True, text=True, check=False, env={"CI": "true", "PATH": ""})


def test_every_broken_file_has_its_expected_message() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.md")) == sorted(EXPECTED)


def test_check_reports_each_error_with_file_and_line() -> None:
    result = check("--content", str(BROKEN))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    expected = [f"tests/broken/{name}:{message}" for name, messages in sorted(EXPECTED.items()) for message in messages]
    assert lines[:-1] == expected
    warnings = sum(": warning: " in m for messages in EXPECTED.values() for m in messages)
    errors = sum(len(messages) for messages in EXPECTED.values()) - warnings
    assert lines[-1] == f"check: {len(EXPECTED)} entries, {errors} error(s), {warnings} warning(s)"
    assert result.stderr == ""  # no progress bar under CI


def test_the_archive_passes() -> None:
    result = check()
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines()[-1].endswith("0 error(s), 0 warning(s)")


def test_duplicate_slugs_differ_only_by_case() -> None:
    problems = validate.duplicate_slugs(["content/tibet-team.md", "content/Tibet-Team.md"])
    assert [str(p) for p in problems] == [
        "content/tibet-team.md:1: slug: 'tibet-team' is also the slug of content/Tibet-Team.md; rename one of the files"
    ]


def test_links_in_code_are_not_links() -> None:
    body = "A [link](/en/).\n\n```\n[not](/nowhere/)\n```\n\n    [indented](/nowhere/)\n\n<a href=\"../x/\">x</a>\n[ref]: /fr/regions/\n"
    assert list(validate.links(body, 10)) == [(10, "/en/"), (18, "../x/"), (19, "/fr/regions/")]


def test_external_links_and_anchors_are_not_checked() -> None:
    for target in ("https://example.org/", "mailto:a@b.org", "#top", "/en/", "/static/site.css", "../../regions/"):
        assert validate._check(target, "/en/entries/a/", "/", validate.site_routes([]) | {"static/site.css"}, [], set()) is None, target
