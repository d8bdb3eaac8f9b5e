#!/usr/bin/env python3
"""Hand annotations of the eight sample reports (corpus/sample/), written out as the gold jsonl files.

Every record below was written by a person reading the decoded text against
/work/shared/spec/figures.md and measures.md; this script only turns each record's
`text` (or `marker`) into byte offsets. A record names its span by the exact text and,
where that text occurs more than once, by a longer anchor `at` that occurs exactly once
and contains it. Measures name their end by the last characters of the item (`end`).
No engine output was used. The span finding and the figure line are ../annotate_lib.py.
Usage: python3 annotate.py   (rewrites figures/, measures/, meta.jsonl)
"""
import os
import sys

from sampletext import doc_text

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import F, byte_span, figure_record, unique_index, write_jsonl  # noqa: E402

# Notes for the cases the spec leaves open (ambiguous: true; scored neither way).
BOILERPLATE = ("figure inside a 相关新闻 (related news) list, which the spec counts as boilerplate and "
               "leaves out of doc.body; figures.md does not say whether doc:figures() reads doc.text or doc.body")
RESTATED = ("N大 counting the two things just named (家电、家具两大产业); the spec's non-figure rule names "
            "counts that restate tiers or places (县乡村三级, 省市两级), not named industries")
NARROWED = ("降幅…收窄3.6个百分点: the spec says a difference states its direction but does not say whether a "
            "narrowing decline is +3.6 (the rate rose) or -3.6 (the decline shrank)")
TWD = ("money written with the currency before the number (新台幣85億元); the spec's unit rule (the word right "
       "after the number) gives 元, while the currency is the New Taiwan dollar (新台币)")
FIRST_BIGGEST = ("第一大出口市場 ('the largest export market') is a rank word without a scope phrase such as "
                 "全国; the spec settles 首位/榜首/第一 after a scope, and says ordinals naming things are not figures")
DURATION = ("an average time (平均通關時間縮短至30分鐘以內) is a measured quantity, but the spec lists durations "
            "among the time expressions that are never figures")


def M(marker, ordinal, headline, end, lst, level=1, parent=None, intro=None, declared=None, at=None):
    return dict(marker=marker, ordinal=ordinal, headline=headline, end=end, list=lst, level=level,
                parent=parent, intro=intro, declared=declared, at=at)


FIGURES = {}
MEASURES = {}
META = []

# ---------------------------------------------------------------- 01 四川 (Hans, interview)
FIGURES['01_sichuan_interview'] = [
    F('1.32万亿元', 1.32e12, '元', 'money', '社会消费品零售总额', '上半年'),
    F('5.6%', 5.6, '%', 'growth', '社会消费品零售总额', '上半年', scope='同比'),
    F('1.9个百分点', 1.9, 'pp', 'pp', '社会消费品零售总额', '上半年'),
    F('第5位', 5, '位', 'rank', '总量', '上半年', scope='全国'),
    F('第一', 1, '位', 'rank', '总量', '上半年', scope='西部', at='位列西部第一'),
    F('5480亿元', 5.48e11, '元', 'money', '零售额', '上半年'),
    F('41.5%', 41.5, '%', 'percent', '零售额', '上半年'),
    F('三方面', 3, '方面', 'quantity', '工作'),
    F('约9.6亿元', 9.6e8, '元', 'money', '消费券', approx='about'),
    F('超过120亿元', 1.2e10, '元', 'money', '消费', approx='over'),
    F('1:12.5', 12.5, ':', 'ratio', '资金撬动比'),
    F('近4.3万份', 43000, '份', 'quantity', '汽车以旧换新补贴申请', '截至6月底', approx='under'),
    F('38.7亿元', 3.87e9, '元', 'money', '销售额', '截至6月底'),
    F('21.4%', 21.4, '%', 'growth', '销售额', '截至6月底', scope='环比'),
    F('6条', 6, '条', 'quantity', '省级高品位步行街'),
    F('二十个', 20, '个', 'quantity', '夜间经济集聚区'),
    F('18.2%', 18.2, '%', 'growth', '客流量', scope='同比'),
    F('25个', 25, '个', 'quantity', '县', '今年'),
    F('120余个', 120, '个', 'quantity', '县级电商公共服务中心', '今年', approx='over'),
    F('486亿元', 4.86e10, '元', 'money', '农产品网络零售额', '今年'),
    F('14.7%', 14.7, '%', 'growth', '农产品网络零售额', '今年', scope='同比'),
    F('300个左右', 300, '个', 'quantity', '乡镇商贸中心', approx='about'),
    F('92%', 92, '%', 'percent', '村级寄递物流综合服务站覆盖率'),
    F('1,850家', 1850, '家', 'quantity', '限额以上商贸企业'),
    F('40项', 40, '项', 'quantity', '“四川老字号”品牌'),
    F('4860.3亿元', 4.8603e11, '元', 'money', '外贸进出口总额', '上半年'),
    F('4.1%', -4.1, '%', 'growth', '外贸进出口总额', '上半年', scope='同比'),
    F('3.6个百分点', 3.6, 'pp', 'pp', '降幅', '上半年', amb=NARROWED),
    F('2952.6亿元', 2.9526e11, '元', 'money', '出口', '上半年'),
    F('2.3%', 2.3, '%', 'growth', '出口', '上半年'),
    F('1907.7亿元', 1.9077e11, '元', 'money', '进口', '上半年'),
    F('12.8%', -12.8, '%', 'growth', '进口', '上半年'),
    F('六成左右', 60, '%', 'percent', '电子信息产品出口', approx='about'),
    F('三件', 3, '件', 'quantity', '事', '下半年'),
    F('60场以上', 60, '场', 'quantity', '境外展会', '全年', approx='over'),
    F('10%-15%', 10, '%', 'growth', '跨境电商进出口额', vmax=15),
    F('两个', 2, '个', 'quantity', '园区', amb=BOILERPLATE),
]
MEASURES['01_sichuan_interview'] = [
    M('一是', 1, '发放消费券撬动大宗消费', '资金撬动比达到1:12.5。', 1,
      intro='我们主要做了三方面的工作：', declared=3),
    M('二是', 2, '推动汽车和家电以旧换新', '环比增长21.4%。', 1,
      intro='我们主要做了三方面的工作：', declared=3),
    M('三是', 3, '培育夜间经济和特色街区', '重点街区客流量同比增长18.2%。', 1,
      intro='我们主要做了三方面的工作：', declared=3),
    M('在电商进农村方面', 1,
      '今年新支持25个县开展电子商务进农村综合示范，建成县级电商公共服务中心120余个，农产品网络零售额达到486亿元，同比增长14.7%',
      '同比增长14.7%。', 2),
    M('在物流体系方面', 2,
      '加快完善县乡村三级物流配送体系，新建和改造乡镇商贸中心300个左右，村级寄递物流综合服务站覆盖率提高到92%，快递进村的堵点正在逐个打通',
      '快递进村的堵点正在逐个打通。', 2),
    M('在市场主体方面', 3, '新增限额以上商贸企业1,850家，认定“四川老字号”品牌40项', '品牌40项。', 2),
    M('第一', 1, '组织企业参加广交会、进博会等重点展会，全年计划组织境外展会60场以上', '60场以上；', 3,
      intro='我们准备做好三件事：', declared=3, at='第一，组织'),
    M('第二', 2, '做大跨境电商，力争跨境电商进出口额增长10%-15%', '10%-15%；', 3,
      intro='我们准备做好三件事：', declared=3, at='第二，做大'),
    M('第三', 3, '用好国际班列，推动回程货源与省内产业对接', '推动回程货源与省内产业对接。', 3,
      intro='我们准备做好三件事：', declared=3, at='第三，用好'),
]
META.append(dict(name='01_sichuan_interview', title='扩内需稳外贸 激活消费“一池春水”',
                 date='2024-08-15T09:20:31', source='蜀都经济报', authors=['罗晓帆', '唐一苇'],
                 region='四川省', script='Hans'))

# ---------------------------------------------------------------- 02 浙江 (Hans, work report)
FIGURES['02_zhejiang_workreport'] = [
    F('2.59万亿元', 2.59e12, '元', 'money', '外贸进出口总额', '1至6月'),
    F('6.8%', 6.8, '%', 'growth', '外贸进出口总额', '1至6月', scope='同比'),
    F('第3位', 3, '位', 'rank', '规模', '1至6月', scope='全国'),
    F('1.93万亿元', 1.93e12, '元', 'money', '出口', '1至6月'),
    F('7.9%', 7.9, '%', 'growth', '出口', '1至6月'),
    F('15.2%', 15.2, '%', 'percent', '出口', '1至6月'),
    F('6600亿元', 6.6e11, '元', 'money', '进口', '1至6月'),
    F('3.7%', 3.7, '%', 'growth', '进口', '1至6月'),
    F('9.4%', 9.4, '%', 'growth', '进出口'),
    F('2.6个百分点', 2.6, 'pp', 'pp', '增速'),
    F('1.61万亿元', 1.61e12, '元', 'money', '社会消费品零售总额'),
    F('4.2%', 4.2, '%', 'growth', '社会消费品零售总额', scope='同比'),
    F('11.5万辆', 115000, '辆', 'quantity', '汽车以旧换新'),
    F('约160亿元', 1.6e10, '元', 'money', '新车消费', approx='about'),
    F('六十余万人次', 600000, '人次', 'quantity', '消费者', approx='over'),
    F('98.7亿美元', 9.87e9, '美元', 'money', '实际使用外资'),
    F('46.3%', 46.3, '%', 'percent', '高技术产业占比'),
    F('5.1个百分点', 5.1, 'pp', 'pp', '高技术产业占比'),
    F('1,523家', 1523, '家', 'quantity', '外商投资企业'),
    F('10%左右', -10, '%', 'growth', '订单', approx='about'),
    F('约1.5个百分点', -1.5, 'pp', 'pp', '县域消费增速', approx='about'),
    F('四个方面', 4, '方面', 'quantity', '工作', '下半年'),
    F('400场以上', 400, '场', 'quantity', '境外展会', '全年', approx='over'),
    F('3万家次', 30000, '家次', 'quantity', '企业', '全年'),
    F('20%', 20, '%', 'growth', '跨境电商出口', '全年'),
    F('不少于5亿元', 5e8, '元', 'money', '消费券', approx='over'),
    F('150个', 150, '个', 'quantity', '城市一刻钟便民生活圈'),
    F('26个', 26, '个', 'quantity', '山区海岛县'),
    F('95%以上', 95, '%', 'percent', '乡镇商贸中心覆盖率', approx='over'),
    F('不少于80场', 80, '场', 'quantity', '招商活动', '全年', approx='over'),
    F('30个左右', 30, '个', 'quantity', '外资项目', '全年', approx='about'),
]
_S2 = '上半年主要工作成效'
MEASURES['02_zhejiang_workreport'] = [
    M('一、', 1, '上半年主要工作成效', '新设外商投资企业1,523家。', 1),
    M('（一）', 1, '外贸保持较快增长', '增速快于全省平均2.6个百分点。', 2, 2, 1, at='（一）外贸'),
    M('（二）', 2, '消费市场稳中向好', '惠及消费者六十余万人次。', 2, 2, 1, at='（二）消费'),
    M('（三）', 3, '利用外资质量提升', '新设外商投资企业1,523家。', 2, 2, 1, at='（三）利用'),
    M('二、', 2, '存在的主要问题', '三是部分外资项目落地周期偏长。', 1),
    M('一是', 1, '外需仍然偏弱，部分劳动密集型产品订单下降10%左右', '下降10%左右；', 3, 2, 5),
    M('二是', 2, '消费恢复不均衡，县域消费增速低于城市约1.5个百分点', '约1.5个百分点；', 3, 2, 5),
    M('三是', 3, '部分外资项目落地周期偏长', '三是部分外资项目落地周期偏长。', 3, 2, 5),
    M('三、', 3, '下半年重点工作', '引进超亿美元外资项目30个左右。', 1),
    M('（一）', 1, '稳住外贸基本盘', '力争跨境电商出口增长20%。', 4, 2, 9,
      intro='我们将重点做好以下四个方面工作：', declared=4, at='（一）稳住'),
    M('（二）', 2, '持续扩大消费', '办好第五届浙江国际消费季。', 4, 2, 9,
      intro='我们将重点做好以下四个方面工作：', declared=4, at='（二）持续'),
    M('（三）', 3, '完善县域商业体系', '覆盖率达到95%以上。', 4, 2, 9,
      intro='我们将重点做好以下四个方面工作：', declared=4, at='（三）完善'),
    M('（四）', 4, '优化外资服务', '引进超亿美元外资项目30个左右。', 4, 2, 9,
      intro='我们将重点做好以下四个方面工作：', declared=4, at='（四）优化'),
]
META.append(dict(name='02_zhejiang_workreport', title='浙江省商务厅2024年上半年工作总结和下半年工作安排',
                 date='2024-07-22', source='之江商务信息网', authors=['邵文澜'],
                 region='浙江省', script='Hans'))

# ---------------------------------------------------------------- 03 云南 (Hans, news, GB18030)
FIGURES['03_yunnan_news'] = [
    F('两成', 20, '%', 'growth', '边境贸易', '前三季度', at='增长两成 农特'),
    F('1786.4亿元', 1.7864e11, '元', 'money', '外贸进出口总额', '前三季度'),
    F('9.7%', 9.7, '%', 'growth', '外贸进出口总额', '前三季度', scope='同比'),
    F('4.4个百分点', 4.4, 'pp', 'pp', '增速', '前三季度'),
    F('第2位', 2, '位', 'rank', '增速', '前三季度', scope='西部'),
    F('1043.2亿元', 1.0432e11, '元', 'money', '出口', '前三季度'),
    F('15.1%', 15.1, '%', 'growth', '出口', '前三季度'),
    F('743.2亿元', 7.432e10, '元', 'money', '进口', '前三季度'),
    F('2.9%', 2.9, '%', 'growth', '进口', '前三季度'),
    F('约482亿元', 4.82e10, '元', 'money', '边境贸易进出口额', approx='about'),
    F('两成以上', 20, '%', 'growth', '边境贸易进出口额', approx='over'),
    F('27%', 27, '%', 'percent', '边境贸易进出口额'),
    F('948.6亿元', 9.486e10, '元', 'money', '对东盟进出口', '1至9月'),
    F('53.1%', 53.1, '%', 'percent', '对东盟进出口', '1至9月'),
    F('11.8%', 11.8, '%', 'growth', '对东盟进出口', '1至9月'),
    F('逾1300万吨', 1.3e7, '吨', 'quantity', '货物', approx='over'),
    F('约三分之一', 100 / 3, '%', 'growth', '货物', approx='about', scope='去年同期'),
    F('36场', 36, '场', 'quantity', '“云品出滇”对接活动', '前三季度'),
    F('近58亿元', 5.8e9, '元', 'money', '签约金额', '前三季度', approx='under'),
    F('16个', 16, '个', 'quantity', '州市'),
    F('800余个', 800, '个', 'quantity', '农产品网销单品', approx='over'),
    F('32.5%', 32.5, '%', 'growth', '鲜花'),
    F('18.6%', 18.6, '%', 'growth', '咖啡'),
    F('9.3%', 9.3, '%', 'growth', '普洱茶'),
    F('1.1万个', 11000, '个', 'quantity', '村级物流服务点'),
    F('约2.3亿元', 2.3e8, '元', 'money', '文旅消费券', approx='about'),
    F('1:8.6', 8.6, ':', 'ratio', '拉动比', approx='about'),
    F('3至5家', 3, '家', 'quantity', '企业', '四季度', vmax=5),
    F('10%左右', 10, '%', 'growth', '外贸增速', '全年', approx='about'),
    F('4,870家', 4870, '家', 'quantity', '有进出口实绩的企业', '截至9月底'),
    F('312家', 312, '家', 'quantity', '企业', '截至9月底'),
    F('两条', 2, '条', 'quantity', '省级夜间经济示范街区', amb=BOILERPLATE, at='新增两条'),
    F('近三成', 30, '%', 'growth', '云南咖啡出口量', approx='under', scope='同比', amb=BOILERPLATE),
    F('两条', 2, '条', 'quantity', '冷链线路', amb=BOILERPLATE, at='新开两条'),
]
MEASURES['03_yunnan_news'] = [
    M('首先', 1, '搭建产销对接平台，前三季度举办“云品出滇”对接活动36场，签约金额近58亿元', '签约金额近58亿元；', 1),
    M('其次', 2, '推动电商进农村，在16个州市培育农产品网销单品800余个，鲜花、咖啡、普洱茶网络零售额分别增长32.5%、18.6%和9.3%',
      '18.6%和9.3%；', 1),
    M('再次', 3, '完善县乡村物流，村级物流服务点达到1.1万个', '1.1万个；', 1),
    M('最后', 4, '发放文旅消费券，累计核销约2.3亿元，对旅游消费的拉动比约为1:8.6', '约为1:8.6。', 1),
]
META.append(dict(name='03_yunnan_news', title='云南前三季度边境贸易增长两成 农特产品网上走俏',
                 date='2024-10-28T16:45', source='彩云商讯', authors=['钟启航', '杨一鸣'],
                 region='云南省', script='Hans'))

# ---------------------------------------------------------------- 04 湖南 (Hans, news)
_I4 = '主要包括：'
FIGURES['04_hunan_news'] = [
    F('１２.５％', 12.5, '%', 'growth', '外贸进出口', '1至8月', at='进出口增长１２.５％ 对非'),
    F('４２８６．７亿元', 4.2867e11, '元', 'money', '外贸进出口总额', '1至8月'),
    F('１２.５％', 12.5, '%', 'growth', '外贸进出口总额', '1至8月', scope='同比', at='同比增长１２.５％'),
    F('第４位', 4, '位', 'rank', '增速', '1至8月', scope='全国'),
    F('第一', 1, '位', 'rank', '增速', '1至8月', scope='中部', at='中部第一'),
    F('２９１０.３亿元', 2.9103e11, '元', 'money', '出口', '1至8月'),
    F('１８.２％', 18.2, '%', 'growth', '出口', '1至8月'),
    F('１３７６.４亿元', 1.3764e11, '元', 'money', '进口', '1至8月'),
    F('０.８％', -0.8, '%', 'growth', '进口', '1至8月'),
    F('2.1:1', 1 / 2.1, ':', 'ratio', '出口与进口之比', approx='about'),
    F('３１６.９亿元', 3.169e10, '元', 'money', '对非洲进出口', '前8个月'),
    F('2.1倍', 2.1, '倍', 'growth', '对非洲进出口', '前8个月'),
    F('7.4%', 7.4, '%', 'percent', '对非洲进出口', '前8个月'),
    F('2,100余家', 2100, '家', 'quantity', '企业', approx='over'),
    F('约五百家', 500, '家', 'quantity', '企业', approx='about'),
    F('六项', 6, '项', 'quantity', '行动', '今年'),
    F('120场左右', 120, '场', 'quantity', '境外重点展会', '全年', approx='about'),
    F('50%至70%', 50, '%', 'percent', '补助', '全年', vmax=70),
    F('1500家以上', 1500, '家', 'quantity', '企业', approx='over'),
    F('十家', 10, '家', 'quantity', '外贸综合服务企业'),
    F('1000列', 1000, '列', 'quantity', '国际货运班列开行量', approx='over'),
    F('8条', 8, '条', 'quantity', '江海联运航线'),
    F('三成', 30, '%', 'growth', '跨境电商进出口额', at='增长三成'),
    F('15个', 15, '个', 'quantity', '海外仓'),
    F('85亿美元', 8.5e9, '美元', 'money', '出口信用保险承保规模'),
    F('约6800家', 6800, '家', 'quantity', '企业', approx='about'),
    F('3亿元', 3e8, '元', 'money', '消费券'),
    F('两百余场', 200, '场', 'quantity', '以旧换新促销活动', approx='over'),
    F('5000万元以上', 5e7, '元', 'money', '年进出口额', approx='over'),
    F('百分之六十', 60, '%', 'percent', '保费补贴比例'),
]
MEASURES['04_hunan_news'] = [
    M('1.', 1, '拓市场行动', '50%至70%的补助。', 1, intro=_I4, declared=6, at='1. 拓'),
    M('2.', 2, '育主体行动', '培育外贸综合服务企业十家。', 1, intro=_I4, declared=6, at='2. 育'),
    M('3.', 3, '强通道行动', '江海联运航线增至8条。', 1, intro=_I4, declared=6, at='3. 强'),
    M('4.', 4, '兴业态行动', '新建海外仓15个。', 1, intro=_I4, declared=6, at='4. 兴'),
    M('5.', 5, '优服务行动', '惠及企业约6800家。', 1, intro=_I4, declared=6, at='5. 优'),
    # numbered lines are section numbers (measures.md), and sections run to the next section:
    # the last one takes the body paragraph after it, up to the 分享至 boilerplate
    M('6.', 6, '促消费联动行动', '补贴比例提高到百分之六十。', 1, intro=_I4, declared=6, at='6. 促'),
]
META.append(dict(name='04_hunan_news', title='湖南1至8月外贸进出口增长１２.５％ 对非贸易持续升温',
                 date='2023-09-20T08:12', source='湘江晨讯', authors=['易晨阳', '柯小满'],
                 region='湖南省', script='Hans'))

# ---------------------------------------------------------------- 05 佛山 (Hans, city work plan)
_I5 = '实施“五大工程”'
FIGURES['05_foshan_workreport'] = [
    F('3,680亿元', 3.68e11, '元', 'money', '社会消费品零售总额', '2023年'),
    F('6.3%', 6.3, '%', 'growth', '社会消费品零售总额', '2023年'),
    F('第二', 2, '位', 'rank', '增速', '2023年', scope='珠三角九市', at='排名第二'),
    F('6,512亿元', 6.512e11, '元', 'money', '外贸进出口总额', '2023年'),
    F('2.6%', -2.6, '%', 'growth', '外贸进出口总额', '2023年', scope='同比'),
    F('5,020亿元', 5.02e11, '元', 'money', '出口', '2023年'),
    F('1.8%', -1.8, '%', 'growth', '出口', '2023年'),
    F('1,492亿元', 1.492e11, '元', 'money', '进口', '2023年'),
    F('5.2%', -5.2, '%', 'growth', '进口', '2023年'),
    F('两大', 2, '', 'quantity', '产业', amb=RESTATED),
    F('三成以上', 30, '%', 'percent', '出口', approx='over'),
    F('五大', 5, '', 'quantity', '工程', '2024年'),
    F('6%左右', 6, '%', 'growth', '社会消费品零售总额', '全年', approx='about'),
    F('200余家', 200, '家', 'quantity', '企业', approx='over'),
    F('2.5亿元', 2.5e8, '元', 'money', '专项资金'),
    F('10%-15%', 10, '%', 'percent', '补贴', vmax=15),
    F('不超过2000元', 2000, '元', 'money', '单件', approx='under'),
    F('60亿元以上', 6e9, '元', 'money', '家电家居消费', approx='over'),
    F('1个', 1, '个', 'quantity', '市级示范商圈'),
    F('8条', 8, '条', 'quantity', '夜间经济示范街区'),
    F('两万五千人', 25000, '人', 'quantity', '就业'),
    F('三批', 3, '批', 'quantity', '消费券', '全年'),
    F('1.2亿元', 1.2e8, '元', 'money', '消费券', '全年'),
    F('不低于1:10', 10, ':', 'ratio', '财政资金与带动消费之比', '全年', approx='over'),
    F('20家', 20, '家', 'quantity', '跨境电商服务企业'),
    F('300亿元', 3e10, '元', 'money', '跨境电商进出口额', approx='over'),
    F('25%', 25, '%', 'growth', '跨境电商进出口额'),
    F('10个左右', 10, '个', 'quantity', '海外仓', approx='about'),
    F('前三', 3, '位', 'rank', '工作成效', approx='under'),
    F('500万元', 5e6, '元', 'money', '奖励'),
]
MEASURES['05_foshan_workreport'] = [
    M('第一', 1, '实施家居家电换新工程', '力争带动家电家居消费60亿元以上。', 1, intro=_I5, declared=5, at='第一，'),
    M('第二', 2, '实施商圈街区提升工程', '预计带动新增就业两万五千人。', 1, intro=_I5, declared=5, at='第二，'),
    M('第三', 3, '实施消费券惠民工程', '不低于1:10。', 1, intro=_I5, declared=5, at='第三，'),
    M('第四', 4, '实施外贸新业态培育工程', '设立海外仓10个左右。', 1, intro=_I5, declared=5, at='第四，'),
]
META.append(dict(name='05_foshan_workreport', title='佛山市商务局关于2024年促进消费扩容提质的工作安排',
                 date='2024-03-05', source='佛山商务在线', authors=['黎嘉欣'],
                 region='佛山市', script='Hans'))

# ---------------------------------------------------------------- 06 福建 (Hant, interview, Big5)
_I6 = '我們重點做了四件事:'
FIGURES['06_fujian_interview'] = [
    F('4,872.5億元', 4.8725e11, '元', 'money', '外貿進出口總額', '一季度'),
    F('3.6%', 3.6, '%', 'growth', '外貿進出口總額', '一季度', scope='同比'),
    F('第7位', 7, '位', 'rank', '規模', '一季度', scope='全國'),
    F('3,018.4億元', 3.0184e11, '元', 'money', '出口', '一季度'),
    F('5.2%', 5.2, '%', 'growth', '出口', '一季度'),
    F('1,854.1億元', 1.8541e11, '元', 'money', '進口', '一季度'),
    F('1.1%', 1.1, '%', 'growth', '進口', '一季度'),
    F('近七成', 70, '%', 'percent', '民營企業進出口', approx='under'),
    F('126.8億元', 1.268e10, '元', 'money', '閩台貿易額'),
    F('8.9%', 8.9, '%', 'growth', '閩台貿易額', scope='同比'),
    F('420個', 420, '个', 'quantity', '台資項目'),
    F('約3.2億美元', 3.2e8, '美元', 'money', '合同台資', approx='about'),
    F('四件', 4, '件', 'quantity', '事'),
    F('5.6億元', 5.6e8, '元', 'money', '以舊換新資金'),
    F('約87億元', 8.7e9, '元', 'money', '銷售', approx='about'),
    F('41.2%', 41.2, '%', 'growth', '新能源汽車銷量', scope='同比'),
    F('1.5億元', 1.5e8, '元', 'money', '消費券'),
    F('超過92%', 92, '%', 'percent', '核銷率', approx='over'),
    F('1:7.3', 7.3, ':', 'ratio', '財政資金與帶動消費之比', approx='about'),
    F('12條', 12, '条', 'quantity', '省級示範步行街'),
    F('58萬人次', 580000, '人次', 'quantity', '日均客流量'),
    F('6.4%', 6.4, '%', 'growth', '日均客流量', scope='環比'),
    F('36%左右', 36, '%', 'percent', '比重', approx='about'),
    F('8個', 8, '个', 'quantity', '電商進農村示範縣'),
    F('14.5%', 14.5, '%', 'growth', '農村網絡零售額'),
    F('2.3個百分點', 2.3, 'pp', 'pp', '農村網絡零售額'),
    F('第3位', 3, '位', 'rank', '農村網絡零售額', scope='東部'),
    F('3,000家以上', 3000, '家', 'quantity', '外商投資企業', '全年', approx='over'),
    F('5%至8%', 5, '%', 'growth', '實際使用外資', '全年', vmax=8),
    F('約新台幣85億元', 8.5e9, '新台币', 'money', '成交額', '去年', approx='about', amb=TWD),
    F('一倍', 1, '倍', 'growth', '展位數', '今年'),
    F('5個', 5, '个', 'quantity', '冷鏈物流園區', '年底前'),
]
MEASURES['06_fujian_interview'] = [
    M('一是', 1, '以舊換新擴大大宗消費', '同比增長41.2%。', 1, intro=_I6, declared=4),
    M('二是', 2, '消費券精準投放', '約為1:7.3。', 1, intro=_I6, declared=4),
    M('三是', 3, '推動步行街和夜間經濟發展', '提高到36%左右。', 1, intro=_I6, declared=4),
    M('四是', 4, '電商進農村提質增效', '居東部第3位。', 1, intro=_I6, declared=4),
    M('在外資方面', 1, '我們將辦好年度投資洽談會,力爭全年新設外商投資企業3,000家以上,實際使用外資增長5%至8%',
      '增長5%至8%。', 2),
    # its paragraph is only its headline, so it takes the unmarked paragraph after it (measures.md)
    M('在對台方面', 2, '深化閩台融合發展,支持台胞台企在閩投資興業', '今年的展位數將擴大一倍。', 2),
    M('在物流方面', 3, '完善縣鄉村三級物流體系,年底前實現快遞服務建制村全覆蓋,冷鏈物流園區新增5個',
      '冷鏈物流園區新增5個。', 2),
]
META.append(dict(name='06_fujian_interview', title='以開放促發展 以消費惠民生',
                 date='2024-05-16T14:02:10', source='閩海日報', authors=['許若寧'],
                 region='福建省', script='Hant'))

# ---------------------------------------------------------------- 07 深圳 (Hant, Hong Kong news, Big5)
FIGURES['07_shenzhen_news'] = [
    F('逾一成', 10, '%', 'growth', '進出口', '上半年', approx='over', scope='按年'),
    F('約2.14萬億元人民幣', 2.14e12, '元', 'money', '外貿進出口總額', '今年上半年', approx='about'),
    F('12.7%', 12.7, '%', 'growth', '外貿進出口總額', '今年上半年', scope='按年'),
    F('1.37萬億元', 1.37e12, '元', 'money', '出口', '今年上半年'),
    F('9.8%', 9.8, '%', 'growth', '出口', '今年上半年'),
    F('7,700億元', 7.7e11, '元', 'money', '進口', '今年上半年'),
    F('18.9%', 18.9, '%', 'growth', '進口', '今年上半年'),
    F('約3,650億港元', 3.65e11, '港元', 'money', '深港貿易額', '上半年', approx='about'),
    F('6.1%', 6.1, '%', 'growth', '深港貿易額', '上半年', scope='按年'),
    F('第一大', 1, '位', 'rank', '出口市場', '上半年', amb=FIRST_BIGGEST),
    F('約兩成', 20, '%', 'percent', '香港', '上半年', approx='about'),
    F('34.6%', 34.6, '%', 'growth', '出口'),
    F('逾八成', 80, '%', 'growth', '跨境電商進出口', approx='over', scope='按年'),
    F('190多個', 190, '个', 'quantity', '海外倉', approx='over'),
    F('超過300萬平方米', 3e6, '平方米', 'quantity', '總面積', approx='over'),
    F('超過3,200萬人次', 3.2e7, '人次', 'quantity', '香港居民', '上半年', approx='over'),
    F('約45%', 45, '%', 'growth', '香港居民', '上半年', approx='about', scope='按年'),
    F('接近30萬人次', 300000, '人次', 'quantity', '單日最高', '上半年', approx='under'),
    F('約九成', 90, '%', 'percent', '商戶', approx='about'),
    F('5,000萬元', 5e7, '元', 'money', '消費券'),
    F('15%至20%', 15, '%', 'growth', '銷售額', scope='按年', vmax=20),
    F('30分鐘以內', 30, '分钟', 'quantity', '旅客平均通關時間', approx='under', amb=DURATION),
    F('6.6%', -6.6, '%', 'growth', '零售業總銷貨價值', '上半年', scope='按年'),
    F('約3%', -3, '%', 'growth', '食肆收益', '上半年', approx='about'),
    F('逾二千家', 2000, '家', 'quantity', '外資企業', approx='over', amb=BOILERPLATE),
]
MEASURES['07_shenzhen_news'] = [
    M('在支付上', 1, '全市約九成商戶已可受理香港電子錢包，商務局聯同銀行向港澳旅客發放消費券合共5,000萬元',
      '合共5,000萬元。', 1),
    M('在商圈上', 2, '羅湖、福田、南山等區的購物中心延長營業時間，發展夜間經濟，重點商圈的銷售額按年上升15%至20%',
      '按年上升15%至20%。', 1),
    # its paragraph is only its headline, so it takes the unmarked paragraph after it, up to the byline
    M('在通關上', 3, '部分口岸實行二十四小時通關，旅客平均通關時間縮短至30分鐘以內', '而非單純減價競爭。', 1),
]
META.append(dict(name='07_shenzhen_news', title='深圳上半年進出口按年增長逾一成 深港跨境消費活躍',
                 date='2024-07-25', source='香江財經報', authors=['馮卓謙', '方嘉瑩'],
                 region='深圳市', script='Hant'))

# ---------------------------------------------------------------- 08 湖北 (Hant, online interview)
_I8a = '今年我們從四個方面下功夫'
_I8b = '我們重點抓了“三個拓展”：'
FIGURES['08_hubei_interview'] = [
    F('四個方面', 4, '方面', 'quantity', '方面', '今年'),
    F('18.6億元', 1.86e9, '元', 'money', '以舊換新資金'),
    F('第2位', 2, '位', 'rank', '資金規模', scope='中部'),
    F('超過9萬輛', 90000, '辆', 'quantity', '汽車報廢和置換更新', approx='over'),
    F('十二個', 12, '个', 'quantity', '省級夜間經濟集聚區'),
    F('27%', 27, '%', 'growth', '首店數量', scope='同比'),
    F('3.5億元', 3.5e8, '元', 'money', '消費券', '全年'),
    F('超過40億元', 4e9, '元', 'money', '消費', '全年', approx='over'),
    F('103個', 103, '个', 'quantity', '縣級物流配送中心'),
    F('6,128.3億元', 6.1283e11, '元', 'money', '外貿進出口總額', '1至10月'),
    F('11.6%', 11.6, '%', 'growth', '外貿進出口總額', '1至10月', scope='同比'),
    F('6.4個百分點', 6.4, 'pp', 'pp', '外貿進出口總額', '1至10月'),
    F('前十', 10, '位', 'rank', '增速', '1至10月', approx='under', scope='全國'),
    F('4,010.7億元', 4.0107e11, '元', 'money', '出口', '1至10月'),
    F('15.3%', 15.3, '%', 'growth', '出口', '1至10月'),
    F('2,117.6億元', 2.1176e11, '元', 'money', '進口', '1至10月'),
    F('4.8%', 4.8, '%', 'growth', '進口', '1至10月'),
    F('百分之五十五左右', 55, '%', 'percent', '機電產品出口', approx='about'),
    F('1.4倍', 1.4, '倍', 'growth', '汽車出口'),
    F('三個', 3, '个', 'quantity', '拓展'),
    F('一百零五場', 105, '场', 'quantity', '境外展會'),
    F('23條', 23, '条', 'quantity', '國際貨運航線'),
    F('三分之一', 100 / 3, '%', 'percent', '水運出口佔比'),
    F('500億元', 5e10, '元', 'money', '跨境電商進出口額', approx='over'),
    F('6.5%左右', 6.5, '%', 'growth', '社會消費品零售總額', '明年', approx='about'),
]
MEASURES['08_hubei_interview'] = [
    M('首先', 1, '加力推進以舊換新', '合計超過9萬輛。', 1, intro=_I8a, declared=4),
    M('其次', 2, '打造消費新場景，新認定省級夜間經濟集聚區十二個，武漢等城市的首店數量同比增長27%',
      '同比增長27%。', 1, intro=_I8a, declared=4),
    M('第三', 3, '辦好“惠購湖北”消費券活動，全年發放消費券3.5億元，帶動消費超過40億元', '帶動消費超過40億元。', 1,
      intro=_I8a, declared=4, at='第三，辦好'),
    M('最後', 4, '暢通城鄉流通，建成縣級物流配送中心103個，電商進農村實現縣域全覆蓋', '實現縣域全覆蓋。', 1,
      intro=_I8a, declared=4),
    M('第一', 1, '拓展市場，組織企業參加境外展會一百零五場', '一百零五場；', 2, intro=_I8b, declared=3),
    M('第二', 2, '拓展通道，國際貨運航線增至23條，水運出口佔比提高到三分之一', '提高到三分之一；', 2,
      intro=_I8b, declared=3),
    M('第三', 3, '拓展業態，跨境電商進出口額預計突破500億元', '預計突破500億元。', 2,
      intro=_I8b, declared=3, at='第三，拓展'),
]
META.append(dict(name='08_hubei_interview', title='在線訪談丨向啟舟：讓“買全球、賣全球”成為湖北開放新名片',
                 date='2024-12-03T10:30:00', source='荊楚商務網', authors=['聶書瑤'],
                 region='湖北省', script='Hant'))


def main():
    os.makedirs(os.path.join(HERE, 'figures'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'measures'), exist_ok=True)
    for name in sorted(FIGURES):
        text = doc_text(name)
        figures = []
        for f in FIGURES[name]:
            ci = unique_index(text, f['text'], f['at'], f'{name} figure {f["text"]}')
            figures.append(figure_record(f, *byte_span(text, ci, len(f['text'])), whole_numbers=True))
        write_jsonl(os.path.join(HERE, 'figures', name + '.jsonl'), figures)
        measures = []
        for m in MEASURES[name]:
            where = f'{name} measure {m["marker"]}{m["headline"][:8]}'
            ci = unique_index(text, m['marker'], m['at'], where)
            ce = text.find(m['end'], ci)
            if ce < 0:
                raise SystemExit(f'{where}: end {m["end"]!r} not found after the marker')
            ce += len(m['end'])
            start, stop = byte_span(text, ci, ce - ci)
            measures.append(dict(marker=m['marker'], ordinal=m['ordinal'], headline=m['headline'],
                                 start=start, stop=stop, list=m['list'], level=m['level'],
                                 parent=m['parent'], intro=m['intro'], declared=m['declared']))
        write_jsonl(os.path.join(HERE, 'measures', name + '.jsonl'), measures)
    write_jsonl(os.path.join(HERE, 'meta.jsonl'), META)


if __name__ == '__main__':
    main()
