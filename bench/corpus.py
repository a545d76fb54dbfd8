"""Synthetic archive entries for benchmarks: ``python bench/corpus.py --n 1000 --seed 1 --out DIR``.

Writes ``DIR/content/*.md`` entries valid against ``aid_archive.content.SCHEMA`` and of the same
shape as the real archive: originals in Chinese (50 %), French (25 %) and English (25 %); bodies
of 400–1,500 words in Markdown (paragraphs, some sub-headings and lists); about thirty regions of
``vocab/regions.yaml``; dates 2015–2025, some known only to the month or year, some unknown;
tags of ``vocab/tags.yaml``; titles and summaries in en/fr/zh with a few translations missing.

Chinese has no spaces, so its length in "words" is its count of non-space characters divided by
1.7, the mean length of a word in segmented modern Chinese news text; English and French words are
whitespace-separated tokens.

Entry ``i`` depends only on ``(seed, i)``, so the first 1,000 entries of a 10,000-entry corpus are
the 1,000-entry corpus, and output is byte-identical across runs. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

VERSION = 1  # bump when the generated text changes, so cached corpora are rebuilt
VOCAB = Path(__file__).resolve().parent.parent / "vocab"
LANG_WEIGHTS = {"zh": 50, "fr": 25, "en": 25}
WORDS = (400, 1500)
ZH_CHARS_PER_WORD = 1.7
YEARS = (2015, 2025)
OUTSIDE = {"taiwan", "hong-kong", "macau"}  # in the vocabulary, never a destination here

# Aid goes mostly west and south-west; it is sent mostly from the east.
DEST_WEIGHT = {
    "xinjiang": 12,
    "tibet": 10,
    "yunnan": 7,
    "qinghai": 6,
    "guizhou": 6,
    "gansu": 5,
    "ningxia": 4,
    "inner-mongolia": 4,
    "guangxi": 4,
    "sichuan": 5,
    "hubei": 4,
    "chongqing": 2,
}
ORIGINS = (
    "beijing",
    "shanghai",
    "jiangsu",
    "zhejiang",
    "guangdong",
    "shandong",
    "tianjin",
    "fujian",
    "liaoning",
    "anhui",
    "henan",
    "hubei",
    "hunan",
    "hebei",
    "jilin",
    "heilongjiang",
)

# A few cities of each region: (English and French, Chinese).
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "beijing": (("Beijing", "北京"),),
    "tianjin": (("Tianjin", "天津"),),
    "hebei": (("Shijiazhuang", "石家庄"), ("Zhangjiakou", "张家口"), ("Chengde", "承德")),
    "shanxi": (("Taiyuan", "太原"), ("Datong", "大同"), ("Lüliang", "吕梁")),
    "inner-mongolia": (("Hohhot", "呼和浩特"), ("Chifeng", "赤峰"), ("Hulunbuir", "呼伦贝尔")),
    "liaoning": (("Shenyang", "沈阳"), ("Dalian", "大连")),
    "jilin": (("Changchun", "长春"), ("Yanbian", "延边")),
    "heilongjiang": (("Harbin", "哈尔滨"), ("Qiqihar", "齐齐哈尔")),
    "shanghai": (("Shanghai", "上海"),),
    "jiangsu": (("Nanjing", "南京"), ("Suzhou", "苏州")),
    "zhejiang": (("Hangzhou", "杭州"), ("Ningbo", "宁波")),
    "anhui": (("Hefei", "合肥"), ("Huaibei", "淮北"), ("Lu'an", "六安")),
    "fujian": (("Fuzhou", "福州"), ("Xiamen", "厦门")),
    "jiangxi": (("Nanchang", "南昌"), ("Ganzhou", "赣州")),
    "shandong": (("Jinan", "济南"), ("Qingdao", "青岛"), ("Linyi", "临沂")),
    "henan": (("Zhengzhou", "郑州"), ("Luoyang", "洛阳"), ("Nanyang", "南阳")),
    "hubei": (("Wuhan", "武汉"), ("Enshi", "恩施"), ("Xiaogan", "孝感")),
    "hunan": (("Changsha", "长沙"), ("Xiangxi", "湘西"), ("Huaihua", "怀化")),
    "guangdong": (("Guangzhou", "广州"), ("Shenzhen", "深圳"), ("Zhanjiang", "湛江")),
    "guangxi": (("Nanning", "南宁"), ("Baise", "百色"), ("Hechi", "河池")),
    "hainan": (("Haikou", "海口"), ("Sanya", "三亚")),
    "chongqing": (("Chongqing", "重庆"), ("Wanzhou", "万州"), ("Youyang", "酉阳")),
    "sichuan": (("Chengdu", "成都"), ("Liangshan", "凉山"), ("Ganzi", "甘孜"), ("Aba", "阿坝")),
    "guizhou": (("Guiyang", "贵阳"), ("Zunyi", "遵义"), ("Tongren", "铜仁"), ("Bijie", "毕节")),
    "yunnan": (("Kunming", "昆明"), ("Pu'er", "普洱"), ("Dali", "大理"), ("Nujiang", "怒江")),
    "tibet": (
        ("Lhasa", "拉萨"),
        ("Shigatse", "日喀则"),
        ("Nyingchi", "林芝"),
        ("Chamdo", "昌都"),
        ("Nagqu", "那曲"),
        ("Ngari", "阿里"),
    ),
    "shaanxi": (("Xi'an", "西安"), ("Yan'an", "延安"), ("Ankang", "安康")),
    "gansu": (("Lanzhou", "兰州"), ("Gannan", "甘南"), ("Linxia", "临夏"), ("Dingxi", "定西")),
    "qinghai": (("Xining", "西宁"), ("Yushu", "玉树"), ("Golog", "果洛"), ("Haidong", "海东")),
    "ningxia": (("Yinchuan", "银川"), ("Guyuan", "固原"), ("Wuzhong", "吴忠")),
    "xinjiang": (
        ("Urumqi", "乌鲁木齐"),
        ("Kashgar", "喀什"),
        ("Hotan", "和田"),
        ("Aksu", "阿克苏"),
        ("Ili", "伊犁"),
        ("Tacheng", "塔城"),
        ("Hami", "哈密"),
        ("Kizilsu", "克孜勒苏"),
    ),
}

SPECIALTIES = (  # (en, fr, zh)
    ("internal medicine", "médecine interne", "内科"),
    ("general surgery", "chirurgie générale", "普外科"),
    ("obstetrics and gynecology", "gynécologie-obstétrique", "妇产科"),
    ("pediatrics", "pédiatrie", "儿科"),
    ("orthopedics", "orthopédie", "骨科"),
    ("ophthalmology", "ophtalmologie", "眼科"),
    ("stomatology", "stomatologie", "口腔科"),
    ("cardiology", "cardiologie", "心内科"),
    ("neurosurgery", "neurochirurgie", "神经外科"),
    ("anesthesiology", "anesthésiologie", "麻醉科"),
    ("critical care", "réanimation", "重症医学科"),
    ("emergency medicine", "médecine d'urgence", "急诊科"),
    ("ultrasound", "échographie", "超声科"),
    ("radiology", "radiologie", "放射科"),
    ("laboratory medicine", "biologie médicale", "检验科"),
    ("rehabilitation", "rééducation", "康复科"),
    ("dermatology", "dermatologie", "皮肤科"),
    ("otolaryngology", "oto-rhino-laryngologie", "耳鼻喉科"),
    ("oncology", "oncologie", "肿瘤科"),
    ("traditional Chinese medicine", "médecine traditionnelle chinoise", "中医科"),
    ("nephrology", "néphrologie", "肾内科"),
    ("endocrinology", "endocrinologie", "内分泌科"),
)
MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}
ZH_NUM = "一二三四五六七八九十"
ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔汤"
ZH_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建文斌宇浩凯婷雪琳晨思佳欣怡博抒睿宁岚峰海燕志国庆春梅松柏卫东"
PY_SURNAMES = (
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Gao",
    "Lin",
    "Luo",
    "Zheng",
    "Liang",
    "Xie",
    "Song",
    "Tang",
    "Han",
    "Feng",
    "Deng",
    "Cao",
    "Peng",
    "Zeng",
    "Tian",
    "Dong",
    "Duan",
)
PY_GIVEN = (
    "wei",
    "fang",
    "na",
    "min",
    "jing",
    "qiang",
    "lei",
    "jun",
    "yang",
    "yong",
    "yan",
    "jie",
    "juan",
    "tao",
    "ming",
    "chao",
    "xiu",
    "xia",
    "ping",
    "gang",
    "hua",
    "yu",
    "lan",
    "hong",
    "peng",
    "hui",
    "jian",
    "wen",
    "bin",
    "hao",
    "kai",
    "ting",
    "xue",
    "lin",
    "chen",
    "si",
    "qi",
    "lu",
    "xin",
    "yi",
    "bo",
    "rui",
    "ning",
    "feng",
    "hai",
    "zhi",
    "guo",
    "song",
)

# Sentence banks. Slots: {R} destination region, {C} its city, {O} origin region, {A} the aid
# shorthand (援疆), {H} hospital, {S}/{S2} specialties, {P} person, {N} small and {M} large
# numbers, {AGE} a child's age, {K} ordinal, {MO} month, {Y} year.
ZH = (
    "{MO}月{D}日上午，{O}第{K}批{A}医疗队出征仪式举行，{N}名医疗队员将启程赴{C}开展为期一年半的对口支援工作。",
    "医疗队由{H}、{O}中医医院等单位派出的{N}名骨干组成，涵盖{S}、{S2}等当地急需的专业。",
    "队长{P}带领全队庄严宣誓，表示一定不负重托，把先进的诊疗技术和管理经验带到{C}。",
    "抵达{C}后，队员们克服高原反应，第一时间深入科室了解情况，与当地医护人员座谈交流。",
    "截至目前，医疗队累计接诊患者{M}人次，开展各类手术{N2}台，其中疑难手术{N}台。",
    "在{C}人民医院，{S}专家{P}完成了当地首例{S2}微创手术，填补了医院技术空白。",
    "医疗队坚持“输血”与“造血”相结合，通过“师带徒”方式培养本地骨干{N}名。",
    "队员们还利用周末深入乡镇卫生院和村卫生室开展义诊巡诊，为群众送去健康。",
    "“这里的群众很淳朴，能为他们做点事情，我觉得很有意义。”{P}说。",
    "据了解，{O}自{Y}年起对口支援{C}，已累计选派医疗人才{M}名。",
    "在{S}，医疗队建立了规范化诊疗流程，牵头制定{N}项管理制度和技术规范。",
    "医疗队与{O}后方医院建立远程会诊平台，本年度已开展远程会诊{N2}例。",
    "针对当地包虫病、先天性心脏病等高发疾病，专家们开展专题培训{N}场，培训医务人员{M}人次。",
    "疫情防控期间，队员们主动请缨支援核酸检测，累计采样{M}份。",
    "{MO}月，医疗队在{C}举办{S}学术讲座，当地{N2}名医护人员参加。",
    "“组团式”医疗援助以来，{C}多家医院的诊疗能力显著提升，一批“大病不出州”的目标逐步实现。",
    "当天，{H}{S}主任{P}为一名{AGE}岁的患儿进行了检查，并制定了详细的治疗方案。",
    "医疗队还捐赠了价值{M}万元的医疗设备和药品，改善了基层医疗条件。",
    "在{P}的带领下，{S2}科室顺利通过等级评审，门诊量同比增长{N}%。",
    "该院相关负责人表示，医疗队的到来让群众在家门口就能享受到优质医疗服务。",
    "下一步，医疗队将继续聚焦重症救治和人才培养，推动{A}工作高质量发展。",
    "{Y}年{MO}月，{O}卫生健康委员会组织专家组赴{C}开展调研，对接帮扶需求。",
    "此次培训采取理论授课、病例讨论和手术示教相结合的方式，学员们收获很大。",
    "为提升基层急救能力，医疗队在{C}各县巡回开展心肺复苏技能培训{N}期。",
    "来自{O}的{S}专家{P}在当地一住就是{N}个月，被群众亲切地称为“好大夫”。",
    "记者了解到，{C}已有{N}家县级医院在对口帮扶下成功创建二级甲等医院。",
    "队员们白天坐诊、查房、做手术，晚上还要整理病例、备课，常常工作到深夜。",
    "通过中西医结合治疗，一位患有慢性病多年的牧民病情明显好转。",
    "在医疗队帮助下，{C}建成了胸痛中心、卒中中心和危重孕产妇救治中心。",
    "{P}表示，医疗援助不仅是技术的传递，更是民族团结的纽带。",
)
EN = (
    "On {MO_EN} {D}, a send-off ceremony was held for the {K_EN} batch of {O_EN} medical aid team to {R_EN}, whose {N} members will spend eighteen months in {C_EN}.",
    "The team is made up of {N} doctors from {H_EN} and other hospitals, covering {S_EN}, {S2_EN} and other specialties urgently needed locally.",
    "Team leader {P} led the members in taking an oath, promising to bring advanced medical techniques and management experience to {C_EN}.",
    "After arriving in {C_EN}, the doctors overcame altitude sickness and went straight to the wards to meet their local colleagues.",
    "So far, the team has received {M} outpatient visits and performed {N2} operations, {N} of them complex cases.",
    "At the {C_EN} People's Hospital, {S_EN} specialist {P} performed the first minimally invasive {S2_EN} operation ever carried out in the city.",
    "The team combines treatment with training, and {N} local doctors have been trained through a mentoring programme.",
    "On weekends the members travel to township health centres and village clinics to hold free clinics for residents.",
    '"People here are very kind, and being able to help them means a lot to me," said {P}.',
    "Since {Y}, {O_EN} has provided paired assistance to {C_EN} and has sent a total of {M} medical professionals.",
    "In the {S_EN} department, the team introduced standard treatment procedures and drafted {N} management rules.",
    "A telemedicine platform now links the team with hospitals in {O_EN}, and {N2} remote consultations have been held this year.",
    "The specialists held {N} training sessions on echinococcosis and congenital heart disease, attended by {M} health workers.",
    "During the COVID-19 epidemic, team members volunteered to help with nucleic acid testing and collected {M} samples.",
    "In {MO_EN}, the team organised a {S_EN} lecture in {C_EN} attended by {N2} local medical staff.",
    "Since the group-style medical aid began, hospitals in {C_EN} have markedly improved their ability to treat serious illness.",
    "That day, {P}, director of {S_EN} at {H_EN}, examined a {AGE}-year-old child and drew up a detailed treatment plan.",
    "The team also donated medical equipment and medicines worth {M} ten-thousand yuan to grassroots clinics.",
    "Under the guidance of {P}, the {S2_EN} department passed its grade review, and outpatient visits rose by {N} percent.",
    "A hospital official said that thanks to the team, residents can now receive quality care close to home.",
    "The team will continue to focus on critical care and training to raise the quality of aid to {R_EN}.",
    "In {MO_EN} {Y}, the {O_EN} health commission sent a group of experts to {C_EN} to assess local needs.",
    "The training combined lectures, case discussions and surgical demonstrations, and trainees said they learned a great deal.",
    "To strengthen emergency care, the team ran {N} rounds of CPR training in the counties of {C_EN}.",
    "{S_EN} specialist {P} from {O_EN} has stayed in {C_EN} for {N} months and is known locally as a good doctor.",
    "{N} county hospitals in {C_EN} have been upgraded to second-class status with the help of paired assistance.",
    "During the day the doctors see patients and operate; in the evening they write up cases and prepare lessons.",
    "With combined Chinese and Western treatment, the condition of a herder with a chronic illness improved markedly.",
    "With the team's help, {C_EN} has set up a chest pain centre, a stroke centre and a maternal critical care centre.",
    "{P} said that medical aid passes on skills and also strengthens the bonds between peoples.",
)
FR = (
    "Le {D} {MO_FR}, une cérémonie de départ a été organisée pour la {K_FR} équipe médicale envoyée par {O_FR} à {C_FR}, dont les {N} membres y resteront dix-huit mois.",
    "L'équipe est composée de {N} médecins de {H_FR} et d'autres hôpitaux, spécialisés notamment en {S_FR} et en {S2_FR}, des disciplines dont la demande locale a grand besoin.",
    "Le chef d'équipe {P} a conduit la prestation de serment et promis d'apporter à {C_FR} des techniques médicales et une expérience de gestion avancées.",
    "Arrivés à {C_FR}, les médecins ont surmonté le mal d'altitude et se sont rendus aussitôt dans les services pour rencontrer leurs collègues.",
    "À ce jour, l'équipe a assuré {M} consultations et réalisé {N2} opérations, dont {N} cas complexes.",
    "À l'hôpital populaire de {C_FR}, le spécialiste en {S_FR} {P} a réalisé la première opération mini-invasive de {S2_FR} de la ville.",
    "L'équipe associe soins et formation : {N} médecins locaux ont été formés grâce au tutorat.",
    "Le week-end, les membres se rendent dans les dispensaires des villages pour y tenir des consultations gratuites.",
    "« Les gens ici sont très chaleureux, et pouvoir les aider compte beaucoup pour moi », a déclaré {P}.",
    "Depuis {Y}, {O_FR} apporte une aide jumelée à {C_FR} et y a envoyé au total {M} professionnels de santé.",
    "Dans le service de {S_FR}, l'équipe a mis en place des protocoles de soins et rédigé {N} règlements de gestion.",
    "Une plateforme de télémédecine relie l'équipe aux hôpitaux de {O_FR} : {N2} consultations à distance ont eu lieu cette année.",
    "Les experts ont animé {N} sessions de formation sur l'échinococcose et les cardiopathies congénitales, suivies par {M} soignants.",
    "Pendant l'épidémie de COVID-19, les membres de l'équipe se sont portés volontaires pour le dépistage et ont prélevé {M} échantillons.",
    "En {MO_FR}, l'équipe a donné à {C_FR} une conférence de {S_FR} suivie par {N2} soignants locaux.",
    "Depuis le début de l'aide médicale « en groupe », les hôpitaux de {C_FR} soignent bien mieux les maladies graves.",
    "Ce jour-là, {P}, chef du service de {S_FR} de {H_FR}, a examiné un enfant de {AGE} ans et établi un plan de traitement détaillé.",
    "L'équipe a également fait don d'équipements et de médicaments d'une valeur de {M} dizaines de milliers de yuans.",
    "Sous la direction de {P}, le service de {S2_FR} a réussi son évaluation et ses consultations ont augmenté de {N} %.",
    "Un responsable de l'hôpital a indiqué que grâce à l'équipe, les habitants sont désormais soignés près de chez eux.",
    "L'équipe continuera de se concentrer sur les soins intensifs et la formation des talents médicaux.",
    "En {MO_FR} {Y}, la commission de la santé de {O_FR} a envoyé un groupe d'experts à {C_FR} pour évaluer les besoins.",
    "La formation associait cours théoriques, discussions de cas et démonstrations chirurgicales.",
    "Pour renforcer les urgences, l'équipe a organisé {N} sessions de formation à la réanimation cardio-pulmonaire.",
    "Venu de {O_FR}, le spécialiste en {S_FR} {P} est resté {N} mois à {C_FR}, où les habitants l'appellent « le bon docteur ».",
    "{N} hôpitaux de district de {C_FR} ont été reclassés grâce à l'aide jumelée.",
    "Le jour, les médecins consultent et opèrent ; le soir, ils rédigent les dossiers et préparent leurs cours.",
    "Grâce à la médecine traditionnelle chinoise associée à la médecine occidentale, l'état d'un éleveur s'est nettement amélioré.",
    "Avec l'aide de l'équipe, {C_FR} a ouvert un centre de douleur thoracique et un centre de traitement des AVC.",
    "Pour {P}, l'aide médicale transmet des savoir-faire et renforce aussi les liens entre les peuples.",
)
CONNECTORS = {
    "zh": ("据介绍，", "此外，", "与此同时，", "记者注意到，", "另据了解，"),
    "en": (
        "In addition, ",
        "Meanwhile, ",
        "According to the team, ",
        "Moreover, ",
        "As a result, ",
    ),
    "fr": ("Par ailleurs, ", "En outre, ", "Dans le même temps, ", "Selon l'équipe, ", "Ainsi, "),
}
HEADINGS = {
    "zh": (
        "把技术留下来",
        "深入基层送健康",
        "以院为家",
        "填补技术空白",
        "远程医疗架起桥梁",
        "培养本地人才",
    ),
    "en": (
        "Leaving skills behind",
        "Care at the grassroots",
        "A hospital as home",
        "Firsts for the region",
        "Bridging the distance",
        "Training local talent",
    ),
    "fr": (
        "Transmettre les savoir-faire",
        "Au plus près des villages",
        "L'hôpital comme foyer",
        "Des premières pour la région",
        "La télémédecine en renfort",
        "Former les talents locaux",
    ),
}
LIST_ITEMS = {
    "zh": (
        "开展{S}手术{N}台",
        "培训本地医务人员{M}人次",
        "义诊{N2}场",
        "建立{N}个重点专科",
        "引进新技术{N}项",
    ),
    "en": (
        "{N} {S_EN} operations",
        "{M} health workers trained",
        "{N2} free clinics",
        "{N} key departments set up",
        "{N} new techniques introduced",
    ),
    "fr": (
        "{N} opérations de {S_FR}",
        "{M} soignants formés",
        "{N2} consultations gratuites",
        "{N} services de référence créés",
        "{N} nouvelles techniques introduites",
    ),
}
TITLES = (  # (en, fr, zh)
    (
        "{O_EN} medical team arrives in {C_EN}",
        "Une équipe médicale de {O_FR} arrive à {C_FR}",
        "{O}第{K}批{A}医疗队抵达{C}",
    ),
    (
        "Doctors from {O_EN} train local staff in {C_EN}",
        "Des médecins de {O_FR} forment le personnel de {C_FR}",
        "{O}专家在{C}开展培训带教",
    ),
    (
        "First {S_EN} operation performed in {C_EN}",
        "Première opération de {S_FR} réalisée à {C_FR}",
        "{C}首例{S}手术成功开展",
    ),
    (
        "Free clinics bring specialists to villages around {C_EN}",
        "Des consultations gratuites dans les villages de {C_FR}",
        "医疗队深入{C}乡村开展义诊",
    ),
    (
        "Telemedicine links {C_EN} with hospitals in {O_EN}",
        "La télémédecine relie {C_FR} aux hôpitaux de {O_FR}",
        "远程医疗连接{C}与{O}",
    ),
    (
        "Paired assistance lifts care in {R_EN}",
        "L'aide jumelée améliore les soins à {R_FR}",
        "{A}医疗队助力{R}医疗水平提升",
    ),
)
SUMMARIES = (
    (
        "A team of {N} doctors from {O_EN} began an eighteen-month posting in {C_EN}. They cover {S_EN} and {S2_EN}.",
        "Une équipe de {N} médecins de {O_FR} a commencé une mission de dix-huit mois à {C_FR}. Elle couvre la {S_FR} et la {S2_FR}.",
        "{O}{N}名医疗队员赴{C}开展为期一年半的支援。队员涵盖{S}、{S2}等专业。",
    ),
    (
        "Specialists from {H_EN} held {N} training sessions in {C_EN}. {M} local health workers took part.",
        "Des spécialistes de {H_FR} ont animé {N} sessions de formation à {C_FR}. {M} soignants y ont participé.",
        "{H}专家在{C}开展{N}场培训。当地{M}名医务人员参加。",
    ),
    (
        "The team has treated {M} patients in {C_EN} so far. It also trained {N} local doctors.",
        "L'équipe a soigné {M} patients à {C_FR} à ce jour. Elle a aussi formé {N} médecins locaux.",
        "医疗队在{C}累计接诊{M}人次。并培养本地医生{N}名。",
    ),
)
TOPICS = ("team", "training", "surgery", "clinic", "telemedicine", "aid")
TAGS_BY_TOPIC = {
    "team": ("medical-team", "pairing-assistance"),
    "training": ("training", "medical-team"),
    "surgery": ("surgery",),
    "clinic": ("free-clinic", "rural-health"),
    "telemedicine": ("telemedicine",),
    "aid": ("pairing-assistance",),
}


@dataclass(frozen=True)
class Region:
    slug: str
    en: str
    fr: str
    zh: str
    aid: str


def read_regions(path: Path = VOCAB / "regions.yaml") -> list[Region]:
    """Regions of the vocabulary: slug, names and aid shorthand, read without a YAML library."""
    out: list[Region] = []
    slug, names, aid = "", {}, ""
    for line in [*path.read_text("utf-8").splitlines(), "end:"]:
        if re.match(r"^[a-z0-9-]+:", line):
            if slug and names:
                out.append(
                    Region(
                        slug, names["en"], names["fr"], names["zh"], aid or f"援{names['zh'][0]}"
                    )
                )
            slug, names, aid = line.split(":")[0], {}, ""
        elif m := re.match(r"^  name: \{en: ([^,]+), fr: ([^,]+), zh: ([^}]+)\}", line):
            names = dict(zip(("en", "fr", "zh"), (g.strip() for g in m.groups()), strict=True))
        elif m := re.match(r"^  aid: \[([^,\]]+)", line):
            aid = m.group(1).strip()
    return out


def read_slugs(path: Path) -> list[str]:
    """Top-level keys of a vocabulary file."""
    return re.findall(r"^([a-z0-9-]+):", path.read_text("utf-8"), re.M)


def count_words(text: str, lang: str) -> int:
    """Words of ``text``: tokens for en/fr, non-space characters / 1.7 for zh."""
    if lang == "zh":
        return int(len(re.sub(r"\s", "", text)) / ZH_CHARS_PER_WORD)
    return len(text.split())


def _person(rng: random.Random, lang: str) -> str:
    if lang == "zh":
        return rng.choice(ZH_SURNAMES) + "".join(
            rng.choice(ZH_GIVEN) for _ in range(rng.choice((1, 2, 2)))
        )
    given = "".join(rng.choice(PY_GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return f"{rng.choice(PY_SURNAMES)} {given.capitalize()}"


def _ordinal(k: int, lang: str) -> str:
    if lang == "zh":
        return ZH_NUM[k - 1] if k <= 10 else "十" + ZH_NUM[k - 11] if k < 20 else "二十"
    if lang == "fr":
        return "1re" if k == 1 else f"{k}e"
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


class Slots(dict):
    """Slot values of one entry; numbers and people are drawn afresh at each use."""

    def __init__(self, rng: random.Random, values: dict[str, str], lang: str) -> None:
        super().__init__(values)
        self.rng, self.lang = rng, lang

    def __missing__(self, key: str) -> str:
        rng = self.rng
        fresh: dict[str, Callable[[], str]] = {
            "N": lambda: str(rng.randint(2, 60)),
            "N2": lambda: str(rng.randint(20, 900)),
            "M": lambda: str(rng.randint(300, 30000)),
            "P": lambda: _person(rng, self.lang),
            "D": lambda: str(rng.randint(1, 28)),
            "AGE": lambda: str(rng.randint(1, 14)),
        }
        if key in fresh:
            return fresh[key]()
        raise KeyError(key)


def _fill(template: str, slots: Slots) -> str:
    return template.format_map(slots)


def _body(rng: random.Random, lang: str, slots: Slots, target: int) -> str:
    bank = {"zh": ZH, "en": EN, "fr": FR}[lang]
    blocks: list[str] = []
    paragraph: list[str] = []
    words = 0
    headings = rng.random() < 0.35
    has_list = rng.random() < 0.2
    sep = "" if lang == "zh" else " "
    deck: list[str] = []
    while words < target:
        if not deck:  # every sentence once before any comes back, as in a real article
            deck = rng.sample(bank, len(bank))
        sentence = _fill(deck.pop(), slots)
        if paragraph and rng.random() < 0.15:
            connector = rng.choice(CONNECTORS[lang])
            sentence = connector + (
                sentence if lang == "zh" else sentence[0].lower() + sentence[1:]
            )
        paragraph.append(sentence)
        words += count_words(sentence, lang)
        if len(paragraph) >= rng.randint(2, 5):
            if headings and len(blocks) >= 3 and rng.random() < 0.25:
                blocks.append("## " + rng.choice(HEADINGS[lang]))
            blocks.append(sep.join(paragraph))
            paragraph = []
            if has_list and len(blocks) >= 2:
                items = rng.sample(LIST_ITEMS[lang], rng.randint(3, 5))
                blocks.append("\n".join("- " + _fill(item, slots) for item in items))
                has_list = False
    if paragraph:
        blocks.append(sep.join(paragraph))
    if rng.random() < 0.3:  # some bold, as editors add when they quote a name
        first = blocks[0]
        name = slots["P"]
        blocks[0] = f"**{name}**" + ("：" if lang == "zh" else ": ") + first
    return "\n\n".join(blocks)


def _date(rng: random.Random) -> tuple[str, int | None, int | None, int | None]:
    """(YAML value, year, month, day): 75 % to the day, 12 % month, 8 % year, 5 % unknown."""
    year = rng.randint(*YEARS)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    roll = rng.random()
    if roll < 0.75:
        return f"{year:04d}-{month:02d}-{day:02d}", year, month, day
    if roll < 0.87:
        return f"{year:04d}-{month:02d}", year, month, None
    if roll < 0.95:
        return f"{year:04d}", year, None, None
    return "null", None, None, None


def _q(value: str | None) -> str:
    """A YAML scalar: JSON's double-quoted strings are valid YAML."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Context:
    regions: dict[str, Region]
    dests: list[str]
    dest_weights: list[int]
    tags: list[str]
    sources: list[str]


def load_context(vocab: Path = VOCAB) -> Context:
    """Read what the generator needs from the vocabularies."""
    regions = {r.slug: r for r in read_regions(vocab / "regions.yaml")}
    dests = [s for s in regions if s not in OUTSIDE]
    return Context(
        regions,
        dests,
        [DEST_WEIGHT.get(s, 1) for s in dests],
        read_slugs(vocab / "tags.yaml"),
        read_slugs(vocab / "sources.yaml"),
    )


def entry(ctx: Context, seed: int, i: int) -> tuple[str, str]:
    """Entry ``i`` of the corpus for ``seed``: (file name, file text)."""
    rng = random.Random(f"{seed}:{i}")
    lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
    dest = ctx.regions[rng.choices(ctx.dests, weights=ctx.dest_weights)[0]]
    origin = ctx.regions[rng.choice([o for o in ORIGINS if o != dest.slug])]
    city_en, city_zh = rng.choice(CITIES.get(dest.slug, ((dest.en, dest.zh),)))
    date_value, year, month, day = _date(rng)
    spec, spec2 = rng.sample(SPECIALTIES, 2)
    k = rng.randint(1, 20)
    hosp_kind = rng.randint(0, 2)
    hospital = {
        "zh": (
            f"{origin.zh}省人民医院",
            f"{origin.zh}中医医院",
            f"{origin.zh}医科大学附属第{ZH_NUM[k % 3]}医院",
        )[hosp_kind],
        "en": (
            f"{origin.en} Provincial People's Hospital",
            f"{origin.en} Hospital of Traditional Chinese Medicine",
            f"the {_ordinal(k % 3 + 1, 'en')} Affiliated Hospital of {origin.en} Medical University",
        )[hosp_kind],
        "fr": (
            f"l'hôpital populaire provincial de {origin.en}",
            f"l'hôpital de médecine chinoise de {origin.en}",
            f"l'hôpital affilié n° {k % 3 + 1} de l'université de médecine de {origin.en}",
        )[hosp_kind],
    }
    values = {
        "R": dest.zh,
        "C": city_zh,
        "O": origin.zh,
        "A": dest.aid,
        "H": hospital["zh"],
        "S": spec[2],
        "S2": spec2[2],
        "K": _ordinal(k, "zh"),
        "Y": str(year or 2018),
        "MO": str(month or 3),
        "R_EN": dest.en,
        "C_EN": city_en,
        "O_EN": origin.en,
        "H_EN": hospital["en"],
        "S_EN": spec[0],
        "S2_EN": spec2[0],
        "K_EN": _ordinal(k, "en"),
        "MO_EN": MONTHS["en"][(month or 3) - 1],
        "R_FR": dest.fr,
        "C_FR": city_en,
        "O_FR": origin.fr,
        "H_FR": hospital["fr"],
        "S_FR": spec[1],
        "S2_FR": spec2[1],
        "K_FR": _ordinal(k, "fr"),
        "MO_FR": MONTHS["fr"][(month or 3) - 1],
    }
    slots = Slots(rng, values, lang)
    topic_i = rng.randrange(len(TOPICS))
    title_t = TITLES[topic_i]
    summary_t = rng.choice(SUMMARIES)
    # Title and summary share the numbers across languages: draw them once.
    fixed = Slots(
        rng, {**values, "N": str(rng.randint(5, 40)), "M": str(rng.randint(300, 30000))}, lang
    )
    title = dict(zip(("en", "fr", "zh"), (_fill(t, fixed) for t in title_t), strict=True))
    summary = dict(zip(("en", "fr", "zh"), (_fill(t, fixed) for t in summary_t), strict=True))
    if rng.random() < 0.08:  # a translation not done yet
        missing = rng.choice([lang_ for lang_ in ("en", "fr", "zh") if lang_ != lang])
        title[missing] = None  # type: ignore[assignment]
        if rng.random() < 0.7:
            summary[missing] = None  # type: ignore[assignment]

    tags = set(TAGS_BY_TOPIC[TOPICS[topic_i]])
    tags.update(rng.sample(ctx.tags, rng.randint(0, 2)))
    if (
        dest.slug in ("xinjiang", "tibet", "yunnan", "guangxi", "inner-mongolia")
        and rng.random() < 0.3
    ):
        tags.add("border-areas")
    if year in (2020, 2021, 2022) and rng.random() < 0.4:
        tags.add("covid-19")
    tags = {t for t in tags if t in ctx.tags}
    authors = [_person(rng, lang) for _ in range(rng.choice((0, 1, 1, 2, 3)))]
    dateline = None
    if day and month and rng.random() < 0.6:
        dateline = {
            "zh": f"{city_zh}{month}月{day}日",
            "en": f"{city_en}, {MONTHS['en'][month - 1]} {day}",
            "fr": f"{city_en}, {day} {MONTHS['fr'][month - 1]}",
        }[lang]
    source = rng.choice([*ctx.sources, None])

    target = rng.randint(*WORDS)
    body = _body(rng, lang, slots, target)
    slug = f"{year or 'undated'}-{dest.slug}-{TOPICS[topic_i]}-{i:06d}"
    front = [
        "---",
        "title:",
        *(f"  {k_}: {_q(v)}" for k_, v in title.items()),
        "summary:",
        *(f"  {k_}: {_q(v)}" for k_, v in summary.items()),
        f"lang: {lang}",
        f"date: {date_value}",
        f"region: {dest.slug}",
        f"origin: {origin.slug}",
        f"source: {source or 'null'}",
        f"authors: [{', '.join(_q(a) for a in authors)}]",
        f"dateline: {_q(dateline)}",
        f"tags: [{', '.join(sorted(tags))}]",
        "---",
    ]
    return f"{slug}.md", "\n".join(front) + "\n\n" + body + "\n"


def generate(n: int, seed: int, out: Path) -> dict[str, int]:
    """Write ``n`` entries to ``out/content`` (replacing its ``*.md``); return a summary."""
    content = out / "content"
    content.mkdir(parents=True, exist_ok=True)
    stamp = out / "corpus.json"
    stamp.unlink(missing_ok=True)
    for old in content.glob("*.md"):
        old.unlink()
    ctx = load_context()
    langs = dict.fromkeys(LANG_WEIGHTS, 0)
    total_bytes = 0
    for i in range(n):
        name, text = entry(ctx, seed, i)
        data = text.encode("utf-8")
        (content / name).write_bytes(data)
        total_bytes += len(data)
        langs[re.search(r"^lang: (\w+)$", text, re.M)[1]] += 1  # type: ignore[index]
    summary = {"version": VERSION, "n": n, "seed": seed, "bytes": total_bytes, **langs}
    stamp.write_text(json.dumps(summary, sort_keys=True) + "\n", "utf-8")
    return summary


def ensure(n: int, seed: int, out: Path) -> dict[str, int]:
    """Generate the corpus unless ``out`` already holds this very one."""
    stamp = out / "corpus.json"
    if stamp.exists():
        summary = json.loads(stamp.read_text("utf-8"))
        if (summary.get("version"), summary.get("n"), summary.get("seed")) == (VERSION, n, seed):
            return summary
    return generate(n, seed, out)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, required=True, help="number of entries")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    p.add_argument("--out", type=Path, required=True, help="folder; entries go to OUT/content/")
    args = p.parse_args(argv)
    summary = generate(args.n, args.seed, args.out)
    print(
        f"corpus: {summary['n']} entries (zh {summary['zh']}, fr {summary['fr']}, en {summary['en']}), "
        f"{summary['bytes'] / 1e6:.1f} MB in {args.out / 'content'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
