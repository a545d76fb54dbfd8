"""Devised titles and descriptions: composed from the metadata in each language, varying with
what is known, never over a human translation; and the slugs made from them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from aid_archive import LANGUAGES, devise, vocab
from aid_archive.models import Entry, PartialDate, Text
from aid_archive.render import load_translations

ROOT = Path(__file__).resolve().parent.parent
WORDS = vocab.load()
DEVISER = devise.Deviser(WORDS, {lang: load_translations(ROOT / "locales", lang) for lang in LANGUAGES})

HUBEI = Entry(
    slug="x", title=Text(zh="广东医疗队驰援武汉"), summary=Text(zh="广东医疗队抵达武汉。"), lang="zh",
    date=PartialDate(2020, 3, 9), region="hubei", origin="guangdong", source="xinhua", authors=(),
    dateline=None, tags=("medical-team", "critical-care"), body="正文。\n",
)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "[Medical team from Guangdong in Hubei — Xinhua News Agency, March 2020]"),
    ("fr", "[Équipe médicale du Guangdong au Hubei — Agence de presse Xinhua, mars 2020]"),
    ("zh", "〔广东医疗队在湖北 · 新华社 · 2020年3月〕"),
])
def test_the_issues_example_in_each_language(lang: str, expected: str) -> None:
    assert DEVISER.title(HUBEI, lang) == expected


@pytest.mark.parametrize(("changes", "lang", "expected"), [
    ({"origin": None}, "en", "[Medical team in Hubei — Xinhua News Agency, March 2020]"),
    ({"origin": "hubei"}, "fr", "[Équipe médicale au Hubei — Agence de presse Xinhua, mars 2020]"),  # sent from where it went
    ({"date": None}, "zh", "〔广东医疗队在湖北 · 新华社〕"),
    ({"source": None}, "fr", "[Équipe médicale du Guangdong au Hubei, mars 2020]"),
    ({"source": None, "date": None, "origin": None}, "en", "[Medical team in Hubei]"),
    ({"date": PartialDate(2020)}, "zh", "〔广东医疗队在湖北 · 新华社 · 2020年〕"),
    ({"source": "Some Local Paper"}, "en", "[Medical team from Guangdong in Hubei — Some Local Paper, March 2020]"),
    ({"tags": ("covid-19", "medical-team")}, "en", "[Epidemic support from Guangdong in Hubei — Xinhua News Agency, March 2020]"),
    ({"tags": ("free-clinic",), "region": "tibet", "origin": "beijing"}, "fr", "[Consultations gratuites de médecins de Pékin au Tibet — Agence de presse Xinhua, mars 2020]"),
    ({"tags": ("training",), "region": "inner-mongolia", "origin": "anhui"}, "fr", "[Formation par des soignants venus de l’Anhui en Mongolie-Intérieure — Agence de presse Xinhua, mars 2020]"),
    ({"tags": (), "region": "xinjiang", "origin": "shanghai"}, "fr", "[Aide médicale de Shanghai au Xinjiang — Agence de presse Xinhua, mars 2020]"),
    ({"tags": ("telemedicine",), "origin": None}, "zh", "〔湖北远程医疗 · 新华社 · 2020年3月〕"),
])
def test_titles_vary_with_what_is_known(changes: dict, lang: str, expected: str) -> None:
    assert DEVISER.title(replace(HUBEI, **changes), lang) == expected


def test_descriptions_say_what_kind_of_report_it_is() -> None:
    assert DEVISER.summary(HUBEI, "en") == (
        "[A report in Chinese by Xinhua News Agency, March 9, 2020. Aid sent from Guangdong to Hubei. "
        "Topics: medical team and critical care.]")
    assert DEVISER.summary(replace(HUBEI, date=None, source=None, tags=()), "fr") == (
        "[Reportage non daté en chinois. Aide envoyée du Guangdong au Hubei.]")
    assert DEVISER.summary(HUBEI, "zh") == "〔新华社中文报道，2020年3月9日。广东援助湖北。主题：医疗队和重症救治。〕"


def test_a_human_translation_always_wins() -> None:
    entry = replace(HUBEI, title=Text(zh="广东医疗队驰援武汉", fr="Une équipe du Guangdong à Wuhan"))
    assert DEVISER.text(entry, "title", "fr") == ("Une équipe du Guangdong à Wuhan", False)
    assert DEVISER.text(entry, "title", "zh") == ("广东医疗队驰援武汉", False)
    assert DEVISER.text(entry, "title", "en") == (DEVISER.title(entry, "en"), True)
    assert DEVISER.texts(entry, "title")["fr"] == "Une équipe du Guangdong à Wuhan"


def test_every_message_is_translated_with_its_placeholders() -> None:
    from babel.messages import checkers, pofile
    from babel.messages.extract import extract_from_file

    found = {msg for _, msg, _, _ in extract_from_file("python", str(ROOT / "aid_archive" / "devise.py"))}
    assert len(found) >= 20
    for lang in ("fr", "zh"):
        with (ROOT / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
            catalog = pofile.read_po(f, locale=lang)
        for msgid in found:
            message = catalog.get(msgid)
            assert message is not None and message.string and not message.fuzzy, (lang, msgid)
            checkers.python_format(catalog, message)


def test_slugs_are_readable_ascii_from_the_english_title() -> None:
    assert devise.slug(HUBEI, WORDS, "4d86") == "2020-03-09-medical-team-from-guangdong-in-hubei-xinhua-4d86"
    human = replace(HUBEI, title=Text(zh="…", en="Guangdong's doctors arrive in Wuhan to help the city fight the epidemic"))
    assert devise.slug(human, WORDS, "4d86") == "2020-03-09-guangdongs-doctors-arrive-in-wuhan-to-help"
    assert devise.slug(replace(HUBEI, date=None, source="Éco du Hubei"), WORDS) == "medical-team-from-guangdong-in-hubei-eco-du-hubei"
