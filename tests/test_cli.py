"""The command line as a newcomer meets it: options before or after the command, a typo in
config.yaml named at its line, the project taken from the working directory or ``--project``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from aid_archive import cli, config


def _project(tmp_path: Path, config_text: str | None = None) -> Path:
    project = tmp_path / "p"
    for name in ("content", "templates", "vocab", "static", "locales"):
        shutil.copytree(ROOT / name, project / name)
    (project / "seeds").mkdir()
    if config_text is not None:
        (project / "config.yaml").write_text(config_text, "utf-8")
    return project


@pytest.mark.parametrize(
    "argv",
    [
        ["build", "--force", "--output", "{out}"],
        ["--force", "build", "--output", "{out}"],
        ["--output", "{out}", "build", "--force"],
    ],
)
def test_options_work_before_or_after_the_command(argv: list[str], tmp_path: Path) -> None:
    project = _project(tmp_path)
    out = tmp_path / "site"
    args = [a.format(out=out) for a in argv]
    first = subprocess.run([sys.executable, str(ROOT / "build.py"), "--project", str(project), *args],
                           capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    assert (out / "en" / "index.html").is_file()
    again = subprocess.run([sys.executable, str(ROOT / "build.py"), *args], cwd=project,
                           capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    assert "up to date" not in again.stdout, "--force must rebuild wherever it is written"


def test_the_project_is_the_working_directory(tmp_path: Path) -> None:
    project = _project(tmp_path, "title: Elsewhere\n")
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "build"], cwd=project,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "· Elsewhere</title>" in (project / "_site" / "en" / "index.html").read_text("utf-8")
    assert config.load(project).title == "Elsewhere"


def test_a_typo_in_config_yaml_is_named_at_its_line_with_a_suggestion(tmp_path: Path) -> None:
    project = _project(tmp_path, "title: Aid Archive\n# served under\n\nbase_ulr: /x/\nsearch_shard_size: 3\n")
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "--project", str(project), "check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr == "error: config.yaml:4: unknown key 'base_ulr' (did you mean base_url?)\n"


def test_every_bad_setting_is_listed_in_one_run(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("titel: x\nsite_url: [a, b]\nsearch_shard_size: none\n", "utf-8")
    with pytest.raises(config.ConfigError) as caught:
        config.load(tmp_path)
    assert str(caught.value).splitlines() == [
        "config.yaml:1: unknown key 'titel' (did you mean title?)",
        "config.yaml:2: site_url: expected text, got list ['a', 'b']",
        "config.yaml:3: search_shard_size: expected a whole number above 0, got 'none'",
    ]


def test_config_yaml_that_is_not_yaml_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("title: [unclosed\n", "utf-8")
    with pytest.raises(config.ConfigError, match=r"^config\.yaml:2: not valid YAML"):
        config.load(tmp_path)


def test_the_console_script_is_the_same_command() -> None:
    script = Path(sys.executable).with_name("aid-archive")
    assert script.is_file(), "pyproject.toml declares the aid-archive console script"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "import" in result.stdout and "build" in result.stdout
    assert cli.parser().prog == "build.py"


def test_site_url_must_be_an_origin_named_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("title: x\nsite_url: example.org/aid\n", "utf-8")
    with pytest.raises(config.ConfigError) as caught:
        config.load(tmp_path)
    assert str(caught.value) == ("config.yaml:2: site_url: expected the site's origin like https://example.org "
                                 "(the path goes in base_url), got 'example.org/aid'")
    (tmp_path / "config.yaml").write_text("site_url: https://example.org/\n", "utf-8")
    assert config.load(tmp_path).site_url == "https://example.org"


def test_a_production_build_needs_site_url(tmp_path: Path) -> None:
    project = _project(tmp_path, "site_url: ''\n")
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "build", "--production"], cwd=project,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("error: config.yaml: site_url: a production build needs the site's address")
    assert not (project / "_site").exists()
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), "--site-url", "https://example.org",
                             "build", "--production"], cwd=project, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Sitemap: https://example.org/sitemap.xml" in (project / "_site" / "robots.txt").read_text("utf-8")
