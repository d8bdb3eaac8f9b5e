--- Print each report's structure as an indented outline of its lists.
-- @usage tally run outline [--figures no] [--format FORMAT] FILE...
-- @arg --figures  "no" leaves out the figures under each item
-- @arg --format   table (default): the indented outline; csv, excel, json, jsonl, md, sqlite: one row per list item
-- @arg FILE       reports, folders or quoted globs (text, HTML or Markdown)
--
-- Each list shows its style, its intro and how many items it announced and
-- how many were found; a list whose found count differs from the declared
-- one is flagged with "!!" (a declared count may count the items of the lists
-- nested in it: 十大工程 over two sections of 4 and 6). The other formats
-- give the same facts as a table through the common output code: doc, list,
-- parent_list, depth, style, marker, headline, declared, found, check,
-- figures.
local opts, files = tally.args{figures = "yes"}
tally.check_choice("--figures", opts.figures, {"yes", "no"})
local show_figures = opts.figures == "yes"
if #files == 0 then
  io.stderr:write("usage: tally run outline [--figures no] FILE...\n")
  os.exit(2)
end
local as_rows = (tally.options.format or "table") ~= "table"
local rows = {}

local function clip(s, n)
  if not s then return "" end
  return tally.clip((s:gsub("%s+", " ")), n)
end

local function line(depth, s)
  if not as_rows then print(string.rep("  ", depth) .. s) end
end

-- Items with no children under each item, to compare a declared count that
-- counts the leaves of nested lists.
local function leaves(ms, children, k)
  local kids = children[k]
  if not kids or #kids == 0 then return 1 end
  local n = 0
  for _, c in ipairs(kids) do n = n + leaves(ms, children, c) end
  return n
end

local function outline(doc)
  local meta = doc.meta
  local head = {}
  for _, k in ipairs({"region", "date", "source"}) do
    if meta[k] then head[#head + 1] = meta[k] end
  end
  if #meta.authors > 0 then head[#head + 1] = table.concat(meta.authors, "、") end
  line(0, doc.name .. "  " .. (meta.title or "(no title)") ..
          (#head > 0 and ("  (" .. table.concat(head, ", ") .. ")") or ""))
  local ms = doc:measures()
  if #ms == 0 then
    line(1, "no lists")
    return
  end
  -- lists in order, each with its items; children of each item
  local lists, order, children = {}, {}, {}
  for k, m in ipairs(ms) do
    if not lists[m.list] then
      lists[m.list] = {}
      order[#order + 1] = m.list
    end
    table.insert(lists[m.list], k)
    if m.parent then
      children[m.parent] = children[m.parent] or {}
      table.insert(children[m.parent], k)
    end
  end
  local nested = {}
  local function show_list(id, depth)
    local items = lists[id]
    local first = ms[items[1]]
    local found = #items
    local count = string.format("found %d", found)
    local check
    if first.declared then
      local leaf = 0
      for _, k in ipairs(items) do leaf = leaf + leaves(ms, children, k) end
      count = string.format("declared %d, found %d", first.declared, found)
      if first.declared ~= found then
        if first.declared == leaf then
          check = string.format("%d in nested lists", leaf)
          count = count .. " (" .. check .. ")"
        else
          check = "differs"
          count = count .. "  !! differs"
        end
      end
    end
    line(depth, string.format("list %d · %s · %s%s", id, first.style, count,
                              first.intro and ("  ← " .. clip(first.intro, 40)) or ""))
    for _, k in ipairs(items) do
      local m = ms[k]
      line(depth + 1, string.format("%s %s", m.marker, clip(m.headline, 50)))
      local fs = {}
      if show_figures and #m.figures > 0 then
        for _, f in ipairs(m.figures) do
          -- only the figures of this item, not of the lists nested in it
          local inner = false
          for _, c in ipairs(children[k] or {}) do
            if f.start >= ms[c].start and f.stop <= ms[c].stop then inner = true end
          end
          if not inner then fs[#fs + 1] = f.text end
        end
        if #fs > 0 then line(depth + 2, "figures: " .. clip(table.concat(fs, "  "), 70)) end
      end
      rows[#rows + 1] = {
        doc = doc.name, list = id, parent_list = m.parent and ms[m.parent].list or nil,
        depth = depth // 2 + 1, style = first.style, intro = first.intro, marker = m.marker,
        headline = m.headline, declared = first.declared, found = found, check = check,
        figures = show_figures and fs or nil, start = m.start, stop = m.stop,
      }
      local shown = {}
      for _, c in ipairs(children[k] or {}) do
        local cid = ms[c].list
        if not shown[cid] then
          shown[cid] = true
          nested[cid] = true
          show_list(cid, depth + 2)
        end
      end
    end
  end
  for _, id in ipairs(order) do
    if not nested[id] and not ms[lists[id][1]].parent then show_list(id, 1) end
  end
end

local n = 0
for doc in tally.corpus(files, {analyse = {"structure", "figures", "measures"}}):each() do
  n = n + 1
  if n > 1 then line(0, "") end
  outline(doc)
end
if as_rows then
  tally.table(rows, {"doc", "list", "parent_list", "depth", "style", "intro", "marker", "headline",
                     "declared", "found", "check", "figures", "start", "stop"}):print()
end
