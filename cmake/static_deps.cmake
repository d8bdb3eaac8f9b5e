# The tally program links Lua, ICU (with its data), PCRE2, SQLite and the C++
# runtime ICU needs from their static archives, which the Debian -dev
# packages ship: loading and relocating the shared ones (libstdc++ alone is a
# third of it) was most of `tally -e 1`'s start-up (docs/engine.md). The
# engine's other forms -- tally.so for a stock lua5.4, libtally.a, the tests
# -- keep linking the shared libraries. -DTALLY_STATIC_DEPS=OFF links the
# program the same way; so does a system without one of the archives, with a
# message saying which.
option(TALLY_STATIC_DEPS "Link the tally program with static Lua, ICU, PCRE2 and SQLite" ON)

# tally_link_static_deps(TARGET): links TARGET with the archives when all are
# found, and returns in TALLY_STATIC_DEPS_USED whether it did.
function(tally_link_static_deps target)
  set(TALLY_STATIC_DEPS_USED OFF PARENT_SCOPE)
  if(NOT TALLY_STATIC_DEPS)
    return()
  endif()
  # the libraries in link order, each with the folders pkg-config named
  set(archives "")
  foreach(spec "LUA;${LUA_LIBRARIES}" "ICU;${ICU_LIBRARIES}" "PCRE2;${PCRE2_LIBRARIES}"
               "SQLITE;${SQLITE_LIBRARIES}")
    list(POP_FRONT spec pkg)
    foreach(lib ${spec})
      find_library(TALLY_ARCHIVE_${lib} NAMES lib${lib}.a HINTS ${${pkg}_LIBRARY_DIRS} NO_CACHE)
      if(NOT TALLY_ARCHIVE_${lib})
        message(STATUS "tally: no lib${lib}.a, so the program links the shared libraries")
        return()
      endif()
      list(APPEND archives ${TALLY_ARCHIVE_${lib}})
    endforeach()
  endforeach()
  # ICU is C++: its runtime comes static too (g++'s libstdc++.a, in
  # build-essential), else the shared libstdc++ costs what ICU's did
  execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=libstdc++.a
                  OUTPUT_VARIABLE stdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${stdcxx}" OR NOT EXISTS "${stdcxx}")
    message(STATUS "tally: no libstdc++.a, so the program links the shared libraries")
    return()
  endif()
  # The archives come before the engine's shared libraries on the command
  # line and supply every symbol, so --as-needed leaves the shared ones out.
  target_link_libraries(${target} PRIVATE ${archives} ${stdcxx} ${CMAKE_DL_LIBS} Threads::Threads m)
  target_link_options(${target} PRIVATE -Wl,--as-needed -static-libgcc)
  set(TALLY_STATIC_DEPS_USED ON PARENT_SCOPE)
endfunction()
