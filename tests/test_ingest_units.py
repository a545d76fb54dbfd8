"""Each cleaning rule on synthetic input: encodings, mojibake, accents, debris, places, dates."""

from __future__ import annotations

import codecs

import pytest

from aid_archive import vocab
from aid_archive.ingest import accents, dates, debris, places, structure
from aid_archive.ingest.decode import SeedError, decode

VOCAB = vocab.load()
ZH = "金山区第十一批援滇驻地医疗队出征，来自区内三家医院的九名医疗队员将启程赴滇。\n"
BIG5 = "上海市第九批援滇醫療隊抵達文山，為當地群眾開展義診。隊員來自上海多家醫院，將在當地工作一年半。\n"
EN_CURLY = "“We will stay,” said the team leader — and they did. It’s a long road to the county.\n"
FR_CURLY = "L’équipe médicale « venue du Shandong » a ouvert un centre. Le cœur du dispositif, c’est l’œuvre commune.\n"
FR = "L'équipe médicale de l'hôpital s'est rendue au Tibet pour former des médecins.\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ZH.encode("utf-8"), ZH),
        (codecs.BOM_UTF8 + ZH.encode("utf-8"), ZH),
        ((ZH * 3).encode("gb18030"), ZH * 3),
        ((ZH * 3).encode("gbk"), ZH * 3),
        (ZH.replace("\n", "\r\n").encode("utf-8"), ZH),
        (FR.replace("\n", "\r\n").encode("utf-8"), FR),
        ((FR * 3).encode("cp1252"), FR * 3),
        (codecs.BOM_UTF16_LE + ZH.encode("utf-16-le"), ZH),
        (BIG5.encode("big5"), BIG5),
        (ZH.encode("utf-16-le"), ZH),
        (ZH.encode("utf-16-be"), ZH),
        (EN_CURLY.encode("cp1252"), EN_CURLY),
        (FR_CURLY.encode("cp1252"), FR_CURLY),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "crlf-zh", "crlf-fr", "cp1252", "utf16-bom",
         "big5-not-gbk", "utf16le-no-bom", "utf16be-no-bom", "cp1252-quotes-en", "cp1252-quotes-fr"],
)
def test_decoding_gives_the_same_text(data: bytes, expected: str) -> None:
    assert decode(data) == expected


def test_double_encoded_utf8_is_repaired() -> None:
    mojibake = FR.encode("utf-8").decode("latin-1").encode("utf-8")
    assert "Ã©quipe" in mojibake.decode("utf-8")
    assert decode(mojibake) == FR


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "is empty"), (b"  \n\n ", "is empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary")],
)
def test_unreadable_seeds_raise_a_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(SeedError, match=reason):
        decode(data)


@pytest.mark.parametrize(
    ("damaged", "restored"),
    [
        ("Mon premier ma?tre", "Mon premier maître"),
        ("l'H?pital du peuple", "l'Hôpital du peuple"),
        ("des h?pitaux", "des hôpitaux"),
        ("Il est d?j? l?", "Il est déjà là"),
        ("Il va ? la gare", "Il va à la gare"),
        ("Pourquoi ? Parce que.", "Pourquoi ? Parce que."),
        ("Pourquoi?", "Pourquoi?"),
        ("TR?S bien", "TRÈS bien"),
    ],
)
def test_accents_lost_to_question_marks_are_restored_from_the_lexicon(damaged: str, restored: str) -> None:
    assert accents.restore(damaged, "fr")[0] == restored


def test_two_fitting_words_are_never_guessed() -> None:
    text, repairs = accents.restore("Il habite pr?s de la gare", "fr")
    assert text == "Il habite pr?s de la gare"
    assert repairs[0].restored is None and set(repairs[0].candidates) == {"près", "prés"}


def test_chinese_text_is_left_alone() -> None:
    assert accents.restore("好的?", "zh")[0] == "好的?"


def test_html_tags_and_entities_are_removed() -> None:
    cleaned = debris.clean("<p>L&#39;&eacute;quipe&nbsp;est <b>partie</b>.</p><script>track()</script><p>Fin.</p>")
    assert [line for line in cleaned.lines if line] == ["L'équipe est partie.", "Fin."]


@pytest.mark.parametrize(
    "line",
    [
        "声明：本网转发此文章，旨在为读者提供更多信息资讯。",
        "免责声明：本文仅代表作者观点。",
        "Disclaimer: the views expressed are the author's own.",
        "Copyright © 2024 Example Media. All rights reserved.",
        "【字号：大 中 小】",
        "分享到：微信 微博 QQ",
        "返回顶部",
        "Back to top",
        "Partager sur Facebook",
        "Taille du texte",
        "阅读量：11120",
        "3,456 views",
        "Es916",
        "x7Kq2",
        "———",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    cleaned = debris.clean(f"Premier paragraphe de l'article.\n{line}\nDernier paragraphe.")
    assert cleaned.lines == ("Premier paragraphe de l'article.", "Dernier paragraphe.")


@pytest.mark.parametrize(
    "heading",
    ["相关推荐", "相关阅读", "推荐阅读", "更多新闻", "猜你喜欢", "Related news", "Recommended reading",
     "More stories", "You may also like", "À lire aussi", "Articles liés", "Sur le même sujet"],
)
def test_related_blocks_are_cut_with_everything_after(heading: str) -> None:
    text = f"The article.\n\n{heading}\nA car advert\n2023-03-07 17:52:41\nStock news, more of it."
    cleaned = debris.clean(text)
    assert cleaned.lines == ("The article.",)
    assert ("related-block", heading) in cleaned.removed


def test_a_sentence_mentioning_related_news_is_not_a_block_heading() -> None:
    line = "The hospital published more news about the team on its website after the mission ended."
    assert debris.clean(f"Lead.\n{line}").lines == ("Lead.", line)


def test_header_line_gives_date_and_source_and_goes() -> None:
    cleaned = debris.clean("标题\n2024-02-29 01:52:37 来源：东方网    阅读量：11120\n正文第一段。")
    assert (cleaned.published, cleaned.source) == ("2024-02-29", "东方网")
    assert cleaned.lines == ("标题", "正文第一段。")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(Rédactrice : Lucie ZHOU)", ("Lucie ZHOU",)),
        ("(Editors in charge: Duan Siqi, Sang Liyuan)", ("Duan Siqi", "Sang Liyuan")),
        ("（责任编辑：张三）", ("张三",)),
        ("编辑：李四 王五", ("李四", "王五")),
    ],
)
def test_credit_lines_give_authors(line: str, names: tuple[str, ...]) -> None:
    cleaned = debris.clean(f"Article text.\n{line}")
    assert cleaned.authors == names
    assert cleaned.lines == ("Article text.",)


def test_captions_are_marked_and_headline_found() -> None:
    lines = ("医疗队出征", "2月21日上午，医疗队出征仪式举行，九名队员将启程。", "第二段正文，队员们表示将努力工作，造福当地百姓。", "图为医疗队员在出征仪式上宣誓。")
    article = structure.structure(lines)
    assert article.headline == "医疗队出征"
    assert article.captions == frozenset({2})


def test_chinese_punctuation_is_made_full_width_but_times_are_kept() -> None:
    assert structure.typography("2月22日9:30-11:30,将在上海举行,想找工作?") == "2月22日9:30-11:30，将在上海举行，想找工作？"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("杜集区开展全域核酸检测。", "anhui"),
        ("医疗队进驻普洱的医疗卫生单位。", "yunnan"),
        ("第十批援疆医疗队抵达。", "xinjiang"),
        ("专家们在墨江县开展帮扶。", "yunnan"),
        ("Les médecins tibétains de l'hôpital de Lhassa.", "tibet"),
        ("A medical team went to Taiyuan to help.", "shanxi"),
        ("Doctors treated patients in Yuanqu County.", "shanxi"),
        ("医疗队赴西安市开展义诊。", "shaanxi"),
        ("医疗队赴太原市开展义诊。", "shanxi"),
        ("Doctors travelled to Shaanxi.", "shaanxi"),
        ("Doctors travelled to Shanxi.", "shanxi"),
    ],
)
def test_regions_come_from_the_gazetteer_and_never_confuse_shanxi_and_shaanxi(text: str, region: str) -> None:
    assert places.detect(text, VOCAB).region == region


def test_destination_and_sender_are_told_apart() -> None:
    found = places.detect("来自上海市金山区三家医院的医疗队员赴滇，进驻云南普洱。", VOCAB)
    assert (found.region, found.origin) == ("yunnan", "shanghai")
    found = places.detect("Des médecins de l'hôpital Tongren de Pékin se sont rendus au Xinjiang.", VOCAB)
    assert (found.region, found.origin) == ("xinjiang", "beijing")


@pytest.mark.parametrize(
    ("text", "lang", "iso"),
    [
        ("Du 14 au 18 juillet 2023, une équipe", "fr", "2023-07-14"),
        ("En février 2024, les médecins", "fr", "2024-02"),
        ("On July 3, 2021, doctors", "en", "2021-07-03"),
        ("In 2022 the team", "en", "2022"),
        ("2023年7月14日，医疗队出发", "zh", "2023-07-14"),
        ("2022年，医疗队", "zh", "2022"),
        ("3月13日，杜集区开展演练", "zh", None),
    ],
)
def test_dates_keep_the_precision_the_text_gives(text: str, lang: str, iso: str | None) -> None:
    found = dates.first_date(text, lang)
    assert (found.iso if found else None) == iso


def test_datelines() -> None:
    line = dates.dateline("BEIJING, Jan. 14 (Xinhua) -- China sent doctors.", "en")
    assert line is not None and (line.text, line.source) == ("BEIJING, Jan. 14", "Xinhua")
    line = dates.dateline("新华社拉萨3月1日电（记者 张三）西藏", "zh")
    assert line is not None and line.credit == "记者 张三"


XINHUA_HTML = (
    "<html><head><title>站点</title><script>var a=1;</script></head><body>"
    "<h1>西藏自治区人民医院迎来第十批“组团式”援藏医疗队</h1>"
    "<div>发布时间：2023年08月15日 10:20 &nbsp; 来源：新华网 &nbsp; 浏览次数：2345</div>"
    "<p>新华社拉萨8月15日电（记者 扎西 王明）8月14日，第十批“组团式”援藏医疗队抵达拉萨，"
    "来自北京、上海等地的60名专家将在西藏自治区人民医院开展为期一年的帮扶工作。</p>"
    "<p>队员们将开展手术带教、远程会诊等工作。</p><p>图为医疗队员抵达拉萨贡嘎机场。（新华社记者 扎西 摄）</p>"
    "<div>【纠错】 【责任编辑：李华】</div><div>相关新闻</div><p>某汽车上市</p></body></html>"
)


def test_an_html_page_in_gbk_from_another_outlet() -> None:
    from aid_archive.ingest import draft
    from aid_archive.models import Seed

    made = draft(Seed("xinhua.html", XINHUA_HTML.encode("gbk")), VOCAB)
    f = made.fields
    assert f["title"].zh == "西藏自治区人民医院迎来第十批“组团式”援藏医疗队"
    assert (f["date"].iso, f["source"], f["region"], f["lang"]) == ("2023-08-15", "xinhua", "tibet", "zh")
    assert f["authors"] == ("扎西", "王明", "李华")
    for debris_text in ("站点", "var a", "浏览次数", "纠错", "相关新闻", "汽车", "<", "&nbsp;"):
        assert debris_text not in made.body
    assert made.body.endswith("图为医疗队员抵达拉萨贡嘎机场。（新华社记者 扎西 摄）\n{: .caption }")


def test_a_short_latin1_french_article_is_decoded_by_its_lexicon() -> None:
    data = "Une équipe médicale du Guangdong est arrivée à Lhassa le 3 mars 2021 pour aider l'Hôpital régional.\n".encode("latin-1")
    assert decode(data).startswith("Une équipe médicale du Guangdong est arrivée à Lhassa")


def test_share_widgets_with_a_colon() -> None:
    cleaned = debris.clean("The story.\nShare:\nFacebook Twitter\nThe end.")
    assert cleaned.lines == ("The story.", "The end.")
