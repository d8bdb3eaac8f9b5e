--[[[
Corpus-wide tables: c:figures([filter]) and c:measures([filter]) give one
row per figure or measure of every document, in corpus order, with the
document's columns in front: doc (its name), region, date and source (from
doc.meta, nil where the page does not say). A figure's region is its own
(the region its clause names, else the document's; nil for 全国), with the
document's in doc_region.

The documents come from c:each(), so they are read and analysed ahead on
the worker threads and memory stays bounded: the rows keep only plain
values, never the documents.
]]
local tally = ...

local corpus_meta = getmetatable(tally.corpus({}))
local Corpus = corpus_meta.__methods

-- The document columns, from the document's meta where it has one.
function tally.doc_columns(doc)
  local meta = doc.meta
  local cols = {doc = doc.name}
  if type(meta) == "table" then
    cols.region, cols.date, cols.source = meta.region, meta.date, meta.source
  end
  return cols
end

local doc_cols = {"doc", "region", "date", "source"}

-- What the workers find ahead for each table: only what the rows need.
local analyses = {
  figures = {"structure", "figures", "records"},
  measures = {"structure", "figures", "measures"},
}

-- One row of c:figures() or c:measures(): the record's fields and the
-- document's columns (extra, from tally.doc_columns). A store corpus
-- (core/lua_store.c) builds its rows with this too, so both are the same.
function tally.corpus_row(rec, extra)
  local row = {}
  for k, v in pairs(rec) do row[k] = v end
  -- a figure names its own region (深圳市 in a Guangdong report, nil
  -- for the country); the document's stays in doc_region
  local own = rec.region_scope ~= nil
  local region = rec.region
  for k, v in pairs(extra) do row[k] = v end
  if own then row.doc_region, row.region = extra.region, region end
  return row
end

-- The columns of those rows: the document's, then the record's fields.
function tally.corpus_columns(fields)
  local cols = {}
  for _, c in ipairs(doc_cols) do cols[#cols + 1] = c end
  for _, f in ipairs(fields) do cols[#cols + 1] = f end
  return cols
end

-- Calls each_row(row) for every row of the corpus, in order.
local function each_corpus_row(c, method, filter, each_row)
  for doc in c:each{analyse = analyses[method]} do
    if not doc[method] then
      error(string.format("c:%s(): documents have no %s() in this build", method, method), 4)
    end
    local extra = tally.doc_columns(doc)
    for _, rec in ipairs(doc[method](doc, filter)) do
      each_row(tally.corpus_row(rec, extra))
    end
  end
end

local function corpus_rows(c, method, fields, filter)
  local rows = {}
  each_corpus_row(c, method, filter, function(row) rows[#rows + 1] = row end)
  return tally.table(rows, tally.corpus_columns(fields))
end

-- The record fields of figures.md and measures.md, in the spec's order.
tally.figure_fields = {"text", "value", "value_max", "unit", "kind", "approx", "scope",
                       "subject", "period", "sentence", "start", "stop", "subject_key",
                       "period_key", "status", "region_scope", "doc_region"}
tally.measure_fields = {"marker", "ordinal", "headline", "intro", "declared", "list",
                        "level", "parent", "style", "text", "start", "stop", "figures"}

--- c:figures([filter]): a table of every figure of the corpus.
function Corpus:figures(filter)
  return corpus_rows(self, "figures", tally.figure_fields, filter)
end

--- c:measures([filter]): a table of every measure of the corpus.
function Corpus:measures(filter)
  return corpus_rows(self, "measures", tally.measure_fields, filter)
end

local method_fields = {figures = tally.figure_fields, measures = tally.measure_fields}

-- The figure columns that hold numbers: the aligned table puts them on the
-- right (formats.table does so for a column whose values are all numbers;
-- these always are, where they are not nil).
local numeric_fields = {value = true, value_max = true, start = true, stop = true,
                        sentence = true}

-- The filter the workers can apply themselves: none (nil) or {kind = KIND}
-- (the kind's name); false for any other, which this thread applies.
local function worker_filter(filter)
  if filter == nil then return nil end
  if type(filter) ~= "table" then return false end
  local kind
  for k, v in pairs(filter) do
    if k ~= "kind" or type(v) ~= "string" then return false end
    kind = v
  end
  -- a kind there is not: this thread's filter names it in its error
  for _, known in ipairs(tally.figure_kinds) do
    if kind == known then return kind end
  end
  return false
end

--- c:each_row(method, each [, after_doc]): calls each(row) for every row
--- of c:figures() (method "figures") or c:measures(), in order, and
--- after_doc() after each document's rows, without building the table: a
--- row is the document's record itself with the document's columns set in
--- it (the fields tally.corpus_row copies), so a script that keeps only
--- what it needs of each row holds no more than that.
function Corpus:each_row(method, each, after_doc)
  if not method_fields[method] then
    error("c:each_row: no table '" .. tostring(method) .. "' (figures, measures)", 2)
  end
  for doc in self:each{analyse = analyses[method]} do
    local extra = tally.doc_columns(doc)
    for _, rec in ipairs(doc[method](doc)) do
      -- as tally.corpus_row: a figure keeps its own region, the
      -- document's goes to doc_region
      local own = rec.region_scope ~= nil
      for k, v in pairs(extra) do
        if k == "region" and own then rec.doc_region = v else rec[k] = v end
      end
      each(rec)
    end
    if after_doc then after_doc() end
  end
end

--- c:print_rows(method, [filter, [columns]]): prints the table c:figures()
--- (method "figures") or c:measures() gives, with those columns (default
--- all), as t:print would; in the formats a row at a time can be written in
--- (jsonl, csv) each document's rows are written as it comes, so memory
--- stays flat however large the corpus.
function Corpus:print_rows(method, filter, columns)
  local fields = method_fields[method]
  if not fields then error("c:print_rows: no table '" .. tostring(method) .. "' (figures, measures)", 2) end
  local w = tally.row_writer(columns or tally.corpus_columns(fields))
  local kind = worker_filter(filter)
  -- the workers write each document's rows (core/doc_records.c): this
  -- thread only copies the text out (or, for the aligned table, lines up
  -- the cells they made: core/table_text.c)
  local on_workers = method == "figures" and kind ~= false and getmetatable(self) == corpus_meta
                     and tally._default_figure_tables()
  if not w and on_workers and tally._builtin_format and tally._builtin_format("table")
     and ((tally.options and tally.options.format) or "table") == "table" then
    local cols = columns or tally.corpus_columns(fields)
    local right = {}
    for j, c in ipairs(cols) do right[j] = numeric_fields[c] or false end
    local grid = tally._table_grid(cols, right)
    for _, cells in self:each{analyse = analyses.figures,
                              rows = {format = "table", columns = cols, kind = kind,
                                      max_width = 48, right = right}} do
      grid:add(cells)
    end
    grid:write(io.stdout)
    io.stdout:flush()
    return
  end
  if not w then
    local t = corpus_rows(self, method, fields, filter)
    if columns then t = t:select(table.unpack(columns)) end
    return t:print()
  end
  if on_workers then
    for _, text in self:each{analyse = analyses.figures,
                             rows = {format = w.format, columns = w.columns, kind = kind}} do
      w:write_text(text)
    end
  else
    each_corpus_row(self, method, filter, function(row) w:write(row) end)
  end
  w:close()
end
