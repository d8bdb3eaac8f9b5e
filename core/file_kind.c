/* Formats that are not text, known by their first bytes, with the way to
 * get text out of each. A new format is one more row of the table. */
#include "tally/file_kind.h"

#include <string.h>
#include <strings.h>

/* Containers whose members say what the document is (ZIP: Office Open XML,
 * OpenDocument, EPUB), looked for in the first bytes of the archive, where
 * the local file headers of the first members are. */
typedef struct member_rule {
    const char *member; /* a member name that appears early in the archive */
    const char *message;
} member_rule;

static const member_rule zip_members[] = {
    {"word/", "is a Word document (.docx); convert it to text first, e.g. "
              "`pandoc -t plain FILE -o FILE.txt` or `libreoffice --headless --convert-to txt FILE`"},
    {"xl/", "is an Excel workbook (.xlsx); save the sheet as CSV and read it with "
            "tally.read, or export its text: `libreoffice --headless --convert-to csv FILE`"},
    {"ppt/", "is a PowerPoint deck (.pptx); export its text first: "
             "`libreoffice --headless --convert-to txt FILE` (via PDF: `pdftotext`)"},
    {"application/vnd.oasis.opendocument.text",
     "is an OpenDocument text (.odt); convert it first: `pandoc -t plain FILE -o FILE.txt`"},
    {"application/vnd.oasis.opendocument.spreadsheet",
     "is an OpenDocument spreadsheet (.ods); save it as CSV and read it with tally.read"},
    {"application/epub+zip", "is an EPUB book; convert it first: `pandoc -t plain FILE -o FILE.txt`"},
};

/* OLE2 compound files hold the old Office formats; the extension says which. */
typedef struct ext_rule {
    const char *ext;
    const char *message;
} ext_rule;

static const ext_rule ole2_extensions[] = {
    {".doc", "is a Word 97-2003 document (.doc); convert it first: `antiword FILE > FILE.txt` "
             "or `libreoffice --headless --convert-to txt FILE`"},
    {".xls", "is an Excel 97-2003 workbook (.xls); save it as CSV "
             "(`libreoffice --headless --convert-to csv FILE`) and read it with tally.read"},
    {".ppt", "is a PowerPoint 97-2003 deck (.ppt); export its text with "
             "`libreoffice --headless --convert-to pdf FILE`, then `pdftotext`"},
    {".wps", "is a WPS Office document; save it as .txt or .docx from WPS first"},
};

typedef struct magic_rule {
    size_t offset;
    const char *magic;
    size_t len;
    const char *message;
} magic_rule;

#define M(off, s, msg) {off, s, sizeof s - 1, msg}
static const magic_rule magics[] = {
    M(0, "%PDF-", "is a PDF; extract its text first: `pdftotext -layout FILE FILE.txt` "
                  "(poppler-utils; a scanned PDF needs OCR: `ocrmypdf -l chi_sim`)"),
    M(0, "{\\rtf", "is an RTF document; convert it first: `pandoc -t plain FILE -o FILE.txt`"),
    M(0, "\x89PNG\r\n\x1a\n", "is a PNG image; its text needs OCR first, e.g. "
                              "`tesseract FILE out -l chi_sim` (chi_tra for Traditional)"),
    M(0, "\xff\xd8\xff", "is a JPEG image; its text needs OCR first, e.g. "
                         "`tesseract FILE out -l chi_sim` (chi_tra for Traditional)"),
    M(0, "GIF87a", "is a GIF image; its text needs OCR first (`tesseract FILE out -l chi_sim`)"),
    M(0, "GIF89a", "is a GIF image; its text needs OCR first (`tesseract FILE out -l chi_sim`)"),
    M(0, "II*\0", "is a TIFF image (a scan?); its text needs OCR first (`tesseract FILE out -l chi_sim`)"),
    M(0, "MM\0*", "is a TIFF image (a scan?); its text needs OCR first (`tesseract FILE out -l chi_sim`)"),
    M(8, "WEBP", "is a WebP image; its text needs OCR first (`tesseract FILE out -l chi_sim`)"),
    M(0, "\x1f\x8b", "is gzip-compressed; unpack it first: `gunzip -k FILE`"),
    M(0, "BZh", "is bzip2-compressed; unpack it first: `bunzip2 -k FILE`"),
    M(0, "\xfd" "7zXZ\0", "is xz-compressed; unpack it first: `unxz -k FILE`"),
    M(0, "(\xb5/\xfd", "is zstd-compressed; unpack it first: `unzstd FILE`"),
    M(0, "7z\xbc\xaf\x27\x1c", "is a 7-Zip archive; unpack it first (`7z x FILE`) and give tally the folder"),
    M(0, "Rar!\x1a\x07", "is a RAR archive; unpack it first (`unrar x FILE`) and give tally the folder"),
    M(257, "ustar", "is a tar archive; unpack it first (`tar xf FILE`) and give tally the folder"),
    M(0, "SQLite format 3\0", "is a SQLite database; read its tables with tally.read(FILE), "
                              "or give a store to tally.corpus"),
    M(0, "\x7f" "ELF", "is a program (ELF executable), not a report"),
    M(0, "\xca\xfe\xba\xbe", "is a compiled program or Java class, not a report"),
};
#undef M

static int has_suffix(const char *name, const char *ext)
{
    size_t n = strlen(name), e = strlen(ext);
    return n >= e && strcasecmp(name + n - e, ext) == 0;
}

static int contains(const unsigned char *bytes, size_t n, const char *what)
{
    size_t w = strlen(what);
    for (size_t i = 0; i + w <= n; i++)
        if (bytes[i] == (unsigned char)what[0] && memcmp(bytes + i, what, w) == 0)
            return 1;
    return 0;
}

const char *tally_file_kind_message(const unsigned char *bytes, size_t n, const char *name)
{
    if (n >= 4 && memcmp(bytes, "PK\x03\x04", 4) == 0) {
        size_t look = n < 4096 ? n : 4096;
        for (size_t i = 0; i < sizeof zip_members / sizeof *zip_members; i++)
            if (contains(bytes, look, zip_members[i].member))
                return zip_members[i].message;
        return "is a ZIP archive; unpack it first (`unzip FILE -d FOLDER`) and give tally the folder";
    }
    if (n >= 8 && memcmp(bytes, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0) {
        for (size_t i = 0; name && i < sizeof ole2_extensions / sizeof *ole2_extensions; i++)
            if (has_suffix(name, ole2_extensions[i].ext))
                return ole2_extensions[i].message;
        return "is an old Microsoft Office file (.doc, .xls or .ppt); save it as text or "
               "convert it: `libreoffice --headless --convert-to txt FILE`";
    }
    for (size_t i = 0; i < sizeof magics / sizeof *magics; i++) {
        const magic_rule *m = &magics[i];
        if (n < m->offset + m->len)
            continue;
        if (memcmp(bytes + m->offset, m->magic, m->len) != 0)
            continue;
        /* RIFF....WEBP needs the RIFF too */
        if (m->offset == 8 && memcmp(bytes, "RIFF", 4) != 0)
            continue;
        return m->message;
    }
    /* a BMP: "BM" and a header size of 40 or more at offset 14 */
    if (n >= 18 && bytes[0] == 'B' && bytes[1] == 'M' && bytes[14] >= 12 && bytes[15] == 0 &&
        bytes[16] == 0 && bytes[17] == 0 && memchr(bytes, 0, 18))
        return "is a BMP image; its text needs OCR first (`tesseract FILE out -l chi_sim`)";
    return NULL;
}
