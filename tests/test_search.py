"""The search index: records hold all languages' metadata; one record per entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aid_archive import cli, config, search, vocab
from aid_archive.models import Entry, PartialDate, Text

WORDS = vocab.load()


def entry(slug: str, lang: str, title: Text, **fields: object) -> Entry:
    values: dict[str, object] = {
        "slug": slug, "title": title, "summary": Text(**{lang: "Résumé."}), "lang": lang,
        "date": PartialDate(2021, 3), "region": "tibet", "origin": None, "source": None,
        "authors": (), "dateline": None, "tags": (), "body": "Texte.\n",
    }
    values.update(fields)
    return Entry(**values)  # type: ignore[arg-type]


TIBET = entry(
    "aide-tibet", "fr",
    Text(fr="L'aide médicale au Tibet", en="Medical aid to Tibet", zh=None),
    summary=Text(fr="Un maître à l'hôpital.", en="A master at the hospital."),
    origin="beijing", source="china-org", tags=("orthopedics",), authors=("Li Wei",),
    body="# Mon maître\n\nMon premier **maître** à l'[Hôpital](https://x.org) de Lhassa.\n\n- un\n",
)
YUNNAN = entry(
    "jinshan", "zh", Text(zh="金山区第十一批援滇驻地医疗队出征"),
    date=None, region="yunnan", tags=("medical-team", "pairing-assistance"),
    body="2月21日上午，金山区第十一批援滇驻地医疗队出征仪式举行。\n",
)


def test_plain_text_drops_markdown_and_keeps_blocks() -> None:
    markdown = "# Titre\n\nMon **maître** à l'[Hôpital](https://x.org).\n\n- un\n- deux\n"
    assert search.plain_text(markdown) == "Titre\nMon maître à l'Hôpital.\nun\ndeux"


def test_record_lives_in_the_original_language_tree_without_the_base_url() -> None:
    assert search.build_record(TIBET, WORDS).url == "/fr/entries/aide-tibet/"


def test_record_content_has_the_body_and_metadata_in_every_language() -> None:
    content = search.build_record(TIBET, WORDS).content
    assert content.startswith("L' aide médicale au Tibet\nMon maître\nMon premier maître à l' Hôpital")  # elisions cut
    for text in ("Medical aid to Tibet", "A master at the hospital.", "西 藏", "Xizang", "Lhassa",
                 "援 藏", "Pékin", "北 京", "orthopedics", "orthopédie", "骨 科", "中 国 网", "Li Wei"):
        assert text in content, text
    assert content.count("L' aide médicale au Tibet") == 1


def test_chinese_is_indexed_one_character_a_word_so_a_query_is_an_exact_phrase() -> None:
    assert search.spaced("援疆医疗队 in Xinjiang，新疆") == "援 疆 医 疗 队 in Xinjiang，新 疆"
    assert search.spaced("l'hôpital d’Ürümqi, China's 3'4") == "l' hôpital d’ Ürümqi, China' s 3'4"
    content = search.build_record(YUNNAN, WORDS).content
    assert "援 滇 驻 地 医 疗 队" in content and "援滇" not in content
    assert "援 疆" not in content  # a Yunnan entry: 援疆 (an exact phrase) cannot find it


def test_region_synonyms_hold_names_aliases_and_the_aid_shorthand() -> None:
    synonyms = search.region_synonyms(WORDS, "xinjiang")
    assert {"Xinjiang", "新疆", "Sinkiang", "援疆"} <= set(synonyms)
    assert "援 疆" in search.build_record(entry("x", "en", Text(en="X"), region="xinjiang"), WORDS).content


def test_the_original_ends_where_the_browser_counts_it() -> None:
    record = search.build_record(YUNNAN, WORDS)
    end = int(record.meta["original_end"])
    assert record.content[:end].endswith("仪 式 举 行。")  # the body ends; metadata follows
    assert record.content[end:].lstrip().startswith("Résumé. · Yunnan")


def test_record_meta_has_the_titles_and_only_what_the_browser_cannot_derive() -> None:
    meta = search.build_record(TIBET, WORDS).meta
    # the original's title once, each translation, the ISO date (formatted by the browser);
    # the region is named from the filter's value with labels.json
    assert meta == {"title": "L'aide médicale au Tibet", "title_en": "Medical aid to Tibet",
                    "lang": "fr", "date": "2021-03", "original_end": meta["original_end"],
                    "summary_fr": "Un maître à l'hôpital.", "summary_en": "A master at the hospital.",
                    }  # no title_zh: shown with a marker; summaries stand in for a foreign excerpt
    assert "date" not in search.build_record(YUNNAN, WORDS).meta


def test_record_filters_use_slugs_and_every_record_has_a_sort_key() -> None:
    tibet = search.build_record(TIBET, WORDS)
    assert tibet.filters == {
        "region": ("tibet",), "year": ("2021",), "lang": ("fr",), "tag": ("orthopedics",),
    }
    assert tibet.sort == {"date": "2021-03"}
    undated = search.build_record(YUNNAN, WORDS)
    assert undated.filters["year"] == ("undated",)  # the year filter's "Undated"
    assert undated.sort == {}  # the browser lists it after the dated ones, both ways


def test_filter_labels_name_each_value_in_every_ui_language() -> None:
    labels = search.filter_labels(search.build_records([TIBET, YUNNAN], WORDS), WORDS)
    assert labels["region"]["yunnan"] == {"en": "Yunnan", "fr": "Yunnan", "zh": "云南"}
    assert labels["lang"]["zh"] == {"en": "Chinese", "fr": "chinois", "zh": "中文"}
    assert labels["tag"]["medical-team"]["fr"] == "équipe médicale"
    assert sorted(labels["region"]) == ["tibet", "yunnan"]
    assert labels["year"] == {"2021": {"en": "2021", "fr": "2021", "zh": "2021"},
                              "undated": {"en": "undated", "fr": "undated", "zh": "undated"}}
    assert {"Xinjiang", "Sinkiang", "援疆", "新疆", "équipe médicale"} <= set(labels["terms"])
    assert labels["html"]["zh"] == "zh-Hans"


def test_the_binary_is_pagefinds_extended_one() -> None:
    assert search.extended_binary().name.startswith("pagefind_extended")


def test_index_site_writes_one_record_per_entry_in_one_index(tmp_path: Path) -> None:
    stats = search.index_site([TIBET, YUNNAN], WORDS, config.load(base_url="/sub/"), tmp_path)
    bundle = tmp_path / "pagefind"
    manifest = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    assert list(manifest["languages"]) == [search.INDEX_LANGUAGE]  # one index for every language
    assert manifest["languages"][search.INDEX_LANGUAGE]["page_count"] == 2  # once per entry, not per UI language
    assert (bundle / "pagefind.js").is_file()
    assert not (bundle / "pagefind-ui.js").exists()
    labels = json.loads((bundle / "labels.json").read_text("utf-8"))
    assert labels["region"]["tibet"]["zh"] == "西藏"
    assert (stats.records, stats.binary) == (2, str(search.extended_binary()))
    assert stats.files == sum(1 for p in bundle.rglob("*") if p.is_file())


def test_index_site_replaces_the_previous_bundle(tmp_path: Path) -> None:
    stale = tmp_path / "pagefind" / "fragment" / "old.pf_fragment"
    stale.parent.mkdir(parents=True)
    stale.write_text("stale")
    search.index_site([TIBET], WORDS, config.load(), tmp_path)
    assert not stale.exists()


def test_a_missing_extended_binary_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pagefind_bin_extended", None)
    with pytest.raises(search.SearchError, match=r"pagefind\[extended\]"):
        search.extended_binary()


# ---- shards ----------------------------------------------------------------------------------

def dated(slug: str, year: int, month: int | None = None) -> Entry:
    return entry(slug, "en", Text(en=f"Report {slug}"), date=PartialDate(year, month),
                 region="yunnan", body=f"Mission {slug}.\n")


def page_count(bundle: Path) -> int:
    manifest = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    return sum(lang["page_count"] for lang in manifest["languages"].values())


def shard_dates(bundle: Path) -> list[str]:
    """The dates of a bundle's records, read from its fragments."""
    import gzip

    dates = []
    for fragment in sorted((bundle / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        record = json.loads(data[data.index(b"{"):])
        dates.append(record["meta"].get("date", ""))
    return sorted(dates, reverse=True)


def test_a_large_archive_is_cut_into_date_ranges_one_bundle_each(tmp_path: Path) -> None:
    entries = [dated("a", 2019), dated("b", 2024, 2), YUNNAN, dated("c", 2021, 5), dated("d", 2024)]
    stats = search.index_site(entries, WORDS, config.load(search_shard_size="2"), tmp_path)
    root = tmp_path / "pagefind"
    folders = [root, root / "shard-1", root / "shard-2"]
    assert [page_count(f) for f in folders] == [2, 2, 1]
    assert [shard_dates(f) for f in folders] == [["2024-02", "2024"], ["2021-05", "2019"], [""]]
    labels = json.loads((root / "labels.json").read_text("utf-8"))
    assert labels["shards"] == ["", "shard-1/", "shard-2/"]
    assert labels["dated_shards"] == 2  # the last holds only the undated entry
    assert sorted(labels["year"]) == ["2019", "2021", "2024", "undated"]  # the values of every shard
    assert not (root / "shard-1" / "labels.json").exists()  # the root's labels name every value
    for folder in folders:
        assert (folder / "pagefind.js").is_file() and (folder / "pagefind-entry.json").is_file()
        assert not any((folder / name).exists() for name in search.UNUSED_BUNDLE_FILES)
    assert (stats.records, stats.shards) == (5, 3)
    assert stats.files == sum(1 for p in root.rglob("*") if p.is_file())


def test_up_to_the_shard_size_there_is_one_bundle_as_before(tmp_path: Path) -> None:
    stats = search.index_site([TIBET, YUNNAN], WORDS, config.load(search_shard_size="2"), tmp_path)
    root = tmp_path / "pagefind"
    assert stats.shards == 1 and page_count(root) == 2
    assert not list(root.glob("shard-*"))
    labels = json.loads((root / "labels.json").read_text("utf-8"))
    assert "shards" not in labels and "dated_shards" not in labels


@pytest.mark.parametrize("value", ["0", "-3", "many", "2.5"])
def test_the_shard_size_must_be_a_whole_number_above_zero(value: str) -> None:
    with pytest.raises(config.ConfigError, match=r"^settings given: search_shard_size: expected a whole number"):
        config.load(search_shard_size=value)


def test_a_bad_shard_size_in_config_yaml_is_one_line_naming_file_line_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "config.yaml").write_text("title: Aid Archive\nsearch_shard_size: lots\n", "utf-8")
    assert cli.main(["--project", str(tmp_path), "build"]) == 2
    err = capsys.readouterr().err
    assert err == "error: config.yaml:2: search_shard_size: expected a whole number above 0, got 'lots'\n"


def test_the_shard_size_comes_from_config_yaml(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("search_shard_size: 500\n", "utf-8")
    assert config.load(tmp_path).search_shard_size == 500
    assert config.load().search_shard_size == 20000


def test_records_sent_is_set_before_pagefind_writes_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    sent, seen = threading.Event(), []
    send = search.Service.send

    async def spying(self, payload):  # type: ignore[no-untyped-def]
        if payload["type"] == "GetFiles":  # the bundle's files, which the build then writes
            seen.append(sent.is_set())
        return await send(self, payload)

    monkeypatch.setattr(search.Service, "send", spying)
    search.index_site([TIBET, YUNNAN], WORDS, config.load(), tmp_path, records_sent=sent)
    assert seen == [True]


def test_a_build_whose_index_fails_before_any_record_ends_with_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The pages wait for the index's records; a failed index must not leave them waiting."""
    import shutil
    import threading

    root = Path(__file__).resolve().parent.parent
    shutil.copytree(root / "content", tmp_path / "content")

    def missing() -> Path:
        raise search.SearchError("search: Pagefind's extended binary is missing")

    monkeypatch.setattr(search, "extended_binary", missing)
    out = tmp_path / "_site"
    codes: list[int] = []
    build = threading.Thread(
        target=lambda: codes.append(cli.main(["--content", str(tmp_path / "content"), "--output", str(out), "build"])),
        daemon=True,
    )
    build.start()
    build.join(120)
    assert codes == [1], "the build hung or did not fail"
    assert "extended binary is missing" in capsys.readouterr().err
    assert not out.exists()


# ---- the delta index ---------------------------------------------------------------------------

def test_index_site_describes_its_base_for_a_later_delta(tmp_path: Path) -> None:
    stats = search.index_site([TIBET, YUNNAN], WORDS, config.load(), tmp_path, key="k")
    base = stats.bundle
    assert base is not None and base.key == "k" and base.shards == ("",)
    assert set(base.entries) == {"aide-tibet", "jinshan"}
    pages = {p.stem for p in (tmp_path / "pagefind" / "fragment").iterdir()}
    assert {i.page for i in base.entries.values()} == pages  # the ids results carry
    assert base.entries["jinshan"].filters["region"] == ("yunnan",)
    assert search.bundle_from_json(json.loads(json.dumps(search.bundle_json(base)))) == base


def test_plan_delta_indexes_what_changed_and_hides_what_it_replaces(tmp_path: Path) -> None:
    base = search.index_site([TIBET, YUNNAN], WORDS, config.load(), tmp_path, key="k").bundle
    assert base is not None
    assert search.plan_delta(base, "k", [TIBET, YUNNAN], 10) == search.Delta((), {})
    edited = entry("aide-tibet", "fr", TIBET.title, body="Autre texte.\n")
    new = entry("nouvelle", "fr", Text(fr="Nouvelle"))
    delta = search.plan_delta(base, "k", [edited, new], 10)  # jinshan deleted
    assert delta is not None
    assert [e.slug for e in delta.entries] == ["aide-tibet", "nouvelle"]
    assert set(delta.shadow) == {base.entries["aide-tibet"].page, base.entries["jinshan"].page}
    assert search.plan_delta(base, "k", [edited, new], 2) is None  # past the limit: a full index
    assert search.plan_delta(base, "other vocabularies", [TIBET, YUNNAN], 10) is None
    assert search.plan_delta(None, "k", [TIBET], 10) is None


def test_a_delta_past_the_limit_is_folded_into_a_new_base(tmp_path: Path) -> None:
    from aid_archive import cache, pipeline

    (tmp_path / "content").mkdir()
    cfg = config.load(tmp_path, search_delta_max="1", output=str(tmp_path / "_site"))
    for name in ("templates", "vocab", "locales", "static"):
        (tmp_path / name).symlink_to(Path(__file__).resolve().parent.parent / name)

    def write(slug: str, body: str) -> None:
        (tmp_path / "content" / f"{slug}.md").write_text(
            f"---\ntitle:\n  fr: Titre {slug}\nsummary:\n  fr: Résumé.\nlang: fr\ndate: 2021-03\nregion: tibet\n---\n\n{body}\n", "utf-8")

    def build() -> dict:
        loaded = pipeline.load(cfg)
        assert not loaded.errors, loaded.errors
        built = pipeline.build(loaded, cache.load_state(cfg), "stamp")
        cache.remember(cfg, "stamp")
        cache.save_state(cfg, built.state)
        return json.loads((tmp_path / "_site" / "pagefind" / "labels.json").read_text("utf-8"))

    write("un", "Un.")
    write("deux", "Deux.")
    assert "delta" not in build()
    write("un", "Un, modifié.")
    assert build()["delta"] == "delta/"  # one change: apart
    write("deux", "Deux, modifié.")
    assert "delta" not in build() and "shadow" not in build()  # two: the base is rebuilt with both
