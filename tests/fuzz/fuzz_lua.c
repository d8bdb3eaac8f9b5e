/* The Lua layer with hostile arguments: the input is a program of calls,
 * each picking a function of the tally module or a method of a document or
 * a regex and arguments from a menu of hostile values (nil, NaN, ±inf,
 * math.mininteger, huge counts, invalid UTF-8, empty and odd tables,
 * tables whose every access raises, functions that raise or return the
 * wrong type, the wrong kind of object). A call may raise; it may not
 * crash, leave the stack unbalanced, or hand out a span that does not lie
 * in its text (doc.text:sub(x.start, x.stop) == x.text for every item
 * with a start). The state runs sandboxed, with a memory cap and an
 * instruction budget, and writes nothing (print, io.write are muted). */
#include <lauxlib.h>
#include <lualib.h>

#include "fuzz.h"
#include "sandbox.h"

int luaopen_tally(lua_State *L);

size_t fuzz_max_len = 1024;

static const char program[] =
    "local data = ...\n"
    "local pos = 1\n"
    "local function byte() local b = data:byte(pos) or 0 pos = pos + 1 return b end\n"
    "local function str() local n = byte() % 40 local s = data:sub(pos, pos + n - 1) pos = pos + n return s end\n"
    "local doc = tally.doc('一是全省进出口总额14.8亿元，同比增长12.5%。二是出口增长3%。\\n' .. data)\n"
    "local re = tally.regex('(?<n>[0-9.]+)(亿|万)?')\n"
    "local hostile = setmetatable({}, {__index = function() error('hostile index') end,\n"
    "  __len = function() error('hostile len') end, __tostring = function() return {} end})\n"
    "local menu = {\n"
    "  function() return nil end, function() return true end, function() return false end,\n"
    "  function() return math.mininteger end, function() return math.maxinteger end,\n"
    "  function() return -1 end, function() return 0 end, function() return 2^53 end,\n"
    "  function() return 0/0 end, function() return 1/0 end, function() return -1/0 end,\n"
    "  function() return -0.0 end, function() return 1e308 end, function() return byte() - 64 end,\n"
    "  str, str, str, function() return ('\\xff\\xfe' .. str()) end, function() return str():rep(50) end,\n"
    "  function() return {} end, function() return {str(), str()} end, function() return {1, 'x', {}} end,\n"
    "  function() return {kinds = {str()}, fold = true, name = str(), encoding = str(), analyse = {str()}} end,\n"
    "  function() return {kind = str(), unit = str(), min = 0/0, level = -1} end,\n"
    "  function() return hostile end, function() return error end,\n"
    "  function() return function() return {} end end, function() return function() error('cb') end end,\n"
    "  function() return print end, function() return doc end, function() return re end,\n"
    "  function() return coroutine.create(print) end, function() return io.stdout end,\n"
    "}\n"
    "local function arg() return menu[byte() % #menu + 1]() end\n"
    "local funcs = {}\n"
    "local skip = {write_file = 1, open = 1, read = 1, corpus = 1, help = 1, usage_error = 1,\n"
    "  sqlite_read = 1, sqlite_rows = 1, sqlite_write = 1, output_table = 1}\n"
    "local skip_table = {write = 1, svg = 1, print = 1, plot = 1}\n"
    "for k, v in pairs(tally) do\n"
    "  if type(v) == 'function' and not skip[k] then funcs[#funcs + 1] = {k, v} end\n"
    "  if type(v) == 'table' and k ~= 'options' then\n"
    "    for k2, v2 in pairs(v) do\n"
    "      if type(v2) == 'function' and not (k == 'Table' and skip_table[k2]) then funcs[#funcs + 1] = {k .. '.' .. k2, v2} end\n"
    "    end\n"
    "  end\n"
    "end\n"
    "table.sort(funcs, function(a, b) return a[1] < b[1] end)\n"
    "local methods = {'find', 'dates', 'tokens', 'sentences', 'measures', 'paragraphs', 'boilerplate',\n"
    "  'figures', 'kwic', 'turns', 'unfold', 'count'}\n"
    "local re_methods = {'find', 'match', 'gmatch', 'gsub', 'split', 'test', 'count', 'names', 'groups'}\n"
    "local function spans_hold(text, items)\n"
    "  if type(items) ~= 'table' then return end\n"
    "  for _, it in ipairs(items) do\n"
    "    if type(it) == 'table' and rawget(it, 'start') and rawget(it, 'text') then\n"
    "      assert(it.start >= 1 and it.stop <= #text and it.start <= it.stop + 1, 'span out of the text')\n"
    "      assert(text:sub(it.start, it.stop) == it.text, 'span and text differ')\n"
    "    end\n"
    "  end\n"
    "end\n"
    "for step = 1, 12 do\n"
    "  if pos > #data then break end\n"
    "  local pick = byte() % 3\n"
    "  local a, b, c = arg(), arg(), arg()\n"
    "  if pick == 0 then\n"
    "    local f = funcs[byte() % #funcs + 1]\n"
    "    pcall(f[2], a, b, c)\n"
    "  elseif pick == 1 then\n"
    "    local name = methods[byte() % #methods + 1]\n"
    "    local ok, r = pcall(function() return doc[name](doc, a, b) end)\n"
    "    if ok and name ~= 'kwic' then spans_hold(doc.text, r) end\n"
    "    pcall(function() return doc[name](a, b) end) -- the wrong self\n"
    "  else\n"
    "    local name = re_methods[byte() % #re_methods + 1]\n"
    "    local subject = type(a) == 'string' and a or doc.text\n"
    "    pcall(function() local r = re[name](re, subject, b, c)\n"
    "      if name == 'gmatch' and type(r) == 'function' then for _ = 1, 50 do if not r() then break end end end end)\n"
    "    pcall(function() return re[name](a, b) end)\n"
    "  end\n"
    "end\n";

/* A cap on what the fuzzed state allocates, so a hostile count is an error. */
typedef struct cap {
    size_t used, max;
} cap;

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    cap *c = ud;
    if (!ptr)
        osize = 0;
    if (nsize == 0) {
        free(ptr);
        c->used -= osize;
        return NULL;
    }
    if (nsize > osize && c->used + (nsize - osize) > c->max)
        return NULL;
    void *p = realloc(ptr, nsize);
    if (p)
        c->used = c->used - osize + nsize;
    return p;
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    luaL_error(L, "fuzz: instruction budget spent");
}

static int muted(lua_State *L)
{
    (void)L;
    return 0;
}

static int open_all(lua_State *L)
{
    luaL_openlibs(L);
    luaL_requiref(L, "tally", luaopen_tally, 1);
    lua_pop(L, 1);
    lua_pushcfunction(L, muted);
    lua_setglobal(L, "print");
    lua_getglobal(L, "io");
    lua_pushcfunction(L, muted);
    lua_setfield(L, -2, "write");
    lua_pop(L, 1);
    tally_sandbox_apply(L);
    return 0;
}

/* One state for every input (making one loads the whole module, which
 * would cost more than the calls); what an input adds to the rules stays,
 * as it would in a long REPL session. */
static lua_State *state;
static cap state_cap = {0, 256u << 20};

static void close_state(void)
{
    lua_close(state);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!state) {
        state = lua_newstate(capped_alloc, &state_cap);
        FUZZ_CHECK(state != NULL);
        lua_pushcfunction(state, open_all);
        FUZZ_CHECK(lua_pcall(state, 0, 0, 0) == LUA_OK);
        FUZZ_CHECK(luaL_loadbufferx(state, program, sizeof program - 1, "=fuzz_lua", "t") == LUA_OK);
        lua_setfield(state, LUA_REGISTRYINDEX, "fuzz.program");
        atexit(close_state);
    }
    lua_State *L = state;
    int top = lua_gettop(L);
    lua_getfield(L, LUA_REGISTRYINDEX, "fuzz.program");
    lua_pushlstring(L, (const char *)data, size);
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 5000000);
    int st = lua_pcall(L, 1, 0, 0);
    lua_sethook(L, NULL, 0, 0);
    if (st != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        /* the program's own assertions are the invariants; a spent budget
         * or the memory cap is not a failure */
        if (msg && (strstr(msg, "span out of the text") || strstr(msg, "span and text differ"))) {
            fprintf(stderr, "fuzz_lua: %s\n", msg);
            abort();
        }
        lua_pop(L, 1);
    }
    FUZZ_CHECK(lua_gettop(L) == top);
    lua_gc(L, LUA_GCSTEP, 0);
    return 0;
}
