"""English articles of the en/fr fidelity corpus (Unicode text; make_corpus.py renders the bytes)."""
ARTICLES = []
A = ARTICLES.append

A(dict(
file="en01_shine_shanghai_kashgar.html", lang="en", encoding="utf-8", eol="lf",
layout="full HTML page: head with <title> 'Headline | SHINE News', og:title, og:url, canonical, JSON-LD; cookie banner, nav, breadcrumb above the <h1>, share bar, 'Source/Editor' line, QR prompt, 'You may also like', footer",
hard="<h1> headline differs from <title>/og:title/JSON-LD headline (golden = <h1>); Kashgar/Kashi romanizations with Xinjiang named only once; byline is a bare name plus '19:21 UTC+8, 2022-06-03'; 'Editor:' is not an author; outlet not in sources.yaml (printed 'SHINE')",
title="Shanghai-aided pediatric ICU opens in Kashgar, sparing newborns a 1,500km journey",
date="2022-06-03", source="SHINE", source_id=None, authors=["Ding Yining"],
region="xinjiang", origin="shanghai",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shanghai doctors open Kashgar's first pediatric ICU | SHINE News</title>
<meta property="og:title" content="Shanghai doctors open Kashgar's first pediatric ICU">
<meta property="og:url" content="https://www.shine.cn/news/nation/2206034417/">
<meta property="og:site_name" content="SHINE">
<link rel="canonical" href="https://www.shine.cn/news/nation/2206034417/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Shanghai doctors open Kashgar's first pediatric ICU","datePublished":"2022-06-03T19:21:00+08:00","author":{"@type":"Person","name":"Ding Yining"},"publisher":{"@type":"Organization","name":"SHINE"}}</script>
<style>.cookie-bar{position:fixed;bottom:0}.share-btn{margin:0 4px}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body>
<div class="cookie-bar">We use cookies to give you a better experience. By continuing to browse, you agree to our cookie policy. <button>Accept</button></div>
<nav class="top"><a href="/">SHINE</a> <a href="/news/metro/">Metro</a> <a href="/news/nation/">Nation</a> <a href="/news/world/">World</a> <a href="/biz/">Biz</a> <a href="/feature/">Feature</a> <a href="/opinion/">Opinion</a> <a href="/video/">Video</a></nav>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news/">News</a> &raquo; <a href="/news/nation/">Nation</a></div>
<article>
<h1 class="art-title">Shanghai-aided pediatric ICU opens in Kashgar, sparing newborns a 1,500km journey</h1>
<div class="byline"><span class="author">Ding Yining</span> <span class="time">19:21 UTC+8, 2022-06-03</span></div>
<div class="share"><a class="share-btn" href="#">Share on Facebook</a><a class="share-btn" href="#">Share on Twitter</a><a class="share-btn" href="#">Share on WhatsApp</a><a class="share-btn" href="#">Email</a></div>
<div class="art-body">
<p>Critically ill newborns in Kashgar no longer need to be flown or driven 1,500 kilometers to Urumqi, now that a 24-bed pediatric intensive care unit built with Shanghai's help has opened at the Kashi Prefecture Children's Medical Center.</p>
<p>The unit is staffed by 11 doctors and nurses from Shanghai, part of the city's 11th batch of medical aid workers sent to the prefecture in southern Xinjiang, and by 36 local medical workers they have trained over the past year.</p>
<p>"Our aim is not to treat every child ourselves, but to make sure the ICU runs just as well after we leave," said Xu Mingjie, a neonatologist from Shanghai Children's Hospital who heads the team.</p>
<p>Shanghai has paired with four counties in Kashgar — Bachu, Shache, Zepu and Yecheng — since 2010. The city's medical teams have introduced more than 400 new techniques to local hospitals, according to the Shanghai aid headquarters in Kashi.</p>
<p>In its first month, the ICU treated 63 infants, including a premature baby weighing 900 grams whose parents, herders from Tashkurgan, had expected to travel for two days to reach help.</p>
<p>The center plans to link its county hospitals to Shanghai specialists through a remote consultation platform by the end of the year.</p>
</div>
<div class="art-foot">Source: SHINE &nbsp; Editor: Zhu Qing</div>
<div class="qr">Scan the QR code to follow SHINE on WeChat</div>
</article>
<aside class="more"><h3>You may also like</h3><ul>
<li><a href="/news/nation/2205301122/">Shanghai nurses bring dialysis to Bachu County</a></li>
<li><a href="/news/metro/2206021010/">Metro services resume across city</a></li>
</ul></aside>
<footer><p><a href="/about/">About Us</a> | <a href="/contact/">Contact Us</a> | <a href="/privacy/">Privacy Policy</a></p>
<p>Copyright © 1999-2022 Shanghai Daily. All rights reserved. 沪ICP证:沪B2-20160112</p></footer>
</body>
</html>
""",
has=["Critically ill newborns in Kashgar no longer need to be flown or driven 1,500 kilometers to Urumqi",
     "part of the city's 11th batch of medical aid workers sent to the prefecture in southern Xinjiang",
     "\"Our aim is not to treat every child ourselves, but to make sure the ICU runs just as well after we leave,\" said Xu Mingjie",
     "Shanghai has paired with four counties in Kashgar — Bachu, Shache, Zepu and Yecheng — since 2010."],
lacks=["We use cookies to give you a better experience.", "Share on WhatsApp", "Editor: Zhu Qing",
       "Scan the QR code to follow SHINE on WeChat",
       "You may also like", "Shanghai nurses bring dialysis to Bachu County",
       "Copyright © 1999-2022 Shanghai Daily. All rights reserved."],
))

A(dict(
file="en02_sixthtone_hangzhou_enshi.txt", lang="en", encoding="cp1252", eol="crlf",
layout="plain-text scrape in cp1252 with curly quotes, ellipses and em dashes, CRLF; Sixth Tone header (section, 'By NAME and NAME', 'Jun 14, 2021'), share row, newsletter sign-up, related stories, copyright",
hard="cp1252 bytes 0x85, 0x91-0x94, 0x97 (… ‘ ’ “ ” —); two authors joined by 'and'; sender is a city (Hangzhou -> zhejiang; Zhejiang named once, in passing, as 'Zhejiang’s capital'); Enshi is in Hubei (named once, as 'Hubei province')",
title="In Enshi’s Mountains, Hangzhou Doctors Teach a County to Save Its Own",
date="2021-06-14", source="Sixth Tone", source_id=None, authors=["Chen Liang", "Huang Wen"],
region="hubei", origin="zhejiang",
text="""SIXTH TONE
Fifth Tone | Deep Tones | Voices | Shorts | Multimedia | Newsletter
FEATURES
In Enshi’s Mountains, Hangzhou Doctors Teach a County to Save Its Own
Under an east-west partnership, physicians from the wealthy coastal city are rebuilding rural emergency care — one night shift at a time.
By Chen Liang and Huang Wen
Jun 14, 2021
Share on Facebook | Share on Twitter | Email

HUBEI, Central China — At 2 a.m., the phone in the surgeons’ dorm of Xianfeng County People’s Hospital rings again. Zhou Yibo, a trauma surgeon from Hangzhou, pulls on his coat before the nurse has finished the sentence: a motorcyclist, a mountain bend, a broken pelvis.

“Back home I would have a team of six,” Zhou says. “Here it’s me, one anesthetist and whoever is awake…”

Xianfeng lies deep in the Enshi Tujia and Miao Autonomous Prefecture, a green, vertiginous corner of western Hubei province. Since 2017, Hangzhou has sent 214 doctors to Enshi’s eight counties and cities under the country’s east-west cooperation program, which pairs affluent eastern cities with poorer regions inland.

The visitors’ job is less to operate than to make themselves unnecessary. Zhou’s team has written the hospital’s first trauma protocol, run drills every Wednesday and sent 19 local doctors for three-month stints in Hangzhou’s hospitals. Transfers of severely injured patients to the prefecture capital — a two-hour drive on a good day — fell by nearly half last year, hospital records show.

“The doctors from Hangzhou don’t just ‘help out’,” says Tan Xiaomei, the hospital’s deputy director. “They leave us a system.”

Not everything transfers easily. Salaries in Xianfeng are a fraction of those in Zhejiang’s capital, and two of the young doctors trained in Hangzhou have already left for jobs in Wuhan. Zhou shrugs: “Then we train the next two.”

Sign up for our newsletter — the best of Sixth Tone, delivered to your inbox every week.
RELATED STORIES
The Village Doctors Holding Rural China Together
How a Paired-Aid Program Reshaped Xinjiang’s Hospitals
© 2014-2021 Sixth Tone. All rights reserved.
""",
has=["At 2 a.m., the phone in the surgeons’ dorm of Xianfeng County People’s Hospital rings again.",
     "“Back home I would have a team of six,” Zhou says. “Here it’s me, one anesthetist and whoever is awake…”",
     "Since 2017, Hangzhou has sent 214 doctors to Enshi’s eight counties and cities",
     "“The doctors from Hangzhou don’t just ‘help out’,” says Tan Xiaomei"],
lacks=["Fifth Tone | Deep Tones | Voices | Shorts", "Share on Facebook | Share on Twitter | Email",
       "Sign up for our newsletter", "RELATED STORIES", "The Village Doctors Holding Rural China Together",
       "© 2014-2021 Sixth Tone. All rights reserved."],
))

A(dict(
file="en03_scmp_wuxi_hainanzhou_utf16le.txt", lang="en", encoding="utf-16-le", eol="lf",
layout="plain-text scrape in UTF-16-LE WITHOUT a BOM; SCMP header (section, 'NAME in CITY', 'Published: 9:30am, 14 Jan, 2022'), 'Why you can trust SCMP', follow-us, comments counter, Most Popular, copyright",
hard="UTF-16-LE with no BOM; 'Hainan Tibetan Autonomous Prefecture' is in Qinghai, not Hainan province; sender a city (Wuxi -> jiangsu); 'NAME in CITY' byline where CITY is Xining; day-first textual date",
title="From Wuxi to the Tibetan plateau: the surgeons keeping a Qinghai county hospital alive",
date="2022-01-14", source="South China Morning Post", source_id=None, authors=["Josephine Lau"],
region="qinghai", origin="jiangsu",
text="""China / Politics | Diplomacy | Military | Science | People & Culture
From Wuxi to the Tibetan plateau: the surgeons keeping a Qinghai county hospital alive
- A team from the eastern city of Wuxi has spent a year at 3,200 metres in Hainan Tibetan Autonomous Prefecture
- Altitude sickness, yaks on the road and a shortage of blood are part of the job
Josephine Lau in Xining
Published: 9:30am, 14 Jan, 2022
Why you can trust SCMP
Follow us on Twitter

The first lesson Gu Haoran learned on the Qinghai-Tibet plateau had nothing to do with surgery. "On my second day I walked up the stairs too fast and had to lie down for an hour," said the 41-year-old orthopaedic surgeon from Wuxi, in Jiangsu province.

Gu is one of 14 doctors and nurses sent by Wuxi to Gonghe county, the seat of Hainan Tibetan Autonomous Prefecture - a region that, despite its name, lies some 3,000km from the tropical island of Hainan. The prefecture, home to about 470,000 people, is in Qinghai province, on the northeastern edge of the Tibetan plateau.

Under a pairing scheme that dates back to 2010, Wuxi pays for equipment and sends medical staff on year-long rotations. This year's team has opened the county's first joint replacement ward and set up a blood donation drive with local monasteries, which now supply about a fifth of the hospital's stock.

"We used to send every hip fracture to Xining, four hours away," said Lhamo Tso, the hospital's head nurse. "Old herders would refuse to go and stay in bed at home until it was too late."

The arrangement has limits. Critics say rotating teams leave when they have just learned how the hospital works. Gu's answer is a WeChat group of 60 local doctors that he plans to keep answering from Wuxi.

Comments (3)
MOST POPULAR
Hong Kong to ease quarantine rules for arrivals
Copyright © 2022 South China Morning Post Publishers Ltd. All rights reserved.
""",
has=["The first lesson Gu Haoran learned on the Qinghai-Tibet plateau had nothing to do with surgery.",
     "Gu is one of 14 doctors and nurses sent by Wuxi to Gonghe county, the seat of Hainan Tibetan Autonomous Prefecture",
     "\"We used to send every hip fracture to Xining, four hours away,\" said Lhamo Tso",
     "a WeChat group of 60 local doctors that he plans to keep answering from Wuxi"],
lacks=["Why you can trust SCMP", "Follow us on Twitter", "Comments (3)", "MOST POPULAR",
       "Hong Kong to ease quarantine rules for arrivals",
       "Copyright © 2022 South China Morning Post Publishers Ltd. All rights reserved."],
))

A(dict(
file="en04_xinhuaen_dalian_nagqu_bom.txt", lang="en", encoding="utf-8-sig", eol="crlf",
layout="plain-text scrape, UTF-8 with BOM, CRLF; english.news.cn layout: saved URL line, nav, headline, 'Print | Send to a friend | Share' row, agency dateline, '[Editor: ...]' trailer, 'Related:' list, copyright",
hard="the only date is the dateline 'LHASA, Aug. 3 (Xinhua) --' (month/day) plus the year and day in the saved URL path (20210803); sender a city (Dalian -> liaoning); Nagqu/Naqu romanizations; dateline city Lhasa is not the destination",
title="Liaoning doctors bring oxygen therapy to herders on Nagqu's high pastures",
date="2021-08-03", source="Xinhua News Agency", source_id="xinhua", authors=[],
region="tibet", origin="liaoning",
text="""english.news.cn/20210803/7a9d2c41e5f84b3c9a1d0e6f2b8c4a17/c.html
Home | China | World | Business | Culture & Edu | Sci & Tech | Sports | Photos | Video
Liaoning doctors bring oxygen therapy to herders on Nagqu's high pastures
Print | Send to a friend | Share

LHASA, Aug. 3 (Xinhua) -- A medical team of 26 doctors and nurses from the coastal city of Dalian has set up oxygen therapy rooms in five townships of Nagqu, one of the highest inhabited areas in Tibet Autonomous Region, local authorities said Tuesday.

Nagqu, also spelled Naqu, sits at an average altitude of more than 4,500 meters, where chronic mountain sickness and heart disease are common among herders. Before the rooms opened, patients had to travel to the city hospital for treatment.

The team, sent by Dalian in northeast China's Liaoning Province, arrived in Nagqu in June for an 18-month stint. Its members come from eight hospitals in the city, including specialists in cardiology, respiratory medicine and pediatrics.

"Many herders move with their yaks in summer, so we bring the equipment to where they are," said team leader Qu Hongwei, a respiratory physician.

Liaoning has provided paired assistance to Nagqu since 1994. In the past five years, medical teams from the province have carried out more than 3,000 operations and trained over 600 local health workers, according to the prefecture's health commission.

[Editor: Wang Fei]
Related:
Tibet's life expectancy rises to 72.2 years
Copyright © 2000-2021 XINHUANET.com All rights reserved.
""",
has=["A medical team of 26 doctors and nurses from the coastal city of Dalian has set up oxygen therapy rooms in five townships of Nagqu",
     "Nagqu, also spelled Naqu, sits at an average altitude of more than 4,500 meters",
     "The team, sent by Dalian in northeast China's Liaoning Province, arrived in Nagqu in June for an 18-month stint.",
     "\"Many herders move with their yaks in summer, so we bring the equipment to where they are,\""],
lacks=["Home | China | World | Business | Culture & Edu", "Print | Send to a friend | Share", "[Editor: Wang Fei]",
       "Related:", "Tibet's life expectancy rises to 72.2 years", "Copyright © 2000-2021 XINHUANET.com All rights reserved."],
))

A(dict(
file="en05_thestar_reuters_turpan_nullorigin.html", lang="en", encoding="cp1252", eol="lf",
layout="full HTML page in cp1252 (declared windows-1252): The Star (Malaysia) republishing Reuters wire copy; cookie banner, nav, breadcrumb, date line, Reuters dateline, 'Reporting by ...; Editing by ...' credit, tags, 'Related News', report-error widget, copyright",
hard="cp1252 curly quotes and dashes; wire copy: source is the agency credited (Reuters), not the republishing site; authors from 'Reporting by X; Additional reporting by Y; Editing by Z' (editor not an author); sender never stated (origin null); Turpan/Turfan romanizations",
title="In China’s Turpan, a desert hospital bets on visiting specialists",
date="2019-03-05", source="Reuters", source_id=None, authors=["Martin Quinlan", "Li Mei"],
region="xinjiang", origin=None,
text="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>In China’s Turpan, a desert hospital bets on visiting specialists | The Star</title>
<meta property="og:title" content="In China’s Turpan, a desert hospital bets on visiting specialists">
<meta property="og:site_name" content="The Star">
<script>var _sf_async_config={uid:60355,domain:"thestar.com.my"};</script>
<style>.story-tags a{color:#c00}</style>
</head>
<body>
<div class="cookie">This website uses cookies to ensure you get the best experience on our website. <a href="/privacy">Learn more</a> <button>Got it!</button></div>
<div id="nav"><a href="/news/">News</a> | <a href="/business/">Business</a> | <a href="/sport/">Sport</a> | <a href="/lifestyle/">Lifestyle</a> | <a href="/tech/">Tech</a></div>
<div class="breadcrumb"><a href="/news/">News</a> › <a href="/news/world/">World</a></div>
<h1>In China’s Turpan, a desert hospital bets on visiting specialists</h1>
<p class="date">Tuesday, 05 Mar 2019 2:41 PM MYT</p>
<div class="story">
<p>URUMQI, March 5 (Reuters) - In the oasis city of Turpan, where summer temperatures pass 45 degrees Celsius, the main hospital now performs kidney transplants it once sent 180 km away to Urumqi – thanks to a rotation of specialists from hospitals on China’s east coast.</p>
<p>The arrangement, part of a decades-old state programme that pairs wealthy provinces with poorer regions, has brought 32 visiting doctors to Turpan, known historically as Turfan, over the past two years, hospital officials told Reuters.</p>
<p>“We have the patients and now we have the equipment. What we lacked were people who had done this a hundred times,” said Abdukerim Tursun, the hospital’s deputy director.</p>
<p>Such programmes are a pillar of Beijing’s development policy in Xinjiang, a far-western region where it says economic growth will bring stability. Critics say the schemes are also a channel for political control; officials in Turpan declined to discuss the wider context.</p>
<p>Patients interviewed by Reuters were mostly pragmatic. “My brother waited two years for a transplant in Urumqi,” said a 52-year-old grape farmer who gave only his surname, Memet. “I waited four months here.”</p>
<p>(Reporting by Martin Quinlan; Additional reporting by Li Mei in Beijing; Editing by Helen Popper)</p>
</div>
<div class="story-tags">Tags / Keywords: <a href="/tag/china">China</a>, <a href="/tag/health">Health</a>, <a href="/tag/xinjiang">Xinjiang</a></div>
<div class="related"><h4>Related News</h4><a href="/news/world/2019/03/04/x">China’s parliament opens with growth target cut</a></div>
<div class="report">Found a mistake in this article? Report it here.</div>
<div id="footer">Copyright © 1995-2019 Star Media Group Berhad (10894D). All Rights Reserved.</div>
</body>
</html>
""",
has=["the main hospital now performs kidney transplants it once sent 180 km away to Urumqi – thanks to a rotation of specialists from hospitals on China’s east coast.",
     "has brought 32 visiting doctors to Turpan, known historically as Turfan, over the past two years",
     "“We have the patients and now we have the equipment. What we lacked were people who had done this a hundred times,”",
     "“I waited four months here.”"],
lacks=["This website uses cookies to ensure you get the best experience on our website.", "Editing by Helen Popper", "Tags / Keywords:", "Related News",
       "China’s parliament opens with growth target cut", "Found a mistake in this article? Report it here.",
       "Copyright © 1995-2019 Star Media Group Berhad (10894D). All Rights Reserved."],
))

A(dict(
file="en06_hospital_suzhou_yili_fragment.html", lang="en", encoding="utf-8", eol="lf", entities="numeric",
layout="HTML fragment of a hospital's English news page: breadcrumb, font-size widget, 'Print | Close', prev/next links, 'Edited by' line; non-ASCII only as numeric references, plus named entities (&amp; &nbsp; &mdash; &ldquo;) written by the CMS",
hard="numeric and named character references mixed; 'Suzhou-aided' adjective, sender a city (Suzhou -> jiangsu, Jiangsu named only in the hospital's address line); Ili/Yili romanizations; author line 'By NAME, Publicity Office'; 'Edited by' is not an author; date 2023-09-18 in a 'Posted:' line",
title="Suzhou-aided stroke center in Yili marks first year with 400 patients treated",
date="2023-09-18", source="Suzhou Riverside Hospital", source_id=None, authors=["Gu Minhui"],
region="xinjiang", origin="jiangsu",
text="""<div class="location">You are here: Home &gt; News &amp; Events &gt; Hospital News</div>
<div class="tools" id="tools">Font size: A- A A+ | Print | Close</div>
<h2 class="news-title">Suzhou-aided stroke center in Yili marks first year with 400 patients treated</h2>
<p class="news-info">Posted: 2023-09-18 &nbsp;&nbsp; By Gu Minhui, Publicity Office &nbsp;&nbsp; Views: 1,284</p>
<div class="news-content">
<p>The stroke center that Suzhou Riverside Hospital helped build at the Yining City People&#8217;s Hospital in the Ili Kazak Autonomous Prefecture has treated more than 400 patients in its first year, the hospital&#8217;s aid team reported this month.</p>
<p>Ili, also written Yili, lies in the far northwest of Xinjiang, close to the border with Kazakhstan. Before the center opened, patients with acute ischemic stroke often waited more than three hours for clot-busting treatment; the average &ldquo;door-to-needle&rdquo; time is now 42 minutes.</p>
<p>Dr. Shen Ruolan, a neurologist who has led the Suzhou-aided center since it opened, said the team&#8217;s main work had been training. &ldquo;We run a simulation every Friday afternoon &mdash; nurses, CT technicians, ambulance crews. Speed comes from practice, not from one famous doctor.&rdquo;</p>
<p>Seven neurologists and nurses from our hospital have worked in Yining since 2022, and twelve Ili doctors have completed six-month fellowships in Suzhou. A second group of four specialists will leave for Xinjiang in October.</p>
<p>Patient Nurlan Serik, 58, arrived at the center within an hour of his symptoms last winter. &ldquo;I can walk my grandson to school again,&rdquo; he said.</p>
</div>
<p class="editor">Edited by: Zhang Qian</p>
<div class="pager"><a href="/en/news/1187.html">Previous article: Hospital opens new day surgery unit</a><br>
<a href="/en/news/1189.html">Next article: Nurses win provincial skills contest</a></div>
<div class="address">Suzhou Riverside Hospital &middot; 88 Binhe Road, Suzhou, Jiangsu &middot; Copyright &copy; 2023 All rights reserved</div>
""",
has=["has treated more than 400 patients in its first year, the hospital’s aid team reported this month.",
     "Ili, also written Yili, lies in the far northwest of Xinjiang, close to the border with Kazakhstan.",
     "“We run a simulation every Friday afternoon — nurses, CT technicians, ambulance crews. Speed comes from practice, not from one famous doctor.”",
     "twelve Ili doctors have completed six-month fellowships in Suzhou"],
lacks=["You are here: Home > News & Events > Hospital News", "Font size: A- A A+", "Print | Close",
       "Edited by: Zhang Qian", "Previous article: Hospital opens new day surgery unit",
       "Next article: Nurses win provincial skills contest", "Copyright © 2023 All rights reserved"],
))

A(dict(
file="en07_ngo_qingdao_gannan_mojibake.txt", lang="en", encoding="utf-8", mojibake="latin-1", eol="lf",
layout="NGO e-mail newsletter saved as text, double-encoded UTF-8 (UTF-8 read as latin-1 and re-encoded: â\\x80\\x99, Ã©); issue header with month only, section rules, donate/unsubscribe footer",
hard="mojibake via latin-1 (C1 control characters in place of curly quotes and dashes); only the month is known ('April 2020' in the issue line) -> date '2020-04'; sender a city (Qingdao -> shandong); Gannan is in Gansu; newsletter has no author, only a 'Compiled by the editorial team' line",
title="Sight restored on the grasslands: Qingdao eye surgeons in Gannan",
date="2020-04", source="Bridges of Care Foundation", source_id=None, authors=[],
region="gansu", origin="shandong",
text="""BRIDGES OF CARE FOUNDATION — FIELD NOTES
Issue 14 · April 2020
View this email in your browser
==================================================

Sight restored on the grasslands: Qingdao eye surgeons in Gannan

In October our partner team of eight ophthalmologists and nurses from Qingdao travelled 1,900 kilometres west to the Gannan Tibetan Autonomous Prefecture in Gansu province, where cataract is the leading cause of blindness among older herders.

Working with the prefecture hospital in Hezuo and the county hospital in Maqu, the team screened 1,120 people and operated on 347 eyes in three weeks. The Foundation paid for the intraocular lenses; Qingdao’s health commission covered travel and the surgeons’ time.

“Some patients had not seen their grandchildren’s faces for years,” said Dr. Yu Xiaotong, who led the team. “When we removed the bandages, the whole ward went quiet — then someone started singing.”

Our role this year also included training. Two nurses from Maqu spent six weeks at an eye hospital in Qingdao, and the team left behind a portable slit lamp so that screening can continue between visits. Gannan’s health bureau has asked the Qingdao team to return in autumn, this time to Luqu and Xiahe counties.

Thank you to the 214 donors who made this trip possible. €25 / ¥200 pays for one patient’s lens.

--------------------------------------------------
Compiled by the editorial team
DONATE NOW | Forward to a friend | Unsubscribe
You are receiving this email because you signed up at a Bridges of Care event.
""",
has=["In October our partner team of eight ophthalmologists and nurses from Qingdao travelled 1,900 kilometres west to the Gannan Tibetan Autonomous Prefecture in Gansu province",
     "“Some patients had not seen their grandchildren’s faces for years,” said Dr. Yu Xiaotong",
     "“When we removed the bandages, the whole ward went quiet — then someone started singing.”",
     "Gannan’s health bureau has asked the Qingdao team to return in autumn"],
lacks=["View this email in your browser", "Issue 14 · April 2020", "Compiled by the editorial team",
       "DONATE NOW | Forward to a friend | Unsubscribe",
       "You are receiving this email because you signed up at a Bridges of Care event."],
))

A(dict(
file="en08_bjreview_beijing_yushu_nobreaks.txt", lang="en", encoding="utf-8", eol="lf", nobreaks=True,
layout="plain-text scrape of a Beijing Review web page in which every line break was lost: nav, issue line, headline, byline, body and footer on one line",
hard="no line breaks (headline must be found inside one long line); destination named before the sender ('Yushu ... doctors from Beijing'); date from the issue line 'NO. 34 AUGUST 25, 2022'; 'By NAME' byline; 'Print | Send to a friend | Share' and 'Comments' debris run into the text",
title="Yushu’s new hospital wing runs on Beijing expertise",
date="2022-08-25", source="Beijing Review", source_id=None, authors=["Lu Yan"],
region="qinghai", origin="beijing",
text="""HOME
CHINA
WORLD
BUSINESS
OPINION
LIFESTYLE
MULTIMEDIA
NO. 34 AUGUST 25, 2022
Yushu’s new hospital wing runs on Beijing expertise
By Lu Yan
Print | Send to a friend | Share
Twelve years after the earthquake that flattened much of Jiegu town, the Yushu Tibetan Autonomous Prefecture People’s Hospital opened a surgical wing in July whose operating rooms are run, for now, by doctors from Beijing.
Yushu, in the south of Qinghai Province on the upper reaches of the Yangtze, has been paired with the capital since 2010. Beijing has since sent 11 groups of medical workers to the prefecture, and this year’s 32-member team includes anesthesiologists, neurosurgeons and an obstetrics group from Peking University First Hospital.
“At 3,700 meters, even a routine operation carries extra risk,” said anesthesiologist Wen Jiaqi, who arrived in Yushu in March. “Oxygen levels, blood pressure, recovery times — everything changes.”
The team’s target is that by 2025 local surgeons can perform 90 percent of operations without help. Twenty-six Yushu doctors are currently training in Beijing hospitals on one-year placements.
Comments
Copyright Beijing Review All rights reserved 京ICP备08005356号
""",
has=["Twelve years after the earthquake that flattened much of Jiegu town",
     "Yushu, in the south of Qinghai Province on the upper reaches of the Yangtze, has been paired with the capital since 2010.",
     "“At 3,700 meters, even a routine operation carries extra risk,” said anesthesiologist Wen Jiaqi",
     "Twenty-six Yushu doctors are currently training in Beijing hospitals on one-year placements."],
lacks=["HOME CHINA WORLD BUSINESS OPINION", "NO. 34 AUGUST 25, 2022", "Print | Send to a friend | Share",
       "Comments Copyright Beijing Review All rights reserved", "京ICP备08005356号"],
))

A(dict(
file="en09_ichongqing_chongqing_qamdo_doubled.txt", lang="en", encoding="utf-8", eol="crlf", double_breaks=True,
layout="plain-text scrape with every line break doubled, CRLF; iChongqing header (nav, 'Updated 08:15, 27-Oct-2022', 'Editor:' line), font-size widget, print/close links, QR-code app prompt, prev/next links, related list",
hard="'Updated 08:15, 27-Oct-2022' date format; 'Chongqing-aided' adjective and 'from Chongqing to Qamdo'; Qamdo/Chamdo/Changdu romanizations; reporter credit '(Reporter: NAME)' at the end is an author, 'Editor:' is not",
title="Chongqing-aided hospital in Qamdo performs its first laparoscopic liver surgery",
date="2022-10-27", source="iChongqing", source_id=None, authors=["Ran Qiuyu"],
region="tibet", origin="chongqing",
text="""iChongqing | News | Business | Culture | Travel | Video | Live in CQ
Chongqing-aided hospital in Qamdo performs its first laparoscopic liver surgery
Updated 08:15, 27-Oct-2022
Editor: Liu Jingyi
Font size: A- A A+

The Changdu People's Hospital in Qamdo, eastern Tibet, has completed its first laparoscopic liver resection, a milestone for the Chongqing-aided hospital that until recently sent such patients to Chengdu or Lhasa.

The four-hour operation on a 46-year-old farmer from Karub district was led by Tang Wenbo, a hepatobiliary surgeon from the First Affiliated Hospital of Chongqing Medical University who has worked in Qamdo since last autumn.

Qamdo, also spelled Chamdo, sits on the Lancang River some 1,100 kilometers east of Lhasa. Chongqing has sent medical teams from Chongqing to Qamdo since 2016 under the national program of paired assistance to Tibet, and its doctors now lead six departments of the hospital.

"We brought the instruments, but the real work is the team around the operating table," Tang said. Three local surgeons assisted in the procedure and will perform the next ones under remote guidance from Chongqing.

(Reporter: Ran Qiuyu)

[Print] [Close]
Scan the QR code to download the iChongqing app
Previous article: Chongqing opens new rail link to Laos
Next article: Hot pot festival returns to Nanan
Related: Tibet hospitals add 5G remote consultation
""",
has=["has completed its first laparoscopic liver resection, a milestone for the Chongqing-aided hospital",
     "Qamdo, also spelled Chamdo, sits on the Lancang River some 1,100 kilometers east of Lhasa.",
     "Chongqing has sent medical teams from Chongqing to Qamdo since 2016",
     "\"We brought the instruments, but the real work is the team around the operating table,\" Tang said."],
lacks=["iChongqing | News | Business | Culture | Travel", "Editor: Liu Jingyi", "Font size: A- A A+",
       "[Print] [Close]", "Scan the QR code to download the iChongqing app", "Previous article: Chongqing opens new rail link to Laos",
       "Next article: Hot pot festival returns to Nanan", "Related: Tibet hospitals add 5G remote consultation"],
))

A(dict(
file="en10_yunnangateway_diqing_nullorigin_qmarks.txt", lang="en", encoding="ascii", eol="lf", qmarks=True,
layout="text export in which every non-ASCII character was lost as '?' (curly quotes, dashes, é, Chinese characters); Yunnan Gateway header, share line, 'Most Read', copyright",
hard="curly quotes and dashes lost as '?'; sender never stated (a 'visiting team of specialists', origin null); Diqing/Shangri-La, Dêqên spellings; Yunnan Gateway is not 'Yunnan Net' (yunnan-net) in sources.yaml; 'Published on May 9, 2022 by NAME'",
title="Visiting heart team screens 2,000 children in Diqing",
date="2022-05-09", source="Yunnan Gateway", source_id=None, authors=["Yang Shuting"],
region="yunnan", origin=None,
text="""Yunnan Gateway | News | Travel | Business | Culture | About Yunnan
Visiting heart team screens 2,000 children in Diqing
Published on May 9, 2022 by Yang Shuting
Share: Facebook · Twitter · WhatsApp · 微信

A visiting team of pediatric cardiologists has screened more than 2,000 schoolchildren for congenital heart disease in Diqing Tibetan Autonomous Prefecture, the mountainous northwest corner of Yunnan best known for its capital, Shangri-La.

The two-week campaign, which ended last Wednesday, found 37 children with heart defects that need surgery. Their operations will be paid for by a provincial charity fund, the prefecture's health commission said.

“High altitude makes some heart defects more common here than in the lowlands,” said Dr. Cai Yongqiang, who led the screening in Dêqên county. “Early surgery means these children can live completely normal lives.”

The team also trained 45 township doctors to use handheld ultrasound devices. Diqing has 410,000 residents, mostly Tibetan, Lisu and Naxi, spread over an area larger than Belgium.

Most Read
Kunming named among China’s happiest cities
© 2022 Yunnan Gateway. All rights reserved.
""",
has=["A visiting team of pediatric cardiologists has screened more than 2,000 schoolchildren for congenital heart disease in Diqing Tibetan Autonomous Prefecture",
     "The two-week campaign, which ended last Wednesday, found 37 children with heart defects that need surgery.",
     "Early surgery means these children can live completely normal lives.",
     "The team also trained 45 township doctors to use handheld ultrasound devices."],
lacks=["Yunnan Gateway | News | Travel | Business", "Share: Facebook ? Twitter ? WhatsApp",
       "Most Read", "Kunming named among China?s happiest cities", "? 2022 Yunnan Gateway. All rights reserved."],
))

A(dict(
file="en11_tibetcn_hunan_lhoka.html", lang="en", encoding="utf-8", eol="crlf",
layout="full HTML page, CRLF: <title> 'Headline | Tibet.cn', og:title, canonical, JSON-LD; nav, breadcrumb above the <h1>, byline header 'By NAME | China Tibet Online | Updated: ...', follow-us, prev/next, 'Read more' list, footer",
hard="byline 'By NAME | China Tibet Online | Updated: 2023-07-11 10:00' on one line; 'Hunan-aided' and 'from Hunan to Shannan'; Lhoka/Shannan romanizations, Tibet named only as 'the region' and in the outlet name; outlet listed in sources.yaml (tibet-online)",
title="Hunan-aided maternity ward in Lhoka celebrates 1,000th safe delivery",
date="2023-07-11", source="China Tibet Online", source_id="tibet-online", authors=["Tenzin Lhamo"],
region="tibet", origin="hunan",
text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Hunan-aided maternity ward in Lhoka celebrates 1,000th safe delivery | Tibet.cn</title>
<meta property="og:title" content="Hunan-aided maternity ward in Lhoka celebrates 1,000th safe delivery">
<meta property="og:url" content="http://eng.tibet.cn/eng/news/tibet/202307/t20230711_7436621.html">
<link rel="canonical" href="http://eng.tibet.cn/eng/news/tibet/202307/t20230711_7436621.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hunan-aided maternity ward in Lhoka celebrates 1,000th safe delivery","datePublished":"2023-07-11T10:00:00+08:00","author":[{"@type":"Person","name":"Tenzin Lhamo"}]}</script>
<script src="/eng/js/jquery.js"></script>
<style>.follow{float:right}</style>
</head>
<body>
<div class="nav"><a href="/eng/">HOME</a> <a href="/eng/news/">NEWS</a> <a href="/eng/culture/">CULTURE</a> <a href="/eng/travel/">TRAVEL</a> <a href="/eng/eco/">ECOLOGY</a> <a href="/eng/photo/">PHOTOS</a></div>
<div class="crumb"><a href="/eng/">Home</a> &gt; <a href="/eng/news/">News</a> &gt; <a href="/eng/news/tibet/">Tibet</a></div>
<h1>Hunan-aided maternity ward in Lhoka celebrates 1,000th safe delivery</h1>
<div class="info">By Tenzin Lhamo | China Tibet Online | Updated: 2023-07-11 10:00</div>
<div class="follow">Follow us on Facebook | Follow us on X</div>
<div class="TRS_Editor">
<p>The maternity ward of the Shannan People's Hospital in Lhoka has delivered its 1,000th baby since it was rebuilt with support from Hunan Province two years ago, without a single maternal death.</p>
<p>Lhoka, known in Chinese as Shannan, lies south of Lhasa in the Yarlung Tsangpo valley, often called the cradle of Tibetan civilization. Hunan has sent doctors from Hunan to Shannan since 1995 as part of the national paired-assistance program, and the current team of 21 arrived in the region in April.</p>
<p>"Many mothers used to give birth at home because the hospital felt far away and strange," said midwife Yangzom, who was trained for a year in Changsha. "Now they come to us for check-ups from the third month."</p>
<p>Obstetrician Liu Shuhong from Xiangya Hospital said the Hunan-aided ward now handles twin pregnancies and emergency caesareans that used to be referred to Lhasa. The ward's neonatal unit, the first in the prefecture, has six incubators.</p>
</div>
<div class="page"><a href="t20230710_7436001.html">Previous: Lhasa hosts plateau medicine forum</a> <a href="t20230712_7436800.html">Next: Nyingchi opens new airport route</a></div>
<div class="more"><h4>Read more</h4><a href="/eng/news/tibet/202306/t20230602.html">Tibet's infant mortality hits record low</a></div>
<div class="footer">Copyright © China Tibet Online. All Rights Reserved. 京ICP备06045333号</div>
</body>
</html>
""",
has=["has delivered its 1,000th baby since it was rebuilt with support from Hunan Province two years ago",
     "Lhoka, known in Chinese as Shannan, lies south of Lhasa in the Yarlung Tsangpo valley",
     "Hunan has sent doctors from Hunan to Shannan since 1995",
     "\"Many mothers used to give birth at home because the hospital felt far away and strange,\" said midwife Yangzom"],
lacks=["| China Tibet Online | Updated:", "Follow us on Facebook", "Previous: Lhasa hosts plateau medicine forum",
       "Next: Nyingchi opens new airport route", "Read more", "Tibet's infant mortality hits record low",
       "Copyright © China Tibet Online. All Rights Reserved."],
))
