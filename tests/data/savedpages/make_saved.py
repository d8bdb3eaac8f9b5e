# one-off generator of the saved-page versions (the output files are committed)
import html, os, sys
src = sys.argv[1]; out = sys.argv[2]
os.makedirs(out, exist_ok=True)
def rd(n):
    t = open(os.path.join(src, n + ".txt"), encoding="utf-8").read().strip("\n").split("\n")
    return t[0], t[1:]
E = html.escape

def gov_hans(title, paras):
    ps = "\n".join("<p style=\"text-indent:2em\">%s</p>" % E(p) for p in paras)
    return f'''<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="utf-8">
<meta name="SiteName" content="临川市统计局">
<meta name="ArticleTitle" content="{E(title)}">
<meta name="PubDate" content="2026-03-18 09:30">
<meta name="ColumnName" content="统计公报">
<title>{E(title)}_临川市统计局</title>
<link rel="stylesheet" href="/images/2025/css/common_v3.2.css">
<script src="/js/jquery-1.12.4.min.js"></script>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3b2f5c1e9a8d7c6b5a4f3e2d1c0b9a87";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();</script>
<style>.main{{width:1200px;margin:0 auto}}.fz16{{font-size:16px;line-height:2.2}}</style>
</head><body>
<div class="top"><span>2026年3月18日 星期三</span> | <a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體版</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1001/">机构概况</a></li><li><a href="/col/col1002/">统计数据</a></li><li><a href="/col/col1086/">统计公报</a></li><li><a href="/col/col1090/">互动交流</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1002/">统计数据</a> &gt; <a href="/col/col1086/index.html">统计公报</a></div>
<div class="main">
<h1>{E(title)}</h1>
<div class="info">发布日期：2026-03-18 09:30 &nbsp; 来源：临川市统计局 &nbsp; 浏览次数：4521 &nbsp; 字号：[<a>大</a> <a>中</a> <a>小</a>] [<a>打印</a>] [<a>关闭</a>]</div>
<div class="fz16" id="zoom">
{ps}
</div>
<div class="fj">附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2603181030218.pdf">临川市2025年国民经济和社会发展统计公报.pdf</a></div>
<p>原文链接：http://tjj.linchuan.gov.cn/art/2026/3/18/art_1086_4582213.html</p>
<p>解读：http://tjj.linchuan.gov.cn/col/col1086/2025%E5%B9%B4%E7%BB%9F%E8%AE%A1%E5%85%AC%E6%8A%A5%E8%A7%A3%E8%AF%BB.html</p>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="pn"><p>上一篇：2025年12月份全市规模以上工业增加值增长6.8%</p><p>下一篇：2026年1—2月全市固定资产投资增长4.1%</p></div>
</div>
<div class="foot"><p>主办：临川市统计局 &nbsp; 地址：临川市人民路128号 &nbsp; 邮编：344000</p>
<p>联系电话：0794-8226135 &nbsp; 邮箱：tjjbgs@linchuan.gov.cn</p>
<p>网站标识码：3610020012 &nbsp; 赣ICP备05003123号-2 &nbsp; 赣公网安备 36100202000118号</p>
<p>建议使用1366×768以上分辨率浏览本站</p></div>
</body></html>
'''

def stats_hans(title, paras):
    ps = "\n".join("<p>%s</p>" % E(p) for p in paras)
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{E(title)}--国家统计局临川调查队</title>
<script type="text/javascript">var pageId = 20251112; var colId = "c100234"; if (window.screen.width < 1024) {{ document.write('<link href="/css/m_2.0.css" rel="stylesheet">'); }}</script>
</head><body>
<div id="head"><a href="/">首页</a> | <a href="/tjsj/">统计数据</a> | <a href="/tjfx/">统计分析</a> | <a href="/xxgk/">信息公开</a> | <a href="https://www.stats.gov.cn/">国家统计局</a></div>
<div class="side"><h3>统计数据</h3><ul><li>月度数据</li><li>季度数据</li><li>年度数据</li><li>2025年</li><li>2024年</li><li>2023年</li></ul>
<h3>热点排行</h3><ol><li>1 2025年三季度全市经济运行情况</li><li>2 9月份全市居民消费价格同比上涨0.3%</li><li>3 前三季度居民人均可支配收入增长5.1%</li></ol></div>
<div class="position">您当前的位置：首页 &gt;&gt; 统计数据 &gt;&gt; 月度数据</div>
<div class="content">
<h2 class="xilan_tit">{E(title)}</h2>
<div class="xilan_con_info">时间：2025-11-12 &nbsp;&nbsp; 来源：国家统计局临川调查队 &nbsp;&nbsp; 阅读：2,315次 &nbsp;&nbsp; 【我要纠错】 【打印本页】 【关闭窗口】</div>
<div class="TRS_Editor">
{ps}
</div>
<p>附注：1. 居民消费价格指数按国家统计局统一制度方法编制。详见 https://www.stats.gov.cn/sj/zxfb/202511/t20251112_1957123.html</p>
</div>
<div class="links">相关链接：<a href="http://www.jx.stats.gov.cn/">江西省统计局</a> <a href="http://www.ndrc.gov.cn/">国家发展改革委</a></div>
<div class="qr"><img src="/images/qrcode_258x258.png" alt="二维码" /> 扫一扫在手机打开当前页</div>
<div id="foot">您是第 1,234,567 位访客 &nbsp; <a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteId.action?sitecode=3610000042">政府网站找错</a><br/>
Copyright &copy; 2025 国家统计局临川调查队 版权所有 &nbsp; 赣ICP备12003456号<br/>
地址：临川市赣东大道2268号 &nbsp; 电话：0794-8262901 &nbsp; E-mail：lcdcd@stats.gov.cn</div>
</body></html>
'''

def news_hans(title, paras):
    ps = "\n".join("<p>%s</p>" % E(p) for p in paras)
    return f'''<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{E(title)} - 临川新闻网</title>
<meta name="keywords" content="国庆,旅游,2025">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-LC2025NEWS"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-LC2025NEWS');</script>
</head><body>
<header><a href="/">首页</a> <a href="/news/">本地</a> <a href="/finance/">财经</a> <a href="/tour/">文旅</a> <a href="/video/">视频</a> <a href="/app/">客户端</a></header>
<article>
<h1>{E(title)}</h1>
<div class="meta">来源：临川日报 &nbsp; 2025-10-09 07:45 &nbsp; 作者：记者 李明 通讯员 王芳</div>
<div class="count">阅读量：1.2万 &nbsp; 点赞 356 &nbsp; 评论 48</div>
{ps}
<figure><img src="/uploadfile/2025/1009/20251009074512345.jpg" alt="图片1"><figcaption>游客在景区游览。 记者 李明 摄</figcaption></figure>
<p class="editor">责任编辑：陈静</p>
</article>
<div class="share">分享到： 微信 朋友圈 微博 复制链接</div>
<div class="app">扫码下载临川新闻客户端 <img src="/static/img/app_qr_v2.3.png"></div>
<aside><h3>热门推荐</h3><ul><li>1. 我市新增3条公交线路</li><li>2. 10月起这些新规施行</li><li>3. 全市首批15家老字号名单公布</li></ul>
<h3>相关新闻</h3><ul><li>假期首日全市接待游客186万人次</li><li>中秋国庆假期高速公路车流量预计增长8%</li></ul></aside>
<footer><p>违法和不良信息举报电话：0794-12345 &nbsp; 举报邮箱：jubao@lcnews.cn</p>
<p>Copyright &copy; 2008-2025 lcnews.cn All Rights Reserved 互联网新闻信息服务许可证编号：36120190007</p>
<p>赣ICP备09001234号 &nbsp; 赣公网安备36100202000567号</p></footer>
</body></html>
'''

def tw_news(title, paras):
    ps = "\n".join("<p>%s</p>" % E(p) for p in paras)
    return f'''<!DOCTYPE html>
<html lang="zh-Hant-TW"><head><meta charset="utf-8">
<title>{E(title)} | 財經 | 範例新聞網</title>
<meta property="og:url" content="https://www.example.com.tw/news/afe/202510080123.aspx">
<meta property="og:title" content="{E(title)}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-10-08T14:20:00+08:00","wordCount":1024}}</script>
<style>@media (max-width:768px){{.ad300x250{{display:none}}}}</style>
</head><body>
<nav><a href="/">首頁</a> <a href="/list/aipl.aspx">政治</a> <a href="/list/afe.aspx">財經</a> <a href="/list/ait.aspx">科技</a> <a href="/list/asc.aspx">證券</a> <a href="/list/aopl.aspx">國際</a></nav>
<div class="breadcrumb">首頁 &gt; 財經 &gt; 即時新聞</div>
<h1>{E(title)}</h1>
<div class="updatetime">2025/10/08 14:20（10/08 15:36 更新）</div>
<div class="tools">字級設定 <a>小</a> <a>中</a> <a>大</a> ｜ 瀏覽次數：3,456</div>
<p>（中央社記者王小明台北8日電）</p>
{ps}
<p>（編輯：張三）1141008</p>
<div class="share">分享至 Facebook ｜ 分享至 LINE ｜ 分享至 X ｜ 複製連結</div>
<div class="tags">#出口 #經濟部 #外銷訂單 #2025</div>
<p>本文章編號：202510080123 ｜ 原文網址：https://www.example.com.tw/news/afe/202510080123.aspx</p>
<div class="related"><h2>延伸閱讀</h2><ul><li>8月外銷訂單年增15.2% 連5紅</li><li>前8月出口年增13.1%</li></ul></div>
<div class="hot"><h2>熱門新聞</h2><ol><li>1 台股收漲312點</li><li>2 颱風假10縣市停班停課</li><li>3 油價下週降0.2元</li></ol></div>
<div class="ad300x250"><img src="https://ad.example.com.tw/banner_300x250_v12.gif"></div>
<footer><p>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</p>
<p>客服信箱：service@example.com.tw ｜ 客服電話：(02)2505-1180 ｜ © 2025 範例新聞網</p>
<p>本網站使用Cookies以提升您的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。</p></footer>
</body></html>
'''

def hk_gov(title, paras):
    ps = "<br/><br/>\n".join("　　%s" % E(p) for p in paras)
    return f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(title)}</title>
<link rel="stylesheet" href="/css/press_2019.css" type="text/css">
<script language="JavaScript" src="/js/common_v1.2.js"></script>
</head>
<body>
<table width="100%" border="0"><tr><td><a href="/gia/general/today_c.htm">今日新聞</a> | <a href="/gia/general/ctoday.htm">新聞公報</a> | <a href="/gia/general/202510/02c.htm">返回</a> | <a href="javascript:window.print()">打印本頁</a></td></tr></table>
<span id="PRHeadlineSpan" style="font-size:14pt">{E(title)}</span><br/><br/>
<span id="pressrelease" style="line-height:1.6">
{ps}
<br/><br/>
　　詳細統計數字載於《零售業銷貨額按月統計調查報告》，報告可於統計處網站下載（www.censtatd.gov.hk/tc/EIndexbySubject.html?pcode=B1080003&amp;scode=530）。
<br/><br/>
　　查詢：電話 2805 6647；電郵 retail@censtatd.gov.hk
<br/><br/>
完
</span>
<br/><br/>
2025年10月2日（星期四）<br/>
香港時間16時30分<br/>
<br/>
<table><tr><td><a href="#top">返回頁首</a> | <a href="/gia/general/202510/02.htm">English</a> | 今日新聞 | 上一頁</td></tr></table>
<div class="foot">|重要告示|私隱政策|版權告示|無障礙聲明| 2025 &copy; 版權所有 網頁更新日期：2025年10月2日</div>
</body></html>
'''

def hugo_md(title, paras, hant):
    body = "\n\n".join(paras)
    if not hant:
        return f'''---
title: "{title}"
date: 2025-07-16T10:30:00+08:00
lastmod: 2025-07-17T08:12:45+08:00
draft: false
slug: "2025-h1-trade-press-0716"
id: 20250716093
url: /news/2025/07/16/%E4%B8%8A%E5%8D%8A%E5%B9%B4%E5%95%86%E5%8A%A1%E8%BF%90%E8%A1%8C/
aliases:
  - /old/2025/0716/c1004-40512345.html
source_url: "https://swt.example.gov.cn/art/2025/7/16/art_4567_2025071601.html"
author: 省商务厅新闻办（2组）
categories: [新闻发布, 2025年第14期]
tags:
  - 外贸
  - 2025上半年
  - 十四五收官
weight: 20
views: 18652
description: "全省外贸进出口增长8.7%，跨境电商增长21.3%"
summary: 出口增长10.4%，新设外资企业418家
cover:
  image: /images/2025/07/16/cover_1920x1080.jpg
  alt: 发布会现场（图1）
toc: true
reading_time: 4分钟
version: 1.3.2
---

# {title}

> 来源：省商务厅 | 2025-07-16 | 阅读 1.8万

![发布会现场](/uploads/2025/07/IMG_20250716_103045.jpg)

{body}

---

阅读原文：[https://swt.example.gov.cn/art/2025/7/16/art_4567_2025071601.html](https://swt.example.gov.cn/art/2025/7/16/art_4567_2025071601.html)

联系我们：swtxwb@example.gov.cn

分享到：微信 | 微博 | QQ
'''
    return f'''---
title: {title}
date: 2025-07-15
updated: 2025-07-15 18:40:12
author: 觀光線記者 林小華
id: tw-tourism-2025-0715-3
permalink: /travel/2025/07/15/%E4%BE%86%E8%87%BA%E6%97%85%E5%AE%A2/
categories:
  - 旅遊
  - 2025年7月
tags: [觀光署, 來臺旅客, 2025上半年, 900萬]
excerpt: 上半年來臺旅客421萬人次，成長33.6%
comments: 12
likes: 1,086
image: /assets/img/2025/0715/tourism_v2.webp
---

{title}

{body}

*延伸閱讀：[前5月來臺旅客成長35.2%](/travel/2025/06/12/may-visitors/)*

*本文原載於 https://blog.example.com.tw/travel/2025/07/15/%E4%BE%86%E8%87%BA%E6%97%85%E5%AE%A2/ ，歡迎來信 editor@example.com.tw*

分享至：Facebook｜LINE｜Twitter
'''

def fm_html(title, paras, hant):
    ps = "\n".join("<p>%s</p>" % E(p) for p in paras)
    return f'''---
layout: post
title: "{title}"
date: 2025-08-28 16:00:00 +0800
permalink: /economy/2025/08/28/%E4%B8%BB%E8%A8%88%E7%B8%BD%E8%99%95/
post_id: 88231
tags: [經濟成長率, 2025, 主計總處]
author: 財經中心／綜合報導
comments: 37
likes: 1,204
---
<div class="post-meta">2025-08-28 16:00 ｜ 瀏覽數 12,345 ｜ 分享 88</div>
{ps}
<div class="share">分享至：<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com.tw%2Feconomy%2F2025%2F08%2F28">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fexample.com.tw%2Fp%2F88231">LINE</a></div>
<script>window.dataLayer=window.dataLayer||[];gtag('config','G-7X2025ABCD');var views=12345;</script>
<p>上一篇：7月外銷訂單年增15.2% ｜ 下一篇：央行理監事會維持利率不變</p>
<footer>聯絡我們：news@example.com.tw ｜ © 2025 Example Media</footer>
'''

html_of = {
    "hans_city_communique": gov_hans, "hans_cpi_release": stats_hans,
    "hans_holiday_news": news_hans, "hans_trade_press": gov_hans,
    "hant_tw_exports": tw_news, "hant_tw_gdp_forecast": tw_news,
    "hant_hk_retail": hk_gov, "hant_tw_tourism": tw_news,
}
for name, fn in html_of.items():
    t, p = rd(name)
    open(os.path.join(out, name + ".html"), "w", encoding="utf-8").write(fn(t, p))
    hant = name.startswith("hant")
    mk = fm_html if name in ("hant_tw_gdp_forecast", "hant_hk_retail", "hans_cpi_release") else hugo_md
    open(os.path.join(out, name + ".md"), "w", encoding="utf-8").write(mk(t, p, hant))

def portal_hans(title, paras):
    ps = "\n".join("<p>　　%s</p>" % E(p) for p in paras)
    return f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{E(title)}_财经频道_示例网</title>
<script>var ad_pos = [1001, 1002]; var sinaads = {{"pdps":"PDPS000000058532"}};</script>
</head><body>
<div class="topbar">设为首页 | 加入收藏 | 手机版 | 登录 注册</div>
<div class="weather">临川 今天 多云 18℃~26℃ 空气质量：良 AQI 68</div>
<div class="ticker">上证指数 3245.67 +0.53% &nbsp; 深证成指 10234.56 -0.21% &nbsp; 创业板指 2056.78 +1.02%</div>
<div class="nav">首页 | 新闻 | 财经 | 科技 | 汽车 | 房产 | 旅游 | 教育 | 健康</div>
<div class="crumb">示例网 &gt; 财经频道 &gt; 产经 &gt; 正文</div>
<h1>{E(title)}</h1>
<div class="source">2025年10月21日 08:15 &nbsp; 来源：省能源局网站 &nbsp; 编辑：周敏</div>
<div class="counter">阅读 2.3万 | 评论 12 | 收藏 5</div>
{ps}
<p>（本文共2页 &nbsp; 1 2 下一页）</p>
<div class="tags">标签：用电量 新能源 充电桩 2025年</div>
<div class="share">分享到：微信 微博 QQ空间 豆瓣</div>
<div class="comment"><h3>网友评论</h3><p>共23条评论 &nbsp; 查看全部</p><p>网友 lc_2008：充电桩还是太少了，小区里只有5个。</p><p>网友 阿明：支持新能源！</p></div>
<div class="rank"><h3>24小时排行</h3><ol><li>1 10月LPR报价出炉 5年期维持3.5%</li><li>2 前三季度GDP增长5.2%</li><li>3 国庆假期消费数据发布</li></ol></div>
<div class="links"><h3>友情链接</h3>国家能源局 | 省发展改革委 | 中国电力网</div>
<div class="foot"><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p>
<p>网站访问量：12345678 &nbsp; 今日访问：4567</p>
<p>微信公众号：shilicj2025 &nbsp; 客户端下载：已有500万用户</p>
<p>Copyright &copy; 1997-2025 示例网 版权所有</p></div>
</body></html>
'''

def portal_hant(title, paras):
    ps = "\n".join("<p>%s</p>" % E(p) for p in paras)
    return f'''<!DOCTYPE html>
<html lang="zh-TW"><head><meta charset="utf-8"><title>{E(title)} - 財經 - 範例日報</title>
<script>googletag.cmd.push(function(){{googletag.defineSlot('/1234567/news_300x250',[300,250],'div-gpt-ad-1')}});</script>
</head><body>
<div class="top">會員登入 ｜ 訂閱電子報 ｜ 下載APP</div>
<div class="weather">臺北市 晴 23-29°C 降雨機率 10%</div>
<div class="ticker">加權指數 22,345.67 ▲123.45 (0.56%) ｜ 櫃買指數 256.78 ▼1.23 (0.48%) ｜ 美元/新臺幣 31.52</div>
<div class="nav">首頁 ｜ 即時 ｜ 政治 ｜ 財經 ｜ 國際 ｜ 生活 ｜ 娛樂 ｜ 體育</div>
<h1>{E(title)}</h1>
<div class="author">記者陳美玲／台北報導 ｜ 2025-11-14 18:30</div>
<div class="count">瀏覽人次 15,234 ｜ 按讚 320</div>
{ps}
<div class="share">分享至 Facebook ｜ LINE ｜ 複製連結</div>
<div class="more"><h3>熱門排行</h3><ol><li>1 央行升息半碼 房貸族每月多繳500元</li><li>2 颱風外圍環流 北部降雨增20%</li></ol></div>
<div class="more"><h3>你可能感興趣</h3><ul><li>10月營收年增18.2% 創單月新高</li><li>外資連3日賣超逾200億元</li></ul></div>
<div class="foot"><p>服務信箱：service@example-daily.com.tw ｜ 客服專線：0800-123-456</p>
<p>範例日報 © 2025 版權所有 ｜ 本網站建議使用1280x800以上解析度</p></div>
</body></html>
'''

def md_hans2(title, paras):
    body = "\n\n".join(paras)
    return f'''---
title: {title}
date: 2025-10-21
author: 能源记者组
source: 省能源局
tags: [用电量, 2025Q3, 新能源]
series: 能源观察第35期
wordcount: 1286
share_count: 97
---

## {title}

**来源**：省能源局 ｜ **阅读**：2.3万 ｜ **评论**：12

{body}

> 相关阅读：[8月全省用电量增长7.4%](https://news.example.cn/2025/09/power-aug.html)

*往期回顾：[上半年新能源装机突破4000万千瓦](/energy/2025/07/)*

本文链接：https://news.example.cn/energy/2025/10/21/%E7%94%A8%E7%94%B5%E9%87%8F/
'''

def md_hant2(title, paras):
    body = "\n\n".join(paras)
    return f'''---
title: "{title}"
date: "2025-11-14"
category: 財經
tags:
  - 營收
  - 2025Q3
  - 半導體
views: 15234
rating: 4.5
---

# {title}

記者陳美玲／台北報導 ｜ 瀏覽人次 15,234

{body}

- 延伸閱讀：[10月營收年增18.2%](https://news.example.com.tw/2025/11/10/a1182.html)
- 熱門：[外資連3日賣超逾200億元](https://news.example.com.tw/2025/11/13/b2003.html)

（本文經授權轉載自 範例日報，原文網址：https://www.example-daily.com.tw/news/20251114/5678901）
'''

extra = {"hans_energy_news": (portal_hans, md_hans2), "hant_tw_stock_news": (portal_hant, md_hant2)}
for name, (h, m) in extra.items():
    t, p = rd(name)
    open(os.path.join(out, name + ".html"), "w", encoding="utf-8").write(h(t, p))
    open(os.path.join(out, name + ".md"), "w", encoding="utf-8").write(m(t, p))
