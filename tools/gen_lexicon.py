#!/usr/bin/env python3
"""Builds tally's word lexicon (core/lexicon.c reads it) from jieba's dictionary.

Usage: gen_lexicon.py dict.txt lexicon_extra.txt out.c

Input: jieba's dict.txt, one "word freq pos" per line (Debian python3-jieba,
MIT licence). tools/lexicon_extra.txt adds the words of economic reports
jieba lacks and corrects a few tags. Run at build time by CMake; see
docs/figures.md and docs/engine.md.

Output: a C file holding the words as a character trie, so that the
segmenter finds every word starting at a position by a walk of one array
step per character (a binary search over all words per prefix length was
most of doc:figures()):
- characters are numbered: tally_lex_char_pages[cp >> 8] picks a page of
  tally_lex_char_ids, whose [cp & 255] is the character's id (0: in no
  word). The characters that begin a word come first, 1 .. root_count;
- node 0 is the root, node c (1 <= c <= root_count) the word-initial
  character c; nodes are numbered breadth first, a node's children
  contiguous and sorted by character id: node x's children are nodes
  tally_lex_first[x] .. tally_lex_first[x + 1] - 1, tally_lex_label[y] the
  character that leads to node y;
- a node that ends a word has its part-of-speech tag in tally_lex_tag
  (255: no word ends here) and its cost in tally_lex_cost, -ln(freq /
  total) in 1/64 units, which the segmenter sums along a path (the cheapest
  path is the likeliest segmentation, as in jieba).
"""
import math
import sys

MAX_CHARS = 8  # longer entries are names and idioms the clause analysis never needs
MAX_WORD_BYTES = 32  # core/lexicon.c's limit: a longer word would never be found
NO_TAG = 255


def read_words(src, extra):
    words = {}
    with open(src, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            tag = parts[2] if len(parts) > 2 else "x"
            if len(word) > MAX_CHARS or freq <= 0:
                continue
            # a word listed twice keeps its higher frequency
            if word not in words or words[word][0] < freq:
                words[word] = (freq, tag)
    # tally's own additions and corrections replace jieba's entries
    with open(extra, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) != 3 or not parts[1].isdigit():
                sys.exit("%s:%d: expected 'word freq pos'" % (extra, n))
            # a frequency of 0 takes jieba's word out (经济衰退: 经济 is the noun)
            if int(parts[1]) == 0:
                words.pop(parts[0], None)
            else:
                words[parts[0]] = (int(parts[1]), parts[2])
    for w in words:
        if len(w.encode("utf-8")) > MAX_WORD_BYTES:
            sys.exit("lexicon word %r is longer than %d bytes" % (w, MAX_WORD_BYTES))
    return words


def write_array(o, ctype, name, values, per_line=24):
    o.write("const %s %s[] = {\n" % (ctype, name))
    for i in range(0, len(values), per_line):
        o.write(",".join(map(str, values[i:i + per_line])) + ",\n")
    o.write("};\n")


def main():
    src, extra, out = sys.argv[1], sys.argv[2], sys.argv[3]
    words = read_words(src, extra)
    total = sum(f for f, _ in words.values())
    tags = sorted({t for _, t in words.values()})
    if len(tags) >= NO_TAG:
        sys.exit("too many tags for one byte")
    tid = {t: i for i, t in enumerate(tags)}

    # character ids: word-initial characters first, each group in code point order
    initial = sorted({w[0] for w in words})
    rest = sorted({c for w in words for c in w[1:]} - set(initial))
    cid = {c: i + 1 for i, c in enumerate(initial + rest)}
    if len(cid) >= 65536:
        sys.exit("too many characters for 16-bit ids")

    # the trie, breadth first: level k holds the distinct k-character prefixes
    trie = {}
    for w, (f, t) in words.items():
        node = trie
        for c in w:
            node = node.setdefault(cid[c], {})
        node[None] = (min(65535, int(round(64 * math.log(total / f)))), tid[t])
    first, label, cost, tag = [], [0], [0], [NO_TAG]
    level = [trie]
    while level:
        nxt = []
        for node in level:
            first.append(len(label))
            for c in sorted(k for k in node if k is not None):
                child = node[c]
                label.append(c)
                wc, wt = child.get(None, (0, NO_TAG))
                cost.append(wc)
                tag.append(wt)
                nxt.append(child)
        level = nxt
    first.append(len(label))
    assert first[1] == len(initial) + 1  # node c is initial character c

    # the code point -> id map, in pages of 256
    pages, page_of = [[0] * 256], {}
    for c, i in cid.items():
        p = ord(c) >> 8
        if p not in page_of:
            page_of[p] = len(pages)
            pages.append([0] * 256)
        pages[page_of[p]][ord(c) & 255] = i

    o = open(out, "w", encoding="utf-8")
    o.write("/* Generated by tools/gen_lexicon.py from %s: do not edit. */\n" % src.replace("*/", "*_/"))
    o.write('#include "lexicon_data.h"\n\n')
    o.write("const unsigned tally_lex_count = %d;\n" % len(words))
    o.write("const unsigned tally_lex_node_count = %d;\n" % len(label))
    o.write("const unsigned tally_lex_root_count = %d;\n" % len(initial))
    o.write("const unsigned tally_lex_tag_count = %d;\n" % len(tags))
    o.write("const char *const tally_lex_tag_names[] = {%s};\n" % ", ".join('"%s"' % t for t in tags))
    o.write("const unsigned short tally_lex_unknown_cost = %d;\n" % int(round(64 * math.log(total))))
    write_array(o, "unsigned short", "tally_lex_char_pages",
                [page_of.get(p, 0) for p in range(0x110000 >> 8)], 32)
    write_array(o, "unsigned short", "tally_lex_char_ids", [i for pg in pages for i in pg], 32)
    write_array(o, "unsigned", "tally_lex_first", first, 16)
    write_array(o, "unsigned short", "tally_lex_label", label)
    write_array(o, "unsigned short", "tally_lex_cost", cost)
    write_array(o, "unsigned char", "tally_lex_tag", tag, 32)
    o.close()


if __name__ == "__main__":
    main()
