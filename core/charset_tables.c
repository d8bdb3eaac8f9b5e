/* The data the charset detector weighs a decoding with (docs/engine.md,
 * "Detection"). A reader tunes detection here, not in core/charset_detect.c. */
#include "charset_tables.h"

#include <stddef.h>

/* The most frequent characters of modern written Chinese, Simplified, as the
 * developers know them from reports and general text; each tier's Traditional
 * forms (tally.traditional of the Simplified list, plus the forms one
 * Simplified character has several of) follow it. A correct decoding of a
 * report is mostly these characters; a wrong one lands on them by chance. */
const char tally_common_hanzi_tier1[] =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可"
    "主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家"
    "电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合"
    "还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明"
    "看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想"
    "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边"
    "流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战"
    "先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶"
    "油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例"
    "真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集"
    "温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际"
    "商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何"
    "除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派"
    "层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
    /* Traditional forms */
    "這為個國時來們於對會發動過說產種後學經進著電現實兩體機當點從業應開還義間"
    "樣與關線內數麼質氣變條沒結問無軍並題黨員總設長頭資邊級圖統較將組見計別論"
    "運農幾區強決乾戰則據處隊給門規熱領東導壓爭濟階術極聯認權證採轉單風帶場車"
    "務萬達積議聲報鬥類離華確張馬節話況溫傳許廣記觀織裝眾書復兒須際驗連斷難礦"
    "備辦習響約勞團歷構稱號維選標寫親養層卻專狀廠識適屬圓調滿縣參紅細聽該鐵價"
    "嚴龍飛";

const char tally_common_hanzi_tier2[] =
    "截降亿吨斤亩户项倍额占括推落创驱稳障环境护态乡村振兴城镇础施输港航源网煤"
    "炭汽服旅游卫健康医疗龄托房财税债融银险券投费贸招营企微粮食播耕畜牧渔蔬菜"
    "猪牛羊禽蛋奶居均配困脱贫巩固防止返帮扶援助协域圈园试湾岸洋黄河淮珠湖泊湿"
    "森草绿碳峰减排污染蓝碧净优良颗粒浓考核垃圾旧棚危抗震灾急故药监牌孵台室士"
    "博硕毕职培训岗失登聘灵益欠薪妇女童残疾退役宗疆依执司检察扫黑恶禁毒访矛盾"
    "纠纷廉腐败纪督巡视审责官僚负担奋告批案答章修订颁评估奖励彰荣誉模范典显突"
    "破首超扩缩续升恢波滑萎扭挑隐患短板弱差距足够衡充坚终牢初宁泽邓贯彻神威移"
    "醒刻握趋势遇谋筹兼顾念底聚焦围绕紧扣善拓泛扎序妥慎勇敢乐远季份未纲景澳香"
    "胞侨友伙伴坛览洽谈签预付补贴贷款汇涨幅控左右另虽尽随鉴借普覆盖惠庭庄街州"
    "盟旗辖津庆苏浙川福徽辽陕云蒙古贵吉甘肃夏藏圳武汉杭郑沙沈阳哈尔滨岛厦樂師"
    "裡裏讀錢買賣飯館醫雞鳥魚雲雨雪語請謝讓劃準幹嘅啲㗎嚟咗喺冇佢哋嘢咁睇乜唔"
    "係啱噉嗰呢啦喎囉咩吗吧啊呀哪谁怎您爱吃喝睡穿玩笑哭唱跳读买卖送拿站坐躺跑"
    "洗换画讲诉希望喜欢觉忘束继停朋师孩父母爸妈哥姐弟妹爷丈夫妻警客邻早晚午夜"
    "春秋冬末星假昨刚曾忽仍竟互咱某旁附顶侧端尾秒钟朝鲜亮暗紫灰冷暖轻慢宽窄厚"
    "薄浅粗硬软甜苦辣臭丑错忙闲富穷贱胖瘦幼男雄雌阴怒哀忧愁惊恐怕恨羡慕尊敬谢"
    "抱歉谅拒绝迎邀请休息锻炼散购逛聊班辞"
    /* Traditional forms */
    "億噸畝戶項額佔創驅穩環護態鄉興鎮礎輸網製遊衛療齡財稅債銀險費貿營糧漁豬脫"
    "貧鞏幫協園試灣黃濕綠減藍淨優顆濃舊災藥監碩畢職訓崗靈婦殘執檢掃惡訪糾紛敗"
    "紀視審責負擔奮訂頒評獎勵榮譽範顯擴縮續隱夠堅終寧澤鄧貫徹趨勢謀佈籌顧圍繞"
    "緊遠綱僑夥壇覽談簽預補貼貸匯漲雖儘隨鑒託蓋莊轄慶蘇遼陝貴肅漢鄭瀋陽爾濱島"
    "廈嗎誰愛換畫講訴歡覺繼媽爺鄰週剛頂側鐘鮮輕寬淺軟醜錯閒窮賤陰憂驚羨諒絕鍛"
    "鍊購辭臺髮衝鍾麵"
    /* Cantonese, as Hong Kong reports and quotes write it (HKSCS) */
    "嘅啲㗎嚟咗喺冇佢哋嘢咁睇乜唔係啱噉嗰呢啦喎囉咩";

/* Punctuation and symbols Chinese text is full of. */
const char tally_common_punctuation[] =
    "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·％～－＋＝／"
    "０１２３４５６７８９　";

/* What a decoded character is worth, by class; the first class that holds a
 * character gives its weight. Roughly log2 of how much likelier the class is
 * in a correctly decoded report than in a wrong decoding. */
const tally_charset_weight tally_charset_weights[] = {
    {TALLY_CC_COMMON1, 5},      /* tier 1 above */
    {TALLY_CC_COMMON2, 3},      /* tier 2 above */
    {TALLY_CC_PUNCT, 3},        /* the punctuation above */
    {TALLY_CC_ASCII, 0},        /* printable ASCII, tab, LF, CR, FF: same in every candidate */
    {TALLY_CC_HAN, -1},         /* other CJK unified ideographs (U+4E00..U+9FFF) */
    {TALLY_CC_RARE_HAN, -4},    /* extension A and beyond, compatibility ideographs */
    {TALLY_CC_OTHER, -3},       /* kana, Hangul, Greek, Cyrillic, box drawing, other symbols */
    {TALLY_CC_BAD, -8},         /* U+FFFD, private use, unassigned, control characters */
};
const size_t tally_charset_weight_count = sizeof tally_charset_weights / sizeof tally_charset_weights[0];

/* The WHATWG Encoding Standard's labels for the encodings reports come in.
 * WHATWG decodes every Big5 label as Big5-HKSCS; tally takes the family and
 * lets the bytes choose (docs/engine.md). Other labels go to ICU as given. */
const tally_charset_label tally_charset_labels[] = {
    {"gb2312", "GB18030"},       {"gbk", "GB18030"},        {"x-gbk", "GB18030"},
    {"gb_2312", "GB18030"},      {"gb_2312-80", "GB18030"}, {"chinese", "GB18030"},
    {"csgb2312", "GB18030"},     {"csiso58gb231280", "GB18030"},
    {"iso-ir-58", "GB18030"},    {"gb18030", "GB18030"},    {"euc-cn", "GB18030"},
    {"big5", "Big5"},            {"big5-hkscs", "Big5"},    {"cn-big5", "Big5"},
    {"csbig5", "Big5"},          {"x-x-big5", "Big5"},
    {"utf-8", "UTF-8"},          {"utf8", "UTF-8"},         {"unicode-1-1-utf-8", "UTF-8"},
    {"utf-16", "UTF-16LE"},      {"utf-16le", "UTF-16LE"},  {"utf-16be", "UTF-16BE"},
    {NULL, NULL},
};
