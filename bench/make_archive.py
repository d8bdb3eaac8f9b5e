#!/usr/bin/python3
"""Writes an archive of N distinct reports made from corpus/sample: report k is
sample k mod 8 (in its own encoding) with every figure it states changed by
an amount that depends on k, so no two files are the same and each has its
own figures. Years (19xx, 20xx) are kept, so dates and periods stay real.

usage: bench/make_archive.py N OUTDIR [SAMPLE_DIR]
Files go to OUTDIR/NNN/KKKKK_<sample name>, a hundred to a folder."""
import os
import re
import sys

NUMBER = re.compile(rb"[0-9]+(?:\.[0-9]+)?")


def decode(raw):
    for enc in ("utf-8", "big5", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise SystemExit("make_archive: cannot decode a sample file")


def vary(text, k):
    step = k // 8 + 1

    def change(m):
        s = m.group(0)
        whole, _, frac = s.partition(".")
        if len(whole) == 4 and whole[:2] in ("19", "20") and not frac:
            return s  # a year
        n = int(whole) + step
        return str(n) + ("." + frac if frac else "")

    return re.sub(r"[0-9]+(?:\.[0-9]+)?", change, text)


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    sample = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "sample")
    names = sorted(f for f in os.listdir(sample) if f.endswith(".txt"))
    texts = []
    for f in names:
        with open(os.path.join(sample, f), "rb") as fh:
            texts.append(decode(fh.read()))
    for k in range(n):
        text, enc = texts[k % len(texts)]
        folder = os.path.join(out, "%03d" % (k // 100))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "%05d_%s" % (k, names[k % len(names)])), "wb") as fh:
            fh.write(vary(text, k).encode(enc))


main()
