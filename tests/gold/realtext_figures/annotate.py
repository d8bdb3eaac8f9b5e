#!/usr/bin/env python3
"""Hand annotations of the real-text excerpts in text/, written out as gold jsonl in figures/.

Every record below was written by a person reading the excerpt against
../../../../shared/spec/figures.md (and the seed gold conventions in shared/gold/README.md)
before any engine ran on these excerpts. This script only turns each record's `text`
into byte offsets (../annotate_lib.py): it finds the text at or after the end of the record
before it (or inside the anchor `at`, itself searched from there). Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import F, figure_record, sequential_spans, write_jsonl  # noqa: E402

TWO_DIGIT = "兩位數成長 (double-digit growth) is only a lower bound; the seed gold marks 兩位數增長 ambiguous"
THRESHOLD = "不保/低於百分之N: a threshold the rate misses, not a rate stated; the spec is silent"


G = {}

# statistics release (Simplified), National Bureau of Statistics via gov.cn
G['cn_stats_profits'] = [
    F('17.1%', 17.1, '%', 'growth', '利润', '2018年1-7月份'),
    F('39038.1亿元', 3.90381e12, '元', 'money', '利润总额', '1-7月份'),
    F('17.1%', 17.1, '%', 'growth', '利润总额', '1-7月份', scope='同比'),
    F('0.1个百分点', -0.1, 'pp', 'pp', '增速', '1-7月份'),
    F('11913.2亿元', 1.19132e12, '元', 'money', '利润总额', '1-7月份'),
    F('30.5%', 30.5, '%', 'growth', '利润总额', '1-7月份', scope='同比'),
    F('125.2亿元', 1.252e10, '元', 'money', '利润总额', '1-7月份'),
    F('4.1%', 4.1, '%', 'growth', '利润总额', '1-7月份'),
    F('27801亿元', 2.7801e12, '元', 'money', '利润总额', '1-7月份'),
    F('21.3%', 21.3, '%', 'growth', '利润总额', '1-7月份'),
    F('9422.4亿元', 9.4224e11, '元', 'money', '利润总额', '1-7月份'),
    F('7.5%', 7.5, '%', 'growth', '利润总额', '1-7月份'),
]

# Hong Kong Census and Statistics Department press release on retail sales (Simplified)
G['hk_gov_retail'] = [
    F('6.7%', 6.7, '%', 'growth', '零售业总销货价值', '1月至2月'),
    F('4.2%', 4.2, '%', 'growth', '零售业总销货价值', '首季', scope='按年'),
    F('2.3%', -2.3, '%', 'growth', '零售业总销货数量', '3月'),
    F('7.9%', 7.9, '%', 'growth', '零售业总销货数量', '1月及2月'),
    F('4.7%', 4.7, '%', 'growth', '零售业总销货数量', '首季'),
    F('5.7%', 5.7, '%', 'growth', '销货价值', '3月份', scope='按年'),
    F('7.9%', 7.9, '%', 'growth', '销货价值'),
    F('3.4%', 3.4, '%', 'growth', '百货公司货品'),
    F('7.4%', 7.4, '%', 'growth', '药物及化妆品'),
    F('9.8%', 9.8, '%', 'growth', '烟草'),
    F('8.9%', 8.9, '%', 'growth', '其他未分类消费品'),
    F('1.6%', 1.6, '%', 'growth', '家具及固定装置'),
    F('少於0.05%', 0.05, '%', 'growth', '礼品', approx='under'),
    F('11.3%', 11.3, '%', 'growth', '中药'),
    F('6.6%', 6.6, '%', 'growth', '眼镜店'),
    F('8.9%', -8.9, '%', 'growth', '销货价值', scope='按年'),
    F('15.3%', -15.3, '%', 'growth', '销货价值'),
    F('11.9%', -11.9, '%', 'growth', '汽车零件'),
    F('23%', -23, '%', 'growth', '杂项耐用消费品'),
    F('5.9%', -5.9, '%', 'growth', '燃料'),
    F('0.1%', -0.1, '%', 'growth', '衣物配件'),
]

# Taiwan Ministry of Economic Affairs, Department of Statistics release (Traditional)
G['tw_moea_retail'] = [
    F('3,420億元', 3.42e11, '元', 'money', '零售業營業額', '3月'),
    F('4.8%', 4.8, '%', 'growth', '零售業營業額', '3月'),
    F('兩位數', 10, '%', 'growth', '百貨公司', amb=TWO_DIGIT, at='兩位數成長'),
    F('12.1%', 12.1, '%', 'growth', '百貨公司'),
    F('16.8%', 16.8, '%', 'growth', '布疋及服飾品業'),
    F('17.6%', 17.6, '%', 'growth', '資通訊及家電設備業'),
    F('15.7%', 15.7, '%', 'growth', '燃料零售業'),
    F('12.8%', 12.8, '%', 'growth', '電子購物及郵購業'),
    F('9.0%', -9.0, '%', 'growth', '汽機車零售業'),
    F('1兆485億元', 1.0485e12, '元', 'money', '營業額', '第1季'),
    F('3.9%', 3.9, '%', 'growth', '營業額', '第1季'),
    F('1,097億元', 1.097e11, '元', 'money', '零售業網路銷售額', '第1季'),
    F('16.5%', 16.5, '%', 'growth', '零售業網路銷售額', '第1季'),
    F('3.9%', 3.9, '%', 'growth', '全體零售業', '第1季'),
    F('10.5%', 10.5, '%', 'percent', '零售業營業額', '第1季'),
    F('9.3%', 9.3, '%', 'percent', '上年同季', '第1季'),
    F('1.1個百分點', 1.1, 'pp', 'pp', '零售業網路銷售額', '第1季'),
    F('13.1%', 13.1, '%', 'growth', '非店面零售業', '第1季'),
    F('33.7%', 33.7, '%', 'growth', '綜合商品零售業', '第1季'),
    F('53.6%', 53.6, '%', 'growth', '布疋及服飾品零售業', '第1季'),
    F('697億元', 6.97e10, '元', 'money', '餐飲業營業額', '3月'),
    F('6.8%', 6.8, '%', 'growth', '餐飲業營業額', '3月'),
    F('6.5%', 6.5, '%', 'growth', '營業額'),
    F('7.2%', 7.2, '%', 'growth', '飲料店業'),
    F('12.1%', 12.1, '%', 'growth', '外燴及團膳承包業'),
    F('2,174億元', 2.174e11, '元', 'money', '營業額', '第1季'),
    F('4.9%', 4.9, '%', 'growth', '營業額', '第1季'),
]

# Taiwan news on the statistics office's forecast, percents in Chinese numerals (Traditional)
G['tw_news_numerals'] = [
    F('百分之一點七四', 1.74, '%', 'growth', '經濟成長率', '今年'),
    F('百分之二點五九', 2.59, '%', 'growth', '經濟成長率', '明年'),
    F('百分之一點六六', 1.66, '%', 'growth', '成長率', '今年第三季'),
    F('百分之一點五八', 1.58, '%', 'growth', '成長率', '十月底'),
    F('百分之二點四七', 2.47, '%', 'growth', '成長率', '八月'),
    F('百分之二點三一', 2.31, '%', 'growth', '全年', '八月'),
    F('零點五七個百分點', -0.57, 'pp', 'pp', '全年', '八月'),
    F('百分之一點七四', 1.74, '%', 'growth', '全年', '八月'),
    F('百分之二', 2, '%', 'growth', '全年', amb=THRESHOLD, at='不保百分之二'),
    F('百分之三點三七', 3.37, '%', 'growth', '明年', '八月'),
    F('零點七八個百分點', -0.78, 'pp', 'pp', '明年', '八月'),
    F('百分之二點五九', 2.59, '%', 'growth', '明年', '八月'),
    F('百分之三', 3, '%', 'growth', '明年', amb=THRESHOLD, at='低於百分之三'),
]

# Taiwan news agency report on the statistics office's GDP release (Traditional)
G['tw_news_gdp'] = [
    F('2.42%', 2.42, '%', 'growth', 'GDP', '107年'),
    F('2.42%', 2.42, '%', 'growth', '經濟成長率', '107年'),
    F('3.28%', 3.28, '%', 'growth', '經濟成長率', '106年第4季'),
    F('2.3%', 2.3, '%', 'growth', '預測數', '106年11月'),
    F('0.98個百分點', 0.98, 'pp', 'pp', '經濟成長率', '106年11月'),
    F('2.42%', 2.42, '%', 'growth', '經濟成長', '107年'),
    F('2.29%', 2.29, '%', 'growth', '預測數', '106年11月'),
    F('0.13個百分點', 0.13, 'pp', 'pp', '經濟成長', '106年11月'),
    F('2萬4337美元', 24337, '美元', 'money', '每人GDP', '106年11月'),
    F('0.62%', 0.62, '%', 'growth', '消費者物價指數', '106年11月'),
    F('4.54%', 4.54, '%', 'growth', '出口', '今年'),
]


def main():
    for name, recs in G.items():
        with open(os.path.join(HERE, 'text', name + '.txt'), 'rb') as f:
            data = f.read()
        out = [figure_record(r, start, stop) for r, start, stop in sequential_spans(data, recs, name)]
        write_jsonl(os.path.join(HERE, 'figures', name + '.jsonl'), out)
        print(name, len(out))


if __name__ == '__main__':
    main()
