--[[[
tally.documents(paths): each document the paths name, in order, for scripts
that read reports one by one: a report file is opened, a store (built by
`tally index`, docs/scale.md) gives its documents as stored. Yields path,
doc for each document (the path it was indexed under, for a store) and
path, nil, message for a file that cannot be read, so a script reports it
and goes on: for path, doc, msg in tally.documents(files) do … end
]]
local tally = ...

function tally.documents(paths)
  return coroutine.wrap(function()
    for _, path in ipairs(paths) do
      if tally.is_store(path) then
        for doc in tally.corpus(path):each() do coroutine.yield(doc.path, doc) end
      else
        local ok, doc, msg = pcall(tally.open, path)
        if not ok then doc, msg = nil, doc end
        coroutine.yield(path, doc, doc == nil and tostring(msg) or nil)
      end
    end
  end)
end
