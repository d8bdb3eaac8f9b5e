--[[[
Charts of a table with one value per row: t:plot{...} draws horizontal bars
in the terminal with Unicode block characters (eighths of a cell), labels
aligned by display width; t:svg(path, {...}) writes the same chart as an SVG
file, whole or not at all.

Options (both): label = column (default: the first column holding text),
value = column (default: the first column holding numbers), title = text.
plot: width = columns for the longest bar (default 40).
svg: bar_width = pixels for the longest bar (default 400).
Negative values draw to the left of a zero line; rows without a value get
no bar.
]]
local tally = ...

local Table = tally.Table or {}
tally.Table = Table

local function pick_columns(t, opts, method)
  local cols = t:columns()
  local label, value = opts.label, opts.value
  local function kind_of(col)
    local any
    for _, row in ipairs(t) do
      local v = row[col]
      if v ~= nil then
        if type(v) ~= "number" then return "text" end
        any = "number"
      end
    end
    return any
  end
  if not value then
    for _, c in ipairs(cols) do
      if kind_of(c) == "number" then value = c; break end
    end
  end
  if not label then
    for _, c in ipairs(cols) do
      if c ~= value and kind_of(c) == "text" then label = c; break end
    end
  end
  if not value then error(method .. ": no column of numbers to draw (give value = column)", 3) end
  for _, row in ipairs(t) do
    local v = row[value]
    if v ~= nil and type(v) ~= "number" then
      error(string.format("%s: column '%s' holds %s '%s', not a number", method, value,
                          type(v), tostring(v)), 3)
    end
  end
  return label, value
end

local function label_of(row, label, i)
  if label then return tally.cell_text(row[label]):gsub("[%c]", " ") end
  return tostring(i)
end

-- The extent of the axis: from the lowest value (or 0) to the highest (or 0).
local function extent(t, value)
  local lo, hi = 0, 0
  for _, row in ipairs(t) do
    local v = row[value]
    if v and v == v then
      if v < lo then lo = v end
      if v > hi then hi = v end
    end
  end
  return lo, hi
end

local eighths = {"▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"}

-- A bar of n eighths of a cell.
local function bar(n)
  local full, part = n // 8, n % 8
  local s = string.rep("█", full)
  if part > 0 then s = s .. eighths[part] end
  return s
end

--- t:plot_text([opts]): the terminal bar chart as text.
function Table:plot_text(opts)
  opts = opts or {}
  local label, value = pick_columns(self, opts, "plot")
  local width = opts.width or 40
  local lo, hi = extent(self, value)
  local span = hi - lo
  local scale = span > 0 and width / span or 0
  -- columns left of the zero line, for negative bars
  local left = math.floor(-lo * scale + 0.5)
  local labels, lw = {}, 0
  for i, row in ipairs(self) do
    labels[i] = label_of(row, label, i)
    lw = math.max(lw, tally.width(labels[i]))
  end
  local out = {}
  if opts.title then out[1] = opts.title .. "\n" end
  for i, row in ipairs(self) do
    local v = row[value]
    local line = labels[i] .. string.rep(" ", lw - tally.width(labels[i])) .. " "
    if v == nil or v ~= v then
      line = line .. string.rep(" ", left) .. "(none)"
    elseif v < 0 then
      local cells = math.floor(-v * scale + 0.5)
      line = line .. string.rep(" ", left - cells) .. string.rep("█", cells) .. "│ " .. tally.cell_text(v)
    else
      local n = math.floor(v * scale * 8 + 0.5)
      if n == 0 and v > 0 then n = 1 end
      line = line .. string.rep(" ", left) .. (lo < 0 and "│" or "") .. bar(n) .. " " .. tally.cell_text(v)
    end
    out[#out + 1] = line .. "\n"
  end
  return table.concat(out)
end

--- t:plot([opts]): draws the bar chart on standard output.
function Table:plot(opts)
  io.stdout:write(self:plot_text(opts))
  io.stdout:flush()
end

local function xml(s)
  return (tostring(s):gsub("[&<>\"']", {["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;",
                                         ['"'] = "&quot;", ["'"] = "&apos;"}))
end

--- t:svg_text([opts]): the chart as an SVG document.
function Table:svg_text(opts)
  opts = opts or {}
  local label, value = pick_columns(self, opts, "svg")
  local bar_w = opts.bar_width or 400
  local row_h, font = 24, 14
  -- a display column of text is about half the font size wide
  local col_px = font * 0.6
  local lw = 0
  for i, row in ipairs(self) do lw = math.max(lw, tally.width(label_of(row, label, i))) end
  local label_px = math.ceil(lw * col_px) + 12
  local lo, hi = extent(self, value)
  local span = hi - lo
  local scale = span > 0 and bar_w / span or 0
  local zero = label_px + (-lo) * scale
  local top = opts.title and 36 or 10
  local value_px = 90
  local width = math.ceil(label_px + bar_w + value_px + 10)
  local height = top + row_h * #self + 10
  local out = {
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    string.format('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
                  .. [[font-family="'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif" ]]
                  .. 'font-size="%d">\n', width, height, width, height, font),
    string.format('<rect width="%d" height="%d" fill="white"/>\n', width, height),
  }
  if opts.title then
    out[#out + 1] = string.format('<text x="10" y="22" font-size="%d" font-weight="bold">%s</text>\n',
                                  font + 2, xml(opts.title))
  end
  for i, row in ipairs(self) do
    local y = top + (i - 1) * row_h
    out[#out + 1] = string.format('<text x="%d" y="%.1f" text-anchor="end">%s</text>\n',
                                  label_px - 8, y + row_h * 0.68, xml(label_of(row, label, i)))
    local v = row[value]
    if v ~= nil and v == v then
      local w = math.abs(v) * scale
      local x = v < 0 and zero - w or zero
      out[#out + 1] = string.format('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"><title>%s</title></rect>\n',
                                    x, y + 3, w, row_h - 6, v < 0 and "#c0504d" or "#4878a8",
                                    xml(label_of(row, label, i) .. ": " .. tally.cell_text(v)))
      out[#out + 1] = string.format('<text x="%.1f" y="%.1f">%s</text>\n',
                                    math.max(zero, zero + (v > 0 and w or 0)) + 4, y + row_h * 0.68,
                                    xml(tally.cell_text(v)))
    end
  end
  if lo < 0 then
    out[#out + 1] = string.format('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#333"/>\n',
                                  zero, top, zero, top + row_h * #self)
  end
  out[#out + 1] = "</svg>\n"
  return table.concat(out)
end

--- t:svg(path [, opts]): writes the chart to an SVG file, whole or not at all.
function Table:svg(path, opts)
  if type(path) ~= "string" then error("svg: expected a file path", 2) end
  tally.write_file(path, self:svg_text(opts))
  return path
end
