"""The README documents the schema declared in code."""

from pathlib import Path

from aid_archive.content import SCHEMA

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


def test_readme_schema_table_matches_the_schema() -> None:
    for field in SCHEMA:
        row = f"| `{field.name}` | {field.kind} | {'yes' if field.required else 'no'} | {field.doc} |"
        assert row in README, row


def test_readme_shows_the_two_commands() -> None:
    assert "make site" in README and "make test" in README
