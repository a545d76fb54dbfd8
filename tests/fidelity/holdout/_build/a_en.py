# English articles (invented) for tests/fidelity/holdout/. See a_zh.py for the format.
ARTICLES = []
A = ARTICLES.append

A(dict(
file="ho07_chinadailyhk_fujian_wuzhong_crlf.html", lang="en", encoding="utf-8", eol="crlf",
layout="full HTML page of a newspaper's Hong Kong edition, CRLF: top nav, breadcrumb, headline, byline line 'By NAME in CITY | chinadailyhk | Updated: …', 'Listen to this article' player, share icons with Tweet/Copy link, 'Trending now' sidebar, 'Recommended for you', newsletter box, copyright footer",
hard="the Hong Kong edition of an outlet that vocab lists (China Daily): source is the listed outlet; byline, site tag and date on one line split by |; sender named as the Min-Ning (Fujian-Ningxia) pairing and Xiamen, receiver as Hongsibu district of Wuzhong; the sidebar has another aid headline",
title="Xiamen doctors bring dialysis and a stroke unit to Ningxia's Hongsibu",
date="2023-06-14", source="China Daily", source_id="china-daily", authors=["Li Ruoxi"],
region="ningxia", origin="fujian",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Xiamen doctors bring dialysis and a stroke unit to Ningxia's Hongsibu - chinadailyhk</title>
<meta property="og:site_name" content="chinadailyhk">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Xiamen doctors bring dialysis and a stroke unit to Ningxia's Hongsibu","datePublished":"2023-06-14T10:05:00+08:00"}</script>
</head>
<body>
<nav class="top"><a href="/">HOME</a> <a href="/hk">HONG KONG</a> <a href="/nation">NATION</a> <a href="/world">WORLD</a> <a href="/business">BUSINESS</a> <a href="/opinion">OPINION</a> <a href="/epaper">E-PAPER</a></nav>
<div class="crumb"><a href="/">Home</a> / <a href="/nation">Nation</a> / Health</div>
<article>
<h1>Xiamen doctors bring dialysis and a stroke unit to Ningxia's Hongsibu</h1>
<div class="byline">By Li Ruoxi in Yinchuan | chinadailyhk | Updated: 2023-06-14 10:05</div>
<div class="audio"><button>&#9654; Listen to this article</button> 00:00 / 04:12</div>
<div class="share"><a>Facebook</a> <a>Tweet</a> <a>LinkedIn</a> <a>Copy link</a></div>
<figure><img src="/img/2023/06/14/hongsibu.jpg" alt=""><figcaption>A nurse from Xiamen checks a dialysis machine at the Hongsibu District People's Hospital on June 8. [Photo provided to chinadailyhk]</figcaption></figure>
<p>When Ma Xiaolan's kidneys failed two years ago, the 54-year-old farmer from Hongsibu district in Wuzhong, Ningxia Hui autonomous region, had to travel 110 kilometers to Wuzhong city three times a week for dialysis.</p>
<p>Since April, she has been treated 15 minutes from home, at a new dialysis center opened by a medical team from Xiamen, Fujian province, under the Min-Ning cooperation program that has paired Fujian with Ningxia since 1996.</p>
<p>"The patients here used to spend more time on the road than in treatment," said Huang Zhiwei, a nephrologist from Xiamen's Zhongshan Memorial Hospital who leads the 12-member team. "Now the road is the short part."</p>
<p>The team has also set up the district's first stroke unit, trained 83 local doctors and nurses, and performed 26 procedures that had never been done in the hospital before, according to the Hongsibu health bureau.</p>
<p>Hongsibu, one of Ningxia's major relocation areas, houses about 200,000 people who moved from the mountainous south of the region over the past two decades.</p>
<p>Huang said the team's goal is for local staff to run both units on their own by the time the doctors return to Xiamen next spring.</p>
</article>
<aside class="trending"><h3>Trending now</h3><ol><li><a>HK tourism rebounds as mainland visitors return</a></li><li><a>Guangdong medical team wraps up mission in Nyingchi</a></li></ol></aside>
<section class="recommend"><h3>Recommended for you</h3><a>Fujian-Ningxia cooperation marks 27 years</a></section>
<div class="newsletter">Sign up for our daily newsletter <input type="email"> <button>Subscribe</button></div>
<footer>Copyright 1995 - 2023 . All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC).</footer>
</body>
</html>
""",
has=["had to travel 110 kilometers to Wuzhong city three times a week for dialysis.",
     "under the Min-Ning cooperation program that has paired Fujian with Ningxia since 1996.",
     "\"The patients here used to spend more time on the road than in treatment,\"",
     "\"Now the road is the short part.\""],
lacks=["Listen to this article", "Copy link", "Trending now", "Guangdong medical team wraps up mission in Nyingchi",
       "Recommended for you", "Sign up for our daily newsletter", "All rights reserved."],
))

A(dict(
file="ho08_caixin_hunan_turfan_cp1252.txt", lang="en", encoding="cp1252", eol="crlf",
layout="plain-text scrape of a business weekly's English site, cp1252 with curly quotes and dashes, CRLF: section tag, headline, two-writer byline 'By A and B', date 'Jan 9, 2024 | 14:32 GMT+8', paywall and 'Advertisement' lines inside the text, 'Sponsored' block, 'Read more' list, copyright",
hard="cp1252 (curly quotes, en/em dashes); two writers joined by 'and'; the date line carries a time zone; the receiver is spelled the old way (Turfan) with county Toksun; an 'Advertisement' line interrupts the body; paywall prompt after the body",
title="In Depth: How Hunan’s Doctors Rebuilt a County Hospital in Turfan",
date="2024-01-09", source="Caixin Global", source_id=None, authors=["Zhou Lanxin", "Matthew Ortiz"],
region="xinjiang", origin="hunan",
text="""CAIXIN GLOBAL | Latest  Economy  Finance  Business & Tech  China  Opinion  Subscribe
Health & Society

In Depth: How Hunan’s Doctors Rebuilt a County Hospital in Turfan

By Zhou Lanxin and Matthew Ortiz
Jan 9, 2024 | 14:32 GMT+8
Share:  Email  Tweet  Copy link

(Toksun, Xinjiang) — Three winters ago, the People’s Hospital of Toksun county in Turfan had no intensive care unit, one working CT scanner and a waiting list for anything more complicated than an appendectomy.

Today it runs a 12-bed ICU and a catheter lab, and it performed 1,480 surgeries last year — more than double the 2020 figure. Much of that change came from Hunan province, which has been paired with the Turfan region under Beijing’s “counterpart assistance” program since 2010.

Advertisement

Hunan’s provincial health commission says it has sent 236 doctors and nurses to Turfan since the current round of aid began, most on 18-month rotations. The province also covered about 40% of the 160 million yuan ($22.5 million) spent on new equipment and buildings.

“We didn’t come to do the surgeries for them,” said Tan Jianguo, a cardiologist from Xiangya Hospital in Changsha who set up the catheter lab. “We came so that the next patient doesn’t need us.”

Not everyone is convinced the model lasts. A local administrator, who asked not to be named, said several doctors trained by the Hunan team had left for better-paid jobs in Urumqi.

You’ve read 2 of 3 free articles this month. Subscribe to Caixin Global for unlimited access.

Sponsored
Explore investment opportunities in the Greater Bay Area

Read more
· China’s Medical Insurance Fund Posts Surplus
· Xinjiang Tourism Hits Record as Flights Resume

© 2014-2024 Caixin Global Limited. All Rights Reserved.
""",
has=["had no intensive care unit, one working CT scanner and a waiting list",
     "more than double the 2020 figure.",
     "under Beijing’s “counterpart assistance” program since 2010.",
     "“We didn’t come to do the surgeries for them,”",
     "about 40% of the 160 million yuan ($22.5 million)"],
lacks=["Business & Tech", "Copy link", "Advertisement", "You’ve read 2 of 3 free articles this month.", "Sponsored",
       "Explore investment opportunities in the Greater Bay Area", "China’s Medical Insurance Fund Posts Surplus",
       "Caixin Global Limited. All Rights Reserved."],
))

A(dict(
file="ho09_guizhougov_qiannan_nullorigin_latin1.txt", lang="en", encoding="latin-1", eol="lf", double_breaks=True,
layout="print view of a provincial government's English portal as text, latin-1 with every line break doubled: portal name, 'Print | Close', Source/Author/Date line in one row, headline below it, body, 'Editor:' line, footer with sitemap and copyright",
hard="line breaks doubled; the headline comes after the Source/Author/Date row; date as 'Sep 27, 2021'; experts come 'from eastern provinces' with no province named: origin null; the receiver is the autonomous prefecture Qiannan and county Luodian, Guizhou named; latin-1 non-breaking spaces and a middle dot",
title="Eastern experts help Luodian open its first ICU",
date="2021-09-27", source="Guizhou Government Portal", source_id=None, authors=["Wu Xiaolan"],
region="guizhou", origin=None,
text="""GUIZHOU, CHINA · The People's Government of Guizhou Province
Home > News > Guizhou Today
Print | Close
Source: Guizhou Government Portal   Author: Wu Xiaolan   Date: Sep 27, 2021
Eastern experts help Luodian open its first ICU
The People's Hospital of Luodian county, in Qiannan Buyi and Miao autonomous prefecture, opened its first intensive care unit on Sept 24, with help from a team of medical experts sent from eastern provinces under the East-West cooperation program.
The eight-bed unit has ventilators, bedside monitors and a blood-gas analyzer, and is staffed by 14 local doctors and nurses who trained for six months under the visiting experts.
"Before, critically ill patients had to be driven three hours to Duyun, and some did not survive the trip," said Luo Zhenhua, the hospital's president.
Since 2018, the visiting teams have introduced 41 new techniques at the hospital and helped it pass the provincial grade-two evaluation.
Guizhou has 66 county-level hospitals receiving paired assistance, and all of them are expected to have an ICU by the end of 2022, according to the provincial health commission.
Editor: Zhang Min
Sitemap | About Us | Contact Us
Copyright © The People's Government of Guizhou Province. All rights reserved.
""",
has=["opened its first intensive care unit on Sept 24",
     "\"Before, critically ill patients had to be driven three hours to Duyun, and some did not survive the trip,\"",
     "staffed by 14 local doctors and nurses who trained for six months",
     "all of them are expected to have an ICU by the end of 2022"],
lacks=["Home > News > Guizhou Today", "Print | Close", "Editor: Zhang Min", "Sitemap | About Us | Contact Us",
       "Copyright © The People's Government of Guizhou Province."],
))

A(dict(
file="ho10_westchina_alumni_chengdu_haixi_rss.txt", lang="en", encoding="utf-8", eol="lf",
layout="RSS item as saved text from a hospital alumni newsletter: <item> with <title>, <link>, <pubDate>, <dc:creator>, <description><![CDATA[ … ]]>; inside, 'Posted by NAME on 12.03.2022', 'Text: NAME; photos: NAME', body paragraphs, 'Pin it | Tweet | Copy link', 'Back to top'",
hard="RSS markup around a CDATA body; date as 12.03.2022 (day.month) and as an RFC 822 pubDate; old postal spellings Szechwan and Tsinghai; the receiver is Haixi Mongol and Tibetan Autonomous Prefecture in Tsinghai (Qinghai), seat Delingha, with Golmud also named; the sender is Chengdu (Sichuan); the photographer is not an author",
title="From Chengdu to Delingha: alumni run a rotating clinic on the Tsinghai plateau",
date="2022-03-12", source="West China Alumni News", source_id=None, authors=["Chen Jiayi"],
region="qinghai", origin="sichuan",
text="""<item>
<title>From Chengdu to Delingha: alumni run a rotating clinic on the Tsinghai plateau</title>
<link>https://alumni.westchina-hospital.example/news/2022/03/delingha-clinic</link>
<pubDate>Sat, 12 Mar 2022 09:30:00 +0800</pubDate>
<dc:creator>Chen Jiayi</dc:creator>
<category>Alumni in the field</category>
<description><![CDATA[
<p class="meta">West China Alumni News · Posted by Chen Jiayi on 12.03.2022 · 5 min read</p>
<p><em>Text: Chen Jiayi; photos: Tenzin Norbu</em></p>
<p>Every six weeks, a new group of doctors trained at the old West China Union University in Szechwan sets off from Chengdu for Delingha, the seat of Haixi Mongol and Tibetan Autonomous Prefecture in Tsinghai, as our older alumni still call Qinghai.</p>
<p>The rotating clinic began in 2019 with four volunteers. It has since grown to 37 alumni from 11 hospitals in Chengdu, who have seen more than 9,600 patients at the prefecture people's hospital, in Golmud and in herding townships up to 3,800 meters above sea level.</p>
<p>"The altitude takes a week to get used to; the patients' trust takes longer," said Dr. Yang Shuqin, a 1996 graduate and ophthalmologist, who has done 212 cataract operations in Delingha.</p>
<p>The alumni association pays for travel and has donated a portable fundus camera. Local doctors now screen diabetic patients for eye disease on their own and send the images to Chengdu for a second reading.</p>
<p>Alumni who wish to join the spring rotation can write to the association office before April 15.</p>
<p class="share">Pin it | Tweet | Copy link</p>
<p class="top"><a href="#top">Back to top</a></p>
]]></description>
</item>
""",
has=["sets off from Chengdu for Delingha, the seat of Haixi Mongol and Tibetan Autonomous Prefecture in Tsinghai",
     "It has since grown to 37 alumni from 11 hospitals in Chengdu",
     "\"The altitude takes a week to get used to; the patients' trust takes longer,\"",
     "send the images to Chengdu for a second reading."],
lacks=["<pubDate>Sat, 12 Mar 2022 09:30:00 +0800</pubDate>", "5 min read",
       "Pin it | Tweet | Copy link", "Back to top"],
))

A(dict(
file="ho11_nikkei_anhui_guma_mojibake_latin1.html", lang="en", encoding="utf-8", eol="lf", mojibake="latin-1",
layout="full HTML page of a business news site, UTF-8 wrongly decoded as latin-1 and re-encoded as UTF-8 (curly quotes and dashes become three-letter debris): nav, kicker, headline, subheadline, wire-style dateline 'HONG KONG --', 'Listen to this article', date with JST, inline 'Sponsored' and 'Advertisement', 'Recommended for you', subscription prompt",
hard="double-encoded UTF-8 via latin-1; Uyghur-based spellings Khotan and Guma (Hotan, Pishan); the writer is 'NAME, Nikkei staff writer'; the date is printed with JST; the body's dateline names Hong Kong, where the reporter is, not a party to the aid",
title="Anhui’s doctors in Khotan: China’s pairing aid, seen from a county hospital",
date="2022-11-03", source="Nikkei Asia", source_id=None, authors=["Grace Leung"],
region="xinjiang", origin="anhui",
text="""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Anhui’s doctors in Khotan: China’s pairing aid, seen from a county hospital - Nikkei Asia</title></head>
<body>
<header><a href="/">Nikkei Asia</a> <a href="/Politics">Politics</a> <a href="/Economy">Economy</a> <a href="/Business">Business</a> <a href="/Spotlight">Spotlight</a> <a class="sub">Subscribe</a> <a>Log in</a></header>
<main>
<p class="kicker">China health care</p>
<h1>Anhui’s doctors in Khotan: China’s pairing aid, seen from a county hospital</h1>
<p class="sub">Beijing’s “counterpart” program sends staff west; results vary by county</p>
<p class="byline">GRACE LEUNG, Nikkei staff writer<br>November 3, 2022 05:00 JST</p>
<div class="audio">Listen to this article</div>
<p>HONG KONG -- In Guma county, on the southern rim of the Taklamakan desert in the Khotan prefecture of Xinjiang, the hospital’s new delivery ward is run by obstetricians from Anhui, 3,800 km to the east.</p>
<p>Under a system known as duikou zhiyuan — “pairing assistance” — Anhui has since 2010 been responsible for supporting Guma (Pishan in Mandarin pinyin), the most populous county of Khotan, with money, officials and, increasingly, doctors.</p>
<div class="ad">Advertisement</div>
<p>Local health statistics published in September show maternal deaths in the county fell to 2 last year, from 9 in 2015. Officials credit a team of 27 Anhui doctors on 18-month rotations and a new 60-bed maternity building.</p>
<p>“We train the midwives, and the midwives train the village doctors,” said Dr. Sun Meiling of the Anhui Provincial Maternity and Child Health Hospital in Hefei, in a video published by the county’s official media.</p>
<div class="sponsored">Sponsored Content: How smart factories are reshaping Southeast Asia</div>
<p>Scholars say the model delivers fast results but depends on the donor province’s budget.</p>
</main>
<aside><h3>Recommended for you</h3><a>China’s COVID policy leaves hospitals stretched</a></aside>
<div class="paywall">Subscribe to read the full story. Stay ahead with our exclusive insights on Asia.</div>
<footer>© 2022 Nikkei Inc. No reproduction without permission.</footer>
</body>
</html>
""",
has=["the hospital’s new delivery ward is run by obstetricians from Anhui, 3,800 km to the east.",
     "Under a system known as duikou zhiyuan — “pairing assistance” — Anhui has since 2010",
     "maternal deaths in the county fell to 2 last year, from 9 in 2015.",
     "“We train the midwives, and the midwives train the village doctors,”"],
lacks=["Listen to this article", "Advertisement", "Sponsored Content: How smart factories are reshaping Southeast Asia",
       "Recommended for you", "China’s COVID policy leaves hospitals stretched", "Subscribe to read the full story.",
       "No reproduction without permission."],
))
