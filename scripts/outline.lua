--- Print each report's structure as an indented outline of its lists.
-- @usage tally run outline [--figures no] FILE...
-- @arg --figures  "no" leaves out the figures under each item
-- @arg FILE       reports to read (text, HTML or Markdown)
--
-- Each list shows its style, its intro and how many items it announced and
-- how many were found; a list whose found count differs from the declared
-- one is flagged with "!!" (a declared count may count the items of the lists
-- nested in it: 十大工程 over two sections of 4 and 6).

local files, show_figures = {}, true
local i = 1
while i <= #arg do
  local a = arg[i]
  if a == "--figures" then
    i = i + 1
    if arg[i] ~= "no" and arg[i] ~= "yes" then error("outline: --figures takes yes or no", 0) end
    show_figures = arg[i] == "yes"
  elseif a:match("^%-%-") then
    error("outline: unknown option " .. a .. " (see tally help outline)", 0)
  else
    files[#files + 1] = a
  end
  i = i + 1
end
if #files == 0 then error("outline: no files given (tally help outline)", 0) end

local md = tally.options.format == "md"
if tally.options.format and tally.options.format ~= "table" and not md then
  error("outline: --format " .. tally.options.format .. " is not supported here (table, md)", 0)
end

local function clip(s, n)
  if not s then return "" end
  return tally.clip((s:gsub("%s+", " ")), n)
end

local function line(depth, s)
  if md then
    print(string.rep("  ", depth) .. "- " .. s)
  else
    print(string.rep("  ", depth) .. s)
  end
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
  print((md and "## " or "") .. doc.name .. "  " .. (meta.title or "(no title)") ..
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
    if first.declared then
      local leaf = 0
      for _, k in ipairs(items) do leaf = leaf + leaves(ms, children, k) end
      count = string.format("declared %d, found %d", first.declared, found)
      if first.declared ~= found then
        if first.declared == leaf then
          count = count .. string.format(" (%d in nested lists)", leaf)
        else
          count = count .. "  !! differs"
        end
      end
    end
    line(depth, string.format("list %d · %s · %s%s", id, first.style, count,
                              first.intro and ("  ← " .. clip(first.intro, 40)) or ""))
    for _, k in ipairs(items) do
      local m = ms[k]
      line(depth + 1, string.format("%s %s", m.marker, clip(m.headline, 50)))
      if show_figures and #m.figures > 0 then
        local fs = {}
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
for _, doc, msg in tally.documents(files) do
  n = n + 1
  if not doc then
    io.stderr:write("tally: ", msg, "\n")
  else
    if n > 1 then print() end
    outline(doc)
  end
end
