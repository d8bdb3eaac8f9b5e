# Writes a C header holding each Lua file as a string: TALLY_LUALIB("name",
# "*", "source"). Without lua5.4 to read them (cmake/embed_lua.lua) the keys
# that would let core/module.c load a file on first use are unknown: "*"
# runs every file at start.
set(body "")
foreach(f ${FILES})
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  string(APPEND body "TALLY_LUALIB(\"${name}\", \"*\", ((const unsigned char[]){${hex} 0}))\n")
endforeach()
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
