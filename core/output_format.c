/* Output formats by name and by file extension. */
#include "tally/output_format.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

/* excel is csv with a UTF-8 byte order mark, which Excel needs to read UTF-8;
 * sqlite is a database file, so it needs --output. */
static const char *const formats[] = {"table", "csv", "excel", "json", "jsonl", "md", "sqlite"};

/* Extensions, matched without regard to case. .txt is the aligned table a
 * terminal shows. */
static const struct {
    const char *ext, *format;
} by_extension[] = {
    {"csv", "csv"},       {"json", "json"}, {"jsonl", "jsonl"},   {"ndjson", "jsonl"},
    {"md", "md"},         {"markdown", "md"}, {"txt", "table"},   {"sqlite", "sqlite"},
    {"sqlite3", "sqlite"}, {"db", "sqlite"},
};

int tally_is_output_format(const char *name)
{
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++)
        if (strcmp(name, formats[i]) == 0)
            return 1;
    return 0;
}

const char *tally_format_of_path(const char *path, int *has_extension)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    *has_extension = dot && dot != base && dot[1];
    if (!*has_extension)
        return NULL;
    for (size_t i = 0; i < sizeof by_extension / sizeof *by_extension; i++)
        if (strcasecmp(dot + 1, by_extension[i].ext) == 0)
            return by_extension[i].format;
    return NULL;
}

const char *tally_output_format_names(void)
{
    return "table, csv, excel, json, jsonl, md, sqlite";
}

const char *tally_output_extension_names(void)
{
    return ".csv, .json, .jsonl, .ndjson, .md, .markdown, .txt, .sqlite, .sqlite3, .db";
}
