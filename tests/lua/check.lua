-- A small test harness for Lua tests run through `tally run`.
-- T.test(name, fn) runs one case; T.eq / T.ok / T.raises check; T.done()
-- prints "N passed, N failed" and fails the run if any case failed.
local T = {passed = 0, failed = 0}

local function show(v)
  if type(v) == "string" then return string.format("%q", v) end
  return tostring(v)
end

function T.ok(cond, msg)
  if not cond then error(msg or "check failed", 2) end
end

function T.eq(got, want, msg)
  if got ~= want then
    error(string.format("%sexpected %s, got %s", msg and (msg .. ": ") or "", show(want), show(got)), 2)
  end
end

function T.near(got, want, tol, msg)
  if type(got) ~= "number" or math.abs(got - want) > (tol or 1e-9) * math.max(1, math.abs(want)) then
    error(string.format("%sexpected %s, got %s", msg and (msg .. ": ") or "", show(want), show(got)), 2)
  end
end

-- Checks that fn raises an error whose message contains the plain text `part`.
function T.raises(fn, part, msg)
  local ok, err = pcall(fn)
  if ok then error((msg or "") .. " expected an error", 2) end
  if part and not tostring(err):find(part, 1, true) then
    error(string.format("%serror %q does not mention %q", msg and (msg .. ": ") or "", tostring(err), part), 2)
  end
end

function T.test(name, fn)
  local ok, err = xpcall(fn, debug and debug.traceback or tostring)
  if ok then
    T.passed = T.passed + 1
  else
    T.failed = T.failed + 1
    io.stderr:write("FAIL ", name, ": ", tostring(err), "\n")
  end
end

-- The shared folder with the seeds, or nil: tests that need it call T.skip.
function T.shared()
  local dir = os.getenv("TALLY_SHARED") or "../shared"
  local f = io.open(dir .. "/corpus/seeds/000_2a74350e9e5094f6.txt")
  if not f then return nil end
  f:close()
  return dir
end

function T.seeds()
  local dir = T.shared()
  if not dir then return nil end
  local names = {"000_2a74350e9e5094f6", "001_71cefe735a8ac78d", "002_611ecaf62806bbac",
                 "003_150011f9a5b442f6", "004_0d9136d0487b71c7"}
  local paths = {}
  for i, n in ipairs(names) do paths[i] = dir .. "/corpus/seeds/" .. n .. ".txt" end
  return paths
end

-- Runs f on a document of text in Simplified and on its Traditional copy,
-- with the script's name: every figure rule is checked in both scripts.
function T.both_scripts(text, f)
  f(tally.doc(text), "Hans")
  f(tally.doc(tally.traditional(text)), "Hant")
end

-- The n-th (default first) figure of document d whose text, folded to
-- Simplified, is text.
function T.figure(d, text, n)
  n = n or 1
  for _, f in ipairs(d:figures()) do
    if tally.simplified(f.text) == text then
      n = n - 1
      if n == 0 then return f end
    end
  end
  error("no figure " .. text, 2)
end

-- Whether document d has a figure whose text, folded to Simplified, is text.
function T.has_figure(d, text)
  for _, f in ipairs(d:figures()) do
    if tally.simplified(f.text) == text then return true end
  end
  return false
end

-- Ends the run with ctest's skip code and a message saying why.
function T.skip(why)
  print("SKIP: " .. why)
  os.exit(77)
end

function T.done()
  print(string.format("%d passed, %d failed", T.passed, T.failed))
  if T.failed > 0 then os.exit(1) end
end

return T
