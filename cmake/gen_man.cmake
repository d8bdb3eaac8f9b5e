# tally.1 from `tally --help`, so the man page never says other than the
# program: the usage lines become SYNOPSIS, each later paragraph a section
# named by its first word ("options", "inputs", "exit status" ...).
# Called as: cmake -DTALLY=path/to/tally -DVERSION=x.y.z -DOUT=tally.1 -P gen_man.cmake
execute_process(COMMAND ${TALLY} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "tally --help failed (${rc})")
endif()
# a semicolon would split the CMake list below: kept aside while splitting
string(REPLACE ";" "@SEMICOLON@" help "${help}")
# roff: a backslash is \e, a minus \- (so that --format pastes as typed),
# a line may not start with . or '
string(REPLACE "\\" "\\e" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "\n${help}")
string(REGEX REPLACE "^\n" "" help "${help}")
# paragraphs are separated by blank lines
string(REPLACE "\n\n" ";" paras "${help}")
set(man ".TH TALLY 1 \"\" \"tally ${VERSION}\" \"User Commands\"\n")
string(APPEND man ".SH NAME\ntally \\- scriptable analysis of reports written in Chinese\n")
set(first TRUE)
foreach(p IN LISTS paras)
  string(REPLACE "@SEMICOLON@" ";" p "${p}")
  string(STRIP "${p}" p)
  if(p STREQUAL "")
    continue()
  endif()
  if(first)
    string(REGEX REPLACE "^usage: " "       " p "${p}")
    string(APPEND man ".SH SYNOPSIS\n.nf\n${p}\n.fi\n")
    string(APPEND man ".SH DESCRIPTION\ntally turns report files into documents (decoded, normalized, segmented, "
                      "with every figure and measure resolved) and runs Lua scripts over them. "
                      "The README and the documents in share/doc/tally say more.\n")
    set(first FALSE)
  else()
    string(REGEX MATCH "^[^:(]*" title "${p}")
    string(REPLACE "\\-" "-" title "${title}")
    string(TOUPPER "${title}" title)
    string(STRIP "${title}" title)
    string(APPEND man ".SH ${title}\n.nf\n${p}\n.fi\n")
  endif()
endforeach()
string(APPEND man ".SH SEE ALSO\n\\fBlua\\fR(1), \\fBsqlite3\\fR(1)\n")
file(WRITE ${OUT} "${man}")
