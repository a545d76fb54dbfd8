"""Each cleaning rule on synthetic input: encodings, mojibake, accents, debris, places, dates."""

from __future__ import annotations

import codecs

import pytest

from aid_archive import vocab
from aid_archive.ingest import accents, dates, debris, html, places, structure
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
    cleaned = debris.clean("<p>L&#39;&eacute;quipe est <b>partie</b>.</p><script>track()</script><p>Fin du texte.</p>")
    assert [line for line in cleaned.lines if line] == ["L'équipe est partie.", "Fin du texte."]


LEAD = "Premier paragraphe de l'article, assez long pour être du texte : les médecins sont arrivés lundi."
END = "Dernier paragraphe de l'article, lui aussi assez long pour être du texte et finir par un point."


# Each class, in the shapes of at least two outlets per language.
@pytest.mark.parametrize(
    ("line", "cls"),
    [
        ("首页 | 时政 | 国际 | 财经 | 地方", "navigation"),
        ("人民网 >> 社会·法治 >> 正文", "navigation"),
        ("Home > News > Society", "navigation"),
        ("French.xinhuanet.com | Accueil | Chine | Monde", "navigation"),
        ("当前位置：首页 > 地方频道 > 正文", "navigation"),
        ("分享到：", "share"),
        ("分享到：微信 微博 QQ", "share"),
        ("Facebook Twitter Linkedin WhatsApp Copy link", "share"),
        ("Share on Facebook Share on Twitter", "share"),
        ("Partager : Facebook Twitter E-mail", "share"),
        ("【打印】 【关闭窗口】", "print-close"),
        ("打印　关闭", "print-close"),
        ("[Print] [Close]", "print-close"),
        ("[Imprimer] [Fermer]", "print-close"),
        ("【字体：大 中 小】", "font-size"),
        ("字體：大 中 小", "font-size"),
        ("Print   Mail   Large Medium Small", "print-close"),
        ("扫一扫在手机打开当前页", "qr-code"),
        ("扫描二维码，关注中国西藏网微信公众号", "qr-code"),
        ("Sign up to our newsletter to get the latest news", "follow-us"),
        ("参与互动（12）", "comments"),
        ("Commentaires (0)", "comments"),
        ("Comments (3)", "comments"),
        ("上一篇：海南州举办技能大赛", "prev-next"),
        ("Previous: China's rural clinics embrace telemedicine", "prev-next"),
        ("Copyright © 2000-2019 XINHUANET.com All rights reserved.", "copyright"),
        ("人民网版权所有，未经书面授权禁止使用", "copyright"),
        ("Copyright © 2022 CGTN. Tous droits réservés.", "copyright"),
        ("京ICP证000006号", "icp"),
        ("青海新闻网版权所有　青ICP备09000530号", "copyright"),
        ("声明：本网转发此文章，旨在为读者提供更多信息资讯。", "copyright"),
        ("Es916", "end-marks"),
        ("Enditem", "end-marks"),
        ("Ouest-France avec AFP.", "end-marks"),
        ("Lire aussi | En Chine, la santé rurale à l’épreuve du Covid-19", "see-also"),
        ("Related: Tibet hospitals add 5G remote consultation", "see-also"),
        ("下载新京报APP，阅读更多精彩内容", "app-promo"),
        ("Scan the QR code to download the iChongqing app", "qr-code"),
        ("We use cookies to give you a better experience. By continuing to browse, you agree.", "consent"),
        ("Le Monde utilise des cookies pour vous offrir une expérience de qualité. Accepter", "consent"),
        ("我要举报", "report-abuse"),
        ("Recevez notre infolettre", "follow-us"),
        ("0 commentaire", "comments"),
        ("上一版　下一版", "widget-row"),
        ("International · Asie-Pacifique · Chine", "navigation"),
        ("首页 要闻 深度 视频 直播 澎湃号 问政 财经", "menu-words"),
        ("【打印】 【纠错】 浏览次数：2136", "widget-row"),
    ],
)
def test_furniture_lines_are_dropped_by_their_class(line: str, cls: str) -> None:
    cleaned = debris.clean(f"{LEAD}\n{line}\n{END}")
    assert cleaned.lines == (LEAD, END)
    assert [r.rule.split("/")[0] for r in cleaned.removed] == [cls]


@pytest.mark.parametrize(
    "heading",
    ["相关新闻", "相关阅读：", "【相關新聞】", "热门推荐：", "Related news:", "RELATED ARTICLES", "Recommended:",
     "Articles liés :", "Articles recommandés :", "Vous aimerez aussi :"],
)
def test_related_blocks_are_cut_with_everything_after(heading: str) -> None:
    text = f"{LEAD}\n\n{heading}\nA car advert\n2023-03-07 17:52:41\nStock news, more of it."
    cleaned = debris.clean(text)
    assert cleaned.lines == (LEAD,)
    assert cleaned.removed[0].line == heading and cleaned.removed[0].rule.startswith("related/")


def test_a_sentence_mentioning_related_news_is_not_a_block_heading() -> None:
    line = "The hospital published more news about the team on its website after the mission ended."
    assert debris.clean(f"{LEAD}\n{line}").lines == (LEAD, line)


@pytest.mark.parametrize(
    ("header", "published", "source", "authors"),
    [
        ("2024-02-29 01:52:37 来源：东方网    阅读量：11120", "2024-02-29", "东方网", ()),
        ("发布时间：2018-10-11 09:31　来源：青海新闻网　作者：记者 才让措毛 通讯员 徐文斌", "2018-10-11", "青海新闻网", ("才让措毛", "徐文斌")),
        ("2021年6月20日 星期日　來源：中通社", "2021-06-20", "中通社", ()),
        ("By Tsering Dolkar in Nyingchi | China Daily | Updated: 2021-06-03 07:12", "2021-06-03", "China Daily", ("Tsering Dolkar",)),
        ("Source: Xinhua| 2020-11-09 20:14:05|Editor: huaxia", "2020-11-09", "Xinhua", ()),
        ("(People's Daily Online) 08:47, December 02, 2019", "2019-12-02", "People's Daily Online", ()),
        ("Published: Sep 27, 2022 07:48 PM", "2022-09-27", None, ()),
        ("Publié le 12/09/2019 à 15:42", "2019-09-12", None, ()),
        ("Mis à jour 11:20, 06-juin-2022", "2022-06-06", None, ()),
        ("Source : French.china.org.cn | Auteur : Li Yan", None, "French.china.org.cn", ("Li Yan",)),
        ("(French.people.cn) le 17.05.2023 à 10h15  Par Zhou Lan", "2023-05-17", "French.people.cn", ("Zhou Lan",)),
    ],
)
def test_header_lines_give_date_outlet_and_bylines_and_go(header, published, source, authors) -> None:
    cleaned = debris.clean(f"Un titre\n{header}\n{LEAD}", known_outlet=lambda n: n in ("China Daily", "People's Daily Online"))
    assert (cleaned.published, cleaned.source, cleaned.authors) == (published, source, authors)
    assert cleaned.headline == "Un titre" and cleaned.lines == (LEAD,)


@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("(Rédactrice : Lucie ZHOU)", (), ("Lucie ZHOU",)),
        ("(Editors in charge: Duan Siqi, Sang Liyuan)", (), ("Duan Siqi", "Sang Liyuan")),
        ("（责任编辑：张三）", (), ("张三",)),
        ("【编辑:唐亚南】", (), ("唐亚南",)),
        ("(Web editor: Zhang Rui, Bianji)", (), ("Zhang Rui", "Bianji")),
        ("By Chen Xiaoli", ("Chen Xiaoli",), ()),
        ("by Xinhua writers Zhang Longxi, Li Haiyan", ("Zhang Longxi", "Li Haiyan"), ()),
        ("Par Julien Mercier", ("Julien Mercier",), ()),
        ("本报记者 钟可芬 何思源", ("钟可芬", "何思源"), ()),
    ],
)
def test_credit_lines_give_authors_and_editor_lines_do_not(line: str, authors: tuple, editors: tuple) -> None:
    cleaned = debris.clean(f"{LEAD}\n{line}")
    assert (cleaned.authors, cleaned.editors) == (authors, editors)
    assert cleaned.lines == (LEAD,)


def test_a_name_alone_under_the_headline_is_the_byline() -> None:
    cleaned = debris.clean(f"Jilin doctors arrive in Altay\nUpdated 16:05, 23-Apr-2023\nLi Jingyi\n{LEAD}")
    assert (cleaned.headline, cleaned.authors, cleaned.published) == ("Jilin doctors arrive in Altay", ("Li Jingyi",), "2023-04-23")


def test_a_page_without_line_breaks_is_split_before_its_furniture() -> None:
    body = "清晨七点，医院的走廊里已经排起了长队。" * 30
    text = f"某某新闻网首页 新闻中心 本地要闻 图片新闻 视频 专题 援疆医生扎根喀什 2022-08-19 09:15:47 来源：某某新闻网 作者：马晓燕 【打印】【关闭】 {body} 责任编辑：李婧 相关阅读： 另一篇文章的标题 某某新闻网版权所有"
    cleaned = debris.clean(text)
    assert cleaned.headline == "援疆医生扎根喀什"
    assert (cleaned.published, cleaned.source, cleaned.authors, cleaned.editors) == ("2022-08-19", "某某新闻网", ("马晓燕",), ("李婧",))
    assert cleaned.lines == (body.strip(),)


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
    ("text", "lang", "region", "origin"),
    [
        ("A medical team from Shanghai arrived in Shigatse on Monday.", "en", "tibet", "shanghai"),
        ("Doctors from Hebei have screened herders in Ngari since August.", "en", "tibet", "hebei"),
        ("The Fujian-aided hospital in Nyingchi opened a cath lab.", "en", "tibet", "fujian"),
        ("Chongqing-aided Xiaogan sees patients discharged.", "en", "hubei", "chongqing"),
        ("The team was sent by Tianjin to Golog, where herders live far from hospitals.", "en", "qinghai", "tianjin"),
        ("Jilin doctors arrive in Altay to start a mission; some had worked in Gansu before.", "en", "xinjiang", "jilin"),
        ("Dalian doctors help hospitals in Kumul cut maternal deaths.", "en", "xinjiang", "liaoning"),
        ("Une équipe médicale venue du Shandong ouvre un centre à Xigaze.", "fr", "tibet", "shandong"),
        ("Des médecins en provenance de Xiamen ouvrent un service à Linxia.", "fr", "gansu", "fujian"),
        ("L'équipe médicale du Jiangsu envoyée au Hubei travaille à Huangshi.", "fr", "hubei", "jiangsu"),
        ("Des médecins de Pékin au chevet des éleveurs de Kachgar.", "fr", "xinjiang", "beijing"),
        ("江苏援青医疗队在海南州共和县开展首例手术。", "zh", "qinghai", "jiangsu"),
        ("Doctors from Zhejiang work in Hainan Tibetan Autonomous Prefecture.", "en", "qinghai", "zhejiang"),
        ("黔东南州迎来杭州市第三批医疗帮扶队。", "zh", "guizhou", "zhejiang"),
        ("一支医疗队在凉山州昭觉县的山谷里度过了十二天。", "zh", "sichuan", None),
        ("Doctors held free clinics in Garze for twelve days.", "en", "sichuan", None),
    ],
)
def test_who_sent_aid_where_from_the_sentence(text: str, lang: str, region: str, origin: str | None) -> None:
    found = places.detect(text, VOCAB, lang=lang)
    assert (found.region, found.origin) == (region, origin)


def test_every_curated_romanization_names_a_place_of_the_gazetteer() -> None:
    key = tuple((t.adcode or "", slug) for slug, t in VOCAB.regions.items())
    resolved = places._aliases(key, tuple(sorted(VOCAB.places.items())))
    missing = [latin for latin in VOCAB.places if places._fold(latin).lower() not in resolved]
    assert missing == []
    assert resolved["hainan tibetan autonomous prefecture"] == "qinghai"


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
    "<html><head><title>西藏自治区人民医院迎来第十批“组团式”援藏医疗队 - 新华网</title>"
    '<link rel="canonical" href="https://www.example-news.cn/local/2023-08/15/c_1.htm"><script>var a=1;</script></head><body>'
    '<div class="nav"><a href="/">首页</a> | <a href="/a">时政</a> | <a href="/b">国际</a> | <a href="/c">地方</a></div>'
    '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/c">地方</a> &gt; 正文</div>'
    "<h1>西藏自治区人民医院迎来第十批“组团式”援藏医疗队</h1>"
    "<div>发布时间：2023年08月15日 10:20 &nbsp; 来源：新华网 &nbsp; 浏览次数：2345</div>"
    "<div id='content'><p>新华社拉萨8月15日电（记者 扎西 王明）8月14日，第十批“组团式”援藏医疗队抵达拉萨，"
    "来自北京、上海等地的60名专家将在西藏自治区人民医院开展为期一年的帮扶工作。</p>"
    '<p>队员们将开展手术带教、远程会诊等工作，详见<a href="/zt/yuanzang.htm">援藏专题</a>的报道，'
    "此前几批队员已帮助医院创建三级甲等医院。</p></div>"
    "<div>【纠错】 【责任编辑：李华】</div><div>相关新闻</div><ul><li><a href='/x'>某汽车上市</a></li></ul>"
    "<div>Copyright (C) 2000-2023 新华网 版权所有</div></body></html>"
)


def test_an_html_page_in_gbk_from_another_outlet() -> None:
    from aid_archive.ingest import draft
    from aid_archive.models import Seed

    made = draft(Seed("xinhua.html", XINHUA_HTML.encode("gbk")), VOCAB)
    f = made.fields
    assert f["title"].zh == "西藏自治区人民医院迎来第十批“组团式”援藏医疗队"  # the h1, not the breadcrumb
    assert (f["date"].iso, f["source"], f["region"], f["lang"]) == ("2023-08-15", "xinhua", "tibet", "zh")
    assert f["authors"] == ("扎西", "王明")  # the editor 李华 is not an author
    assert f["url"] == "https://www.example-news.cn/local/2023-08/15/c_1.htm"
    for debris_text in ("var a", "浏览次数", "纠错", "相关新闻", "汽车", "当前位置", "时政", "<", "&nbsp;", "版权所有"):
        assert debris_text not in made.body
    assert f["title"].zh not in made.body  # the title once, in front matter
    assert "[援藏专题](https://www.example-news.cn/zt/yuanzang.htm)" in made.body  # links kept, made absolute


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<title>Doctors reach Nagqu - Example Daily</title>", "Doctors reach Nagqu"),
        ('<meta property="og:title" content="Doctors reach Nagqu"><title>Home | Example</title>', "Doctors reach Nagqu"),
        ("<title>Example.com.cn | Doctors reach Nagqu</title>", "Doctors reach Nagqu"),
        ("<title>Doctors reach Nagqu - Example Daily</title></head><body><h1 class='logo'>Example Daily</h1>", "Doctors reach Nagqu"),
    ],
)
def test_a_page_without_h1_takes_its_title_from_og_title_or_title_minus_the_site(head: str, title: str) -> None:
    page = html.extract(f"<html><head>{head}</head><body><div class='crumb'>Home &gt; China</div><p>{LEAD}</p><p>{END}</p></body></html>")
    assert page.title == title


@pytest.mark.parametrize(
    ("markup", "authors"),
    [
        (f'<p>{LEAD} Reporter <a href="/author/liyan">Li Yan</a> was there.</p><p>{END}</p>', ("Li Yan",)),
        (f'<html><head><meta name="author" content="Par Claire Morel; Correspondante à Pékin"></head><body><p>{LEAD}</p><p>{END}</p></body></html>', ("Claire Morel",)),
    ],
)
def test_a_page_names_its_writers_in_its_markup(markup: str, authors: tuple[str, ...]) -> None:
    from aid_archive.ingest import draft
    from aid_archive.models import Seed

    assert draft(Seed("x.html", markup.encode()), VOCAB).fields["authors"] == authors


def test_a_fragment_too_small_for_the_extractor_keeps_its_text() -> None:
    page = html.extract("<div><p>医疗队抵达拉萨。</p><p>队员们开展义诊，&ldquo;效果很好&rdquo;。</p><br></div>")
    assert [line for line in page.text.split("\n") if line] == ["医疗队抵达拉萨。", "队员们开展义诊，“效果很好”。"]


def test_a_source_url_line_becomes_the_url_field() -> None:
    from aid_archive.ingest import draft
    from aid_archive.models import Seed

    text = f"Doctors reach Nagqu\n原文链接：https://example.cn/a/1.html\n{LEAD}\n{END}"
    made = draft(Seed("x.txt", text.encode()), VOCAB)
    assert made.fields["url"] == "https://example.cn/a/1.html" and "example.cn" not in made.body


def test_a_short_latin1_french_article_is_decoded_by_its_lexicon() -> None:
    data = "Une équipe médicale du Guangdong est arrivée à Lhassa le 3 mars 2021 pour aider l'Hôpital régional.\n".encode("latin-1")
    assert decode(data).startswith("Une équipe médicale du Guangdong est arrivée à Lhassa")
