#!/usr/bin/env python3
"""Hand annotations of the excerpts in text/, written out as gold jsonl in figures/.

Written by a person reading each excerpt against shared/spec/figures.md before any
engine ran on the excerpts: the figure, its value, unit and kind (so that the
shared scorer can match it), and above all its subject (the noun phrase a reader
names as measured) and period (the time expression that governs it, as written).
This script only turns each record's text into byte offsets (../annotate_lib.py): it
finds the text at or after the end of the record before it. Usage: python3 annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotate_lib import F, SPAN_LAST, figure_record, sequential_spans, write_jsonl  # noqa: E402


G = {}

# a city's statistics communiqué (Simplified): population, then GDP
G['city_gongbao_population_gdp'] = [
    F('218.7万人', 2.187e6, '人', 'quantity', '户籍人口', '年末'),
    F('8630人', 8630, '人', 'quantity', '户籍人口', '年末'),
    F('0.4%', 0.4, '%', 'growth', '户籍人口', '年末'),
    F('227.0万人', 2.27e6, '人', 'quantity', '常住人口', '年末'),
    F('1.6万人', 1.6e4, '人', 'quantity', '常住人口', '年末'),
    F('0.7%', 0.7, '%', 'growth', '常住人口', '年末'),
    F('54.9%', 54.9, '%', 'percent', '户籍人口城镇化率'),
    F('1.5个百分点', 1.5, 'pp', 'pp', '户籍人口城镇化率'),
    F('65.9%', 65.9, '%', 'percent', '常住人口城镇化率'),
    F('0.8个百分点', 0.8, 'pp', 'pp', '常住人口城镇化率'),
    F('1077.9亿元', 1.0779e11, '元', 'money', '地区生产总值', '全年'),
    F('3%', 3, '%', 'growth', '地区生产总值', '全年'),
    # 其中: the period of the sentence before
    F('72.8亿元', 7.28e9, '元', 'money', '第一产业增加值', '全年'),
    F('3.2%', 3.2, '%', 'growth', '第一产业增加值', '全年'),
    F('460.6亿元', 4.606e10, '元', 'money', '第二产业增加值', '全年'),
    F('2.9%', -2.9, '%', 'growth', '第二产业增加值', '全年'),
    F('544.5亿元', 5.445e10, '元', 'money', '第三产业增加值', '全年'),
    F('9.3%', 9.3, '%', 'growth', '第三产业增加值', '全年'),
    F('6.8:42.7', 42.7 / 6.8, ':', 'ratio', '三次产业结构',
      amb='a ratio of three parts (6.8:42.7:50.5): the spec reads a:b only'),
    # 与上年相比: 上年 is the base compared with, no period of the figure
    F('0.3个百分点', 0.3, 'pp', 'pp', '第一产业比重'),
    F('3.1个百分点', -3.1, 'pp', 'pp', '第二产业比重'),
    F('2.8个百分点', 2.8, 'pp', 'pp', '第三产业比重'),
    F('47654元', 47654, '元', 'money', '人均生产总值'),
    F('2%', 2, '%', 'growth', '人均生产总值'),
    F('6908美元', 6908, '美元', 'money', '人均生产总值'),
]

# National Bureau of Statistics, national economy in the first three quarters of 2016
G['nbs_2016q3_economy'] = [
    F('529971亿元', 5.29971e13, '元', 'money', '国内生产总值', '前三季度'),
    F('6.7%', 6.7, '%', 'growth', '国内生产总值', '前三季度', scope='同比'),
    F('6.7%', 6.7, '%', 'growth', '国内生产总值', '一季度', scope='同比'),
    F('6.7%', 6.7, '%', 'growth', '国内生产总值', '二季度'),
    F('6.7%', 6.7, '%', 'growth', '国内生产总值', '三季度'),
    F('40666亿元', 4.0666e12, '元', 'money', '第一产业增加值'),
    F('3.5%', 3.5, '%', 'growth', '第一产业增加值', scope='同比'),
    F('209415亿元', 2.09415e13, '元', 'money', '第二产业增加值'),
    F('6.1%', 6.1, '%', 'growth', '第二产业增加值'),
    F('279890亿元', 2.7989e13, '元', 'money', '第三产业增加值'),
    F('7.6%', 7.6, '%', 'growth', '第三产业增加值'),
    F('1.8%', 1.8, '%', 'growth', '国内生产总值', '三季度'),
    F('13926万吨', 1.3926e8, '吨', 'quantity', '夏粮总产量'),
    F('162万吨', 1.62e6, '吨', 'quantity', '夏粮总产量'),
    F('1.2%', -1.2, '%', 'growth', '夏粮总产量'),
    F('3278万吨', 3.278e7, '吨', 'quantity', '早稻总产量'),
    F('91万吨', 9.1e5, '吨', 'quantity', '早稻总产量'),
    F('2.7%', -2.7, '%', 'growth', '早稻总产量'),
    F('5833万吨', 5.833e7, '吨', 'quantity', '猪牛羊禽肉产量', '前三季度'),
    F('1.1%', -1.1, '%', 'growth', '猪牛羊禽肉产量', '前三季度', scope='同比'),
    F('3690万吨', 3.69e7, '吨', 'quantity', '猪肉产量', '前三季度'),
    F('3.6%', -3.6, '%', 'growth', '猪肉产量', '前三季度'),
    F('43163万头', 4.3163e8, '头', 'quantity', '生猪存栏'),
    F('3.4%', -3.4, '%', 'growth', '生猪存栏', scope='同比'),
    F('47924万头', 4.7924e8, '头', 'quantity', '生猪出栏'),
    F('3.7%', -3.7, '%', 'growth', '生猪出栏'),
]

# a city's briefing on the first three quarters of 2020 (Simplified)
G['city_2020q3_briefing'] = [
    F('686.36亿元', 6.8636e10, '元', 'money', '地区生产总值', '前三季度'),
    F('2.0%', 2.0, '%', 'growth', '地区生产总值', '前三季度', scope='同比'),
    F('76.08亿元', 7.608e9, '元', 'money', '农林牧渔业总产值', '前三季度'),
    F('1.4%', 1.4, '%', 'growth', '农林牧渔业总产值', '前三季度', scope='同比'),
    # 比上半年加快: 上半年 is the base compared with
    F('0.5个百分点', 0.5, 'pp', 'pp', '农林牧渔业总产值', '前三季度'),
    F('2.2%', 2.2, '%', 'growth', '规模以上工业增加值', '前三季度', scope='同比'),
    F('1.6个百分点', 1.6, 'pp', 'pp', '规模以上工业增加值', '前三季度'),
    F('7.0%', 7.0, '%', 'growth', '固定资产投资', '前三季度', scope='同比'),
    F('1.5个百分点', 1.5, 'pp', 'pp', '固定资产投资', '前三季度'),
]

# a city's economy in the first three quarters of 2023 (Traditional edition)
G['city_2023q3_hant'] = [
    F('619.8億元', 6.198e10, '元', 'money', '地區生產總值', '前三季度'),
    F('6.0%', 6.0, '%', 'growth', '地區生產總值', '前三季度', scope='同比'),
    F('122.6億元', 1.226e10, '元', 'money', '第一產業增加值', '前三季度'),
    F('6.1%', 6.1, '%', 'growth', '第一產業增加值', '前三季度'),
    F('153.1億元', 1.531e10, '元', 'money', '第二產業增加值', '前三季度'),
    F('3.5%', 3.5, '%', 'growth', '第二產業增加值', '前三季度'),
    F('344.1億元', 3.441e10, '元', 'money', '第三產業增加值', '前三季度'),
    F('6.9%', 6.9, '%', 'growth', '第三產業增加值', '前三季度'),
    F('94.75萬畝', 9.475e5, '亩', 'quantity', '蔬菜種植面積', '前三季度'),
    F('7.11%', 7.11, '%', 'growth', '蔬菜種植面積', '前三季度'),
    F('213.3萬噸', 2.133e6, '吨', 'quantity', '蔬菜產量', '前三季度'),
    F('9.65%', 9.65, '%', 'growth', '蔬菜產量', '前三季度'),
    F('89.9萬噸', 8.99e5, '吨', 'quantity', '園林水果產量', '前三季度'),
    F('9.32%', 9.32, '%', 'growth', '園林水果產量', '前三季度'),
    # a list: each figure measures its own member (豬, 牛, 羊, 家禽)
    F('73.02萬頭', 7.302e5, '头', 'quantity', '豬', '前三季度'),
    F('6.38萬頭', 6.38e4, '头', 'quantity', '牛', '前三季度'),
    F('17.99萬只', 1.799e5, '只', 'quantity', '羊', '前三季度'),
    F('256.87萬只', 2.5687e6, '只', 'quantity', '家禽', '前三季度'),
    F('10.3%', 10.3, '%', 'growth', '豬', '前三季度'),
    F('5.7%', 5.7, '%', 'growth', '牛', '前三季度'),
    F('10%', 10, '%', 'growth', '羊', '前三季度'),
    F('11.29%', 11.29, '%', 'growth', '家禽', '前三季度'),
]


def main():
    for name, recs in G.items():
        with open(os.path.join(HERE, 'text', name + '.txt'), 'rb') as f:
            data = f.read()
        out = [figure_record(r, start, stop, SPAN_LAST)
               for r, start, stop in sequential_spans(data, recs, name)]
        write_jsonl(os.path.join(HERE, 'figures', name + '.jsonl'), out)


if __name__ == '__main__':
    main()
