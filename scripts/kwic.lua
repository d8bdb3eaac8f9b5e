--- Keywords in context: every match of a pattern with the text around it, matches lined up.
-- @usage tally run kwic PATTERN [--width 20] FILE...
-- @arg PATTERN   a regex (PCRE2, UTF): 消费券, 进出口.{0,6}增长
-- @arg FILE      the reports to search (globs work)
-- @arg --width   characters of context on each side (default 20)
--
-- The pattern also finds Traditional and full-width forms when the engine
-- folds (进出口 finds 進出口); offsets and text are as written.
local opts, rest = tally.args{width = 20}
local pattern = table.remove(rest, 1)
if not pattern or #rest == 0 then
  io.stderr:write("usage: tally run kwic PATTERN [--width N] FILE...\n")
  os.exit(2)
end

local rows = {}
local fold_opts = tally.fold and {fold = true} or nil
for doc in tally.corpus(rest, {analyse = {"fold"}}):each() do
  for _, k in ipairs(doc:kwic(pattern, math.tointeger(opts.width) or 20, fold_opts)) do
    rows[#rows + 1] = {doc = doc.name, left = k.left, match = k.match, right = k.right,
                       start = k.start}
  end
end
local t = tally.table(rows, {"doc", "start", "left", "match", "right"})
t:print{align = {left = "right"}, max_width = 0}
