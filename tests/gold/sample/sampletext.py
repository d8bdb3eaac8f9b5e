"""doc.text of a sample report, computed without the engine: decode the file with the encoding
that corpus/sample/README.md gives for it, drop the BOM, CRLF -> LF, NFC (as tally's decoder does)."""
import os
import re
import unicodedata

SAMPLE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'corpus', 'sample')
CODECS = {'UTF-8': 'utf-8', 'UTF-8 with BOM': 'utf-8-sig', 'GB18030': 'gb18030', 'Big5': 'big5'}
ROW = re.compile(r'^\| `([^`]+)\.txt` \|.*\| ([^|]+?) \| (?:LF|CRLF) \|\s*$')


def encodings():
    """{stem: python codec} from the README's file table."""
    out = {}
    with open(os.path.join(SAMPLE_DIR, 'README.md'), encoding='utf-8') as f:
        for line in f:
            m = ROW.match(line)
            if m:
                out[m.group(1)] = CODECS[m.group(2)]
    return out


def doc_text(stem):
    codec = encodings()[stem]
    with open(os.path.join(SAMPLE_DIR, stem + '.txt'), 'rb') as f:
        t = f.read().decode(codec)
    return unicodedata.normalize('NFC', t.replace('\r\n', '\n'))
