# Chinese articles (invented) for tests/fidelity/zh/. Each dict: raw text as scraped (Unicode),
# rendering options, plus golden metadata. People, hospitals and figures are invented; place
# names, outlet layouts and debris patterns are real-world ones. See ../README.md.
ARTICLES = []
A = ARTICLES.append

A(dict(
file="zh01_gmw_zhejiang_akesu.html", lang="zh", encoding="utf-8", eol="lf",
layout="full HTML page: head with <title> site suffix, og:title, og:url, canonical, script/style; top nav, breadcrumb above the <h1>, font-size widget, share bars, editor, related list, ICP footer",
hard="<title> carries the '_光明网' suffix; byline inside the first <p> (光明日报记者 + 通讯员, the outlet printed is 光明网); destination only as the prefecture 阿克苏 and county 阿瓦提 plus 援疆; script text must not leak",
title="浙江援疆医疗队在阿克苏建起首个县级卒中中心",
date="2022-11-03", source="光明网", source_id=None, authors=["陈思远", "吾斯曼·阿不都"],
region="xinjiang", origin="zhejiang",
text="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>浙江援疆医疗队在阿克苏建起首个县级卒中中心_光明网</title>
<meta name="keywords" content="援疆,浙江,阿克苏,卒中中心">
<meta name="description" content="浙江省第十一批援疆医疗队在阿瓦提县人民医院建起卒中中心。">
<meta property="og:title" content="浙江援疆医疗队在阿克苏建起首个县级卒中中心">
<meta property="og:url" content="https://difang.gmw.cn/2022-11/03/content_36134571.htm">
<link rel="canonical" href="https://difang.gmw.cn/2022-11/03/content_36134571.htm">
<script src="//img.gmw.cn/js/jquery.min.js"></script>
<script>var contentid = "36134571"; var pubtime = "2022-11-03 10:20"; var channel = "光明地方_新疆频道";</script>
<style>.m-share a{display:inline-block;margin-right:6px}.u-fontsize span{cursor:pointer}</style>
</head>
<body>
<div class="g-top"><a href="https://www.gmw.cn/">光明网首页</a> <a href="https://politics.gmw.cn/">时政</a> <a href="https://world.gmw.cn/">国际</a> <a href="https://difang.gmw.cn/">地方</a> <a href="https://health.gmw.cn/">健康</a> <a href="https://edu.gmw.cn/">教育</a> <a href="https://epaper.gmw.cn/">光明日报</a></div>
<div class="m-breadcrumb"><a href="https://www.gmw.cn/">首页</a> &gt; <a href="https://difang.gmw.cn/">光明地方</a> &gt; <a href="https://difang.gmw.cn/xj/">新疆频道</a> &gt; 正文</div>
<div class="m-title-box">
<h1 class="u-title">浙江援疆医疗队在阿克苏建起首个县级卒中中心</h1>
<div class="m-con-info"><span class="m-con-time">发布时间：2022-11-03 10:20</span> <span class="m-con-source">来源：光明网</span> <span class="u-fontsize">字号：<span>大</span> <span>中</span> <span>小</span></span></div>
<div class="m-share">分享到：<a class="wx">微信</a> <a class="wb">微博</a> <a class="qz">QQ空间</a></div>
</div>
<div class="u-mainText">
<p>作者：光明日报记者 陈思远 通讯员 吾斯曼·阿不都</p>
<p>11月初的阿克苏，早晚温差已近20摄氏度。在阿瓦提县人民医院新挂牌的卒中中心，浙江省第十一批援疆医疗队队员、杭州市钱塘中心医院神经内科副主任医师蒋文博刚刚结束一台急诊溶栓。从患者进入医院大门到用上溶栓药，只用了41分钟。</p>
<p>“过去县里晚上没有CT值班，脑梗病人只能往阿克苏市送，路上就要两个多小时，很多人错过了最佳治疗时间。”蒋文博说。今年3月抵达阿瓦提后，他和两名同事用三个月时间梳理急救流程，培训县乡两级医护人员210人次，推动医院建立了24小时影像和检验绿色通道。</p>
<p>据浙江省援疆指挥部介绍，浙江自2010年起对口支援阿克苏地区，已累计选派医疗卫生人才1100余人次。本批援疆医疗队共有65名队员，来自杭州、宁波、温州等地的28家医院，分驻阿克苏地区第一人民医院和阿瓦提、乌什、柯坪等县市医院。</p>
<p>阿瓦提县人民医院院长吐尔洪·买买提说，卒中中心运行两个月来，已成功救治急性脑梗死患者37人，其中大部分是附近乡镇的农民。医院还与杭州市钱塘中心医院建立了远程会诊平台，疑难病例可以随时连线杭州的专家。</p>
<p>“我们最大的心愿，是等援疆期满离开时，这里的医生自己就能把中心运转起来。”蒋文博说。目前，他带教的3名本地医生已能够独立完成静脉溶栓评估。</p>
</div>
<p class="m-editor">[责任编辑：张宇航]</p>
<div class="m-share bottom">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a> <span class="qr">扫一扫 分享到微信</span></div>
<div class="m-related"><h3>相关阅读</h3><ul>
<li><a href="/2022-10/12/content_36081127.htm">浙江援疆：让“组团式”帮扶落地生根</a></li>
<li><a href="/2022-09/28/content_36052210.htm">阿克苏地区第一人民医院获批自治区区域医疗中心</a></li>
</ul></div>
<div class="g-footer"><p>光明网版权所有</p><p>京ICP证100043号　京公网安备11000002000124号</p></div>
</body>
</html>
""",
has=["浙江省第十一批援疆医疗队队员、杭州市钱塘中心医院神经内科副主任医师蒋文博",
     "从患者进入医院大门到用上溶栓药，只用了41分钟。",
     "浙江自2010年起对口支援阿克苏地区",
     "“我们最大的心愿，是等援疆期满离开时，这里的医生自己就能把中心运转起来。”"],
lacks=["光明网首页", "光明地方", "字号：", "QQ空间", "[责任编辑：张宇航]", "扫一扫 分享到微信",
       "阿克苏地区第一人民医院获批自治区区域医疗中心", "京ICP证100043号"],
))

A(dict(
file="zh02_jkb_tianjin_changdu_gbk.txt", lang="zh", encoding="gbk", eol="crlf",
layout="plain-text scrape, GBK, CRLF: channel nav, breadcrumb, header line with date/来源/作者, font size + print/close above; photo caption in the body; prev/next, editor, copyright + ICP below",
hard="GBK bytes; three credited writers in one 作者 field (本报记者 A B 通讯员 C); the photographer (马骏 摄) is not an author; 重庆、福建 and 北京 (prev link) are named too, the sender 天津 is named last in the lead; destination only 昌都",
title="天津“组团式”援藏医疗队助昌都市人民医院开通首条空中急救通道",
date="2021-07-08", source="健康报", source_id=None, authors=["刘静", "王海涛", "扎西平措"],
region="tibet", origin="tianjin",
text="""健康报网 首页 | 要闻 | 医改 | 公卫 | 医院 | 医生 | 健康 | 数字报
您的位置：首页 > 地方动态 > 正文
天津“组团式”援藏医疗队助昌都市人民医院开通首条空中急救通道
2021年7月8日 星期四　来源：健康报　作者：本报记者 刘静 王海涛 通讯员 扎西平措
字号：大 中 小　【打印】【关闭】

本报讯 6月下旬，一架医疗救援直升机从昌都市丁青县起飞，载着一名严重多发伤的牧民，用时52分钟降落在昌都市人民医院楼顶停机坪。这是该院首条空中急救通道投入使用后完成的第一次转运。负责此次救治的，是天津市第七批“组团式”援藏医疗队。

昌都地处横断山区，县城与市区之间多为山路，最远的县到市区有500多公里。“地面转运一名重伤员，常常要走一整天。”医疗队领队、天津市海河总医院副院长宋立平说，医疗队抵达后，把建设立体急救网络列为首要任务，联合当地政府和航空救援企业，用半年时间完成了停机坪改造、转运流程制定和人员培训。

据了解，昌都市人民医院同时接受天津、重庆、福建等地的对口支援，此次空中急救通道建设由天津援藏医疗队牵头。自2015年“组团式”医疗援藏启动以来，天津累计选派医疗人才160余人次到昌都，帮助医院新建卒中中心、胸痛中心等8个中心，开展新技术新项目230余项。

图为援藏医疗队队员与当地医护人员进行空中转运演练。马骏 摄

昌都市人民医院院长罗布占堆表示，下一步，医院将依托空中急救通道，逐步把服务范围延伸到边坝、洛隆等偏远县，让危重患者在“黄金时间”内得到救治。

上一篇：北京援藏医疗队在拉萨开展先心病筛查
下一篇：西藏自治区启动县级医院能力提升工程
责任编辑：孟晓峰
版权所有 健康报社有限公司　京ICP备05011235号　京公网安备11010502036478号
""",
has=["用时52分钟降落在昌都市人民医院楼顶停机坪",
     "负责此次救治的，是天津市第七批“组团式”援藏医疗队。",
     "“地面转运一名重伤员，常常要走一整天。”",
     "天津累计选派医疗人才160余人次到昌都"],
lacks=["健康报网 首页 | 要闻 | 医改", "您的位置：首页 > 地方动态 > 正文", "字号：大 中 小", "【打印】【关闭】",
       "上一篇：北京援藏医疗队在拉萨开展先心病筛查", "下一篇：西藏自治区启动县级医院能力提升工程",
       "责任编辑：孟晓峰", "京ICP备05011235号"],
))

A(dict(
file="zh03_thepaper_shanghai_guoluo_cp1252.txt", lang="zh", encoding="utf-8", mojibake="cp1252", eol="lf",
layout="plain-text scrape of a 澎湃新闻 page, double-encoded UTF-8 (read as cp1252, re-encoded as UTF-8): app nav above, a lone 字号 widget, editor/photo-editor/proof-reader lines, tip-off line, reprint notice, +1/收藏/我要举报, hashtags, related and comment counter below",
hard="cp1252 mojibake (including the five bytes cp1252 leaves undefined) must be repaired; byline line 澎湃新闻记者 NAME on its own; 责任编辑/图片编辑/校对 are not authors; destination as 果洛州 and 玛沁县 only, 西宁 (Qinghai's capital) also appears",
title="上海援青医生在果洛：海拔3700米的“第一台”",
date="2023-03-21", source="澎湃新闻", source_id=None, authors=["周雨桐"],
region="qinghai", origin="shanghai",
text="""澎湃新闻
首页 要闻 深度 视频 直播 澎湃号 问政 财经 科技 下载客户端
上海援青医生在果洛：海拔3700米的“第一台”
澎湃新闻记者 周雨桐
2023-03-21 17:45 来源：澎湃新闻
字号

3月中旬的玛沁县，积雪还没有化尽。果洛藏族自治州人民医院的手术室里，上海市第五批援青医疗队队员、上海市浦江医院泌尿外科主治医师顾晨阳正在为一名68岁的藏族老人实施经尿道前列腺电切术。这是该院开展的首例此类手术。

“以前这种病在州里只能保守治疗，实在不行就去西宁，来回要十几个小时。”顾晨阳说。老人的儿子多杰告诉澎湃新闻记者，父亲小便困难已经两年多，这次手术后第三天就拔了尿管。

上海对口支援果洛州始于2010年。澎湃新闻记者从上海市援青干部联络组了解到，本批援青医疗队共有18名队员，分别来自上海9家市级和区级医院，于去年7月抵达果洛，分驻州人民医院和玛沁、班玛、久治等县的医疗机构。

高原缺氧是援青医生面临的第一道关。医疗队领队、上海市浦江医院副院长沈志浩说，队员们刚到时普遍失眠、头痛，有人夜里要吸氧才能入睡，“但看到患者的那一刻，这些就顾不上了”。

据果洛州卫生健康委员会统计，2022年，上海援青医疗队在果洛开展新技术新项目46项，带教本地医务人员320余人，接诊门急诊患者1.2万余人次。

责任编辑：李杰 图片编辑：沈悦
校对：张亮
澎湃新闻报料：021-962866
澎湃新闻，未经授权不得转载
+1
收藏
我要举报
#上海援青 #果洛 #医疗援助
相关推荐
评论(0)
""",
has=["上海市第五批援青医疗队队员、上海市浦江医院泌尿外科主治医师顾晨阳",
     "“以前这种病在州里只能保守治疗，实在不行就去西宁，来回要十几个小时。”",
     "上海对口支援果洛州始于2010年。",
     "“但看到患者的那一刻，这些就顾不上了”"],
lacks=["首页 要闻 深度 视频 直播 澎湃号", "责任编辑：李杰", "图片编辑：沈悦", "澎湃新闻报料：021-962866",
       "澎湃新闻，未经授权不得转载", "我要举报", "相关推荐", "评论(0)"],
))

A(dict(
file="zh04_cnr_beijing_yushu_utf16le.txt", lang="zh", encoding="utf-16-le", eol="crlf",
layout="plain-text scrape, UTF-16-LE WITHOUT a byte-order mark, CRLF: breadcrumb, header time + 来源, share label above; editor, copyright, follow-us, ICP below",
hard="no BOM: must be recognised as UTF-16-LE from the bytes; the dateline says 6月18日 but the header's publication time is 2020-06-19 (golden); 央广网 is not 央视网 (CCTV); destination 玉树 only, sender via 来自北京的",
title="北京援青医生扎根玉树：在三江源头守护“生命线”",
date="2020-06-19", source="央广网", source_id=None, authors=["韩梦瑶", "才仁东周"],
region="qinghai", origin="beijing",
text="""央广网 > 健康 > 正文
北京援青医生扎根玉树：在三江源头守护“生命线”
2020-06-19 08:12:40 来源：央广网
分享到：

央广网玉树6月18日消息（记者 韩梦瑶 通讯员 才仁东周）清晨六点半，玉树藏族自治州人民医院的重症医学科病房灯火通明。来自北京的援青医生、北京市朝阳区永安医院重症医学科主治医师邢立伟，正和当地医生一起查房。三个月前，这个科室还只有4张床位，如今已扩展到12张，并配齐了呼吸机和床旁血滤设备。

玉树平均海拔4200米以上，高原病、包虫病和心脑血管疾病高发。“这里的重症病人不能等，往西宁转一趟要十多个小时，很多人扛不住。”邢立伟说。今年以来，科室已成功救治高原肺水肿、多发伤等危重患者53人。

北京自2010年起对口支援玉树，地震灾后重建期间，北京的医疗力量就一直在这里。记者从北京市援青干部人才玉树指挥部了解到，本批北京援青医疗队共29人，覆盖重症、儿科、妇产、麻醉等14个专业，分驻州人民医院和称多、囊谦、杂多等县医院。

援青医生还把培训带到了牧区。称多县珍秦镇卫生院的乡村医生尼玛扎西说，北京专家每个月来一次，手把手教他们看心电图、处理外伤，“以前拿不准的，现在心里有底了”。

玉树州卫生健康委员会负责人表示，将与北京方面继续推进“院包科”帮扶，力争到2022年，让州人民医院重症医学科成为青南地区的区域医疗中心。

编辑：苏婉婷
央广网版权所有
关注央广网公众号，了解更多健康资讯
京ICP证100067号
""",
has=["来自北京的援青医生、北京市朝阳区永安医院重症医学科主治医师邢立伟",
     "如今已扩展到12张，并配齐了呼吸机和床旁血滤设备",
     "北京自2010年起对口支援玉树",
     "“以前拿不准的，现在心里有底了”"],
lacks=["央广网 > 健康 > 正文", "分享到：", "编辑：苏婉婷", "央广网版权所有", "关注央广网公众号，了解更多健康资讯",
       "京ICP证100067号"],
))

A(dict(
file="zh05_xzrb_nagqu_nullorigin_bom.txt", lang="zh", encoding="utf-8-sig", eol="lf",
layout="plain-text scrape of a newspaper's digital edition (数字报), UTF-8 with BOM: paper name, issue/page line and page nav above the headline; dateline opens the body; prev/next, copyright + ICP, QR follow prompt below",
hard="the header gives only the year and issue (2018年第156期); the day comes from the dateline 那曲7月2日 (golden 2018-07-02); the sender is never stated (origin null), only 援藏专家; 拉萨 is the other place named",
title="援藏专家在那曲开展高原先心病患儿筛查",
date="2018-07-02", source="西藏日报", source_id=None, authors=["次仁卓嘎"],
region="tibet", origin=None,
text="""西藏日报数字报
2018年第156期 | 第03版：综合新闻
上一版　下一版
援藏专家在那曲开展高原先心病患儿筛查
本报那曲7月2日讯（记者 次仁卓嘎）2日，在那曲市人民医院门诊楼前，几十名牧民带着孩子早早排起了队。当天，“组团式”援藏医疗专家和那曲市人民医院的医生一起，启动了今年的高原儿童先天性心脏病免费筛查，首日筛查儿童286名，初步发现疑似病例9例。
那曲平均海拔4500米以上，是先天性心脏病的高发地区。由于居住分散、交通不便，不少患儿直到上学体检时才被发现。援藏专家、儿科主任医师王建华介绍，筛查采用“听诊加便携式超声”的方式，队员们还将分成三个小组，在7月内走遍色尼区、聂荣县和安多县的主要乡镇。
“确诊的孩子，符合条件的都可以免费手术。”那曲市卫生健康委员会副主任达瓦次仁说，筛查出的患儿将根据病情分别在那曲市人民医院或拉萨的医院接受治疗，费用由相关救助项目和医疗保险共同承担。
自“组团式”援藏工作开展以来，援藏专家帮助那曲市人民医院开设了心内科、新生儿科等科室，去年成功完成了医院历史上首例先心病介入封堵手术。带着女儿从聂荣县赶来的牧民扎西说：“听说是援藏的专家来看，我们连夜就出发了。”
上一篇　下一篇
版权所有：西藏日报社　藏ICP备05000213号
扫码关注西藏日报微信公众号
""",
has=["首日筛查儿童286名，初步发现疑似病例9例",
     "不少患儿直到上学体检时才被发现",
     "“确诊的孩子，符合条件的都可以免费手术。”",
     "“听说是援藏的专家来看，我们连夜就出发了。”"],
lacks=["西藏日报数字报", "第03版：综合新闻", "上一版　下一版", "上一篇　下一篇", "版权所有：西藏日报社",
       "藏ICP备05000213号", "扫码关注西藏日报微信公众号"],
))

A(dict(
file="zh06_wenweipo_jiangsu_yili_big5.txt", lang="zh", encoding="big5", eol="crlf",
layout="plain-text scrape from a Hong Kong outlet, Traditional Chinese, Big5, CRLF: breadcrumb, date with weekday and time, 來源, font size + share row above; editor, related list, copyright below",
hard="Big5 bytes (a lenient GBK decode turns most Big5 pairs into wrong characters, failing on only some); Traditional script; byline (記者 NAME 伊寧報道) inside the lead's parentheses; destination only 伊犁/伊寧 plus 援疆; 烏魯木齊 is named too",
title="江蘇援疆醫生在伊犁：把「三甲經驗」帶進牧區",
date="2022-09-15", source="香港文匯報", source_id=None, authors=["孫曉彤"],
region="xinjiang", origin="jiangsu",
text="""文匯網 > 內地 > 正文
江蘇援疆醫生在伊犁：把「三甲經驗」帶進牧區
2022年09月15日 星期四 10:32　來源：香港文匯報
字體：大 中 小　　分享：微信 微博 Facebook

香港文匯報訊（記者 孫曉彤 伊寧報道）9月的伊犁河谷，瓜果飄香。在伊犁哈薩克自治州友誼醫院的血液淨化中心，江蘇省第十批援疆醫療隊隊員、南京市秦淮醫院腎內科副主任醫師陸文傑正在查看一名哈薩克族患者的透析記錄。這個中心去年還只有12台透析機，如今已增至40台，每月可完成透析三千多人次。

「以前不少病人每週要坐幾個小時的車到烏魯木齊透析，一家人的生活都被拖垮了。」陸文傑說。江蘇援疆醫療隊抵達後，與當地醫生一起制定了規範化操作流程，並為霍城、察布查爾等縣的醫院培訓了第一批血液淨化專科護士。

據江蘇省對口支援新疆伊犁州前方指揮部介紹，江蘇自1997年起開展援疆工作，2010年新一輪對口支援啟動後，已累計選派醫療衛生人才1300餘人次赴伊犁。本批援疆醫療隊共有78名隊員，來自南京、蘇州、無錫等地的醫院，分佈在伊犁州10個縣市。

伊犁州友誼醫院院長艾力．吐爾遜表示，江蘇專家帶來的不只是技術，還有「以病人為中心」的管理理念。醫院計劃在兩年內，讓每個縣級醫院都能獨立開展血液透析。

（責任編輯：梁嘉慧）
相關新聞：
江蘇援疆十年：從「輸血」到「造血」
伊犁州啟動縣域醫共體建設
香港文匯報版權所有，未經許可不得轉載。
""",
has=["江蘇省第十批援疆醫療隊隊員、南京市秦淮醫院腎內科副主任醫師陸文傑",
     "「以前不少病人每週要坐幾個小時的車到烏魯木齊透析，一家人的生活都被拖垮了。」",
     "江蘇自1997年起開展援疆工作",
     "讓每個縣級醫院都能獨立開展血液透析"],
lacks=["文匯網 > 內地 > 正文", "字體：大 中 小", "分享：微信 微博 Facebook", "（責任編輯：梁嘉慧）", "相關新聞：",
       "伊犁州啟動縣域醫共體建設", "香港文匯報版權所有，未經許可不得轉載。"],
))
