# Chinese articles (invented) for tests/fidelity/holdout/. Each dict: raw text as scraped
# (Unicode), rendering options, plus golden metadata. People, hospitals and figures are
# invented; place names, outlet layouts and debris patterns are real-world ones. See ../README.md.
ARTICLES = []
A = ARTICLES.append

A(dict(
file="ho01_hnrb_henan_hami_gbk.txt", lang="zh", encoding="gbk", eol="crlf",
layout="plain-text scrape of a provincial daily's site, GBK, CRLF: channel nav, location line, headline, one combined 来源/作者/时间 line, 【大 中 小】 widget, 打印本页/关闭窗口, 责编/审核 lines, 网站地图/主办单位/技术支持 footer",
hard="date, source and both writers share one line (来源：河南日报 作者：记者 X 通讯员 Y 时间：…); destination only as 哈密 and 伊州区 plus 援疆; 豫 as the sender's short name",
title="豫哈携手三年 伊州区人民医院胸痛中心通过国家认证",
date="2023-04-18", source="河南日报", source_id=None, authors=["郑海燕", "马俊涛"],
region="xinjiang", origin="henan",
text="""河南日报网 | 首页 | 要闻 | 河南 | 援疆援藏 | 健康 | 数字报 | 大河客户端
您现在的位置：首页 > 援疆援藏 > 正文

豫哈携手三年 伊州区人民医院胸痛中心通过国家认证

来源：河南日报 作者：记者 郑海燕 通讯员 马俊涛 时间：2023-04-18 08:47
【大 中 小】 打印本页 关闭窗口

4月中旬的哈密，天山北麓还覆着积雪。伊州区人民医院心内科病房里，62岁的牧民艾尼瓦尔·托乎提正在做出院前的最后一次复查。半个月前，他在放牧途中突发急性心肌梗死，被送到医院后73分钟就完成了冠状动脉介入手术。

“要是放在三年前，这种病人只能往乌鲁木齐转，六百多公里，很难撑到。”河南省第十一批援疆医生、郑州市第七人民医院心血管内科主任医师宋立群说。

据了解，河南自2010年起对口支援哈密，目前在哈密工作的援疆医疗人才共有47名，分布在哈密市中心医院和伊州区、巴里坤、伊吾等县区医院。2020年以来，援疆医生在伊州区人民医院带出介入手术团队1个，开展新技术新项目36项，培训本地医护人员1400余人次。

3月下旬，中国胸痛中心认证工作委员会公布新一批认证名单，伊州区人民医院胸痛中心名列其中，成为哈密首个通过国家认证的县区级胸痛中心。

“豫哈两地的情谊，就写在一台台手术里。”伊州区人民医院院长李秀琴说，医院已与郑州市第七人民医院签订为期五年的专科联盟协议，援疆医生轮换后，远程会诊和进修培训也不会断档。

责编：王晓东　审核：刘振

上一篇：我省援藏干部人才赴西藏日喀则开展义诊
下一篇：哈密瓜节开幕在即 豫企签约项目12个

网站地图 | 联系我们 | 免责声明
主办单位：河南日报报业集团　技术支持：大河网络传媒集团
豫ICP备10003027号-1
""",
has=["被送到医院后73分钟就完成了冠状动脉介入手术。",
     "河南省第十一批援疆医生、郑州市第七人民医院心血管内科主任医师宋立群说。",
     "成为哈密首个通过国家认证的县区级胸痛中心。",
     "“豫哈两地的情谊，就写在一台台手术里。”"],
lacks=["您现在的位置：", "【大 中 小】", "打印本页", "关闭窗口", "责编：王晓东", "我省援藏干部人才赴西藏日喀则开展义诊",
       "主办单位：河南日报报业集团", "豫ICP备10003027号-1"],
))

A(dict(
file="ho02_gzrb_guizhou_sandu_withinprovince_twopages.html", lang="zh", encoding="utf-8", eol="lf",
layout="full HTML page (meta charset gb2312, bytes UTF-8) saved as two pages joined: page 1 and page 2 each repeat <title>-less header nav, headline and info line; pagination 上一页 1 2 下一页 between them; 天眼新闻 app prompt, 编辑/二审/三审 credits, footer",
hard="the page declares charset=gb2312 but its bytes are UTF-8 (a CMS template left unchanged); the article is split over two pages and the scraper appended page 2 (headline and nav repeated, 共2页 pager); aid within one province (省人民医院 → 黔南 三都), stated as 省内; 新闻来源 is 贵州日报 though the site is 天眼新闻",
title="省内“组团式”帮扶一年 三都县医院能做腹腔镜手术了",
date="2022-09-07", source="贵州日报", source_id=None, authors=["杨秋云", "韦明辉"],
region="guizhou", origin="guizhou",
text="""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>省内“组团式”帮扶一年 三都县医院能做腹腔镜手术了-天眼新闻</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script>window.__PAGE__={id:"1662512345",page:1,total:2};</script>
</head>
<body>
<header class="hd"><a href="/">天眼新闻</a> <a href="/gz/">贵州</a> <a href="/ms/">民生</a> <a href="/jk/">健康</a> <a href="/sp/">视频</a> <a class="dl">下载天眼新闻客户端</a></header>
<div class="article" data-page="1">
<h1>省内“组团式”帮扶一年 三都县医院能做腹腔镜手术了</h1>
<div class="info">2022年9月7日 星期三 新闻来源：贵州日报 <span class="read">阅读：3.2万</span></div>
<div class="content">
<p>本报记者 杨秋云 通讯员 韦明辉</p>
<p>9月初，在黔南布依族苗族自治州三都水族自治县人民医院手术室，普外科医生韦永刚第一次独立完成了一台腹腔镜胆囊切除术。站在他身后指导的，是贵州省人民医院派驻三都的帮扶专家、肝胆外科副主任医师龙海波。</p>
<p>去年8月，按照省卫生健康委部署，贵州省人民医院与三都县人民医院结成省内“组团式”帮扶对子，先后派出管理和技术骨干19名，常驻时间不少于一年。</p>
</div>
<div class="pager">共2页 <a class="prev">上一页</a> <b>1</b> <a href="?page=2">2</a> <a href="?page=2">下一页</a></div>
</div>
<header class="hd"><a href="/">天眼新闻</a> <a href="/gz/">贵州</a> <a href="/ms/">民生</a> <a href="/jk/">健康</a> <a href="/sp/">视频</a> <a class="dl">下载天眼新闻客户端</a></header>
<div class="article" data-page="2">
<h1>省内“组团式”帮扶一年 三都县医院能做腹腔镜手术了</h1>
<div class="info">2022年9月7日 星期三 新闻来源：贵州日报 <span class="read">阅读：3.2万</span></div>
<div class="content">
<p>一年来，帮扶团队在三都县人民医院新建了重症医学科和消化内镜室，开展新技术28项，县域内就诊率从78%提高到86%。过去要转到都匀或贵阳的阑尾炎、胆结石手术，现在大多能在县里做。</p>
<p>“省里的专家不是来‘顶班’的，是来带队伍的。”三都县人民医院院长潘德清说，医院已有11名本地医生在省人民医院完成了三个月以上的进修。</p>
<p>据贵州省卫生健康委介绍，今年全省共有32家省、市级医院对口帮扶66家县级医院，帮扶医生累计下沉1200余人次。</p>
</div>
<div class="pager">共2页 <a href="?page=1">上一页</a> <a href="?page=1">1</a> <b>2</b> <a class="next">下一页</a></div>
<p class="credit">编辑：吴思琪　二审：陈凯　三审：罗明</p>
</div>
<div class="app-tip">打开天眼新闻APP，阅读体验更佳</div>
<footer>版权所有 贵州日报报业集团 | 黔ICP备12003109号 | 互联网新闻信息服务许可证：52120170001</footer>
</body>
</html>
""",
has=["普外科医生韦永刚第一次独立完成了一台腹腔镜胆囊切除术。",
     "贵州省人民医院与三都县人民医院结成省内“组团式”帮扶对子",
     "县域内就诊率从78%提高到86%。",
     "“省里的专家不是来‘顶班’的，是来带队伍的。”"],
lacks=["下载天眼新闻客户端", "阅读：3.2万", "共2页", "下一页", "编辑：吴思琪　二审：陈凯　三审：罗明",
       "打开天眼新闻APP，阅读体验更佳", "黔ICP备12003109号"],
))

A(dict(
file="ho03_cna_guangdong_nyingchi_trad_amp.html", lang="zh", encoding="utf-8", eol="lf",
layout="AMP page of a Taiwanese wire service (Traditional): <html amp>, amp-boilerplate style, amp-img, amp-social-share buttons, wire dateline opening the text, 編輯 line, related list, copyright footer",
hard="Traditional script; date in the header as 2022/10/12 15:30 and the dateline gives only the day (12日電, filed in 台北); the writer is named only inside the dateline （中央社記者X台北12日電）; region named as 西藏林芝 and 藏東南",
title="廣東醫療隊進駐西藏林芝 高原醫院開設首間新生兒加護病房",
date="2022-10-12", source="中央社", source_id=None, authors=["賴怡君"],
region="tibet", origin="guangdong",
text="""<!doctype html>
<html amp lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>廣東醫療隊進駐西藏林芝 高原醫院開設首間新生兒加護病房 | 兩岸 | 中央社 CNA</title>
<link rel="canonical" href="https://www.cna.com.tw/news/acn/202210120187.aspx">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
</head>
<body>
<nav class="amp-menu"><a href="/amp/">首頁</a> <a href="/amp/list/aipl.aspx">政治</a> <a href="/amp/list/acn.aspx">兩岸</a> <a href="/amp/list/aopl.aspx">國際</a> <a href="/amp/list/ahel.aspx">生活</a></nav>
<article>
<h1>廣東醫療隊進駐西藏林芝 高原醫院開設首間新生兒加護病房</h1>
<div class="updatetime">2022/10/12 15:30（10/12 16:05 更新）</div>
<div class="share"><amp-social-share type="facebook" aria-label="分享到Facebook"></amp-social-share><amp-social-share type="line" aria-label="分享到LINE"></amp-social-share> 複製連結</div>
<amp-img src="https://imgcdn.cna.com.tw/news/202210120187.jpg" width="800" height="533" layout="responsive" alt="林芝市人民醫院"></amp-img>
<p class="caption">林芝市人民醫院新生兒加護病房10月正式啟用。（圖取自林芝市人民醫院官網）</p>
<div class="paragraph">
<p>（中央社記者賴怡君台北12日電）中國大陸廣東省派駐西藏林芝的醫療隊日前協助當地林芝市人民醫院開設新生兒加護病房，這是藏東南地區第一間可收治28週以上早產兒的加護病房。</p>
<p>據官方媒體報導，廣東自1995年起對口支援林芝，這一批「組團式」援藏醫療隊共31人，來自廣州、深圳、佛山等地14家醫院，任期一年半。</p>
<p>醫療隊成員、廣州市婦女兒童醫療中心新生兒科副主任醫師何嘉敏受訪時表示，林芝海拔約3000公尺，早產兒缺氧風險比平地更高，過去多半要轉送到拉薩或成都，「路上每一個小時都很危險」。</p>
<p>報導指出，病房啟用一個月來已收治新生兒19名，其中體重最輕的只有1350公克。醫療隊並為當地培訓護理人員42人次。</p>
<p>分析人士指出，北京近年持續以「對口支援」方式向西藏、新疆等地派遣醫療人員，藉此改善偏遠地區醫療資源不足的問題。（編輯：周慧如）1111012</p>
</div>
</article>
<div class="related"><h2>延伸閱讀</h2><ul><li><a href="/amp/news/acn/202209280031.aspx">陸9月起調整跨省就醫結算 偏鄉患者受惠</a></li><li><a href="/amp/news/acn/202208150102.aspx">西藏暴雨成災 林芝多處道路中斷</a></li></ul></div>
<footer>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。 © 2022 中央通訊社 All Rights Reserved.</footer>
</body>
</html>
""",
has=["中國大陸廣東省派駐西藏林芝的醫療隊日前協助當地林芝市人民醫院開設新生兒加護病房",
     "這一批「組團式」援藏醫療隊共31人",
     "「路上每一個小時都很危險」",
     "其中體重最輕的只有1350公克。"],
lacks=["分享到Facebook", "複製連結", "（編輯：周慧如）1111012", "延伸閱讀", "陸9月起調整跨省就醫結算 偏鄉患者受惠",
       "非經授權，不得轉載"],
))

A(dict(
file="ho04_mingpao_shanghai_kashgar_trad_big5_print.txt", lang="zh", encoding="big5", eol="lf",
layout="print view of a Hong Kong daily (Traditional, Big5) as plain text: masthead, 列印 / 關閉 links, section path, headline, date with weekday, body, short 【明報專訊】 opening, footer with 版權所有 and 私隱政策",
hard="Traditional script in Big5; the byline is a 明報記者 credit at the end in brackets (明報記者 X); the date line is 2021年11月8日 星期一; sender 上海 (滬) and destination 喀什 plus the county 莎車 only, 新疆 named once",
title="滬醫生駐莎車兩年 縣醫院首做心臟搭橋",
date="2021-11-08", source="明報", source_id=None, authors=["鄺嘉琪"],
region="xinjiang", origin="shanghai",
text="""明報新聞網　列印　關閉
明報 > 中國 > 正文

滬醫生駐莎車兩年 縣醫院首做心臟搭橋

2021年11月8日 星期一

【明報專訊】上海對口支援新疆喀什地區的醫療隊近日在莎車縣人民醫院完成當地首例冠狀動脈搭橋手術。主刀的上海交通大學附屬第六人民醫院心外科醫生許振宇已在莎車工作近兩年，他表示，縣醫院過去連心臟彩超都要排隊一周，如今可以獨立開展開胸手術。

據喀什官方通報，上海自2010年起對口支援喀什的莎車、澤普、葉城、巴楚四縣，現時有近百名上海醫生在當地醫院工作。莎車縣人口約100萬，是新疆人口最多的縣之一，心血管病人過去多要轉往約190公里外的喀什市。

許振宇說，手術團隊的麻醉、體外循環和護理人員均為本地醫護，上海醫生主要負責指導。「我們希望走的時候，這台手術他們自己也能做。」

接受手術的是一名58歲維吾爾族農民，術後第九天已可下床行走。醫院表示，未來一年計劃再派出12名本地醫生到上海進修。

（明報記者 鄺嘉琪）

上一則：內地推進醫保跨省結算
下一則：粵港澳大灣區醫療人才計劃擴容

版權所有 明報網站　私隱政策　免責聲明
""",
has=["上海對口支援新疆喀什地區的醫療隊近日在莎車縣人民醫院完成當地首例冠狀動脈搭橋手術。",
     "莎車縣人口約100萬，是新疆人口最多的縣之一",
     "「我們希望走的時候，這台手術他們自己也能做。」",
     "術後第九天已可下床行走。"],
lacks=["明報新聞網　列印　關閉", "明報 > 中國 > 正文", "上一則：內地推進醫保跨省結算", "粵港澳大灣區醫療人才計劃擴容",
       "版權所有 明報網站", "私隱政策"],
))

A(dict(
file="ho05_cyol_guyuan_nullorigin_gb18030.txt", lang="zh", encoding="gb18030", eol="lf",
layout="mobile page text of a national youth daily, GB18030 (a writer's name has a character outside GBK, 4 bytes): app banner, short date form 2023.07.20, 中青报·中青网 byline form, body, 点赞/转发/收藏 bar, comment prompt, recommended list",
hard="GB18030 with a 4-byte character in the intern's name (杜晓𬇙), so GBK decoding fails on it; date printed as 2023.07.20; writers as 中青报·中青网记者 X 实习生 Y (an intern reporter counts as a writer); volunteers come 来自全国多地, no sending province, origin null; destination 固原 and 西吉 (西海固)",
title="27名青年医生志愿者扎根西海固：把“小病不出村”做实",
date="2023-07-20", source="中国青年报", source_id=None, authors=["吕梦", "杜晓𬇙"],
region="ningxia", origin=None,
text="""中国青年报APP 打开 | 更多精彩内容
首页 > 青年 > 正文

27名青年医生志愿者扎根西海固：把“小病不出村”做实
2023.07.20 09:15　中国青年报

中青报·中青网记者 吕梦 实习生 杜晓𬇙

盛夏的宁夏固原，西吉县将台堡镇卫生院门口排起了长队。来自全国多地的27名青年医生志愿者，今年春天起分批来到固原的5个县区，在乡镇卫生院开展为期一年的服务。

29岁的儿科医生乔一帆毕业后在一家三甲医院工作了4年，报名时，她对西海固的印象只停留在课本上。“来了才知道，很多孩子的哮喘一直被当成感冒治。”她在卫生院开设了儿童慢病随访门诊，目前登记在册的患儿已有63名。

据了解，这批志愿者由团中央、国家卫生健康委联合组织的青年志愿者项目选派，平均年龄31岁，涵盖全科、儿科、妇产科、中医等专业。半年来，他们累计接诊群众1.2万人次，带教乡村医生96名。

西吉县卫生健康局相关负责人说，志愿者的作用不只是看病，更是把规范带到了基层，“小病不出村”正在从口号变成现实。

点赞 1.6万　转发　收藏
写评论…
为你推荐
· 青春在基层｜戈壁滩上的“流动医院”
· 2023年大学生志愿服务西部计划新增名额公布
""",
has=["来自全国多地的27名青年医生志愿者，今年春天起分批来到固原的5个县区",
     "“来了才知道，很多孩子的哮喘一直被当成感冒治。”",
     "半年来，他们累计接诊群众1.2万人次，带教乡村医生96名。",
     "“小病不出村”正在从口号变成现实。"],
lacks=["中国青年报APP 打开", "首页 > 青年 > 正文", "点赞 1.6万", "写评论…", "为你推荐",
       "2023年大学生志愿服务西部计划新增名额公布"],
))

A(dict(
file="ho06_dxy_ningbo_qianxinan_fragment_cp1252.html", lang="zh", encoding="utf-8", eol="lf", mojibake="cp1252",
layout="HTML fragment of a medical community site's article, UTF-8 wrongly decoded as cp1252 and re-encoded as UTF-8: author card with 关注, 发表于 time with IP location, body, 点赞/收藏/举报/转发 bar, 免责声明 block, 相关推荐",
hard="double-encoded UTF-8 via cp1252; the writer is given in an author card (作者：X | 医院名) and the date as 2022-06-02 18:20 发表于浙江 (the IP location is not a place of the story); sender named only as the city 宁波, receiver as 黔西南州 and 晴隆县 plus 援黔",
title="宁波医生援黔手记：在晴隆，我们把透析室开到了县里",
date="2022-06-02", source="丁香园", source_id=None, authors=["孙静怡"],
region="guizhou", origin="zhejiang",
text="""<div class="dxy-article">
<div class="crumb"><a href="https://www.dxy.cn/">丁香园</a> / <a href="https://www.dxy.cn/bbs/newweb/pc/home">论坛</a> / 医院管理</div>
<h1 class="title">宁波医生援黔手记：在晴隆，我们把透析室开到了县里</h1>
<div class="author-card">作者：孙静怡 | 宁波市医疗中心李惠利医院 <a class="follow">+ 关注</a></div>
<div class="meta">2022-06-02 18:20 发表于浙江　阅读 8526</div>
<div class="body">
<p>去年10月，我作为宁波市第三批援黔医疗队的一员来到黔西南州晴隆县。出发前，我对这里的了解只有“二十四道拐”。</p>
<p>到县人民医院的第一周，肾内科主任就带我看了一份名单：全县需要长期透析的尿毒症患者有74人，他们每周要坐三个小时的车去兴义市透析两到三次。很多家庭负担不起，只能减少次数。</p>
<p>宁波与黔西南州的东西部协作已经走过了好几年。医疗队和后方医院商量后，由李惠利医院捐赠了8台血液透析机，派来2名透析专科护士，我们用两个月时间完成了水处理系统改造和人员培训。</p>
<p>今年3月15日，晴隆县人民医院血液透析室正式开诊。到5月底，已经完成透析1100余例次，没有发生一例严重并发症。</p>
<p>一位老病人说：“以前透析一次要花一整天，现在上午做完，下午还能回家喂猪。”这句话，我会记很久。</p>
</div>
<div class="actions">点赞 326 · 收藏 118 · 举报 · 转发</div>
<div class="disclaimer">免责声明：本文仅代表作者个人观点，不构成任何诊疗建议。</div>
<div class="recommend"><h3>相关推荐</h3><a>基层医院如何建设规范化血透室？</a> <a>2022版血液净化标准操作规程解读</a></div>
</div>
""",
has=["我作为宁波市第三批援黔医疗队的一员来到黔西南州晴隆县。",
     "全县需要长期透析的尿毒症患者有74人",
     "由李惠利医院捐赠了8台血液透析机",
     "“以前透析一次要花一整天，现在上午做完，下午还能回家喂猪。”"],
lacks=["+ 关注", "阅读 8526", "点赞 326 · 收藏 118 · 举报 · 转发", "免责声明：本文仅代表作者个人观点", "相关推荐",
       "基层医院如何建设规范化血透室？"],
))
