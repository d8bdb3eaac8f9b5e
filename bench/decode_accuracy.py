#!/usr/bin/env python3
"""Charset detection accuracy: many short snippets of Traditional and
Simplified text (written for this benchmark) encoded as Big5, Big5-HKSCS,
GBK, UTF-8 with corrupt bytes, and random bytes, decoded by each tally
binary given; prints the fraction decoded right (doc.text equal to the
snippet) and how many runs warned. Usage: decode_accuracy.py TALLY [TALLY...]
"""
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

# Written for this benchmark; not from any report.
HANT = (
    "本市去年經濟運行總體平穩，地區生產總值比上年增長百分之五點二，城鎮新增就業十二萬人。"
    "我們堅持把發展作為第一要務，加快建設現代產業體系，製造業投資增長較快，服務業持續恢復。"
    "全年完成固定資產投資三千億元，新開工重點項目一百二十個，交通、水利和能源設施建設明顯加快。"
    "財政收入穩步增加，民生支出佔比超過七成，學校、醫院和養老機構的建設都有新的進展。"
    "今年政府工作的主要目標是：經濟增長百分之五左右，居民收入增長和經濟增長基本同步，"
    "糧食產量保持穩定，單位生產總值能耗繼續下降，生態環境質量進一步改善。"
    "我們將繼續深化改革，優化營商環境，支持民營企業發展壯大，讓市場主體更有信心。"
    "要把人民群眾的冷暖放在心上，辦好教育、醫療、住房和社會保障等實事，守住安全發展的底線。"
)
HANS = (
    "过去一年，全县上下团结一心，克服困难，较好完成了全年目标任务。"
    "农村居民人均可支配收入达到两万一千元，增长百分之七；新建改建农村公路三百公里。"
    "我们大力推进乡村振兴，发展特色种植和乡村旅游，带动一万多户农民增收。"
    "工业园区新落地企业四十家，规模以上工业增加值增长百分之八点五，科技创新能力不断增强。"
    "今年要着力扩大有效投资，抓好重大项目建设，稳住就业和物价，保障和改善民生。"
    "要加强生态保护，持续改善空气和水环境质量，推动绿色低碳发展，建设美丽宜居的县城。"
    "政府系统要转变作风，提高效率，依法行政，自觉接受人大监督和社会监督。"
)
# Everyday narrative, far from report vocabulary (the common-character
# tables in core/charset_tables.c lean to reports; this checks beyond them).
HANT_STORY = (
    "那年冬天特別冷，外婆總在爐邊煮一鍋熱湯，屋裡飄著薑和紅棗的香味。"
    "我放學回來，先把書包丟在椅子上，就跑去廚房偷喝一口，常被她笑著趕出來。"
    "巷口的老樹下有個修鞋的伯伯，他的收音機整天唱著戲，聲音沙沙的。"
    "後來我們搬了家，再也聽不到那些曲子，只記得雨天的石板路又濕又滑。"
)
HANS_STORY = (
    "周末我们去山里露营，傍晚搭好帐篷，孩子们在溪边捉小鱼，笑声一阵一阵的。"
    "夜里起了风，星星特别亮，远处偶尔传来几声狗叫。"
    "第二天清早，雾还没散，我们煮了面条，又沿着小路慢慢走下山。"
)
# Cantonese, as Hong Kong speech is written (HKSCS characters)
HK = "佢哋話今日嘅會議好重要，我哋都要嚟；啲資料已經整理咗，係咪噉樣先？聽日再傾啦，唔好遲到㗎。"


def snippet(text, codec, size, rng):
    """A run of characters from text whose encoding is exactly size bytes."""
    while True:
        start = rng.randrange(len(text))
        out = b""
        chars = ""
        for ch in text[start:]:
            b = ch.encode(codec)
            if len(out) + len(b) > size:
                break
            out += b
            chars += ch
        if len(out) == size:
            return chars, out


def corrupt(data, rate, rng):
    b = bytearray(data)
    for i in range(len(b)):
        if rng.random() < rate:
            b[i] = rng.randrange(0x80, 0x100)
    return bytes(b)


def run(tally, files):
    """doc.text and encoding of each file, and how many files warned."""
    script = (
        'for d in docs:each() do io.write(d.encoding, "\\0", d.text, "\\0\\n") end'
    )
    res = {}
    warned = set()
    for i in range(0, len(files), 200):
        part = files[i:i + 200]
        p = subprocess.run([tally, "-e", script] + part, capture_output=True)
        out = p.stdout.split(b"\0\n")
        for path, rec in zip([f for f in part], out):
            enc, _, text = rec.partition(b"\0")
            res[path] = (enc.decode(), text)
        for line in p.stderr.decode("utf-8", "replace").splitlines():
            for f in part:
                if f + ":" in line and ("uncertain" in line or "binary" in line):
                    warned.add(f)
    return res, warned


def main():
    tallies = sys.argv[1:]
    rng = random.Random(20261201)
    tmp = tempfile.mkdtemp()
    cases = []  # (label, path, wanted text or None for "must be rejected")
    n = 0

    def add(label, data, want):
        nonlocal n
        path = os.path.join(tmp, "f%05d.txt" % n)
        n += 1
        with open(path, "wb") as f:
            f.write(data)
        cases.append((label, path, want))

    # (label, source text, codec): short snippets of each, 80 per size
    snippets = [
        ("Big5 %d bytes", HANT, "big5"),
        ("GBK %d bytes", HANS, "gbk"),
        ("Big5 %d bytes, narrative", HANT_STORY, "big5"),
        ("GBK %d bytes, narrative", HANS_STORY, "gbk"),
        ("Big5-HKSCS %d bytes", HK, "big5hkscs"),
    ]
    for label, text, codec in snippets:
        for size in (10, 20, 30):
            for _ in range(80):
                chars, data = snippet(text, codec, size, rng)
                add(label % size, data, chars)
    for _ in range(40):
        text = HANS * 2 if rng.random() < 0.5 else HANT * 2
        data = corrupt(text.encode("utf-8"), 0.03, rng)
        want = unicodedata.normalize("NFC", data.decode("utf-8", "replace"))
        add("UTF-8, 3% corrupt", data, want)
    for _ in range(40):
        data = bytes(rng.randrange(1, 256) for _ in range(4096))
        add("4 KB random, no NUL", data, None)

    files = [c[1] for c in cases]
    results = [run(t, files) for t in tallies]
    labels = []
    for c in cases:
        if c[0] not in labels:
            labels.append(c[0])
    print("| case | n | " + " | ".join("right (%s) | warned" % t for t in tallies) + " |")
    print("|---|---|" + "---|---|" * len(tallies))
    for label in labels:
        mine = [c for c in cases if c[0] == label]
        row = "| %s | %d |" % (label, len(mine))
        for res, warned in results:
            if mine[0][2] is None:
                # a rejected file does not appear in docs:each()
                right = sum(1 for c in mine if c[1] not in res or not res[c[1]][0])
            else:
                right = sum(1 for c in mine if c[1] in res and res[c[1]][1].decode("utf-8", "replace") == c[2])
            w = sum(1 for c in mine if c[1] in warned)
            row += " %d/%d | %d |" % (right, len(mine), w)
        print(row)
    for f in files:
        os.unlink(f)
    os.rmdir(tmp)


if __name__ == "__main__":
    main()
