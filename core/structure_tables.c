/* Data for structure.c: boilerplate cues, bylines, turns, places. Simplified
 * and Traditional forms are both listed where pages use both. */
#include "structure_tables.h"

#include <stddef.h>
#include <string.h>

#define COPY TALLY_BOILERPLATE_COPYRIGHT
#define SHARE TALLY_BOILERPLATE_SHARE
#define RELATED TALLY_BOILERPLATE_RELATED
#define NAV TALLY_BOILERPLATE_NAVIGATION
#define CREDITS TALLY_BOILERPLATE_CREDITS
#define MORE TALLY_BOILERPLATE_LOAD_MORE

const boilerplate_cue tally_boilerplate_cues[] = {
    /* copyright notices: the heading claims the numbered clauses after it */
    {"版权声明", CUE_STARTS, COPY, 200, 1},
    {"版權聲明", CUE_STARTS, COPY, 200, 1},
    {"免责声明", CUE_STARTS, COPY, 200, 1},
    {"免責聲明", CUE_STARTS, COPY, 200, 1},
    {"版权所有", CUE_CONTAINS, COPY, 80, 1},
    {"版權所有", CUE_CONTAINS, COPY, 80, 1},
    {"Copyright", CUE_CONTAINS, COPY, 120, 1},
    {"©", CUE_STARTS, COPY, 120, 1},
    {"ICP备", CUE_CONTAINS, COPY, 80, 0},
    {"ICP證", CUE_CONTAINS, COPY, 80, 0},
    {"ICP证", CUE_CONTAINS, COPY, 80, 0},
    {"公网安备", CUE_CONTAINS, COPY, 80, 0},
    {"公網安備", CUE_CONTAINS, COPY, 80, 0},
    {"未经授权", CUE_STARTS, COPY, 120, 0},
    {"未經授權", CUE_STARTS, COPY, 120, 0},
    /* share buttons */
    {"分享至", CUE_STARTS, SHARE, 30, 0},
    {"分享到", CUE_STARTS, SHARE, 30, 0},
    {"扫一扫", CUE_CONTAINS, SHARE, 30, 0},
    {"掃一掃", CUE_CONTAINS, SHARE, 30, 0},
    {"打印本页", CUE_CONTAINS, SHARE, 30, 0},
    {"打印本頁", CUE_CONTAINS, SHARE, 30, 0},
    {"关闭窗口", CUE_CONTAINS, SHARE, 30, 0},
    {"關閉窗口", CUE_CONTAINS, SHARE, 30, 0},
    {"【打印】", CUE_CONTAINS, SHARE, 30, 0},
    {"收藏本文", CUE_CONTAINS, SHARE, 30, 0},
    {"微信公众号", CUE_CONTAINS, SHARE, 40, 0},
    {"微信公眾號", CUE_CONTAINS, SHARE, 40, 0},
    {"客户端下载", CUE_CONTAINS, SHARE, 40, 0},
    {"下载客户端", CUE_CONTAINS, SHARE, 40, 0},
    {"下載APP", CUE_CONTAINS, SHARE, 40, 0},
    {"下载APP", CUE_CONTAINS, SHARE, 40, 0},
    {"扫码下载", CUE_CONTAINS, SHARE, 40, 0},
    {"掃碼下載", CUE_CONTAINS, SHARE, 40, 0},
    {"字号", CUE_STARTS, SHARE, 20, 0},
    {"字號", CUE_STARTS, SHARE, 20, 0},
    /* related news and reading lists: the heading claims the short lines after it */
    {"相关新闻", CUE_STARTS, RELATED, 12, 1},
    {"相關新聞", CUE_STARTS, RELATED, 12, 1},
    {"相关阅读", CUE_STARTS, RELATED, 12, 1},
    {"相關閱讀", CUE_STARTS, RELATED, 12, 1},
    {"相关报道", CUE_STARTS, RELATED, 12, 1},
    {"相關報道", CUE_STARTS, RELATED, 12, 1},
    {"相关链接", CUE_STARTS, RELATED, 12, 1},
    {"相關鏈接", CUE_STARTS, RELATED, 12, 1},
    {"延伸阅读", CUE_STARTS, RELATED, 12, 1},
    {"延伸閱讀", CUE_STARTS, RELATED, 12, 1},
    {"推荐阅读", CUE_STARTS, RELATED, 12, 1},
    {"推薦閱讀", CUE_STARTS, RELATED, 12, 1},
    {"最新推荐", CUE_STARTS, RELATED, 12, 1},
    {"最新推薦", CUE_STARTS, RELATED, 12, 1},
    {"热点推荐", CUE_STARTS, RELATED, 12, 1},
    {"熱點推薦", CUE_STARTS, RELATED, 12, 1},
    {"热门文章", CUE_STARTS, RELATED, 12, 1},
    {"熱門文章", CUE_STARTS, RELATED, 12, 1},
    {"猜你喜欢", CUE_STARTS, RELATED, 12, 1},
    {"猜你喜歡", CUE_STARTS, RELATED, 12, 1},
    {"更多新闻", CUE_STARTS, RELATED, 12, 1},
    {"更多新聞", CUE_STARTS, RELATED, 12, 1},
    /* top-news and ranking lists beside an article (热门推荐, 熱門新聞, 热点排行) */
    {"热门推荐", CUE_STARTS, RELATED, 12, 1},
    {"熱門推薦", CUE_STARTS, RELATED, 12, 1},
    {"热门新闻", CUE_STARTS, RELATED, 12, 1},
    {"熱門新聞", CUE_STARTS, RELATED, 12, 1},
    {"热门阅读", CUE_STARTS, RELATED, 12, 1},
    {"熱門閱讀", CUE_STARTS, RELATED, 12, 1},
    {"热点排行", CUE_STARTS, RELATED, 12, 1},
    {"熱點排行", CUE_STARTS, RELATED, 12, 1},
    {"热门排行", CUE_STARTS, RELATED, 12, 1},
    {"熱門排行", CUE_STARTS, RELATED, 12, 1},
    {"点击排行", CUE_STARTS, RELATED, 12, 1},
    {"點擊排行", CUE_STARTS, RELATED, 12, 1},
    {"精彩推荐", CUE_STARTS, RELATED, 12, 1},
    {"精彩推薦", CUE_STARTS, RELATED, 12, 1},
    {"往期回顾", CUE_STARTS, RELATED, 12, 1},
    {"往期回顧", CUE_STARTS, RELATED, 12, 1},
    {"大家都在看", CUE_STARTS, RELATED, 12, 1},
    {"24小时排行", CUE_STARTS, RELATED, 12, 1},
    {"24小時排行", CUE_STARTS, RELATED, 12, 1},
    {"排行榜", CUE_EQUALS, RELATED, 6, 1},
    {"你可能感兴趣", CUE_STARTS, RELATED, 14, 1},
    {"你可能感興趣", CUE_STARTS, RELATED, 14, 1},
    /* navigation */
    {"首页", CUE_ENDS, NAV, 20, 0},
    {"首頁", CUE_ENDS, NAV, 20, 0},
    {">", CUE_STARTS, NAV, 30, 0},
    {"＞", CUE_STARTS, NAV, 30, 0},
    {" > ", CUE_CONTAINS, NAV, 60, 0},
    {"»", CUE_CONTAINS, NAV, 60, 0},
    {"当前位置", CUE_STARTS, NAV, 60, 0},
    {"當前位置", CUE_STARTS, NAV, 60, 0},
    {"您的位置", CUE_STARTS, NAV, 60, 0},
    {"您现在的位置", CUE_STARTS, NAV, 60, 0},
    {"您当前的位置", CUE_STARTS, NAV, 60, 0},
    {"您當前的位置", CUE_STARTS, NAV, 60, 0},
    {"您現在的位置", CUE_STARTS, NAV, 60, 0},
    {"上一篇", CUE_STARTS, NAV, 60, 0},
    {"下一篇", CUE_STARTS, NAV, 60, 0},
    {"返回顶部", CUE_CONTAINS, NAV, 20, 0},
    {"返回頂部", CUE_CONTAINS, NAV, 20, 0},
    {"正文", CUE_EQUALS, NAV, 4, 0},
    {"关于我们", CUE_STARTS, NAV, 40, 0},
    {"關於我們", CUE_STARTS, NAV, 40, 0},
    {"联系我们", CUE_STARTS, NAV, 40, 0},
    {"聯繫我們", CUE_STARTS, NAV, 40, 0},
    {"网站地图", CUE_CONTAINS, NAV, 40, 0},
    {"網站地圖", CUE_CONTAINS, NAV, 40, 0},
    /* production credits: the first credit line claims the producers after it */
    {"出品", CUE_ENDS, CREDITS, 12, 1},
    /* load-more links */
    {"加载更多", CUE_CONTAINS, MORE, 20, 0},
    {"加載更多", CUE_CONTAINS, MORE, 20, 0},
    {"查看更多", CUE_CONTAINS, MORE, 20, 0},
    {"展开全文", CUE_CONTAINS, MORE, 20, 0},
    {"展開全文", CUE_CONTAINS, MORE, 20, 0},
    {"阅读全文", CUE_CONTAINS, MORE, 20, 0},
    {"閱讀全文", CUE_CONTAINS, MORE, 20, 0},
    {"点击加载", CUE_CONTAINS, MORE, 20, 0},
    {"點擊加載", CUE_CONTAINS, MORE, 20, 0},
    {NULL, CUE_STARTS, COPY, 0, 0}};

const char *const tally_copyright_words[] = {
    "本网", "本網", "本站", "转载", "轉載", "授权", "授權", "版权", "版權", "侵权", "侵權",
    "法律责任", "法律責任", "来源及作者", "來源及作者", NULL};

const char *const tally_credit_cues[] = {
    "执行策划", "執行策劃", "策划", "策劃", "统筹", "統籌", "编导", "編導", "拍摄", "拍攝",
    "摄影", "攝影", "摄像", "攝像", "制作", "製作", "文字", "监制", "監製", "出品人",
    "总监制", "總監製", "剪辑", "剪輯", "设计", "設計", "配音", "海报", "海報", "视频", "視頻",
    "主编", "主編", "校对", "校對", NULL};

const char *const tally_byline_cues[] = {
    "本报特约记者", "本報特約記者", "本报通讯员", "本報通訊員", "本报记者", "本報記者",
    "特约记者", "特約記者", "见习记者", "見習記者", "首席记者", "首席記者", "责任编辑",
    "責任編輯", "通讯员", "通訊員", "实习生", "實習生", "作者为", "作者為", "记者", "記者",
    "作者", "编辑", "編輯", "文/", "文／", "◎", NULL};

const char *const tally_description_cues[] = {"作者为", "作者為", NULL};

const char *const tally_not_names[] = {
    "报道", "報道", "报导", "報導", "摄影", "攝影", "摄", "攝", "发自", "發自", "整理", "供图",
    "供圖", "综合", "綜合", "编译", "編譯", "专访", "專訪", NULL};

const char *const tally_source_cues[] = {"来源", "來源", "稿源", "出处", "出處", "消息来源",
                                         "消息來源", NULL};

const char *const tally_source_stops[] = {"点击", "點擊", "作者", "编辑", "編輯", "时间",
                                          "時間", "发布", "發布", "浏览", "瀏覽", "阅读",
                                          "閱讀", "字号", "字號", NULL};

const char *const tally_caption_ends[] = {"供图", "供圖", "摄", "攝", "摄影", "攝影",
                                          "资料图", "資料圖", "资料图片", "資料圖片", "图源",
                                          "圖源", NULL};

const char *const tally_interviewer_labels[] = {
    "记者", "記者", "本报记者", "本報記者", "主持人", "问", "問", "提问", "提問", "Q", NULL};

const char *const tally_medium_endings[] = {"网", "網", "报", "報", "台", "社", "点", "點",
                                            "频道", "頻道", "杂志", "雜誌", "周刊", "週刊",
                                            "在线", "在線", NULL};

const char *const tally_not_speakers[] = {
    "版权声明", "版權聲明", "编者按", "編者按", "来源", "來源", "原标题", "原標題", "注",
    "附件", "说明", "說明", "备注", "備註", "地址", "电话", "電話", "邮箱", "郵箱", "时间",
    "時間", "地点", "地點", "标题", "標題", "摘要", "关键词", "關鍵詞", "例如", "比如",
    "其中", "目前", "一是", "二是", "三是", "首先", "其次", "最后", "最後", NULL};

const char *const tally_site_words[] = {"网", "網", "频道", "頻道", "新闻", "新聞", "日报",
                                        "日報", "晚报", "晚報", "首页", "首頁", "门户", "門戶",
                                        ".com", ".cn", "政府", NULL};

const tally_place tally_places[] = {
    /* provinces, autonomous regions, municipalities */
    {"北京", "北京市"}, {"天津", "天津市"}, {"上海", "上海市"}, {"重庆", "重庆市"},
    {"河北", "河北省"}, {"山西", "山西省"}, {"内蒙古", "内蒙古自治区"}, {"辽宁", "辽宁省"},
    {"吉林", "吉林省"}, {"黑龙江", "黑龙江省"}, {"江苏", "江苏省"}, {"浙江", "浙江省"},
    {"安徽", "安徽省"}, {"福建", "福建省"}, {"江西", "江西省"}, {"山东", "山东省"},
    {"河南", "河南省"}, {"湖北", "湖北省"}, {"湖南", "湖南省"}, {"广东", "广东省"},
    {"广西", "广西壮族自治区"}, {"海南", "海南省"}, {"四川", "四川省"}, {"贵州", "贵州省"},
    {"云南", "云南省"}, {"西藏", "西藏自治区"}, {"陕西", "陕西省"}, {"甘肃", "甘肃省"},
    {"青海", "青海省"}, {"宁夏", "宁夏回族自治区"}, {"新疆", "新疆维吾尔自治区"},
    {"台湾", "台湾省"}, {"香港", "香港特别行政区"}, {"澳门", "澳门特别行政区"},
    /* prefecture-level cities, by province */
    {"石家庄", "石家庄市"}, {"唐山", "唐山市"}, {"秦皇岛", "秦皇岛市"}, {"邯郸", "邯郸市"},
    {"邢台", "邢台市"}, {"保定", "保定市"}, {"张家口", "张家口市"}, {"承德", "承德市"},
    {"沧州", "沧州市"}, {"廊坊", "廊坊市"}, {"衡水", "衡水市"},
    {"太原", "太原市"}, {NULL, "大同市"}, {"阳泉", "阳泉市"}, {"长治", "长治市"},
    {"晋城", "晋城市"}, {"朔州", "朔州市"}, {"晋中", "晋中市"}, {"运城", "运城市"},
    {"忻州", "忻州市"}, {"临汾", "临汾市"}, {"吕梁", "吕梁市"},
    {"呼和浩特", "呼和浩特市"}, {"包头", "包头市"}, {"乌海", "乌海市"}, {"赤峰", "赤峰市"},
    {"通辽", "通辽市"}, {"鄂尔多斯", "鄂尔多斯市"}, {"呼伦贝尔", "呼伦贝尔市"},
    {"巴彦淖尔", "巴彦淖尔市"}, {"乌兰察布", "乌兰察布市"},
    {"沈阳", "沈阳市"}, {"大连", "大连市"}, {"鞍山", "鞍山市"}, {"抚顺", "抚顺市"},
    {"本溪", "本溪市"}, {"丹东", "丹东市"}, {"锦州", "锦州市"}, {"营口", "营口市"},
    {"阜新", "阜新市"}, {"辽阳", "辽阳市"}, {"盘锦", "盘锦市"}, {"铁岭", "铁岭市"},
    {NULL, "朝阳市"}, {"葫芦岛", "葫芦岛市"},
    {"长春", "长春市"}, {NULL, "吉林市"}, {"四平", "四平市"}, {"辽源", "辽源市"},
    {"通化", "通化市"}, {NULL, "白山市"}, {"松原", "松原市"}, {"白城", "白城市"},
    {"哈尔滨", "哈尔滨市"}, {"齐齐哈尔", "齐齐哈尔市"}, {"鸡西", "鸡西市"}, {"鹤岗", "鹤岗市"},
    {"双鸭山", "双鸭山市"}, {"大庆", "大庆市"}, {"伊春", "伊春市"}, {"佳木斯", "佳木斯市"},
    {"七台河", "七台河市"}, {"牡丹江", "牡丹江市"}, {NULL, "黑河市"}, {"绥化", "绥化市"},
    {"南京", "南京市"}, {"无锡", "无锡市"}, {"徐州", "徐州市"}, {"常州", "常州市"},
    {"苏州", "苏州市"}, {"南通", "南通市"}, {"连云港", "连云港市"}, {"淮安", "淮安市"},
    {"盐城", "盐城市"}, {"扬州", "扬州市"}, {"镇江", "镇江市"}, {"泰州", "泰州市"},
    {"宿迁", "宿迁市"},
    {"杭州", "杭州市"}, {"宁波", "宁波市"}, {"温州", "温州市"}, {"嘉兴", "嘉兴市"},
    {"湖州", "湖州市"}, {"绍兴", "绍兴市"}, {"金华", "金华市"}, {"衢州", "衢州市"},
    {"舟山", "舟山市"}, {"台州", "台州市"}, {"丽水", "丽水市"},
    {"合肥", "合肥市"}, {"芜湖", "芜湖市"}, {"蚌埠", "蚌埠市"}, {"淮南", "淮南市"},
    {"马鞍山", "马鞍山市"}, {"淮北", "淮北市"}, {"铜陵", "铜陵市"}, {"安庆", "安庆市"},
    {NULL, "黄山市"}, {"滁州", "滁州市"}, {"阜阳", "阜阳市"}, {"宿州", "宿州市"},
    {"六安", "六安市"}, {"亳州", "亳州市"}, {"池州", "池州市"}, {"宣城", "宣城市"},
    {"福州", "福州市"}, {"厦门", "厦门市"}, {"莆田", "莆田市"}, {"三明", "三明市"},
    {"泉州", "泉州市"}, {"漳州", "漳州市"}, {"南平", "南平市"}, {"龙岩", "龙岩市"},
    {"宁德", "宁德市"},
    {"南昌", "南昌市"}, {"景德镇", "景德镇市"}, {"萍乡", "萍乡市"}, {"九江", "九江市"},
    {"新余", "新余市"}, {"鹰潭", "鹰潭市"}, {"赣州", "赣州市"}, {"吉安", "吉安市"},
    {"宜春", "宜春市"}, {"抚州", "抚州市"}, {"上饶", "上饶市"},
    {"济南", "济南市"}, {"青岛", "青岛市"}, {"淄博", "淄博市"}, {"枣庄", "枣庄市"},
    {"东营", "东营市"}, {"烟台", "烟台市"}, {"潍坊", "潍坊市"}, {"济宁", "济宁市"},
    {"泰安", "泰安市"}, {"威海", "威海市"}, {"日照", "日照市"}, {"临沂", "临沂市"},
    {"德州", "德州市"}, {"聊城", "聊城市"}, {"滨州", "滨州市"}, {"菏泽", "菏泽市"},
    {"郑州", "郑州市"}, {"开封", "开封市"}, {"洛阳", "洛阳市"}, {"平顶山", "平顶山市"},
    {"安阳", "安阳市"}, {"鹤壁", "鹤壁市"}, {"新乡", "新乡市"}, {"焦作", "焦作市"},
    {"濮阳", "濮阳市"}, {"许昌", "许昌市"}, {"漯河", "漯河市"}, {"三门峡", "三门峡市"},
    {"南阳", "南阳市"}, {"商丘", "商丘市"}, {"信阳", "信阳市"}, {"周口", "周口市"},
    {"驻马店", "驻马店市"},
    {"武汉", "武汉市"}, {"黄石", "黄石市"}, {"十堰", "十堰市"}, {"宜昌", "宜昌市"},
    {"襄阳", "襄阳市"}, {"鄂州", "鄂州市"}, {"荆门", "荆门市"}, {"孝感", "孝感市"},
    {"荆州", "荆州市"}, {"黄冈", "黄冈市"}, {"咸宁", "咸宁市"}, {"随州", "随州市"},
    {"长沙", "长沙市"}, {"株洲", "株洲市"}, {"湘潭", "湘潭市"}, {"衡阳", "衡阳市"},
    {"邵阳", "邵阳市"}, {"岳阳", "岳阳市"}, {"常德", "常德市"}, {"张家界", "张家界市"},
    {"益阳", "益阳市"}, {"郴州", "郴州市"}, {"永州", "永州市"}, {"怀化", "怀化市"},
    {"娄底", "娄底市"},
    {"广州", "广州市"}, {"韶关", "韶关市"}, {"深圳", "深圳市"}, {"珠海", "珠海市"},
    {"汕头", "汕头市"}, {"佛山", "佛山市"}, {"江门", "江门市"}, {"湛江", "湛江市"},
    {"茂名", "茂名市"}, {"肇庆", "肇庆市"}, {"惠州", "惠州市"}, {"梅州", "梅州市"},
    {"汕尾", "汕尾市"}, {"河源", "河源市"}, {"阳江", "阳江市"}, {"清远", "清远市"},
    {"东莞", "东莞市"}, {NULL, "中山市"}, {"潮州", "潮州市"}, {"揭阳", "揭阳市"},
    {"云浮", "云浮市"},
    {"南宁", "南宁市"}, {"柳州", "柳州市"}, {"桂林", "桂林市"}, {"梧州", "梧州市"},
    {"北海", "北海市"}, {"防城港", "防城港市"}, {"钦州", "钦州市"}, {"贵港", "贵港市"},
    {"玉林", "玉林市"}, {"百色", "百色市"}, {"贺州", "贺州市"}, {"河池", "河池市"},
    {"来宾", "来宾市"}, {"崇左", "崇左市"},
    {"海口", "海口市"}, {"三亚", "三亚市"}, {"三沙", "三沙市"}, {"儋州", "儋州市"},
    {"成都", "成都市"}, {"自贡", "自贡市"}, {"攀枝花", "攀枝花市"}, {"泸州", "泸州市"},
    {"德阳", "德阳市"}, {"绵阳", "绵阳市"}, {"广元", "广元市"}, {"遂宁", "遂宁市"},
    {"内江", "内江市"}, {"乐山", "乐山市"}, {"南充", "南充市"}, {"眉山", "眉山市"},
    {"宜宾", "宜宾市"}, {"广安", "广安市"}, {"达州", "达州市"}, {"雅安", "雅安市"},
    {"巴中", "巴中市"}, {"资阳", "资阳市"},
    {"贵阳", "贵阳市"}, {"六盘水", "六盘水市"}, {"遵义", "遵义市"}, {"安顺", "安顺市"},
    {"毕节", "毕节市"}, {"铜仁", "铜仁市"},
    {"昆明", "昆明市"}, {"曲靖", "曲靖市"}, {"玉溪", "玉溪市"}, {"保山", "保山市"},
    {"昭通", "昭通市"}, {"丽江", "丽江市"}, {NULL, "普洱市"}, {"临沧", "临沧市"},
    {"拉萨", "拉萨市"}, {"日喀则", "日喀则市"}, {"昌都", "昌都市"}, {"林芝", "林芝市"},
    {"山南", "山南市"}, {"那曲", "那曲市"},
    {"西安", "西安市"}, {"铜川", "铜川市"}, {"宝鸡", "宝鸡市"}, {"咸阳", "咸阳市"},
    {"渭南", "渭南市"}, {"延安", "延安市"}, {"汉中", "汉中市"}, {"榆林", "榆林市"},
    {NULL, "安康市"}, {"商洛", "商洛市"},
    {"兰州", "兰州市"}, {"嘉峪关", "嘉峪关市"}, {"金昌", "金昌市"}, {NULL, "白银市"},
    {"天水", "天水市"}, {"武威", "武威市"}, {"张掖", "张掖市"}, {"平凉", "平凉市"},
    {"酒泉", "酒泉市"}, {"庆阳", "庆阳市"}, {"定西", "定西市"}, {"陇南", "陇南市"},
    {"西宁", "西宁市"}, {"海东", "海东市"},
    {"银川", "银川市"}, {"石嘴山", "石嘴山市"}, {"吴忠", "吴忠市"}, {"固原", "固原市"},
    {"中卫", "中卫市"},
    {"乌鲁木齐", "乌鲁木齐市"}, {"克拉玛依", "克拉玛依市"}, {"吐鲁番", "吐鲁番市"},
    {"哈密", "哈密市"},
    {NULL, NULL}};

const char *tally_place_full_name(const char *simplified)
{
    for (const tally_place *p = tally_places; p->full; p++)
        if ((p->name && strcmp(p->name, simplified) == 0) || strcmp(p->full, simplified) == 0)
            return p->full;
    return NULL;
}

/* Self-references and region-only authorities. A Hong Kong or Macau release
 * often never writes its own name (本港, 本澳); a Taiwan release names its
 * authorities instead. Only authorities no other region has a namesake of
 * (not 立法会, which Hong Kong and Macau share, nor 经济部, which other
 * countries have). */
const tally_self_region_word tally_self_region_words[] = {
    /* Hong Kong */
    {"本港", "香港特别行政区"}, {"全港", "香港特别行政区"}, {"港产品", "香港特别行政区"},
    {"香港特区", "香港特别行政区"}, {"政府统计处", "香港特别行政区"},
    {"金管局", "香港特别行政区"}, {"金融管理局", "香港特别行政区"},
    {"入境事务处", "香港特别行政区"}, {"贸发局", "香港特别行政区"},
    /* Macau */
    {"本澳", "澳门特别行政区"}, {"全澳", "澳门特别行政区"}, {"澳门特区", "澳门特别行政区"},
    {"统计暨普查局", "澳门特别行政区"}, {"治安警察局", "澳门特别行政区"},
    {"博彩监察协调局", "澳门特别行政区"},
    /* Taiwan */
    {"主计总处", "台湾省"}, {"主计处", "台湾省"}, {"行政院", "台湾省"}, {"立法院", "台湾省"},
    {"经济部统计处", "台湾省"}, {"经济部国际贸易局", "台湾省"}, {"国贸局", "台湾省"},
    {"国发会", "台湾省"}, {"国家发展委员会", "台湾省"}, {"金管会", "台湾省"},
    /* Taiwan's finance ministry's offices (the mainland's 财政部 has none so
     * named) */
    {"财政部统计处", "台湾省"}, {"国库署", "台湾省"}, {"关务署", "台湾省"},
    /* Taiwan's stock market and its exchanges */
    {"台股", "台湾省"}, {"证交所", "台湾省"}, {"柜买中心", "台湾省"},
    {NULL, NULL}};

const tally_self_region_word tally_traditional_self_words[] = {
    {"经济部", "台湾省"}, {"中央银行", "台湾省"},
    /* Taiwan's ministries of labour and of the interior (the mainland's are
     * 人力资源和社会保障部 since 1998 and 民政部) */
    {"劳动部", "台湾省"}, {"内政部", "台湾省"}, {NULL, NULL}};

const char *const tally_region_elsewhere_cues[] = {
    "来自", "输往", "运往", "销往", "发往", "飞往", "前往", "赴", "输入自", "进口自", "出口到",
    "出口至", "访问", NULL};

const char *const tally_region_origin_nouns[] = {"旅客", "游客", "访客", "客源", "居民", "同胞",
                                                  NULL};

/* The end of a company's name: a place at its start (黑龙江北大荒农业股份有限公司)
 * names the company, not the text's region (a company's figures are its own). */
const char *const tally_region_company_endings[] = {"股份有限公司", "有限责任公司", "有限公司",
                                                    "股份公司", NULL};

const char *const tally_county_suffixes[] = {"县", "区", "旗", "市", NULL};
const tally_level_word tally_level_words[] = {
    {"全省", "省"}, {"我省", "省"}, {"本省", "省"}, {"全市", "市"}, {"我市", "市"},
    {"本市", "市"}, {"全县", "县"}, {"我县", "县"}, {"本县", "县"}, {"全区", "区"},
    {"我区", "区"}, {"本区", "区"}, {"全旗", "旗"}, {"我旗", "旗"}, {"全州", "州"},
    {"我州", "州"}, {NULL, NULL}};

const char *const tally_country_self_words[] = {"我国", NULL};

const char *const tally_not_county_endings[] = {
    "地区", "山区", "城区", "市区", "郊区", "景区", "矿区", "牧区", "灾区", "库区", "园区",
    "社区", "小区", "特区", "辖区", "片区", "街区", "湾区", "林区", "垦区", "老区", "边区",
    "城市", "都市", "门市", "夜市", "集市", "股市", "楼市", "车市",
    /* development zones and parks: a zone's name is no county's */
    "开发区", "高新区", "经开区", "保税区", "试验区", "示范区", "工业区", "产业区", "功能区",
    "集聚区", "商务区", "先行区", "合作区", "主城区", "样板区",
    /* kinds and ranks of counties and cities, no name of one */
    "百强县", "百强市", "百强区", "强县", "强市", "大县", "大市", "试点县", "试点市", "试点区",
    "示范县", "示范市", NULL};
