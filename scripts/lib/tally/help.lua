-- tally.help: the API's documentation, from the doc comments of the sources
-- (gathered at build time into tally._api by cmake/gen_apidoc.cmake).
local tally = ...

local LISTING_WIDTH = 120 -- a listing line's columns, signature and summary

local clip = tally.clip

-- A description's prose (the lines before its first @tag) and its tags,
-- each with the lines that continue it.
local function parse(text)
  local prose, tags = {}, {}
  for line in (text .. "\n"):gmatch("(.-)\n") do
    local tag, rest = line:match("^%s*@(%w+)%s*(.*)$")
    if tag then
      tags[#tags + 1] = { tag = tag, text = rest }
    elseif #tags > 0 then
      tags[#tags].text = tags[#tags].text .. " " .. line:match("^%s*(.-)%s*$")
    else
      prose[#prose + 1] = line
    end
  end
  return table.concat(prose, " "), tags
end

-- The first sentence of a description, for a listing: its prose, or failing
-- that what it returns.
local function summary(text, w)
  local prose, tags = parse(text)
  if prose:match("^%s*$") then
    for _, t in ipairs(tags) do
      if t.tag == "return" then
        -- "{integer} how many …" reads without the type; "{iterator} of …" needs it
        local ty, rest = t.text:match("^{([^}]*)}%s*(.*)$")
        if not ty then ty, rest = "", t.text end
        if rest == "" or rest:match("^of%s") or rest:match("^over%s") then rest = ty .. " " .. rest end
        prose = "Returns " .. rest
        break
      end
    end
  end
  prose = prose:gsub("%s+", " ") .. " "
  local first = prose:match("^(.-[.。])%s") or prose
  first = first:match("^%s*(.-)%s*$"):gsub("^%l", string.upper)
  return clip(first, w)
end

local function entries()
  return type(tally._api) == "table" and tally._api or {}
end

local function entry_name(e)
  return e[1]:match("^[%w_.:]+")
end

-- The class a method's receiver names in a doc comment (`@method re:find`,
-- `@method Doc:tokens`); any other Name stands for tally.Name.
local RECEIVERS = {
  doc = "tally.Doc", d = "tally.Doc",
  re = "tally.Regex", regex = "tally.Regex",
  c = "tally.Corpus", corpus = "tally.Corpus", docs = "tally.Corpus",
  t = "tally.table", tbl = "tally.table", g = "tally.grouping",
}

-- A class's methods are found on an instance's metatable, made here (the
-- registry is out of reach in the sandbox, and Lua classes are not in it).
local SAMPLES = {
  ["tally.Doc"] = function() return tally.doc("") end,
  ["tally.Regex"] = function() return tally.regex("x") end,
  ["tally.Corpus"] = function() return tally.corpus({}) end,
  ["tally.table"] = function() return tally.table({}) end,
  ["tally.grouping"] = function() return tally.table({ { k = 1 } }):group("k") end,
}

local function class_of(receiver)
  return RECEIVERS[receiver] or ("tally." .. receiver:sub(1, 1):upper() .. receiver:sub(2))
end

-- Where a documented function lives: tally.x.y from the module, recv:m from
-- the methods of the registered class recv names.
local function resolve(name)
  local class, method = name:match("^([%w_]+):([%w_]+)$")
  if class then
    local cls = class_of(class)
    local mt
    if SAMPLES[cls] then
      local made, sample = pcall(SAMPLES[cls])
      mt = made and getmetatable(sample)
    end
    local methods = type(mt) == "table" and (rawget(mt, "__methods") or mt.__index)
    return type(methods) == "table" and rawget(methods, method) or nil
  end
  local v = { tally = tally }
  for part in name:gmatch("[^.]+") do
    if type(v) ~= "table" then return nil end
    -- the module's own fields by indexing: its Lua libraries run on first use
    v = v == tally and tally[part] or rawget(v, part)
  end
  return v
end

local by_function
local function lookup(fn)
  if not by_function then
    by_function = {}
    for _, e in ipairs(entries()) do
      local f = resolve(entry_name(e))
      if type(f) == "function" and not by_function[f] then by_function[f] = e end
    end
  end
  return by_function[fn]
end

-- "tally.open(path [, opts])" for a documented function, else nil.
function tally._api_name(fn)
  local e = lookup(fn)
  return e and e[1]
end

local function show_entry(e)
  local text = e[2]:gsub("@return%s*", "Returns ")
  print(e[1])
  for line in (text .. "\n"):gmatch("(.-)\n") do
    print("  " .. line)
  end
end

local function group_of(e)
  local receiver = e[1]:match("^([%w_]+):")
  if receiver then return (class_of(receiver):gsub("^tally%.", "")) end
  return e[1]:match("^(.*)%.[%w_]+%(") or e[1]:match("^([%w_]+)") or ""
end

local function list(filter)
  local groups, order = {}, {}
  local widest = 0
  for _, e in ipairs(entries()) do
    if not filter or filter(e) then
      local g = group_of(e)
      if not groups[g] then
        groups[g] = {}
        order[#order + 1] = g
      end
      table.insert(groups[g], e)
      widest = math.max(widest, tally.width(e[1]))
    end
  end
  table.sort(order, function(a, b)
    if (a == "tally") ~= (b == "tally") then return a == "tally" end
    return a < b
  end)
  for i, g in ipairs(order) do
    if i > 1 then print() end
    table.sort(groups[g], function(a, b) return entry_name(a):match("[%w_]+$") < entry_name(b):match("[%w_]+$") end)
    for _, e in ipairs(groups[g]) do
      print("  " .. e[1] .. string.rep(" ", widest - tally.width(e[1]) + 2)
            .. summary(e[2], math.max(40, LISTING_WIDTH - widest - 4)))
    end
  end
  return #order
end

--- @function tally.help([what])
-- Prints the documentation of the API, or of one function, class or name.
-- With no argument, every function with one line each; given a function (help(doc.figures), help(tally.open)), its whole entry;
-- given a string, the entries whose names contain it; given a document,
-- corpus or other object of tally's, the methods of its class.
function tally.help(what)
  local t = type(what)
  if what == nil or what == tally then
    print("The tally API (help(fn) for one function):\n")
    list()
    return
  end
  if t == "function" then
    local e = lookup(what)
    if e then show_entry(e)
    else print("no documentation for " .. tostring(what) .. "; help() lists the API") end
    return
  end
  if t == "string" then
    local found = 0
    for _, e in ipairs(entries()) do
      if entry_name(e):find(what, 1, true) then
        show_entry(e)
        found = found + 1
      end
    end
    if found == 0 then print("nothing in the API is named like '" .. what .. "'; help() lists it") end
    return
  end
  local mt = getmetatable(what)
  local cls = type(mt) == "table" and rawget(mt, "__name")
  if type(cls) == "string" then
    local short = cls:match("^tally%.(.+)$") or cls
    if list(function(e) return group_of(e) == short end) > 0 then return end
  end
  print("no documentation for a " .. t .. "; help() lists the API")
end
