/* The output formats and the file extensions that choose them: one table,
 * read by the command line (--format, --output) and by t:write. */
#ifndef TALLY_OUTPUT_FORMAT_H
#define TALLY_OUTPUT_FORMAT_H

/* 1 when name is a format tally writes (table, csv, excel, json, jsonl, md, sqlite). */
int tally_is_output_format(const char *name);

/* The format the extension of path asks for; NULL when the extension is not
 * one tally knows, and also NULL with *has_extension 0 when the name has none. */
const char *tally_format_of_path(const char *path, int *has_extension);

/* "table, csv, …" and ".csv, .json, …", for messages. */
const char *tally_output_format_names(void);
const char *tally_output_extension_names(void);

#endif
