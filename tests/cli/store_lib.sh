# Shared by the store tests (sourced, not a test itself).

# dump STORE: the store's content with paths in place of row ids, so two
# stores hold the same documents, figures, measures, dates and warnings when
# their dumps are equal, whatever order their rows were written in.
dump() {
  local db=$1 t cols
  cols=$(sqlite3 "$db" "SELECT group_concat('\"' || name || '\"', ',') FROM pragma_table_info('documents') WHERE name <> 'id'")
  sqlite3 "$db" "SELECT $cols FROM documents ORDER BY path"
  for t in figures measures dates warnings; do
    cols=$(sqlite3 "$db" "SELECT group_concat('t.\"' || name || '\"', ',') FROM pragma_table_info('$t') WHERE name <> 'doc'")
    sqlite3 "$db" "SELECT d.path, $cols FROM $t t JOIN documents d ON d.id = t.doc ORDER BY d.path, t.seq"
  done
  sqlite3 "$db" "SELECT * FROM failures ORDER BY path"
}
