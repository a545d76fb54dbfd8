"""Aid Archive: a static, multilingual archive of reports on medical aid missions."""

LANGUAGES: tuple[str, ...] = ("en", "fr", "zh")
"""UI and metadata languages, in display order."""
