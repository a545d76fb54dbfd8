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

A(dict(
file="zh07_takungpao_hongkong_dali_entities.html", lang="zh", encoding="ascii", entities=True, eol="lf",
layout="HTML fragment, Traditional Chinese, every non-ASCII character written as a numeric entity (&#NNNNN;), so the bytes are pure ASCII: breadcrumb, <h1>, date + 來源, share row above; editor, recommended list, copyright below",
hard="entities must be decoded before anything else; the SENDER is Hong Kong (origin hong-kong) and the receiver 大理 in Yunnan, named only as 大理/巍山 plus 赴雲南; 貴州 also named (past trips); byline in 文、圖：大公報記者 NAME form (writer and photographer, an author)",
title="香港眼科義工團赴雲南大理 為山區長者「點亮」雙眼",
date="2023-11-26", source="大公報", source_id=None, authors=["黃家樂"],
region="yunnan", origin="hong-kong",
text="""<div class="breadcrumb"><a href="/">大公文匯網</a> &gt; <a href="/dgb/">大公報</a> &gt; <a href="/dgb/zhongguo/">中國</a></div>
<div class="article-title"><h1>香港眼科義工團赴雲南大理 為山區長者「點亮」雙眼</h1></div>
<div class="article-info"><span class="time">2023年11月26日 04:23</span>　<span class="source">來源：大公報</span></div>
<div class="share-box">分享到：<a class="wa">WhatsApp</a> <a class="fb">Facebook</a> <a class="wx">微信</a> <a class="wb">微博</a></div>
<div class="article-content">
<p>【大公報訊】文、圖：大公報記者 黃家樂 大理報道：清晨七時，大理白族自治州巍山縣人民醫院的走廊已坐滿了等候覆診的長者。他們當中不少人前一天剛在這裏接受白內障手術，揭開紗布的一刻，有老人激動得說不出話。為他們施行手術的，是一支由十四名香港眼科醫生、視光師和護士組成的義工團。</p>
<p>義工團由香港明眸眼科基金會組織。團長、眼科專科醫生譚子豪表示，團隊十一月十八日抵達巍山，八天內共完成白內障超聲乳化手術三百一十二例，為一千零六十名村民進行了眼科篩查。「很多老人家已經看不見好幾年，以為是年紀大了，其實一個十幾分鐘的手術就能解決。」</p>
<p>自二〇一二年起，基金會每年組織香港醫護人員赴雲南、貴州等地義診，至今已累計在內地完成手術逾四千例。今年是團隊第三次到巍山，除了做手術，香港醫生還為當地醫生開設了為期一周的顯微手術培訓班。</p>
<p>巍山縣人民醫院眼科主任楊春燕說，縣醫院眼科過去只有兩名醫生，「香港醫生手把手教我們做手術，現在我們自己每月也能做二三十台」。</p>
<p>八十二歲的白族老人李阿婆術後第一次看清了曾孫的樣子。她拉著譚子豪的手，用白族話連聲道謝。</p>
</div>
<div class="editor">責任編輯：何凱琳</div>
<div class="recommend"><h3>推薦閱讀</h3><ul>
<li><a href="/dgb/zhongguo/2023/1120/901.html">港醫赴黔義診三年 惠及山區萬人</a></li>
<li><a href="/dgb/zhongguo/2023/1118/877.html">滇港醫療合作簽約 共建遠程會診平台</a></li>
</ul></div>
<div class="copyright">大公文匯傳媒集團 版權所有 不得轉載</div>
""",
has=["為他們施行手術的，是一支由十四名香港眼科醫生、視光師和護士組成的義工團。",
     "八天內共完成白內障超聲乳化手術三百一十二例",
     "「很多老人家已經看不見好幾年，以為是年紀大了，其實一個十幾分鐘的手術就能解決。」",
     "現在我們自己每月也能做二三十台"],
lacks=["大公文匯網", "分享到：", "WhatsApp", "責任編輯：何凱琳", "推薦閱讀", "港醫赴黔義診三年 惠及山區萬人",
       "大公文匯傳媒集團 版權所有 不得轉載"],
))

A(dict(
file="zh08_hkcd_guangdong_hongkong_big5.html", lang="zh", encoding="big5", eol="lf",
layout="full HTML page in Big5 (meta charset=big5), Traditional Chinese: <title> with ' - 香港商報' suffix, og:title, canonical, script; top nav, breadcrumb, <h1>, info line, share/print/close row; editor, hot list, prev/next, copyright",
hard="Big5 HTML; the aid went TO Hong Kong (region hong-kong, written 本港/香港) FROM Guangdong, and the story is the team's return (返粵, 返回內地, 深圳灣口岸) so naive cues reverse the direction; 廣州、深圳、佛山 are sender cities",
title="廣東援港醫療隊首批隊員完成任務返粵 三十二天守護社區隔離設施",
date="2022-04-18", source="香港商報", source_id=None, authors=["蔡嘉穎"],
region="hong-kong", origin="guangdong",
text="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>廣東援港醫療隊首批隊員完成任務返粵 三十二天守護社區隔離設施 - 香港商報</title>
<meta property="og:title" content="廣東援港醫療隊首批隊員完成任務返粵 三十二天守護社區隔離設施">
<meta property="og:site_name" content="香港商報">
<link rel="canonical" href="https://www.hkcd.com.hk/hkcdweb/content/2022/04/18/content_1341207.html">
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-0000000-1']); _gaq.push(['_trackPageview']);</script>
</head>
<body>
<div id="nav">首頁 | 香港 | 大灣區 | 內地 | 財經 | 國際 | 專題 | 電子報</div>
<div class="crumb">香港商報網 &gt; 大灣區 &gt; 正文</div>
<h1>廣東援港醫療隊首批隊員完成任務返粵 三十二天守護社區隔離設施</h1>
<div class="info">2022-04-18 06:30　來源：香港商報　香港商報記者 蔡嘉穎</div>
<div class="tools">分享：Facebook | 微信 | 微博　<a href="javascript:window.print()">列印本頁</a>　<a href="javascript:window.close()">關閉視窗</a></div>
<div class="content">
<p>【香港商報網訊】記者蔡嘉穎報道：在港連續奮戰三十二天後，廣東省援港醫療隊首批隊員十六日經深圳灣口岸返回內地，將在深圳完成健康觀察後返回廣州等地。</p>
<p>今年三月中旬，本港第五波疫情處於高峰，社區隔離設施一床難求。應特區政府請求，廣東省組建援港醫療隊，首批隊員三百多人於三月十五日抵港，主要來自廣州、深圳、佛山等地的醫院，分駐亞洲國際博覽館、青衣等社區隔離設施。</p>
<p>醫療隊領隊、廣州市荔灣中心醫院副院長鍾國強表示，隊員們在港期間共照護確診患者一萬二千餘人次，其中長者和兒童佔三成以上。「很多本港市民用粵語跟我們聊天，沒有語言障礙，溝通起來很親切。」</p>
<p>在青衣社區隔離設施工作的本港護士陳小姐說，內地同事每天工作超過十小時，「他們把病人當成自己的家人」。特區政府發言人對醫療隊的支援表示衷心感謝。</p>
<p>據了解，廣東省援港醫療隊第二批隊員仍在港工作，將繼續協助本港社區隔離設施的醫療服務。</p>
</div>
<div class="editor">責編：何志偉</div>
<div class="hot"><h3>熱門推薦</h3><ul><li>大灣區醫療通新增三家指定醫院</li><li>深港跨境救護車轉運機制啟動</li></ul></div>
<div class="prenext">上一篇：前海港企服務中心揭牌　下一篇：港深創科園首批項目進駐</div>
<div class="footer">Copyright 2022 Hong Kong Commercial Daily. All rights reserved.</div>
</body>
</html>
""",
has=["廣東省援港醫療隊首批隊員十六日經深圳灣口岸返回內地",
     "應特區政府請求，廣東省組建援港醫療隊",
     "「很多本港市民用粵語跟我們聊天，沒有語言障礙，溝通起來很親切。」",
     "「他們把病人當成自己的家人」"],
lacks=["香港商報網 > 大灣區 > 正文", "列印本頁", "關閉視窗", "責編：何志偉", "熱門推薦", "深港跨境救護車轉運機制啟動",
       "上一篇：前海港企服務中心揭牌", "Copyright 2022 Hong Kong Commercial Daily"],
))

A(dict(
file="zh09_wechat_qingdao_maigaiti.txt", lang="zh", encoding="utf-8", eol="lf",
layout="WeChat official-account article as copied from the page: headline, 原创 line (author, account, time, IP location), 点击蓝字 关注我们 above; 文/图, 编辑, 审核 lines, 往期推荐, QR prompt, 阅读原文, 分享/收藏/在看/点赞 row and the preview notice below",
hard="source is the hospital's own account as printed (not in sources.yaml); author from the 原创 line and the 文/图 credit, 编辑/审核 are not authors; sender named only by the city 青岛 (发表于山东 is the IP-location label, debris); destination only the county 麦盖提 plus 援疆",
title="青岛援疆医生在麦盖提：一台手术背后的“接力”",
date="2023-04-12", source="青岛市滨海人民医院", source_id=None, authors=["王晓琳"],
region="xinjiang", origin="shandong",
text="""青岛援疆医生在麦盖提：一台手术背后的“接力”
原创 王晓琳 青岛市滨海人民医院 2023-04-12 18:30 发表于山东
点击蓝字 关注我们

“今天下午刚做完第二台，病人情况稳定。”4月10日晚上，作为青岛市第十一批援疆医疗队的一员，我院普外科副主任医师孙磊在工作群里发来消息。这一天，他和麦盖提县人民医院的医生一起，为两名维吾尔族患者实施了腹腔镜下结直肠癌根治术，这在当地尚属首次。

麦盖提县位于塔克拉玛干沙漠西南缘，县医院过去开展的腹腔镜手术以胆囊、阑尾为主。去年8月孙磊到岗后，从规范术前讨论、手术记录抓起，带着科室医生反复练习腔镜缝合，每周三晚上雷打不动地讲一次课。

这台手术，其实是一场“接力”。2020年，我院援疆医生帮助县医院建起了腔镜中心；2021年，接棒的同事培养出第一批能独立做胆囊切除的本地医生；到了孙磊这一批，目标是把四级手术做起来。

麦盖提县人民医院外科主任艾山江·吾守尔说：“青岛的老师走了一批又来一批，但带我们的方法是一样的，手把手，一步一步。”

据了解，自2010年以来，我院已先后选派17名医护人员赴麦盖提县开展对口支援。

文/图：王晓琳
编辑：刘畅
审核：张卫东

往期推荐
我院举办“世界肾脏日”义诊活动
援疆故事｜沙漠边上的“夜校”

长按识别二维码 关注我们
阅读原文
分享 收藏 在看 点赞
预览时标签不可点
微信扫一扫
关注该公众号
""",
has=["这一天，他和麦盖提县人民医院的医生一起，为两名维吾尔族患者实施了腹腔镜下结直肠癌根治术",
     "这台手术，其实是一场“接力”。",
     "“青岛的老师走了一批又来一批，但带我们的方法是一样的，手把手，一步一步。”",
     "已先后选派17名医护人员赴麦盖提县开展对口支援"],
lacks=["点击蓝字 关注我们", "发表于山东", "编辑：刘畅", "审核：张卫东", "往期推荐", "长按识别二维码 关注我们",
       "阅读原文", "预览时标签不可点"],
))

A(dict(
file="zh10_hbrb_hubei_shannan_gb18030.txt", lang="zh", encoding="gb18030", eol="lf",
layout="plain-text scrape, GB18030: site nav, breadcrumb, date + 来源, print/correction links and a view counter above; editor, recommended list, copyright + ICP below",
hard="GB18030-only character 𫖮 (CJK Extension C, four bytes; not in GBK) in a reporter's name; Tibet (西藏山南) named before the sender in the lead; the reverse flow of patients to 武汉 must not make Hubei the receiver",
title="湖北第八批援藏医疗队在山南完成首例经皮肾镜取石术",
date="2020-09-20", source="湖北日报", source_id=None, authors=["余𫖮", "周敏", "刘洋"],
region="tibet", origin="hubei",
text="""湖北日报网首页 | 时政 | 经济 | 社会 | 文化 | 图片 | 视频
湖北日报网 > 新闻中心 > 湖北新闻
湖北第八批援藏医疗队在山南完成首例经皮肾镜取石术
2020-09-20 08:35 来源：湖北日报
【打印】 【纠错】 浏览次数：2136

湖北日报讯（记者 余𫖮、通讯员 周敏 刘洋）9月18日，从西藏山南传来消息：湖北省第八批援藏医疗队队员、武汉市汉江医院泌尿外科副主任医师程晓东，在山南市人民医院为一名藏族患者成功实施经皮肾镜取石术。这是山南市开展的首例此类手术。

患者是一名45岁的农民，来自隆子县，右肾结石已有三年多。“按以前的条件，他得去拉萨，或者干脆到武汉来做。”程晓东说。援藏队员到岗后，推动医院引进了钬激光设备，又用两个月时间带教本地医生熟悉操作。

湖北自1994年起对口支援西藏山南，2015年开展“组团式”医疗援藏以来，已累计选派医疗骨干110余人次。本批援藏医疗队共15人，今年7月从武汉出发，将在山南工作一年。

除了手术，队员们还在山南建起了远程会诊中心，疑难病例可以实时连线武汉的专家。今年以来，已有9名危重患者经会诊后转诊至武汉治疗，并全部康复返藏。

山南市人民医院院长次仁旺堆说，湖北专家“不仅带来了新技术，还留下了一支不走的队伍”。

【责任编辑：黄丽娜】
推荐阅读：
湖北援藏干部人才座谈会召开
武汉多家医院与山南签订帮扶协议
湖北日报网版权所有　鄂ICP备12005678号-1　鄂公网安备42010602000123号
""",
has=["湖北省第八批援藏医疗队队员、武汉市汉江医院泌尿外科副主任医师程晓东",
     "“按以前的条件，他得去拉萨，或者干脆到武汉来做。”",
     "湖北自1994年起对口支援西藏山南",
     "已有9名危重患者经会诊后转诊至武汉治疗"],
lacks=["湖北日报网首页 | 时政 | 经济", "湖北日报网 > 新闻中心 > 湖北新闻", "【纠错】", "浏览次数：2136",
       "【责任编辑：黄丽娜】", "推荐阅读：", "武汉多家医院与山南签订帮扶协议", "鄂ICP备12005678号-1"],
))

A(dict(
file="zh11_scol_sichuan_aba_withinprovince_fragment.html", lang="zh", encoding="utf-8", eol="lf",
layout="HTML fragment of a provincial news app's page: breadcrumb, <h1>, info line with byline, time and read counter, share row above; editor line, app-download prompt and QR prompt below",
hard="aid WITHIN one province, stated explicitly (省内“组团式”帮扶, 派出方和受援方都在四川省内): origin sichuan == region sichuan; 援藏援疆 appear in a contrast, not as this team's direction; 阿坝 is both a prefecture and a county",
title="省内“组团式”帮扶：20名成都专家进驻阿坝州人民医院",
date="2021-04-12", source="川观新闻", source_id=None, authors=["杨雪松"],
region="sichuan", origin="sichuan",
text="""<div class="crumbs"><a href="/">川观新闻</a> &gt; <a href="/health/">健康</a> &gt; 正文</div>
<h1 class="title">省内“组团式”帮扶：20名成都专家进驻阿坝州人民医院</h1>
<div class="info"><span class="author">川观新闻记者 杨雪松</span>　<span class="time">2021-04-12 20:31</span>　<span class="views">阅读量：3.2万</span></div>
<div class="share">分享到：<a>微信</a> <a>朋友圈</a> <a>微博</a></div>
<div class="article-content">
<p>4月12日，由四川省卫生健康委员会选派的第三批省内“组团式”帮扶医疗队抵达马尔康，20名来自成都的医疗专家将进驻阿坝藏族羌族自治州人民医院，开展为期一年的帮扶。</p>
<p>与东西部协作和对口援藏援疆不同，这支医疗队的派出方和受援方都在四川省内。四川省卫生健康委员会有关负责人介绍，2019年起，四川在省内实施“组团式”帮扶，由省内三级医院对口帮扶甘孜、阿坝、凉山三州的州级医院，每批帮扶期一年。</p>
<p>本批队员来自四川省人民医院、成都市锦江医院等6家医院，涵盖重症医学、心血管内科、神经外科、病理等12个专业。领队、四川省人民医院医务部副主任罗建明说，医疗队将重点帮助州人民医院通过三级甲等医院复审，并建设胸痛、卒中和创伤三大中心。</p>
<p>阿坝州人民医院院长泽让多吉表示，前两批省内帮扶队员已帮助医院新开展技术项目58项，“州里的病人不用再往成都跑，很多手术在马尔康就能做”。</p>
<p>据了解，本批队员中有4人将下沉到壤塘、阿坝、红原等县医院，开展“州带县”巡回帮扶。</p>
</div>
<div class="editor">编辑：何敏　责任编辑：孙立</div>
<div class="app-download">打开川观新闻，阅读体验更佳</div>
<div class="qrcode"><img src="/static/qr.png" alt="">扫码下载川观新闻</div>
""",
has=["由四川省卫生健康委员会选派的第三批省内“组团式”帮扶医疗队抵达马尔康",
     "这支医疗队的派出方和受援方都在四川省内",
     "“州里的病人不用再往成都跑，很多手术在马尔康就能做”",
     "开展“州带县”巡回帮扶"],
lacks=["阅读量：3.2万", "分享到：", "朋友圈", "编辑：何敏　责任编辑：孙立", "打开川观新闻，阅读体验更佳",
       "扫码下载川观新闻"],
))

A(dict(
file="zh12_shiliuyun_liaoning_tacheng_nobreaks.txt", lang="zh", encoding="utf-8", eol="lf", lost_breaks=True,
layout="plain-text scrape with every line break lost and nothing in their place: site name, nav, headline, time + 来源, byline line, paragraphs, editor, app prompt, hot list and ICP run together in one line",
hard="no line breaks and no spaces between header, body and footer; the headline must be cut out of the run; sender named only by the cities 沈阳 and 大连 (Liaoning never named); destination 塔城 plus county names; 乌鲁木齐 and 阿勒泰 (hot list) also appear",
title="沈阳大连专家接力援疆 塔城“家门口”看上专家号",
date="2022-06-27", source="石榴云", source_id=None, authors=["阿依夏木·买买提", "于洪波"],
region="xinjiang", origin="liaoning",
text="""石榴云首页
新闻 | 时政 | 天山南北 | 视频 | 直播
沈阳大连专家接力援疆 塔城“家门口”看上专家号
2022-06-27 09:03:11 来源：石榴云
石榴云/新疆日报记者 阿依夏木·买买提 通讯员 于洪波 报道
6月下旬，塔城地区人民医院门诊大厅的电子屏上滚动着一串新名字：来自沈阳、大连的12名援疆专家已陆续开诊。心内科、内分泌科、儿科的专家号，当天就被预约一空。
“以前看专家号得去乌鲁木齐，坐车八九个小时，现在在塔城就能挂上。”从额敏县赶来的居民王桂兰说。她患糖尿病多年，这次看的是来自大连的内分泌科专家。
据塔城地区卫生健康委员会介绍，本批援疆专家分别来自沈阳、大连两市的8家三级医院，将在塔城地区人民医院和托里、裕民、和布克赛尔等县医院开展为期一年半的帮扶，重点建设胸痛中心、卒中中心和新生儿救治中心。
援疆专家、沈阳市浑河医院心内科主任医师高振宇说，专家团队到岗后第一周就完成了冠脉造影12例，“我们希望在一年半里，让本地医生能独立做介入手术”。
2021年以来，塔城地区人民医院依托对口支援，新开展技术项目31项，转往区外的患者数量同比下降了四成。
责任编辑：古丽娜尔　审核：马建军
下载石榴云客户端，看更多新疆新闻
热点推荐
阿勒泰地区启动夏季牧区巡回医疗
新疆日报社（新疆报刊传媒集团）版权所有　新ICP备19000123号-2
""",
has=["来自沈阳、大连的12名援疆专家已陆续开诊",
     "“以前看专家号得去乌鲁木齐，坐车八九个小时，现在在塔城就能挂上。”",
     "将在塔城地区人民医院和托里、裕民、和布克赛尔等县医院开展为期一年半的帮扶",
     "转往区外的患者数量同比下降了四成"],
lacks=["石榴云首页", "新闻 | 时政 | 天山南北 | 视频 | 直播", "责任编辑：古丽娜尔", "审核：马建军", "下载石榴云客户端",
       "热点推荐", "阿勒泰地区启动夏季牧区巡回医疗", "新ICP备19000123号-2"],
))

A(dict(
file="zh13_dzrb_shandong_wuxi_datebody.txt", lang="zh", encoding="utf-8", eol="crlf", double_breaks=True,
layout="plain-text scrape, CRLF, every line break doubled: site nav, breadcrumb, headline, 来源/作者 line (no date), font-size widget above; editor, share bar, copyright + ICP below",
hard="no date in the header: the only publication date is the body's opening '2021年9月13日，记者从…获悉' (the report's own date, golden); 2017 in the body is older and never counts; destination only the county 巫溪 with the shorthand 赴渝/鲁渝 (重庆 named once, in passing)",
title="鲁渝协作第五年 山东医生把“专家门诊”开到巫溪山乡",
date="2021-09-13", source="大众日报", source_id=None, authors=["孔令博", "董晓"],
region="chongqing", origin="shandong",
text="""大众网首页 | 新闻 | 山东 | 财经 | 健康 | 海报新闻
当前位置：大众网 > 大众日报 > 健康
鲁渝协作第五年 山东医生把“专家门诊”开到巫溪山乡
来源：大众日报　作者：大众日报记者 孔令博 通讯员 董晓
【字体：大 中 小】
2021年9月13日，记者从山东省卫生健康委获悉，山东省第五批赴渝医疗帮扶队已全部到岗。来自济南、淄博、潍坊等地的26名医生，将在巫溪县人民医院、巫溪县中医院及10个乡镇卫生院开展为期一年的帮扶。
巫溪地处大巴山东段南麓，山高坡陡，不少村子到县城要走三四个小时山路。帮扶队队员、淄博市齐都医院心内科主治医师韩雪峰到岗第二周，就跟着乡镇卫生院的医生进村巡诊。“很多老人高血压多年，从来没有规律吃过药。”他说，帮扶队正在为全县65岁以上老人建立慢病随访档案。
2017年，鲁渝扶贫协作启动，山东对口帮扶重庆14个区县，巫溪县与济南市结对。四年多来，山东累计选派医疗卫生人才380余人次到巫溪，帮助县人民医院新建了血液透析中心和重症医学科。
巫溪县卫生健康委员会负责人介绍，依托鲁渝协作，全县县域内就诊率从2017年的78%提高到去年的89%。“山东医生来了，老百姓在家门口就能看上专家门诊。”
据悉，本批帮扶队还将与巫溪县签订“师带徒”协议，每名队员至少带教两名本地医生。
责任编辑：王晓婷
分享到：微信 微博 QQ空间
大众网版权所有　鲁ICP备09012345号
""",
has=["山东省第五批赴渝医疗帮扶队已全部到岗",
     "“很多老人高血压多年，从来没有规律吃过药。”",
     "巫溪县与济南市结对",
     "“山东医生来了，老百姓在家门口就能看上专家门诊。”"],
lacks=["大众网首页 | 新闻 | 山东", "当前位置：大众网 > 大众日报 > 健康", "【字体：大 中 小】", "责任编辑：王晓婷",
       "分享到：微信 微博 QQ空间", "大众网版权所有", "鲁ICP备09012345号"],
))

A(dict(
file="zh14_yunnan_shanghai_diqing_latin1.txt", lang="zh", encoding="utf-8", mojibake="latin-1", eol="lf",
layout="plain-text scrape, double-encoded UTF-8 (UTF-8 bytes read as latin-1 and re-encoded): breadcrumb, headline, date/来源/作者 line, font size + print/close above; editor, QR prompt, related list, copyright + ICP below",
hard="latin-1 mojibake (C1 control characters in the text) must be repaired; the outlet is in sources.yaml (云南网, yunnan-net); byline both in the header (作者：) and in the lead; 援滇 shorthand, destination 迪庆/香格里拉, with 大理 and 昆明 (same province) also named",
title="沪滇协作：上海医生在迪庆建起首个高原“胸痛中心”",
date="2019-10-28", source="云南网", source_id="yunnan-net", authors=["和丽娟", "鲁茸卓玛"],
region="yunnan", origin="shanghai",
text="""云南网首页 > 新闻 > 州市新闻 > 迪庆
沪滇协作：上海医生在迪庆建起首个高原“胸痛中心”
2019年10月28日 07:40　来源：云南网　作者：和丽娟 鲁茸卓玛
【字号 大 中 小】 打印 关闭

云南网讯（记者 和丽娟 通讯员 鲁茸卓玛）10月25日，迪庆藏族自治州人民医院胸痛中心通过国家胸痛中心认证，成为全州首个、也是滇西北海拔最高的认证胸痛中心。推动这项工作的，是上海市第十批援滇医疗队。

香格里拉平均海拔3300米，高原地区心血管疾病高发，但过去州医院没有导管室，急性心梗患者只能转往大理或昆明，路上要五六个小时。2018年，上海援滇医疗队帮助医院建起导管室，队员、上海市徐汇中心医院心内科副主任医师方志诚手把手带出了第一批介入医生。

“胸痛中心不只是一间导管室，而是从120出车、急诊分诊到手术的整条链子。”方志诚说。认证前的一年多里，医疗队和当地医生一起修订了37个流程，把患者从进门到血管开通的平均时间缩短到76分钟。

据了解，上海与迪庆的对口帮扶始于1996年。今年，上海共有12名援滇医疗队员在迪庆工作，分布在州人民医院及德钦、维西两县医院。

迪庆州卫生健康委员会负责人表示，下一步将依托胸痛中心，把溶栓网络延伸到乡镇卫生院，“让偏远乡镇的心梗患者也能抢回时间”。

[责任编辑：段丽萍]
扫一扫，用手机看新闻！
相关新闻
迪庆州启动健康扶贫“百日攻坚”
云南网版权所有　滇ICP备08000875号
""",
has=["推动这项工作的，是上海市第十批援滇医疗队。",
     "“胸痛中心不只是一间导管室，而是从120出车、急诊分诊到手术的整条链子。”",
     "上海与迪庆的对口帮扶始于1996年。",
     "把患者从进门到血管开通的平均时间缩短到76分钟"],
lacks=["云南网首页 > 新闻 > 州市新闻 > 迪庆", "【字号 大 中 小】", "[责任编辑：段丽萍]", "扫一扫，用手机看新闻！",
       "迪庆州启动健康扶贫“百日攻坚”", "云南网版权所有", "滇ICP备08000875号"],
))

A(dict(
file="zh15_hospital_hangzhou_enshi_month_gbk.html", lang="zh", encoding="gbk", eol="crlf",
layout="a hospital's own news page, old table layout, GBK (meta charset=gb2312), CRLF: logo, menu, breadcrumb, headline in a <td> (no <h1>), info row with 来源/作者/点击数 above; photographer credit, print/close, prev/next, copyright + ICP below",
hard="only the month is known (院报第58期（2022年5月）: golden 2022-05); the headline is in <title> (with ' - 杭州市运河医院') and a table cell, not an <h1>; source is the hospital (来源 names its newsletter, which contains the name); author from 作者：医务部 NAME, the photographer (摄影) is not one; sender only as 杭州/我院, destination 恩施州 鹤峰县 with Hubei never named",
title="我院援恩施医疗队在鹤峰县开展首例无痛分娩",
date="2022-05", source="杭州市运河医院", source_id=None, authors=["沈佳宁"],
region="hubei", origin="zhejiang",
text="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>我院援恩施医疗队在鹤峰县开展首例无痛分娩 - 杭州市运河医院</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
</head>
<body>
<div id="header"><img src="/images/logo.gif" alt="杭州市运河医院" /></div>
<div id="menu"><a href="/">医院首页</a> | <a href="/yygk/">医院概况</a> | <a href="/xwzx/">新闻中心</a> | <a href="/ksdh/">科室导航</a> | <a href="/zjjs/">专家介绍</a> | <a href="/jyzn/">就医指南</a> | <a href="/yb/">院报</a></div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/xwzx/">新闻中心</a> &gt;&gt; <a href="/yb/">院报</a></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="newstitle">我院援恩施医疗队在鹤峰县开展首例无痛分娩</td></tr>
<tr><td class="newsinfo">来源：杭州市运河医院院报 第58期（2022年5月）　作者：医务部 沈佳宁　点击数：436</td></tr>
<tr><td class="newscontent" id="zoom">
<p>　　4月中旬，恩施土家族苗族自治州鹤峰县中心医院产房里，一名28岁的土家族产妇在分娩镇痛下顺利产下一名男婴。这是鹤峰县开展的首例“无痛分娩”，操作者是我院第四批援恩施医疗队队员、麻醉科主治医师赵明轩。</p>
<p>　　“很多产妇以前连听都没听说过分娩镇痛，觉得生孩子疼是应该的。”赵明轩说。到岗两个月，他和产科同事一起开展孕妇课堂12场，给当地麻醉医生和助产士讲解椎管内镇痛的适应证和风险管理。</p>
<p>　　杭州与恩施的东西部协作始于2013年。2018年起，我院与鹤峰县中心医院结成对口帮扶关系，先后派出四批共21名医务人员，帮助受援医院建成了重症医学科和新生儿病房。</p>
<p>　　鹤峰县中心医院院长向春林说：“杭州的专家来了，我们县里的产妇也能享受到大城市的服务。”目前，该院已有两名本地麻醉医生能独立开展分娩镇痛。</p>
<p>　　据悉，我院第四批援恩施医疗队共5人，将在鹤峰工作至今年10月。</p>
<p align="right">摄影：宣传科 方磊</p>
</td></tr>
</table>
<div class="tools"><a href="javascript:window.print()">【打印此页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prenext">上一条：<a href="/yb/57.html">我院召开2022年护理质量管理会议</a><br />下一条：<a href="/yb/59.html">我院志愿者走进社区开展义诊</a></div>
<div id="footer">版权所有：杭州市运河医院　地址：杭州市拱墅区　浙ICP备05012345号</div>
</body>
</html>
""",
has=["这是鹤峰县开展的首例“无痛分娩”",
     "我院第四批援恩施医疗队队员、麻醉科主治医师赵明轩",
     "“很多产妇以前连听都没听说过分娩镇痛，觉得生孩子疼是应该的。”",
     "“杭州的专家来了，我们县里的产妇也能享受到大城市的服务。”"],
lacks=["医院首页", "您现在的位置：", "点击数：436", "【打印此页】", "【关闭窗口】", "上一条：",
       "我院召开2022年护理质量管理会议", "浙ICP备05012345号"],
))

A(dict(
file="zh16_bjnews_beijing_xinganmeng_bom.txt", lang="zh", encoding="utf-8-sig", eol="crlf",
layout="plain-text scrape with BOM and CRLF: site nav, headline, outlet + time line above; the outlet's closing credit line (记者 编辑 校对 on one line), report link, app prompt, copyright + ICP below",
hard="credit line '新京报记者 NAME 编辑 NAME 校对 NAME' at the end: only the reporter is an author; 北京 is the most-named place (and the outlet's home) but the receiver is 兴安盟 in Inner Mongolia, named only by 兴安盟/乌兰浩特/科尔沁右翼前旗 and 京蒙协作; the sender is named late (来自北京的)",
title="京蒙协作 北京儿科专家在兴安盟开出首个儿童哮喘门诊",
date="2022-08-16", source="新京报", source_id=None, authors=["邢天宇"],
region="inner-mongolia", origin="beijing",
text="""新京报 首页 | 时事 | 北京 | 财经 | 文化 | 评论 | 视频
京蒙协作 北京儿科专家在兴安盟开出首个儿童哮喘门诊
新京报 2022-08-16 21:05

新京报讯 8月的乌兰浩特，草原正绿。兴安盟人民医院儿科门诊的走廊里，不少家长一早就带着孩子来排队。他们要找的，是医院新开的儿童哮喘专病门诊，坐诊的是来自北京的儿科专家。

这位专家是北京市朝阳区第二儿童医院呼吸科副主任医师孟繁宇。今年3月，他作为京蒙协作医疗人才来到兴安盟，挂职兴安盟人民医院儿科副主任。“来了以后发现，这里的孩子哮喘控制得普遍不好，很多家长不知道要长期用药。”

在他的推动下，医院开设了儿童哮喘门诊，建立了肺功能检测室。两个多月来，门诊已接诊患儿410余人次，为230名患儿建立了随访档案。家住科尔沁右翼前旗的包女士说，孩子以前一年要住三四次院，规范用药后已经三个多月没有发作。

据兴安盟卫生健康委员会介绍，2021年以来，北京共选派医疗人才90余人次到兴安盟开展帮扶，覆盖盟、旗两级医院。

新京报记者 邢天宇 编辑 宋珂 校对 刘军
举报/反馈
下载新京报APP，阅读更多精彩内容
新京报版权所有 未经授权不得转载
京ICP备10211270号-1
""",
has=["坐诊的是来自北京的儿科专家",
     "“来了以后发现，这里的孩子哮喘控制得普遍不好，很多家长不知道要长期用药。”",
     "门诊已接诊患儿410余人次",
     "北京共选派医疗人才90余人次到兴安盟开展帮扶"],
lacks=["新京报 首页 | 时事 | 北京 | 财经", "编辑 宋珂", "校对 刘军", "举报/反馈", "下载新京报APP",
       "新京报版权所有 未经授权不得转载", "京ICP备10211270号-1"],
))

A(dict(
file="zh17_qhwjw_hainanzhou_nullorigin.html", lang="zh", encoding="utf-8", eol="lf",
layout="provincial health commission page (government CMS): <title> with '--' site suffix, meta ArticleTitle/PubDate/ContentSource, script/style; accessibility bar, nav, breadcrumb, headline in a <div> (no <h1>), info line with 发布时间/来源/浏览次数/字体 above; print/close and a footer with 网站标识码 and ICP below",
hard="海南藏族自治州/海南州 is in Qinghai, not Hainan province; the township 江西沟 contains the province name 江西; the sender is never stated (援青专家 only): origin null; date in slash form 2023/05/06; no author",
title="援青专家在海南州开展“县乡一体”巡回诊疗",
date="2023-05-06", source="青海省卫生健康委员会", source_id=None, authors=[],
region="qinghai", origin=None,
text="""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>援青专家在海南州开展“县乡一体”巡回诊疗--青海省卫生健康委员会</title>
<meta name="SiteName" content="青海省卫生健康委员会">
<meta name="ArticleTitle" content="援青专家在海南州开展“县乡一体”巡回诊疗">
<meta name="PubDate" content="2023/05/06 16:02">
<meta name="ContentSource" content="青海省卫生健康委员会">
<link rel="stylesheet" href="/css/xl.css">
<style>.xl_info span{margin:0 10px}.xl_bottom a{color:#666}</style>
<script src="/js/jquery.min.js"></script>
<script>$(function(){ $.get("/hits?id=20230506001", function(n){ $("#hits").text(n); }); });</script>
</head>
<body>
<div class="top">青海省卫生健康委员会 | 无障碍 | 长者模式 | 政务微博 | 政务微信</div>
<div class="nav"><a href="/">首页</a> <a href="/jggk/">机构概况</a> <a href="/zwgk/">政务公开</a> <a href="/xwdt/">新闻动态</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xwdt/">新闻动态</a> &gt; <a href="/xwdt/szdt/">市州动态</a></div>
<div class="xl_title">援青专家在海南州开展“县乡一体”巡回诊疗</div>
<div class="xl_info"><span>发布时间：2023/05/06 16:02</span><span>来源：青海省卫生健康委员会</span><span>浏览次数：<em id="hits">852</em></span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="xl_con">
<p>近日，援青医疗专家与海南藏族自治州人民医院、共和县人民医院组成联合巡回医疗队，深入共和县倒淌河镇、江西沟镇等牧区乡镇，开展“县乡一体”巡回诊疗，为农牧民群众送医送药。</p>
<p>巡回医疗队由心内科、妇产科、儿科、眼科等专业的12名医生组成，其中援青专家5名。在倒淌河镇卫生院，专家们为牧民群众测量血压、血糖，开展B超检查，并现场讲解高原常见病的预防知识。两天来，共接诊群众680余人次，发放药品价值2.3万元。</p>
<p>海南州卫生健康委员会有关负责人介绍，今年以来，全州依托对口支援，推行“专家下沉、县乡联动”工作机制，由援青专家带领州县两级医生定期到乡镇卫生院坐诊带教，目前已覆盖全州5县36个乡镇。</p>
<p>“专家到了家门口，我们不用再跑到西宁看病了。”江西沟镇牧民才让东智说。</p>
<p>下一步，海南州将继续用好援青医疗资源，推动优质医疗服务向基层延伸，提升农牧区群众的就医获得感。</p>
</div>
<div class="xl_bottom"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="footer">主办单位：青海省卫生健康委员会　网站标识码：6300000012　青ICP备05000123号　青公网安备63010402000123号</div>
</body>
</html>
""",
has=["援青医疗专家与海南藏族自治州人民医院、共和县人民医院组成联合巡回医疗队",
     "深入共和县倒淌河镇、江西沟镇等牧区乡镇",
     "共接诊群众680余人次",
     "“专家到了家门口，我们不用再跑到西宁看病了。”"],
lacks=["青海省卫生健康委员会 | 无障碍 | 长者模式", "当前位置：", "浏览次数：", "【打印】",
       "【关闭】", "网站标识码：6300000012", "青ICP备05000123号"],
))

A(dict(
file="zh18_nfrb_guangzhou_bijie_nodate.txt", lang="zh", encoding="utf-8", eol="lf",
layout="plain-text scrape of a news app's share page: app banner, headline, byline and 来源 lines (no date anywhere); 作者/来源 trailer fields, editor, related list, QR prompt, copyright + ICP below",
hard="no date at all (golden null; '2021年以来' in the body is not a date of the report); the sender is named by the city 广州 and the shorthand 穗 (穗毕协作), Guangdong never; 援黔 shorthand, destination 毕节/赫章/威宁; local doctors going to 广州 for training is a reverse flow",
title="毕节有了“广州号” 穗毕协作医疗专家扎根乌蒙山区",
date=None, source="南方日报", source_id=None, authors=["曾志雄", "黎晓玲"],
region="guizhou", origin="guangdong",
text="""南方+
打开南方+，阅读更多
毕节有了“广州号” 穗毕协作医疗专家扎根乌蒙山区
南方日报记者 曾志雄 通讯员 黎晓玲
来源：南方日报

在毕节市第一人民医院的挂号系统里，有一类号源被当地群众称为“广州号”。每周二、周四，医院心血管内科、神经外科、儿科的专家门诊由广州来的医生坐诊，号源常常在开放后半小时内约满。

在毕节七星关区、威宁、赫章等地的医院，也活跃着一批穗毕协作医疗专家。赫章县人民医院重症医学科成立两年来救治的危重患者中，有一半由援黔医生参与抢救。

“刚来时科室只有3台呼吸机，很多危重病人不敢收。”广州市白云湖医院重症医学科副主任医师蔡伟明说，他去年到赫章挂职后，从建制度、带团队做起，“现在本地医生夜里也敢独立值班了”。

2021年以来，广州与毕节开展东西部协作，广州市卫生健康委员会累计选派医疗卫生人才300余人次到毕节，帮助当地县级医院新建临床专科40余个。毕节市卫生健康局有关负责人表示，“广州号”的背后，是一支越来越强的本地医生队伍。

据介绍，毕节还将有120名本地医生分批到广州的医院进修，“请进来”与“走出去”相结合。

【作者】 曾志雄 黎晓玲
【来源】 南方日报
【责任编辑】张梦
相关新闻
广州援黔医生获评“最美医生”
扫码下载南方+客户端
南方报业传媒集团版权所有　粤ICP备09084812号
""",
has=["有一类号源被当地群众称为“广州号”",
     "也活跃着一批穗毕协作医疗专家",
     "“现在本地医生夜里也敢独立值班了”",
     "毕节还将有120名本地医生分批到广州的医院进修"],
lacks=["打开南方+，阅读更多", "【责任编辑】张梦", "相关新闻", "广州援黔医生获评“最美医生”", "扫码下载南方+客户端",
       "南方报业传媒集团版权所有", "粤ICP备09084812号"],
))
