-- tally.usage_error: every usage error of a session keeps its message and its
-- metatable. The flag "a usage error ended the run" once shared its registry
-- key with the error's metatable, so the first usage error replaced the
-- metatable with `true` and the next one set a boolean as a metatable (a
-- use-after-free the Lua fuzz target found).
local T = require "check"

T.test("the error's metatable stays in the registry", function()
  pcall(tally.usage_error, "first")
  T.eq(type(debug.getregistry()["tally.usage_error"]), "table")
end)

T.test("many usage errors in one state, with collections between", function()
  for i = 1, 200 do
    local ok, e = pcall(tally.usage_error, "bad " .. i)
    T.ok(not ok, "usage_error raises")
    T.eq(tostring(e), "bad " .. i)
    local mt = getmetatable(e)
    T.ok(type(mt) == "table" and type(mt.__tostring) == "function", "the error has its metatable")
    collectgarbage()
  end
end)

T.done()
