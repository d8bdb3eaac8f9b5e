--[[[
tally.args(spec [, argv]): a script's own --name value options.

spec maps each option name to its default: a string or number takes a
value (--kind growth, --kind=growth), a boolean is a flag (--wide), and
tally.args.string or tally.args.number declares an option with no default
(nil when not given). Returns the options and the other arguments (files,
in order).

A bad option is bad usage: the message names it and the known ones on
stderr, and the run ends with exit status 2. `--` ends the options.
]]
local tally = ...

local function usage_error(msg)
  io.stderr:write("tally: ", msg, "\n")
  os.exit(2)
end

local args_mt = {}
local string_option = setmetatable({type = "string"}, args_mt)
local number_option = setmetatable({type = "number"}, args_mt)

local function option_type(default)
  if getmetatable(default) == args_mt then return default.type end
  return type(default)
end

local function parse(spec, argv)
  argv = argv or arg or {}
  if type(spec) ~= "table" then error("tally.args: expected a table of option = default", 2) end
  local names = {}
  for k in pairs(spec) do names[#names + 1] = "--" .. k end
  table.sort(names)
  local opts, rest = {}, {}
  for k, v in pairs(spec) do
    if getmetatable(v) ~= args_mt then opts[k] = v end
  end
  local i, only_files = 1, false
  while i <= #argv do
    local a = argv[i]
    if only_files or a:sub(1, 2) ~= "--" or a == "--" then
      if a == "--" and not only_files then only_files = true else rest[#rest + 1] = a end
    else
      local name, value = a:match("^%-%-([^=]+)=(.*)$")
      name = name or a:sub(3)
      local default = spec[name]
      if default == nil then
        usage_error(string.format("unknown option --%s (this script knows %s)", name,
                                  #names > 0 and table.concat(names, ", ") or "none"))
      end
      local kind = default ~= nil and option_type(default)
      if kind == "boolean" then
        if value then usage_error("--" .. name .. " takes no value") end
        opts[name] = true
      else
        if not value then
          i = i + 1
          value = argv[i]
          if value == nil then usage_error("--" .. name .. " needs a value") end
        end
        if kind == "number" then
          local n = tonumber(value)
          if not n then usage_error(string.format("--%s needs a number, not '%s'", name, value)) end
          value = n
        end
        opts[name] = value
      end
    end
    i = i + 1
  end
  return opts, rest
end

--- tally.check_choice(option, value, choices): value (or each of its
--- comma-separated parts) must be one of choices, a list of names; else bad
--- usage (exit 2) with the valid values listed. Returns value.
function tally.check_choice(option, value, choices)
  local valid = {}
  for _, c in ipairs(choices) do valid[c] = true end
  for part in tostring(value):gmatch("[^,%s]+") do
    if not valid[part] then
      tally.usage_error(string.format("%s: no such value '%s' (valid: %s)", option, part,
                                      table.concat(choices, ", ")))
    end
  end
  return value
end

tally.args = setmetatable({string = string_option, number = number_option}, {
  __call = function(_, spec, argv) return parse(spec, argv) end,
})
