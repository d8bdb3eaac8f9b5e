-- Saved pages give the figures of their plain text (issue 14, "page furniture
-- read as text"). tests/data/savedpages/plain holds eight short reports written
-- for this test (invented figures; a city statistics communiqué, a provincial
-- press release, a CPI release, holiday news in Simplified; Taiwan trade, GDP and
-- tourism news and a Hong Kong retail release in Traditional), and saved/ each
-- one twice as a reader saves it: an HTML page of a real site's shape (navigation
-- and breadcrumbs, a byline with a view counter, script, style and JSON-LD,
-- share widgets, previous/next links and related or top-news lists with figures
-- in them, URLs with percent-encoded Chinese paths holding years, e-mail and
-- phone contacts, ICP and record numbers) and a Markdown file with YAML front
-- matter (fields other than title and date: url, id, slug, tags, views, author,
-- description; some with an HTML body). The figures of each are compared with
-- the plain text's as a multiset of (text, value, unit, kind): agreement is
-- 2·common / (plain + saved). The floor is the issue's 97 %, for pages and for
-- front-matter files each.
local T = require "check"

local FLOOR = 0.97
local DIR = "tests/data/savedpages"

local function list(pattern)
  local out = {}
  local p = io.popen("ls " .. pattern .. " 2>/dev/null")
  for path in p:lines() do out[#out + 1] = path end
  p:close()
  return out
end

local function figure_bag(doc)
  local bag, n = {}, 0
  for _, f in ipairs(doc:figures()) do
    local key = table.concat({f.text, tostring(f.value), tostring(f.unit), f.kind}, "\t")
    bag[key] = (bag[key] or 0) + 1
    n = n + 1
  end
  return bag, n
end

local function common_of(a, b)
  local common = 0
  for k, c in pairs(a) do common = common + math.min(c, b[k] or 0) end
  return common
end

T.test("saved pages and front-matter files give the plain text's figures", function()
  local plains = list(DIR .. "/plain/*.txt")
  T.ok(#plains >= 8, "the plain reports are there")
  local total = {html = {0, 0, 0}, md = {0, 0, 0}}
  for _, path in ipairs(plains) do
    local name = path:match("([^/]+)%.txt$")
    local pa, na = figure_bag(tally.open(path))
    for _, ext in ipairs{"html", "md"} do
      local saved = DIR .. "/saved/" .. name .. "." .. ext
      local pb, nb = figure_bag(tally.open(saved))
      local common = common_of(pa, pb)
      local t = total[ext]
      t[1], t[2], t[3] = t[1] + common, t[2] + na, t[3] + nb
      print(string.format("%-26s %-4s plain %3d saved %3d agreement %.3f", name, ext, na, nb,
                          na + nb > 0 and 2 * common / (na + nb) or 1))
      for k, c in pairs(pb) do
        if (pa[k] or 0) < c then print("    only in saved: " .. k:gsub("\t", " ")) end
      end
      for k, c in pairs(pa) do
        if (pb[k] or 0) < c then print("    only in plain: " .. k:gsub("\t", " ")) end
      end
    end
  end
  for _, ext in ipairs{"html", "md"} do
    local t = total[ext]
    local ag = 2 * t[1] / (t[2] + t[3])
    print(string.format("total %-4s agreement %.3f (%d common of %d plain, %d saved)", ext, ag,
                        t[1], t[2], t[3]))
    T.ok(ag >= FLOOR, string.format("%s agreement %.3f below %.2f", ext, ag, FLOOR))
  end
end)

T.done()
