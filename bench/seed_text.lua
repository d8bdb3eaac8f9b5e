-- The text the benchmarks run on: the files given, or (added to the list) the five seeds from
-- ../shared, joined; nil and a message when there is none.
return function(files)
  if #files == 0 then
    local dir = (os.getenv("TALLY_SHARED") or "../shared") .. "/corpus/seeds/"
    for _, n in ipairs({"000_2a74350e9e5094f6", "001_71cefe735a8ac78d", "002_611ecaf62806bbac",
                        "003_150011f9a5b442f6", "004_0d9136d0487b71c7"}) do
      files[#files + 1] = dir .. n .. ".txt"
    end
  end
  local parts = {}
  for _, f in ipairs(files) do
    local ok, doc = pcall(tally.open, f)
    if not ok then return nil, "no text to measure: " .. tostring(doc) end
    parts[#parts + 1] = doc.text
  end
  return table.concat(parts, "\n")
end
